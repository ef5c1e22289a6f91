#include "support/ModelTestSupport.h"
#include "support/WizardConnectivitySupport.h"
#include "ConnectorDraft.h"
#include "NetworkSettingsPage.h"
#include "OrganizationStore.h"
#include "SmartHostDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using Exchange::Usage;
using Exchange::Version;

// Drives the Network settings page: what each usage offers (and why not), the smart host list
// and its dialog, SP1's external DNS setting; asserts on the draft. Its Test button, in a wizard
// against the real test servers (tests/servers/, behind 127.0.0.1:25): each verdict inline, Next
// never blocked, nothing to test, the mnemonic, and Back stopping a running test.
class tst_NetworkSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void usageAvailability_data();
    void usageAvailability();
    void nonSmtpAddressSpaceForcesSmartHosts();
    void usageChangedWhileShown();
    void smartHostControlsFollowTheChoice();
    void addSmartHost();
    void editAndRemoveSmartHosts();
    void dnsRoutingKeepsTypedSmartHosts();
    void externalDns_data();
    void externalDns();
    void keyboard();
    void listShowsTheDraftsSmartHosts();

    void initTestCase();
    void testButton_data();
    void testButton();
    void testButtonWithNothingToTest();
    void testButtonMnemonicStartsAndCancels();
    void backStopsTheTest();

private:
    // A wizard on the Address space page (so that Back leads there), then Next: the Network
    // settings page with the draft set up by `setUp`.
    std::unique_ptr<SendConnectorWizard> wizardFor(Version version, const QString &server,
                                                   const std::function<void(ConnectorDraft &)> &setUp) const;

    TestServers m_servers;
    PortForwarder m_forwarder;
    QTemporaryDir m_dir;
};

