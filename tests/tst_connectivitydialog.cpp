// The console's Test Connectivity dialog driven by keys and clicks against the real SMTP and DNS
// servers of the CTest fixtures on loopback (tests/servers/): the password typed, Test pressed by
// its mnemonic, each host's progress while it runs and the verdict for every case of issue 13;
// the recipient domain DNS routing needs; Cancel (and Esc) ending a silent server's test at once
// with no socket and no worker thread left; the organization followed; and the password in no
// file afterwards. Every connector points at 127.0.0.1, localhost or a .test domain.
#include "ConnectivityDialog.h"
#include "ConnectivityResultModel.h"
#include "ConnectivityTest.h"
#include "ConnectivityView.h"
#include "ConsoleWindow.h"
#include "OrganizationStore.h"

#include "support/ProcessResources.h"
#include "support/TestServers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace Connectivity;
using Mechanism = Exchange::SmartHostAuthMechanism;

Q_DECLARE_METATYPE(Connectivity::Result)
Q_DECLARE_METATYPE(Exchange::SmartHostAuthMechanism)

namespace {
enum class Password { None, Right, Wrong };
constexpr int VerdictWaitMs = 60000; // far beyond any step bound: the test fails, never hangs
const QString WorkerThread = QString::fromLatin1(ConnectivityTest::WorkerThreadName);
} // namespace
Q_DECLARE_METATYPE(Password)

class TestConnectivityDialog : public QObject
{
    Q_OBJECT

private:
    // A dialog shown and active, with its widgets found by their object names.
    struct Fixture
    {
        Fixture(const Organization &organization, const QString &connector, const ConnectivityOptions &options)
            : dialog(organization, connector, QString())
        {
            dialog.setConnectivityOptions(options);
            server = dialog.findChild<QComboBox *>(QStringLiteral("sendingServerCombo"));
            domain = dialog.findChild<QLineEdit *>(QStringLiteral("recipientDomainEdit"));
            password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            test = dialog.findChild<QPushButton *>(QStringLiteral("testConnectivityButton"));
            close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
            model = dialog.view()->model();
        }
        bool show()
        {
            dialog.show();
            dialog.activateWindow();
            return QTest::qWaitForWindowActive(&dialog) && server && domain && password && test && close;
        }
        QString label(const char *name) const
        {
            const auto *found = dialog.findChild<QLabel *>(QLatin1String(name));
            return found && found->isVisible() ? found->text() : QString();
        }
        QString hostText(int row, ConnectivityResultModel::Column column) const
        {
            return model->index(row, int(column)).data().toString();
        }

        ConnectivityDialog dialog;
        QComboBox *server = nullptr;
        QLineEdit *domain = nullptr;
        QLineEdit *password = nullptr;
        QPushButton *test = nullptr;
        QPushButton *close = nullptr;
        ConnectivityResultModel *model = nullptr;
    };

private slots:
    void initTestCase();

    void smartHostVerdicts_data();
    void smartHostVerdicts();
    void dnsRouting_data();
    void dnsRouting();
    void recipientDomainNeeded();
    void passwordFieldFollowsTheConnector();
    void cancelEndsTheTestAtOnce();
    void escapeCancelsThenCloses();
    void followsTheOrganization();
    void fromTheConsole();
    void passwordOnNoDisk();

private:
    SendConnector relay(const QString &endpoint) const;
    Organization organizationWith(const SendConnector &connector) const;
    // The test CA trusted; `dns`: names are asked of the test DNS server (which knows only .test
    // names), else of the system's resolver (localhost).
    enum class Dns { System, TestServer };
    ConnectivityOptions options(Dns dns, std::chrono::milliseconds stepTimeout = std::chrono::seconds(5)) const;

    TestServers m_servers;
    TestServers m_dns;
    QList<QSslCertificate> m_ca;
    QStringList m_passwordsUsed;
};

void TestConnectivityDialog::initTestCase()
{
    m_servers = TestServers::load(TestServers::Smtp);
    m_dns = TestServers::load(TestServers::Dns);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QVERIFY2(m_dns.error.isEmpty(), qPrintable(m_dns.error));
    m_ca = QSslCertificate::fromPath(m_servers.caFile);
    QCOMPARE(m_ca.size(), 1);
}

