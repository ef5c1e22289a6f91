// Tests the list with Add, Edit and Remove shared by the wizard's list pages: what each key and
// click asks for, which buttons are enabled, single and extended selection, a disabled list.
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "ListEditor.h"

class tst_ListEditor : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void buttonsFollowTheSelection();
    void extendedSelectionRemovesSeveral();
    void disabledListAsksNothing();
    void ownAddButton();
};

namespace {

QStringListModel *threeRows(QObject *parent)
{
    return new QStringListModel({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, parent);
}

} // namespace

void tst_ListEditor::requests_data()
{
    QTest::addColumn<bool>("editable");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected"); // "add", "edit 1", "remove 1", or "" for nothing

    for (bool editable : {true, false}) {
        const char *mode = editable ? "editable" : "not editable";
        QTest::addRow("%s: Add", mode) << editable << "Add" << "add";
        QTest::addRow("%s: Delete", mode) << editable << "Delete" << "remove 1";
        QTest::addRow("%s: Remove button", mode) << editable << "Remove" << "remove 1";
        QTest::addRow("%s: Alt+M", mode) << editable << "Alt+M" << "remove 1";
        QTest::addRow("%s: F2", mode) << editable << "F2" << (editable ? "edit 1" : "");
        QTest::addRow("%s: double-click", mode) << editable << "double-click" << (editable ? "edit 1" : "");
    }
    QTest::newRow("editable: Edit button") << true << "Edit" << "edit 1";
}

void tst_ListEditor::requests()
{
    QFETCH(bool, editable);
    QFETCH(QString, action);
    QFETCH(QString, expected);

    QWidget window;
    ListEditor editor(threeRows(&window), ListEditor::Selection::Single, editable, nullptr, &window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(editor.editButton() != nullptr, editable);

    QStringList asked;
    connect(&editor, &ListEditor::addRequested, &editor, [&] { asked.append(QStringLiteral("add")); });
    connect(&editor, &ListEditor::editRequested, &editor, [&](int row) { asked.append(QStringLiteral("edit %1").arg(row)); });
    connect(&editor, &ListEditor::removeRequested, &editor, [&](const QList<int> &rows) {
        for (int row : rows)
            asked.append(QStringLiteral("remove %1").arg(row));
    });

    QTreeView *view = editor.view();
    editor.setCurrentRow(1);
    view->setFocus();
    QCOMPARE(editor.currentRow(), 1);
    const QRect rect = view->visualRect(view->model()->index(1, 0));
    if (action == QLatin1String("Add"))
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    else if (action == QLatin1String("Delete"))
        QTest::keyClick(view, Qt::Key_Delete);
    else if (action == QLatin1String("Remove"))
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
    else if (action == QLatin1String("Alt+M"))
        QTest::keyClick(view, Qt::Key_M, Qt::AltModifier);
    else if (action == QLatin1String("F2"))
        QTest::keyClick(view, Qt::Key_F2);
    else if (action == QLatin1String("Edit"))
        QTest::mouseClick(editor.editButton(), Qt::LeftButton);
    else {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QTRY_COMPARE(asked, expected.isEmpty() ? QStringList() : QStringList{expected});
    QCOMPARE(view->model()->rowCount(), 3); // it asks; the page changes the list
}

void tst_ListEditor::buttonsFollowTheSelection()
{
    QWidget window;
    QStringListModel *model = threeRows(&window);
    ListEditor editor(model, ListEditor::Selection::Single, true, nullptr, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(editor.addButton()->isEnabled());
    QVERIFY(!editor.editButton()->isEnabled());
    QVERIFY(!editor.removeButton()->isEnabled());
    QCOMPARE(editor.currentRow(), -1);
    QCOMPARE(editor.removeButton()->accessibleName(), QStringLiteral("Remove"));

    editor.setCurrentRow(7); // clamped to the last row
    QCOMPARE(editor.currentRow(), 2);
    QVERIFY(editor.editButton()->isEnabled());
    QVERIFY(editor.removeButton()->isEnabled());

    model->setStringList({}); // a reset clears the selection
    QCOMPARE(editor.currentRow(), -1);
    QVERIFY(!editor.editButton()->isEnabled());
    QVERIFY(!editor.removeButton()->isEnabled());
    editor.setCurrentRow(0); // nothing to select
    QCOMPARE(editor.currentRow(), -1);
}

void tst_ListEditor::extendedSelectionRemovesSeveral()
{
    QWidget window;
    ListEditor editor(threeRows(&window), ListEditor::Selection::Extended, false, nullptr, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy removed(&editor, &ListEditor::removeRequested);

    editor.selectRows({2, 0});
    QCOMPARE(editor.selectedRows(), (QList<int>{0, 2}));
    QVERIFY(editor.removeButton()->isEnabled());
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<QList<int>>(), (QList<int>{0, 2}));
}

void tst_ListEditor::disabledListAsksNothing()
{
    QWidget window;
    ListEditor editor(threeRows(&window), ListEditor::Selection::Single, true, nullptr, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    editor.setCurrentRow(0);
    QSignalSpy edits(&editor, &ListEditor::editRequested);
    QSignalSpy removes(&editor, &ListEditor::removeRequested);

    editor.setListEnabled(false);
    for (QWidget *widget : {static_cast<QWidget *>(editor.view()), static_cast<QWidget *>(editor.addButton()),
                            static_cast<QWidget *>(editor.editButton()), static_cast<QWidget *>(editor.removeButton())})
        QVERIFY2(!widget->isEnabled(), qPrintable(widget->metaObject()->className()));
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QTest::keyClick(editor.view(), Qt::Key_F2);
    QCOMPARE(edits.size(), 0);
    QCOMPARE(removes.size(), 0);

    editor.setListEnabled(true);
    QVERIFY(editor.editButton()->isEnabled()); // the selection was kept
}

void tst_ListEditor::ownAddButton()
{
    QWidget window;
    auto *split = new QToolButton;
    split->setText(QStringLiteral("&Add"));
    ListEditor editor(threeRows(&window), ListEditor::Selection::Single, true, split, &window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(editor.addButton(), split);
    QCOMPARE(split->parentWidget(), &editor);
    QSignalSpy added(&editor, &ListEditor::addRequested);
    QTest::mouseClick(split, Qt::LeftButton);
    QCOMPARE(added.size(), 1);

    // Tab order: Add, Edit, Remove, the list.
    split->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(split));
    QWidget *expected[] = {editor.editButton(), editor.removeButton(), editor.view()};
    editor.setCurrentRow(0); // Edit and Remove enabled, so that Tab stops on them
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

QTEST_MAIN(tst_ListEditor)
#include "tst_listeditor.moc"
