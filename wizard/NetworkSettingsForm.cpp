#include "NetworkSettingsForm.h"

#include "ConnectorDraft.h"
#include "ListEditor.h"
#include "ProblemLabel.h"
#include "SmartHostDialog.h"
#include "SmartHostModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
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

NetworkSettingsForm::NetworkSettingsForm(ConnectorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{

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

    m_model = new SmartHostModel(this);
    m_list = new ListEditor(m_model, ListEditor::Selection::Single, /*editable=*/true, nullptr, this);
    QTreeView *view = m_list->view();
    view->setObjectName(QStringLiteral("smartHostView"));
    view->setHeaderHidden(true);
    view->setAccessibleName(tr("Smart hosts"));
    view->setToolTip(tr("F2 or double-click edits the selected smart host; Delete removes it."));
    m_list->addButton()->setObjectName(QStringLiteral("addSmartHostButton"));
    m_list->addButton()->setToolTip(tr("Add a smart host"));
    m_list->editButton()->setObjectName(QStringLiteral("editSmartHostButton"));
    m_list->editButton()->setToolTip(tr("Edit the selected smart host"));
    m_list->removeButton()->setObjectName(QStringLiteral("removeSmartHostButton"));
    m_list->removeButton()->setAccessibleDescription(tr("Removes the selected smart host"));
    m_list->removeButton()->setToolTip(tr("Remove the selected smart host (Alt+M, or Delete in the list)"));

    m_externalDnsCheck = new QCheckBox(tr("Use the E&xternal DNS Lookup settings on the transport server"), this);
    m_externalDnsCheck->setObjectName(QStringLiteral("externalDnsCheck"));
    m_externalDnsCheck->setToolTip(tr("Look up MX records with the DNS servers set for external lookups on the "
                                      "transport server instead of its own network adapter's."));
    m_externalDnsCheck->setVisible(m_draft->offersExternalDnsSetting());

    m_problemsLabel = ProblemLabel::create(QStringLiteral("networkSettingsProblemsLabel"), this);
    ProblemLabel::setFields(m_problemsLabel, {m_smartHostRoutingRadio, view});

    // The reasons sit beside their choices; the smart host list is indented under its choice.
    auto *grid = new QGridLayout;
    grid->addWidget(m_dnsRoutingRadio, 0, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_dnsRoutingReasonLabel, 1, 1);
    grid->addWidget(m_externalDnsCheck, 2, 1, Qt::AlignLeft);
    grid->addWidget(m_smartHostRoutingRadio, 3, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_smartHostRoutingReasonLabel, 4, 1);
    grid->addWidget(m_list, 5, 1);
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select how to send mail with this connector:"), this));
    layout->addLayout(grid, 1);
    layout->addWidget(m_problemsLabel);

    setTabOrder(m_dnsRoutingRadio, m_externalDnsCheck);
    setTabOrder(m_externalDnsCheck, m_smartHostRoutingRadio);
    setTabOrder(m_smartHostRoutingRadio, m_list->addButton());

    connect(m_dnsRoutingRadio, &QRadioButton::toggled, m_draft, &ConnectorDraft::setDnsRoutingEnabled);
    connect(m_externalDnsCheck, &QCheckBox::toggled, m_draft, &ConnectorDraft::setUseExternalDnsServersEnabled);
    connect(m_list, &ListEditor::addRequested, this, &NetworkSettingsForm::addSmartHost);
    connect(m_list, &ListEditor::editRequested, this, &NetworkSettingsForm::editSmartHost);
    connect(m_list, &ListEditor::removeRequested, this, &NetworkSettingsForm::removeSmartHosts);
    connect(m_draft, &ConnectorDraft::changed, this, &NetworkSettingsForm::refresh);

    refresh();
}

void NetworkSettingsForm::initialize()
{
    // The draft switches away from a choice when it becomes unavailable; this only makes sure
    // the form never opens on a choice the usage does not offer.
    if (m_draft->connector().dnsRoutingEnabled && !m_draft->dnsRoutingOffered() && m_draft->smartHostsOffered())
        m_draft->setDnsRoutingEnabled(false);
    else if (!m_draft->connector().dnsRoutingEnabled && !m_draft->smartHostsOffered() && m_draft->dnsRoutingOffered())
        m_draft->setDnsRoutingEnabled(true);
    refresh();
}

void NetworkSettingsForm::refresh()
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

    if (m_model->smartHosts() != m_draft->smartHosts()) {
        const int row = m_list->currentRow();
        m_model->setSmartHosts(m_draft->smartHosts());
        m_list->setCurrentRow(row);
    }
    m_list->setListEnabled(!dns);

    ProblemLabel::show(m_problemsLabel, m_draft->problems(ConnectorDraft::Section::NetworkSettings));
}

void NetworkSettingsForm::addSmartHost()
{
    openDialog(new SmartHostDialog(m_draft->version(), this), -1);
}

void NetworkSettingsForm::editSmartHost(int row)
{
    auto *dialog = new SmartHostDialog(m_draft->version(), this);
    dialog->setSmartHost(m_model->smartHost(row));
    openDialog(dialog, row);
}

void NetworkSettingsForm::openDialog(SmartHostDialog *dialog, int row)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<SmartHost> others = m_model->smartHosts();
    if (row >= 0 && row < others.size())
        others.removeAt(row);
    dialog->setOtherSmartHosts(others);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const std::optional<SmartHost> host = dialog->smartHost();
        if (!host)
            return;
        QList<SmartHost> hosts = m_model->smartHosts();
        const int changedRow = row < 0 ? int(hosts.size()) : row;
        if (row < 0)
            hosts.append(*host);
        else
            hosts[row] = *host;
        m_draft->setSmartHosts(hosts); // the model follows the draft (refresh())
        m_list->setCurrentRow(changedRow);
    });
    connect(dialog, &QDialog::finished, m_list->view(), [this] { m_list->view()->setFocus(Qt::OtherFocusReason); });
    // Window-modal and asynchronous, so that the wizard (and a test) keeps its event loop.
    dialog->open();
}

void NetworkSettingsForm::removeSmartHosts(const QList<int> &rows)
{
    QList<SmartHost> hosts = m_model->smartHosts();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        hosts.removeAt(*it);
    m_draft->setSmartHosts(hosts);
    m_list->setCurrentRow(rows.first());
}
