#include "support/ModelTestSupport.h"
#include "CmdletBinder.h"
#include "CommandGenerator.h"
#include "ConnectorRules.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "ShellSession.h"
#include "ShellSyntax.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ModelTestSupport::describe;
using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;
using ModelTestSupport::Scope;
using ModelTestSupport::smtp;
using ModelTestSupport::space;

// The connector the complete command of docs/domain-rules.md#worked-example creates on the
// Hub Transport server EX01.
SendConnector seedConnector()
{
    SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Custom, false);
    c.name = QStringLiteral("Subsidiary Send Connector");
    c.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)};
    c.dnsRoutingEnabled = false;
    c.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
    c.sourceTransportServers = {QStringLiteral("EX01")};
    c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    return c;
}

// Two Hub Transport servers in two sites and two Edges, one of them subscribed.
Organization roundTripOrganization()
{
    Organization organization;
    organization.name = QStringLiteral("Round trip");
    organization.localServer = QStringLiteral("EX01");
    organization.sites = {AdSite{QStringLiteral("Site-A"), {}}, AdSite{QStringLiteral("Site-B"), {}}};
    TransportServer ex01;
    ex01.name = QStringLiteral("EX01");
    ex01.site = QStringLiteral("Site-A");
    TransportServer ex02 = ex01;
    ex02.name = QStringLiteral("EX02");
    ex02.site = QStringLiteral("Site-B");
    TransportServer edge;
    edge.name = QStringLiteral("EDGE01");
    edge.role = Exchange::ServerRole::EdgeTransport;
    organization.servers = {ex01, ex02, edge};
    return organization;
}

