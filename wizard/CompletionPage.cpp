#include "CompletionPage.h"

#include "ConnectorDraft.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QVBoxLayout>

CompletionPage::CompletionPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("completionPage"));
    setTitle(tr("Completion"));
    setSubTitle(tr("The wizard has finished. To close it, click Finish."));
    setFinalPage(true);
    // Our own text rather than Qt's, so that the button reads as this page's sentences name it
    // (German: "Fertig stellen", as the German EMC has it; Qt's own catalogue says "Abschließen").
    setButtonText(QWizard::FinishButton, tr("&Finish"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("completionStatusLabel"));
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("completionText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Completion details"));
    m_text->setTabChangesFocus(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->installEventFilter(this);

    auto *hint = new QLabel(tr("To copy the contents of this page, press Ctrl+C."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(hint);

    // Anywhere in the wizard while this page shows, the buttons included (the text itself is
    // handled by eventFilter()).
    auto *copy = new QShortcut(QKeySequence::Copy, this, this, &CompletionPage::copyAll, Qt::WindowShortcut);
    copy->setObjectName(QStringLiteral("copyAllShortcut"));
}

void CompletionPage::setReport(const CreationReport &report)
{
    m_report = report;
    m_statusLabel->setText(report.succeeded ? tr("Completed") : tr("Failed"));
    m_statusLabel->setAccessibleName(m_statusLabel->text());
    setSubTitle(report.succeeded
                    ? tr("The wizard completed successfully. To close it, click Finish.")
                    : tr("The wizard could not create the connector. To fix the problem, click Back; nothing "
                         "you entered is lost. To close the wizard without creating it, click Finish."));
    m_text->setPlainText(reportText(report));
}

QString CompletionPage::text() const
{
    return m_text->toPlainText();
}

void CompletionPage::copyAll() const
{
    QGuiApplication::clipboard()->setText(text());
}

QString CompletionPage::elapsedTimeText(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 500) / 1000;
    return tr("Elapsed Time: %1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString CompletionPage::reportText(const CreationReport &report)
{
    QStringList lines;
    lines.append(tr("New SMTP Send Connector \"%1\"").arg(report.connectorName));
    lines.append(report.succeeded ? tr("Status: Completed") : tr("Status: Failed"));
    lines.append(elapsedTimeText(report.elapsedMilliseconds));
    lines.append(QString());

    Problems errors;
    Problems warnings;
    for (const Problem &problem : report.problems)
        (problem.isError() ? errors : warnings).append(problem);
    if (!errors.isEmpty()) {
        lines.append(tr("Error:"));
        for (const Problem &problem : errors)
            lines.append(problem.message);
        lines.append(QString());
    }
    if (!warnings.isEmpty()) {
        lines.append(tr("Warning:"));
        for (const Problem &problem : warnings)
            lines.append(problem.message);
        lines.append(QString());
    }

    lines.append(report.succeeded ? tr("Exchange Management Shell command completed:")
                                  : tr("Exchange Management Shell command attempted:"));
    lines.append(report.command);
    return lines.join(QLatin1Char('\n'));
}

bool CompletionPage::eventFilter(QObject *watched, QEvent *event)
{
    // In the text box itself: a selection copies the selection, nothing selected copies it all.
    if (watched == m_text && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            if (event->type() == QEvent::KeyPress) {
                if (m_text->textCursor().hasSelection())
                    m_text->copy();
                else
                    copyAll();
            }
            event->accept();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
