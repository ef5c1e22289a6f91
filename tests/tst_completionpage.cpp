// Tests the Completion page: Completed or Failed, the elapsed time, the command completed or
// attempted (with the error), and Ctrl+C copying the whole text.
#include "CompletionPage.h"
#include "ConnectorDraft.h"
#include "OrganizationStore.h"

#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QWizard>

namespace {

const QString Command = QStringLiteral(
    "new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces 'SMTP:*.contoso.com;5'");

CreationReport successReport()
{
    CreationReport report;
    report.connectorName = QStringLiteral("Subsidiary Send Connector");
    report.succeeded = true;
    report.elapsedMilliseconds = 420;
    report.command = Command;
    return report;
}

CreationReport failureReport()
{
    CreationReport report = successReport();
    report.succeeded = false;
    report.elapsedMilliseconds = 3723400; // 1 h 2 min 3.4 s
    report.problems = {Problem::error(QStringLiteral("File.Locked"), QStringLiteral("/tmp/org.json"),
                                      QStringLiteral("The file is locked by another program."))};
    return report;
}

} // namespace

class TestCompletionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void elapsedTimeText_data();
    void elapsedTimeText();
    void completed();
    void failed();
    void warningsOnSuccess();
    void ctrlCCopiesEverything();
    void ctrlCInTheTextWithASelectionCopiesTheSelection();

private:
    ConnectorDraft *m_draft = nullptr;
    QWizard *m_wizard = nullptr;
    CompletionPage *m_page = nullptr;
};

void TestCompletionPage::init()
{
    m_draft = new ConnectorDraft(OrganizationStore::sampleOrganization(), QStringLiteral("EX01"));
    m_wizard = new QWizard;
    m_page = new CompletionPage(m_draft);
    m_wizard->addPage(m_page);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
}

void TestCompletionPage::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    m_page = nullptr;
    delete m_draft;
    m_draft = nullptr;
}

void TestCompletionPage::elapsedTimeText_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("Elapsed Time: 00:00:00");
    QTest::newRow("499 ms") << qint64(499) << QStringLiteral("Elapsed Time: 00:00:00");
    QTest::newRow("500 ms") << qint64(500) << QStringLiteral("Elapsed Time: 00:00:01");
    QTest::newRow("61 s") << qint64(61000) << QStringLiteral("Elapsed Time: 00:01:01");
    QTest::newRow("1:02:03") << qint64(3723000) << QStringLiteral("Elapsed Time: 01:02:03");
    QTest::newRow("over a day") << qint64(90000000) << QStringLiteral("Elapsed Time: 25:00:00");
}

void TestCompletionPage::elapsedTimeText()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, expected);
    QCOMPARE(CompletionPage::elapsedTimeText(milliseconds), expected);
}

void TestCompletionPage::completed()
{
    QVERIFY(m_page->isFinalPage());
    m_page->setReport(successReport());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Completed"));
    auto *text = m_page->findChild<QPlainTextEdit *>(QStringLiteral("completionText"));
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), QStringLiteral("New SMTP Send Connector \"Subsidiary Send Connector\"\n"
                                                 "Status: Completed\n"
                                                 "Elapsed Time: 00:00:00\n"
                                                 "\n"
                                                 "Exchange Management Shell command completed:\n")
                                      + Command);
    QCOMPARE(m_page->text(), text->toPlainText());
    QVERIFY(m_page->report().succeeded);
}

void TestCompletionPage::failed()
{
    m_page->setReport(failureReport());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Failed"));
    QCOMPARE(m_page->text(), QStringLiteral("New SMTP Send Connector \"Subsidiary Send Connector\"\n"
                                            "Status: Failed\n"
                                            "Elapsed Time: 01:02:03\n"
                                            "\n"
                                            "Error:\n"
                                            "The file is locked by another program.\n"
                                            "\n"
                                            "Exchange Management Shell command attempted:\n")
                                 + Command);
    // Back to Completed: nothing of the failure stays.
    m_page->setReport(successReport());
    QVERIFY(!m_page->text().contains(QLatin1String("Error")));
    QVERIFY(!m_page->text().contains(QLatin1String("attempted")));
}

void TestCompletionPage::warningsOnSuccess()
{
    CreationReport report = successReport();
    report.problems = {Problem::warning(QStringLiteral("Connector.SourceServersInSeveralSites"),
                                        QStringLiteral("SourceTransportServers"), QStringLiteral("Two sites."))};
    m_page->setReport(report);
    QVERIFY(m_page->text().contains(QLatin1String("\nWarning:\nTwo sites.\n\nExchange Management Shell command completed:\n")));
    QVERIFY(!m_page->text().contains(QLatin1String("Error")));
}

void TestCompletionPage::ctrlCCopiesEverything()
{
    m_page->setReport(failureReport());
    QGuiApplication::clipboard()->clear();

    // Focus on the Finish button (somewhere else on the page).
    QAbstractButton *finish = m_wizard->button(QWizard::FinishButton);
    finish->setFocus();
    QTRY_VERIFY(finish->hasFocus());
    QTest::keyClick(finish, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), m_page->text());

    // Focus in the text, nothing selected.
    QGuiApplication::clipboard()->clear();
    auto *text = m_page->findChild<QPlainTextEdit *>(QStringLiteral("completionText"));
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), m_page->text());
}

void TestCompletionPage::ctrlCInTheTextWithASelectionCopiesTheSelection()
{
    m_page->setReport(successReport());
    auto *text = m_page->findChild<QPlainTextEdit *>(QStringLiteral("completionText"));
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTextCursor cursor = text->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(text, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("New"));
}

QTEST_MAIN(TestCompletionPage)
#include "tst_completionpage.moc"
