// The wizard and the console through assistive technology only: every focusable control of every
// page, dialog and window has an accessible name; problems reach it as text (the field's
// description and an Alert), the step list says which step is current; and two walks — creating
// a connector end to end with the wizard, changing one in its Properties and disabling another
// in the console — find every control by its accessible name in the accessibility tree, act
// through the accessible interface alone, and assert on the saved organization file. In English
// and in German: the names are looked up through the catalogue (QCoreApplication::translate of
// the same source text), so the walks read what a German screen reader user hears.
#include "support/AccessibilityAudit.h"
#include "support/AccessibilityEvents.h"
#include "support/AccessibleDriver.h"
#include "support/WindowTour.h"

#include "Translations.h"

#include "AddressSpaceDialog.h"
#include "SmartHostDialog.h"
#include "StepListWidget.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QWindow>
#include <QWizard>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using AccessibleDriver::uiName;

// The accessible events the application sends, for the assertions on announcements.
struct RecordedEvent
{
    QAccessible::Event type;
    QPointer<QObject> object;
};
QList<RecordedEvent> g_events;

void recordEvent(QAccessibleEvent *event)
{
    // Only what the assertions look for: no guarded pointer to an object being destroyed.
    const QAccessible::Event type = event->type();
    if (type == QAccessible::Alert || type == QAccessible::DescriptionChanged || type == QAccessible::NameChanged)
        g_events.append({type, event->object()});
}

bool sawEvent(QAccessible::Event type, const QObject *object)
{
    return std::any_of(g_events.cbegin(), g_events.cend(),
                       [&](const RecordedEvent &event) { return event.type == type && event.object == object; });
}

} // namespace

class TestAccessibilityWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void problemsAreAnnounced_data();
    void problemsAreAnnounced();
    void stepListAnnouncesTheCurrentStep_data();
    void stepListAnnouncesTheCurrentStep();
    void wizardWalk_data();
    void wizardWalk();
    void consoleWalk_data();
    void consoleWalk();
    void consoleByKeyboardOnly_data();
    void consoleByKeyboardOnly();
    void wizardByKeyboardOnly_data();
    void wizardByKeyboardOnly();

private:
    static void languages();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    bool m_events = false; // whether accessible events reach the update handler
};

void TestAccessibilityWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // What a screen reader's bridge does: events are delivered only while accessibility is active.
    QAccessible::installUpdateHandler(recordEvent);
    m_events = AccessibilityEvents::activate();
}

void TestAccessibilityWalk::init()
{
    g_events.clear();
}

void TestAccessibilityWalk::cleanupTestCase()
{
    QAccessible::installUpdateHandler(nullptr);
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestAccessibilityWalk::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestAccessibilityWalk::everyControlIsNamed_data()
{
    languages();
}

void TestAccessibilityWalk::everyControlIsNamed()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));
    QStringList defects;
    int stops = 0;
    const auto audit = [&](const QString &where, QWidget *window) {
        ++stops;
        defects += AccessibilityAudit::auditNames(where, window);
    };
    for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        for (const QString &server : {QStringLiteral("EX01"), QStringLiteral("EDGE02")})
            defects += WindowTour::wizard(path(QStringLiteral("wizard.json")), server, version, audit);
        defects += WindowTour::console(path(QStringLiteral("console.json")), version, audit);
    }
    defects.removeDuplicates();
    for (const QString &defect : std::as_const(defects))
        qInfo().noquote() << defect;
    QVERIFY2(defects.isEmpty(), qPrintable(QStringLiteral("%1 defects, listed above").arg(defects.size())));
    QVERIFY2(stops > 80, qPrintable(QString::number(stops)));
}

// A problem shown for a field is text for assistive technology: the field's accessible
// description carries the message while it shows (and loses it once fixed), and the problem
// label sends an Alert when the message appears.
void TestAccessibilityWalk::problemsAreAnnounced_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog"); // the dialog's objectName
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("right");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTest::addRow("%s smart host", qPrintable(language))
            << language << QStringLiteral("smartHostDialog") << QStringLiteral("ipAddressEdit")
            << QStringLiteral("smartHostProblemLabel") << QStringLiteral("10.0.0.300") << QStringLiteral("10.0.0.3");
        QTest::addRow("%s address space", qPrintable(language))
            << language << QStringLiteral("addressSpaceDialog") << QStringLiteral("addressEdit")
            << QStringLiteral("addressProblemLabel") << QStringLiteral("*contoso.com") << QStringLiteral("contoso.com");
    }
}

