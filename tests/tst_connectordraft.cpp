// Tests the wizard's draft connector: its initial state per mode, what it offers per usage, version
// and side, what it keeps while routing changes, its problems per section, and adding it to a
// fresh organization.
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "OrganizationStore.h"
#include "RoutingAnalysis.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

using Section = ConnectorDraft::Section;
using Mechanism = Exchange::SmartHostAuthMechanism;

using ModelTestSupport::codesOf;
using ModelTestSupport::ipHost;
using ModelTestSupport::sampleOrganization;
using ModelTestSupport::space;

// Sorted, so that a row lists the codes it expects in alphabetical order.
QStringList codes(const Problems &problems)
{
    QStringList result = codesOf(problems);
    result.sort();
    return result;
}

} // namespace

class TestConnectorDraft : public QObject
{
    Q_OBJECT

private slots:
    void initialStateOnHub();
    void initialStateOnEdge();
    void serverNameIsCanonical();
    void startProblems_data();
    void startProblems();
    void offersPerMode_data();
    void offersPerMode();
    void usageAvailability_data();
    void usageAvailability();
    void setUsageKeepsWhatWasEntered();
    void setUsageKeepsTheUsersOwnChoices_data();
    void setUsageKeepsTheUsersOwnChoices();
    void setUsageUndoesPreviousUsageDefaults();
    void internetOnEdgeUsesExternalDns();
    void externalDnsServersMissingOnNetworkSettings();
    void nonSmtpAddressSpaceForcesSmartHosts();
    void smartHostsKeptWhileDnsRouting();
    void credentialOnlyWithBasic();
    void passwordProblems_data();
    void passwordProblems();
    void problemsPerSection_data();
    void problemsPerSection();
    void sideAdviceOnTheAddressSpaces();
    void routingImpact();
    void sectionOf_data();
    void sectionOf();
    void candidateSourceServers();
    void modifiedOnlyByChanges();
    void refreshOrganizationShowsNamesTakenMeanwhile();
    void partnerMessagesPointAtTheWizardsRemedies_data();
    void partnerMessagesPointAtTheWizardsRemedies();
};

void TestConnectorDraft::initialStateOnHub()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    QCOMPARE(draft.server(), QStringLiteral("EX01"));
    QVERIFY(!draft.onEdge());
    QVERIFY(draft.hasSourceServerPage());
    QVERIFY(!draft.isModified());
    QCOMPARE(draft.connector().name, QString());
    QCOMPARE(Exchange::toString(draft.connector().usage), Exchange::toString(Exchange::Usage::Custom));
    QVERIFY(draft.connector().dnsRoutingEnabled);
    QCOMPARE(draft.connector().sourceTransportServers, QStringList{QStringLiteral("EX01")});
    QCOMPARE(Exchange::toString(draft.connector().smartHostAuthMechanism), Exchange::toString(Mechanism::None));
    QVERIFY(!draft.connector().authenticationCredential);
    QCOMPARE(draft.context().edgeServer, QString());
    QCOMPARE(draft.context().organization, &draft.organization());
    QCOMPARE(Exchange::toString(draft.version()), Exchange::toString(Exchange::Version::Sp12007));
    // Apart from what the user sets, Exchange's defaults.
    SendConnector expected;
    expected.sourceTransportServers = QStringList{QStringLiteral("EX01")};
    QCOMPARE(draft.connector(), expected);
    QCOMPARE(codes(draft.problems()), (QStringList{QStringLiteral("Connector.AddressSpaceRequired"),
                                                    QStringLiteral("Name.Empty")}));
}

void TestConnectorDraft::initialStateOnEdge()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EDGE02"));
    QVERIFY(draft.onEdge());
    QVERIFY(!draft.hasSourceServerPage());
    QCOMPARE(draft.connector().sourceTransportServers, QStringList());
    QCOMPARE(draft.context().edgeServer, QStringLiteral("EDGE02"));
    QVERIFY(draft.startProblems().isEmpty());
    // The Edge's own connectors count for duplicates, the organization's do not.
    draft.setName(QStringLiteral("edge02 TO internet"));
    QCOMPARE(codes(draft.problems(Section::Introduction)), QStringList{QStringLiteral("Name.Duplicate")});
    draft.setName(QStringLiteral("Contoso to Internet"));
    QCOMPARE(codes(draft.problems(Section::Introduction)), QStringList());
}

void TestConnectorDraft::serverNameIsCanonical()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral(" ex02 "));
    QCOMPARE(draft.server(), QStringLiteral("EX02"));
    QCOMPARE(draft.connector().sourceTransportServers, QStringList{QStringLiteral("EX02")});
}

void TestConnectorDraft::startProblems_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("hub") << QStringLiteral("EX01") << QStringList();
    QTest::newRow("hub, other case") << QStringLiteral("ex03") << QStringList();
    QTest::newRow("unsubscribed edge") << QStringLiteral("EDGE02") << QStringList();
    QTest::newRow("subscribed edge") << QStringLiteral("EDGE01")
                                     << QStringList{QStringLiteral("Connector.SubscribedEdge")};
    QTest::newRow("unknown") << QStringLiteral("MAIL9") << QStringList{QStringLiteral("Draft.UnknownServer")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("Draft.UnknownServer")};
}

