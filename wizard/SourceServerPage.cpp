#include "SourceServerPage.h"

#include "ConnectorDraft.h"
#include "SourceServerForm.h"

#include <QVBoxLayout>

SourceServerPage::SourceServerPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("sourceServerPage"));
    setTitle(tr("Source Server"));
    setSubTitle(tr("Select the Hub Transport servers, or the subscribed Edge Transport servers, that send mail "
                   "through this connector. The server you are working on is listed already."));

    m_form = new SourceServerForm(draft, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void SourceServerPage::initializePage()
{
    m_form->initialize();
}

bool SourceServerPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::SourceServer);
}
