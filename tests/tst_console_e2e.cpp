// The console end to end, as a person uses it, checked on the SAVED organization file: creating a
// connector from the action pane through the wizard (listed and selected afterwards), disabling,
// enabling and removing one (with the confirmation), a change made meanwhile by another writer
// kept, and changes made by send-connector-shell in another process appearing in the open list
// without losing the selection.
#include "support/GuiTestSupport.h"
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "ConnectorListModel.h"
#include "ConsoleWindow.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "RouteExplanationModel.h"
#include "SendConnectorWizard.h"
#include "TestRoutingDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QTreeWidget>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTableView>
#include <QTreeView>

#include <functional>
#include <memory>

namespace {

using GuiTestSupport::readAll;
using GuiTestSupport::writeAll;
using GuiTestSupport::onIndicator;
using GuiTestSupport::click;
using GuiTestSupport::whenMenuShows;
using GuiTestSupport::waitForModal;
using GuiTestSupport::waitUntilClosed;

using Page = SendConnectorWizard::Page;
using Node = ConsoleTree::Node;
using Kind = ConsoleTree::NodeKind;

Organization saved(const QString &path)
{
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    return loaded.ok() ? *loaded.value : Organization();
}

QString connectorNames(const QList<SendConnector> &connectors)
{
    QStringList names;
    for (const SendConnector &connector : connectors)
        names.append(connector.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

class TestConsoleE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createFromActionPane_data();
    void createFromActionPane();
    void disableEnableRemove();
    void changeMadeMeanwhileIsKept();
    void shellInAnotherProcess();
    void fileDamagedOrRemovedByAnotherProgram();
    void helpWithoutDisplay();
    void newSendConnectorFromEdgeTransport();
    void exportListThroughItsDialog_data();
    void exportListThroughItsDialog();
    void undoCreateThroughTheWizard_data();
    void undoCreateThroughTheWizard();
    void testRoutingFollowsTheShell();

private:
    // Creates a connector with the wizard from the action pane, as createFromActionPane() does;
    // empty when it was created, else what went wrong.
    QString createWithWizard(const QString &name);
    bool start();
    bool clickNode(const Node &node);
    bool clickConnector(const QString &name);
    bool listed(const QString &name) const;
    // Runs one command line through send-connector-shell on the open file; empty when it succeeded.
    QString runShell(const QString &command, const QString &server = QString());
    template <typename T>
    T *find(const char *objectName) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(objectName));
    }
    QTreeView *view() const { return find<QTreeView>("connectorView"); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ConsoleWindow> m_window;
};

void TestConsoleE2E::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_e2e"));
    QVERIFY(m_dir.isValid());
}

void TestConsoleE2E::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("organization.json"));
    QFile::remove(m_path);
    QVERIFY(OrganizationStore::create(m_path, OrganizationStore::sampleOrganization()).isEmpty());
}

void TestConsoleE2E::cleanup()
{
    m_window.reset();
    QSettings().clear();
    QFile::remove(m_path);
    const QWidgetList left = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [](const QWidget *w) { return w->isVisible(); }));
}

bool TestConsoleE2E::start()
{
    m_window = std::make_unique<ConsoleWindow>(QStringLiteral("CONTOSO\\Administrator"));
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !QTest::qWaitForWindowActive(m_window.get()))
        return false;
    // The window reads the file on a worker thread: wait for the answer.
    QSignalSpy loaded(m_window.get(), &ConsoleWindow::organizationLoaded);
    if (!m_window->openOrganization(m_path))
        return false;
    if (!QTest::qWaitFor([&] { return !m_window->isLoading() && !loaded.isEmpty(); }, 60000))
        return false;
    return loaded.last().first().toBool();
}

bool TestConsoleE2E::clickNode(const Node &node)
{
    auto *tree = find<ConsoleTree>("consoleTree");
    QTreeWidgetItem *item = tree->itemFor(node);
    if (!item)
        return false;
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    return m_window->currentNode() == node;
}

