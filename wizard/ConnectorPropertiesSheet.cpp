#include "ConnectorPropertiesSheet.h"

#include "AddressSpaceForm.h"
#include "CommandGenerator.h"
#include "ConnectorDraft.h"
#include "ResponsiveWait.h"
#include "ConnectorEdit.h"
#include "ConnectorSummary.h"
#include "NetworkSettingsForm.h"
#include "OrganizationStore.h"
#include "ProblemLabel.h"
#include "RoutingImpactView.h"
#include "SmartHostSecurityForm.h"
#include "SourceServerForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

#include <utility>

namespace {

// EMC 2007's limit for the maximum message size box: 2,097,151 KB (just under 2 GB).
constexpr int MaximumMessageSizeKb = 2097151;

// The server the draft works on: the Edge for an Edge's own connectors, otherwise a Hub
// Transport server (the local one when it is a Hub).
QString draftServer(const Organization &organization, const QString &edge)
{
    if (!edge.isEmpty())
        return edge;
    const TransportServer *local = organization.server(organization.localServer);
    if (local && local->isHub())
        return local->name;
    for (const TransportServer &server : organization.servers) {
        if (server.isHub())
            return server.name;
    }
    return organization.localServer;
}

const QList<ConnectorParameter> &generalParameters()
{
    static const QList<ConnectorParameter> parameters{ConnectorParameter::Name, ConnectorParameter::Fqdn,
                                                      ConnectorParameter::MaxMessageSize,
                                                      ConnectorParameter::ProtocolLoggingLevel};
    return parameters;
}

} // namespace

