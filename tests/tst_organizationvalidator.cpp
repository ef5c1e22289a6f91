#include "support/ModelTestSupport.h"
#include "Organization.h"
#include "OrganizationFile.h"
#include "ConnectorRules.h"
#include "OrganizationValidator.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

namespace {

using ModelTestSupport::codesOf;
using ModelTestSupport::describe;
using ModelTestSupport::sampleOrganization;

using Change = std::function<void(Organization &)>;

TransportServer &serverNamed(Organization &organization, const char *name)
{
    return *organization.server(QString::fromLatin1(name));
}

} // namespace

Q_DECLARE_METATYPE(Change)

// Tests OrganizationValidator: the rules of a whole organization, judged in memory, each problem
// at the JSON path its value has in the written file.
class TestOrganizationValidator : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsValid();
    void refuses_data();
    void refuses();
    void agreesWithTheReader_data();
    void agreesWithTheReader();
    void sizeBypassOverAWholeSide();
    // validateChange(): one change judged on what it can affect.
    void validateChangeAgreesWithValidate();
    void validateChangeLocatesTheChangedConnector_data();
    void validateChangeLocatesTheChangedConnector();
    void validateChangeWarnsOnlyAboutTheChangedConnector();
};

void TestOrganizationValidator::sampleIsValid()
{
    const Problems problems = OrganizationValidator::validate(sampleOrganization());
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
}