bool TestConsoleE2E::clickConnector(const QString &name)
{
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConnectorListModel::ConnectorNameRole).toString() == name) {
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(index).center());
            return m_window->selectedConnectorName() == name;
        }
    }
    return false;
}

bool TestConsoleE2E::listed(const QString &name) const
{
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return true;
    }
    return false;
}

QString TestConsoleE2E::runShell(const QString &command, const QString &server)
{
    return ModelTestSupport::runShellCommand(m_path, command, server);
}

void TestConsoleE2E::createFromActionPane_data()
{
    QTest::addColumn<QString>("edgeServer"); // empty: Hub Transport

    QTest::newRow("Hub Transport") << QString();
    QTest::newRow("unsubscribed Edge") << QStringLiteral("EDGE02");
}

void TestConsoleE2E::createFromActionPane()
{
    QFETCH(QString, edgeServer);
    QVERIFY(start());
    const Organization before = saved(m_path);
    if (!edgeServer.isEmpty())
        QVERIFY(clickNode({Kind::EdgeServer, edgeServer}));
    QVERIFY(clickConnector(edgeServer.isEmpty() ? QStringLiteral("Contoso to Internet")
                                                : QStringLiteral("EDGE02 to Internet")));

    // The action pane's New Send Connector starts the wizard for the selected node.
    QVERIFY(click(find<QToolButton>("newSendConnectorActionButton")));
    auto *wizard = waitForModal<SendConnectorWizard>(QStringLiteral("sendConnectorWizard"));
    QVERIFY(wizard);
    QCOMPARE(wizard->organizationPath(), m_window->organizationPath());
    QCOMPARE(wizard->draft()->onEdge(), !edgeServer.isEmpty());
    const auto in = [wizard](const char *name) { return wizard->findChild<QWidget *>(QString::fromLatin1(name)); };
    const auto next = [wizard] {
        const bool commit = wizard->currentPage()->isCommitPage();
        return click(wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton));
    };

    // Introduction: a name and the Internet usage.
    const QString name = QStringLiteral("Made in the console");
    QTest::keyClicks(in("connectorNameEdit"), name);
    QVERIFY(click(qobject_cast<QAbstractButton *>(in("internetRadio"))));
    QVERIFY(next());
    QCOMPARE(wizard->currentId(), int(Page::Page_AddressSpace));

    // Address space: Add (on the Hub a split button: Add itself is SMTP Address Space), type it, OK.
    auto *add = qobject_cast<QAbstractButton *>(in("addAddressSpaceButton"));
    QVERIFY(add);
    QVERIFY(click(add));
    auto *dialog = waitForModal<QDialog>(QStringLiteral("addressSpaceDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), QStringLiteral("console.example"));
    QVERIFY(click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)));
    QVERIFY(waitUntilClosed(dialog));

    // Network settings (DNS, preselected for Internet), Source Server on the Hub, then New.
    for (int step = 0; step < 4 && wizard->currentId() != Page::Page_NewConnector; ++step)
        QVERIFY(next());
    QCOMPARE(wizard->currentId(), int(Page::Page_NewConnector));
    QVERIFY(next());
    QTRY_COMPARE(wizard->currentId(), int(Page::Page_Completion));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("completionStatusLabel"))->text(), QStringLiteral("Completed"));
    QVERIFY(click(wizard->button(QWizard::FinishButton)));
    QVERIFY(waitUntilClosed(wizard));

    // The saved file has it, with everything else as it was.
    const Organization after = saved(m_path);
    const SendConnector *created = after.connector(name, edgeServer);
    QVERIFY2(created, qPrintable(connectorNames(after.connectorsFor(edgeServer))));
    QVERIFY(created->usage == Exchange::Usage::Internet);
    QCOMPARE(created->addressSpaces.size(), 1);
    QCOMPARE(created->addressSpaces.first().address, QStringLiteral("console.example"));
    QCOMPARE(created->sourceTransportServers,
             edgeServer.isEmpty() ? QStringList{QStringLiteral("EX01")} : QStringList());
    Organization expected = before;
    expected.mutableConnectorsFor(edgeServer)->append(*created);
    QVERIFY(after == expected);

    // ...and the console lists it, selected.
    QTRY_VERIFY(listed(name));
    QCOMPARE(m_window->selectedConnectorName(), name);
    QCOMPARE(view()->currentIndex().data(ConnectorListModel::ConnectorNameRole).toString(), name);
}