ConnectorPropertiesSheet::ConnectorPropertiesSheet(QString organizationPath, OperationScope scope,
                                                   const Organization &organization, const SendConnector &connector,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(organizationPath))
    , m_scope(std::move(scope))
    , m_version(organization.exchangeVersion)
    , m_loaded(connector)
    , m_draft(new ConnectorDraft(organization, draftServer(organization, m_scope.server), connector, this))
{
    setObjectName(QStringLiteral("connectorPropertiesDialog"));
    setWindowTitle(tr("%1 Properties").arg(connector.name));
    m_scope.expectedVersion = m_version;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("propertiesTabs"));
    m_tabs->addTab(createGeneralTab(), tr("General"));

    m_addressSpaceForm = new AddressSpaceForm(m_draft, this);
    m_addressSpaceForm->setObjectName(QStringLiteral("addressSpaceTab"));
    m_tabs->addTab(m_addressSpaceForm, tr("Address Space"));
    m_tabs->addTab(createNetworkTab(), tr("Network"));
    if (m_draft->hasSourceServerPage()) {
        m_sourceServerForm = new SourceServerForm(m_draft, this);
        m_sourceServerForm->setObjectName(QStringLiteral("sourceServerTab"));
        m_tabs->addTab(m_sourceServerForm, tr("Source Server"));
    }

    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->hide();

    // After a conflict: what changed meanwhile, and the two ways on. The mnemonics of what shows
    // under every tab (these, the command after Apply) use letters no tab uses.
    m_conflictPanel = new QFrame(this);
    m_conflictPanel->setObjectName(QStringLiteral("conflictPanel"));
    m_conflictPanel->setFrameShape(QFrame::StyledPanel);
    m_conflictLabel = ProblemLabel::create(QStringLiteral("conflictLabel"), m_conflictPanel);
    m_conflictLabel->setAccessibleDescription(tr("The connector was changed by another program"));
    auto *reapplyButton = new QPushButton(tr("Re-appl&y My Changes"), m_conflictPanel);
    reapplyButton->setObjectName(QStringLiteral("reapplyButton"));
    reapplyButton->setToolTip(tr("Put the settings you changed onto the connector as it is now; then click Apply"));
    auto *discardButton = new QPushButton(tr("Discard My C&hanges"), m_conflictPanel);
    discardButton->setObjectName(QStringLiteral("discardButton"));
    discardButton->setToolTip(tr("Keep the connector as the other program left it"));
    connect(reapplyButton, &QPushButton::clicked, this, &ConnectorPropertiesSheet::reapplyMyChanges);
    connect(discardButton, &QPushButton::clicked, this, &ConnectorPropertiesSheet::discardMyChanges);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(reapplyButton);
    conflictButtons->addWidget(discardButton);
    auto *conflictLayout = new QVBoxLayout(m_conflictPanel);
    conflictLayout->addWidget(m_conflictLabel);
    conflictLayout->addLayout(conflictButtons);
    m_conflictPanel->hide();

    m_applyProblemsLabel = ProblemLabel::create(QStringLiteral("applyProblemsLabel"), this);
    // Under the tabs, whichever is shown: what Apply would change in routing.
    m_impactView = new RoutingImpactView(m_draft, this);

    m_commandEdit = new QPlainTextEdit(this);
    m_commandLabel = new QLabel(tr("Exchange Managemen&t Shell command that made this change:"), this);
    m_commandLabel->setBuddy(m_commandEdit);
    m_commandEdit->setObjectName(QStringLiteral("commandLineEdit"));
    m_commandEdit->setReadOnly(true);
    // Tab moves on instead of being swallowed by the text.
    m_commandEdit->setTabChangesFocus(true);
    m_commandEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandEdit->setMaximumHeight(m_commandEdit->fontMetrics().lineSpacing() * 4);
    m_copyButton = new QPushButton(tr("Copy C&ommand"), this);
    m_copyButton->setObjectName(QStringLiteral("copyCommandButton"));
    m_copyButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commandEdit->toPlainText()); });
    for (QWidget *widget : {static_cast<QWidget *>(m_commandLabel), static_cast<QWidget *>(m_commandEdit),
                            static_cast<QWidget *>(m_copyButton)})
        widget->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::Help, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    m_buttons->button(QDialogButtonBox::Help)->setObjectName(QStringLiteral("helpButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectorPropertiesSheet::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ConnectorPropertiesSheet::apply);
    connect(m_buttons, &QDialogButtonBox::helpRequested, this, &ConnectorPropertiesSheet::showHelp);

    // While Apply or OK writes the file: a busy bar and what the sheet is doing.
    m_savingPanel = new QWidget(this);
    m_savingPanel->setObjectName(QStringLiteral("savingPanel"));
    auto *savingBar = new QProgressBar(m_savingPanel);
    savingBar->setObjectName(QStringLiteral("savingProgressBar"));
    savingBar->setRange(0, 0); // busy: how long another writer holds the lock is unknown
    savingBar->setTextVisible(false);
    savingBar->setAccessibleName(tr("Saving the changes"));
    auto *savingLabel = new QLabel(tr("Saving the changes to the connector\u2026"), m_savingPanel);
    savingLabel->setObjectName(QStringLiteral("savingLabel"));
    auto *savingLayout = new QHBoxLayout(m_savingPanel);
    savingLayout->setContentsMargins(0, 0, 0, 0);
    savingLayout->addWidget(savingLabel);
    savingLayout->addWidget(savingBar, 1);
    m_savingPanel->hide();

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commandEdit, 1);
    commandRow->addWidget(m_copyButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_impactView);
    layout->addWidget(m_conflictPanel);
    layout->addWidget(m_applyProblemsLabel);
    layout->addWidget(m_commandLabel);
    layout->addLayout(commandRow);
    layout->addWidget(m_savingPanel);
    layout->addWidget(m_buttons);

    connect(m_draft, &ConnectorDraft::changed, this, &ConnectorPropertiesSheet::refresh);
    m_addressSpaceForm->initialize();
    m_networkForm->initialize();
    if (m_sourceServerForm)
        m_sourceServerForm->initialize();
    refresh();
    resize(560, 700);
}

ConnectorPropertiesSheet::~ConnectorPropertiesSheet() = default;

