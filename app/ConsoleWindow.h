#pragma once

#include "ConnectivityOptions.h"
#include "ConnectorListModel.h"
#include "ConnectorOperations.h"
#include "ConsoleTree.h"
#include "OperatorPermissions.h"
#include "Organization.h"
#include "OrganizationStore.h"
#include "ListExporter.h"
#include "Problem.h"

#include <QElapsedTimer>
#include <QMap>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ActionPane;
class ConnectorHistory;
class ConnectorFilterProxyModel;
class QProgressBar;
class QAction;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;
class TestRoutingDialog;
class ConnectivityDialog;
class OpenDirectoryDialog;

// The Exchange Management Console window around the wizard: the console tree, the result pane
// with the Send Connectors list, the action pane, menus and status bar. Every change goes
// through ConnectorOperations (one store transaction, re-checked on the file as it is then);
// changes other programs make to the open file are picked up by a QFileSystemWatcher.
//
// An organization in an LDAP directory (File > Open Directory, Ctrl+Shift+O, or a directory URI
// given to openOrganization()) is shown and changed exactly as a file, through the same store
// (OrganizationStore dispatches on the location). There is no file to watch: the directory's
// version (OrganizationStore::currentVersion(), one small search) is asked on a worker thread every
// directoryPollInterval() ms, and a version other than the one shown is read as a changed file is
// (same coalescing). A directory that does not answer is treated as an unreadable file (banner,
// changes refused) until it answers again (the store fails over to the next URI by itself).
// docs/ldap-directory.md#live-view. Recent files may hold directory URIs; the bind DN that opened
// one is remembered with it (QSettings "ConsoleWindow/directoryBindDns"), the password never: it
// lives in DirectoryLogins for the session.
//
// Each node shows the tabs the EMC has there (tabsOf()); Edge Transport lists its servers above
// them. A subscribed Edge lists, read-only, the Hub connectors EdgeSync replicates to it. Export
// List writes the visible rows and columns of the Send connector list (ListExporter). Test Routing
// (Ctrl+T) asks, without changing anything, which connector the organization as shown picks for a
// recipient (TestRoutingDialog, kept up to date with each version the window reads). Test
// Connectivity (Ctrl+Shift+T) checks, without sending or changing anything, whether the selected
// connector's next hops accept mail as it is configured (ConnectivityDialog, one per connector,
// following each version too); it needs exactly one selected connector and no role.
//
// Edit > Undo / Redo (Ctrl+Z, Ctrl+Shift+Z) take back the changes made in this window during the
// session (create, change, enable/disable, remove), each as a new operation that another program's
// change to the same connector refuses (ConnectorHistory); opening another file forgets them.
//
// The file is read on a worker thread (QtConcurrent), never on the GUI thread: while it loads, the
// status bar says so with a busy bar ("loadProgressBar") and the list shows a placeholder line
// ("connectorListLoadingLabel"); the list's rows are prepared on the worker too, so that a
// 20 MB organization never blocks the event loop. Changes other programs make are coalesced:
// a watcher notification is ignored when the organization file's identity (device, inode,
// size, modification and change times) is as last read — other files in the folder, its lock
// file — and otherwise the file is read once 150 ms after the last change, and at the latest
// 300 ms after the first change not yet read (ReloadQuietTime, ReloadMaximumDelay); a change
// that arrives while a read or a save is under way is read right after it (docs/wizard.md#console).
// While a change this window makes is being saved (Disable/Enable, Remove, on a worker thread),
// New, Properties, Disable/Enable, Remove, Undo and Redo are refused with the reason
// ("Console.SaveInProgress") in the action pane.
//
// Edit > Options (Ctrl+,) sets how long a save waits for another program's lock on the file
// (QSettings "ConsoleWindow/lockTimeoutSeconds", default the store's 30 s: OrganizationStore::setLockTimeout).
//
// Problem codes of its own: "Console.NoEdgeServerSelected" (Server) on Edge Transport while no
// Edge server is selected to create a connector on (none, or several unsubscribed ones);
// "Console.FileUnreadable" (File) while the open file, changed, deleted or damaged by another
// program, cannot be read: the window keeps showing the last version it
// read (in a banner, "fileProblemLabel", that names the problem) and refuses every change until
// the file can be read again.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `operatorName`: who acts (--as, or OperatorPermissions::currentOperator()), checked against
    // the file's role assignments.
    explicit ConsoleWindow(QString operatorName, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // Opens an organization file. `server` (optional) picks the node shown first and the Hub
    // server the wizard acts on. A file that cannot be used is reported in a window-modal dialog
    // ("fileProblemsMessageBox") naming each problem and its location; the file is left as it
    // is and the window keeps what it showed. The file is read on a worker thread: this returns
    // at once (true: the read started), organizationLoaded() tells how it ended.
    bool openOrganization(const QString &path, const QString &server = QString());
    // File > Open Directory: the window-modal dialog asking for a directory URI and how to bind,
    // filled with `location` and `bindDn`, and `refusal` (a refused bind) as the reason to ask again.
    // Accepted, it opens the directory (openOrganization(), with `server`). Returns the dialog.
    OpenDirectoryDialog *askDirectoryLogin(const QString &location = QString(), const QString &bindDn = QString(),
                                           const Problems &refusal = {}, const QString &server = QString());
    // Shows why a file could not be opened at all (e.g. the default file could not be created).
    // `note`, when given, ends the dialog's text (e.g. what the window did about the file).
    void showFileProblems(const QString &path, const Problems &problems, const QString &note = QString());

    QString organizationPath() const { return m_path; }
    // Whether the open organization is in an LDAP directory (its path is a directory URI).
    bool isDirectory() const;
    // The bind DN that last opened the directory `location` (remembered in the settings), or empty.
    static QString rememberedBindDn(const QString &location);
    const std::optional<Organization> &organization() const { return m_organization; }
    QString operatorName() const { return m_operator; }
    ConsoleTree::Node currentNode() const;
    QString selectedConnectorName() const;
    bool selectConnector(const QString &name);
    QStringList recentFiles() const;

    static constexpr int MaximumRecentFiles = 8;

    // The result pane's tabs, as the EMC names them. Hub Transport: Remote Domains, Accepted
    // Domains, E-mail Address Policies, Transport Rules, Journaling, Send Connectors, Edge
    // Subscriptions (and Global Settings from SP1 on). Edge Transport and an Edge server:
    // Anti-spam, Receive Connectors, Send Connectors, Transport Rules, Accepted Domains. Only Send
    // Connectors is implemented; the others show a note.
    enum class ResultTab {
        RemoteDomains,
        AcceptedDomains,
        EmailAddressPolicies,
        TransportRules,
        Journaling,
        SendConnectors,
        EdgeSubscriptions,
        GlobalSettings,
        AntiSpam,
        ReceiveConnectors,
    };
    Q_ENUM(ResultTab)
    static QList<ResultTab> tabsOf(ConsoleTree::NodeKind kind, Exchange::Version version);
    QList<ResultTab> shownTabs() const { return m_shownTabs; }

    // The Edge server whose connectors are shown: the Edge server node's, or on Edge Transport the
    // one selected in the server list above the tabs; empty on the Hub side or when none is.
    QString currentEdgeServer() const;
    // Writes the visible rows (sorted and filtered) and columns of the Send connector list.
    Problems exportList(const QString &path, ListExporter::Format format) const;

    // The Test Routing dialog while it is open, else nullptr.
    TestRoutingDialog *testRoutingDialog() const;
    // The open Test Connectivity dialogs, one per connector tested (Action > Test Connectivity).
    QList<ConnectivityDialog *> connectivityDialogs() const;

    // Whether routing standings for the list are being computed on a worker thread.
    bool standingsPending() const { return m_standingsPending; }
    // Sides with more connectors than this get their standings off the GUI thread.
    static constexpr qsizetype SynchronousStandingsLimit = 200;

    // The changes this window made in the session, for Edit > Undo and Redo.
    const ConnectorHistory &history() const { return *m_history; }

    // Whether the open (or opening) file is being read on a worker thread now.
    bool isLoading() const { return m_loading; }
    // Whether a change this window made is being saved on a worker thread now.
    bool isSaving() const { return m_saving; }
    // Whether the wizard or a Properties sheet opened from this window is writing the file now.
    bool isDialogSaving() const { return m_dialogSaving; }
    // How many times the file was read since the window was created (opening included): for tests.
    int loadCount() const { return m_loadCount; }
    // How many watcher notifications were ignored because the organization file was as last read
    // (another file of its folder, its lock file): for tests.
    int ignoredNotificationCount() const { return m_ignoredNotifications; }
    // Whether a read of changes made by another program is waiting (coalescing a burst).
    bool reloadScheduled() const;

    static constexpr int ReloadQuietTime = 150;    // ms without a change before the file is read
    static constexpr int ReloadMaximumDelay = 300; // ms after the first change not yet read, at most
    // How often the directory's version is asked while a directory is open (docs/ldap-directory.md#live-view):
    // a change by others appears within this time plus the read.
    static constexpr int DirectoryPollInterval = 3000; // ms
    int directoryPollInterval() const;
    void setDirectoryPollInterval(int milliseconds); // for tests
    // How many times the directory's version was asked (for tests).
    int directoryPollCount() const { return m_pollCount; }
    static constexpr int DefaultLockTimeoutSeconds = OrganizationStore::DefaultLockTimeout / 1000;
    // How long saves wait for another program's lock on the file (the Options dialog's setting).
    int lockTimeoutSeconds() const;
    void setLockTimeoutSeconds(int seconds);
    // Where connectivity tests (the wizard's Test buttons, Test Connectivity…) ask DNS and which
    // CAs they trust besides the system's (--dns-server, --trust-ca).
    void setConnectivityOptions(const ConnectivityOptions &options) { m_connectivityOptions = options; }
    const ConnectivityOptions &connectivityOptions() const { return m_connectivityOptions; }

signals:
    // A read of the file ended: `ok` when it could be read (and is shown).
    void organizationLoaded(bool ok);
    // A save this window started ended.
    void saveFinished(bool ok);

public slots:
    // Records a change the Properties sheet applied to a connector of the side the window shows
    // (its `applied(before, after)`): `before` as the sheet found it in the file, `after` as it
    // wrote it. Edit > Undo then puts `before` back, unless another program changed it since.
    void recordChange(const SendConnector &before, const SendConnector &after);

protected:
    void closeEvent(QCloseEvent *event) override;
    // The Menu key and Shift+F10 in the list open the selected connector's menu beside its row.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;
    void addRecentFile(const QString &path);
    void updateRecentFilesMenu();
    void setRecentFiles(QStringList files);
    void openRecentFile(const QString &path);

    void applyOrganization(const Organization &organization,
                           const ConnectorListModel::Prepared *prepared = nullptr);
    void showCurrentNode();
    void updateActions();
    void updateStatusBar();
    void watch(const QString &path);
    // Re-reads the open file: `Interactive` reports an unreadable file in a dialog, `Background`
    // (the watcher) in the status bar only.
    enum class ReloadMode { Interactive, Background };
    // Asks for a read of the open file on a worker thread; one already under way (or a save)
    // makes it wait and run once after it.
    void reload(ReloadMode mode);
    struct FileIdentity
    {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 modified = 0; // ns
        qint64 changed = 0;  // ns (status change: a rename over the file, a chmod)
        bool operator==(const FileIdentity &other) const;
    };
    static FileIdentity identityOf(const QString &path);
    struct LoadRequest
    {
        QString path;
        QString server;
        bool opening = false;
        ReloadMode mode = ReloadMode::Background;
    };
    struct LoadResult
    {
        Parsed<Organization> loaded;
        FileIdentity identity;
        QByteArray version; // a directory's, as read
        bool unchanged = false;
        ConnectorListModel::Prepared prepared;
    };
    void startLoad(const LoadRequest &request);
    std::shared_ptr<OrganizationStore> storeFor(const QString &path);
    void finishLoad(const LoadRequest &request, const LoadResult &result, quint64 ticket);
    void finishOpening(const LoadRequest &request, const Organization &organization, const Problems &warnings);
    void fileChangedOutside();
    // Reads the open organization once a burst of changes ends (ReloadQuietTime, ReloadMaximumDelay).
    void scheduleReload();
    // Asks the directory's version on a worker thread (the directory's live view).
    void pollDirectory();
    void finishPoll(const Parsed<QByteArray> &current);
    // Shows (or ends) the signs of a read of `path` under way: status bar text, busy bar, list line.
    void setBusy(bool busy, const QString &path = QString());
    void showOptions();
    // The wizard or a Properties sheet started (true) or ended (false) writing the file: the
    // window's own changing actions are refused meanwhile (Console.SaveInProgress).
    void setDialogSaving(bool saving);
    // Runs `work` (a save through ConnectorOperations) on a worker thread, refusing other changes
    // until `done` has the result on the GUI thread.
    void runSave(const QString &progress, std::function<Parsed<Organization>()> work,
                 std::function<void(const Parsed<Organization> &)> done);
    void setFileProblems(const Problems &problems);

    std::optional<SendConnector> selectedConnector() const;
    QString wizardServer() const;
    // Whether the result pane shows a Send connector list (Hub side, or one Edge server's).
    bool listShown() const;
    void setTabs(ConsoleTree::NodeKind kind);
    void fillEdgeServerList(const Organization &organization);
    // The connector list's routing markers for the side shown: computed here for a small side,
    // on a worker thread for a large one (the list stays usable; a late answer for an older
    // version or another side is dropped).
    void updateStandings();
    Problems permissionProblems(OperatorPermissions::Action action) const;

    void newSendConnector();
    // Edit > Undo / Redo: the step as a new operation; a refusal is shown and the history stays.
    void undoOrRedo(bool undo);
    // The scope of an operation on the side shown: this window's operator, the Edge server shown
    // (empty: the Hub side), the file's Exchange version as the window last read it.
    OperationScope operationScope() const;
    void setSelectedConnectorEnabled(bool enabled);
    void removeSelectedConnector();
    void showProperties();
    void exportListDialog();
    // Action > Test Routing: the one non-modal dialog, raised when it is open.
    void showTestRouting();
    // Action > Test Connectivity (Ctrl+Shift+T): a non-modal dialog for the selected connector,
    // one per connector; the one already open for it is raised.
    void showTestConnectivity();
    void openOrganizationDialog();
    void newOrganizationFromSample();
    void showAbout();
    void showConnectorContextMenu(const QPoint &position);
    void reportFailure(const QString &text, const Problems &problems,
                       const QString &objectName = QStringLiteral("actionFailedMessageBox"));

    QString m_operator;
    QString m_path;
    // The store of the file shown (storeFor()); shared with the workers, the wizard and the sheets.
    std::shared_ptr<OrganizationStore> m_store;
    QString m_requestedServer;
    std::optional<Organization> m_organization;
    // Why the open file cannot be read now (empty while it can): the window shows m_organization.
    Problems m_fileProblems;

    ConsoleTree *m_tree = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QLabel *m_fileProblemLabel = nullptr;
    QLabel *m_resultNoteLabel = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    QWidget *m_sidePage = nullptr;
    QWidget *m_edgeServerPanel = nullptr;
    QTreeWidget *m_edgeServerList = nullptr;
    QLabel *m_edgeServerNoteLabel = nullptr;
    QWidget *m_sendConnectorsPage = nullptr;
    QMap<ResultTab, QWidget *> m_tabPages;
    QList<ResultTab> m_shownTabs;
    QLabel *m_sideNoteLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_connectorView = nullptr;
    ConnectorListModel *m_model = nullptr;
    ConnectorFilterProxyModel *m_proxy = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    ActionPane *m_actionPane = nullptr;
    QSplitter *m_splitter = nullptr;

    ConnectorHistory *m_history = nullptr;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_exportListAction = nullptr;
    QAction *m_testRoutingAction = nullptr;
    QAction *m_testConnectivityAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDirectoryAction = nullptr;
    QAction *m_newFromSampleAction = nullptr;
    QAction *m_exitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_consoleTreeVisibleAction = nullptr;
    QAction *m_actionPaneVisibleAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;

    QPointer<TestRoutingDialog> m_testRoutingDialog;
    ConnectivityOptions m_connectivityOptions;
    QList<QPointer<ConnectivityDialog>> m_connectivityDialogs;
    quint64 m_standingsGeneration = 0;
    bool m_standingsPending = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QElapsedTimer m_burstClock; // since the first change not yet read
    FileIdentity m_identity;    // the open file's, when it was last read
    QTimer *m_pollTimer = nullptr; // a directory's live view
    bool m_polling = false;
    bool m_pollFailed = false;     // the last poll got no answer
    int m_pollCount = 0;
    QByteArray m_shownVersion;     // the directory's version of what is shown
    QByteArray m_pollReloaded;     // the version a poll last asked to read
    bool m_loading = false;
    bool m_saving = false;
    bool m_dialogSaving = false; // the wizard's New or the Properties sheet's Apply writes the file now
    std::optional<LoadRequest> m_pendingLoad; // waits for the read or save under way
    const ConnectorListModel::Prepared *m_prepared = nullptr; // rows for showCurrentNode(), while applying
    quint64 m_ticket = 0;        // every read and save started
    quint64 m_appliedTicket = 0; // the newest one whose organization is shown
    int m_loadCount = 0;
    int m_ignoredNotifications = 0;
    QString m_busyMessage; // the status bar's text while a read is under way
    QString m_selectAfterLoad; // a connector created or changed by a dialog: selected once read
    QAction *m_optionsAction = nullptr;
};
