// Tests OrganizationFile: the bundled sample, round trips of every field, and damaged files
// refused with every problem located by JSON path, line and column. Also Organization's lookups.
#include "support/ModelTestSupport.h"
#include "ConnectorRules.h"
#include "OrganizationFile.h"

#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Problems)

namespace {

// A text with one '`' marking where a problem must be reported; the marker is removed and its
// position computed independently of JsonLocator (lines by '\n', columns in characters).
struct Marked
{
    QByteArray text;
    int line = 0;
    int column = 0;
};

Marked unmark(const QByteArray &withMarker)
{
    const qsizetype at = withMarker.indexOf('`');
    Q_ASSERT(at >= 0);
    Marked marked;
    marked.text = withMarker;
    marked.text.remove(at, 1);
    const QByteArray before = withMarker.left(at);
    marked.line = static_cast<int>(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    marked.column = static_cast<int>(QString::fromUtf8(before.mid(lineStart)).toUcs4().size()) + 1;
    return marked;
}

const QByteArray defaultHead = R"(  "SchemaVersion": 1,
  "Organization": "Contoso",
  "ExchangeVersion": "2007 SP1",
  "LocalServer": "EX01",
  "Sites": [
    {"Name": "Seattle", "SiteLinks": [{"Site": "Portland", "Cost": 10}]},
    {"Name": "Portland"}
  ],
)";

const QByteArray defaultServers = R"(    {"Name": "EX01", "Role": "HubTransport", "Site": "Seattle"},
    {"Name": "EX03", "Role": "HubTransport", "Site": "Portland"},
    {"Name": "EDGE01", "Role": "EdgeTransport", "Site": "Seattle", "Subscribed": true},
    {"Name": "EDGE02", "Role": "EdgeTransport"}
)";

// The members of a valid Internet connector sent by EX01.
const QByteArray internetMembers =
    R"("Name": "Internet", "Usage": "Internet", "AddressSpaces": [{"Address": "*"}], "SourceTransportServers": ["EX01"])";

QByteArray connector(const QByteArray &members)
{
    return "    {" + members + "}";
}

QByteArray organization(const QByteArray &connectors, const QByteArray &servers = defaultServers,
                        const QByteArray &head = defaultHead)
{
    return "{\n" + head + "  \"Servers\": [\n" + servers + "  ],\n  \"SendConnectors\": [\n" + connectors + "\n  ]\n}\n";
}

// A valid file whose AcceptedDomains list holds `entries` (one per line).
QByteArray withAcceptedDomains(const QByteArray &entries)
{
    return organization(connector(internetMembers), defaultServers,
                        defaultHead + "  \"AcceptedDomains\": [\n" + entries + "\n  ],\n");
}

QByteArray replaceFirst(QByteArray text, const QByteArray &before, const QByteArray &after)
{
    const qsizetype at = text.indexOf(before);
    Q_ASSERT(at >= 0);
    return text.replace(at, before.size(), after);
}

using ModelTestSupport::describe;
using ModelTestSupport::readFile;
using ModelTestSupport::writeFile;

SendConnector makeConnector(const QString &name, const QString &address)
{
    SendConnector c;
    c.name = name;
    AddressSpace space;
    space.address = address;
    c.addressSpaces = {space};
    c.sourceTransportServers = {QStringLiteral("EX01")};
    return c;
}

// An organization in which every field of every type differs from its default somewhere, and
// which breaks no rule (so that it must load back unchanged).
Organization everyFieldOrganization()
{
    Organization o;
    o.name = QStringLiteral("Fabrikam, Inc. – Zürich"); // non-ASCII survives
    o.exchangeVersion = Exchange::Version::Sp12007;
    o.localServer = QStringLiteral("EX02");
    o.sites = {AdSite{QStringLiteral("Zurich"), {SiteLink{QStringLiteral("Geneva"), 250}}},
               AdSite{QStringLiteral("Geneva"), {SiteLink{QStringLiteral("Zurich"), 250}}}};

    // External DNS servers on a Hub (IPv4 and IPv6, order kept) and on the Edge that uses them.
    TransportServer ex01{QStringLiteral("EX01"), Exchange::ServerRole::HubTransport, QStringLiteral("Zurich"), false, {},
                         {QHostAddress(QStringLiteral("198.51.100.53")), QHostAddress(QStringLiteral("2001:db8::53"))}};
    TransportServer ex02{QStringLiteral("EX02"), Exchange::ServerRole::HubTransport, QStringLiteral("Geneva"), false, {}, {}};
    TransportServer edge1{QStringLiteral("EDGE01"), Exchange::ServerRole::EdgeTransport, QStringLiteral("Zurich"), true, {}, {}};
    TransportServer edge2{QStringLiteral("EDGE02"), Exchange::ServerRole::EdgeTransport, QString(), false, {},
                          {QHostAddress(QStringLiteral("192.0.2.53"))}};
    SendConnector edgeOwn = makeConnector(QStringLiteral("Edge out"), QStringLiteral("*"));
    edgeOwn.sourceTransportServers.clear();
    edgeOwn.sourceIpAddress = QStringLiteral("192.0.2.10");
    edgeOwn.useExternalDnsServersEnabled = true;
    edgeOwn.usage = Exchange::Usage::Internet;
    edge2.sendConnectors = {edgeOwn};
    o.servers = {ex01, ex02, edge1, edge2};

    RoleAssignments roles;
    roles.organizationAdministrators = {QStringLiteral("FABRIKAM\\Administrator"), QStringLiteral("FABRIKAM\\Ops")};
    roles.edgeAdministrators.insert(QStringLiteral("EDGE02"), {QStringLiteral("EDGE02\\Administrator")});
    roles.edgeAdministrators.insert(QStringLiteral("EDGE01"), {});
    o.roleAssignments = roles;

    // Smart hosts, Basic authentication over TLS, scoped, every transport setting changed.
    SendConnector relay = makeConnector(QStringLiteral("Relay \"quoted\" \\ name"), QStringLiteral("*.fabrikam.com"));
    relay.usage = Exchange::Usage::Internal;
    relay.addressSpaces.first().cost = 7;
    AddressSpace x400;
    x400.type = QStringLiteral("X400");
    x400.address = QStringLiteral("c=ch;a= ;p=Fabrikam;o=Zurich");
    x400.cost = 100;
    AddressSpace custom;
    custom.type = QStringLiteral("NOTES");
    custom.address = QStringLiteral("Fabrikam/Zurich; free text");
    custom.cost = 3;
    relay.addressSpaces.append(x400);
    relay.addressSpaces.append(custom);
    relay.isScopedConnector = true;
    relay.dnsRoutingEnabled = false;
    relay.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("relay.fabrikam.com")},
                        SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("192.168.1.20")},
                        SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("2001:db8::25")}};
    relay.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS;
    relay.authenticationCredential = AuthenticationCredential{QStringLiteral("FABRIKAM\\relay")};
    relay.maxMessageSize = ByteQuantity::makeUnlimited();
    relay.port = 587;
    relay.connectionInactivityTimeOut = TimeSpan::fromSeconds(24 * 3600);
    relay.enabled = false;
    relay.comment = QStringLiteral("Line one\nline two, with a tab\tand ünïcödé");
    relay.fqdn = QStringLiteral("smtp.fabrikam.com");
    relay.forceHelo = true;
    relay.requireTls = true;
    relay.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose;

    // Domain security (needs DNS routing).
    SendConnector partner = makeConnector(QStringLiteral("Partner"), QStringLiteral("woodgrovebank.com"));
    partner.usage = Exchange::Usage::Partner;
    partner.domainSecureEnabled = true;
    partner.maxMessageSize = ByteQuantity::fromBytes(ByteQuantity::Maximum);
    partner.sourceTransportServers = {QStringLiteral("EDGE01")};

    // IgnoreSTARTTLS (conflicts with RequireTLS, so on its own connector); cost and a 0-byte limit.
    SendConnector legacy = makeConnector(QStringLiteral("Legacy"), QStringLiteral("legacy.fabrikam.com"));
    legacy.ignoreStartTls = true;
    legacy.maxMessageSize = ByteQuantity::fromBytes(0);
    legacy.port = 0;

    // A linked Receive connector replaces the address spaces.
    SendConnector linked = makeConnector(QStringLiteral("Linked"), QString());
    linked.addressSpaces.clear();
    linked.linkedReceiveConnector = QStringLiteral("EX01\\Default EX01");
    linked.dnsRoutingEnabled = false;
    linked.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("scanner.fabrikam.com")}};

    o.sendConnectors = {relay, partner, legacy, linked};
    using T = Exchange::AcceptedDomainType;
    o.acceptedDomains = {AcceptedDomain{QStringLiteral("fabrikam.com"), T::Authoritative, true},
                         AcceptedDomain{QStringLiteral("*.fabrikam.ch"), T::InternalRelay, false},
                         AcceptedDomain{QStringLiteral("woodgrovebank.com"), T::ExternalRelay, false}};
    return o;
}

} // namespace

class TestOrganizationFile : public QObject
{
    Q_OBJECT

private slots:
    void sampleLoadsWithoutProblems();
    void sampleIsCanonical();
    void roundTripEveryField();
    void acceptedDomains();
    void roundTripRtmLocalScope();
    void serializeConnectorWritesEveryKeyInOrder();
    void lenientInputIsNormalised();
    void oneDirectionSiteLinkSuffices();
    void whenChangedRoundTrip_data();
    void whenChangedRoundTrip();
    void damagedFile_data();
    void damagedFile();
    void otherEncodingIsNamed_data();
    void otherEncodingIsNamed();
    void problemMessagesNameThePosition();
    void everyProblemIsReportedAtOnce();
    void severalProblemsFixture();
    void newerSchemaStopsEverything();
    void warningsDoNotRefuse();
    void schemaAgreesWithLoader();
    void organizationLookups();
    void connectorsForSides();
    void siteLinkCost_data();
    void siteLinkCost();
    void schemaVersionMustBeWhole_data();
    void schemaVersionMustBeWhole();
    void rulesAreLocatedWhereTheEntriesStand();
    void externalDnsServersAreRead_data();
    void externalDnsServersAreRead();
    void externalDnsServerProblemsNameTheEntry();
    void externalDnsServersMissingIsAWarning_data();
    void externalDnsServersMissingIsAWarning();
};