// Many valid connectors: every version, usage and authentication mechanism on both sides, with
// the optional parameters varied from one to the next.
QList<std::pair<QString, SendConnector>> roundTripConnectors(Exchange::Version version, bool onEdge)
{
    using Mechanism = Exchange::SmartHostAuthMechanism;
    const bool rtm = version == Exchange::Version::Rtm2007;
    const QStringList names{QStringLiteral("Plain"), QStringLiteral("O'Brien's \"relay\""),
                            QStringLiteral("Cost $5 `tick` ; pipe | hash #1"), QStringLiteral("Zürich – Ångström"),
                            QStringLiteral("  inner  spaces  "), QStringLiteral("-Name")};
    QList<std::pair<QString, SendConnector>> result;
    int variant = 0;
    for (const Exchange::Usage usage : {Exchange::Usage::Custom, Exchange::Usage::Internal, Exchange::Usage::Internet,
                                        Exchange::Usage::Partner}) {
        for (const Mechanism mechanism : {Mechanism::None, Mechanism::BasicAuth, Mechanism::BasicAuthRequireTLS,
                                          Mechanism::ExchangeServer, Mechanism::ExternalAuthoritative}) {
            // Partner offers no smart hosts, and every mechanism but None needs them.
            if (usage == Exchange::Usage::Partner && mechanism != Mechanism::None)
                continue;
            ++variant;
            SendConnector c = UsageRules::applyDefaults(SendConnector{}, usage, onEdge);
            c.name = names.at(variant % names.size()).trimmed() + QString::number(variant);
            c.smartHostAuthMechanism = mechanism;
            const bool smartHosts = usage == Exchange::Usage::Internal || mechanism != Mechanism::None
                || (usage != Exchange::Usage::Partner && variant % 2 == 0);
            if (smartHosts) {
                c.dnsRoutingEnabled = false;
                c.smartHosts = {fqdnHost(QStringLiteral("relay%1.contoso.com").arg(variant)),
                                ipHost(QStringLiteral("192.168.1.%1").arg(variant))};
                if (!rtm && variant % 3 == 0)
                    c.smartHosts.append(ipHost(QStringLiteral("2001:db8::%1").arg(variant)));
            } else {
                c.dnsRoutingEnabled = true;
            }
            if (mechanism == Mechanism::BasicAuth || mechanism == Mechanism::BasicAuthRequireTLS)
                c.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\o'relay%1").arg(variant)};

            c.addressSpaces = {smtp(QStringLiteral("*.contoso%1.com").arg(variant), variant % 100 + 1)};
            if (variant % 2 == 1)
                c.addressSpaces.append(smtp(QStringLiteral("fabrikam.com"), 100));
            if (!onEdge && smartHosts && variant % 3 == 1) {
                c.addressSpaces.append(space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=Contoso;o=Sales"), 7));
                c.addressSpaces.append(space(QStringLiteral("FAX"), QStringLiteral("fax:+1 (425) 555-0100;x"), 9));
            }
            if (!onEdge) {
                if (rtm && variant % 2 == 0)
                    c.addressSpaces.first().localScope = true;
                if (!rtm && variant % 2 == 0)
                    c.isScopedConnector = true;
                c.sourceTransportServers = {QStringLiteral("EX01")};
                if (variant % 3 == 2)
                    c.sourceTransportServers.append(QStringLiteral("EX02"));
            } else if (variant % 2 == 0) {
                c.sourceIpAddress = rtm ? QStringLiteral("192.0.2.%1").arg(variant) : QStringLiteral("2001:db8::25");
            }

            switch (variant % 4) {
            case 0:
                c.maxMessageSize = ByteQuantity::makeUnlimited();
                c.port = 587;
                c.comment = QStringLiteral("It's \"quoted\" — really");
                c.requireTls = true;
                break;
            case 1:
                c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
                c.connectionInactivityTimeOut = TimeSpan::fromSeconds(3 * 3600 + 4 * 60 + 5);
                c.enabled = false;
                c.ignoreStartTls = true;
                break;
            case 2:
                c.maxMessageSize = ByteQuantity::fromBytes(1000);
                c.fqdn = QStringLiteral("mail%1.contoso.com").arg(variant);
                c.forceHelo = true;
                c.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose;
                break;
            default:
                c.maxMessageSize = ByteQuantity::fromBytes(0);
                c.port = 0;
                c.connectionInactivityTimeOut = TimeSpan::fromSeconds(24 * 3600);
                c.useExternalDnsServersEnabled = !c.useExternalDnsServersEnabled;
                break;
            }
            if (usage == Exchange::Usage::Partner)
                c.domainSecureEnabled = variant % 2 == 0;
            else if (!c.smartHosts.isEmpty() || c.ignoreStartTls)
                c.domainSecureEnabled = false;

            // In the normalised form the parsers give, as a connector of the file would be.
            for (AddressSpace &a : c.addressSpaces) {
                const Parsed<AddressSpace> normalised =
                    AddressSpaceParser::fromParts(a.type, a.address, a.cost, a.localScope, version);
                if (normalised.value)
                    a = *normalised.value;
            }
            for (SmartHost &h : c.smartHosts) {
                const Parsed<SmartHost> normalised = SmartHostParser::parse(h.host, version);
                if (normalised.value)
                    h = *normalised.value;
            }
            result.append({QStringLiteral("%1 %2 %3 %4")
                               .arg(Exchange::toString(version), onEdge ? QStringLiteral("Edge") : QStringLiteral("Hub"),
                                    Exchange::toString(usage), Exchange::toString(mechanism)),
                           c});
        }
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(SendConnector)

// Checks the command lines the console prints on its Completion page
// (docs/wizard.md#command-style).
class TestCommandGenerator : public QObject
{
    Q_OBJECT

private slots:
    void newSendConnector_data();
    void newSendConnector();
    void neverWritesDefaultsOfTheUsage_data();
    void neverWritesDefaultsOfTheUsage();
    void roundTrip_data();
    void roundTrip();
    void setSendConnector_data();
    void setSendConnector();
    void setSendConnectorRoundTrip_data();
    void setSendConnectorRoundTrip();
};

void TestCommandGenerator::newSendConnector_data()
{
    QTest::addColumn<SendConnector>("connector");
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<bool>("onEdge");
    QTest::addColumn<QString>("expected");

    const auto sp1 = Exchange::Version::Sp12007;
    const auto rtm = Exchange::Version::Rtm2007;

    // The example of docs/wizard.md#command-style (with its 20 MB limit).
    QTest::newRow("seed, SP1") << seedConnector() << sp1 << false
                               << QStringLiteral(
                                      "new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' "
                                      "-AddressSpaces 'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' "
                                      "-IsScopedConnector $false -DNSRoutingEnabled $false -SmartHosts "
                                      "'192.168.1.20' -SmartHostAuthMechanism 'None' "
                                      "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01' "
                                      "-MaxMessageSize '20MB'");
    QTest::newRow("seed, RTM: no -IsScopedConnector")
        << seedConnector() << rtm << false
        << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' "
                          "-AddressSpaces 'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -DNSRoutingEnabled $false "
                          "-SmartHosts '192.168.1.20' -SmartHostAuthMechanism 'None' "
                          "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01' -MaxMessageSize '20MB'");

    {
        SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Internet, false);
        c.name = QStringLiteral("Local mail");
        c.addressSpaces = {smtp(QStringLiteral("contoso.com"), 2, Scope::Local),
                           space(QStringLiteral("X400"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"), 10)};
        c.dnsRoutingEnabled = false;
        c.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.com")), ipHost(QStringLiteral("10.0.0.1"))};
        c.sourceTransportServers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
        QTest::newRow("RTM: Local: scope, X400, two smart hosts, two servers")
            << c << rtm << false
            << QStringLiteral("new-SendConnector -Name 'Local mail' -Usage 'Internet' -AddressSpaces "
                              "'Local:SMTP:contoso.com;2','X400:o=MySite;p=MyOrg;a=adatum;c=us;10' "
                              "-DNSRoutingEnabled $false -SmartHosts 'relay.contoso.com','10.0.0.1' "
                              "-SmartHostAuthMechanism 'None' -UseExternalDNSServersEnabled $false "
                              "-SourceTransportServers 'EX01','EX02'");
    }
    {
        SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Custom, false);
        c.name = QStringLiteral("Scoped");
        c.addressSpaces = {smtp(QStringLiteral("*"), 1)};
        c.isScopedConnector = true;
        c.sourceTransportServers = {QStringLiteral("EX01")};
        QTest::newRow("SP1 scoped: -IsScopedConnector $true, DNS routing")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Scoped' -Usage 'Custom' -AddressSpaces 'SMTP:*;1' "
                              "-IsScopedConnector $true -DNSRoutingEnabled $true -SmartHostAuthMechanism 'None' "
                              "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01'");
    }
    {
        // An Edge's own Internet connector: no source servers; external DNS is Internet's default
        // on an Edge but is one of the parameters always written.
        SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Internet, true);
        c.name = QStringLiteral("To Internet");
        c.addressSpaces = {smtp(QStringLiteral("*"), 100)};
        c.sourceIpAddress = QStringLiteral("192.0.2.25");
        QTest::newRow("SP1 Edge, Internet, SourceIPAddress")
            << c << sp1 << true
            << QStringLiteral("new-SendConnector -Name 'To Internet' -Usage 'Internet' -AddressSpaces 'SMTP:*;100' "
                              "-DNSRoutingEnabled $true -SmartHostAuthMechanism 'None' "
                              "-UseExternalDNSServersEnabled $true -SourceIPAddress '192.0.2.25'");
        QTest::newRow("RTM Edge, Internet")
            << c << rtm << true
            << QStringLiteral("new-SendConnector -Name 'To Internet' -Usage 'Internet' -AddressSpaces 'SMTP:*;100' "
                              "-DNSRoutingEnabled $true -SmartHostAuthMechanism 'None' "
                              "-UseExternalDNSServersEnabled $true -SourceIPAddress '192.0.2.25'");
    }
    {
        SendConnector c = seedConnector();
        c.name = QStringLiteral("O'Brien's relay");
        c.comment = QStringLiteral("Kept by 'IT' -- don't touch");
        c.maxMessageSize = SendConnector{}.maxMessageSize;
        QTest::newRow("single quotes doubled in name and comment")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'O''Brien''s relay' -Usage 'Custom' -AddressSpaces "
                              "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -IsScopedConnector $false "
                              "-DNSRoutingEnabled $false -SmartHosts '192.168.1.20' -SmartHostAuthMechanism 'None' "
                              "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01' "
                              "-Comment 'Kept by ''IT'' -- don''t touch'");
    }
    {
        SendConnector c = seedConnector();
        c.maxMessageSize = SendConnector{}.maxMessageSize;
        c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS;
        c.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\relay")};
        QTest::newRow("credential: user name only, never a password")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces "
                              "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -IsScopedConnector $false "
                              "-DNSRoutingEnabled $false -SmartHosts '192.168.1.20' -SmartHostAuthMechanism "
                              "'BasicAuthRequireTLS' -AuthenticationCredential (Get-Credential 'CONTOSO\\relay') "
                              "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01'");
        c.authenticationCredential = AuthenticationCredential{QStringLiteral("o'neil")};
        c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuth;
        QTest::newRow("credential user name with a quote")
            << c << rtm << false
            << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces "
                              "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -DNSRoutingEnabled $false -SmartHosts "
                              "'192.168.1.20' -SmartHostAuthMechanism 'BasicAuth' -AuthenticationCredential "
                              "(Get-Credential 'o''neil') -UseExternalDNSServersEnabled $false "
                              "-SourceTransportServers 'EX01'");
    }
    {
        SendConnector c = seedConnector();
        c.maxMessageSize = ByteQuantity::makeUnlimited();
        c.port = 587;
        c.connectionInactivityTimeOut = TimeSpan::fromSeconds(5 * 60);
        c.enabled = false;
        c.fqdn = QStringLiteral("mail.contoso.com");
        c.forceHelo = true;
        c.requireTls = true;
        c.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose;
        QTest::newRow("every optional parameter that differs, in a fixed order")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces "
                              "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -IsScopedConnector $false "
                              "-DNSRoutingEnabled $false -SmartHosts '192.168.1.20' -SmartHostAuthMechanism 'None' "
                              "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01' -MaxMessageSize "
                              "'unlimited' -Port 587 -ConnectionInactivityTimeOut '00:05:00' -Enabled $false -Fqdn "
                              "'mail.contoso.com' -ForceHELO $true -RequireTLS $true -ProtocolLoggingLevel "
                              "'Verbose'");
    }
    {
        SendConnector c = seedConnector();
        c.maxMessageSize = SendConnector{}.maxMessageSize;
        c.ignoreStartTls = true;
        c.connectionInactivityTimeOut = TimeSpan::fromSeconds(24 * 3600);
        QTest::newRow("IgnoreSTARTTLS, a day of inactivity")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces "
                              "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -IsScopedConnector $false "
                              "-DNSRoutingEnabled $false -SmartHosts '192.168.1.20' -SmartHostAuthMechanism 'None' "
                              "-UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01' "
                              "-ConnectionInactivityTimeOut '1.00:00:00' -IgnoreSTARTTLS $true");
    }
    {
        SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Partner, false);
        c.name = QStringLiteral("Fabrikam partner");
        c.addressSpaces = {smtp(QStringLiteral("fabrikam.com"))};
        c.sourceTransportServers = {QStringLiteral("EX01")};
        QTest::newRow("Partner: DomainSecureEnabled is its default, not written")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Fabrikam partner' -Usage 'Partner' -AddressSpaces "
                              "'SMTP:fabrikam.com;1' -IsScopedConnector $false -DNSRoutingEnabled $true "
                              "-SmartHostAuthMechanism 'None' -UseExternalDNSServersEnabled $false "
                              "-SourceTransportServers 'EX01'");
        c.domainSecureEnabled = false;
        QTest::newRow("Partner without domain security: written")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Fabrikam partner' -Usage 'Partner' -AddressSpaces "
                              "'SMTP:fabrikam.com;1' -IsScopedConnector $false -DNSRoutingEnabled $true "
                              "-SmartHostAuthMechanism 'None' -UseExternalDNSServersEnabled $false "
                              "-SourceTransportServers 'EX01' -DomainSecureEnabled $false");
    }
    {
        SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Custom, false);
        c.name = QStringLiteral("Domain secure custom");
        c.addressSpaces = {smtp(QStringLiteral("woodgrove.com"))};
        c.sourceTransportServers = {QStringLiteral("EX01")};
        c.domainSecureEnabled = true;
        QTest::newRow("Custom with domain security: written")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Domain secure custom' -Usage 'Custom' -AddressSpaces "
                              "'SMTP:woodgrove.com;1' -IsScopedConnector $false -DNSRoutingEnabled $true "
                              "-SmartHostAuthMechanism 'None' -UseExternalDNSServersEnabled $false "
                              "-SourceTransportServers 'EX01' -DomainSecureEnabled $true");
    }
    {
        SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Internal, false);
        c.name = QStringLiteral("Linked");
        c.smartHosts = {fqdnHost(QStringLiteral("scanner.contoso.com"))};
        c.sourceTransportServers = {QStringLiteral("EX01")};
        c.linkedReceiveConnector = QStringLiteral("EX01\\From scanner");
        QTest::newRow("Internal, linked: no -AddressSpaces, ExchangeServer auth written")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Linked' -Usage 'Internal' -IsScopedConnector $false "
                              "-DNSRoutingEnabled $false -SmartHosts 'scanner.contoso.com' -SmartHostAuthMechanism "
                              "'ExchangeServer' -UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01' "
                              "-LinkedReceiveConnector 'EX01\\From scanner'");
    }
    {
        SendConnector c = seedConnector();
        c.maxMessageSize = ByteQuantity::fromBytes(1536 * 1024);
        c.addressSpaces = {space(QStringLiteral("FAX"), QStringLiteral("fax;gateway"), 3)};
        QTest::newRow("custom type, sizes in KB")
            << c << sp1 << false
            << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces "
                              "'FAX:fax;gateway;3' -IsScopedConnector $false -DNSRoutingEnabled $false -SmartHosts "
                              "'192.168.1.20' -SmartHostAuthMechanism 'None' -UseExternalDNSServersEnabled $false "
                              "-SourceTransportServers 'EX01' -MaxMessageSize '1536KB'");
    }
}

