#pragma once

#include "SmartHost.h"

#include <QList>
#include <QWidget>

class ConnectorDraft;
class QCheckBox;
class QLabel;
class QRadioButton;
class ListEditor;
class SmartHostDialog;
class SmartHostModel;

// How a connector sends mail (the wizard's Network settings page, the Properties sheet's Network
// tab): DNS MX routing or a list of smart hosts, each choice
// disabled (never hidden) with the reason when the usage or the address spaces rule it out, and
// SP1's External DNS Lookup check box. Every change goes to the draft at once.
class NetworkSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkSettingsForm(ConnectorDraft *draft, QWidget *parent = nullptr);

    // Called when the form is shown: shows the draft and moves off a choice it does not offer.
    void initialize();
    // Shows the draft as it stands (it also follows the draft's changed() by itself).
    void refresh();

private:
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
