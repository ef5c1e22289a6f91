// The console window driven by keys and clicks: its layout (tree, tabs, status bar), actions
// that follow the selection, Properties, sorting and filtering, who may act (role assignments,
// subscribed Edge), damaged files (dialog, file untouched, previous organization kept) and the
// settings that persist (geometry, splitter, recent files).
#include "support/GuiTestSupport.h"
#include "support/ModelTestSupport.h"
#include "ActionPane.h"
#include "RoutingAnalysis.h"
#include "RouteExplanationModel.h"
#include "ConnectivityDialog.h"
#include "TestRoutingDialog.h"
#include "CommandGenerator.h"
#include "ConnectorHistory.h"
#include "ConnectorOperations.h"
#include "ConnectorListModel.h"
#include "ConnectorPropertiesSheet.h"
#include "ConsoleWindow.h"
#include "ListExporter.h"
#include "OperatorPermissions.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QIcon>
#include <QStyle>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWindow>
#include <QSet>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QProgressBar>
#include <QSaveFile>
#include <QSpinBox>
#include "OrganizationWriter.h"

#include <memory>

namespace {

using GuiTestSupport::readAll;
using GuiTestSupport::writeAll;
using GuiTestSupport::waitForModal;
using GuiTestSupport::waitUntilClosed;

using Node = ConsoleTree::Node;
using Kind = ConsoleTree::NodeKind;

const QString OrganizationAdministrator = QStringLiteral("CONTOSO\\Administrator");

// Replaces the first occurrence only: one damage per file.
QByteArray replacedOnce(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = bytes.indexOf(from);
    return at < 0 ? QByteArray() : bytes.replace(at, from.size(), to);
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private slots:
    void filterTypedWhileALargeOrganizationLoads();
    void burstOfExternalWritesIsCoalesced();
    void otherFilesInTheFolderCauseNoReload();
    void actionsRefusedWhileASaveIsInFlight();
    void actionsRefusedWhileTheSheetSaves();
    void lockWaitSetInOptions();
    void lockWaitAppliesToSaves();
    void initTestCase();
    void init();
    void cleanup();
    void layout();
    void actionsFollowSelection();
    void properties();
    void mnemonicsReachTheirTargets();
    void contextMenuMirrorsActionPane();
    void sortingAndFiltering();
    void modelAcrossReloads();
    void permissions_data();
    void permissions();
    void damagedFile_data();
    void damagedFile();
    void settingsRoundTrip();
    void recentFileNoLongerThere();
    void missingDefaultRouteIsPointedOut();
    void tabsShownPerNode_data();
    void tabsShownPerNode();
    void edgeTransportListsItsServers();
    void edgeTransportChoosesNoServerForTheUser_data();
    void edgeTransportChoosesNoServerForTheUser();
    void exportListFollowsTheView_data();
    void exportListFollowsTheView();
    void roleRevokedMeanwhileIsRefused();
    void undoRedoThroughEditMenuAndShortcuts();
    void undoRefusedWhenChangedMeanwhile();
    void undoFollowsTheRolesAndTheFile();
    void undoChangeRecordedFromTheSheet();
    void sheetApplyThenCtrlZ();
    void testRoutingFromTheActionPane();
    void testConnectivityForTheSelectedConnector();
    void routingMarkers();
    void routingMarkersOfALargeSideOffTheGuiThread();

private:
    bool clickEdgeServer(const QString &name);
    QStringList tabTexts() const;
    bool start(const QString &path, const QString &operatorName = OrganizationAdministrator);
    bool openAndWait(const QString &path);
    bool clickNode(const Node &node);
    bool clickConnector(const QString &name);
    QStringList visibleNames() const;
    template <typename T>
    T *find(const char *objectName) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(objectName));
    }
    QAction *action(const char *objectName) const { return find<QAction>(objectName); }
    QTreeView *view() const { return find<QTreeView>("connectorView"); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ConsoleWindow> m_window;
};

void TestConsoleWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolewindow"));
    QVERIFY(m_dir.isValid());
}

void TestConsoleWindow::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("organization.json"));
    QFile::remove(m_path);
    // A lock left by the previous test's killed writer is recovered with a warning: only errors count.
    const Problems created = OrganizationStore::create(m_path, OrganizationStore::sampleOrganization());
    QVERIFY2(!hasErrors(created), qPrintable(created.value(0).toString()));
}

void TestConsoleWindow::cleanup()
{
    m_window.reset();
    QSettings().clear();
    const QWidgetList left = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [](const QWidget *w) { return w->isVisible(); }));
}

bool TestConsoleWindow::start(const QString &path, const QString &operatorName)
{
    m_window = std::make_unique<ConsoleWindow>(operatorName);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return openAndWait(path);
}

bool TestConsoleWindow::openAndWait(const QString &path)
{
    // The window reads the file on a worker thread: wait for the answer.
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    if (!m_window->openOrganization(path))
        return false;
    if (!QTest::qWaitFor([&] { return !m_window->isLoading() && !loaded.isEmpty(); }, 60000))
        return false;
    return loaded.last().first().toBool();
}

bool TestConsoleWindow::clickNode(const Node &node)
{
    auto *tree = find<ConsoleTree>("consoleTree");
    QTreeWidgetItem *item = tree->itemFor(node);
    if (!item)
        return false;
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    return m_window->currentNode() == node;
}

bool TestConsoleWindow::clickEdgeServer(const QString &name)
{
    auto *list = find<QTreeWidget>("edgeServerList");
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list->topLevelItem(row);
        if (item->text(0) == name) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return m_window->currentEdgeServer() == name;
        }
    }
    return false;
}

QStringList TestConsoleWindow::tabTexts() const
{
    auto *tabs = find<QTabWidget>("resultTabs");
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(tabs->tabText(i));
    return texts;
}

bool TestConsoleWindow::clickConnector(const QString &name)
{
    return GuiTestSupport::clickConnectorRow(view(), name) && m_window->selectedConnectorName() == name;
}

QStringList TestConsoleWindow::visibleNames() const
{
    QStringList names;
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

void TestConsoleWindow::layout()
{
    QVERIFY(start(m_path));
    auto *tree = find<ConsoleTree>("consoleTree");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("Contoso"));
    QCOMPARE(root->childCount(), 2);
    QCOMPARE(root->child(0)->text(0), QStringLiteral("Organization Configuration"));
    QCOMPARE(root->child(0)->child(0)->text(0), QStringLiteral("Hub Transport"));
    QTreeWidgetItem *edges = root->child(1);
    QCOMPARE(edges->text(0), QStringLiteral("Edge Transport"));
    QCOMPARE(edges->childCount(), 2);
    QCOMPARE(edges->child(0)->text(0), QStringLiteral("EDGE01 (subscribed)"));
    QCOMPARE(edges->child(1)->text(0), QStringLiteral("EDGE02"));

    // The local server EX01 is a Hub: Hub Transport and its Send Connectors tab come first.
    QCOMPARE(m_window->currentNode(), (Node{Kind::HubTransport, QString()}));
    auto *tabs = find<QTabWidget>("resultTabs");
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("&Send Connectors"));
    QCOMPARE(tabs->count(), 8); // the EMC's Hub Transport tabs; tabsShownPerNode() checks each
    QCOMPARE(view()->model()->rowCount(), 5);

    QCOMPARE(find<QLabel>("fileStatusLabel")->text(), QDir::toNativeSeparators(m_path));
    QCOMPARE(find<QLabel>("serverStatusLabel")->text(), QStringLiteral("Local server: EX01"));
    QCOMPARE(find<QLabel>("versionStatusLabel")->text(), QStringLiteral("Exchange 2007 SP1"));
    QCOMPARE(find<QLabel>("operatorStatusLabel")->text(), QStringLiteral("Operator: CONTOSO\\Administrator"));

    // Another tab says why it is empty.
    const int sendTab = tabs->currentIndex();
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QCOMPARE(tabs->currentIndex(), sendTab + 1);
    QVERIFY(find<QLabel>("edgeSubscriptionsNote")->isVisible());
    tabs->setCurrentIndex(sendTab);

    // An unsubscribed Edge lists its own connectors; a subscribed one none, with a note.
    QVERIFY(clickNode({Kind::EdgeServer, QStringLiteral("EDGE02")}));
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("EDGE02 to Contoso"), QStringLiteral("EDGE02 to Internet")}));
    QVERIFY(!find<QLabel>("sideNoteLabel")->isVisible());
    QVERIFY(clickNode({Kind::EdgeServer, QStringLiteral("EDGE01")}));
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("Woodgrove Bank (domain secured)")}); // replicated
    QVERIFY(find<QLabel>("sideNoteLabel")->isVisible());
    QVERIFY(find<QLabel>("sideNoteLabel")->text().contains(QLatin1String("Hub Transport")));

    // A container node shows a note instead of the tabs, and nothing to create there.
    QVERIFY(clickNode({Kind::OrganizationConfiguration, QString()}));
    QVERIFY(!tabs->isVisible());
    QVERIFY(find<QLabel>("resultNoteLabel")->isVisible());
    QVERIFY(!action("newSendConnectorAction")->isEnabled());

    // Keyboard: Up/Down in the tree moves between nodes.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(m_window->currentNode(), (Node{Kind::HubTransport, QString()}));
    QVERIFY(action("newSendConnectorAction")->isEnabled());

    // Every menu has a mnemonic; the actions carry the agreed shortcuts.
    for (QAction *menu : m_window->menuBar()->actions())
        QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(action("removeConnectorAction")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action("propertiesAction")->shortcut(), QKeySequence(Qt::Key_Return));
    QCOMPARE(action("newSendConnectorAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(action("openOrganizationAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
}

void TestConsoleWindow::actionsFollowSelection()
{
    QVERIFY(start(m_path));
    auto *pane = find<ActionPane>("actionPane");
    QVERIFY(pane->isVisible());
    QVERIFY(find<QToolButton>("newSendConnectorActionButton")->isVisible());
    QVERIFY(find<QToolButton>("newSendConnectorActionButton")->isEnabled());
    QVERIFY(find<QToolButton>("refreshActionButton")->isVisible());
    // Nothing selected: the connector section is hidden and its actions unavailable.
    QVERIFY(!find<QWidget>("actionPaneSelectionSection")->isVisible());
    QVERIFY(!action("disableConnectorAction")->isEnabled());
    QVERIFY(!action("removeConnectorAction")->isEnabled());
    QVERIFY(!action("propertiesAction")->isEnabled());

    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));
    QVERIFY(find<QWidget>("actionPaneSelectionSection")->isVisible());
    QCOMPARE(find<QLabel>("actionPaneSelectionTitle")->text(), QStringLiteral("Contoso to Internet"));
    QVERIFY(find<QToolButton>("disableConnectorActionButton")->isVisible());
    QVERIFY(find<QToolButton>("disableConnectorActionButton")->isEnabled());
    QVERIFY(!find<QToolButton>("enableConnectorActionButton")->isVisible());
    QVERIFY(find<QToolButton>("removeConnectorActionButton")->isEnabled());
    QVERIFY(find<QToolButton>("propertiesActionButton")->isEnabled());
    QVERIFY(pane->explanation().isEmpty());

    // A disabled connector offers Enable instead of Disable.
    QVERIFY(clickConnector(QStringLiteral("Northwind Traders (retired)")));
    QVERIFY(!find<QToolButton>("disableConnectorActionButton")->isVisible());
    QVERIFY(find<QToolButton>("enableConnectorActionButton")->isVisible());
    QVERIFY(find<QToolButton>("enableConnectorActionButton")->isEnabled());
}

