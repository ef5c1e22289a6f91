#include "SourceServerPage.h"

#include "ConnectorDraft.h"
#include "ProblemLabel.h"
#include "SourceServerDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QString &severalSitesCode()
{
    static const QString code = QStringLiteral("Connector.SourceServersInSeveralSites");
    return code;
}

} // namespace

SourceServerPage::SourceServerPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("sourceServerPage"));
    setTitle(tr("Source Server"));
    setSubTitle(tr("Select the Hub Transport servers, or the subscribed Edge Transport servers, that send mail "
                   "through this connector. The server you are working on is listed already."));

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("sourceServerView"));
    m_view->setHeaderLabels({tr("Name"), tr("Role"), tr("Site")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Source servers"));
    m_view->setToolTip(tr("Delete removes the selected servers."));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    auto *viewLabel = new QLabel(tr("&Source servers:"), this);
    viewLabel->setBuddy(m_view);

    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addSourceServerButton"));
    m_addButton->setToolTip(tr("Add Hub Transport servers or Edge Subscriptions"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeSourceServerButton"));
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_TrashIcon)));
    m_removeButton->setAccessibleName(tr("Remove"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected source servers"));
    m_removeButton->setShortcut(QKeySequence(tr("Alt+M")));
    m_removeButton->setToolTip(tr("Remove the selected source servers (Alt+M, or Delete in the list)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    m_warningLabel = ProblemLabel::create(QStringLiteral("sourceServerWarningLabel"), this);
    m_problemsLabel = ProblemLabel::create(QStringLiteral("sourceServerProblemsLabel"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(viewLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_problemsLabel);

    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_view);

    connect(m_addButton, &QPushButton::clicked, this, &SourceServerPage::addServers);
    connect(m_removeButton, &QPushButton::clicked, this, &SourceServerPage::removeSelected);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &SourceServerPage::updateButtons);
    connect(m_draft, &ConnectorDraft::changed, this, &SourceServerPage::refresh);

    refresh();
}

void SourceServerPage::initializePage()
{
    refresh();
}

bool SourceServerPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::SourceServer);
}

void SourceServerPage::refresh()
{
    if (m_servers != m_draft->connector().sourceTransportServers)
        showServers(m_draft->connector().sourceTransportServers);

    // The several-sites warning has its own place under the list; everything else below it.
    Problems warning;
    Problems others;
    for (const Problem &problem : m_draft->problems(ConnectorDraft::Section::SourceServer))
        (problem.code == severalSitesCode() ? warning : others).append(problem);
    ProblemLabel::show(m_warningLabel, warning);
    ProblemLabel::show(m_problemsLabel, others);
    updateButtons();
    emit completeChanged();
}

void SourceServerPage::showServers(const QStringList &servers)
{
    m_servers = servers;
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    for (const QString &name : servers) {
        auto *item = new QTreeWidgetItem(
            m_view, {name, SourceServerDialog::roleText(*m_draft, name), SourceServerDialog::siteText(*m_draft, name)});
        item->setData(0, Qt::UserRole, name);
    }
}

void SourceServerPage::updateButtons()
{
    m_removeButton->setEnabled(!m_view->selectedItems().isEmpty());
}

void SourceServerPage::addServers()
{
    auto *dialog = new SourceServerDialog(m_draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList added = dialog->selectedServers();
        m_draft->setSourceTransportServers(m_draft->connector().sourceTransportServers + added);
        // Select what was added, so that a mistake is one Delete away.
        for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_view->topLevelItem(i);
            item->setSelected(added.contains(item->data(0, Qt::UserRole).toString()));
        }
        updateButtons();
    });
    connect(dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    // Window-modal and asynchronous, so that the wizard (and a test) keeps its event loop.
    dialog->open();
}

void SourceServerPage::removeSelected()
{
    QStringList remaining;
    int firstRemoved = -1;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->isSelected()) {
            if (firstRemoved < 0)
                firstRemoved = i;
        } else {
            remaining.append(item->data(0, Qt::UserRole).toString());
        }
    }
    if (firstRemoved < 0)
        return;
    m_draft->setSourceTransportServers(remaining);
    if (m_view->topLevelItemCount() > 0) {
        QTreeWidgetItem *next = m_view->topLevelItem(qMin(firstRemoved, m_view->topLevelItemCount() - 1));
        m_view->setCurrentItem(next);
    }
    updateButtons();
}

bool SourceServerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && !m_view->selectedItems().isEmpty()) {
            removeSelected();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
