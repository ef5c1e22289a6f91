#include "AddressSpacePage.h"

#include "ConnectorDraft.h"
#include "AddressSpaceForm.h"

#include <QVBoxLayout>

AddressSpacePage::AddressSpacePage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("addressSpacePage"));
    setTitle(tr("Address space"));
    setSubTitle(m_draft->offersCustomAddressSpaces()
                    ? tr("Specify the address spaces to which this connector routes mail: the domains (or, on a "
                         "Hub Transport server, other address types) whose recipients it serves.")
                    : tr("Specify the SMTP domains to which this connector routes mail: the domains whose "
                         "recipients it serves, such as contoso.com or *.contoso.com."));

    m_form = new AddressSpaceForm(draft, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

void AddressSpacePage::initializePage()
{
    m_form->initialize();
}

bool AddressSpacePage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::AddressSpace);
}
