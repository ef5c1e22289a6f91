#pragma once

#include "ConnectorOperations.h"
#include "Organization.h"
#include "OrganizationStore.h"
#include "SendConnector.h"

#include <QDialog>

#include <memory>

class AddressSpaceForm;
class ConnectorDraft;
class NetworkSettingsForm;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class RoutingImpactView;
class SourceServerForm;

// The Properties sheet of an existing Send connector, as the Exchange 2007 console has it
// (docs/wizard.md): tabs General, Address Space, Network and (Hub only) Source Server, made of the
// wizard's own forms over a ConnectorDraft in editing mode; OK, Cancel, Apply, Help. Apply goes
// through ConnectorOperations::change() with the connector as the sheet loaded it, shows the
// Set-SendConnector command that makes the same change, and emits applied(). When another program
// changed the same connector meanwhile, the sheet shows the current values and offers to re-apply
// the administrator's own changes on top (ConnectorEdit) or to discard them. Under the tabs, the
// routing impact of the changes (RoutingImpactView).
class ConnectorPropertiesSheet : public QDialog
{
    Q_OBJECT
public:
    // `scope.server` empty: an organization (Hub side) connector; otherwise that unsubscribed
    // Edge's own. `organization` is the file as the caller read it; `connector` is one of its
    // connectors on that side.
    ConnectorPropertiesSheet(QString organizationPath, OperationScope scope, const Organization &organization,
                             const SendConnector &connector, QWidget *parent = nullptr);
    ~ConnectorPropertiesSheet() override;

    // Shows the connector without letting it change (a subscribed Edge's replicated connector,
    // an operator without the role), saying why.
    void setReadOnly(const QString &reason);
    // How long Apply waits for another writer's lock on the file (ConnectorOperations::setLockTimeout).
    void setLockTimeout(int milliseconds) { m_lockTimeout = milliseconds; }
    // The store of the organization file to write through (a window's, which keeps the
    // organization in memory: docs/organization-file.md#caching); by default one of its own.
    void setStore(std::shared_ptr<OrganizationStore> store) { m_store = std::move(store); }
    bool isReadOnly() const { return m_readOnly; }

    ConnectorDraft *draft() const { return m_draft; }
    // The connector as the sheet last loaded it from the file.
    const SendConnector &loadedConnector() const { return m_loaded; }
    // The Set-SendConnector command of the last successful Apply; empty before.
    QString commandLine() const;
    // Whether the sheet waits for the administrator to re-apply or discard after a conflict.
    bool hasConflict() const { return m_conflict; }

    // Applies the changes now; false (with the reason shown) when nothing was written. The write
    // runs on a worker thread (it may wait for another writer's lock): meanwhile the sheet keeps
    // handling events, OK, Apply, Cancel and the tabs are greyed and a status text says so.
    bool apply();
    // Whether Apply (or OK) is writing the file now.
    bool isSaving() const { return m_saving; }

public slots:
    void accept() override;
    // Cancel, Esc, closing the window: refused while a save is in flight.
    void reject() override;
    void reapplyMyChanges();
    void discardMyChanges();

signals:
    // After every successful Apply (or OK): the connector before and after the change, as written.
    void applied(const SendConnector &before, const SendConnector &after);
    // Around every write of Apply or OK: started / finished (whatever its outcome).
    void saveStarted();
    void saveFinished();

private:
    QWidget *createGeneralTab();
    QWidget *createNetworkTab();
    void refresh();
    void refreshGeneral();
    void updateButtons();
    void changeAuthentication();
    void showConflict(const QString &message, const SendConnector &current);
    void setEditable(bool editable);
    void setSaving(bool saving);
    void showHelp();

    QString m_path;
    OperationScope m_scope;
    int m_lockTimeout = OrganizationStore::DefaultLockTimeout;
    std::shared_ptr<OrganizationStore> m_store;
    Exchange::Version m_version;
    SendConnector m_loaded;
    // After a conflict: the administrator's connector, as it was when Apply was refused.
    SendConnector m_edited;
    SendConnector m_current;
    bool m_conflict = false;
    bool m_readOnly = false;
    bool m_saving = false;
    ConnectorDraft *m_draft;

    QTabWidget *m_tabs;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_loggingCombo = nullptr;
    QLineEdit *m_fqdnEdit = nullptr;
    QCheckBox *m_maxSizeCheck = nullptr;
    QSpinBox *m_maxSizeSpin = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QLabel *m_generalProblemsLabel = nullptr;
    AddressSpaceForm *m_addressSpaceForm = nullptr;
    NetworkSettingsForm *m_networkForm = nullptr;
    QLabel *m_authenticationLabel = nullptr;
    QPushButton *m_changeAuthenticationButton = nullptr;
    QLabel *m_authenticationProblemsLabel = nullptr;
    SourceServerForm *m_sourceServerForm = nullptr;
    QLabel *m_readOnlyLabel;
    QFrame *m_conflictPanel;
    QLabel *m_conflictLabel;
    QLabel *m_applyProblemsLabel;
    RoutingImpactView *m_impactView;
    QLabel *m_commandLabel;
    QPlainTextEdit *m_commandEdit;
    QPushButton *m_copyButton;
    QDialogButtonBox *m_buttons;
    QWidget *m_savingPanel;
};
