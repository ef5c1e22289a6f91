#include "SourceServerModel.h"

SourceServerModel::SourceServerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString SourceServerModel::roleText(const Organization &organization, const QString &server)
{
    const TransportServer *known = organization.server(server);
    if (!known)
        return QString();
    return known->isHub() ? tr("Hub Transport") : tr("Edge Subscription");
}

QString SourceServerModel::siteText(const Organization &organization, const QString &server)
{
    const TransportServer *known = organization.server(server);
    return known ? known->site : QString();
}

void SourceServerModel::setServers(const QStringList &servers, const Organization &organization)
{
    beginResetModel();
    m_servers = servers;
    m_rows.clear();
    m_rows.reserve(servers.size());
    for (const QString &name : servers)
        m_rows.append({roleText(organization, name), siteText(organization, name)});
    endResetModel();
}

int SourceServerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int SourceServerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant SourceServerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_servers.size()
        || index.column() >= columnCount())
        return {};
    const QString &name = m_servers.at(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (static_cast<Column>(index.column())) {
        case Column::Name:
            return name;
        case Column::Role:
            return row.role;
        case Column::Site:
            return row.site;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (row.role.isEmpty())
            return tr("%1, not a server of this organization").arg(name);
        return tr("%1, %2, site %3").arg(name, row.role, row.site);
    default:
        return {};
    }
}

QVariant SourceServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Role:
        return tr("Role");
    case Column::Site:
        return tr("Site");
    }
    return {};
}

Qt::ItemFlags SourceServerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}