void TestCommandGenerator::newSendConnector()
{
    QFETCH(SendConnector, connector);
    QFETCH(Exchange::Version, version);
    QFETCH(bool, onEdge);
    QFETCH(QString, expected);

    QCOMPARE(CommandGenerator::newSendConnector(connector, version, onEdge), expected);
}

void TestCommandGenerator::neverWritesDefaultsOfTheUsage_data()
{
    QTest::addColumn<Exchange::Usage>("usage");
    QTest::addColumn<bool>("onEdge");
    for (const Exchange::Usage usage : {Exchange::Usage::Custom, Exchange::Usage::Internal, Exchange::Usage::Internet,
                                        Exchange::Usage::Partner}) {
        for (const bool onEdge : {false, true}) {
            const QString row = Exchange::toString(usage) + (onEdge ? QStringLiteral(", Edge") : QStringLiteral(", Hub"));
            QTest::newRow(qPrintable(row)) << usage << onEdge;
        }
    }
}

// A connector left at its usage's defaults gives only the fixed parameters.
void TestCommandGenerator::neverWritesDefaultsOfTheUsage()
{
    QFETCH(Exchange::Usage, usage);
    QFETCH(bool, onEdge);

    SendConnector c = UsageRules::applyDefaults(SendConnector{}, usage, onEdge);
    c.name = QStringLiteral("N");
    c.addressSpaces = {smtp(QStringLiteral("contoso.com"))};
    const QString command = CommandGenerator::newSendConnector(c, Exchange::Version::Sp12007, onEdge);
    for (const char *optional : {"-MaxMessageSize", "-Port", "-ConnectionInactivityTimeOut", "-Enabled", "-Comment",
                                 "-Fqdn", "-ForceHELO", "-IgnoreSTARTTLS", "-RequireTLS", "-DomainSecureEnabled",
                                 "-ProtocolLoggingLevel", "-SourceIPAddress", "-LinkedReceiveConnector",
                                 "-SourceTransportServers", "-SmartHosts ", "-AuthenticationCredential"}) {
        QVERIFY2(!command.contains(QLatin1String(optional)), qPrintable(command));
    }
    // An Edge connector has no scope to give: no -IsScopedConnector (issue 8, B.5).
    const QString scope = onEdge ? QString() : QStringLiteral("-IsScopedConnector $false ");
    QVERIFY2(command.startsWith(QStringLiteral("new-SendConnector -Name 'N' -Usage '%1' -AddressSpaces "
                                               "'SMTP:contoso.com;1' %2-DNSRoutingEnabled ")
                                    .arg(Exchange::toString(usage), scope)),
             qPrintable(command));
    QCOMPARE(command.contains(QLatin1String("-IsScopedConnector")), !onEdge);
}

