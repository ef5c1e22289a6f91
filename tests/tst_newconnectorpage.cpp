// Tests the New Connector page: a commit page reading "New", the read-only summary of the draft
// (updated when the draft changes), the connector's remaining problems, and the routing impact.
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "ConnectorSummary.h"
#include "NewConnectorPage.h"
#include "OrganizationStore.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

namespace {

using ModelTestSupport::smtp;

} // namespace

class TestNewConnectorPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitPageReadingNew();
    void summaryOfTheDraft();
    void summaryFollowsTheDraft();
    void completeOnlyWithoutErrors_data();
    void completeOnlyWithoutErrors();
    void routingImpact_data();
    void routingImpact();
    void routingImpactByKeyboard();

private:
    QString impactText() const;

    ConnectorDraft *m_draft = nullptr;
    NewConnectorPage *m_page = nullptr;
};

void TestNewConnectorPage::init()
{
    m_draft = new ConnectorDraft(OrganizationStore::sampleOrganization(), QStringLiteral("EX01"));
    m_draft->setName(QStringLiteral("Subsidiary Send Connector"));
    m_draft->setAddressSpaces({smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)});
    m_draft->setDnsRoutingEnabled(false);
    m_draft->setSmartHosts({SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("192.168.1.20")}});
    m_page = new NewConnectorPage(m_draft);
    m_page->initializePage();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestNewConnectorPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_draft;
    m_draft = nullptr;
}

void TestNewConnectorPage::commitPageReadingNew()
{
    QVERIFY(m_page->isCommitPage());
    QCOMPARE(m_page->buttonText(QWizard::CommitButton), QStringLiteral("&New"));
    QCOMPARE(m_page->title(), QStringLiteral("New Connector"));
}

void TestNewConnectorPage::summaryOfTheDraft()
{
    auto *view = m_page->findChild<QTextBrowser *>(QStringLiteral("summaryView"));
    QVERIFY(view);
    QVERIFY(view->isReadOnly());
    QTextDocument expected;
    expected.setHtml(ConnectorSummary::toHtml(ConnectorSummary::groups(*m_draft)));
    QCOMPARE(view->toPlainText(), expected.toPlainText());
    const QString text = view->toPlainText();
    QVERIFY(text.contains(QLatin1String("Subsidiary Send Connector")));
    QVERIFY(text.contains(QLatin1String("SMTP *.fabrikam.com (cost 8, including all subdomains)")));
    QVERIFY(text.contains(QLatin1String("192.168.1.20")));
    QVERIFY(text.contains(QLatin1String("EX01")));
    // A valid connector with no warning: nothing to report.
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("newConnectorProblemsLabel"))->isHidden());
}

void TestNewConnectorPage::summaryFollowsTheDraft()
{
    QSignalSpy complete(m_page, &QWizardPage::completeChanged);
    m_draft->setSourceTransportServers({QStringLiteral("EX01"), QStringLiteral("EX03")});
    QVERIFY(complete.count() > 0);
    auto *view = m_page->findChild<QTextBrowser *>(QStringLiteral("summaryView"));
    QVERIFY(view->toPlainText().contains(QLatin1String("EX03")));
    // Servers in two sites: a warning, shown, and New stays available.
    auto *problems = m_page->findChild<QLabel *>(QStringLiteral("newConnectorProblemsLabel"));
    QVERIFY(!problems->isHidden());
    const Problems expected = m_draft->problems();
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.first().code, QStringLiteral("Connector.SourceServersInSeveralSites"));
    QCOMPARE(problems->text(), expected.first().message);
    QVERIFY(m_page->isComplete());
}

void TestNewConnectorPage::completeOnlyWithoutErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("complete");
    QTest::newRow("valid") << QStringLiteral("New one") << true;
    QTest::newRow("taken") << QStringLiteral("Contoso to Internet") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestNewConnectorPage::completeOnlyWithoutErrors()
{
    QFETCH(QString, name);
    QFETCH(bool, complete);
    m_draft->setName(name);
    QCOMPARE(m_page->isComplete(), complete);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("newConnectorProblemsLabel"))->isHidden(), complete);
}

