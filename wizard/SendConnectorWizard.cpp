#include "SendConnectorWizard.h"

#include "AddressSpacePage.h"
#include "CommandGenerator.h"
#include "ConnectorDraft.h"
#include "ResponsiveWait.h"
#include "ConnectorOperations.h"
#include "IntroductionPage.h"
#include "NetworkSettingsPage.h"
#include "NewConnectorPage.h"
#include "OperatorPermissions.h"
#include "OrganizationStore.h"
#include "SmartHostSecurityPage.h"
#include "SourceServerPage.h"
#include "StepListWidget.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

SendConnectorWizard::SendConnectorWizard(Organization organization, QString server, QString organizationPath,
                                         QWidget *parent)
    : QWizard(parent)
    , m_draft(new ConnectorDraft(std::move(organization), std::move(server), this))
    , m_organizationPath(std::move(organizationPath))
    , m_operator(OperatorPermissions::currentOperator())
{
    setObjectName(QStringLiteral("sendConnectorWizard"));
    setWindowTitle(tr("New SMTP Send Connector"));
    setWizardStyle(QWizard::ClassicStyle);
    // EMC shows Help, < Back, Next >, Cancel on every page: Back is greyed on the Introduction, not hidden.
    setOptions(QWizard::HaveHelpButton | QWizard::NoCancelButtonOnLastPage);

    setPage(Page_Introduction, new IntroductionPage(m_draft, this));
    setPage(Page_AddressSpace, new AddressSpacePage(m_draft, this));
    setPage(Page_NetworkSettings, new NetworkSettingsPage(m_draft, this));
    setPage(Page_SmartHostSecurity, new SmartHostSecurityPage(m_draft, this));
    // An Edge sends its own connectors: no Source Server step at all, not even a skipped one.
    if (m_draft->hasSourceServerPage())
        setPage(Page_SourceServer, new SourceServerPage(m_draft, this));
    m_newConnectorPage = new NewConnectorPage(m_draft, this);
    setPage(Page_NewConnector, m_newConnectorPage);
    // While "New" writes the file: a busy bar and what the wizard is doing, under the summary.
    m_savingPanel = new QWidget(m_newConnectorPage);
    m_savingPanel->setObjectName(QStringLiteral("savingPanel"));
    m_savingBar = new QProgressBar(m_savingPanel);
    m_savingBar->setObjectName(QStringLiteral("savingProgressBar"));
    m_savingBar->setRange(0, 0); // busy: how long another writer holds the lock is unknown
    m_savingBar->setTextVisible(false);
    m_savingBar->setAccessibleName(tr("Creating the Send connector"));
    m_savingLabel = new QLabel(tr("Creating the Send connector\u2026"), m_savingPanel);
    m_savingLabel->setObjectName(QStringLiteral("savingLabel"));
    auto *savingLayout = new QHBoxLayout(m_savingPanel);
    savingLayout->setContentsMargins(0, 0, 0, 0);
    savingLayout->addWidget(m_savingLabel);
    savingLayout->addWidget(m_savingBar, 1);
    m_savingPanel->hide();
    if (auto *pageLayout = qobject_cast<QBoxLayout *>(m_newConnectorPage->layout()))
        pageLayout->addWidget(m_savingPanel);
    m_completionPage = new CompletionPage(m_draft, this);
    setPage(Page_Completion, m_completionPage);
    setStartId(Page_Introduction);

    m_stepList = new StepListWidget(this);
    QStringList titles;
    for (int id : pageIds())
        titles.append(page(id)->title());
    m_stepList->setSteps(titles);
    setSideWidget(m_stepList);

    const std::pair<QWizard::WizardButton, const char *> buttonNames[] = {
        {QWizard::BackButton, "backButton"},     {QWizard::NextButton, "nextButton"},
        {QWizard::CommitButton, "commitButton"}, {QWizard::FinishButton, "finishButton"},
        {QWizard::CancelButton, "cancelButton"}, {QWizard::HelpButton, "helpButton"},
    };
    for (const auto &[which, name] : buttonNames)
        button(which)->setObjectName(QString::fromLatin1(name));

    connect(this, &QWizard::helpRequested, this, &SendConnectorWizard::showHelp);
    connect(this, &QWizard::currentIdChanged, this, &SendConnectorWizard::updateSteps);
    connect(m_draft, &ConnectorDraft::changed, this, &SendConnectorWizard::updateSteps);
    resize(760, 560); // the EMC's; widened on showing if a page needs more (showEvent)
}

SendConnectorWizard::~SendConnectorWizard() = default;

void SendConnectorWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (m_sizedForWidestPage || !currentPage())
        return;
    m_sizedForWidestPage = true;
    // Wide and tall enough for its largest page in the language shown (German labels are
    // longer), so that the wizard keeps one size from the first page to the last.
    QSize largest;
    for (int id : pageIds())
        largest = largest.expandedTo(page(id)->minimumSizeHint());
    const QSize chrome = size() - currentPage()->size();
    resize(size().expandedTo(largest + chrome));
}