SendConnector TestConnectivityDialog::relay(const QString &endpoint) const
{
    SendConnector connector;
    connector.name = QStringLiteral("Relay");
    connector.addressSpaces = {AddressSpace()};
    connector.addressSpaces[0].address = QStringLiteral("*");
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("localhost")}};
    connector.port = m_servers.endpoint(endpoint).port;
    connector.fqdn = QStringLiteral("ex01.contoso.test");
    connector.sourceTransportServers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
    return connector;
}

// EX01 lists the external DNS server, EX02 none; both in one site.
Organization TestConnectivityDialog::organizationWith(const SendConnector &connector) const
{
    Organization organization;
    organization.name = QStringLiteral("Contoso");
    organization.localServer = QStringLiteral("EX01");
    organization.sites = {AdSite{QStringLiteral("Seattle"), {}}};
    for (const char *name : {"EX01", "EX02"}) {
        TransportServer server;
        server.name = QLatin1String(name);
        server.site = QStringLiteral("Seattle");
        organization.servers.append(server);
    }
    organization.servers[0].externalDnsServers = {QHostAddress(m_dns.externalDnsServer)};
    organization.sendConnectors = {connector};
    return organization;
}

ConnectivityOptions TestConnectivityDialog::options(Dns dns, std::chrono::milliseconds stepTimeout) const
{
    ConnectivityOptions result;
    if (dns == Dns::TestServer)
        result.dnsServers = {QHostAddress(m_dns.dnsServer)};
    result.caCertificates = m_ca;
    result.stepTimeout = stepTimeout;
    return result;
}

void TestConnectivityDialog::smartHostVerdicts_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<bool>("domainSecure");
    QTest::addColumn<Password>("password");
    QTest::addColumn<int>("stepTimeoutMs");
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("outcome"); // the host's Result column
    QTest::addColumn<QString>("reason");  // in the verdict; %1 = the host, %2 = the port

    QTest::newRow("STARTTLS and AUTH") << "starttls" << Mechanism::BasicAuthRequireTLS << false << false
        << Password::Right << 5000 << Result::Success << "Success" << "Mail would flow through connector Relay";
    QTest::newRow("RequireTLS, no STARTTLS") << "no-starttls" << Mechanism::None << true << false << Password::None
        << 5000 << Result::Failure << "Failure" << "%1 does not offer STARTTLS, but the connector requires TLS.";
    QTest::newRow("wrong name, opportunistic") << "wrong-name" << Mechanism::None << true << false << Password::None
        << 5000 << Result::Success << "Success, with warnings" << "Mail would flow through connector Relay";
    QTest::newRow("wrong name, DomainSecureEnabled") << "wrong-name" << Mechanism::None << false << true
        << Password::None << 5000 << Result::Failure << "Failure"
        << "The certificate of %1 is issued to other.invalid, not to %1. Domain security (DomainSecureEnabled) "
           "accepts only a valid certificate.";
    QTest::newRow("expired") << "expired" << Mechanism::None << true << false << Password::None << 5000
        << Result::Success << "Success, with warnings" << "Mail would flow through connector Relay";
    QTest::newRow("expired, DomainSecureEnabled") << "expired" << Mechanism::None << false << true << Password::None
        << 5000 << Result::Failure << "Failure" << "Mail would not flow through connector Relay";
    QTest::newRow("AUTH in the clear") << "auth-plaintext" << Mechanism::BasicAuth << false << false
        << Password::Right << 5000 << Result::Success << "Success" << "Mail would flow through connector Relay";
    QTest::newRow("wrong password") << "starttls" << Mechanism::BasicAuthRequireTLS << false << false
        << Password::Wrong << 5000 << Result::Failure << "Failure"
        << "%1 rejected the credentials of scc-test: \"535 5.7.8 Authentication credentials invalid\"";
    QTest::newRow("closed port") << "closed" << Mechanism::None << false << false << Password::None << 5000
        << Result::Failure << "Failure" << "%1 refused the connection on port %2.";
    QTest::newRow("silent server") << "silent" << Mechanism::None << false << false << Password::None << 1200
        << Result::Failure << "Failure" << "%1 accepted the connection but sent no banner within";
}

