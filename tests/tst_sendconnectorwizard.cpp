// Tests the wizard's frame: title, step list, branching (skipped pages), Help, the commit page and
// the Completion page after success and after failure, Cancel's question, Enter and Esc.
#include "support/GuiTestSupport.h"
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "OperatorPermissions.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"
#include "StepListWidget.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QTreeView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

namespace {

using GuiTestSupport::click;
using GuiTestSupport::readAll;
using GuiTestSupport::waitForModal;
using GuiTestSupport::waitUntilClosed;

using Page = SendConnectorWizard::Page;
using StepState = StepListWidget::StepState;

using ModelTestSupport::ipHost;
using ModelTestSupport::smtp;

// Fills the draft the way the pages would, so that the frame can be tested on its own.
void fillValid(ConnectorDraft *draft, bool smartHosts)
{
    draft->setName(QStringLiteral("Frame test"));
    draft->setAddressSpaces({smtp(QStringLiteral("frame.example"))});
    if (smartHosts) {
        draft->setDnsRoutingEnabled(false);
        draft->setSmartHosts({ipHost(QStringLiteral("10.0.0.9"))});
    }
}

} // namespace

class TestSendConnectorWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void frame();
    void startProblems_data();
    void startProblems();
    void branching_data();
    void branching();
    void helpShowsTheCurrentPagesHelp();
    void enterIsNext();
    void createdThenFinish();
    void failedThenBackAndNewAgain();
    void completionWarnsAboutThisConnectorOnly();
    void cancelUnmodifiedClosesAtOnce();
    void cancelModifiedAsks();
    void escapeIsCancel();
    void changingTheUsageKeepsSmartHostsAndAuthentication();
    void helpGivesTheFocusBackToThePage_data();
    void helpGivesTheFocusBackToThePage();
    void edgeHasNoSourceServerStep_data();
    void edgeHasNoSourceServerStep();
    void nameSetThroughAccessibilityEnablesNext();
    void summaryShowsExchange2007PermissionsOnly();
    void roleRevokedMeanwhileIsRefusedAtNew();
    void damagedFileAtNewNamesTheFile();

private:
    std::unique_ptr<SendConnectorWizard> makeWizard(const QString &server = QStringLiteral("EX01"));
    bool clickNext(SendConnectorWizard &wizard);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestSendConnectorWizard::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("organization.json"));
    QFile::remove(m_path);
    QVERIFY(OrganizationStore::create(m_path, OrganizationStore::sampleOrganization()).isEmpty());
}

void TestSendConnectorWizard::cleanup()
{
    QVERIFY(QApplication::topLevelWidgets().isEmpty()
            || std::none_of(QApplication::topLevelWidgets().cbegin(), QApplication::topLevelWidgets().cend(),
                            [](const QWidget *w) { return w->isVisible(); }));
}

std::unique_ptr<SendConnectorWizard> TestSendConnectorWizard::makeWizard(const QString &server)
{
    auto wizard = std::make_unique<SendConnectorWizard>(OrganizationStore(m_path).load().value.value(), server, m_path);
    wizard->setLockTimeout(200);
    wizard->show();
    return wizard;
}

bool TestSendConnectorWizard::clickNext(SendConnectorWizard &wizard)
{
    QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                               : QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() != before;
}