void TestConnectorDraft::startProblems()
{
    QFETCH(QString, server);
    QFETCH(QStringList, expected);

    const Problems found = ConnectorDraft::startProblems(sampleOrganization(), server);
    QCOMPARE(codes(found), expected);
    for (const Problem &problem : found)
        QVERIFY(problem.isError());
    QCOMPARE(codes(ConnectorDraft(sampleOrganization(), server).startProblems()), expected);
    if (expected == QStringList{QStringLiteral("Connector.SubscribedEdge")}) {
        // The advice of docs/domain-rules.md#concepts.
        QVERIFY2(found.first().message.contains(QLatin1String("Hub Transport server")),
                 qPrintable(found.first().message));
    }
    if (expected == QStringList{QStringLiteral("Draft.UnknownServer")} && !server.isEmpty())
        QVERIFY(found.first().message.contains(server));
}

void TestConnectorDraft::offersPerMode_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("customAddressSpaces");
    QTest::addColumn<bool>("scoping");
    QTest::addColumn<bool>("externalDns");

    QTest::newRow("SP1 hub") << Exchange::Version::Sp12007 << QStringLiteral("EX01") << true << true << true;
    QTest::newRow("SP1 edge") << Exchange::Version::Sp12007 << QStringLiteral("EDGE02") << false << false << true;
    QTest::newRow("RTM hub") << Exchange::Version::Rtm2007 << QStringLiteral("EX01") << false << false << false;
    QTest::newRow("RTM edge") << Exchange::Version::Rtm2007 << QStringLiteral("EDGE02") << false << false << false;
}

void TestConnectorDraft::offersPerMode()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, server);
    QFETCH(bool, customAddressSpaces);
    QFETCH(bool, scoping);
    QFETCH(bool, externalDns);

    const ConnectorDraft draft(sampleOrganization(version), server);
    QCOMPARE(Exchange::toString(draft.version()), Exchange::toString(version));
    QCOMPARE(draft.offersCustomAddressSpaces(), customAddressSpaces);
    QCOMPARE(draft.offersScoping(), scoping);
    QCOMPARE(draft.offersExternalDnsSetting(), externalDns);
}

void TestConnectorDraft::usageAvailability_data()
{
    QTest::addColumn<Exchange::Usage>("usage");
    QTest::addColumn<bool>("dnsOffered");
    QTest::addColumn<bool>("smartHostsOffered");
    QTest::addColumn<bool>("dnsPreselected");
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<bool>("domainSecure");

    QTest::newRow("Custom") << Exchange::Usage::Custom << true << true << true << Mechanism::None << false;
    QTest::newRow("Internal") << Exchange::Usage::Internal << false << true << false << Mechanism::ExchangeServer
                              << false;
    QTest::newRow("Internet") << Exchange::Usage::Internet << true << true << true << Mechanism::None << false;
    QTest::newRow("Partner") << Exchange::Usage::Partner << true << false << true << Mechanism::None << true;
}

void TestConnectorDraft::usageAvailability()
{
    QFETCH(Exchange::Usage, usage);
    QFETCH(bool, dnsOffered);
    QFETCH(bool, smartHostsOffered);
    QFETCH(bool, dnsPreselected);
    QFETCH(Mechanism, mechanism);
    QFETCH(bool, domainSecure);

    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    // Start from another usage so that every row really switches.
    draft.setUsage(usage == Exchange::Usage::Internal ? Exchange::Usage::Partner : Exchange::Usage::Internal);
    draft.setUsage(usage);

    QCOMPARE(Exchange::toString(draft.connector().usage), Exchange::toString(usage));
    QCOMPARE(draft.dnsRoutingOffered(), dnsOffered);
    QCOMPARE(draft.smartHostsOffered(), smartHostsOffered);
    QCOMPARE(draft.dnsRoutingUnavailableReason().isEmpty(), dnsOffered);
    QCOMPARE(draft.smartHostsUnavailableReason().isEmpty(), smartHostsOffered);
    QCOMPARE(draft.connector().dnsRoutingEnabled, dnsPreselected);
    QCOMPARE(draft.usesSmartHosts(), !dnsPreselected);
    QCOMPARE(Exchange::toString(draft.smartHostAuthMechanism()), Exchange::toString(mechanism));
    // With DNS routing the connector itself authenticates to no smart host.
    QCOMPARE(Exchange::toString(draft.connector().smartHostAuthMechanism), Exchange::toString(dnsPreselected ? Mechanism::None : mechanism));
    QCOMPARE(draft.connector().domainSecureEnabled, domainSecure);
    // Whatever was preselected is one of the offered options.
    QVERIFY(dnsPreselected ? dnsOffered : smartHostsOffered);
    QVERIFY(!containsCode(draft.problems(), QStringLiteral("Connector.DnsRoutingNotOffered")));
    QVERIFY(!containsCode(draft.problems(), QStringLiteral("Connector.SmartHostsNotOffered")));
}