void TestConsoleWindow::properties()
{
    QVERIFY(start(m_path));
    QVERIFY(clickConnector(QStringLiteral("Contoso to Tailspin Toys relay")));
    QTest::keyClick(view(), Qt::Key_Return);
    auto *dialog = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(dialog);
    QVERIFY(!dialog->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"))->text(),
             QStringLiteral("Contoso to Tailspin Toys relay"));
    const QAbstractItemModel *hosts = dialog->findChild<QTreeView *>(QStringLiteral("smartHostView"))->model();
    QCOMPARE(hosts->data(hosts->index(0, 0)).toString(), QStringLiteral("relay.tailspintoys.com"));
    const QAbstractItemModel *servers = dialog->findChild<QTreeView *>(QStringLiteral("sourceServerView"))->model();
    QCOMPARE(servers->data(servers->index(0, 0)).toString(), QStringLiteral("EX03"));
    // Nothing changed yet: Apply waits for a change; Escape closes without writing.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    const QByteArray before = readAll(m_path);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(dialog));
    QCOMPARE(readAll(m_path), before);

    // A double click opens it too; a change applied there is written and the list follows.
    const QModelIndex current = view()->currentIndex();
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(current).center());
    dialog = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Tailspin relay"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(waitUntilClosed(dialog));
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(QStringLiteral("Tailspin relay")));
    QVERIFY(!saved.value->connector(QStringLiteral("Contoso to Tailspin Toys relay")));
    QTRY_COMPARE(m_window->selectedConnectorName(), QStringLiteral("Tailspin relay"));
}

void TestConsoleWindow::mnemonicsReachTheirTargets()
{
    QVERIFY(start(m_path));
    auto *tabs = find<QTabWidget>("resultTabs");
    QVERIFY(clickConnector(QStringLiteral("Contoso to Tailspin Toys relay")));
    const int sendTab = tabs->currentIndex();
    QCOMPARE(tabs->tabText(sendTab), QStringLiteral("&Send Connectors"));

    // Alt+A opens the Action menu; the tabs stay where they are (a tab used to take Alt+A).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), QStringLiteral("actionMenu"));
    QCOMPARE(tabs->currentIndex(), sendTab);
    menu->close();
    QTRY_VERIFY(!QApplication::activePopupWidget());
    view()->setFocus();
    // The Accepted Domains tab keeps a mnemonic of its own.
    QTest::keyClick(view(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), sendTab);

    // The Properties sheet: Alt+L goes to the protocol logging level, Alt+F to the HELO name.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Return);
    auto *dialog = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(dialog);
    // A dialog shares activation with its parent in some styles: make it the active window itself.
    dialog->windowHandle()->requestActivate();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("protocolLoggingCombo")));
    QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("heloFqdnEdit")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(dialog));
}

void TestConsoleWindow::contextMenuMirrorsActionPane()
{
    QVERIFY(start(m_path));
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));
    const QPoint at = view()->visualRect(view()->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view()->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), QStringLiteral("connectorContextMenu"));
    QStringList names;
    for (QAction *entry : menu->actions()) {
        if (!entry->isSeparator() && entry->isVisible())
            names.append(entry->objectName());
    }
    QCOMPARE(names, QStringList({QStringLiteral("disableConnectorAction"), QStringLiteral("removeConnectorAction"),
                                 QStringLiteral("propertiesAction"), QStringLiteral("testConnectivityAction"),
                                 QStringLiteral("newSendConnectorAction"),
                                 QStringLiteral("testRoutingAction"), QStringLiteral("exportListAction"),
                                 QStringLiteral("refreshAction")}));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action("propertiesAction")).center());
    auto *dialog = waitForModal<QDialog>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(dialog);
    dialog->reject();
    QVERIFY(waitUntilClosed(dialog));
}

void TestConsoleWindow::sortingAndFiltering()
{
    QVERIFY(start(m_path));
    const QStringList ascending = {QStringLiteral("Contoso to Internet"), QStringLiteral("Contoso to Tailspin Toys relay"),
                                   QStringLiteral("Fabrikam X.400 gateway"), QStringLiteral("Northwind Traders (retired)"),
                                   QStringLiteral("Woodgrove Bank (domain secured)")};
    QCOMPARE(visibleNames(), ascending);
    QHeaderView *header = view()->header();
    const auto clickHeader = [header](ConnectorListModel::Column column) {
        const int section = int(column);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                                 header->height() / 2));
    };
    clickHeader(ConnectorListModel::Column::Name);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(visibleNames(), descending);

    // Status: Disabled sorts before Enabled.
    clickHeader(ConnectorListModel::Column::Status);
    QCOMPARE(header->sortIndicatorSection(), int(ConnectorListModel::Column::Status));
    const QStringList byStatus = visibleNames();
    QCOMPARE(header->sortIndicatorOrder() == Qt::AscendingOrder ? byStatus.first() : byStatus.last(),
             QStringLiteral("Northwind Traders (retired)"));
    clickHeader(ConnectorListModel::Column::Name);
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(ConnectorListModel::Column::Name);
    QCOMPARE(visibleNames(), ascending);

    // The filter matches any column, case-insensitively, and keeps the selection of what stays.
    QVERIFY(clickConnector(QStringLiteral("Contoso to Tailspin Toys relay")));
    auto *filter = find<QLineEdit>("connectorFilterEdit");
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("CONTOSO"));
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("Contoso to Internet"),
                                          QStringLiteral("Contoso to Tailspin Toys relay")}));
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Tailspin Toys relay"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("192.168.1"));
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("Fabrikam X.400 gateway"),
                                          QStringLiteral("Northwind Traders (retired)")}));
    // A filter that hides the selection leaves nothing to act on.
    QVERIFY2(m_window->selectedConnectorName().isEmpty(), qPrintable(m_window->selectedConnectorName()));
    QVERIFY(!action("removeConnectorAction")->isEnabled());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no such connector"));
    QCOMPARE(visibleNames(), QStringList());
    filter->clear();
    QCOMPARE(visibleNames(), ascending);
}