void TestSendConnectorWizard::frame()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->windowTitle(), QStringLiteral("New SMTP Send Connector"));
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_Introduction));
    QCOMPARE(wizard->pageIds(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));

    StepListWidget *steps = wizard->stepList();
    QCOMPARE(wizard->sideWidget(), steps);
    const QStringList expected{QStringLiteral("Introduction"), QStringLiteral("Address space"),
                               QStringLiteral("Network settings"), QStringLiteral("Smart host security settings"),
                               QStringLiteral("Source Server"), QStringLiteral("New Connector"),
                               QStringLiteral("Completion")};
    QCOMPARE(steps->count(), int(expected.size()));
    for (int i = 0; i < steps->count(); ++i) {
        QCOMPARE(steps->title(i), expected.at(i));
        QCOMPARE(steps->title(i), wizard->page(wizard->pageIds().at(i))->title());
        QVERIFY(steps->label(i)->text().contains(expected.at(i)));
        QVERIFY(steps->label(i)->accessibleName().startsWith(expected.at(i)));
    }
    QCOMPARE(steps->state(0), StepState::Current);
    QVERIFY(steps->label(0)->font().bold());
    QCOMPARE(steps->state(1), StepState::Pending);
    QCOMPARE(steps->state(3), StepState::Skipped); // DNS routing is preselected
    QVERIFY(!steps->label(3)->isEnabled());        // greyed
    QCOMPARE(steps->label(3)->accessibleName(), QStringLiteral("Smart host security settings (skipped)"));
    QVERIFY(steps->label(0)->isEnabled());
    QCOMPARE(steps->state(4), StepState::Pending);

    QVERIFY(wizard->button(QWizard::HelpButton)->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no name yet
    QVERIFY(wizard->button(QWizard::CancelButton)->isVisible());
    // Help, < Back, Next >, Cancel as in EMC (docs/wizard.md#window-and-buttons): Back shown,
    // greyed, on the first page.
    QVERIFY(wizard->button(QWizard::BackButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->page(SendConnectorWizard::Page_NewConnector)->isCommitPage());
    QCOMPARE(wizard->page(SendConnectorWizard::Page_NewConnector)->buttonText(QWizard::CommitButton),
             QStringLiteral("&New"));
    QCOMPARE(wizard->lockTimeout(), 200);
    wizard->hide();
}

void TestSendConnectorWizard::startProblems_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("code");
    QTest::newRow("hub") << QStringLiteral("EX02") << QString();
    QTest::newRow("unsubscribed edge") << QStringLiteral("EDGE02") << QString();
    QTest::newRow("subscribed edge") << QStringLiteral("EDGE01") << QStringLiteral("Connector.SubscribedEdge");
    QTest::newRow("unknown") << QStringLiteral("NOPE") << QStringLiteral("Draft.UnknownServer");
}

void TestSendConnectorWizard::startProblems()
{
    QFETCH(QString, server);
    QFETCH(QString, code);
    const Problems found = SendConnectorWizard::startProblems(OrganizationStore::sampleOrganization(), server);
    QCOMPARE(found.isEmpty(), code.isEmpty());
    if (!code.isEmpty())
        QCOMPARE(found.first().code, code);
}

void TestSendConnectorWizard::branching_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("smartHosts");
    QTest::addColumn<QList<int>>("path");
    QTest::addColumn<QList<int>>("skipped");

    QTest::newRow("hub, DNS") << QStringLiteral("EX01") << false
                              << QList<int>{Page::Page_Introduction, Page::Page_AddressSpace,
                                            Page::Page_NetworkSettings, Page::Page_SourceServer,
                                            Page::Page_NewConnector}
                              << QList<int>{Page::Page_SmartHostSecurity};
    QTest::newRow("hub, smart hosts") << QStringLiteral("EX01") << true
                                      << QList<int>{Page::Page_Introduction, Page::Page_AddressSpace,
                                                    Page::Page_NetworkSettings, Page::Page_SmartHostSecurity,
                                                    Page::Page_SourceServer, Page::Page_NewConnector}
                                      << QList<int>{};
    QTest::newRow("edge, DNS") << QStringLiteral("EDGE02") << false
                               << QList<int>{Page::Page_Introduction, Page::Page_AddressSpace,
                                             Page::Page_NetworkSettings, Page::Page_NewConnector}
                               << QList<int>{Page::Page_SmartHostSecurity};
    QTest::newRow("edge, smart hosts") << QStringLiteral("EDGE02") << true
                                       << QList<int>{Page::Page_Introduction, Page::Page_AddressSpace,
                                                     Page::Page_NetworkSettings, Page::Page_SmartHostSecurity,
                                                     Page::Page_NewConnector}
                                       << QList<int>{};
}

