#pragma once

// Opens every page, dialog, message box, window state and menu of the wizard and the console in
// turn and hands each, shown, to a visitor (the mnemonic and accessible-name audits use it).
// A stop that cannot be reached is reported as a defect, so that the tour never silently shrinks.
// Header-only; each test includes it once.

#include "GuiTestSupport.h"
#include "ModelTestSupport.h"

#include "AddressSpaceDialog.h"
#include "ConnectivityDialog.h"
#include "ConnectorDraft.h"
#include "ConsoleTree.h"
#include "ConsoleWindow.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"
#include "SmartHostDialog.h"
#include "SourceServerDialog.h"
#include "TestRoutingDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

namespace WindowTour {

// Gets where the window is ("wizard 2007 SP1 EX01: Network settings") and the window, shown.
using Visitor = std::function<void(const QString &where, QWidget *window)>;

inline QString versionName(Exchange::Version version)
{
    return version == Exchange::Version::Rtm2007 ? QStringLiteral("2007 RTM") : QStringLiteral("2007 SP1");
}

// Shows a dialog built by the caller, visits it and closes it.
inline void visitDialog(const QString &where, QDialog *dialog, const Visitor &visit)
{
    dialog->show();
    if (QTest::qWaitForWindowExposed(dialog))
        visit(where, dialog);
    dialog->reject();
}

// Waits for the modal widget `objectName` of type T, visits it and closes it with `close`.
template <typename T>
bool visitModal(const QString &where, const QString &objectName, const Visitor &visit,
                const std::function<void(T *)> &close, QStringList *defects)
{
    T *modal = GuiTestSupport::waitForModal<T>(objectName);
    if (!modal) {
        defects->append(where + QStringLiteral(": did not show"));
        return false;
    }
    visit(where, modal);
    close(modal);
    return GuiTestSupport::waitUntilClosed(modal);
}

// Every page of the wizard on `server` of the sample in `version`, with the dialogs each page
// opens, its Help box and its "discard?" box. `path`: a scratch organization file.
inline QStringList wizard(const QString &path, const QString &server, Exchange::Version version, const Visitor &visit)
{
    QStringList defects;
    const QString prefix = QStringLiteral("wizard %1 %2").arg(versionName(version), server);
    QFile::remove(path);
    if (hasErrors(OrganizationStore::create(path, ModelTestSupport::sampleOrganization(version))))
        return {prefix + QStringLiteral(": cannot write the organization")};
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    if (!loaded.ok())
        return {prefix + QStringLiteral(": cannot read the organization")};
    SendConnectorWizard wizard(*loaded.value, server, path);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return {prefix + QStringLiteral(": not shown")};
    ConnectorDraft *draft = wizard.draft();
    const auto here = [&]() -> QString { return prefix + QStringLiteral(": ") + wizard.currentPage()->title(); };
    const auto next = [&](int expected) {
        wizard.next();
        if (wizard.currentId() != expected) {
            defects.append(here() + QStringLiteral(": Next did not lead to page %1").arg(expected));
            return false;
        }
        return true;
    };

    visit(here(), &wizard);
    draft->setName(QStringLiteral("Tour"));
    draft->setUsage(Exchange::Usage::Custom);
    // The Help box and the box that asks before discarding what was entered.
    QTimer::singleShot(0, wizard.button(QWizard::HelpButton), &QAbstractButton::click);
    visitModal<QMessageBox>(here() + QStringLiteral(" (Help)"), QStringLiteral("helpMessageBox"), visit,
                            [](QMessageBox *box) { box->button(QMessageBox::Close)->click(); }, &defects);
    QTimer::singleShot(0, &wizard, &QWizard::reject);
    visitModal<QMessageBox>(here() + QStringLiteral(" (Cancel)"), QStringLiteral("discardMessageBox"), visit,
                            [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); }, &defects);

    if (!next(SendConnectorWizard::Page_AddressSpace))
        return defects;
    visit(here(), &wizard);
    {
        AddressSpaceDialog smtp(AddressSpaceDialog::Kind::Smtp, version, &wizard);
        visitDialog(here() + QStringLiteral(": ") + smtp.windowTitle(), &smtp, visit);
        AddressSpaceDialog editing(AddressSpaceDialog::Kind::Smtp, version, &wizard);
        editing.setAddressSpace(ModelTestSupport::smtp(QStringLiteral("*.contoso.com"), 2));
        visitDialog(here() + QStringLiteral(": ") + editing.windowTitle(), &editing, visit);
        if (draft->offersCustomAddressSpaces()) {
            AddressSpaceDialog custom(AddressSpaceDialog::Kind::Custom, version, &wizard);
            visitDialog(here() + QStringLiteral(": ") + custom.windowTitle(), &custom, visit);
            // The split button's menu.
            auto *add = wizard.findChild<QToolButton *>(QStringLiteral("addAddressSpaceButton"));
            bool shown = false;
            GuiTestSupport::whenMenuShows(
                [&](QMenu *menu) {
                    visit(here() + QStringLiteral(": Add menu"), menu);
                    menu->close();
                },
                &shown);
            if (add)
                QTimer::singleShot(0, add, &QToolButton::showMenu);
            if (!add || !QTest::qWaitFor([&] { return shown; }))
                defects.append(here() + QStringLiteral(": the Add menu did not show"));
        }
    }
    draft->setAddressSpaces({ModelTestSupport::smtp(QStringLiteral("tour.example"))});

