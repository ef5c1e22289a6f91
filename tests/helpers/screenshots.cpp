// screenshots: renders the README's pictures from the real program. It opens the ConsoleWindow
// on a copy of the bundled sample organization, runs the New SMTP Send Connector wizard from it
// (an Internet connector to a partner's smart host, every page and its dialogs, created for real),
// opens a connector's Properties sheet and the Test Routing dialog, and writes each window as a
// PNG: <output>/<language>/<nn>-<name>.png. Run it offscreen (.ci/screenshots does).
//
// The pictures are deterministic: the Fusion style, DejaVu Sans at a fixed size, no blinking
// caret, a fixed operator, and the organization file's path in the status bar shown as the
// default file's path of a user "administrator" instead of the temporary folder it really is in.
//
// Usage: screenshots --language en|de --output <folder>
// Exit codes: 0 every picture was written; 1 a step failed (the message says which); 2 a wrong
// command line or a missing font.
#include "ConnectorPropertiesSheet.h"
#include "ConsoleTree.h"
#include "ConsoleWindow.h"
#include "Icons.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"
#include "TestRoutingDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

#include <cstdio>
#include <stdexcept>
#include <string>

namespace {

// Fixed choices that make the pictures the same on every machine.
const QString FontFamily = QStringLiteral("DejaVu Sans");
constexpr int FontPointSize = 9;
const QString OperatorName = QStringLiteral("CONTOSO\\Administrator");
const QString ShownPath = QStringLiteral("/home/administrator/.local/share/send-connector-console/organization.json");
constexpr QSize ConsoleSize(1100, 700);
// Selected in the console, and shown in the Properties sheet: a sample connector, which has no
// modification time (one the wizard creates would show today's).
const QString SampleConnector = QStringLiteral("Contoso to Internet");

// A step that could not be done: the message names it.
struct Failure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

void require(bool condition, const QString &what)
{
    if (!condition)
        throw Failure(what.toStdString());
}

template <typename T>
T *child(const QWidget *parent, const char *objectName)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(objectName));
    require(found != nullptr, QStringLiteral("no %1 in %2").arg(QString::fromLatin1(objectName), parent->objectName()));
    return found;
}

// The visible modal dialog with that object name, once it shows.
template <typename T>
T *modal(const char *objectName)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = qobject_cast<T *>(QApplication::activeModalWidget());
        return found && found->objectName() == QLatin1String(objectName) && found->isVisible();
    });
    require(shown, QStringLiteral("the dialog %1 did not open").arg(QString::fromLatin1(objectName)));
    return found;
}

void press(QAbstractButton *button)
{
    require(button->isVisible() && button->isEnabled(),
            QStringLiteral("the button %1 cannot be pressed").arg(button->objectName()));
    button->click();
}

void type(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(field, text);
}

QAbstractButton *okButton(const QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    require(box && box->button(QDialogButtonBox::Ok), QStringLiteral("no OK button in %1").arg(dialog->objectName()));
    return box->button(QDialogButtonBox::Ok);
}

void closedOrFail(QWidget *dialog)
{
    const QPointer<QWidget> guard(dialog);
    require(QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }),
            QStringLiteral("%1 did not close").arg(dialog->objectName()));
}

// Writes the pictures of one language, numbered in the order they are taken.
class Camera
{
public:
    explicit Camera(QString folder)
        : m_folder(std::move(folder))
    {
    }

    void shoot(QWidget *window, const QString &name)
    {
        // Layouts and pending paints settle before the picture is taken.
        QApplication::processEvents();
        QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB888);
        require(!image.isNull(), QStringLiteral("%1 could not be grabbed").arg(name));
        const QString path =
            QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        QImageWriter writer(path, "png");
        writer.setQuality(0); // smallest file: the strongest zlib compression, still lossless
        require(writer.write(image), QStringLiteral("%1: %2").arg(path, writer.errorString()));
        std::printf("%s %dx%d\n", qPrintable(QDir::toNativeSeparators(path)), image.width(), image.height());
    }

private:
    QString m_folder;
    int m_count = 0;
};

// The console on the sample: Hub Transport, the Internet connector selected.
void shootConsole(ConsoleWindow &window, Camera &camera)
{
    auto *tree = window.findChild<ConsoleTree *>();
    require(tree && tree->selectNode({ConsoleTree::NodeKind::HubTransport, QString()}),
            QStringLiteral("no Hub Transport node"));
    require(window.selectConnector(SampleConnector), QStringLiteral("no connector %1").arg(SampleConnector));
    child<QLabel>(&window, "fileStatusLabel")->setText(QDir::toNativeSeparators(ShownPath));
    camera.shoot(&window, QStringLiteral("console"));
}

