#include "support/ModelTestSupport.h"
#include "ConnectorFilterProxyModel.h"
#include "ConnectorListModel.h"
#include "OrganizationStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The console's filter and sort over the connector list's precomputed text.
class TestConnectorFilterProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void sortsByPrecomputedText();
};

namespace {

Organization organization()
{
    Organization organization = OrganizationStore::sampleOrganization();
    organization.sendConnectors.clear();
    const auto add = [&organization](const QString &name, const QString &domain, bool enabled) {
        SendConnector connector;
        connector.name = name;
        connector.enabled = enabled;
        connector.addressSpaces = {AddressSpace{QStringLiteral("SMTP"), domain, 1, false}};
        connector.sourceTransportServers = {organization.localServer};
        organization.sendConnectors.append(connector);
    };
    add(QStringLiteral("Zeta route"), QStringLiteral("zeta.example"), true);
    add(QStringLiteral("alpha route"), QStringLiteral("ALPHA.example"), false);
    add(QStringLiteral("Beta"), QStringLiteral("*.beta.example"), true);
    return organization;
}

QStringList shownNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    return names;
}

} // namespace

void TestConnectorFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown"); // sorted by name

    QTest::newRow("empty: every row") << QString() << QStringList{"alpha route", "Beta", "Zeta route"};
    QTest::newRow("a name, any case") << QStringLiteral("ROUTE") << QStringList{"alpha route", "Zeta route"};
    QTest::newRow("an address space") << QStringLiteral("beta.example") << QStringList{"Beta"};
    QTest::newRow("upper-case data, lower-case text") << QStringLiteral("alpha.ex") << QStringList{"alpha route"};
    QTest::newRow("the status column") << QStringLiteral("disabled") << QStringList{"alpha route"};
    QTest::newRow("nothing") << QStringLiteral("gamma") << QStringList{};
}

void TestConnectorFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    ConnectorListModel model;
    ConnectorFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setConnectorModel(&model);
    proxy.sort(int(ConnectorListModel::Column::Name));
    model.setOrganization(organization());
    proxy.setFilterText(text);
    QCOMPARE(proxy.filterText(), text);
    QCOMPARE(shownNames(proxy), shown);
    // Clearing shows everything again.
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestConnectorFilterProxyModel::sortsByPrecomputedText()
{
    ConnectorListModel model;
    ConnectorFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setConnectorModel(&model);
    model.setOrganization(organization());
    proxy.sort(int(ConnectorListModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(shownNames(proxy), (QStringList{"Zeta route", "Beta", "alpha route"}));
    proxy.sort(int(ConnectorListModel::Column::AddressSpaces), Qt::AscendingOrder);
    QCOMPARE(shownNames(proxy), (QStringList{"Beta", "alpha route", "Zeta route"}));
    proxy.sort(int(ConnectorListModel::Column::Status), Qt::AscendingOrder);
    QCOMPARE(shownNames(proxy).first(), QStringLiteral("alpha route"));
}

QTEST_GUILESS_MAIN(TestConnectorFilterProxyModel)
#include "tst_connectorfilterproxymodel.moc"
