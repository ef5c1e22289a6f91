#include "support/ModelTestSupport.h"
#include "CmdletBinder.h"
#include "ConnectorRules.h"
#include "OrganizationStore.h"

#include <QTest>

#include <functional>
#include <optional>

using Exchange::Version;

// Checks CmdletBinder: PowerShell's parameter binding for New-, Get-, Set- and Remove-SendConnector.
class tst_CmdletBinder : public QObject
{
    Q_OBJECT

private slots:
    void matchParameter_data();
    void matchParameter();
    void parametersByVersion();
    void onEdge_data();
    void onEdge();
    void binds_data();
    void binds();
    void seedAgainstSample();
    void rejects_data();
    void rejects();
    void messages_data();
    void messages();
    void everyProblemAtOnce();
    void unexpectedArgumentHints_data();
    void unexpectedArgumentHints();
    void interactiveFlags_data();
    void interactiveFlags();
    void credential_data();
    void credential();
    void whatIf();
    void identity_data();
    void identity();
    void ambiguities_data();
    void ambiguities();
    void commonParameters_data();
    void commonParameters();
    void everyParameterOfTheTableBinds_data();
    void everyParameterOfTheTableBinds();
    void helpRequest_data();
    void helpRequest();
    void refusedCredentialIsNeverEchoed_data();
    void refusedCredentialIsNeverEchoed();
    void edgeSyncSmartHosts();
    void setBinds_data();
    void setBinds();
    void setRejects_data();
    void setRejects();
    void setCredential();
    void setSwitches();
    void testRoutingBinds_data();
    void testRoutingBinds();
    void testRoutingRejects_data();
    void testRoutingRejects();
    void testConnectivityBinds_data();
    void testConnectivityBinds();
    void testConnectivityRejects_data();
    void testConnectivityRejects();
    void organizationFileBinds_data();
    void organizationFileBinds();
};

using Change = std::function<void(SendConnector &)>;
Q_DECLARE_METATYPE(Change)

namespace {

// Contoso, small: two Hub Transport servers in two sites, an unsubscribed and a subscribed Edge.
Organization organization()
{
    Organization org;
    org.name = QStringLiteral("Contoso");
    org.localServer = QStringLiteral("EX01");
    org.sites = {AdSite{QStringLiteral("Seattle"), {}}, AdSite{QStringLiteral("Portland"), {}}};
    TransportServer ex01;
    ex01.name = QStringLiteral("EX01");
    ex01.site = QStringLiteral("Seattle");
    TransportServer ex02;
    ex02.name = QStringLiteral("EX02");
    ex02.site = QStringLiteral("Portland");
    TransportServer edge01;
    edge01.name = QStringLiteral("EDGE01");
    edge01.role = Exchange::ServerRole::EdgeTransport;
    TransportServer edge02;
    edge02.name = QStringLiteral("EDGE02");
    edge02.role = Exchange::ServerRole::EdgeTransport;
    edge02.site = QStringLiteral("Seattle");
    edge02.subscribed = true;
    org.servers = {ex01, ex02, edge01, edge02};
    return org;
}

const Organization &contoso()
{
    static const Organization org = organization();
    return org;
}

ShellContext context(Version version = Version::Sp12007, const QString &server = QStringLiteral("EX01"))
{
    ShellContext result;
    result.organization = &contoso();
    result.version = version;
    result.server = server;
    return result;
}

std::optional<ShellCommand> command(const QString &line)
{
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    if (!parsed.ok() || parsed.value->size() != 1 || parsed.value->first().commands.size() != 1)
        return std::nullopt;
    return parsed.value->first().commands.first();
}

using ModelTestSupport::codesOf;
using ModelTestSupport::describe;
using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;
using ModelTestSupport::Scope;
using ModelTestSupport::smtp;
using ModelTestSupport::space;

QStringList parametersOf(const Problems &problems)
{
    QStringList parameters;
    for (const Problem &problem : problems)
        parameters.append(problem.parameter);
    return parameters;
}

// Every field, for a readable failure message.
QString describe(const SendConnector &c)
{
    QStringList spaces;
    for (const AddressSpace &s : c.addressSpaces)
        spaces.append(s.toString());
    QStringList hosts;
    for (const SmartHost &h : c.smartHosts)
        hosts.append(h.host);
    return QStringLiteral("name=%1 usage=%2 spaces=%3 scoped=%4 dns=%5 hosts=%6 auth=%7 cred=%8 sources=%9 ")
               .arg(c.name, Exchange::toString(c.usage), spaces.join(QLatin1Char(',')))
               .arg(c.isScopedConnector)
               .arg(c.dnsRoutingEnabled)
               .arg(hosts.join(QLatin1Char(',')), Exchange::toString(c.smartHostAuthMechanism),
                    c.authenticationCredential ? c.authenticationCredential->userName : QStringLiteral("-"),
                    c.sourceTransportServers.join(QLatin1Char(',')))
        + QStringLiteral("extdns=%1 size=%2 port=%3 timeout=%4 enabled=%5 comment=[%6] fqdn=%7 helo=%8 ")
              .arg(c.useExternalDnsServersEnabled)
              .arg(c.maxMessageSize.toString())
              .arg(c.port)
              .arg(c.connectionInactivityTimeOut.toString())
              .arg(c.enabled)
              .arg(c.comment, c.fqdn)
              .arg(c.forceHelo)
        + QStringLiteral("ignoretls=%1 requiretls=%2 domainsecure=%3 logging=%4 sourceip=%5 linked=%6")
              .arg(c.ignoreStartTls)
              .arg(c.requireTls)
              .arg(c.domainSecureEnabled)
              .arg(Exchange::toString(c.protocolLoggingLevel), c.sourceIpAddress, c.linkedReceiveConnector);
}

} // namespace

void tst_CmdletBinder::matchParameter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QStringList>("matches");

    const QStringList real = CmdletBinder::newSendConnectorParameters(Version::Sp12007);
    const QStringList synthetic{QStringLiteral("Port"), QStringLiteral("PortRange"), QStringLiteral("Name")};
    QTest::newRow("exact") << QStringLiteral("Port") << synthetic << QStringList{QStringLiteral("Port")};
    QTest::newRow("exact wins over prefix, any case") << QStringLiteral("pORT") << synthetic
                                                      << QStringList{QStringLiteral("Port")};
    QTest::newRow("prefix of two") << QStringLiteral("Por") << synthetic
                                   << QStringList{QStringLiteral("Port"), QStringLiteral("PortRange")};
    QTest::newRow("longer prefix") << QStringLiteral("portr") << synthetic << QStringList{QStringLiteral("PortRange")};
    QTest::newRow("not a prefix") << QStringLiteral("Ports") << synthetic << QStringList();
    QTest::newRow("empty") << QString() << synthetic << QStringList();
    QTest::newRow("seed -AddressSpace") << QStringLiteral("AddressSpace") << real
                                        << QStringList{QStringLiteral("AddressSpaces")};
    QTest::newRow("-Dns") << QStringLiteral("Dns") << real << QStringList{QStringLiteral("DNSRoutingEnabled")};
    QTest::newRow("-Sm") << QStringLiteral("Sm") << real
                         << QStringList{QStringLiteral("SmartHosts"), QStringLiteral("SmartHostAuthMechanism")};
    QTest::newRow("-SmartHost") << QStringLiteral("SmartHost") << real
                                << QStringList{QStringLiteral("SmartHosts"), QStringLiteral("SmartHostAuthMechanism")};
    QTest::newRow("-SmartHosts") << QStringLiteral("smarthosts") << real << QStringList{QStringLiteral("SmartHosts")};
    QTest::newRow("-Inter") << QStringLiteral("Inter") << real
                            << QStringList{QStringLiteral("Internal"), QStringLiteral("Internet")};
}

void tst_CmdletBinder::matchParameter()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, parameters);
    QFETCH(QStringList, matches);
    QCOMPARE(CmdletBinder::matchParameter(typed, parameters), matches);
}

void tst_CmdletBinder::parametersByVersion()
{
    const QStringList rtm = CmdletBinder::newSendConnectorParameters(Version::Rtm2007);
    const QStringList sp1 = CmdletBinder::newSendConnectorParameters(Version::Sp12007);
    const QStringList sp1Only{QStringLiteral("IsScopedConnector"), QStringLiteral("Custom"), QStringLiteral("Internal"),
                              QStringLiteral("Internet"), QStringLiteral("Partner")};
    for (const QString &name : sp1Only) {
        QVERIFY2(sp1.contains(name), qPrintable(name));
        QVERIFY2(!rtm.contains(name), qPrintable(name));
    }
    QCOMPARE(sp1.size(), rtm.size() + sp1Only.size());
    // Every parameter of the table in docs/shell-language.md#new-sendconnector, in both versions.
    const QStringList table{"Name", "AddressSpaces", "Usage", "DNSRoutingEnabled", "SmartHosts",
                            "SmartHostAuthMechanism", "AuthenticationCredential", "SourceTransportServers",
                            "UseExternalDNSServersEnabled", "MaxMessageSize", "Port", "ConnectionInactivityTimeOut",
                            "Enabled", "Comment", "Fqdn", "ForceHELO", "IgnoreSTARTTLS", "RequireTLS",
                            "DomainSecureEnabled", "ProtocolLoggingLevel", "SourceIPAddress", "LinkedReceiveConnector",
                            "Force", "TemplateInstance", "DomainController", "WhatIf", "Confirm",
                            // PowerShell 1.0's common parameters
                            "Verbose", "Debug", "ErrorAction", "ErrorVariable", "OutVariable", "OutBuffer"};
    for (const QString &name : table) {
        QVERIFY2(rtm.contains(name), qPrintable(name));
        QVERIFY2(sp1.contains(name), qPrintable(name));
    }
    QCOMPARE(rtm.size(), table.size());
}

void tst_CmdletBinder::onEdge_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("onEdge");
    QTest::newRow("hub") << QStringLiteral("EX02") << false;
    QTest::newRow("edge") << QStringLiteral("EDGE01") << true;
    QTest::newRow("edge, any case") << QStringLiteral("edge01") << true;
    QTest::newRow("empty: the local server") << QString() << false;
    QTest::newRow("unknown") << QStringLiteral("NOPE") << false;
}

void tst_CmdletBinder::onEdge()
{
    QFETCH(QString, server);
    QFETCH(bool, onEdge);
    QCOMPARE(context(Version::Sp12007, server).onEdge(), onEdge);
    ShellContext none;
    QVERIFY(!none.onEdge());
}

