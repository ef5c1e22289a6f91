#include "NetworkSettingsPage.h"

#include "ConnectorDraft.h"
#include "NetworkSettingsForm.h"

#include <QVBoxLayout>

NetworkSettingsPage::NetworkSettingsPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("networkSettingsPage"));
    setTitle(tr("Network settings"));
    setSubTitle(tr("Select how this connector sends mail: by looking up the MX records of each destination in "
                   "DNS, or by handing all mail to one or more smart hosts."));

    m_form = new NetworkSettingsForm(draft, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void NetworkSettingsPage::initializePage()
{
    m_form->initialize();
}

bool NetworkSettingsPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::NetworkSettings);
}
