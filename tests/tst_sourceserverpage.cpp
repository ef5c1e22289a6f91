#include "ConnectorDraft.h"
#include "OrganizationStore.h"
#include "SourceServerDialog.h"
#include "SourceServerPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

// Drives the Source Server page and its "Select Hub Transport servers and Edge Subscriptions"
// dialog on the sample organization (EX01, EX02 in Seattle; EX03 in Portland; EDGE01 subscribed;
// EDGE02 not).
class tst_SourceServerPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void prefilledWithLocalHub();
    void dialogListsCandidates();
    void addHubServer();
    void severalSitesWarn();
    void mixRefused_data();
    void mixRefused();
    void removeByDeleteKeyAndButton();
    void keyboard();
    void dialogColumnsNotClipped();
    void listShowsTheDraftsServers();
};

namespace {

std::unique_ptr<ConnectorDraft> makeDraft()
{
    return std::make_unique<ConnectorDraft>(OrganizationStore::sampleOrganization(), QStringLiteral("EX01"));
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

SourceServerDialog *openDialog(const QWidget &page)
{
    for (SourceServerDialog *dialog : page.findChildren<SourceServerDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QStringList rows(const QTreeWidget &view)
{
    QStringList result;
    for (int i = 0; i < view.topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = view.topLevelItem(i);
        result.append(item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2));
    }
    return result;
}

// The page's list (a view on its model) as "Name|Role|Site" rows.
QStringList rows(const QTreeView &view)
{
    QStringList result;
    const QAbstractItemModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(model->index(row, 0).data().toString() + QLatin1Char('|') + model->index(row, 1).data().toString()
                      + QLatin1Char('|') + model->index(row, 2).data().toString());
    }
    return result;
}

QTreeWidgetItem *itemNamed(const QTreeWidget &view, const QString &name)
{
    const QList<QTreeWidgetItem *> found = view.findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

// Selects the named servers as a user would: a click, then Ctrl+clicks.
void selectByMouse(QTreeWidget *view, const QStringList &names)
{
    Qt::KeyboardModifiers modifiers;
    for (const QString &name : names) {
        QTreeWidgetItem *item = itemNamed(*view, name);
        if (!item)
            continue;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualItemRect(item).center());
        modifiers = Qt::ControlModifier;
    }
}

} // namespace

void tst_SourceServerPage::cleanup()
{
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_SourceServerPage::prefilledWithLocalHub()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.initializePage();

    QCOMPARE(page.title(), QStringLiteral("Source Server"));
    QVERIFY(!page.subTitle().isEmpty());
    QCOMPARE(rows(*child<QTreeView>(page, "sourceServerView")), QStringList{QStringLiteral("EX01|Hub Transport|Seattle")});
    QCOMPARE(draft->connector().sourceTransportServers, QStringList{QStringLiteral("EX01")});
    QVERIFY(page.isComplete());
    QVERIFY(child<QLabel>(page, "sourceServerWarningLabel")->isHidden());
    QVERIFY(!child<QPushButton>(page, "removeSourceServerButton")->isEnabled());
}

void tst_SourceServerPage::dialogListsCandidates()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QTest::mouseClick(child<QPushButton>(page, "addSourceServerButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    SourceServerDialog *dialog = openDialog(page);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Select Hub Transport servers and Edge Subscriptions"));
    auto *view = child<QTreeWidget>(*dialog, "serverView");
    QCOMPARE(view->headerItem()->text(1), QStringLiteral("Role"));
    QCOMPARE(view->headerItem()->text(2), QStringLiteral("Site"));
    // EX01 is listed already; EDGE02 has no Edge Subscription.
    const QStringList shown = rows(*view);
    QCOMPARE(shown.size(), draft->candidateSourceServers().size() - 1);
    QVERIFY(shown.contains(QStringLiteral("EX02|Hub Transport|Seattle")));
    QVERIFY(shown.contains(QStringLiteral("EX03|Hub Transport|Portland")));
    QVERIFY(shown.contains(QStringLiteral("EDGE01|Edge Subscription|Seattle")));
    QVERIFY(!itemNamed(*view, QStringLiteral("EX01")));
    QVERIFY(!itemNamed(*view, QStringLiteral("EDGE02")));
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(!okButton(*dialog)->isEnabled());
    dialog->reject();
    QTRY_VERIFY(page.findChildren<SourceServerDialog *>().isEmpty());
    QCOMPARE(draft->connector().sourceTransportServers, QStringList{QStringLiteral("EX01")});
}