    if (!next(SendConnectorWizard::Page_NetworkSettings))
        return defects;
    visit(here(), &wizard);
    {
        SmartHostDialog add(version, &wizard);
        visitDialog(here() + QStringLiteral(": ") + add.windowTitle(), &add, visit);
        SmartHostDialog edit(version, &wizard);
        edit.setSmartHost(ModelTestSupport::fqdnHost(QStringLiteral("relay.example")));
        visitDialog(here() + QStringLiteral(": ") + edit.windowTitle(), &edit, visit);
    }
    if (draft->smartHostsOffered()) {
        draft->setDnsRoutingEnabled(false);
        draft->setSmartHosts({ModelTestSupport::ipHost(QStringLiteral("10.0.0.1"))});
        visit(here() + QStringLiteral(" (smart hosts)"), &wizard);
        if (!next(SendConnectorWizard::Page_SmartHostSecurity))
            return defects;
        visit(here(), &wizard);
        draft->setSmartHostAuthMechanism(Exchange::SmartHostAuthMechanism::BasicAuth);
        visit(here() + QStringLiteral(" (Basic)"), &wizard);
        draft->setSmartHostAuthMechanism(Exchange::SmartHostAuthMechanism::None);
    }
    if (draft->hasSourceServerPage()) {
        if (!next(SendConnectorWizard::Page_SourceServer))
            return defects;
        visit(here(), &wizard);
        SourceServerDialog dialog(draft, &wizard);
        visitDialog(here() + QStringLiteral(": ") + dialog.windowTitle(), &dialog, visit);
    }
    if (!next(SendConnectorWizard::Page_NewConnector))
        return defects;
    visit(here(), &wizard);
    if (!next(SendConnectorWizard::Page_Completion))
        return defects;
    visit(here(), &wizard);
    return defects;
}

