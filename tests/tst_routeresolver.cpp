// Tests the route resolver: for a recipient, a size and a sending server, which Send connector
// wins and why (docs/domain-rules.md#how-exchange-picks-a-connector), and that the index agrees
// with the plain linear scan on thousands of random organizations.
#include "RouteResolver.h"
#include "RoutingIndex.h"
#include "support/RoutingTestSupport.h"

#include <QRandomGenerator>
#include <QTest>

class TestRouteResolver : public QObject
{
    Q_OBJECT
private slots:
    void resolves_data();
    void resolves();
    void nextHop();
    void sitePathCosts();
    void refusesBadQueries_data();
    void refusesBadQueries();
    void specificity_data();
    void specificity();
    void indexAgreesWithLinearScan();
};

namespace {

QString explanation(const Route &route)
{
    QStringList steps;
    for (const RouteCandidate &candidate : route.candidates)
        steps.append(candidate.connector + QLatin1Char('=') + RouteResolver::toString(candidate.step));
    return steps.join(QLatin1Char(' '));
}

const qint64 Small = 1000;

} // namespace

void TestRouteResolver::resolves_data()
{
    QTest::addColumn<QStringList>("connectors");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("addressSpace");
    QTest::addColumn<QString>("sourceServer");
    QTest::addColumn<int>("cost");
    QTest::addColumn<QString>("steps"); // the explanation, in the side's order

    const QString w = QStringLiteral("Wild|SMTP:*;1|HUBA1");
    QTest::newRow("specificity beats cost")
        << QStringList{w, QStringLiteral("Specific|SMTP:*.northwind.com;100|HUBA1")} << "julia@sales.northwind.com"
        << Small << "HUBA1" << "Routed" << "Specific" << "SMTP:*.northwind.com;100" << "HUBA1" << 100
        << "Wild=LessSpecific Specific=Chosen";
    QTest::newRow("exact beats its wildcard")
        << QStringList{QStringLiteral("Sub|SMTP:*.northwind.com;1|HUBA1"), QStringLiteral("Exact|SMTP:sales.northwind.com;50|HUBA1")}
        << "julia@sales.northwind.com" << Small << "HUBA1" << "Routed" << "Exact" << "SMTP:sales.northwind.com;50"
        << "HUBA1" << 50 << "Sub=LessSpecific Exact=Chosen";
    QTest::newRow("longer wildcard beats shorter")
        << QStringList{QStringLiteral("Com|SMTP:*.com;1|HUBA1"), QStringLiteral("Sub|SMTP:*.northwind.com;9|HUBA1")}
        << "julia@a.b.northwind.com" << Small << "HUBA1" << "Routed" << "Sub" << "SMTP:*.northwind.com;9" << "HUBA1" << 9
        << "Com=LessSpecific Sub=Chosen";
    QTest::newRow("*.domain covers the domain itself")
        << QStringList{w, QStringLiteral("Sub|SMTP:*.northwind.com;5|HUBA1")} << "julia@northwind.com" << Small << "HUBA1"
        << "Routed" << "Sub" << "SMTP:*.northwind.com;5" << "HUBA1" << 5 << "Wild=LessSpecific Sub=Chosen";
    QTest::newRow("exact domain excludes subdomains")
        << QStringList{w, QStringLiteral("Exact|SMTP:northwind.com;1|HUBA1")} << "julia@sales.northwind.com" << Small
        << "HUBA1" << "Routed" << "Wild" << "SMTP:*;1" << "HUBA1" << 1 << "Wild=Chosen Exact=NoMatchingAddressSpace";
    QTest::newRow("domain compared case-insensitively")
        << QStringList{w, QStringLiteral("Exact|SMTP:northwind.com;1|HUBA1")} << "Julia@NorthWind.COM" << Small << "HUBA1"
        << "Routed" << "Exact" << "SMTP:northwind.com;1" << "HUBA1" << 1 << "Wild=LessSpecific Exact=Chosen";
    QTest::newRow("cost tie-break")
        << QStringList{QStringLiteral("Alpha|SMTP:*;5|HUBA1"), QStringLiteral("Beta|SMTP:*;3|HUBA1")} << "a@x.org" << Small
        << "HUBA1" << "Routed" << "Beta" << "SMTP:*;3" << "HUBA1" << 3 << "Alpha=HigherCost Beta=Chosen";
    QTest::newRow("one connector's cheaper equal match")
        << QStringList{QStringLiteral("Alpha|SMTP:*;5|HUBA1")} << "a@x.org" << Small << "HUBA1" << "Routed" << "Alpha"
        << "SMTP:*;5" << "HUBA1" << 5 << "Alpha=Chosen";
    QTest::newRow("site path cost over two hops")
        << QStringList{QStringLiteral("ViaB|SMTP:*;10|HUBB1"), QStringLiteral("ViaC|SMTP:*;1|HUBC1")} << "a@x.org" << Small
        << "HUBA1" << "Routed" << "ViaC" << "SMTP:*;1" << "HUBC1" << 16 << "ViaB=HigherCost ViaC=Chosen";
    QTest::newRow("nearest source server")
        << QStringList{QStringLiteral("Multi|SMTP:*;1|HUBC1,HUBB1")} << "a@x.org" << Small << "HUBA1" << "Routed"
        << "Multi" << "SMTP:*;1" << "HUBB1" << 11 << "Multi=Chosen";
    QTest::newRow("no path to the source site")
        << QStringList{QStringLiteral("Island|SMTP:*;1|HUBD1")} << "a@x.org" << Small << "HUBA1" << "Unreachable" << ""
        << "" << "" << 0 << "Island=NoSourceServer";
    QTest::newRow("proximity: the sending server itself")
        << QStringList{QStringLiteral("Alpha|SMTP:*;1|HUBA2"), QStringLiteral("Zulu|SMTP:*;1|HUBA1")} << "a@x.org" << Small
        << "HUBA1" << "Routed" << "Zulu" << "SMTP:*;1" << "HUBA1" << 1 << "Alpha=FartherAway Zulu=Chosen";
    QTest::newRow("proximity: same site beats another site")
        << QStringList{QStringLiteral("Alpha|SMTP:*;1|HUBB1"), QStringLiteral("Zulu|SMTP:*;11|HUBA2")} << "a@x.org" << Small
        << "HUBA1" << "Routed" << "Zulu" << "SMTP:*;11" << "HUBA2" << 11 << "Alpha=FartherAway Zulu=Chosen";
    QTest::newRow("name tie-break")
        << QStringList{QStringLiteral("beta|SMTP:*;1|HUBA1"), QStringLiteral("Alpha|SMTP:*;1|HUBA1")} << "a@x.org" << Small
        << "HUBA1" << "Routed" << "Alpha" << "SMTP:*;1" << "HUBA1" << 1 << "beta=LaterName Alpha=Chosen";
    QTest::newRow("size filter drops the specific connector")
        << QStringList{w, QStringLiteral("Specific|SMTP:*.northwind.com;1|HUBA1|max=1000")} << "a@northwind.com"
        << qint64(1001) << "HUBA1" << "Routed" << "Wild" << "SMTP:*;1" << "HUBA1" << 1
        << "Wild=Chosen Specific=MessageTooLarge";
    QTest::newRow("size at the limit passes")
        << QStringList{w, QStringLiteral("Specific|SMTP:*.northwind.com;1|HUBA1|max=1000")} << "a@northwind.com"
        << qint64(1000) << "HUBA1" << "Routed" << "Specific" << "SMTP:*.northwind.com;1" << "HUBA1" << 1
        << "Wild=LessSpecific Specific=Chosen";
    QTest::newRow("size filter: nothing left")
        << QStringList{QStringLiteral("Small|SMTP:*;1|HUBA1|max=10")} << "a@x.org" << qint64(11) << "HUBA1"
        << "Unreachable" << "" << "" << "" << 0 << "Small=MessageTooLarge";
    QTest::newRow("disabled dropped")
        << QStringList{w, QStringLiteral("Specific|SMTP:*.northwind.com;1|HUBA1|disabled")} << "a@northwind.com" << Small
        << "HUBA1" << "Routed" << "Wild" << "SMTP:*;1" << "HUBA1" << 1 << "Wild=Chosen Specific=Disabled";
    QTest::newRow("scoped, seen from its own site")
        << QStringList{w, QStringLiteral("Scoped|SMTP:*.northwind.com;1|HUBA2|scoped")} << "a@northwind.com" << Small
        << "HUBA1" << "Routed" << "Scoped" << "SMTP:*.northwind.com;1" << "HUBA2" << 1 << "Wild=LessSpecific Scoped=Chosen";
    QTest::newRow("scoped, seen from another site")
        << QStringList{QStringLiteral("Wild|SMTP:*;1|HUBB1"), QStringLiteral("Scoped|SMTP:*.northwind.com;1|HUBA2|scoped")}
        << "a@northwind.com" << Small << "HUBB1" << "Routed" << "Wild" << "SMTP:*;1" << "HUBB1" << 1
        << "Wild=Chosen Scoped=OutOfScope";
    QTest::newRow("unscoped, seen from another site")
        << QStringList{QStringLiteral("Wild|SMTP:*;1|HUBB1"), QStringLiteral("Far|SMTP:*.northwind.com;1|HUBA2")}
        << "a@northwind.com" << Small << "HUBB1" << "Routed" << "Far" << "SMTP:*.northwind.com;1" << "HUBA2" << 11
        << "Wild=LessSpecific Far=Chosen";
    QTest::newRow("authoritative domain is internal")
        << QStringList{w, QStringLiteral("Contoso|SMTP:contoso.com;1|HUBA1")} << "julia@contoso.com" << Small << "HUBA1"
        << "Internal" << "" << "" << "" << 0 << "";
    QTest::newRow("authoritative *. domain covers itself and subdomains")
        << QStringList{w} << "julia@mail.litware.com" << Small << "HUBA1" << "Internal" << "" << "" << "" << 0 << "";
    QTest::newRow("subdomain of an exact authoritative domain is routed")
        << QStringList{w} << "julia@sales.contoso.com" << Small << "HUBA1" << "Routed" << "Wild" << "SMTP:*;1" << "HUBA1"
        << 1 << "Wild=Chosen";
    QTest::newRow("internal relay domain is routed")
        << QStringList{w, QStringLiteral("Fabrikam|SMTP:fabrikam.com;1|HUBA1|smarthost=10.0.0.5")} << "a@fabrikam.com"
        << Small << "HUBA1" << "Routed" << "Fabrikam" << "SMTP:fabrikam.com;1" << "HUBA1" << 1
        << "Wild=LessSpecific Fabrikam=Chosen";
    QTest::newRow("external relay domain is routed")
        << QStringList{w} << "a@eu.tailspin.com" << Small << "HUBA1" << "Routed" << "Wild" << "SMTP:*;1" << "HUBA1" << 1
        << "Wild=Chosen";
    QTest::newRow("non-SMTP address space never matches")
        << QStringList{QStringLiteral("Fax|FAX:northwind.com;1|HUBA1|smarthost=10.0.0.9")} << "a@northwind.com" << Small
        << "HUBA1" << "Unreachable" << "" << "" << "" << 0 << "Fax=NoMatchingAddressSpace";
    QTest::newRow("unreachable: no address space for the domain")
        << QStringList{QStringLiteral("Exact|SMTP:northwind.com;1|HUBA1")} << "a@x.org" << Small << "HUBA1"
        << "Unreachable" << "" << "" << "" << 0 << "Exact=NoMatchingAddressSpace";
    QTest::newRow("unreachable: no connector at all")
        << QStringList{} << "a@x.org" << Small << "HUBA1" << "Unreachable" << "" << "" << "" << 0 << "";
    QTest::newRow("edge: its own connectors, no sites")
        << QStringList{w, QStringLiteral("EdgeOut|SMTP:*;7||edge")} << "a@x.org" << Small << "EDGE1" << "Routed"
        << "EdgeOut" << "SMTP:*;7" << "EDGE1" << 7 << "EdgeOut=Chosen";
    QTest::newRow("edge: authoritative domain goes through its connectors")
        << QStringList{QStringLiteral("EdgeOut|SMTP:*;1||edge"), QStringLiteral("EdgeIn|SMTP:--;1||edge,smarthost=10.1.1.1")}
        << "a@contoso.com" << Small << "EDGE1" << "Routed" << "EdgeIn" << "SMTP:--;1" << "EDGE1" << 1
        << "EdgeOut=LessSpecific EdgeIn=Chosen";
    QTest::newRow("edge: disabled and size as on a hub")
        << QStringList{QStringLiteral("Off|SMTP:*;1||edge,disabled"), QStringLiteral("Tiny|SMTP:*;1||edge,max=5")}
        << "a@x.org" << Small << "EDGE1" << "Unreachable" << "" << "" << "" << 0 << "Off=Disabled Tiny=MessageTooLarge";
    QTest::newRow("default server is LocalServer")
        << QStringList{QStringLiteral("Alpha|SMTP:*;1|HUBA2"), QStringLiteral("Zulu|SMTP:*;1|HUBA1")} << "a@x.org" << Small
        << "" << "Routed" << "Zulu" << "SMTP:*;1" << "HUBA1" << 1 << "Alpha=FartherAway Zulu=Chosen";
}

