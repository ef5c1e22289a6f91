// Tests the organization-wide routing advice: a side without an enabled "*" connector is warned
// about; one with it, or a subscribed Edge, is not; and the same advice for a side as one created
// or changed connector leaves it.
#include "OrganizationRules.h"
#include "OrganizationStore.h"

#include <QTest>

class TestOrganizationRules : public QObject
{
    Q_OBJECT
private slots:
    void sampleHasDefaultRoutes();
    void noDefaultRoute_data();
    void noDefaultRoute();
    void subscribedOrUnknownEdgeGetsNoAdvice();
    void reviewChange_data();
    void reviewChange();
};

namespace {

SendConnector *connectorNamed(QList<SendConnector> &connectors, const QString &name)
{
    const auto it = std::find_if(connectors.begin(), connectors.end(),
                                 [&name](const SendConnector &c) { return c.name == name; });
    return it == connectors.end() ? nullptr : &*it;
}

} // namespace

void TestOrganizationRules::sampleHasDefaultRoutes()
{
    const Organization sample = OrganizationStore::sampleOrganization();
    QVERIFY(OrganizationRules::review(sample).isEmpty());
    QVERIFY(OrganizationRules::review(sample, QStringLiteral("EDGE02")).isEmpty());
}

void TestOrganizationRules::noDefaultRoute_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<bool>("removeInsteadOfDisable");
    QTest::newRow("Hub, disabled") << QString() << QStringLiteral("Contoso to Internet") << false;
    QTest::newRow("Hub, removed") << QString() << QStringLiteral("Contoso to Internet") << true;
    QTest::newRow("Edge, disabled") << QStringLiteral("EDGE02") << QStringLiteral("EDGE02 to Internet") << false;
    QTest::newRow("Edge, removed") << QStringLiteral("EDGE02") << QStringLiteral("EDGE02 to Internet") << true;
}

void TestOrganizationRules::noDefaultRoute()
{
    QFETCH(QString, side);
    QFETCH(QString, connector);
    QFETCH(bool, removeInsteadOfDisable);
    Organization organization = OrganizationStore::sampleOrganization();
    QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
    QVERIFY(connectors);
    SendConnector *internet = connectorNamed(*connectors, connector);
    QVERIFY(internet);
    if (removeInsteadOfDisable)
        connectors->removeIf([&connector](const SendConnector &c) { return c.name == connector; });
    else
        internet->enabled = false;

    const Problems problems = OrganizationRules::review(organization, side);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("Routing.NoDefaultRoute"));
    QVERIFY(!problems.first().isError());
    QVERIFY2(problems.first().message.contains(side.isEmpty() ? QStringLiteral("Hub Transport") : side),
             qPrintable(problems.first().message));
    // The other side is not affected.
    QVERIFY(OrganizationRules::review(organization, side.isEmpty() ? QStringLiteral("EDGE02") : QString()).isEmpty());
}

void TestOrganizationRules::subscribedOrUnknownEdgeGetsNoAdvice()
{
    const Organization sample = OrganizationStore::sampleOrganization();
    QVERIFY(OrganizationRules::review(sample, QStringLiteral("EDGE01")).isEmpty());
    QVERIFY(OrganizationRules::review(sample, QStringLiteral("NOSUCHSERVER")).isEmpty());
}

void TestOrganizationRules::reviewChange_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("disable");      // a connector of the sample disabled first (empty: none)
    QTest::addColumn<QString>("originalName"); // empty: a new connector
    QTest::addColumn<QString>("address");      // the connector's one SMTP address space
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("warned");

    const QString hubInternet = QStringLiteral("Contoso to Internet");
    const QString edgeInternet = QStringLiteral("EDGE02 to Internet");
    QTest::newRow("new, side has *") << QString() << QString() << QString() << QStringLiteral("fabrikam.com") << true << false;
    QTest::newRow("new, side still without *") << QString() << hubInternet << QString() << QStringLiteral("fabrikam.com") << true << true;
    QTest::newRow("new * fixes the side") << QString() << hubInternet << QString() << QStringLiteral("*") << true << false;
    QTest::newRow("new disabled * does not") << QString() << hubInternet << QString() << QStringLiteral("*") << false << true;
    QTest::newRow("new *.com is not *") << QString() << hubInternet << QString() << QStringLiteral("*.com") << true << true;
    QTest::newRow("edit removes the only *") << QString() << QString() << hubInternet << QStringLiteral("fabrikam.com") << true << true;
    QTest::newRow("edit of the only * keeps it") << QString() << QString() << hubInternet << QStringLiteral("*") << true << false;
    QTest::newRow("edit of another, case of the name")
        << QString() << QString() << QStringLiteral("contoso to tailspin toys relay") << QStringLiteral("tailspintoys.com") << true << false;
    QTest::newRow("edge: edit removes its *") << QStringLiteral("EDGE02") << QString() << edgeInternet << QStringLiteral("contoso.com") << true << true;
    QTest::newRow("edge: new, side has *") << QStringLiteral("EDGE02") << QString() << QString() << QStringLiteral("fabrikam.com") << true << false;
    QTest::newRow("subscribed edge: no advice") << QStringLiteral("EDGE01") << QString() << QString() << QStringLiteral("fabrikam.com") << true << false;
}

void TestOrganizationRules::reviewChange()
{
    QFETCH(QString, side);
    QFETCH(QString, disable);
    QFETCH(QString, originalName);
    QFETCH(QString, address);
    QFETCH(bool, enabled);
    QFETCH(bool, warned);
    Organization organization = OrganizationStore::sampleOrganization();
    if (!disable.isEmpty()) {
        QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
        QVERIFY(connectors);
        SendConnector *found = connectorNamed(*connectors, disable);
        QVERIFY(found);
        found->enabled = false;
    }
    SendConnector connector;
    connector.name = originalName.isEmpty() ? QStringLiteral("New") : originalName;
    connector.addressSpaces = {AddressSpace{QStringLiteral("SMTP"), address, 1}};
    connector.enabled = enabled;

    const Problems problems = OrganizationRules::reviewChange(organization, side, connector, originalName);
    QCOMPARE(problems.size(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(problems.first().code, QStringLiteral("Routing.NoDefaultRoute"));
        QCOMPARE(problems.first().parameter, QStringLiteral("AddressSpaces"));
        QVERIFY(!problems.first().isError());
        QVERIFY2(problems.first().message.contains(QLatin1String("Unreachable")), qPrintable(problems.first().message));
    }
}

QTEST_GUILESS_MAIN(TestOrganizationRules)
#include "tst_organizationrules.moc"