void tst_CmdletBinder::binds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<Exchange::Usage>("usage"); // the defaults the expected connector starts from
    QTest::addColumn<Change>("change");         // what the command sets on top of them

    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    const QString ex01 = QStringLiteral("EX01");
    const QString edge = QStringLiteral("EDGE01");
    using Exchange::Usage;
    const auto name = [](SendConnector &c) { c.name = QStringLiteral("N"); };
    const auto contosoSpace = [](SendConnector &c) { c.addressSpaces = {smtp(QStringLiteral("contoso.com"))}; };
    const auto base = [=](SendConnector &c) {
        name(c);
        contosoSpace(c);
        c.sourceTransportServers = {QStringLiteral("EX01")};
    };
    const QString head = QStringLiteral("New-SendConnector -Name N -AddressSpaces contoso.com ");

    QTest::newRow("seed complete command")
        << QStringLiteral("New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace "
                          "\"*.contoso.com;5\",\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts "
                          "192.168.1.20 -MaxMessageSize 20MB")
        << sp1 << ex01 << Usage::Custom << Change([](SendConnector &c) {
               c.name = QStringLiteral("Subsidiary Send Connector");
               c.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)};
               c.dnsRoutingEnabled = false;
               c.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
               c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
               c.sourceTransportServers = {QStringLiteral("EX01")};
           });
    QTest::newRow("seed complete command, RTM")
        << QStringLiteral("New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace "
                          "\"*.contoso.com;5\",\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts "
                          "192.168.1.20 -MaxMessageSize 20MB")
        << rtm << ex01 << Usage::Custom << Change([](SendConnector &c) {
               c.name = QStringLiteral("Subsidiary Send Connector");
               c.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)};
               c.dnsRoutingEnabled = false;
               c.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
               c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
               c.sourceTransportServers = {QStringLiteral("EX01")};
           });
    QTest::newRow("console style")
        << QStringLiteral("new-SendConnector -Name 'O''Brien relay' -Usage 'Custom' -AddressSpaces 'SMTP:*.contoso.com;5' "
                          "-IsScopedConnector $false -DNSRoutingEnabled $false -SmartHosts '192.168.1.20' "
                          "-SmartHostAuthMechanism 'None' -UseExternalDNSServersEnabled $false -SourceTransportServers 'EX01'")
        << sp1 << ex01 << Usage::Custom << Change([](SendConnector &c) {
               c.name = QStringLiteral("O'Brien relay");
               c.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5)};
               c.dnsRoutingEnabled = false;
               c.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
               c.sourceTransportServers = {QStringLiteral("EX01")};
           });

    // Names, case, prefixes, colon syntax.
    QTest::newRow("positional name") << QStringLiteral("New-SendConnector N -AddressSpaces contoso.com") << sp1 << ex01
                                     << Usage::Custom << Change(base);
    QTest::newRow("lower-case names and prefixes")
        << QStringLiteral("new-sendconnector -n N -addr contoso.com -dns $false -smarthosts 10.0.0.1 -po 2525") << sp1
        << ex01 << Usage::Custom << Change([=](SendConnector &c) {
               base(c);
               c.dnsRoutingEnabled = false;
               c.smartHosts = {ipHost(QStringLiteral("10.0.0.1"))};
               c.port = 2525;
           });
    QTest::newRow("colon syntax") << QStringLiteral("New-SendConnector -Name:N -AddressSpaces:contoso.com -Port:0 "
                                                    "-Enabled:$false -MaxMessageSize:'1 KB'")
                                  << sp1 << ex01 << Usage::Custom << Change([=](SendConnector &c) {
                                         base(c);
                                         c.port = 0;
                                         c.enabled = false;
                                         c.maxMessageSize = ByteQuantity::fromBytes(1024);
                                     });
    QTest::newRow("name trimmed, comment kept") << QStringLiteral("New-SendConnector -Name '  N  ' -AddressSpaces "
                                                                  "contoso.com -Comment ' two  spaces '")
                                                << sp1 << ex01 << Usage::Custom << Change([=](SendConnector &c) {
                                                       base(c);
                                                       c.comment = QStringLiteral(" two  spaces ");
                                                   });
    QTest::newRow("double-quoted with doubled quote")
        << (head + QStringLiteral("-Comment \"say \"\"hi\"\"\"")) << sp1 << ex01 << Usage::Custom
        << Change([=](SendConnector &c) {
               base(c);
               c.comment = QStringLiteral("say \"hi\"");
           });
    QTest::newRow("comment $null") << (head + QStringLiteral("-Comment $null -Fqdn $null")) << sp1 << ex01
                                   << Usage::Custom << Change(base);

    // Lists.
    QTest::newRow("array of address spaces")
        << QStringLiteral("New-SendConnector N -AddressSpaces @('contoso.com', 'X400:c=us;a= ;p=Contoso;5', 'smtp:*;100')")
        << sp1 << ex01 << Usage::Custom << Change([=](SendConnector &c) {
               base(c);
               c.addressSpaces = {smtp(QStringLiteral("contoso.com")),
                                  space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=Contoso"), 5),
                                  smtp(QStringLiteral("*"), 100)};
           });
    QTest::newRow("smart hosts: list, duplicates dropped")
        << (head + QStringLiteral("-DNSRoutingEnabled $false -SmartHosts relay.contoso.com,192.168.1.20,RELAY.Contoso.com"))
        << sp1 << ex01 << Usage::Custom << Change([=](SendConnector &c) {
               base(c);
               c.dnsRoutingEnabled = false;
               c.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.com")), ipHost(QStringLiteral("192.168.1.20"))};
           });
    QTest::newRow("source servers as typed") << (head + QStringLiteral("-SourceTransportServers ex02,' EX01 '")) << sp1
                                             << ex01 << Usage::Custom << Change([=](SendConnector &c) {
                                                    base(c);
                                                    c.sourceTransportServers = {QStringLiteral("ex02"),
                                                                                QStringLiteral("EX01")};
                                                });
    QTest::newRow("smart hosts $null") << (head + QStringLiteral("-SmartHosts $null")) << sp1 << ex01 << Usage::Custom
                                       << Change(base);

    // Sizes, numbers, durations, enumerations.
    QTest::newRow("size with space") << (head + QStringLiteral("-MaxMessageSize '20 MB'")) << sp1 << ex01
                                     << Usage::Custom << Change([=](SendConnector &c) {
                                            base(c);
                                            c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
                                        });
    QTest::newRow("size unlimited") << (head + QStringLiteral("-MaxMessageSize Unlimited")) << sp1 << ex01
                                    << Usage::Custom << Change([=](SendConnector &c) {
                                           base(c);
                                           c.maxMessageSize = ByteQuantity::makeUnlimited();
                                       });
    QTest::newRow("size 1GB") << (head + QStringLiteral("-MaxMessageSize 1gb")) << sp1 << ex01 << Usage::Custom
                              << Change([=](SendConnector &c) {
                                     base(c);
                                     c.maxMessageSize = ByteQuantity::fromBytes(1024 * 1024 * 1024);
                                 });
    QTest::newRow("port 65535") << (head + QStringLiteral("-Port 65535")) << sp1 << ex01 << Usage::Custom
                                << Change([=](SendConnector &c) {
                                       base(c);
                                       c.port = 65535;
                                   });
    QTest::newRow("port with plus") << (head + QStringLiteral("-Port +587")) << sp1 << ex01 << Usage::Custom
                                    << Change([=](SendConnector &c) {
                                           base(c);
                                           c.port = 587;
                                       });
    QTest::newRow("every other parameter")
        << (head + QStringLiteral("-ConnectionInactivityTimeOut 1.00:00:00 -ProtocolLoggingLevel verbose -Fqdn "
                                  "' mail.contoso.com ' -ForceHELO $true -IgnoreSTARTTLS $true -RequireTLS $true "
                                  "-DomainSecureEnabled $true -UseExternalDNSServersEnabled $true "
                                  "-SmartHostAuthMechanism basicauthrequiretls -SourceIPAddress 10.0.0.5 "
                                  "-LinkedReceiveConnector 'EX01\\Default EX01' -Enabled $false"))
        << sp1 << ex01 << Usage::Custom << Change([=](SendConnector &c) {
               base(c);
               c.connectionInactivityTimeOut = TimeSpan::fromSeconds(24 * 3600);
               c.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose;
               c.fqdn = QStringLiteral("mail.contoso.com");
               c.forceHelo = true;
               c.ignoreStartTls = true;
               c.requireTls = true;
               c.domainSecureEnabled = true;
               c.useExternalDnsServersEnabled = true;
               c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS;
               c.sourceIpAddress = QStringLiteral("10.0.0.5");
               c.linkedReceiveConnector = QStringLiteral("EX01\\Default EX01");
               c.enabled = false;
           });

    // Usage: defaults first, explicit parameters on top.
    QTest::newRow("usage internal") << (head + QStringLiteral("-Usage internal -SmartHosts 10.0.0.1")) << sp1 << ex01
                                    << Usage::Internal << Change([=](SendConnector &c) {
                                           base(c);
                                           c.smartHosts = {ipHost(QStringLiteral("10.0.0.1"))};
                                       });
    QTest::newRow("usage internal, RTM") << (head + QStringLiteral("-Usage Internal -SmartHosts 10.0.0.1")) << rtm
                                         << ex01 << Usage::Internal << Change([=](SendConnector &c) {
                                                base(c);
                                                c.smartHosts = {ipHost(QStringLiteral("10.0.0.1"))};
                                            });
    QTest::newRow("partner switch, explicit override") << (head + QStringLiteral("-Partner -DomainSecureEnabled $false"))
                                                       << sp1 << ex01 << Usage::Partner << Change([=](SendConnector &c) {
                                                              base(c);
                                                              c.domainSecureEnabled = false;
                                                          });
    QTest::newRow("internet switch on an Edge") << (head + QStringLiteral("-Internet")) << sp1 << edge << Usage::Internet
                                                << Change([=](SendConnector &c) {
                                                       name(c);
                                                       contosoSpace(c);
                                                   });
    QTest::newRow("internet on a Hub") << (head + QStringLiteral("-Usage Internet")) << sp1 << ex01 << Usage::Internet
                                       << Change(base);
    QTest::newRow("switch set to $false gives no usage")
        << (head + QStringLiteral("-Internal:$false -Usage Partner -Custom:$false")) << sp1 << ex01 << Usage::Partner
        << Change(base);
    QTest::newRow("switch set to $true") << (head + QStringLiteral("-Internal:$true -SmartHosts 10.0.0.1")) << sp1
                                         << ex01 << Usage::Internal << Change([=](SendConnector &c) {
                                                base(c);
                                                c.smartHosts = {ipHost(QStringLiteral("10.0.0.1"))};
                                            });

    // Versions and sides.
    QTest::newRow("RTM Local: scope") << QStringLiteral("New-SendConnector N -AddressSpaces 'local:contoso.com;3'") << rtm
                                      << ex01 << Usage::Custom << Change([=](SendConnector &c) {
                                             base(c);
                                             c.addressSpaces = {smtp(QStringLiteral("contoso.com"), 3, Scope::Local)};
                                         });
    QTest::newRow("SP1 scoped connector") << (head + QStringLiteral("-IsScopedConnector $true")) << sp1 << ex01
                                          << Usage::Custom << Change([=](SendConnector &c) {
                                                 base(c);
                                                 c.isScopedConnector = true;
                                             });
    QTest::newRow("source server is the context's hub") << head << sp1 << QStringLiteral("ex02") << Usage::Custom
                                                        << Change([=](SendConnector &c) {
                                                               base(c);
                                                               c.sourceTransportServers = {QStringLiteral("EX02")};
                                                           });
    QTest::newRow("no server: the local one") << head << sp1 << QString() << Usage::Custom << Change(base);
    QTest::newRow("no source server on an Edge") << head << sp1 << edge << Usage::Custom << Change([=](SendConnector &c) {
        name(c);
        contosoSpace(c);
    });
    QTest::newRow("switches that change nothing") << (head + QStringLiteral("-Confirm:$false -WhatIf")) << sp1 << ex01
                                                  << Usage::Custom << Change(base);
}

void tst_CmdletBinder::binds()
{
    QFETCH(QString, line);
    QFETCH(Version, version);
    QFETCH(QString, server);
    QFETCH(Exchange::Usage, usage);
    QFETCH(Change, change);

    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const ShellContext where = context(version, server);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, where);
    QVERIFY2(request.problems.isEmpty(), qPrintable(describe(request.problems)));

    SendConnector expected = UsageRules::applyDefaults(SendConnector{}, usage, where.onEdge());
    change(expected);
    QVERIFY2(request.connector == expected,
             qPrintable(QStringLiteral("\n  actual:   ") + describe(request.connector) + QStringLiteral("\n  expected: ")
                        + describe(expected)));
    QVERIFY(request.nameGiven);
    QVERIFY(request.addressSpacesGiven);
}

// The complete command of docs/domain-rules.md#worked-example on the bundled sample
// organization's local Hub Transport server.
void tst_CmdletBinder::seedAgainstSample()
{
    const Organization sample = OrganizationStore::sampleOrganization();
    const TransportServer *local = sample.server(sample.localServer);
    QVERIFY(local);
    QVERIFY(local->isHub());
    ShellContext where;
    where.organization = &sample;
    where.version = sample.exchangeVersion;
    where.server = sample.localServer;

    const std::optional<ShellCommand> parsed =
        command(QStringLiteral("New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace "
                               "\"*.contoso.com;5\",\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts "
                               "192.168.1.20 -MaxMessageSize 20MB"));
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, where);
    QVERIFY2(request.problems.isEmpty(), qPrintable(describe(request.problems)));
    QVERIFY(!request.whatIf);
    QVERIFY(!request.credentialRequested);

    SendConnector expected;
    expected.name = QStringLiteral("Subsidiary Send Connector");
    expected.usage = Exchange::Usage::Custom;
    expected.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)};
    expected.dnsRoutingEnabled = false;
    expected.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
    expected.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    expected.sourceTransportServers = {local->name};
    QVERIFY2(request.connector == expected, qPrintable(describe(request.connector)));

    // And the model accepts it as it stands.
    ConnectorContext check;
    check.organization = &sample;
    check.version = sample.exchangeVersion;
    QVERIFY2(!hasErrors(ConnectorValidator::validate(request.connector, check)),
             qPrintable(describe(ConnectorValidator::validate(request.connector, check))));
}