void TestConsoleWindow::modelAcrossReloads()
{
    QVERIFY(start(m_path));
    QAbstractItemModelTester tester(view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(clickConnector(QStringLiteral("Woodgrove Bank (domain secured)")));
    // Changes made outside the window, read again with F5 (and by the watcher).
    QVERIFY(OrganizationStore(m_path)
                .modify([](Organization &organization) {
                    organization.sendConnectors.removeFirst();
                    SendConnector added = organization.sendConnectors.first();
                    added.name = QStringLiteral("Added meanwhile");
                    organization.sendConnectors.append(added);
                    return Problems();
                })
                .ok());
    QTest::keyClick(view(), Qt::Key_F5);
    QTRY_VERIFY(visibleNames().contains(QStringLiteral("Added meanwhile")));
    QVERIFY(!visibleNames().contains(QStringLiteral("Contoso to Internet")));
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Woodgrove Bank (domain secured)"));
    QVERIFY(clickNode({Kind::EdgeServer, QStringLiteral("EDGE02")}));
    QVERIFY(clickNode({Kind::HubTransport, QString()}));
    QCOMPARE(view()->model()->rowCount(), 5);
}

void TestConsoleWindow::permissions_data()
{
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("edgeServer"); // empty: Hub Transport
    QTest::addColumn<QString>("connector");  // selected, to check Disable/Remove
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("code");

    const QString hubConnector = QStringLiteral("Contoso to Internet");
    const QString edgeConnector = QStringLiteral("EDGE02 to Internet");
    QTest::newRow("organization administrator on Hub")
        << OrganizationAdministrator << QString() << hubConnector << true << QString();
    QTest::newRow("organization administrator, other case")
        << QStringLiteral("contoso\\ADMINISTRATOR") << QString() << hubConnector << true << QString();
    QTest::newRow("bare name is not the domain account")
        << QStringLiteral("Administrator") << QString() << hubConnector << false
        << QStringLiteral("Permission.NotOrganizationAdministrator");
    QTest::newRow("someone else on Hub") << QStringLiteral("CONTOSO\\kim") << QString() << hubConnector << false
                                         << QStringLiteral("Permission.NotOrganizationAdministrator");
    QTest::newRow("Edge administrator on its Edge")
        << QStringLiteral("EDGE02\\Administrator") << QStringLiteral("EDGE02") << edgeConnector << true << QString();
    QTest::newRow("Edge administrator on Hub") << QStringLiteral("EDGE02\\Administrator") << QString() << hubConnector
                                               << false << QStringLiteral("Permission.NotOrganizationAdministrator");
    QTest::newRow("organization administrator on an Edge")
        << OrganizationAdministrator << QStringLiteral("EDGE02") << edgeConnector << false
        << QStringLiteral("Permission.NotEdgeAdministrator");
    QTest::newRow("subscribed Edge, even for its administrator")
        << QStringLiteral("EDGE01\\Administrator") << QStringLiteral("EDGE01") << QString() << false
        << QStringLiteral("Permission.SubscribedEdge");
}

void TestConsoleWindow::permissions()
{
    QFETCH(QString, operatorName);
    QFETCH(QString, edgeServer);
    QFETCH(QString, connector);
    QFETCH(bool, allowed);
    QFETCH(QString, code);

    QFile::remove(m_path);
    QVERIFY(QFile::copy(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray original = readAll(m_path);
    QVERIFY(start(m_path, operatorName));
    QVERIFY(m_window->organization()->roleAssignments.has_value());
    QCOMPARE(find<QLabel>("operatorStatusLabel")->text(), QStringLiteral("Operator: %1").arg(operatorName));
    if (!edgeServer.isEmpty())
        QVERIFY(clickNode({Kind::EdgeServer, edgeServer}));

    const Organization &organization = *m_window->organization();
    const Problems createProblems = OperatorPermissions::check(organization, operatorName, edgeServer,
                                                               OperatorPermissions::Action::CreateConnector);
    QCOMPARE(createProblems.isEmpty(), allowed);
    QAction *create = action("newSendConnectorAction");
    auto *explanation = find<QLabel>("actionExplanationLabel");
    QCOMPARE(create->isEnabled(), allowed);
    QCOMPARE(find<QToolButton>("newSendConnectorActionButton")->isEnabled(), allowed);
    if (allowed) {
        QVERIFY(!explanation->isVisible());
    } else {
        QCOMPARE(createProblems.first().code, code);
        // The reason is the tool tip, the status tip and the action pane's explanation.
        QCOMPARE(create->toolTip(), createProblems.first().message);
        QCOMPARE(find<QToolButton>("newSendConnectorActionButton")->toolTip(), createProblems.first().message);
        QCOMPARE(create->statusTip(), createProblems.first().message);
        QVERIFY(explanation->isVisible());
        QVERIFY(explanation->text().contains(createProblems.first().message));
        if (code == QLatin1String("Permission.SubscribedEdge"))
            QVERIFY(create->toolTip().contains(QLatin1String("Hub Transport side")));
        else
            QVERIFY2(create->toolTip().contains(operatorName.trimmed()), qPrintable(create->toolTip()));
        // Ctrl+N does nothing then: no wizard.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!QApplication::activeModalWidget());
    }

    if (!connector.isEmpty()) {
        QVERIFY(clickConnector(connector));
        QCOMPARE(action("disableConnectorAction")->isEnabled(), allowed);
        QCOMPARE(action("removeConnectorAction")->isEnabled(), allowed);
        QVERIFY(action("propertiesAction")->isEnabled()); // reading needs no role
        if (!allowed) {
            const Problems removeProblems = OperatorPermissions::check(organization, operatorName, edgeServer,
                                                                       OperatorPermissions::Action::RemoveConnector);
            QCOMPARE(action("removeConnectorAction")->toolTip(), removeProblems.first().message);
            QTest::keyClick(view(), Qt::Key_Delete);
            QVERIFY(!QApplication::activeModalWidget());
        }
    }
    QCOMPARE(readAll(m_path), original);
}

void TestConsoleWindow::damagedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where"); // part of the location the dialog must name

    const QByteArray sample = OrganizationStore::sampleOrganizationBytes();
    QTest::newRow("truncated") << sample.left(sample.size() / 2) << QStringLiteral("File.Syntax")
                               << QStringLiteral("line ");
    QTest::newRow("wrong type") << replacedOnce(sample, "\"Port\": 25", "\"Port\": \"25\"") << QString()
                                << QStringLiteral("/Port (line ");
    QTest::newRow("unknown enum") << replacedOnce(sample, "\"Usage\": \"Internet\"", "\"Usage\": \"Interplanetary\"")
                                  << QString() << QStringLiteral("/Usage (line ");
    QTest::newRow("newer schema") << replacedOnce(sample, "\"SchemaVersion\": 1", "\"SchemaVersion\": 2")
                                  << QStringLiteral("File.NewerSchema") << QStringLiteral("/SchemaVersion");
}

void TestConsoleWindow::damagedFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, where);
    QVERIFY(!bytes.isEmpty());
    const Problems expected = errorsOnly(OrganizationFile::parse(bytes).problems);
    QVERIFY(!expected.isEmpty());
    if (!code.isEmpty())
        QVERIFY2(containsCode(expected, code), qPrintable(expected.first().toString()));

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QVERIFY(writeAll(damaged, bytes));
    QVERIFY(start(m_path));
    QVERIFY(clickConnector(QStringLiteral("Fabrikam X.400 gateway")));

    // File > Open Organization, by keyboard: Ctrl+O, type the path, Enter.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    auto *fileDialog = waitForModal<QFileDialog>(QStringLiteral("openOrganizationFileDialog"));
    QVERIFY(fileDialog);
    auto *nameEdit = fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(nameEdit);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(nameEdit));
    QTest::keyClicks(nameEdit, damaged);
    QTest::keyClick(nameEdit, Qt::Key_Return);
    if (fileDialog->isVisible()) // the completer's popup took the first Enter
        QTest::keyClick(nameEdit, Qt::Key_Return);
    QVERIFY(waitUntilClosed(fileDialog));

    auto *box = waitForModal<QMessageBox>(QStringLiteral("fileProblemsMessageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(damaged)));
    QVERIFY(box->text().contains(QLatin1String("was not changed")));
    for (const Problem &problem : expected)
        QVERIFY2(box->informativeText().contains(problem.toString()), qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(where), qPrintable(box->informativeText()));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(box));

    QCOMPARE(readAll(damaged), bytes);
    QCOMPARE(m_window->organizationPath(), QFileInfo(m_path).canonicalFilePath());
    QCOMPARE(view()->model()->rowCount(), 5);
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Fabrikam X.400 gateway"));
    QCOMPARE(find<QLabel>("fileStatusLabel")->text(), QDir::toNativeSeparators(QFileInfo(m_path).canonicalFilePath()));
    QVERIFY(!m_window->recentFiles().contains(QFileInfo(damaged).canonicalFilePath()));
    QFile::remove(damaged);
}

void TestConsoleWindow::settingsRoundTrip()
{
    const QString other = m_dir.filePath(QStringLiteral("second.json"));
    QFile::remove(other);
    QVERIFY(OrganizationStore::create(other, OrganizationStore::sampleOrganization()).isEmpty());
    QList<int> sizes;
    QSize size(913, 577);
    {
        QVERIFY(start(m_path));
        QVERIFY(openAndWait(other));
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        auto *splitter = find<QSplitter>("mainSplitter");
        splitter->setSizes({150, 480, 230});
        sizes = splitter->sizes();
        m_window->close();
        m_window.reset();
    }
    const QStringList recent = {QFileInfo(other).canonicalFilePath(), QFileInfo(m_path).canonicalFilePath()};
    QCOMPARE(QSettings().value(QStringLiteral("ConsoleWindow/recentFiles")).toStringList(), recent);

    m_window = std::make_unique<ConsoleWindow>(OrganizationAdministrator);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), size);
    QCOMPARE(find<QSplitter>("mainSplitter")->sizes(), sizes);
    QCOMPARE(m_window->recentFiles(), recent);

    // The recent files menu opens them.
    auto *menu = find<QMenu>("recentFilesMenu");
    QVERIFY(menu->isEnabled());
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(1)->data().toString(), recent.at(1));
    menu->actions().at(1)->trigger();
    QTRY_COMPARE(m_window->organizationPath(), recent.at(1));
    QCOMPARE(m_window->recentFiles().first(), recent.at(1));
}

void TestConsoleWindow::recentFileNoLongerThere()
{
    const QString gone = m_dir.filePath(QStringLiteral("moved-away.json"));
    QVERIFY(OrganizationStore::create(gone, OrganizationStore::sampleOrganization()).isEmpty());
    const QString goneCanonical = QFileInfo(gone).canonicalFilePath();
    const QString current = QFileInfo(m_path).canonicalFilePath();
    QSettings().setValue(QStringLiteral("ConsoleWindow/recentFiles"), QStringList{goneCanonical});
    QVERIFY(start(m_path));
    QCOMPARE(m_window->recentFiles(), (QStringList{current, goneCanonical}));
    QVERIFY(QFile::remove(gone));
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));

    // Alt+F, R (Recent Files), 2: the second entry, which no longer exists.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::AltModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), QStringLiteral("fileMenu"));
    QTest::keyClick(menu, Qt::Key_R);
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr
                && menu->objectName() == QLatin1String("recentFilesMenu"));
    QTest::keyClick(menu, Qt::Key_2);

    auto *box = waitForModal<QMessageBox>(QStringLiteral("fileProblemsMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(goneCanonical)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("removed from the recent files")), qPrintable(box->text()));
    QVERIFY(!box->informativeText().isEmpty());
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(box));

    // The console goes on with what it had; the entry is gone, here and in the settings.
    QCOMPARE(m_window->organizationPath(), current);
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Internet"));
    QCOMPARE(m_window->recentFiles(), QStringList{current});
    QCOMPARE(find<QMenu>("recentFilesMenu")->actions().size(), 1);
    QVERIFY(!QFile::exists(gone));
}

void TestConsoleWindow::missingDefaultRouteIsPointedOut()
{
    // The Hub side's only "*" connector is disabled: Internet mail would be unreachable.
    const Parsed<Organization> written = OrganizationStore(m_path).modify([](Organization &organization) {
        for (SendConnector &connector : organization.sendConnectors) {
            if (connector.name == QLatin1String("Contoso to Internet"))
                connector.enabled = false;
        }
        return Problems();
    });
    QVERIFY(written.ok());
    QVERIFY(start(m_path));
    auto *note = find<QLabel>("sideNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("Unreachable queue")), qPrintable(note->text()));

    // EDGE02 has its own "*" connector: nothing to point out there.
    QVERIFY(clickNode(Node{Kind::EdgeServer, QStringLiteral("EDGE02")}));
    QTRY_VERIFY(!note->isVisible());

    // Another program enables the connector again: the advice goes away without a restart.
    QVERIFY(clickNode(Node{Kind::HubTransport, QString()}));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(OrganizationStore(m_path)
                .modify([](Organization &organization) {
                    for (SendConnector &connector : organization.sendConnectors)
                        connector.enabled = true;
                    return Problems();
                })
                .ok());
    QTRY_VERIFY(!note->isVisible());
}

void TestConsoleWindow::tabsShownPerNode_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("tabs"); // empty: a note instead of tabs

    const QStringList hubRtm{QStringLiteral("&Remote Domains"),       QStringLiteral("A&ccepted Domains"),
                             QStringLiteral("E-&mail Address Policies"), QStringLiteral("Transport R&ules"),
                             QStringLiteral("&Journaling"),           QStringLiteral("&Send Connectors"),
                             QStringLiteral("Edge Su&bscriptions")};
    const QStringList edge{QStringLiteral("Anti-spa&m"), QStringLiteral("&Receive Connectors"),
                           QStringLiteral("&Send Connectors"), QStringLiteral("Transport R&ules"),
                           QStringLiteral("A&ccepted Domains")};
    const auto sp1 = Exchange::Version::Sp12007;
    const auto rtm = Exchange::Version::Rtm2007;
    QTest::newRow("organization") << sp1 << int(Kind::Organization) << QString() << QStringList();
    QTest::newRow("Organization Configuration")
        << sp1 << int(Kind::OrganizationConfiguration) << QString() << QStringList();
    QTest::newRow("Hub Transport, SP1") << sp1 << int(Kind::HubTransport) << QString()
                                        << hubRtm + QStringList{QStringLiteral("G&lobal Settings")};
    QTest::newRow("Hub Transport, RTM") << rtm << int(Kind::HubTransport) << QString() << hubRtm;
    QTest::newRow("Edge Transport") << sp1 << int(Kind::EdgeTransport) << QString() << edge;
    QTest::newRow("an unsubscribed Edge") << sp1 << int(Kind::EdgeServer) << QStringLiteral("EDGE02") << edge;
    QTest::newRow("a subscribed Edge, RTM") << rtm << int(Kind::EdgeServer) << QStringLiteral("EDGE01") << edge;
}

