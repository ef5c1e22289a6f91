// The console on an organization in an LDAP directory, as a person uses it: File > Open Directory
// (Ctrl+Shift+O; the URI checked as typed, a bind DN and its password, handed to DirectoryLogins
// and never saved), recent directories, send-connector-console's --organization URIs and
// --bind-dn; and, against the real slapd providers of the ldap_servers fixture, opening, creating
// a connector with the wizard, another writer's change appearing by itself (live view), a refused
// bind asked again, the conflict messages, and a provider going down and coming back. Whatever is
// changed is checked in the directory, read back with a fresh OrganizationStore.
#include "support/GuiTestSupport.h"
#include "support/ProgramRun.h"
#include "support/TestServers.h"
#include "ConnectorOperations.h"
#include "ConnectorListModel.h"
#include "ConnectorPropertiesSheet.h"
#include "ConsoleWindow.h"
#include "DirectoryLogins.h"
#include "OpenDirectoryDialog.h"
#include "OrganizationLocation.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <csignal>
#include <memory>

namespace {

using GuiTestSupport::click;
using GuiTestSupport::waitForModal;
using GuiTestSupport::waitUntilClosed;

// Nothing listens on port 1 of loopback: connections are refused at once.
const QString UnreachableUri = QStringLiteral("ldap://127.0.0.1:1/dc=contoso,dc=com");

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Description) : QString();
}

// Another administrator creates `connector` through `location`: empty, or why it failed.
QString createAsAnother(const QString &location, const SendConnector &connector)
{
    const Parsed<Organization> written =
        ConnectorOperations(location, OperationScope{QStringLiteral("CONTOSO\\Other"), {}, {}}).create(connector);
    return written.ok() ? QString() : written.problems.value(0).toString();
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

class TestConsoleDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openDirectoryFromTheFileMenu();
    void uriCheckedAsTyped_data();
    void uriCheckedAsTyped();
    void bindDnNeedsItsPassword();
    void passwordHandedOverAndNeverSaved();
    void unreachableDirectoryIsReported_data();
    void unreachableDirectoryIsReported();
    void recentDirectoryAsksForItsPassword();
    void commandLineRefusals_data();
    void commandLineRefusals();

    // Against the real directory (the ldap_servers fixture).
    void openThroughTheDialogAndCreateWithTheWizard();
    void refusedBindIsAskedAgain();
    void anotherWritersChangeAppearsByItself();
    void propertiesConflictAsForAFile();
    void wizardNameTakenMeanwhile();
    void providerDownAndBack();
    void failoverKeepsTheWindowWorking();

private:
    // The sample organization put below the base DN (through provider 1's ldapi socket), and
    // removed again (with everything below it) from both providers.
    bool putSample();
    bool removeOrganization();
    QString ldapiUri(int provider) const
    {
        return m_servers.ldapProviders.value(provider).ldapiUri + QLatin1Char('/') + m_servers.ldapBaseDn;
    }
    QString tcpUri(int provider) const
    {
        return m_servers.ldapProviders.value(provider).uri + QLatin1Char('/') + m_servers.ldapBaseDn;
    }
    bool openAndWait(const QString &location);
    bool listed(const QString &name) const;
    bool clickConnector(const QString &name);
    // Drives the wizard from the action pane to its New Connector page; the wizard, or nullptr.
    SendConnectorWizard *wizardUpToNew(const QString &name);
    QTreeView *view() const { return m_window->findChild<QTreeView *>(QStringLiteral("connectorView")); }
    static Parsed<Organization> readBack(const QString &location) { return OrganizationStore(location).load(); }

    bool startWindow();
    OpenDirectoryDialog *openDialogWithKeys();
    template <typename T>
    T *find(QWidget *in, const char *objectName) const
    {
        return in->findChild<T *>(QString::fromLatin1(objectName));
    }

    QTemporaryDir m_dir;
    TestServers m_servers;
    std::unique_ptr<ConsoleWindow> m_window;
};

void TestConsoleDirectory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_directory"));
    QVERIFY(m_dir.isValid());
    // As send-connector-console does: a stopped server's closed socket is an error, not the end.
    std::signal(SIGPIPE, SIG_IGN);
    m_servers = TestServers::load(TestServers::Ldap);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QCOMPARE(m_servers.ldapProviders.size(), 2);
    QVERIFY(removeOrganization()); // left by an interrupted run
}

