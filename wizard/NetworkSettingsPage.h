#pragma once

#include <QWizardPage>

class ConnectivityTestPanel;
class ConnectorDraft;
class NetworkSettingsForm;

// The wizard's Network settings page: its NetworkSettingsForm under the page's title.
class NetworkSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkSettingsPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    NetworkSettingsForm *form() const { return m_form; }
    ConnectivityTestPanel *connectivityTest() const { return m_connectivityTest; }

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

private:
    ConnectorDraft *m_draft;
    NetworkSettingsForm *m_form;
    ConnectivityTestPanel *m_connectivityTest;
};
