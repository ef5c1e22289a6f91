#include "SmartHostSecurityPage.h"

#include "ConnectivityTestPanel.h"
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
    // Test the connector as it stands: a result to look at, never a reason to stay on the page
    // (docs/wizard.md#testing-connectivity).
    m_connectivityTest = new ConnectivityTestPanel(draft, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_connectivityTest);

    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void SmartHostSecurityPage::initializePage()
{
    m_form->initialize();
    m_connectivityTest->reset();
}

bool SmartHostSecurityPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::SmartHostSecurity);
}

void SmartHostSecurityPage::cleanupPage()
{
    // Back: the test stops (hiding the page would stop it too; this also clears it).
    m_connectivityTest->reset();
    QWizardPage::cleanupPage();
}