void TestOrganizationFile::sampleLoadsWithoutProblems()
{
    const QByteArray bytes = readFile(QStringLiteral(":/scc/sample-organization.json"));
    QVERIFY(!bytes.isEmpty());
    const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
    QVERIFY(parsed.ok());

    const Organization &o = *parsed.value;
    QCOMPARE(o.name, QStringLiteral("Contoso"));
    QCOMPARE(Exchange::toString(o.exchangeVersion), Exchange::toString(Exchange::Version::Sp12007));
    QCOMPARE(o.localServer, QStringLiteral("EX01"));
    QCOMPARE(o.sites.size(), 2);
    QCOMPARE(o.siteLinkCost(QStringLiteral("Seattle"), QStringLiteral("Portland")), std::optional<int>(10));
    QStringList hubs;
    for (const TransportServer &server : o.servers) {
        if (server.isHub())
            hubs.append(server.name + QLatin1Char('@') + server.site);
    }
    QCOMPARE(hubs, (QStringList{QStringLiteral("EX01@Seattle"), QStringLiteral("EX02@Seattle"),
                                QStringLiteral("EX03@Portland")}));
    QVERIFY(o.server(QStringLiteral("edge01"))->subscribed);
    QCOMPARE(o.server(QStringLiteral("EDGE01"))->site, QStringLiteral("Seattle"));
    const TransportServer *edge2 = o.server(QStringLiteral("EDGE02"));
    QVERIFY(edge2 && edge2->isEdge() && !edge2->subscribed && edge2->site.isEmpty());
    QVERIFY(!edge2->sendConnectors.isEmpty());
    // No role assignments: whoever opens the sample may act (tests/data/contoso-with-roles.json has them).
    QVERIFY(!o.roleAssignments.has_value());

    const SendConnector *internet = o.connector(QStringLiteral("Contoso to Internet"));
    QVERIFY(internet);
    QCOMPARE(Exchange::toString(internet->usage), Exchange::toString(Exchange::Usage::Internet));
    QCOMPARE(internet->addressSpaces.first().toString(), QStringLiteral("SMTP:*;1"));
    QVERIFY(internet->dnsRoutingEnabled);

    // The kinds of connector the sample is meant to show.
    bool internalExchangeAuth = false, partnerDomainSecure = false, customX400 = false, disabled = false;
    for (const SendConnector &c : o.sendConnectors) {
        internalExchangeAuth |= c.usage == Exchange::Usage::Internal && !c.smartHosts.isEmpty()
                             && c.smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::ExchangeServer;
        partnerDomainSecure |= c.usage == Exchange::Usage::Partner && c.domainSecureEnabled;
        customX400 |= c.usage == Exchange::Usage::Custom && !c.smartHosts.isEmpty()
                   && std::any_of(c.addressSpaces.cbegin(), c.addressSpaces.cend(),
                                  [](const AddressSpace &a) { return a.isX400(); });
        disabled |= !c.enabled;
    }
    QVERIFY(internalExchangeAuth);
    QVERIFY(partnerDomainSecure);
    QVERIFY(customX400);
    QVERIFY(disabled);
}

void TestOrganizationFile::sampleIsCanonical()
{
    // The sample is exactly what serialize() writes, so saving it unchanged changes nothing.
    const QByteArray bytes = readFile(QStringLiteral(":/scc/sample-organization.json"));
    const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(OrganizationFile::serialize(*parsed.value), bytes);
}

void TestOrganizationFile::roundTripEveryField()
{
    const Organization original = everyFieldOrganization();
    const QByteArray written = OrganizationFile::serialize(original);
    QVERIFY(written.endsWith("}\n"));
    QVERIFY(written.contains("\n  \"SchemaVersion\": 1,\n"));

    const Parsed<Organization> parsed = OrganizationFile::parse(written);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    QCOMPARE(errorsOnly(parsed.problems).size(), 0);
    QVERIFY(*parsed.value == original);
    // Field by field too, so that a failure says which.
    QCOMPARE(parsed.value->name, original.name);
    QCOMPARE(parsed.value->sites, original.sites);
    QVERIFY(parsed.value->servers == original.servers);
    QVERIFY(parsed.value->roleAssignments == original.roleAssignments);
    for (int i = 0; i < original.sendConnectors.size(); ++i)
        QVERIFY2(parsed.value->sendConnectors.at(i) == original.sendConnectors.at(i), qPrintable(QString::number(i)));
    QCOMPARE(OrganizationFile::serialize(*parsed.value), written);

    // Absent role assignments are written as null and read back as absent.
    Organization noRoles = original;
    noRoles.roleAssignments.reset();
    const QByteArray noRolesText = OrganizationFile::serialize(noRoles);
    QVERIFY(noRolesText.contains("\"RoleAssignments\": null"));
    const Parsed<Organization> noRolesParsed = OrganizationFile::parse(noRolesText);
    QVERIFY(noRolesParsed.ok());
    QVERIFY(!noRolesParsed.value->roleAssignments.has_value());
    QVERIFY(*noRolesParsed.value == noRoles);
}

void TestOrganizationFile::roundTripRtmLocalScope()
{
    Organization o = everyFieldOrganization();
    o.exchangeVersion = Exchange::Version::Rtm2007;
    // RTM has no IsScopedConnector and no IPv6 smart hosts; it scopes address spaces with Local:.
    SendConnector &relay = o.sendConnectors.first();
    relay.isScopedConnector = false;
    relay.smartHosts.removeLast();
    o.servers.first().externalDnsServers.removeLast(); // and no IPv6 DNS servers
    relay.addressSpaces.first().localScope = true;
    relay.addressSpaces[1].localScope = true;

    const QByteArray written = OrganizationFile::serialize(o);
    QCOMPARE(written.count("\"Scope\": \"Local\""), 2);
    QVERIFY(written.contains("\"ExchangeVersion\": \"2007 RTM\""));
    const Parsed<Organization> parsed = OrganizationFile::parse(written);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    QVERIFY(*parsed.value == o);
    QVERIFY(parsed.value->sendConnectors.first().isScoped());
    QCOMPARE(parsed.value->sendConnectors.first().addressSpaces.first().toString(),
             QStringLiteral("Local:SMTP:*.fabrikam.com;7"));
    QVERIFY(!parsed.value->sendConnectors.at(1).isScoped());
}

void TestOrganizationFile::serializeConnectorWritesEveryKeyInOrder()
{
    SendConnector c;
    c.name = QStringLiteral("Internet");
    AddressSpace star;
    star.address = QStringLiteral("*");
    c.addressSpaces = {star};
    const QByteArray expected = R"({
  "Name": "Internet",
  "Usage": "Custom",
  "AddressSpaces": [
    {
      "Type": "SMTP",
      "Address": "*",
      "Cost": 1
    }
  ],
  "IsScopedConnector": false,
  "DNSRoutingEnabled": true,
  "SmartHosts": [],
  "SmartHostAuthMechanism": "None",
  "AuthenticationCredential": null,
  "SourceTransportServers": [],
  "UseExternalDNSServersEnabled": false,
  "MaxMessageSize": 10485760,
  "Port": 25,
  "ConnectionInactivityTimeOut": "00:10:00",
  "Enabled": true,
  "Comment": null,
  "Fqdn": null,
  "ForceHELO": false,
  "IgnoreSTARTTLS": false,
  "RequireTLS": false,
  "DomainSecureEnabled": false,
  "ProtocolLoggingLevel": "None",
  "SourceIPAddress": "0.0.0.0",
  "LinkedReceiveConnector": null
}
)";
    QCOMPARE(OrganizationFile::serializeConnector(c), expected);
}

void TestOrganizationFile::lenientInputIsNormalised()
{
    // Defaults for absent keys, enum spellings in any case, shell sizes, null for "none", values
    // normalised by the model's parsers.
    const QByteArray text = organization(connector(
        R"("Name": "  Relay  ", "Usage": "internal", "AddressSpaces": [{"Type": "smtp", "Address": "*.Contoso.COM"}, )"
        R"({"Type": "x400", "Address": "c=us;a= ;p=Contoso", "Cost": 4.0}], "DNSRoutingEnabled": false, )"
        R"("SmartHosts": ["[10.0.0.1]", "Relay.Contoso.com"], "SmartHostAuthMechanism": "exchangeserver", )"
        R"("MaxMessageSize": "20MB", "Comment": null, "Fqdn": null, "AuthenticationCredential": null, )"
        R"("SourceTransportServers": ["ex01"])"));
    const Parsed<Organization> parsed = OrganizationFile::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    const SendConnector &c = parsed.value->sendConnectors.first();
    QCOMPARE(c.name, QStringLiteral("Relay"));
    QCOMPARE(Exchange::toString(c.usage), Exchange::toString(Exchange::Usage::Internal));
    QCOMPARE(c.addressSpaces.size(), 2);
    QCOMPARE(c.addressSpaces.at(0).toString(), QStringLiteral("SMTP:*.contoso.com;1"));
    QCOMPARE(c.addressSpaces.at(1).type, QStringLiteral("X400"));
    QCOMPARE(c.addressSpaces.at(1).cost, 4);
    QCOMPARE(c.smartHosts.at(0).host, QStringLiteral("10.0.0.1"));
    QCOMPARE(c.smartHosts.at(0).kind, SmartHost::Kind::IpAddress);
    QCOMPARE(c.smartHosts.at(1).host, QStringLiteral("relay.contoso.com"));
    QCOMPARE(Exchange::toString(c.smartHostAuthMechanism), Exchange::toString(Exchange::SmartHostAuthMechanism::ExchangeServer));
    QCOMPARE(c.maxMessageSize, ByteQuantity::fromBytes(20 * 1024 * 1024));
    QCOMPARE(c.port, 25);
    QVERIFY(c.enabled);
    QVERIFY(!c.authenticationCredential.has_value());
    QVERIFY(!parsed.value->roleAssignments.has_value());

    // What is written back is canonical, and reads back the same.
    const QByteArray written = OrganizationFile::serialize(*parsed.value);
    QVERIFY(written.contains("\"MaxMessageSize\": 20971520"));
    QVERIFY(written.contains("\"Usage\": \"Internal\""));
    const Parsed<Organization> again = OrganizationFile::parse(written);
    QVERIFY(again.ok());
    QVERIFY(*again.value == *parsed.value);
}

