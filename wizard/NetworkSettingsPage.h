#pragma once

#include "SmartHost.h"

#include <QList>
#include <QWizardPage>

class ConnectorDraft;
class QCheckBox;
class QLabel;
class QRadioButton;
class ListEditor;
class SmartHostDialog;
class SmartHostModel;

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

private:
    void refresh();
    void addSmartHost();
    void editSmartHost(int row);
    void removeSmartHosts(const QList<int> &rows);
    void openDialog(SmartHostDialog *dialog, int row);

    ConnectorDraft *m_draft;
    SmartHostModel *m_model; // the draft's smart hosts, as entered
    ListEditor *m_list;

    QRadioButton *m_dnsRoutingRadio;
    QLabel *m_dnsRoutingReasonLabel;
    QRadioButton *m_smartHostRoutingRadio;
    QLabel *m_smartHostRoutingReasonLabel;
    QCheckBox *m_externalDnsCheck;
    QLabel *m_problemsLabel;
};