void TestCommandGenerator::roundTrip_data()
{
    QTest::addColumn<SendConnector>("connector");
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<bool>("onEdge");

    int rows = 0;
    for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        for (const bool onEdge : {false, true}) {
            for (const auto &[name, connector] : roundTripConnectors(version, onEdge)) {
                QTest::newRow(qPrintable(name)) << connector << version << onEdge;
                ++rows;
            }
        }
    }
    QVERIFY(rows >= 60);
}

// Generate, parse with the shell's syntax and bind with its binder: the same connector again.
void TestCommandGenerator::roundTrip()
{
    QFETCH(SendConnector, connector);
    QFETCH(Exchange::Version, version);
    QFETCH(bool, onEdge);

    const Organization organization = roundTripOrganization();
    // The connectors are valid where they are created, so the round trip covers real commands.
    ConnectorContext checkContext;
    checkContext.organization = &organization;
    checkContext.version = version;
    checkContext.edgeServer = onEdge ? QStringLiteral("EDGE01") : QString();
    const Problems problems = errorsOnly(ConnectorValidator::validate(connector, checkContext));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    const QString line = CommandGenerator::newSendConnector(connector, version, onEdge);
    QVERIFY(!line.contains(QLatin1String("Password"), Qt::CaseInsensitive));
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    QVERIFY2(parsed.ok(), qPrintable(line + QLatin1Char('\n') + describe(parsed.problems)));
    QCOMPARE(parsed.value->size(), 1);
    QCOMPARE(parsed.value->first().commands.size(), 1);

    ShellContext context;
    context.organization = &organization;
    context.version = version;
    context.server = onEdge ? QStringLiteral("EDGE01") : QStringLiteral("EX01");
    const NewSendConnectorRequest request =
        CmdletBinder::bindNewSendConnector(parsed.value->first().commands.first(), context);
    QVERIFY2(!hasErrors(request.problems), qPrintable(line + QLatin1Char('\n') + describe(request.problems)));
    QVERIFY(request.nameGiven);
    QCOMPARE(request.addressSpacesGiven, !connector.addressSpaces.isEmpty());
    QVERIFY(!request.whatIf);
    QCOMPARE(request.credentialRequested, connector.authenticationCredential.has_value());

    SendConnector bound = request.connector;
    if (request.credentialRequested)
        bound.authenticationCredential = AuthenticationCredential{request.credentialUserName};

    QCOMPARE(bound.name, connector.name);
    QCOMPARE(Exchange::toString(bound.usage), Exchange::toString(connector.usage));
    QCOMPARE(bound.addressSpaces.size(), connector.addressSpaces.size());
    for (qsizetype i = 0; i < connector.addressSpaces.size(); ++i) {
        QCOMPARE(bound.addressSpaces.at(i).type, connector.addressSpaces.at(i).type);
        QCOMPARE(bound.addressSpaces.at(i).address, connector.addressSpaces.at(i).address);
        QCOMPARE(bound.addressSpaces.at(i).cost, connector.addressSpaces.at(i).cost);
        QCOMPARE(bound.addressSpaces.at(i).localScope, connector.addressSpaces.at(i).localScope);
    }
    QCOMPARE(bound.isScopedConnector, connector.isScopedConnector);
    QCOMPARE(bound.dnsRoutingEnabled, connector.dnsRoutingEnabled);
    QCOMPARE(bound.smartHosts.size(), connector.smartHosts.size());
    for (qsizetype i = 0; i < connector.smartHosts.size(); ++i) {
        QCOMPARE(bound.smartHosts.at(i).kind, connector.smartHosts.at(i).kind);
        QCOMPARE(bound.smartHosts.at(i).host, connector.smartHosts.at(i).host);
    }
    QCOMPARE(Exchange::toString(bound.smartHostAuthMechanism), Exchange::toString(connector.smartHostAuthMechanism));
    QCOMPARE(bound.authenticationCredential.has_value(), connector.authenticationCredential.has_value());
    if (connector.authenticationCredential)
        QCOMPARE(bound.authenticationCredential->userName, connector.authenticationCredential->userName);
    QCOMPARE(bound.sourceTransportServers, connector.sourceTransportServers);
    QCOMPARE(bound.useExternalDnsServersEnabled, connector.useExternalDnsServersEnabled);
    QCOMPARE(bound.maxMessageSize.unlimited, connector.maxMessageSize.unlimited);
    QCOMPARE(bound.maxMessageSize.bytes, connector.maxMessageSize.bytes);
    QCOMPARE(bound.port, connector.port);
    QCOMPARE(bound.connectionInactivityTimeOut.seconds, connector.connectionInactivityTimeOut.seconds);
    QCOMPARE(bound.enabled, connector.enabled);
    QCOMPARE(bound.comment, connector.comment);
    QCOMPARE(bound.fqdn, connector.fqdn);
    QCOMPARE(bound.forceHelo, connector.forceHelo);
    QCOMPARE(bound.ignoreStartTls, connector.ignoreStartTls);
    QCOMPARE(bound.requireTls, connector.requireTls);
    QCOMPARE(bound.domainSecureEnabled, connector.domainSecureEnabled);
    QCOMPARE(Exchange::toString(bound.protocolLoggingLevel), Exchange::toString(connector.protocolLoggingLevel));
    QCOMPARE(bound.sourceIpAddress, connector.sourceIpAddress);
    QCOMPARE(bound.linkedReceiveConnector, connector.linkedReceiveConnector);
    // And nothing the comparison above forgot.
    QVERIFY(bound == connector);
}

