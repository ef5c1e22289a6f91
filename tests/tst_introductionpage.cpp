// Tests the Introduction page: the name validated as it is typed, the usage radios with their
// description, loading from the draft, and keyboard access.
#include "support/GuiTestSupport.h"
#include "ConnectorDraft.h"
#include "IntroductionPage.h"
#include "OrganizationStore.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

namespace {

using GuiTestSupport::onIndicator;

} // namespace

class TestIntroductionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void initialState();
    void typedNameIsValidatedLive_data();
    void typedNameIsValidatedLive();
    void usageRadios_data();
    void usageRadios();
    void loadsFromTheDraft();
    void mnemonicsReachEveryControl();
    void nameSetThroughAccessibilityCounts_data();
    void nameSetThroughAccessibilityCounts();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    ConnectorDraft *m_draft = nullptr;
    IntroductionPage *m_page = nullptr;
};

void TestIntroductionPage::init()
{
    m_draft = new ConnectorDraft(OrganizationStore::sampleOrganization(), QStringLiteral("EX01"));
    m_page = new IntroductionPage(m_draft);
    m_page->initializePage();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestIntroductionPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_draft;
    m_draft = nullptr;
}

void TestIntroductionPage::initialState()
{
    QCOMPARE(m_page->title(), QStringLiteral("Introduction"));
    auto *nameEdit = child<QLineEdit>("connectorNameEdit");
    QVERIFY(nameEdit);
    QCOMPARE(nameEdit->text(), QString());
    QVERIFY(child<QRadioButton>("customRadio")->isChecked());
    for (const char *name : {"internalRadio", "internetRadio", "partnerRadio"})
        QVERIFY2(!child<QRadioButton>(name)->isChecked(), name);
    QCOMPARE(child<QLabel>("usageDescriptionLabel")->text(), UsageRules::description(Exchange::Usage::Custom));
    // "The name is empty" waits until the user typed something; Next is off meanwhile.
    QVERIFY(child<QLabel>("introductionProblemsLabel")->isHidden());
    QVERIFY(!m_page->isComplete());
}

void TestIntroductionPage::typedNameIsValidatedLive_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("backspaces");
    QTest::addColumn<QString>("expectedCode"); // empty: valid
    QTest::addColumn<QString>("expectedName");

    QTest::newRow("valid") << QStringLiteral("Subsidiary Send Connector") << 0 << QString()
                           << QStringLiteral("Subsidiary Send Connector");
    QTest::newRow("typed and erased") << QStringLiteral("ab") << 2 << QStringLiteral("Name.Empty") << QString();
    QTest::newRow("blanks only") << QStringLiteral("   ") << 0 << QStringLiteral("Name.Empty") << QStringLiteral("   ");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << 0 << QString() << QString(64, QLatin1Char('x'));
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << 0 << QStringLiteral("Name.TooLong")
                                   << QString(65, QLatin1Char('x'));
    QTest::newRow("taken, other case") << QStringLiteral("contoso TO internet") << 0 << QStringLiteral("Name.Duplicate")
                                       << QStringLiteral("contoso TO internet");
}

void TestIntroductionPage::typedNameIsValidatedLive()
{
    QFETCH(QString, typed);
    QFETCH(int, backspaces);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedName);

    QSignalSpy complete(m_page, &QWizardPage::completeChanged);
    auto *nameEdit = child<QLineEdit>("connectorNameEdit");
    QTest::keyClicks(nameEdit, typed);
    for (int i = 0; i < backspaces; ++i)
        QTest::keyClick(nameEdit, Qt::Key_Backspace);

    QCOMPARE(m_draft->connector().name, expectedName);
    QVERIFY(complete.count() > 0);
    QCOMPARE(m_page->isComplete(), expectedCode.isEmpty());
    auto *problems = child<QLabel>("introductionProblemsLabel");
    QCOMPARE(problems->isHidden(), expectedCode.isEmpty());
    if (!expectedCode.isEmpty()) {
        const Problems found = m_draft->problems(ConnectorDraft::Section::Introduction);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, expectedCode);
        QCOMPARE(problems->text(), found.first().message);
    }
}

void TestIntroductionPage::usageRadios_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<Exchange::Usage>("usage");
    QTest::addColumn<bool>("dnsRouting");

    QTest::newRow("Internal") << QStringLiteral("internalRadio") << Exchange::Usage::Internal << false;
    QTest::newRow("Internet") << QStringLiteral("internetRadio") << Exchange::Usage::Internet << true;
    QTest::newRow("Partner") << QStringLiteral("partnerRadio") << Exchange::Usage::Partner << true;
}