void TestSendConnectorWizard::branching()
{
    QFETCH(QString, server);
    QFETCH(bool, smartHosts);
    QFETCH(QList<int>, path);
    QFETCH(QList<int>, skipped);

    auto wizard = makeWizard(server);
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    fillValid(wizard->draft(), smartHosts);
    StepListWidget *steps = wizard->stepList();

    for (int i = 0; i < path.size(); ++i) {
        QCOMPARE(wizard->currentId(), path.at(i));
        const int index = int(wizard->pageIds().indexOf(path.at(i)));
        QCOMPARE(steps->state(index), StepState::Current);
        for (int before = 0; before < i; ++before)
            QCOMPARE(steps->state(int(wizard->pageIds().indexOf(path.at(before)))), StepState::Done);
        for (int id : skipped)
            QCOMPARE(steps->state(int(wizard->pageIds().indexOf(id))), StepState::Skipped);
        if (i + 1 < path.size())
            QVERIFY2(clickNext(*wizard), qPrintable(QStringLiteral("stuck on page %1").arg(path.at(i))));
    }
    // Back retraces the same path.
    for (int i = int(path.size()) - 2; i >= 0; --i) {
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), path.at(i));
    }
    wizard->hide();
}

void TestSendConnectorWizard::helpShowsTheCurrentPagesHelp()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    for (int step = 0; step < 2; ++step) {
        QTest::mouseClick(wizard->button(QWizard::HelpButton), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = wizard->findChild<QMessageBox *>(QStringLiteral("helpMessageBox"))) && box->isVisible());
        QCOMPARE(box->text(), SendConnectorWizard::helpText(static_cast<Page>(wizard->currentId())));
        QVERIFY(box->windowTitle().contains(wizard->currentPage()->title()));
        QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!wizard->findChild<QMessageBox *>(QStringLiteral("helpMessageBox")));
        fillValid(wizard->draft(), false);
        QVERIFY(clickNext(*wizard));
    }
    QVERIFY(SendConnectorWizard::helpText(SendConnectorWizard::Page_AddressSpace).contains(QLatin1String("*contoso.com")));
    wizard->hide();
}

void TestSendConnectorWizard::enterIsNext()
{
    auto wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    auto *nameEdit = wizard->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"));
    nameEdit->setFocus();
    QTRY_VERIFY(nameEdit->hasFocus());
    QTest::keyClick(nameEdit, Qt::Key_Return); // no name: Next is off, nothing happens
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_Introduction));
    QTest::keyClicks(nameEdit, QStringLiteral("Keyboard"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_AddressSpace));
    wizard->hide();
}

void TestSendConnectorWizard::createdThenFinish()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QSignalSpy created(wizard.get(), &SendConnectorWizard::connectorCreated);
    fillValid(wizard->draft(), true);
    while (wizard->currentId() != SendConnectorWizard::Page_NewConnector)
        QVERIFY(clickNext(*wizard));
    QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&New"));
    QVERIFY(clickNext(*wizard));

    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Completed"));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toString(), QStringLiteral("Frame test"));
    QVERIFY(wizard->lastReport().succeeded);
    QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("completionText"))
                ->toPlainText()
                .contains(QLatin1String("Exchange Management Shell command completed:\nnew-SendConnector -Name 'Frame test'")));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QCOMPARE(wizard->stepList()->state(5), StepState::Done);
    QVERIFY(!wizard->stepList()->iconLabel(5)->pixmap().isNull()); // ticked: tst_icons checks which icon
    QCOMPARE(wizard->stepList()->state(6), StepState::Current);

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(QStringLiteral("Frame test")));
}

