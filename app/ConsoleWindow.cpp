#include "ConsoleWindow.h"

#include "ActionPane.h"
#include "ConnectivityDialog.h"
#include "ConnectorHistory.h"
#include "ConnectorFilterProxyModel.h"
#include "ConnectorListModel.h"
#include "ConnectorOperations.h"
#include "ConnectorPropertiesSheet.h"
#include "DirectoryLogins.h"
#include "Icons.h"
#include "OpenDirectoryDialog.h"
#include "OrganizationRules.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"
#include "TestRoutingDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QProgressBar>
#include <QSpinBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <sys/stat.h>

namespace {

const QLatin1String GeometryKey("ConsoleWindow/geometry");
const QLatin1String SplitterKey("ConsoleWindow/splitter");
const QLatin1String RecentFilesKey("ConsoleWindow/recentFiles");
const QLatin1String LockTimeoutKey("ConsoleWindow/lockTimeoutSeconds");
// The bind DN that opened each directory URI: not a secret (every server logs it), and typing it
// again for each recent directory would be tedious. Its password is never saved.
const QLatin1String DirectoryBindDnsKey("ConsoleWindow/directoryBindDns");

bool isDirectoryLocation(const QString &path)
{
    return OrganizationStore::isDirectoryLocation(path);
}

// Files are compared as the file system names them, so that one file is never listed twice; a
// directory URI is kept as given.
QString canonicalPath(const QString &path)
{
    if (isDirectoryLocation(path.trimmed()))
        return path.trimmed();
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString problemLines(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

QString messagesOf(const Problems &problems)
{
    QStringList messages;
    for (const Problem &problem : problems)
        messages.append(problem.message);
    return messages.join(QLatin1Char('\n'));
}

// An action's text naming a connector: a "&" in the name is not a mnemonic.
QString menuEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// The shortcuts of a standard key, with `first` among them (first) whatever the platform says.
QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key, const QKeySequence &first)
{
    QList<QKeySequence> shortcuts = QKeySequence::keyBindings(key);
    shortcuts.removeAll(first);
    shortcuts.prepend(first);
    return shortcuts;
}

// A connector as the file holds it now, and its place in its side's list (for the history).
struct StoredConnector
{
    SendConnector connector;
    qsizetype position = -1;
    Exchange::Version version = Exchange::Version::Sp12007;
};

std::optional<StoredConnector> connectorInFile(const OrganizationStore &store, const QString &name, const QString &edge)
{
    const Parsed<Organization> loaded = store.load();
    if (!loaded.ok())
        return std::nullopt;
    const SendConnector *connector = loaded.value->connector(name, edge);
    if (!connector)
        return std::nullopt;
    return StoredConnector{*connector, connector - loaded.value->connectorsFor(edge).constData(),
                           loaded.value->exchangeVersion};
}

QLabel *makeNote(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMargin(12);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ConsoleWindow::ConsoleWindow(QString operatorName, QWidget *parent)
    : QMainWindow(parent)
    , m_operator(std::move(operatorName))
{
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(tr("Exchange Management Console"));
    m_history = new ConnectorHistory(this);
    connect(m_history, &ConnectorHistory::changed, this, &ConsoleWindow::updateActions);
    createActions();
    createWidgets();
    createMenus();
    createStatusBar();

    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reload(ReloadMode::Background); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConsoleWindow::fileChangedOutside);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConsoleWindow::fileChangedOutside);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(DirectoryPollInterval);
    connect(m_pollTimer, &QTimer::timeout, this, &ConsoleWindow::pollDirectory);

    readSettings();
    showCurrentNode();
    updateActions();
    updateStatusBar();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::createActions()
{
    const auto make = [this](const QString &objectName, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };

    // Window-wide, except in a text field, which keeps Ctrl+Z for its own text.
    m_undoAction = make(QStringLiteral("undoAction"), tr("&Undo"), tr("Nothing to undo"));
    m_undoAction->setShortcuts(standardShortcuts(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    m_redoAction = make(QStringLiteral("redoAction"), tr("&Redo"), tr("Nothing to redo"));
    m_redoAction->setShortcuts(
        standardShortcuts(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });

    m_newAction = make(QStringLiteral("newSendConnectorAction"), tr("&New Send Connector..."),
                       tr("Create a Send connector with the New SMTP Send Connector wizard"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, &ConsoleWindow::newSendConnector);

    m_disableAction = make(QStringLiteral("disableConnectorAction"), tr("&Disable"),
                           tr("Disable the selected Send connector"));
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedConnectorEnabled(false); });
    m_enableAction = make(QStringLiteral("enableConnectorAction"), tr("&Enable"),
                          tr("Enable the selected Send connector"));
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedConnectorEnabled(true); });

    // Delete and Enter act on the list only: elsewhere they edit text or move through the tree.
    m_removeAction = make(QStringLiteral("removeConnectorAction"), tr("&Remove"),
                          tr("Remove the selected Send connector"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &ConsoleWindow::removeSelectedConnector);

    m_propertiesAction = make(QStringLiteral("propertiesAction"), tr("&Properties"),
                              tr("Show every property of the selected Send connector"));
    m_propertiesAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_propertiesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_propertiesAction, &QAction::triggered, this, &ConsoleWindow::showProperties);

    m_exportListAction = make(QStringLiteral("exportListAction"), tr("E&xport List..."),
                              tr("Save the list shown in the result pane as a text file"));
    connect(m_exportListAction, &QAction::triggered, this, &ConsoleWindow::exportListDialog);

    m_testRoutingAction = make(QStringLiteral("testRoutingAction"), tr("&Test Routing..."),
                               tr("See which Send connector carries mail for a recipient, and why"));
    m_testRoutingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_testRoutingAction, &QAction::triggered, this, &ConsoleWindow::showTestRouting);

    // Window-wide like Test Routing; it acts on the one selected connector.
    m_testConnectivityAction = make(QStringLiteral("testConnectivityAction"), tr("Test &Connectivity..."),
                                    tr("Check whether the selected Send connector's next hops accept mail"));
    m_testConnectivityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_testConnectivityAction, &QAction::triggered, this, &ConsoleWindow::showTestConnectivity);

    m_refreshAction = make(QStringLiteral("refreshAction"), tr("Re&fresh"), tr("Read the organization file again"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    if (m_refreshAction->shortcut().isEmpty())
        m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, [this] { reload(ReloadMode::Interactive); });

    m_openAction = make(QStringLiteral("openOrganizationAction"), tr("&Open Organization..."),
                        tr("Open another organization file"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &ConsoleWindow::openOrganizationDialog);

    m_openDirectoryAction = make(QStringLiteral("openDirectoryAction"), tr("Open &Directory..."),
                                 tr("Open an organization kept in an LDAP directory"));
    m_openDirectoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openDirectoryAction, &QAction::triggered, this, [this] {
        const QString location = isDirectory() ? m_path : QString();
        askDirectoryLogin(location, rememberedBindDn(location));
    });

    m_newFromSampleAction = make(QStringLiteral("newOrganizationFromSampleAction"),
                                 tr("New Organization from &Sample..."),
                                 tr("Save a copy of the sample organization (Contoso) and open it"));
    connect(m_newFromSampleAction, &QAction::triggered, this, &ConsoleWindow::newOrganizationFromSample);

    m_exitAction = make(QStringLiteral("exitAction"), tr("E&xit"), tr("Close the console"));
    m_exitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_exitAction->setMenuRole(QAction::QuitRole);
    connect(m_exitAction, &QAction::triggered, this, &QWidget::close);

    m_optionsAction = make(QStringLiteral("optionsAction"), tr("&Options..."),
                           tr("Set how long saving waits for another program that is changing the file"));
    m_optionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_optionsAction, &QAction::triggered, this, &ConsoleWindow::showOptions);

    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Send Connector Console"),
                         tr("Show the program's version"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &ConsoleWindow::showAbout);

    // The icons the EMC showed beside its actions, in the action pane, the menus and the context menu.
    const std::pair<QAction *, Icons::Purpose> icons[] = {
        {m_undoAction, Icons::Purpose::Undo},
        {m_redoAction, Icons::Purpose::Redo},
        {m_newAction, Icons::Purpose::NewConnector},
        {m_disableAction, Icons::Purpose::DisableConnector},
        {m_enableAction, Icons::Purpose::EnableConnector},
        {m_removeAction, Icons::Purpose::RemoveConnector},
        {m_propertiesAction, Icons::Purpose::Properties},
        {m_exportListAction, Icons::Purpose::ExportList},
        {m_testRoutingAction, Icons::Purpose::TestRouting},
        {m_testConnectivityAction, Icons::Purpose::TestConnectivity},
        {m_refreshAction, Icons::Purpose::Refresh},
        {m_openAction, Icons::Purpose::OpenOrganization},
        {m_openDirectoryAction, Icons::Purpose::OpenDirectory},
        {m_newFromSampleAction, Icons::Purpose::NewOrganizationFromSample},
        {m_exitAction, Icons::Purpose::Exit},
        {m_optionsAction, Icons::Purpose::Options},
        {m_aboutAction, Icons::Purpose::About},
    };
    for (const auto &[action, purpose] : icons)
        action->setIcon(Icons::get(purpose));
}

