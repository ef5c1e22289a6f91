#pragma once

#include "RouteResolver.h"

#include <QAbstractTableModel>
#include <QList>

// The explanation of a route as a table: every candidate connector of the side with its most
// specific matching address space, the source server, the aggregate cost and the step that
// eliminated it (or Chosen). DisplayRole gives translated text; StepRole the step's stable id
// (RouteResolver::toString); ToolTipRole on the step a sentence saying what it means. Read-only.
class RouteExplanationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Connector, AddressSpace, SourceServer, Cost, Step };
    Q_ENUM(Column)
    static constexpr int ColumnCount = 5;
    enum Role { StepRole = Qt::UserRole + 1 };

    explicit RouteExplanationModel(QObject *parent = nullptr);

    // A model reset: the route's candidates (none unless it was resolved with
    // RouteResolver::Detail::Explanation).
    void setCandidates(const QList<RouteCandidate> &candidates);
    void clear() { setCandidates({}); }
    const QList<RouteCandidate> &candidates() const { return m_candidates; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<RouteCandidate> m_candidates;
};