void tst_CmdletBinder::rejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("parameters");

    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    const QString head = QStringLiteral("New-SendConnector -Name N -AddressSpaces contoso.com ");
    const auto row = [](const char *name, const QString &line, Version version, const QStringList &codes,
                        const QStringList &parameters) {
        QTest::newRow(name) << line << version << codes << parameters;
    };
    const auto one = [](const char *code) { return QStringList{QString::fromLatin1(code)}; };
    const auto param = [](const char *parameter) { return QStringList{QString::fromLatin1(parameter)}; };

    // Parameter names.
    row("ambiguous -Sm", head + QStringLiteral("-Sm 10.0.0.1"), sp1, one("Binding.AmbiguousParameter"), param("Sm"));
    row("ambiguous -SmartHost", head + QStringLiteral("-SmartHost 10.0.0.1"), sp1, one("Binding.AmbiguousParameter"),
        param("SmartHost"));
    row("ambiguous -Inter", head + QStringLiteral("-Inter"), sp1, one("Binding.AmbiguousParameter"), param("Inter"));
    row("ambiguous -Co", head + QStringLiteral("-Co x"), sp1, one("Binding.AmbiguousParameter"), param("Co"));
    row("unknown parameter, its value not reported", head + QStringLiteral("-Foo bar"), sp1,
        one("Binding.UnknownParameter"), param("Foo"));
    row("-Inter is unknown in RTM", head + QStringLiteral("-Inter"), rtm, one("Binding.UnknownParameter"), param("Inter"));
    row("RTM has no -IsScopedConnector", head + QStringLiteral("-IsScopedConnector $true"), rtm,
        one("Binding.UnknownParameter"), param("IsScopedConnector"));
    row("RTM has no -Custom", head + QStringLiteral("-Custom"), rtm, one("Binding.UnknownParameter"), param("Custom"));
    row("RTM: -Fo is ambiguous", head + QStringLiteral("-Fo"), rtm, one("Binding.AmbiguousParameter"), param("Fo"));
    row("duplicate", head + QStringLiteral("-Port 25 -Port 26"), sp1, one("Binding.DuplicateParameter"), param("Port"));
    row("duplicate through a prefix", head + QStringLiteral("-Port 25 -po:26"), sp1, one("Binding.DuplicateParameter"),
        param("Port"));
    row("duplicate name", head + QStringLiteral("-name M"), sp1, one("Binding.DuplicateParameter"), param("Name"));
    row("duplicate switch", head + QStringLiteral("-WhatIf -WhatIf"), sp1, one("Binding.DuplicateParameter"),
        param("WhatIf"));
    row("second positional", head + QStringLiteral("extra"), sp1, one("Binding.UnexpectedArgument"), {QString()});
    row("missing value at the end", head + QStringLiteral("-Port"), sp1, one("Binding.MissingValue"), param("Port"));
    row("missing value before a parameter", head + QStringLiteral("-DNSRoutingEnabled -Port 25"), sp1,
        one("Binding.MissingValue"), param("DNSRoutingEnabled"));

    // Values.
    row("port 70000", head + QStringLiteral("-Port 70000"), sp1, one("Binding.InvalidValue"), param("Port"));
    row("port -1", head + QStringLiteral("-Port -1"), sp1, one("Binding.InvalidValue"), param("Port"));
    row("port huge", head + QStringLiteral("-Port 99999999999999999999999"), sp1, one("Binding.InvalidValue"),
        param("Port"));
    row("port 4294967321 does not wrap to 25", head + QStringLiteral("-Port 4294967321"), sp1,
        one("Binding.InvalidValue"), param("Port"));
    row("port text", head + QStringLiteral("-Port smtp"), sp1, one("Binding.InvalidValue"), param("Port"));
    row("port decimal", head + QStringLiteral("-Port 25.5"), sp1, one("Binding.InvalidValue"), param("Port"));
    row("port boolean", head + QStringLiteral("-Port $true"), sp1, one("Binding.WrongType"), param("Port"));
    row("port list", head + QStringLiteral("-Port 25,26"), sp1, one("Binding.WrongType"), param("Port"));
    row("size 3GB too large", head + QStringLiteral("-MaxMessageSize 3GB"), sp1, one("ByteQuantity.TooLarge"),
        param("MaxMessageSize"));
    row("size unit unknown", head + QStringLiteral("-MaxMessageSize '20 XB'"), sp1, one("ByteQuantity.Invalid"),
        param("MaxMessageSize"));
    row("size negative", head + QStringLiteral("-MaxMessageSize -5MB"), sp1, one("ByteQuantity.Negative"),
        param("MaxMessageSize"));
    row("unquoted '20 MB' leaves MB over", head + QStringLiteral("-MaxMessageSize 20 MB"), sp1,
        one("Binding.UnexpectedArgument"), {QString()});
    row("bare true", head + QStringLiteral("-Enabled true"), sp1, one("Binding.WrongType"), param("Enabled"));
    row("quoted $false", head + QStringLiteral("-DNSRoutingEnabled '$false'"), sp1, one("Binding.WrongType"),
        param("DNSRoutingEnabled"));
    row("boolean as a number", head + QStringLiteral("-RequireTLS 1"), sp1, one("Binding.WrongType"),
        param("RequireTLS"));
    row("boolean $null", head + QStringLiteral("-Enabled $null"), sp1, one("Binding.WrongType"), param("Enabled"));
    row("switch with text", head + QStringLiteral("-WhatIf:yes"), sp1, one("Binding.WrongType"), param("WhatIf"));
    row("usage unknown", head + QStringLiteral("-Usage Foo"), sp1, one("Binding.InvalidValue"), param("Usage"));
    row("usage list", head + QStringLiteral("-Usage Custom,Partner"), sp1, one("Binding.WrongType"), param("Usage"));
    row("auth mechanism unknown", head + QStringLiteral("-SmartHostAuthMechanism Kerberos"), sp1,
        one("Binding.InvalidValue"), param("SmartHostAuthMechanism"));
    row("logging level unknown", head + QStringLiteral("-ProtocolLoggingLevel Full"), sp1, one("Binding.InvalidValue"),
        param("ProtocolLoggingLevel"));
    row("timeout not a duration", head + QStringLiteral("-ConnectionInactivityTimeOut 600"), sp1,
        one("TimeSpan.Invalid"), param("ConnectionInactivityTimeOut"));
    row("credential as text", head + QStringLiteral("-AuthenticationCredential 'CONTOSO\\relay'"), sp1,
        one("Binding.WrongType"), param("AuthenticationCredential"));
    row("credential as $null", head + QStringLiteral("-AuthenticationCredential $null"), sp1, one("Binding.WrongType"),
        param("AuthenticationCredential"));
    row("name as a list", QStringLiteral("New-SendConnector -Name a,b -AddressSpaces contoso.com"), sp1,
        one("Binding.WrongType"), param("Name"));
    row("name as a boolean", QStringLiteral("New-SendConnector $true -AddressSpaces contoso.com"), sp1,
        one("Binding.WrongType"), param("Name"));
    row("name $null", QStringLiteral("New-SendConnector -Name $null -AddressSpaces contoso.com"), sp1,
        one("Binding.WrongType"), param("Name"));
    row("source IP $null", head + QStringLiteral("-SourceIPAddress $null"), sp1, one("Binding.WrongType"),
        param("SourceIPAddress"));
    row("fqdn boolean", head + QStringLiteral("-Fqdn $true"), sp1, one("Binding.WrongType"), param("Fqdn"));

    // Lists.
    row("SP1 rejects Local:", QStringLiteral("New-SendConnector N -AddressSpaces Local:contoso.com"), sp1,
        one("AddressSpace.LocalScopeNotInSp1"), param("AddressSpaces"));
    row("wildcard inside", QStringLiteral("New-SendConnector N -AddressSpaces 'contoso.com','*contoso.com'"), sp1,
        one("AddressSpace.WildcardNotLeading"), param("AddressSpaces"));
    row("two bad entries", QStringLiteral("New-SendConnector N -AddressSpaces 'contoso.com;200','*contoso.com'"), sp1,
        QStringList{QStringLiteral("AddressSpace.CostOutOfRange"), QStringLiteral("AddressSpace.WildcardNotLeading")},
        QStringList{QStringLiteral("AddressSpaces"), QStringLiteral("AddressSpaces")});
    row("quoted comma is one entry", head + QStringLiteral("-SmartHosts 'relay.contoso.com,10.0.0.1'"), sp1,
        one("SmartHost.InvalidFqdn"), param("SmartHosts"));
    row("smart host with port", head + QStringLiteral("-SmartHosts 10.0.0.1:25"), sp1, one("SmartHost.HasPort"),
        param("SmartHosts"));
    row("RTM has no IPv6 smart hosts", head + QStringLiteral("-SmartHosts 2001:db8::1"), rtm,
        one("SmartHost.Ipv6NotInRtm"), param("SmartHosts"));
    row("boolean in an address space list", QStringLiteral("New-SendConnector N -AddressSpaces @('a.com', $true)"), sp1,
        one("Binding.WrongType"), param("AddressSpaces"));
    row("nested array", QStringLiteral("New-SendConnector N -AddressSpaces @(@('a.com'), 'b.com')"), sp1,
        one("Binding.WrongType"), param("AddressSpaces"));
    row("address spaces as a boolean", QStringLiteral("New-SendConnector N -AddressSpaces $false"), sp1,
        one("Binding.WrongType"), param("AddressSpaces"));
    row("source servers credential", head + QStringLiteral("-SourceTransportServers (Get-Credential)"), sp1,
        one("Binding.WrongType"), param("SourceTransportServers"));

    // Usage.
    row("usage and switch", head + QStringLiteral("-Usage Internal -Partner"), sp1, one("Binding.ConflictingUsage"),
        param("Usage"));
    row("two switches", head + QStringLiteral("-Internal -Internet"), sp1, one("Binding.ConflictingUsage"),
        param("Usage"));
    row("same usage twice", head + QStringLiteral("-Usage Custom -Custom"), sp1, one("Binding.ConflictingUsage"),
        param("Usage"));
}

void tst_CmdletBinder::rejects()
{
    QFETCH(QString, line);
    QFETCH(Version, version);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, parameters);

    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, context(version));
    QCOMPARE(codesOf(request.problems), codes);
    QCOMPARE(parametersOf(request.problems), parameters);
    QVERIFY(hasErrors(request.problems));
    for (const Problem &problem : request.problems)
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.code));
}

void tst_CmdletBinder::messages_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("message"); // the whole message, or the parts it must contain, separated by '|'

    const QString head = QStringLiteral("New-SendConnector -Name N -AddressSpaces contoso.com ");
    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    QTest::newRow("port") << (head + QStringLiteral("-Port 70000")) << sp1
                          << QStringLiteral("Cannot bind parameter 'Port': '70000' is not a valid port. Give a "
                                            "whole number from 0 to 65535.");
    QTest::newRow("ambiguous lists the candidates") << (head + QStringLiteral("-Sm x")) << sp1
                                                    << QStringLiteral("-Sm|-SmartHosts, -SmartHostAuthMechanism");
    QTest::newRow("bare true says $true") << (head + QStringLiteral("-Enabled true")) << sp1
                                          << QStringLiteral("'Enabled'|'true'|$true");
    QTest::newRow("bare false says $false") << (head + QStringLiteral("-Enabled False")) << sp1
                                            << QStringLiteral("'Enabled'|'False'|$false");
    QTest::newRow("usage lists valid values") << (head + QStringLiteral("-Usage Foo")) << sp1
                                              << QStringLiteral("'Usage'|'Foo'|Custom, Internal, Internet, Partner");
    QTest::newRow("credential says Get-Credential") << (head + QStringLiteral("-AuthenticationCredential relay")) << sp1
                                                    << QStringLiteral("'AuthenticationCredential'|(Get-Credential)");
    QTest::newRow("RTM scoped points to Local:") << (head + QStringLiteral("-IsScopedConnector $true")) << rtm
                                                 << QStringLiteral("2007 RTM|-IsScopedConnector|Local:");
    QTest::newRow("RTM switch points to -Usage") << (head + QStringLiteral("-Partner")) << rtm
                                                 << QStringLiteral("2007 RTM|-Usage Partner");
    QTest::newRow("unknown lists the parameters") << (head + QStringLiteral("-Foo 1")) << sp1
                                                  << QStringLiteral("-Foo|AddressSpaces|SmartHostAuthMechanism");
    QTest::newRow("size names value") << (head + QStringLiteral("-MaxMessageSize 3GB")) << sp1
                                      << QStringLiteral("'MaxMessageSize'|'3GB'|unlimited");
    QTest::newRow("address space names entry") << QStringLiteral("New-SendConnector N -AddressSpaces 'a.com;0'") << sp1
                                               << QStringLiteral("'AddressSpaces'|'a.com;0'|100");
    QTest::newRow("missing value says what to give") << (head + QStringLiteral("-Port")) << sp1
                                                     << QStringLiteral("'Port'|0 to 65535");
    QTest::newRow("conflicting usage names both") << (head + QStringLiteral("-Usage Internal -Partner")) << sp1
                                                  << QStringLiteral("-Usage Internal|-Partner");
    QTest::newRow("unexpected argument names it") << (head + QStringLiteral("extra")) << sp1
                                                  << QStringLiteral("'extra'|Name");
    QTest::newRow("wrong type names the list") << (head + QStringLiteral("-Port 25,26")) << sp1
                                               << QStringLiteral("'Port'|@(25, 26)|2 value(s)|0 to 65535");
}

void tst_CmdletBinder::messages()
{
    QFETCH(QString, line);
    QFETCH(Version, version);
    QFETCH(QString, message);

    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, context(version));
    QCOMPARE(request.problems.size(), 1);
    const QString actual = request.problems.first().message;
    if (!message.contains(QLatin1Char('|'))) {
        QCOMPARE(actual, message);
        return;
    }
    for (const QString &part : message.split(QLatin1Char('|')))
        QVERIFY2(actual.contains(part), qPrintable(part + QStringLiteral(" not in: ") + actual));
}

void tst_CmdletBinder::everyProblemAtOnce()
{
    const std::optional<ShellCommand> parsed =
        command(QStringLiteral("New-SendConnector -Name N -AddressSpaces '*contoso.com' -Port 70000 -MaxMessageSize 3GB "
                               "-Enabled true -Foo x -Sm y -Usage Internal -Partner -Port 1 stray"));
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, context());
    QStringList codes = codesOf(request.problems);
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("AddressSpace.WildcardNotLeading"),
                                 QStringLiteral("Binding.AmbiguousParameter"), QStringLiteral("Binding.ConflictingUsage"),
                                 QStringLiteral("Binding.DuplicateParameter"), QStringLiteral("Binding.InvalidValue"),
                                 QStringLiteral("Binding.UnexpectedArgument"), QStringLiteral("Binding.UnknownParameter"),
                                 QStringLiteral("Binding.WrongType"), QStringLiteral("ByteQuantity.TooLarge")}));
    // What was valid is still bound.
    QCOMPARE(request.connector.name, QStringLiteral("N"));
    QVERIFY(request.connector.addressSpaces.isEmpty());
}

void tst_CmdletBinder::unexpectedArgumentHints_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("messages"); // one per problem, in order; each the whole text

    const QString sizeStart = QStringLiteral("New-SendConnector does not take the value 'MB' here: only the Name may be "
                                             "given without a parameter name, and it was already given. ");
    QTest::newRow("unquoted size") << QStringLiteral("New-SendConnector -Name N -AddressSpaces a.com -MaxMessageSize 20 MB")
                                   << QStringList{sizeStart + QStringLiteral("If it belongs to the value of -MaxMessageSize, "
                                                                             "put the whole value in quotes: "
                                                                             "-MaxMessageSize '20 MB'.")};
    const auto nameHint = [](const char *value) {
        return QStringLiteral("New-SendConnector does not take the value '%1' here: only the Name may be given without a "
                              "parameter name, and it was already given. If it belongs to the value of -Name, put the "
                              "whole value in quotes: -Name 'Subsidiary Send Connector'.")
            .arg(QLatin1String(value));
    };
    QTest::newRow("unquoted name") << QStringLiteral("New-SendConnector -Name Subsidiary Send Connector -AddressSpaces a.com")
                                   << QStringList{nameHint("Send"), nameHint("Connector")};
    QTest::newRow("unquoted positional name")
        << QStringLiteral("New-SendConnector -AddressSpaces a.com Subsidiary Send Connector")
        << QStringList{nameHint("Send"), nameHint("Connector")};
    QTest::newRow("list without commas")
        << QStringLiteral("New-SendConnector N -AddressSpaces a.com b.com")
        << QStringList{QStringLiteral("New-SendConnector does not take the value 'b.com' here: only the Name may be given "
                                      "without a parameter name, and it was already given. If it is another entry of "
                                      "-AddressSpaces, separate the entries with commas: -AddressSpaces 'a.com','b.com'.")};
    QTest::newRow("switch given a value after a space")
        << QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm $false")
        << QStringList{QStringLiteral("Remove-SendConnector does not take the value '$false' here: only the Identity may "
                                      "be given without a parameter name, and it was already given. -Confirm is a switch "
                                      "and takes no value after a space: write -Confirm:$false.")};
    QTest::newRow("after $null, no guess")
        << QStringLiteral("New-SendConnector -Name N -AddressSpaces a.com -Comment $null stray")
        << QStringList{QStringLiteral("New-SendConnector does not take the value 'stray' here: only the Name may be given "
                                      "without a parameter name, and it was already given. Write the name of the "
                                      "parameter it is meant for before it, and put a value that contains spaces in "
                                      "quotes.")};
    QTest::newRow("unquoted identity")
        << QStringLiteral("Get-SendConnector Contoso to")
        << QStringList{QStringLiteral("Get-SendConnector does not take the value 'to' here: only the Identity may be "
                                      "given without a parameter name, and it was already given. If it belongs to the "
                                      "value of -Identity, put the whole value in quotes: -Identity 'Contoso to'.")};
}