void TestOrganizationFile::oneDirectionSiteLinkSuffices()
{
    // defaultHead declares Seattle -> Portland only.
    const Parsed<Organization> parsed = OrganizationFile::parse(organization(connector(internetMembers)));
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    QCOMPARE(parsed.value->siteLinkCost(QStringLiteral("Portland"), QStringLiteral("Seattle")), std::optional<int>(10));

    // Both directions with the same cost are fine too; different costs are refused.
    QByteArray both = defaultHead;
    both.replace(R"({"Name": "Portland"})", R"({"Name": "Portland", "SiteLinks": [{"Site": "Seattle", "Cost": 10}]})");
    QVERIFY(OrganizationFile::parse(organization(connector(internetMembers), defaultServers, both)).ok());
    both.replace(R"("Site": "Seattle", "Cost": 10)", R"("Site": "Seattle", "Cost": 20)");
    const Parsed<Organization> conflict = OrganizationFile::parse(organization(connector(internetMembers), defaultServers, both));
    QVERIFY(!conflict.ok());
    QCOMPARE(errorsOnly(conflict.problems).size(), 1);
    QCOMPARE(conflict.problems.first().code, QStringLiteral("File.Conflict"));
    QCOMPARE(conflict.problems.first().parameter, QStringLiteral("/Sites/1/SiteLinks/0/Cost"));
}