void TestConsoleE2E::disableEnableRemove()
{
    QVERIFY(start());
    const Organization original = saved(m_path);
    const QString name = QStringLiteral("Contoso to Internet");
    QVERIFY(clickConnector(name));

    QVERIFY(click(find<QToolButton>("disableConnectorActionButton")));
    QTRY_VERIFY(!m_window->isSaving());
    Organization expected = original;
    (*expected.mutableConnectorsFor(QString()))[0].enabled = false;
    QCOMPARE(expected.sendConnectors.first().name, name);
    QVERIFY(saved(m_path) == expected);
    QCOMPARE(m_window->selectedConnectorName(), name);
    QCOMPARE(view()->currentIndex().siblingAtColumn(int(ConnectorListModel::Column::Status)).data().toString(),
             QStringLiteral("Disabled"));
    QVERIFY(!find<QToolButton>("disableConnectorActionButton")->isVisible());

    QVERIFY(click(find<QToolButton>("enableConnectorActionButton")));
    QTRY_VERIFY(!m_window->isSaving());
    QVERIFY(saved(m_path) == original);
    QVERIFY(find<QToolButton>("disableConnectorActionButton")->isVisible());

    // Delete asks first; No leaves the file as it is.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    auto *box = waitForModal<QMessageBox>(QStringLiteral("removeConfirmationMessageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(name));
    QVERIFY(click(box->button(QMessageBox::No)));
    QVERIFY(waitUntilClosed(box));
    QVERIFY(saved(m_path) == original);
    QVERIFY(listed(name));

    // The action pane's Remove, answered Yes.
    QVERIFY(click(find<QToolButton>("removeConnectorActionButton")));
    box = waitForModal<QMessageBox>(QStringLiteral("removeConfirmationMessageBox"));
    QVERIFY(box);
    QVERIFY(click(box->button(QMessageBox::Yes)));
    QVERIFY(waitUntilClosed(box));
    QTRY_VERIFY(!m_window->isSaving());
    expected = original;
    expected.sendConnectors.removeFirst();
    QVERIFY(saved(m_path) == expected);
    QVERIFY(!listed(name));
    QVERIFY(m_window->selectedConnectorName().isEmpty() || m_window->selectedConnectorName() != name);
}