void TestConnectorDraft::setUsageKeepsWhatWasEntered()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setName(QStringLiteral("To Fabrikam"));
    draft.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("fabrikam.com"), 3)});
    draft.setScopedConnector(true);
    draft.setDnsRoutingEnabled(false);
    draft.setSmartHosts({ipHost(QStringLiteral("10.0.0.5"))});
    draft.setSmartHostAuthMechanism(Mechanism::BasicAuthRequireTLS);
    draft.setCredential(QStringLiteral("CONTOSO\\relay"), QStringLiteral("s3cret"));
    draft.setSourceTransportServers({QStringLiteral("EX01"), QStringLiteral("EX02")});

    draft.setUsage(Exchange::Usage::Internet);

    const SendConnector &c = draft.connector();
    QCOMPARE(c.name, QStringLiteral("To Fabrikam"));
    QCOMPARE(c.addressSpaces, (QList<AddressSpace>{space(QStringLiteral("SMTP"), QStringLiteral("fabrikam.com"), 3)}));
    QVERIFY(c.isScopedConnector);
    QCOMPARE(c.sourceTransportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    // Internet offers smart hosts too: the user's routing and authentication choices stay in force
    // (the usage's preselection, DNS and None, is only for what he left alone).
    QVERIFY(!c.dnsRoutingEnabled);
    QCOMPARE(c.smartHosts, QList<SmartHost>{ipHost(QStringLiteral("10.0.0.5"))});
    QCOMPARE(draft.smartHosts(), QList<SmartHost>{ipHost(QStringLiteral("10.0.0.5"))});
    QCOMPARE(draft.userName(), QStringLiteral("CONTOSO\\relay"));
    QCOMPARE(draft.password(), QStringLiteral("s3cret"));
    QCOMPARE(Exchange::toString(draft.smartHostAuthMechanism()), Exchange::toString(Mechanism::BasicAuthRequireTLS));
    QCOMPARE(Exchange::toString(c.smartHostAuthMechanism), Exchange::toString(Mechanism::BasicAuthRequireTLS));

    // Partner offers no smart hosts: DNS, and the smart hosts and the credential wait in the draft.
    draft.setUsage(Exchange::Usage::Partner);
    QVERIFY(draft.connector().dnsRoutingEnabled);
    QVERIFY(draft.connector().smartHosts.isEmpty());
    QCOMPARE(draft.smartHosts(), QList<SmartHost>{ipHost(QStringLiteral("10.0.0.5"))});
    QCOMPARE(draft.userName(), QStringLiteral("CONTOSO\\relay"));

    // Back to a usage with smart hosts: the user's choice returns without retyping anything.
    draft.setUsage(Exchange::Usage::Custom);
    QVERIFY(!draft.connector().dnsRoutingEnabled);
    QCOMPARE(draft.connector().smartHosts, QList<SmartHost>{ipHost(QStringLiteral("10.0.0.5"))});
    QCOMPARE(draft.connector().authenticationCredential, AuthenticationCredential{QStringLiteral("CONTOSO\\relay")});
    draft.setSmartHostAuthMechanism(Mechanism::BasicAuth);
    QCOMPARE(draft.connector().authenticationCredential, AuthenticationCredential{QStringLiteral("CONTOSO\\relay")});
}

void TestConnectorDraft::setUsageKeepsTheUsersOwnChoices_data()
{
    QTest::addColumn<bool>("chooseRouting");
    QTest::addColumn<bool>("chooseMechanism");
    QTest::addColumn<bool>("chooseExternalDns");
    QTest::addColumn<Exchange::Usage>("newUsage");
    QTest::addColumn<bool>("dnsRouting");
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<bool>("externalDns");

    // Nothing chosen: the new usage's defaults.
    QTest::newRow("defaults, Internal") << false << false << false << Exchange::Usage::Internal << false
                                        << Mechanism::ExchangeServer << false;
    QTest::newRow("defaults, Internet") << false << false << false << Exchange::Usage::Internet << true
                                        << Mechanism::None << false;
    // Chosen and still offered: kept.
    QTest::newRow("smart hosts + Basic TLS, Internet") << true << true << false << Exchange::Usage::Internet << false
                                                       << Mechanism::BasicAuthRequireTLS << false;
    QTest::newRow("Basic TLS, Internal") << true << true << false << Exchange::Usage::Internal << false
                                         << Mechanism::BasicAuthRequireTLS << false;
    QTest::newRow("external DNS, Internet") << false << false << true << Exchange::Usage::Internet << true
                                            << Mechanism::None << true;
    // Chosen but not offered by the new usage: the usage decides.
    QTest::newRow("smart hosts, Partner") << true << true << true << Exchange::Usage::Partner << true
                                          << Mechanism::BasicAuthRequireTLS << true;
}

void TestConnectorDraft::setUsageKeepsTheUsersOwnChoices()
{
    QFETCH(bool, chooseRouting);
    QFETCH(bool, chooseMechanism);
    QFETCH(bool, chooseExternalDns);
    QFETCH(Exchange::Usage, newUsage);
    QFETCH(bool, dnsRouting);
    QFETCH(Mechanism, mechanism);
    QFETCH(bool, externalDns);

    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("fabrikam.com"))});
    draft.setSmartHosts({ipHost(QStringLiteral("10.0.0.5"))});
    if (chooseExternalDns)
        draft.setUseExternalDnsServersEnabled(true);
    if (chooseRouting)
        draft.setDnsRoutingEnabled(false);
    if (chooseMechanism) {
        draft.setSmartHostAuthMechanism(Mechanism::BasicAuthRequireTLS);
        draft.setCredential(QStringLiteral("relay"), QStringLiteral("pw"));
    }

    draft.setUsage(newUsage);

    QCOMPARE(draft.connector().dnsRoutingEnabled, dnsRouting);
    QCOMPARE(Exchange::toString(draft.smartHostAuthMechanism()), Exchange::toString(mechanism));
    QCOMPARE(Exchange::toString(draft.connector().smartHostAuthMechanism),
             Exchange::toString(dnsRouting ? Mechanism::None : mechanism));
    QCOMPARE(draft.connector().smartHosts,
             dnsRouting ? QList<SmartHost>() : QList<SmartHost>{ipHost(QStringLiteral("10.0.0.5"))});
    QCOMPARE(draft.connector().useExternalDnsServersEnabled, externalDns);
    QVERIFY(!containsCode(draft.problems(), QStringLiteral("Connector.DnsRoutingNotOffered")));
    QVERIFY(!containsCode(draft.problems(), QStringLiteral("Connector.SmartHostsNotOffered")));
}