void TestOrganizationFile::damagedFile_data()
{
    QTest::addColumn<QByteArray>("text"); // with a '`' where the problem must be located
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    const auto row = [](const char *name, const QByteArray &text, const char *code, const char *path) {
        QTest::newRow(name) << text << QString::fromLatin1(code) << QString::fromLatin1(path);
    };

    // Syntax.
    row("truncated", "{\n  \"SchemaVersion\": 1,\n  \"Organization\": \"Contoso\"`", "File.Syntax", "");
    row("truncated sample", organization(connector(internetMembers)).left(600) + '`', "File.Syntax", "");
    row("empty", "`", "File.Syntax", "");
    row("missing comma", "{\n  \"SchemaVersion\": 1\n  \"Organization`\": \"Contoso\"\n}", "File.Syntax", "");
    row("trailing comma", "{\"SchemaVersion\": 1, \"Sites\": [1, 2,`]}", "File.Syntax", "");
    row("invalid UTF-8", "{\"Organization\": \"Cont`\xFFo\"}", "File.Syntax", "");
    row("number overflow", "{\"SchemaVersion\": 1, \"Organization\": `1e999}", "File.Syntax", "");

    // Structure and types.
    row("root is a list", "`[1, 2]", "File.Type", "");
    row("port as text", organization(connector(internetMembers + R"(, "Port": `"25")")), "File.Type",
        "/SendConnectors/0/Port");
    row("port 1.5", organization(connector(internetMembers + R"(, "Port": `1.5)")), "File.Type",
        "/SendConnectors/0/Port");
    row("bool as text", organization(connector(internetMembers + R"(, "Enabled": `"true")")), "File.Type",
        "/SendConnectors/0/Enabled");
    row("address spaces not a list", organization(connector(R"("Name": "X", "AddressSpaces": `"*", "SourceTransportServers": ["EX01"])")),
        "File.Type", "/SendConnectors/0/AddressSpaces");
    row("unknown key", organization(connector(internetMembers + R"(, `"Prot": 25)")), "File.UnknownKey",
        "/SendConnectors/0/Prot");
    row("key in wrong case", organization(connector(internetMembers + R"(, `"port": 25)")), "File.UnknownKey",
        "/SendConnectors/0/port");
    row("unknown top-level key",
        replaceFirst(organization(connector(internetMembers)), "{\n", "{\n  `\"Comment\": \"x\",\n"),
        "File.UnknownKey", "/Comment");
    row("duplicate JSON key", organization(connector(internetMembers + R"(, "Port": 25, `"Port": 26)")),
        "File.Duplicate", "/SendConnectors/0/Port");
    // Repeated keys are noted while the JSON is parsed; the positions are found only then.
    row("duplicate JSON key in an address space",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "a.com", "Cost": 1, `"Address": "b.com"}], "SourceTransportServers": ["EX01"])")),
        "File.Duplicate", "/SendConnectors/0/AddressSpaces/0/Address");
    row("duplicate top-level key",
        replaceFirst(organization(connector(internetMembers)), "{\n", "{\n  \"RoleAssignments\": null,\n  `\"RoleAssignments\": null,\n"),
        "File.Duplicate", "/RoleAssignments");
    row("missing connector name", organization("    `{\"AddressSpaces\": [{\"Address\": \"*\"}], "
                                               "\"SourceTransportServers\": [\"EX01\"]}"),
        "File.MissingKey", "/SendConnectors/0/Name");
    row("missing schema version",
        "`" + replaceFirst(organization(connector(internetMembers)), "  \"SchemaVersion\": 1,\n", ""), "File.MissingKey",
        "/SchemaVersion");

    // Values.
    row("unknown usage", organization(connector(R"("Name": "X", "Usage": `"Internat", "AddressSpaces": [{"Address": "*"}], "SourceTransportServers": ["EX01"])")),
        "File.UnknownValue", "/SendConnectors/0/Usage");
    row("unknown server role", organization(connector(internetMembers), R"(    {"Name": "EX01", "Role": `"Mailbox", "Site": "Seattle"}
)"),
        "File.UnknownValue", "/Servers/0/Role");
    row("port 70000", organization(connector(internetMembers + R"(, "Port": `70000)")), "File.OutOfRange",
        "/SendConnectors/0/Port");
    row("port -1", organization(connector(internetMembers + R"(, "Port": `-1)")), "File.OutOfRange",
        "/SendConnectors/0/Port");
    row("size too large", organization(connector(internetMembers + R"(, "MaxMessageSize": `3000000000)")),
        "File.OutOfRange", "/SendConnectors/0/MaxMessageSize");
    row("size not a size", organization(connector(internetMembers + R"(, "MaxMessageSize": `"20 parsecs")")),
        "ByteQuantity.Invalid", "/SendConnectors/0/MaxMessageSize");
    row("time-out not a duration",
        organization(connector(internetMembers + R"(, "ConnectionInactivityTimeOut": `"10 minutes")")),
        "TimeSpan.Invalid", "/SendConnectors/0/ConnectionInactivityTimeOut");
    row("address space cost 101",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*", "Cost": `101}], "SourceTransportServers": ["EX01"])")),
        "File.OutOfRange", "/SendConnectors/0/AddressSpaces/0/Cost");
    row("invalid address space",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Type": "SMTP", "Address": `"*contoso.com"}], "SourceTransportServers": ["EX01"])")),
        "AddressSpace.WildcardNotLeading", "/SendConnectors/0/AddressSpaces/0/Address");
    row("invalid address space type",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Type": `"SM TP", "Address": "contoso.com"}], "SourceTransportServers": ["EX01"])")),
        "AddressSpace.InvalidType", "/SendConnectors/0/AddressSpaces/0/Type");
    row("scope in SP1",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*", `"Scope": "Local"}], "SourceTransportServers": ["EX01"])")),
        "File.ScopeNotInSp1", "/SendConnectors/0/AddressSpaces/0/Scope");
    row("invalid smart host",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*"}], "DNSRoutingEnabled": false, "SmartHosts": ["relay.contoso.com", `"127.1"], "SourceTransportServers": ["EX01"])")),
        "SmartHost.InvalidIpv4", "/SendConnectors/0/SmartHosts/1");
    row("password key",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*"}], "DNSRoutingEnabled": false, "SmartHosts": ["relay.contoso.com"], "SmartHostAuthMechanism": "BasicAuthRequireTLS", "AuthenticationCredential": {"UserName": "CONTOSO\\relay", `"Password": "Pa$$w0rd"}, "SourceTransportServers": ["EX01"])")),
        "File.PasswordNotStored", "/SendConnectors/0/AuthenticationCredential/Password");
    row("empty organization name",
        replaceFirst(organization(connector(internetMembers)), "\"Organization\": \"Contoso\"", "\"Organization\": `\"  \""),
        "File.InvalidValue", "/Organization");

    row("NUL in the organization name",
        replaceFirst(organization(connector(internetMembers)), "\"Organization\": \"Contoso\"",
                     "\"Organization\": `\"Con\\u0000toso\""),
        "File.InvalidValue", "/Organization");
    row("line break in a server name",
        organization(connector(internetMembers), replaceFirst(defaultServers, "{\"Name\": \"EDGE02\"", "{\"Name\": `\"EDGE\\n02\"")),
        "File.InvalidValue", "/Servers/3/Name");
    row("tab in a site name", organization(connector(internetMembers), defaultServers, R"(  "SchemaVersion": 1,
  "Organization": "Contoso",
  "LocalServer": "EX01",
  "Sites": [
    {"Name": "Seattle"},
    {"Name": "Portland"},
    {"Name": `"Port\tland 2"}
  ],
)"),
        "File.InvalidValue", "/Sites/2/Name");
    row("control character in an administrator",
        organization(connector(internetMembers), defaultServers,
                     defaultHead + R"(  "RoleAssignments": {"ExchangeOrganizationAdministrators": ["CONTOSO\\Admin", `"CONTOSO\\Ev\u0007e"]},
)"),
        "File.InvalidValue", "/RoleAssignments/ExchangeOrganizationAdministrators/1");
    // Nesting that would exhaust the JSON library's stack: it copies the deep value recursively when
    // the object holding it grows (here, by the keys after it).
    row("nested too deep",
        "{\"Deep\": " + QByteArray(OrganizationFile::MaximumNesting - 1, '[') + "`" + QByteArray(200000, '[')
            + QByteArray(200000 + OrganizationFile::MaximumNesting - 1, ']') + ", \"SchemaVersion\": 1, \"Organization\": \"x\"}",
        "File.TooDeep", "");
    // Nesting is judged before the syntax, wherever the first syntax error stands.
    row("syntax error before nesting too deep",
        "{\"Bad\": nul, \"Deep\": " + QByteArray(OrganizationFile::MaximumNesting - 1, '[') + "`" + QByteArray(3, '[')
            + QByteArray(3 + OrganizationFile::MaximumNesting - 1, ']') + "}",
        "File.TooDeep", "");
    row("number too large before nesting too deep",
        "{\"Big\": 1e999, \"Deep\": " + QByteArray(OrganizationFile::MaximumNesting - 1, '{') + "`[]"
            + QByteArray(OrganizationFile::MaximumNesting - 1, '}') + "}",
        "File.TooDeep", "");
    row("nested as deep as allowed, then a syntax error",
        "{\"Deep\": " + QByteArray(OrganizationFile::MaximumNesting - 1, '[') + QByteArray(OrganizationFile::MaximumNesting - 1, ']')
            + ", `x}",
        "File.Syntax", "");

    // References.
    row("unknown site of a server", organization(connector(internetMembers), R"(    {"Name": "EX01", "Role": "HubTransport", "Site": `"Tacoma"}
)"),
        "File.UnknownReference", "/Servers/0/Site");
    row("unknown source server",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*"}], "SourceTransportServers": [`"EX09"])")),
        "File.UnknownReference", "/SendConnectors/0/SourceTransportServers/0");
    row("unknown local server",
        replaceFirst(organization(connector(internetMembers)), "\"LocalServer\": \"EX01\"", "\"LocalServer\": `\"EX99\""),
        "File.UnknownReference", "/LocalServer");
    row("site link to unknown site", organization(connector(internetMembers), defaultServers, R"(  "SchemaVersion": 1,
  "Organization": "Contoso",
  "LocalServer": "EX01",
  "Sites": [
    {"Name": "Seattle", "SiteLinks": [{"Site": `"Portlnd", "Cost": 10}]},
    {"Name": "Portland"}
  ],
)"),
        "File.UnknownReference", "/Sites/0/SiteLinks/0/Site");
    row("edge administrators of an unknown server",
        organization(connector(internetMembers), defaultServers,
                     defaultHead + R"(  "RoleAssignments": {"EdgeAdministrators": {`"EDGE09": ["EDGE09\\Administrator"]}},
)"),
        "File.UnknownReference", "/RoleAssignments/EdgeAdministrators/EDGE09");
    row("duplicate server", organization(connector(internetMembers), defaultServers + R"(    ,{"Name": `"ex01", "Role": "HubTransport", "Site": "Seattle"}
)"),
        "File.Duplicate", "/Servers/4/Name");
    row("duplicate connector name",
        organization(connector(internetMembers) + ",\n"
                     + connector(R"("Name": `"INTERNET", "AddressSpaces": [{"Address": "contoso.com"}], "SourceTransportServers": ["EX01"])")),
        "File.Duplicate", "/SendConnectors/1/Name");

    // Where keys may stand.
    row("Subscribed on a Hub", organization(connector(internetMembers), R"(    {"Name": "EX01", "Role": "HubTransport", "Site": "Seattle", `"Subscribed": false}
)"),
        "File.NotAllowed", "/Servers/0/Subscribed");
    row("Hub without site", organization(connector(internetMembers), R"(    `{"Name": "EX01", "Role": "HubTransport"}
)"),
        "File.MissingKey", "/Servers/0/Site");
    row("site on an unsubscribed Edge", organization(connector(internetMembers), defaultServers + R"(    ,{"Name": "EDGE03", "Role": "EdgeTransport", "Site": `"Seattle"}
)"),
        "File.NotAllowed", "/Servers/4/Site");
    row("connectors on a subscribed Edge", organization(connector(internetMembers), defaultServers + R"(    ,{"Name": "EDGE03", "Role": "EdgeTransport", "Site": "Seattle", "Subscribed": true, `"SendConnectors": []}
)"),
        "File.NotAllowed", "/Servers/4/SendConnectors");

    // The connector rules, moved to the connector's path.
    row("smart hosts with DNS routing",
        organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*"}], "SmartHosts": `["relay.contoso.com"], "SourceTransportServers": ["EX01"])")),
        "Connector.SmartHostsWithDnsRouting", "/SendConnectors/0/SmartHosts");
    row("source servers on an Edge's own connector",
        organization(connector(internetMembers), R"(    {"Name": "EX01", "Role": "HubTransport", "Site": "Seattle"},
    {"Name": "EDGE02", "Role": "EdgeTransport", "SendConnectors": [
      {"Name": "Out", "AddressSpaces": [{"Address": "*"}], "SourceTransportServers": `["EX01"]}
    ]}
)"),
        "Connector.SourceServersOnEdge", "/Servers/1/SendConnectors/0/SourceTransportServers");
    row("WhenChanged without an offset",
        organization(connector(internetMembers + R"(, "WhenChanged": `"2026-12-01T09:30:00")")),
        "File.InvalidValue", "/SendConnectors/0/WhenChanged");
    row("WhenChanged not a date", organization(connector(internetMembers + R"(, "WhenChanged": `"yesterday")")),
        "File.InvalidValue", "/SendConnectors/0/WhenChanged");
    row("WhenChanged as a number", organization(connector(internetMembers + R"(, "WhenChanged": `1764581400)")),
        "File.Type", "/SendConnectors/0/WhenChanged");
    // Accepted domains: syntax and types (the reader), rules (the validator).
    const QByteArray contoso = R"(    {"DomainName": "contoso.com", "DomainType": "Authoritative", "Default": true})";
    row("accepted domains not a list",
        organization(connector(internetMembers), defaultServers, defaultHead + "  \"AcceptedDomains\": `\"contoso.com\",\n"),
        "File.Type", "/AcceptedDomains");
    row("accepted domain not an object", withAcceptedDomains(contoso + ",\n    `\"fabrikam.com\""), "File.Type",
        "/AcceptedDomains/1");
    row("accepted domain type unknown",
        withAcceptedDomains(R"(    {"DomainName": "contoso.com", "DomainType": `"Relay", "Default": true})"),
        "File.UnknownValue", "/AcceptedDomains/0/DomainType");
    row("accepted domain without a type", withAcceptedDomains(R"(    `{"DomainName": "contoso.com", "Default": true})"),
        "File.MissingKey", "/AcceptedDomains/0/DomainType");
    row("accepted domain without a name", withAcceptedDomains(R"(    `{"DomainType": "Authoritative", "Default": true})"),
        "File.MissingKey", "/AcceptedDomains/0/DomainName");
    row("accepted domain Default as text",
        withAcceptedDomains(R"(    {"DomainName": "contoso.com", "DomainType": "Authoritative", "Default": `"yes"})"),
        "File.Type", "/AcceptedDomains/0/Default");
    row("accepted domain unknown key",
        withAcceptedDomains(R"(    {"DomainName": "contoso.com", "DomainType": "Authoritative", `"Defaults": true})"),
        "File.UnknownKey", "/AcceptedDomains/0/Defaults");
    row("accepted domain name invalid",
        withAcceptedDomains(R"(    {"DomainName": `"-contoso.com", "DomainType": "Authoritative", "Default": true})"),
        "File.InvalidValue", "/AcceptedDomains/0/DomainName");
    row("accepted domain wildcard not leading",
        withAcceptedDomains(contoso + ",\n" + R"(    {"DomainName": `"mail.*.contoso.com", "DomainType": "InternalRelay"})"),
        "File.InvalidValue", "/AcceptedDomains/1/DomainName");
    row("accepted domain listed twice",
        withAcceptedDomains(contoso + ",\n" + R"(    {"DomainName": `"Contoso.COM", "DomainType": "InternalRelay"})"),
        "File.Duplicate", "/AcceptedDomains/1/DomainName");
    row("two default accepted domains",
        withAcceptedDomains(contoso + ",\n" + R"(    {"DomainName": "fabrikam.com", "DomainType": "InternalRelay", "Default": `true})"),
        "File.Conflict", "/AcceptedDomains/1/Default");
    row("no default accepted domain",
        organization(connector(internetMembers), defaultServers,
                     defaultHead + "  \"AcceptedDomains\": `[\n" + R"(    {"DomainName": "contoso.com", "DomainType": "Authoritative"})" + "\n  ],\n"),
        "File.InvalidValue", "/AcceptedDomains");
    // ExternalDNSServers: the reader (type, syntax), then the validator (unspecified, RTM, twice).
    const auto dnsServers = [](const QByteArray &list) {
        return organization(connector(internetMembers),
                            replaceFirst(defaultServers, R"("Site": "Seattle"},)",
                                         R"("Site": "Seattle", "ExternalDNSServers": )" + list + "},"));
    };
    row("DNS servers not a list", dnsServers(R"(`"192.0.2.53")"), "File.Type", "/Servers/0/ExternalDNSServers");
    row("DNS servers an object", dnsServers(R"(`{"Address": "192.0.2.53"})"), "File.Type",
        "/Servers/0/ExternalDNSServers");
    row("DNS server not text", dnsServers(R"(["192.0.2.53", `53])"), "File.Type", "/Servers/0/ExternalDNSServers/1");
    row("DNS server null", dnsServers(R"([`null])"), "File.Type", "/Servers/0/ExternalDNSServers/0");
    row("DNS server empty", dnsServers(R"(["192.0.2.53", `"  "])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/1");
    row("DNS server IPv4 part over 255", dnsServers(R"(["192.0.2.53", `"10.0.0.300"])"), "File.InvalidValue",
        "/Servers/0/ExternalDNSServers/1");
    row("DNS server IPv4 with three parts", dnsServers(R"([`"10.0.0"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server IPv4 short form", dnsServers(R"([`"127.1"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server IPv4 leading zero", dnsServers(R"([`"010.0.0.1"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server IPv6 with two ::", dnsServers(R"([`"2001:db8::53::1"])"), "File.InvalidValue",
        "/Servers/0/ExternalDNSServers/0");
    row("DNS server IPv6 group too long", dnsServers(R"([`"2001:db8::12345"])"), "File.InvalidValue",
        "/Servers/0/ExternalDNSServers/0");
    row("DNS server IPv6 in brackets", dnsServers(R"([`"[2001:db8::53]"])"), "File.InvalidValue",
        "/Servers/0/ExternalDNSServers/0");
    row("DNS server with a zone", dnsServers(R"([`"fe80::1%eth0"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server with a port", dnsServers(R"([`"192.0.2.53:53"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server a name", dnsServers(R"([`"dns.contoso.com"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server 0.0.0.0", dnsServers(R"([`"0.0.0.0"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/0");
    row("DNS server ::", dnsServers(R"(["192.0.2.53", `"::"])"), "File.InvalidValue", "/Servers/0/ExternalDNSServers/1");
    row("DNS server twice", dnsServers(R"(["192.0.2.53", "198.51.100.53", `"192.0.2.53"])"), "File.Duplicate",
        "/Servers/0/ExternalDNSServers/2");
    row("DNS server twice, spelt differently", dnsServers(R"(["2001:db8::53", `"2001:DB8:0:0:0:0:0:53"])"),
        "File.Duplicate", "/Servers/0/ExternalDNSServers/1");
    row("DNS server twice, once IPv4-mapped", dnsServers(R"(["192.0.2.53", `"::ffff:192.0.2.53"])"), "File.Duplicate",
        "/Servers/0/ExternalDNSServers/1");
    row("IPv6 DNS server in RTM",
        organization(connector(internetMembers),
                     replaceFirst(defaultServers, R"("Site": "Seattle"},)",
                                  R"("Site": "Seattle", "ExternalDNSServers": ["192.0.2.53", `"2001:db8::53"]},)"),
                     QByteArray(defaultHead).replace("2007 SP1", "2007 RTM")),
        "File.InvalidValue", "/Servers/0/ExternalDNSServers/1");
    row("DNS server invalid on an Edge",
        organization(connector(internetMembers),
                     replaceFirst(defaultServers, R"({"Name": "EDGE02", "Role": "EdgeTransport"})",
                                  R"({"Name": "EDGE02", "Role": "EdgeTransport", "ExternalDNSServers": [`"192.0.2.256"]})")),
        "File.InvalidValue", "/Servers/3/ExternalDNSServers/0");
    row("IsScopedConnector in RTM",
        organization(connector(internetMembers + R"(, "IsScopedConnector": `true)"), defaultServers,
                     QByteArray(defaultHead).replace("2007 SP1", "2007 RTM")),
        "Connector.ScopedNotInRtm", "/SendConnectors/0/IsScopedConnector");
}

void TestOrganizationFile::damagedFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QString, path);

    const Marked marked = unmark(text);
    const Parsed<Organization> parsed = OrganizationFile::parse(marked.text);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.value.has_value());
    // Exactly one error: a fault is reported once, not also through its consequences.
    const Problems errors = errorsOnly(parsed.problems);
    QVERIFY2(errors.size() == 1, qPrintable(describe(parsed.problems)));
    const Problem &problem = errors.first();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.parameter, path);
    QCOMPARE(problem.line, marked.line);
    QCOMPARE(problem.column, marked.column);
    // The position is in line/column and shown once by toString(), not repeated in the sentence.
    QVERIFY2(!problem.message.contains(QStringLiteral("line %1, column").arg(marked.line)), qPrintable(problem.message));
    QVERIFY(problem.toString().contains(QStringLiteral("line %1, column %2").arg(marked.line).arg(marked.column)));
}

void TestOrganizationFile::whenChangedRoundTrip_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime utc(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    QTest::newRow("UTC") << QByteArray("2026-12-01T09:30:00Z") << utc;
    QTest::newRow("offset, read as UTC") << QByteArray("2026-12-01T10:30:00+01:00") << utc;
    QTest::newRow("milliseconds") << QByteArray("2026-12-01T09:30:00.000Z") << utc;
}

// WhenChanged is read in UTC whatever offset it was written with, and written back in UTC.
void TestOrganizationFile::whenChangedRoundTrip()
{
    QFETCH(QByteArray, written);
    QFETCH(QDateTime, expected);
    const QByteArray text = organization(connector(internetMembers + R"(, "WhenChanged": ")" + written + '"'));
    const Parsed<Organization> parsed = OrganizationFile::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    const QDateTime read = parsed.value->sendConnectors.first().whenChanged;
    QCOMPARE(read, expected);
    QCOMPARE(read.timeSpec(), Qt::UTC);
    const QByteArray serialized = OrganizationFile::serialize(*parsed.value);
    QVERIFY2(serialized.contains("\"WhenChanged\": \"2026-12-01T09:30:00Z\""), serialized.constData());
    QCOMPARE(OrganizationFile::parse(serialized).value->sendConnectors.first().whenChanged, expected);
}

void TestOrganizationFile::otherEncodingIsNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QString::fromUtf8(organization(connector(internetMembers)));
    const QByteArray utf16le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // x86: little-endian
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE") + utf16le;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + utf16be;
    QTest::newRow("UTF-16LE without BOM") << utf16le;
    QTest::newRow("UTF-16BE without BOM") << utf16be;
}

// A file saved as "Unicode" by a Windows editor is named as such, not as a JSON syntax error.
void TestOrganizationFile::otherEncodingIsNamed()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(bytes.size() > 100);
    const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &problem = parsed.problems.first();
    QCOMPARE(problem.code, QStringLiteral("File.Syntax"));
    QCOMPARE(problem.line, 1);
    QCOMPARE(problem.column, 1);
    QVERIFY2(problem.message.contains(QLatin1String("UTF-16")) && problem.message.contains(QLatin1String("UTF-8")),
             qPrintable(problem.message));
}

void TestOrganizationFile::problemMessagesNameThePosition()
{
    const Marked port = unmark(organization(connector(internetMembers + "\n      , \"Port\": `70000")));
    const Parsed<Organization> parsed = OrganizationFile::parse(port.text);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().toString(),
             QStringLiteral("/SendConnectors/0/Port (line %1, column %2): Port must be a whole number from 0 to 65535; "
                            "70000 is too large.")
                 .arg(port.line)
                 .arg(port.column));

    const Marked key = unmark(organization(connector(internetMembers + R"(, `"Prot": 25)")));
    const Problem unknown = OrganizationFile::parse(key.text).problems.first();
    QVERIFY2(unknown.message.contains(QStringLiteral("\"Prot\"")), qPrintable(unknown.message));
    QVERIFY2(unknown.message.contains(QStringLiteral("Port, ConnectionInactivityTimeOut")), qPrintable(unknown.message));

    const Marked near = unmark(organization(connector(internetMembers + R"(, `"SmartHost": [])")));
    const Problem suggestion = OrganizationFile::parse(near.text).problems.first();
    QCOMPARE(suggestion.code, QStringLiteral("File.UnknownKey"));
    QVERIFY2(suggestion.message.contains(QStringLiteral("did you mean \"SmartHosts\"")), qPrintable(suggestion.message));

    const Marked usage = unmark(organization(connector(R"("Name": "X", "Usage": `"Internat", "AddressSpaces": [{"Address": "*"}], "SourceTransportServers": ["EX01"])")));
    const Problem unknownValue = OrganizationFile::parse(usage.text).problems.first();
    QVERIFY2(unknownValue.message.contains(QStringLiteral("Custom, Internal, Internet, Partner")),
             qPrintable(unknownValue.message));

    const Marked password = unmark(organization(connector(R"("Name": "X", "AddressSpaces": [{"Address": "*"}], "AuthenticationCredential": {"UserName": "u", `"Password": "p"}, "SourceTransportServers": ["EX01"])")));
    const Parsed<Organization> withPassword = OrganizationFile::parse(password.text);
    QVERIFY(containsCode(withPassword.problems, QStringLiteral("File.PasswordNotStored")));
    for (const Problem &problem : withPassword.problems) {
        if (problem.code == QLatin1String("File.PasswordNotStored"))
            QVERIFY2(problem.message.contains(QStringLiteral("never stored")), qPrintable(problem.message));
    }
}

void TestOrganizationFile::everyProblemIsReportedAtOnce()
{
    // Three independent faults in three places: three problems, in file order.
    const QByteArray text = organization(
        connector(internetMembers + R"(, "Port": 70000)") + ",\n"
            + connector(R"("Name": "Partner", "Usage": "Partnr", "AddressSpaces": [{"Address": "fabrikam.com"}], "SourceTransportServers": ["EX01"])"),
        R"(    {"Name": "EX01", "Role": "HubTransport", "Site": "Tacoma"}
)");
    const Parsed<Organization> parsed = OrganizationFile::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.problems.size() == 3, qPrintable(describe(parsed.problems)));
    QCOMPARE(parsed.problems.at(0).code, QStringLiteral("File.UnknownReference"));
    QCOMPARE(parsed.problems.at(0).parameter, QStringLiteral("/Servers/0/Site"));
    QCOMPARE(parsed.problems.at(1).code, QStringLiteral("File.OutOfRange"));
    QCOMPARE(parsed.problems.at(1).parameter, QStringLiteral("/SendConnectors/0/Port"));
    QCOMPARE(parsed.problems.at(2).code, QStringLiteral("File.UnknownValue"));
    QCOMPARE(parsed.problems.at(2).parameter, QStringLiteral("/SendConnectors/1/Usage"));
    QVERIFY(parsed.problems.at(0).line < parsed.problems.at(1).line);
    QVERIFY(parsed.problems.at(1).line < parsed.problems.at(2).line);
}

void TestOrganizationFile::severalProblemsFixture()
{
    // A realistic file with several mistakes (tests/data/organization-several-problems.json).
    const QByteArray bytes = readFile(QStringLiteral(SCC_TEST_DATA_DIR "/organization-several-problems.json"));
    QVERIFY(!bytes.isEmpty());
    const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
    QStringList found;
    for (const Problem &problem : parsed.problems) {
        found.append(QStringLiteral("%1 %2 %3:%4").arg(problem.code, problem.parameter).arg(problem.line).arg(problem.column));
    }
    const QStringList expected = {
        QStringLiteral("File.UnknownReference /LocalServer 5:18"),
        QStringLiteral("File.UnknownReference /Sites/0/SiteLinks/0/Site 11:19"),
        QStringLiteral("File.UnknownReference /Servers/2/Site 34:15"),
        QStringLiteral("File.OutOfRange /SendConnectors/0/AddressSpaces/0/Cost 45:19"),
        QStringLiteral("File.UnknownKey /SendConnectors/0/SmartHost 48:7"),
        QStringLiteral("File.OutOfRange /SendConnectors/0/Port 51:15"),
        QStringLiteral("File.PasswordNotStored /SendConnectors/1/AuthenticationCredential/Password 66:9"),
        QStringLiteral("File.UnknownReference /SendConnectors/1/SourceTransportServers/1 70:9"),
        QStringLiteral("File.Duplicate /SendConnectors/2/Name 74:15"),
    };
    QCOMPARE(found, expected);
}

void TestOrganizationFile::newerSchemaStopsEverything()
{
    const Marked marked = unmark("{\n  \"SchemaVersion\": `2,\n  \"Organisation\": 5,\n  \"Servers\": \"none\"\n}\n");
    const Parsed<Organization> parsed = OrganizationFile::parse(marked.text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &problem = parsed.problems.first();
    QCOMPARE(problem.code, QStringLiteral("File.NewerSchema"));
    QCOMPARE(problem.parameter, QStringLiteral("/SchemaVersion"));
    QCOMPARE(problem.line, marked.line);
    QCOMPARE(problem.column, marked.column);
    QVERIFY2(problem.message.contains(QStringLiteral("newer version of the program")), qPrintable(problem.message));

    // Version 0 is no version: out of range, not newer.
    const Parsed<Organization> zero = OrganizationFile::parse(organization(connector(internetMembers)).replace("\"SchemaVersion\": 1", "\"SchemaVersion\": 0"));
    QCOMPARE(errorsOnly(zero.problems).size(), 1);
    QCOMPARE(zero.problems.first().code, QStringLiteral("File.OutOfRange"));
}

void TestOrganizationFile::warningsDoNotRefuse()
{
    // Port 465 breaks no rule but is worth a warning; the file loads, the warning is located.
    const Marked marked = unmark(organization(connector(internetMembers + R"(, "Port": `465)")));
    const Parsed<Organization> parsed = OrganizationFile::parse(marked.text);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(parsed.problems.first().code, QStringLiteral("Connector.ImplicitTlsPort"));
    QCOMPARE(parsed.problems.first().parameter, QStringLiteral("/SendConnectors/0/Port"));
    QCOMPARE(parsed.problems.first().line, marked.line);
    QCOMPARE(parsed.problems.first().column, marked.column);
    QCOMPARE(parsed.value->sendConnectors.first().port, 465);
}

void TestOrganizationFile::schemaAgreesWithLoader()
{
    // The JSON Schema is checked with Python's jsonschema where it is installed.
    // Debian's own python3 first: that is where .ci/install-deps puts python3-jsonschema.
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("Python's jsonschema module is not installed");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        return writeFile(dir.filePath(name), bytes);
    };
    QVERIFY(write(QStringLiteral("schema.json"), readFile(QStringLiteral(":/scc/organization.schema.json"))));
    QVERIFY(write(QStringLiteral("sample.json"), readFile(QStringLiteral(":/scc/sample-organization.json"))));
    QVERIFY(write(QStringLiteral("every-field.json"), OrganizationFile::serialize(everyFieldOrganization())));
    Organization rtm = everyFieldOrganization();
    rtm.exchangeVersion = Exchange::Version::Rtm2007;
    rtm.sendConnectors.first().addressSpaces.first().localScope = true;
    QVERIFY(write(QStringLiteral("rtm.json"), OrganizationFile::serialize(rtm)));
    // Refused by both: a port out of range, a password, a Local scope in SP1, an unknown key.
    QByteArray sample = readFile(QStringLiteral(":/scc/sample-organization.json"));
    QVERIFY(write(QStringLiteral("bad-port.json"), QByteArray(sample).replace("\"Port\": 25", "\"Port\": 70000")));
    QVERIFY(write(QStringLiteral("bad-password.json"),
                  QByteArray(sample).replace("\"AuthenticationCredential\": null",
                                             "\"AuthenticationCredential\": {\"UserName\": \"u\", \"Password\": \"p\"}")));
    QVERIFY(write(QStringLiteral("bad-scope.json"), QByteArray(sample).replace("\"Cost\": 1\n", "\"Cost\": 1, \"Scope\": \"Local\"\n")));
    QVERIFY(write(QStringLiteral("bad-key.json"), QByteArray(sample).replace("\"ForceHELO\"", "\"ForceHelo\"")));
    QVERIFY(write(QStringLiteral("bad-domain-type.json"),
                  QByteArray(sample).replace("\"DomainType\": \"InternalRelay\"", "\"DomainType\": \"Relay\"")));
    QVERIFY(write(QStringLiteral("bad-dns-server.json"), QByteArray(sample).replace("\"192.0.2.53\"", "\"10.0.0.300\"")));
    QVERIFY(write(QStringLiteral("bad-dns-zone.json"), QByteArray(sample).replace("\"198.51.100.53\"", "\"fe80::1%eth0\"")));
    QVERIFY(write(QStringLiteral("bad-dns-twice.json"), QByteArray(sample).replace("\"198.51.100.53\"", "\"192.0.2.53\"")));

    const QString script = QStringLiteral(
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "jsonschema.Draft202012Validator.check_schema(schema)\n"
        "validator = jsonschema.Draft202012Validator(schema)\n"
        "for name in sys.argv[2:]:\n"
        "    errors = list(validator.iter_errors(json.load(open(name))))\n"
        "    print(name.rsplit('/', 1)[-1], 'valid' if not errors else 'invalid')\n");
    QProcess check;
    check.start(python, {QStringLiteral("-c"), script, dir.filePath(QStringLiteral("schema.json")),
                         dir.filePath(QStringLiteral("sample.json")), dir.filePath(QStringLiteral("every-field.json")),
                         dir.filePath(QStringLiteral("rtm.json")), dir.filePath(QStringLiteral("bad-port.json")),
                         dir.filePath(QStringLiteral("bad-password.json")), dir.filePath(QStringLiteral("bad-scope.json")),
                         dir.filePath(QStringLiteral("bad-key.json")), dir.filePath(QStringLiteral("bad-domain-type.json")),
                         dir.filePath(QStringLiteral("bad-dns-server.json")), dir.filePath(QStringLiteral("bad-dns-zone.json")),
                         dir.filePath(QStringLiteral("bad-dns-twice.json"))});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    const QString output = QString::fromUtf8(check.readAllStandardOutput());
    QCOMPARE(output.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("sample.json valid"), QStringLiteral("every-field.json valid"),
                          QStringLiteral("rtm.json valid"), QStringLiteral("bad-port.json invalid"),
                          QStringLiteral("bad-password.json invalid"), QStringLiteral("bad-scope.json invalid"),
                          QStringLiteral("bad-key.json invalid"), QStringLiteral("bad-domain-type.json invalid"),
                          QStringLiteral("bad-dns-server.json invalid"), QStringLiteral("bad-dns-zone.json invalid"),
                          QStringLiteral("bad-dns-twice.json invalid")}));
    // And the loader refuses the same eight.
    for (const char *name : {"bad-port.json", "bad-password.json", "bad-scope.json", "bad-key.json", "bad-domain-type.json",
                             "bad-dns-server.json", "bad-dns-zone.json", "bad-dns-twice.json"})
        QVERIFY2(!OrganizationFile::parse(readFile(dir.filePath(QString::fromLatin1(name)))).ok(), name);
}

void TestOrganizationFile::acceptedDomains()
{
    // Read in lower-case ACE form; absent means none, and then the key is not written.
    const Parsed<Organization> read = OrganizationFile::parse(withAcceptedDomains(
        R"(    {"DomainName": "*.Contoso.COM", "DomainType": "Authoritative", "Default": true},
    {"DomainName": "bücher.example", "DomainType": "ExternalRelay"})"));
    QVERIFY2(read.ok(), qPrintable(describe(read.problems)));
    QCOMPARE(read.value->acceptedDomains.size(), 2);
    QCOMPARE(read.value->acceptedDomains.at(0).domainName, QStringLiteral("*.contoso.com"));
    QVERIFY(read.value->acceptedDomains.at(0).isDefault);
    QCOMPARE(read.value->acceptedDomains.at(1).domainName, QStringLiteral("xn--bcher-kva.example"));
    QVERIFY(read.value->acceptedDomains.at(1).domainType == Exchange::AcceptedDomainType::ExternalRelay);
    QVERIFY(!read.value->acceptedDomains.at(1).isDefault);

    const Parsed<Organization> none = OrganizationFile::parse(organization(connector(internetMembers)));
    QVERIFY2(none.ok(), qPrintable(describe(none.problems)));
    QVERIFY(none.value->acceptedDomains.isEmpty());
    QVERIFY(!OrganizationFile::serialize(*none.value).contains("AcceptedDomains"));
    QVERIFY(OrganizationFile::serialize(*read.value).contains("\"AcceptedDomains\""));

    // The bundled sample: contoso.com is the authoritative default, fabrikam.com a relay domain.
    const Parsed<Organization> sample = OrganizationFile::parse(readFile(QStringLiteral(":/scc/sample-organization.json")));
    QVERIFY(sample.ok());
    QCOMPARE(sample.value->acceptedDomains,
             (QList<AcceptedDomain>{
                 AcceptedDomain{QStringLiteral("contoso.com"), Exchange::AcceptedDomainType::Authoritative, true},
                 AcceptedDomain{QStringLiteral("fabrikam.com"), Exchange::AcceptedDomainType::InternalRelay, false}}));
}

void TestOrganizationFile::organizationLookups()
{
    Organization o = everyFieldOrganization();
    QVERIFY(o.server(QStringLiteral("ex01")));
    QCOMPARE(o.server(QStringLiteral("ex01"))->name, QStringLiteral("EX01"));
    QVERIFY(!o.server(QStringLiteral("EX09")));
    QVERIFY(!o.server(QString()));
    o.server(QStringLiteral("edge02"))->subscribed = true; // the non-const overload edits in place
    QVERIFY(o.servers.at(3).subscribed);
    QCOMPARE(o.site(QStringLiteral("ZURICH"))->name, QStringLiteral("Zurich"));
    QVERIFY(!o.site(QStringLiteral("Bern")));
    QCOMPARE(o.connector(QStringLiteral("partner"))->name, QStringLiteral("Partner"));
    QVERIFY(!o.connector(QStringLiteral("Edge out")));
    QCOMPARE(o.connector(QStringLiteral("EDGE OUT"), QStringLiteral("EDGE02"))->name, QStringLiteral("Edge out"));

    // operator== looks at every member.
    const Organization base = everyFieldOrganization();
    Organization changed = base;
    QVERIFY(changed == base);
    changed.servers[3].sendConnectors.first().port = 26;
    QVERIFY(!(changed == base));
    changed = base;
    changed.servers[2].subscribed = false;
    QVERIFY(!(changed == base));
    changed = base;
    changed.localServer = QStringLiteral("EX01");
    QVERIFY(!(changed == base));
    changed = base;
    changed.roleAssignments.reset();
    QVERIFY(!(changed == base));
    changed = base;
    changed.exchangeVersion = Exchange::Version::Rtm2007;
    QVERIFY(!(changed == base));
    changed = base;
    changed.acceptedDomains[1].isDefault = true;
    QVERIFY(!(changed == base));
}

void TestOrganizationFile::connectorsForSides()
{
    Organization o = everyFieldOrganization();
    // The organization's list for no name or a Hub; an Edge's own; nothing for the unknown.
    QCOMPARE(&o.connectorsFor(QString()), &o.sendConnectors);
    QCOMPARE(&o.connectorsFor(QStringLiteral("ex02")), &o.sendConnectors);
    QCOMPARE(&o.connectorsFor(QStringLiteral("Edge02")), &o.servers.at(3).sendConnectors);
    QVERIFY(o.connectorsFor(QStringLiteral("EDGE01")).isEmpty()); // subscribed: none of its own
    QVERIFY(o.connectorsFor(QStringLiteral("EX99")).isEmpty());
    QVERIFY(&o.connectorsFor(QStringLiteral("EX99")) != &o.sendConnectors);

    QCOMPARE(o.mutableConnectorsFor(QString()), &o.sendConnectors);
    QCOMPARE(o.mutableConnectorsFor(QStringLiteral("EX01")), &o.sendConnectors);
    QCOMPARE(o.mutableConnectorsFor(QStringLiteral("edge02")), &o.servers[3].sendConnectors);
    QVERIFY(o.mutableConnectorsFor(QStringLiteral("EX99")) == nullptr);
    o.mutableConnectorsFor(QStringLiteral("EDGE02"))->clear();
    QVERIFY(o.servers.at(3).sendConnectors.isEmpty());
}

void TestOrganizationFile::siteLinkCost_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("cost"); // -1: no link

    QTest::newRow("same site") << QStringLiteral("Seattle") << QStringLiteral("seattle") << 0;
    QTest::newRow("declared direction") << QStringLiteral("Seattle") << QStringLiteral("Portland") << 10;
    QTest::newRow("reverse direction") << QStringLiteral("portland") << QStringLiteral("SEATTLE") << 10;
    QTest::newRow("declared on the other site") << QStringLiteral("Portland") << QStringLiteral("Tacoma") << 5;
    QTest::newRow("not linked") << QStringLiteral("Seattle") << QStringLiteral("Tacoma") << -1;
    QTest::newRow("unknown site") << QStringLiteral("Seattle") << QStringLiteral("Boise") << -1;
    QTest::newRow("empty") << QString() << QStringLiteral("Seattle") << -1;
}

void TestOrganizationFile::siteLinkCost()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, cost);

    Organization o;
    o.sites = {AdSite{QStringLiteral("Seattle"), {SiteLink{QStringLiteral("Portland"), 10}}},
               AdSite{QStringLiteral("Portland"), {}},
               AdSite{QStringLiteral("Tacoma"), {SiteLink{QStringLiteral("Portland"), 5}}}};
    const std::optional<int> expected = cost < 0 ? std::nullopt : std::optional<int>(cost);
    QCOMPARE(o.siteLinkCost(from, to), expected);
}

