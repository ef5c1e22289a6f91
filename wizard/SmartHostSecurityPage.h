#pragma once

#include "ExchangeTypes.h"

#include <QWizardPage>

class ConnectorDraft;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// The wizard's Smart host security settings page (shown only with smart hosts): how the
// connector authenticates to its smart hosts, and the Basic credential. The password goes to the
// draft, which keeps it in memory only.
class SmartHostSecurityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SmartHostSecurityPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();
    void updateInputs();
    Exchange::SmartHostAuthMechanism mechanism() const;
    void setMechanism(Exchange::SmartHostAuthMechanism mechanism);

    ConnectorDraft *m_draft;
    QButtonGroup *m_group;
    QRadioButton *m_noneRadio;
    QRadioButton *m_basicRadio;
    QCheckBox *m_basicTlsCheck;
    QRadioButton *m_exchangeServerRadio;
    QRadioButton *m_externalRadio;
    QLineEdit *m_userNameEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_basicWarningLabel;
    QLabel *m_problemsLabel;
};
