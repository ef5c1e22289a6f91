// Tests ConnectivityTest against real SMTP and DNS servers on loopback (the CTest fixtures
// smtp_servers and dns_server, tests/servers/): every verdict of issue 13, the steps and the
// servers' exact replies, timeouts, cancellation and destruction mid-test, and that the password
// appears in no result. Every connector points at 127.0.0.1, localhost or a .test domain that
// the test DNS servers resolve to loopback addresses.
#include "ConnectivityTest.h"
#include "SmtpReply.h"
#include "Organization.h"

#include "support/ProcessResources.h"
#include "support/TestServers.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

using namespace Connectivity;
using Mechanism = Exchange::SmartHostAuthMechanism;

Q_DECLARE_METATYPE(Connectivity::StartTls)
Q_DECLARE_METATYPE(Connectivity::Authenticated)
Q_DECLARE_METATYPE(Connectivity::Result)
Q_DECLARE_METATYPE(Exchange::SmartHostAuthMechanism)

namespace {
enum class Password { None, Right, Wrong };
constexpr int VerdictWaitMs = 60000; // far beyond any step bound: the test fails, never hangs

const QString WorkerThread = QString::fromLatin1(ConnectivityTest::WorkerThreadName);

int workerThreads() { return ProcessResources::threadCount(WorkerThread); }
int openSockets() { return ProcessResources::openSocketCount(); }

// How many hosts have connected so far, as the test reported it.
int connectedHosts(const QSignalSpy &steps)
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const QList<QVariant> &arguments) {
        const ConnectivityStep step = arguments.at(1).value<ConnectivityStep>();
        return step.kind == StepKind::Connect && step.outcome == StepOutcome::Succeeded;
    }));
}
} // namespace
Q_DECLARE_METATYPE(Password)

class TestConnectivityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void smartHost_data();
    void smartHost();
    void bannerAndRepliesAreTheServersOwn();
    void hostileBannerIsBounded();
    void silentServerTimesOutWithinTheBound();
    void hostsAreTestedInParallel();
    void passwordAppearsInNoResult();

    void domainsToTest_data();
    void domainsToTest();
    void dnsRoutingWithoutDomainFails();
    void externalDnsWithoutServersAsksTheDefault();
    void mxHostsInPreferenceOrder_data();
    void mxHostsInPreferenceOrder();
    void domainSecureThroughMx();

    void cancelLeavesNothingBehind();
    void workerThreadKeepsTheCallerFree();
    void cancelDuringDnsLookups();
    void destroyedMidTest();
    void startAgain();

private:
    SendConnector smartHostConnector(const QString &host, quint16 port) const;
    void configure(ConnectivityTest &test) const;
    bool run(ConnectivityTest &test, const SendConnector &connector) const;

    TestServers m_servers;
    TestServers m_dns;
    Organization m_organization;
    QList<QSslCertificate> m_ca;
};

void TestConnectivityTest::initTestCase()
{
    m_servers = TestServers::load(TestServers::Smtp);
    m_dns = TestServers::load(TestServers::Dns);
    QVERIFY2(m_dns.error.isEmpty(), qPrintable(m_dns.error));
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    m_ca = QSslCertificate::fromPath(m_servers.caFile);
    QCOMPARE(m_ca.size(), 1);
    m_organization.localServer = QStringLiteral("EX01");
    TransportServer server;
    server.name = QStringLiteral("EX01");
    server.externalDnsServers = {QHostAddress(m_dns.externalDnsServer)};
    m_organization.servers = {server};
}

SendConnector TestConnectivityTest::smartHostConnector(const QString &host, quint16 port) const
{
    SendConnector connector;
    connector.name = QStringLiteral("Relay");
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {SmartHost{host == QLatin1String("127.0.0.1") ? SmartHost::Kind::IpAddress : SmartHost::Kind::Fqdn, host}};
    connector.port = port;
    connector.fqdn = QStringLiteral("ex01.contoso.test");
    return connector;
}

void TestConnectivityTest::configure(ConnectivityTest &test) const
{
    test.setExtraCaCertificates(m_ca);
    test.setStepTimeout(std::chrono::seconds(5));
}

bool TestConnectivityTest::run(ConnectivityTest &test, const SendConnector &connector) const
{
    QSignalSpy finished(&test, &ConnectivityTest::finished);
    test.start(connector, m_organization);
    return QTest::qWaitFor([&] { return finished.count() == 1; }, VerdictWaitMs) && !test.isRunning();
}

