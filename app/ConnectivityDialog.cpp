#include "ConnectivityDialog.h"

#include "ValueLabel.h"
#include "ConnectivityResultModel.h"
#include "ConnectivityTest.h"
#include "ConnectivityView.h"
#include "CredentialStore.h"
#include "DomainName.h"
#include "ProblemLabel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

ConnectivityDialog::ConnectivityDialog(const Organization &organization, const QString &connectorName,
                                       const QString &side, const QString &preferredServer, QWidget *parent)
    : QDialog(parent)
    , m_organization(organization)
    , m_connectorName(connectorName)
    , m_side(side)
{
    setObjectName(QStringLiteral("connectivityDialog"));
    setWindowTitle(tr("Test Connectivity - %1").arg(connectorName));

    m_test = new ConnectivityTest(this);
    connect(m_test, &ConnectivityTest::finished, this, &ConnectivityDialog::finished);

    auto *intro = new QLabel(tr("Checks whether the connector's next hops accept mail as the connector is configured: "
                                "the connection, the banner, EHLO, STARTTLS with the certificate and, for Basic "
                                "authentication, the credentials. No message is sent and nothing in the "
                                "organization is changed."),
                             this);
    intro->setObjectName(QStringLiteral("connectivityIntroLabel"));
    intro->setWordWrap(true);

    m_connectorLabel = makeValueLabel(QStringLiteral("connectorNameLabel"), tr("Send connector"), this);
    m_nextHopsLabel = makeValueLabel(QStringLiteral("nextHopsLabel"), tr("Next hops"), this);
    m_goneLabel = ProblemLabel::create(QStringLiteral("connectorGoneLabel"), this);

    m_serverCombo = new QComboBox(this);
    m_serverCombo->setObjectName(QStringLiteral("sendingServerCombo"));
    m_serverCombo->setAccessibleName(tr("Sending server"));
    m_serverCombo->setToolTip(tr("The source server the test acts as: its name is the EHLO name when the connector "
                                 "sets no FQDN, and its external DNS servers are asked when the connector uses "
                                 "them."));

    m_domainEdit = new QLineEdit(this);
    m_domainEdit->setObjectName(QStringLiteral("recipientDomainEdit"));
    m_domainEdit->setAccessibleName(tr("Recipient domain"));
    m_domainProblem = ProblemLabel::create(QStringLiteral("recipientDomainProblemLabel"), this);
    ProblemLabel::setFields(m_domainProblem, {m_domainEdit});
    connect(m_domainEdit, &QLineEdit::textEdited, this, [this] { ProblemLabel::show(m_domainProblem, {}); });

    m_userLabel = makeValueLabel(QStringLiteral("userNameLabel"), tr("User name"), this);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setToolTip(tr("The password of the connector's user, for the tests of this dialog only"));
    m_passwordNote = makeValueLabel(QStringLiteral("passwordNoteLabel"), tr("About the password"), this);

    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Send connector:"), m_connectorLabel);
    form->addRow(tr("Next hops:"), m_nextHopsLabel);
    form->addRow(buddyLabel(tr("Sending ser&ver:"), m_serverCombo), m_serverCombo);
    form->addRow(buddyLabel(tr("Recipient &domain:"), m_domainEdit), ProblemLabel::withField(m_domainEdit, m_domainProblem, this));
    form->addRow(tr("User name:"), m_userLabel);
    form->addRow(buddyLabel(tr("&Password:"), m_passwordEdit), ProblemLabel::withField(m_passwordEdit, m_passwordNote, this));

    m_view = new ConnectivityView(this);
    auto *resultsLabel = new QLabel(tr("R&esults:"), this);
    resultsLabel->setBuddy(m_view->findChild<QTreeView *>(QStringLiteral("connectivityHosts")));

    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectivityButton"));
    m_testButton->setAccessibleName(tr("Test connectivity"));
    m_testButton->setDefault(true);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectivityDialog::test);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            QDialog::reject();
    });
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("connectivityButtonBox"));
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_goneLabel);
    layout->addLayout(form);
    layout->addWidget(resultsLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    setTabOrder(m_serverCombo, m_domainEdit);
    setTabOrder(m_domainEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_testButton);
    setTabOrder(m_testButton, m_closeButton);

    const SendConnector *found = connector();
    fillServers(preferredServer.isEmpty() && found && !found->sourceTransportServers.isEmpty()
                    ? found->sourceTransportServers.constFirst()
                    : preferredServer);
    updateFields();
    updateButtons();
    resize(760, 600);
}