void TestConnectivityDialog::smartHostVerdicts()
{
    QFETCH(QString, endpoint);
    QFETCH(Mechanism, mechanism);
    QFETCH(bool, requireTls);
    QFETCH(bool, domainSecure);
    QFETCH(Password, password);
    QFETCH(int, stepTimeoutMs);
    const TestSmtpEndpoint server = m_servers.endpoint(endpoint);
    QVERIFY2(server.port != 0, qPrintable(endpoint));

    SendConnector connector = relay(endpoint);
    connector.smartHostAuthMechanism = mechanism;
    if (mechanism != Mechanism::None)
        connector.authenticationCredential = AuthenticationCredential{m_servers.user};
    connector.requireTls = requireTls;
    connector.domainSecureEnabled = domainSecure;
    Fixture f(organizationWith(connector), connector.name, options(Dns::System, std::chrono::milliseconds(stepTimeoutMs)));
    QVERIFY(f.show());
    QCOMPARE(f.password->isEnabled(), mechanism != Mechanism::None);
    if (password != Password::None) {
        const QString typed = password == Password::Right ? m_servers.password : m_servers.password + QLatin1String("-wrong");
        m_passwordsUsed.append(typed);
        f.password->setFocus();
        QTest::keyClicks(f.password, typed);
        QCOMPARE(f.password->text(), typed);
        QVERIFY(f.password->displayText() != typed); // echoed as dots
    }

    // Each host's progress is shown while the test runs, before the verdict; meanwhile Test
    // waits and the other button cancels.
    QStringList progress;
    connect(f.model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent, int first) {
        if (!parent.isValid() && f.dialog.isRunning()) {
            progress << f.hostText(first, ConnectivityResultModel::Column::Host)
                     << f.hostText(first, ConnectivityResultModel::Column::Result) << f.close->text()
                     << (f.test->isEnabled() ? QStringLiteral("Test enabled") : QStringLiteral("Test disabled"));
        }
    });
    QSignalSpy finished(&f.dialog, &ConnectivityDialog::testFinished);
    QCOMPARE(f.close->text(), QStringLiteral("Close"));
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier); // &Test
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, VerdictWaitMs);
    QCOMPARE(progress, (QStringList{QStringLiteral("localhost"), QStringLiteral("Connecting…"), QStringLiteral("Cancel"),
                                    QStringLiteral("Test disabled")}));

    QVERIFY(f.dialog.verdict().has_value());
    const ConnectivityVerdict verdict = *f.dialog.verdict();
    QTEST(verdict.result, "result");
    QVERIFY(!verdict.cancelled);
    QCOMPARE(f.model->rowCount(), 1);
    QCOMPARE(f.hostText(0, ConnectivityResultModel::Column::Host), QStringLiteral("localhost"));
    QCOMPARE(f.hostText(0, ConnectivityResultModel::Column::Address), QStringLiteral("127.0.0.1"));
    QTEST(f.hostText(0, ConnectivityResultModel::Column::Result), "outcome");
    QFETCH(QString, reason);
    reason.replace(QLatin1String("%1"), QStringLiteral("localhost")).replace(QLatin1String("%2"), QString::number(server.port));
    QVERIFY2(f.dialog.view()->verdictText().contains(reason), qPrintable(f.dialog.view()->verdictText()));
    QVERIFY(f.dialog.view()->verdictText().contains(verdict.reason));
    // The steps are there to expand, and the buttons are back.
    QVERIFY(f.model->rowCount(f.model->index(0, 0)) > 0);
    QCOMPARE(f.close->text(), QStringLiteral("Close"));
    QVERIFY(f.test->isEnabled());
    if (password == Password::Wrong || (password == Password::Right && verdict.result == Result::Success))
        QCOMPARE(verdict.hosts.value(0).authenticated,
                 password == Password::Right ? Authenticated::Succeeded : Authenticated::Failed);

    // Closing forgets the password.
    f.close->click();
    QVERIFY(!f.dialog.isVisible());
    QVERIFY(f.password->text().isEmpty());
}

void TestConnectivityDialog::dnsRouting_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("useExternal");
    QTest::addColumn<QString>("server"); // EX01 lists ExternalDNSServers, EX02 none
    QTest::addColumn<QString>("firstHost");
    QTest::addColumn<Result>("result");

    QTest::newRow("default DNS") << "split.test" << false << "EX01" << "mx-default.split.test" << Result::Success;
    QTest::newRow("external DNS of EX01") << "split.test" << true << "EX01" << "mx-external.split.test" << Result::Success;
    QTest::newRow("EX02 lists none: default DNS") << "split.test" << true << "EX02" << "mx-default.split.test"
                                                  << Result::Success;
    QTest::newRow("external only, through EX01") << "external-only.test" << true << "EX01" << "mx.external-only.test"
                                                 << Result::Success;
    QTest::newRow("external only, default DNS") << "external-only.test" << false << "EX01" << "external-only.test"
                                                << Result::Failure;
    QTest::newRow("two MX hosts") << "mx-ok.test" << false << "EX02" << m_dns.domains.value(QStringLiteral("mx-ok.test")).fromServer.mx.value(0).exchange
                                  << Result::Success;
}

