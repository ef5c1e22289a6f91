#pragma once

#include "CompletionPage.h"
#include "ConnectivityOptions.h"
#include "Organization.h"
#include "OrganizationStore.h"
#include "Problem.h"

#include <QString>
#include <QWizard>

#include <memory>

#include <optional>

class ConnectorDraft;
class NewConnectorPage;
class QLabel;
class QProgressBar;
class StepListWidget;

// The New SMTP Send Connector wizard: owns the draft connector, hands it to every page, decides
// which page follows which, and creates the connector in the organization file on "New".
//
// After a failed creation the Completion page says Failed and Back is enabled (the New Connector
// page stops being a commit page until the user returns to it), so the user can fix the cause,
// press New again, and lose nothing typed. After success Back is disabled and Finish closes.
class SendConnectorWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page {
        Page_Introduction,
        Page_AddressSpace,
        Page_NetworkSettings,
        Page_SmartHostSecurity,
        Page_SourceServer,
        Page_NewConnector,
        Page_Completion,
    };
    Q_ENUM(Page)

    // `server`: the server the console acts on (a Hub Transport server or an unsubscribed Edge);
    // `organizationPath`: the file the connector is written to (re-read when it is created).
    SendConnectorWizard(Organization organization, QString server, QString organizationPath,
                        QWidget *parent = nullptr);
    ~SendConnectorWizard() override;

    // Problems that stop the wizard from starting (unknown server, subscribed Edge): the caller
    // shows them instead of the wizard.
    static Problems startProblems(const Organization &organization, const QString &server);

    ConnectorDraft *draft() const { return m_draft; }
    QString organizationPath() const { return m_organizationPath; }
    StepListWidget *stepList() const { return m_stepList; }

    // Who creates the connector (the console's --as; default the login name): "New" checks this
    // operator's roles against the file as it is then.
    void setOperatorName(const QString &name) { m_operator = name; }
    QString operatorName() const { return m_operator; }

    // How long creating waits for another writer's lock on the file (default 5000 ms).
    void setLockTimeout(int milliseconds) { m_lockTimeout = milliseconds; }
    // Where the pages' Test buttons ask DNS and which CAs they trust besides the system's.
    void setConnectivityOptions(const ConnectivityOptions &options) { m_connectivityOptions = options; }
    const ConnectivityOptions &connectivityOptions() const { return m_connectivityOptions; }
    // The store of the organization file to write through (a window's, which keeps the
    // organization in memory: docs/organization-file.md#caching); by default one of its own.
    void setStore(std::shared_ptr<OrganizationStore> store) { m_store = std::move(store); }
    int lockTimeout() const { return m_lockTimeout; }

    // The outcome of the last "New" (empty before).
    const CreationReport &lastReport() const { return m_report; }
    // The connector as the last successful "New" wrote it, its place in its side's list and the
    // file's Exchange version (taken from what was written: nothing is read again for it).
    struct Created
    {
        SendConnector connector;
        qsizetype position = 0;
        Exchange::Version version = Exchange::Version::Sp12007;
    };
    const std::optional<Created> &created() const { return m_created; }
    // Whether "New" is writing the file now. The write runs on a worker thread (it may wait for
    // another writer's lock): meanwhile the window stays responsive, New is greyed, Back and
    // Cancel are refused, and the page says "Creating the Send connector..." (docs/wizard.md).
    bool isSaving() const { return m_saving; }

    int nextId() const override;
    void showEvent(QShowEvent *event) override;
    bool validateCurrentPage() override;
    // Cancel (and Esc, and closing the window): asks before discarding anything entered.
    void reject() override;

    // A short help text for a page, shown by the Help button.
    static QString helpText(Page page);

signals:
    void connectorCreated(const QString &name);
    // Around every "New": the write started / finished (whatever its outcome).
    void saveStarted();
    void saveFinished();

protected:
    void cleanupPage(int id) override;

private:
    CreationReport create();
    void setSaving(bool saving);
    void showHelp();
    void updateSteps();
    bool isSkipped(int id) const;

    ConnectorDraft *m_draft;
    QString m_organizationPath;
    QString m_operator;
    StepListWidget *m_stepList;
    NewConnectorPage *m_newConnectorPage;
    CompletionPage *m_completionPage;
    QWidget *m_savingPanel;
    QLabel *m_savingLabel;
    QProgressBar *m_savingBar;
    CreationReport m_report;
    std::optional<Created> m_created;
    int m_lockTimeout = OrganizationStore::DefaultLockTimeout;
    ConnectivityOptions m_connectivityOptions;
    std::shared_ptr<OrganizationStore> m_store;
    bool m_discardConfirmed = false;
    bool m_saving = false;
    bool m_sizedForWidestPage = false;
};