// An unexpected value says what was most likely meant: the rest of an unquoted value, another
// entry of a list, or a switch's value that needs a colon.
void tst_CmdletBinder::unexpectedArgumentHints()
{
    QFETCH(QString, line);
    QFETCH(QStringList, messages);

    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    Problems problems;
    if (parsed->name == QLatin1String("Remove-SendConnector"))
        problems = CmdletBinder::bindRemoveSendConnector(*parsed, context()).problems;
    else if (parsed->name == QLatin1String("Get-SendConnector"))
        problems = CmdletBinder::bindGetSendConnector(*parsed, context()).problems;
    else
        problems = CmdletBinder::bindNewSendConnector(*parsed, context()).problems;
    QStringList actual;
    for (const Problem &problem : problems) {
        QCOMPARE(problem.code, QStringLiteral("Binding.UnexpectedArgument"));
        actual.append(problem.message);
    }
    QCOMPARE(actual, messages);
}

void tst_CmdletBinder::interactiveFlags_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("nameGiven");
    QTest::addColumn<bool>("addressSpacesGiven");

    QTest::newRow("interactive") << QStringLiteral("New-SendConnector") << false << false;
    QTest::newRow("only name") << QStringLiteral("New-SendConnector N") << true << false;
    QTest::newRow("only address spaces") << QStringLiteral("New-SendConnector -AddressSpace contoso.com") << false << true;
    QTest::newRow("empty array still given") << QStringLiteral("New-SendConnector N -AddressSpaces @()") << true << true;
}

void tst_CmdletBinder::interactiveFlags()
{
    QFETCH(QString, line);
    QFETCH(bool, nameGiven);
    QFETCH(bool, addressSpacesGiven);
    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, context());
    QVERIFY2(request.problems.isEmpty(), qPrintable(describe(request.problems)));
    QCOMPARE(request.nameGiven, nameGiven);
    QCOMPARE(request.addressSpacesGiven, addressSpacesGiven);
    // Interactive mode still starts from the defaults, with the local Hub as source server.
    QCOMPARE(Exchange::toString(request.connector.usage), QStringLiteral("Custom"));
    QCOMPARE(request.connector.sourceTransportServers, QStringList{QStringLiteral("EX01")});
}

void tst_CmdletBinder::credential_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("userName");

    QTest::newRow("no user") << QStringLiteral("(Get-Credential)") << QString();
    QTest::newRow("user") << QStringLiteral("(Get-Credential 'CONTOSO\\relay')") << QStringLiteral("CONTOSO\\relay");
    QTest::newRow("-Credential user") << QStringLiteral("(get-credential -Credential relay)") << QStringLiteral("relay");
    QTest::newRow("colon syntax") << QStringLiteral(":(Get-Credential relay)") << QStringLiteral("relay");
}

void tst_CmdletBinder::credential()
{
    QFETCH(QString, argument);
    QFETCH(QString, userName);
    const QString separator = argument.startsWith(QLatin1Char(':')) ? QString() : QStringLiteral(" ");
    const std::optional<ShellCommand> parsed =
        command(QStringLiteral("New-SendConnector N -AddressSpaces contoso.com -DNSRoutingEnabled $false -SmartHosts "
                               "10.0.0.1 -SmartHostAuthMechanism BasicAuth -AuthenticationCredential")
                + separator + argument);
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, context());
    QVERIFY2(request.problems.isEmpty(), qPrintable(describe(request.problems)));
    QVERIFY(request.credentialRequested);
    QCOMPARE(request.credentialUserName, userName);
    QCOMPARE(Exchange::toString(request.connector.smartHostAuthMechanism), QStringLiteral("BasicAuth"));
    if (userName.isEmpty())
        QVERIFY(!request.connector.authenticationCredential);
    else
        QCOMPARE(request.connector.authenticationCredential.value_or(AuthenticationCredential{}).userName, userName);
}

void tst_CmdletBinder::whatIf()
{
    const std::optional<ShellCommand> with = command(QStringLiteral("New-SendConnector N -AddressSpaces a.com -WhatIf"));
    const std::optional<ShellCommand> off = command(QStringLiteral("New-SendConnector N -AddressSpaces a.com -WhatIf:$false"));
    const std::optional<ShellCommand> without = command(QStringLiteral("New-SendConnector N -AddressSpaces a.com"));
    QVERIFY(with && off && without);
    QVERIFY(CmdletBinder::bindNewSendConnector(*with, context()).whatIf);
    QVERIFY(!CmdletBinder::bindNewSendConnector(*off, context()).whatIf);
    QVERIFY(!CmdletBinder::bindNewSendConnector(*without, context()).whatIf);
}

void tst_CmdletBinder::identity_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<bool>("whatIf");
    QTest::addColumn<QStringList>("codes");

    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    const QStringList none;
    const auto one = [](const char *code) { return QStringList{QString::fromLatin1(code)}; };

    QTest::newRow("get all") << QStringLiteral("Get-SendConnector") << sp1 << QString() << true << false << none;
    QTest::newRow("get positional") << QStringLiteral("Get-SendConnector 'Contoso to Internet'") << sp1
                                    << QStringLiteral("Contoso to Internet") << true << false << none;
    QTest::newRow("get -Identity") << QStringLiteral("get-sendconnector -identity:' Contoso to Internet '") << sp1
                                   << QStringLiteral("Contoso to Internet") << true << false << none;
    QTest::newRow("get -Id prefix") << QStringLiteral("Get-SendConnector -Id x") << rtm << QStringLiteral("x") << true
                                    << false << none;
    QTest::newRow("get two names") << QStringLiteral("Get-SendConnector a b") << sp1 << QStringLiteral("a") << true
                                   << false << one("Binding.UnexpectedArgument");
    QTest::newRow("get unknown parameter") << QStringLiteral("Get-SendConnector -Server EX01") << sp1 << QString()
                                           << true << false << one("Binding.UnknownParameter");
    QTest::newRow("get empty name") << QStringLiteral("Get-SendConnector ''") << sp1 << QString() << true << false
                                    << one("Binding.InvalidValue");
    QTest::newRow("get list") << QStringLiteral("Get-SendConnector a,b") << sp1 << QString() << true << false
                              << one("Binding.WrongType");
    QTest::newRow("remove") << QStringLiteral("Remove-SendConnector x") << sp1 << QStringLiteral("x") << true << false
                            << none;
    QTest::newRow("remove without confirmation") << QStringLiteral("Remove-SendConnector -Identity x -Confirm:$false")
                                                 << sp1 << QStringLiteral("x") << false << false << none;
    QTest::newRow("remove -Confirm") << QStringLiteral("Remove-SendConnector x -Confirm") << sp1 << QStringLiteral("x")
                                     << true << false << none;
    QTest::newRow("remove -WhatIf") << QStringLiteral("Remove-SendConnector x -WhatIf") << sp1 << QStringLiteral("x")
                                    << true << true << none;
    QTest::newRow("remove -WhatIf in RTM") << QStringLiteral("Remove-SendConnector x -wh") << rtm << QStringLiteral("x")
                                           << true << true << none;
    QTest::newRow("remove without identity") << QStringLiteral("Remove-SendConnector -Confirm:$false") << sp1
                                             << QString() << false << false << one("Binding.MissingValue");
    QTest::newRow("remove -Identity without value") << QStringLiteral("Remove-SendConnector -Identity") << sp1
                                                    << QString() << true << false << one("Binding.MissingValue");
    QTest::newRow("remove -Confirm with text") << QStringLiteral("Remove-SendConnector x -Confirm:no") << sp1
                                               << QStringLiteral("x") << true << false << one("Binding.WrongType");
    QTest::newRow("remove -C is -Confirm") << QStringLiteral("Remove-SendConnector x -C:$false") << sp1
                                                           << QStringLiteral("x") << false << false << none;
}

void tst_CmdletBinder::identity()
{
    QFETCH(QString, line);
    QFETCH(Version, version);
    QFETCH(QString, identity);
    QFETCH(bool, confirm);
    QFETCH(bool, whatIf);
    QFETCH(QStringList, codes);

    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const IdentityRequest request = line.startsWith(QLatin1String("Remove"))
        ? CmdletBinder::bindRemoveSendConnector(*parsed, context(version))
        : CmdletBinder::bindGetSendConnector(*parsed, context(version));
    QCOMPARE(codesOf(request.problems), codes);
    QCOMPARE(request.identity, identity);
    QCOMPARE(request.confirm, confirm);
    QCOMPARE(request.whatIf, whatIf);
}

namespace {

// What binding a line gives, whichever cmdlet it calls.
struct Binding
{
    Problems problems;
    CommonParameters common;
    bool helpRequested = false;
};

Binding bindLine(const QString &line, Version version)
{
    const std::optional<ShellCommand> parsed = command(line);
    if (!parsed)
        return {{Problem::error(QStringLiteral("Test.Unparsed"), QString(), line)}, {}, false};
    if (line.startsWith(QLatin1String("New"), Qt::CaseInsensitive)) {
        const NewSendConnectorRequest r = CmdletBinder::bindNewSendConnector(*parsed, context(version));
        return {r.problems, r.common, r.helpRequested};
    }
    if (line.startsWith(QLatin1String("Set"), Qt::CaseInsensitive)) {
        const SetSendConnectorRequest r = CmdletBinder::bindSetSendConnector(*parsed, context(version));
        return {r.problems, r.common, r.helpRequested};
    }
    if (line.startsWith(QLatin1String("Export-Organization"), Qt::CaseInsensitive)) {
        const OrganizationFileRequest r = CmdletBinder::bindExportOrganization(*parsed, context(version));
        return {r.problems, r.common, r.helpRequested};
    }
    if (line.startsWith(QLatin1String("Import-Organization"), Qt::CaseInsensitive)) {
        const OrganizationFileRequest r = CmdletBinder::bindImportOrganization(*parsed, context(version));
        return {r.problems, r.common, r.helpRequested};
    }
    if (line.startsWith(QLatin1String("Test-SendConnector "), Qt::CaseInsensitive)) {
        const TestConnectivityRequest r = CmdletBinder::bindTestSendConnector(*parsed, context(version));
        return {r.problems, r.common, r.helpRequested};
    }
    if (line.startsWith(QLatin1String("Test"), Qt::CaseInsensitive)) {
        const TestRoutingRequest r = CmdletBinder::bindTestSendConnectorRouting(*parsed, context(version));
        return {r.problems, r.common, r.helpRequested};
    }
    const IdentityRequest r = line.startsWith(QLatin1String("Remove"), Qt::CaseInsensitive)
        ? CmdletBinder::bindRemoveSendConnector(*parsed, context(version))
        : CmdletBinder::bindGetSendConnector(*parsed, context(version));
    return {r.problems, r.common, r.helpRequested};
}

} // namespace

// A prefix that fits several parameters (common ones included) is an error naming each of them,
// in the table's order, never a silent choice.
void tst_CmdletBinder::ambiguities_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QStringList>("candidates");

    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    const QString head = QStringLiteral("New-SendConnector -Name N -AddressSpaces contoso.com ");
    QTest::newRow("-Fo") << head + QStringLiteral("-Fo") << sp1 << QStringList{"ForceHELO", "Force"};
    QTest::newRow("-Fo in RTM") << head + QStringLiteral("-fo $true") << rtm << QStringList{"ForceHELO", "Force"};
    QTest::newRow("-Forc") << head + QStringLiteral("-Forc") << sp1 << QStringList{"ForceHELO", "Force"};
    QTest::newRow("-F") << head + QStringLiteral("-F x") << sp1 << QStringList{"Fqdn", "ForceHELO", "Force"};
    QTest::newRow("-Domain") << head + QStringLiteral("-Domain dc01") << sp1
                             << QStringList{"DomainSecureEnabled", "DomainController"};
    QTest::newRow("-Do") << head + QStringLiteral("-Do x") << rtm
                         << QStringList{"DomainSecureEnabled", "DomainController"};
    QTest::newRow("-D") << head + QStringLiteral("-D x") << sp1
                        << QStringList{"DNSRoutingEnabled", "DomainSecureEnabled", "DomainController", "Debug"};
    QTest::newRow("-E") << head + QStringLiteral("-E $true") << sp1
                        << QStringList{"Enabled", "ErrorAction", "ErrorVariable"};
    QTest::newRow("-Error") << head + QStringLiteral("-Error Stop") << sp1 << QStringList{"ErrorAction", "ErrorVariable"};
    QTest::newRow("-O") << head + QStringLiteral("-O x") << sp1 << QStringList{"OutVariable", "OutBuffer"};
    QTest::newRow("-Out") << head + QStringLiteral("-Out x") << rtm << QStringList{"OutVariable", "OutBuffer"};
    QTest::newRow("-C in RTM") << head + QStringLiteral("-C x") << rtm
                               << QStringList{"ConnectionInactivityTimeOut", "Comment", "Confirm"};
    QTest::newRow("-Con") << head + QStringLiteral("-Con x") << sp1
                          << QStringList{"ConnectionInactivityTimeOut", "Confirm"};
    QTest::newRow("-I") << head + QStringLiteral("-I x") << sp1
                        << QStringList{"IsScopedConnector", "IgnoreSTARTTLS", "Internal", "Internet"};
    QTest::newRow("-I in RTM") << head + QStringLiteral("-I x") << rtm << QStringList{"IgnoreSTARTTLS"}.mid(0, 0);
    QTest::newRow("-S") << head + QStringLiteral("-S x") << sp1
                        << QStringList{"SmartHosts", "SmartHostAuthMechanism", "SourceTransportServers",
                                       "SourceIPAddress"};
    QTest::newRow("-V") << head + QStringLiteral("-V") << sp1 << QStringList{}; // only -Verbose
    QTest::newRow("Get -D") << QStringLiteral("Get-SendConnector -D x") << sp1
                            << QStringList{"DomainController", "Debug"};
    QTest::newRow("Get -E") << QStringLiteral("Get-SendConnector -E Stop") << sp1
                            << QStringList{"ErrorAction", "ErrorVariable"};
    QTest::newRow("Get -O") << QStringLiteral("Get-SendConnector -O x") << rtm
                            << QStringList{"OutVariable", "OutBuffer"};
    QTest::newRow("Remove -D") << QStringLiteral("Remove-SendConnector x -D y") << sp1
                               << QStringList{"DomainController", "Debug"};
    QTest::newRow("Remove -E") << QStringLiteral("Remove-SendConnector x -E Stop") << rtm
                               << QStringList{"ErrorAction", "ErrorVariable"};
    QTest::newRow("Remove -O") << QStringLiteral("Remove-SendConnector x -O 1") << sp1
                               << QStringList{"OutVariable", "OutBuffer"};
}