// One Hub wizard run: an Internet connector to a partner's smart host, created.
void shootWizard(ConsoleWindow &window, Camera &camera)
{
    using Page = SendConnectorWizard::Page;
    child<QAction>(&window, "newSendConnectorAction")->trigger();
    auto *wizard = window.findChild<SendConnectorWizard *>();
    require(wizard && QTest::qWaitForWindowExposed(wizard), QStringLiteral("the wizard did not open"));
    const auto next = [wizard](Page expected) {
        const bool commit = wizard->currentPage()->isCommitPage();
        press(wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton));
        require(QTest::qWaitFor([&] { return wizard->currentId() == expected && !wizard->isSaving(); }),
                QStringLiteral("the wizard did not reach page %1").arg(int(expected)));
    };

    // A partner's mail through its smart host. (Mail to the whole Internet, "*", would repeat the
    // sample's "Contoso to Internet", and the New Connector page would rightly say it is never used.)
    const QString name = QStringLiteral("Litware");
    type(child<QLineEdit>(wizard, "connectorNameEdit"), name);
    press(child<QRadioButton>(wizard, "internetRadio"));
    camera.shoot(wizard, QStringLiteral("wizard-introduction"));
    next(Page::Page_AddressSpace);

    press(child<QAbstractButton>(wizard, "addAddressSpaceButton"));
    auto *spaceDialog = modal<QDialog>("addressSpaceDialog");
    type(child<QLineEdit>(spaceDialog, "addressEdit"), QStringLiteral("litwareinc.com"));
    press(child<QAbstractButton>(spaceDialog, "includeSubdomainsCheck"));
    camera.shoot(spaceDialog, QStringLiteral("address-space-dialog"));
    press(okButton(spaceDialog));
    closedOrFail(spaceDialog);
    // SP1's other kind (Add's menu): shown filled in, then cancelled.
    child<QAction>(wizard, "customAddressSpaceAction")->trigger();
    auto *customDialog = modal<QDialog>("addressSpaceDialog");
    type(child<QLineEdit>(customDialog, "typeEdit"), QStringLiteral("X400"));
    type(child<QLineEdit>(customDialog, "addressEdit"), QStringLiteral("c=us;a= ;p=Litware;o=Mail"));
    camera.shoot(customDialog, QStringLiteral("custom-address-space-dialog"));
    customDialog->reject();
    closedOrFail(customDialog);
    camera.shoot(wizard, QStringLiteral("wizard-address-space"));
    next(Page::Page_NetworkSettings);

    press(child<QRadioButton>(wizard, "smartHostRoutingRadio"));
    press(child<QAbstractButton>(wizard, "addSmartHostButton"));
    auto *hostDialog = modal<QDialog>("smartHostDialog");
    press(child<QRadioButton>(hostDialog, "fqdnRadio"));
    type(child<QLineEdit>(hostDialog, "fqdnEdit"), QStringLiteral("smtp.litwareinc.com"));
    camera.shoot(hostDialog, QStringLiteral("smart-host-dialog"));
    press(okButton(hostDialog));
    closedOrFail(hostDialog);
    camera.shoot(wizard, QStringLiteral("wizard-network-settings"));
    next(Page::Page_SmartHostSecurity);

    press(child<QRadioButton>(wizard, "authNoneRadio"));
    camera.shoot(wizard, QStringLiteral("wizard-smart-host-security"));
    next(Page::Page_SourceServer);

    press(child<QAbstractButton>(wizard, "addSourceServerButton"));
    auto *serverDialog = modal<QDialog>("sourceServerDialog");
    auto *servers = child<QTreeWidget>(serverDialog, "serverView");
    const QList<QTreeWidgetItem *> found = servers->findItems(QStringLiteral("EX02"), Qt::MatchExactly);
    require(found.size() == 1, QStringLiteral("EX02 is not offered as a source server"));
    servers->setFocus(Qt::OtherFocusReason);
    servers->setCurrentItem(found.first());
    camera.shoot(serverDialog, QStringLiteral("source-server-dialog"));
    press(okButton(serverDialog));
    closedOrFail(serverDialog);
    camera.shoot(wizard, QStringLiteral("wizard-source-server"));
    next(Page::Page_NewConnector);

    camera.shoot(wizard, QStringLiteral("wizard-new-connector"));
    next(Page::Page_Completion);
    require(wizard->lastReport().succeeded, QStringLiteral("the wizard could not create the connector"));
    camera.shoot(wizard, QStringLiteral("wizard-completion"));
    press(wizard->button(QWizard::FinishButton));
    closedOrFail(wizard);
    require(QTest::qWaitFor([&] { return !window.isLoading() && window.selectedConnectorName() == name; }),
            QStringLiteral("the console did not read the new connector"));
}