namespace {

using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;
using ModelTestSupport::sampleOrganization;
using ModelTestSupport::smtp;

std::unique_ptr<ConnectorDraft> makeDraft(Version version = Version::Sp12007)
{
    auto draft = std::make_unique<ConnectorDraft>(sampleOrganization(version), QStringLiteral("EX01"));
    draft->setAddressSpaces({smtp(QStringLiteral("contoso.com"))});
    return draft;
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

SmartHostDialog *openDialog(const QWidget &page)
{
    for (SmartHostDialog *dialog : page.findChildren<SmartHostDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

void tst_NetworkSettingsPage::cleanup()
{
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_NetworkSettingsPage::usageAvailability_data()
{
    QTest::addColumn<Usage>("usage");
    QTest::addColumn<bool>("dnsOffered");
    QTest::addColumn<bool>("smartHostsOffered");
    QTest::addColumn<bool>("dnsSelected");

    // docs/wizard.md#network-settings: DNS MX for Custom, Partner, Internet; smart hosts for
    // Custom, Internal, Internet.
    QTest::newRow("Custom") << Usage::Custom << true << true << true;
    QTest::newRow("Internal") << Usage::Internal << false << true << false;
    QTest::newRow("Internet") << Usage::Internet << true << true << true;
    QTest::newRow("Partner") << Usage::Partner << true << false << true;
}

void tst_NetworkSettingsPage::usageAvailability()
{
    QFETCH(Usage, usage);
    QFETCH(bool, dnsOffered);
    QFETCH(bool, smartHostsOffered);
    QFETCH(bool, dnsSelected);

    auto draft = makeDraft();
    draft->setUsage(usage);
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QCOMPARE(page.title(), QStringLiteral("Network settings"));
    auto *dns = child<QRadioButton>(page, "dnsRoutingRadio");
    auto *smartHosts = child<QRadioButton>(page, "smartHostRoutingRadio");
    auto *dnsReason = child<QLabel>(page, "dnsRoutingReasonLabel");
    auto *smartHostReason = child<QLabel>(page, "smartHostRoutingReasonLabel");
    QCOMPARE(dns->text(), QStringLiteral("Use domain name system (&DNS) \"MX\" records to route mail automatically"));
    QCOMPARE(smartHosts->text(), QStringLiteral("&Route all mail through the following smart hosts:"));

    // Never hidden: disabled, with the model's reason beside it.
    QVERIFY(dns->isVisible());
    QVERIFY(smartHosts->isVisible());
    QCOMPARE(dns->isEnabled(), dnsOffered);
    QCOMPARE(smartHosts->isEnabled(), smartHostsOffered);
    QCOMPARE(dnsReason->isVisible(), !dnsOffered);
    QCOMPARE(smartHostReason->isVisible(), !smartHostsOffered);
    QCOMPARE(dnsReason->text(), draft->dnsRoutingUnavailableReason());
    QCOMPARE(smartHostReason->text(), draft->smartHostsUnavailableReason());
    if (!dnsOffered)
        QVERIFY(dnsReason->text().contains(QStringLiteral("Internal")));
    if (!smartHostsOffered)
        QVERIFY(smartHostReason->text().contains(QStringLiteral("Partner")));

    QCOMPARE(dns->isChecked(), dnsSelected);
    QCOMPARE(smartHosts->isChecked(), !dnsSelected);
    QCOMPARE(draft->connector().dnsRoutingEnabled, dnsSelected);

    // Clicking a disabled choice changes nothing.
    QTest::mouseClick(dnsOffered ? smartHosts : dns, Qt::LeftButton);
    if (!dnsOffered || !smartHostsOffered)
        QCOMPARE(draft->connector().dnsRoutingEnabled, dnsSelected);
}

void tst_NetworkSettingsPage::nonSmtpAddressSpaceForcesSmartHosts()
{
    auto draft = makeDraft();
    AddressSpace x400;
    x400.type = QStringLiteral("X400");
    x400.address = QStringLiteral("c=us;a= ;p=MyOrg");
    draft->setAddressSpaces({x400});
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    auto *dns = child<QRadioButton>(page, "dnsRoutingRadio");
    auto *reason = child<QLabel>(page, "dnsRoutingReasonLabel");
    QVERIFY(!dns->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("X400")), qPrintable(reason->text()));
    QVERIFY(child<QRadioButton>(page, "smartHostRoutingRadio")->isChecked());
    QVERIFY(!draft->connector().dnsRoutingEnabled);
    // No smart host yet: the page says so and cannot be left.
    QVERIFY(!page.isComplete());
    QVERIFY(child<QLabel>(page, "networkSettingsProblemsLabel")->isVisible());
}

void tst_NetworkSettingsPage::usageChangedWhileShown()
{
    auto draft = makeDraft();
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *dns = child<QRadioButton>(page, "dnsRoutingRadio");
    QVERIFY(dns->isEnabled());

    draft->setUsage(Usage::Internal);
    QVERIFY(!dns->isEnabled());
    QVERIFY(child<QLabel>(page, "dnsRoutingReasonLabel")->isVisible());
    QVERIFY(child<QRadioButton>(page, "smartHostRoutingRadio")->isChecked());
}

void tst_NetworkSettingsPage::smartHostControlsFollowTheChoice()
{
    auto draft = makeDraft();
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *view = child<QTreeView>(page, "smartHostView");
    auto *add = child<QPushButton>(page, "addSmartHostButton");
    auto *edit = child<QPushButton>(page, "editSmartHostButton");
    auto *remove = child<QPushButton>(page, "removeSmartHostButton");
    auto *problems = child<QLabel>(page, "networkSettingsProblemsLabel");

    QVERIFY(page.isComplete());
    QVERIFY(!view->isEnabled());
    QVERIFY(!add->isEnabled());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(problems->isHidden());

    QSignalSpy completeChanged(&page, &QWizardPage::completeChanged);
    QTest::mouseClick(child<QRadioButton>(page, "smartHostRoutingRadio"), Qt::LeftButton);
    QVERIFY(!draft->connector().dnsRoutingEnabled);
    QVERIFY(view->isEnabled());
    QVERIFY(add->isEnabled());
    QVERIFY(!edit->isEnabled()); // nothing selected
    QVERIFY(!page.isComplete());
    QVERIFY(!completeChanged.isEmpty());
    QVERIFY(problems->isVisible());
    QVERIFY(containsCode(draft->problems(ConnectorDraft::Section::NetworkSettings),
                         QStringLiteral("Connector.SmartHostsRequired")));

    QTest::mouseClick(child<QRadioButton>(page, "dnsRoutingRadio"), Qt::LeftButton);
    QVERIFY(draft->connector().dnsRoutingEnabled);
    QVERIFY(!add->isEnabled());
    QVERIFY(page.isComplete());
}

void tst_NetworkSettingsPage::addSmartHost()
{
    auto draft = makeDraft();
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    QTest::mouseClick(child<QRadioButton>(page, "smartHostRoutingRadio"), Qt::LeftButton);

    QTest::mouseClick(child<QPushButton>(page, "addSmartHostButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    SmartHostDialog *dialog = openDialog(page);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Smart Host"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "ipAddressEdit"), QStringLiteral("192.168.1.20"));
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChildren<SmartHostDialog *>().isEmpty());

    // The smart host of docs/domain-rules.md#worked-example.
    QCOMPARE(draft->connector().smartHosts,
             QList<SmartHost>{ipHost(QStringLiteral("192.168.1.20"))});
    QVERIFY(page.isComplete());
    auto *view = child<QTreeView>(page, "smartHostView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("192.168.1.20"));
    QVERIFY(child<QPushButton>(page, "removeSmartHostButton")->isEnabled());

    // The same host again is refused by the dialog.
    QTest::mouseClick(child<QPushButton>(page, "addSmartHostButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    dialog = openDialog(page);
    QTest::keyClicks(child<QLineEdit>(*dialog, "ipAddressEdit"), QStringLiteral("[192.168.1.20]"));
    QVERIFY(!okButton(*dialog)->isEnabled());
    dialog->reject();
    QTRY_VERIFY(page.findChildren<SmartHostDialog *>().isEmpty());
    QCOMPARE(draft->connector().smartHosts.size(), 1);
}

void tst_NetworkSettingsPage::editAndRemoveSmartHosts()
{
    auto draft = makeDraft();
    draft->setDnsRoutingEnabled(false);
    draft->setSmartHosts({fqdnHost(QStringLiteral("relay1.contoso.com")),
                          fqdnHost(QStringLiteral("relay2.contoso.com"))});
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *view = child<QTreeView>(page, "smartHostView");
    QCOMPARE(view->model()->rowCount(), 2);

    const QRect rect = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(openDialog(page));
    SmartHostDialog *dialog = openDialog(page);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Smart Host"));
    auto *fqdn = child<QLineEdit>(*dialog, "fqdnEdit");
    QCOMPARE(fqdn->text(), QStringLiteral("relay1.contoso.com"));
    // Renaming it to the other one is a duplicate.
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("relay2.contoso.com"));
    QVERIFY(!okButton(*dialog)->isEnabled());
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("relay3.contoso.com"));
    QTest::keyClick(fqdn, Qt::Key_Return);
    QTRY_VERIFY(page.findChildren<SmartHostDialog *>().isEmpty());
    QCOMPARE(draft->connector().smartHosts,
             (QList<SmartHost>{fqdnHost(QStringLiteral("relay3.contoso.com")),
                               fqdnHost(QStringLiteral("relay2.contoso.com"))}));

    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(draft->connector().smartHosts,
             QList<SmartHost>{fqdnHost(QStringLiteral("relay2.contoso.com"))});
    QTest::mouseClick(child<QPushButton>(page, "removeSmartHostButton"), Qt::LeftButton);
    QVERIFY(draft->connector().smartHosts.isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!page.isComplete());
}

void tst_NetworkSettingsPage::dnsRoutingKeepsTypedSmartHosts()
{
    auto draft = makeDraft();
    draft->setDnsRoutingEnabled(false);
    draft->setSmartHosts({ipHost(QStringLiteral("10.0.0.5"))});
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QTest::mouseClick(child<QRadioButton>(page, "dnsRoutingRadio"), Qt::LeftButton);
    QVERIFY(draft->connector().smartHosts.isEmpty());
    auto *view = child<QTreeView>(page, "smartHostView");
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!view->isEnabled());

    QTest::mouseClick(child<QRadioButton>(page, "smartHostRoutingRadio"), Qt::LeftButton);
    QCOMPARE(draft->connector().smartHosts,
             QList<SmartHost>{ipHost(QStringLiteral("10.0.0.5"))});
}

void tst_NetworkSettingsPage::externalDns_data()
{
    QTest::addColumn<Version>("version");
    QTest::newRow("SP1") << Version::Sp12007;
    QTest::newRow("RTM") << Version::Rtm2007;
}

void tst_NetworkSettingsPage::externalDns()
{
    QFETCH(Version, version);

    auto draft = makeDraft(version);
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *check = child<QCheckBox>(page, "externalDnsCheck");
    QVERIFY(check);
    if (version == Version::Rtm2007) {
        QVERIFY(check->isHidden());
        return;
    }
    QCOMPARE(check->text(), QStringLiteral("Use the E&xternal DNS Lookup settings on the transport server"));
    QVERIFY(check->isVisible());
    QVERIFY(!check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(draft->connector().useExternalDnsServersEnabled);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!draft->connector().useExternalDnsServersEnabled);

    // Only DNS lookups use it.
    QTest::mouseClick(child<QRadioButton>(page, "smartHostRoutingRadio"), Qt::LeftButton);
    QVERIFY(!check->isEnabled());
}

void tst_NetworkSettingsPage::keyboard()
{
    auto draft = makeDraft();
    NetworkSettingsPage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(!draft->connector().dnsRoutingEnabled);
    QTest::keyClick(&page, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(openDialog(page));
    SmartHostDialog *dialog = openDialog(page);
    QTRY_VERIFY(dialog->isActiveWindow());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10.1.1.1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(page.findChildren<SmartHostDialog *>().isEmpty());
    QCOMPARE(draft->connector().smartHosts, QList<SmartHost>{ipHost(QStringLiteral("10.1.1.1"))});

    auto *remove = child<QPushButton>(page, "removeSmartHostButton");
    QCOMPARE(remove->accessibleName(), QStringLiteral("Remove"));
    // Without a window manager nobody hands activation back after the dialog closes.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().smartHosts.isEmpty());
    QTest::keyClick(&page, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().dnsRoutingEnabled);
}

void tst_NetworkSettingsPage::listShowsTheDraftsSmartHosts()
{
    auto draft = makeDraft();
    draft->setDnsRoutingEnabled(false);
    NetworkSettingsPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *view = child<QTreeView>(page, "smartHostView");

    // One list, the draft's: a change made elsewhere (Back, another page) shows at once.
    draft->setSmartHosts({ipHost(QStringLiteral("10.0.0.1")), fqdnHost(QStringLiteral("relay.contoso.com"))});
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("relay.contoso.com"));
    QCOMPARE(view->model()->index(1, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Smart host relay.contoso.com, a fully qualified domain name"));

    // Removing the second edits the draft's list, not a copy of an older one.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(draft->connector().smartHosts, QList<SmartHost>{ipHost(QStringLiteral("10.0.0.1"))});
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->currentIndex().row(), 0); // the neighbour is current, one more Delete away
    draft->setSmartHosts({});
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(page, "removeSmartHostButton")->isEnabled());
}

using ConnectivityOutcome = ConnectivityResultModel::Outcome;
using ResultColumn = ConnectivityResultModel::Column;

void tst_NetworkSettingsPage::initTestCase()
{
    m_servers = TestServers::load(TestServers::Both);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QVERIFY2(m_forwarder.listen(QHostAddress::LocalHost, WizardConnectivity::SmtpPort), qPrintable(m_forwarder.errorString()));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<SendConnectorWizard> tst_NetworkSettingsPage::wizardFor(Version version, const QString &server,
                                                                       const std::function<void(ConnectorDraft &)> &setUp) const
{
    auto wizard = std::make_unique<SendConnectorWizard>(WizardConnectivity::organization(version, m_servers), server,
                                                        m_dir.filePath(QStringLiteral("organization.json")));
    ConnectorDraft &draft = *wizard->draft();
    draft.setName(QStringLiteral("Connectivity"));
    setUp(draft);
    wizard->setStartId(SendConnectorWizard::Page_AddressSpace);
    wizard->show();
    wizard->next();
    return wizard;
}

Q_DECLARE_METATYPE(ConnectivityResultModel::Outcome)

void tst_NetworkSettingsPage::testButton_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<Usage>("usage");
    QTest::addColumn<QString>("addressSpace"); // DNS routing when it names a domain; else a smart host
    QTest::addColumn<QString>("endpoint");     // behind 127.0.0.1:25; "closed": nothing listens there
    QTest::addColumn<int>("stepTimeoutMs");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<ConnectivityOutcome>("verdict");
    QTest::addColumn<QString>("reasonPart"); // in the first host's reason

    const QStringList local{QStringLiteral("127.0.0.1")};
    const QStringList mx{QStringLiteral("mx1.mx-ok.test"), QStringLiteral("mx2.mx-ok.test")};
    const QString hub = QStringLiteral("EX01");
    const QString edge = QStringLiteral("EDGE02");
    QTest::newRow("SP1 Hub, smart host, STARTTLS: success") << Version::Sp12007 << hub << Usage::Custom << "*" << "starttls"
        << 5000 << local << ConnectivityOutcome::Succeeded << "127.0.0.1 accepts mail as the connector is configured.";
    QTest::newRow("RTM Hub, smart host, wrong name: warning") << Version::Rtm2007 << hub << Usage::Custom << "*" << "wrong-name"
        << 5000 << local << ConnectivityOutcome::Warning << "The certificate of 127.0.0.1 is issued to other.invalid, not to 127.0.0.1.";
    QTest::newRow("SP1 Edge, smart host, expired: warning") << Version::Sp12007 << edge << Usage::Custom << "*" << "expired"
        << 5000 << local << ConnectivityOutcome::Warning << "The certificate of 127.0.0.1 is valid only from";
    QTest::newRow("RTM Edge, smart host, closed: failure") << Version::Rtm2007 << edge << Usage::Custom << "*" << "closed"
        << 5000 << local << ConnectivityOutcome::Failed << "127.0.0.1 refused the connection on port 25.";
    QTest::newRow("SP1 Hub, smart host, silent: failure") << Version::Sp12007 << hub << Usage::Custom << "*" << "silent"
        << 1000 << local << ConnectivityOutcome::Failed << "127.0.0.1 accepted the connection but sent no banner within";
    QTest::newRow("SP1 Hub, DNS, mx-ok.test: success") << Version::Sp12007 << hub << Usage::Custom << "mx-ok.test" << "no-starttls"
        << 5000 << mx << ConnectivityOutcome::Succeeded << "mx1.mx-ok.test accepts mail as the connector is configured.";
    QTest::newRow("SP1 Edge, DNS through external DNS, mx-ok.test: success") << Version::Sp12007 << edge << Usage::Internet
        << "mx-ok.test" << "no-starttls" << 5000 << mx << ConnectivityOutcome::Succeeded
        << "mx1.mx-ok.test accepts mail as the connector is configured.";
    QTest::newRow("RTM Hub, DNS, Partner, wrong name: failure") << Version::Rtm2007 << hub << Usage::Partner << "mx-ok.test"
        << "wrong-name" << 5000 << mx << ConnectivityOutcome::Failed
        << "Domain security (DomainSecureEnabled) accepts only a valid certificate.";
    QTest::newRow("SP1 Hub, DNS, Partner, no STARTTLS: failure") << Version::Sp12007 << hub << Usage::Partner << "mx-ok.test"
        << "no-starttls" << 5000 << mx << ConnectivityOutcome::Failed
        << "mx1.mx-ok.test does not offer STARTTLS, but the connector requires TLS.";
}

void tst_NetworkSettingsPage::testButton()
{
    QFETCH(Version, version);
    QFETCH(QString, server);
    QFETCH(Usage, usage);
    QFETCH(QString, addressSpace);
    QFETCH(QString, endpoint);
    QFETCH(int, stepTimeoutMs);
    QFETCH(QStringList, hosts);
    QFETCH(ConnectivityOutcome, verdict);
    QFETCH(QString, reasonPart);

    const bool dnsRouting = addressSpace != QLatin1String("*");
    auto wizard = wizardFor(version, server, [&](ConnectorDraft &draft) {
        draft.setUsage(usage);
        draft.setAddressSpaces({smtp(addressSpace)});
        draft.setDnsRoutingEnabled(dnsRouting);
        if (!dnsRouting)
            draft.setSmartHosts({ipHost(QStringLiteral("127.0.0.1"))});
    });
    wizard->setConnectivityOptions(
        WizardConnectivity::options(m_servers, dnsRouting, std::chrono::milliseconds(stepTimeoutMs)));
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_NetworkSettings));
    if (endpoint == QLatin1String("closed")) {
        m_forwarder.close();
    } else {
        QVERIFY(WizardConnectivity::forwardSmtpPortTo(m_forwarder, m_servers.endpoint(endpoint)));
    }

    QPushButton *button = WizardConnectivity::testButton(*wizard);
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Test &Connectivity"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Test connectivity"));
    ConnectivityTestPanel *panel = WizardConnectivity::panel(*wizard);
    QVERIFY(panel->view()->isHidden()); // until first used
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->view()->isVisible());
    ConnectivityResultModel *model = panel->view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->isFinished(), WizardConnectivity::VerdictWaitMs);
    QVERIFY(!panel->isRunning());
    QCOMPARE(button->text(), QStringLiteral("Test &Connectivity"));

    // The next hops the connector has now, each with its result, and the verdict inline.
    QCOMPARE(model->rowCount(), hosts.size());
    for (int row = 0; row < hosts.size(); ++row)
        QCOMPARE(model->index(row, int(ResultColumn::Host)).data().toString(), hosts.at(row));
    QCOMPARE(model->verdictOutcome(), verdict);
    const QString firstReason = model->index(0, int(ResultColumn::Details)).data().toString();
    QVERIFY2(firstReason.contains(reasonPart), qPrintable(firstReason));
    QLabel *label = WizardConnectivity::verdictLabel(*wizard);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), model->verdict().reason);
    if (verdict == ConnectivityOutcome::Failed)
        QVERIFY2(label->text().startsWith(QLatin1String("Mail would not flow through connector Connectivity: ")),
                 qPrintable(label->text()));
    else
        QVERIFY2(label->text().startsWith(QLatin1String("Mail would flow through connector Connectivity")), qPrintable(label->text()));
    // A failure is a warning, never a blocker.
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->validateCurrentPage());
}