void TestConsoleE2E::changeMadeMeanwhileIsKept()
{
    QVERIFY(start());
    QVERIFY(clickConnector(QStringLiteral("Contoso to Tailspin Toys relay")));
    // Another writer adds a connector; the window may not have read it yet when Disable is clicked.
    Organization added;
    QVERIFY(OrganizationStore(m_path)
                .modify([&added](Organization &organization) {
                    SendConnector connector = organization.sendConnectors.first();
                    connector.name = QStringLiteral("Written meanwhile");
                    organization.sendConnectors.append(connector);
                    added = organization;
                    return Problems();
                })
                .ok());
    QVERIFY(click(find<QToolButton>("disableConnectorActionButton")));
    QTRY_VERIFY(!m_window->isSaving());
    Organization expected = added;
    for (SendConnector &connector : expected.sendConnectors) {
        if (connector.name == QLatin1String("Contoso to Tailspin Toys relay"))
            connector.enabled = false;
    }
    QVERIFY(saved(m_path) == expected);
    QTRY_VERIFY(listed(QStringLiteral("Written meanwhile")));

    // A connector another writer removed meanwhile cannot be disabled: the window says so.
    QVERIFY(clickConnector(QStringLiteral("Woodgrove Bank (domain secured)")));
    QVERIFY(OrganizationStore(m_path)
                .modify([](Organization &organization) {
                    organization.sendConnectors.removeIf([](const SendConnector &connector) {
                        return connector.name == QLatin1String("Woodgrove Bank (domain secured)");
                    });
                    return Problems();
                })
                .ok());
    const QByteArray before = readAll(m_path);
    if (find<QToolButton>("disableConnectorActionButton")->isEnabled()) {
        QVERIFY(click(find<QToolButton>("disableConnectorActionButton")));
    QTRY_VERIFY(!m_window->isSaving());
        auto *box = waitForModal<QMessageBox>(QStringLiteral("actionFailedMessageBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("Identity")));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(waitUntilClosed(box));
        QCOMPARE(readAll(m_path), before);
    }
    QTRY_VERIFY(!listed(QStringLiteral("Woodgrove Bank (domain secured)")));
}

void TestConsoleE2E::shellInAnotherProcess()
{
    QVERIFY(start());
    const QString selected = QStringLiteral("Contoso to Tailspin Toys relay");
    QVERIFY(clickConnector(selected));

    QCOMPARE(runShell(QStringLiteral("New-SendConnector -Name 'Added by the shell' -Usage Custom "
                                     "-AddressSpaces shell.example")),
             QString());
    QTRY_VERIFY(listed(QStringLiteral("Added by the shell")));
    QCOMPARE(m_window->selectedConnectorName(), selected);

    // A second change: the watch survives QSaveFile's rename of the first.
    QCOMPARE(runShell(QStringLiteral("Remove-SendConnector -Identity 'Fabrikam X.400 gateway' -Confirm:$false")),
             QString());
    QTRY_VERIFY(!listed(QStringLiteral("Fabrikam X.400 gateway")));
    QCOMPARE(m_window->selectedConnectorName(), selected);
    QVERIFY(view()->selectionModel()->isRowSelected(view()->currentIndex().row(), QModelIndex()));

    // The shell removes the selected one: it leaves the list, and the connector actions stop.
    QCOMPARE(runShell(QStringLiteral("Remove-SendConnector -Identity '%1' -Confirm:$false").arg(selected)), QString());
    QTRY_VERIFY(!listed(selected));
    QVERIFY(m_window->selectedConnectorName() != selected);
    QCOMPARE(saved(m_path).sendConnectors.size(), 4);
}

void TestConsoleE2E::fileDamagedOrRemovedByAnotherProgram()
{
    QVERIFY(start());
    const QString selected = QStringLiteral("Contoso to Tailspin Toys relay");
    QVERIFY(clickConnector(selected));
    auto *banner = find<QLabel>("fileProblemLabel");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto *disable = find<QToolButton>("disableConnectorActionButton");
    auto *create = find<QToolButton>("newSendConnectorActionButton");
    QVERIFY(disable->isEnabled());
    QVERIFY(create->isEnabled());

    // Another program replaces the file with a damaged one: the console keeps what it had, says
    // what is wrong and where, and changes nothing.
    const QByteArray good = readAll(m_path);
    const QByteArray damaged = good.left(good.size() / 2);
    QVERIFY(writeAll(m_path, damaged));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(m_path)), qPrintable(banner->text()));
    const Problems expected = errorsOnly(OrganizationFile::parse(damaged).problems);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(banner->text().contains(expected.first().toString()), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("line ")), qPrintable(banner->text()));
    QCOMPARE(view()->model()->rowCount(), 5);
    QCOMPARE(m_window->selectedConnectorName(), selected);
    QVERIFY(!disable->isEnabled());
    QVERIFY(!create->isEnabled());
    QVERIFY(!find<QToolButton>("removeConnectorActionButton")->isEnabled());
    QVERIFY(find<QLabel>("actionExplanationLabel")->text().contains(QLatin1String("cannot be read now")));

    // Keys that change the file do nothing; Properties still shows the connector.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    // The confirmation and the wizard would open at once (open(), not exec()).
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QTest::keyClick(view(), Qt::Key_Return);
    auto *properties = waitForModal<QDialog>(QStringLiteral("connectorPropertiesDialog"));
    QVERIFY(properties);
    QTest::keyClick(properties, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(properties));
    QCOMPARE(readAll(m_path), damaged);

    // Removed altogether: the banner says so.
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY2(banner->text().contains(QLatin1String("removed or renamed")), qPrintable(banner->text()));
    QCOMPARE(view()->model()->rowCount(), 5);
    QVERIFY(!QFile::exists(m_path));

    // Re-created with a connector less: read again, the selection kept, changes possible again.
    QVERIFY(OrganizationStore::create(m_path, OrganizationStore::sampleOrganization()).isEmpty());
    QVERIFY(runShell(QStringLiteral("Remove-SendConnector -Identity 'Fabrikam X.400 gateway' -Confirm:$false"))
                .isEmpty());
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(!listed(QStringLiteral("Fabrikam X.400 gateway")));
    QCOMPARE(m_window->selectedConnectorName(), selected);
    QVERIFY(find<QLabel>("actionExplanationLabel")->text().isEmpty());
    QVERIFY(click(disable));
    QTRY_VERIFY(!m_window->isSaving());
    // Keep the organization alive while its connector is looked at.
    const Organization after = saved(m_path);
    const SendConnector *written = after.connector(selected, QString());
    QVERIFY(written);
    QVERIFY(!written->enabled);
}

