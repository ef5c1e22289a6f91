#include "support/GuiTestSupport.h"
#include "support/ModelTestSupport.h"
#include "AddressSpaceDialog.h"
#include "ConnectorDraft.h"
#include "ConnectorPropertiesSheet.h"
#include "OrganizationStore.h"
#include "SmartHostDialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <memory>

Q_DECLARE_METATYPE(Exchange::Version)

namespace {

using GuiTestSupport::waitUntilClosed;
using ModelTestSupport::sampleBytes;

const QString HubConnector = QStringLiteral("Contoso to Internet");
const QString EdgeServer = QStringLiteral("EDGE02");
const QString EdgeConnector = QStringLiteral("EDGE02 to Internet");

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

template <typename T>
T *visibleDialog(const QWidget &parent)
{
    for (T *dialog : parent.findChildren<T *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QPushButton *dialogOk(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

std::optional<SendConnector> savedConnector(const QString &path, const QString &name, const QString &edge)
{
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    if (!loaded.ok())
        return std::nullopt;
    const SendConnector *found = loaded.value->connector(name, edge);
    return found ? std::optional<SendConnector>(*found) : std::nullopt;
}

} // namespace

// The Properties sheet of an existing connector: each tab driven with keys and clicks (RTM and
// SP1, Hub and Edge), the Set-SendConnector command it shows replayed through the shell, and
// changes other processes make while it is open.
class tst_ConnectorPropertiesSheet : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void generalTab_data();
    void generalTab();
    void addressSpaceTab_data();
    void addressSpaceTab();
    void networkTab_data();
    void networkTab();
    void sourceServerTab_data();
    void sourceServerTab();
    void problemsShowAllAtOnceAndDisableOkAndApply();
    void readOnlySheet();
    void mnemonics();
    void commandRoundTrip_data();
    void commandRoundTrip();
    void sameConnectorChangedMeanwhile_data();
    void sameConnectorChangedMeanwhile();
    void otherConnectorChangedMeanwhile();
    void renameOntoANameTakenMeanwhile();
    void lintWarnings_data();
    void lintWarnings();
    void routingImpactOfAnEdit();
    void savingKeepsTheSheetResponsive_data();
    void savingKeepsTheSheetResponsive();

private:
    // Writes the sample in `version` (changed by `prepare`) and opens the sheet on `name` (of
    // `edge`'s side; empty: Hub).
    bool open(Exchange::Version version, const QString &edge, const QString &name,
              const std::function<void(Organization &)> &prepare = {});
    bool clickApply();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ConnectorPropertiesSheet> m_sheet;
};

void tst_ConnectorPropertiesSheet::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("organization.json"));
}

void tst_ConnectorPropertiesSheet::cleanup()
{
    m_sheet.reset();
    m_dir.reset();
}

bool tst_ConnectorPropertiesSheet::open(Exchange::Version version, const QString &edge, const QString &name,
                                        const std::function<void(Organization &)> &prepare)
{
    if (prepare) {
        Organization organization = ModelTestSupport::sampleOrganization(version);
        prepare(organization);
        if (hasErrors(OrganizationStore::create(m_path, organization))) // warnings: the case a test wants
            return false;
    } else if (!ModelTestSupport::writeFile(m_path, sampleBytes(version))) {
        return false;
    }
    const Parsed<Organization> loaded = OrganizationStore(m_path).load();
    if (!loaded.ok())
        return false;
    const SendConnector *connector = loaded.value->connector(name, edge);
    if (!connector)
        return false;
    m_sheet = std::make_unique<ConnectorPropertiesSheet>(m_path, OperationScope{QString(), edge, std::nullopt},
                                                         *loaded.value, *connector);
    m_sheet->show();
    return QTest::qWaitForWindowExposed(m_sheet.get());
}

bool tst_ConnectorPropertiesSheet::clickApply()
{
    auto *apply = child<QPushButton>(*m_sheet, "applyButton");
    if (!apply->isEnabled())
        return false;
    QTest::mouseClick(apply, Qt::LeftButton);
    return true;
}

static void addSides()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("name");
    for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        const QString v = Exchange::toString(version);
        QTest::addRow("%s Hub", qPrintable(v)) << version << QString() << HubConnector;
        QTest::addRow("%s Edge", qPrintable(v)) << version << EdgeServer << EdgeConnector;
    }
}

void tst_ConnectorPropertiesSheet::generalTab_data()
{
    addSides();
}

