#pragma once

#include <QDialog>
#include <QStringList>

class ConnectorDraft;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

// "Select Hub Transport servers and Edge Subscriptions": picks source servers among the draft's
// candidates not listed yet, several at once. A selection that mixes Hub Transport servers and
// Edge Subscriptions, or would mix with the servers already listed, is refused (OK disabled, the
// reason shown).
class SourceServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceServerDialog(ConnectorDraft *draft, QWidget *parent = nullptr);

    // The selected servers, in the order the dialog lists them.
    QStringList selectedServers() const;

private:
    void validate();

    ConnectorDraft *m_draft;
    QTreeWidget *m_serverView;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