void TestConsoleE2E::helpWithoutDisplay()
{
    // An administrator in an SSH session without X asks for the options.
    const QString console = QStringLiteral(SCC_BIN_DIR "/send-connector-console");
    QVERIFY2(QFileInfo::exists(console), "build send-connector-console first");
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        process.setProcessEnvironment(environment);
        process.start(console, {option});
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        if (option == QLatin1String("--help")) {
            for (const char *expected : {"--organization <file|URI>", "--bind-dn <DN>", "--server <name>", "--as <name>",
                                         "--new-send-connector"}) {
                QVERIFY2(output.contains(QLatin1String(expected)), qPrintable(output));
            }
        } else {
            QVERIFY2(output.startsWith(QLatin1String("send-connector-console ")), qPrintable(output));
        }
    }
}

void TestConsoleE2E::newSendConnectorFromEdgeTransport()
{
    QVERIFY(start());
    const QByteArray original = readAll(m_path);
    // By keys: from Hub Transport down to Edge Transport, whose only unsubscribed Edge is shown.
    auto *tree = find<ConsoleTree>("consoleTree");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(m_window->currentNode(), (Node{Kind::EdgeTransport, QString()}));
    QCOMPARE(m_window->currentEdgeServer(), QStringLiteral("EDGE02"));
    QVERIFY(listed(QStringLiteral("EDGE02 to Internet")));

    // New Send Connector from the node starts the wizard on that Edge.
    QVERIFY(click(find<QToolButton>("newSendConnectorActionButton")));
    auto *wizard = waitForModal<SendConnectorWizard>(QStringLiteral("sendConnectorWizard"));
    QVERIFY(wizard);
    QCOMPARE(wizard->draft()->server(), QStringLiteral("EDGE02"));
    QVERIFY(wizard->draft()->onEdge());
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(waitUntilClosed(wizard));

    // The subscribed Edge, picked in the server list by keys: nothing to create there.
    auto *servers = find<QTreeWidget>("edgeServerList");
    servers->setFocus();
    QTest::keyClick(servers, Qt::Key_Up);
    QCOMPARE(m_window->currentEdgeServer(), QStringLiteral("EDGE01"));
    QVERIFY(listed(QStringLiteral("Woodgrove Bank (domain secured)")));
    QVERIFY(!find<QToolButton>("newSendConnectorActionButton")->isEnabled());
    QTest::keyClick(servers, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(readAll(m_path), original);
}

void TestConsoleE2E::exportListThroughItsDialog_data()
{
    QTest::addColumn<int>("typeSteps"); // Down presses in the file type list
    QTest::addColumn<QString>("fileName");  // typed without an ending
    QTest::addColumn<QString>("written");   // the file's name: the type's ending added
    QTest::addColumn<bool>("utf16");
    QTest::addColumn<QString>("text");

    // Filter "enabled", sorted by address space, descending: every column, in the view's order
    // (the routing check empty: each of these connectors wins somewhere, or carries nothing).
    const QString tab = QStringLiteral(
        "Name\tStatus\tAddress spaces\tRouting\tSource servers\tScoped\tRouting check\r\n"
        "Fabrikam X.400 gateway\tEnabled\tX400:c=us;a= ;p=Fabrikam;o=Mail;5\tx400gw.fabrikam.com, 192.168.1.20\t"
        "EX01, EX02\tNo\t\r\n"
        "Woodgrove Bank (domain secured)\tEnabled\tSMTP:woodgrovebank.com;1\tDNS (MX records)\tEDGE01\tNo\t\r\n"
        "Contoso to Tailspin Toys relay\tEnabled\tSMTP:tailspintoys.com;2\trelay.tailspintoys.com\tEX03\tNo\t\r\n"
        "Contoso to Internet\tEnabled\tSMTP:*;1\tDNS (MX records)\tEX01, EX02\tNo\t\r\n");
    const QString comma = QStringLiteral(
        "Name,Status,Address spaces,Routing,Source servers,Scoped,Routing check\r\n"
        "Fabrikam X.400 gateway,Enabled,X400:c=us;a= ;p=Fabrikam;o=Mail;5,\"x400gw.fabrikam.com, 192.168.1.20\","
        "\"EX01, EX02\",No,\r\n"
        "Woodgrove Bank (domain secured),Enabled,SMTP:woodgrovebank.com;1,DNS (MX records),EDGE01,No,\r\n"
        "Contoso to Tailspin Toys relay,Enabled,SMTP:tailspintoys.com;2,relay.tailspintoys.com,EX03,No,\r\n"
        "Contoso to Internet,Enabled,SMTP:*;1,DNS (MX records),\"EX01, EX02\",No,\r\n");
    QTest::newRow("Unicode Text (Tab Delimited)")
        << 0 << QStringLiteral("connectors") << QStringLiteral("connectors.txt") << true << tab;
    QTest::newRow("Unicode Text (Comma Delimited)")
        << 1 << QStringLiteral("connectors") << QStringLiteral("connectors.csv") << true << comma;
    QTest::newRow("UTF-8 Text (Tab Delimited)")
        << 2 << QStringLiteral("utf8") << QStringLiteral("utf8.txt") << false << tab;
    QTest::newRow("UTF-8 Text (Comma Delimited)")
        << 3 << QStringLiteral("utf8") << QStringLiteral("utf8.csv") << false << comma;
}

void TestConsoleE2E::exportListThroughItsDialog()
{
    QFETCH(int, typeSteps);
    QFETCH(QString, fileName);
    QFETCH(QString, written);
    QFETCH(bool, utf16);
    QFETCH(QString, text);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString organization = folder.filePath(QStringLiteral("organization.json"));
    QVERIFY(QFile::copy(m_path, organization));
    m_path = organization; // the dialog opens in the organization file's folder
    QVERIFY(start());

    // Sort by Address spaces (a first click ascending, a second descending) and filter, as a
    // person does.
    QHeaderView *header = view()->header();
    const int addressSpaces = int(ConnectorListModel::Column::AddressSpaces);
    const QPoint onAddressSpaces(header->sectionViewportPosition(addressSpaces) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onAddressSpaces);
    QCOMPARE(header->sortIndicatorSection(), addressSpaces);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // Two clicks in a row would be a double click: another press, later.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onAddressSpaces, 600);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTest::keyClicks(find<QLineEdit>("connectorFilterEdit"), QStringLiteral("enabled"));
    QCOMPARE(view()->model()->rowCount(), 4);

    QVERIFY(click(find<QToolButton>("exportListActionButton")));
    auto *dialog = waitForModal<QFileDialog>(QStringLiteral("exportListFileDialog"));
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(),
             QFileInfo(folder.path()).canonicalFilePath());
    auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
    QVERIFY(types);
    QCOMPARE(types->count(), 4);
    types->setFocus();
    for (int step = 0; step < typeSteps; ++step)
        QTest::keyClick(types, Qt::Key_Down);
    QCOMPARE(types->currentIndex(), typeSteps);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setFocus();
    name->clear();
    QTest::keyClicks(name, fileName);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));

    const QString path = folder.filePath(written);
    QTRY_VERIFY(QFileInfo::exists(path));
    QByteArray expected;
    if (utf16) {
        expected = QByteArray("\xFF\xFE", 2);
        for (const QChar c : text) {
            expected.append(char(c.unicode() & 0xFF));
            expected.append(char(c.unicode() >> 8));
        }
    } else {
        expected = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    }
    QCOMPARE(readAll(path), expected);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    // Nothing else was written next to it, and the organization is as it was.
    QStringList files{QStringLiteral("organization.json"), written};
    files.sort();
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name), files);
}

