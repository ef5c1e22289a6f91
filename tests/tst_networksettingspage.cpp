#include "support/ModelTestSupport.h"
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
#include <QTest>

#include <memory>

using Exchange::Usage;
using Exchange::Version;

// Drives the Network settings page: what each usage offers (and why not), the smart host list
// and its dialog, SP1's external DNS setting; asserts on the draft.
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

QTEST_MAIN(tst_NetworkSettingsPage)
#include "tst_networksettingspage.moc"