void tst_CmdletBinder::ambiguities()
{
    QFETCH(QString, line);
    QFETCH(Version, version);
    QFETCH(QStringList, candidates);

    const Binding binding = bindLine(line, version);
    if (candidates.size() < 2) {
        // Not ambiguous: one parameter (or none in the version) answers.
        QVERIFY2(!containsCode(binding.problems, QStringLiteral("Binding.AmbiguousParameter")),
                 qPrintable(describe(binding.problems)));
        return;
    }
    QCOMPARE(codesOf(binding.problems), QStringList{QStringLiteral("Binding.AmbiguousParameter")});
    const QString message = binding.problems.first().message;
    QStringList dashed;
    for (const QString &candidate : candidates)
        dashed.append(QLatin1Char('-') + candidate);
    QVERIFY2(message.contains(QStringLiteral("it matches ") + dashed.join(QLatin1String(", ")) + QLatin1Char('.')),
             qPrintable(message));
}

// PowerShell 1.0's common parameters, their aliases (typed in full only) and the parameters
// that have no effect without Active Directory.
void tst_CmdletBinder::commonParameters_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("errorAction");
    QTest::addColumn<bool>("verbose");
    QTest::addColumn<bool>("debug");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("parameters");

    const QStringList none;
    const QString cont = QStringLiteral("Continue");
    const QString stop = QStringLiteral("Stop");
    const QString silently = QStringLiteral("SilentlyContinue");
    const auto one = [](const char *text) { return QStringList{QString::fromLatin1(text)}; };
    const auto row = [](const char *name, const char *arguments, const QString &errorAction, bool verbose, bool debug,
                        const QStringList &codes, const QStringList &parameters) {
        QTest::newRow(name) << QString::fromLatin1(arguments) << errorAction << verbose << debug << codes << parameters;
    };

    row("nothing", "", cont, false, false, none, none);
    row("-Verbose", "-Verbose", cont, true, false, none, none);
    row("-vb", "-vb", cont, true, false, none, none);
    row("-VB any case", "-VB", cont, true, false, none, none);
    row("-Verb prefix", "-Verb", cont, true, false, none, none);
    row("-Verbose:$false", "-Verbose:$false", cont, false, false, none, none);
    row("-Debug", "-Debug", cont, false, true, none, none);
    row("-db", "-db", cont, false, true, none, none);
    row("-ErrorAction Stop", "-ErrorAction Stop", stop, false, false, none, none);
    row("-ea SilentlyContinue", "-ea SilentlyContinue", silently, false, false, none, none);
    row("-ea continue", "-ea continue", cont, false, false, none, none);
    row("-ErrorAction:stop", "-ErrorAction:stop", stop, false, false, none, none);
    row("-ErrorA prefix", "-ErrorA Stop", stop, false, false, none, none);
    row("-ea Inquire is refused", "-ea Inquire", cont, false, false, one("Binding.InvalidValue"), one("ErrorAction"));
    row("-ea Foo", "-ea Foo", cont, false, false, one("Binding.InvalidValue"), one("ErrorAction"));
    row("-ea without value", "-ea", cont, false, false, one("Binding.MissingValue"), one("ErrorAction"));
    row("-ErrorVariable", "-ErrorVariable errors", cont, false, false, one("Binding.NoEffect"), one("ErrorVariable"));
    row("-ev", "-ev errors", cont, false, false, one("Binding.NoEffect"), one("ErrorVariable"));
    row("-OutVariable", "-OutVariable o", cont, false, false, one("Binding.NoEffect"), one("OutVariable"));
    row("-ov", "-ov o", cont, false, false, one("Binding.NoEffect"), one("OutVariable"));
    row("-OutBuffer", "-OutBuffer 10", cont, false, false, none, none);
    row("-ob", "-ob 0", cont, false, false, none, none);
    row("-ob text", "-ob many", cont, false, false, one("Binding.InvalidValue"), one("OutBuffer"));
    row("-ob negative", "-ob -1", cont, false, false, one("Binding.InvalidValue"), one("OutBuffer"));
    row("an alias is not a prefix: -eac", "-eac Stop", cont, false, false, one("Binding.UnknownParameter"), one("eac"));
    row("-DomainController", "-DomainController dc01.contoso.com", cont, false, false, one("Binding.NoEffect"),
        one("DomainController"));
    row("-DomainC prefix", "-DomainC dc01", cont, false, false, one("Binding.NoEffect"), one("DomainController"));
    row("-DomainController without value", "-DomainController", cont, false, false, one("Binding.MissingValue"),
        one("DomainController"));
    row("all at once", "-vb -db -ea Stop -ev e -ov o -ob 1", stop, true, true,
        QStringList{"Binding.NoEffect", "Binding.NoEffect"}, QStringList{"ErrorVariable", "OutVariable"});
}

void tst_CmdletBinder::commonParameters()
{
    QFETCH(QString, arguments);
    QFETCH(QString, errorAction);
    QFETCH(bool, verbose);
    QFETCH(bool, debug);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, parameters);

    const auto actionName = [](ErrorActionPreference action) {
        switch (action) {
        case ErrorActionPreference::Continue:
            return QStringLiteral("Continue");
        case ErrorActionPreference::SilentlyContinue:
            return QStringLiteral("SilentlyContinue");
        case ErrorActionPreference::Stop:
            return QStringLiteral("Stop");
        }
        return QString();
    };
    // Every cmdlet takes them, in both versions.
    const QStringList lines{QStringLiteral("New-SendConnector N -AddressSpaces contoso.com ") + arguments,
                            QStringLiteral("Get-SendConnector ") + arguments,
                            QStringLiteral("Remove-SendConnector N ") + arguments};
    QStringList all = lines;
    // Test-SendConnectorRouting takes the common parameters too; -DomainController is Exchange's own.
    if (!arguments.contains(QLatin1String("DomainC"))) {
        all.append(QStringLiteral("Test-SendConnectorRouting kim@contoso.com ") + arguments);
        all.append(QStringLiteral("Test-SendConnector N ") + arguments);
    }
    for (const QString &line : std::as_const(all)) {
        for (const Version version : {Version::Rtm2007, Version::Sp12007}) {
            const Binding binding = bindLine(line, version);
            QCOMPARE(codesOf(binding.problems), codes);
            QCOMPARE(parametersOf(binding.problems), parameters);
            QCOMPARE(actionName(binding.common.errorAction), errorAction);
            QCOMPARE(binding.common.verbose, verbose);
            QCOMPARE(binding.common.debug, debug);
            // The session's early look at the common parameters agrees with the binding.
            const std::optional<ShellCommand> parsed = command(line);
            QVERIFY(parsed);
            const ConnectorCmdlet cmdlet = *Parameter::cmdletFromName(parsed->name);
            const CommonParameters early = CmdletBinder::commonParameters(*parsed, cmdlet, version);
            QCOMPARE(actionName(early.errorAction), errorAction);
            QCOMPARE(early.verbose, verbose);
        }
    }
}

// Every parameter of the table that a cmdlet takes binds by its full name (a row without a
// binder case, or a name spelled differently somewhere, fails here), and nothing else does.
void tst_CmdletBinder::everyParameterOfTheTableBinds_data()
{
    QTest::addColumn<int>("cmdlet");
    QTest::addColumn<Version>("version");
    for (const Version version : {Version::Rtm2007, Version::Sp12007}) {
        for (const ConnectorCmdlet cmdlet : {ConnectorCmdlet::NewSendConnector, ConnectorCmdlet::GetSendConnector,
                                             ConnectorCmdlet::RemoveSendConnector, ConnectorCmdlet::SetSendConnector,
                                             ConnectorCmdlet::TestSendConnectorRouting,
                                             ConnectorCmdlet::TestSendConnector, ConnectorCmdlet::ExportOrganization,
                                             ConnectorCmdlet::ImportOrganization}) {
            const QString row = Parameter::cmdletName(cmdlet) + QLatin1Char(' ') + Exchange::toString(version);
            QTest::newRow(qPrintable(row)) << int(cmdlet) << version;
        }
    }
}

void tst_CmdletBinder::everyParameterOfTheTableBinds()
{
    QFETCH(int, cmdlet);
    QFETCH(Version, version);
    const auto id = ConnectorCmdlet(cmdlet);
    const QString head = id == ConnectorCmdlet::NewSendConnector ? QStringLiteral("New-SendConnector N")
        : id == ConnectorCmdlet::GetSendConnector                 ? QStringLiteral("Get-SendConnector N")
        : id == ConnectorCmdlet::SetSendConnector                 ? QStringLiteral("Set-SendConnector N")
        : id == ConnectorCmdlet::TestSendConnectorRouting         ? QStringLiteral("Test-SendConnectorRouting N")
        : id == ConnectorCmdlet::TestSendConnector                ? QStringLiteral("Test-SendConnector N")
        : id == ConnectorCmdlet::ExportOrganization               ? QStringLiteral("Export-Organization N")
        : id == ConnectorCmdlet::ImportOrganization               ? QStringLiteral("Import-Organization N")
                                                                  : QStringLiteral("Remove-SendConnector N");
    QStringList names;
    for (const ConnectorParameter taken : Parameter::of(id, version))
        names.append(Parameter::name(taken));
    for (int i = 0; i < Parameter::Count; ++i) {
        const auto parameter = ConnectorParameter(i);
        const QString name = Parameter::name(parameter);
        QCOMPARE(Parameter::fromName(name.toUpper()), std::optional<ConnectorParameter>(parameter));
        if (parameter == ConnectorParameter::Name || parameter == ConnectorParameter::Identity
            || (parameter == ConnectorParameter::Recipient && id == ConnectorCmdlet::TestSendConnectorRouting)
            || (parameter == ConnectorParameter::Path
                && (id == ConnectorCmdlet::ExportOrganization || id == ConnectorCmdlet::ImportOrganization)))
            continue; // given positionally in `head`
        const QString line = head + QStringLiteral(" -") + name + QStringLiteral(":$null");
        const Binding binding = bindLine(line, version);
        // A name the cmdlet does not take still binds when it is the prefix of one it takes
        // (Test-SendConnector's -Recipient is -RecipientDomain), as PowerShell matches names.
        const bool takes = Parameter::takes(id, parameter, version) || !CmdletBinder::matchParameter(name, names).isEmpty();
        QVERIFY2(containsCode(binding.problems, QStringLiteral("Binding.UnknownParameter")) != takes,
                 qPrintable(line + QStringLiteral(": ") + describe(binding.problems)));
    }
    QVERIFY(!Parameter::fromName(QStringLiteral("AddressSpace")));
    QVERIFY(!Parameter::fromName(QString()));
    QCOMPARE(Parameter::fromName(QStringLiteral("EA")), std::optional<ConnectorParameter>(ConnectorParameter::ErrorAction));
}

void tst_CmdletBinder::helpRequest_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("help");

    QTest::newRow("New -?") << QStringLiteral("New-SendConnector -?") << true;
    QTest::newRow("New with parameters -?") << QStringLiteral("New-SendConnector -Name N -?") << true;
    QTest::newRow("Get -?") << QStringLiteral("Get-SendConnector -?") << true;
    QTest::newRow("Remove -?") << QStringLiteral("Remove-SendConnector -?") << true;
    QTest::newRow("Test -?") << QStringLiteral("Test-SendConnectorRouting -?") << true;
    QTest::newRow("Test-SendConnector -?") << QStringLiteral("Test-SendConnector N -TimeoutSeconds 5 -?") << true;
    QTest::newRow("quoted '-?' is a value") << QStringLiteral("Get-SendConnector '-?'") << false;
    QTest::newRow("no -?") << QStringLiteral("Get-SendConnector") << false;
}

void tst_CmdletBinder::helpRequest()
{
    QFETCH(QString, line);
    QFETCH(bool, help);
    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    QCOMPARE(CmdletBinder::asksForHelp(*parsed), help);
    const Binding binding = bindLine(line, Version::Sp12007);
    QCOMPARE(binding.helpRequested, help);
    if (help) // -? is not an argument, and Remove's missing identity is not asked for
        QVERIFY2(!hasErrors(binding.problems), qPrintable(describe(binding.problems)));
}

// A value that is not (Get-Credential …) may be a password typed on the command line: no
// message quotes it, nor the words that follow it.
void tst_CmdletBinder::refusedCredentialIsNeverEchoed_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::newRow("bare word") << QStringLiteral("-AuthenticationCredential S3cr3tPw");
    QTest::newRow("colon") << QStringLiteral("-AuthenticationCredential:S3cr3tPw");
    QTest::newRow("quoted") << QStringLiteral("-AuthenticationCredential 'S3cr3tPw'");
    QTest::newRow("prefix") << QStringLiteral("-Authentication S3cr3tPw");
    QTest::newRow("user then password") << QStringLiteral("-AuthenticationCredential relay S3cr3tPw more");
    QTest::newRow("list") << QStringLiteral("-AuthenticationCredential relay,S3cr3tPw");
    QTest::newRow("given twice") << QStringLiteral("-AuthenticationCredential (Get-Credential) "
                                                   "-AuthenticationCredential S3cr3tPw");
    QTest::newRow("after a colon credential") << QStringLiteral("-AuthenticationCredential:(Get-Credential) S3cr3tPw");
    QTest::newRow("before the name") << QStringLiteral("-AuthenticationCredential relay S3cr3tPw -Port 25");
}

void tst_CmdletBinder::refusedCredentialIsNeverEchoed()
{
    QFETCH(QString, arguments);
    const QString line = QStringLiteral("New-SendConnector -Name N -AddressSpaces contoso.com -DNSRoutingEnabled "
                                        "$false -SmartHosts 10.0.0.1 -SmartHostAuthMechanism BasicAuth ")
        + arguments;
    const Binding binding = bindLine(line, Version::Sp12007);
    QVERIFY(hasErrors(binding.problems));
    for (const Problem &problem : binding.problems)
        QVERIFY2(!problem.message.contains(QLatin1String("S3cr3tPw")), qPrintable(problem.message));
}