void TestRouteResolver::resolves()
{
    QFETCH(QStringList, connectors);
    QFETCH(QString, recipient);
    QFETCH(qint64, size);
    QFETCH(QString, server);
    QFETCH(QString, outcome);
    QFETCH(QString, connector);
    QFETCH(QString, addressSpace);
    QFETCH(QString, sourceServer);
    QFETCH(int, cost);
    QFETCH(QString, steps);

    Organization org = baseOrganization();
    for (const QString &spec : connectors) {
        QVERIFY2(addConnector(org, spec), qPrintable(spec));
    }

    for (const auto method : {RouteResolver::Method::Indexed, RouteResolver::Method::LinearScan}) {
        const RouteResolver resolver(org, method);
        for (const auto detail : {RouteResolver::Detail::Decision, RouteResolver::Detail::Explanation}) {
            const Parsed<Route> result = resolver.resolve(recipient, size, server, detail);
            QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
            const Route &route = *result.value;
            QCOMPARE(RouteResolver::toString(route.outcome), outcome);
            QCOMPARE(route.connector, connector);
            QCOMPARE(route.outcome == RouteOutcome::Routed ? route.addressSpace.toString() : QString(), addressSpace);
            QCOMPARE(route.sourceServer, sourceServer);
            QCOMPARE(route.cost, cost);
            // Won on the name alone exactly when a candidate lost on its name; that one is the rival.
            QCOMPARE(route.decidedByName(), steps.contains(QLatin1String("=LaterName")));
            if (route.decidedByName())
                QVERIFY(steps.contains(route.nameRival + QLatin1String("=LaterName")));
            QVERIFY(route.reason().contains(route.outcome == RouteOutcome::Unreachable ? QStringLiteral("Unreachable") : route.domain));
            if (detail == RouteResolver::Detail::Explanation)
                QCOMPARE(explanation(route), steps);
            else
                QVERIFY(route.candidates.isEmpty());
        }
    }
}