void TestAccessibilityWalk::problemsAreAnnounced()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    QFETCH(QString, field);
    QFETCH(QString, label);
    QFETCH(QString, wrong);
    QFETCH(QString, right);
    if (!m_events)
        QSKIP("Accessible events cannot be switched on: build with Qt's private headers (qt6-base-private-dev)");
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));

    std::unique_ptr<QDialog> window;
    if (dialog == QLatin1String("smartHostDialog"))
        window = std::make_unique<SmartHostDialog>(Exchange::Version::Sp12007);
    else
        window = std::make_unique<AddressSpaceDialog>(AddressSpaceDialog::Kind::Smtp, Exchange::Version::Sp12007);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *edit = window->findChild<QLineEdit *>(field);
    auto *problem = window->findChild<QLabel *>(label);
    QVERIFY(edit && problem);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(edit);
    const QString own = accessible->text(QAccessible::Description);

    QVERIFY(AccessibleDriver::setText(accessible, wrong));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(accessible->text(QAccessible::Description).left(problem->text().size()), problem->text());
    QVERIFY2(sawEvent(QAccessible::Alert, problem), "no Alert from the problem label");
    QVERIFY(sawEvent(QAccessible::DescriptionChanged, edit));

    g_events.clear();
    QVERIFY(AccessibleDriver::setText(accessible, right));
    QTRY_VERIFY(!problem->isVisible());
    QCOMPARE(accessible->text(QAccessible::Description), own);
    QVERIFY(!sawEvent(QAccessible::Alert, problem));
}

// The step list says, in words, which step is current ("Step 2 of 7: Address space") and
// announces each change; every step's name says its state.
void TestAccessibilityWalk::stepListAnnouncesTheCurrentStep_data()
{
    languages();
}

void TestAccessibilityWalk::stepListAnnouncesTheCurrentStep()
{
    QFETCH(QString, language);
    if (!m_events)
        QSKIP("Accessible events cannot be switched on: build with Qt's private headers (qt6-base-private-dev)");
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));
    const QString file = path(QStringLiteral("steps.json"));
    QFile::remove(file);
    QVERIFY(!hasErrors(OrganizationStore::create(file, ModelTestSupport::sampleOrganization())));
    const Parsed<Organization> loaded = OrganizationStore(file).load();
    QVERIFY(loaded.ok());
    SendConnectorWizard wizard(*loaded.value, QStringLiteral("EX01"), file);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    StepListWidget *steps = wizard.stepList();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(steps);
    const auto stepText = [&](int index) {
        return QCoreApplication::translate("StepListWidget", "Step %1 of %2: %3")
            .arg(QString::number(index + 1), QString::number(steps->count()), steps->title(index));
    };
    QCOMPARE(list->text(QAccessible::Description), stepText(0));
    QVERIFY(list->text(QAccessible::Name).size() > 0);

    g_events.clear();
    wizard.draft()->setName(QStringLiteral("Steps"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::Page_AddressSpace));
    QCOMPARE(list->text(QAccessible::Description), stepText(1));
    QVERIFY(sawEvent(QAccessible::DescriptionChanged, steps));
    QVERIFY(sawEvent(QAccessible::NameChanged, steps->label(1)));
    const auto stateOf = [&](int index) {
        return QAccessible::queryAccessibleInterface(steps->label(index))->text(QAccessible::Name);
    };
    QCOMPARE(stateOf(0), QCoreApplication::translate("StepListWidget", "%1 (%2)")
                             .arg(steps->title(0), QCoreApplication::translate("StepListWidget", "done")));
    QCOMPARE(stateOf(1), QCoreApplication::translate("StepListWidget", "%1 (%2)")
                             .arg(steps->title(1), QCoreApplication::translate("StepListWidget", "current step")));
    // DNS routing (the Custom default): the smart host security step is skipped, and says so.
    wizard.draft()->setAddressSpaces({ModelTestSupport::smtp(QStringLiteral("steps.example"))});
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::Page_SourceServer));
    QCOMPARE(stateOf(3), QCoreApplication::translate("StepListWidget", "%1 (%2)")
                             .arg(steps->title(3), QCoreApplication::translate("StepListWidget", "skipped")));
    QCOMPARE(list->text(QAccessible::Description), stepText(4));
}

// The wizard, end to end, through the accessibility interface only: the name, the use, an SMTP
// address space through its dialog (subdomains, cost), smart hosts added through their dialog
// and one removed again, Basic Authentication over TLS with a credential, a source server through
// its dialog, New, Finish — then the saved file.
void TestAccessibilityWalk::wizardWalk_data()
{
    languages();
}