void TestConsoleWindow::tabsShownPerNode()
{
    QFETCH(Exchange::Version, version);
    QFETCH(int, kind);
    QFETCH(QString, server);
    QFETCH(QStringList, tabs);

    QVERIFY(OrganizationStore(m_path)
                .modify([version](Organization &organization) {
                    organization.exchangeVersion = version;
                    return Problems();
                })
                .ok());
    QVERIFY(start(m_path));
    // Away first, so that the node is entered afresh.
    QVERIFY(clickNode({Kind::Organization, QString()}));
    const Node node{Kind(kind), server};
    QVERIFY(clickNode(node));

    auto *tabWidget = find<QTabWidget>("resultTabs");
    if (tabs.isEmpty()) {
        QVERIFY(!tabWidget->isVisible());
        QVERIFY(find<QLabel>("resultNoteLabel")->isVisible());
        QVERIFY(!action("exportListAction")->isEnabled());
        return;
    }
    QVERIFY(tabWidget->isVisible());
    QCOMPARE(tabTexts(), tabs);
    // A node opens on Send Connectors; every other tab says, in a note, that it is not managed here.
    QCOMPARE(tabWidget->tabText(tabWidget->currentIndex()), QStringLiteral("&Send Connectors"));
    QVERIFY(view()->isVisible());
    QVERIFY(action("exportListAction")->isEnabled());
    for (int i = 0; i < tabWidget->count(); ++i) {
        if (i == tabWidget->currentIndex())
            continue;
        auto *note = qobject_cast<QLabel *>(tabWidget->widget(i));
        QVERIFY2(note && !note->text().isEmpty(), qPrintable(tabWidget->tabText(i)));
    }
    // Each mnemonic reaches its own tab (no two tabs of a node share one).
    QSet<QChar> letters;
    for (const QString &text : tabs)
        letters.insert(text.at(text.indexOf(QLatin1Char('&')) + 1).toLower());
    QCOMPARE(letters.size(), tabs.size());
    for (const QChar letter : {QChar('f'), QChar('a'), QChar('v'), QChar('h'), QChar('i')})
        QVERIFY2(!letters.contains(letter), qPrintable(QString(letter)));
    view()->setFocus();
    const int notes = tabs.indexOf(QStringLiteral("Transport R&ules"));
    QTest::keyClick(view(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(tabWidget->currentIndex(), notes);
    QVERIFY(find<QLabel>("transportRulesNote")->isVisible());
    // Export List applies to a list only.
    QVERIFY(!action("exportListAction")->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(tabWidget->tabText(tabWidget->currentIndex()), QStringLiteral("&Send Connectors"));
    QVERIFY(action("exportListAction")->isEnabled());
}

void TestConsoleWindow::edgeTransportListsItsServers()
{
    QVERIFY(start(m_path));
    const QByteArray original = readAll(m_path);
    auto *tree = find<ConsoleTree>("consoleTree");
    QCOMPARE(m_window->currentNode(), (Node{Kind::HubTransport, QString()}));
    auto *list = find<QTreeWidget>("edgeServerList");
    QVERIFY(!list->isVisible());

    // Down from Hub Transport: Edge Transport, with its servers listed above the tabs.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(m_window->currentNode(), (Node{Kind::EdgeTransport, QString()}));
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("EDGE01"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Subscribed to Seattle"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1 replicated"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("EDGE02"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Not subscribed"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("2"));

    // The only Edge with connectors of its own is shown; New Send Connector acts on it.
    QCOMPARE(m_window->currentEdgeServer(), QStringLiteral("EDGE02"));
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("EDGE02 to Contoso"), QStringLiteral("EDGE02 to Internet")}));
    QVERIFY(action("newSendConnectorAction")->isEnabled());
    QVERIFY(find<QToolButton>("newSendConnectorActionButton")->isEnabled());

    // The subscribed Edge: what EdgeSync replicates to it, read-only.
    QVERIFY(clickEdgeServer(QStringLiteral("EDGE01")));
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("Woodgrove Bank (domain secured)")});
    QVERIFY(find<QLabel>("sideNoteLabel")->isVisible());
    QVERIFY(find<QLabel>("sideNoteLabel")->text().contains(QLatin1String("replicates")));
    QVERIFY(!action("newSendConnectorAction")->isEnabled());
    QVERIFY2(action("newSendConnectorAction")->toolTip().contains(QLatin1String("Hub Transport side")),
             qPrintable(action("newSendConnectorAction")->toolTip()));

    QVERIFY(clickConnector(QStringLiteral("Woodgrove Bank (domain secured)")));
    for (const char *name : {"disableConnectorAction", "removeConnectorAction"}) {
        QVERIFY2(!action(name)->isEnabled(), name);
        QVERIFY2(action(name)->toolTip().contains(QLatin1String("EdgeSync")), qPrintable(action(name)->toolTip()));
    }
    auto *explanation = find<QLabel>("actionExplanationLabel");
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(action("removeConnectorAction")->toolTip()));
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!QApplication::activeModalWidget());

    // Its properties are the Hub connector's, source server and all.
    QVERIFY(action("propertiesAction")->isEnabled());
    QTest::keyClick(view(), Qt::Key_Return);
    auto *dialog = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isReadOnly());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"))->isEnabled());
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text().contains(QLatin1String("EdgeSync")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text()));
    QVERIFY(dialog->loadedConnector().sourceTransportServers.contains(QStringLiteral("EDGE01")));
    dialog->reject();
    QVERIFY(waitUntilClosed(dialog));

    // The choice is kept across a reload and when coming back to the node.
    QTest::keyClick(view(), Qt::Key_F5);
    QCOMPARE(m_window->currentEdgeServer(), QStringLiteral("EDGE01"));
    QVERIFY(clickNode({Kind::HubTransport, QString()}));
    QVERIFY(clickNode({Kind::EdgeTransport, QString()}));
    QCOMPARE(m_window->currentEdgeServer(), QStringLiteral("EDGE01"));
    QCOMPARE(readAll(m_path), original);
}

void TestConsoleWindow::edgeTransportChoosesNoServerForTheUser_data()
{
    QTest::addColumn<QStringList>("removedEdges");
    QTest::addColumn<QStringList>("addedEdges"); // unsubscribed, without connectors
    QTest::addColumn<QString>("shown");          // the Edge shown at first; empty: none
    QTest::addColumn<QString>("newTip");         // part of New Send Connector's tool tip
    QTest::addColumn<QString>("thenClick");      // an Edge the user picks then; New applies to it

    QTest::newRow("several unsubscribed Edges")
        << QStringList() << QStringList{QStringLiteral("EDGE03")} << QString()
        << QStringLiteral("Several Edge Transport servers") << QStringLiteral("EDGE03");
    QTest::newRow("only subscribed Edges") << QStringList{QStringLiteral("EDGE02")} << QStringList()
                                           << QStringLiteral("EDGE01") << QStringLiteral("Hub Transport side")
                                           << QString();
    QTest::newRow("no Edge at all") << QStringList{QStringLiteral("EDGE01"), QStringLiteral("EDGE02")}
                                    << QStringList() << QString()
                                    << QStringLiteral("no Edge Transport server") << QString();
}