void TestConsoleDirectory::init()
{
    QSettings().clear();
    DirectoryLogins::forgetAll();
}

void TestConsoleDirectory::cleanup()
{
    m_window.reset();
    QVERIFY(removeOrganization());
    QSettings().clear();
    DirectoryLogins::forgetAll();
    const QWidgetList left = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [](const QWidget *w) { return w->isVisible(); }));
}

bool TestConsoleDirectory::startWindow()
{
    m_window = std::make_unique<ConsoleWindow>(QStringLiteral("CONTOSO\\Administrator"));
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowExposed(m_window.get()) && QTest::qWaitForWindowActive(m_window.get());
}

// Ctrl+Shift+O, as a person opens it.
OpenDirectoryDialog *TestConsoleDirectory::openDialogWithKeys()
{
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    return waitForModal<OpenDirectoryDialog>(QStringLiteral("openDirectoryDialog"));
}

void TestConsoleDirectory::openDirectoryFromTheFileMenu()
{
    QVERIFY(startWindow());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("openDirectoryAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu->actions().contains(action));

    // Alt+F, then the mnemonic D of "Open &Directory...".
    bool done = false;
    GuiTestSupport::whenMenuShows([](QMenu *menu) { QTest::keyClick(menu, Qt::Key_D); }, &done);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(done);
    auto *dialog = waitForModal<OpenDirectoryDialog>(QStringLiteral("openDirectoryDialog"));
    QVERIFY(dialog);

    // Every field reachable by Tab and named for assistive technology; the URI first.
    auto *uri = find<QLineEdit>(dialog, "directoryUriEdit");
    auto *bindDn = find<QLineEdit>(dialog, "bindDnEdit");
    auto *password = find<QLineEdit>(dialog, "bindPasswordEdit");
    QVERIFY(uri && bindDn && password);
    QTRY_COMPARE(QApplication::focusWidget(), uri);
    QCOMPARE(accessibleName(uri), QStringLiteral("Directory URI"));
    QCOMPARE(accessibleName(bindDn), QStringLiteral("Bind DN"));
    QCOMPARE(accessibleName(password), QStringLiteral("Password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClick(uri, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), bindDn);
    QTest::keyClicks(bindDn, QStringLiteral("cn=admin,dc=contoso,dc=com"));
    QTest::keyClick(bindDn, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), password);

    // Esc closes it, opening nothing.
    QTest::keyClick(password, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(dialog));
    QVERIFY(m_window->organizationPath().isEmpty());
}

void TestConsoleDirectory::uriCheckedAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<QString>("problem"); // part of the message shown; empty: none shown

    QTest::newRow("nothing yet") << QString() << false << QString();
    // Loopback only, where nothing answers: accepted rows are opened, and fail at once.
    QTest::newRow("one server") << QStringLiteral("ldap://127.0.0.1:1/dc=contoso,dc=com") << true << QString();
    QTest::newRow("failover") << QStringLiteral("ldap://127.0.0.1:1,ldaps://[::1]:1/dc=contoso,dc=com") << true
                              << QString();
    QTest::newRow("StartTLS") << QStringLiteral("ldap://127.0.0.1:1/dc=contoso,dc=com?x-starttls") << true << QString();
    QTest::newRow("local socket") << QStringLiteral("ldapi://%2Fnonexistent%2Fldapi/dc=contoso,dc=com") << true
                                  << QString();
    QTest::newRow("a file path") << QStringLiteral("/srv/contoso.json") << false
                                 << QStringLiteral("is not a directory URI");
    QTest::newRow("another scheme") << QStringLiteral("http://ldap1.contoso.com/dc=contoso,dc=com") << false
                                    << QStringLiteral("is not a directory URI");
    // The parser's own refusals, word for word.
    for (const QString &bad : {QStringLiteral("ldap://ldap1.contoso.com:99999/dc=contoso,dc=com"),
                               QStringLiteral("ldaps://ldap1.contoso.com/dc=contoso,dc=com?x-starttls"),
                               QStringLiteral("ldap://ldap1.contoso.com/dc=contoso,dc=com?cn?sub"),
                               QStringLiteral("ldap://ldap1.contoso.com")}) {
        const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(bad);
        QVERIFY2(!parsed.ok(), qPrintable(bad));
        QTest::newRow(qPrintable(bad)) << bad << false << parsed.problems.first().message;
    }
}

void TestConsoleDirectory::uriCheckedAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(bool, acceptable);
    QFETCH(QString, problem);

    QVERIFY(startWindow());
    OpenDirectoryDialog *dialog = openDialogWithKeys();
    QVERIFY(dialog);
    auto *uri = find<QLineEdit>(dialog, "directoryUriEdit");
    auto *label = find<QLabel>(dialog, "directoryUriProblemLabel");
    auto *ok = find<QPushButton>(dialog, "openDirectoryOkButton");
    QVERIFY(uri && label && ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(uri, typed);

    QCOMPARE(ok->isEnabled(), acceptable);
    QCOMPARE(label->isVisible(), !problem.isEmpty());
    if (!problem.isEmpty()) {
        QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
        // Shown whole: the dialog grows to the lines the message wraps to.
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        // Not by colour only: the field's accessible description carries the message.
        QVERIFY2(accessibleDescription(uri).contains(problem), qPrintable(accessibleDescription(uri)));
    }
    // Enter opens only what OK would.
    QTest::keyClick(uri, Qt::Key_Return);
    if (!acceptable) {
        QVERIFY(dialog->isVisible());
        QTest::keyClick(uri, Qt::Key_Escape);
    }
    QVERIFY(waitUntilClosed(dialog));
    if (acceptable) {
        // Opened as typed (nothing answers at these names: the window says so and stays empty).
        auto *box = waitForModal<QMessageBox>(QStringLiteral("fileProblemsMessageBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(typed), qPrintable(box->text()));
        box->close();
        QVERIFY(waitUntilClosed(box));
    }
}

void TestConsoleDirectory::bindDnNeedsItsPassword()
{
    QVERIFY(startWindow());
    OpenDirectoryDialog *dialog = openDialogWithKeys();
    QVERIFY(dialog);
    auto *uri = find<QLineEdit>(dialog, "directoryUriEdit");
    auto *bindDn = find<QLineEdit>(dialog, "bindDnEdit");
    auto *password = find<QLineEdit>(dialog, "bindPasswordEdit");
    auto *passwordProblem = find<QLabel>(dialog, "bindPasswordProblemLabel");
    auto *ok = find<QPushButton>(dialog, "openDirectoryOkButton");
    QTest::keyClicks(uri, UnreachableUri);
    QVERIFY(ok->isEnabled());
    // No bind DN: SASL EXTERNAL or anonymous, no password to give.
    QVERIFY(!password->isEnabled());

    QTest::keyClicks(bindDn, QStringLiteral("cn=admin,dc=contoso,dc=com"));
    QVERIFY(password->isEnabled());
    QVERIFY(!ok->isEnabled());
    QVERIFY(passwordProblem->isVisible());
    QVERIFY(accessibleDescription(password).contains(passwordProblem->text()));

    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!passwordProblem->isVisible());

    // The bind DN taken away again: no password is needed (nor sent).
    bindDn->selectAll();
    QTest::keyClick(bindDn, Qt::Key_Delete);
    QVERIFY(!password->isEnabled());
    QVERIFY(ok->isEnabled());
    QTest::keyClick(bindDn, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(dialog));
}

void TestConsoleDirectory::passwordHandedOverAndNeverSaved()
{
    QVERIFY(startWindow());
    OpenDirectoryDialog *dialog = openDialogWithKeys();
    QVERIFY(dialog);
    auto *password = find<QLineEdit>(dialog, "bindPasswordEdit");
    QString passwordWhenAccepted = QStringLiteral("not accepted");
    connect(dialog, &QDialog::accepted, this, [&] { passwordWhenAccepted = password->text(); });

    const QString secret = QStringLiteral("Pa55-w0rd-typed-once");
    const QString bindDn = QStringLiteral("cn=admin,dc=contoso,dc=com");
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, "directoryUriEdit"));
    QTest::keyClicks(QApplication::focusWidget(), UnreachableUri);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), bindDn);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), secret);
    QCOMPARE(password->text(), secret);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));

    // Handed to the session's logins, and the field emptied before the dialog went.
    QCOMPARE(passwordWhenAccepted, QString());
    const Parsed<OrganizationLocation> location = OrganizationLocation::parse(UnreachableUri);
    QVERIFY(location.ok());
    QVERIFY(DirectoryLogins::knows(*location.value));
    QCOMPARE(DirectoryLogins::bindDn(*location.value), bindDn.toUtf8());
    QVERIFY(DirectoryLogins::credentials(*location.value).method() == LdapCredentials::Method::Simple);

    // The directory cannot be reached: said in words naming the directory, nothing opened.
    auto *box = waitForModal<QMessageBox>(QStringLiteral("fileProblemsMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(UnreachableUri) && box->text().contains(QLatin1String("directory")),
             qPrintable(box->text()));
    box->close();
    QVERIFY(waitUntilClosed(box));
    QVERIFY(m_window->organizationPath().isEmpty());

    // Nothing of the password in the settings, whatever the key.
    m_window->close();
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        const QString text = value.toStringList().join(u'\n') + value.toString()
            + QStringList(value.toMap().keys()).join(u'\n')
            + [&] {
                  QStringList values;
                  for (const QVariant &v : value.toMap())
                      values.append(v.toString());
                  return values.join(u'\n');
              }();
        QVERIFY2(!text.contains(secret), qPrintable(key));
    }
}