void TestConnectivityDialog::dnsRouting()
{
    QFETCH(QString, domain);
    QFETCH(bool, useExternal);
    QFETCH(QString, server);
    SendConnector connector = relay(QStringLiteral("no-starttls"));
    connector.name = QStringLiteral("Internet");
    connector.dnsRoutingEnabled = true;
    connector.smartHosts.clear();
    connector.useExternalDnsServersEnabled = useExternal;
    Fixture f(organizationWith(connector), connector.name, options(Dns::TestServer));
    QVERIFY(f.show());
    QVERIFY(!f.password->isEnabled());
    QVERIFY(f.domain->isEnabled());

    // The sending server by keyboard: Home is the first source server, End the last.
    QTest::keyClick(&f.dialog, Qt::Key_V, Qt::AltModifier); // Sending ser&ver
    QVERIFY(f.server->hasFocus());
    QTest::keyClick(f.server, server == QLatin1String("EX01") ? Qt::Key_Home : Qt::Key_End);
    QCOMPARE(f.dialog.sendingServer(), server);
    QTest::keyClick(&f.dialog, Qt::Key_D, Qt::AltModifier); // Recipient &domain
    QVERIFY(f.domain->hasFocus());
    QTest::keyClicks(f.domain, domain);
    QSignalSpy finished(&f.dialog, &ConnectivityDialog::testFinished);
    QTest::keyClick(f.domain, Qt::Key_Return); // the default button: Test
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, VerdictWaitMs);

    const ConnectivityVerdict verdict = *f.dialog.verdict();
    QTEST(verdict.result, "result");
    QVERIFY(f.model->rowCount() >= 1);
    QTEST(f.hostText(0, ConnectivityResultModel::Column::Host), "firstHost");
    QVERIFY(f.dialog.view()->verdictText().contains(verdict.reason));
}

void TestConnectivityDialog::recipientDomainNeeded()
{
    // DNS routing on "*" names no domain: Test explains under the field and tests nothing.
    SendConnector connector = relay(QStringLiteral("no-starttls"));
    connector.name = QStringLiteral("Internet");
    connector.dnsRoutingEnabled = true;
    connector.smartHosts.clear();
    Fixture f(organizationWith(connector), connector.name, options(Dns::TestServer));
    QVERIFY(f.show());
    QVERIFY(f.domain->placeholderText().startsWith(QLatin1String("Required")));
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(!f.label("recipientDomainProblemLabel").isEmpty());
    QVERIFY(!f.dialog.isRunning());
    QVERIFY(!f.model->hasStarted());
    const QString problem = f.label("recipientDomainProblemLabel");
    QVERIFY2(problem.contains(QLatin1String("Type the recipient domain")), qPrintable(problem));
    QVERIFY(f.domain->hasFocus());
    QVERIFY(f.domain->accessibleDescription().contains(problem));

    // Not a domain: said under the field too.
    QTest::keyClicks(f.domain, QStringLiteral("not a domain"));
    QVERIFY(f.label("recipientDomainProblemLabel").isEmpty()); // typing clears the old message
    QTest::keyClick(f.domain, Qt::Key_Return);
    QVERIFY(!f.dialog.isRunning());
    QVERIFY(!f.label("recipientDomainProblemLabel").isEmpty());

    // A connector naming its domain needs none.
    connector.addressSpaces[0].address = QStringLiteral("mx-ok.test");
    f.dialog.setOrganization(organizationWith(connector));
    f.domain->setText(QString());
    QVERIFY(f.domain->placeholderText().contains(QLatin1String("mx-ok.test")));
    QSignalSpy finished(&f.dialog, &ConnectivityDialog::testFinished);
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, VerdictWaitMs);
    QCOMPARE(f.dialog.verdict()->result, Result::Success);
    QCOMPARE(f.hostText(0, ConnectivityResultModel::Column::Host),
             m_dns.domains.value(QStringLiteral("mx-ok.test")).fromServer.mx.value(0).exchange);
}