void TestOrganizationValidator::refuses_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    QTest::newRow("blank organization name") << Change([](Organization &o) { o.name = QStringLiteral("  "); })
                                             << QStringLiteral("File.InvalidValue") << QStringLiteral("/Organization");
    QTest::newRow("unknown local server") << Change([](Organization &o) { o.localServer = QStringLiteral("EX99"); })
                                          << QStringLiteral("File.UnknownReference") << QStringLiteral("/LocalServer");
    QTest::newRow("duplicate site") << Change([](Organization &o) { o.sites.append(AdSite{QStringLiteral("SEATTLE"), {}}); })
                                    << QStringLiteral("File.Duplicate") << QStringLiteral("/Sites/2/Name");
    QTest::newRow("site link to an unknown site")
        << Change([](Organization &o) { o.sites[0].siteLinks[0].site = QStringLiteral("Tacoma"); })
        << QStringLiteral("File.UnknownReference") << QStringLiteral("/Sites/0/SiteLinks/0/Site");
    QTest::newRow("site link to itself")
        << Change([](Organization &o) { o.sites[0].siteLinks[0].site = QStringLiteral("seattle"); })
        << QStringLiteral("File.InvalidValue") << QStringLiteral("/Sites/0/SiteLinks/0/Site");
    QTest::newRow("site link cost out of range") << Change([](Organization &o) { o.sites[0].siteLinks[0].cost = 0; })
                                                 << QStringLiteral("File.OutOfRange")
                                                 << QStringLiteral("/Sites/0/SiteLinks/0/Cost");
    QTest::newRow("site link costs disagree") << Change([](Organization &o) {
        o.sites[1].siteLinks.append(SiteLink{QStringLiteral("Seattle"), 20});
    }) << QStringLiteral("File.Conflict") << QStringLiteral("/Sites/1/SiteLinks/0/Cost");
    QTest::newRow("accepted domain name invalid")
        << Change([](Organization &o) { o.acceptedDomains[1].domainName = QStringLiteral("fabrikam..com"); })
        << QStringLiteral("File.InvalidValue") << QStringLiteral("/AcceptedDomains/1/DomainName");
    QTest::newRow("accepted domain bare wildcard")
        << Change([](Organization &o) { o.acceptedDomains[1].domainName = QStringLiteral("*"); })
        << QStringLiteral("File.InvalidValue") << QStringLiteral("/AcceptedDomains/1/DomainName");
    QTest::newRow("accepted domain blank")
        << Change([](Organization &o) { o.acceptedDomains[1].domainName = QStringLiteral(" "); })
        << QStringLiteral("File.InvalidValue") << QStringLiteral("/AcceptedDomains/1/DomainName");
    QTest::newRow("accepted domain twice") << Change([](Organization &o) {
        o.acceptedDomains.append(AcceptedDomain{QStringLiteral("CONTOSO.com"), Exchange::AcceptedDomainType::InternalRelay, false});
    }) << QStringLiteral("File.Duplicate") << QStringLiteral("/AcceptedDomains/2/DomainName");
    QTest::newRow("accepted domain and its wildcard are different") << Change([](Organization &o) {
        o.acceptedDomains.append(AcceptedDomain{QStringLiteral("*.contoso.com"), Exchange::AcceptedDomainType::InternalRelay, true});
    }) << QStringLiteral("File.Conflict") << QStringLiteral("/AcceptedDomains/2/Default");
    QTest::newRow("two default accepted domains")
        << Change([](Organization &o) { o.acceptedDomains[1].isDefault = true; })
        << QStringLiteral("File.Conflict") << QStringLiteral("/AcceptedDomains/1/Default");
    QTest::newRow("no default accepted domain")
        << Change([](Organization &o) { o.acceptedDomains[0].isDefault = false; })
        << QStringLiteral("File.InvalidValue") << QStringLiteral("/AcceptedDomains");
    QTest::newRow("duplicate server") << Change([](Organization &o) {
        TransportServer again = o.servers[0];
        again.name = QStringLiteral("ex01");
        o.servers.append(again);
    }) << QStringLiteral("File.Duplicate") << QStringLiteral("/Servers/5/Name");
    QTest::newRow("Hub without site") << Change([](Organization &o) { o.servers[2].site.clear(); })
                                      << QStringLiteral("File.MissingKey") << QStringLiteral("/Servers/2/Site");
    QTest::newRow("Hub in an unknown site")
        << Change([](Organization &o) { o.servers[2].site = QStringLiteral("Tacoma"); })
        << QStringLiteral("File.UnknownReference") << QStringLiteral("/Servers/2/Site");
    QTest::newRow("site on an unsubscribed Edge")
        << Change([](Organization &o) { serverNamed(o, "EDGE02").site = QStringLiteral("Seattle"); })
        << QStringLiteral("File.NotAllowed") << QStringLiteral("/Servers/4/Site");
    QTest::newRow("connectors on a Hub") << Change([](Organization &o) {
        o.servers[0].sendConnectors = {o.sendConnectors.first()};
    }) << QStringLiteral("File.NotAllowed") << QStringLiteral("/Servers/0/SendConnectors");
    QTest::newRow("empty DNS server address") << Change([](Organization &o) {
        serverNamed(o, "EDGE02").externalDnsServers.append(QHostAddress());
    }) << QStringLiteral("File.InvalidValue") << QStringLiteral("/Servers/4/ExternalDNSServers/2");
    QTest::newRow("unspecified DNS server") << Change([](Organization &o) {
        o.servers[0].externalDnsServers = {QHostAddress(QHostAddress::AnyIPv4)};
    }) << QStringLiteral("File.InvalidValue") << QStringLiteral("/Servers/0/ExternalDNSServers/0");
    QTest::newRow("unspecified IPv6 DNS server") << Change([](Organization &o) {
        serverNamed(o, "EDGE02").externalDnsServers.append(QHostAddress(QHostAddress::AnyIPv6));
    }) << QStringLiteral("File.InvalidValue") << QStringLiteral("/Servers/4/ExternalDNSServers/2");
    QTest::newRow("DNS server listed twice") << Change([](Organization &o) {
        serverNamed(o, "EDGE02").externalDnsServers.append(QHostAddress(QStringLiteral("192.0.2.53")));
    }) << QStringLiteral("File.Duplicate") << QStringLiteral("/Servers/4/ExternalDNSServers/2");
    QTest::newRow("DNS server listed twice, once IPv4-mapped") << Change([](Organization &o) {
        serverNamed(o, "EDGE02").externalDnsServers.append(QHostAddress(QStringLiteral("::ffff:192.0.2.53")));
    }) << QStringLiteral("File.Duplicate") << QStringLiteral("/Servers/4/ExternalDNSServers/2");
    QTest::newRow("Edge administrators of a Hub") << Change([](Organization &o) {
        o.roleAssignments = RoleAssignments{{}, {{QStringLiteral("EX01"), {QStringLiteral("EX01\\Administrator")}}}};
    }) << QStringLiteral("File.InvalidValue") << QStringLiteral("/RoleAssignments/EdgeAdministrators/EX01");
    QTest::newRow("Edge administrators of an unknown server, with a slash") << Change([](Organization &o) {
        o.roleAssignments = RoleAssignments{{}, {{QStringLiteral("EDGE/09"), {QStringLiteral("x")}}}};
    }) << QStringLiteral("File.UnknownReference") << QStringLiteral("/RoleAssignments/EdgeAdministrators/EDGE~109");
    QTest::newRow("blank administrator") << Change([](Organization &o) {
        o.roleAssignments = RoleAssignments{{QStringLiteral("CONTOSO\\Administrator"), QStringLiteral(" ")}, {}};
    }) << QStringLiteral("File.InvalidValue") << QStringLiteral("/RoleAssignments/ExchangeOrganizationAdministrators/1");
    QTest::newRow("duplicate connector") << Change([](Organization &o) {
        o.sendConnectors[3].name = QStringLiteral("contoso TO internet");
    }) << QStringLiteral("File.Duplicate") << QStringLiteral("/SendConnectors/3/Name");
    QTest::newRow("duplicate connector on an Edge") << Change([](Organization &o) {
        TransportServer &edge = serverNamed(o, "EDGE02");
        edge.sendConnectors[1].name = edge.sendConnectors[0].name;
    }) << QStringLiteral("File.Duplicate") << QStringLiteral("/Servers/4/SendConnectors/1/Name");
    QTest::newRow("port out of range") << Change([](Organization &o) { o.sendConnectors[1].port = 70000; })
                                       << QStringLiteral("File.OutOfRange") << QStringLiteral("/SendConnectors/1/Port");
    QTest::newRow("address space cost out of range")
        << Change([](Organization &o) { o.sendConnectors[0].addressSpaces[0].cost = 101; })
        << QStringLiteral("File.OutOfRange") << QStringLiteral("/SendConnectors/0/AddressSpaces/0/Cost");
    QTest::newRow("unknown source server") << Change([](Organization &o) {
        o.sendConnectors[0].sourceTransportServers[1] = QStringLiteral("EX09");
    }) << QStringLiteral("File.UnknownReference") << QStringLiteral("/SendConnectors/0/SourceTransportServers/1");
    QTest::newRow("connector rule") << Change([](Organization &o) {
        o.sendConnectors[0].requireTls = true;
        o.sendConnectors[0].ignoreStartTls = true;
    }) << QStringLiteral("Connector.RequireTlsWithIgnoreStartTls") << QStringLiteral("/SendConnectors/0/RequireTLS");
    QTest::newRow("connector rule on an Edge") << Change([](Organization &o) {
        serverNamed(o, "EDGE02").sendConnectors[0].sourceTransportServers = {QStringLiteral("EX01")};
    }) << QStringLiteral("Connector.SourceServersOnEdge")
       << QStringLiteral("/Servers/4/SendConnectors/0/SourceTransportServers");
}

