#include "support/ModelTestSupport.h"
#include "ConnectorListModel.h"
#include "OrganizationStore.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

namespace {

using Column = ConnectorListModel::Column;

const QString Internet = QStringLiteral("Contoso to Internet");
const QString Tailspin = QStringLiteral("Contoso to Tailspin Toys relay");
const QString Woodgrove = QStringLiteral("Woodgrove Bank (domain secured)");
const QString Fabrikam = QStringLiteral("Fabrikam X.400 gateway");
const QString Northwind = QStringLiteral("Northwind Traders (retired)");

using ModelTestSupport::Scope;
using ModelTestSupport::smtp;

// A connector for the reload tables: "B*" is connector B in a changed version (disabled).
SendConnector named(const QString &text)
{
    SendConnector connector;
    const bool changed = text.endsWith(QLatin1Char('*'));
    connector.name = changed ? text.chopped(1) : text;
    connector.enabled = !changed;
    connector.addressSpaces = {smtp(connector.name.toLower() + QStringLiteral(".example"))};
    connector.sourceTransportServers = {QStringLiteral("EX01")};
    return connector;
}

Organization withHubConnectors(const QStringList &texts)
{
    Organization organization = OrganizationStore::sampleOrganization();
    organization.sendConnectors.clear();
    for (const QString &text : texts)
        organization.sendConnectors.append(named(text));
    return organization;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ConnectorListModel::ConnectorNameRole).toString());
    return result;
}

// Every structural signal of a model, counted.
struct Spies
{
    explicit Spies(const QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

} // namespace

// The console's connector list: columns and roles, incremental reloads that keep a selection,
// and sorting and filtering through a QSortFilterProxyModel.
class TestConnectorListModel : public QObject
{
    Q_OBJECT

private slots:
    void preparedRowsEqualSetOrganization();
    void largeDifferenceResetsOnce();
    void display_data();
    void display();
    void sides();
    void headers();
    void roles();
    void connectorAtAndRowOf();
    void reload_data();
    void reload();
    void changingOneConnectorEmitsDataChangedOnly();
    void reloadKeepsTheSelection();
    void changingSideResets();
    void proxySort_data();
    void proxySort();
    void proxyFilter_data();
    void proxyFilter();
    void routingCheck_data();
    void routingCheck();
    void standingsReplacedAndCleared();
    void standingsByName_data();
    void standingsByName();
};

void TestConnectorListModel::display_data()
{
    QTest::addColumn<QString>("connector");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("name") << Internet << Column::Name << Internet;
    QTest::newRow("enabled") << Internet << Column::Status << QStringLiteral("Enabled");
    QTest::newRow("disabled") << Northwind << Column::Status << QStringLiteral("Disabled");
    QTest::newRow("address space") << Internet << Column::AddressSpaces << QStringLiteral("SMTP:*;1");
    QTest::newRow("X.400 address space") << Fabrikam << Column::AddressSpaces
                                         << QStringLiteral("X400:c=us;a= ;p=Fabrikam;o=Mail;5");
    QTest::newRow("DNS routing") << Internet << Column::Routing << QStringLiteral("DNS (MX records)");
    QTest::newRow("one smart host") << Tailspin << Column::Routing << QStringLiteral("relay.tailspintoys.com");
    QTest::newRow("two smart hosts") << Fabrikam << Column::Routing
                                     << QStringLiteral("x400gw.fabrikam.com, 192.168.1.20");
    QTest::newRow("source servers") << Internet << Column::SourceServers << QStringLiteral("EX01, EX02");
    QTest::newRow("Edge subscription as source") << Woodgrove << Column::SourceServers << QStringLiteral("EDGE01");
    QTest::newRow("not scoped") << Internet << Column::Scoped << QStringLiteral("No");
    QTest::newRow("scoped (SP1)") << Tailspin << Column::Scoped << QStringLiteral("Yes");
    QTest::newRow("scoped by Local: (RTM)") << Northwind << Column::Scoped << QStringLiteral("Yes");
    QTest::newRow("Local: shown in the address space")
        << Northwind << Column::AddressSpaces << QStringLiteral("Local:SMTP:*.northwindtraders.com;5, SMTP:nw.example;2");
}

void TestConnectorListModel::display()
{
    QFETCH(QString, connector);
    QFETCH(Column, column);
    QFETCH(QString, text);

    Organization organization = OrganizationStore::sampleOrganization();
    // Two ways of being scoped: SP1's flag, and RTM's "Local:" address spaces.
    organization.sendConnectors[1].isScopedConnector = true;
    organization.sendConnectors[4].addressSpaces = {smtp(QStringLiteral("*.northwindtraders.com"), 5, Scope::Local),
                                                    smtp(QStringLiteral("nw.example"), 2)};

    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(organization);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), ConnectorListModel::ColumnCount);
    QCOMPARE(ConnectorListModel::ColumnCount, 7);
    const int row = model.rowOf(connector);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, int(column)).data().toString(), text);
}

