#pragma once

#include "SmartHost.h"

#include <QAbstractListModel>
#include <QList>

// The smart hosts of a connector as a list for the wizard's Network settings page, one row per
// host as entered. DisplayRole/EditRole give the host, ToolTipRole its kind ("IP address", "Fully
// qualified domain name"), AccessibleTextRole a sentence a screen reader can speak. Read-only: the
// page changes the draft, and the model shows the draft's list (setSmartHosts()).
class SmartHostModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SmartHostModel(QObject *parent = nullptr);

    // A model reset.
    void setSmartHosts(const QList<SmartHost> &smartHosts);
    const QList<SmartHost> &smartHosts() const { return m_smartHosts; }
    SmartHost smartHost(int row) const { return m_smartHosts.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<SmartHost> m_smartHosts;
};