void TestAccessibilityWalk::wizardWalk()
{
    using namespace AccessibleDriver;
    QFETCH(QString, language);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));
    const QString file = path(QStringLiteral("walk.json"));
    QFile::remove(file);
    QVERIFY(!hasErrors(OrganizationStore::create(file, ModelTestSupport::sampleOrganization())));
    const Parsed<Organization> loaded = OrganizationStore(file).load();
    QVERIFY(loaded.ok());
    SendConnectorWizard wizard(*loaded.value, QStringLiteral("EX01"), file);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QAccessibleInterface *main = window(uiName("SendConnectorWizard", "New SMTP Send Connector"));
    QVERIFY(main);
    const auto next = [&] { return press(find(main, uiName("QWizard", "&Next >"), QAccessible::Button)); };
    // A dialog the wizard opened, once it shows (the press that opens it is animated).
    const auto dialog = [](const QString &title) {
        QAccessibleInterface *found = nullptr;
        return QTest::qWaitFor([&] { return (found = window(title)) != nullptr; }) ? found : nullptr;
    };
    const auto closed = [](const QString &title) { return QTest::qWaitFor([&] { return !window(title); }); };
    const QString ok = uiName("QPlatformTheme", "OK");

    // Introduction.
    QVERIFY(setText(find(main, uiName("IntroductionPage", "Name"), QAccessible::EditableText),
                    QStringLiteral("Walk to Fabrikam")));
    QVERIFY(check(find(main, uiName("IntroductionPage", "&Custom"), QAccessible::RadioButton)));
    QVERIFY(next());
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_AddressSpace));

    // Address space: Add opens the SMTP Address Space dialog.
    QVERIFY2(press(find(main, uiName("AddressSpaceForm", "Add"))), qPrintable(dump(main)));
    const QString smtpTitle = uiName("AddressSpaceDialog", "SMTP Address Space");
    QAccessibleInterface *space = dialog(smtpTitle);
    QVERIFY(space);
    QVERIFY(setText(find(space, uiName("AddressSpaceDialog", "&Address:"), QAccessible::EditableText),
                    QStringLiteral("fabrikam.com")));
    QVERIFY(check(find(space, uiName("AddressSpaceDialog", "&Include all subdomains"), QAccessible::CheckBox)));
    QAccessibleInterface *cost = find(space, uiName("AddressSpaceDialog", "&Cost:"), QAccessible::SpinBox);
    QVERIFY(setValue(cost, 5));
    QVERIFY(press(find(space, ok, QAccessible::Button)));
    QVERIFY(closed(smtpTitle));
    QVERIFY(next());
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_NetworkSettings));

    // Network settings: smart hosts, two added, the second removed again.
    QVERIFY(check(find(main, uiName("NetworkSettingsForm", "&Route all mail through the following smart hosts:"),
                       QAccessible::RadioButton)));
    const QString addHostTitle = uiName("SmartHostDialog", "Add Smart Host");
    for (const QString &host : {QStringLiteral("10.1.2.3"), QStringLiteral("10.1.2.4")}) {
        QVERIFY(press(find(main, uiName("ListEditor", "&Add…"), QAccessible::Button)));
        QAccessibleInterface *hostDialog = dialog(addHostTitle);
        QVERIFY(hostDialog);
        QVERIFY(setText(find(hostDialog, uiName("SmartHostDialog", "IP Address"), QAccessible::EditableText), host));
        QVERIFY(press(find(hostDialog, ok, QAccessible::Button)));
        QVERIFY(closed(addHostTitle));
    }
    QAccessibleInterface *hosts = find(main, uiName("NetworkSettingsForm", "Smart hosts"));
    QVERIFY2(select(hosts, QCoreApplication::translate("SmartHostModel", "Smart host %1, an IP address")
                                  .arg(QStringLiteral("10.1.2.4"))),
             qPrintable(dump(hosts)));
    QVERIFY(press(find(main, uiName("ListEditor", "Remove"), QAccessible::Button)));
    QTRY_COMPARE(wizard.draft()->smartHosts().size(), 1);
    QVERIFY(next());
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_SmartHostSecurity));

    // Smart host security: Basic Authentication over TLS, with a credential.
    QVERIFY(check(find(main, uiName("SmartHostSecurityForm", "B&asic Authentication"), QAccessible::RadioButton)));
    QVERIFY(check(find(main, uiName("SmartHostSecurityForm", "Basic Authentication over &TLS"), QAccessible::CheckBox)));
    QVERIFY(setText(find(main, uiName("SmartHostSecurityForm", "&User name:"), QAccessible::EditableText),
                    QStringLiteral("relayuser")));
    QVERIFY(setText(find(main, uiName("SmartHostSecurityForm", "&Password:"), QAccessible::EditableText),
                    QStringLiteral("secret")));
    QVERIFY(next());
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_SourceServer));

    // Source server: EX02 added through the dialog.
    QVERIFY(press(find(main, uiName("ListEditor", "&Add…"), QAccessible::Button)));
    const QString serversTitle = uiName("SourceServerDialog", "Select Hub Transport servers and Edge Subscriptions");
    QAccessibleInterface *servers = dialog(serversTitle);
    QVERIFY(servers);
    QVERIFY(select(find(servers, uiName("SourceServerDialog", "Hub Transport servers and Edge Subscriptions")),
                   QStringLiteral("EX02")));
    QVERIFY(press(find(servers, ok, QAccessible::Button)));
    QVERIFY(closed(serversTitle));
    QVERIFY(next());
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_NewConnector));

    // New, then Finish.
    QVERIFY(press(find(main, uiName("NewConnectorPage", "&New"), QAccessible::Button)));
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_Completion));
    QTRY_VERIFY(!wizard.isSaving());
    QVERIFY2(wizard.lastReport().succeeded, qPrintable(ModelTestSupport::describe(wizard.lastReport().problems)));
    QVERIFY(press(find(main, uiName("CompletionPage", "&Finish"), QAccessible::Button)));
    QTRY_VERIFY(!wizard.isVisible());

    const Parsed<Organization> saved = OrganizationStore(file).load();
    QVERIFY(saved.ok());
    const SendConnector *created = saved.value->connector(QStringLiteral("Walk to Fabrikam"), QString());
    QVERIFY(created);
    QVERIFY(created->usage == Exchange::Usage::Custom);
    QCOMPARE(created->addressSpaces, QList<AddressSpace>{ModelTestSupport::smtp(QStringLiteral("*.fabrikam.com"), 5)});
    QVERIFY(!created->dnsRoutingEnabled);
    QCOMPARE(created->smartHosts, QList<SmartHost>{ModelTestSupport::ipHost(QStringLiteral("10.1.2.3"))});
    QVERIFY(created->smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS);
    QVERIFY(created->authenticationCredential);
    QCOMPARE(created->authenticationCredential->userName, QStringLiteral("relayuser"));
    QVERIFY(created->sourceTransportServers.contains(QStringLiteral("EX02")));
}

