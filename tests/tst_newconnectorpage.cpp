// Tests the New Connector page: a commit page reading "New", the read-only summary of the draft
// (updated when the draft changes), and the connector's remaining problems.
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "ConnectorSummary.h"
#include "NewConnectorPage.h"
#include "OrganizationStore.h"

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

private:
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

QTEST_MAIN(TestNewConnectorPage)
#include "tst_newconnectorpage.moc"
