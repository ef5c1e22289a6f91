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

#include <QAccessible>
#include <QApplication>
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
    g_events.append({event->type(), event->object()});
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
        QTest::qWaitFor([&] { return (found = window(title)) != nullptr; });
        return found;
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
    QVERIFY(press(find(main, uiName("QWizard", "&Finish"), QAccessible::Button)));
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

QTEST_MAIN(TestAccessibilityWalk)
#include "tst_accessibility_walk.moc"