void TestConsoleDirectory::unreachableDirectoryIsReported_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("nothing listens") << UnreachableUri;
    QTest::newRow("malformed URI") << QStringLiteral("ldap://127.0.0.1:99999/dc=contoso,dc=com");
    QTest::newRow("unknown option") << QStringLiteral("ldap://127.0.0.1/dc=contoso,dc=com?x-nosuchoption");
}

void TestConsoleDirectory::unreachableDirectoryIsReported()
{
    QFETCH(QString, location);
    // Opening a directory that cannot be used (as --organization does): the window says which, and
    // why, as for a file.
    QVERIFY(startWindow());
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    QVERIFY(m_window->openOrganization(location));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toBool(), false);
    auto *box = waitForModal<QMessageBox>(QStringLiteral("fileProblemsMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(location), qPrintable(box->text()));
    // The store's own words for it.
    const Problems problems = errorsOnly(OrganizationStore(location).load().problems);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(box->informativeText().contains(problems.first().toString()), qPrintable(box->informativeText()));
    box->close();
    QVERIFY(waitUntilClosed(box));
    QVERIFY(m_window->recentFiles().isEmpty());
}

void TestConsoleDirectory::recentDirectoryAsksForItsPassword()
{
    // A directory opened before, with the bind DN that opened it (not its password).
    const QString bindDn = QStringLiteral("cn=admin,dc=contoso,dc=com");
    QSettings settings;
    settings.setValue(QStringLiteral("ConsoleWindow/recentFiles"), QStringList{UnreachableUri});
    settings.setValue(QStringLiteral("ConsoleWindow/directoryBindDns"), QVariantMap{{UnreachableUri, bindDn}});
    QCOMPARE(ConsoleWindow::rememberedBindDn(UnreachableUri), bindDn);
    QVERIFY(startWindow());

    auto *recent = m_window->findChild<QAction *>(QStringLiteral("recentFileAction0"));
    QVERIFY(recent);
    QVERIFY2(recent->text().contains(UnreachableUri), qPrintable(recent->text())); // the URI, not only its DN
    recent->trigger();
    auto *dialog = waitForModal<OpenDirectoryDialog>(QStringLiteral("openDirectoryDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->locationText(), UnreachableUri);
    QCOMPARE(dialog->bindDn(), bindDn);
    auto *password = find<QLineEdit>(dialog, "bindPasswordEdit");
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QTest::keyClick(password, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(dialog));
    // A directory that cannot be reached now stays in the list (unlike a file that is gone).
    QCOMPARE(m_window->recentFiles(), QStringList{UnreachableUri});
}

void TestConsoleDirectory::commandLineRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");

    const QString file = QDir(QDir::tempPath()).filePath(QStringLiteral("contoso.json"));
    QTest::newRow("bind DN for a file") << QStringList{QStringLiteral("--organization"), file,
                                                       QStringLiteral("--bind-dn"), QStringLiteral("cn=admin,dc=contoso,dc=com")}
                                        << QStringLiteral("--bind-dn applies to an organization in a directory");
    QTest::newRow("bind DN alone") << QStringList{QStringLiteral("--bind-dn"), QStringLiteral("cn=admin,dc=contoso,dc=com")}
                                   << QStringLiteral("--bind-dn applies to an organization in a directory");
    QTest::newRow("empty bind DN") << QStringList{QStringLiteral("--organization"), UnreachableUri,
                                                  QStringLiteral("--bind-dn"), QString()}
                                   << QStringLiteral("--bind-dn needs a DN");
}

void TestConsoleDirectory::commandLineRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ProgramRun run = runProgram(QStringLiteral(SCC_BIN_DIR "/send-connector-console"), arguments, {}, environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
}

bool TestConsoleDirectory::putSample()
{
    const Problems problems = OrganizationStore::create(ldapiUri(0), OrganizationStore::sampleOrganization());
    if (hasErrors(problems)) {
        qWarning("%s", qPrintable(problems.first().toString()));
        return false;
    }
    // Both providers hold all of it before a test starts (replication adds entry after entry).
    const Organization sample = OrganizationStore::sampleOrganization();
    return QTest::qWaitFor(
        [&] {
            const Parsed<Organization> replicated = readBack(ldapiUri(1));
            return replicated.ok() && *replicated.value == sample;
        },
        20000);
}

bool TestConsoleDirectory::removeOrganization()
{
    const QString dn = QStringLiteral("o=Contoso,") + m_servers.ldapBaseDn;
    const auto exists = [&](int provider) {
        const TestLdapProvider &server = m_servers.ldapProviders.at(provider);
        const ProgramRun run = runProgram(QStringLiteral("ldapsearch"),
                                          {QStringLiteral("-Q"), QStringLiteral("-Y"), QStringLiteral("EXTERNAL"),
                                           QStringLiteral("-H"), server.ldapiUri, QStringLiteral("-b"), dn,
                                           QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("1.1")});
        return run.exitCode != 32; // noSuchObject
    };
    if (exists(0)) {
        runProgram(QStringLiteral("ldapdelete"), {QStringLiteral("-Q"), QStringLiteral("-r"), QStringLiteral("-Y"),
                                                  QStringLiteral("EXTERNAL"), QStringLiteral("-H"),
                                                  m_servers.ldapProviders.at(0).ldapiUri, dn});
    }
    return QTest::qWaitFor([&] { return !exists(0) && !exists(1); }, 20000);
}

bool TestConsoleDirectory::openAndWait(const QString &location)
{
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    if (!m_window->openOrganization(location))
        return false;
    if (!QTest::qWaitFor([&] { return !m_window->isLoading() && !loaded.isEmpty(); }, 60000))
        return false;
    return loaded.last().first().toBool();
}

bool TestConsoleDirectory::listed(const QString &name) const
{
    return GuiTestSupport::connectorRow(view(), name).isValid();
}

bool TestConsoleDirectory::clickConnector(const QString &name)
{
    return GuiTestSupport::clickConnectorRow(view(), name) && m_window->selectedConnectorName() == name;
}

SendConnectorWizard *TestConsoleDirectory::wizardUpToNew(const QString &name)
{
    using Page = SendConnectorWizard::Page;
    if (!click(m_window->findChild<QToolButton *>(QStringLiteral("newSendConnectorActionButton"))))
        return nullptr;
    auto *wizard = waitForModal<SendConnectorWizard>(QStringLiteral("sendConnectorWizard"));
    if (!wizard)
        return nullptr;
    const auto in = [wizard](const char *objectName) {
        return wizard->findChild<QWidget *>(QString::fromLatin1(objectName));
    };
    const auto next = [wizard] { return click(wizard->button(QWizard::NextButton)); };
    QTest::keyClicks(in("connectorNameEdit"), name);
    if (!click(qobject_cast<QAbstractButton *>(in("internetRadio"))) || !next())
        return nullptr;
    if (!click(qobject_cast<QAbstractButton *>(in("addAddressSpaceButton"))))
        return nullptr;
    auto *dialog = waitForModal<QDialog>(QStringLiteral("addressSpaceDialog"));
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), QStringLiteral("directory.example"));
    if (!click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)) || !waitUntilClosed(dialog))
        return nullptr;
    for (int step = 0; step < 5 && wizard->currentId() != Page::Page_NewConnector; ++step) {
        if (!next())
            return nullptr;
    }
    return wizard->currentId() == Page::Page_NewConnector ? wizard : nullptr;
}