void TestConnectorListModel::sides()
{
    const Organization organization = OrganizationStore::sampleOrganization();
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);

    model.setOrganization(organization);
    QCOMPARE(names(model), (QStringList{Internet, Tailspin, Woodgrove, Fabrikam, Northwind}));

    model.setOrganization(organization, QStringLiteral("edge02"));
    QCOMPARE(names(model), (QStringList{QStringLiteral("EDGE02 to Internet"), QStringLiteral("EDGE02 to Contoso")}));
    QCOMPARE(model.edgeServer(), QStringLiteral("edge02"));
    QCOMPARE(model.index(0, int(Column::SourceServers)).data().toString(), QString()); // none on an Edge
    QCOMPARE(model.index(1, int(Column::Routing)).data().toString(),
             QStringLiteral("ex01.contoso.com, ex02.contoso.com"));

    QVERIFY(!model.isReplicatedList());
    // Subscribed: what EdgeSync replicates, the Hub connectors whose source servers name the Edge.
    model.setOrganization(organization, QStringLiteral("EDGE01"));
    QCOMPARE(names(model), QStringList{Woodgrove});
    QVERIFY(model.isReplicatedList());
    model.setOrganization(organization, QStringLiteral("EX99")); // unknown: nothing, never the Hub side's
    QCOMPARE(model.rowCount(), 0);
    model.setOrganization(organization, QStringLiteral("EX03")); // a Hub server: the organization's
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.isReplicatedList());
}