void TestConnectivityTest::smartHost_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<bool>("domainSecure");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<Password>("password");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<StartTls>("startTls");
    QTest::addColumn<Authenticated>("authenticated");
    QTest::addColumn<Result>("result");
    QTest::addColumn<bool>("warned");
    QTest::addColumn<QString>("error"); // the exact reason, %1 = the host, %2 = the port

    const QString none;
    QTest::newRow("TLS and AUTH: success") << "starttls" << Mechanism::BasicAuthRequireTLS << false << false << true
        << Password::Right << true << StartTls::Succeeded << Authenticated::Succeeded << Result::Success << false << none;
    QTest::newRow("wrong password: failure") << "starttls" << Mechanism::BasicAuthRequireTLS << false << false << true
        << Password::Wrong << true << StartTls::Succeeded << Authenticated::Failed << Result::Failure << false
        << "%1 rejected the credentials of scc-test: \"535 5.7.8 Authentication credentials invalid\"";
    QTest::newRow("no password: not tried, success with a warning") << "starttls" << Mechanism::BasicAuthRequireTLS << false << false << true
        << Password::None << true << StartTls::Succeeded << Authenticated::NotTried << Result::Success << true << none;
    QTest::newRow("Basic in the clear: success") << "auth-plaintext" << Mechanism::BasicAuth << false << false << true
        << Password::Right << true << StartTls::NotOffered << Authenticated::Succeeded << Result::Success << false << none;
    QTest::newRow("Basic over TLS, no STARTTLS: failure") << "auth-plaintext" << Mechanism::BasicAuthRequireTLS << false << false << true
        << Password::Right << true << StartTls::NotOffered << Authenticated::NotTried << Result::Failure << false
        << "%1 does not offer STARTTLS, but the connector requires TLS.";
    QTest::newRow("RequireTLS, no STARTTLS: failure") << "no-starttls" << Mechanism::None << true << false << true
        << Password::None << true << StartTls::NotOffered << Authenticated::NotRequired << Result::Failure << false
        << "%1 does not offer STARTTLS, but the connector requires TLS.";
    QTest::newRow("no STARTTLS, TLS not required: success") << "no-starttls" << Mechanism::None << false << false << true
        << Password::None << true << StartTls::NotOffered << Authenticated::NotRequired << Result::Success << false << none;
    QTest::newRow("Basic, no AUTH offered: failure") << "no-starttls" << Mechanism::BasicAuth << false << false << true
        << Password::Right << true << StartTls::NotOffered << Authenticated::Failed << Result::Failure << false
        << "%1 offers neither AUTH LOGIN nor AUTH PLAIN, which Basic authentication needs.";
    QTest::newRow("opportunistic TLS: success") << "starttls" << Mechanism::None << false << false << true
        << Password::None << true << StartTls::Succeeded << Authenticated::NotRequired << Result::Success << false << none;
    QTest::newRow("untrusted CA: warning, success") << "starttls" << Mechanism::None << true << false << false
        << Password::None << true << StartTls::Succeeded << Authenticated::NotRequired << Result::Success << true << none;
    QTest::newRow("wrong name: warning, success") << "wrong-name" << Mechanism::BasicAuthRequireTLS << true << false << true
        << Password::Right << true << StartTls::Succeeded << Authenticated::Succeeded << Result::Success << true << none;
    QTest::newRow("expired: warning, success") << "expired" << Mechanism::None << true << false << true
        << Password::None << true << StartTls::Succeeded << Authenticated::NotRequired << Result::Success << true << none;
    QTest::newRow("domain secure, valid certificate: success") << "starttls" << Mechanism::None << false << true << true
        << Password::None << true << StartTls::Succeeded << Authenticated::NotRequired << Result::Success << false << none;
    QTest::newRow("domain secure, wrong name: failure") << "wrong-name" << Mechanism::None << false << true << true
        << Password::None << true << StartTls::Succeeded << Authenticated::NotRequired << Result::Failure << false
        << "The certificate of %1 is issued to other.invalid, not to %1. Domain security (DomainSecureEnabled) accepts only a valid certificate.";
    QTest::newRow("domain secure, expired: failure") << "expired" << Mechanism::None << false << true << true
        << Password::None << true << StartTls::Succeeded << Authenticated::NotRequired << Result::Failure << false << none;
    QTest::newRow("domain secure, no STARTTLS: failure") << "no-starttls" << Mechanism::None << false << true << true
        << Password::None << true << StartTls::NotOffered << Authenticated::NotRequired << Result::Failure << false
        << "%1 does not offer STARTTLS, but the connector requires TLS.";
    QTest::newRow("STARTTLS refused: failure") << "starttls-refused" << Mechanism::None << true << false << true
        << Password::None << true << StartTls::Failed << Authenticated::NotRequired << Result::Failure << false
        << "%1 offers STARTTLS but refused it: \"454 4.7.0 TLS not available due to temporary reason\"";
    QTest::newRow("handshake broken, opportunistic: failure") << "starttls-broken" << Mechanism::None << false << false << true
        << Password::None << true << StartTls::Failed << Authenticated::NotRequired << Result::Failure << false << none;
    QTest::newRow("closed port: not connected") << "closed" << Mechanism::None << false << false << true
        << Password::None << false << StartTls::NotRequired << Authenticated::NotRequired << Result::Failure << false
        << "%1 refused the connection on port %2.";
    QTest::newRow("hang-up without banner: failure") << "hangup" << Mechanism::None << false << false << true
        << Password::None << true << StartTls::NotRequired << Authenticated::NotRequired << Result::Failure << false
        << "%1 closed the connection during the step \"Banner\".";
}