void TestConsoleDirectory::openThroughTheDialogAndCreateWithTheWizard()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    OpenDirectoryDialog *dialog = openDialogWithKeys();
    QVERIFY(dialog);
    // Over ldapi:// no bind DN: SASL EXTERNAL as this user.
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("directoryUriEdit")));
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    QTest::keyClicks(QApplication::focusWidget(), ldapiUri(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(m_window->isDirectory());
    QCOMPARE(m_window->organizationPath(), ldapiUri(0));
    QVERIFY2(m_window->windowTitle().startsWith(QLatin1String("Contoso")), qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("fileStatusLabel"))->text(), ldapiUri(0));
    QVERIFY(listed(QStringLiteral("Contoso to Internet")));
    QCOMPARE(m_window->recentFiles(), QStringList{ldapiUri(0)});

    // The wizard writes the connector into the directory.
    const QString name = QStringLiteral("Made in the directory");
    SendConnectorWizard *wizard = wizardUpToNew(name);
    QVERIFY(wizard);
    QVERIFY(click(wizard->button(QWizard::CommitButton)));
    QTRY_COMPARE(wizard->currentId(), int(SendConnectorWizard::Page::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Completed"));
    QVERIFY(click(wizard->button(QWizard::FinishButton)));
    QVERIFY(waitUntilClosed(wizard));

    // Read back from the directory, through the other provider too.
    for (int provider : {0, 1}) {
        QTRY_VERIFY_WITH_TIMEOUT(readBack(ldapiUri(provider)).ok()
                                     && readBack(ldapiUri(provider)).value->connector(name, QString()),
                                 20000);
        const Parsed<Organization> saved = readBack(ldapiUri(provider));
        const SendConnector *created = saved.value->connector(name, QString());
        QVERIFY(created->usage == Exchange::Usage::Internet);
        QCOMPARE(created->addressSpaces.size(), 1);
        QCOMPARE(created->addressSpaces.first().address, QStringLiteral("directory.example"));
        Organization expected = OrganizationStore::sampleOrganization();
        expected.sendConnectors.append(*created);
        QVERIFY(*saved.value == expected);
    }
    QTRY_VERIFY(listed(name));
    QCOMPARE(m_window->selectedConnectorName(), name);
}

void TestConsoleDirectory::refusedBindIsAskedAgain()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    OpenDirectoryDialog *dialog = openDialogWithKeys();
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("directoryUriEdit")));
    QTest::keyClicks(QApplication::focusWidget(), tcpUri(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), m_servers.ldapBindDn);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("not the password"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));

    // Asked again, with the directory's reason, the bind DN kept and the password to type again.
    OpenDirectoryDialog *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((again = qobject_cast<OpenDirectoryDialog *>(QApplication::activeModalWidget())), 30000);
    QCOMPARE(again->objectName(), QStringLiteral("openDirectoryDialog"));
    QCOMPARE(again->locationText(), tcpUri(0));
    QCOMPARE(again->bindDn(), m_servers.ldapBindDn);
    auto *refusal = again->findChild<QLabel *>(QStringLiteral("bindRefusedLabel"));
    QVERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(QLatin1String("refused")), qPrintable(refusal->text()));
    auto *password = again->findChild<QLineEdit *>(QStringLiteral("bindPasswordEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QVERIFY(password->text().isEmpty());
    QVERIFY(accessibleDescription(password).contains(refusal->text()));
    QVERIFY(m_window->organizationPath().isEmpty());

    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    QTest::keyClicks(password, m_servers.ldapPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(waitUntilClosed(again));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(listed(QStringLiteral("Contoso to Internet")));

    // Remembered: the URI and its bind DN; never the password.
    QCOMPARE(m_window->recentFiles(), QStringList{tcpUri(0)});
    QCOMPARE(ConsoleWindow::rememberedBindDn(tcpUri(0)), m_servers.ldapBindDn);
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        QStringList texts = value.toStringList() + QStringList{value.toString()};
        for (const QVariant &item : value.toMap())
            texts.append(item.toString());
        QVERIFY2(!texts.join(u'\n').contains(m_servers.ldapPassword), qPrintable(key));
    }
}

void TestConsoleDirectory::anotherWritersChangeAppearsByItself()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    m_window->setDirectoryPollInterval(100);
    QVERIFY(openAndWait(ldapiUri(0)));
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));

    // Nothing changes: the version is asked, nothing is read again.
    const int loads = m_window->loadCount();
    const int polls = m_window->directoryPollCount();
    QTRY_VERIFY(m_window->directoryPollCount() >= polls + 3);
    QCOMPARE(m_window->loadCount(), loads);

    // Another administrator adds a connector, through the other provider: it appears, selection kept.
    SendConnector added = OrganizationStore::sampleOrganization().sendConnectors.first();
    added.name = QStringLiteral("Added by another administrator");
    const Parsed<Organization> written =
        ConnectorOperations(ldapiUri(1), OperationScope{QStringLiteral("CONTOSO\\Other"), {}, {}}).create(added);
    QVERIFY2(written.ok(), qPrintable(written.problems.value(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(listed(added.name), 20000);
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Internet"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("fileProblemLabel"))->isVisible());

    // A removal too.
    const Parsed<Organization> removed =
        ConnectorOperations(ldapiUri(0), OperationScope{QStringLiteral("CONTOSO\\Other"), {}, {}})
            .remove(QStringLiteral("Fabrikam X.400 gateway"));
    QVERIFY2(removed.ok(), qPrintable(removed.problems.value(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!listed(QStringLiteral("Fabrikam X.400 gateway")), 20000);
}

void TestConsoleDirectory::propertiesConflictAsForAFile()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    QVERIFY(openAndWait(ldapiUri(0)));
    const QString connector = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(connector));
    QTest::keyClick(view(), Qt::Key_Return);
    auto *sheet = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(sheet);
    auto *fqdn = sheet->findChild<QLineEdit *>(QStringLiteral("heloFqdnEdit"));
    fqdn->setFocus();
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("mine.contoso.com"));

    // Another administrator changes the same connector meanwhile.
    const OperationScope other{QStringLiteral("CONTOSO\\Other"), {}, {}};
    SendConnector theirs = *readBack(ldapiUri(0)).value->connector(connector, QString());
    theirs.fqdn = QStringLiteral("theirs.contoso.com");
    theirs.maxMessageSize.bytes = qint64(30) * 1024 * 1024;
    const Parsed<Organization> changed = ConnectorOperations(ldapiUri(0), other).change(connector, theirs);
    QVERIFY2(changed.ok(), qPrintable(changed.problems.value(0).toString()));

    // Apply: nothing overwritten, the conflict named as for a file.
    QVERIFY(click(sheet->findChild<QPushButton *>(QStringLiteral("applyButton"))));
    QTRY_VERIFY(sheet->hasConflict());
    auto *conflict = sheet->findChild<QLabel *>(QStringLiteral("conflictLabel"));
    QVERIFY(sheet->findChild<QWidget *>(QStringLiteral("conflictPanel"))->isVisible());
    QVERIFY2(conflict->text().contains(QLatin1String("MaxMessageSize")) && conflict->text().contains(QLatin1String("Fqdn")),
             qPrintable(conflict->text()));
    QCOMPARE(readBack(ldapiUri(0)).value->connector(connector, QString())->fqdn, theirs.fqdn);

    // Mine on top of theirs.
    QVERIFY(click(sheet->findChild<QPushButton *>(QStringLiteral("reapplyButton"))));
    QVERIFY(click(sheet->findChild<QPushButton *>(QStringLiteral("applyButton"))));
    QTRY_VERIFY(!m_window->isDialogSaving());
    QTRY_COMPARE(readBack(ldapiUri(0)).value->connector(connector, QString())->fqdn, QStringLiteral("mine.contoso.com"));
    QCOMPARE(readBack(ldapiUri(0)).value->connector(connector, QString())->maxMessageSize.bytes,
             qint64(30) * 1024 * 1024);
    QTest::keyClick(sheet, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(sheet));
}

void TestConsoleDirectory::wizardNameTakenMeanwhile()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    QVERIFY(openAndWait(ldapiUri(0)));
    const QString name = QStringLiteral("Racer");
    SendConnectorWizard *wizard = wizardUpToNew(name);
    QVERIFY(wizard);

    // Another administrator takes the name while the summary is reviewed.
    SendConnector theirs = OrganizationStore::sampleOrganization().sendConnectors.first();
    theirs.name = name;
    const Parsed<Organization> taken =
        ConnectorOperations(ldapiUri(1), OperationScope{QStringLiteral("CONTOSO\\Other"), {}, {}}).create(theirs);
    QVERIFY2(taken.ok(), qPrintable(taken.problems.value(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(readBack(ldapiUri(0)).ok() && readBack(ldapiUri(0)).value->connector(name, QString()), 20000);

    QVERIFY(click(wizard->button(QWizard::CommitButton)));
    QTRY_COMPARE(wizard->currentId(), int(SendConnectorWizard::Page::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Failed"));
    const Problems problems = wizard->lastReport().problems;
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                        [](const Problem &problem) { return problem.code == QLatin1String("Name.Duplicate"); }));
    // Theirs, untouched.
    const Parsed<Organization> saved = readBack(ldapiUri(0));
    QVERIFY(saved.ok());
    const SendConnector *stored = saved.value->connector(name, QString());
    QVERIFY(stored && stored->addressSpaces == theirs.addressSpaces);
    QVERIFY(click(wizard->button(QWizard::FinishButton)));
    QVERIFY(waitUntilClosed(wizard));
}

namespace {
// Starts a provider stopped by a test again, whatever happened in between.
struct ProviderRestart
{
    int index;
    ~ProviderRestart()
    {
        if (!TestServers::load(TestServers::Ldap).ldapProviders.value(index).running) {
            TestServers::load(TestServers::Ldap).switchLdapProvider(index);
            QTest::qWaitFor([this] { return TestServers::load(TestServers::Ldap).ldapProviders.value(index).running; },
                            30000);
        }
    }
};

bool providerRunning(int index)
{
    return TestServers::load(TestServers::Ldap).ldapProviders.value(index).running;
}
} // namespace

void TestConsoleDirectory::providerDownAndBack()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    m_window->setDirectoryPollInterval(100);
    QVERIFY(openAndWait(ldapiUri(0)));
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("fileProblemLabel"));
    auto *create = m_window->findChild<QToolButton *>(QStringLiteral("newSendConnectorActionButton"));
    QVERIFY(!banner->isVisible());
    QVERIFY(create->isEnabled());
    const int rows = view()->model()->rowCount();

    // The only server of the location stops: the window keeps what it shows, says why, changes nothing.
    const ProviderRestart restart{0};
    QVERIFY(m_servers.switchLdapProvider(0));
    QTRY_VERIFY_WITH_TIMEOUT(!providerRunning(0), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->text().contains(ldapiUri(0)) && banner->text().contains(QLatin1String("directory")),
             qPrintable(banner->text()));
    QCOMPARE(view()->model()->rowCount(), rows);
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Internet"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!m_window->findChild<QToolButton *>(QStringLiteral("disableConnectorActionButton"))->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("actionExplanationLabel"))->text().contains(QLatin1String("directory")));

    // Meanwhile the other provider gets a change; the stopped one catches up once it is back.
    SendConnector added = OrganizationStore::sampleOrganization().sendConnectors.first();
    added.name = QStringLiteral("Added while one was down");
    QCOMPARE(createAsAnother(ldapiUri(1), added), QString());

    QVERIFY(m_servers.switchLdapProvider(0));
    QTRY_VERIFY_WITH_TIMEOUT(providerRunning(0), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(listed(added.name), 30000);
    QVERIFY(create->isEnabled());
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Internet"));
}

void TestConsoleDirectory::failoverKeepsTheWindowWorking()
{
    QVERIFY(putSample());
    QVERIFY(startWindow());
    m_window->setDirectoryPollInterval(100);
    // Both providers, the first one first, as the administrator.
    const QString both = m_servers.ldapProviders.at(0).uri + QLatin1Char(',') + tcpUri(1);
    const Parsed<OrganizationLocation> location = OrganizationLocation::parse(both);
    QVERIFY(location.ok());
    DirectoryLogins::remember(*location.value, m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    QVERIFY(openAndWait(both));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("fileProblemLabel"));

    const ProviderRestart restart{0};
    QVERIFY(m_servers.switchLdapProvider(0));
    QTRY_VERIFY_WITH_TIMEOUT(!providerRunning(0), 30000);
    // Changes by others still appear, and this window's own change is written, through the second.
    SendConnector added = OrganizationStore::sampleOrganization().sendConnectors.first();
    added.name = QStringLiteral("Added after the failover");
    QCOMPARE(createAsAnother(ldapiUri(1), added), QString());
    QTRY_VERIFY_WITH_TIMEOUT(listed(added.name), 30000);
    QVERIFY(!banner->isVisible());
    QVERIFY(clickConnector(added.name));
    QVERIFY(click(m_window->findChild<QToolButton *>(QStringLiteral("disableConnectorActionButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSaving(), 30000);
    QVERIFY(!readBack(ldapiUri(1)).value->connector(added.name, QString())->enabled);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestConsoleDirectory)
#include "tst_console_directory.moc"