void TestOrganizationValidator::refuses()
{
    QFETCH(Change, change);
    QFETCH(QString, code);
    QFETCH(QString, path);

    Organization organization = sampleOrganization();
    change(organization);
    const Problems errors = errorsOnly(OrganizationValidator::validate(organization));
    // One fault, one problem: a rule that fails only because of it is not reported again.
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().parameter, path);
    QCOMPARE(errors.first().line, 0);
    QVERIFY(!errors.first().message.isEmpty());
}

// What the validator refuses in memory, the reader refuses in the written file, at the same path.
void TestOrganizationValidator::agreesWithTheReader_data()
{
    refuses_data();
}

void TestOrganizationValidator::agreesWithTheReader()
{
    QFETCH(Change, change);
    QFETCH(QString, path);
    if (path == QLatin1String("/Servers/4/Site") || path == QLatin1String("/Servers/0/SendConnectors"))
        QSKIP("The writer leaves this value out (an unsubscribed Edge's site, a Hub's own connectors).");

    Organization organization = sampleOrganization();
    change(organization);
    const Parsed<Organization> read = OrganizationFile::parse(OrganizationFile::serialize(organization));
    QVERIFY(!read.ok());
    const Problems errors = errorsOnly(read.problems);
    QVERIFY2(std::any_of(errors.cbegin(), errors.cend(), [&path](const Problem &p) { return p.parameter == path; }),
             qPrintable(describe(errors)));
    for (const Problem &problem : errors)
        QVERIFY(problem.line > 0);
}