void tst_ConnectorPropertiesSheet::generalTab()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, edge);
    QFETCH(QString, name);
    QVERIFY(open(version, edge, name));
    QSignalSpy applied(m_sheet.get(), &ConnectorPropertiesSheet::applied);
    auto *tabs = child<QTabWidget>(*m_sheet, "propertiesTabs");
    QCOMPARE(tabs->count(), edge.isEmpty() ? 4 : 3);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("generalTab"));
    QVERIFY(child<QLabel>(*m_sheet, "connectorStatusLabel")->text().startsWith(QLatin1String("Enabled")));

    auto *nameEdit = child<QLineEdit>(*m_sheet, "connectorNameEdit");
    QCOMPARE(nameEdit->text(), name);
    nameEdit->setFocus();
    QTest::keyClick(nameEdit, Qt::Key_End);
    QTest::keyClicks(nameEdit, QStringLiteral(" (renamed)"));
    auto *logging = child<QComboBox>(*m_sheet, "protocolLoggingCombo");
    logging->setFocus();
    QTest::keyClick(logging, Qt::Key_Down);
    QCOMPARE(logging->currentText(), QStringLiteral("Verbose"));
    auto *fqdn = child<QLineEdit>(*m_sheet, "heloFqdnEdit");
    QCOMPARE(fqdn->text(), QStringLiteral("mail.contoso.com")); // the sample's
    fqdn->setFocus();
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("smtp.contoso.com"));
    auto *sizeCheck = child<QCheckBox>(*m_sheet, "maxMessageSizeCheck");
    auto *sizeSpin = child<QSpinBox>(*m_sheet, "maxMessageSizeSpin");
    QVERIFY(sizeCheck->isChecked()); // the sample's 10 MB
    QCOMPARE(sizeSpin->value(), 10240);
    sizeSpin->setFocus();
    sizeSpin->selectAll();
    QTest::keyClicks(sizeSpin, QStringLiteral("20480"));

    QVERIFY(clickApply());
    QCOMPARE(applied.count(), 1);
    const std::optional<SendConnector> saved = savedConnector(m_path, name + QStringLiteral(" (renamed)"), edge);
    QVERIFY(saved);
    QVERIFY(saved->protocolLoggingLevel == Exchange::ProtocolLoggingLevel::Verbose);
    QCOMPARE(saved->fqdn, QStringLiteral("smtp.contoso.com"));
    QCOMPARE(saved->maxMessageSize.bytes, qint64(20) * 1024 * 1024);
    QVERIFY(saved->whenChanged.isValid());
    QVERIFY(!savedConnector(m_path, name, edge));
    QCOMPARE(applied.at(0).at(0).value<SendConnector>().name, name);
    QVERIFY(applied.at(0).at(1).value<SendConnector>() == *saved);
    QVERIFY(child<QLabel>(*m_sheet, "modifiedTimeLabel")->text() != QLatin1String("Unknown"));
    const QString command = m_sheet->commandLine();
    QVERIFY2(command.startsWith(QStringLiteral("Set-SendConnector")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("-Name")) && command.contains(QStringLiteral("-MaxMessageSize")),
             qPrintable(command));
    QVERIFY(child<QPlainTextEdit>(*m_sheet, "commandLineEdit")->isVisible());
    // Applied: nothing left to apply; unlimited size through the check box.
    QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isEnabled());
    QTest::mouseClick(sizeCheck, Qt::LeftButton, {}, GuiTestSupport::onIndicator(sizeCheck));
    QVERIFY(!sizeSpin->isEnabled());
    QTest::mouseClick(child<QPushButton>(*m_sheet, "okButton"), Qt::LeftButton);
    QVERIFY(waitUntilClosed(m_sheet.get()));
    QCOMPARE(applied.count(), 2);
    QVERIFY(savedConnector(m_path, name + QStringLiteral(" (renamed)"), edge)->maxMessageSize.unlimited);
}

void tst_ConnectorPropertiesSheet::addressSpaceTab_data()
{
    addSides();
}

void tst_ConnectorPropertiesSheet::addressSpaceTab()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, edge);
    QFETCH(QString, name);
    QVERIFY(open(version, edge, name));
    auto *tabs = child<QTabWidget>(*m_sheet, "propertiesTabs");
    tabs->setCurrentWidget(child<QWidget>(*m_sheet, "addressSpaceTab"));
    const bool sp1Hub = version == Exchange::Version::Sp12007 && edge.isEmpty();
    QCOMPARE(child<QCheckBox>(*m_sheet, "scopedConnectorCheck")->isVisibleTo(m_sheet.get()), sp1Hub);

    // The wizard's Add: the SMTP address space dialog.
    QTest::mouseClick(child<QAbstractButton>(*m_sheet, "addAddressSpaceButton"), Qt::LeftButton);
    QTRY_VERIFY(visibleDialog<AddressSpaceDialog>(*m_sheet));
    AddressSpaceDialog *dialog = visibleDialog<AddressSpaceDialog>(*m_sheet);
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("fabrikam.com"));
    QTest::mouseClick(dialogOk(*dialog), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<AddressSpaceDialog>(*m_sheet));
    if (sp1Hub)
        QTest::mouseClick(child<QCheckBox>(*m_sheet, "scopedConnectorCheck"), Qt::LeftButton, {},
                          GuiTestSupport::onIndicator(child<QCheckBox>(*m_sheet, "scopedConnectorCheck")));
    QVERIFY(clickApply());

    const std::optional<SendConnector> saved = savedConnector(m_path, name, edge);
    QVERIFY(saved);
    QCOMPARE(saved->addressSpaces.size(), 2);
    QCOMPARE(saved->addressSpaces.at(1).address, QStringLiteral("fabrikam.com"));
    QCOMPARE(saved->isScopedConnector, sp1Hub);
}

void tst_ConnectorPropertiesSheet::networkTab_data()
{
    addSides();
}

