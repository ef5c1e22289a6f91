#include "ConnectorDraft.h"
#include "OrganizationStore.h"
#include "SmartHostSecurityPage.h"

#include "support/WizardConnectivitySupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using Mechanism = Exchange::SmartHostAuthMechanism;
using Exchange::Usage;

// Drives the Smart host security settings page: each choice's mechanism, the Basic credential
// (enabled and required only for Basic), the clear-text warning. Its Test button, in a wizard
// against the real test servers (tests/servers/, behind 127.0.0.1:25): each verdict inline with
// the password typed on the page (found in no file afterwards), Next never blocked, and
// cancelling the wizard stopping a running test.
class tst_SmartHostSecurityPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void choices_data();
    void choices();
    void credentialOnlyForBasic();
    void credentialRequired();
    void basicWithoutTlsWarns();
    void internalPreselectsExchangeServer();
    void keepsUserNameWhenSwitchingAway();
    void showingTheDraftNeverChangesIt_data();
    void showingTheDraftNeverChangesIt();
    void keyboard();

    void initTestCase();
    void testButton_data();
    void testButton();
    void cancellingTheWizardStopsTheTest();

private:
    // A wizard on the Network settings page (smart host 127.0.0.1), then Next: this page.
    std::unique_ptr<SendConnectorWizard> wizardFor(Exchange::Version version, const QString &server) const;

    TestServers m_servers;
    PortForwarder m_forwarder;
    QTemporaryDir m_dir;
};

namespace {

std::unique_ptr<ConnectorDraft> makeDraft(Usage usage = Usage::Custom)
{
    auto draft = std::make_unique<ConnectorDraft>(OrganizationStore::sampleOrganization(), QStringLiteral("EX01"));
    draft->setUsage(usage);
    AddressSpace space;
    space.address = QStringLiteral("*");
    draft->setAddressSpaces({space});
    draft->setDnsRoutingEnabled(false);
    SmartHost host;
    host.kind = SmartHost::Kind::Fqdn;
    host.host = QStringLiteral("relay.contoso.com");
    draft->setSmartHosts({host});
    return draft;
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

void tst_SmartHostSecurityPage::cleanup()
{
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_SmartHostSecurityPage::choices_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("label");
    QTest::addColumn<Mechanism>("expected");

    QTest::newRow("None") << "authNoneRadio" << false << "N&one" << Mechanism::None;
    QTest::newRow("Basic") << "authBasicRadio" << false << "B&asic Authentication" << Mechanism::BasicAuth;
    QTest::newRow("Basic over TLS") << "authBasicRadio" << true << "B&asic Authentication"
                                    << Mechanism::BasicAuthRequireTLS;
    QTest::newRow("Exchange Server") << "authExchangeServerRadio" << false << "E&xchange Server Authentication"
                                     << Mechanism::ExchangeServer;
    QTest::newRow("Externally Secured") << "authExternalRadio" << false
                                        << "Externally &Secured (for example, with IPsec)"
                                        << Mechanism::ExternalAuthoritative;
}

void tst_SmartHostSecurityPage::choices()
{
    QFETCH(QString, radio);
    QFETCH(bool, tls);
    QFETCH(QString, label);
    QFETCH(Mechanism, expected);

    auto draft = makeDraft();
    draft->setSmartHostAuthMechanism(Mechanism::ExchangeServer); // start elsewhere, so that every row changes
    if (expected == Mechanism::ExchangeServer)
        draft->setSmartHostAuthMechanism(Mechanism::None);
    SmartHostSecurityPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    QCOMPARE(page.title(), QStringLiteral("Smart host security settings"));

    auto *button = page.findChild<QRadioButton *>(radio);
    QCOMPARE(button->text(), label);
    QTest::mouseClick(button, Qt::LeftButton);
    if (tls)
        QTest::mouseClick(child<QCheckBox>(page, "authBasicTlsCheck"), Qt::LeftButton);
    if (draft->credentialRequired()) {
        QTest::keyClicks(child<QLineEdit>(page, "userNameEdit"), QStringLiteral("CONTOSO\\relay"));
        QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), QStringLiteral("s3cret"));
    }

    QVERIFY(draft->connector().smartHostAuthMechanism == expected);
    QVERIFY(page.isComplete());
    if (draft->credentialRequired())
        QCOMPARE(draft->connector().authenticationCredential->userName, QStringLiteral("CONTOSO\\relay"));
    else
        QVERIFY(!draft->connector().authenticationCredential.has_value());
}

