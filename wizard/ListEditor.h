#pragma once

#include <QList>
#include <QWidget>

class QAbstractButton;
class QAbstractItemModel;
class QPushButton;
class QTreeView;

// The list with Add, Edit and Remove that the wizard's list pages share (address spaces, smart
// hosts, source servers): one view on the page's model, the buttons above it, Delete and F2 in the
// list, double-click to edit. It changes nothing itself: it asks (addRequested, editRequested,
// removeRequested) and the page changes the draft, whose list the model then shows.
class ListEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Selection { Single, Extended };
    Q_ENUM(Selection)

    // `addButton` replaces the plain "&Add…" push button (e.g. a split button); the editor takes it.
    // Without `editable` there is no Edit button, F2 or double-click.
    ListEditor(QAbstractItemModel *model, Selection selection, bool editable, QAbstractButton *addButton = nullptr,
               QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QAbstractButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; } // nullptr when not editable
    QPushButton *removeButton() const { return m_removeButton; }

    // The current row when it is selected, else -1.
    int currentRow() const;
    // The selected rows, ascending.
    QList<int> selectedRows() const;
    // Makes `row` current and selected (clamped to the rows there are; nothing when empty).
    void setCurrentRow(int row);
    // Selects exactly `rows`, the first one current.
    void selectRows(const QList<int> &rows);

    // Disabled, the list and all its buttons are (a choice that does not use the list).
    void setListEnabled(bool enabled);

signals:
    void addRequested();
    void editRequested(int row);
    void removeRequested(const QList<int> &rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void requestEdit();
    void requestRemove();

    QTreeView *m_view;
    QAbstractButton *m_addButton;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton;
    bool m_listEnabled = true;
};