void tst_SourceServerPage::dialogColumnsNotClipped()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    QTest::mouseClick(child<QPushButton>(page, "addSourceServerButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    SourceServerDialog *dialog = openDialog(page);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *view = child<QTreeWidget>(*dialog, "serverView");
    // Name, Role and Site all show at the first size: no sideways scrolling (the Site column was cut off).
    QTRY_VERIFY(view->header()->length() > 0);
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("columns %1 px in a %2 px viewport")
                            .arg(view->header()->length())
                            .arg(view->viewport()->width())));
    QVERIFY(view->header()->length() <= view->viewport()->width());
    dialog->reject();
    QTRY_VERIFY(page.findChildren<SourceServerDialog *>().isEmpty());
}

void tst_SourceServerPage::addHubServer()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QTest::mouseClick(child<QPushButton>(page, "addSourceServerButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    SourceServerDialog *dialog = openDialog(page);
    auto *view = child<QTreeWidget>(*dialog, "serverView");
    selectByMouse(view, {QStringLiteral("EX02")});
    QVERIFY(okButton(*dialog)->isEnabled());
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChildren<SourceServerDialog *>().isEmpty());

    QCOMPARE(draft->connector().sourceTransportServers, (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    QCOMPARE(rows(*child<QTreeView>(page, "sourceServerView")),
             (QStringList{QStringLiteral("EX01|Hub Transport|Seattle"), QStringLiteral("EX02|Hub Transport|Seattle")}));
    QVERIFY(page.isComplete());
    QVERIFY(child<QLabel>(page, "sourceServerWarningLabel")->isHidden());
    // What was added is selected, one Delete away.
    QVERIFY(child<QPushButton>(page, "removeSourceServerButton")->isEnabled());
}

void tst_SourceServerPage::severalSitesWarn()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QTest::mouseClick(child<QPushButton>(page, "addSourceServerButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    SourceServerDialog *dialog = openDialog(page);
    auto *view = child<QTreeWidget>(*dialog, "serverView");
    selectByMouse(view, {QStringLiteral("EX02"), QStringLiteral("EX03")});
    QCOMPARE(dialog->selectedServers(), (QStringList{QStringLiteral("EX02"), QStringLiteral("EX03")}));
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChildren<SourceServerDialog *>().isEmpty());

    QCOMPARE(draft->connector().sourceTransportServers,
             (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02"), QStringLiteral("EX03")}));
    auto *warning = child<QLabel>(page, "sourceServerWarningLabel");
    QVERIFY(warning->isVisible());
    const Problems found = draft->problems(ConnectorDraft::Section::SourceServer);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, QStringLiteral("Connector.SourceServersInSeveralSites"));
    QCOMPARE(warning->text(), found.first().message);
    // Allowed, with the warning; not repeated under the page.
    QVERIFY(page.isComplete());
    QVERIFY(child<QLabel>(page, "sourceServerProblemsLabel")->isHidden());
}

void tst_SourceServerPage::mixRefused_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("edge to hubs") << QStringList{QStringLiteral("EX01")} << QStringList{QStringLiteral("EDGE01")}
                                  << false << "already holds Hub Transport servers (EX01)";
    QTest::newRow("mixed selection") << QStringList() << QStringList{QStringLiteral("EX02"), QStringLiteral("EDGE01")}
                                     << false << "The selection mixes Hub Transport servers and Edge Subscriptions";
    QTest::newRow("hub to edges") << QStringList{QStringLiteral("EDGE01")} << QStringList{QStringLiteral("EX02")}
                                  << false << "already holds Edge Subscriptions (EDGE01)";
    QTest::newRow("edges only") << QStringList() << QStringList{QStringLiteral("EDGE01")} << true << QString();
    QTest::newRow("hubs only") << QStringList() << QStringList{QStringLiteral("EX02"), QStringLiteral("EX01")} << true
                               << QString();
}

void tst_SourceServerPage::mixRefused()
{
    QFETCH(QStringList, listed);
    QFETCH(QStringList, selected);
    QFETCH(bool, accepted);
    QFETCH(QString, problemContains);

    auto draft = makeDraft();
    draft->setSourceTransportServers(listed);
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QTest::mouseClick(child<QPushButton>(page, "addSourceServerButton"), Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    SourceServerDialog *dialog = openDialog(page);
    selectByMouse(child<QTreeWidget>(*dialog, "serverView"), selected);
    QCOMPARE(dialog->selectedServers().size(), selected.size());

    auto *problem = child<QLabel>(*dialog, "sourceServerProblemLabel");
    QCOMPARE(okButton(*dialog)->isEnabled(), accepted);
    if (accepted) {
        QVERIFY(problem->isHidden());
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    } else {
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(problemContains), qPrintable(problem->text()));
        // Double-clicking a refused selection does not accept it either.
        QTreeWidgetItem *item = itemNamed(*child<QTreeWidget>(*dialog, "serverView"), selected.last());
        auto *view = child<QTreeWidget>(*dialog, "serverView");
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualItemRect(item).center());
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
    QTRY_VERIFY(page.findChildren<SourceServerDialog *>().isEmpty());

    QStringList expected = listed;
    if (accepted) {
        // In the dialog's order, which is the organization's.
        for (const QString &name : draft->candidateSourceServers()) {
            if (selected.contains(name))
                expected.append(name);
        }
    }
    QCOMPARE(draft->connector().sourceTransportServers, expected);
}

void tst_SourceServerPage::removeByDeleteKeyAndButton()
{
    auto draft = makeDraft();
    draft->setSourceTransportServers({QStringLiteral("EX01"), QStringLiteral("EX02")});
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *view = child<QTreeView>(page, "sourceServerView");
    auto *remove = child<QPushButton>(page, "removeSourceServerButton");
    QCOMPARE(remove->accessibleName(), QStringLiteral("Remove"));

    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QVERIFY(remove->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(draft->connector().sourceTransportServers, QStringList{QStringLiteral("EX01")});

    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(draft->connector().sourceTransportServers.isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!remove->isEnabled());

    // At least one source server on a Hub.
    QVERIFY(!page.isComplete());
    auto *problems = child<QLabel>(page, "sourceServerProblemsLabel");
    QVERIFY(problems->isVisible());
    QVERIFY(containsCode(draft->problems(ConnectorDraft::Section::SourceServer),
                         QStringLiteral("Connector.SourceServerRequired")));
}

void tst_SourceServerPage::keyboard()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    QTest::keyClick(&page, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(openDialog(page));
    SourceServerDialog *dialog = openDialog(page);
    QTRY_VERIFY(dialog->isActiveWindow());
    auto *view = child<QTreeWidget>(*dialog, "serverView");
    // Alt+S reaches the list; Space selects EX02, Shift+Down extends to EX03.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QTest::keyClick(view, Qt::Key_Space);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(dialog->selectedServers(), (QStringList{QStringLiteral("EX02"), QStringLiteral("EX03")}));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(page.findChildren<SourceServerDialog *>().isEmpty());
    QCOMPARE(draft->connector().sourceTransportServers,
             (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02"), QStringLiteral("EX03")}));
}

void tst_SourceServerPage::listShowsTheDraftsServers()
{
    auto draft = makeDraft();
    SourceServerPage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *view = child<QTreeView>(page, "sourceServerView");

    // One list, the draft's: a change made elsewhere shows at once, described by the organization.
    draft->setSourceTransportServers({QStringLiteral("EX01"), QStringLiteral("EX03"), QStringLiteral("EX02")});
    QCOMPARE(rows(*view), (QStringList{QStringLiteral("EX01|Hub Transport|Seattle"),
                                       QStringLiteral("EX03|Hub Transport|Portland"),
                                       QStringLiteral("EX02|Hub Transport|Seattle")}));

    // Two selected (Ctrl+click), one Delete: both go, in the draft.
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(view->model()->index(2, 0)).center());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(draft->connector().sourceTransportServers, QStringList{QStringLiteral("EX03")});
    QCOMPARE(rows(*view), QStringList{QStringLiteral("EX03|Hub Transport|Portland")});
}

QTEST_MAIN(tst_SourceServerPage)
#include "tst_sourceserverpage.moc"