void tst_SmartHostSecurityPage::credentialOnlyForBasic()
{
    auto draft = makeDraft();
    SmartHostSecurityPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *user = child<QLineEdit>(page, "userNameEdit");
    auto *password = child<QLineEdit>(page, "passwordEdit");
    auto *tls = child<QCheckBox>(page, "authBasicTlsCheck");

    QVERIFY(child<QRadioButton>(page, "authNoneRadio")->isChecked());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(tls->text(), QStringLiteral("Basic Authentication over &TLS"));
    QVERIFY(!user->isEnabled());
    QVERIFY(!password->isEnabled());
    QVERIFY(!tls->isEnabled());

    QTest::mouseClick(child<QRadioButton>(page, "authBasicRadio"), Qt::LeftButton);
    QVERIFY(user->isEnabled());
    QVERIFY(password->isEnabled());
    QVERIFY(tls->isEnabled());

    QTest::mouseClick(child<QRadioButton>(page, "authExchangeServerRadio"), Qt::LeftButton);
    QVERIFY(!user->isEnabled());
    QVERIFY(!password->isEnabled());
    QVERIFY(!tls->isEnabled());
    QVERIFY(page.isComplete());
}

void tst_SmartHostSecurityPage::credentialRequired()
{
    auto draft = makeDraft();
    SmartHostSecurityPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *problems = child<QLabel>(page, "smartHostSecurityProblemsLabel");
    QVERIFY(problems->isHidden());
    QSignalSpy completeChanged(&page, &QWizardPage::completeChanged);

    QTest::mouseClick(child<QRadioButton>(page, "authBasicRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(page, "authBasicTlsCheck"), Qt::LeftButton);
    QVERIFY(!page.isComplete());
    QVERIFY(!completeChanged.isEmpty());
    QVERIFY(problems->isVisible());
    const Problems found = draft->problems(ConnectorDraft::Section::SmartHostSecurity);
    QVERIFY(containsCode(found, QStringLiteral("Connector.CredentialRequired")));
    QVERIFY(containsCode(found, QStringLiteral("Draft.PasswordRequired")));
    for (const Problem &problem : found)
        QVERIFY(problems->text().contains(problem.message));

    QTest::keyClicks(child<QLineEdit>(page, "userNameEdit"), QStringLiteral("relay@contoso.com"));
    QVERIFY(!page.isComplete());
    QVERIFY(!containsCode(draft->problems(ConnectorDraft::Section::SmartHostSecurity),
                          QStringLiteral("Connector.CredentialRequired")));
    QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), QStringLiteral("P@ss word"));
    QVERIFY(page.isComplete());
    QVERIFY(problems->isHidden());

    QVERIFY(draft->connector().smartHostAuthMechanism == Mechanism::BasicAuthRequireTLS);
    QCOMPARE(draft->connector().authenticationCredential->userName, QStringLiteral("relay@contoso.com"));
    QCOMPARE(draft->password(), QStringLiteral("P@ss word"));
}

void tst_SmartHostSecurityPage::basicWithoutTlsWarns()
{
    auto draft = makeDraft();
    SmartHostSecurityPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *warning = child<QLabel>(page, "basicWarningLabel");
    QVERIFY(warning->isHidden());

    QTest::mouseClick(child<QRadioButton>(page, "authBasicRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, "userNameEdit"), QStringLiteral("relay"));
    QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), QStringLiteral("pw"));
    QVERIFY(warning->isVisible());
    const Problems found = draft->problems(ConnectorDraft::Section::SmartHostSecurity);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, QStringLiteral("Connector.BasicAuthInClear"));
    QCOMPARE(warning->text(), found.first().message);
    // A warning: the page can be left, and it is not repeated under the page.
    QVERIFY(page.isComplete());
    QVERIFY(child<QLabel>(page, "smartHostSecurityProblemsLabel")->isHidden());

    QTest::mouseClick(child<QCheckBox>(page, "authBasicTlsCheck"), Qt::LeftButton);
    QVERIFY(warning->isHidden());
    QVERIFY(draft->connector().smartHostAuthMechanism == Mechanism::BasicAuthRequireTLS);
}

