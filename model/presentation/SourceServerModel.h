#pragma once

#include "Organization.h"

#include <QAbstractTableModel>
#include <QStringList>

// Source servers as a table (Name | Role | Site) for the wizard's Source Server page, each name
// described by the organization it belongs to. DisplayRole gives the column's text, ToolTipRole
// and AccessibleTextRole a sentence with all three. Read-only: the page changes the draft, and the
// model shows the draft's list (setServers()).
class SourceServerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Role, Site };
    Q_ENUM(Column)

    explicit SourceServerModel(QObject *parent = nullptr);

    // A model reset. Names the organization does not know show with an empty role and site.
    void setServers(const QStringList &servers, const Organization &organization);
    const QStringList &servers() const { return m_servers; }
    QString server(int row) const { return m_servers.value(row); }

    // "Hub Transport" or "Edge Subscription", translated; empty for an unknown name.
    static QString roleText(const Organization &organization, const QString &server);
    static QString siteText(const Organization &organization, const QString &server);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString role;
        QString site;
    };

    QStringList m_servers;
    QList<Row> m_rows;
};
