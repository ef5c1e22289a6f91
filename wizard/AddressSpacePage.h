#pragma once

#include <QWizardPage>

class ConnectorDraft;
class AddressSpaceForm;

// The wizard's Address space page: its AddressSpaceForm under the page's title.
class AddressSpacePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AddressSpacePage(ConnectorDraft *draft, QWidget *parent = nullptr);

    AddressSpaceForm *form() const { return m_form; }

    void initializePage() override;
    bool isComplete() const override;

private:
    ConnectorDraft *m_draft;
    AddressSpaceForm *m_form;
};