void TestConnectorListModel::headers()
{
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    const QStringList expected{QStringLiteral("Name"),   QStringLiteral("Status"),         QStringLiteral("Address spaces"),
                               QStringLiteral("Routing"), QStringLiteral("Source servers"), QStringLiteral("Scoped"),
                               QStringLiteral("Routing check")};
    for (int section = 0; section < expected.size(); ++section) {
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected.at(section));
        QCOMPARE(model.headerData(section, Qt::Horizontal, Qt::AccessibleTextRole).toString(), expected.at(section));
    }
    QVERIFY(!model.headerData(7, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void TestConnectorListModel::roles()
{
    Organization organization = OrganizationStore::sampleOrganization();
    organization.sendConnectors[1].isScopedConnector = true;
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(organization);

    const int internet = model.rowOf(Internet);
    const int tailspin = model.rowOf(Tailspin);
    const int northwind = model.rowOf(Northwind);
    const auto data = [&model](int row, Column column, int role) { return model.index(row, int(column)).data(role); };
    const int sort = ConnectorListModel::SortRole;

    // Sort values are raw: booleans, case-folded text.
    QCOMPARE(data(internet, Column::Name, sort), QVariant(Internet.toCaseFolded()));
    QCOMPARE(data(internet, Column::Status, sort), QVariant(true));
    QCOMPARE(data(northwind, Column::Status, sort), QVariant(false));
    QCOMPARE(data(tailspin, Column::Scoped, sort), QVariant(true));
    QCOMPARE(data(internet, Column::Scoped, sort), QVariant(false));
    QCOMPARE(data(internet, Column::AddressSpaces, sort), QVariant(QStringLiteral("smtp:*;1")));
    QCOMPARE(data(internet, Column::SourceServers, sort), QVariant(QStringLiteral("ex01, ex02")));

    // The connector's name, whatever the column.
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(tailspin, column).data(ConnectorListModel::ConnectorNameRole).toString(), Tailspin);

    // Tool tips: the name with the comment, every item on a line of its own.
    const QString comment = organization.sendConnectors.at(1).comment;
    QVERIFY(!comment.isEmpty());
    QCOMPARE(data(tailspin, Column::Name, Qt::ToolTipRole).toString(), Tailspin + QLatin1Char('\n') + comment);
    QCOMPARE(data(model.rowOf(Fabrikam), Column::Routing, Qt::ToolTipRole).toString(),
             QStringLiteral("Mail is routed through these smart hosts:\nx400gw.fabrikam.com\n192.168.1.20"));
    QCOMPARE(data(internet, Column::SourceServers, Qt::ToolTipRole).toString(), QStringLiteral("EX01\nEX02"));
    QCOMPARE(data(northwind, Column::Status, Qt::ToolTipRole).toString(), QStringLiteral("Disabled"));

    // Accessible text: the column's name and the value.
    QCOMPARE(data(northwind, Column::Status, Qt::AccessibleTextRole).toString(), QStringLiteral("Status: Disabled"));
    QCOMPARE(data(internet, Column::Routing, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Routing: DNS (MX records)"));

    // Read-only, selectable; nothing for other roles or invalid indexes.
    QCOMPARE(model.index(0, 0).flags(), Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    QVERIFY(!data(internet, Column::Name, Qt::EditRole).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
    QCOMPARE(model.roleNames().value(ConnectorListModel::ConnectorNameRole), QByteArray("connectorName"));
}

void TestConnectorListModel::connectorAtAndRowOf()
{
    const Organization organization = OrganizationStore::sampleOrganization();
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(organization);

    QCOMPARE(model.rowOf(QStringLiteral("contoso TO internet")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("  Northwind Traders (retired) ")), 4);
    QCOMPARE(model.rowOf(QStringLiteral("Contoso")), -1);
    QCOMPARE(model.rowOf(QString()), -1);
    QVERIFY(model.connectorAt(3) == organization.sendConnectors.at(3));
    QVERIFY(model.connectorAt(5) == SendConnector());
    QVERIFY(model.connectorAt(-1) == SendConnector());
    QVERIFY(model.connectors() == organization.sendConnectors);
}

void TestConnectorListModel::reload_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("removed");  // rowsRemoved signals (one per contiguous range)
    QTest::addColumn<int>("inserted"); // rowsInserted signals
    QTest::addColumn<int>("moved");    // rowsMoved signals
    QTest::addColumn<int>("changed");  // dataChanged signals

    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("identical") << list("A B C") << list("A B C") << 0 << 0 << 0 << 0;
    QTest::newRow("one changed") << list("A B C") << list("A B* C") << 0 << 0 << 0 << 1;
    QTest::newRow("two changed") << list("A B C") << list("A* B C*") << 0 << 0 << 0 << 2;
    QTest::newRow("added at the end") << list("A B") << list("A B C") << 0 << 1 << 0 << 0;
    QTest::newRow("added at the front") << list("A B") << list("Z A B") << 0 << 1 << 0 << 0;
    // A first list is installed with one reset (checked below), not a signal per row.
    QTest::newRow("added to an empty list") << QStringList() << list("A B") << 0 << 0 << 0 << 0;
    QTest::newRow("removed in the middle, one range") << list("A B C D") << list("A D") << 1 << 0 << 0 << 0;
    QTest::newRow("removed, two ranges") << list("A B C D") << list("B D") << 2 << 0 << 0 << 0;
    QTest::newRow("all removed") << list("A B C") << QStringList() << 1 << 0 << 0 << 0;
    QTest::newRow("renamed: removed and inserted") << list("A B C") << list("A Bee C") << 1 << 1 << 0 << 0;
    QTest::newRow("moved to the front") << list("A B C") << list("C A B") << 0 << 0 << 1 << 0;
    QTest::newRow("reversed") << list("A B C") << list("C B A") << 0 << 0 << 2 << 0;
    QTest::newRow("moved and changed") << list("A B C") << list("C* A B") << 0 << 0 << 1 << 1;
    QTest::newRow("case of the name changed") << list("A b C") << list("A B C") << 0 << 0 << 0 << 1;
    QTest::newRow("everything at once") << list("A B C D E") << list("E* X B A") << 1 << 1 << 2 << 1;
}

void TestConnectorListModel::reload()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, removed);
    QFETCH(int, inserted);
    QFETCH(int, moved);
    QFETCH(int, changed);

    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(withHubConnectors(before));

    // A persistent index on every row that survives follows its connector.
    QList<QPersistentModelIndex> persistent;
    for (int row = 0; row < model.rowCount(); ++row)
        persistent.append(QPersistentModelIndex(model.index(row, int(Column::Status))));

    Spies spies(&model);
    const Organization reloaded = withHubConnectors(after);
    model.setOrganization(reloaded);

    QVERIFY(model.connectors() == reloaded.sendConnectors);
    QCOMPARE(spies.reset.size(), before.isEmpty() && !after.isEmpty() ? 1 : 0);
    QCOMPARE(spies.layout.size(), 0);
    QCOMPARE(spies.removed.size(), removed);
    QCOMPARE(spies.inserted.size(), inserted);
    QCOMPARE(spies.moved.size(), moved);
    QCOMPARE(spies.changed.size(), changed);

    for (const QPersistentModelIndex &index : std::as_const(persistent)) {
        if (!index.isValid())
            continue;
        const QString name = index.data(ConnectorListModel::ConnectorNameRole).toString();
        QCOMPARE(index.row(), model.rowOf(name));
        QCOMPARE(index.column(), int(Column::Status));
    }
    // Rows gone from the file are gone from the view; all others survived.
    int surviving = 0;
    for (const QString &name : before) {
        if (model.rowOf(named(name).name) >= 0)
            ++surviving;
    }
    int valid = 0;
    for (const QPersistentModelIndex &index : std::as_const(persistent))
        valid += index.isValid() ? 1 : 0;
    QCOMPARE(valid, surviving);
}

void TestConnectorListModel::changingOneConnectorEmitsDataChangedOnly()
{
    Organization organization = OrganizationStore::sampleOrganization();
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(organization);

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy aboutToMove(&model, &QAbstractItemModel::rowsAboutToBeMoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    organization.sendConnectors[2].enabled = false; // Disable-SendConnector, as another process saves it
    model.setOrganization(organization);

    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(2, 0));
    QCOMPARE(bottomRight, model.index(2, model.columnCount() - 1));
    QCOMPARE(model.index(2, int(Column::Status)).data().toString(), QStringLiteral("Disabled"));
    for (const QSignalSpy *spy : {&aboutToReset, &reset, &aboutToInsert, &aboutToRemove, &aboutToMove, &layout})
        QCOMPARE(spy->size(), 0);

    // The same organization again: nothing at all.
    model.setOrganization(organization);
    QCOMPARE(changed.size(), 1);
}

void TestConnectorListModel::reloadKeepsTheSelection()
{
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ConnectorListModel::SortRole);
    proxy.sort(int(Column::Name));

    model.setOrganization(withHubConnectors({QStringLiteral("Delta"), QStringLiteral("Bravo"), QStringLiteral("Echo")}));
    QItemSelectionModel selection(&proxy);
    const QModelIndex bravo = proxy.index(0, 0);
    QCOMPARE(bravo.data().toString(), QStringLiteral("Bravo"));
    selection.setCurrentIndex(bravo, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Another process adds Alpha (sorted above), changes Bravo, removes Echo and reorders the file.
    model.setOrganization(withHubConnectors({QStringLiteral("Bravo*"), QStringLiteral("Alpha"), QStringLiteral("Delta")}));
    QCOMPARE(names(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Delta")}));
    QCOMPARE(selection.currentIndex().data(ConnectorListModel::ConnectorNameRole).toString(), QStringLiteral("Bravo"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 1);
    QCOMPARE(selection.currentIndex().siblingAtColumn(int(Column::Status)).data().toString(), QStringLiteral("Disabled"));
}

void TestConnectorListModel::changingSideResets()
{
    const Organization organization = OrganizationStore::sampleOrganization();
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(organization);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOrganization(organization, QStringLiteral("EDGE02"));
    QCOMPARE(reset.size(), 1);
    model.setOrganization(organization, QStringLiteral("edge02")); // the same side, in another case
    QCOMPARE(reset.size(), 1);
    model.setOrganization(organization, QStringLiteral("EX01")); // the Hub side again
    QCOMPARE(reset.size(), 2);
    model.setOrganization(organization); // also the Hub side
    QCOMPARE(reset.size(), 2);
}

void TestConnectorListModel::proxySort_data()
{
    QTest::addColumn<Column>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    // Ties keep the file's order (QSortFilterProxyModel sorts stably).
    QTest::newRow("name") << Column::Name << Qt::AscendingOrder
                          << QStringList{Internet, Tailspin, Fabrikam, Northwind, Woodgrove};
    QTest::newRow("name, descending") << Column::Name << Qt::DescendingOrder
                                      << QStringList{Woodgrove, Northwind, Fabrikam, Tailspin, Internet};
    QTest::newRow("status: disabled first") << Column::Status << Qt::AscendingOrder
                                            << QStringList{Northwind, Internet, Tailspin, Woodgrove, Fabrikam};
    QTest::newRow("address spaces") << Column::AddressSpaces << Qt::AscendingOrder
                                    << QStringList{Northwind, Internet, Tailspin, Woodgrove, Fabrikam};
    QTest::newRow("routing") << Column::Routing << Qt::AscendingOrder
                             << QStringList{Northwind, Internet, Woodgrove, Tailspin, Fabrikam};
    QTest::newRow("source servers") << Column::SourceServers << Qt::AscendingOrder
                                    << QStringList{Woodgrove, Internet, Fabrikam, Tailspin, Northwind};
    QTest::newRow("scoped") << Column::Scoped << Qt::AscendingOrder
                            << QStringList{Internet, Woodgrove, Fabrikam, Northwind, Tailspin};
    QTest::newRow("scoped, descending") << Column::Scoped << Qt::DescendingOrder
                                        << QStringList{Tailspin, Internet, Woodgrove, Fabrikam, Northwind};
}

void TestConnectorListModel::proxySort()
{
    QFETCH(Column, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    Organization organization = OrganizationStore::sampleOrganization();
    organization.sendConnectors[1].isScopedConnector = true;
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ConnectorListModel::SortRole);
    model.setOrganization(organization);

    proxy.sort(int(column), order);
    QCOMPARE(names(proxy), expected);

    // The sort holds across a reload that adds a connector and removes another.
    SendConnector added = organization.sendConnectors.at(0);
    added.name = QStringLiteral("Aardvark to Internet");
    added.enabled = false;
    organization.sendConnectors.append(added);
    organization.sendConnectors.removeAt(3); // Fabrikam
    model.setOrganization(organization);
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(!names(proxy).contains(Fabrikam));
    QVERIFY(names(proxy).contains(added.name));
    QStringList values;
    for (int row = 0; row < proxy.rowCount(); ++row)
        values.append(proxy.index(row, int(column)).data(ConnectorListModel::SortRole).toString());
    if (order == Qt::DescendingOrder)
        std::reverse(values.begin(), values.end());
    QVERIFY2(std::is_sorted(values.cbegin(), values.cend()), qPrintable(values.join(QLatin1Char('|'))));
}

void TestConnectorListModel::proxyFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("afterRename"); // once "Contoso to Internet" is renamed "Renamed connector"

    const QString renamed = QStringLiteral("Renamed connector");
    QTest::newRow("no filter") << QString() << QStringList{Internet, Tailspin, Woodgrove, Fabrikam, Northwind}
                               << QStringList{renamed, Tailspin, Woodgrove, Fabrikam, Northwind};
    QTest::newRow("name, other case") << QStringLiteral("CONTOSO TO") << QStringList{Internet, Tailspin}
                                      << QStringList{Tailspin};
    QTest::newRow("name: the new name") << QStringLiteral("renamed") << QStringList() << QStringList{renamed};
    QTest::newRow("address space") << QStringLiteral("woodgroveBANK.com") << QStringList{Woodgrove}
                                   << QStringList{Woodgrove};
    QTest::newRow("address space type") << QStringLiteral("x400:") << QStringList{Fabrikam} << QStringList{Fabrikam};
    QTest::newRow("smart hosts") << QStringLiteral("192.168.1.") << QStringList{Fabrikam, Northwind}
                                 << QStringList{Fabrikam, Northwind};
    QTest::newRow("source server") << QStringLiteral("ex03") << QStringList{Tailspin, Northwind}
                                   << QStringList{Tailspin, Northwind};
    QTest::newRow("routing of a renamed connector") << QStringLiteral("EX01, EX02")
                                                    << QStringList{Internet, Fabrikam} << QStringList{renamed, Fabrikam};
    QTest::newRow("status") << QStringLiteral("disabled") << QStringList{Northwind} << QStringList{Northwind};
    QTest::newRow("nothing matches") << QStringLiteral("adatum") << QStringList() << QStringList();
}

void TestConnectorListModel::proxyFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, afterRename);

    Organization organization = OrganizationStore::sampleOrganization();
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    model.setOrganization(organization);

    proxy.setFilterFixedString(filter);
    QCOMPARE(names(proxy), expected);

    // The filter holds across a reload that renames a connector (a removal and an insertion).
    organization.sendConnectors[0].name = QStringLiteral("Renamed connector");
    model.setOrganization(organization);
    QCOMPARE(names(proxy), afterRename);
}

void TestConnectorListModel::routingCheck_data()
{
    QTest::addColumn<RoutingAnalysis::Standing>("standing");
    QTest::addColumn<bool>("marked");

    QTest::newRow("never wins") << RoutingAnalysis::Standing::NeverWins << true;
    QTest::newRow("wins only by name") << RoutingAnalysis::Standing::WinsOnlyByName << true;
    QTest::newRow("wins") << RoutingAnalysis::Standing::Wins << false;
    QTest::newRow("inactive") << RoutingAnalysis::Standing::Inactive << false;
}

void TestConnectorListModel::routingCheck()
{
    QFETCH(RoutingAnalysis::Standing, standing);
    QFETCH(bool, marked);

    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(OrganizationStore::sampleOrganization());
    const QModelIndex cell = model.index(model.rowOf(Tailspin), int(Column::RoutingCheck));
    const QModelIndex other = model.index(model.rowOf(Internet), int(Column::RoutingCheck));
    // Nothing known yet: an empty cell.
    QCOMPARE(cell.data().toString(), QString());
    QVERIFY(!cell.data(ConnectorListModel::StandingRole).isValid());

    model.setStandings({{Tailspin.toCaseFolded(), standing}});
    QCOMPARE(cell.data().toString(), RoutingAnalysis::marker(standing));
    QCOMPARE(cell.data().toString().isEmpty(), !marked);
    QCOMPARE(cell.data(ConnectorListModel::StandingRole).toInt(), int(standing));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), RoutingAnalysis::explanation(standing));
    QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(), RoutingAnalysis::explanation(standing));
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Routing check: %1")
                 .arg(marked ? RoutingAnalysis::marker(standing) : QStringLiteral("none")));
    QCOMPARE(cell.data(ConnectorListModel::SortRole).toString(), RoutingAnalysis::marker(standing).toCaseFolded());
    QVERIFY(!cell.data(Qt::DecorationRole).isValid()); // no icon given (the window gives the style's)
    // Another connector without a standing stays empty.
    QCOMPARE(other.data().toString(), QString());
    QVERIFY(!model.index(model.rowOf(Tailspin), int(Column::Name)).data(Qt::AccessibleDescriptionRole).isValid());
}