void TestRouteResolver::nextHop()
{
    Organization org = baseOrganization();
    bool edge = false;
    org.sendConnectors.append(*connectorFromSpec(QStringLiteral("Dns|SMTP:*;1|HUBA1"), &edge));
    SendConnector relay = *connectorFromSpec(QStringLiteral("Relay|SMTP:fabrikam.com;1|HUBA1|smarthost=10.0.0.5"), &edge);
    relay.smartHosts.append(SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("relay.fabrikam.com")});
    org.sendConnectors.append(relay);
    const RouteResolver resolver(org);

    const Route dns = *resolver.resolve(QStringLiteral("a@x.org"), 0).value;
    QVERIFY(dns.dnsRouting);
    QCOMPARE(dns.nextHop(), QStringLiteral("DNS MX (x.org)"));
    const Route smart = *resolver.resolve(QStringLiteral("a@fabrikam.com"), 0).value;
    QVERIFY(!smart.dnsRouting);
    QCOMPARE(smart.smartHosts.size(), 2);
    QCOMPARE(smart.nextHop(), QStringLiteral("10.0.0.5, relay.fabrikam.com"));
    const Route internal = *resolver.resolve(QStringLiteral("a@contoso.com"), 0).value;
    QCOMPARE(internal.nextHop(), QString());
}