// A SchemaVersion such as 1.5 is no version of the format: it is named as not a whole number,
// wherever it lies (below, inside or above the versions this program reads).
void TestOrganizationFile::schemaVersionMustBeWhole_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");

    const QString notWhole = QStringLiteral("is not a whole number");
    QTest::newRow("1.5") << QByteArray("1.5") << QStringLiteral("File.Type") << notWhole;
    QTest::newRow("0.5") << QByteArray("0.5") << QStringLiteral("File.Type") << notWhole;
    QTest::newRow("2.5") << QByteArray("2.5") << QStringLiteral("File.Type") << notWhole;
    QTest::newRow("-1.5") << QByteArray("-1.5") << QStringLiteral("File.Type") << notWhole;
    QTest::newRow("1e-1") << QByteArray("1e-1") << QStringLiteral("File.Type") << notWhole;
    QTest::newRow("1.0 is 1") << QByteArray("1.0") << QString() << QString();
    QTest::newRow("2.0 is newer") << QByteArray("2.0") << QStringLiteral("File.NewerSchema")
                                  << QStringLiteral("newer version of the program");
    QTest::newRow("text") << QByteArray("\"1\"") << QStringLiteral("File.Type") << QStringLiteral("not the text");
}

void TestOrganizationFile::schemaVersionMustBeWhole()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, code);
    QFETCH(QString, mention);

    const Marked marked =
        unmark(organization(connector(internetMembers)).replace("\"SchemaVersion\": 1", QByteArray(QByteArray("\"SchemaVersion\": `") + version)));
    const Parsed<Organization> parsed = OrganizationFile::parse(marked.text);
    if (code.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
        return;
    }
    const Problems errors = errorsOnly(parsed.problems);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().parameter, QStringLiteral("/SchemaVersion"));
    QCOMPARE(errors.first().line, marked.line);
    QCOMPARE(errors.first().column, marked.column);
    QVERIFY2(errors.first().message.contains(mention), qPrintable(errors.first().message));
    QVERIFY2(!errors.first().message.contains(QLatin1String("too large")), qPrintable(errors.first().message));
}