void TestConnectivityTest::smartHost()
{
    QFETCH(QString, endpoint);
    QFETCH(Mechanism, mechanism);
    QFETCH(bool, requireTls);
    QFETCH(bool, domainSecure);
    QFETCH(bool, trustTestCa);
    QFETCH(Password, password);
    const TestSmtpEndpoint server = m_servers.endpoint(endpoint);
    QVERIFY2(server.port != 0, qPrintable(endpoint));

    SendConnector connector = smartHostConnector(QStringLiteral("localhost"), server.port);
    connector.smartHostAuthMechanism = mechanism;
    connector.authenticationCredential = AuthenticationCredential{m_servers.user};
    connector.requireTls = requireTls;
    connector.domainSecureEnabled = domainSecure;
    ConnectivityTest test;
    configure(test);
    if (!trustTestCa)
        test.setExtraCaCertificates({});
    if (password != Password::None)
        test.setPassword(password == Password::Right ? m_servers.password : m_servers.password + QLatin1String("-wrong"));
    QSignalSpy hostFinished(&test, &ConnectivityTest::hostFinished);
    QVERIFY(run(test, connector));

    const ConnectivityVerdict verdict = test.verdict();
    QCOMPARE(verdict.hosts.size(), 1);
    QCOMPARE(hostFinished.count(), 1);
    const HostConnectivity host = verdict.hosts.constFirst();
    QCOMPARE(host.host, QStringLiteral("localhost"));
    QCOMPARE(host.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(host.port, int(server.port));
    QTEST(host.connected, "connected");
    QTEST(host.startTls, "startTls");
    QTEST(host.authenticated, "authenticated");
    QTEST(host.result, "result");
    QCOMPARE(verdict.result, host.result);
    QTEST(!host.warnings.isEmpty(), "warned");
    QFETCH(QString, error);
    if (host.result == Result::Success) {
        QVERIFY(host.error.isEmpty());
    } else {
        QVERIFY(!host.error.isEmpty());
        QVERIFY(verdict.reason.contains(host.error));
        if (!error.isEmpty())
            QCOMPARE(host.error, QString(error).replace(QLatin1String("%1"), host.host).replace(QLatin1String("%2"), QString::number(host.port)));
    }
    if (host.startTls == StartTls::Succeeded) {
        QVERIFY(host.tlsEstablished);
        QVERIFY(host.tls.protocol.startsWith(QLatin1String("TLS 1.")));
        QVERIFY(!host.tls.cipher.isEmpty());
        QCOMPARE(host.tls.subject, server.certificateSubject.section(QLatin1Char('='), 1));
        QCOMPARE(host.tls.trusted, trustTestCa);
        QCOMPARE(host.tls.hostNameMatches, endpoint != QLatin1String("wrong-name"));
        QCOMPARE(host.tls.expired, endpoint == QLatin1String("expired"));
        QVERIFY(host.certificate.contains(host.tls.subject));
        if (host.result == Result::Success) // AUTH is offered after TLS
            QCOMPARE(host.extensions.contains(QLatin1String("AUTH")), !server.authMechanisms.isEmpty());
    }
    if (host.authenticated == Authenticated::Succeeded)
        QCOMPARE(host.authMechanisms, server.authMechanisms);
    // The steps end with QUIT on success; a failure is the last step.
    QVERIFY(!host.steps.isEmpty());
    if (host.result == Result::Success)
        QCOMPARE(host.steps.constLast().kind, StepKind::Quit);
    else
        QCOMPARE(host.steps.constLast().outcome, StepOutcome::Failed);
}

void TestConnectivityTest::bannerAndRepliesAreTheServersOwn()
{
    const TestSmtpEndpoint server = m_servers.endpoint(QStringLiteral("starttls"));
    ConnectivityTest test;
    configure(test);
    SendConnector connector = smartHostConnector(QStringLiteral("localhost"), server.port);
    QSignalSpy steps(&test, &ConnectivityTest::stepFinished);
    QVERIFY(run(test, connector));
    const HostConnectivity host = test.verdict().hosts.value(0);
    QCOMPARE(host.banner, server.banner);
    QList<StepKind> kinds;
    for (const ConnectivityStep &step : host.steps)
        kinds.append(step.kind);
    const QList<StepKind> expected{StepKind::Resolve, StepKind::Connect, StepKind::Banner, StepKind::Ehlo, StepKind::StartTls,
                                   StepKind::TlsHandshake, StepKind::EhloAfterTls, StepKind::Quit};
    QCOMPARE(kinds, expected);
    QCOMPARE(steps.count(), expected.size());
    QCOMPARE(host.steps.at(2).reply, server.banner);
    QVERIFY(host.steps.at(3).reply.startsWith(QLatin1String("250-")));
    QVERIFY(host.steps.at(3).reply.contains(QLatin1String("STARTTLS")));
    QVERIFY(host.steps.at(4).reply.startsWith(QLatin1String("220")));
    QVERIFY(host.steps.constLast().reply.startsWith(QLatin1String("221")));
    for (const ConnectivityStep &step : host.steps) {
        QCOMPARE(step.outcome, StepOutcome::Succeeded);
        QVERIFY(step.durationMs >= 0);
    }
    // Not before TLS: AUTH is offered only after STARTTLS, and recorded from the second EHLO.
    QVERIFY(!host.steps.at(3).reply.contains(QLatin1String("AUTH")));
    QCOMPARE(host.authMechanisms, server.authMechanisms);
}

void TestConnectivityTest::hostileBannerIsBounded()
{
    for (const QString &name : {QStringLiteral("banner-endless"), QStringLiteral("banner-reject")}) {
        const TestSmtpEndpoint server = m_servers.endpoint(name);
        ConnectivityTest test;
        configure(test);
        QVERIFY(run(test, smartHostConnector(QStringLiteral("127.0.0.1"), server.port)));
        const HostConnectivity host = test.verdict().hosts.value(0);
        QVERIFY(host.connected);
        QCOMPARE(host.result, Result::Failure);
        QCOMPARE(host.steps.constLast().kind, StepKind::Banner);
        if (name == QLatin1String("banner-reject")) {
            QCOMPARE(host.banner, server.banner);
            QCOMPARE(host.error, QStringLiteral("127.0.0.1 refused the session: \"%1\"").arg(server.banner));
        } else {
            QVERIFY2(host.error.startsWith(QLatin1String("127.0.0.1 sent a reply longer than")), qPrintable(host.error));
            QVERIFY(host.banner.size() <= SmtpReplyReader::MaxLineLength);
        }
    }
}

void TestConnectivityTest::silentServerTimesOutWithinTheBound()
{
    const TestSmtpEndpoint server = m_servers.endpoint(QStringLiteral("silent"));
    ConnectivityTest test;
    test.setStepTimeout(std::chrono::milliseconds(1500));
    QVERIFY(run(test, smartHostConnector(QStringLiteral("127.0.0.1"), server.port)));
    const HostConnectivity host = test.verdict().hosts.value(0);
    QVERIFY(host.connected);
    QCOMPARE(host.result, Result::Failure);
    // 1.5 s is said in whole seconds, rounded up.
    QCOMPARE(host.error, QCoreApplication::translate("HostProbe", "%1 accepted the connection but sent no banner within %n second(s).",
                                                     nullptr, 2).arg(QStringLiteral("127.0.0.1")));
    const ConnectivityStep banner = host.steps.constLast();
    QCOMPARE(banner.kind, StepKind::Banner);
    QCOMPARE(banner.outcome, StepOutcome::Failed);
    QVERIFY2(banner.durationMs >= 1490, qPrintable(QString::number(banner.durationMs))); // whole milliseconds
}

void TestConnectivityTest::hostsAreTestedInParallel()
{
    const TestSmtpEndpoint silent = m_servers.endpoint(QStringLiteral("silent"));
    SendConnector connector = smartHostConnector(QStringLiteral("127.0.0.1"), silent.port);
    connector.smartHosts.append(SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("localhost")});
    ConnectivityTest test;
    test.setStepTimeout(std::chrono::milliseconds(1000));
    QStringList events;
    connect(&test, &ConnectivityTest::hostStarted, this, [&](int i) { events.append(QStringLiteral("start %1").arg(i)); });
    connect(&test, &ConnectivityTest::hostFinished, this, [&](int i) { events.append(QStringLiteral("end %1").arg(i)); });
    QVERIFY(run(test, connector));
    QCOMPARE(events.mid(0, 2), (QStringList{QStringLiteral("start 0"), QStringLiteral("start 1")}));
    QCOMPARE(events.size(), 4);
    const ConnectivityVerdict verdict = test.verdict();
    QCOMPARE(verdict.hosts.size(), 2);
    QCOMPARE(verdict.hosts.at(0).host, QStringLiteral("127.0.0.1"));
    QCOMPARE(verdict.hosts.at(1).host, QStringLiteral("localhost"));
    QCOMPARE(verdict.result, Result::Failure);
    QCOMPARE(verdict.reason, QStringLiteral("Mail would not flow through connector Relay: %1").arg(verdict.hosts.at(0).error));
}

