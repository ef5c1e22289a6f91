#include "ConnectorDraft.h"
#include "OrganizationStore.h"
#include "SmartHostSecurityPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Mechanism = Exchange::SmartHostAuthMechanism;
using Exchange::Usage;

// Drives the Smart host security settings page: each choice's mechanism, the Basic credential
// (enabled and required only for Basic), the clear-text warning.
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

QTEST_MAIN(tst_SmartHostSecurityPage)
#include "tst_smarthostsecuritypage.moc"