// The size-bypass warning of every connector of a side, found through one index of the side: each
// connector warned once per broader enabled connector with a larger limit, at its MaxMessageSize,
// in memory and in the file alike.
void TestOrganizationValidator::sizeBypassOverAWholeSide()
{
    Organization organization = sampleOrganization();
    const auto add = [&organization](const char *name, const char *address, qint64 megabytes, bool enabled = true) {
        SendConnector connector;
        connector.name = QString::fromLatin1(name);
        connector.addressSpaces = {AddressSpace{QStringLiteral("SMTP"), QString::fromLatin1(address), 1, false}};
        connector.sourceTransportServers = {organization.localServer};
        connector.maxMessageSize = megabytes < 0 ? ByteQuantity::makeUnlimited() : ByteQuantity::fromBytes(megabytes << 20);
        connector.enabled = enabled;
        organization.sendConnectors.append(connector);
    };
    organization.sendConnectors.clear();
    add("All", "*", 30);
    add("Contoso", "*.contoso.com", 20);
    add("Sales", "Sales.Contoso.com", 10);
    add("Fabrikam", "fabrikam.com", 10);
    add("Old", "*", -1, false);
    add("Sales again", "*.sales.contoso.com", 30);

    const auto bypassed = [](const Problems &problems) {
        QStringList paths;
        for (const Problem &problem : problems) {
            if (problem.code == QLatin1String("Connector.MaxMessageSizeBypassed")) {
                paths.append(problem.parameter);
                if (problem.line != 0)
                    paths.last() += QStringLiteral(" (located)");
            }
        }
        return paths;
    };
    const Problems problems = OrganizationValidator::validate(organization);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
    const QStringList expected{QStringLiteral("/SendConnectors/1/MaxMessageSize"),
                               QStringLiteral("/SendConnectors/2/MaxMessageSize"), // All, Contoso and
                               QStringLiteral("/SendConnectors/2/MaxMessageSize"), // "*.sales.contoso.com",
                               QStringLiteral("/SendConnectors/2/MaxMessageSize"), // which covers its domain
                               QStringLiteral("/SendConnectors/3/MaxMessageSize")};
    QCOMPARE(bypassed(problems), expected);
    QCOMPARE(describe(OrganizationValidator::validate(organization, ConnectorContext::AddressSpaceEntries::ParsedByCaller)),
             describe(problems));

    const Parsed<Organization> read = OrganizationFile::parse(OrganizationFile::serialize(organization));
    QVERIFY2(read.ok(), qPrintable(describe(read.problems)));
    QStringList located;
    for (const QString &path : expected)
        located.append(path + QStringLiteral(" (located)"));
    QCOMPARE(bypassed(read.problems), located);
}

namespace {

// A random connector for a side, valid or not: values drawn from small pools that hold valid
// values, values some rule refuses, and names the side already has.
SendConnector randomConnector(QRandomGenerator &random, const Organization &organization, const QString &side)
{
    const auto pick = [&random](const QStringList &pool) { return pool.at(random.bounded(int(pool.size()))); };
    const QList<SendConnector> &existing = organization.connectorsFor(side);
    // Half the time a variation of an existing (valid) connector, so that many changes succeed.
    SendConnector connector;
    if (!existing.isEmpty() && random.bounded(2) == 0)
        connector = existing.at(random.bounded(int(existing.size())));
    else
        connector = ModelTestSupport::newConnector(QString(), !side.isEmpty());

    switch (random.bounded(14)) {
    case 0:
        connector.port = QList<int>{25, 465, 587, -1, 65536, 70000}.at(random.bounded(6));
        break;
    case 1:
        if (!connector.addressSpaces.isEmpty())
            connector.addressSpaces[0].cost = QList<int>{0, 1, 50, 100, 101}.at(random.bounded(5));
        break;
    case 2:
        connector.sourceTransportServers =
            QStringList{pick({QStringLiteral("EX01"), QStringLiteral("EX03"), QStringLiteral("EDGE01"),
                              QStringLiteral("EDGE02"), QStringLiteral("EX09"), QStringLiteral(" ")})};
        break;
    case 3:
        connector.requireTls = random.bounded(2) == 0;
        connector.ignoreStartTls = random.bounded(2) == 0;
        break;
    case 4:
        connector.addressSpaces = {ModelTestSupport::smtp(pick({QStringLiteral("*"), QStringLiteral("--"),
                                                                QStringLiteral("*.example.org"), QStringLiteral("contoso.com"),
                                                                QStringLiteral("bad..domain")}))};
        break;
    case 5:
        connector.dnsRoutingEnabled = !connector.dnsRoutingEnabled;
        if (random.bounded(2) == 0)
            connector.smartHosts = {ModelTestSupport::fqdnHost(pick({QStringLiteral("relay.example.org"),
                                                                    QStringLiteral("EX01"), QStringLiteral("bad host")}))};
        break;
    case 6:
        connector.maxMessageSize = ByteQuantity::fromBytes(QList<qint64>{-1, 0, 1024, 20 << 20, qint64(1) << 40}.at(random.bounded(5)));
        break;
    case 7:
        connector.usage = QList<Exchange::Usage>{Exchange::Usage::Custom, Exchange::Usage::Internal,
                                                 Exchange::Usage::Internet, Exchange::Usage::Partner}.at(random.bounded(4));
        break;
    case 8:
        connector.fqdn = pick({QString(), QStringLiteral("mail.contoso.com"), QStringLiteral("hub.contoso.local"),
                               QStringLiteral("bad_name!")});
        break;
    case 9:
        connector.sourceIpAddress = pick({QStringLiteral("0.0.0.0"), QStringLiteral("10.0.0.5"), QStringLiteral("::1"),
                                          QStringLiteral("nonsense")});
        break;
    case 10:
        connector.enabled = !connector.enabled;
        break;
    case 11:
        connector.isScopedConnector = !connector.isScopedConnector;
        break;
    case 12:
        connector.comment = QString(random.bounded(2) == 0 ? 10 : 1100, QLatin1Char('c'));
        break;
    default:
        connector.linkedReceiveConnector = pick({QString(), QStringLiteral("Default EX01")});
        break;
    }

    // The name: new, another connector's (in another letter case), blank, or kept.
    const int naming = random.bounded(10);
    if (naming < 6 || connector.name.isEmpty())
        connector.name = QStringLiteral("Random %1").arg(random.bounded(40));
    else if (naming < 8 && !existing.isEmpty())
        connector.name = existing.at(random.bounded(int(existing.size()))).name.toUpper();
    else if (naming == 8)
        connector.name = QStringLiteral("  ");
    return connector;
}

} // namespace