// EdgeSync's inbound connector: address space "--" and smart host "--", sent from an Edge Subscription.
void tst_CmdletBinder::edgeSyncSmartHosts()
{
    const std::optional<ShellCommand> parsed =
        command(QStringLiteral("New-SendConnector -Name 'EdgeSync - Inbound to Seattle' -AddressSpaces 'SMTP:--;1' "
                               "-DNSRoutingEnabled $false -SmartHosts -- -SourceTransportServers EDGE02"));
    QVERIFY(parsed);
    const NewSendConnectorRequest request = CmdletBinder::bindNewSendConnector(*parsed, context());
    QVERIFY2(request.problems.isEmpty(), qPrintable(describe(request.problems)));
    QCOMPARE(request.connector.smartHosts.size(), 1);
    QCOMPARE(request.connector.smartHosts.first().host, QStringLiteral("--"));
    ConnectorContext rules;
    rules.organization = &contoso();
    rules.version = Version::Sp12007;
    const Problems problems = ConnectorValidator::validate(request.connector, rules);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));

    // Elsewhere "--" is no smart host: the validator says so.
    const std::optional<ShellCommand> elsewhere =
        command(QStringLiteral("New-SendConnector -Name X -AddressSpaces contoso.com -DNSRoutingEnabled $false "
                               "-SmartHosts --"));
    QVERIFY(elsewhere);
    const NewSendConnectorRequest refused = CmdletBinder::bindNewSendConnector(*elsewhere, context());
    QVERIFY2(refused.problems.isEmpty(), qPrintable(describe(refused.problems)));
    QVERIFY(hasErrors(ConnectorValidator::validate(refused.connector, rules)));
}

namespace {

// The connector Set-SendConnector's values are laid over in setBinds: every field away from the
// values the rows give, so that a parameter bound to the wrong field shows.
SendConnector setBase()
{
    SendConnector c;
    c.name = QStringLiteral("Base");
    c.usage = Exchange::Usage::Partner;
    c.addressSpaces = {smtp(QStringLiteral("base.com"), 4)};
    c.dnsRoutingEnabled = false;
    c.smartHosts = {ipHost(QStringLiteral("10.9.9.9"))};
    c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuth;
    c.authenticationCredential = AuthenticationCredential{QStringLiteral("base\\user")};
    c.sourceTransportServers = {QStringLiteral("EX02")};
    c.comment = QStringLiteral("base comment");
    c.fqdn = QStringLiteral("base.contoso.com");
    c.linkedReceiveConnector = QStringLiteral("Base receive");
    c.sourceIpAddress = QStringLiteral("10.1.1.1");
    return c;
}

std::optional<SetSendConnectorRequest> bindSet(const QString &line, Version version = Version::Sp12007,
                                               const QString &server = QStringLiteral("EX01"))
{
    const std::optional<ShellCommand> parsed = command(line);
    if (!parsed)
        return std::nullopt;
    return CmdletBinder::bindSetSendConnector(*parsed, context(version, server));
}

} // namespace

// Each parameter of Set-SendConnector changes its own field and nothing else; multi-valued
// parameters replace the whole list; nothing is defaulted (the usage stays, the source servers too).
void tst_CmdletBinder::setBinds_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<Change>("change");

    const auto sp1 = Version::Sp12007;
    const auto rtm = Version::Rtm2007;
    QTest::newRow("nothing") << sp1 << QString() << Change([](SendConnector &) { });
    QTest::newRow("-Name") << sp1 << QStringLiteral("-Name ' Renamed '")
                           << Change([](SendConnector &c) { c.name = QStringLiteral("Renamed"); });
    QTest::newRow("-AddressSpaces replaces the list")
        << sp1 << QStringLiteral("-AddressSpaces 'a.com;2','SMTP:*.b.com'") << Change([](SendConnector &c) {
               c.addressSpaces = {smtp(QStringLiteral("a.com"), 2), smtp(QStringLiteral("*.b.com"))};
           });
    QTest::newRow("RTM -AddressSpaces Local:") << rtm << QStringLiteral("-AddressSpaces 'Local:a.com'")
                                               << Change([](SendConnector &c) {
                                                      c.addressSpaces = {smtp(QStringLiteral("a.com"), 1, Scope::Local)};
                                                  });
    QTest::newRow("-AddressSpaces $null") << sp1 << QStringLiteral("-AddressSpaces $null")
                                          << Change([](SendConnector &c) { c.addressSpaces.clear(); });
    QTest::newRow("-DNSRoutingEnabled") << sp1 << QStringLiteral("-DNSRoutingEnabled $true")
                                        << Change([](SendConnector &c) { c.dnsRoutingEnabled = true; });
    QTest::newRow("-SmartHosts") << sp1 << QStringLiteral("-SmartHosts relay.contoso.com,10.0.0.1")
                                 << Change([](SendConnector &c) {
                                        c.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.com")),
                                                        ipHost(QStringLiteral("10.0.0.1"))};
                                    });
    QTest::newRow("-SmartHosts $null") << sp1 << QStringLiteral("-SmartHosts $null")
                                       << Change([](SendConnector &c) { c.smartHosts.clear(); });
    QTest::newRow("-SmartHostAuthMechanism")
        << sp1 << QStringLiteral("-SmartHostAuthMechanism ExchangeServer")
        << Change([](SendConnector &c) { c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::ExchangeServer; });
    QTest::newRow("-AuthenticationCredential $null") << sp1 << QStringLiteral("-AuthenticationCredential $null")
                                                     << Change([](SendConnector &c) { c.authenticationCredential.reset(); });
    QTest::newRow("-SourceTransportServers") << sp1 << QStringLiteral("-SourceTransportServers ' EX01 ',EX02")
                                             << Change([](SendConnector &c) {
                                                    c.sourceTransportServers = {QStringLiteral("EX01"),
                                                                                QStringLiteral("EX02")};
                                                });
    QTest::newRow("-IsScopedConnector") << sp1 << QStringLiteral("-IsScopedConnector $true")
                                        << Change([](SendConnector &c) { c.isScopedConnector = true; });
    QTest::newRow("-UseExternalDNSServersEnabled") << sp1 << QStringLiteral("-UseExternalDNSServersEnabled $true")
                                                   << Change([](SendConnector &c) { c.useExternalDnsServersEnabled = true; });
    QTest::newRow("-MaxMessageSize") << sp1 << QStringLiteral("-MaxMessageSize 20MB") << Change([](SendConnector &c) {
        c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    });
    QTest::newRow("-MaxMessageSize unlimited") << sp1 << QStringLiteral("-MaxMessageSize unlimited")
                                               << Change([](SendConnector &c) {
                                                      c.maxMessageSize = ByteQuantity::makeUnlimited();
                                                  });
    QTest::newRow("-Port") << sp1 << QStringLiteral("-Port 587") << Change([](SendConnector &c) { c.port = 587; });
    QTest::newRow("-ConnectionInactivityTimeOut")
        << sp1 << QStringLiteral("-ConnectionInactivityTimeOut 00:05:00")
        << Change([](SendConnector &c) { c.connectionInactivityTimeOut = TimeSpan::fromSeconds(300); });
    QTest::newRow("-Enabled") << sp1 << QStringLiteral("-Enabled $false")
                              << Change([](SendConnector &c) { c.enabled = false; });
    QTest::newRow("-Comment keeps its spaces") << sp1 << QStringLiteral("-Comment ' new '")
                                               << Change([](SendConnector &c) { c.comment = QStringLiteral(" new "); });
    QTest::newRow("-Comment $null") << sp1 << QStringLiteral("-Comment $null")
                                    << Change([](SendConnector &c) { c.comment.clear(); });
    QTest::newRow("-Fqdn") << sp1 << QStringLiteral("-Fqdn mail.contoso.com")
                           << Change([](SendConnector &c) { c.fqdn = QStringLiteral("mail.contoso.com"); });
    QTest::newRow("-Fqdn $null") << sp1 << QStringLiteral("-Fqdn $null") << Change([](SendConnector &c) { c.fqdn.clear(); });
    QTest::newRow("-ForceHELO") << sp1 << QStringLiteral("-ForceHELO $true")
                                << Change([](SendConnector &c) { c.forceHelo = true; });
    QTest::newRow("-IgnoreSTARTTLS") << sp1 << QStringLiteral("-IgnoreSTARTTLS $true")
                                     << Change([](SendConnector &c) { c.ignoreStartTls = true; });
    QTest::newRow("-RequireTLS") << sp1 << QStringLiteral("-RequireTLS $true")
                                 << Change([](SendConnector &c) { c.requireTls = true; });
    QTest::newRow("-DomainSecureEnabled") << sp1 << QStringLiteral("-DomainSecureEnabled $true")
                                          << Change([](SendConnector &c) { c.domainSecureEnabled = true; });
    QTest::newRow("-ProtocolLoggingLevel") << sp1 << QStringLiteral("-ProtocolLoggingLevel Verbose")
                                           << Change([](SendConnector &c) {
                                                  c.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose;
                                              });
    QTest::newRow("-SourceIPAddress") << sp1 << QStringLiteral("-SourceIPAddress 10.0.0.7")
                                      << Change([](SendConnector &c) { c.sourceIpAddress = QStringLiteral("10.0.0.7"); });
    QTest::newRow("-LinkedReceiveConnector $null") << sp1 << QStringLiteral("-LinkedReceiveConnector $null")
                                                   << Change([](SendConnector &c) { c.linkedReceiveConnector.clear(); });
    QTest::newRow("a prefix") << sp1 << QStringLiteral("-MaxMessage 1MB -DNSRouting:$true")
                              << Change([](SendConnector &c) {
                                     c.maxMessageSize = ByteQuantity::fromBytes(1024 * 1024);
                                     c.dnsRoutingEnabled = true;
                                 });
    QTest::newRow("several") << rtm << QStringLiteral("-Port 26 -Enabled:$false -Comment x")
                             << Change([](SendConnector &c) {
                                    c.port = 26;
                                    c.enabled = false;
                                    c.comment = QStringLiteral("x");
                                });
}

void tst_CmdletBinder::setBinds()
{
    QFETCH(Version, version);
    QFETCH(QString, arguments);
    QFETCH(Change, change);

    for (const QString &head : {QStringLiteral("Set-SendConnector 'Base' "), QStringLiteral("Set-SendConnector -Identity Base ")}) {
        const std::optional<SetSendConnectorRequest> request = bindSet(head + arguments, version);
        QVERIFY(request);
        QVERIFY2(request->problems.isEmpty(), qPrintable(describe(request->problems)));
        QCOMPARE(request->identity, QStringLiteral("Base"));
        QVERIFY(request->identityGiven);
        QVERIFY(!request->whatIf);
        QVERIFY(!request->confirm);
        QVERIFY(!request->credentialRequested);
        SendConnector expected = setBase();
        change(expected);
        const SendConnector actual = request->applyTo(setBase());
        QVERIFY2(actual == expected, qPrintable(describe(actual) + QStringLiteral("\n") + describe(expected)));
    }
}