void TestConnectivityTest::passwordAppearsInNoResult()
{
    for (const QString &name : {QStringLiteral("starttls"), QStringLiteral("auth-plaintext")}) {
        for (const QString &password : {m_servers.password, QString(m_servers.password + QLatin1String("-wrong"))}) {
            const TestSmtpEndpoint server = m_servers.endpoint(name);
            SendConnector connector = smartHostConnector(QStringLiteral("localhost"), server.port);
            connector.smartHostAuthMechanism = Mechanism::BasicAuth;
            connector.authenticationCredential = AuthenticationCredential{m_servers.user};
            ConnectivityTest test;
            configure(test);
            test.setPassword(password);
            QStringList texts;
            connect(&test, &ConnectivityTest::stepFinished, this, [&](int, const ConnectivityStep &step) {
                texts << step.reply << step.detail;
            });
            QVERIFY(run(test, connector));
            const HostConnectivity host = test.verdict().hosts.value(0);
            QVERIFY(host.authenticated == Authenticated::Succeeded || host.authenticated == Authenticated::Failed);
            texts << test.verdict().reason << host.error << host.banner << host.certificate << host.warnings;
            for (const ConnectivityStep &step : host.steps)
                texts << step.reply << step.detail;
            const QString secrets[] = {password, QString::fromLatin1(password.toUtf8().toBase64()),
                                       QString::fromLatin1(QByteArray('\0' + m_servers.user.toUtf8() + '\0' + password.toUtf8()).toBase64())};
            for (const QString &text : std::as_const(texts)) {
                for (const QString &secret : secrets)
                    QVERIFY2(!text.contains(secret), qPrintable(text));
            }
        }
    }
}

