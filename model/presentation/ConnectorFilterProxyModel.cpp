#include "ConnectorFilterProxyModel.h"

#include "ConnectorListModel.h"

ConnectorFilterProxyModel::ConnectorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectorListModel::SortRole);
    setDynamicSortFilter(true);
}

void ConnectorFilterProxyModel::setConnectorModel(ConnectorListModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ConnectorFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = text.toCaseFolded();
    invalidateFilter();
}

bool ConnectorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_model || m_folded.isEmpty())
        return true;
    return m_model->rowContains(sourceRow, m_folded);
}

bool ConnectorFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->rowLessThan(left.row(), right.row(), ConnectorListModel::Column(left.column()));
}