// Invalid values, parameters Set-SendConnector does not have (the usage above all), and what
// one version has and the other lacks.
void tst_CmdletBinder::setRejects_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("message"); // a part of the first message

    const auto sp1 = Version::Sp12007;
    const auto rtm = Version::Rtm2007;
    QTest::newRow("-Usage") << sp1 << QStringLiteral("-Usage Internet") << QStringList{"Binding.UnknownParameter"}
                            << QStringLiteral("Set-SendConnector has no parameter -Usage: the usage is chosen when "
                                              "a Send connector is created and cannot be changed.");
    QTest::newRow("RTM -Usage") << rtm << QStringLiteral("-Usage Internet") << QStringList{"Binding.UnknownParameter"}
                                << QStringLiteral("has no parameter -Usage");
    QTest::newRow("-Internet") << sp1 << QStringLiteral("-Internet") << QStringList{"Binding.UnknownParameter"}
                               << QStringLiteral("has no parameter -Internet: the usage is chosen");
    QTest::newRow("-Custom") << sp1 << QStringLiteral("-Custom") << QStringList{"Binding.UnknownParameter"}
                             << QString();
    QTest::newRow("-TemplateInstance") << sp1 << QStringLiteral("-TemplateInstance x")
                                       << QStringList{"Binding.UnknownParameter"}
                                       << QStringLiteral("Its parameters are: Name, AddressSpaces, ");
    QTest::newRow("RTM -IsScopedConnector") << rtm << QStringLiteral("-IsScopedConnector $true")
                                            << QStringList{"Binding.UnknownParameter"}
                                            << QStringLiteral("Exchange 2007 RTM has no -IsScopedConnector: scope the "
                                                              "connector with the Local: prefix");
    QTest::newRow("SP1 Local: prefix") << sp1 << QStringLiteral("-AddressSpaces 'Local:a.com'")
                                       << QStringList{"AddressSpace.LocalScopeNotInSp1"} << QString();
    QTest::newRow("-Instance typed") << sp1 << QStringLiteral("-Instance x") << QStringList{"Binding.InvalidValue"}
                                     << QStringLiteral("passes only through the pipeline");
    QTest::newRow("-Name $null") << sp1 << QStringLiteral("-Name $null") << QStringList{"Binding.WrongType"}
                                 << QStringLiteral("$null is no value");
    QTest::newRow("-Name without a value") << sp1 << QStringLiteral("-Name") << QStringList{"Binding.MissingValue"}
                                           << QString();
    QTest::newRow("bad address space") << sp1 << QStringLiteral("-AddressSpaces 'a..com'")
                                       << QStringList{"AddressSpace.InvalidSmtp"} << QString();
    QTest::newRow("-DNSRoutingEnabled text") << sp1 << QStringLiteral("-DNSRoutingEnabled yes")
                                             << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("bad smart host") << sp1 << QStringLiteral("-SmartHosts 'relay contoso'")
                                    << QStringList{"SmartHost.InvalidFqdn"} << QString();
    QTest::newRow("bad auth mechanism") << sp1 << QStringLiteral("-SmartHostAuthMechanism Kerberos")
                                        << QStringList{"Binding.InvalidValue"} << QStringLiteral("BasicAuth");
    QTest::newRow("credential as text") << sp1 << QStringLiteral("-AuthenticationCredential 'CONTOSO\\relay'")
                                        << QStringList{"Binding.WrongType"} << QStringLiteral("is not a credential");
    QTest::newRow("nested source servers") << sp1 << QStringLiteral("-SourceTransportServers @(EX01,@(EX02))")
                                           << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("-IsScopedConnector text") << sp1 << QStringLiteral("-IsScopedConnector 'true'")
                                             << QStringList{"Binding.WrongType"} << QStringLiteral("write $true");
    QTest::newRow("bad size") << sp1 << QStringLiteral("-MaxMessageSize 20XB") << QStringList{"ByteQuantity.Invalid"}
                              << QString();
    QTest::newRow("bad port") << sp1 << QStringLiteral("-Port -1") << QStringList{"Binding.InvalidValue"}
                              << QStringLiteral("is not a valid port");
    QTest::newRow("bad time-out") << sp1 << QStringLiteral("-ConnectionInactivityTimeOut soon")
                                  << QStringList{"TimeSpan.Invalid"} << QString();
    QTest::newRow("-Enabled 1") << sp1 << QStringLiteral("-Enabled 1") << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("-Comment $true") << sp1 << QStringLiteral("-Comment $true") << QStringList{"Binding.WrongType"}
                                    << QString();
    QTest::newRow("-Fqdn list") << sp1 << QStringLiteral("-Fqdn a.com,b.com") << QStringList{"Binding.WrongType"}
                                << QString();
    QTest::newRow("-ForceHELO missing") << sp1 << QStringLiteral("-ForceHELO") << QStringList{"Binding.MissingValue"}
                                        << QString();
    QTest::newRow("-IgnoreSTARTTLS $null") << sp1 << QStringLiteral("-IgnoreSTARTTLS $null")
                                           << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("-RequireTLS text") << sp1 << QStringLiteral("-RequireTLS '$true'") << QStringList{"Binding.WrongType"}
                                      << QString();
    QTest::newRow("-DomainSecureEnabled list") << sp1 << QStringLiteral("-DomainSecureEnabled $true,$false")
                                               << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("bad logging level") << sp1 << QStringLiteral("-ProtocolLoggingLevel Full")
                                       << QStringList{"Binding.InvalidValue"} << QStringLiteral("None, Verbose");
    QTest::newRow("-SourceIPAddress $null") << sp1 << QStringLiteral("-SourceIPAddress $null")
                                            << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("-LinkedReceiveConnector list") << sp1 << QStringLiteral("-LinkedReceiveConnector a,b")
                                                  << QStringList{"Binding.WrongType"} << QString();
    QTest::newRow("-WhatIf value after a space") << sp1 << QStringLiteral("-WhatIf $false")
                                                 << QStringList{"Binding.UnexpectedArgument"} << QString();
    QTest::newRow("-Confirm text") << sp1 << QStringLiteral("-Confirm:yes") << QStringList{"Binding.WrongType"}
                                   << QString();
    QTest::newRow("ambiguous -I") << sp1 << QStringLiteral("-I x") << QStringList{"Binding.AmbiguousParameter"}
                                  << QStringLiteral("-IsScopedConnector, -IgnoreSTARTTLS, -Identity, -Instance");
    QTest::newRow("given twice") << sp1 << QStringLiteral("-Port 1 -Port 2") << QStringList{"Binding.DuplicateParameter"}
                                 << QString();
    // The named -Identity binds first; the positional name is then one value too many.
    QTest::newRow("two identities") << sp1 << QStringLiteral("-Identity Other") << QStringList{"Binding.UnexpectedArgument"}
                                    << QStringLiteral("only the Identity may be given without a parameter name");
    QTest::newRow("every problem at once") << sp1 << QStringLiteral("-Port x -Usage Internal -Enabled 0")
                                           << QStringList{"Binding.UnknownParameter", "Binding.InvalidValue",
                                                          "Binding.WrongType"}
                                           << QString();
}

void tst_CmdletBinder::setRejects()
{
    QFETCH(Version, version);
    QFETCH(QString, arguments);
    QFETCH(QStringList, codes);
    QFETCH(QString, message);

    const std::optional<SetSendConnectorRequest> request = bindSet(QStringLiteral("Set-SendConnector Base ") + arguments, version);
    QVERIFY(request);
    QStringList errors;
    for (const Problem &problem : request->problems) {
        if (problem.isError())
            errors.append(problem.code);
    }
    QCOMPARE(errors, codes);
    QVERIFY2(request->problems.first().message.contains(message), qPrintable(request->problems.first().message));
    // A refused parameter is never among those applied.
    QVERIFY(request->given.size() < 3);
}

void tst_CmdletBinder::setCredential()
{
    std::optional<SetSendConnectorRequest> request =
        bindSet(QStringLiteral("Set-SendConnector Base -AuthenticationCredential (Get-Credential 'CONTOSO\\relay')"));
    QVERIFY(request);
    QVERIFY2(request->problems.isEmpty(), qPrintable(describe(request->problems)));
    QVERIFY(request->credentialRequested);
    QCOMPARE(request->credentialUserName, QStringLiteral("CONTOSO\\relay"));
    QCOMPARE(request->applyTo(setBase()).authenticationCredential,
             std::optional(AuthenticationCredential{QStringLiteral("CONTOSO\\relay")}));

    request = bindSet(QStringLiteral("Set-SendConnector Base -AuthenticationCredential (Get-Credential)"));
    QVERIFY(request);
    QVERIFY(request->problems.isEmpty());
    QVERIFY(request->credentialRequested);
    QCOMPARE(request->credentialUserName, QString()); // the session asks for it

    // New-SendConnector takes no $null credential; Set-SendConnector removes the credential with it.
    const std::optional<ShellCommand> newCommand =
        command(QStringLiteral("New-SendConnector N -AddressSpaces a.com -AuthenticationCredential $null"));
    QVERIFY(newCommand);
    QVERIFY(containsCode(CmdletBinder::bindNewSendConnector(*newCommand, context()).problems,
                         QStringLiteral("Binding.WrongType")));
}

// -WhatIf, -Confirm (off by default: Set-* does not ask), -Force, the common parameters, the
// identity left out (piped or asked for) and -?.
void tst_CmdletBinder::setSwitches()
{
    std::optional<SetSendConnectorRequest> request = bindSet(QStringLiteral("Set-SendConnector Base -Port 26"));
    QVERIFY(request);
    QVERIFY(!request->confirm);
    QVERIFY(!request->whatIf);
    QCOMPARE(request->given, QList<ConnectorParameter>{ConnectorParameter::Port});

    request = bindSet(QStringLiteral("Set-SendConnector Base -WhatIf -Confirm -Force -Verbose -ea Stop "
                                     "-DomainController dc1"));
    QVERIFY(request);
    QVERIFY(!hasErrors(request->problems));
    QCOMPARE(codesOf(request->problems), QStringList{QStringLiteral("Binding.NoEffect")});
    QVERIFY(request->whatIf);
    QVERIFY(request->confirm);
    QVERIFY(request->common.verbose);
    QVERIFY(request->common.errorAction == ErrorActionPreference::Stop);
    QVERIFY(request->given.isEmpty());

    request = bindSet(QStringLiteral("Set-SendConnector -Port 26"));
    QVERIFY(request);
    QVERIFY(request->problems.isEmpty()); // the session asks for the identity, or takes it from the pipeline
    QVERIFY(!request->identityGiven);
    QCOMPARE(request->identity, QString());

    request = bindSet(QStringLiteral("Set-SendConnector -?"));
    QVERIFY(request);
    QVERIFY(request->helpRequested);
}

QTEST_GUILESS_MAIN(tst_CmdletBinder)
#include "tst_cmdletbinder.moc"

// Test-SendConnectorRouting: -Recipient (positional, a list), -Server, -MessageSize with the size
// parser of -MaxMessageSize, -Explain; full names, prefixes and any case.
void tst_CmdletBinder::testRoutingBinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<bool>("recipientsGiven");
    QTest::addColumn<QString>("server");
    QTest::addColumn<qint64>("messageSize");
    QTest::addColumn<bool>("explain");

    const QStringList kim{QStringLiteral("kim@contoso.com")};
    const QStringList two{QStringLiteral("kim@contoso.com"), QStringLiteral("sam@fabrikam.com")};
    const auto row = [](const char *name, const char *line, const QStringList &recipients, bool given,
                        const char *server, qint64 size, bool explain) {
        QTest::newRow(name) << QString::fromLatin1(line) << recipients << given << QString::fromLatin1(server)
                            << size << explain;
    };
    row("positional", "Test-SendConnectorRouting kim@contoso.com", kim, true, "", 0, false);
    row("-Recipient", "Test-SendConnectorRouting -Recipient kim@contoso.com", kim, true, "", 0, false);
    row("prefix -Rec", "Test-SendConnectorRouting -Rec kim@contoso.com", kim, true, "", 0, false);
    row("-recipient:value", "test-sendconnectorrouting -recipient:kim@contoso.com", kim, true, "", 0, false);
    row("list", "Test-SendConnectorRouting kim@contoso.com,sam@fabrikam.com", two, true, "", 0, false);
    row("@() list quoted", "Test-SendConnectorRouting -Recipient @('kim@contoso.com', ' sam@fabrikam.com ')", two,
        true, "", 0, false);
    row("invalid addresses bind (checked one by one later)", "Test-SendConnectorRouting nobody", {"nobody"}, true, "",
        0, false);
    row("-Server", "Test-SendConnectorRouting kim@contoso.com -Server EX02", kim, true, "EX02", 0, false);
    row("-Se prefix", "Test-SendConnectorRouting kim@contoso.com -Se ' EX02 '", kim, true, "EX02", 0, false);
    row("-MessageSize 10MB", "Test-SendConnectorRouting kim@contoso.com -MessageSize 10MB", kim, true, "",
        10 * 1024 * 1024, false);
    row("-M '512 KB'", "Test-SendConnectorRouting kim@contoso.com -M '512 KB'", kim, true, "", 512 * 1024, false);
    row("-MessageSize bytes", "Test-SendConnectorRouting kim@contoso.com -MessageSize 1000", kim, true, "", 1000,
        false);
    row("-MessageSize 0", "Test-SendConnectorRouting kim@contoso.com -MessageSize 0", kim, true, "", 0, false);
    row("-Explain", "Test-SendConnectorRouting kim@contoso.com -Explain", kim, true, "", 0, true);
    row("-Ex prefix", "Test-SendConnectorRouting kim@contoso.com -ex", kim, true, "", 0, true);
    row("-Explain:$false", "Test-SendConnectorRouting kim@contoso.com -Explain:$false", kim, true, "", 0, false);
    row("no recipient (piped or asked for)", "Test-SendConnectorRouting -Server EX01", {}, false, "EX01", 0, false);
    row("everything", "Test-SendConnectorRouting -Explain -MessageSize 2147483647 -Server EDGE01 -Recipient kim@contoso.com",
        kim, true, "EDGE01", qint64(2) * 1024 * 1024 * 1024 - 1, true);
}

void tst_CmdletBinder::testRoutingBinds()
{
    QFETCH(QString, line);
    QFETCH(QStringList, recipients);
    QFETCH(bool, recipientsGiven);
    QFETCH(QString, server);
    QFETCH(qint64, messageSize);
    QFETCH(bool, explain);
    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const TestRoutingRequest request = CmdletBinder::bindTestSendConnectorRouting(*parsed, context());
    QVERIFY2(!hasErrors(request.problems), qPrintable(describe(request.problems)));
    QCOMPARE(request.recipients, recipients);
    QCOMPARE(request.recipientsGiven, recipientsGiven);
    QCOMPARE(request.server, server);
    QCOMPARE(request.messageSize, messageSize);
    QCOMPARE(request.explain, explain);
}

void tst_CmdletBinder::testRoutingRejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("message"); // a part of the first problem's message

    const auto row = [](const char *name, const char *line, const QStringList &codes, const QStringList &parameters,
                        const char *message) {
        QTest::newRow(name) << QString::fromLatin1(line) << codes << parameters << QString::fromUtf8(message);
    };
    row("unknown parameter", "Test-SendConnectorRouting kim@contoso.com -Sender EX01", {"Binding.UnknownParameter"},
        {"Sender"}, "Test-SendConnectorRouting has no parameter -Sender. Its parameters are: Recipient, Server, "
                    "MessageSize, Explain,");
    row("-DomainController is Exchange's", "Test-SendConnectorRouting kim@contoso.com -DomainController dc01",
        {"Binding.UnknownParameter"}, {"DomainController"}, "has no parameter -DomainController");
    row("negative size", "Test-SendConnectorRouting kim@contoso.com -MessageSize -5", {"ByteQuantity.Negative"},
        {"MessageSize"}, "Cannot bind parameter 'MessageSize' to '-5': a message size cannot be negative");
    row("malformed size", "Test-SendConnectorRouting kim@contoso.com -MessageSize 10XB", {"ByteQuantity.Invalid"},
        {"MessageSize"}, "Cannot bind parameter 'MessageSize' to '10XB': it is not a size");
    row("size too large", "Test-SendConnectorRouting kim@contoso.com -MessageSize 3GB", {"ByteQuantity.TooLarge"},
        {"MessageSize"}, "larger than 2147483647 bytes");
    row("unlimited is no message size", "Test-SendConnectorRouting kim@contoso.com -MessageSize unlimited",
        {"Binding.InvalidValue"}, {"MessageSize"}, "a message has a size");
    row("size as a list", "Test-SendConnectorRouting kim@contoso.com -MessageSize 1MB,2MB", {"Binding.WrongType"},
        {"MessageSize"}, "Cannot bind parameter 'MessageSize'");
    row("size without value", "Test-SendConnectorRouting kim@contoso.com -MessageSize", {"Binding.MissingValue"},
        {"MessageSize"}, "Missing a value for parameter 'MessageSize'");
    row("empty server", "Test-SendConnectorRouting kim@contoso.com -Server ''", {"Binding.InvalidValue"}, {"Server"},
        "the name is empty");
    row("server as a list", "Test-SendConnectorRouting kim@contoso.com -Server EX01,EX02", {"Binding.WrongType"},
        {"Server"}, "Cannot bind parameter 'Server'");
    row("recipient $null", "Test-SendConnectorRouting -Recipient $null", {"Binding.WrongType"}, {"Recipient"},
        "Cannot bind parameter 'Recipient'");
    row("recipient $true in a list", "Test-SendConnectorRouting kim@contoso.com,$true", {"Binding.WrongType"},
        {"Recipient"}, "Cannot bind parameter 'Recipient'");
    row("empty list", "Test-SendConnectorRouting -Recipient @()", {"Binding.MissingValue"}, {"Recipient"},
        "the list is empty");
    row("recipient twice", "Test-SendConnectorRouting -Recipient kim@contoso.com -Recipient sam@fabrikam.com",
        {"Binding.DuplicateParameter"}, {"Recipient"}, "given more than once");
    row("positional and -Recipient", "Test-SendConnectorRouting kim@contoso.com -Recipient sam@fabrikam.com",
        {"Binding.UnexpectedArgument"}, {""}, "only the Recipient may be given without a parameter name, and it was "
                                              "already given");
    row("second positional value", "Test-SendConnectorRouting kim@contoso.com sam@fabrikam.com",
        {"Binding.UnexpectedArgument"}, {""}, "only the Recipient may be given without a parameter name");
    row("-Explain with a value", "Test-SendConnectorRouting kim@contoso.com -Explain:yes", {"Binding.WrongType"},
        {"Explain"}, "-Explain is a switch");
    row("ambiguous -E", "Test-SendConnectorRouting kim@contoso.com -E", {"Binding.AmbiguousParameter"}, {"E"},
        "-Explain, -ErrorAction, -ErrorVariable");
}