void tst_NetworkSettingsPage::testButtonWithNothingToTest()
{
    auto wizard = wizardFor(Version::Sp12007, QStringLiteral("EX01"), [](ConnectorDraft &draft) {
        draft.setUsage(Usage::Internet);
        draft.setAddressSpaces({smtp(QStringLiteral("*")), smtp(QStringLiteral("*.contoso.com"))});
    });
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_NetworkSettings));
    const int sockets = WizardConnectivity::openSockets();
    QTest::mouseClick(WizardConnectivity::testButton(*wizard), Qt::LeftButton);
    ConnectivityTestPanel *panel = WizardConnectivity::panel(*wizard);
    QVERIFY(!panel->isRunning());
    QCOMPARE(WizardConnectivity::verdictLabel(*wizard)->text(),
             ConnectivityResultModel::untestableReason(wizard->draft()->connectorToCreate()));
    QVERIFY(WizardConnectivity::verdictLabel(*wizard)->text().startsWith(QLatin1String("There is nothing to test")));
    QVERIFY(panel->findChild<QTreeView *>(QStringLiteral("connectivityHosts"))->isHidden());
    QCOMPARE(WizardConnectivity::openSockets(), sockets);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void tst_NetworkSettingsPage::testButtonMnemonicStartsAndCancels()
{
    auto wizard = wizardFor(Version::Sp12007, QStringLiteral("EX01"), [](ConnectorDraft &draft) {
        draft.setAddressSpaces({smtp(QStringLiteral("*"))});
        draft.setDnsRoutingEnabled(false);
        draft.setSmartHosts({ipHost(QStringLiteral("127.0.0.1"))});
    });
    wizard->setConnectivityOptions(WizardConnectivity::options(m_servers, false, std::chrono::seconds(30)));
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QVERIFY(WizardConnectivity::forwardSmtpPortTo(m_forwarder, m_servers.endpoint(QStringLiteral("silent"))));
    const int sockets = WizardConnectivity::openSockets();

    // A mnemonic clicks its button after a short animation.
    QTest::keyClick(wizard.get(), Qt::Key_C, Qt::AltModifier);
    ConnectivityTestPanel *panel = WizardConnectivity::panel(*wizard);
    QTRY_VERIFY(panel->isRunning());
    QPushButton *button = WizardConnectivity::testButton(*wizard);
    QCOMPARE(button->text(), QStringLiteral("&Cancel Test"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Cancel the connectivity test"));
    ConnectivityResultModel *model = panel->view()->model();
    QTRY_COMPARE(model->index(0, int(ResultColumn::Result)).data().toString(), QStringLiteral("Waiting for the banner…"));
    QVERIFY(WizardConnectivity::verdictLabel(*wizard)->text().startsWith(QLatin1String("Testing")));
    QVERIFY(WizardConnectivity::openSockets() > sockets);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // even while it runs

    QTest::keyClick(wizard.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(!panel->isRunning());
    QCOMPARE(model->verdictOutcome(), ConnectivityOutcome::Cancelled);
    QCOMPARE(WizardConnectivity::verdictLabel(*wizard)->text(), QStringLiteral("The test of connector Connectivity was cancelled."));
    QCOMPARE(button->text(), QStringLiteral("Test &Connectivity"));
    // No socket left behind: the probe's, and so the forwarder's two.
    QTRY_COMPARE(WizardConnectivity::openSockets(), sockets);
    QTRY_COMPARE(m_forwarder.openConnections(), 0);
}

void tst_NetworkSettingsPage::backStopsTheTest()
{
    auto wizard = wizardFor(Version::Rtm2007, QStringLiteral("EX01"), [](ConnectorDraft &draft) {
        draft.setAddressSpaces({smtp(QStringLiteral("*"))});
        draft.setDnsRoutingEnabled(false);
        draft.setSmartHosts({ipHost(QStringLiteral("127.0.0.1"))});
    });
    wizard->setConnectivityOptions(WizardConnectivity::options(m_servers, false, std::chrono::seconds(30)));
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QVERIFY(WizardConnectivity::forwardSmtpPortTo(m_forwarder, m_servers.endpoint(QStringLiteral("silent"))));
    const int sockets = WizardConnectivity::openSockets();
    QTest::mouseClick(WizardConnectivity::testButton(*wizard), Qt::LeftButton);
    ConnectivityTestPanel *panel = WizardConnectivity::panel(*wizard);
    QTRY_COMPARE(panel->view()->model()->index(0, int(ResultColumn::Result)).data().toString(),
                 QStringLiteral("Waiting for the banner…"));
    QVERIFY(WizardConnectivity::openSockets() > sockets);

    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_AddressSpace));
    QVERIFY(!panel->isRunning());
    QTRY_COMPARE(WizardConnectivity::openSockets(), sockets);
    QTRY_COMPARE(m_forwarder.openConnections(), 0);
    // Shown again: no stale result, the view hidden until the next test.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SendConnectorWizard::Page_NetworkSettings));
    QVERIFY(panel->view()->isHidden());
    QCOMPARE(panel->view()->model()->rowCount(), 0);
}

QTEST_MAIN(tst_NetworkSettingsPage)
#include "tst_networksettingspage.moc"