void TestConnectivityDialog::passwordFieldFollowsTheConnector()
{
    SendConnector connector = relay(QStringLiteral("starttls"));
    connector.smartHostAuthMechanism = Mechanism::BasicAuthRequireTLS;
    connector.authenticationCredential = AuthenticationCredential{m_servers.user};
    Fixture f(organizationWith(connector), connector.name, options(Dns::TestServer));
    QVERIFY(f.show());
    QCOMPARE(f.password->echoMode(), QLineEdit::Password);
    QVERIFY(f.password->isEnabled());
    QCOMPARE(f.label("userNameLabel"), m_servers.user);
    QTest::keyClick(&f.dialog, Qt::Key_P, Qt::AltModifier); // &Password
    QVERIFY(f.password->hasFocus());
    QTest::keyClicks(f.password, QStringLiteral("typed"));

    // Another program turns Basic authentication off: the field empties and is disabled.
    connector.smartHostAuthMechanism = Mechanism::None;
    connector.authenticationCredential.reset();
    f.dialog.setOrganization(organizationWith(connector));
    QVERIFY(!f.password->isEnabled());
    QVERIFY(f.password->text().isEmpty());
    QVERIFY(f.label("userNameLabel").isEmpty());
    QVERIFY(!f.password->isUndoAvailable());
}

void TestConnectivityDialog::cancelEndsTheTestAtOnce()
{
    SendConnector connector = relay(QStringLiteral("silent"));
    connector.smartHosts = {SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("127.0.0.1")}};
    Fixture f(organizationWith(connector), connector.name, options(Dns::System, std::chrono::seconds(60)));
    QVERIFY(f.show());
    const int socketsBefore = ProcessResources::openSocketCount();
    QVERIFY(!ProcessResources::threadNames().contains(WorkerThread));

    QSignalSpy finished(&f.dialog, &ConnectivityDialog::testFinished);
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(f.dialog.isRunning());
    // Connected, waiting for a banner that never comes: its progress says so.
    QTRY_COMPARE(f.hostText(0, ConnectivityResultModel::Column::Result), QStringLiteral("Waiting for the banner…"));
    QVERIFY(ProcessResources::openSocketCount() > socketsBefore);
    QVERIFY(ProcessResources::threadNames().contains(WorkerThread));

    QCOMPARE(f.close->text(), QStringLiteral("Cancel"));
    f.close->click();
    // At once: no waiting for the step's 60 s.
    QCOMPARE(finished.count(), 1);
    QVERIFY(!f.dialog.isRunning());
    QVERIFY(f.dialog.verdict()->cancelled);
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(f.close->text(), QStringLiteral("Close"));
    QCOMPARE(f.hostText(0, ConnectivityResultModel::Column::Result), QStringLiteral("Cancelled"));
    // (At most as many as before: a socket of the process unrelated to the test may close meanwhile.)
    QTRY_VERIFY_WITH_TIMEOUT(ProcessResources::openSocketCount() <= socketsBefore, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessResources::threadNames().contains(WorkerThread), 1000);
}

void TestConnectivityDialog::escapeCancelsThenCloses()
{
    SendConnector connector = relay(QStringLiteral("silent"));
    Fixture f(organizationWith(connector), connector.name, options(Dns::System, std::chrono::seconds(60)));
    QVERIFY(f.show());
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(f.dialog.isRunning());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!f.dialog.isRunning());
    QVERIFY(f.dialog.verdict()->cancelled);
    QVERIFY(f.dialog.isVisible()); // the first Esc only stops the test
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!f.dialog.isVisible());

    // The title bar's close button closes at once, stopping the test on the way.
    QVERIFY(f.show());
    QSignalSpy finished(&f.dialog, &ConnectivityDialog::testFinished);
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(f.dialog.isRunning());
    QVERIFY(f.dialog.close());
    QVERIFY(!f.dialog.isVisible());
    QVERIFY(!f.dialog.isRunning());
    QCOMPARE(finished.count(), 1);
}