void TestIntroductionPage::usageRadios()
{
    QFETCH(QString, radio);
    QFETCH(Exchange::Usage, usage);
    QFETCH(bool, dnsRouting);

    auto *button = m_page->findChild<QRadioButton *>(radio);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, onIndicator(button));
    QVERIFY(button->isChecked());
    QVERIFY(!child<QRadioButton>("customRadio")->isChecked());
    QCOMPARE(int(m_draft->connector().usage), int(usage));
    QCOMPARE(m_draft->connector().dnsRoutingEnabled, dnsRouting);
    QCOMPARE(child<QLabel>("usageDescriptionLabel")->text(), UsageRules::description(usage));
    QVERIFY(m_draft->isModified());

    QTest::mouseClick(child<QRadioButton>("customRadio"), Qt::LeftButton, {},
                      onIndicator(child<QRadioButton>("customRadio")));
    QCOMPARE(int(m_draft->connector().usage), int(Exchange::Usage::Custom));
    QCOMPARE(child<QLabel>("usageDescriptionLabel")->text(), UsageRules::description(Exchange::Usage::Custom));
}

void TestIntroductionPage::loadsFromTheDraft()
{
    m_draft->setName(QStringLiteral("From the draft"));
    m_draft->setUsage(Exchange::Usage::Partner);
    m_page->initializePage();
    QCOMPARE(child<QLineEdit>("connectorNameEdit")->text(), QStringLiteral("From the draft"));
    QVERIFY(child<QRadioButton>("partnerRadio")->isChecked());
    QCOMPARE(child<QLabel>("usageDescriptionLabel")->text(), UsageRules::description(Exchange::Usage::Partner));
    QVERIFY(m_page->isComplete());
}

void TestIntroductionPage::mnemonicsReachEveryControl()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));

    const struct
    {
        Qt::Key key;
        const char *target;
    } mnemonics[] = {
        {Qt::Key_I, "internalRadio"},
        {Qt::Key_T, "internetRadio"},
        {Qt::Key_P, "partnerRadio"},
        {Qt::Key_C, "customRadio"},
        {Qt::Key_M, "connectorNameEdit"},
    };
    for (const auto &mnemonic : mnemonics) {
        QTest::keyClick(m_page, mnemonic.key, Qt::AltModifier);
        QWidget *target = m_page->findChild<QWidget *>(QString::fromLatin1(mnemonic.target));
        QTRY_COMPARE(QApplication::focusWidget(), target);
        if (auto *radio = qobject_cast<QRadioButton *>(target))
            QTRY_VERIFY2(radio->isChecked(), mnemonic.target); // an animated click
    }
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("By keys"));
    QCOMPARE(m_draft->connector().name, QStringLiteral("By keys"));
    QCOMPARE(int(m_draft->connector().usage), int(Exchange::Usage::Custom));
}

void TestIntroductionPage::nameSetThroughAccessibilityCounts_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("complete");

    // setText(Value) is what a plain accessible "set value" does (it emits no textEdited);
    // replaceText() is AT-SPI's setTextContents; insertText() an assistive tool typing.
    for (const char *how : {"setText", "replaceText", "insertText"}) {
        QTest::addRow("%s, valid", how) << QString::fromLatin1(how) << QStringLiteral("Voice Send Connector") << true;
        QTest::addRow("%s, taken", how) << QString::fromLatin1(how) << QStringLiteral("Contoso to Internet") << false;
    }
}

void TestIntroductionPage::nameSetThroughAccessibilityCounts()
{
    QFETCH(QString, how);
    QFETCH(QString, text);
    QFETCH(bool, complete);

    auto *nameEdit = child<QLineEdit>("connectorNameEdit");
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(nameEdit);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Name"));
    QVERIFY(accessible->editableTextInterface());
    QSignalSpy completeChanged(m_page, &QWizardPage::completeChanged);
    if (how == QLatin1String("setText"))
        accessible->setText(QAccessible::Value, text);
    else if (how == QLatin1String("replaceText"))
        accessible->editableTextInterface()->replaceText(0, accessible->textInterface()->characterCount(), text);
    else
        accessible->editableTextInterface()->insertText(0, text);

    QCOMPARE(nameEdit->text(), text);
    QCOMPARE(m_draft->connector().name, text); // exactly as typed
    QVERIFY(!completeChanged.isEmpty());
    QCOMPARE(m_page->isComplete(), complete);
    QCOMPARE(child<QLabel>("introductionProblemsLabel")->isHidden(), complete);
    QVERIFY(m_draft->isModified());

    // Cleared the same way: the empty name is complained about, as after typing and erasing.
    accessible->setText(QAccessible::Value, QString());
    QCOMPARE(m_draft->connector().name, QString());
    QVERIFY(!m_page->isComplete());
    QVERIFY(!child<QLabel>("introductionProblemsLabel")->isHidden());
}

QTEST_MAIN(TestIntroductionPage)
#include "tst_introductionpage.moc"
