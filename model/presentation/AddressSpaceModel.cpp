#include "AddressSpaceModel.h"

AddressSpaceModel::AddressSpaceModel(Exchange::Version version, QObject *parent)
    : QAbstractTableModel(parent)
    , m_version(version)
{
}

QList<AddressSpaceModel::Column> AddressSpaceModel::columns() const
{
    if (m_version == Exchange::Version::Rtm2007)
        return {Column::Address};
    return {Column::Type, Column::Address, Column::Cost};
}

AddressSpaceModel::Column AddressSpaceModel::columnAt(int section) const
{
    return columns().value(section, Column::Address);
}

void AddressSpaceModel::setAddressSpaces(const QList<AddressSpace> &addressSpaces)
{
    beginResetModel();
    m_addressSpaces = addressSpaces;
    endResetModel();
}

int AddressSpaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_addressSpaces.size());
}

int AddressSpaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant AddressSpaceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_addressSpaces.size()
        || index.column() >= columnCount())
        return {};
    const AddressSpace &space = m_addressSpaces.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (columnAt(index.column())) {
        case Column::Type:
            return space.type;
        case Column::Address:
            return space.address;
        case Column::Cost:
            return space.cost;
        }
        return {};
    case Qt::ToolTipRole:
        return space.toString();
    case Qt::AccessibleTextRole:
        return accessibleText(space);
    default:
        return {};
    }
}

QString AddressSpaceModel::accessibleText(const AddressSpace &space) const
{
    if (m_version == Exchange::Version::Rtm2007)
        return space.includesSubdomains() && space.address != QLatin1String("*")
            ? tr("SMTP address space %1, including all subdomains").arg(space.address)
            : tr("SMTP address space %1").arg(space.address);
    return tr("%1 address space %2, cost %3").arg(space.type, space.address, QString::number(space.cost));
}

QVariant AddressSpaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (columnAt(section)) {
    case Column::Type:
        return tr("Type");
    case Column::Address:
        return tr("Address");
    case Column::Cost:
        return tr("Cost");
    }
    return {};
}

Qt::ItemFlags AddressSpaceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}
