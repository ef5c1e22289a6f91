#include "NetworkSettingsPage.h"

#include "ConnectorDraft.h"
#include "ProblemLabel.h"
#include "SmartHostDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *reasonLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

NetworkSettingsPage::NetworkSettingsPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("networkSettingsPage"));
    setTitle(tr("Network settings"));
    setSubTitle(tr("Select how this connector sends mail: by looking up the MX records of each destination in "
                   "DNS, or by handing all mail to one or more smart hosts."));

    m_dnsRoutingRadio =
        new QRadioButton(tr("Use domain name system (&DNS) \"MX\" records to route mail automatically"), this);
    m_dnsRoutingRadio->setObjectName(QStringLiteral("dnsRoutingRadio"));
    m_dnsRoutingReasonLabel = reasonLabel(QStringLiteral("dnsRoutingReasonLabel"), this);

    m_smartHostRoutingRadio = new QRadioButton(tr("&Route all mail through the following smart hosts:"), this);
    m_smartHostRoutingRadio->setObjectName(QStringLiteral("smartHostRoutingRadio"));
    m_smartHostRoutingReasonLabel = reasonLabel(QStringLiteral("smartHostRoutingReasonLabel"), this);

    auto *routing = new QButtonGroup(this);
    routing->addButton(m_dnsRoutingRadio);
    routing->addButton(m_smartHostRoutingRadio);

    m_smartHostView = new QListWidget(this);
    m_smartHostView->setObjectName(QStringLiteral("smartHostView"));
    m_smartHostView->setAccessibleName(tr("Smart hosts"));
    m_smartHostView->setToolTip(tr("F2 or double-click edits the selected smart host; Delete removes it."));
    m_smartHostView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_smartHostView->installEventFilter(this);

    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addSmartHostButton"));
    m_addButton->setToolTip(tr("Add a smart host"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editSmartHostButton"));
    m_editButton->setToolTip(tr("Edit the selected smart host"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeSmartHostButton"));
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_TrashIcon)));
    m_removeButton->setAccessibleName(tr("Remove"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected smart host"));
    m_removeButton->setShortcut(QKeySequence(tr("Alt+M")));
    m_removeButton->setToolTip(tr("Remove the selected smart host (Alt+M, or Delete in the list)"));

    m_externalDnsCheck = new QCheckBox(tr("Use the E&xternal DNS Lookup settings on the transport server"), this);
    m_externalDnsCheck->setObjectName(QStringLiteral("externalDnsCheck"));
    m_externalDnsCheck->setToolTip(tr("Look up MX records with the DNS servers set for external lookups on the "
                                      "transport server instead of its own network adapter's."));
    m_externalDnsCheck->setVisible(m_draft->offersExternalDnsSetting());

    m_problemsLabel = ProblemLabel::create(QStringLiteral("networkSettingsProblemsLabel"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    // The reasons sit beside their choices; the smart host list is indented under its choice.
    auto *grid = new QGridLayout;
    grid->addWidget(m_dnsRoutingRadio, 0, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_dnsRoutingReasonLabel, 1, 1);
    grid->addWidget(m_externalDnsCheck, 2, 1, Qt::AlignLeft);
    grid->addWidget(m_smartHostRoutingRadio, 3, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_smartHostRoutingReasonLabel, 4, 1);
    grid->addLayout(buttons, 5, 1);
    grid->addWidget(m_smartHostView, 6, 1);
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(6, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select how to send mail with this connector:"), this));
    layout->addLayout(grid, 1);
    layout->addWidget(m_problemsLabel);

    setTabOrder(m_dnsRoutingRadio, m_externalDnsCheck);
    setTabOrder(m_externalDnsCheck, m_smartHostRoutingRadio);
    setTabOrder(m_smartHostRoutingRadio, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
    setTabOrder(m_removeButton, m_smartHostView);

    connect(m_dnsRoutingRadio, &QRadioButton::toggled, m_draft, &ConnectorDraft::setDnsRoutingEnabled);
    connect(m_externalDnsCheck, &QCheckBox::toggled, m_draft, &ConnectorDraft::setUseExternalDnsServersEnabled);
    connect(m_addButton, &QPushButton::clicked, this, &NetworkSettingsPage::addSmartHost);
    connect(m_editButton, &QPushButton::clicked, this, &NetworkSettingsPage::editSmartHost);
    connect(m_removeButton, &QPushButton::clicked, this, &NetworkSettingsPage::removeSmartHost);
    connect(m_smartHostView, &QListWidget::itemDoubleClicked, this, &NetworkSettingsPage::editSmartHost);
    connect(m_smartHostView, &QListWidget::currentRowChanged, this, &NetworkSettingsPage::updateSmartHostButtons);
    connect(m_draft, &ConnectorDraft::changed, this, &NetworkSettingsPage::refresh);

    refresh();
}

void NetworkSettingsPage::initializePage()
{
    // The draft switches away from a choice when it becomes unavailable; this only makes sure
    // the page never opens on a choice the usage does not offer.
    if (m_draft->connector().dnsRoutingEnabled && !m_draft->dnsRoutingOffered() && m_draft->smartHostsOffered())
        m_draft->setDnsRoutingEnabled(false);
    else if (!m_draft->connector().dnsRoutingEnabled && !m_draft->smartHostsOffered() && m_draft->dnsRoutingOffered())
        m_draft->setDnsRoutingEnabled(true);
    refresh();
}

bool NetworkSettingsPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::NetworkSettings);
}

void NetworkSettingsPage::refresh()
{
    const SendConnector &connector = m_draft->connector();
    const bool dns = connector.dnsRoutingEnabled;
    {
        const QSignalBlocker dnsBlocker(m_dnsRoutingRadio);
        const QSignalBlocker smartHostBlocker(m_smartHostRoutingRadio);
        m_dnsRoutingRadio->setChecked(dns);
        m_smartHostRoutingRadio->setChecked(!dns);
    }
    // A choice not offered stays visible, disabled, with the reason beside it — unless it is the
    // one in force, which must stay readable (the draft moves away from it as soon as it can).
    m_dnsRoutingRadio->setEnabled(m_draft->dnsRoutingOffered());
    m_smartHostRoutingRadio->setEnabled(m_draft->smartHostsOffered());
    const QString dnsReason = m_draft->dnsRoutingUnavailableReason();
    m_dnsRoutingReasonLabel->setText(dnsReason);
    m_dnsRoutingReasonLabel->setVisible(!dnsReason.isEmpty());
    const QString smartHostReason = m_draft->smartHostsUnavailableReason();
    m_smartHostRoutingReasonLabel->setText(smartHostReason);
    m_smartHostRoutingReasonLabel->setVisible(!smartHostReason.isEmpty());

    {
        const QSignalBlocker blocker(m_externalDnsCheck);
        m_externalDnsCheck->setChecked(connector.useExternalDnsServersEnabled);
    }
    // Only DNS lookups use it; left enabled while checked so that it can still be cleared.
    m_externalDnsCheck->setEnabled(dns || connector.useExternalDnsServersEnabled);

    if (m_smartHosts != m_draft->smartHosts())
        setSmartHosts(m_draft->smartHosts(), m_smartHostView->currentRow());
    m_smartHostView->setEnabled(!dns);
    m_addButton->setEnabled(!dns);
    updateSmartHostButtons();

    ProblemLabel::show(m_problemsLabel, m_draft->problems(ConnectorDraft::Section::NetworkSettings));
    emit completeChanged();
}

void NetworkSettingsPage::setSmartHosts(const QList<SmartHost> &hosts, int currentRow)
{
    m_smartHosts = hosts;
    const QSignalBlocker blocker(m_smartHostView);
    m_smartHostView->clear();
    for (const SmartHost &host : hosts) {
        auto *item = new QListWidgetItem(host.host, m_smartHostView);
        item->setToolTip(host.kind == SmartHost::Kind::IpAddress ? tr("IP address") : tr("Fully qualified domain name"));
    }
    if (!hosts.isEmpty() && currentRow >= 0)
        m_smartHostView->setCurrentRow(qMin(currentRow, int(hosts.size()) - 1));
}

void NetworkSettingsPage::updateSmartHostButtons()
{
    const bool enabled = !m_draft->connector().dnsRoutingEnabled && currentRow() >= 0;
    m_editButton->setEnabled(enabled);
    m_removeButton->setEnabled(enabled);
}

int NetworkSettingsPage::currentRow() const
{
    const int row = m_smartHostView->currentRow();
    return row >= 0 && m_smartHostView->item(row)->isSelected() ? row : -1;
}

void NetworkSettingsPage::addSmartHost()
{
    openDialog(new SmartHostDialog(m_draft->version(), this), -1);
}

void NetworkSettingsPage::editSmartHost()
{
    const int row = currentRow();
    if (row < 0 || m_draft->connector().dnsRoutingEnabled)
        return;
    auto *dialog = new SmartHostDialog(m_draft->version(), this);
    dialog->setSmartHost(m_smartHosts.at(row));
    openDialog(dialog, row);
}

void NetworkSettingsPage::openDialog(SmartHostDialog *dialog, int row)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<SmartHost> others = m_smartHosts;
    if (row >= 0)
        others.removeAt(row);
    dialog->setOtherSmartHosts(others);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const std::optional<SmartHost> host = dialog->smartHost();
        if (!host)
            return;
        QList<SmartHost> hosts = m_smartHosts;
        int changedRow = row;
        if (row < 0) {
            hosts.append(*host);
            changedRow = int(hosts.size()) - 1;
        } else {
            hosts[row] = *host;
        }
        setSmartHosts(hosts, changedRow);
        m_draft->setSmartHosts(hosts);
    });
    connect(dialog, &QDialog::finished, m_smartHostView, [this] { m_smartHostView->setFocus(Qt::OtherFocusReason); });
    // Window-modal and asynchronous, so that the wizard (and a test) keeps its event loop.
    dialog->open();
}

void NetworkSettingsPage::removeSmartHost()
{
    const int row = currentRow();
    if (row < 0 || m_draft->connector().dnsRoutingEnabled)
        return;
    QList<SmartHost> hosts = m_smartHosts;
    hosts.removeAt(row);
    setSmartHosts(hosts, row);
    m_draft->setSmartHosts(hosts);
    updateSmartHostButtons();
}

bool NetworkSettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_smartHostView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && currentRow() >= 0) {
            removeSmartHost();
            return true;
        }
        // F2 edits, as in any list; Enter stays the wizard's Next.
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier && currentRow() >= 0) {
            editSmartHost();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