void tst_ConnectorPropertiesSheet::networkTab()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, edge);
    QFETCH(QString, name);
    QVERIFY(open(version, edge, name));
    child<QTabWidget>(*m_sheet, "propertiesTabs")->setCurrentWidget(child<QWidget>(*m_sheet, "networkTab"));
    auto *externalDns = child<QCheckBox>(*m_sheet, "externalDnsCheck");
    QCOMPARE(externalDns->isVisibleTo(m_sheet.get()), version == Exchange::Version::Sp12007);
    auto *change = child<QPushButton>(*m_sheet, "changeAuthenticationButton");
    QVERIFY(!change->isEnabled()); // DNS routing: no smart host authentication

    QTest::mouseClick(child<QRadioButton>(*m_sheet, "smartHostRoutingRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(*m_sheet, "addSmartHostButton"), Qt::LeftButton);
    QTRY_VERIFY(visibleDialog<SmartHostDialog>(*m_sheet));
    SmartHostDialog *hostDialog = visibleDialog<SmartHostDialog>(*m_sheet);
    QTest::keyClicks(child<QLineEdit>(*hostDialog, "ipAddressEdit"), QStringLiteral("192.168.1.20"));
    QTest::mouseClick(dialogOk(*hostDialog), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<SmartHostDialog>(*m_sheet));

    // Change… opens the wizard's authentication choices; Basic needs a password.
    QVERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);
    QDialog *auth = nullptr;
    QTRY_VERIFY((auth = m_sheet->findChild<QDialog *>(QStringLiteral("smartHostAuthenticationDialog"))) != nullptr
                && auth->isVisible());
    QTest::mouseClick(child<QRadioButton>(*auth, "authBasicRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*auth, "userNameEdit"), QStringLiteral("CONTOSO\\relay"));
    QVERIFY(!child<QPushButton>(*auth, "authenticationOkButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(*auth, "passwordEdit"), QStringLiteral("secret"));
    QTest::mouseClick(child<QPushButton>(*auth, "authenticationOkButton"), Qt::LeftButton);
    QVERIFY(waitUntilClosed(auth));
    QVERIFY(child<QLabel>(*m_sheet, "smartHostAuthenticationLabel")->text().contains(QLatin1String("Basic")));
    QVERIFY(clickApply());

    const std::optional<SendConnector> saved = savedConnector(m_path, name, edge);
    QVERIFY(saved);
    QVERIFY(!saved->dnsRoutingEnabled);
    QCOMPARE(saved->smartHosts.size(), 1);
    QVERIFY(saved->smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::BasicAuth);
    QCOMPARE(saved->authenticationCredential->userName, QStringLiteral("CONTOSO\\relay"));
    QVERIFY(!ModelTestSupport::readFile(m_path).contains("secret"));
    QVERIFY(!m_sheet->commandLine().contains(QLatin1String("secret")));
}

void tst_ConnectorPropertiesSheet::sourceServerTab_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::newRow("2007 RTM") << Exchange::Version::Rtm2007;
    QTest::newRow("2007 SP1") << Exchange::Version::Sp12007;
}

void tst_ConnectorPropertiesSheet::sourceServerTab()
{
    QFETCH(Exchange::Version, version);
    QVERIFY(open(version, QString(), HubConnector)); // sent from EX01 and EX02
    child<QTabWidget>(*m_sheet, "propertiesTabs")->setCurrentWidget(child<QWidget>(*m_sheet, "sourceServerTab"));
    auto *view = child<QTreeView>(*m_sheet, "sourceServerView");
    QCOMPARE(view->model()->rowCount(), 2);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(clickApply());
    QCOMPARE(savedConnector(m_path, HubConnector, QString())->sourceTransportServers, QStringList{QStringLiteral("EX02")});

    // Removing the last one is an error shown on the tab; Apply and OK stay disabled.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(child<QLabel>(*m_sheet, "sourceServerProblemsLabel")->isVisible());
    QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_sheet, "okButton")->isEnabled());
}

void tst_ConnectorPropertiesSheet::problemsShowAllAtOnceAndDisableOkAndApply()
{
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    const QByteArray before = ModelTestSupport::readFile(m_path);
    auto *nameEdit = child<QLineEdit>(*m_sheet, "connectorNameEdit");
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClick(nameEdit, Qt::Key_Delete);
    child<QTabWidget>(*m_sheet, "propertiesTabs")->setCurrentWidget(child<QWidget>(*m_sheet, "addressSpaceTab"));
    auto *view = child<QTreeView>(*m_sheet, "addressSpaceView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 0);

    // Each tab shows its own problem (hidden tabs included), all at once.
    for (const char *name : {"generalProblemsLabel", "addressSpaceProblemsLabel"}) {
        const QLabel *label = child<QLabel>(*m_sheet, name);
        QVERIFY2(!label->isHidden() && !label->text().isEmpty(), name);
    }
    QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_sheet, "okButton")->isEnabled());
    QTest::keyClick(m_sheet.get(), Qt::Key_Return);
    QVERIFY(m_sheet->isVisible());
    QCOMPARE(ModelTestSupport::readFile(m_path), before);
}

