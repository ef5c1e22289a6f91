#include "AddressSpaceForm.h"

#include "AddressSpaceModel.h"
#include "ConnectorDraft.h"
#include "ListEditor.h"
#include "ProblemLabel.h"

#include <QAccessibleWidget>
#include <QAction>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const char SplitButtonProperty[] = "sccSplitButton";

// The split Add button as assistive technology sees it. Qt 6.4 offers only "show menu" for a
// split button, so a screen reader could not press Add itself (the SMTP address space, as a
// click, Space or Enter do); this interface offers both actions (docs/decisions.md#accessibility).
class SplitButtonAccessible : public QAccessibleWidget
{
public:
    explicit SplitButtonAccessible(QToolButton *button)
        : QAccessibleWidget(button, QAccessible::ButtonMenu)
    {
    }

    QStringList actionNames() const override
    {
        QStringList names;
        if (widget()->isEnabled())
            names << pressAction() << showMenuAction();
        return names + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        auto *button = static_cast<QToolButton *>(widget());
        if (!button->isEnabled())
            return;
        if (action == pressAction())
            button->click();
        else if (action == showMenuAction())
            QTimer::singleShot(0, button, &QToolButton::showMenu); // the menu's loop must not block the caller
        else
            QAccessibleWidget::doAction(action);
    }
};

QAccessibleInterface *splitButtonFactory(const QString &className, QObject *object)
{
    auto *button = qobject_cast<QToolButton *>(object);
    if (className == QLatin1String("QToolButton") && button && button->property(SplitButtonProperty).toBool())
        return new SplitButtonAccessible(button);
    return nullptr;
}

} // namespace

