#include "AddressSpacePage.h"

#include "AddressSpaceModel.h"
#include "ConnectorDraft.h"
#include "ProblemLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

AddressSpacePage::AddressSpacePage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_model(new AddressSpaceModel(draft->version(), this))
{
    setObjectName(QStringLiteral("addressSpacePage"));
    setTitle(tr("Address space"));
    // Where only SMTP address spaces are offered (2007 RTM, an Edge), the text speaks of SMTP domains only.
    setSubTitle(m_draft->offersCustomAddressSpaces()
                    ? tr("Specify the address spaces to which this connector routes mail: the domains (or, on a "
                         "Hub Transport server, other address types) whose recipients it serves.")
                    : tr("Specify the SMTP domains to which this connector routes mail: the domains whose "
                         "recipients it serves, such as contoso.com or *.contoso.com."));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("addressSpaceView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Address spaces"));
    m_view->setToolTip(tr("F2 or double-click edits the selected address space; Delete removes it."));
    m_view->installEventFilter(this);

    auto *viewLabel = new QLabel(m_draft->offersCustomAddressSpaces() ? tr("Address s&paces this connector routes mail to:")
                                                                      : tr("SMT&P domains this connector routes mail to:"),
                                 this);
    viewLabel->setBuddy(m_view);

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
        auto *split = new QToolButton(this);
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
    connect(m_addButton, &QAbstractButton::clicked, m_smtpAction, &QAction::trigger);

    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editAddressSpaceButton"));
    m_editButton->setToolTip(tr("Edit the selected address space"));
    connect(m_editButton, &QPushButton::clicked, this, &AddressSpacePage::editAddressSpace);

    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeAddressSpaceButton"));
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_TrashIcon)));
    m_removeButton->setAccessibleName(tr("Remove"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected address space"));
    m_removeButton->setShortcut(QKeySequence(tr("Alt+M")));
    m_removeButton->setToolTip(tr("Remove the selected address space (Alt+M, or Delete in the list)"));
    connect(m_removeButton, &QPushButton::clicked, this, &AddressSpacePage::removeAddressSpace);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(viewLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_nonSmtpNoteLabel);
    layout->addWidget(m_scopedCheck, 0, Qt::AlignLeft);
    layout->addWidget(m_problemsLabel);

    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
    setTabOrder(m_removeButton, m_view);
    setTabOrder(m_view, m_scopedCheck);

    connect(m_view, &QTreeView::doubleClicked, this, &AddressSpacePage::editAddressSpace);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AddressSpacePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AddressSpacePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AddressSpacePage::updateButtons);
    connect(m_draft, &ConnectorDraft::changed, this, &AddressSpacePage::refresh);

    refresh();
}

void AddressSpacePage::initializePage()
{
    refresh();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

bool AddressSpacePage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::AddressSpace);
}

void AddressSpacePage::refresh()
{
    const SendConnector &connector = m_draft->connector();
    if (m_model->addressSpaces() != connector.addressSpaces)
        m_model->setAddressSpaces(connector.addressSpaces);
    {
        const QSignalBlocker blocker(m_scopedCheck);
        m_scopedCheck->setChecked(connector.isScopedConnector);
    }
    ProblemLabel::show(m_problemsLabel, m_draft->problems(ConnectorDraft::Section::AddressSpace));
    updateButtons();
    emit completeChanged();
}

void AddressSpacePage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

int AddressSpacePage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()) ? current.row()
                                                                                                        : -1;
}

QList<AddressSpace> AddressSpacePage::othersThan(int row) const
{
    QList<AddressSpace> others = m_model->addressSpaces();
    if (row >= 0 && row < others.size())
        others.removeAt(row);
    return others;
}

void AddressSpacePage::addAddressSpace(AddressSpaceDialog::Kind kind)
{
    auto *dialog = new AddressSpaceDialog(kind, m_draft->version(), this);
    openDialog(dialog, -1);
}

void AddressSpacePage::editAddressSpace()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AddressSpace space = m_model->addressSpace(row);
    auto *dialog = new AddressSpaceDialog(AddressSpaceDialog::kindFor(space), m_draft->version(), this);
    dialog->setAddressSpace(space);
    openDialog(dialog, row);
}

void AddressSpacePage::openDialog(AddressSpaceDialog *dialog, int row)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOtherAddressSpaces(othersThan(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const std::optional<AddressSpace> space = dialog->addressSpace();
        if (!space)
            return;
        int changedRow = row;
        if (row < 0)
            changedRow = m_model->add(*space);
        else
            m_model->replace(row, *space);
        m_view->setCurrentIndex(m_model->index(changedRow, 0));
        m_draft->setAddressSpaces(m_model->addressSpaces());
    });
    connect(dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    // Window-modal and asynchronous, so that the wizard (and a test) keeps its event loop.
    dialog->open();
}

void AddressSpacePage::removeAddressSpace()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->remove(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    m_draft->setAddressSpaces(m_model->addressSpaces());
}

bool AddressSpacePage::eventFilter(QObject *watched, QEvent *event)
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
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && currentRow() >= 0) {
            removeAddressSpace();
            return true;
        }
        // F2 edits, as in any list; Enter stays the wizard's Next.
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier && currentRow() >= 0) {
            editAddressSpace();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
