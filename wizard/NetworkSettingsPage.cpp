#include "NetworkSettingsPage.h"

#include "ConnectivityTestPanel.h"
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
    // Test the connector as it stands: a result to look at, never a reason to stay on the page
    // (docs/wizard.md#testing-connectivity).
    m_connectivityTest = new ConnectivityTestPanel(draft, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_connectivityTest);

    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void NetworkSettingsPage::initializePage()
{
    m_form->initialize();
    m_connectivityTest->reset();
}

bool NetworkSettingsPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::NetworkSettings);
}

void NetworkSettingsPage::cleanupPage()
{
    // Back: the test stops (hiding the page would stop it too; this also clears it).
    m_connectivityTest->reset();
    QWizardPage::cleanupPage();
}
