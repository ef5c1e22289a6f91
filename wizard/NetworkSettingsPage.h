#pragma once

#include "SmartHost.h"

#include <QList>
#include <QWizardPage>

class ConnectorDraft;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class SmartHostDialog;

// The wizard's Network settings page: DNS MX routing or a list of smart hosts, each choice
// disabled (never hidden) with the reason when the usage or the address spaces rule it out, and
// SP1's External DNS Lookup check box. Every change goes to the draft at once.
class NetworkSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkSettingsPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateSmartHostButtons();
    int currentRow() const;
    void addSmartHost();
    void editSmartHost();
    void removeSmartHost();
    void openDialog(SmartHostDialog *dialog, int row);
    void setSmartHosts(const QList<SmartHost> &hosts, int currentRow);

    ConnectorDraft *m_draft;
    QList<SmartHost> m_smartHosts; // as listed in the view

    QRadioButton *m_dnsRoutingRadio;
    QLabel *m_dnsRoutingReasonLabel;
    QRadioButton *m_smartHostRoutingRadio;
    QLabel *m_smartHostRoutingReasonLabel;
    QListWidget *m_smartHostView;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QCheckBox *m_externalDnsCheck;
    QLabel *m_problemsLabel;
};