void TestSendConnectorWizard::completionWarnsAboutThisConnectorOnly()
{
    const auto completionText = [](const SendConnectorWizard &wizard) {
        return wizard.findChild<QPlainTextEdit *>(QStringLiteral("completionText"))->toPlainText();
    };
    const QString inClear = QStringLiteral("sends the password in clear text");

    // Basic without TLS: its warning once, not a second time from the file's own check.
    auto first = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(first.get()));
    fillValid(first->draft(), true);
    first->draft()->setSmartHostAuthMechanism(Exchange::SmartHostAuthMechanism::BasicAuth);
    first->draft()->setCredential(QStringLiteral("CONTOSO\\relay"), QStringLiteral("secret"));
    while (first->currentId() != SendConnectorWizard::Page_Completion)
        QVERIFY(clickNext(*first));
    QVERIFY(first->lastReport().succeeded);
    QVERIFY2(completionText(*first).count(inClear) == 1, qPrintable(completionText(*first)));
    QCOMPARE(first->lastReport().problems.size(), 1);
    QCOMPARE(first->lastReport().problems.first().code, QStringLiteral("Connector.BasicAuthInClear"));
    QTest::mouseClick(first->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!first->isVisible());

    // The next connector, on DNS, has nothing to warn about: the first one's warning is not its.
    auto second = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    fillValid(second->draft(), false);
    second->draft()->setName(QStringLiteral("Second frame test"));
    while (second->currentId() != SendConnectorWizard::Page_Completion)
        QVERIFY(clickNext(*second));
    QVERIFY(second->lastReport().succeeded);
    QVERIFY2(!completionText(*second).contains(QLatin1String("Warning:")), qPrintable(completionText(*second)));
    QVERIFY(second->lastReport().problems.isEmpty());
    QTest::mouseClick(second->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!second->isVisible());
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(QStringLiteral("Frame test")));
    QVERIFY(saved.value->connector(QStringLiteral("Second frame test")));
}

void TestSendConnectorWizard::failedThenBackAndNewAgain()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    fillValid(wizard->draft(), false);
    while (wizard->currentId() != SendConnectorWizard::Page_NewConnector)
        QVERIFY(clickNext(*wizard));

    const QByteArray original = readAll(m_path);
    QVERIFY(QFile::rename(m_path, m_path + QStringLiteral(".away")));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Failed"));
    const QString text = wizard->findChild<QPlainTextEdit *>(QStringLiteral("completionText"))->toPlainText();
    QVERIFY(text.contains(QLatin1String("Exchange Management Shell command attempted:")));
    QVERIFY(containsCode(wizard->lastReport().problems, QStringLiteral("File.NotFound")));
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(!QFile::exists(m_path));

    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_NewConnector));
    QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&New"));
    QVERIFY(QFile::rename(m_path + QStringLiteral(".away"), m_path));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Completed"));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(readAll(m_path) != original);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
}

void TestSendConnectorWizard::cancelUnmodifiedClosesAtOnce()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    QVERIFY(!wizard->findChild<QMessageBox *>());
}

void TestSendConnectorWizard::cancelModifiedAsks()
{
    const QByteArray original = readAll(m_path);
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit")), QStringLiteral("Typed"));

    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QCOMPARE(box->objectName(), QStringLiteral("discardMessageBox"));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton); // keep editing
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->draft()->connector().name, QStringLiteral("Typed"));

    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    QCOMPARE(readAll(m_path), original);
}