// The organization's rules judge what was read; an entry left out (here a connector that is not
// an object, and a source server that is not text) shifts the indexes in memory, yet every rule's
// problem is placed, and names other entries, where they stand in the file.
void TestOrganizationFile::rulesAreLocatedWhereTheEntriesStand()
{
    const Marked marked = unmark(organization(
        "    5,\n" + connector(internetMembers) + ",\n"
        + connector(R"("Name": `"internet", "AddressSpaces": [{"Address": "contoso.com"}], "SourceTransportServers": ["EX01"])")
        + ",\n" + connector(R"("Name": "Other", "AddressSpaces": [{"Address": "other.com"}], "SourceTransportServers": [7, "EX09"])")));
    const Parsed<Organization> parsed = OrganizationFile::parse(marked.text);
    QStringList found;
    for (const Problem &problem : errorsOnly(parsed.problems))
        found.append(problem.code + QLatin1Char(' ') + problem.parameter);
    QCOMPARE(found, (QStringList{QStringLiteral("File.Type /SendConnectors/0"),
                                 QStringLiteral("File.Duplicate /SendConnectors/2/Name"),
                                 QStringLiteral("File.Type /SendConnectors/3/SourceTransportServers/0"),
                                 QStringLiteral("File.UnknownReference /SendConnectors/3/SourceTransportServers/1")}));
    const Problem duplicate = errorsOnly(parsed.problems).at(1);
    QCOMPARE(duplicate.line, marked.line);
    QCOMPARE(duplicate.column, marked.column);
    const int firstLine = marked.line - 1; // the connector named "Internet" stands on the line before
    QVERIFY2(duplicate.message.contains(QStringLiteral("/SendConnectors/1 (line %1)").arg(firstLine)),
             qPrintable(duplicate.message));
}