// The console window on the sample in `version`: each node of the tree, the menus, the
// connector's context menu and the dialogs of the console (Properties with each tab, its
// authentication dialog and Help, Test Routing, Options, About, the remove confirmation).
inline QStringList console(const QString &path, Exchange::Version version, const Visitor &visit)
{
    QStringList defects;
    const QString prefix = QStringLiteral("console %1").arg(versionName(version));
    QFile::remove(path);
    if (hasErrors(OrganizationStore::create(path, ModelTestSupport::sampleOrganization(version))))
        return {prefix + QStringLiteral(": cannot write the organization")};
    ConsoleWindow window(QStringLiteral("tour"));
    QSignalSpy loaded(&window, &ConsoleWindow::organizationLoaded);
    window.openOrganization(path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitFor([&] { return !loaded.isEmpty(); }))
        return {prefix + QStringLiteral(": did not open the organization")};
    auto *tree = window.findChild<ConsoleTree *>(QStringLiteral("consoleTree"));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("connectorView"));
    const auto action = [&](const char *name) { return window.findChild<QAction *>(QString::fromLatin1(name)); };

    struct NodeStop
    {
        ConsoleTree::Node node;
        QString connector; // a connector to select there (its Properties, its menus)
    };
    const QList<NodeStop> stops{
        {{ConsoleTree::NodeKind::Organization, QString()}, QString()},
        {{ConsoleTree::NodeKind::EdgeTransport, QString()}, QString()},
        {{ConsoleTree::NodeKind::EdgeServer, QStringLiteral("EDGE02")}, QStringLiteral("EDGE02 to Contoso")},
        {{ConsoleTree::NodeKind::HubTransport, QString()}, QStringLiteral("Fabrikam X.400 gateway")},
    };
    for (const NodeStop &stop : stops) {
        if (!tree->selectNode(stop.node)) {
            defects.append(prefix + QStringLiteral(": no node %1").arg(int(stop.node.kind)));
            continue;
        }
        const QString where = prefix + QStringLiteral(": ") + tree->currentItem()->text(0);
        visit(where, &window);
        if (stop.connector.isEmpty())
            continue;
        if (!QTest::qWaitFor([&] { return window.selectConnector(stop.connector); })) {
            defects.append(where + QStringLiteral(": cannot select ") + stop.connector);
            continue;
        }
        visit(where + QStringLiteral(" (connector selected)"), &window);

        // The connector's context menu.
        bool shown = false;
        GuiTestSupport::whenMenuShows(
            [&](QMenu *menu) {
                visit(where + QStringLiteral(": context menu"), menu);
                menu->close();
            },
            &shown);
        const QPoint row = view->visualRect(view->currentIndex()).center();
        emit view->customContextMenuRequested(row);
        if (!QTest::qWaitFor([&] { return shown; }))
            defects.append(where + QStringLiteral(": the context menu did not show"));

        // Properties, each tab, and the panels that show after Apply and after a conflict.
        QTimer::singleShot(0, action("propertiesAction"), &QAction::trigger);
        auto *sheet = GuiTestSupport::waitForModal<QDialog>(QStringLiteral("connectorPropertiesDialog"));
        if (!sheet) {
            defects.append(where + QStringLiteral(": Properties did not show"));
            continue;
        }
        auto *tabs = sheet->findChild<QTabWidget *>(QStringLiteral("propertiesTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            visit(where + QStringLiteral(": Properties: ") + tabs->tabText(i), sheet);
            if (tabs->currentWidget()->objectName() == QLatin1String("networkTab")) {
                auto *change = sheet->findChild<QPushButton *>(QStringLiteral("changeAuthenticationButton"));
                if (change && change->isEnabled()) {
                    QTimer::singleShot(0, change, &QPushButton::click);
                    visitModal<QDialog>(where + QStringLiteral(": Properties: authentication"),
                                        QStringLiteral("smartHostAuthenticationDialog"), visit,
                                        [](QDialog *dialog) { dialog->reject(); }, &defects);
                }
            }
        }
        // Each tab again with what shows after Apply (the command) and after a conflict (its panel).
        const QStringList panels{QStringLiteral("conflictPanel"), QStringLiteral("commandLineEdit"),
                                 QStringLiteral("copyCommandButton")};
        for (const QString &panel : panels) {
            if (auto *widget = sheet->findChild<QWidget *>(panel))
                widget->show();
        }
        for (QLabel *label : sheet->findChildren<QLabel *>()) {
            if (label->buddy() && label->buddy()->objectName() == QLatin1String("commandLineEdit"))
                label->show();
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            visit(where + QStringLiteral(": Properties (after Apply, after a conflict): ") + tabs->tabText(i), sheet);
        }
        QTimer::singleShot(0, sheet->findChild<QPushButton *>(QStringLiteral("helpButton")), &QPushButton::click);
        visitModal<QMessageBox>(where + QStringLiteral(": Properties: Help"), QStringLiteral("propertiesHelpMessageBox"),
                                visit, [](QMessageBox *box) { box->close(); }, &defects);
        sheet->reject();
        GuiTestSupport::waitUntilClosed(sheet);

        // Test Connectivity for the connector, not run (the sample's next hops are not on loopback).
        action("testConnectivityAction")->trigger();
        if (ConnectivityDialog *test = window.connectivityDialogs().value(0); test && QTest::qWaitForWindowExposed(test)) {
            visit(where + QStringLiteral(": Test Connectivity"), test);
            test->close();
            GuiTestSupport::waitUntilClosed(test);
        } else {
            defects.append(where + QStringLiteral(": Test Connectivity did not show"));
        }

        QTimer::singleShot(0, action("removeConnectorAction"), &QAction::trigger);
        visitModal<QMessageBox>(where + QStringLiteral(": Remove"), QStringLiteral("removeConfirmationMessageBox"),
                                visit, [](QMessageBox *box) { box->button(QMessageBox::No)->click(); }, &defects);
    }

    action("testRoutingAction")->trigger();
    if (TestRoutingDialog *routing = window.testRoutingDialog(); routing && QTest::qWaitForWindowExposed(routing)) {
        visit(prefix + QStringLiteral(": Test Routing"), routing);
        routing->close();
    } else {
        defects.append(prefix + QStringLiteral(": Test Routing did not show"));
    }
    QTimer::singleShot(0, action("optionsAction"), &QAction::trigger);
    visitModal<QDialog>(prefix + QStringLiteral(": Options"), QStringLiteral("optionsDialog"), visit,
                        [](QDialog *dialog) { dialog->reject(); }, &defects);
    QTimer::singleShot(0, action("aboutAction"), &QAction::trigger);
    visitModal<QMessageBox>(prefix + QStringLiteral(": About"), QStringLiteral("aboutMessageBox"), visit,
                            [](QMessageBox *box) { box->close(); }, &defects);
    return defects;
}

} // namespace WindowTour