void TestConnectorListModel::standingsReplacedAndCleared()
{
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    Organization organization = OrganizationStore::sampleOrganization();
    model.setOrganization(organization);
    Spies spies(&model);
    const ConnectorListModel::Standings standings{{Internet.toCaseFolded(), RoutingAnalysis::Standing::NeverWins}};
    model.setStandings(standings);
    QCOMPARE(spies.changed.count(), 1);
    const QModelIndex topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, int(Column::RoutingCheck)));
    QCOMPARE(bottomRight, model.index(model.rowCount() - 1, int(Column::RoutingCheck)));
    model.setStandings(standings); // the same again: nothing to repaint
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);

    // A reload keeps a connector's standing by name until new standings come.
    organization.sendConnectors[0].comment = QStringLiteral("changed");
    model.setOrganization(organization);
    QCOMPARE(model.index(model.rowOf(Internet), int(Column::RoutingCheck)).data().toString(),
             RoutingAnalysis::marker(RoutingAnalysis::Standing::NeverWins));
    // Another side is another list: its standings are not the Hub side's.
    model.setOrganization(organization, QStringLiteral("EDGE02"));
    QCOMPARE(spies.reset.count(), 1);
    QVERIFY(model.standings().isEmpty());
}

void TestConnectorListModel::standingsByName_data()
{
    QTest::addColumn<QString>("edgeServer");
    QTest::addColumn<QStringList>("expected"); // "name=standing" for the marked ones, sorted

    QTest::newRow("Hub side") << QString()
                              << QStringList{"alpha=WinsOnlyByName", "beta=NeverWins",
                                             "copy of contoso to internet=NeverWins"};
    QTest::newRow("an Edge's own") << QStringLiteral("EDGE02") << QStringList{};
    QTest::newRow("a subscribed Edge's replicas") << QStringLiteral("EDGE01") << QStringList{};
    QTest::newRow("unknown server") << QStringLiteral("NOPE") << QStringList{};
}