Problems SendConnectorWizard::startProblems(const Organization &organization, const QString &server)
{
    return ConnectorDraft::startProblems(organization, server);
}

int SendConnectorWizard::nextId() const
{
    switch (currentId()) {
    case Page_Introduction:
        return Page_AddressSpace;
    case Page_AddressSpace:
        return Page_NetworkSettings;
    case Page_NetworkSettings:
        if (m_draft->usesSmartHosts())
            return Page_SmartHostSecurity;
        return m_draft->hasSourceServerPage() ? Page_SourceServer : Page_NewConnector;
    case Page_SmartHostSecurity:
        return m_draft->hasSourceServerPage() ? Page_SourceServer : Page_NewConnector;
    case Page_SourceServer:
        return Page_NewConnector;
    case Page_NewConnector:
        return Page_Completion;
    default:
        return -1;
    }
}

bool SendConnectorWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() != Page_NewConnector)
        return true;
    if (m_saving)
        return false; // "New" again while the first one writes: refused

    m_report = create();
    m_completionPage->setReport(m_report);
    // A failure keeps the way back open: the page before Completion is then no commit page.
    m_newConnectorPage->setCommitPage(m_report.succeeded);
    return true;
}

void SendConnectorWizard::cleanupPage(int id)
{
    QWizard::cleanupPage(id);
    if (id == Page_Completion)
        m_newConnectorPage->setCommitPage(true); // back on the summary: "New" again
}

void SendConnectorWizard::reject()
{
    if (m_saving)
        return; // the write goes on either way: it is not abandoned half-way (Cancel is greyed meanwhile)
    const bool created = m_report.succeeded;
    if (created || m_discardConfirmed || !m_draft->isModified()) {
        QWizard::reject();
        return;
    }
    if (const auto *asking = findChild<QMessageBox *>(QStringLiteral("discardMessageBox")); asking && asking->isVisible())
        return; // already asking (a closed box is only deleted later)
    auto *box = new QMessageBox(QMessageBox::Question, tr("New SMTP Send Connector"),
                                tr("Cancel the New SMTP Send Connector wizard? The connector is not created "
                                   "and everything you entered is discarded."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardMessageBox"));
    box->button(QMessageBox::Discard)->setText(tr("&Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            m_discardConfirmed = true;
            QWizard::reject();
        }
    });
    box->open();
}

namespace {
// What the worker thread hands back to the wizard after "New".
struct CreationOutcome
{
    bool succeeded = false;
    Problems problems;                 // warnings on success; errors located in the file on failure
    std::optional<Organization> fresh; // on failure: the file as it is now (when it can be read)
    std::optional<SendConnectorWizard::Created> created; // on success: the connector as written
};
} // namespace

CreationReport SendConnectorWizard::create()
{
    QElapsedTimer timer;
    timer.start();
    CreationReport report;
    const SendConnector connector = m_draft->connectorToCreate();
    report.connectorName = connector.name;
    report.command = CommandGenerator::newSendConnector(connector, m_draft->version(), m_draft->onEdge());

    // The operator's roles, the server, the version and the rules are checked again at New, on
    // the file as it is now: a role revoked while the wizard was open refuses the connector.
    // The write (and the read after a failure) runs on a worker thread: it may wait for another
    // writer's lock or handle a large file, and the window must stay responsive meanwhile.
    // The store is thread-safe; nothing of the wizard's widgets or draft is touched there.
    const QString path = m_organizationPath;
    const std::shared_ptr<OrganizationStore> store =
        m_store && m_store->path() == path ? m_store : std::make_shared<OrganizationStore>(path);
    const OperationScope scope{m_operator, m_draft->server(), m_draft->version()};
    const int lockTimeout = m_lockTimeout;
    const QString side = m_draft->onEdge() ? m_draft->server() : QString();
    setSaving(true);
    const CreationOutcome outcome = runResponsively([path, store, scope, lockTimeout, connector, side] {
        CreationOutcome outcome;
        ConnectorOperations operations(store, scope);
        operations.setLockTimeout(lockTimeout);
        const Parsed<Organization> written = operations.create(connector);
        outcome.succeeded = written.ok();
        // On success: the warnings about the connector just created. On failure, a problem in the
        // file itself (another program damaged it) names the file and the place, as the shell does.
        if (outcome.succeeded) {
            outcome.problems = written.problems;
            if (const SendConnector *stored = written.value->connector(connector.name, side)) {
                outcome.created = SendConnectorWizard::Created{
                    *stored, stored - written.value->connectorsFor(side).constData(), written.value->exchangeVersion};
            }
            return outcome;
        }
        const Problems errors = errorsOnly(written.problems);
        outcome.problems = OrganizationStore::locatedInFile(errors, path);
        for (qsizetype i = 0; i < outcome.problems.size(); ++i) {
            Problem &problem = outcome.problems[i];
            if (problem.parameter != errors.at(i).parameter) // located in the file
                problem.message = SendConnectorWizard::tr("%1: %2").arg(problem.parameter, problem.message);
        }
        // Check again what the user fixes against the file as it is now (e.g. a name taken
        // meanwhile shows on the Introduction page).
        Parsed<Organization> fresh = store->load();
        if (fresh.ok())
            outcome.fresh = std::move(fresh.value);
        return outcome;
    });
    setSaving(false);

    report.succeeded = outcome.succeeded;
    report.problems = outcome.problems;
    report.elapsedMilliseconds = timer.elapsed();
    m_created = outcome.created;
    if (report.succeeded)
        emit connectorCreated(connector.name);
    else if (outcome.fresh)
        m_draft->refreshOrganization(*outcome.fresh);
    return report;
}

void SendConnectorWizard::setSaving(bool saving)
{
    m_saving = saving;
    m_savingPanel->setVisible(saving);
    // The summary stays readable; the buttons that would act meanwhile are greyed (validateCurrentPage()
    // and reject() refuse them too, whatever key or click reaches them).
    for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::BackButton, QWizard::CancelButton,
                                        QWizard::NextButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!saving);
    }
    if (saving)
        emit saveStarted();
    else
        emit saveFinished();
}