// The console through the accessibility interface only: choose the node in the tree, select a
// connector, change it in its Properties (HELO name, size limit) and OK; select another and
// Disable it — then the saved file.
void TestAccessibilityWalk::consoleWalk_data()
{
    languages();
}

void TestAccessibilityWalk::consoleWalk()
{
    using namespace AccessibleDriver;
    QFETCH(QString, language);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));
    const QString file = path(QStringLiteral("console-walk.json"));
    QFile::remove(file);
    QVERIFY(!hasErrors(OrganizationStore::create(file, ModelTestSupport::sampleOrganization())));
    ConsoleWindow console(QStringLiteral("walker"));
    QSignalSpy loaded(&console, &ConsoleWindow::organizationLoaded);
    console.openOrganization(file);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTRY_COMPARE(loaded.size(), 1);

    const QString organizationName = console.organization()->name;
    QAccessibleInterface *main =
        window(QCoreApplication::translate("ConsoleWindow", "%1 - Exchange Management Console").arg(organizationName));
    QVERIFY(main);

    // The node: Edge Transport, then Hub Transport again, chosen in the console tree.
    QAccessibleInterface *tree = find(main, uiName("ConsoleTree", "Console tree"));
    QVERIFY(tree);
    QVERIFY2(select(tree, uiName("ConsoleTree", "Edge Transport")), qPrintable(dump(tree)));
    QTRY_VERIFY2(console.currentNode().kind == ConsoleTree::NodeKind::EdgeTransport, qPrintable(QString::number(int(console.currentNode().kind))));
    QVERIFY(select(tree, uiName("ConsoleTree", "Hub Transport")));
    QTRY_VERIFY(console.currentNode().kind == ConsoleTree::NodeKind::HubTransport);

    // Properties of one connector: its HELO name and a size limit, then OK.
    const QString relay = QStringLiteral("Contoso to Tailspin Toys relay");
    QAccessibleInterface *list = find(main, uiName("ConsoleWindow", "Send connectors"));
    QVERIFY(list);
    // A row's first cell reads "Name: <connector>" (the column's title, then the value).
    const auto row = [](const QString &connector) {
        return QCoreApplication::translate("ConnectorListModel", "%1: %2")
            .arg(QCoreApplication::translate("ConnectorListModel", "Name"), connector);
    };
    QVERIFY2(select(list, row(relay)), qPrintable(dump(list).left(1500)));
    QTRY_COMPARE(console.selectedConnectorName(), relay);
    QVERIFY(press(find(main, uiName("ConsoleWindow", "&Properties"), QAccessible::Button)));
    const QString sheetTitle = QCoreApplication::translate("ConnectorPropertiesSheet", "%1 Properties").arg(relay);
    QAccessibleInterface *sheet = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (sheet = window(sheetTitle)) != nullptr; }));
    QVERIFY(setText(find(sheet,
                         uiName("ConnectorPropertiesSheet",
                                "Specify the &FQDN this connector will provide in response to HELO or EHLO:"),
                         QAccessible::EditableText),
                    QStringLiteral("relay-out.contoso.com")));
    QVERIFY(check(find(sheet, uiName("ConnectorPropertiesSheet", "&Maximum message size (KB):"), QAccessible::CheckBox)));
    QVERIFY(setValue(find(sheet, uiName("ConnectorPropertiesSheet", "Maximum message size in KB"), QAccessible::SpinBox),
                     20480));
    QVERIFY(press(find(sheet, uiName("QPlatformTheme", "OK"), QAccessible::Button)));
    QTRY_VERIFY(!window(sheetTitle));
    QTRY_VERIFY(!console.isDialogSaving());

    // Disable another one.
    const QString internet = QStringLiteral("Contoso to Internet");
    QVERIFY(select(list, row(internet)));
    QTRY_COMPARE(console.selectedConnectorName(), internet);
    QVERIFY(press(find(main, uiName("ConsoleWindow", "&Disable"), QAccessible::Button)));
    QTRY_VERIFY(!console.isSaving());

    const Parsed<Organization> saved = OrganizationStore(file).load();
    QVERIFY(saved.ok());
    const SendConnector *changed = saved.value->connector(relay, QString());
    QVERIFY(changed);
    QCOMPARE(changed->fqdn, QStringLiteral("relay-out.contoso.com"));
    QCOMPARE(changed->maxMessageSize, ByteQuantity::fromBytes(qint64(20480) * 1024));
    QVERIFY(changed->enabled);
    const SendConnector *disabled = saved.value->connector(internet, QString());
    QVERIFY(disabled);
    QVERIFY(!disabled->enabled);
}