void tst_ConnectorPropertiesSheet::mnemonics()
{
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    m_sheet->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_sheet.get()));
    const struct {
        Qt::Key key;
        const char *target;
    } keys[] = {{Qt::Key_N, "connectorNameEdit"}, {Qt::Key_L, "protocolLoggingCombo"}, {Qt::Key_F, "heloFqdnEdit"},
                {Qt::Key_M, "maxMessageSizeCheck"}};
    for (const auto &entry : keys) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_sheet.get(), entry.key,
                        Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(*m_sheet, entry.target));
    }
}

void tst_ConnectorPropertiesSheet::readOnlySheet()
{
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    m_sheet->setReadOnly(QStringLiteral("You are not an Exchange Organization Administrator."));
    QVERIFY(!child<QPushButton>(*m_sheet, "okButton")->isVisible());
    QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isVisible());
    QVERIFY(!child<QLineEdit>(*m_sheet, "connectorNameEdit")->isEnabled());
    QVERIFY(!child<QWidget>(*m_sheet, "addressSpaceTab")->isEnabled());
    QVERIFY(child<QLabel>(*m_sheet, "readOnlyLabel")->isVisible());
    QVERIFY(!m_sheet->apply());
    QCOMPARE(ModelTestSupport::readFile(m_path), sampleBytes(Exchange::Version::Sp12007));
    QTest::keyClick(m_sheet.get(), Qt::Key_Escape);
    QVERIFY(waitUntilClosed(m_sheet.get()));
}

void tst_ConnectorPropertiesSheet::commandRoundTrip_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("seed");
    for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        for (int seed = 1; seed <= 12; ++seed) {
            const bool onEdge = seed % 3 == 0;
            QTest::addRow("%s #%d", qPrintable(Exchange::toString(version)), seed)
                << version << (onEdge ? EdgeServer : QString())
                << (onEdge ? EdgeConnector : (seed % 2 ? HubConnector : QStringLiteral("Fabrikam X.400 gateway")))
                << seed;
        }
    }
}

void tst_ConnectorPropertiesSheet::commandRoundTrip()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, edge);
    QFETCH(QString, name);
    QFETCH(int, seed);
    if (version == Exchange::Version::Rtm2007 && name == QLatin1String("Fabrikam X.400 gateway"))
        name = HubConnector; // RTM has no custom address spaces
    QVERIFY(open(version, edge, name));
    const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
    QVERIFY(QFile::copy(m_path, copy));

    // A pseudo-random set of changes, through the draft the tabs edit.
    ConnectorDraft *draft = m_sheet->draft();
    quint32 state = quint32(seed) * 2654435761u;
    const auto next = [&state](int bound) {
        state = state * 1103515245u + 12345u;
        return int((state >> 16) % quint32(bound));
    };
    if (next(2))
        draft->setName(name + QStringLiteral(" %1").arg(seed));
    if (next(2))
        draft->setProtocolLoggingLevel(Exchange::ProtocolLoggingLevel::Verbose);
    if (next(2))
        draft->setFqdn(QStringLiteral("helo%1.contoso.com").arg(seed));
    switch (next(3)) {
    case 0: draft->setMaxMessageSize(ByteQuantity::makeUnlimited()); break;
    case 1: draft->setMaxMessageSize(ByteQuantity::fromBytes(qint64(seed) * 1024 * 1024)); break;
    default: break;
    }
    if (next(2)) {
        QList<AddressSpace> spaces = draft->connector().addressSpaces;
        spaces.append(ModelTestSupport::smtp(QStringLiteral("partner%1.example").arg(seed), 1 + next(5)));
        draft->setAddressSpaces(spaces);
    }
    if (next(2) && draft->smartHostsOffered()) {
        draft->setDnsRoutingEnabled(false);
        draft->setSmartHosts({ModelTestSupport::fqdnHost(QStringLiteral("relay%1.contoso.com").arg(seed))});
        draft->setSmartHostAuthMechanism(next(2) ? Exchange::SmartHostAuthMechanism::ExternalAuthoritative
                                                 : Exchange::SmartHostAuthMechanism::None);
    }
    if (version == Exchange::Version::Sp12007 && edge.isEmpty() && next(2))
        draft->setScopedConnector(true);
    if (edge.isEmpty() && next(2))
        draft->setSourceTransportServers({QStringLiteral("EX03")});
    if (!draft->isModified())
        draft->setProtocolLoggingLevel(Exchange::ProtocolLoggingLevel::Verbose);
    QVERIFY2(!hasErrors(draft->problems()), qPrintable(ModelTestSupport::describe(draft->problems())));

    QVERIFY(m_sheet->apply());
    const QString command = m_sheet->commandLine();
    QVERIFY(!command.isEmpty());
    const SendConnector after = m_sheet->loadedConnector();

    // The same line run by the shell on the file as it was gives the same connector.
    QCOMPARE(ModelTestSupport::runShellCommand(copy, command, edge), QString());
    const std::optional<SendConnector> replayed = savedConnector(copy, after.name, edge);
    QVERIFY2(replayed, qPrintable(command));
    QStringList differences;
    for (const ConnectorParameter parameter : SendConnector::differences(*replayed, after))
        differences.append(Parameter::name(parameter));
    QVERIFY2(differences.isEmpty(), qPrintable(command + QStringLiteral("\ndiffers in: ") + differences.join(u',')));
}