void ConsoleWindow::createWidgets()
{
    m_tree = new ConsoleTree(this);
    connect(m_tree, &ConsoleTree::currentNodeChanged, this, [this] {
        showCurrentNode();
        updateActions();
    });

    // The result pane: a note for nodes without a list, the tabs for Hub Transport and Edges.
    m_resultStack = new QStackedWidget(this);
    m_resultStack->setObjectName(QStringLiteral("resultStack"));
    m_resultNoteLabel = makeNote(QStringLiteral("resultNoteLabel"), QString(), m_resultStack);
    m_resultStack->addWidget(m_resultNoteLabel);

    // Hub Transport, Edge Transport and an Edge server: the tabs the EMC has there; on Edge
    // Transport, above them, the list of Edge servers whose tabs they show.
    m_sidePage = new QWidget(m_resultStack);
    m_sidePage->setObjectName(QStringLiteral("sidePage"));
    m_resultStack->addWidget(m_sidePage);

    m_edgeServerPanel = new QWidget(m_sidePage);
    m_edgeServerPanel->setObjectName(QStringLiteral("edgeServerPanel"));
    m_edgeServerList = new QTreeWidget(m_edgeServerPanel);
    m_edgeServerList->setObjectName(QStringLiteral("edgeServerList"));
    m_edgeServerList->setAccessibleName(tr("Edge Transport servers"));
    m_edgeServerList->setHeaderLabels({tr("Name"), tr("Edge Subscription"), tr("Send connectors")});
    m_edgeServerList->setRootIsDecorated(false);
    m_edgeServerList->setUniformRowHeights(true);
    m_edgeServerList->setAllColumnsShowFocus(true);
    m_edgeServerList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_edgeServerList->setMaximumHeight(m_edgeServerList->fontMetrics().lineSpacing() * 8);
    connect(m_edgeServerList, &QTreeWidget::itemSelectionChanged, this, [this] {
        showCurrentNode();
        updateActions();
    });
    auto *edgeServerLabel = new QLabel(tr("Ed&ge Transport servers:"), m_edgeServerPanel);
    edgeServerLabel->setBuddy(m_edgeServerList);
    auto *edgeServerLayout = new QVBoxLayout(m_edgeServerPanel);
    edgeServerLayout->setContentsMargins(0, 0, 0, 0);
    edgeServerLayout->addWidget(edgeServerLabel);
    edgeServerLayout->addWidget(m_edgeServerList);
    m_edgeServerNoteLabel = makeNote(QStringLiteral("edgeServerNoteLabel"), QString(), m_sidePage);

    m_resultTabs = new QTabWidget(m_sidePage);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    connect(m_resultTabs, &QTabWidget::currentChanged, this, [this] { updateActions(); });
    auto *sideLayout = new QVBoxLayout(m_sidePage);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_edgeServerPanel);
    sideLayout->addWidget(m_edgeServerNoteLabel, 1);
    sideLayout->addWidget(m_resultTabs, 1);

    auto *sendPage = new QWidget(m_resultTabs);
    m_sendConnectorsPage = sendPage;
    sendPage->setObjectName(QStringLiteral("sendConnectorsTab"));
    m_sideNoteLabel = makeNote(QStringLiteral("sideNoteLabel"), QString(), sendPage);
    m_sideNoteLabel->setMargin(4);
    m_sideNoteLabel->hide();

    m_filterEdit = new QLineEdit(sendPage);
    m_filterEdit->setObjectName(QStringLiteral("connectorFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Type to show only the connectors that contain the text"));
    auto *filterLabel = new QLabel(tr("F&ilter:"), sendPage);
    filterLabel->setBuddy(m_filterEdit);

    m_model = new ConnectorListModel(this);
    m_model->setStateIcon(ConnectorListModel::StateIcon::Enabled, Icons::get(Icons::Purpose::ConnectorEnabled));
    m_model->setStateIcon(ConnectorListModel::StateIcon::Disabled, Icons::get(Icons::Purpose::ConnectorDisabled));
    m_model->setStateIcon(ConnectorListModel::StateIcon::Warning, Icons::get(Icons::Purpose::RoutingWarning));
    m_proxy = new ConnectorFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("connectorProxyModel"));
    m_proxy->setConnectorModel(m_model);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString selected = selectedConnectorName();
        m_proxy->setFilterText(text);
        // The view moves the selection to a neighbour when the filter hides the selected row;
        // acting on a connector the user never chose would be wrong, so nothing stays selected.
        if (!selected.isEmpty() && selectedConnectorName().compare(selected, Qt::CaseInsensitive) != 0) {
            m_connectorView->selectionModel()->clear();
            updateActions();
        }
    });

    m_connectorView = new QTreeView(sendPage);
    m_connectorView->setObjectName(QStringLiteral("connectorView"));
    m_connectorView->setAccessibleName(tr("Send connectors"));
    m_connectorView->setModel(m_proxy);
    m_connectorView->setRootIsDecorated(false);
    m_connectorView->setUniformRowHeights(true);
    m_connectorView->setAllColumnsShowFocus(true);
    m_connectorView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_connectorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_connectorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_connectorView->setSortingEnabled(true);
    m_connectorView->sortByColumn(int(ConnectorListModel::Column::Name), Qt::AscendingOrder);
    m_connectorView->header()->setStretchLastSection(true);
    // Columns fit their first rows: measuring 10,000 rows' text would stall the window.
    m_connectorView->header()->setResizeContentsPrecision(64);
    m_connectorView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_connectorView->addAction(m_removeAction);
    m_connectorView->addAction(m_propertiesAction);
    connect(m_connectorView, &QTreeView::customContextMenuRequested, this, &ConsoleWindow::showConnectorContextMenu);
    m_connectorView->installEventFilter(this);
    connect(m_connectorView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_propertiesAction->isEnabled())
            m_propertiesAction->trigger();
    });
    connect(m_connectorView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsoleWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConsoleWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConsoleWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ConsoleWindow::updateActions);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    auto *sendLayout = new QVBoxLayout(sendPage);
    sendLayout->addWidget(m_sideNoteLabel);
    sendLayout->addLayout(filterRow);
    // While the file is read: a line in place of the list's rows (the filter stays usable).
    m_loadingLabel = new QLabel(tr("Loading the organization file..."), sendPage);
    m_loadingLabel->setObjectName(QStringLiteral("connectorListLoadingLabel"));
    m_loadingLabel->setAccessibleName(tr("Loading the organization file"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setMargin(6);
    m_loadingLabel->hide();
    sendLayout->addWidget(m_loadingLabel);
    sendLayout->addWidget(m_connectorView, 1);
    // One page per tab the EMC has on these nodes; those the product does not implement say so.
    // Whole sentences each: the subject's gender and number decide the German verb.
    const QList<std::pair<ResultTab, std::pair<QString, QString>>> notes = {
        {ResultTab::RemoteDomains, {QStringLiteral("remoteDomainsNote"),
          tr("Remote domains are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::AcceptedDomains, {QStringLiteral("acceptedDomainsNote"),
          tr("Accepted domains are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::EmailAddressPolicies,
         {QStringLiteral("emailAddressPoliciesNote"),
          tr("E-mail address policies are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::TransportRules, {QStringLiteral("transportRulesNote"),
          tr("Transport rules are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::Journaling, {QStringLiteral("journalingNote"),
          tr("Journal rules are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::EdgeSubscriptions,
         {QStringLiteral("edgeSubscriptionsNote"),
          tr("Edge subscriptions are created with EdgeSync and are not managed here. A subscribed Edge Transport "
             "server is marked \"(subscribed)\" in the console tree.")}},
        {ResultTab::GlobalSettings,
         {QStringLiteral("globalSettingsNote"),
          tr("The organization's transport settings are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::AntiSpam, {QStringLiteral("antiSpamNote"),
          tr("Anti-spam features are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
        {ResultTab::ReceiveConnectors,
         {QStringLiteral("receiveConnectorsNote"),
          tr("Receive connectors are outside this console's scope: it manages Send connectors. "
             "Use the Send Connectors tab.")}},
    };
    m_tabPages.insert(ResultTab::SendConnectors, sendPage);
    for (const auto &note : notes)
        m_tabPages.insert(note.first, makeNote(note.second.first, note.second.second, m_resultTabs));
    // Pages wait hidden until setTabs() adds those of the current node.
    for (QWidget *page : std::as_const(m_tabPages))
        page->hide();

    m_actionPane = new ActionPane(this);
    m_actionPane->addAction(ActionPane::Section::Node, m_newAction);
    m_actionPane->addAction(ActionPane::Section::Node, m_testRoutingAction);
    m_actionPane->addAction(ActionPane::Section::Node, m_exportListAction);
    m_actionPane->addAction(ActionPane::Section::Node, m_refreshAction);
    m_actionPane->addAction(ActionPane::Section::Selection, m_disableAction);
    m_actionPane->addAction(ActionPane::Section::Selection, m_enableAction);
    m_actionPane->addAction(ActionPane::Section::Selection, m_removeAction);
    m_actionPane->addAction(ActionPane::Section::Selection, m_propertiesAction);
    m_actionPane->addAction(ActionPane::Section::Selection, m_testConnectivityAction);
    auto *actionScroll = new QScrollArea(this);
    actionScroll->setObjectName(QStringLiteral("actionPaneScrollArea"));
    actionScroll->setWidget(m_actionPane);
    actionScroll->setWidgetResizable(true);
    actionScroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the action buttons themselves (the area scrolls to the one focused), not to
    // the scroll area around them.
    actionScroll->setFocusPolicy(Qt::NoFocus);
    actionScroll->setAccessibleName(tr("Action pane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    // A file that another program damaged or deleted is named above whatever the result pane shows.
    auto *resultPane = new QWidget(this);
    resultPane->setObjectName(QStringLiteral("resultPane"));
    m_fileProblemLabel = makeNote(QStringLiteral("fileProblemLabel"), QString(), resultPane);
    m_fileProblemLabel->setMargin(6);
    m_fileProblemLabel->setFrameShape(QFrame::StyledPanel);
    m_fileProblemLabel->setAutoFillBackground(true);
    m_fileProblemLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_fileProblemLabel->setForegroundRole(QPalette::ToolTipText);
    m_fileProblemLabel->hide();
    auto *resultLayout = new QVBoxLayout(resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_fileProblemLabel);
    resultLayout->addWidget(m_resultStack, 1);
    m_splitter->addWidget(resultPane);
    m_splitter->addWidget(actionScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({200, 600, 200});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_consoleTreeVisibleAction = new QAction(tr("Console &Tree"), this);
    m_consoleTreeVisibleAction->setObjectName(QStringLiteral("consoleTreeVisibleAction"));
    m_consoleTreeVisibleAction->setCheckable(true);
    m_consoleTreeVisibleAction->setChecked(true);
    connect(m_consoleTreeVisibleAction, &QAction::toggled, m_tree, &QWidget::setVisible);
    m_actionPaneVisibleAction = new QAction(tr("&Action Pane"), this);
    m_actionPaneVisibleAction->setObjectName(QStringLiteral("actionPaneVisibleAction"));
    m_actionPaneVisibleAction->setCheckable(true);
    m_actionPaneVisibleAction->setChecked(true);
    connect(m_actionPaneVisibleAction, &QAction::toggled, actionScroll, &QWidget::setVisible);
}

void ConsoleWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openAction);
    file->addAction(m_openDirectoryAction);
    file->addAction(m_newFromSampleAction);
    m_recentMenu = file->addMenu(tr("&Recent Files"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    file->addSeparator();
    file->addAction(m_exitAction);
    updateRecentFilesMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_optionsAction);

    QMenu *action = menuBar()->addMenu(tr("&Action"));
    action->setObjectName(QStringLiteral("actionMenu"));
    action->addAction(m_newAction);
    action->addAction(m_testRoutingAction);
    action->addSeparator();
    action->addAction(m_disableAction);
    action->addAction(m_enableAction);
    action->addAction(m_removeAction);
    action->addAction(m_propertiesAction);
    action->addAction(m_testConnectivityAction);
    action->addSeparator();
    action->addAction(m_exportListAction);
    action->addAction(m_refreshAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_consoleTreeVisibleAction);
    view->addAction(m_actionPaneVisibleAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

void ConsoleWindow::createStatusBar()
{
    const auto make = [this](const QString &objectName) {
        auto *label = new QLabel(this);
        label->setObjectName(objectName);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_fileLabel = make(QStringLiteral("fileStatusLabel"));
    m_serverLabel = make(QStringLiteral("serverStatusLabel"));
    m_versionLabel = make(QStringLiteral("versionStatusLabel"));
    m_operatorLabel = make(QStringLiteral("operatorStatusLabel"));
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgressBar"));
    m_loadProgress->setAccessibleName(tr("Reading the organization file"));
    m_loadProgress->setRange(0, 0); // busy: the reader reports no progress of its own
    m_loadProgress->setMaximumWidth(120);
    m_loadProgress->setTextVisible(false);
    m_loadProgress->hide();
    statusBar()->insertPermanentWidget(0, m_loadProgress); // a message would hide a normal widget
}

int ConsoleWindow::lockTimeoutSeconds() const
{
    const int seconds = QSettings().value(LockTimeoutKey, DefaultLockTimeoutSeconds).toInt();
    return seconds > 0 ? seconds : DefaultLockTimeoutSeconds;
}

void ConsoleWindow::setLockTimeoutSeconds(int seconds)
{
    QSettings().setValue(LockTimeoutKey, qBound(1, seconds, 3600));
}

void ConsoleWindow::showOptions()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("optionsDialog"));
    dialog->setWindowTitle(tr("Options"));
    auto *spin = new QSpinBox(dialog);
    spin->setObjectName(QStringLiteral("lockTimeoutSpinBox"));
    spin->setRange(1, 3600);
    spin->setSuffix(tr(" s"));
    spin->setValue(lockTimeoutSeconds());
    spin->setAccessibleName(tr("Wait for another program's lock"));
    spin->setToolTip(tr("How long saving a change waits while another program (a shell, another console) "
                        "is writing the organization file, before it gives up"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Wait for another program's lock:"), spin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("optionsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, spin] { setLockTimeoutSeconds(spin->value()); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ConsoleWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1120, 640);
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void ConsoleWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

QStringList ConsoleWindow::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void ConsoleWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(files);
}

void ConsoleWindow::setRecentFiles(QStringList files)
{
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
    updateRecentFilesMenu();
}

void ConsoleWindow::openRecentFile(const QString &path)
{
    if (isDirectoryLocation(path)) {
        // A directory is never dropped from the list: a server down now may answer later. A bind
        // DN without its password this session asks for it first.
        const QString bindDn = rememberedBindDn(path);
        const Parsed<OrganizationLocation> location = OrganizationLocation::parse(path);
        if (!bindDn.isEmpty() && location.ok() && !DirectoryLogins::knows(*location.value))
            askDirectoryLogin(path, bindDn);
        else
            openOrganization(path);
        return;
    }
    if (QFileInfo::exists(path)) {
        openOrganization(path);
        return;
    }
    // Moved or deleted since: it leaves the list instead of failing again next time.
    QStringList files = recentFiles();
    files.removeAll(path);
    setRecentFiles(files);
    showFileProblems(path, OrganizationStore(path).load().problems,
                     tr("It was removed from the recent files."));
}

void ConsoleWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // "&1 name" gives each entry a mnemonic; the path is the tool tip.
        // A directory is named by its URI: its last part alone would be just the base DN.
        const QString shown = isDirectoryLocation(path) ? path : QFileInfo(path).fileName();
        QAction *entry = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(menuEscaped(shown)));
        entry->setObjectName(QStringLiteral("recentFileAction%1").arg(i));
        entry->setData(path);
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path] { openRecentFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

bool ConsoleWindow::openOrganization(const QString &path, const QString &server)
{
    const LoadRequest request{canonicalPath(path), server, true, ReloadMode::Interactive};
    // Another file's list starts unfiltered; what is typed while it is read then applies to it.
    if (request.path != m_path)
        m_filterEdit->clear();
    if (m_loading || m_saving) {
        m_pendingLoad = request; // opened once the read or save under way has ended
        return true;
    }
    startLoad(request);
    return true;
}

void ConsoleWindow::finishOpening(const LoadRequest &request, const Organization &organization,
                                  const Problems &warnings)
{
    const QString absolute = request.path;
    const QString server = request.server;
    const bool sameFile = absolute == m_path;
    // The history belongs to the file: its changes cannot be undone in another one.
    if (!sameFile)
        m_history->clear();
    m_path = absolute;
    setFileProblems({});
    m_requestedServer = server;
    if (!sameFile || !server.isEmpty()) {
        // The node first, so that the rows prepared on the worker (for that side) are used.
        // Signals blocked: applyOrganization() shows the node once, with the prepared rows.
        const QSignalBlocker blocker(m_tree);
        m_organization = organization;
        m_tree->setOrganization(organization);
        fillEdgeServerList(organization);
        ConsoleTree::Node node{ConsoleTree::NodeKind::HubTransport, QString()};
        const QString wanted = server.isEmpty() ? organization.localServer : server;
        const TransportServer *found = organization.server(wanted);
        if (found && found->isEdge())
            node = {ConsoleTree::NodeKind::EdgeServer, found->name};
        m_tree->selectNode(node);
        if (!server.isEmpty() && !found) {
            statusBar()->showMessage(tr("The organization \"%1\" has no server named \"%2\"; showing Hub Transport.")
                                         .arg(organization.name, server));
        }
    }
    watch(m_path);
    addRecentFile(m_path);
    if (isDirectory()) {
        // The bind DN that worked (empty: SASL EXTERNAL or anonymous), for the recent directory.
        const Parsed<OrganizationLocation> location = OrganizationLocation::parse(m_path);
        QSettings settings;
        QVariantMap bindDns = settings.value(DirectoryBindDnsKey).toMap();
        const QString bindDn = location.ok() ? QString::fromUtf8(DirectoryLogins::bindDn(*location.value)) : QString();
        if (bindDn.isEmpty())
            bindDns.remove(m_path);
        else
            bindDns.insert(m_path, bindDn);
        settings.setValue(DirectoryBindDnsKey, bindDns);
    }
    updateStatusBar();
    if (!warnings.isEmpty() && statusBar()->currentMessage().isEmpty()) {
        statusBar()->showMessage(
            isDirectory() ? tr("The organization in the directory has %n warning(s); the first: %1", nullptr,
                               int(warnings.size()))
                                .arg(warnings.first().toString())
                          : tr("The organization file has %n warning(s); the first: %1", nullptr, int(warnings.size()))
                                .arg(warnings.first().toString()));
    }
}

void ConsoleWindow::showFileProblems(const QString &path, const Problems &problems, const QString &note)
{
    const QString file = isDirectoryLocation(path) ? path : QDir::toNativeSeparators(path);
    const QString shown = isDirectory() ? m_path : QDir::toNativeSeparators(m_path);
    QString text;
    if (isDirectoryLocation(path)) {
        text = m_organization ? tr("The organization in the directory %1 cannot be opened. Nothing was changed, and "
                                   "the console still shows %2.")
                                    .arg(file, shown)
                              : tr("The organization in the directory %1 cannot be opened. Nothing was changed.")
                                    .arg(file);
    } else {
        text = m_organization
            ? tr("The organization file %1 cannot be opened. It was not changed, and the console still shows %2.")
                  .arg(file, shown)
            : tr("The organization file %1 cannot be opened. It was not changed.").arg(file);
    }
    if (!note.isEmpty())
        text += QLatin1Char(' ') + note;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Exchange Management Console"), text, QMessageBox::Close,
                                this);
    box->setObjectName(QStringLiteral("fileProblemsMessageBox"));
    const Problems errors = errorsOnly(problems);
    box->setInformativeText(problemLines(errors.isEmpty() ? problems : errors));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ConsoleWindow::reportFailure(const QString &text, const Problems &problems, const QString &objectName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Exchange Management Console"), text, QMessageBox::Close,
                                this);
    box->setObjectName(objectName);
    box->setInformativeText(problemLines(problems));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ConsoleWindow::watch(const QString &path)
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    // A directory has no file to watch: its version is asked every few seconds instead.
    if (isDirectoryLocation(path)) {
        m_pollFailed = false;
        m_pollReloaded.clear();
        m_pollTimer->start(directoryPollInterval());
        return;
    }
    m_pollTimer->stop();
    m_watcher->addPath(path);
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

bool ConsoleWindow::FileIdentity::operator==(const FileIdentity &other) const
{
    return exists == other.exists && device == other.device && inode == other.inode && size == other.size
        && modified == other.modified && changed == other.changed;
}

ConsoleWindow::FileIdentity ConsoleWindow::identityOf(const QString &path)
{
    FileIdentity identity;
    struct stat status {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return identity;
    identity.exists = true;
    identity.device = quint64(status.st_dev);
    identity.inode = quint64(status.st_ino);
    identity.size = qint64(status.st_size);
    identity.modified = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    identity.changed = qint64(status.st_ctim.tv_sec) * 1000000000 + status.st_ctim.tv_nsec;
    return identity;
}

void ConsoleWindow::fileChangedOutside()
{
    if (m_path.isEmpty())
        return;
    // QSaveFile renames a new file over the old one, which ends the watch on the file: re-arm it.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    // The folder reports every file created in it (the lock file, a temporary copy, anything):
    // only a change of the organization file itself is read.
    if (identityOf(m_path) == m_identity) {
        ++m_ignoredNotifications;
        return;
    }
    scheduleReload();
}

void ConsoleWindow::scheduleReload()
{
    // Read 150 ms after the last change, and at the latest 300 ms after the first one not yet read.
    if (!m_reloadTimer->isActive())
        m_burstClock.start();
    const qint64 left = qint64(ReloadMaximumDelay) - m_burstClock.elapsed();
    m_reloadTimer->start(int(std::clamp<qint64>(left, 0, ReloadQuietTime)));
}

bool ConsoleWindow::isDirectory() const
{
    return isDirectoryLocation(m_path);
}

QString ConsoleWindow::rememberedBindDn(const QString &location)
{
    return location.isEmpty() ? QString() : QSettings().value(DirectoryBindDnsKey).toMap().value(location).toString();
}

int ConsoleWindow::directoryPollInterval() const
{
    return m_pollTimer->interval();
}

void ConsoleWindow::setDirectoryPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(qMax(10, milliseconds));
}

void ConsoleWindow::pollDirectory()
{
    // A read or a save under way will show the directory as it is; the next tick asks again.
    if (m_polling || m_loading || m_saving || !isDirectory())
        return;
    m_polling = true;
    ++m_pollCount;
    const std::shared_ptr<OrganizationStore> store = storeFor(m_path);
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<Parsed<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_polling = false;
        if (path == m_path)
            finishPoll(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([store] { return store->currentVersion(); }));
}

void ConsoleWindow::finishPoll(const Parsed<QByteArray> &current)
{
    if (!current.ok()) {
        // As an unreadable file: the last version stays, the banner says why, changes are refused.
        m_pollFailed = true;
        if (!m_loading && !m_saving) {
            const Problems errors = errorsOnly(current.problems);
            setFileProblems(errors.isEmpty() ? current.problems : errors);
        }
        return;
    }
    // Read when the directory answers again, or holds another version than the one shown (once
    // per version: a version that cannot be read is not read again and again).
    const bool recovered = std::exchange(m_pollFailed, false);
    if (recovered || (*current.value != m_shownVersion && *current.value != m_pollReloaded)) {
        m_pollReloaded = *current.value;
        scheduleReload();
    }
}

bool ConsoleWindow::reloadScheduled() const
{
    return m_reloadTimer->isActive() || m_pendingLoad.has_value();
}

void ConsoleWindow::reload(ReloadMode mode)
{
    if (m_path.isEmpty())
        return;
    m_reloadTimer->stop();
    const LoadRequest request{m_path, QString(), false, mode};
    if (m_loading || m_saving) {
        // Read once after what is under way; an open of another file waiting there wins.
        if (!m_pendingLoad || !m_pendingLoad->opening) {
            const bool interactive = mode == ReloadMode::Interactive
                || (m_pendingLoad && m_pendingLoad->mode == ReloadMode::Interactive);
            m_pendingLoad = request;
            m_pendingLoad->mode = interactive ? ReloadMode::Interactive : ReloadMode::Background;
        }
        return;
    }
    startLoad(request);
}

void ConsoleWindow::setBusy(bool busy, const QString &path)
{
    m_loadProgress->setVisible(busy);
    m_loadingLabel->setVisible(busy && m_model->rowCount() == 0);
    if (busy) {
        const bool directory = isDirectoryLocation(path);
        m_loadingLabel->setText(directory ? tr("Loading the organization from the directory...")
                                          : tr("Loading the organization file..."));
        m_loadingLabel->setAccessibleName(directory ? tr("Loading the organization from the directory")
                                                    : tr("Loading the organization file"));
        m_loadProgress->setAccessibleName(directory ? tr("Reading the organization from the directory")
                                                    : tr("Reading the organization file"));
        m_busyMessage = directory
            ? tr("Reading the organization from the directory %1...").arg(path)
            : tr("Reading the organization file %1...").arg(QDir::toNativeSeparators(path));
        statusBar()->showMessage(m_busyMessage);
    } else if (!m_busyMessage.isEmpty() && statusBar()->currentMessage() == m_busyMessage) {
        statusBar()->clearMessage();
    }
    if (!busy)
        m_busyMessage.clear();
}

void ConsoleWindow::startLoad(const LoadRequest &request)
{
    m_loading = true;
    ++m_loadCount;
    const quint64 ticket = ++m_ticket;
    setBusy(true, request.path);
    // The worker gets copies (Organization is a value type) and answers with everything the GUI
    // thread needs: the organization, whether it changed, the list's rows for the side shown.
    const std::optional<Organization> current =
        request.opening && request.path != m_path ? std::nullopt : m_organization;
    const bool keepSide = !request.opening || (request.path == m_path && request.server.isEmpty());
    const QString edge = keepSide ? currentEdgeServer() : QString();
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, ticket] {
        watcher->deleteLater();
        finishLoad(request, watcher->result(), ticket);
    });
    const std::shared_ptr<OrganizationStore> store = storeFor(request.path);
    watcher->setFuture(QtConcurrent::run([request, current, edge, keepSide, store] {
        LoadResult result;
        result.identity = identityOf(request.path); // before reading: a change meanwhile is read again
        result.loaded = store->load();
        result.version = store->version();
        if (!result.loaded.ok())
            return result;
        const Organization &organization = *result.loaded.value;
        if (current && *current == organization) {
            result.unchanged = true;
            return result;
        }
        QString side = edge;
        if (!keepSide) {
            // The node openOrganization() shows first: the server asked for, else the local one.
            const QString wanted = request.server.isEmpty() ? organization.localServer : request.server;
            const TransportServer *found = organization.server(wanted);
            side = found && found->isEdge() ? found->name : QString();
        }
        result.prepared = ConnectorListModel::prepare(organization, side);
        return result;
    }));
}

void ConsoleWindow::finishLoad(const LoadRequest &request, const LoadResult &result, quint64 ticket)
{
    m_loading = false;
    setBusy(false);
    const bool stale = ticket < m_appliedTicket; // a save shown since is newer
    bool ok = result.loaded.ok();
    if (request.opening) {
        if (!ok && OpenDirectoryDialog::isBindRefusal(result.loaded.problems)) {
            // Asked again, with the directory's reason, instead of failing.
            const Parsed<OrganizationLocation> location = OrganizationLocation::parse(request.path);
            const QString bindDn = location.ok() ? QString::fromUtf8(DirectoryLogins::bindDn(*location.value)) : QString();
            askDirectoryLogin(request.path, bindDn, errorsOnly(result.loaded.problems), request.server);
        } else if (!ok) {
            showFileProblems(request.path, result.loaded.problems);
        } else {
            m_appliedTicket = ticket;
            m_identity = result.identity;
            m_shownVersion = result.version;
            finishOpening(request, *result.loaded.value, result.loaded.problems);
            applyOrganization(*result.loaded.value, &result.prepared);
        }
    } else if (request.path == m_path && !stale) {
        m_identity = result.identity;
        if (!ok) {
            const Problems errors = errorsOnly(result.loaded.problems);
            setFileProblems(errors.isEmpty() ? result.loaded.problems : errors);
            if (request.mode == ReloadMode::Interactive)
                showFileProblems(m_path, result.loaded.problems);
        } else {
            m_appliedTicket = ticket;
            m_shownVersion = result.version;
            setFileProblems({});
            if (!result.unchanged)
                applyOrganization(*result.loaded.value, &result.prepared);
            if (!m_selectAfterLoad.isEmpty() && !m_pendingLoad)
                selectConnector(std::exchange(m_selectAfterLoad, QString()));
            if (request.mode == ReloadMode::Interactive) {
                statusBar()->showMessage(isDirectory() ? tr("The organization was read again from the directory.")
                                                       : tr("The organization file was read again."),
                                         3000);
            }
        }
    }
    emit organizationLoaded(ok);
    if (m_pendingLoad && !m_saving) {
        const LoadRequest next = *m_pendingLoad;
        m_pendingLoad.reset();
        startLoad(next);
    }
}

void ConsoleWindow::setFileProblems(const Problems &problems)
{
    if (problems.size() == m_fileProblems.size() && problemLines(problems) == problemLines(m_fileProblems))
        return;
    m_fileProblems = problems;
    if (problems.isEmpty()) {
        m_fileProblemLabel->clear();
        m_fileProblemLabel->hide();
    } else if (isDirectory()) {
        m_fileProblemLabel->setText(tr("The organization in the directory %1 cannot be read now. The console shows "
                                       "the last version it could read and changes nothing until the directory "
                                       "answers again.")
                                        .arg(m_path)
                                    + QLatin1Char('\n') + problemLines(problems));
        m_fileProblemLabel->show();
        statusBar()->showMessage(tr("The organization in the directory cannot be read now."), 5000);
    } else {
        const QString file = QDir::toNativeSeparators(m_path);
        const QString text = QFileInfo::exists(m_path)
            ? tr("The organization file %1 was changed by another program and cannot be read now; it was not "
                 "changed here. The console shows the last version it could read and changes nothing until the "
                 "file is repaired.")
                  .arg(file)
            : tr("The organization file %1 was removed or renamed by another program. The console shows the last "
                 "version it could read and changes nothing until the file is back.")
                  .arg(file);
        m_fileProblemLabel->setText(text + QLatin1Char('\n') + problemLines(problems));
        m_fileProblemLabel->show();
        statusBar()->showMessage(tr("The organization file cannot be read now."), 5000);
    }
    updateActions();
}

void ConsoleWindow::applyOrganization(const Organization &organization, const ConnectorListModel::Prepared *prepared)
{
    const QString kept = selectedConnectorName();
    m_organization = organization;
    m_prepared = prepared;
    {
        // The node is shown once, below (a node that is gone leaves another one current).
        const QSignalBlocker blocker(m_tree);
        m_tree->setOrganization(organization);
    }
    fillEdgeServerList(organization);
    showCurrentNode();
    // The model updates rows in place, so the selection normally survives; a connector that
    // moved out of view and back (e.g. re-created by another program) is selected again by name.
    if (!kept.isEmpty() && selectedConnectorName().isEmpty()) {
        const int row = m_model->rowOf(kept);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_connectorView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    m_prepared = nullptr;
    setWindowTitle(tr("%1 - Exchange Management Console").arg(organization.name));
    if (m_testRoutingDialog)
        m_testRoutingDialog->setOrganization(organization);
    for (const QPointer<ConnectivityDialog> &dialog : std::as_const(m_connectivityDialogs)) {
        if (dialog)
            dialog->setOrganization(organization);
    }
    updateActions();
    updateStatusBar();
}

ConsoleTree::Node ConsoleWindow::currentNode() const
{
    return m_tree->currentNode();
}

QString ConsoleWindow::currentEdgeServer() const
{
    const ConsoleTree::Node node = currentNode();
    if (node.kind == ConsoleTree::NodeKind::EdgeServer)
        return node.server;
    if (node.kind != ConsoleTree::NodeKind::EdgeTransport)
        return QString();
    const QList<QTreeWidgetItem *> selected = m_edgeServerList->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

bool ConsoleWindow::listShown() const
{
    if (!m_organization)
        return false;
    const ConsoleTree::Node node = currentNode();
    return node.isSide() || (node.kind == ConsoleTree::NodeKind::EdgeTransport && !currentEdgeServer().isEmpty());
}

QList<ConsoleWindow::ResultTab> ConsoleWindow::tabsOf(ConsoleTree::NodeKind kind, Exchange::Version version)
{
    switch (kind) {
    case ConsoleTree::NodeKind::HubTransport: {
        QList<ResultTab> tabs{ResultTab::RemoteDomains,  ResultTab::AcceptedDomains, ResultTab::EmailAddressPolicies,
                              ResultTab::TransportRules, ResultTab::Journaling,      ResultTab::SendConnectors,
                              ResultTab::EdgeSubscriptions};
        // SP1 added the organization's transport settings as a tab of its own.
        if (version != Exchange::Version::Rtm2007)
            tabs.append(ResultTab::GlobalSettings);
        return tabs;
    }
    case ConsoleTree::NodeKind::EdgeTransport:
    case ConsoleTree::NodeKind::EdgeServer:
        return {ResultTab::AntiSpam, ResultTab::ReceiveConnectors, ResultTab::SendConnectors, ResultTab::TransportRules,
                ResultTab::AcceptedDomains};
    case ConsoleTree::NodeKind::Organization:
    case ConsoleTree::NodeKind::OrganizationConfiguration:
        break;
    }
    return {};
}

void ConsoleWindow::setTabs(ConsoleTree::NodeKind kind)
{
    const QList<ResultTab> tabs =
        tabsOf(kind, m_organization ? m_organization->exchangeVersion : Exchange::Version::Sp12007);
    if (tabs == m_shownTabs)
        return;
    // Mnemonics are unique among the tabs of one node and leave the menus' (F, A, V, H) and the
    // filter's (I) alone.
    const auto title = [](ResultTab tab) {
        switch (tab) {
        case ResultTab::RemoteDomains:
            return tr("&Remote Domains");
        case ResultTab::AcceptedDomains:
            return tr("A&ccepted Domains");
        case ResultTab::EmailAddressPolicies:
            return tr("E-&mail Address Policies");
        case ResultTab::TransportRules:
            return tr("Transport R&ules");
        case ResultTab::Journaling:
            return tr("&Journaling");
        case ResultTab::SendConnectors:
            return tr("&Send Connectors");
        case ResultTab::EdgeSubscriptions:
            return tr("Edge Su&bscriptions");
        case ResultTab::GlobalSettings:
            return tr("G&lobal Settings");
        case ResultTab::AntiSpam:
            return tr("Anti-spa&m");
        case ResultTab::ReceiveConnectors:
            return tr("&Receive Connectors");
        }
        return QString();
    };
    const QSignalBlocker blocker(m_resultTabs);
    m_resultTabs->clear();
    for (ResultTab tab : tabs)
        m_resultTabs->addTab(m_tabPages.value(tab), title(tab));
    m_shownTabs = tabs;
    // The product is about Send connectors: a node opens on that tab.
    m_resultTabs->setCurrentWidget(m_sendConnectorsPage);
}

void ConsoleWindow::fillEdgeServerList(const Organization &organization)
{
    const QString kept = m_edgeServerList->selectedItems().isEmpty()
        ? QString()
        : m_edgeServerList->selectedItems().first()->data(0, Qt::UserRole).toString();
    QStringList before;
    for (int row = 0; row < m_edgeServerList->topLevelItemCount(); ++row)
        before.append(m_edgeServerList->topLevelItem(row)->data(0, Qt::UserRole).toString());
    const QSignalBlocker blocker(m_edgeServerList);
    m_edgeServerList->clear();
    QStringList unsubscribed;
    QStringList names;
    for (const TransportServer &server : organization.servers) {
        if (!server.isEdge())
            continue;
        const qsizetype connectors = server.subscribed ? organization.replicatedConnectors(server.name).size()
                                                       : server.sendConnectors.size();
        names.append(server.name);
        auto *item = new QTreeWidgetItem(m_edgeServerList);
        item->setText(0, server.name);
        item->setIcon(0, Icons::get(Icons::Purpose::EdgeServer));
        item->setData(0, Qt::UserRole, server.name);
        item->setText(1, server.subscribed ? tr("Subscribed to %1").arg(server.site) : tr("Not subscribed"));
        item->setText(2, server.subscribed ? tr("%n replicated", nullptr, int(connectors))
                                           : QString::number(connectors));
        if (!server.subscribed)
            unsubscribed.append(server.name);
    }
    // The Edge shown below the list: the one selected before; at first the only Edge with
    // connectors of its own, or the first Edge when all are subscribed. With several unsubscribed
    // Edges none is chosen for the user: New Send Connector waits for a choice (docs/decisions.md).
    QString wanted = names.contains(kept, Qt::CaseInsensitive) ? kept : QString();
    if (wanted.isEmpty() && (!kept.isEmpty() || names != before)) {
        if (unsubscribed.size() == 1)
            wanted = unsubscribed.first();
        else if (unsubscribed.isEmpty() && m_edgeServerList->topLevelItemCount() > 0)
            wanted = m_edgeServerList->topLevelItem(0)->data(0, Qt::UserRole).toString();
    }
    for (int row = 0; row < m_edgeServerList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_edgeServerList->topLevelItem(row);
        if (!wanted.isEmpty() && item->data(0, Qt::UserRole).toString().compare(wanted, Qt::CaseInsensitive) == 0) {
            m_edgeServerList->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    for (int column = 0; column < m_edgeServerList->columnCount(); ++column)
        m_edgeServerList->resizeColumnToContents(column);
}

void ConsoleWindow::showCurrentNode()
{
    const ConsoleTree::Node node = currentNode();
    if (!m_organization) {
        m_resultNoteLabel->setText(tr("No organization is open. Use File > Open Organization (Ctrl+O), File > Open "
                                      "Directory (Ctrl+Shift+O) or File > New Organization from Sample."));
        m_resultStack->setCurrentWidget(m_resultNoteLabel);
        m_actionPane->setTitle(ActionPane::Section::Node, QString());
        return;
    }
    QTreeWidgetItem *item = m_tree->currentItem();
    m_actionPane->setTitle(ActionPane::Section::Node, item ? item->text(0) : m_organization->name);
    const bool edgeNode = node.kind == ConsoleTree::NodeKind::EdgeTransport;
    if (!node.isSide() && !edgeNode) {
        m_resultNoteLabel->setText(tr("Select Hub Transport under Organization Configuration to see the "
                                      "organization's Send connectors, or Edge Transport to see the Edge "
                                      "Transport servers' own."));
        m_resultStack->setCurrentWidget(m_resultNoteLabel);
        return;
    }
    m_resultStack->setCurrentWidget(m_sidePage);
    m_edgeServerPanel->setVisible(edgeNode);
    setTabs(node.kind);
    const QString edge = currentEdgeServer();
    if (edgeNode && edge.isEmpty()) {
        m_edgeServerNoteLabel->setText(m_edgeServerList->topLevelItemCount() == 0
                                           ? tr("The organization has no Edge Transport server.")
                                           : tr("Select an Edge Transport server in the list above to see its "
                                                "Send connectors."));
        m_edgeServerNoteLabel->show();
        m_resultTabs->hide();
        return;
    }
    m_edgeServerNoteLabel->hide();
    m_resultTabs->show();
    const bool newList = m_model->rowCount() == 0 || m_model->edgeServer().compare(edge, Qt::CaseInsensitive) != 0;
    // Rows prepared on the worker thread when they are for this side; else made here.
    if (m_prepared && m_prepared->edgeServer.compare(edge, Qt::CaseInsensitive) == 0 && !m_prepared->rows.isEmpty())
        m_model->setRows(*m_prepared);
    else
        m_model->setOrganization(*m_organization, edge);
    updateStandings();
    if (newList) {
        // Size the columns to what the list holds, within reason: long lists of hosts elide.
        for (int column = 0; column < ConnectorListModel::ColumnCount; ++column) {
            m_connectorView->resizeColumnToContents(column);
            m_connectorView->setColumnWidth(column, qMin(m_connectorView->columnWidth(column), 240));
        }
    }
    const TransportServer *server = edge.isEmpty() ? nullptr : m_organization->server(edge);
    if (server && server->subscribed) {
        m_sideNoteLabel->setText(tr("%1 is subscribed to the organization by EdgeSync. The list shows, read-only, "
                                    "the Hub Transport side's Send connectors that EdgeSync replicates to it: those "
                                    "whose source servers include its Edge Subscription. Create and change Send "
                                    "connectors on the Hub Transport node instead.")
                                     .arg(server->name));
        m_sideNoteLabel->show();
    } else {
        // What the side's connectors together leave unreachable (the model's advice).
        QStringList advice;
        for (const Problem &problem : OrganizationRules::review(*m_organization, edge))
            advice.append(problem.message);
        m_sideNoteLabel->setText(advice.join(QLatin1Char('\n')));
        m_sideNoteLabel->setVisible(!advice.isEmpty());
    }
}

void ConsoleWindow::updateStandings()
{
    const quint64 generation = ++m_standingsGeneration;
    const QString edge = currentEdgeServer();
    if (m_organization->connectorsFor(edge).size() <= SynchronousStandingsLimit) {
        m_standingsPending = false;
        m_model->setStandings(ConnectorListModel::standingsByName(*m_organization, edge));
        return;
    }
    // The worker has its own copy of the organization; the answer is used only if it is still
    // about the version and side shown when it arrives.
    m_standingsPending = true;
    auto *watcher = new QFutureWatcher<ConnectorListModel::Standings>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_standingsGeneration)
            return;
        m_standingsPending = false;
        m_model->setStandings(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [organization = *m_organization, edge] { return ConnectorListModel::standingsByName(organization, edge); }));
}

QString ConsoleWindow::selectedConnectorName() const
{
    if (!listShown())
        return QString();
    const QModelIndexList rows = m_connectorView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(ConnectorListModel::ConnectorNameRole).toString();
}

std::optional<SendConnector> ConsoleWindow::selectedConnector() const
{
    const QString name = selectedConnectorName();
    if (name.isEmpty())
        return std::nullopt;
    // A subscribed Edge's rows are the Hub side's connectors that EdgeSync replicates to it.
    const SendConnector *connector =
        m_organization->connector(name, m_model->isReplicatedList() ? QString() : currentEdgeServer());
    if (!connector)
        return std::nullopt;
    return *connector;
}

bool ConsoleWindow::selectConnector(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show everything rather than select an invisible row.
        m_filterEdit->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_connectorView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_connectorView->scrollTo(index);
    return true;
}

Problems ConsoleWindow::permissionProblems(OperatorPermissions::Action action) const
{
    if (!m_organization)
        return {};
    return OperatorPermissions::check(*m_organization, m_operator, currentEdgeServer(), action);
}

QString ConsoleWindow::wizardServer() const
{
    const QString edge = currentEdgeServer();
    if (!edge.isEmpty() || !m_organization)
        return edge;
    // The Hub side: the server asked for, else the local server, else the first Hub.
    for (const QString &candidate : {m_requestedServer, m_organization->localServer}) {
        const TransportServer *server = m_organization->server(candidate);
        if (server && server->isHub())
            return server->name;
    }
    for (const TransportServer &server : m_organization->servers) {
        if (server.isHub())
            return server.name;
    }
    return QString();
}

void ConsoleWindow::updateActions()
{
    const bool side = listShown();
    const bool edgeNode = m_organization && currentNode().kind == ConsoleTree::NodeKind::EdgeTransport;
    const std::optional<SendConnector> selected = selectedConnector();
    QStringList reasons;

    // An action that could apply but is not allowed says why, in its tool tip and status tip and
    // in the action pane.
    const auto apply = [&reasons](QAction *action, bool applies, const QString &usualTip, const Problems &problems) {
        const bool allowed = applies && !hasErrors(problems);
        action->setEnabled(allowed);
        QString tip = usualTip;
        if (applies && !allowed) {
            tip = messagesOf(errorsOnly(problems));
            if (!reasons.contains(tip))
                reasons.append(tip);
        }
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };

    // A file that cannot be read now cannot be changed either: the store would refuse at the end.
    Problems unreadable;
    if (!m_fileProblems.isEmpty()) {
        unreadable.append(Problem::error(
            QStringLiteral("Console.FileUnreadable"), QStringLiteral("File"),
            isDirectory()
                ? tr("The organization in the directory cannot be read now, so nothing can be changed until the "
                     "directory answers again: %1")
                      .arg(m_fileProblems.first().toString())
                : tr("The organization file cannot be read now, so nothing can be changed until it is repaired: %1")
                      .arg(m_fileProblems.first().toString())));
    }

    // A change of this window (or of its wizard or Properties sheet) being saved: the others wait
    // for it (they would act on what it replaces).
    const bool saving = m_saving || m_dialogSaving;
    if (saving) {
        unreadable.prepend(Problem::error(
            QStringLiteral("Console.SaveInProgress"), QStringLiteral("File"),
            isDirectory() ? tr("A change is being saved to the directory; wait until it is written.")
                          : tr("A change is being saved to the organization file; wait until it is written.")));
    }

    Problems createProblems = unreadable;
    if (edgeNode && !side && createProblems.isEmpty()) {
        // Edge Transport with no server chosen in the list above the tabs (docs/decisions.md).
        createProblems.append(Problem::error(
            QStringLiteral("Console.NoEdgeServerSelected"), QStringLiteral("Server"),
            m_edgeServerList->topLevelItemCount() == 0
                ? tr("The organization has no Edge Transport server to create a Send connector on.")
                : tr("Several Edge Transport servers keep Send connectors of their own: select the one to create "
                     "the Send connector on in the list of Edge Transport servers.")));
    }
    if (side && createProblems.isEmpty()) {
        createProblems = permissionProblems(OperatorPermissions::Action::CreateConnector);
        if (createProblems.isEmpty())
            createProblems = errorsOnly(SendConnectorWizard::startProblems(*m_organization, wizardServer()));
    }
    apply(m_newAction, side || edgeNode,
          side || edgeNode ? tr("Create a Send connector with the New SMTP Send Connector wizard")
                           : tr("Select Hub Transport or Edge Transport in the console tree first"),
          createProblems);

    const Problems changeProblems = !selected ? Problems()
        : !unreadable.isEmpty()                 ? unreadable
                                                : permissionProblems(OperatorPermissions::Action::ChangeConnector);
    const Problems removeProblems = !selected ? Problems()
        : !unreadable.isEmpty()                 ? unreadable
                                                : permissionProblems(OperatorPermissions::Action::RemoveConnector);
    m_disableAction->setVisible(!selected || selected->enabled);
    m_enableAction->setVisible(selected && !selected->enabled);
    const QString none = tr("Select a Send connector in the list first");
    apply(m_disableAction, selected.has_value(), selected ? tr("Disable the Send connector \"%1\"").arg(selected->name) : none,
          changeProblems);
    apply(m_enableAction, selected.has_value(), selected ? tr("Enable the Send connector \"%1\"").arg(selected->name) : none,
          changeProblems);
    apply(m_removeAction, selected.has_value(), selected ? tr("Remove the Send connector \"%1\"").arg(selected->name) : none,
          removeProblems);
    apply(m_propertiesAction, selected.has_value(),
          selected ? tr("Show or change the properties of the Send connector \"%1\"").arg(selected->name) : none,
          saving ? unreadable.mid(0, 1) : Problems());
    // Undo and redo act on the file wherever the window is; they need the role their operation needs.
    const auto history = [&](QAction *action, bool undo) {
        const QString text = undo ? m_history->undoText() : m_history->redoText();
        const bool applies = undo ? m_history->canUndo() : m_history->canRedo();
        Problems problems = unreadable;
        if (applies && problems.isEmpty() && m_organization)
            problems = undo ? m_history->undoProblems(*m_organization) : m_history->redoProblems(*m_organization);
        if (undo)
            action->setText(applies ? tr("&Undo %1").arg(menuEscaped(text)) : tr("&Undo"));
        else
            action->setText(applies ? tr("&Redo %1").arg(menuEscaped(text)) : tr("&Redo"));
        const QString tip = !applies ? (undo ? tr("Nothing to undo") : tr("Nothing to redo"))
            : undo                   ? tr("Undo %1").arg(text)
                                     : tr("Redo %1").arg(text);
        apply(action, applies, tip, problems);
    };
    history(m_undoAction, true);
    history(m_redoAction, false);

    m_refreshAction->setEnabled(!m_path.isEmpty());
    m_openAction->setEnabled(!saving);
    m_newFromSampleAction->setEnabled(!saving);
    const bool listVisible = side && m_resultTabs->currentWidget() == m_sendConnectorsPage;
    m_exportListAction->setEnabled(listVisible);
    const QString exportTip = listVisible
        ? tr("Save the Send connectors shown, as sorted and filtered, as a text file")
        : tr("Show a list of Send connectors first: Hub Transport or an Edge Transport server, Send Connectors tab");
    m_exportListAction->setToolTip(exportTip);
    m_exportListAction->setStatusTip(exportTip);

    // Test Routing only reads: it needs an organization and a Send connectors view, no role.
    const bool routable = side || edgeNode;
    m_testRoutingAction->setEnabled(routable);
    const QString routingTip = routable
        ? tr("See which Send connector carries mail for a recipient, and why")
        : tr("Select Hub Transport or Edge Transport in the console tree first");
    m_testRoutingAction->setToolTip(routingTip);
    m_testRoutingAction->setStatusTip(routingTip);

    // Test Connectivity only reads and sends nothing: exactly one connector, no role, and the
    // version shown even while the file cannot be read or a change is being saved.
    const qsizetype selectedRows =
        side ? m_connectorView->selectionModel()->selectedRows().size() : 0;
    const bool one = selected.has_value() && selectedRows == 1;
    m_testConnectivityAction->setEnabled(one);
    const QString connectivityTip = one
        ? tr("Check whether the next hops of the Send connector \"%1\" accept mail").arg(selected->name)
        : selectedRows > 1 ? tr("Select only one Send connector to test its connectivity")
                           : none;
    m_testConnectivityAction->setToolTip(connectivityTip);
    m_testConnectivityAction->setStatusTip(connectivityTip);

    m_actionPane->setTitle(ActionPane::Section::Selection, selected ? selected->name : QString());
    m_actionPane->setExplanation(reasons.join(QStringLiteral("\n\n")));
}

void ConsoleWindow::updateStatusBar()
{
    m_fileLabel->setText(m_path.isEmpty() ? tr("No organization file") : QDir::toNativeSeparators(m_path));
    m_fileLabel->setToolTip(m_fileLabel->text());
    if (m_organization) {
        const QString server = m_organization->localServer.isEmpty() ? tr("none") : m_organization->localServer;
        m_serverLabel->setText(tr("Local server: %1").arg(server));
        m_versionLabel->setText(tr("Exchange %1").arg(Exchange::toString(m_organization->exchangeVersion)));
    } else {
        m_serverLabel->clear();
        m_versionLabel->clear();
    }
    m_operatorLabel->setText(tr("Operator: %1").arg(m_operator.isEmpty() ? tr("(unknown)") : m_operator));
}

void ConsoleWindow::newSendConnector()
{
    if (!m_organization || !m_newAction->isEnabled())
        return;
    // The wizard starts from what the window shows (changes of other programs follow within
    // ReloadMaximumDelay); its New re-checks everything on the file as it is then.

    auto *wizard = new SendConnectorWizard(*m_organization, wizardServer(), m_path, this);
    wizard->setOperatorName(m_operator);
    wizard->setLockTimeout(lockTimeoutSeconds() * 1000);
    wizard->setConnectivityOptions(m_connectivityOptions);
    wizard->setStore(storeFor(m_path));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    auto created = std::make_shared<QString>();
    const QString edge = currentEdgeServer();
    connect(wizard, &SendConnectorWizard::connectorCreated, this, [this, created, edge, wizard](const QString &name) {
        *created = name;
        // The history keeps the connector as the wizard wrote it (from what it wrote: the file is
        // not read again on this thread): undone, it is removed only if nobody changed it since.
        if (const std::optional<SendConnectorWizard::Created> &stored = wizard->created()) {
            ConnectorOperations operations(storeFor(m_path), OperationScope{m_operator, edge, stored->version});
            operations.setLockTimeout(lockTimeoutSeconds() * 1000);
            m_history->recordCreate(operations, stored->connector, stored->position);
        }
        m_selectAfterLoad = name;
        reload(ReloadMode::Background);
        statusBar()->showMessage(tr("The Send connector \"%1\" was created.").arg(name), 5000);
    });
    connect(wizard, &SendConnectorWizard::saveStarted, this, [this] { setDialogSaving(true); });
    connect(wizard, &SendConnectorWizard::saveFinished, this, [this] { setDialogSaving(false); });
    connect(wizard, &QDialog::finished, this, [this, created] {
        if (!created->isEmpty())
            selectConnector(*created);
        m_connectorView->setFocus();
    });
    wizard->open();
}

void ConsoleWindow::setDialogSaving(bool saving)
{
    m_dialogSaving = saving;
    updateActions();
}

void ConsoleWindow::runSave(const QString &progress, std::function<Parsed<Organization>()> work,
                            std::function<void(const Parsed<Organization> &)> done)
{
    m_saving = true;
    const quint64 ticket = ++m_ticket;
    statusBar()->showMessage(progress);
    // The action pane's buttons are disabled during the save: the keyboard focus goes to the list
    // rather than nowhere.
    const auto keepFocus = [this] {
        const QWidget *focus = QApplication::focusWidget();
        const auto *pane = findChild<QWidget *>(QStringLiteral("actionPaneScrollArea"));
        if (!focus || (pane && (pane == focus || pane->isAncestorOf(focus))))
            m_connectorView->setFocus();
    };
    keepFocus();
    updateActions();
    auto *watcher = new QFutureWatcher<Parsed<Organization>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done, ticket, keepFocus] {
        watcher->deleteLater();
        m_saving = false;
        const Parsed<Organization> result = watcher->result();
        if (result.ok())
            m_appliedTicket = ticket; // a read started before the save shows an older file
        statusBar()->clearMessage();
        done(result);
        updateActions();
        keepFocus();
        emit saveFinished(result.ok());
        // A change another program made meanwhile, or a read asked for during the save.
        if (m_pendingLoad && !m_loading) {
            const LoadRequest next = *m_pendingLoad;
            m_pendingLoad.reset();
            startLoad(next);
        } else if (!(identityOf(m_path) == m_identity)) {
            fileChangedOutside();
        }
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void ConsoleWindow::setSelectedConnectorEnabled(bool enabled)
{
    QAction *action = enabled ? m_enableAction : m_disableAction;
    const std::optional<SendConnector> selected = selectedConnector();
    if (!selected || !action->isEnabled())
        return;
    const QString name = selected->name;
    const QString edge = currentEdgeServer();
    const QString path = m_path;
    const std::shared_ptr<OrganizationStore> store = storeFor(path);
    const QString operatorName = m_operator;
    const int lockTimeout = lockTimeoutSeconds() * 1000;
    // The change is applied to the file as it is now (another program may have changed it), with
    // the operator's roles as they are now. The connector as it is just before is what an undo
    // puts back: the operation is given it, so that nothing slips in between.
    auto before = std::make_shared<std::optional<StoredConnector>>();
    runSave(
        enabled ? tr("Enabling the Send connector \"%1\"...").arg(name)
                : tr("Disabling the Send connector \"%1\"...").arg(name),
        [=] {
            *before = connectorInFile(*store, name, edge);
            const bool changes = *before && (*before)->connector.enabled != enabled;
            ConnectorOperations operations(store, OperationScope{operatorName, edge, std::nullopt});
            operations.setLockTimeout(lockTimeout);
            return operations.setEnabled(name, enabled, changes ? std::optional((*before)->connector) : std::nullopt);
        },
        [=](const Parsed<Organization> &result) {
            if (!result.ok()) {
                reportFailure(enabled ? tr("The Send connector \"%1\" could not be enabled.").arg(name)
                                      : tr("The Send connector \"%1\" could not be disabled.").arg(name),
                              errorsOnly(result.problems));
                reload(ReloadMode::Background);
                return;
            }
            const bool changes = *before && (*before)->connector.enabled != enabled;
            const SendConnector *after = result.value->connector(name, edge);
            if (changes && after) {
                ConnectorOperations operations(store, OperationScope{operatorName, edge, (*before)->version});
                operations.setLockTimeout(lockTimeout);
                m_history->recordSetEnabled(operations, (*before)->connector, *after);
            }
            if (path == m_path)
                applyOrganization(*result.value);
            statusBar()->showMessage(enabled ? tr("The Send connector \"%1\" is enabled.").arg(name)
                                             : tr("The Send connector \"%1\" is disabled.").arg(name),
                                     5000);
        });
}

void ConsoleWindow::removeSelectedConnector()
{
    const std::optional<SendConnector> selected = selectedConnector();
    if (!selected || !m_removeAction->isEnabled())
        return;
    const QString name = selected->name;
    const QString edge = currentEdgeServer();

    auto *box = new QMessageBox(QMessageBox::Question, tr("Exchange Management Console"),
                                tr("Are you sure that you want to permanently remove the Send connector \"%1\"?")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("removeConfirmationMessageBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, name, edge] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || m_saving || m_dialogSaving)
            return;
        const QString path = m_path;
        const std::shared_ptr<OrganizationStore> store = storeFor(path);
        const QString operatorName = m_operator;
        const int lockTimeout = lockTimeoutSeconds() * 1000;
        // What an undo puts back, at its place: the connector as the file holds it just before.
        auto before = std::make_shared<std::optional<StoredConnector>>();
        runSave(
            tr("Removing the Send connector \"%1\"...").arg(name),
            [=] {
                *before = connectorInFile(*store, name, edge);
                ConnectorOperations operations(store, OperationScope{operatorName, edge, std::nullopt});
                operations.setLockTimeout(lockTimeout);
                return operations.remove(name, *before ? std::optional((*before)->connector) : std::nullopt);
            },
            [=](const Parsed<Organization> &result) {
                if (!result.ok()) {
                    reportFailure(tr("The Send connector \"%1\" could not be removed.").arg(name),
                                  errorsOnly(result.problems));
                    reload(ReloadMode::Background);
                    return;
                }
                if (*before) {
                    ConnectorOperations operations(store, OperationScope{operatorName, edge, (*before)->version});
                    operations.setLockTimeout(lockTimeout);
                    m_history->recordRemove(operations, (*before)->connector, (*before)->position);
                }
                if (path == m_path)
                    applyOrganization(*result.value);
                statusBar()->showMessage(tr("The Send connector \"%1\" was removed.").arg(name), 5000);
            });
    });
    box->open();
}

void ConsoleWindow::recordChange(const SendConnector &before, const SendConnector &after)
{
    if (m_path.isEmpty() || !m_organization || before == after)
        return;
    ConnectorOperations operations(storeFor(m_path), operationScope());
    operations.setLockTimeout(lockTimeoutSeconds() * 1000);
    m_history->recordChange(operations, before, after);
}

OperationScope ConsoleWindow::operationScope() const
{
    // A subscribed Edge shows the Hub side's connectors (read-only): their side is the Hub's.
    const QString edge = m_model->isReplicatedList() ? QString() : currentEdgeServer();
    return OperationScope{m_operator, edge,
                          m_organization ? std::optional(m_organization->exchangeVersion) : std::nullopt};
}

void ConsoleWindow::undoOrRedo(bool undo)
{
    QAction *action = undo ? m_undoAction : m_redoAction;
    if (!action->isEnabled())
        return;
    const QString description = undo ? m_history->undoText() : m_history->redoText();
    const std::optional<ConnectorHistory::PendingStep> step =
        m_history->prepare(undo ? ConnectorCommand::Direction::Undo : ConnectorCommand::Direction::Redo);
    if (!step)
        return;
    // Made on a worker thread like every other save: the window stays responsive while a large
    // file is written or another program holds the lock.
    runSave(undo ? tr("Undoing: %1...").arg(description) : tr("Redoing: %1...").arg(description), step->work,
            [this, step = *step, undo, description](const Parsed<Organization> &result) {
                if (!result.ok()) {
                    // The step stays in the history: once the operator has looked (or the other
                    // program's change is gone), it can be tried again.
                    reportFailure(undo ? tr("\"%1\" could not be undone. It stays in the Edit menu, to try again "
                                            "later.")
                                             .arg(description)
                                       : tr("\"%1\" could not be redone. It stays in the Edit menu, to try again "
                                            "later.")
                                             .arg(description),
                                  errorsOnly(result.problems), QStringLiteral("undoFailedMessageBox"));
                    reload(ReloadMode::Background);
                    return;
                }
                const bool moved = m_history->finish(step, result);
                applyOrganization(*result.value);
                const QString name = m_history->lastConnectorName();
                if (moved && !name.isEmpty() && listShown() && !m_model->isReplicatedList()
                    && m_history->lastServer().compare(currentEdgeServer(), Qt::CaseInsensitive) == 0) {
                    selectConnector(name);
                }
                statusBar()->showMessage(undo ? tr("Undone: %1").arg(description) : tr("Redone: %1").arg(description),
                                         5000);
            });
}

void ConsoleWindow::showProperties()
{
    const std::optional<SendConnector> selected = selectedConnector();
    if (!selected)
        return;
    // A subscribed Edge's list shows Hub connectors replicated by EdgeSync: read-only there.
    const bool replicated = m_model->isReplicatedList();
    const QString edge = replicated ? QString() : currentEdgeServer();
    auto *sheet = new ConnectorPropertiesSheet(m_path, OperationScope{m_operator, edge, std::nullopt}, *m_organization,
                                               *selected, this);
    sheet->setStore(storeFor(m_path));
    QStringList refused;
    for (const Problem &problem : errorsOnly(permissionProblems(OperatorPermissions::Action::ChangeConnector)))
        refused.append(problem.message);
    if (replicated && refused.isEmpty()) {
        refused.append(tr("This connector is replicated to the subscribed Edge Transport server by EdgeSync. "
                          "Change it in Organization Configuration > Hub Transport."));
    }
    if (!refused.isEmpty())
        sheet->setReadOnly(refused.join(QLatin1Char('\n')));
    sheet->setLockTimeout(lockTimeoutSeconds() * 1000);
    connect(sheet, &ConnectorPropertiesSheet::applied, this,
            [this](const SendConnector &before, const SendConnector &after) {
                recordChange(before, after); // Edit > Undo Change takes it back
                m_selectAfterLoad = after.name;
                reload(ReloadMode::Background);
            });
    connect(sheet, &ConnectorPropertiesSheet::saveStarted, this, [this] { setDialogSaving(true); });
    connect(sheet, &ConnectorPropertiesSheet::saveFinished, this, [this] { setDialogSaving(false); });
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->setWindowModality(Qt::WindowModal);
    sheet->open();
}

Problems ConsoleWindow::exportList(const QString &path, ListExporter::Format format) const
{
    // What the result pane shows: the proxy's rows (sorted, filtered), the header's visible
    // sections in the order the user arranged them.
    const QHeaderView *header = m_connectorView->header();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return ListExporter::write(path, *m_proxy, columns, format);
}

void ConsoleWindow::exportListDialog()
{
    if (!m_exportListAction->isEnabled())
        return;
    const QString folder = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Export List"), folder);
    dialog->setObjectName(QStringLiteral("exportListFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (ListExporter::Format format : ListExporter::formats())
        filters.append(ListExporter::nameFilter(format));
    dialog->setNameFilters(filters);
    dialog->selectNameFilter(filters.first());
    dialog->setDefaultSuffix(ListExporter::suffix(ListExporter::formats().first()));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        if (const std::optional<ListExporter::Format> format = ListExporter::formatOfNameFilter(filter))
            dialog->setDefaultSuffix(ListExporter::suffix(*format));
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &file) {
        const ListExporter::Format format =
            ListExporter::formatOfNameFilter(dialog->selectedNameFilter()).value_or(ListExporter::formats().first());
        // Queued: a failure is reported once the file dialog has closed.
        QMetaObject::invokeMethod(
            this,
            [this, file, format] {
                const Problems problems = exportList(file, format);
                if (hasErrors(problems)) {
                    reportFailure(tr("The list could not be exported to %1.").arg(QDir::toNativeSeparators(file)),
                                  errorsOnly(problems));
                    return;
                }
                statusBar()->showMessage(tr("The list was exported to %1.").arg(QDir::toNativeSeparators(file)),
                                         5000);
            },
            Qt::QueuedConnection);
    });
    dialog->open();
}

TestRoutingDialog *ConsoleWindow::testRoutingDialog() const
{
    return m_testRoutingDialog.data();
}

void ConsoleWindow::showTestRouting()
{
    if (!m_organization || !m_testRoutingAction->isEnabled())
        return;
    if (!m_testRoutingDialog) {
        // Non-modal, as the EMC's tools beside the result pane: the list stays usable, and the
        // dialog follows each version of the file the window reads.
        m_testRoutingDialog = new TestRoutingDialog(*m_organization, wizardServer(), this);
        m_testRoutingDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else if (!currentEdgeServer().isEmpty()) {
        m_testRoutingDialog->selectSendingServer(currentEdgeServer());
    }
    m_testRoutingDialog->show();
    m_testRoutingDialog->raise();
    m_testRoutingDialog->activateWindow();
}

QList<ConnectivityDialog *> ConsoleWindow::connectivityDialogs() const
{
    QList<ConnectivityDialog *> open;
    for (const QPointer<ConnectivityDialog> &dialog : m_connectivityDialogs) {
        if (dialog)
            open.append(dialog.data());
    }
    return open;
}

void ConsoleWindow::showTestConnectivity()
{
    const std::optional<SendConnector> selected = selectedConnector();
    if (!selected || !m_testConnectivityAction->isEnabled())
        return;
    // A subscribed Edge's list shows the Hub side's connectors: they send from that Edge there.
    const bool replicated = m_model->isReplicatedList();
    const QString side = replicated ? QString() : currentEdgeServer();
    m_connectivityDialogs.removeAll(QPointer<ConnectivityDialog>());
    ConnectivityDialog *dialog = nullptr;
    for (const QPointer<ConnectivityDialog> &open : std::as_const(m_connectivityDialogs)) {
        if (open->connectorName().compare(selected->name, Qt::CaseInsensitive) == 0
            && open->side().compare(side, Qt::CaseInsensitive) == 0) {
            dialog = open;
        }
    }
    if (!dialog) {
        // Non-modal, like Test Routing: a test may take a while, and the console stays usable.
        dialog = new ConnectivityDialog(*m_organization, selected->name, side,
                                        replicated ? currentEdgeServer() : QString(), this);
        dialog->setConnectivityOptions(connectivityOptions());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_connectivityDialogs.append(dialog);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

OpenDirectoryDialog *ConsoleWindow::askDirectoryLogin(const QString &location, const QString &bindDn,
                                                     const Problems &refusal, const QString &server)
{
    auto *dialog = new OpenDirectoryDialog(this);
    dialog->setLocationText(location);
    dialog->setBindDn(bindDn);
    dialog->setRefusal(refusal);
    if (refusal.isEmpty() && !location.isEmpty() && !bindDn.isEmpty())
        dialog->findChild<QWidget *>(QStringLiteral("bindPasswordEdit"))->setFocus();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, server] {
        // Queued: a problem dialog (or this one again) opens once this one has closed.
        QMetaObject::invokeMethod(
            this, [this, server, location = dialog->locationText()] { openOrganization(location, server); },
            Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

void ConsoleWindow::openOrganizationDialog()
{
    const QString folder = m_path.isEmpty() || isDirectory() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Open Organization"), folder,
                                   tr("Organization files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openOrganizationFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Queued: a problem dialog opens once the file dialog has closed.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { openOrganization(file); },
            Qt::QueuedConnection);
    dialog->open();
}

void ConsoleWindow::newOrganizationFromSample()
{
    const QString folder = m_path.isEmpty() || isDirectory() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    auto *dialog = new QFileDialog(this, tr("New Organization from Sample"), folder,
                                   tr("Organization files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("newOrganizationFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("contoso.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(
        dialog, &QFileDialog::fileSelected, this,
        [this](const QString &file) {
            // The file dialog has already asked before replacing an existing file.
            const Problems problems = OrganizationStore::create(file, OrganizationStore::sampleOrganization(),
                                                                /*overwrite=*/true);
            if (hasErrors(problems)) {
                reportFailure(tr("The sample organization could not be saved as %1.")
                                  .arg(QDir::toNativeSeparators(file)),
                              errorsOnly(problems));
                return;
            }
            openOrganization(file);
        },
        Qt::QueuedConnection);
    dialog->open();
}

void ConsoleWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Send Connector Console"),
                                tr("<p><b>Send Connector Console</b> %1</p><p>A replica of the Exchange Server 2007 "
                                   "Management Console's Send connectors and its New SMTP Send Connector wizard.</p>")
                                    .arg(QApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

bool ConsoleWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_connectorView && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        // From the keyboard the menu is about the selected connector (wherever the mouse is).
        const QModelIndex current = m_connectorView->currentIndex();
        const bool onRow = current.isValid() && !selectedConnectorName().isEmpty();
        if (onRow)
            m_connectorView->scrollTo(current);
        showConnectorContextMenu(onRow ? m_connectorView->visualRect(current).center() : QPoint(0, 0));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void ConsoleWindow::showConnectorContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("connectorContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_connectorView->indexAt(position).isValid()) {
        menu->addAction(m_disableAction);
        menu->addAction(m_enableAction);
        menu->addAction(m_removeAction);
        menu->addAction(m_propertiesAction);
        menu->addAction(m_testConnectivityAction);
        menu->addSeparator();
    }
    menu->addAction(m_newAction);
    menu->addAction(m_testRoutingAction);
    menu->addAction(m_exportListAction);
    menu->addAction(m_refreshAction);
    menu->popup(m_connectorView->viewport()->mapToGlobal(position));
}

std::shared_ptr<OrganizationStore> ConsoleWindow::storeFor(const QString &path)
{
    // One store per file for the window: it keeps the organization it last read or wrote, so that
    // a save or a reload after this window's own change does not parse the file again
    // (docs/organization-file.md#caching). Its calls may come from the workers; it is thread-safe.
    if (!m_store || m_store->path() != path)
        m_store = std::make_shared<OrganizationStore>(path);
    return m_store;
}