namespace {

// Presses the mnemonic that the text `source` of `context` has in the language installed: Alt and
// the letter in a window, the letter alone in an open menu (Alt there goes on to the menu bar).
bool pressMnemonic(QWidget *target, const char *context, const char *source)
{
    const QKeySequence key = QKeySequence::mnemonic(QCoreApplication::translate(context, source));
    if (key.isEmpty() || !target)
        return false;
    if (qobject_cast<QMenu *>(target))
        QTest::keyClick(target, key[0].key());
    else
        QTest::keySequence(target, key);
    return true;
}

QWidget *focused(QWidget *fallback)
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
}

// Tabs on from the focus until `target` has it; false when a round of the window never gets there.
bool tabTo(QWidget *window, QWidget *target)
{
    QStringList visited;
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i) {
        QTest::keyClick(focused(window), Qt::Key_Tab);
        const QWidget *now = QApplication::focusWidget();
        visited.append(now ? now->objectName() + QLatin1Char('/') + QString::fromLatin1(now->metaObject()->className())
                           : QStringLiteral("(none)"));
    }
    if (QApplication::focusWidget() == target)
        return true;
    qInfo().noquote() << "Tab never reached" << target->objectName() << "but went through" << visited.join(QLatin1String(", "));
    return false;
}

// Selects the connector `name` in the console's list with Home and Down.
bool arrowTo(ConsoleWindow *console, QWidget *view, const QString &name)
{
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < 20 && console->selectedConnectorName() != name; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    return console->selectedConnectorName() == name;
}

// The modal widget `objectName` once it shows, made the active window (a window manager would).
template <typename T>
T *activeModal(const QString &objectName)
{
    T *modal = GuiTestSupport::waitForModal<T>(objectName);
    if (!modal)
        return nullptr;
    modal->activateWindow();
    if (modal->windowHandle())
        modal->windowHandle()->requestActivate();
    return QTest::qWaitFor([modal] { return QApplication::activeWindow() == modal; }) ? modal : nullptr;
}

} // namespace

// The main console flows with keys only: Tab to the console tree and choose the node with the
// arrows, Tab to the list and select with the arrows, Enter for Properties (a mnemonic, a change, Enter
// = OK), the Menu key's context menu to Disable, Delete and Yes to Remove, Ctrl+T for Test
// Routing, the Action menu's Export List, Ctrl+N for the wizard and Esc to leave it.
void TestAccessibilityWalk::consoleByKeyboardOnly_data()
{
    languages();
}