void tst_ConnectorPropertiesSheet::sameConnectorChangedMeanwhile_data()
{
    QTest::addColumn<bool>("reapply");
    QTest::newRow("re-apply my changes") << true;
    QTest::newRow("discard my changes") << false;
}

void tst_ConnectorPropertiesSheet::sameConnectorChangedMeanwhile()
{
    QFETCH(bool, reapply);
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    auto *logging = child<QComboBox>(*m_sheet, "protocolLoggingCombo");
    logging->setFocus();
    QTest::keyClick(logging, Qt::Key_Down); // Verbose
    auto *fqdn = child<QLineEdit>(*m_sheet, "heloFqdnEdit");
    fqdn->setFocus();
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("mine.contoso.com"));

    // Another process changes the same connector: its size and, like me, its HELO name.
    QCOMPARE(ModelTestSupport::runShellCommand(m_path, QStringLiteral("Set-SendConnector '%1' -MaxMessageSize 30MB -Fqdn theirs.contoso.com")
                                  .arg(HubConnector)),
             QString());
    const QByteArray theirs = ModelTestSupport::readFile(m_path);

    QSignalSpy applied(m_sheet.get(), &ConnectorPropertiesSheet::applied);
    QVERIFY(clickApply());
    QCOMPARE(applied.count(), 0);
    QVERIFY(m_sheet->hasConflict());
    QCOMPARE(ModelTestSupport::readFile(m_path), theirs); // nothing overwritten
    auto *conflict = child<QLabel>(*m_sheet, "conflictLabel");
    QVERIFY(child<QWidget>(*m_sheet, "conflictPanel")->isVisible());
    QVERIFY2(conflict->text().contains(QLatin1String("MaxMessageSize")) && conflict->text().contains(QLatin1String("Fqdn")),
             qPrintable(conflict->text()));
    // The current values are shown; nothing can be applied until I choose.
    QCOMPARE(child<QSpinBox>(*m_sheet, "maxMessageSizeSpin")->value(), 30 * 1024);
    QCOMPARE(child<QLineEdit>(*m_sheet, "heloFqdnEdit")->text(), QStringLiteral("theirs.contoso.com"));
    QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_sheet, "okButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(*m_sheet, reapply ? "reapplyButton" : "discardButton"), Qt::LeftButton);
    QVERIFY(!m_sheet->hasConflict());
    if (!reapply) {
        QCOMPARE(logging->currentText(), QStringLiteral("None"));
        QVERIFY(!child<QPushButton>(*m_sheet, "applyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(*m_sheet, "okButton"), Qt::LeftButton);
        QVERIFY(waitUntilClosed(m_sheet.get()));
        QCOMPARE(ModelTestSupport::readFile(m_path), theirs);
        return;
    }
    // Mine on top of theirs, without retyping.
    QCOMPARE(logging->currentText(), QStringLiteral("Verbose"));
    QCOMPARE(child<QLineEdit>(*m_sheet, "heloFqdnEdit")->text(), QStringLiteral("mine.contoso.com"));
    QVERIFY(clickApply());
    QCOMPARE(applied.count(), 1);
    const std::optional<SendConnector> saved = savedConnector(m_path, HubConnector, QString());
    QVERIFY(saved);
    QVERIFY(saved->protocolLoggingLevel == Exchange::ProtocolLoggingLevel::Verbose);
    QCOMPARE(saved->fqdn, QStringLiteral("mine.contoso.com"));
    QCOMPARE(saved->maxMessageSize.bytes, qint64(30) * 1024 * 1024);
}

void tst_ConnectorPropertiesSheet::otherConnectorChangedMeanwhile()
{
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    auto *logging = child<QComboBox>(*m_sheet, "protocolLoggingCombo");
    logging->setFocus();
    QTest::keyClick(logging, Qt::Key_Down);
    QCOMPARE(ModelTestSupport::runShellCommand(m_path, QStringLiteral("Set-SendConnector 'Northwind Traders (retired)' -Comment 'by the shell'")),
             QString());
    QVERIFY(clickApply());
    QVERIFY(!m_sheet->hasConflict());
    QVERIFY(!child<QWidget>(*m_sheet, "conflictPanel")->isVisible());
    QVERIFY(savedConnector(m_path, HubConnector, QString())->protocolLoggingLevel == Exchange::ProtocolLoggingLevel::Verbose);
    QCOMPARE(savedConnector(m_path, QStringLiteral("Northwind Traders (retired)"), QString())->comment,
             QStringLiteral("by the shell"));
}

void tst_ConnectorPropertiesSheet::renameOntoANameTakenMeanwhile()
{
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    auto *nameEdit = child<QLineEdit>(*m_sheet, "connectorNameEdit");
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Outbound"));
    QCOMPARE(ModelTestSupport::runShellCommand(m_path, QStringLiteral("Set-SendConnector 'Northwind Traders (retired)' -Name Outbound")), QString());
    const QByteArray theirs = ModelTestSupport::readFile(m_path);
    QVERIFY(clickApply());
    QVERIFY(!m_sheet->hasConflict());
    auto *problems = child<QLabel>(*m_sheet, "applyProblemsLabel");
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("Outbound")), qPrintable(problems->text()));
    QCOMPARE(ModelTestSupport::readFile(m_path), theirs);
}