ConnectivityDialog::~ConnectivityDialog()
{
    // The test stops (sockets closed, its thread ended) before the dialog's widgets go.
    if (isRunning())
        m_test->cancel();
    wipePassword();
}

const SendConnector *ConnectivityDialog::connector() const
{
    return m_organization.connector(m_connectorName, m_side);
}

void ConnectivityDialog::setOrganization(const Organization &organization)
{
    const QString kept = sendingServer();
    m_organization = organization;
    // A running test goes on with the connector as it was when it started; the next one takes
    // the connector as it is now.
    fillServers(kept);
    updateFields();
    updateButtons();
}

void ConnectivityDialog::setConnectivityOptions(const ConnectivityOptions &options)
{
    m_options = options;
}

QString ConnectivityDialog::sendingServer() const
{
    return m_serverCombo->currentData().toString();
}

bool ConnectivityDialog::isRunning() const
{
    return m_running;
}

void ConnectivityDialog::fillServers(const QString &preferred)
{
    // The servers that send the connector's mail: an Edge's own connectors leave from that Edge,
    // the organization's from their source servers (the organization's local server when it
    // names none).
    QStringList names;
    if (const SendConnector *found = connector()) {
        if (!m_side.isEmpty())
            names.append(m_side);
        else if (!found->sourceTransportServers.isEmpty())
            names = found->sourceTransportServers;
        else if (!m_organization.localServer.isEmpty())
            names.append(m_organization.localServer);
    }
    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->clear();
    for (const QString &name : std::as_const(names)) {
        const TransportServer *server = m_organization.server(name);
        QString text = name;
        if (server && server->isEdge())
            text = tr("%1 (Edge Transport)").arg(name);
        else if (server && !server->site.isEmpty())
            text = tr("%1 (Hub Transport, site %2)").arg(name, server->site);
        m_serverCombo->addItem(text, server ? server->name : name);
    }
    int index = 0;
    for (int row = 0; row < m_serverCombo->count(); ++row) {
        if (m_serverCombo->itemData(row).toString().compare(preferred, Qt::CaseInsensitive) == 0) {
            index = row;
            break;
        }
    }
    m_serverCombo->setCurrentIndex(m_serverCombo->count() > 0 ? index : -1);
}

void ConnectivityDialog::updateFields()
{
    const SendConnector *found = connector();
    m_connectorLabel->setText(m_connectorName);
    if (!found) {
        ProblemLabel::show(m_goneLabel,
                           {Problem::error(QStringLiteral("Connectivity.ConnectorGone"), QStringLiteral("Identity"),
                                           tr("The Send connector \"%1\" is no longer in the organization: it was "
                                              "removed or renamed.")
                                               .arg(m_connectorName))});
        m_nextHopsLabel->clear();
        m_userLabel->clear();
        m_domainEdit->setEnabled(false);
        m_passwordEdit->setEnabled(false);
        m_serverCombo->setEnabled(false);
        return;
    }
    ProblemLabel::show(m_goneLabel, {});
    m_serverCombo->setEnabled(m_serverCombo->count() > 1);

    if (found->dnsRoutingEnabled) {
        m_nextHopsLabel->setText(tr("The MX hosts of the recipient domain (DNS), port %1").arg(found->port));
        const QStringList domains = ConnectivityTest::domainsToTest(*found, QString());
        m_domainEdit->setPlaceholderText(
            domains.isEmpty() ? tr("Required: the connector's address spaces name no single domain")
                              : tr("Empty: each domain of the address spaces (%1)").arg(domains.join(QStringLiteral(", "))));
    } else {
        QStringList hosts;
        for (const SmartHost &host : found->smartHosts)
            hosts.append(host.toString());
        m_nextHopsLabel->setText(tr("Smart hosts %1, port %2").arg(hosts.join(QStringLiteral(", "))).arg(found->port));
        m_domainEdit->setPlaceholderText(tr("Not used: the connector routes through smart hosts"));
    }
    m_domainEdit->setEnabled(found->dnsRoutingEnabled);

    const bool basic = ConnectivityTest::authenticates(*found);
    const QString user = found->authenticationCredential ? found->authenticationCredential->userName : QString();
    m_userLabel->setText(basic ? (user.isEmpty() ? tr("(none)") : user) : QString());
    m_passwordEdit->setEnabled(basic);
    if (!basic)
        m_passwordEdit->setText(QString()); // setText, unlike clear(), keeps no undo copy
    m_passwordNote->setText(basic ? tr("Kept in memory while this dialog is open, never written anywhere, and "
                                       "forgotten when it closes. Empty: the credentials are not tried.")
                                  : tr("The connector does not use Basic authentication."));
}