void TestSendConnectorWizard::escapeIsCancel()
{
    auto wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    auto *nameEdit = wizard->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"));
    QTest::keyClicks(nameEdit, QStringLiteral("Typed"));
    QTest::keyClick(nameEdit, Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QCOMPARE(box->objectName(), QStringLiteral("discardMessageBox"));
    QTest::keyClick(box, Qt::Key_Escape); // Esc in the question keeps editing
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(wizard->isVisible());
    wizard->hide();
}

// An administrator who set up smart hosts and Basic over TLS, then goes back and corrects the
// usage from Custom to Internet (which offers smart hosts too), finds everything as he left it.
void TestSendConnectorWizard::changingTheUsageKeepsSmartHostsAndAuthentication()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    const auto child = [&wizard](const char *name) { return wizard->findChild<QWidget *>(QString::fromLatin1(name)); };
    QTest::keyClicks(child("connectorNameEdit"), QStringLiteral("Relay via ISP"));
    QVERIFY(clickNext(*wizard));
    wizard->draft()->setAddressSpaces({smtp(QStringLiteral("*"))});
    QVERIFY(clickNext(*wizard));

    // Network settings: smart hosts, one added through the dialog.
    QCOMPARE(wizard->currentId(), int(Page::Page_NetworkSettings));
    QVERIFY(click(qobject_cast<QAbstractButton *>(child("smartHostRoutingRadio"))));
    QVERIFY(click(qobject_cast<QAbstractButton *>(child("addSmartHostButton"))));
    auto *dialog = waitForModal<QDialog>(QStringLiteral("smartHostDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ipAddressEdit")), QStringLiteral("192.168.1.20"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("ipAddressEdit")), Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));
    QCOMPARE(qobject_cast<QTreeView *>(child("smartHostView"))->model()->rowCount(), 1);
    QVERIFY(clickNext(*wizard));

    // Smart host security: Basic Authentication over TLS with a credential.
    QCOMPARE(wizard->currentId(), int(Page::Page_SmartHostSecurity));
    QVERIFY(click(qobject_cast<QAbstractButton *>(child("authBasicRadio"))));
    QVERIFY(click(qobject_cast<QAbstractButton *>(child("authBasicTlsCheck"))));
    QTest::keyClicks(child("userNameEdit"), QStringLiteral("CONTOSO\\relay"));
    QTest::keyClicks(child("passwordEdit"), QStringLiteral("s3cret"));

    // Back to the Introduction, Internet instead of Custom.
    while (wizard->currentId() != Page::Page_Introduction)
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(click(qobject_cast<QAbstractButton *>(child("internetRadio"))));
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));

    QCOMPARE(wizard->currentId(), int(Page::Page_NetworkSettings));
    QVERIFY(qobject_cast<QAbstractButton *>(child("smartHostRoutingRadio"))->isChecked());
    QCOMPARE(qobject_cast<QTreeView *>(child("smartHostView"))->model()->index(0, 0).data().toString(), QStringLiteral("192.168.1.20"));
    QCOMPARE(wizard->stepList()->state(3), StepState::Pending); // not skipped
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(Page::Page_SmartHostSecurity));
    QVERIFY(qobject_cast<QAbstractButton *>(child("authBasicRadio"))->isChecked());
    QVERIFY(qobject_cast<QAbstractButton *>(child("authBasicTlsCheck"))->isChecked());
    QCOMPARE(qobject_cast<QLineEdit *>(child("userNameEdit"))->text(), QStringLiteral("CONTOSO\\relay"));
    QCOMPARE(qobject_cast<QLineEdit *>(child("passwordEdit"))->text(), QStringLiteral("s3cret"));
    const SendConnector created = wizard->draft()->connectorToCreate();
    QCOMPARE(Exchange::toString(created.usage), Exchange::toString(Exchange::Usage::Internet));
    QVERIFY(!created.dnsRoutingEnabled);
    QCOMPARE(Exchange::toString(created.smartHostAuthMechanism),
             Exchange::toString(Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS));
    wizard->hide();
}

void TestSendConnectorWizard::helpGivesTheFocusBackToThePage_data()
{
    QTest::addColumn<bool>("helpByMouse"); // else Tab to Help and Space
    QTest::addColumn<QString>("close");    // "Escape", "Return", "click"

    for (bool mouse : {true, false}) {
        for (const char *close : {"Escape", "Return", "click"})
            QTest::addRow("%s, closed by %s", mouse ? "mouse" : "keyboard", close) << mouse << QString::fromLatin1(close);
    }
}

