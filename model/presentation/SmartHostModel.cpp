#include "SmartHostModel.h"

SmartHostModel::SmartHostModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SmartHostModel::setSmartHosts(const QList<SmartHost> &smartHosts)
{
    beginResetModel();
    m_smartHosts = smartHosts;
    endResetModel();
}

int SmartHostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_smartHosts.size());
}

QVariant SmartHostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() != 0 || index.row() >= m_smartHosts.size())
        return {};
    const SmartHost &host = m_smartHosts.at(index.row());
    const bool ip = host.kind == SmartHost::Kind::IpAddress;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return host.host;
    case Qt::ToolTipRole:
        return ip ? tr("IP address") : tr("Fully qualified domain name");
    case Qt::AccessibleTextRole:
        return ip ? tr("Smart host %1, an IP address").arg(host.host)
                  : tr("Smart host %1, a fully qualified domain name").arg(host.host);
    default:
        return {};
    }
}

QVariant SmartHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section != 0 || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    return tr("Smart host");
}

Qt::ItemFlags SmartHostModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}
