#include "support/ModelTestSupport.h"
#include "Organization.h"
#include "OrganizationFile.h"
#include "OrganizationValidator.h"

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

QTEST_GUILESS_MAIN(TestOrganizationValidator)
#include "tst_organizationvalidator.moc"