void TestConnectivityTest::domainsToTest_data()
{
    QTest::addColumn<QStringList>("addressSpaces");
    QTest::addColumn<QString>("recipientDomain");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("recipient domain wins") << QStringList{"contoso.test"} << "Fabrikam.TEST" << QStringList{"fabrikam.test"};
    QTest::newRow("plain SMTP spaces") << QStringList{"contoso.test", "*.fabrikam.test", "*", "tailspin.test"} << ""
                                       << QStringList{"contoso.test", "tailspin.test"};
    QTest::newRow("wildcards only") << QStringList{"*", "*.contoso.test"} << "" << QStringList{};
    QTest::newRow("X400 skipped") << QStringList{"X400:c=us;a= ;p=org", "contoso.test"} << "" << QStringList{"contoso.test"};
}

void TestConnectivityTest::domainsToTest()
{
    QFETCH(QStringList, addressSpaces);
    QFETCH(QString, recipientDomain);
    SendConnector connector;
    for (const QString &text : addressSpaces) {
        AddressSpace space;
        if (text.startsWith(QLatin1String("X400:"))) {
            space.type = QStringLiteral("X400");
            space.address = text.mid(5);
        } else {
            space.address = text;
        }
        connector.addressSpaces.append(space);
    }
    QTEST(ConnectivityTest::domainsToTest(connector, recipientDomain), "expected");
}

void TestConnectivityTest::dnsRoutingWithoutDomainFails()
{
    SendConnector connector;
    connector.name = QStringLiteral("Internet");
    connector.addressSpaces = {AddressSpace()};
    connector.addressSpaces[0].address = QStringLiteral("*");
    ConnectivityTest test;
    QVERIFY(run(test, connector));
    QCOMPARE(test.verdict().result, Result::Failure);
    QVERIFY(test.verdict().hosts.isEmpty());
    QCOMPARE(test.verdict().reason,
             QStringLiteral("Connector Internet routes by DNS but names no single domain: give a recipient domain to test."));
}