void TestConsoleWindow::edgeTransportChoosesNoServerForTheUser()
{
    QFETCH(QStringList, removedEdges);
    QFETCH(QStringList, addedEdges);
    QFETCH(QString, shown);
    QFETCH(QString, newTip);
    QFETCH(QString, thenClick);

    QVERIFY(OrganizationStore(m_path)
                .modify([&](Organization &organization) {
                    organization.servers.removeIf([&](const TransportServer &server) {
                        return removedEdges.contains(server.name);
                    });
                    // A connector sourced from a removed Edge Subscription would leave the file invalid.
                    organization.sendConnectors.removeIf([&](const SendConnector &connector) {
                        return std::any_of(removedEdges.cbegin(), removedEdges.cend(), [&](const QString &edge) {
                            return connector.sourceTransportServers.contains(edge);
                        });
                    });
                    for (const QString &name : addedEdges) {
                        TransportServer edge;
                        edge.name = name;
                        edge.role = Exchange::ServerRole::EdgeTransport;
                        organization.servers.append(edge);
                    }
                    return Problems();
                })
                .ok());
    QVERIFY(start(m_path));
    QVERIFY(clickNode({Kind::EdgeTransport, QString()}));
    QCOMPARE(m_window->currentEdgeServer(), shown);
    auto *note = find<QLabel>("edgeServerNoteLabel");
    QCOMPARE(find<QTabWidget>("resultTabs")->isVisible(), !shown.isEmpty());
    QCOMPARE(note->isVisible(), shown.isEmpty());
    QAction *create = action("newSendConnectorAction");
    QVERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(newTip), qPrintable(create->toolTip()));
    QVERIFY(find<QLabel>("actionExplanationLabel")->text().contains(create->toolTip()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
    if (thenClick.isEmpty())
        return;
    QVERIFY(clickEdgeServer(thenClick));
    QVERIFY(!note->isVisible());
    QVERIFY(find<QTabWidget>("resultTabs")->isVisible());
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(create->isEnabled());
}

void TestConsoleWindow::exportListFollowsTheView_data()
{
    QTest::addColumn<ListExporter::Format>("format");
    QTest::addColumn<QString>("expected");

    // Filter "EX0" (a source server), Name descending, Scoped hidden, Status moved to the end; the
    // routing check is exported as any visible column (none of these connectors is marked).
    QTest::newRow("Unicode, tab")
        << ListExporter::Format::UnicodeTab
        << QStringLiteral("Name\tAddress spaces\tRouting\tSource servers\tRouting check\tStatus\r\n"
                          "Northwind Traders (retired)\tSMTP:*.northwindtraders.com;5\t192.168.1.25\tEX03\t\tDisabled\r\n"
                          "Fabrikam X.400 gateway\tX400:c=us;a= ;p=Fabrikam;o=Mail;5\tx400gw.fabrikam.com, "
                          "192.168.1.20\tEX01, EX02\t\tEnabled\r\n"
                          "Contoso to Tailspin Toys relay\tSMTP:tailspintoys.com;2\trelay.tailspintoys.com\tEX03\t\t"
                          "Enabled\r\n"
                          "Contoso to Internet\tSMTP:*;1\tDNS (MX records)\tEX01, EX02\t\tEnabled\r\n");
    QTest::newRow("UTF-8, comma")
        << ListExporter::Format::Utf8Comma
        << QStringLiteral("Name,Address spaces,Routing,Source servers,Routing check,Status\r\n"
                          "Northwind Traders (retired),SMTP:*.northwindtraders.com;5,192.168.1.25,EX03,,Disabled\r\n"
                          "Fabrikam X.400 gateway,X400:c=us;a= ;p=Fabrikam;o=Mail;5,\"x400gw.fabrikam.com, "
                          "192.168.1.20\",\"EX01, EX02\",,Enabled\r\n"
                          "Contoso to Tailspin Toys relay,SMTP:tailspintoys.com;2,relay.tailspintoys.com,EX03,,"
                          "Enabled\r\n"
                          "Contoso to Internet,SMTP:*;1,DNS (MX records),\"EX01, EX02\",,Enabled\r\n");
}

void TestConsoleWindow::exportListFollowsTheView()
{
    QFETCH(ListExporter::Format, format);
    QFETCH(QString, expected);

    QVERIFY(start(m_path));
    QHeaderView *header = view()->header();
    // A click on the Name header turns the sort to descending.
    QCOMPARE(header->sortIndicatorSection(), int(ConnectorListModel::Column::Name));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTest::keyClicks(find<QLineEdit>("connectorFilterEdit"), QStringLiteral("EX0"));
    header->hideSection(int(ConnectorListModel::Column::Scoped));
    header->moveSection(header->visualIndex(int(ConnectorListModel::Column::Status)), header->count() - 1);
    QCOMPARE(visibleNames().size(), 4);

    const QString path = m_dir.filePath(QStringLiteral("export.") + ListExporter::suffix(format));
    QVERIFY(m_window->exportList(path, format).isEmpty());
    const QByteArray bom =
        format == ListExporter::Format::Utf8Comma ? QByteArray("\xEF\xBB\xBF") : QByteArray("\xFF\xFE");
    QByteArray bytes = bom;
    if (format == ListExporter::Format::Utf8Comma) {
        bytes += expected.toUtf8();
    } else {
        for (const QChar c : expected) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
    }
    QCOMPARE(readAll(path), bytes);
    QFile::remove(path);
}

// Disable re-checks the operator's roles on the file as it is then: a role revoked after the
// console read the file (and before it noticed) refuses the change, and nothing is written.
void TestConsoleWindow::roleRevokedMeanwhileIsRefused()
{
    QFile::remove(m_path);
    QVERIFY(QFile::copy(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(start(m_path, OrganizationAdministrator));
    const QString name = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(name));
    auto *disable = find<QToolButton>("disableConnectorActionButton");
    QVERIFY(disable->isEnabled());

    // Another administrator takes the role away; the console has not noticed yet (as with a
    // file whose change notifications arrive late, e.g. on a network share).
    auto *watcher = m_window->findChild<QFileSystemWatcher *>();
    QVERIFY(watcher);
    const QSignalBlocker late(watcher);
    Organization revoked = OrganizationStore(m_path).load().value.value();
    revoked.roleAssignments->organizationAdministrators = {QStringLiteral("CONTOSO\\Somebody Else")};
    QVERIFY(writeAll(m_path, OrganizationFile::serialize(revoked)));
    const QByteArray bytes = readAll(m_path);
    const Problems expected = OperatorPermissions::check(revoked, OrganizationAdministrator, QString(),
                                                         OperatorPermissions::Action::ChangeConnector);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.first().code, QStringLiteral("Permission.NotOrganizationAdministrator"));

    QTest::mouseClick(disable, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("actionFailedMessageBox"))) && box->isVisible());
    QVERIFY(box->text().contains(name));
    QVERIFY2(box->informativeText().contains(expected.first().message), qPrintable(box->informativeText()));
    QCOMPARE(readAll(m_path), bytes);
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(name)->enabled);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible() || !m_window->findChild<QMessageBox *>(QStringLiteral("actionFailedMessageBox")));
}

// Edit > Undo and Redo, and Ctrl+Z / Ctrl+Shift+Z, after a disable, an enable and a removal: the
// actions name the change, and the saved file holds what it held before (or after) each change.
void TestConsoleWindow::undoRedoThroughEditMenuAndShortcuts()
{
    QVERIFY(start(m_path));
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QCOMPARE(undo->shortcuts().first(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(redo->shortcuts().first(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    const auto saved = [this] { return OrganizationStore(m_path).load().value.value_or(Organization()); };
    const Organization original = saved();
    // Undo and redo write on a worker thread: each key waits for its save.
    const auto undoKey = [this] {
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isSaving());
    };
    const auto redoKey = [this] {
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!m_window->isSaving());
    };

    // Disable, then undo it through the Edit menu (Alt+E, U).
    const QString internet = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(internet));
    QTest::mouseClick(find<QToolButton>("disableConnectorActionButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isSaving());
    QVERIFY(!saved().connector(internet)->enabled);
    const Organization disabled = saved();
    QCOMPARE(undo->text(), QStringLiteral("&Undo Disable 'Contoso to Internet'"));
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_E, Qt::AltModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), QStringLiteral("editMenu"));
    QCOMPARE(menu->actions().mid(0, 2), (QList<QAction *>{undo, redo}));
    QTest::keyClick(menu, Qt::Key_U);
    QTRY_VERIFY(!m_window->isSaving());
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QVERIFY(saved() == original);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Disable 'Contoso to Internet'"));
    QVERIFY(redo->isEnabled());
    QCOMPARE(m_window->selectedConnectorName(), internet);

    // Ctrl+Shift+Z redoes it, Ctrl+Z undoes it again; Ctrl+Y too when the platform gives it.
    // The undo above saved while events were processed: offscreen, the closed Edit menu took the
    // activation meanwhile; give it back to the window.
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    view()->setFocus();
    redoKey();
    QVERIFY(saved() == disabled);
    QCOMPARE(undo->text(), QStringLiteral("&Undo Disable 'Contoso to Internet'"));
    undoKey();
    QVERIFY(saved() == original);
    if (redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y))) {
        QTest::keyClick(view(), Qt::Key_Y, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
        QVERIFY(saved() == disabled);
        undoKey();
        QVERIFY(saved() == original);
    }

    // Enable a disabled connector; undo and redo.
    const QString northwind = QStringLiteral("Northwind Traders (retired)");
    QVERIFY(clickConnector(northwind));
    QTest::mouseClick(find<QToolButton>("enableConnectorActionButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isSaving());
    // The save ran while events were processed: offscreen, the Edit menu closed above takes the
    // activation then. The window keeps its focus widget (the list); give it its activation back.
    QCOMPARE(m_window->focusWidget(), view());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), view());
    QVERIFY(saved().connector(northwind)->enabled);
    const Organization enabled = saved();
    QCOMPARE(undo->text(), QStringLiteral("&Undo Enable 'Northwind Traders (retired)'"));
    QVERIFY(!redo->isEnabled()); // the new change replaced what could be redone
    undoKey();
    QVERIFY(saved() == original);
    redoKey();
    QVERIFY(saved() == enabled);

    // Remove one from the middle of the list (Delete, Yes); undone, it is back at its place.
    const QString tailspin = QStringLiteral("Contoso to Tailspin Toys relay");
    const qsizetype place = [&] {
        for (qsizetype i = 0; i < enabled.sendConnectors.size(); ++i) {
            if (enabled.sendConnectors.at(i).name == tailspin)
                return i;
        }
        return qsizetype(-1);
    }();
    QVERIFY(place > 0 && place < enabled.sendConnectors.size() - 1);
    QVERIFY(clickConnector(tailspin));
    QTest::keyClick(view(), Qt::Key_Delete);
    auto *box = waitForModal<QMessageBox>(QStringLiteral("removeConfirmationMessageBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(waitUntilClosed(box));
    QTRY_VERIFY(!m_window->isSaving());
    QVERIFY(!saved().connector(tailspin));
    const Organization removed = saved();
    QCOMPARE(undo->text(), QStringLiteral("&Undo Remove 'Contoso to Tailspin Toys relay'"));
    view()->setFocus();
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), view());
    undoKey();
    QVERIFY(saved() == enabled);
    QCOMPARE(saved().sendConnectors.at(place).name, tailspin);
    QCOMPARE(m_window->selectedConnectorName(), tailspin);
    QCOMPARE(redo->text(), QStringLiteral("&Redo Remove 'Contoso to Tailspin Toys relay'"));
    redoKey();
    QVERIFY(saved() == removed);

    // Everything undone, step by step, back to the file as it was opened.
    undoKey();
    undoKey();
    QVERIFY(saved() == original);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Enable 'Northwind Traders (retired)'"));
}