// The property behind validateChange(): for random changes to random valid organizations (each
// accepted change starts the next), validateChange() finds errors exactly when validate() finds
// some in the whole organization after the change.
void TestOrganizationValidator::validateChangeAgreesWithValidate()
{
    QRandomGenerator random(20261201);
    const QStringList sides = {QString(), QStringLiteral("EDGE02"), QStringLiteral("EX02")};
    Organization organization = sampleOrganization();
    QVERIFY(!hasErrors(OrganizationValidator::validate(organization)));
    int accepted = 0;
    int refused = 0;
    for (int step = 0; step < 3000; ++step) {
        const QString side = sides.at(random.bounded(int(sides.size())));
        Organization after = organization;
        QList<SendConnector> &connectors = *after.mutableConnectorsFor(side);
        ConnectorChange change;
        change.side = side;
        const int kind = connectors.isEmpty() ? 0 : random.bounded(connectors.size() > 25 ? 4 : 3);
        if (kind == 0) {
            change.kind = ConnectorChange::Kind::Added;
            change.index = random.bounded(int(connectors.size()) + 1);
            connectors.insert(change.index, randomConnector(random, organization, side));
        } else if (kind == 1 || kind == 2) {
            change.kind = ConnectorChange::Kind::Replaced;
            change.index = random.bounded(int(connectors.size()));
            connectors[change.index] = randomConnector(random, organization, side);
        } else {
            change.kind = ConnectorChange::Kind::Removed;
            change.index = random.bounded(int(connectors.size()));
            connectors.removeAt(change.index);
        }

        const Problems whole = OrganizationValidator::validate(after);
        const Problems judged = OrganizationValidator::validateChange(after, change);
        QVERIFY2(hasErrors(whole) == hasErrors(judged),
                 qPrintable(QStringLiteral("step %1:\nvalidate():\n%2\nvalidateChange():\n%3")
                                .arg(step)
                                .arg(describe(errorsOnly(whole)), describe(errorsOnly(judged)))));
        if (hasErrors(whole)) {
            ++refused;
        } else {
            ++accepted;
            organization = after;
        }
    }
    // Both answers were exercised often, or the property proves little.
    QVERIFY2(accepted > 500 && refused > 500, qPrintable(QStringLiteral("%1 accepted, %2 refused").arg(accepted).arg(refused)));
}