void TestRouteResolver::sitePathCosts()
{
    const RouteResolver resolver(baseOrganization());
    QCOMPARE(resolver.sitePathCost(QStringLiteral("A"), QStringLiteral("A")), std::optional<int>(0));
    QCOMPARE(resolver.sitePathCost(QStringLiteral("A"), QStringLiteral("B")), std::optional<int>(10));
    QCOMPARE(resolver.sitePathCost(QStringLiteral("c"), QStringLiteral("a")), std::optional<int>(15)); // via B, not 100
    QCOMPARE(resolver.sitePathCost(QStringLiteral("A"), QStringLiteral("D")), std::nullopt);
    QCOMPARE(resolver.sitePathCost(QStringLiteral("A"), QStringLiteral("Nowhere")), std::nullopt);
}

void TestRouteResolver::refusesBadQueries_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("parameter");

    QTest::newRow("empty") << "" << qint64(0) << "HUBA1" << "Routing.InvalidRecipient" << "Recipient";
    QTest::newRow("no @") << "julia" << qint64(0) << "HUBA1" << "Routing.InvalidRecipient" << "Recipient";
    QTest::newRow("no local part") << "@contoso.com" << qint64(0) << "HUBA1" << "Routing.InvalidRecipient" << "Recipient";
    QTest::newRow("no domain") << "julia@" << qint64(0) << "HUBA1" << "DomainName.Empty" << "Recipient";
    QTest::newRow("bad domain") << "julia@-bad.com" << qint64(0) << "HUBA1" << "DomainName.HyphenAtLabelEdge"
                                << "Recipient";
    QTest::newRow("space in domain") << "julia@exa mple.com" << qint64(0) << "HUBA1" << "DomainName.InvalidCharacter"
                                     << "Recipient";
    QTest::newRow("domain literal") << "julia@[10.0.0.1]" << qint64(0) << "HUBA1" << "Routing.InvalidRecipient"
                                    << "Recipient";
    QTest::newRow("unknown server") << "julia@x.org" << qint64(0) << "NOPE" << "Routing.UnknownServer" << "Server";
    QTest::newRow("subscribed edge") << "julia@x.org" << qint64(0) << "EDGES" << "Routing.SubscribedEdge" << "Server";
    QTest::newRow("negative size") << "julia@x.org" << qint64(-1) << "HUBA1" << "Routing.InvalidMessageSize"
                                   << "MessageSize";
}