void TestConnectorDraft::setUsageUndoesPreviousUsageDefaults()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setUsage(Exchange::Usage::Partner);
    QVERIFY(draft.connector().domainSecureEnabled);
    draft.setUsage(Exchange::Usage::Custom);
    QVERIFY(!draft.connector().domainSecureEnabled);
    draft.setUsage(Exchange::Usage::Internal);
    QVERIFY(!draft.connector().dnsRoutingEnabled);
    draft.setUsage(Exchange::Usage::Custom);
    QVERIFY(draft.connector().dnsRoutingEnabled);
    QCOMPARE(Exchange::toString(draft.smartHostAuthMechanism()), Exchange::toString(Mechanism::None));
}

void TestConnectorDraft::internetOnEdgeUsesExternalDns()
{
    ConnectorDraft edge(sampleOrganization(), QStringLiteral("EDGE02"));
    edge.setUsage(Exchange::Usage::Internet);
    QVERIFY(edge.connector().useExternalDnsServersEnabled);
    ConnectorDraft hub(sampleOrganization(), QStringLiteral("EX01"));
    hub.setUsage(Exchange::Usage::Internet);
    QVERIFY(!hub.connector().useExternalDnsServersEnabled);
    hub.setUseExternalDnsServersEnabled(true);
    QVERIFY(hub.connector().useExternalDnsServersEnabled);
}

// The shared rule (ConnectorValidator's Connector.ExternalDnsServersMissing) reaches the wizard
// on Network settings, where the setting is, as a warning that does not hold the page back.
void TestConnectorDraft::externalDnsServersMissingOnNetworkSettings()
{
    const QStringList missing{QStringLiteral("Connector.ExternalDnsServersMissing")};
    // The sample's EDGE02 lists external DNS servers: its Internet connector is fine.
    Organization organization = sampleOrganization();
    ConnectorDraft listed(organization, QStringLiteral("EDGE02"));
    listed.setUsage(Exchange::Usage::Internet);
    QVERIFY(!codesOf(listed.problems(ConnectorDraft::Section::NetworkSettings)).contains(missing.first()));

    organization.server(QStringLiteral("EDGE02"))->externalDnsServers.clear();
    ConnectorDraft edge(organization, QStringLiteral("EDGE02"));
    edge.setUsage(Exchange::Usage::Internet);
    QCOMPARE(codes(edge.problems(Section::NetworkSettings)), missing);
    QVERIFY(edge.isSectionComplete(Section::NetworkSettings));
    edge.setUseExternalDnsServersEnabled(false);
    QCOMPARE(codes(edge.problems(Section::NetworkSettings)), QStringList());

    // A Hub side connector: its source server EX01 lists none in the sample.
    ConnectorDraft hub(sampleOrganization(), QStringLiteral("EX01"));
    hub.setUsage(Exchange::Usage::Internet);
    hub.setUseExternalDnsServersEnabled(true);
    QCOMPARE(codes(hub.problems(Section::NetworkSettings)), missing);
    QVERIFY(hub.problems(Section::NetworkSettings).first().message.contains(QLatin1String("EX01")));
}

void TestConnectorDraft::nonSmtpAddressSpaceForcesSmartHosts()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    QVERIFY(draft.dnsRoutingOffered());
    QVERIFY(draft.connector().dnsRoutingEnabled);

    const AddressSpace x400 = space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=Fabrikam"), 2);
    draft.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("contoso.com")), x400});
    QVERIFY(!draft.dnsRoutingOffered());
    QVERIFY(draft.smartHostsOffered());
    QVERIFY(!draft.connector().dnsRoutingEnabled);
    const QString reason = draft.dnsRoutingUnavailableReason();
    QVERIFY2(reason.contains(x400.address) && reason.contains(QLatin1String("X400")), qPrintable(reason));
    QCOMPARE(codes(draft.problems(Section::NetworkSettings)), QStringList{QStringLiteral("Connector.SmartHostsRequired")});

    // Choosing DNS anyway is an error of the network settings.
    draft.setDnsRoutingEnabled(true);
    QCOMPARE(codes(draft.problems(Section::NetworkSettings)),
             QStringList{QStringLiteral("Connector.NonSmtpNeedsSmartHosts")});

    // SMTP only again: DNS is offered; the choice the user made stays.
    draft.setDnsRoutingEnabled(false);
    draft.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("contoso.com"))});
    QVERIFY(draft.dnsRoutingOffered());
    QVERIFY(draft.dnsRoutingUnavailableReason().isEmpty());
    QVERIFY(!draft.connector().dnsRoutingEnabled);

    // The usage's reason wins over the address space's.
    draft.setUsage(Exchange::Usage::Internal);
    draft.setAddressSpaces({x400});
    QCOMPARE(draft.dnsRoutingUnavailableReason(), UsageRules::dnsRoutingUnavailableReason(Exchange::Usage::Internal));
}