void TestConnectorListModel::standingsByName()
{
    QFETCH(QString, edgeServer);
    QFETCH(QStringList, expected);

    Organization organization = OrganizationStore::sampleOrganization();
    // Everything "*" would carry, the original carries at a lower cost from the same servers.
    SendConnector copy = organization.sendConnectors.at(0);
    copy.name = QStringLiteral("Copy of Contoso to Internet");
    copy.addressSpaces = {smtp(QStringLiteral("*"), 5)};
    organization.sendConnectors.append(copy);
    // Two connectors alike in everything but their names: the first name wins, by name only.
    for (const QString &name : {QStringLiteral("Beta"), QStringLiteral("Alpha")}) {
        SendConnector tie = named(name);
        tie.addressSpaces = {smtp(QStringLiteral("tie.example"), 2)};
        organization.sendConnectors.append(tie);
    }
    const ConnectorListModel::Standings standings = ConnectorListModel::standingsByName(organization, edgeServer);
    QStringList marked;
    for (auto it = standings.cbegin(); it != standings.cend(); ++it) {
        if (it.value() == RoutingAnalysis::Standing::NeverWins || it.value() == RoutingAnalysis::Standing::WinsOnlyByName)
            marked.append(it.key() + (it.value() == RoutingAnalysis::Standing::NeverWins ? QStringLiteral("=NeverWins")
                                                                                          : QStringLiteral("=WinsOnlyByName")));
    }
    marked.sort();
    QCOMPARE(marked, expected);
    if (edgeServer.isEmpty())
        QCOMPARE(standings.size(), organization.sendConnectors.size());
    else if (edgeServer == QLatin1String("EDGE02"))
        QCOMPARE(standings.size(), organization.connectorsFor(edgeServer).size());
    else
        QVERIFY(standings.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectorListModel)
// Rows prepared apart (as on a worker thread) show exactly what setOrganization() shows, and a
// first list comes with one reset, not a signal per row.
void TestConnectorListModel::preparedRowsEqualSetOrganization()
{
    const Organization organization = withHubConnectors({QStringLiteral("A"), QStringLiteral("B*"), QStringLiteral("C")});
    ConnectorListModel direct;
    direct.setOrganization(organization);
    ConnectorListModel prepared;
    QAbstractItemModelTester tester(&prepared);
    Spies spies(&prepared);
    prepared.setRows(ConnectorListModel::prepare(organization));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(prepared.rowCount(), direct.rowCount());
    for (int row = 0; row < direct.rowCount(); ++row) {
        for (int column = 0; column < ConnectorListModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ConnectorListModel::SortRole)})
                QCOMPARE(prepared.index(row, column).data(role), direct.index(row, column).data(role));
        }
    }
    QVERIFY(prepared.rowContains(1, QStringLiteral("disabled")));
    QVERIFY(prepared.rowContains(0, QStringLiteral("a.example")));
    QVERIFY(!prepared.rowContains(0, QStringLiteral("b.example")));
    QVERIFY(prepared.rowContains(0, QString()));
    QVERIFY(!prepared.rowContains(7, QString()));
    QVERIFY(prepared.rowLessThan(0, 2, ConnectorListModel::Column::Name));
    QVERIFY(!prepared.rowLessThan(2, 0, ConnectorListModel::Column::Name));
    QVERIFY(prepared.rowLessThan(1, 0, ConnectorListModel::Column::Status)); // disabled first
}

// Hundreds of rows gone or added at once: one reset, cheaper for a view than a signal per row;
// a few: incremental, the view keeps its selection.
void TestConnectorListModel::largeDifferenceResetsOnce()
{
    QStringList many;
    for (int i = 0; i < 600; ++i)
        many.append(QStringLiteral("N%1").arg(i));
    ConnectorListModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganization(withHubConnectors({QStringLiteral("A")}));
    {
        Spies spies(&model);
        model.setOrganization(withHubConnectors(QStringList{QStringLiteral("A")} + many));
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(model.rowCount(), 601);
    }
    {
        Spies spies(&model);
        QStringList fewer = QStringList{QStringLiteral("A")} + many;
        fewer.removeAt(300);
        model.setOrganization(withHubConnectors(fewer));
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(model.rowCount(), 600);
    }
}

#include "tst_connectorlistmodel.moc"