void TestRouteResolver::refusesBadQueries()
{
    QFETCH(QString, recipient);
    QFETCH(qint64, size);
    QFETCH(QString, server);
    QFETCH(QString, code);
    QFETCH(QString, parameter);

    for (const auto method : {RouteResolver::Method::Indexed, RouteResolver::Method::LinearScan}) {
        const RouteResolver resolver(baseOrganization(), method);
        const Parsed<Route> result = resolver.resolve(recipient, size, server, RouteResolver::Detail::Explanation);
        QVERIFY(!result.ok());
        QVERIFY(!result.value);
        QVERIFY2(containsCode(result.problems, code), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.problems.first().parameter, parameter);
        QVERIFY(!result.problems.first().message.isEmpty());
    }
}

void TestRouteResolver::specificity_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("expected");
    QTest::newRow("star") << "*" << "a.b.com" << 0;
    QTest::newRow("wildcard parent") << "*.b.com" << "a.b.com" << 4;
    QTest::newRow("wildcard itself") << "*.b.com" << "b.com" << 4;
    QTest::newRow("wildcard label boundary") << "*.b.com" << "ab.com" << -1;
    QTest::newRow("exact") << "a.b.com" << "a.b.com" << 7;
    QTest::newRow("exact not parent") << "b.com" << "a.b.com" << -1;
    QTest::newRow("case") << "*.B.Com" << "a.b.COM" << 4;
    QTest::newRow("longer pattern") << "*.x.a.b.com" << "a.b.com" << -1;
}

