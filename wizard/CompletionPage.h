#pragma once

#include "Problem.h"

#include <QWizardPage>

class ConnectorDraft;
class QLabel;
class QPlainTextEdit;

// What happened when the wizard created the connector: shown by the Completion page.
struct CreationReport
{
    QString connectorName;
    bool succeeded = false;
    qint64 elapsedMilliseconds = 0;
    QString command;   // the Exchange Management Shell command that was run (or attempted)
    Problems problems; // the errors on failure; warnings on success
};

// The wizard's Completion page in the EMC's shared layout: the task, Completed or Failed, the
// elapsed time and the Exchange Management Shell command that was run (or attempted, with the
// error). Ctrl+C copies the whole text (a selection inside the text copies just the selection).
class CompletionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CompletionPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void setReport(const CreationReport &report);
    const CreationReport &report() const { return m_report; }
    QString text() const;

    // Copies the whole text to the clipboard.
    void copyAll() const;

    // "Elapsed Time: 00:00:00" for a duration (rounded to whole seconds, hours may exceed 23).
    static QString elapsedTimeText(qint64 milliseconds);
    static QString reportText(const CreationReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ConnectorDraft *m_draft;
    CreationReport m_report;
    QLabel *m_statusLabel;
    QPlainTextEdit *m_text;
};