QString SendConnectorWizard::helpText(Page page)
{
    switch (page) {
    case Page_Introduction:
        return tr("Type a name that identifies the connector (at most 64 characters, unique in the "
                  "organization), and select its intended use. Custom: systems that are not Exchange servers. "
                  "Internal: your own Exchange servers, as smart hosts. Internet: the Internet, through DNS MX "
                  "records. Partner: partner domains that prove their identity with TLS certificates.");
    case Page_AddressSpace:
        return tr("Add the domains this connector sends mail to. \"contoso.com\" is that domain only; "
                  "\"*.contoso.com\" (Include all subdomains) is the domain and all its subdomains; \"*\" is "
                  "every domain. \"*contoso.com\" is not valid. The most specific address space wins; the cost "
                  "(1-100) only breaks ties.");
    case Page_NetworkSettings:
        return tr("Choose how the connector finds the servers it delivers to: DNS MX records (Custom, Partner, "
                  "Internet) or a fixed list of smart hosts (Custom, Internal, Internet), each an IP address "
                  "or a fully qualified domain name. Non-SMTP address spaces always need smart hosts.");
    case Page_SmartHostSecurity:
        return tr("Choose how the connector authenticates to its smart hosts. Basic Authentication sends the "
                  "password in clear unless you choose Basic Authentication over TLS. The password is kept in "
                  "memory only and is never written to the organization file.");
    case Page_SourceServer:
        return tr("The source servers send this connector's mail. List Hub Transport servers or subscribed "
                  "Edge Transport servers (Edge Subscriptions), never both. Servers in several Active Directory "
                  "sites work, but only the closest site is used.");
    case Page_NewConnector:
        return tr("Review every setting of the new connector, including the defaults. Click Back to change "
                  "something, or New to create the connector.");
    case Page_Completion:
        return tr("Shows whether the connector was created and the Exchange Management Shell command that "
                  "does the same. Press Ctrl+C to copy the text. If creating failed, click Back, fix the "
                  "problem and click New again.");
    }
    return QString();
}

void SendConnectorWizard::showHelp()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Help: %1").arg(currentPage()->title()),
                                helpText(static_cast<Page>(currentId())), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("helpMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setEscapeButton(QMessageBox::Close);
    // Back to where the user was on the page (not to the Help button), whether the box closes by
    // its button or by Esc. A mouse click on Help moved the focus, but the page remembers its own.
    QWizardPage *page = currentPage();
    QPointer<QWidget> wasFocused = page->focusWidget();
    connect(box, &QMessageBox::finished, this, [page, wasFocused] {
        QWidget *target = wasFocused;
        if (!target || !target->isVisible() || !target->isEnabled() || !page->isAncestorOf(target)) {
            target = nullptr;
            for (QWidget *next = page->nextInFocusChain(); next && next != page; next = next->nextInFocusChain()) {
                if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled()
                    && (next->focusPolicy() & Qt::TabFocus)) {
                    target = next;
                    break;
                }
            }
        }
        // The box was the active window: hand activation back too, or no widget has the focus.
        page->window()->activateWindow();
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    });
    box->open();
}

bool SendConnectorWizard::isSkipped(int id) const
{
    switch (id) {
    case Page_SmartHostSecurity:
        return !m_draft->usesSmartHosts();
    case Page_SourceServer:
        return !m_draft->hasSourceServerPage();
    default:
        return false;
    }
}

void SendConnectorWizard::updateSteps()
{
    const QList<int> ids = pageIds();
    const QList<int> visited = visitedIds();
    const int current = currentId();
    for (int index = 0; index < ids.size(); ++index) {
        const int id = ids.at(index);
        StepListWidget::StepState state = StepListWidget::StepState::Pending;
        if (id == current)
            state = StepListWidget::StepState::Current;
        else if (isSkipped(id))
            state = StepListWidget::StepState::Skipped;
        else if (visited.contains(id) && id < current)
            state = StepListWidget::StepState::Done;
        m_stepList->setState(index, state);
    }
}