void TestConnectorDraft::smartHostsKeptWhileDnsRouting()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setDnsRoutingEnabled(false);
    const QList<SmartHost> hosts{ipHost(QStringLiteral("192.168.1.20")), SmartHost{SmartHost::Kind::Fqdn,
                                                                              QStringLiteral("relay.contoso.com")}};
    draft.setSmartHosts(hosts);
    draft.setSmartHostAuthMechanism(Mechanism::ExternalAuthoritative);
    QCOMPARE(draft.connector().smartHosts, hosts);
    QCOMPARE(Exchange::toString(draft.connector().smartHostAuthMechanism), Exchange::toString(Mechanism::ExternalAuthoritative));

    draft.setDnsRoutingEnabled(true);
    QVERIFY(draft.connector().smartHosts.isEmpty());
    QCOMPARE(Exchange::toString(draft.connector().smartHostAuthMechanism), Exchange::toString(Mechanism::None));
    QCOMPARE(draft.smartHosts(), hosts);
    QCOMPARE(Exchange::toString(draft.smartHostAuthMechanism()), Exchange::toString(Mechanism::ExternalAuthoritative));
    QVERIFY(draft.problems(Section::NetworkSettings).isEmpty());
    QVERIFY(draft.problems(Section::SmartHostSecurity).isEmpty());

    draft.setDnsRoutingEnabled(false);
    QCOMPARE(draft.connector().smartHosts, hosts);
    QCOMPARE(Exchange::toString(draft.connector().smartHostAuthMechanism), Exchange::toString(Mechanism::ExternalAuthoritative));
}

void TestConnectorDraft::credentialOnlyWithBasic()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setDnsRoutingEnabled(false);
    draft.setSmartHosts({ipHost(QStringLiteral("10.1.1.1"))});
    draft.setCredential(QStringLiteral(" relay "), QStringLiteral("pw"));
    QVERIFY(!draft.credentialRequired());
    QVERIFY(!draft.connector().authenticationCredential);

    draft.setSmartHostAuthMechanism(Mechanism::BasicAuthRequireTLS);
    QVERIFY(draft.credentialRequired());
    QCOMPARE(draft.connector().authenticationCredential, AuthenticationCredential{QStringLiteral("relay")});
    QVERIFY(draft.problems(Section::SmartHostSecurity).isEmpty());

    draft.setSmartHostAuthMechanism(Mechanism::BasicAuth);
    QCOMPARE(codes(draft.problems(Section::SmartHostSecurity)), QStringList{QStringLiteral("Connector.BasicAuthInClear")});
    QVERIFY(draft.isSectionComplete(Section::SmartHostSecurity)); // a warning only

    draft.setSmartHostAuthMechanism(Mechanism::ExchangeServer);
    QVERIFY(!draft.connector().authenticationCredential);
    QCOMPARE(draft.userName(), QStringLiteral(" relay "));
    QCOMPARE(draft.password(), QStringLiteral("pw"));
}

void TestConnectorDraft::passwordProblems_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("both") << QStringLiteral("relay") << QStringLiteral("pw") << QStringList();
    QTest::newRow("no password") << QStringLiteral("relay") << QString()
                                 << QStringList{QStringLiteral("Draft.PasswordRequired")};
    QTest::newRow("no user name") << QString() << QStringLiteral("pw")
                                  << QStringList{QStringLiteral("Connector.CredentialRequired")};
    QTest::newRow("neither") << QString() << QString()
                             << QStringList{QStringLiteral("Connector.CredentialRequired"),
                                            QStringLiteral("Draft.PasswordRequired")};
    QTest::newRow("password 256") << QStringLiteral("relay") << QString(256, QLatin1Char('p')) << QStringList();
    QTest::newRow("password 257") << QStringLiteral("relay") << QString(257, QLatin1Char('p'))
                                  << QStringList{QStringLiteral("Draft.PasswordTooLong")};
    QTest::newRow("user name 257") << QString(257, QLatin1Char('u')) << QStringLiteral("pw")
                                   << QStringList{QStringLiteral("Connector.CredentialUserNameTooLong")};
}

void TestConnectorDraft::passwordProblems()
{
    QFETCH(QString, userName);
    QFETCH(QString, password);
    QFETCH(QStringList, expected);

    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setDnsRoutingEnabled(false);
    draft.setSmartHosts({ipHost(QStringLiteral("10.1.1.1"))});
    draft.setSmartHostAuthMechanism(Mechanism::BasicAuthRequireTLS);
    draft.setCredential(userName, password);
    QCOMPARE(codes(draft.problems(Section::SmartHostSecurity)), expected);
    QCOMPARE(draft.isSectionComplete(Section::SmartHostSecurity), expected.isEmpty());

    // With DNS routing nothing of it counts.
    draft.setDnsRoutingEnabled(true);
    QCOMPARE(codes(draft.problems(Section::SmartHostSecurity)), QStringList());
}

