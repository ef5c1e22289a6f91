#pragma once

#include <QWizardPage>

class ConnectivityTestPanel;
class ConnectorDraft;
class SmartHostSecurityForm;

// The wizard's Smart host security settings page (shown only with smart hosts): its
// SmartHostSecurityForm under the page's title.
class SmartHostSecurityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SmartHostSecurityPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    SmartHostSecurityForm *form() const { return m_form; }
    ConnectivityTestPanel *connectivityTest() const { return m_connectivityTest; }

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

private:
    ConnectorDraft *m_draft;
    SmartHostSecurityForm *m_form;
    ConnectivityTestPanel *m_connectivityTest;
};
