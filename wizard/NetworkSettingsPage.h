#pragma once

#include <QWizardPage>

class ConnectorDraft;
class NetworkSettingsForm;

// The wizard's Network settings page: its NetworkSettingsForm under the page's title.
class NetworkSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkSettingsPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    NetworkSettingsForm *form() const { return m_form; }

    void initializePage() override;
    bool isComplete() const override;

private:
    ConnectorDraft *m_draft;
    NetworkSettingsForm *m_form;
};