QString TestNewConnectorPage::impactText() const
{
    return m_page->findChild<QTextBrowser *>(QStringLiteral("routingImpactView"))->toPlainText();
}

void TestNewConnectorPage::routingImpact_data()
{
    QTest::addColumn<QList<AddressSpace>>("spaces");
    QTest::addColumn<QStringList>("expected"); // each a part of the text shown
    QTest::addColumn<QStringList>("absent");

    // Mail for litwareinc.com goes through "Contoso to Internet" ("*") from both sites today.
    QTest::newRow("takes over a domain from the * connector")
        << QList<AddressSpace>{smtp(QStringLiteral("litwareinc.com"))}
        << QStringList{QStringLiteral("litwareinc.com"), QStringLiteral("\"Contoso to Internet\""),
                       QStringLiteral("Seattle"), QStringLiteral("Portland"), QStringLiteral("instead of")}
        << QStringList{QStringLiteral("never be used")};
    // "Contoso to Tailspin Toys relay" (cost 2 from EX03) beats cost 20 from EX01 from both sites:
    // from Seattle 20 against 10 + 2, from Portland 10 + 20 against 2.
    QTest::newRow("never wins")
        << QList<AddressSpace>{smtp(QStringLiteral("tailspintoys.com"), 20)}
        << QStringList{QStringLiteral("SMTP:tailspintoys.com;20 will never be used")}
        << QStringList{QStringLiteral("instead of")};
    QTest::newRow("both")
        << QList<AddressSpace>{smtp(QStringLiteral("tailspintoys.com"), 20), smtp(QStringLiteral("litwareinc.com"))}
        << QStringList{QStringLiteral("SMTP:tailspintoys.com;20 will never be used"), QStringLiteral("litwareinc.com"),
                       QStringLiteral("\"Contoso to Internet\"")}
        << QStringList();
}

// The page shows what New would do to routing, from the model's sentences, and follows the draft.
void TestNewConnectorPage::routingImpact()
{
    QFETCH(QList<AddressSpace>, spaces);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    auto *view = m_page->findChild<QTextBrowser *>(QStringLiteral("routingImpactView"));
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QVERIFY(view->isReadOnly());
    QCOMPARE(view->accessibleName(), QStringLiteral("Routing impact"));

    m_draft->setAddressSpaces(spaces);
    for (const QString &part : expected)
        QTRY_VERIFY2(impactText().contains(part), qPrintable(part + QLatin1String(" in: ") + impactText()));
    for (const QString &part : absent)
        QVERIFY2(!impactText().contains(part), qPrintable(part + QLatin1String(" in: ") + impactText()));
    // Exactly the model's sentences, one a line.
    QCOMPARE(impactText(), m_draft->routingImpact().join(QLatin1Char('\n')));
    QVERIFY(m_page->isComplete()); // the impact informs; New stays possible
}

void TestNewConnectorPage::routingImpactByKeyboard()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    auto *summary = m_page->findChild<QTextBrowser *>(QStringLiteral("summaryView"));
    auto *impact = m_page->findChild<QTextBrowser *>(QStringLiteral("routingImpactView"));
    summary->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), summary);
    QTest::keyClick(summary, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), impact);
    QVERIFY(!impactText().isEmpty());
    // A change recomputes it (after a short pause, not on every keystroke).
    m_draft->setAddressSpaces({smtp(QStringLiteral("*"), 100)});
    QTRY_VERIFY(impactText().contains(QLatin1String("SMTP:*;100 will never be used")));
    QCOMPARE(impactText(), m_draft->routingImpact().join(QLatin1Char('\n')));
}

QTEST_MAIN(TestNewConnectorPage)
#include "tst_newconnectorpage.moc"