void TestConnectivityTest::externalDnsWithoutServersAsksTheDefault()
{
    // A server without ExternalDNSServers asks its adapter's DNS servers (here: the default one).
    QVERIFY2(m_dns.error.isEmpty(), qPrintable(m_dns.error));
    for (bool listed : {true, false}) {
        Organization organization = m_organization;
        if (!listed)
            organization.server(QStringLiteral("EX01"))->externalDnsServers.clear();
        SendConnector connector;
        connector.name = QStringLiteral("Internet");
        connector.port = m_servers.endpoint(QStringLiteral("no-starttls")).port;
        connector.useExternalDnsServersEnabled = true;
        ConnectivityTest test;
        test.setDefaultDnsServers({QHostAddress(m_dns.dnsServer)});
        test.setRecipientDomain(QStringLiteral("split.test"));
        QSignalSpy finished(&test, &ConnectivityTest::finished);
        test.start(connector, organization);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, VerdictWaitMs);
        QCOMPARE(test.verdict().hosts.value(0).host,
                 listed ? QStringLiteral("mx-external.split.test") : QStringLiteral("mx-default.split.test"));
        QCOMPARE(test.verdict().result, Result::Success);
    }
}

void TestConnectivityTest::mxHostsInPreferenceOrder_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("external");
    QTest::addColumn<Result>("verdict");
    for (bool external : {false, true}) {
        const char *which = external ? "external DNS" : "default DNS";
        QTest::addRow("two MX hosts, %s", which) << "mx-ok.test" << external << Result::Success;
        QTest::addRow("no MX: the A record, %s", which) << "a-only.test" << external << Result::Success;
        QTest::addRow("MX host down, %s", which) << "mx-closed.test" << external << Result::Failure;
        QTest::addRow("preferred MX host down, %s", which) << "mx-partial.test" << external << Result::Success;
        QTest::addRow("no such domain, %s", which) << "nxdomain.test" << external << Result::Failure;
        QTest::addRow("each server its own MX, %s", which) << "split.test" << external << Result::Success;
        QTest::addRow("known to the external server only, %s", which) << "external-only.test" << external
                                                                      << (external ? Result::Success : Result::Failure);
    }
}

void TestConnectivityTest::mxHostsInPreferenceOrder()
{
    QFETCH(QString, domain);
    QFETCH(bool, external);
    QVERIFY2(m_dns.error.isEmpty(), qPrintable(m_dns.error));
    const TestDomain expected = m_dns.domains.value(domain);
    QCOMPARE(expected.name, domain);
    const TestDnsAnswer answer = external ? expected.fromExternal : expected.fromServer;

    SendConnector connector;
    connector.name = QStringLiteral("Internet");
    connector.port = m_servers.endpoint(QStringLiteral("no-starttls")).port;
    connector.useExternalDnsServersEnabled = external;
    ConnectivityTest test;
    configure(test);
    test.setDefaultDnsServers({QHostAddress(m_dns.dnsServer)});
    test.setRecipientDomain(domain);
    QVERIFY(run(test, connector));
    const ConnectivityVerdict verdict = test.verdict();
    QTEST(verdict.result, "verdict");

    if (!answer.exists) {
        QCOMPARE(verdict.hosts.size(), 1);
        QCOMPARE(verdict.hosts.constFirst().host, domain);
        QCOMPARE(verdict.hosts.constFirst().error, QStringLiteral("The domain %1 does not exist.").arg(domain));
        QCOMPARE(verdict.hosts.constFirst().steps.constFirst().kind, StepKind::LookUpMx);
        return;
    }
    if (answer.mx.isEmpty()) {
        // SMTP's fallback: the domain's own address.
        QCOMPARE(verdict.hosts.size(), 1);
        const HostConnectivity host = verdict.hosts.constFirst();
        QCOMPARE(host.host, domain);
        QCOMPARE(host.preference, -1);
        QCOMPARE(host.address, answer.addresses.value(0));
        QCOMPARE(host.steps.constFirst().kind, StepKind::LookUpMx);
        QCOMPARE(host.steps.constFirst().outcome, StepOutcome::Warning);
        QCOMPARE(host.result, Result::Success);
        return;
    }
    // One record per MX host, in preference order, each on the address the DNS server gives.
    QCOMPARE(verdict.hosts.size(), answer.mx.size());
    for (int i = 0; i < answer.mx.size(); ++i) {
        const HostConnectivity host = verdict.hosts.at(i);
        const TestMxRecord record = answer.mx.at(i);
        QCOMPARE(host.host, record.exchange);
        QCOMPARE(host.preference, int(record.preference));
        QCOMPARE(host.destination, domain);
        QCOMPARE(host.address, record.address);
        QCOMPARE(host.steps.constFirst().kind, StepKind::LookUpMx);
        QCOMPARE(host.result, record.address == m_dns.unreachableAddress ? Result::Failure : Result::Success);
        QCOMPARE(host.connected, record.address != m_dns.unreachableAddress);
        if (host.result == Result::Success)
            QCOMPARE(host.banner, m_servers.endpoint(QStringLiteral("no-starttls")).banner);
    }
    if (domain == QLatin1String("mx-partial.test"))
        QVERIFY(verdict.reason.startsWith(QLatin1String("Mail would flow through connector Internet, but not every next hop accepts it: ")));
}

