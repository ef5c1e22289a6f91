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
    void unreachableDirectoryIsReported();
    void recentDirectoryAsksForItsPassword();
    void commandLineRefusals_data();
    void commandLineRefusals();

private:
    bool startWindow();
    OpenDirectoryDialog *openDialogWithKeys();
    template <typename T>
    T *find(QWidget *in, const char *objectName) const
    {
        return in->findChild<T *>(QString::fromLatin1(objectName));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleWindow> m_window;
};

void TestConsoleDirectory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_directory"));
    QVERIFY(m_dir.isValid());
}

void TestConsoleDirectory::init()
{
    QSettings().clear();
    DirectoryLogins::forgetAll();
}

void TestConsoleDirectory::cleanup()
{
    m_window.reset();
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

void TestConsoleDirectory::unreachableDirectoryIsReported()
{
    // Opening an unreachable directory (as from the command line): the window says which, and why.
    QVERIFY(startWindow());
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    QVERIFY(m_window->openOrganization(UnreachableUri));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toBool(), false);
    auto *box = waitForModal<QMessageBox>(QStringLiteral("fileProblemsMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(UnreachableUri), qPrintable(box->text()));
    // The store's own words for it.
    const Problems problems = errorsOnly(OrganizationStore(UnreachableUri).load().problems);
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

QTEST_MAIN(TestConsoleDirectory)
#include "tst_console_directory.moc"