// Another program changes the connector after the console disabled it: Ctrl+Z says why it cannot
// undo, the file stays byte-for-byte as the other program left it, and the undo stays on offer.
void TestConsoleWindow::undoRefusedWhenChangedMeanwhile()
{
    QVERIFY(start(m_path));
    const QString name = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(name));
    QTest::mouseClick(find<QToolButton>("disableConnectorActionButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isSaving());
    QAction *undo = action("undoAction");
    QCOMPARE(undo->text(), QStringLiteral("&Undo Disable 'Contoso to Internet'"));

    Organization other = OrganizationStore(m_path).load().value.value();
    (*other.mutableConnectorsFor(QString()))[0].port = 587;
    QCOMPARE(other.sendConnectors.first().name, name);
    QVERIFY(writeAll(m_path, OrganizationFile::serialize(other)));
    const QByteArray bytes = readAll(m_path);

    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    auto *box = waitForModal<QMessageBox>(QStringLiteral("undoFailedMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("Disable 'Contoso to Internet'")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QLatin1String("Another program changed")), qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QLatin1String("Port")), qPrintable(box->informativeText()));
    QCOMPARE(readAll(m_path), bytes);
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(box));
    QCOMPARE(readAll(m_path), bytes);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Disable 'Contoso to Internet'"));
    QVERIFY(!action("redoAction")->isEnabled());
}

// Undo is not offered to an operator whose role was taken away (it says why), nor once another
// organization file is opened: the history belongs to the file.
void TestConsoleWindow::undoFollowsTheRolesAndTheFile()
{
    QFile::remove(m_path);
    QVERIFY(QFile::copy(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(start(m_path, OrganizationAdministrator));
    const QString name = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(name));
    QTest::mouseClick(find<QToolButton>("disableConnectorActionButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isSaving());
    QAction *undo = action("undoAction");
    QVERIFY(undo->isEnabled());

    Organization revoked = OrganizationStore(m_path).load().value.value();
    revoked.roleAssignments->organizationAdministrators = {QStringLiteral("CONTOSO\\Somebody Else")};
    QVERIFY(writeAll(m_path, OrganizationFile::serialize(revoked)));
    const Problems expected = OperatorPermissions::check(revoked, OrganizationAdministrator, QString(),
                                                         OperatorPermissions::Action::ChangeConnector);
    QCOMPARE(expected.size(), 1);
    QTRY_VERIFY(!undo->isEnabled()); // once the window has read the file again
    QVERIFY2(undo->toolTip().contains(expected.first().message), qPrintable(undo->toolTip()));
    const QByteArray bytes = readAll(m_path);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QCOMPARE(readAll(m_path), bytes);

    // The roles come back: so does the undo; another file: the history is gone.
    revoked.roleAssignments->organizationAdministrators = {OrganizationAdministrator};
    QVERIFY(writeAll(m_path, OrganizationFile::serialize(revoked)));
    QTRY_VERIFY(undo->isEnabled());
    const QString second = m_dir.filePath(QStringLiteral("second.json"));
    QFile::remove(second);
    QVERIFY(OrganizationStore::create(second, OrganizationStore::sampleOrganization()).isEmpty());
    QVERIFY(openAndWait(second));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QCOMPARE(m_window->history().count(), 0);
    QFile::remove(second);
}

// A change the Properties sheet applied (recordChange(before, after), its applied() signal) is
// undone and redone like the window's own; a change that changes nothing is not recorded.
void TestConsoleWindow::undoChangeRecordedFromTheSheet()
{
    QVERIFY(start(m_path));
    const Organization original = OrganizationStore(m_path).load().value.value();
    const QString name = QStringLiteral("Contoso to Internet");
    const SendConnector before = *original.connector(name);
    SendConnector replacement = before;
    replacement.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    replacement.comment = QStringLiteral("Raised for the partners");
    // What the sheet does on Apply: one operation, then applied(before, after).
    const Parsed<Organization> applied =
        ConnectorOperations(m_path, OperationScope{OrganizationAdministrator, QString(), std::nullopt})
            .change(name, replacement, before);
    QVERIFY(applied.ok());
    m_window->recordChange(before, *applied.value->connector(name));
    m_window->recordChange(*applied.value->connector(name), *applied.value->connector(name));
    QCOMPARE(m_window->history().count(), 1);
    QAction *undo = action("undoAction");
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change 'Contoso to Internet'"));

    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QVERIFY(OrganizationStore(m_path).load().value.value() == original);
    QCOMPARE(action("redoAction")->text(), QStringLiteral("&Redo Change 'Contoso to Internet'"));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QVERIFY(*OrganizationStore(m_path).load().value.value().connector(name) == replacement);
}

// End to end: a change made in the Properties sheet (Enter on the connector, typing, OK) is taken
// back by Ctrl+Z as "Undo Change", and Ctrl+Shift+Z makes it again; the file says so each time.
void TestConsoleWindow::sheetApplyThenCtrlZ()
{
    QVERIFY(start(m_path));
    const QString name = QStringLiteral("Contoso to Tailspin Toys relay");
    const auto connectorInFile = [this, &name]() -> std::optional<SendConnector> {
        const Parsed<Organization> loaded = OrganizationStore(m_path).load();
        if (!loaded.ok() || !loaded.value->connector(name))
            return std::nullopt;
        return *loaded.value->connector(name);
    };
    const std::optional<SendConnector> original = connectorInFile();
    QVERIFY(original);

    QVERIFY(clickConnector(name));
    QTest::keyClick(view(), Qt::Key_Return);
    auto *sheet = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(sheet);
    auto *fqdn = sheet->findChild<QLineEdit *>(QStringLiteral("heloFqdnEdit"));
    QVERIFY(fqdn);
    fqdn->setFocus();
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("mail.contoso.com"));
    QTest::mouseClick(sheet->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(waitUntilClosed(sheet));
    const std::optional<SendConnector> changed = connectorInFile();
    QVERIFY(changed);
    QCOMPARE(changed->fqdn, QStringLiteral("mail.contoso.com"));
    // The sheet was the active window while it saved (its event loop kept running); a window
    // manager gives the activation back to the console when it closes, the offscreen platform does not.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QAction *undo = action("undoAction");
    QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Change '%1'").arg(name));
    QVERIFY(undo->isEnabled());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QTRY_VERIFY(connectorInFile() && *connectorInFile() == *original);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QTRY_VERIFY(connectorInFile() && connectorInFile()->fqdn == QLatin1String("mail.contoso.com"));
}

// Action > Test Routing (Ctrl+T, and a button in the node section of the action pane) answers
// from the organization as the window shows it, follows the file, and never writes it.
void TestConsoleWindow::testRoutingFromTheActionPane()
{
    QVERIFY(start(m_path));
    QAction *testRouting = action("testRoutingAction");
    QVERIFY(testRouting);
    QCOMPARE(testRouting->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(testRouting->text().contains(QLatin1Char('&')));
    // Only where a Send connector list is.
    QVERIFY(clickNode({Kind::OrganizationConfiguration, QString()}));
    QVERIFY(!testRouting->isEnabled());
    QVERIFY(clickNode({Kind::HubTransport, QString()}));
    QVERIFY(testRouting->isEnabled());
    auto *button = find<QToolButton>("testRoutingActionButton");
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QVERIFY(find<QWidget>("actionPaneNodeSection")->isAncestorOf(button));
    // Every shortcut of the window is distinct.
    QSet<QKeySequence> shortcuts;
    for (const QAction *each : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : each->shortcuts()) {
            QVERIFY2(!shortcuts.contains(key), qPrintable(key.toString()));
            shortcuts.insert(key);
        }
    }

    const QByteArray before = readAll(m_path);
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    TestRoutingDialog *dialog = m_window->testRoutingDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal()); // the list stays usable beside it
    QCOMPARE(dialog->sendingServer(), QStringLiteral("EX01"));
    auto *recipient = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    QTest::keyClicks(recipient, QStringLiteral("julia@example.org"));
    QTest::keyClick(recipient, Qt::Key_Return);
    const auto label = [dialog](const char *name) { return dialog->findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(label("outcomeLabel"), QStringLiteral("Routed"));
    QCOMPARE(label("connectorLabel"), QStringLiteral("Contoso to Internet"));
    QCOMPARE(label("nextHopLabel"), QStringLiteral("DNS MX (example.org)"));
    QCOMPARE(readAll(m_path), before); // a question never writes

    // Disabled in the window, the connector no longer carries the mail: the open dialog says so.
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));
    action("disableConnectorAction")->trigger();
    QTRY_VERIFY(!m_window->isSaving());
    QTRY_COMPARE(label("outcomeLabel"), QStringLiteral("Unreachable"));
    const QAbstractItemModel *explanation = dialog->findChild<QTableView *>(QStringLiteral("explanationView"))->model();
    QStringList steps;
    for (int row = 0; row < explanation->rowCount(); ++row) {
        if (explanation->index(row, 0).data().toString() == QLatin1String("Contoso to Internet"))
            steps.append(explanation->index(row, int(RouteExplanationModel::Column::Step))
                             .data(RouteExplanationModel::StepRole)
                             .toString());
    }
    QCOMPARE(steps, QStringList{QStringLiteral("Disabled")});

    // On an Edge with connectors of its own, the same dialog tests from that Edge.
    QVERIFY(clickNode({Kind::EdgeServer, QStringLiteral("EDGE02")}));
    QVERIFY(testRouting->isEnabled());
    QTest::mouseClick(find<QToolButton>("testRoutingActionButton"), Qt::LeftButton);
    QCOMPARE(m_window->testRoutingDialog(), dialog);
    QCOMPARE(dialog->sendingServer(), QStringLiteral("EDGE02"));

    // Esc closes it, and the window forgets it.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->testRoutingDialog());
}

// Action > Test Connectivity (Ctrl+Shift+T, the selection's section of the action pane, the
// context menu) opens a non-modal dialog for exactly the selected connector, one per connector,
// sending from its first source server (from the subscribed Edge shown, for what EdgeSync
// replicates there). Opening it writes nothing. No test is run here: the sample's next hops are
// not on loopback (tst_connectivitydialog runs them against the test servers).
void TestConsoleWindow::testConnectivityForTheSelectedConnector()
{
    QVERIFY(start(m_path));
    QAction *testConnectivity = action("testConnectivityAction");
    QVERIFY(testConnectivity);
    QCOMPARE(testConnectivity->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QVERIFY(testConnectivity->text().contains(QLatin1Char('&')));
    QVERIFY(!testConnectivity->isEnabled()); // nothing selected
    QCOMPARE(testConnectivity->toolTip(), QStringLiteral("Select a Send connector in the list first"));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->connectivityDialogs().isEmpty());

    // The second connector of the list, chosen with the keyboard.
    QTest::keyClick(view(), Qt::Key_Home);
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Tailspin Toys relay"));
    QVERIFY(testConnectivity->isEnabled());
    auto *button = find<QToolButton>("testConnectivityActionButton");
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QVERIFY(find<QWidget>("actionPaneSelectionSection")->isAncestorOf(button));

    const QByteArray before = readAll(m_path);
    QTest::keyClick(view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->connectivityDialogs().size(), 1);
    ConnectivityDialog *relay = m_window->connectivityDialogs().constFirst();
    QVERIFY(QTest::qWaitForWindowExposed(relay));
    QVERIFY(!relay->isModal()); // the console stays usable while a test runs
    QTRY_COMPARE(QApplication::activeWindow(), relay);
    QCOMPARE(relay->connectorName(), QStringLiteral("Contoso to Tailspin Toys relay"));
    QCOMPARE(relay->findChild<QLabel *>(QStringLiteral("connectorNameLabel"))->text(), relay->connectorName());
    QCOMPARE(relay->sendingServer(), QStringLiteral("EX03"));
    // ExchangeServer authentication: no password to give, and no domain for smart hosts.
    QVERIFY(!relay->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
    QVERIFY(!relay->findChild<QLineEdit *>(QStringLiteral("recipientDomainEdit"))->isEnabled());

    // The same connector again: the same dialog. Another one: a dialog of its own.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->connectivityDialogs(), QList<ConnectivityDialog *>{relay});
    QTRY_COMPARE(QApplication::activeWindow(), relay); // raised
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Home);
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Contoso to Internet"));
    QTest::keyClick(view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->connectivityDialogs().size(), 2);
    ConnectivityDialog *internet = m_window->connectivityDialogs().at(1);
    QCOMPARE(internet->connectorName(), QStringLiteral("Contoso to Internet"));
    QCOMPARE(internet->sendingServer(), QStringLiteral("EX01"));
    QVERIFY(internet->findChild<QLineEdit *>(QStringLiteral("recipientDomainEdit"))->isEnabled());

    // What EdgeSync replicates to the subscribed EDGE01 is tested as sent from EDGE01.
    QVERIFY(clickNode({Kind::EdgeServer, QStringLiteral("EDGE01")}));
    QVERIFY(!testConnectivity->isEnabled());
    QVERIFY(clickConnector(QStringLiteral("Woodgrove Bank (domain secured)")));
    QVERIFY(testConnectivity->isEnabled());
    QTest::mouseClick(find<QToolButton>("testConnectivityActionButton"), Qt::LeftButton);
    QCOMPARE(m_window->connectivityDialogs().size(), 3);
    QCOMPARE(m_window->connectivityDialogs().at(2)->sendingServer(), QStringLiteral("EDGE01"));
    QCOMPARE(readAll(m_path), before);

    // Esc closes each; the window forgets them.
    for (ConnectivityDialog *dialog : m_window->connectivityDialogs()) {
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
    }
    QTRY_VERIFY(m_window->connectivityDialogs().isEmpty());
}

namespace {

// The sample with a copy of "Contoso to Internet" that costs more (it never wins) and two
// connectors alike but for their names (the first by name only; the other never).
Organization withRoutingMarkers()
{
    Organization organization = OrganizationStore::sampleOrganization();
    SendConnector copy = organization.sendConnectors.at(0);
    copy.name = QStringLiteral("Copy of Contoso to Internet");
    copy.addressSpaces = {ModelTestSupport::smtp(QStringLiteral("*"), 5)};
    organization.sendConnectors.append(copy);
    for (const QString &name : {QStringLiteral("Tie B"), QStringLiteral("Tie A")}) {
        SendConnector tie = ModelTestSupport::newConnector(name, false);
        tie.addressSpaces = {ModelTestSupport::smtp(QStringLiteral("tie.example"), 2)};
        organization.sendConnectors.append(tie);
    }
    return organization;
}

} // namespace

// The list marks a connector that never wins and one that wins only by its name, with the
// style's warning icon and the reason as tool tip and accessible description; a change that
// makes a connector win again takes its marker away.
void TestConsoleWindow::routingMarkers()
{
    QFile::remove(m_path);
    QVERIFY(OrganizationStore::create(m_path, withRoutingMarkers()).isEmpty());
    QVERIFY(start(m_path));
    QVERIFY(clickNode({Kind::HubTransport, QString()}));
    const int column = int(ConnectorListModel::Column::RoutingCheck);
    QVERIFY(!view()->header()->isSectionHidden(column));
    QCOMPARE(view()->model()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Routing check"));
    const auto cell = [this, column](const QString &name) {
        const QAbstractItemModel *model = view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ConnectorListModel::ConnectorNameRole).toString() == name)
                return model->index(row, column);
        }
        return QModelIndex();
    };
    const QString never = RoutingAnalysis::marker(RoutingAnalysis::Standing::NeverWins);
    const QString byName = RoutingAnalysis::marker(RoutingAnalysis::Standing::WinsOnlyByName);
    QVERIFY(!never.isEmpty() && !byName.isEmpty());
    QTRY_COMPARE(cell(QStringLiteral("Copy of Contoso to Internet")).data().toString(), never);
    QCOMPARE(cell(QStringLiteral("Tie A")).data().toString(), byName);
    QCOMPARE(cell(QStringLiteral("Tie B")).data().toString(), never);
    QCOMPARE(cell(QStringLiteral("Contoso to Internet")).data().toString(), QString());
    const QModelIndex marked = cell(QStringLiteral("Tie A"));
    QVERIFY(!marked.data(Qt::DecorationRole).value<QIcon>().isNull()); // the style's warning icon
    QVERIFY(!cell(QStringLiteral("Contoso to Internet")).data(Qt::DecorationRole).isValid());
    QCOMPARE(marked.data(Qt::ToolTipRole).toString(),
             RoutingAnalysis::explanation(RoutingAnalysis::Standing::WinsOnlyByName));
    QCOMPARE(marked.data(Qt::AccessibleDescriptionRole).toString(), marked.data(Qt::ToolTipRole).toString());

    // Disabling the cheaper original lets the copy win: its marker goes after the change.
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));
    action("disableConnectorAction")->trigger();
    QTRY_VERIFY(!m_window->isSaving());
    QTRY_COMPARE(cell(QStringLiteral("Copy of Contoso to Internet")).data().toString(), QString());
    QCOMPARE(cell(QStringLiteral("Tie A")).data().toString(), byName);

    // An Edge's own connectors get their own standings, not the Hub side's.
    QVERIFY(clickNode({Kind::EdgeServer, QStringLiteral("EDGE02")}));
    QCOMPARE(cell(QStringLiteral("EDGE02 to Internet")).data().toString(), QString());
    QVERIFY(!cell(QStringLiteral("EDGE02 to Internet")).data(ConnectorListModel::StandingRole).isNull());
}