void TestConnectivityTest::domainSecureThroughMx()
{
    // DomainSecureEnabled belongs with DNS routing: the MX host's name is not the certificate's
    // (localhost), so domain security fails where opportunistic TLS only warns.
    QVERIFY2(m_dns.error.isEmpty(), qPrintable(m_dns.error));
    for (bool domainSecure : {false, true}) {
        SendConnector connector;
        connector.name = QStringLiteral("Partner");
        connector.port = m_servers.endpoint(QStringLiteral("starttls")).port;
        connector.domainSecureEnabled = domainSecure;
        connector.useExternalDnsServersEnabled = true;
        ConnectivityTest test;
        configure(test);
        test.setRecipientDomain(QStringLiteral("external-only.test"));
        QVERIFY(run(test, connector));
        const HostConnectivity host = test.verdict().hosts.value(0);
        QCOMPARE(host.host, QStringLiteral("mx.external-only.test"));
        QCOMPARE(host.startTls, StartTls::Succeeded);
        QVERIFY(!host.tls.hostNameMatches);
        QVERIFY(host.tls.trusted);
        QCOMPARE(host.result, domainSecure ? Result::Failure : Result::Success);
        QCOMPARE(host.warnings.isEmpty(), domainSecure);
    }
}

void TestConnectivityTest::cancelLeavesNothingBehind()
{
    const TestSmtpEndpoint silent = m_servers.endpoint(QStringLiteral("silent"));
    SendConnector connector = smartHostConnector(QStringLiteral("127.0.0.1"), silent.port);
    connector.smartHosts.append(SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("localhost")});
    const int socketsBefore = openSockets();
    QTRY_COMPARE(workerThreads(), 0);
    ConnectivityTest test;
    QSignalSpy steps(&test, &ConnectivityTest::stepFinished);
    QSignalSpy finished(&test, &ConnectivityTest::finished);
    test.start(connector, m_organization);
    QVERIFY(test.isRunning());
    // Both hosts connected, on the worker thread, and waiting for a banner that never comes.
    QTRY_COMPARE(connectedHosts(steps), 2);
    QTRY_COMPARE(workerThreads(), 1);
    QVERIFY(openSockets() >= socketsBefore + 2);

    test.cancel();
    // Gone before cancel() returned: the connections and the thread.
    QCOMPARE(openSockets(), socketsBefore);
    QTRY_COMPARE(workerThreads(), 0);
    QVERIFY(!test.isRunning());
    QCOMPARE(finished.count(), 1);
    QVERIFY(test.verdict().cancelled);
    QCOMPARE(test.verdict().result, Result::Failure);
    QCOMPARE(test.verdict().reason, QStringLiteral("The test of connector Relay was cancelled."));
    QCOMPARE(test.verdict().hosts.size(), 2);
    for (const HostConnectivity &host : test.verdict().hosts) {
        QCOMPARE(host.result, Result::Failure);
        QCOMPARE(host.error, QStringLiteral("The test of %1 was cancelled.").arg(host.host));
        QVERIFY(!host.steps.isEmpty()); // what had happened by then is kept
    }
    // Nothing fires later: no step, no second verdict.
    const int stepCount = int(steps.count());
    QTest::qWait(200);
    QCOMPARE(steps.count(), stepCount);
    QCOMPARE(finished.count(), 1);
}