void TestConnectorDraft::problemsPerSection_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<std::function<void(ConnectorDraft &)>>("edit");
    QTest::addColumn<Section>("section");
    QTest::addColumn<QStringList>("expected");

    const auto valid = [](ConnectorDraft &draft) {
        draft.setName(QStringLiteral("New one"));
        draft.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("example.com"))});
    };
    const QString hub = QStringLiteral("EX01");
    using Edit = std::function<void(ConnectorDraft &)>;

    QTest::newRow("valid: introduction") << hub << Edit(valid) << Section::Introduction << QStringList();
    QTest::newRow("valid: address space") << hub << Edit(valid) << Section::AddressSpace << QStringList();
    QTest::newRow("valid: source server") << hub << Edit(valid) << Section::SourceServer << QStringList();
    QTest::newRow("name too long") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setName(QString(65, QLatin1Char('n')));
    }) << Section::Introduction << QStringList{QStringLiteral("Name.TooLong")};
    QTest::newRow("name with tab") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setName(QStringLiteral("a\tb"));
    }) << Section::Introduction << QStringList{QStringLiteral("Name.ControlCharacter")};
    QTest::newRow("duplicate name, other case") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setName(QStringLiteral("CONTOSO TO INTERNET"));
    }) << Section::Introduction << QStringList{QStringLiteral("Name.Duplicate")};
    QTest::newRow("duplicate address space") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("example.com")),
                            space(QStringLiteral("SMTP"), QStringLiteral("EXAMPLE.com"), 4)});
    }) << Section::AddressSpace << QStringList{QStringLiteral("Connector.DuplicateAddressSpace")};
    QTest::newRow("partner with *") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setUsage(Exchange::Usage::Partner);
        d.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("*"))});
    }) << Section::AddressSpace << QStringList{QStringLiteral("Connector.DomainSecureWithWildcard")};
    QTest::newRow("scoped on an SP1 hub") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setScopedConnector(true);
    }) << Section::AddressSpace << QStringList();
    QTest::newRow("no smart host") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setDnsRoutingEnabled(false);
    }) << Section::NetworkSettings << QStringList{QStringLiteral("Connector.SmartHostsRequired")};
    QTest::newRow("no source server") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setSourceTransportServers({});
    }) << Section::SourceServer << QStringList{QStringLiteral("Connector.SourceServerRequired")};
    QTest::newRow("mixed source servers") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setSourceTransportServers({QStringLiteral("EX01"), QStringLiteral("EDGE01")});
    }) << Section::SourceServer << QStringList{QStringLiteral("Connector.MixedSourceServers")};
    QTest::newRow("several sites: a warning") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setSourceTransportServers({QStringLiteral("EX01"), QStringLiteral("EX03")});
    }) << Section::SourceServer << QStringList{QStringLiteral("Connector.SourceServersInSeveralSites")};
    QTest::newRow("own hub as smart host: a warning") << hub << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setDnsRoutingEnabled(false);
        d.setSmartHosts({ModelTestSupport::fqdnHost(QStringLiteral("ex02.contoso.com"))});
    }) << Section::NetworkSettings << QStringList{QStringLiteral("Connector.SmartHostIsOwnServer")};
    QTest::newRow("edge: X400 refused") << QStringLiteral("EDGE02") << Edit([&](ConnectorDraft &d) {
        valid(d);
        d.setAddressSpaces({space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=Fabrikam"))});
        d.setSmartHosts({ipHost(QStringLiteral("10.0.0.1"))});
    }) << Section::AddressSpace << QStringList{QStringLiteral("Connector.NonSmtpOnEdge")};
    QTest::newRow("edge: no source server needed") << QStringLiteral("EDGE02") << Edit(valid) << Section::SourceServer
                                                   << QStringList();
}

// "Routing.NoDefaultRoute" for the side as the draft leaves it, on the address spaces; and
// RequireTLS on "*" shown there too (no screen edits RequireTLS).
void TestConnectorDraft::sideAdviceOnTheAddressSpaces()
{
    Organization withoutDefault = sampleOrganization();
    withoutDefault.mutableConnectorsFor(QString())->first().enabled = false; // "Contoso to Internet"
    QCOMPARE(withoutDefault.connectorsFor(QString()).first().name, QStringLiteral("Contoso to Internet"));

    ConnectorDraft created(withoutDefault, QStringLiteral("EX01"));
    created.setName(QStringLiteral("Fabrikam"));
    created.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("fabrikam.com"))});
    QCOMPARE(codes(created.problems(Section::AddressSpace)), QStringList{QStringLiteral("Routing.NoDefaultRoute")});
    QVERIFY(created.isSectionComplete(Section::AddressSpace)); // a warning: New stays possible
    created.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("*"))});
    QCOMPARE(codes(created.problems()), QStringList());

    const Organization sample = sampleOrganization();
    SendConnector internet = sample.connectorsFor(QString()).first();
    ConnectorDraft edited(sample, QStringLiteral("EX01"), internet);
    QCOMPARE(codes(edited.problems()), QStringList());
    edited.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("fabrikam.com"))});
    QCOMPARE(codes(edited.problems(Section::AddressSpace)), QStringList{QStringLiteral("Routing.NoDefaultRoute")});

    internet.requireTls = true;
    internet.addressSpaces = {space(QStringLiteral("SMTP"), QStringLiteral("contoso.com"))};
    ConnectorDraft tls(sample, QStringLiteral("EX01"), internet);
    tls.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("*"))});
    QCOMPARE(codes(tls.problems(Section::AddressSpace)), QStringList{QStringLiteral("Connector.RequireTlsOnWildcard")});
    QCOMPARE(codes(tls.problems(Section::NetworkSettings)), QStringList());
}