QString TestConsoleE2E::createWithWizard(const QString &name)
{
    if (!click(find<QToolButton>("newSendConnectorActionButton")))
        return QStringLiteral("New Send Connector is not available");
    auto *wizard = waitForModal<SendConnectorWizard>(QStringLiteral("sendConnectorWizard"));
    if (!wizard)
        return QStringLiteral("no wizard");
    const auto in = [wizard](const char *objectName) {
        return wizard->findChild<QWidget *>(QString::fromLatin1(objectName));
    };
    const auto next = [wizard] {
        const bool commit = wizard->currentPage()->isCommitPage();
        return click(wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton));
    };
    QTest::keyClicks(in("connectorNameEdit"), name);
    if (!click(qobject_cast<QAbstractButton *>(in("internetRadio"))) || !next())
        return QStringLiteral("introduction page");
    if (!click(qobject_cast<QAbstractButton *>(in("addAddressSpaceButton"))))
        return QStringLiteral("no Add button");
    auto *dialog = waitForModal<QDialog>(QStringLiteral("addressSpaceDialog"));
    if (!dialog)
        return QStringLiteral("no address space dialog");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), QStringLiteral("console.example"));
    if (!click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)) || !waitUntilClosed(dialog))
        return QStringLiteral("address space dialog");
    for (int step = 0; step < 5 && wizard->currentId() != Page::Page_NewConnector; ++step) {
        if (!next())
            return QStringLiteral("stuck on page %1").arg(wizard->currentId());
    }
    if (wizard->currentId() != Page::Page_NewConnector || !next())
        return QStringLiteral("New page");
    if (!QTest::qWaitFor([wizard] { return wizard->currentId() == Page::Page_Completion; }))
        return QStringLiteral("no completion page");
    if (!click(wizard->button(QWizard::FinishButton)) || !waitUntilClosed(wizard))
        return QStringLiteral("Finish");
    return QString();
}