void TestConnectivityTest::cancelDuringDnsLookups()
{
    // A DNS server on loopback that never answers: the lookup stays in flight until cancelled.
    QUdpSocket silentDns;
    const QHostAddress silentAddress(QStringLiteral("127.0.13.60"));
    QVERIFY2(silentDns.bind(silentAddress, 53), qPrintable(silentDns.errorString()));
    SendConnector connector;
    connector.name = QStringLiteral("Internet");
    ConnectivityTest test;
    test.setDefaultDnsServers({silentAddress});
    test.setRecipientDomain(QStringLiteral("mx-ok.test"));
    QSignalSpy started(&test, &ConnectivityTest::hostStarted);
    QSignalSpy finished(&test, &ConnectivityTest::finished);
    test.start(connector, m_organization);
    QTRY_COMPARE(workerThreads(), 1);
    QTRY_VERIFY(silentDns.hasPendingDatagrams()); // the question has been asked
    test.cancel();
    QTRY_COMPARE(workerThreads(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(test.verdict().cancelled);
    QVERIFY(test.verdict().hosts.isEmpty());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(started.count(), 0);
}

void TestConnectivityTest::destroyedMidTest()
{
    const TestSmtpEndpoint silent = m_servers.endpoint(QStringLiteral("silent"));
    const TestSmtpEndpoint tls = m_servers.endpoint(QStringLiteral("starttls"));
    SendConnector connector = smartHostConnector(QStringLiteral("127.0.0.1"), silent.port);
    const int socketsBefore = openSockets();
    auto *test = new ConnectivityTest;
    test->setPassword(m_servers.password);
    QSignalSpy steps(test, &ConnectivityTest::stepFinished);
    test->start(connector, m_organization);
    QTRY_COMPARE(connectedHosts(steps), 1);
    delete test;
    QCOMPARE(openSockets(), socketsBefore);
    QTRY_COMPARE(workerThreads(), 0);

    // Also while a TLS handshake may be under way, from a slot of its own signal (deleteLater).
    auto *second = new ConnectivityTest;
    second->setExtraCaCertificates(m_ca);
    QPointer<ConnectivityTest> guard = second;
    connect(second, &ConnectivityTest::stepFinished, second, [second](int, const ConnectivityStep &step) {
        if (step.kind == StepKind::StartTls)
            second->deleteLater();
    });
    second->start(smartHostConnector(QStringLiteral("localhost"), tls.port), m_organization);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(openSockets(), socketsBefore);
    QTRY_COMPARE(workerThreads(), 0);
}

void TestConnectivityTest::startAgain()
{
    // A second start() cancels the running test; a third after it finished starts afresh: the
    // hosts of earlier runs are gone, and the verdict is the last run's.
    const TestSmtpEndpoint silent = m_servers.endpoint(QStringLiteral("silent"));
    const TestSmtpEndpoint plain = m_servers.endpoint(QStringLiteral("no-starttls"));
    const int socketsBefore = openSockets();
    ConnectivityTest test;
    configure(test);
    QSignalSpy steps(&test, &ConnectivityTest::stepFinished);
    QSignalSpy finished(&test, &ConnectivityTest::finished);
    test.start(smartHostConnector(QStringLiteral("127.0.0.1"), silent.port), m_organization);
    QTRY_COMPARE(connectedHosts(steps), 1);
    test.start(smartHostConnector(QStringLiteral("127.0.0.1"), plain.port), m_organization);
    QCOMPARE(finished.count(), 1); // the first run, cancelled
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, VerdictWaitMs);
    QVERIFY(!test.isRunning());
    QVERIFY(finished.at(0).at(0).value<ConnectivityVerdict>().cancelled);
    QCOMPARE(test.verdict().result, Result::Success);
    QVERIFY(run(test, smartHostConnector(QStringLiteral("127.0.0.1"), plain.port)));
    QCOMPARE(test.verdict().hosts.size(), 1);
    // A finished test holds no thread and no connection.
    QTRY_COMPARE(workerThreads(), 0);
    QCOMPARE(openSockets(), socketsBefore);
}

void TestConnectivityTest::workerThreadKeepsTheCallerFree()
{
    // The sockets, lookups and handshakes live on the worker thread: while the test runs, the
    // caller's object owns nothing of them, and every signal arrives on the caller's thread.
    const TestSmtpEndpoint tls = m_servers.endpoint(QStringLiteral("starttls"));
    ConnectivityTest test;
    configure(test);
    QList<QThread *> signalThreads;
    int ownedWhileRunning = 0;
    int workersWhileRunning = 0;
    const auto record = [&] {
        signalThreads.append(QThread::currentThread());
        ownedWhileRunning += int(test.findChildren<QObject *>().size());
    };
    connect(&test, &ConnectivityTest::stepFinished, &test, [&] {
        record();
        workersWhileRunning = qMax(workersWhileRunning, workerThreads());
    });
    connect(&test, &ConnectivityTest::finished, &test, record);
    test.start(smartHostConnector(QStringLiteral("localhost"), tls.port), m_organization);
    QTRY_VERIFY_WITH_TIMEOUT(!test.isRunning(), VerdictWaitMs);
    QCOMPARE(ownedWhileRunning, 0);
    QCOMPARE(workersWhileRunning, 1);
    QCOMPARE(test.verdict().result, Result::Success);
    QVERIFY(signalThreads.size() > 3);
    for (QThread *thread : std::as_const(signalThreads))
        QCOMPARE(thread, QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestConnectivityTest)
#include "tst_connectivitytest.moc"