// The Set-SendConnector line for a before/after pair: only what changed, in the shell's syntax.
void TestCommandGenerator::setSendConnector_data()
{
    QTest::addColumn<SendConnector>("before");
    QTest::addColumn<SendConnector>("after");
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<bool>("onEdge");
    QTest::addColumn<QString>("expected");

    const auto sp1 = Exchange::Version::Sp12007;
    const auto rtm = Exchange::Version::Rtm2007;
    const SendConnector seed = seedConnector();
    QTest::newRow("nothing changed") << seed << seed << sp1 << false << QString();
    SendConnector usage = seed;
    usage.usage = Exchange::Usage::Internet; // Set-SendConnector has no -Usage
    QTest::newRow("only the usage") << seed << usage << sp1 << false << QString();

    SendConnector renamed = seed;
    renamed.name = QStringLiteral("O'Brien's connector");
    renamed.maxMessageSize = ByteQuantity::makeUnlimited();
    QTest::newRow("rename and size")
        << seed << renamed << sp1 << false
        << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' -Name 'O''Brien''s connector' "
                          "-MaxMessageSize 'unlimited'");
    SendConnector fromQuoted = renamed;
    fromQuoted.port = 587;
    QTest::newRow("identity quoted") << renamed << fromQuoted << sp1 << false
                                     << QStringLiteral("Set-SendConnector -Identity 'O''Brien''s connector' -Port 587");

    SendConnector spaces = seed;
    spaces.addressSpaces.append(smtp(QStringLiteral("tailspintoys.com"), 2));
    QTest::newRow("a list written whole")
        << seed << spaces << sp1 << false
        << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' -AddressSpaces "
                          "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8','SMTP:tailspintoys.com;2'");
    SendConnector scopedSp1 = seed;
    scopedSp1.isScopedConnector = true;
    QTest::newRow("SP1 scope") << seed << scopedSp1 << sp1 << false
                               << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' "
                                                 "-IsScopedConnector $true");
    SendConnector scopedRtm = seed;
    scopedRtm.addressSpaces.first().localScope = true;
    QTest::newRow("RTM scope through Local:")
        << seed << scopedRtm << rtm << false
        << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' -AddressSpaces "
                          "'Local:SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8'");

    SendConnector dns = seed;
    dns.dnsRoutingEnabled = true;
    dns.smartHosts.clear();
    dns.sourceTransportServers.clear();
    dns.comment = QStringLiteral("x");
    SendConnector cleared = dns;
    cleared.comment.clear();
    QTest::newRow("emptied lists and text are $null")
        << seed << dns << sp1 << false
        << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' -DNSRoutingEnabled $true "
                          "-SmartHosts $null -SourceTransportServers $null -Comment 'x'");
    QTest::newRow("comment cleared") << dns << cleared << sp1 << false
                                     << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' "
                                                       "-Comment $null");

    SendConnector basic = seed;
    basic.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuth;
    basic.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\o'relay")};
    QTest::newRow("credential: the user name only")
        << seed << basic << sp1 << false
        << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' -SmartHostAuthMechanism "
                          "'BasicAuth' -AuthenticationCredential (Get-Credential 'CONTOSO\\o''relay')");
    QTest::newRow("same credential") << basic << basic << sp1 << false << QString();
    QTest::newRow("credential removed")
        << basic << seed << sp1 << false
        << QStringLiteral("Set-SendConnector -Identity 'Subsidiary Send Connector' -SmartHostAuthMechanism 'None' "
                          "-AuthenticationCredential $null");

    SendConnector edge = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Internet, true);
    edge.name = QStringLiteral("Edge");
    edge.addressSpaces = {smtp(QStringLiteral("*"))};
    SendConnector edgeAfter = edge;
    edgeAfter.isScopedConnector = true; // not a parameter an Edge's connector is given
    edgeAfter.sourceTransportServers = {QStringLiteral("EX01")};
    edgeAfter.sourceIpAddress = QStringLiteral("10.0.0.5");
    edgeAfter.enabled = false;
    QTest::newRow("Edge")
        << edge << edgeAfter << sp1 << true
        << QStringLiteral("Set-SendConnector -Identity 'Edge' -Enabled $false -SourceIPAddress '10.0.0.5'");
}