void tst_CmdletBinder::testRoutingRejects()
{
    QFETCH(QString, line);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, parameters);
    QFETCH(QString, message);
    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const TestRoutingRequest request = CmdletBinder::bindTestSendConnectorRouting(*parsed, context());
    QCOMPARE(codesOf(request.problems), codes);
    QCOMPARE(parametersOf(request.problems), parameters);
    QVERIFY2(request.problems.first().message.contains(message), qPrintable(request.problems.first().message));
}

// Test-SendConnector: -Identity (positional), -RecipientDomain (a domain name, lower-case ACE),
// -AuthenticationCredential (Get-Credential ['user']), -TimeoutSeconds from 1 to 600.
void tst_CmdletBinder::testConnectivityBinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("identityGiven");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("credential");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("timeout"); // 0: not given

    const auto row = [](const char *name, const char *line, const char *identity, bool identityGiven,
                        const char *domain, bool credential, const char *user, int timeout) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(identity) << identityGiven
                            << QString::fromUtf8(domain) << credential << QString::fromUtf8(user) << timeout;
    };
    row("positional", "Test-SendConnector 'Contoso to Internet'", "Contoso to Internet", true, "", false, "", 0);
    row("-Identity trimmed", "Test-SendConnector -Identity ' Relay '", "Relay", true, "", false, "", 0);
    row("no identity (piped or asked for)", "Test-SendConnector -TimeoutSeconds 5", "", false, "", false, "", 5);
    row("-RecipientDomain", "Test-SendConnector Relay -RecipientDomain Fabrikam.COM", "Relay", true, "fabrikam.com",
        false, "", 0);
    row("-Recipient is a prefix of -RecipientDomain", "Test-SendConnector Relay -Recipient fabrikam.com", "Relay", true,
        "fabrikam.com", false, "", 0);
    row("-Rec prefix, IDN to ACE", "Test-SendConnector Relay -Rec bücher.example", "Relay", true,
        "xn--bcher-kva.example", false, "", 0);
    row("(Get-Credential)", "Test-SendConnector Relay -AuthenticationCredential (Get-Credential)", "Relay", true, "",
        true, "", 0);
    row("(Get-Credential 'user')", "Test-SendConnector Relay -Auth (Get-Credential 'CONTOSO\\relay')", "Relay", true,
        "", true, "CONTOSO\\relay", 0);
    row("-TimeoutSeconds 1", "Test-SendConnector Relay -TimeoutSeconds 1", "Relay", true, "", false, "", 1);
    row("-TimeoutSeconds 600", "Test-SendConnector Relay -Ti 600", "Relay", true, "", false, "", 600);
    row("-timeoutseconds:30", "test-sendconnector relay -timeoutseconds:30", "relay", true, "", false, "", 30);
    row("everything", "Test-SendConnector -TimeoutSeconds 60 -RecipientDomain mx-ok.test -Identity Relay "
        "-AuthenticationCredential (Get-Credential u) -Verbose", "Relay", true, "mx-ok.test", true, "u", 60);
}

void tst_CmdletBinder::testConnectivityBinds()
{
    QFETCH(QString, line);
    QFETCH(QString, identity);
    QFETCH(bool, identityGiven);
    QFETCH(QString, domain);
    QFETCH(bool, credential);
    QFETCH(QString, user);
    QFETCH(int, timeout);
    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const TestConnectivityRequest request = CmdletBinder::bindTestSendConnector(*parsed, context());
    QVERIFY2(!hasErrors(request.problems), qPrintable(describe(request.problems)));
    QCOMPARE(request.identity, identity);
    QCOMPARE(request.identityGiven, identityGiven);
    QCOMPARE(request.recipientDomain, domain);
    QCOMPARE(request.credentialRequested, credential);
    QCOMPARE(request.credentialUserName, user);
    QCOMPARE(request.timeoutSeconds.value_or(0), timeout);
}

void tst_CmdletBinder::testConnectivityRejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("message"); // a part of the first problem's message

    const auto row = [](const char *name, const char *line, const QStringList &codes, const QStringList &parameters,
                        const char *message) {
        QTest::newRow(name) << QString::fromLatin1(line) << codes << parameters << QString::fromUtf8(message);
    };
    row("unknown parameter", "Test-SendConnector Relay -Server EX01", {"Binding.UnknownParameter"},
        {"Server"}, "Test-SendConnector has no parameter -Server. Its parameters are: AuthenticationCredential, "
                    "Identity, RecipientDomain, TimeoutSeconds,");
    row("-WhatIf: it changes nothing", "Test-SendConnector Relay -WhatIf", {"Binding.UnknownParameter"}, {"WhatIf"},
        "Test-SendConnector has no parameter -WhatIf.");
    row("-Confirm: it changes nothing", "Test-SendConnector Relay -Confirm:$false", {"Binding.UnknownParameter"},
        {"Confirm"}, "Test-SendConnector has no parameter -Confirm.");
    row("-DomainController is Exchange's", "Test-SendConnector Relay -DomainController dc01",
        {"Binding.UnknownParameter"}, {"DomainController"}, "has no parameter -DomainController");
    row("timeout 0", "Test-SendConnector Relay -TimeoutSeconds 0", {"Binding.InvalidValue"}, {"TimeoutSeconds"},
        "Cannot bind parameter 'TimeoutSeconds': '0' is not a valid value. Give a whole number of seconds from 1 to "
        "600.");
    row("timeout 601", "Test-SendConnector Relay -TimeoutSeconds 601", {"Binding.InvalidValue"}, {"TimeoutSeconds"},
        "'601' is not a valid value");
    row("timeout negative", "Test-SendConnector Relay -TimeoutSeconds -5", {"Binding.InvalidValue"},
        {"TimeoutSeconds"}, "'-5' is not a valid value");
    row("timeout not a number", "Test-SendConnector Relay -TimeoutSeconds 5s", {"Binding.InvalidValue"},
        {"TimeoutSeconds"}, "'5s' is not a valid value");
    row("timeout huge", "Test-SendConnector Relay -TimeoutSeconds 99999999999999", {"Binding.InvalidValue"},
        {"TimeoutSeconds"}, "is not a valid value");
    row("timeout a list", "Test-SendConnector Relay -TimeoutSeconds 5,6", {"Binding.WrongType"}, {"TimeoutSeconds"},
        "Cannot bind parameter 'TimeoutSeconds'");
    row("timeout without value", "Test-SendConnector Relay -TimeoutSeconds", {"Binding.MissingValue"},
        {"TimeoutSeconds"}, "Missing a value for parameter 'TimeoutSeconds'");
    row("invalid domain", "Test-SendConnector Relay -RecipientDomain 'fab rikam.com'", {"DomainName.InvalidCharacter"},
        {"RecipientDomain"}, "Cannot bind parameter 'RecipientDomain' to 'fab rikam.com'.");
    row("domain as a list", "Test-SendConnector Relay -RecipientDomain a.com,b.com", {"Binding.WrongType"},
        {"RecipientDomain"}, "Cannot bind parameter 'RecipientDomain'");
    row("password on the command line", "Test-SendConnector Relay -AuthenticationCredential Secret1",
        {"Binding.WrongType"}, {"AuthenticationCredential"}, "the value given is not a credential");
    row("$null credential", "Test-SendConnector Relay -AuthenticationCredential $null", {"Binding.WrongType"},
        {"AuthenticationCredential"}, "the value given is not a credential");
    row("empty identity", "Test-SendConnector ''", {"Binding.InvalidValue"}, {"Identity"}, "the name is empty");
    row("identity twice", "Test-SendConnector Relay -Identity Other", {"Binding.UnexpectedArgument"}, {""},
        "only the Identity may be given without a parameter name, and it was already given");
    row("ambiguous -E", "Test-SendConnector Relay -E", {"Binding.AmbiguousParameter"}, {"E"},
        "-ErrorAction, -ErrorVariable");
}

void tst_CmdletBinder::testConnectivityRejects()
{
    QFETCH(QString, line);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, parameters);
    QFETCH(QString, message);
    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const TestConnectivityRequest request = CmdletBinder::bindTestSendConnector(*parsed, context());
    QCOMPARE(codesOf(request.problems), codes);
    QCOMPARE(parametersOf(request.problems), parameters);
    QVERIFY2(request.problems.first().message.contains(message), qPrintable(request.problems.first().message));
    // Whatever was typed after -AuthenticationCredential is never quoted back.
    for (const Problem &problem : request.problems)
        QVERIFY2(!problem.message.contains(QLatin1String("Secret1")), qPrintable(problem.message));
}

// Export-Organization and Import-Organization (product extensions): -Path by name, prefix or
// position, Export's -Force, and what each refuses.
void tst_CmdletBinder::organizationFileBinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("pathGiven");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("message"); // a part of the first problem's message; empty without problems

    QTest::newRow("export, positional") << "Export-Organization contoso.json" << "contoso.json" << true << false
                                        << QStringList() << QString();
    QTest::newRow("export, -Path and -Force") << "Export-Organization -Path 'My Files/contoso.json' -Force"
                                              << "My Files/contoso.json" << true << true << QStringList() << QString();
    QTest::newRow("export, prefixes") << "export-organization -pa x.json -fo:$false" << "x.json" << true << false
                                      << QStringList() << QString();
    QTest::newRow("export, -Path:value") << "Export-Organization -Path:x.json -Verbose" << "x.json" << true << false
                                         << QStringList() << QString();
    QTest::newRow("export, no path: asked for") << "Export-Organization" << QString() << false << false << QStringList()
                                                << QString();
    QTest::newRow("import, positional") << "Import-Organization x.json" << "x.json" << true << false << QStringList()
                                        << QString();
    QTest::newRow("import has no -Force") << "Import-Organization x.json -Force" << "x.json" << true << false
                                          << QStringList{"Binding.UnknownParameter"}
                                          << "Import-Organization has no parameter -Force. Its parameters are: Path, "
                                             "Verbose,";
    QTest::newRow("import has no -WhatIf") << "Import-Organization x.json -WhatIf" << "x.json" << true << false
                                           << QStringList{"Binding.UnknownParameter"}
                                           << "Import-Organization has no parameter -WhatIf.";
    QTest::newRow("empty path") << "Export-Organization ''" << QString() << true << false
                                << QStringList{"Binding.InvalidValue"}
                                << "Cannot bind parameter 'Path': the path is empty; give the name of a JSON "
                                   "organization file.";
    QTest::newRow("path missing its value") << "Import-Organization -Path" << QString() << true << false
                                            << QStringList{"Binding.MissingValue"}
                                            << "Missing a value for parameter 'Path' after -Path.";
    QTest::newRow("a directory URI") << "Import-Organization LDAPI:///dc=x" << "LDAPI:///dc=x" << true << false
                                     << QStringList{"Binding.InvalidValue"} << "it is a directory URI";
    QTest::newRow("a list") << "Export-Organization a.json,b.json" << QString() << true << false
                            << QStringList{"Binding.WrongType"} << "Cannot bind parameter 'Path'";
    QTest::newRow("two paths") << "Export-Organization a.json b.json" << "a.json" << true << false
                               << QStringList{"Binding.UnexpectedArgument"}
                               << "Export-Organization does not take the value 'b.json' here";
    // Named parameters bind first, as in PowerShell: the positional value then has nowhere to go.
    QTest::newRow("positional and named") << "Export-Organization a.json -Path b.json" << "b.json" << true << false
                                          << QStringList{"Binding.UnexpectedArgument"}
                                          << "Export-Organization does not take the value 'a.json' here";
    QTest::newRow("given twice") << "Export-Organization -Path a.json -Pa b.json" << "a.json" << true << false
                                 << QStringList{"Binding.DuplicateParameter"}
                                 << "Cannot bind parameter 'Path' because it was given more than once (-Pa stands for "
                                    "-Path).";
}

void tst_CmdletBinder::organizationFileBinds()
{
    QFETCH(QString, line);
    QFETCH(QString, path);
    QFETCH(bool, pathGiven);
    QFETCH(bool, force);
    QFETCH(QStringList, codes);
    QFETCH(QString, message);

    const std::optional<ShellCommand> parsed = command(line);
    QVERIFY(parsed);
    const bool exporting = line.startsWith(QLatin1String("Export"), Qt::CaseInsensitive);
    const OrganizationFileRequest request = exporting
        ? CmdletBinder::bindExportOrganization(*parsed, context(Version::Sp12007))
        : CmdletBinder::bindImportOrganization(*parsed, context(Version::Sp12007));
    QCOMPARE(codesOf(errorsOnly(request.problems)), codes);
    if (!message.isEmpty())
        QVERIFY2(request.problems.first().message.contains(message), qPrintable(request.problems.first().message));
    if (!codes.isEmpty())
        return;
    QCOMPARE(request.path, path);
    QCOMPARE(request.pathGiven, pathGiven);
    QCOMPARE(request.force, force);
}