// Three tabs of the Properties sheet of the sample connector.
void shootProperties(ConsoleWindow &window, Camera &camera)
{
    require(window.selectConnector(SampleConnector), QStringLiteral("no connector %1").arg(SampleConnector));
    child<QAction>(&window, "propertiesAction")->trigger();
    auto *sheet = modal<ConnectorPropertiesSheet>("connectorPropertiesDialog");
    auto *tabs = child<QTabWidget>(sheet, "propertiesTabs");
    const std::pair<const char *, QString> shown[] = {
        {"generalTab", QStringLiteral("properties-general")},
        {"addressSpaceTab", QStringLiteral("properties-address-space")},
        {"networkTab", QStringLiteral("properties-network")},
    };
    for (const auto &[tab, name] : shown) {
        tabs->setCurrentWidget(child<QWidget>(sheet, tab));
        tabs->tabBar()->setFocus(Qt::OtherFocusReason);
        camera.shoot(sheet, name);
    }
    press(child<QAbstractButton>(sheet, "cancelButton"));
    closedOrFail(sheet);
}

// Test Routing: which connector carries mail to a partner's address, and why.
void shootTestRouting(ConsoleWindow &window, Camera &camera)
{
    child<QAction>(&window, "testRoutingAction")->trigger();
    TestRoutingDialog *dialog = nullptr;
    require(QTest::qWaitFor([&] { return (dialog = window.testRoutingDialog()) && dialog->isVisible(); }),
            QStringLiteral("the Test Routing dialog did not open"));
    auto *size = child<QSpinBox>(dialog, "messageSizeSpin");
    size->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(size, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(size, QStringLiteral("2048"));
    require(size->value() == 2048, QStringLiteral("the message size could not be typed"));
    type(child<QLineEdit>(dialog, "recipientEdit"), QStringLiteral("orders@tailspintoys.com"));
    press(child<QAbstractButton>(dialog, "testRoutingButton"));
    require(dialog->route().has_value(), QStringLiteral("Test Routing found no answer"));
    camera.shoot(dialog, QStringLiteral("test-routing"));
    dialog->close();
}

// The offscreen platform says, for every window, what it cannot do (propagateSizeHints(),
// raise()); nothing the pictures need.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietOffscreenNotes);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console"));
    QCoreApplication::setApplicationName(QStringLiteral("send-connector-console"));
    // The console's settings (geometry, recent files) go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the README's screenshots of the console and the wizard."));
    parser.addHelpOption();
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("The language: en or de."),
                                      QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("The folder to write <language>/*.png into."),
                                    QStringLiteral("folder"));
    parser.addOptions({language, output});
    parser.process(app);
    if (!parser.isSet(output)) {
        std::fprintf(stderr, "screenshots: --output is required\n");
        return 2;
    }

    QString error;
    if (!Translations::install(app, parser.value(language), &error)) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(error));
        return 2;
    }
    if (!QFontDatabase::families().contains(FontFamily)) {
        std::fprintf(stderr, "screenshots: the font %s is missing (Debian: fonts-dejavu-core)\n",
                     qPrintable(FontFamily));
        return 2;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QApplication::setFont(QFont(FontFamily, FontPointSize));
    QApplication::setCursorFlashTime(0); // a caret that does not blink: the same picture every time
    Icons::install(); // as the console does: Breeze where the platform names no theme

    const QString folder = QDir(parser.value(output)).filePath(Translations::current());
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "screenshots: cannot create %s\n", qPrintable(folder));
        return 1;
    }
    // Old pictures go: a renamed or dropped one must not linger.
    for (const QString &old : QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files))
        QFile::remove(QDir(folder).filePath(old));

    try {
        QTemporaryDir dir;
        require(dir.isValid(), QStringLiteral("no temporary folder"));
        const QString path = dir.filePath(QStringLiteral("organization.json"));
        require(!hasErrors(OrganizationStore::create(path, OrganizationStore::sampleOrganization())),
                QStringLiteral("the sample organization could not be written"));

        Camera camera(folder);
        ConsoleWindow window(OperatorName);
        window.resize(ConsoleSize);
        window.show();
        require(QTest::qWaitForWindowExposed(&window), QStringLiteral("the console did not show"));
        window.activateWindow();
        require(window.openOrganization(path)
                    && QTest::qWaitFor([&] { return window.organization().has_value() && !window.isLoading(); }),
                QStringLiteral("the console did not open the sample"));
        require(window.size() == ConsoleSize,
                QStringLiteral("the console cannot be %1x%2").arg(ConsoleSize.width()).arg(ConsoleSize.height()));

        shootConsole(window, camera);
        shootWizard(window, camera);
        shootProperties(window, camera);
        shootTestRouting(window, camera);
        window.close();
    } catch (const Failure &failure) {
        std::fprintf(stderr, "screenshots: %s\n", failure.what());
        return 1;
    }
    return 0;
}