void TestOrganizationValidator::validateChangeLocatesTheChangedConnector_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("side");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    QTest::newRow("added with a name taken") << Change([](Organization &o) {
        SendConnector c = ModelTestSupport::newConnector(QStringLiteral(" contoso TO internet"), false);
        o.sendConnectors.append(c);
    }) << int(ConnectorChange::Kind::Added) << QString() << 5 << QStringLiteral("File.Duplicate")
       << QStringLiteral("/SendConnectors/5/Name");
    QTest::newRow("replaced with a port out of range") << Change([](Organization &o) { o.sendConnectors[1].port = 70000; })
                                                       << int(ConnectorChange::Kind::Replaced) << QString() << 1
                                                       << QStringLiteral("Connector.PortOutOfRange")
                                                       << QStringLiteral("/SendConnectors/1/Port");
    QTest::newRow("an Edge's connector") << Change([](Organization &o) {
        serverNamed(o, "EDGE02").sendConnectors[1].sourceTransportServers = {QStringLiteral("EX01")};
    }) << int(ConnectorChange::Kind::Replaced) << QStringLiteral("edge02") << 1
       << QStringLiteral("Connector.SourceServersOnEdge") << QStringLiteral("/Servers/4/SendConnectors/1/SourceTransportServers");
    QTest::newRow("a Hub names the organization's side") << Change([](Organization &o) {
        o.sendConnectors[0].sourceTransportServers = {QStringLiteral("EX09")};
    }) << int(ConnectorChange::Kind::Replaced) << QStringLiteral("EX02") << 0
       << QStringLiteral("Connector.UnknownSourceServer") << QStringLiteral("/SendConnectors/0/SourceTransportServers");
    QTest::newRow("a removal is judged by nothing") << Change([](Organization &o) { o.sendConnectors.removeAt(2); })
                                                    << int(ConnectorChange::Kind::Removed) << QString() << 2 << QString()
                                                    << QString();
    // Outside what it knows how to judge, validateChange() judges the whole organization.
    QTest::newRow("an index outside the list") << Change([](Organization &o) { o.sendConnectors[3].port = 70000; })
                                               << int(ConnectorChange::Kind::Replaced) << QString() << 99
                                               << QStringLiteral("File.OutOfRange") << QStringLiteral("/SendConnectors/3/Port");
    QTest::newRow("a subscribed Edge's side") << Change([](Organization &o) {
        serverNamed(o, "EDGE01").sendConnectors = {ModelTestSupport::newConnector(QStringLiteral("Not here"), true)};
    }) << int(ConnectorChange::Kind::Added) << QStringLiteral("EDGE01") << 0 << QStringLiteral("File.NotAllowed")
       << QStringLiteral("/Servers/3/SendConnectors");
}

void TestOrganizationValidator::validateChangeLocatesTheChangedConnector()
{
    QFETCH(Change, change);
    QFETCH(int, kind);
    QFETCH(QString, side);
    QFETCH(int, index);
    QFETCH(QString, code);
    QFETCH(QString, path);

    Organization organization = sampleOrganization();
    change(organization);
    const Problems errors = errorsOnly(OrganizationValidator::validateChange(
        organization, ConnectorChange{static_cast<ConnectorChange::Kind>(kind), side, index}));
    if (code.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        return;
    }
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().parameter, path);
    QVERIFY(!errors.first().message.isEmpty());
}

// Warnings are the changed connector's only, though other connectors have some too.
void TestOrganizationValidator::validateChangeWarnsOnlyAboutTheChangedConnector()
{
    Organization organization = sampleOrganization();
    organization.sendConnectors[0].port = ConnectorValidator::ImplicitTlsPort;
    organization.sendConnectors[2].port = ConnectorValidator::ImplicitTlsPort;
    const Problems whole = OrganizationValidator::validate(organization);
    QVERIFY(!hasErrors(whole));
    const auto atConnector = [](const Problems &problems, const QString &prefix) {
        return std::count_if(problems.cbegin(), problems.cend(),
                             [&prefix](const Problem &p) { return p.parameter.startsWith(prefix); });
    };
    QVERIFY(atConnector(whole, QStringLiteral("/SendConnectors/0/")) > 0);

    const Problems judged =
        OrganizationValidator::validateChange(organization, ConnectorChange{ConnectorChange::Kind::Replaced, QString(), 2});
    QVERIFY(!hasErrors(judged));
    QVERIFY(std::any_of(judged.cbegin(), judged.cend(), [](const Problem &p) {
        return p.code == QLatin1String("Connector.ImplicitTlsPort") && p.parameter == QLatin1String("/SendConnectors/2/Port");
    }));
    QCOMPARE(atConnector(judged, QStringLiteral("/SendConnectors/2/")), qsizetype(judged.size()));
}

QTEST_GUILESS_MAIN(TestOrganizationValidator)
#include "tst_organizationvalidator.moc"