QWidget *ConnectorPropertiesSheet::createGeneralTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("generalTab"));

    m_nameEdit = new QLineEdit(tab);
    m_nameEdit->setObjectName(QStringLiteral("connectorNameEdit"));
    m_nameEdit->setMaxLength(ConnectorName::MaximumLength * 2); // longer names are reported, not cut
    // textChanged, not textEdited: a value set through the accessibility interface counts as typed;
    // showing the draft's own name (refreshGeneral()) changes nothing.
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != m_draft->connector().name)
            m_draft->setName(text);
    });

    m_statusLabel = new QLabel(tab);
    m_statusLabel->setObjectName(QStringLiteral("connectorStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_loggingCombo = new QComboBox(tab);
    m_loggingCombo->setObjectName(QStringLiteral("protocolLoggingCombo"));
    m_loggingCombo->addItem(tr("None"), QVariant::fromValue(Exchange::ProtocolLoggingLevel::None));
    m_loggingCombo->addItem(tr("Verbose"), QVariant::fromValue(Exchange::ProtocolLoggingLevel::Verbose));
    connect(m_loggingCombo, &QComboBox::activated, this, [this](int index) {
        m_draft->setProtocolLoggingLevel(m_loggingCombo->itemData(index).value<Exchange::ProtocolLoggingLevel>());
    });

    m_fqdnEdit = new QLineEdit(tab);
    m_fqdnEdit->setObjectName(QStringLiteral("heloFqdnEdit"));
    m_fqdnEdit->setToolTip(tr("Empty: the server's own name"));
    connect(m_fqdnEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != m_draft->connector().fqdn)
            m_draft->setFqdn(text);
    });

    m_maxSizeCheck = new QCheckBox(tr("&Maximum message size (KB):"), tab);
    m_maxSizeCheck->setObjectName(QStringLiteral("maxMessageSizeCheck"));
    m_maxSizeSpin = new QSpinBox(tab);
    m_maxSizeSpin->setObjectName(QStringLiteral("maxMessageSizeSpin"));
    m_maxSizeSpin->setAccessibleName(tr("Maximum message size in KB"));
    m_maxSizeSpin->setRange(0, MaximumMessageSizeKb);
    const auto writeSize = [this] {
        m_draft->setMaxMessageSize(m_maxSizeCheck->isChecked()
                                       ? ByteQuantity::fromBytes(qint64(m_maxSizeSpin->value()) * 1024)
                                       : ByteQuantity::makeUnlimited());
    };
    connect(m_maxSizeCheck, &QCheckBox::toggled, this, writeSize);
    connect(m_maxSizeSpin, &QSpinBox::valueChanged, this, writeSize);

    m_modifiedLabel = new QLabel(tab);
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedTimeLabel"));
    m_modifiedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_generalProblemsLabel = ProblemLabel::create(QStringLiteral("generalProblemsLabel"), tab);
    ProblemLabel::setFields(m_generalProblemsLabel, {m_nameEdit, m_fqdnEdit, m_maxSizeSpin});

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_maxSizeCheck);
    sizeRow->addWidget(m_maxSizeSpin);
    sizeRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("Connector status:"), m_statusLabel);
    form->addRow(tr("Modified:"), m_modifiedLabel);
    form->addRow(tr("Protocol &logging level:"), m_loggingCombo);
    auto *fqdnLabel = new QLabel(tr("Specify the &FQDN this connector will provide in response to HELO or EHLO:"), tab);
    fqdnLabel->setWordWrap(true);
    fqdnLabel->setBuddy(m_fqdnEdit);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(fqdnLabel);
    layout->addWidget(m_fqdnEdit);
    layout->addLayout(sizeRow);
    layout->addStretch();
    layout->addWidget(m_generalProblemsLabel);
    return tab;
}