void TestAccessibilityWalk::consoleByKeyboardOnly()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));
    const QString file = path(QStringLiteral("console-keys.json"));
    QFile::remove(file);
    QVERIFY(!hasErrors(OrganizationStore::create(file, ModelTestSupport::sampleOrganization())));
    ConsoleWindow console(QStringLiteral("typist"));
    QSignalSpy loaded(&console, &ConsoleWindow::organizationLoaded);
    console.show();
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    console.openOrganization(file);
    QTRY_COMPARE(loaded.size(), 1);
    auto *tree = console.findChild<QWidget *>(QStringLiteral("consoleTree"));
    auto *view = console.findChild<QWidget *>(QStringLiteral("connectorView"));

    // The node: Home, then down to Hub Transport.
    QVERIFY(tabTo(&console, tree));
    QTest::keyClick(tree, Qt::Key_Home);
    QTRY_VERIFY(console.currentNode().kind == ConsoleTree::NodeKind::Organization);
    for (int i = 0; i < 5 && console.currentNode().kind != ConsoleTree::NodeKind::HubTransport; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    QVERIFY(console.currentNode().kind == ConsoleTree::NodeKind::HubTransport);

    // Properties: the HELO name through its mnemonic, Enter for OK.
    const QString relay = QStringLiteral("Contoso to Tailspin Toys relay");
    QVERIFY(tabTo(&console, view));
    QVERIFY(arrowTo(&console, view, relay));
    QTest::keyClick(view, Qt::Key_Return);
    auto *sheet = activeModal<QDialog>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(sheet);
    QVERIFY(pressMnemonic(sheet, "ConnectorPropertiesSheet",
                          "Specify the &FQDN this connector will provide in response to HELO or EHLO:"));
    QTRY_COMPARE(QApplication::focusWidget(), sheet->findChild<QWidget *>(QStringLiteral("heloFqdnEdit")));
    QTest::keyClick(focused(sheet), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(sheet), QStringLiteral("relay-keys.contoso.com"));
    QTest::keyClick(focused(sheet), Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(sheet));
    QTRY_VERIFY(!console.isDialogSaving());

    // Disable through the context menu (the Menu key), on the connector selected by typing.
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QVERIFY(tabTo(&console, view));
    const QString internet = QStringLiteral("Contoso to Internet");
    QVERIFY(arrowTo(&console, view, internet));
    // The Menu key (or Shift+F10) as the platform delivers it: a keyboard context menu event to
    // the focus widget, wherever the mouse is.
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), view->mapToGlobal(QPoint()));
    QApplication::sendEvent(view, &menuKey);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), QStringLiteral("connectorContextMenu"));
    QVERIFY(pressMnemonic(menu, "ConsoleWindow", "&Disable"));
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QTRY_VERIFY(!console.isSaving());

    // Remove: Delete in the list, then Yes.
    const QString northwind = QStringLiteral("Northwind Traders (retired)");
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QVERIFY(tabTo(&console, view));
    QVERIFY(arrowTo(&console, view, northwind));
    QTest::keyClick(view, Qt::Key_Delete);
    auto *confirm = activeModal<QMessageBox>(QStringLiteral("removeConfirmationMessageBox"));
    QVERIFY(confirm);
    QVERIFY(pressMnemonic(confirm, "QPlatformTheme", "&Yes"));
    QVERIFY(GuiTestSupport::waitUntilClosed(confirm));
    QTRY_VERIFY(!console.isSaving());

    // Test Routing: Ctrl+T, a recipient, Enter tests, Esc closes.
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QTest::keyClick(focused(&console), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(console.testRoutingDialog() && console.testRoutingDialog()->isVisible());
    TestRoutingDialog *routing = console.testRoutingDialog();
    routing->activateWindow();
    routing->windowHandle()->requestActivate();
    QTRY_COMPARE(QApplication::activeWindow(), routing);
    QTest::keyClicks(focused(routing), QStringLiteral("julia@tailspintoys.com"));
    QTest::keyClick(focused(routing), Qt::Key_Return);
    QTRY_VERIFY(routing->route().has_value());
    QCOMPARE(routing->route()->connector, relay);
    QTest::keyClick(focused(routing), Qt::Key_Escape);
    QTRY_VERIFY(!routing->isVisible());

    // Export List from the Action menu.
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QVERIFY(pressMnemonic(focused(&console), "ConsoleWindow", "&Action"));
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QVERIFY(pressMnemonic(menu, "ConsoleWindow", "E&xport List..."));
    auto *exportDialog = activeModal<QFileDialog>(QStringLiteral("exportListFileDialog"));
    QVERIFY(exportDialog);
    const QString exported = path(QStringLiteral("exported-%1.txt").arg(language));
    QFile::remove(exported);
    QTest::keyClicks(focused(exportDialog), exported);
    QTest::keyClick(focused(exportDialog), Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(exportDialog));
    QTRY_VERIFY(QFile::exists(exported));

    // The wizard: Ctrl+N opens it, Esc leaves it (nothing entered, nothing asked).
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QTest::keyClick(focused(&console), Qt::Key_N, Qt::ControlModifier);
    auto *wizard = activeModal<QWizard>(QStringLiteral("sendConnectorWizard"));
    QVERIFY(wizard);
    QTest::keyClick(focused(wizard), Qt::Key_Escape);
    QVERIFY(GuiTestSupport::waitUntilClosed(wizard));

    const Parsed<Organization> saved = OrganizationStore(file).load();
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(relay, QString()));
    QCOMPARE(saved.value->connector(relay, QString())->fqdn, QStringLiteral("relay-keys.contoso.com"));
    QVERIFY(saved.value->connector(internet, QString()));
    QVERIFY(!saved.value->connector(internet, QString())->enabled);
    QVERIFY(!saved.value->connector(northwind, QString()));
    QVERIFY(GuiTestSupport::readAll(exported).size() > 0);
}