void TestSendConnectorWizard::helpGivesTheFocusBackToThePage()
{
    QFETCH(bool, helpByMouse);
    QFETCH(QString, close);

    auto wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"));
    name->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    QTest::keyClicks(name, QStringLiteral("Help"));

    QAbstractButton *help = wizard->button(QWizard::HelpButton);
    if (helpByMouse) {
        QTest::mouseClick(help, Qt::LeftButton);
    } else {
        help->setFocus(Qt::TabFocusReason);
        QTest::keyClick(help, Qt::Key_Space);
    }
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = wizard->findChild<QMessageBox *>(QStringLiteral("helpMessageBox"))) && box->isVisible());
    QTRY_VERIFY(box->isActiveWindow());
    if (close == QLatin1String("Escape"))
        QTest::keyClick(box, Qt::Key_Escape);
    else if (close == QLatin1String("Return"))
        QTest::keyClick(box, Qt::Key_Return);
    else
        QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!wizard->findChild<QMessageBox *>(QStringLiteral("helpMessageBox")));

    // Back where the user was, typing on; Esc closed only the box, not the wizard.
    QVERIFY(wizard->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" again"));
    QCOMPARE(wizard->draft()->connector().name, QStringLiteral("Help again"));
    wizard->hide();
}

void TestSendConnectorWizard::edgeHasNoSourceServerStep_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("steps");

    const QString intro = QStringLiteral("Introduction");
    const QString space = QStringLiteral("Address space");
    const QString network = QStringLiteral("Network settings");
    const QString security = QStringLiteral("Smart host security settings");
    const QString source = QStringLiteral("Source Server");
    const QString summary = QStringLiteral("New Connector");
    const QString completion = QStringLiteral("Completion");
    QTest::newRow("Edge") << QStringLiteral("EDGE02")
                          << QStringList{intro, space, network, security, summary, completion};
    QTest::newRow("Hub") << QStringLiteral("EX01")
                         << QStringList{intro, space, network, security, source, summary, completion};
}

void TestSendConnectorWizard::edgeHasNoSourceServerStep()
{
    QFETCH(QString, server);
    QFETCH(QStringList, steps);

    auto wizard = makeWizard(server);
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    StepListWidget *list = wizard->stepList();
    QStringList shown;
    for (int i = 0; i < list->count(); ++i) {
        shown.append(list->title(i));
        QVERIFY(list->label(i)->isVisible());
    }
    QCOMPARE(shown, steps);
    QCOMPARE(wizard->page(Page::Page_SourceServer) != nullptr, steps.contains(QStringLiteral("Source Server")));

    // Walked to the summary, every step before it is done: nothing greyed out in between on an Edge.
    fillValid(wizard->draft(), true);
    while (wizard->currentId() != Page::Page_NewConnector)
        QVERIFY(clickNext(*wizard));
    const int summary = int(steps.indexOf(QStringLiteral("New Connector")));
    for (int i = 0; i < summary; ++i)
        QCOMPARE(list->state(i), StepState::Done);
    QCOMPARE(list->state(summary), StepState::Current);
    wizard->hide();
}

void TestSendConnectorWizard::nameSetThroughAccessibilityEnablesNext()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());

    // What an AT-SPI client's setTextContents does to the Name field.
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(name);
    QVERIFY(accessible && accessible->editableTextInterface());
    accessible->editableTextInterface()->replaceText(0, accessible->textInterface()->characterCount(),
                                                     QStringLiteral("Spoken connector"));
    QTRY_VERIFY(next->isEnabled());
    accessible->setText(QAccessible::Value, QString());
    QTRY_VERIFY(!next->isEnabled());
    accessible->setText(QAccessible::Value, QStringLiteral("Spoken connector"));
    QTRY_VERIFY(next->isEnabled());

    // It goes all the way into the file.
    wizard->draft()->setAddressSpaces({smtp(QStringLiteral("spoken.example"))});
    while (wizard->currentId() != Page::Page_Completion)
        QVERIFY(clickNext(*wizard));
    QVERIFY(wizard->lastReport().succeeded);
    const Organization saved = OrganizationStore(m_path).load().value.value();
    QVERIFY(std::any_of(saved.sendConnectors.cbegin(), saved.sendConnectors.cend(), [](const SendConnector &c) {
        return c.name == QLatin1String("Spoken connector");
    }));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