// The impact preview's text: RoutingAnalysis's sentences for the connector as it would be written,
// a sentence when nothing changes, and none computed while errors remain.
void TestConnectorDraft::routingImpact()
{
    const Organization sample = sampleOrganization();
    ConnectorDraft created(sample, QStringLiteral("EX01"));
    created.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("litwareinc.com"))});
    QCOMPARE(created.routingImpact(), QStringList{QStringLiteral("The routing impact is shown once the connector has no errors.")});
    created.setName(QStringLiteral("  Litware  "));
    const QStringList sentences = created.routingImpact();
    QCOMPARE(sentences, RoutingAnalysis::impact(sample, QString(), created.connectorToCreate()).sentences());
    QCOMPARE(sentences.size(), 1);
    QVERIFY2(sentences.first().contains(QLatin1String("\"Contoso to Internet\"")), qPrintable(sentences.first()));

    const SendConnector relay = sample.connectorsFor(QString()).at(1);
    ConnectorDraft edited(sample, QStringLiteral("EX01"), relay);
    QCOMPARE(edited.routingImpact(),
             QStringList{QStringLiteral("No change to routing: the same connectors carry mail for the same domains as before.")});
    edited.setName(QStringLiteral("Tailspin renamed"));
    QVERIFY(edited.routingImpact().first().startsWith(QLatin1String("No change to routing")));
    edited.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("tailspintoys.net"))});
    QCOMPARE(edited.routingImpact(),
             RoutingAnalysis::impact(sample, QString(), edited.connectorToCreate(), relay.name).sentences());
    QVERIFY(!RoutingAnalysis::impact(sample, QString(), edited.connectorToCreate(), relay.name).handOvers.isEmpty());
}

void TestConnectorDraft::problemsPerSection()
{
    QFETCH(QString, server);
    QFETCH(std::function<void(ConnectorDraft &)>, edit);
    QFETCH(Section, section);
    QFETCH(QStringList, expected);

    ConnectorDraft draft(sampleOrganization(), server);
    edit(draft);
    QCOMPARE(codes(draft.problems(section)), expected);
    const bool errors = std::any_of(expected.cbegin(), expected.cend(), [&](const QString &code) {
        const Problems found = draft.problems(section);
        return std::any_of(found.cbegin(), found.cend(),
                           [&](const Problem &p) { return p.code == code && p.isError(); });
    });
    QCOMPARE(draft.isSectionComplete(section), !errors);
    // Every problem of the connector lands in exactly one section.
    int total = 0;
    for (Section s : {Section::Introduction, Section::AddressSpace, Section::NetworkSettings,
                      Section::SmartHostSecurity, Section::SourceServer})
        total += int(draft.problems(s).size());
    QCOMPARE(total, int(draft.problems().size()));
}

void TestConnectorDraft::sectionOf_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<Section>("section");

    QTest::newRow("Name") << QStringLiteral("Name") << Section::Introduction;
    QTest::newRow("Usage") << QStringLiteral("Usage") << Section::Introduction;
    QTest::newRow("whole connector") << QString() << Section::Introduction;
    QTest::newRow("unknown") << QStringLiteral("Frobnicate") << Section::Introduction;
    QTest::newRow("AddressSpaces") << QStringLiteral("AddressSpaces") << Section::AddressSpace;
    QTest::newRow("AddressSpaces[2]") << QStringLiteral("AddressSpaces[2]") << Section::AddressSpace;
    QTest::newRow("IsScopedConnector") << QStringLiteral("IsScopedConnector") << Section::AddressSpace;
    QTest::newRow("LinkedReceiveConnector") << QStringLiteral("LinkedReceiveConnector") << Section::AddressSpace;
    QTest::newRow("DomainSecureEnabled") << QStringLiteral("DomainSecureEnabled") << Section::AddressSpace;
    QTest::newRow("MaxMessageSize") << QStringLiteral("MaxMessageSize") << Section::AddressSpace;
    QTest::newRow("DNSRoutingEnabled") << QStringLiteral("DNSRoutingEnabled") << Section::NetworkSettings;
    QTest::newRow("dnsroutingenabled") << QStringLiteral("dnsroutingenabled") << Section::NetworkSettings;
    QTest::newRow("SmartHosts[0]") << QStringLiteral("SmartHosts[0]") << Section::NetworkSettings;
    QTest::newRow("UseExternalDNSServersEnabled") << QStringLiteral("UseExternalDNSServersEnabled")
                                                  << Section::NetworkSettings;
    QTest::newRow("Port") << QStringLiteral("Port") << Section::NetworkSettings;
    QTest::newRow("Fqdn") << QStringLiteral("Fqdn") << Section::NetworkSettings;
    QTest::newRow("RequireTLS") << QStringLiteral("RequireTLS") << Section::NetworkSettings;
    QTest::newRow("SmartHostAuthMechanism") << QStringLiteral("SmartHostAuthMechanism") << Section::SmartHostSecurity;
    QTest::newRow("AuthenticationCredential") << QStringLiteral("AuthenticationCredential")
                                              << Section::SmartHostSecurity;
    QTest::newRow("SourceTransportServers") << QStringLiteral("SourceTransportServers") << Section::SourceServer;
}

void TestConnectorDraft::sectionOf()
{
    QFETCH(QString, parameter);
    QFETCH(Section, section);
    QCOMPARE(ConnectorDraft::sectionOf(parameter), section);
}

