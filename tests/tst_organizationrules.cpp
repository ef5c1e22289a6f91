// Tests the organization-wide routing advice: a side without an enabled "*" connector is warned
// about; one with it, or a subscribed Edge, is not.
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

QTEST_GUILESS_MAIN(TestOrganizationRules)
#include "tst_organizationrules.moc"