void TestOrganizationFile::externalDnsServersAreRead_data()
{
    QTest::addColumn<QByteArray>("server"); // the server entry, EX01 or EDGE02
    QTest::addColumn<QStringList>("expected"); // as written back

    const auto hub = [](const QByteArray &list) -> QByteArray {
        return R"({"Name": "EX01", "Role": "HubTransport", "Site": "Seattle", "ExternalDNSServers": )" + list + "}";
    };
    QTest::newRow("IPv4 and IPv6") << hub(R"(["192.0.2.53", "2001:db8::53"])")
                                   << QStringList{QStringLiteral("192.0.2.53"), QStringLiteral("2001:db8::53")};
    QTest::newRow("order kept") << hub(R"(["203.0.113.53", "192.0.2.53", "198.51.100.53"])")
                                << QStringList{QStringLiteral("203.0.113.53"), QStringLiteral("192.0.2.53"),
                                               QStringLiteral("198.51.100.53")};
    QTest::newRow("IPv6 written compressed, in lower case")
        << hub(R"(["2001:DB8:0:0:0:0:0:53"])") << QStringList{QStringLiteral("2001:db8::53")};
    QTest::newRow("blanks around dropped") << hub(R"([" 192.0.2.53 "])") << QStringList{QStringLiteral("192.0.2.53")};
    QTest::newRow("IPv4-mapped IPv6") << hub(R"(["::ffff:192.0.2.53"])") << QStringList{QStringLiteral("::ffff:192.0.2.53")};
    QTest::newRow("link-local without a zone") << hub(R"(["fe80::53"])") << QStringList{QStringLiteral("fe80::53")};
    QTest::newRow("loopback") << hub(R"(["127.0.0.1"])") << QStringList{QStringLiteral("127.0.0.1")};
    QTest::newRow("empty list") << hub("[]") << QStringList();
    QTest::newRow("absent") << QByteArray(R"({"Name": "EX01", "Role": "HubTransport", "Site": "Seattle"})") << QStringList();
    QTest::newRow("on an unsubscribed Edge")
        << QByteArray(R"({"Name": "EDGE02", "Role": "EdgeTransport", "ExternalDNSServers": ["192.0.2.53"]})")
        << QStringList{QStringLiteral("192.0.2.53")};
    QTest::newRow("on a subscribed Edge")
        << QByteArray(R"({"Name": "EDGE02", "Role": "EdgeTransport", "Site": "Seattle", "Subscribed": true, "ExternalDNSServers": ["192.0.2.53"]})")
        << QStringList{QStringLiteral("192.0.2.53")};
}