void TestConnectorDraft::candidateSourceServers()
{
    const ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    QStringList expected;
    for (const TransportServer &server : draft.organization().servers) {
        if (server.isHub() || server.subscribed)
            expected.append(server.name);
    }
    QCOMPARE(draft.candidateSourceServers(), expected);
    QVERIFY(expected.contains(QStringLiteral("EDGE01")));
    QVERIFY(!expected.contains(QStringLiteral("EDGE02")));
    QVERIFY(expected.contains(QStringLiteral("EX03")));
}

void TestConnectorDraft::modifiedOnlyByChanges()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    QSignalSpy spy(&draft, &ConnectorDraft::changed);

    // What a page does when it loads: setting the values the draft already has.
    draft.setName(QString());
    draft.setUsage(Exchange::Usage::Custom);
    draft.setAddressSpaces({});
    draft.setScopedConnector(false);
    draft.setDnsRoutingEnabled(true);
    draft.setSmartHosts({});
    draft.setUseExternalDnsServersEnabled(false);
    draft.setSmartHostAuthMechanism(Mechanism::None);
    draft.setCredential(QString(), QString());
    draft.setSourceTransportServers({QStringLiteral("EX01")});
    QCOMPARE(spy.count(), 0);
    QVERIFY(!draft.isModified());

    draft.setName(QStringLiteral("x"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(draft.isModified());
    draft.setCredential(QString(), QStringLiteral("p"));
    QCOMPARE(spy.count(), 2);
}

void TestConnectorDraft::refreshOrganizationShowsNamesTakenMeanwhile()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setName(QStringLiteral("Racing"));
    draft.setAddressSpaces({space(QStringLiteral("SMTP"), QStringLiteral("race.example"))});
    QVERIFY(draft.isSectionComplete(Section::Introduction));
    const SendConnector before = draft.connector();

    Organization fresh = sampleOrganization();
    SendConnector other;
    other.name = QStringLiteral("Racing");
    other.addressSpaces = {space(QStringLiteral("SMTP"), QStringLiteral("other.example"))};
    other.sourceTransportServers = {QStringLiteral("EX02")};
    fresh.sendConnectors.append(other);

    ConnectorDraft untouched(sampleOrganization(), QStringLiteral("EX01"));
    QSignalSpy spy(&untouched, &ConnectorDraft::changed);
    untouched.refreshOrganization(fresh);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!untouched.isModified());

    draft.refreshOrganization(fresh);
    QCOMPARE(codes(draft.problems(Section::Introduction)), QStringList{QStringLiteral("Name.Duplicate")});
    QCOMPARE(draft.connector(), before);
}

void TestConnectorDraft::partnerMessagesPointAtTheWizardsRemedies_data()
{
    QTest::addColumn<AddressSpace>("addressSpace");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("wizardSays");
    QTest::addColumn<QString>("shellSays"); // the validator's own wording, for the shell

    QTest::newRow("*") << space(QStringLiteral("SMTP"), QStringLiteral("*"))
                       << QStringLiteral("Connector.DomainSecureWithWildcard")
                       << QStringLiteral("Replace \"*\" with the partner's domains here, or click Back and choose "
                                         "another usage on the Introduction page.")
                       << QStringLiteral("turn DomainSecureEnabled off");
    QTest::newRow("X400") << space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=Fabrikam"))
                          << QStringLiteral("Connector.NonSmtpNeedsSmartHosts")
                          << QStringLiteral("Remove the address space here, or click Back and choose the Custom, "
                                            "Internal or Internet usage on the Introduction page.")
                          << QStringLiteral("Change the usage to Custom, Internal or Internet, or use only SMTP "
                                            "address spaces.");
}

void TestConnectorDraft::partnerMessagesPointAtTheWizardsRemedies()
{
    QFETCH(AddressSpace, addressSpace);
    QFETCH(QString, code);
    QFETCH(QString, wizardSays);
    QFETCH(QString, shellSays);

    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setName(QStringLiteral("Partner"));
    draft.setUsage(Exchange::Usage::Partner);
    draft.setAddressSpaces({addressSpace});

    // Shown on the Address space page, where the address space can be changed; nowhere else.
    const Problems here = draft.problems(Section::AddressSpace);
    QCOMPARE(codes(here), QStringList{code});
    QVERIFY2(here.first().message.contains(wizardSays), qPrintable(here.first().message));
    QVERIFY(!here.first().message.contains(QLatin1String("DomainSecureEnabled")));
    QVERIFY(!here.first().message.contains(QLatin1String("Route the connector's mail through smart hosts")));
    for (Section other : {Section::Introduction, Section::NetworkSettings, Section::SmartHostSecurity,
                          Section::SourceServer})
        QVERIFY(codes(draft.problems(other)).isEmpty());

    // The shell keeps remedies it offers (its parameters); Partner never gets "use smart hosts".
    const Problems shell = ConnectorValidator::validate(draft.connector(), draft.context());
    const auto it = std::find_if(shell.cbegin(), shell.cend(), [&](const Problem &p) { return p.code == code; });
    QVERIFY(it != shell.cend());
    QVERIFY2(it->message.contains(shellSays), qPrintable(it->message));
    QVERIFY2(!it->message.contains(QLatin1String("Route the connector's mail through smart hosts")),
             qPrintable(it->message));
}

QTEST_GUILESS_MAIN(TestConnectorDraft)
#include "tst_connectordraft.moc"