void TestConsoleE2E::undoCreateThroughTheWizard_data()
{
    QTest::addColumn<QString>("edgeServer"); // empty: Hub Transport
    QTest::newRow("Hub Transport") << QString();
    QTest::newRow("unsubscribed Edge") << QStringLiteral("EDGE02");
}

// The New SMTP Send Connector wizard's connector in the Edit menu: Ctrl+Z removes it from the saved
// file, Ctrl+Shift+Z makes it again. Once send-connector-shell (another process) has replaced it by
// another connector of that name, Ctrl+Z is refused and the file stays as the shell left it.
void TestConsoleE2E::undoCreateThroughTheWizard()
{
    QFETCH(QString, edgeServer);
    QVERIFY(start());
    const Organization original = saved(m_path);
    if (!edgeServer.isEmpty())
        QVERIFY(clickNode({Kind::EdgeServer, edgeServer}));
    const QString name = QStringLiteral("Made in the console");
    const QString failure = createWithWizard(name);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const Organization created = saved(m_path);
    QVERIFY2(created.connector(name, edgeServer), qPrintable(connectorNames(created.connectorsFor(edgeServer))));
    QTRY_COMPARE(m_window->selectedConnectorName(), name);

    auto *undo = find<QAction>("undoAction");
    auto *redo = find<QAction>("redoAction");
    QCOMPARE(undo->text(), QStringLiteral("&Undo Create 'Made in the console'"));
    QVERIFY(undo->isEnabled());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QVERIFY(saved(m_path) == original);
    QVERIFY(!listed(name));
    QCOMPARE(redo->text(), QStringLiteral("&Redo Create 'Made in the console'"));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    QVERIFY(saved(m_path) == created);
    QVERIFY(listed(name));
    QCOMPARE(m_window->selectedConnectorName(), name);

    // send-connector-shell replaces it by a connector of the same name sent elsewhere.
    QCOMPARE(runShell(QStringLiteral("Remove-SendConnector -Identity '%1' -Confirm:$false").arg(name), edgeServer),
             QString());
    QCOMPARE(runShell(QStringLiteral("New-SendConnector -Name '%1' -Usage Custom -AddressSpaces shell.example").arg(name),
                      edgeServer),
             QString());
    const QByteArray bytes = readAll(m_path);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isSaving()); // undo and redo write on a worker thread
    auto *box = waitForModal<QMessageBox>(QStringLiteral("undoFailedMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("Create 'Made in the console'")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QLatin1String("Another program changed")),
             qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QLatin1String("AddressSpaces")), qPrintable(box->informativeText()));
    QCOMPARE(readAll(m_path), bytes);
    QVERIFY(click(box->button(QMessageBox::Close)));
    QVERIFY(waitUntilClosed(box));
    QCOMPARE(readAll(m_path), bytes);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Create 'Made in the console'"));
    QTRY_VERIFY(listed(name));
}