QWidget *ConnectorPropertiesSheet::createNetworkTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("networkTab"));
    m_networkForm = new NetworkSettingsForm(m_draft, tab);

    auto *group = new QGroupBox(tr("Smart host authentication"), tab);
    m_authenticationLabel = new QLabel(group);
    m_authenticationLabel->setObjectName(QStringLiteral("smartHostAuthenticationLabel"));
    m_authenticationLabel->setWordWrap(true);
    m_changeAuthenticationButton = new QPushButton(tr("Chan&ge…"), group);
    m_changeAuthenticationButton->setObjectName(QStringLiteral("changeAuthenticationButton"));
    m_changeAuthenticationButton->setAccessibleName(tr("Change smart host authentication"));
    connect(m_changeAuthenticationButton, &QPushButton::clicked, this,
            &ConnectorPropertiesSheet::changeAuthentication);
    // What the rules say about the mechanism (Basic without TLS), shown here and not only in the
    // dialog: the tab is where the administrator sees the connector's authentication.
    m_authenticationProblemsLabel = ProblemLabel::create(QStringLiteral("smartHostAuthenticationProblemsLabel"), group);
    ProblemLabel::setFields(m_authenticationProblemsLabel, {m_changeAuthenticationButton});
    auto *row = new QHBoxLayout;
    row->addWidget(m_authenticationLabel, 1);
    row->addWidget(m_changeAuthenticationButton, 0, Qt::AlignTop);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(row);
    groupLayout->addWidget(m_authenticationProblemsLabel);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_networkForm, 1);
    layout->addWidget(group);
    return tab;
}