void TestCommandGenerator::setSendConnector()
{
    QFETCH(SendConnector, before);
    QFETCH(SendConnector, after);
    QFETCH(Exchange::Version, version);
    QFETCH(bool, onEdge);
    QFETCH(QString, expected);
    QCOMPARE(CommandGenerator::setSendConnector(before, after, version, onEdge), expected);

    // A password typed again for the same user: the credential is written (its user name only).
    const QString reentered = CommandGenerator::setSendConnector(before, after, version, onEdge, true);
    if (after.authenticationCredential) {
        const QString credential = QStringLiteral(" -AuthenticationCredential (Get-Credential %1)")
                                       .arg(ShellSyntax::quote(after.authenticationCredential->userName));
        QVERIFY2(reentered.endsWith(credential) || reentered.contains(credential + QLatin1Char(' ')), qPrintable(reentered));
        QCOMPARE(reentered.count(QLatin1String("-AuthenticationCredential")), 1);
        QVERIFY(reentered.startsWith(QStringLiteral("Set-SendConnector -Identity ")));
    } else {
        QCOMPARE(reentered, expected);
    }
}

namespace {

// A random change of `before` that Set-SendConnector can make (the usage stays), in the normalised
// form the parsers give. Not necessarily valid: the caller keeps only those the rules accept.
SendConnector randomChange(const SendConnector &before, Exchange::Version version, bool onEdge,
                           QRandomGenerator &random)
{
    const bool rtm = version == Exchange::Version::Rtm2007;
    const auto chance = [&random](int percent) { return int(random.bounded(100)) < percent; };
    const auto pick = [&random](const QStringList &list) { return list.at(int(random.bounded(int(list.size())))); };
    SendConnector c = before;
    const int fields = 1 + int(random.bounded(4));
    for (int i = 0; i < fields; ++i) {
        switch (random.bounded(20)) {
        case 0:
            c.name = pick({QStringLiteral("Renamed"), QStringLiteral("O'Hara \"quoted\""), QStringLiteral("$x `y` #z"),
                           QStringLiteral("Zürich – Ångström"), QStringLiteral("a;b|c")})
                + QString::number(random.bounded(1000));
            break;
        case 1: {
            c.addressSpaces.clear();
            const int count = 1 + int(random.bounded(3));
            for (int n = 0; n < count; ++n) {
                AddressSpace a = smtp(pick({QStringLiteral("*.contoso%1.com"), QStringLiteral("fabrikam%1.com"),
                                            QStringLiteral("*.sub%1.example.org")})
                                          .arg(n * 10 + int(random.bounded(10))),
                                      1 + int(random.bounded(100)),
                                      rtm && !onEdge && chance(30) ? Scope::Local : Scope::Organization);
                const Parsed<AddressSpace> normalised =
                    AddressSpaceParser::fromParts(a.type, a.address, a.cost, a.localScope, version);
                if (normalised.value && !c.addressSpaces.contains(*normalised.value))
                    c.addressSpaces.append(*normalised.value);
            }
            break;
        }
        case 2:
            if (!rtm && !onEdge)
                c.isScopedConnector = !c.isScopedConnector;
            break;
        case 3:
            c.dnsRoutingEnabled = !c.dnsRoutingEnabled;
            if (c.dnsRoutingEnabled) {
                c.smartHosts.clear();
                c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::None;
                c.authenticationCredential.reset();
            }
            [[fallthrough]];
        case 4:
            if (!c.dnsRoutingEnabled) {
                c.smartHosts.clear();
                const int count = 1 + int(random.bounded(3));
                for (int n = 0; n < count; ++n) {
                    const QString host = chance(50) ? QStringLiteral("relay%1.contoso.com").arg(n * 10 + random.bounded(10))
                                                    : QStringLiteral("192.168.%1.%2").arg(n).arg(1 + random.bounded(250));
                    const Parsed<SmartHost> parsed = SmartHostParser::parse(host, version);
                    if (parsed.value)
                        c.smartHosts.append(*parsed.value);
                }
            }
            break;
        case 5: {
            using Mechanism = Exchange::SmartHostAuthMechanism;
            const QList<Mechanism> mechanisms{Mechanism::None, Mechanism::BasicAuth, Mechanism::BasicAuthRequireTLS,
                                              Mechanism::ExchangeServer, Mechanism::ExternalAuthoritative};
            c.smartHostAuthMechanism = mechanisms.at(int(random.bounded(int(mechanisms.size()))));
            if (c.smartHostAuthMechanism == Mechanism::BasicAuth || c.smartHostAuthMechanism == Mechanism::BasicAuthRequireTLS)
                c.authenticationCredential = AuthenticationCredential{
                    pick({QStringLiteral("CONTOSO\\relay"), QStringLiteral("o'brien@contoso.com")})
                    + QString::number(random.bounded(100))};
            else
                c.authenticationCredential.reset();
            break;
        }
        case 6:
            if (!onEdge)
                c.sourceTransportServers = chance(50) ? QStringList{QStringLiteral("EX02")}
                                                      : QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")};
            break;
        case 7:
            c.useExternalDnsServersEnabled = !c.useExternalDnsServersEnabled;
            break;
        case 8:
            c.maxMessageSize = chance(20) ? ByteQuantity::makeUnlimited()
                                          : ByteQuantity::fromBytes(qint64(random.bounded(2048)) * 1024);
            break;
        case 9:
            c.port = int(random.bounded(65536));
            break;
        case 10:
            c.connectionInactivityTimeOut = TimeSpan::fromSeconds(1 + random.bounded(24 * 3600));
            break;
        case 11:
            c.enabled = !c.enabled;
            break;
        case 12:
            c.comment = chance(25) ? QString()
                                   : pick({QStringLiteral("It's \"quoted\""), QStringLiteral(" spaced "),
                                           QStringLiteral("$(not run) `n'"), QStringLiteral("Ünïcode ‘curly’")});
            break;
        case 13:
            c.fqdn = chance(25) ? QString() : QStringLiteral("mail%1.contoso.com").arg(random.bounded(100));
            break;
        case 14:
            c.forceHelo = !c.forceHelo;
            break;
        case 15:
            c.ignoreStartTls = !c.ignoreStartTls;
            break;
        case 16:
            c.requireTls = !c.requireTls;
            break;
        case 17:
            c.domainSecureEnabled = !c.domainSecureEnabled;
            break;
        case 18:
            c.protocolLoggingLevel = c.protocolLoggingLevel == Exchange::ProtocolLoggingLevel::None
                ? Exchange::ProtocolLoggingLevel::Verbose
                : Exchange::ProtocolLoggingLevel::None;
            break;
        default:
            if (onEdge)
                c.sourceIpAddress = QStringLiteral("192.0.2.%1").arg(1 + random.bounded(250));
            break;
        }
    }
    return c;
}

QString describeConnector(const SendConnector &c)
{
    return QString::fromUtf8(OrganizationFile::serializeConnector(c));
}

} // namespace

