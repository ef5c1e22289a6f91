#include "NewConnectorPage.h"

#include "ConnectorDraft.h"
#include "ConnectorSummary.h"
#include "ProblemLabel.h"
#include "RoutingImpactView.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

NewConnectorPage::NewConnectorPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("newConnectorPage"));
    setTitle(tr("New Connector"));
    setSubTitle(tr("Review the configuration summary. To change a setting, click Back. To create the Send "
                   "connector, click New."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&New"));

    auto *label = new QLabel(tr("Configuration &summary:"), this);
    m_summaryView = new QTextBrowser(this);
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_summaryView->setAccessibleName(tr("Configuration summary"));
    m_summaryView->setOpenLinks(false);
    // Tab moves on to the buttons instead of being swallowed by the text.
    m_summaryView->setTabChangesFocus(true);
    label->setBuddy(m_summaryView);

    m_problemsLabel = ProblemLabel::create(QStringLiteral("newConnectorProblemsLabel"), this);
    ProblemLabel::setFields(m_problemsLabel, {m_summaryView});
    m_impactView = new RoutingImpactView(m_draft, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_summaryView, 2);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_impactView, 1);

    connect(m_draft, &ConnectorDraft::changed, this, &NewConnectorPage::showState);
    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void NewConnectorPage::initializePage()
{
    showState();
    m_impactView->refresh();
}

bool NewConnectorPage::isComplete() const
{
    return !hasErrors(m_draft->problems());
}

void NewConnectorPage::showState()
{
    m_summaryView->setHtml(ConnectorSummary::toHtml(ConnectorSummary::groups(*m_draft)));

    // Normally only warnings are left here: every page refuses to go on with an error.
    ProblemLabel::show(m_problemsLabel, m_draft->problems());
}