void ConnectorPropertiesSheet::changeAuthentication()
{
    // The wizard's authentication choices over the same draft; Cancel puts back what was there.
    const Exchange::SmartHostAuthMechanism mechanism = m_draft->smartHostAuthMechanism();
    const QString userName = m_draft->userName();
    const QString password = m_draft->password();

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("smartHostAuthenticationDialog"));
    dialog->setWindowTitle(tr("Configure smart host authentication settings"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new SmartHostSecurityForm(m_draft, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("authenticationOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("authenticationCancelButton"));
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_draft->isSectionComplete(ConnectorDraft::Section::SmartHostSecurity));
    };
    connect(m_draft, &ConnectorDraft::changed, buttons, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::rejected, this, [this, mechanism, userName, password] {
        m_draft->setSmartHostAuthMechanism(mechanism);
        m_draft->setCredential(userName, password);
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(form);
    layout->addWidget(buttons);
    form->initialize();
    dialog->open();
}

void ConnectorPropertiesSheet::refresh()
{
    refreshGeneral();
    const bool smartHosts = m_draft->usesSmartHosts();
    m_authenticationLabel->setText(smartHosts
                                       ? ConnectorSummary::authenticationText(m_draft->smartHostAuthMechanism())
                                       : tr("Not used: mail is routed with DNS MX records."));
    m_changeAuthenticationButton->setEnabled(smartHosts && !m_readOnly && !m_conflict);
    ProblemLabel::show(m_authenticationProblemsLabel,
                       smartHosts ? m_draft->problems(ConnectorDraft::Section::SmartHostSecurity) : Problems());
    setWindowTitle(tr("%1 Properties").arg(m_loaded.name));
    updateButtons();
}

void ConnectorPropertiesSheet::refreshGeneral()
{
    const SendConnector &connector = m_draft->connector();
    if (m_nameEdit->text() != connector.name)
        m_nameEdit->setText(connector.name);
    m_statusLabel->setText(connector.enabled
                               ? tr("Enabled (use Disable in the action pane to change it)")
                               : tr("Disabled (use Enable in the action pane to change it)"));
    m_modifiedLabel->setText(connector.whenChanged.isValid()
                                 ? QLocale().toString(connector.whenChanged.toLocalTime(), QLocale::LongFormat)
                                 : tr("Unknown"));
    m_loggingCombo->setCurrentIndex(m_loggingCombo->findData(QVariant::fromValue(connector.protocolLoggingLevel)));
    if (m_fqdnEdit->text() != connector.fqdn)
        m_fqdnEdit->setText(connector.fqdn);
    {
        const QSignalBlocker checkBlocker(m_maxSizeCheck);
        const QSignalBlocker spinBlocker(m_maxSizeSpin);
        const bool limited = !connector.maxMessageSize.unlimited;
        m_maxSizeCheck->setChecked(limited);
        if (limited)
            m_maxSizeSpin->setValue(int(qMin<qint64>(connector.maxMessageSize.bytes / 1024, MaximumMessageSizeKb)));
        m_maxSizeSpin->setEnabled(limited && !m_readOnly && !m_conflict);
    }
    ProblemLabel::show(m_generalProblemsLabel, m_draft->problems(generalParameters()));
}

void ConnectorPropertiesSheet::updateButtons()
{
    const bool errors = hasErrors(m_draft->problems());
    const bool editable = !m_readOnly && !m_conflict && !m_saving;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable && !errors);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(editable && !errors && m_draft->isModified());
}

void ConnectorPropertiesSheet::setEditable(bool editable)
{
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->widget(index)->setEnabled(editable);
    // The tabs stay reachable, so that everything can still be read.
    m_tabs->tabBar()->setEnabled(true);
    refresh();
}

void ConnectorPropertiesSheet::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_readOnlyLabel->setText(reason);
    m_readOnlyLabel->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->hide();
    m_buttons->button(QDialogButtonBox::Apply)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    setEditable(false);
}

QString ConnectorPropertiesSheet::commandLine() const
{
    return m_commandEdit->toPlainText();
}

namespace {
// What the worker thread hands back to the sheet after Apply.
struct ChangeOutcome
{
    Parsed<Organization> result;
    std::optional<Organization> fresh; // after "Operation.ChangedMeanwhile": the file as it is now
};
} // namespace

bool ConnectorPropertiesSheet::apply()
{
    if (m_readOnly || m_conflict || m_saving || hasErrors(m_draft->problems()))
        return false;
    if (!m_draft->isModified())
        return true;
    const SendConnector before = m_loaded;
    const SendConnector replacement = m_draft->connectorToCreate();
    // The write (and the read after a conflict) runs on a worker thread: it may wait for another
    // writer's lock or handle a large file, and the window must stay responsive meanwhile.
    // ConnectorOperations with a path is used by this one worker only; no widget is touched there.
    const QString path = m_path;
    const OperationScope scope = m_scope;
    const int lockTimeout = m_lockTimeout;
    // Greying the buttons moves the focus away: it comes back where it was afterwards.
    const QPointer<QWidget> wasFocused = QApplication::focusWidget();
    setSaving(true);
    const std::shared_ptr<OrganizationStore> store =
        m_store && m_store->path() == path ? m_store : std::make_shared<OrganizationStore>(path);
    const ChangeOutcome outcome = runResponsively([store, scope, lockTimeout, before, replacement] {
        ChangeOutcome outcome;
        ConnectorOperations operations(store, scope);
        operations.setLockTimeout(lockTimeout);
        outcome.result = operations.change(before.name, replacement, before);
        const bool changedMeanwhile = std::any_of(
            outcome.result.problems.cbegin(), outcome.result.problems.cend(), [](const Problem &problem) {
                return problem.isError() && problem.code == QLatin1String("Operation.ChangedMeanwhile");
            });
        if (changedMeanwhile) {
            Parsed<Organization> fresh = store->load();
            if (fresh.ok())
                outcome.fresh = std::move(fresh.value);
        }
        return outcome;
    });
    const Parsed<Organization> &result = outcome.result;
    setSaving(false);
    if (wasFocused && wasFocused->isEnabled() && wasFocused->isVisible() && isAncestorOf(wasFocused))
        wasFocused->setFocus(Qt::OtherFocusReason);

    if (!result.ok()) {
        Problems errors;
        bool changedMeanwhile = false;
        for (const Problem &problem : result.problems) {
            if (!problem.isError())
                continue;
            errors.append(problem);
            changedMeanwhile = changedMeanwhile || problem.code == QLatin1String("Operation.ChangedMeanwhile");
        }
        if (changedMeanwhile && outcome.fresh) {
            const SendConnector *current = outcome.fresh->connector(before.name, m_scope.server);
            if (current) {
                m_draft->refreshOrganization(*outcome.fresh);
                m_edited = replacement;
                showConflict(errors.first().message, *current);
                return false;
            }
        }
        ProblemLabel::show(m_applyProblemsLabel, errors);
        return false;
    }

    const SendConnector *written = result.value->connector(replacement.name, m_scope.server);
    const SendConnector after = written ? *written : replacement;
    ProblemLabel::show(m_applyProblemsLabel, {});
    m_commandEdit->setPlainText(CommandGenerator::setSendConnector(before, after, m_version, !m_scope.server.isEmpty()));
    for (QWidget *widget : {static_cast<QWidget *>(m_commandLabel), static_cast<QWidget *>(m_commandEdit),
                            static_cast<QWidget *>(m_copyButton)})
        widget->show();
    m_loaded = after;
    m_draft->refreshOrganization(*result.value);
    m_draft->loadExisting(after, after.name, false);
    emit applied(before, after);
    return true;
}

void ConnectorPropertiesSheet::setSaving(bool saving)
{
    m_saving = saving;
    m_savingPanel->setVisible(saving);
    // The tabs stay readable but take no input; the conflict panel cannot be shown meanwhile.
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->widget(index)->setEnabled(!saving && !m_readOnly && !m_conflict);
    m_tabs->tabBar()->setEnabled(true);
    updateButtons();
    if (saving)
        emit saveStarted();
    else
        emit saveFinished();
}

void ConnectorPropertiesSheet::reject()
{
    if (m_saving)
        return; // the write goes on either way: it is not abandoned half-way (Cancel is greyed meanwhile)
    QDialog::reject();
}

void ConnectorPropertiesSheet::accept()
{
    if (m_readOnly || m_conflict || m_saving)
        return;
    if (apply())
        QDialog::accept();
}

void ConnectorPropertiesSheet::showConflict(const QString &message, const SendConnector &current)
{
    m_conflict = true;
    m_current = current;
    ProblemLabel::show(m_applyProblemsLabel, {});
    // Shown as a problem, so that assistive technology announces it too.
    ProblemLabel::show(m_conflictLabel, {Problem::error(QStringLiteral("Operation.ChangedMeanwhile"), QString(), message)});
    m_conflictPanel->show();
    // The current values, read-only until the administrator chooses.
    m_draft->loadExisting(current, current.name, false);
    setEditable(false);
    m_conflictPanel->findChild<QPushButton *>(QStringLiteral("reapplyButton"))->setFocus(Qt::OtherFocusReason);
}

void ConnectorPropertiesSheet::reapplyMyChanges()
{
    if (!m_conflict)
        return;
    const SendConnector merged = ConnectorEdit::reapply(m_loaded, m_edited, m_current);
    m_loaded = m_current;
    m_conflict = false;
    m_conflictPanel->hide();
    m_draft->loadExisting(merged, m_current.name, merged != m_current);
    setEditable(true);
}

void ConnectorPropertiesSheet::discardMyChanges()
{
    if (!m_conflict)
        return;
    m_loaded = m_current;
    m_conflict = false;
    m_conflictPanel->hide();
    m_draft->loadExisting(m_current, m_current.name, false);
    setEditable(true);
}

void ConnectorPropertiesSheet::showHelp()
{
    // Window-modal and asynchronous, like every box of the wizard: the sheet keeps its event loop.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Help"),
        tr("General: the connector's name, its protocol logging level, the FQDN it gives in HELO or EHLO and "
           "its maximum message size. Address Space: the domains it routes mail to. Network: DNS or smart "
           "hosts, and how it authenticates to them. Source Server: the servers that send its mail.\n\n"
           "Apply writes your changes and shows the Exchange Management Shell command that makes the same "
           "change; when another program changed the connector meanwhile, nothing is overwritten."),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("propertiesHelpMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setEscapeButton(QMessageBox::Close);
    box->open();
}