void tst_SmartHostSecurityPage::internalPreselectsExchangeServer()
{
    auto draft = makeDraft(Usage::Internal);
    SmartHostSecurityPage page(draft.get());
    page.initializePage();
    QVERIFY(child<QRadioButton>(page, "authExchangeServerRadio")->isChecked());
    QVERIFY(draft->connector().smartHostAuthMechanism == Mechanism::ExchangeServer);
}

void tst_SmartHostSecurityPage::keepsUserNameWhenSwitchingAway()
{
    auto draft = makeDraft();
    SmartHostSecurityPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    QTest::mouseClick(child<QRadioButton>(page, "authBasicRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, "userNameEdit"), QStringLiteral("relay"));

    QTest::mouseClick(child<QRadioButton>(page, "authExternalRadio"), Qt::LeftButton);
    QVERIFY(draft->connector().smartHostAuthMechanism == Mechanism::ExternalAuthoritative);
    QVERIFY(!draft->connector().authenticationCredential.has_value());
    QCOMPARE(child<QLineEdit>(page, "userNameEdit")->text(), QStringLiteral("relay"));

    QTest::mouseClick(child<QRadioButton>(page, "authBasicRadio"), Qt::LeftButton);
    QCOMPARE(draft->connector().authenticationCredential->userName, QStringLiteral("relay"));
}

void tst_SmartHostSecurityPage::showingTheDraftNeverChangesIt_data()
{
    QTest::addColumn<Mechanism>("shown");
    QTest::addColumn<Mechanism>("set");
    const Mechanism all[] = {Mechanism::None, Mechanism::BasicAuth, Mechanism::BasicAuthRequireTLS,
                             Mechanism::ExchangeServer, Mechanism::ExternalAuthoritative};
    for (const Mechanism from : all) {
        for (const Mechanism to : all) {
            if (from != to)
                QTest::addRow("%s -> %s", qPrintable(Exchange::toString(from)), qPrintable(Exchange::toString(to)))
                    << from << to;
        }
    }
}

// The page shows whatever the draft holds, whoever set it, without writing anything back.
void tst_SmartHostSecurityPage::showingTheDraftNeverChangesIt()
{
    QFETCH(Mechanism, shown);
    QFETCH(Mechanism, set);
    auto draft = makeDraft();
    draft->setSmartHostAuthMechanism(shown);
    SmartHostSecurityPage page(draft.get());
    page.initializePage();

    draft->setSmartHostAuthMechanism(set);

    QCOMPARE(Exchange::toString(draft->smartHostAuthMechanism()), Exchange::toString(set));
    const bool basic = set == Mechanism::BasicAuth || set == Mechanism::BasicAuthRequireTLS;
    QCOMPARE(child<QRadioButton>(page, "authBasicRadio")->isChecked(), basic);
    // Under another choice the greyed TLS box keeps its state for a return to Basic.
    if (basic)
        QCOMPARE(child<QCheckBox>(page, "authBasicTlsCheck")->isChecked(), set == Mechanism::BasicAuthRequireTLS);
    QCOMPARE(child<QRadioButton>(page, "authNoneRadio")->isChecked(), set == Mechanism::None);
    QCOMPARE(child<QRadioButton>(page, "authExchangeServerRadio")->isChecked(), set == Mechanism::ExchangeServer);
    QCOMPARE(child<QRadioButton>(page, "authExternalRadio")->isChecked(), set == Mechanism::ExternalAuthoritative);
}

void tst_SmartHostSecurityPage::keyboard()
{
    auto draft = makeDraft();
    SmartHostSecurityPage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    QTest::keyClick(&page, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().smartHostAuthMechanism == Mechanism::BasicAuth);
    QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().smartHostAuthMechanism == Mechanism::BasicAuthRequireTLS);
    QTest::keyClick(&page, Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(page, "userNameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("relay"));
    // Tab goes on to the password.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(page, "passwordEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pw"));
    QVERIFY(page.isComplete());
    QCOMPARE(draft->password(), QStringLiteral("pw"));

    QTest::keyClick(&page, Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().smartHostAuthMechanism == Mechanism::ExchangeServer);
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().smartHostAuthMechanism == Mechanism::ExternalAuthoritative);
    QTest::keyClick(&page, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().smartHostAuthMechanism == Mechanism::None);
}

using ConnectivityOutcome = ConnectivityResultModel::Outcome;
using ResultColumn = ConnectivityResultModel::Column;
Q_DECLARE_METATYPE(ConnectivityResultModel::Outcome)
Q_DECLARE_METATYPE(Connectivity::Authenticated)

void tst_SmartHostSecurityPage::initTestCase()
{
    m_servers = TestServers::load(TestServers::Smtp);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QVERIFY2(m_forwarder.listen(QHostAddress::LocalHost, WizardConnectivity::SmtpPort), qPrintable(m_forwarder.errorString()));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<SendConnectorWizard> tst_SmartHostSecurityPage::wizardFor(Exchange::Version version, const QString &server) const
{
    auto wizard = std::make_unique<SendConnectorWizard>(WizardConnectivity::organization(version, m_servers), server,
                                                        m_dir.filePath(QStringLiteral("organization.json")));
    ConnectorDraft &draft = *wizard->draft();
    draft.setName(QStringLiteral("Relay"));
    AddressSpace space;
    space.address = QStringLiteral("*");
    draft.setAddressSpaces({space});
    draft.setDnsRoutingEnabled(false);
    draft.setSmartHosts({SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("127.0.0.1")}});
    wizard->setStartId(SendConnectorWizard::Page_NetworkSettings);
    wizard->show();
    wizard->next();
    return wizard;
}

void tst_SmartHostSecurityPage::testButton_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("authentication"); // "none", "basic", "basic over TLS"
    QTest::addColumn<QString>("password");       // "right", "wrong" (with Basic)
    QTest::addColumn<QString>("endpoint");       // behind 127.0.0.1:25; "closed": nothing listens there
    QTest::addColumn<int>("stepTimeoutMs");
    QTest::addColumn<ConnectivityOutcome>("verdict");
    QTest::addColumn<Connectivity::Authenticated>("authenticated");
    QTest::addColumn<QString>("reasonPart");

    using Auth = Connectivity::Authenticated;
    using V = Exchange::Version;
    const QString hub = QStringLiteral("EX01");
    const QString edge = QStringLiteral("EDGE02");
    QTest::newRow("SP1 Hub, Basic over TLS, STARTTLS: success") << V::Sp12007 << hub << "basic over TLS" << "right"
        << "starttls" << 5000 << ConnectivityOutcome::Succeeded << Auth::Succeeded
        << "127.0.0.1 accepts mail as the connector is configured.";
    QTest::newRow("RTM Edge, Basic over TLS, wrong password: failure") << V::Rtm2007 << edge << "basic over TLS" << "wrong"
        << "starttls" << 5000 << ConnectivityOutcome::Failed << Auth::Failed
        << "127.0.0.1 rejected the credentials of";
    QTest::newRow("SP1 Edge, Basic over TLS, no STARTTLS (TLS required): failure") << V::Sp12007 << edge << "basic over TLS"
        << "right" << "no-starttls" << 5000 << ConnectivityOutcome::Failed << Auth::NotTried
        << "127.0.0.1 does not offer STARTTLS, but the connector requires TLS.";
    QTest::newRow("RTM Hub, Basic in the clear: success") << V::Rtm2007 << hub << "basic" << "right" << "auth-plaintext" << 5000
        << ConnectivityOutcome::Succeeded << Auth::Succeeded << "127.0.0.1 accepts mail as the connector is configured.";
    QTest::newRow("SP1 Hub, None, wrong name: warning") << V::Sp12007 << hub << "none" << "" << "wrong-name" << 5000
        << ConnectivityOutcome::Warning << Auth::NotRequired
        << "The certificate of 127.0.0.1 is issued to other.invalid, not to 127.0.0.1.";
    QTest::newRow("RTM Hub, None, expired: warning") << V::Rtm2007 << hub << "none" << "" << "expired" << 5000
        << ConnectivityOutcome::Warning << Auth::NotRequired << "The certificate of 127.0.0.1 is valid only from";
    QTest::newRow("SP1 Edge, Basic over TLS, closed: failure") << V::Sp12007 << edge << "basic over TLS" << "right" << "closed"
        << 5000 << ConnectivityOutcome::Failed << Auth::NotTried << "127.0.0.1 refused the connection on port 25.";
    QTest::newRow("SP1 Hub, None, silent: failure") << V::Sp12007 << hub << "none" << "" << "silent" << 1000
        << ConnectivityOutcome::Failed << Auth::NotRequired
        << "127.0.0.1 accepted the connection but sent no banner within";
}

void tst_SmartHostSecurityPage::testButton()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, server);
    QFETCH(QString, authentication);
    QFETCH(QString, password);
    QFETCH(QString, endpoint);
    QFETCH(int, stepTimeoutMs);
    QFETCH(ConnectivityOutcome, verdict);
    QFETCH(QString, reasonPart);

    auto wizard = wizardFor(version, server);
    wizard->setConnectivityOptions(WizardConnectivity::options(m_servers, false, std::chrono::milliseconds(stepTimeoutMs)));
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_SmartHostSecurity));
    QWizardPage &page = *wizard->currentPage();
    if (endpoint == QLatin1String("closed")) {
        m_forwarder.close();
    } else {
        QVERIFY(WizardConnectivity::forwardSmtpPortTo(m_forwarder, m_servers.endpoint(endpoint)));
    }

    // The authentication and the credential as a person sets them on the page.
    const QString secret = password == QLatin1String("wrong") ? m_servers.password + QLatin1String("-wrong") : m_servers.password;
    if (authentication != QLatin1String("none")) {
        QTest::mouseClick(child<QRadioButton>(page, "authBasicRadio"), Qt::LeftButton);
        if (authentication == QLatin1String("basic over TLS"))
            QTest::mouseClick(child<QCheckBox>(page, "authBasicTlsCheck"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(page, "userNameEdit"), m_servers.user);
        QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), secret);
    }

    // Alt+C: the Test button's mnemonic.
    QPushButton *button = WizardConnectivity::testButton(*wizard);
    QCOMPARE(button->text(), QStringLiteral("Test &Connectivity"));
    QTest::keyClick(wizard.get(), Qt::Key_C, Qt::AltModifier);
    ConnectivityTestPanel *panel = WizardConnectivity::panel(*wizard);
    ConnectivityResultModel *model = panel->view()->model();
    QTRY_VERIFY(model->hasStarted()); // a mnemonic clicks after a short animation
    QTRY_VERIFY_WITH_TIMEOUT(model->isFinished(), WizardConnectivity::VerdictWaitMs);

    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, int(ResultColumn::Host)).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(model->verdictOutcome(), verdict);
    QTEST(model->verdict().hosts.value(0).authenticated, "authenticated");
    const QString reason = model->index(0, int(ResultColumn::Details)).data().toString();
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QCOMPARE(WizardConnectivity::verdictLabel(*wizard)->text(), model->verdict().reason);
    // A failure is a warning, never a blocker.
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // The password reached the server (authenticated or rejected) and nothing else: no result
    // shows it, and no file in the test's home or the organization's folder holds it.
    if (authentication != QLatin1String("none")) {
        for (int row = 0; row < model->rowCount(model->index(0, 0)); ++row) {
            for (int column = 0; column < ConnectivityResultModel::ColumnCount; ++column)
                QVERIFY(!model->index(row, column, model->index(0, 0)).data().toString().contains(secret));
        }
        QVERIFY(!WizardConnectivity::verdictLabel(*wizard)->text().contains(secret));
        for (const QString &folder : {QDir::homePath(), m_dir.path()}) {
            QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
}

void tst_SmartHostSecurityPage::cancellingTheWizardStopsTheTest()
{
    auto wizard = wizardFor(Exchange::Version::Sp12007, QStringLiteral("EX01"));
    wizard->setConnectivityOptions(WizardConnectivity::options(m_servers, false, std::chrono::seconds(30)));
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QVERIFY(WizardConnectivity::forwardSmtpPortTo(m_forwarder, m_servers.endpoint(QStringLiteral("silent"))));
    const int sockets = WizardConnectivity::openSockets();
    QTest::mouseClick(WizardConnectivity::testButton(*wizard), Qt::LeftButton);
    ConnectivityTestPanel *panel = WizardConnectivity::panel(*wizard);
    QTRY_COMPARE(panel->view()->model()->index(0, int(ResultColumn::Result)).data().toString(),
                 QStringLiteral("Waiting for the banner…"));
    QVERIFY(WizardConnectivity::openSockets() > sockets);

    // Cancel asks before discarding what was entered; the test runs on while it asks.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = wizard->findChild<QMessageBox *>(QStringLiteral("discardMessageBox"))) && box->isVisible());
    QVERIFY(panel->isRunning());
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
    QVERIFY(!panel->isRunning());
    QTRY_COMPARE(WizardConnectivity::openSockets(), sockets);
    QTRY_COMPARE(m_forwarder.openConnections(), 0);
}

QTEST_MAIN(tst_SmartHostSecurityPage)
#include "tst_smarthostsecuritypage.moc"