void TestSendConnectorWizard::summaryShowsExchange2007PermissionsOnly()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    fillValid(wizard->draft(), false);
    while (wizard->currentId() != Page::Page_NewConnector)
        QVERIFY(clickNext(*wizard));
    QString summary;
    for (const QWidget *widget : wizard->currentPage()->findChildren<QWidget *>()) {
        if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
            summary += text->toPlainText();
        else if (const auto *label = qobject_cast<const QLabel *>(widget))
            summary += label->text();
        else if (const auto *browser = qobject_cast<const QTextEdit *>(widget))
            summary += browser->toPlainText();
    }
    QVERIFY2(summary.contains(QLatin1String("ms-Exch-Send-Headers-Organization")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("XShadow")), qPrintable(summary));
}

// The operator's roles are checked again at New, on the file as it is then: a role revoked while
// the wizard was open refuses the connector with the permission message, and nothing is written.
void TestSendConnectorWizard::roleRevokedMeanwhileIsRefusedAtNew()
{
    const QString administrator = QStringLiteral("CONTOSO\\Administrator");
    Organization organization = OrganizationStore(m_path).load().value.value();
    organization.roleAssignments = RoleAssignments{{administrator}, {}};
    QVERIFY(ModelTestSupport::writeFile(m_path, OrganizationFile::serialize(organization)));

    auto wizard = makeWizard();
    wizard->setOperatorName(administrator);
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QSignalSpy created(wizard.get(), &SendConnectorWizard::connectorCreated);
    fillValid(wizard->draft(), false);
    while (wizard->currentId() != SendConnectorWizard::Page_NewConnector)
        QVERIFY(clickNext(*wizard));

    // Another administrator takes the role away while the summary is shown.
    organization.roleAssignments->organizationAdministrators = {QStringLiteral("CONTOSO\\Somebody Else")};
    QVERIFY(ModelTestSupport::writeFile(m_path, OrganizationFile::serialize(organization)));
    const QByteArray revoked = readAll(m_path);
    const Problems expected = OperatorPermissions::check(organization, administrator, QString(),
                                                         OperatorPermissions::Action::CreateConnector);
    QCOMPARE(expected.size(), 1);

    QVERIFY(clickNext(*wizard)); // New
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Failed"));
    QCOMPARE(ModelTestSupport::codesOf(wizard->lastReport().problems),
             QStringList{QStringLiteral("Permission.NotOrganizationAdministrator")});
    const QString text = wizard->findChild<QPlainTextEdit *>(QStringLiteral("completionText"))->toPlainText();
    QVERIFY2(text.contains(expected.first().message), qPrintable(text));
    QCOMPARE(created.count(), 0);
    QCOMPARE(readAll(m_path), revoked);
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    wizard->hide();
}

// Another program damages the file while the wizard is open: New fails, and the Completion page
// names the file, the line and the column of the damage (as the shell and compilers do).
void TestSendConnectorWizard::damagedFileAtNewNamesTheFile()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    fillValid(wizard->draft(), false);
    while (wizard->currentId() != SendConnectorWizard::Page_NewConnector)
        QVERIFY(clickNext(*wizard));

    QByteArray damaged = readAll(m_path);
    const qsizetype port = damaged.indexOf("\"Port\": 25");
    QVERIFY(port > 0);
    damaged.replace(port, int(qstrlen("\"Port\": 25")), "\"Port\": \"25\"");
    QVERIFY(ModelTestSupport::writeFile(m_path, damaged));
    const int line = int(damaged.left(port).count('\n')) + 1;

    QVERIFY(clickNext(*wizard)); // New
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Failed"));
    const QString text = wizard->findChild<QPlainTextEdit *>(QStringLiteral("completionText"))->toPlainText();
    const QString location = QDir::toNativeSeparators(m_path) + QStringLiteral(":%1:").arg(line);
    QVERIFY2(text.contains(location), qPrintable(text));
    QCOMPARE(readAll(m_path), damaged);
    wizard->hide();
}

QTEST_MAIN(TestSendConnectorWizard)
#include "tst_sendconnectorwizard.moc"