// Keys only: Ctrl+T, a recipient, Enter; then send-connector-shell, another process, adds a more
// specific connector and the open dialog shows it taking over. The dialog itself never writes.
void TestConsoleE2E::testRoutingFollowsTheShell()
{
    QVERIFY(start());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    TestRoutingDialog *dialog = m_window->testRoutingDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *recipient = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), recipient);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ann@shell.example"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const auto label = [dialog](const char *name) { return dialog->findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(label("connectorLabel"), QStringLiteral("Contoso to Internet"));
    const QByteArray before = readAll(m_path);

    QCOMPARE(runShell(QStringLiteral("New-SendConnector -Name 'Shell route' -Usage Custom "
                                     "-AddressSpaces shell.example")),
             QString());
    QTRY_COMPARE(label("connectorLabel"), QStringLiteral("Shell route"));
    QCOMPARE(label("addressSpaceLabel"), QStringLiteral("SMTP:shell.example;1"));
    QCOMPARE(label("nextHopLabel"), QStringLiteral("DNS MX (shell.example)"));
    const QAbstractItemModel *explanation = dialog->findChild<QTableView *>(QStringLiteral("explanationView"))->model();
    QStringList rows;
    for (int row = 0; row < explanation->rowCount(); ++row) {
        const QString step = explanation->index(row, int(RouteExplanationModel::Column::Step))
                                 .data(RouteExplanationModel::StepRole)
                                 .toString();
        if (step == QLatin1String("Chosen") || step == QLatin1String("LessSpecific"))
            rows.append(explanation->index(row, 0).data().toString() + QLatin1Char('=') + step);
    }
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("Contoso to Internet=LessSpecific"),
                                QStringLiteral("Shell route=Chosen")}));
    // Only the shell's change is in the file.
    QVERIFY(readAll(m_path) != before);
    QCOMPARE(saved(m_path).sendConnectors.size(), OrganizationStore::sampleOrganization().sendConnectors.size() + 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->testRoutingDialog());
}

QTEST_MAIN(TestConsoleE2E)
#include "tst_console_e2e.moc"