void TestCommandGenerator::setSendConnectorRoundTrip_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<bool>("onEdge");
    for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        for (const bool onEdge : {false, true}) {
            QTest::newRow(qPrintable(Exchange::toString(version) + (onEdge ? QStringLiteral(" Edge") : QStringLiteral(" Hub"))))
                << version << onEdge;
        }
    }
}

// Many random changes: generate the Set line from before→after, run it through the shell on a
// file holding `before`, and compare the saved connector with `after`. The seed is printed on
// failure; SCC_ROUND_TRIP_SEED replays one.
void TestCommandGenerator::setSendConnectorRoundTrip()
{
    QFETCH(Exchange::Version, version);
    QFETCH(bool, onEdge);

    const quint32 seed = qEnvironmentVariableIsSet("SCC_ROUND_TRIP_SEED")
        ? quint32(qEnvironmentVariableIntValue("SCC_ROUND_TRIP_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QString side = onEdge ? QStringLiteral("EDGE01") : QString();
    const QList<std::pair<QString, SendConnector>> starts = roundTripConnectors(version, onEdge);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("organization.json"));

    constexpr int Changes = 60;
    int run = 0;
    for (int attempt = 0; attempt < Changes * 20 && run < Changes; ++attempt) {
        const SendConnector before = starts.at(int(random.bounded(int(starts.size())))).second;
        const SendConnector after = randomChange(before, version, onEdge, random);

        Organization organization = roundTripOrganization();
        organization.exchangeVersion = version;
        organization.localServer = onEdge ? QStringLiteral("EDGE01") : QStringLiteral("EX01");
        organization.mutableConnectorsFor(side)->append(before);
        ConnectorContext context;
        context.organization = &organization;
        context.version = version;
        context.edgeServer = side;
        context.originalName = before.name;
        if (hasErrors(ConnectorValidator::validate(after, context)))
            continue; // a change the rules refuse: the shell tests cover those
        ++run;

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(OrganizationFile::serialize(organization)) > 0);
        file.close();

        const QString line = CommandGenerator::setSendConnector(before, after, version, onEdge);
        const QString context2 = QStringLiteral("seed %1 (SCC_ROUND_TRIP_SEED=%1 replays it)\n%2\nbefore: %3\nafter: %4")
                                     .arg(seed)
                                     .arg(line, describeConnector(before), describeConnector(after));
        if (before == after) {
            QVERIFY2(line.isEmpty(), qPrintable(context2));
            continue;
        }
        QVERIFY2(!line.isEmpty(), qPrintable(context2));

        QString err;
        ShellOptions options;
        options.organizationPath = path;
        ShellIo io;
        io.err = [&err](const QString &text) { err += text; };
        io.readSecret = []() -> std::optional<QString> { return QStringLiteral("pa55word"); };
        ShellSession session(options, io);
        QVERIFY2(session.execute(line), qPrintable(context2 + QStringLiteral("\n") + err));

        const Parsed<Organization> saved = OrganizationStore(path).load();
        QVERIFY2(saved.ok(), qPrintable(context2 + QStringLiteral("\n") + describe(saved.problems)));
        const SendConnector *changed = saved.value->connector(after.name, side);
        QVERIFY2(changed, qPrintable(context2));
        QVERIFY2(*changed == after, qPrintable(context2 + QStringLiteral("\nsaved: ") + describeConnector(*changed)));
        QVERIFY2(!QString::fromUtf8(OrganizationFile::serialize(*saved.value)).contains(QLatin1String("pa55word")),
                 qPrintable(context2));
    }
    QVERIFY2(run >= Changes / 2, qPrintable(QStringLiteral("seed %1: only %2 valid changes").arg(seed).arg(run)));
}

QTEST_GUILESS_MAIN(TestCommandGenerator)
#include "tst_commandgenerator.moc"