void TestConnectivityDialog::followsTheOrganization()
{
    SendConnector connector = relay(QStringLiteral("no-starttls"));
    const Organization organization = organizationWith(connector);
    Fixture f(organization, connector.name, options(Dns::TestServer));
    QVERIFY(f.show());
    QCOMPARE(f.label("connectorNameLabel"), QStringLiteral("Relay"));
    QVERIFY(f.label("nextHopsLabel").contains(QLatin1String("localhost")));
    QCOMPARE(f.server->count(), 2);
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EX01"));

    // Removed by another program: nothing to test, and it says why.
    Organization without = organization;
    without.sendConnectors.clear();
    f.dialog.setOrganization(without);
    QVERIFY(!f.test->isEnabled());
    QVERIFY(f.label("connectorGoneLabel").contains(QLatin1String("Relay")));

    // Back, with another smart host and only EX02 as source server.
    connector.smartHosts = {SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("127.0.0.1")}};
    connector.sourceTransportServers = {QStringLiteral("EX02")};
    f.dialog.setOrganization(organizationWith(connector));
    QVERIFY(f.test->isEnabled());
    QVERIFY(f.label("connectorGoneLabel").isEmpty());
    QVERIFY(f.label("nextHopsLabel").contains(QLatin1String("127.0.0.1")));
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EX02"));
    QSignalSpy finished(&f.dialog, &ConnectivityDialog::testFinished);
    f.test->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, VerdictWaitMs);
    QCOMPARE(f.dialog.verdict()->hosts.value(0).host, QStringLiteral("127.0.0.1"));
}

// End to end: the console, given the test CA as --trust-ca would, opens Test Connectivity for the
// connector selected with the keyboard; the password typed there authenticates; the file is
// left as it was.
void TestConnectivityDialog::fromTheConsole()
{
    QTemporaryDir dir; // under TMPDIR: searched for the password afterwards
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("organization.json"));
    SendConnector connector = relay(QStringLiteral("starttls"));
    connector.smartHostAuthMechanism = Mechanism::BasicAuthRequireTLS;
    connector.authenticationCredential = AuthenticationCredential{m_servers.user};
    // The file takes only fully qualified names: the address (the certificate then only warns).
    connector.smartHosts = {SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("127.0.0.1")}};
    const Problems created = OrganizationStore::create(path, organizationWith(connector));
    QVERIFY2(!hasErrors(created), qPrintable(created.value(0).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    ConsoleWindow window(QStringLiteral("tester"));
    window.setConnectivityOptions(options(Dns::System));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy loaded(&window, &ConsoleWindow::organizationLoaded);
    QVERIFY(window.openOrganization(path));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !window.isLoading(), VerdictWaitMs);
    QVERIFY(loaded.constFirst().constFirst().toBool());
    auto *list = window.findChild<QTreeView *>(QStringLiteral("connectorView"));
    QVERIFY(list);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space); // the only row, current but not yet selected
    QCOMPARE(window.selectedConnectorName(), QStringLiteral("Relay"));
    QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.connectivityDialogs().size(), 1);
    ConnectivityDialog *dialog = window.connectivityDialogs().constFirst();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(dialog->connectorName(), QStringLiteral("Relay"));

    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QVERIFY(password->hasFocus());
    QTest::keyClicks(password, m_servers.password);
    m_passwordsUsed.append(m_servers.password);
    QSignalSpy finished(dialog, &ConnectivityDialog::testFinished);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, VerdictWaitMs);
    const ConnectivityVerdict verdict = *dialog->verdict();
    QCOMPARE(verdict.result, Result::Success);
    QCOMPARE(verdict.hosts.value(0).authenticated, Authenticated::Succeeded);
    QCOMPARE(verdict.hosts.value(0).startTls, StartTls::Succeeded);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(window.connectivityDialogs().isEmpty());
    window.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // nothing in the organization changed
}

void TestConnectivityDialog::passwordOnNoDisk()
{
    // The runs above typed the right and a wrong password: neither is in any file of the test's
    // home or temporary folders, in any of the forms it travelled in.
    QVERIFY(m_passwordsUsed.contains(m_servers.password));
    QList<QByteArray> secrets;
    for (const QString &password : std::as_const(m_passwordsUsed)) {
        secrets << password.toUtf8() << QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)
                << password.toUtf8().toBase64()
                << QByteArray('\0' + m_servers.user.toUtf8() + '\0' + password.toUtf8()).toBase64();
    }
    QStringList roots{QDir::homePath(), QDir::tempPath()};
    roots.removeDuplicates();
    int files = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = file.read(64 * 1024 * 1024);
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName()));
        }
    }
    qInfo("%d files searched", files);
}

QTEST_MAIN(TestConnectivityDialog)
#include "tst_connectivitydialog.moc"
