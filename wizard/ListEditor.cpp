#include "ListEditor.h"

#include "Icons.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

ListEditor::ListEditor(QAbstractItemModel *model, Selection selection, bool editable, QAbstractButton *addButton,
                       QWidget *parent)
    : QWidget(parent)
{
    m_view = new QTreeView(this);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(selection == Selection::Extended ? QAbstractItemView::ExtendedSelection
                                                              : QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);

    m_addButton = addButton ? addButton : new QPushButton(tr("&Add…"), this);
    m_addButton->setParent(this);
    m_addButton->setIcon(Icons::get(Icons::Purpose::ListAdd));
    if (auto *tool = qobject_cast<QToolButton *>(m_addButton); tool && tool->toolButtonStyle() == Qt::ToolButtonTextOnly)
        tool->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // a split button shows its icon like the others
    connect(m_addButton, &QAbstractButton::clicked, this, &ListEditor::addRequested);

    if (editable) {
        m_editButton = new QPushButton(Icons::get(Icons::Purpose::ListEdit), tr("&Edit…"), this);
        connect(m_editButton, &QPushButton::clicked, this, &ListEditor::requestEdit);
        connect(m_view, &QTreeView::doubleClicked, this, &ListEditor::requestEdit);
    }

    m_removeButton = new QPushButton(this);
    m_removeButton->setIcon(Icons::get(Icons::Purpose::ListRemove));
    m_removeButton->setAccessibleName(tr("Remove"));
    m_removeButton->setShortcut(QKeySequence(tr("Alt+M")));
    connect(m_removeButton, &QPushButton::clicked, this, &ListEditor::requestRemove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    if (m_editButton)
        buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    QWidget *previous = m_addButton;
    for (QWidget *next : {static_cast<QWidget *>(m_editButton), static_cast<QWidget *>(m_removeButton),
                          static_cast<QWidget *>(m_view)}) {
        if (!next)
            continue;
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A row selected without moving the current one (assistive technology selects a row
        // through its accessible interface) becomes current, so that Edit and F2 act on it.
        QItemSelectionModel *selection = m_view->selectionModel();
        const QModelIndexList rows = selection->selectedRows();
        if (!rows.isEmpty() && !selection->isRowSelected(m_view->currentIndex().row(), QModelIndex()))
            selection->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListEditor::updateButtons);
    updateButtons();
}

int ListEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()) ? current.row()
                                                                                                        : -1;
}

QList<int> ListEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ListEditor::setCurrentRow(int row)
{
    const int count = m_view->model()->rowCount();
    if (count == 0 || row < 0)
        return;
    m_view->setCurrentIndex(m_view->model()->index(qMin(row, count - 1), 0));
}

void ListEditor::selectRows(const QList<int> &rows)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    selection->clearSelection();
    const QAbstractItemModel *model = m_view->model();
    for (int row : rows) {
        if (row >= 0 && row < model->rowCount())
            selection->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!rows.isEmpty() && rows.first() >= 0 && rows.first() < model->rowCount())
        selection->setCurrentIndex(model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    updateButtons();
}

void ListEditor::setListEnabled(bool enabled)
{
    m_listEnabled = enabled;
    m_view->setEnabled(enabled);
    m_addButton->setEnabled(enabled);
    updateButtons();
}

void ListEditor::updateButtons()
{
    if (m_editButton)
        m_editButton->setEnabled(m_listEnabled && currentRow() >= 0);
    m_removeButton->setEnabled(m_listEnabled && !selectedRows().isEmpty());
}

void ListEditor::requestEdit()
{
    const int row = currentRow();
    if (m_editButton && m_listEnabled && row >= 0)
        emit editRequested(row);
}

void ListEditor::requestRemove()
{
    const QList<int> rows = selectedRows();
    if (m_listEnabled && !rows.isEmpty())
        emit removeRequested(rows);
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && !selectedRows().isEmpty()) {
            requestRemove();
            return true;
        }
        // F2 edits, as in any list; Enter stays the wizard's Next.
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier && m_editButton && currentRow() >= 0) {
            requestEdit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
