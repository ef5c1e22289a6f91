#pragma once

#include "AddressSpace.h"
#include "ExchangeTypes.h"

#include <QAbstractTableModel>
#include <QList>

// The address spaces of a connector as a table for the wizard's Address space page.
//
// Columns follow the Exchange version: 2007 SP1 shows Type | Address | Cost; 2007 RTM's wizard
// takes SMTP domains only and has no cost, so its table has the single column Address.
// Roles: DisplayRole and EditRole give the column's value (the cost as an int), ToolTipRole the
// shell form ("SMTP:*.contoso.com;5"), AccessibleTextRole a sentence a screen reader can speak.
// Read-only: the page changes the draft, and the model shows the draft's list (setAddressSpaces()).
class AddressSpaceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Type, Address, Cost };
    Q_ENUM(Column)

    explicit AddressSpaceModel(Exchange::Version version = Exchange::Version::Sp12007, QObject *parent = nullptr);

    Exchange::Version version() const { return m_version; }
    // The column shown at `section` (the version decides which there are).
    Column columnAt(int section) const;

    // A model reset.
    void setAddressSpaces(const QList<AddressSpace> &addressSpaces);
    const QList<AddressSpace> &addressSpaces() const { return m_addressSpaces; }
    AddressSpace addressSpace(int row) const { return m_addressSpaces.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Column> columns() const;
    QString accessibleText(const AddressSpace &addressSpace) const;

    Exchange::Version m_version;
    QList<AddressSpace> m_addressSpaces;
};