// A side larger than SynchronousStandingsLimit is judged on a worker thread: the window opens and
// its list is usable at once, and the markers come when the answer does.
void TestConsoleWindow::routingMarkersOfALargeSideOffTheGuiThread()
{
    Organization organization = withRoutingMarkers();
    for (int i = 0; organization.sendConnectors.size() <= ConsoleWindow::SynchronousStandingsLimit; ++i) {
        SendConnector filler = ModelTestSupport::newConnector(QStringLiteral("Filler %1").arg(i, 3, 10, QLatin1Char('0')),
                                                             false);
        filler.addressSpaces = {ModelTestSupport::smtp(QStringLiteral("d%1.example").arg(i))};
        organization.sendConnectors.append(filler);
    }
    QFile::remove(m_path);
    QVERIFY(OrganizationStore::create(m_path, organization).isEmpty());
    QVERIFY(start(m_path));
    QCOMPARE(m_window->currentNode(), (Node{Kind::HubTransport, QString()}));
    // The answer comes through the event loop, which has not run since the file was opened.
    QVERIFY(m_window->standingsPending());
    QCOMPARE(view()->model()->rowCount(), organization.sendConnectors.size());
    // Usable meanwhile: a connector can be selected and acted on.
    QVERIFY(clickConnector(QStringLiteral("Tie B")));
    QVERIFY(action("propertiesAction")->isEnabled());
    QTRY_VERIFY(!m_window->standingsPending());
    const int row = m_window->findChild<ConnectorListModel *>()->rowOf(QStringLiteral("Tie B"));
    QCOMPARE(m_window->findChild<ConnectorListModel *>()
                 ->index(row, int(ConnectorListModel::Column::RoutingCheck))
                 .data()
                 .toString(),
             RoutingAnalysis::marker(RoutingAnalysis::Standing::NeverWins));
    QCOMPARE(m_window->selectedConnectorName(), QStringLiteral("Tie B"));
}

QTEST_MAIN(TestConsoleWindow)
// A generated organization: the sample and `count` Custom connectors "Partner route <i>" with 10
// address spaces each.
static Organization largeOrganization(int count)
{
    Organization organization = OrganizationStore::sampleOrganization();
    for (int i = 0; i < count; ++i) {
        SendConnector connector;
        connector.name = QStringLiteral("Partner route %1").arg(i);
        for (int j = 0; j < 10; ++j) {
            connector.addressSpaces.append(
                AddressSpace{QStringLiteral("SMTP"), QStringLiteral("*.p%1-%2.example").arg(i).arg(j), 1 + j, false});
        }
        connector.dnsRoutingEnabled = false;
        connector.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("relay%1.contoso.com").arg(i)}};
        connector.sourceTransportServers = {organization.localServer};
        organization.sendConnectors.append(connector);
    }
    return organization;
}

// The window reads a large file on a worker thread: meanwhile it says so (status bar busy bar, a
// placeholder line in the list) and takes keystrokes; the filter typed applies once the rows come.
void TestConsoleWindow::filterTypedWhileALargeOrganizationLoads()
{
    const QString large = m_dir.filePath(QStringLiteral("large.json"));
    QVERIFY(writeAll(large, OrganizationWriter::write(largeOrganization(3000))));
    m_window = std::make_unique<ConsoleWindow>(OrganizationAdministrator);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    QVERIFY(m_window->openOrganization(large));
    QVERIFY(m_window->isLoading());
    QVERIFY(find<QProgressBar>("loadProgressBar")->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("large.json")));

    auto *filter = find<QLineEdit>("connectorFilterEdit");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("route 12"));
    // The keystrokes were taken while the file was still being read.
    QVERIFY(m_window->isLoading());
    QCOMPARE(filter->text(), QStringLiteral("route 12"));

    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 120000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(!find<QProgressBar>("loadProgressBar")->isVisible());
    QVERIFY(!find<QLabel>("connectorListLoadingLabel")->isVisible());
    // "Partner route 12", 120..129, 1200..1299.
    auto *proxy = find<QSortFilterProxyModel>("connectorProxyModel");
    QCOMPARE(proxy->rowCount(), 111);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, 0).data().toString().contains(QStringLiteral("route 12"), Qt::CaseInsensitive));
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(proxy->rowCount(), 1 + 10 + 100 + 1000); // "route 1": 1, 10..19, 100..199, 1000..1999
}