AddressSpaceForm::AddressSpaceForm(ConnectorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_model(new AddressSpaceModel(draft->version(), this))
{
    // Where only SMTP address spaces are offered (2007 RTM, an Edge), the text speaks of SMTP domains only.

    m_smtpAction = new QAction(tr("&SMTP Address Space…"), this);
    m_smtpAction->setObjectName(QStringLiteral("smtpAddressSpaceAction"));
    connect(m_smtpAction, &QAction::triggered, this, [this] { addAddressSpace(AddressSpaceDialog::Kind::Smtp); });
    if (m_draft->offersCustomAddressSpaces()) {
        // SP1's split button: Add itself (click, Space, Enter, Alt+A) opens the SMTP Address
        // Space dialog; its arrow (or Alt+Down) opens the menu with SMTP and Custom.
        m_customAction = new QAction(tr("&Custom Address Space…"), this);
        m_customAction->setObjectName(QStringLiteral("customAddressSpaceAction"));
        connect(m_customAction, &QAction::triggered, this,
                [this] { addAddressSpace(AddressSpaceDialog::Kind::Custom); });
        static const bool factoryInstalled = [] {
            QAccessible::installFactory(splitButtonFactory);
            return true;
        }();
        Q_UNUSED(factoryInstalled)
        auto *split = new QToolButton(this);
        split->setProperty(SplitButtonProperty, true);
        split->setText(tr("&Add"));
        split->setToolButtonStyle(Qt::ToolButtonTextOnly);
        split->setPopupMode(QToolButton::MenuButtonPopup);
        split->setFocusPolicy(Qt::StrongFocus);
        auto *menu = new QMenu(split);
        menu->setObjectName(QStringLiteral("addAddressSpaceMenu"));
        menu->addAction(m_smtpAction);
        menu->addAction(m_customAction);
        split->setMenu(menu);
        split->installEventFilter(this);
        split->setAccessibleDescription(tr("Adds an SMTP address space; Alt+Down opens a menu that also offers a "
                                           "custom address space"));
        split->setToolTip(tr("Add an SMTP address space; the arrow (Alt+Down) also offers a custom address space"));
        m_addButton = split;
    } else {
        // Only SMTP address spaces here: Add opens its dialog directly.
        m_addButton = new QPushButton(tr("&Add"), this);
        m_addButton->setToolTip(tr("Add an SMTP address space"));
    }
    m_addButton->setObjectName(QStringLiteral("addAddressSpaceButton"));
    m_addButton->setAccessibleName(tr("Add"));
    // The plain Add and the split button's own part both mean SMTP (the editor forwards clicks).
    connect(m_addButton, &QAbstractButton::clicked, m_smtpAction, &QAction::trigger);

    m_list = new ListEditor(m_model, ListEditor::Selection::Single, /*editable=*/true, m_addButton, this);
    // The split button lines up with the push buttons beside it.
    if (qobject_cast<QToolButton *>(m_addButton))
        m_addButton->setMinimumSize(m_list->editButton()->sizeHint());
    QTreeView *view = m_list->view();
    view->setObjectName(QStringLiteral("addressSpaceView"));
    view->setAccessibleName(tr("Address spaces"));
    view->setToolTip(tr("F2 or double-click edits the selected address space; Delete removes it."));
    m_list->editButton()->setObjectName(QStringLiteral("editAddressSpaceButton"));
    m_list->editButton()->setToolTip(tr("Edit the selected address space"));
    m_list->removeButton()->setObjectName(QStringLiteral("removeAddressSpaceButton"));
    m_list->removeButton()->setAccessibleDescription(tr("Removes the selected address space"));
    m_list->removeButton()->setToolTip(tr("Remove the selected address space (Alt+M, or Delete in the list)"));
    connect(m_list, &ListEditor::editRequested, this, &AddressSpaceForm::editAddressSpace);
    connect(m_list, &ListEditor::removeRequested, this, &AddressSpaceForm::removeAddressSpaces);

    auto *viewLabel = new QLabel(m_draft->offersCustomAddressSpaces() ? tr("Address s&paces this connector routes mail to:")
                                                                      : tr("SMT&P domains this connector routes mail to:"),
                                 this);
    viewLabel->setBuddy(view);

    m_nonSmtpNoteLabel = new QLabel(tr("Note: mail to a non-SMTP address space still leaves this connector over "
                                       "SMTP, through a smart host. To deliver to a system that does not speak SMTP, "
                                       "such as a fax gateway, use a Foreign connector."),
                                    this);
    m_nonSmtpNoteLabel->setObjectName(QStringLiteral("nonSmtpNoteLabel"));
    m_nonSmtpNoteLabel->setWordWrap(true);
    m_nonSmtpNoteLabel->setVisible(m_draft->offersCustomAddressSpaces());

    m_scopedCheck = new QCheckBox(tr("S&coped send connector"), this);
    m_scopedCheck->setObjectName(QStringLiteral("scopedConnectorCheck"));
    m_scopedCheck->setToolTip(tr("Only Hub Transport servers in the same Active Directory site as the source "
                                 "servers may use this connector."));
    m_scopedCheck->setVisible(m_draft->offersScoping());
    connect(m_scopedCheck, &QCheckBox::toggled, m_draft, &ConnectorDraft::setScopedConnector);

    m_problemsLabel = ProblemLabel::create(QStringLiteral("addressSpaceProblemsLabel"), this);
    ProblemLabel::setFields(m_problemsLabel, {view});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(viewLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_nonSmtpNoteLabel);
    layout->addWidget(m_scopedCheck, 0, Qt::AlignLeft);
    layout->addWidget(m_problemsLabel);
    setTabOrder(view, m_scopedCheck);

    connect(m_draft, &ConnectorDraft::changed, this, &AddressSpaceForm::refresh);
    refresh();
}

void AddressSpaceForm::initialize()
{
    refresh();
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void AddressSpaceForm::refresh()
{
    const SendConnector &connector = m_draft->connector();
    if (m_model->addressSpaces() != connector.addressSpaces)
        m_model->setAddressSpaces(connector.addressSpaces);
    {
        const QSignalBlocker blocker(m_scopedCheck);
        m_scopedCheck->setChecked(connector.isScopedConnector);
    }
    ProblemLabel::show(m_problemsLabel, m_draft->problems(ConnectorDraft::Section::AddressSpace));
}

void AddressSpaceForm::addAddressSpace(AddressSpaceDialog::Kind kind)
{
    auto *dialog = new AddressSpaceDialog(kind, m_draft->version(), this);
    openDialog(dialog, -1);
}

void AddressSpaceForm::editAddressSpace(int row)
{
    const AddressSpace space = m_model->addressSpace(row);
    auto *dialog = new AddressSpaceDialog(AddressSpaceDialog::kindFor(space), m_draft->version(), this);
    dialog->setAddressSpace(space);
    openDialog(dialog, row);
}

void AddressSpaceForm::openDialog(AddressSpaceDialog *dialog, int row)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<AddressSpace> others = m_model->addressSpaces();
    if (row >= 0 && row < others.size())
        others.removeAt(row);
    dialog->setOtherAddressSpaces(others);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const std::optional<AddressSpace> space = dialog->addressSpace();
        if (!space)
            return;
        QList<AddressSpace> spaces = m_model->addressSpaces();
        const int changedRow = row < 0 ? int(spaces.size()) : row;
        if (row < 0)
            spaces.append(*space);
        else
            spaces[row] = *space;
        m_draft->setAddressSpaces(spaces); // the model follows the draft (refresh())
        m_list->setCurrentRow(changedRow);
    });
    connect(dialog, &QDialog::finished, m_list->view(), [this] { m_list->view()->setFocus(Qt::OtherFocusReason); });
    // Window-modal and asynchronous, so that the wizard (and a test) keeps its event loop.
    dialog->open();
}

void AddressSpaceForm::removeAddressSpaces(const QList<int> &rows)
{
    QList<AddressSpace> spaces = m_model->addressSpaces();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        spaces.removeAt(*it);
    m_draft->setAddressSpaces(spaces);
    m_list->setCurrentRow(rows.first());
}

bool AddressSpaceForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_addButton && event->type() == QEvent::KeyPress) {
        auto *split = static_cast<QToolButton *>(m_addButton); // only the split button is watched
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            split->click(); // on Add itself Enter means Add, not the wizard's Next
            return true;
        }
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_F4) && modifiers == Qt::AltModifier) {
            split->showMenu();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
