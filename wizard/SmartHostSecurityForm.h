#pragma once

#include "ExchangeTypes.h"

#include <QWidget>

class ConnectorDraft;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// How a connector authenticates to its smart hosts (the wizard's Smart host security settings
// page, the Properties sheet's authentication dialog): how the
// connector authenticates to its smart hosts, and the Basic credential. The password goes to the
// draft, which keeps it in memory only.
class SmartHostSecurityForm : public QWidget
{
    Q_OBJECT
public:
    explicit SmartHostSecurityForm(ConnectorDraft *draft, QWidget *parent = nullptr);

    // Called when the form is shown: shows the draft and moves off a choice it does not offer.
    void initialize();
    // Shows the draft as it stands (it also follows the draft's changed() by itself).
    void refresh();

private:
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
