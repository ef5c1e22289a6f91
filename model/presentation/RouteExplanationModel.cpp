#include "RouteExplanationModel.h"

#include "RouteExplanation.h"

RouteExplanationModel::RouteExplanationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RouteExplanationModel::setCandidates(const QList<RouteCandidate> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

int RouteExplanationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int RouteExplanationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RouteCandidate &candidate = m_candidates.at(index.row());
    const auto column = Column(index.column());
    if (role == StepRole)
        return RouteResolver::toString(candidate.step);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        if (column == Column::Step)
            return RouteExplanation::stepDescription(candidate.step);
        return QVariant();
    }
    if (role == Qt::TextAlignmentRole && column == Column::Cost)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (column) {
    case Column::Connector:
        return candidate.connector;
    case Column::AddressSpace:
        return candidate.addressSpace ? candidate.addressSpace->toString() : QString();
    case Column::SourceServer:
        return candidate.sourceServer;
    case Column::Cost:
        return candidate.cost ? QString::number(*candidate.cost) : QString();
    case Column::Step:
        return RouteExplanation::stepText(candidate.step);
    }
    return QVariant();
}

QVariant RouteExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Connector:
        return tr("Send Connector");
    case Column::AddressSpace:
        return tr("Address Space");
    case Column::SourceServer:
        return tr("Source Server");
    case Column::Cost:
        return tr("Cost");
    case Column::Step:
        return tr("Step");
    }
    return QVariant();
}

Qt::ItemFlags RouteExplanationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