// Valid addresses are read in order, written normalised, and written only when there are any.
void TestOrganizationFile::externalDnsServersAreRead()
{
    QFETCH(QByteArray, server);
    QFETCH(QStringList, expected);

    const QString name = server.contains("EX01") ? QStringLiteral("EX01") : QStringLiteral("EDGE02");
    QByteArray servers = server + "\n";
    if (name != QLatin1String("EX01"))
        servers.prepend(R"(    {"Name": "EX01", "Role": "HubTransport", "Site": "Seattle"},)" "\n    ");
    else
        servers.prepend("    ");
    const Parsed<Organization> parsed = OrganizationFile::parse(organization(connector(internetMembers), servers));
    QVERIFY2(parsed.ok() && parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
    QStringList read;
    for (const QHostAddress &address : parsed.value->server(name)->externalDnsServers)
        read.append(address.toString());
    QCOMPARE(read, expected);

    const QByteArray written = OrganizationFile::serialize(*parsed.value);
    QCOMPARE(written.contains("\"ExternalDNSServers\""), !expected.isEmpty());
    for (const QString &address : expected)
        QVERIFY2(written.contains(QByteArray("\"" + address.toLatin1() + "\"")), written.constData());
    const Parsed<Organization> again = OrganizationFile::parse(written);
    QVERIFY2(again.ok(), qPrintable(describe(again.problems)));
    QVERIFY(*again.value == *parsed.value);
    QCOMPARE(OrganizationFile::serialize(*again.value), written);
}

// The messages say which entry and what is wrong; an entry left out does not move the others.
void TestOrganizationFile::externalDnsServerProblemsNameTheEntry()
{
    const auto withList = [](const QByteArray &list) {
        return unmark(organization(connector(internetMembers),
                                   replaceFirst(defaultServers, R"("Site": "Seattle"},)",
                                                R"("Site": "Seattle", "ExternalDNSServers": )" + list + "},")));
    };
    const Marked bad = withList(R"(["192.0.2.53", `"10.0.0.300"])");
    const Problems problems = OrganizationFile::parse(bad.text).problems;
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
             QStringLiteral("/Servers/0/ExternalDNSServers/1 (line %1, column %2): ExternalDNSServers[1]: \"10.0.0.300\" "
                            "is not an IP address. Give IPv4 or IPv6 addresses, such as 192.168.1.53.")
                 .arg(bad.line)
                 .arg(bad.column));

    const Marked zone = withList(R"([`"fe80::1%eth0"])");
    const Problem zoneProblem = OrganizationFile::parse(zone.text).problems.first();
    QVERIFY2(zoneProblem.message.contains(QStringLiteral("zone suffix (%eth0)"))
                 && zoneProblem.message.contains(QStringLiteral("without it: fe80::1.")),
             qPrintable(zoneProblem.message));

    const Marked notAList = withList(R"(`"192.0.2.53")");
    const Problem typeProblem = OrganizationFile::parse(notAList.text).problems.first();
    QVERIFY2(typeProblem.message.startsWith(QStringLiteral("ExternalDNSServers must be a list of IP addresses")),
             qPrintable(typeProblem.message));

    // The second entry is refused and left out: the duplicate still stands at index 2 of the
    // file and names the first by its place in the file.
    const Marked twice = withList(R"(["192.0.2.53", 7, `"192.0.2.53"])");
    const Parsed<Organization> parsed = OrganizationFile::parse(twice.text);
    QStringList found;
    for (const Problem &problem : parsed.problems)
        found.append(problem.code + QLatin1Char(' ') + problem.parameter);
    QCOMPARE(found, (QStringList{QStringLiteral("File.Type /Servers/0/ExternalDNSServers/1"),
                                 QStringLiteral("File.Duplicate /Servers/0/ExternalDNSServers/2")}));
    const Problem duplicate = parsed.problems.at(1);
    QCOMPARE(duplicate.line, twice.line);
    QCOMPARE(duplicate.column, twice.column);
    QVERIFY2(duplicate.message.contains(QStringLiteral("192.0.2.53 is already listed at /Servers/0/ExternalDNSServers/0 (line %1)")
                                            .arg(twice.line)),
             qPrintable(duplicate.message));
}

void TestOrganizationFile::externalDnsServersMissingIsAWarning_data()
{
    QTest::addColumn<QByteArray>("servers");
    QTest::addColumn<QByteArray>("connector");
    QTest::addColumn<QString>("warningAt"); // empty: no warning

    const QByteArray withDns = replaceFirst(defaultServers, R"("Site": "Seattle"},)",
                                            R"("Site": "Seattle", "ExternalDNSServers": ["192.0.2.53"]},)");
    const QByteArray externalDns = internetMembers + R"(, "UseExternalDNSServersEnabled": true)";
    QTest::newRow("source server without") << defaultServers << connector(externalDns)
                                           << QStringLiteral("/SendConnectors/0/UseExternalDNSServersEnabled");
    QTest::newRow("source server with") << withDns << connector(externalDns) << QString();
    QTest::newRow("setting off") << defaultServers << connector(internetMembers) << QString();
    const QByteArray edgeOwn = R"(    {"Name": "EDGE02", "Role": "EdgeTransport", "SendConnectors": [
      {"Name": "Out", "Usage": "Internet", "AddressSpaces": [{"Address": "*"}], "UseExternalDNSServersEnabled": true}
    ]})";
    QTest::newRow("Edge's own connector, Edge without")
        << replaceFirst(defaultServers, R"(    {"Name": "EDGE02", "Role": "EdgeTransport"})", edgeOwn) << connector(internetMembers)
        << QStringLiteral("/Servers/3/SendConnectors/0/UseExternalDNSServersEnabled");
    QTest::newRow("Edge's own connector, Edge with")
        << replaceFirst(defaultServers, R"(    {"Name": "EDGE02", "Role": "EdgeTransport"})",
                        replaceFirst(edgeOwn, R"("Role": "EdgeTransport",)",
                                     R"("Role": "EdgeTransport", "ExternalDNSServers": ["2001:db8::53"],)"))
        << connector(internetMembers) << QString();
}

// A connector set to use external DNS servers that its sending server does not list: the file
// loads, with a warning at the setting.
void TestOrganizationFile::externalDnsServersMissingIsAWarning()
{
    QFETCH(QByteArray, servers);
    QFETCH(QByteArray, connector);
    QFETCH(QString, warningAt);

    const Parsed<Organization> parsed = OrganizationFile::parse(organization(connector, servers));
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    if (warningAt.isEmpty()) {
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
        return;
    }
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &warning = parsed.problems.first();
    QCOMPARE(warning.severity, Problem::Severity::Warning);
    QCOMPARE(warning.code, QStringLiteral("Connector.ExternalDnsServersMissing"));
    QCOMPARE(warning.parameter, warningAt);
    QVERIFY(warning.line > 0);
    QVERIFY2(warning.message.contains(warningAt.startsWith(QLatin1String("/Servers")) ? QStringLiteral("EDGE02")
                                                                                      : QStringLiteral("EX01")),
             qPrintable(warning.message));
}

QTEST_GUILESS_MAIN(TestOrganizationFile)
#include "tst_organizationfile.moc"
