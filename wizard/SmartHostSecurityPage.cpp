#include "SmartHostSecurityPage.h"

#include "ConnectorDraft.h"
#include "SmartHostSecurityForm.h"

#include <QVBoxLayout>

SmartHostSecurityPage::SmartHostSecurityPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("smartHostSecurityPage"));
    setTitle(tr("Smart host security settings"));
    setSubTitle(tr("Select how this connector authenticates to its smart hosts."));

    m_form = new SmartHostSecurityForm(draft, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void SmartHostSecurityPage::initializePage()
{
    m_form->initialize();
}

bool SmartHostSecurityPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::SmartHostSecurity);
}