void ConnectivityDialog::updateButtons()
{
    const bool running = isRunning();
    m_testButton->setEnabled(!running && connector() != nullptr);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
    m_closeButton->setAccessibleName(running ? tr("Cancel the test") : tr("Close"));
}

void ConnectivityDialog::test()
{
    const SendConnector *found = connector();
    if (isRunning() || !found)
        return;
    QString domain;
    if (found->dnsRoutingEnabled) {
        const QString typed = m_domainEdit->text().trimmed();
        if (!typed.isEmpty()) {
            const Parsed<QString> parsed = DomainName::parseFqdn(typed, QStringLiteral("RecipientDomain"));
            if (!parsed.ok()) {
                ProblemLabel::show(m_domainProblem, errorsOnly(parsed.problems));
                m_domainEdit->setFocus();
                return;
            }
            domain = *parsed.value;
        }
    }
    // Without a typed domain, the connector itself must name what to test (the model's rule).
    const QString untestable = domain.isEmpty() ? ConnectivityResultModel::untestableReason(*found) : QString();
    if (!untestable.isEmpty() && found->dnsRoutingEnabled) {
        ProblemLabel::show(m_domainProblem,
                           {Problem::error(QStringLiteral("Connectivity.RecipientDomainRequired"),
                                           QStringLiteral("RecipientDomain"),
                                           tr("%1 Type the recipient domain whose MX hosts to test.").arg(untestable))});
        m_domainEdit->setFocus();
        return;
    }
    ProblemLabel::show(m_domainProblem, {});
    if (!untestable.isEmpty()) {
        m_view->showUntestable(untestable);
        return;
    }

    m_options.applyTo(*m_test);
    m_test->setRecipientDomain(domain);
    if (ConnectivityTest::authenticates(*found) && !m_passwordEdit->text().isEmpty()) {
        // No core dump may carry it (docs/decisions.md: memory only).
        ProcessProtection::disableCoreDumps();
        m_test->setPassword(m_passwordEdit->text());
    } else {
        m_test->setPassword(QString());
    }
    m_verdict.reset();
    m_view->follow(m_test);
    const SendConnector tested = *found;
    // Running from here on: the first hosts may be reported while start() is still under way.
    m_running = true;
    updateButtons();
    m_closeButton->setFocus();
    m_test->start(tested, m_organization, sendingServer());
}

void ConnectivityDialog::cancel()
{
    if (isRunning())
        m_test->cancel(); // finished() comes at once, cancelled
}

void ConnectivityDialog::finished(const ConnectivityVerdict &verdict)
{
    m_running = false;
    m_verdict = verdict;
    // The test's copy of the password goes now; the field keeps it for another run until closed.
    m_test->setPassword(QString());
    updateButtons();
    if (m_closeButton->hasFocus() || !focusWidget() || !focusWidget()->isEnabled())
        m_testButton->setFocus();
    emit testFinished(verdict);
}

void ConnectivityDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ConnectivityDialog::closeEvent(QCloseEvent *event)
{
    cancel();
    QDialog::closeEvent(event);
}

void ConnectivityDialog::done(int result)
{
    cancel();
    wipePassword();
    QDialog::done(result);
}

void ConnectivityDialog::wipePassword()
{
    m_passwordEdit->setText(QString());
    m_test->setPassword(QString());
}