namespace {

const QString RelayConnector = QStringLiteral("Contoso to Tailspin Toys relay");

// Each lint warning as the Properties sheet meets it (docs/domain-rules.md#routing-checks).
enum class Lint { FqdnLocal, SizeBypassed, RequireTlsOnStar, NoDefaultRoute, OwnServerSmartHost, BasicInClear, SeveralSites };

} // namespace

void tst_ConnectorPropertiesSheet::lintWarnings_data()
{
    QTest::addColumn<Lint>("lint");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, Lint lint, const QString &connector, const char *tab, const char *label,
                        const char *code) {
        QTest::newRow(name) << lint << connector << QString::fromLatin1(tab) << QString::fromLatin1(label)
                            << QString::fromLatin1(code);
    };
    row(".local HELO name on the * connector", Lint::FqdnLocal, HubConnector, "generalTab", "generalProblemsLabel",
        "Connector.FqdnLocal");
    row("size limit bypassed by the * connector", Lint::SizeBypassed, RelayConnector, "generalTab",
        "generalProblemsLabel", "Connector.MaxMessageSizeBypassed");
    row("RequireTLS with * added", Lint::RequireTlsOnStar, RelayConnector, "addressSpaceTab",
        "addressSpaceProblemsLabel", "Connector.RequireTlsOnWildcard");
    row("the only * removed", Lint::NoDefaultRoute, HubConnector, "addressSpaceTab", "addressSpaceProblemsLabel",
        "Routing.NoDefaultRoute");
    row("an own Hub added as smart host", Lint::OwnServerSmartHost, RelayConnector, "networkTab",
        "networkSettingsProblemsLabel", "Connector.SmartHostIsOwnServer");
    row("Basic authentication without TLS", Lint::BasicInClear, RelayConnector, "networkTab",
        "smartHostAuthenticationProblemsLabel", "Connector.BasicAuthInClear");
    row("source servers in two sites", Lint::SeveralSites, HubConnector, "sourceServerTab", "sourceServerWarningLabel",
        "Connector.SourceServersInSeveralSites");
}