// The whole wizard with keys only, every list through its dialogs: address spaces added (Add),
// edited (F2) and removed (Delete); smart hosts added (an IP address, then a name through the
// FQDN choice's mnemonic), edited and removed with the Remove button's Alt+M; a source server
// added through its dialog; New and Finish by their mnemonics — in the language installed.
void TestAccessibilityWalk::wizardByKeyboardOnly_data()
{
    languages();
}

void TestAccessibilityWalk::wizardByKeyboardOnly()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));
    const QString file = path(QStringLiteral("wizard-keys.json"));
    QFile::remove(file);
    QVERIFY(!hasErrors(OrganizationStore::create(file, ModelTestSupport::sampleOrganization())));
    const Parsed<Organization> loaded = OrganizationStore(file).load();
    QVERIFY(loaded.ok());
    SendConnectorWizard wizard(*loaded.value, QStringLiteral("EX01"), file);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    // What a window manager does when a dialog closes (offscreen and bare Xvfb have none).
    const auto backToWizard = [&] {
        wizard.activateWindow();
        return QTest::qWaitFor([&] { return QApplication::activeWindow() == &wizard; });
    };
    const auto next = [&](int expected) {
        pressMnemonic(focused(&wizard), "QWizard", "&Next >");
        return QTest::qWaitFor([&] { return wizard.currentId() == expected; });
    };
    const auto typeInto = [](QWidget *dialog, const QString &text) {
        QTest::keyClick(focused(dialog), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(dialog), text);
    };
    const QKeySequence removeKey(QCoreApplication::translate("ListEditor", "Alt+M"));

    // Introduction: the name has the focus; the use by its mnemonic.
    QTest::keyClicks(focused(&wizard), QStringLiteral("Keys to Fabrikam"));
    QVERIFY(pressMnemonic(focused(&wizard), "IntroductionPage", "&Custom"));
    QTRY_VERIFY(wizard.findChild<QAbstractButton *>(QStringLiteral("customRadio"))->isChecked());
    QVERIFY(next(SendConnectorWizard::Page_AddressSpace));

    // Address space: two added, the second edited (its cost), the first removed.
    for (const QString &domain : {QStringLiteral("contoso.example"), QStringLiteral("fabrikam.example")}) {
        QVERIFY(pressMnemonic(focused(&wizard), "AddressSpaceForm", "&Add"));
        auto *dialog = activeModal<QDialog>(QStringLiteral("addressSpaceDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(focused(dialog), domain);
        QTest::keyClick(focused(dialog), Qt::Key_Return);
        QVERIFY(GuiTestSupport::waitUntilClosed(dialog));
        QVERIFY(backToWizard());
    }
    QVERIFY(pressMnemonic(focused(&wizard), "AddressSpaceForm", "Address s&paces this connector routes mail to:"));
    QWidget *spaces = wizard.findChild<QWidget *>(QStringLiteral("addressSpaceView"));
    QTRY_COMPARE(QApplication::focusWidget(), spaces);
    QTest::keyClick(spaces, Qt::Key_End);
    QTest::keyClick(spaces, Qt::Key_F2);
    auto *editing = activeModal<QDialog>(QStringLiteral("addressSpaceDialog"));
    QVERIFY(editing);
    QVERIFY(pressMnemonic(focused(editing), "AddressSpaceDialog", "&Cost:"));
    typeInto(editing, QStringLiteral("7"));
    QTest::keyClick(focused(editing), Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(editing));
    QVERIFY(backToWizard());
    QTRY_COMPARE(QApplication::focusWidget(), spaces);
    QTest::keyClick(spaces, Qt::Key_Home);
    QTest::keyClick(spaces, Qt::Key_Delete);
    QTRY_COMPARE(wizard.draft()->connector().addressSpaces,
                 QList<AddressSpace>{ModelTestSupport::smtp(QStringLiteral("fabrikam.example"), 7)});
    QVERIFY(next(SendConnectorWizard::Page_NetworkSettings));

    // Network settings: smart hosts; an IP address and a name added, the first edited, the name removed.
    QVERIFY(pressMnemonic(focused(&wizard), "NetworkSettingsForm", "&Route all mail through the following smart hosts:"));
    QTRY_VERIFY(!wizard.draft()->connector().dnsRoutingEnabled);
    QVERIFY(pressMnemonic(focused(&wizard), "ListEditor", "&Add…"));
    auto *host = activeModal<QDialog>(QStringLiteral("smartHostDialog"));
    QVERIFY(host);
    QTest::keyClicks(focused(host), QStringLiteral("10.0.0.5"));
    QTest::keyClick(focused(host), Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(host));
    QVERIFY(backToWizard());
    QVERIFY(pressMnemonic(focused(&wizard), "ListEditor", "&Add…"));
    host = activeModal<QDialog>(QStringLiteral("smartHostDialog"));
    QVERIFY(host);
    QVERIFY(pressMnemonic(focused(host), "SmartHostDialog", "Fully qualified &domain name (FQDN):"));
    QTRY_COMPARE(QApplication::focusWidget(), host->findChild<QWidget *>(QStringLiteral("fqdnEdit")));
    QTest::keyClicks(focused(host), QStringLiteral("relay.fabrikam.example"));
    QTest::keyClick(focused(host), Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(host));
    QVERIFY(backToWizard());
    QWidget *hosts = wizard.findChild<QWidget *>(QStringLiteral("smartHostView"));
    QTRY_COMPARE(QApplication::focusWidget(), hosts); // back on the list after the dialog
    QTest::keyClick(hosts, Qt::Key_Home);
    QTest::keyClick(hosts, Qt::Key_F2);
    host = activeModal<QDialog>(QStringLiteral("smartHostDialog"));
    QVERIFY(host);
    typeInto(host, QStringLiteral("10.0.0.6"));
    QTest::keyClick(focused(host), Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(host));
    QVERIFY(backToWizard());
    QTRY_COMPARE(QApplication::focusWidget(), hosts);
    QTest::keyClick(hosts, Qt::Key_End);
    QTest::keySequence(hosts, removeKey);
    QTRY_COMPARE(wizard.draft()->smartHosts(), QList<SmartHost>{ModelTestSupport::ipHost(QStringLiteral("10.0.0.6"))});
    QVERIFY(next(SendConnectorWizard::Page_SmartHostSecurity));

    // Smart host security: Externally Secured by its mnemonic.
    QVERIFY(pressMnemonic(focused(&wizard), "SmartHostSecurityForm", "Externally &Secured (for example, with IPsec)"));
    QTRY_VERIFY(wizard.draft()->smartHostAuthMechanism() == Exchange::SmartHostAuthMechanism::ExternalAuthoritative);
    QVERIFY(next(SendConnectorWizard::Page_SourceServer));

    // Source server: EX02 added through the dialog (the first server it offers: Home, Space selects it).
    QVERIFY(pressMnemonic(focused(&wizard), "ListEditor", "&Add…"));
    auto *servers = activeModal<QDialog>(QStringLiteral("sourceServerDialog"));
    QVERIFY(servers);
    QVERIFY(pressMnemonic(focused(servers), "SourceServerDialog",
                          "Select the &servers that send this connector's mail: Hub Transport servers or "
                          "Edge Subscriptions, not both."));
    QWidget *serverView = servers->findChild<QWidget *>(QStringLiteral("serverView"));
    QTRY_COMPARE(QApplication::focusWidget(), serverView);
    QTest::keyClick(serverView, Qt::Key_Home);
    QTest::keyClick(serverView, Qt::Key_Space); // selects the current server
    QTest::keyClick(serverView, Qt::Key_Return);
    QVERIFY(GuiTestSupport::waitUntilClosed(servers));
    QVERIFY(backToWizard());
    QTRY_COMPARE(wizard.draft()->connector().sourceTransportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    QVERIFY(next(SendConnectorWizard::Page_NewConnector));

    // New and Finish.
    QVERIFY(pressMnemonic(focused(&wizard), "NewConnectorPage", "&New"));
    QTRY_COMPARE(wizard.currentId(), int(SendConnectorWizard::Page_Completion));
    QTRY_VERIFY(!wizard.isSaving());
    QVERIFY2(wizard.lastReport().succeeded, qPrintable(ModelTestSupport::describe(wizard.lastReport().problems)));
    QVERIFY(pressMnemonic(focused(&wizard), "CompletionPage", "&Finish"));
    QTRY_VERIFY(!wizard.isVisible());

    const Parsed<Organization> saved = OrganizationStore(file).load();
    QVERIFY(saved.ok());
    const SendConnector *created = saved.value->connector(QStringLiteral("Keys to Fabrikam"), QString());
    QVERIFY(created);
    QCOMPARE(created->addressSpaces, QList<AddressSpace>{ModelTestSupport::smtp(QStringLiteral("fabrikam.example"), 7)});
    QCOMPARE(created->smartHosts, QList<SmartHost>{ModelTestSupport::ipHost(QStringLiteral("10.0.0.6"))});
    QVERIFY(created->smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::ExternalAuthoritative);
    QCOMPARE(created->sourceTransportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
}

QTEST_MAIN(TestAccessibilityWalk)
#include "tst_accessibility_walk.moc"