void TestRouteResolver::specificity()
{
    QFETCH(QString, pattern);
    QFETCH(QString, domain);
    QFETCH(int, expected);
    QCOMPARE(RoutingIndex::specificity(pattern, domain), expected);
}

// Random small organizations with many ties (few costs, shared patterns), every rule in play;
// the index and the scan must agree on every field of the decision.
void TestRouteResolver::indexAgreesWithLinearScan()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const auto pick = [&](const QStringList &list) { return list.at(random.bounded(static_cast<int>(list.size()))); };
    const QStringList recipients = randomRecipients();
    int compared = 0;
    for (int round = 0; round < 2000; ++round) {
        const Organization org = randomOrganization(random);
        const int hubCount = static_cast<int>(org.servers.size()) - 1;
        const RouteResolver indexed(org, RouteResolver::Method::Indexed);
        const RouteResolver linear(org, RouteResolver::Method::LinearScan);
        for (int q = 0; q < 10; ++q) {
            const QString recipient = pick(recipients);
            const qint64 size = random.bounded(4) * 700;
            const QString server = random.bounded(5) == 0 ? QStringLiteral("E") : QStringLiteral("H%1").arg(random.bounded(hubCount));
            const Parsed<Route> a = indexed.resolve(recipient, size, server);
            const Parsed<Route> b = linear.resolve(recipient, size, server);
            const Parsed<Route> c = indexed.resolve(recipient, size, server, RouteResolver::Detail::Explanation);
            const auto context = [&] {
                return QStringLiteral("seed %1, round %2, recipient %3, size %4, server %5")
                    .arg(seed).arg(round).arg(recipient).arg(size).arg(server);
            };
            QVERIFY2(a.ok() && b.ok() && c.ok(), qPrintable(context()));
            for (const Route *other : {&*b.value, &*c.value}) {
                const Route &route = *a.value;
                QVERIFY2(route.outcome == other->outcome, qPrintable(context()));
                QVERIFY2(route.connector == other->connector,
                         qPrintable(context() + QStringLiteral(": %1 vs %2").arg(route.connector, other->connector)));
                QVERIFY2(route.addressSpace == other->addressSpace, qPrintable(context()));
                QVERIFY2(route.sourceServer == other->sourceServer, qPrintable(context()));
                QVERIFY2(route.cost == other->cost, qPrintable(context()));
                QVERIFY2(route.nameRival == other->nameRival,
                         qPrintable(context() + QStringLiteral(": rival %1 vs %2").arg(route.nameRival, other->nameRival)));
            }
            // A name rival is exactly a candidate the explanation says lost on its name.
            const bool lostOnName = std::any_of(c.value->candidates.cbegin(), c.value->candidates.cend(),
                                                [](const RouteCandidate &k) { return k.step == RouteStep::LaterName; });
            QVERIFY2(a.value->decidedByName() == lostOnName, qPrintable(context()));
            // The explanation names exactly one winner, the decision's.
            const auto chosen = std::count_if(c.value->candidates.cbegin(), c.value->candidates.cend(),
                                              [](const RouteCandidate &k) { return k.step == RouteStep::Chosen; });
            QVERIFY2(chosen == (a.value->outcome == RouteOutcome::Routed ? 1 : 0), qPrintable(context()));
            ++compared;
        }
    }
    QCOMPARE(compared, 20000);
}

QTEST_GUILESS_MAIN(TestRouteResolver)
#include "tst_routeresolver.moc"