// Driven with keys and clicks into each warning: shown on the tab where the field is, Apply stays
// possible, and the file has the change.
void tst_ConnectorPropertiesSheet::lintWarnings()
{
    QFETCH(Lint, lint);
    QFETCH(QString, connector);
    QFETCH(QString, tab);
    QFETCH(QString, label);
    QFETCH(QString, code);
    std::function<void(Organization &)> prepare;
    if (lint == Lint::RequireTlsOnStar) {
        prepare = [](Organization &organization) {
            for (SendConnector &c : *organization.mutableConnectorsFor(QString())) {
                if (c.name == RelayConnector)
                    c.requireTls = true;
            }
        };
    }
    QVERIFY(open(Exchange::Version::Sp12007, QString(), connector, prepare));
    auto *tabs = child<QTabWidget>(*m_sheet, "propertiesTabs");
    tabs->setCurrentWidget(m_sheet->findChild<QWidget *>(tab));
    QCOMPARE(tabs->currentWidget()->objectName(), tab);
    auto *shown = m_sheet->findChild<QLabel *>(label);
    QVERIFY(shown);
    QVERIFY(shown->isHidden());

    const auto addAddressSpace = [this](const QString &address) {
        QTest::mouseClick(child<QAbstractButton>(*m_sheet, "addAddressSpaceButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<AddressSpaceDialog>(*m_sheet));
        AddressSpaceDialog *dialog = visibleDialog<AddressSpaceDialog>(*m_sheet);
        QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), address);
        QTest::mouseClick(dialogOk(*dialog), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<AddressSpaceDialog>(*m_sheet));
    };
    switch (lint) {
    case Lint::FqdnLocal: {
        auto *fqdn = child<QLineEdit>(*m_sheet, "heloFqdnEdit");
        fqdn->setFocus();
        fqdn->selectAll();
        QTest::keyClicks(fqdn, QStringLiteral("ex01.contoso.local"));
        break;
    }
    case Lint::SizeBypassed: {
        auto *spin = child<QSpinBox>(*m_sheet, "maxMessageSizeSpin");
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("5120"));
        break;
    }
    case Lint::RequireTlsOnStar:
        addAddressSpace(QStringLiteral("*"));
        break;
    case Lint::NoDefaultRoute: {
        addAddressSpace(QStringLiteral("fabrikam.com"));
        auto *view = child<QTreeView>(*m_sheet, "addressSpaceView");
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0)); // "*"
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(view->model()->rowCount(), 1);
        break;
    }
    case Lint::OwnServerSmartHost: {
        QTest::mouseClick(child<QPushButton>(*m_sheet, "addSmartHostButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<SmartHostDialog>(*m_sheet));
        SmartHostDialog *dialog = visibleDialog<SmartHostDialog>(*m_sheet);
        auto *fqdnRadio = child<QRadioButton>(*dialog, "fqdnRadio");
        if (!fqdnRadio->isChecked())
            QTest::mouseClick(fqdnRadio, Qt::LeftButton, {}, GuiTestSupport::onIndicator(fqdnRadio));
        QVERIFY(fqdnRadio->isChecked());
        QTest::keyClicks(child<QLineEdit>(*dialog, "fqdnEdit"), QStringLiteral("EX01.contoso.com"));
        QTest::mouseClick(dialogOk(*dialog), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<SmartHostDialog>(*m_sheet));
        break;
    }
    case Lint::BasicInClear: {
        QTest::mouseClick(child<QPushButton>(*m_sheet, "changeAuthenticationButton"), Qt::LeftButton);
        QDialog *auth = nullptr;
        QTRY_VERIFY((auth = m_sheet->findChild<QDialog *>(QStringLiteral("smartHostAuthenticationDialog"))) != nullptr
                    && auth->isVisible());
        QTest::mouseClick(child<QRadioButton>(*auth, "authBasicRadio"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(*auth, "userNameEdit"), QStringLiteral("CONTOSO\\relay"));
        QTest::keyClicks(child<QLineEdit>(*auth, "passwordEdit"), QStringLiteral("secret"));
        QTest::mouseClick(child<QPushButton>(*auth, "authenticationOkButton"), Qt::LeftButton);
        QVERIFY(waitUntilClosed(auth));
        break;
    }
    case Lint::SeveralSites: {
        QTest::mouseClick(child<QPushButton>(*m_sheet, "addSourceServerButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_sheet->findChild<QDialog *>(QStringLiteral("sourceServerDialog"))) != nullptr
                    && dialog->isVisible());
        auto *view = child<QTreeWidget>(*dialog, "serverView");
        const QList<QTreeWidgetItem *> items = view->findItems(QStringLiteral("EX03"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(items.first()).center());
        QTest::mouseClick(dialogOk(*dialog), Qt::LeftButton);
        QVERIFY(waitUntilClosed(dialog));
        break;
    }
    }
    if (QTest::currentTestFailed())
        return;

    QString message;
    for (const Problem &problem : m_sheet->draft()->problems()) {
        if (problem.code == code)
            message = problem.message;
    }
    QVERIFY2(!message.isEmpty(), qPrintable(code));
    QTRY_VERIFY(shown->isVisible());
    QVERIFY2(shown->text().contains(message), qPrintable(shown->text()));
    QVERIFY(clickApply()); // a warning informs; it does not block

    const std::optional<SendConnector> saved = savedConnector(m_path, connector, QString());
    QVERIFY(saved);
    switch (lint) {
    case Lint::FqdnLocal:
        QCOMPARE(saved->fqdn, QStringLiteral("ex01.contoso.local"));
        break;
    case Lint::SizeBypassed:
        QCOMPARE(saved->maxMessageSize.bytes, qint64(5) * 1024 * 1024);
        break;
    case Lint::RequireTlsOnStar:
        QCOMPARE(saved->addressSpaces.last().address, QStringLiteral("*"));
        QVERIFY(saved->requireTls);
        break;
    case Lint::NoDefaultRoute:
        QCOMPARE(saved->addressSpaces.size(), 1);
        QCOMPARE(saved->addressSpaces.first().address, QStringLiteral("fabrikam.com"));
        break;
    case Lint::OwnServerSmartHost:
        QCOMPARE(saved->smartHosts.last().host.toLower(), QStringLiteral("ex01.contoso.com"));
        break;
    case Lint::BasicInClear:
        QVERIFY(saved->smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::BasicAuth);
        break;
    case Lint::SeveralSites:
        QVERIFY(saved->sourceTransportServers.contains(QStringLiteral("EX03")));
        break;
    }
}

// Under the tabs: what Apply would change in routing. Replacing the relay's tailspintoys.com hands
// that domain over to "Contoso to Internet"; after Apply nothing is left to change.
void tst_ConnectorPropertiesSheet::routingImpactOfAnEdit()
{
    QVERIFY(open(Exchange::Version::Sp12007, QString(), RelayConnector));
    auto *impact = child<QTextBrowser>(*m_sheet, "routingImpactView");
    QVERIFY(impact);
    QVERIFY(impact->isVisible());
    QCOMPARE(impact->accessibleName(), QStringLiteral("Routing impact"));
    const QString unchanged = m_sheet->draft()->routingImpact().join(QLatin1Char('\n'));
    QVERIFY2(unchanged.startsWith(QLatin1String("No change to routing")), qPrintable(unchanged));
    QTRY_COMPARE(impact->toPlainText(), unchanged);

    child<QTabWidget>(*m_sheet, "propertiesTabs")->setCurrentWidget(child<QWidget>(*m_sheet, "addressSpaceTab"));
    QTest::mouseClick(child<QAbstractButton>(*m_sheet, "addAddressSpaceButton"), Qt::LeftButton);
    QTRY_VERIFY(visibleDialog<AddressSpaceDialog>(*m_sheet));
    AddressSpaceDialog *dialog = visibleDialog<AddressSpaceDialog>(*m_sheet);
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("tailspintoys.net"));
    QTest::mouseClick(dialogOk(*dialog), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<AddressSpaceDialog>(*m_sheet));
    auto *view = child<QTreeView>(*m_sheet, "addressSpaceView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0)); // tailspintoys.com
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 1);

    // The hand-over names the domain, the connector that carries it now and the sites.
    const auto shows = [impact](const QString &part) { return impact->toPlainText().contains(part); };
    QTRY_VERIFY2(shows(QStringLiteral("tailspintoys.com that this connector carried")), qPrintable(impact->toPlainText()));
    QVERIFY2(shows(QStringLiteral("\"Contoso to Internet\" instead")), qPrintable(impact->toPlainText()));
    QVERIFY2(shows(QStringLiteral("Seattle")) && shows(QStringLiteral("Portland")), qPrintable(impact->toPlainText()));
    // And the new domain it takes over.
    QVERIFY2(shows(QStringLiteral("tailspintoys.net")), qPrintable(impact->toPlainText()));
    QCOMPARE(impact->toPlainText(), m_sheet->draft()->routingImpact().join(QLatin1Char('\n')));

    QVERIFY(clickApply()); // informs; does not block
    const std::optional<SendConnector> saved = savedConnector(m_path, RelayConnector, QString());
    QVERIFY(saved);
    QCOMPARE(saved->addressSpaces.size(), 1);
    QCOMPARE(saved->addressSpaces.first().address, QStringLiteral("tailspintoys.net"));
    QTRY_VERIFY2(impact->toPlainText().startsWith(QLatin1String("No change to routing")), qPrintable(impact->toPlainText()));
}

QTEST_MAIN(tst_ConnectorPropertiesSheet)
void tst_ConnectorPropertiesSheet::savingKeepsTheSheetResponsive_data()
{
    QTest::addColumn<QString>("button");
    QTest::addRow("Apply") << QStringLiteral("applyButton");
    QTest::addRow("OK") << QStringLiteral("okButton");
}

// Apply (or OK) while another process holds the organization's lock: the write waits on a worker
// thread, the sheet's event loop keeps running (timers tick), OK, Apply, Cancel and Esc are
// refused meanwhile, and the change is written once the lock is released.
void tst_ConnectorPropertiesSheet::savingKeepsTheSheetResponsive()
{
    QFETCH(QString, button);
    QVERIFY(open(Exchange::Version::Sp12007, QString(), HubConnector));
    m_sheet->setLockTimeout(30000);
    auto *fqdn = child<QLineEdit>(*m_sheet, "heloFqdnEdit");
    fqdn->setFocus();
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("waited.contoso.com"));
    QSignalSpy applied(m_sheet.get(), &ConnectorPropertiesSheet::applied);
    QSignalSpy started(m_sheet.get(), &ConnectorPropertiesSheet::saveStarted);
    QSignalSpy finished(m_sheet.get(), &ConnectorPropertiesSheet::saveFinished);

    QProcess holder;
    const QByteArray holding = ModelTestSupport::holdLockInAnotherProcess(holder, m_path, 1500);
    QVERIFY2(holding.isEmpty(), holding.constData());

    // Probes run by the sheet's event loop while it waits: what it shows and refuses.
    int savingTicks = 0;
    bool refusedEverything = true;
    QTimer probe;
    probe.setInterval(20);
    connect(&probe, &QTimer::timeout, this, [&] {
        if (!m_sheet->isSaving())
            return;
        ++savingTicks;
        const auto *label = m_sheet->findChild<QLabel *>(QStringLiteral("savingLabel"));
        refusedEverything = refusedEverything && label && label->isVisible()
            && label->text().startsWith(QLatin1String("Saving the changes"))
            && !child<QPushButton>(*m_sheet, "okButton")->isEnabled()
            && !child<QPushButton>(*m_sheet, "applyButton")->isEnabled()
            && !child<QPushButton>(*m_sheet, "cancelButton")->isEnabled() && !fqdn->isEnabled();
        QTest::keyClick(m_sheet.get(), Qt::Key_Escape);
        QTest::mouseClick(child<QPushButton>(*m_sheet, "okButton"), Qt::LeftButton);
        refusedEverything = refusedEverything && m_sheet->isVisible() && m_sheet->result() == QDialog::Rejected
            && started.count() == 1;
    });
    probe.start();
    QTest::mouseClick(child<QPushButton>(*m_sheet, button.toLatin1().constData()), Qt::LeftButton);
    probe.stop();
    QVERIFY2(savingTicks >= 10, qPrintable(QString::number(savingTicks))); // ~1.5 s of a 20 ms timer
    QVERIFY(refusedEverything);
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(applied.count(), 1);
    QVERIFY(!m_sheet->isSaving());
    QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished(30000));
    QCOMPARE(holder.exitCode(), 0);

    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok() && saved.value->connector(HubConnector));
    QCOMPARE(saved.value->connector(HubConnector)->fqdn, QStringLiteral("waited.contoso.com"));
    if (button == QLatin1String("okButton")) {
        QVERIFY(!m_sheet->isVisible());
        QCOMPARE(m_sheet->result(), int(QDialog::Accepted));
    } else {
        QVERIFY(m_sheet->isVisible());
        QVERIFY(fqdn->isEnabled());
        QVERIFY(child<QPushButton>(*m_sheet, "cancelButton")->isEnabled());
        QVERIFY(m_sheet->commandLine().contains(QLatin1String("waited.contoso.com")));
    }
}

#include "tst_connectorpropertiessheet.moc"
