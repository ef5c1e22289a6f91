// The Test Routing dialog's words and choices: outcomes, sending servers and the default one,
// the result fields of each outcome.

#include "support/ModelTestSupport.h"
#include "RouteExplanation.h"

#include <QTest>

using namespace ModelTestSupport;

class TestRouteExplanation : public QObject
{
    Q_OBJECT
private slots:
    void outcomeText();
    void sendingServers();
    void defaultSendingServer_data();
    void defaultSendingServer();
    void fields_data();
    void fields();
};

void TestRouteExplanation::outcomeText()
{
    QCOMPARE(RouteExplanation::outcomeText(RouteOutcome::Internal), QStringLiteral("Delivered internally"));
    QCOMPARE(RouteExplanation::outcomeText(RouteOutcome::Routed), QStringLiteral("Routed"));
    QCOMPARE(RouteExplanation::outcomeText(RouteOutcome::Unreachable), QStringLiteral("Unreachable"));
}

void TestRouteExplanation::sendingServers()
{
    const QList<RouteExplanation::SendingServer> servers = RouteExplanation::sendingServers(sampleOrganization());
    QStringList lines;
    for (const RouteExplanation::SendingServer &server : servers)
        lines.append(server.description + (server.available ? QString() : QStringLiteral(" [unavailable]")));
    QCOMPARE(lines, (QStringList{"EX01 (Hub Transport, Seattle)", "EX02 (Hub Transport, Seattle)",
                                 "EX03 (Hub Transport, Portland)", "EDGE01 (Edge Transport, subscribed) [unavailable]",
                                 "EDGE02 (Edge Transport)"}));
    // The subscribed Edge says why, in the resolver's words.
    QVERIFY(servers.at(3).reason.contains(QStringLiteral("EDGE01")));
    QVERIFY(servers.at(3).reason.contains(QStringLiteral("subscribed")));
    QVERIFY(servers.at(0).reason.isEmpty());
}

void TestRouteExplanation::defaultSendingServer_data()
{
    QTest::addColumn<QString>("localServer");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("expected");

    QTest::newRow("local server") << "EX01" << "" << "EX01";
    QTest::newRow("preferred unsubscribed Edge") << "EX01" << "edge02" << "EDGE02";
    QTest::newRow("preferred subscribed Edge: the local server") << "EX02" << "EDGE01" << "EX02";
    QTest::newRow("unknown preferred") << "EX03" << "NOPE" << "EX03";
    QTest::newRow("local server a subscribed Edge: the first available") << "EDGE01" << "" << "EX01";
    QTest::newRow("no local server") << "" << "" << "EX01";
}

void TestRouteExplanation::defaultSendingServer()
{
    QFETCH(QString, localServer);
    QFETCH(QString, preferred);
    QFETCH(QString, expected);
    Organization organization = sampleOrganization();
    organization.localServer = localServer;
    QCOMPARE(RouteExplanation::defaultSendingServer(organization, preferred), expected);
}

void TestRouteExplanation::fields_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("addressSpace");
    QTest::addColumn<QString>("sourceServer");
    QTest::addColumn<QString>("cost");

    QTest::newRow("routed") << "a@example.org" << "Contoso to Internet" << "SMTP:*;1" << "EX01" << "1";
    QTest::newRow("internal") << "a@contoso.com" << "" << "Accepted domain contoso.com" << "" << "";
}

void TestRouteExplanation::fields()
{
    QFETCH(QString, recipient);
    QFETCH(QString, connector);
    QFETCH(QString, addressSpace);
    QFETCH(QString, sourceServer);
    QFETCH(QString, cost);
    const RouteResolver resolver(sampleOrganization());
    const Parsed<Route> route = resolver.resolve(recipient, 0, QStringLiteral("EX01"));
    QVERIFY2(route.ok(), qPrintable(describe(route.problems)));
    QCOMPARE(RouteExplanation::connectorText(*route.value), connector);
    QCOMPARE(RouteExplanation::addressSpaceText(*route.value), addressSpace);
    QCOMPARE(RouteExplanation::sourceServerText(*route.value), sourceServer);
    QCOMPARE(RouteExplanation::costText(*route.value), cost);
}

QTEST_GUILESS_MAIN(TestRouteExplanation)
#include "tst_routeexplanation.moc"