// 200 writes by another program in a row are read a bounded number of times (at most one per
// ReloadMaximumDelay of the burst, and the last version is shown).
void TestConsoleWindow::burstOfExternalWritesIsCoalesced()
{
    QVERIFY(start(m_path));
    const int before = m_window->loadCount();
    Organization organization = OrganizationStore::sampleOrganization();
    QElapsedTimer burst;
    burst.start();
    constexpr int Writes = 200;
    for (int i = 1; i <= Writes; ++i) {
        organization.sendConnectors.first().comment = QStringLiteral("write %1").arg(i);
        QSaveFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(OrganizationWriter::write(organization));
        QVERIFY(file.commit());
        QCoreApplication::processEvents(); // the window sees each write as it comes
    }
    const qint64 duration = burst.elapsed();
    const QString last = QStringLiteral("write %1").arg(Writes);
    QTRY_COMPARE(m_window->organization()->sendConnectors.first().comment, last);
    QTRY_VERIFY(!m_window->isLoading() && !m_window->reloadScheduled());
    const int reloads = m_window->loadCount() - before;
    QVERIFY(reloads >= 1);
    // One per ReloadMaximumDelay of the burst, one for its end, one under way when it began.
    const qint64 bound = duration / ConsoleWindow::ReloadMaximumDelay + 2;
    QVERIFY2(reloads <= bound, qPrintable(QStringLiteral("%1 reloads for %2 writes in %3 ms (at most %4)")
                                              .arg(reloads).arg(Writes).arg(duration).arg(bound)));
}

// Files created, changed and removed beside the organization file (its lock file among them) are
// not the organization: the window does not read it again for them.
void TestConsoleWindow::otherFilesInTheFolderCauseNoReload()
{
    QVERIFY(start(m_path));
    QTRY_VERIFY(!m_window->isLoading() && !m_window->reloadScheduled());
    const int loads = m_window->loadCount();
    const int ignored = m_window->ignoredNotificationCount();
    for (int i = 0; i < 20; ++i)
        QVERIFY(writeAll(m_dir.filePath(QStringLiteral("other-%1.txt").arg(i)), "x"));
    QVERIFY(writeAll(OrganizationStore::lockFilePath(m_path), "1\nhost\n"));
    QVERIFY(QFile::remove(OrganizationStore::lockFilePath(m_path)));
    QTRY_VERIFY(m_window->ignoredNotificationCount() > ignored);
    QVERIFY(!m_window->reloadScheduled());
    QCOMPARE(m_window->loadCount(), loads);
    // A change of the file itself still is read.
    Organization changed = OrganizationStore::sampleOrganization();
    changed.sendConnectors.first().comment = QStringLiteral("changed");
    QVERIFY(OrganizationStore::create(m_path, changed, /*overwrite=*/true).isEmpty());
    QTRY_COMPARE(m_window->organization()->sendConnectors.first().comment, QStringLiteral("changed"));
    QCOMPARE(m_window->loadCount(), loads + 1);
}

// While a change is being saved (here it waits for a lock another process holds), the other
// changes are refused with the reason, and a change another program makes meanwhile is kept.
// The Properties sheet's OK while another process holds the lock: the console's event loop keeps
// running, its own changing actions are refused until the sheet's write is done, then come back.
void TestConsoleWindow::actionsRefusedWhileTheSheetSaves()
{
    QVERIFY(start(m_path));
    const QString name = QStringLiteral("Contoso to Tailspin Toys relay");
    QVERIFY(clickConnector(name));
    QTest::keyClick(view(), Qt::Key_Return);
    auto *sheet = waitForModal<ConnectorPropertiesSheet>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(sheet);
    auto *fqdn = sheet->findChild<QLineEdit *>(QStringLiteral("heloFqdnEdit"));
    QVERIFY(fqdn);
    fqdn->setFocus();
    fqdn->selectAll();
    QTest::keyClicks(fqdn, QStringLiteral("while.contoso.com"));

    QProcess holder;
    const QByteArray holding = ModelTestSupport::holdLockInAnotherProcess(holder, m_path, 1500);
    QVERIFY2(holding.isEmpty(), holding.constData());

    int savingTicks = 0;
    QStringList enabledMeanwhile;
    QTimer probe;
    probe.setInterval(20);
    connect(&probe, &QTimer::timeout, this, [&] {
        if (!m_window->isDialogSaving())
            return;
        ++savingTicks;
        for (const char *refused : {"newSendConnectorAction", "removeConnectorAction", "propertiesAction",
                                    "enableConnectorAction", "disableConnectorAction", "openOrganizationAction"}) {
            if (!action(refused) || (action(refused)->isEnabled() && !enabledMeanwhile.contains(QLatin1String(refused))))
                enabledMeanwhile.append(QLatin1String(refused));
        }
    });
    probe.start();
    QTest::mouseClick(sheet->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    probe.stop();
    QVERIFY(waitUntilClosed(sheet));
    QVERIFY2(savingTicks >= 10, qPrintable(QString::number(savingTicks)));
    QVERIFY2(enabledMeanwhile.isEmpty(), qPrintable(enabledMeanwhile.join(QLatin1Char(' '))));
    QVERIFY(!m_window->isDialogSaving());
    QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished(30000));
    QCOMPARE(holder.exitCode(), 0);

    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok() && saved.value->connector(name));
    QCOMPARE(saved.value->connector(name)->fqdn, QStringLiteral("while.contoso.com"));
    QTRY_VERIFY(action("propertiesAction")->isEnabled());
    QVERIFY(action("newSendConnectorAction")->isEnabled());
}

void TestConsoleWindow::actionsRefusedWhileASaveIsInFlight()
{
    QVERIFY(start(m_path));
    const auto saved = [this] { return OrganizationStore(m_path).load().value.value_or(Organization()); };
    QProcess holder;
    // Held until the other program below has written: however slow the machine, the save waits.
    const QByteArray holding = ModelTestSupport::holdLockInAnotherProcess(holder, m_path, -1);
    QVERIFY2(holding.isEmpty(), holding.constData());

    const QString name = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(name));
    QTest::mouseClick(find<QToolButton>("disableConnectorActionButton"), Qt::LeftButton);
    QVERIFY(m_window->isSaving());
    for (const char *refused : {"newSendConnectorAction", "removeConnectorAction", "propertiesAction",
                                "undoAction", "redoAction", "enableConnectorAction", "disableConnectorAction"}) {
        QVERIFY2(!action(refused)->isEnabled(), refused);
    }
    QVERIFY(find<QLabel>("actionExplanationLabel")->text().contains(QStringLiteral("being saved")));
    // Another program writes meanwhile (without the lock, as an editor would), by renaming a new
    // copy over the file: the file never vanishes, so the save, whose worker may only now be
    // starting, cannot find it missing.
    Organization other = saved();
    other.sendConnectors.last().comment = QStringLiteral("written meanwhile");
    QSaveFile meanwhile(m_path);
    QVERIFY(meanwhile.open(QIODevice::WriteOnly));
    meanwhile.write(OrganizationWriter::write(other));
    QVERIFY(meanwhile.commit());
    holder.closeWriteChannel(); // the lock is free: the save goes on

    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSaving(), 30000);
    QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished());
    QVERIFY(!saved().connector(name)->enabled);
    QCOMPARE(saved().sendConnectors.last().comment, QStringLiteral("written meanwhile"));
    QTRY_COMPARE(m_window->organization()->sendConnectors.last().comment, QStringLiteral("written meanwhile"));
    QVERIFY(!m_window->organization()->connector(name)->enabled);
    QVERIFY(action("removeConnectorAction")->isEnabled());
    QVERIFY(!find<QLabel>("actionExplanationLabel")->text().contains(QStringLiteral("being saved")));
}

// Edit > Options (Ctrl+,): how long a save waits for another program's lock, kept in the settings.
void TestConsoleWindow::lockWaitSetInOptions()
{
    QVERIFY(start(m_path));
    QCOMPARE(m_window->lockTimeoutSeconds(), ConsoleWindow::DefaultLockTimeoutSeconds);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = waitForModal<QDialog>(QStringLiteral("optionsDialog"));
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("lockTimeoutSpinBox"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), ConsoleWindow::DefaultLockTimeoutSeconds);
    QVERIFY(!spin->accessibleName().isEmpty());
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("42"));
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));
    QCOMPARE(m_window->lockTimeoutSeconds(), 42);
    QCOMPARE(QSettings().value(QStringLiteral("ConsoleWindow/lockTimeoutSeconds")).toInt(), 42);
}

// The Options' lock wait is what a save waits: with 1 s, a lock held for longer refuses the change.
void TestConsoleWindow::lockWaitAppliesToSaves()
{
    QVERIFY(start(m_path));
    m_window->setLockTimeoutSeconds(1);
    QProcess holder;
    const QByteArray holding = ModelTestSupport::holdLockInAnotherProcess(holder, m_path, 20000);
    QVERIFY2(holding.isEmpty(), holding.constData());
    const QByteArray before = [this] {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(clickConnector(QStringLiteral("Contoso to Internet")));
    QTest::mouseClick(find<QToolButton>("disableConnectorActionButton"), Qt::LeftButton);
    QVERIFY(m_window->isSaving());
    // Refused after about a second, long before the holder lets go.
    auto *box = waitForModal<QMessageBox>(QStringLiteral("actionFailedMessageBox"));
    QVERIFY(box);
    QVERIFY(holder.state() == QProcess::Running);
    QVERIFY2(box->informativeText().contains(QStringLiteral("being changed by another program")),
             qPrintable(box->informativeText()));
    box->close();
    QVERIFY(waitUntilClosed(box));
    holder.kill();
    QVERIFY(holder.waitForFinished());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

#include "tst_consolewindow.moc"

