// Drives the New SMTP Send Connector wizard as a person would (keys and clicks, dialogs included),
// then checks the SAVED organization file, and that the command on the Completion page, run
// through send-connector-shell on a copy of the original file, creates an identical connector.
// Also the failure paths: a name taken meanwhile by another process, a locked file, a read-only
// file — each Failed, then Back, fix, New again, Completed, nothing retyped.
#include "support/GuiTestSupport.h"
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace {

using GuiTestSupport::readAll;
using GuiTestSupport::writeAll;
using GuiTestSupport::onIndicator;
using GuiTestSupport::whenMenuShows;
using GuiTestSupport::waitForModal;
using GuiTestSupport::waitUntilClosed;

using Page = SendConnectorWizard::Page;
using Mechanism = Exchange::SmartHostAuthMechanism;

// What the user enters, page by page.
struct SpaceInput
{
    QString type; // empty: an SMTP address space through the SMTP dialog
    QString address;
    bool includeSubdomains = false;
    int cost = 1;
};

struct Flow
{
    QString server = QStringLiteral("EX01");
    Exchange::Version version = Exchange::Version::Sp12007;
    QString name;
    Exchange::Usage usage = Exchange::Usage::Custom;
    QList<SpaceInput> spaces;
    bool scoped = false;
    QList<SmartHost> smartHosts; // empty: DNS routing
    bool toggleExternalDns = false;
    Mechanism mechanism = Mechanism::None; // None: left as the usage preselects it
    QString userName;
    QString password;
    QStringList addedSourceServers;
    // Lint: the sample changed before the wizard starts, and the warning `lintCode` expected in the
    // label `lintLabel` of page `lintPage` (then on the New Connector page too).
    std::function<void(Organization &)> prepare;
    int lintPage = -1;
    QString lintLabel;
    QString lintCode;
};

using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;
using ModelTestSupport::space;

QByteArray describe(const SendConnector &connector)
{
    return OrganizationFile::serializeConnector(connector);
}

QByteArray mismatch(const SendConnector &actual, const SendConnector &expected)
{
    return QByteArray("\nactual:\n") + describe(actual) + QByteArray("expected:\n") + describe(expected);
}

QAbstractButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestWizardE2E : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void flows_data();
    void flows();
    void nameTakenMeanwhileByAnotherProcess();
    void lockedFile();
    void newKeepsTheWindowResponsiveWhileWaitingForTheLock();
    void readOnlyFile();
    void keyboardOnly();
    void lintWarnings_data();
    void lintWarnings();
    void routingImpactBeforeNew_data();
    void routingImpactBeforeNew();

private:
    bool start(const QString &server, Exchange::Version version,
               const std::function<void(Organization &)> &prepare = {});
    // The draft's message for the problem `code`; empty when it has none.
    QString messageOf(const QString &code) const;
    // On the lint page of `flow`: its warning shown in its label, and Next still possible.
    void checkLint(const Flow &flow);
    template <typename T>
    T *find(const char *objectName) const
    {
        return m_wizard->findChild<T *>(QString::fromLatin1(objectName));
    }
    bool click(QAbstractButton *button);
    bool next();
    bool back();
    bool addSpace(const SpaceInput &input);
    bool addSmartHost(const SmartHost &host);
    bool addSourceServer(const QString &name);
    bool chooseMechanism(Mechanism mechanism);
    QString completionText() const;
    QString commandFromCompletion() const;
    QString status() const;
    // Runs the command through send-connector-shell on a copy of the original file and returns
    // the connector the shell saved (std::nullopt with `error` set when it did not).
    std::optional<SendConnector> runThroughShell(const QString &command, const QString &server, const QString &name,
                                                 const QString &password, QString *error);
    void driveToNewConnector(const Flow &flow);
    static SendConnector expectedConnector(const Flow &flow, bool onEdge);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<SendConnectorWizard> m_wizard;
};

void TestWizardE2E::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("organization.json"));
}

void TestWizardE2E::cleanup()
{
    m_wizard.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(m_path);
    QFile::remove(OrganizationStore::lockFilePath(m_path));
    const QWidgetList left = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [](const QWidget *w) { return w->isVisible(); }));
}

bool TestWizardE2E::start(const QString &server, Exchange::Version version,
                          const std::function<void(Organization &)> &prepare)
{
    QFile::remove(m_path);
    Organization organization = ModelTestSupport::sampleOrganization(version);
    if (prepare)
        prepare(organization);
    if (hasErrors(OrganizationStore::create(m_path, organization))) // warnings: the case a test wants
        return false;
    m_original = readAll(m_path);
    const Parsed<Organization> loaded = OrganizationStore(m_path).load();
    if (!loaded.ok() || !SendConnectorWizard::startProblems(*loaded.value, server).isEmpty())
        return false;
    m_wizard = std::make_unique<SendConnectorWizard>(*loaded.value, server, m_path);
    m_wizard->show();
    m_wizard->activateWindow();
    return QTest::qWaitForWindowExposed(m_wizard.get()) && QTest::qWaitForWindowActive(m_wizard.get());
}

bool TestWizardE2E::click(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    const bool toggle = qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, toggle ? onIndicator(button) : QPoint());
    return true;
}

bool TestWizardE2E::next()
{
    const int before = m_wizard->currentId();
    const bool commit = m_wizard->currentPage()->isCommitPage();
    return click(m_wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton))
        && m_wizard->currentId() != before;
}

bool TestWizardE2E::back()
{
    const int before = m_wizard->currentId();
    return click(m_wizard->button(QWizard::BackButton)) && m_wizard->currentId() != before;
}

bool TestWizardE2E::addSpace(const SpaceInput &input)
{
    auto *add = find<QAbstractButton>("addAddressSpaceButton");
    if (!add)
        return false;
    const bool custom = !input.type.isEmpty();
    // SP1 on a Hub: a split button. Add itself opens the SMTP dialog; Custom is on its menu
    // (Alt+Down). Elsewhere Add opens the SMTP dialog and there is no Custom.
    auto *split = qobject_cast<QToolButton *>(add);
    if (custom) {
        if (!split || !split->menu())
            return false;
        bool chosen = false;
        whenMenuShows(
            [](QMenu *menu) {
                const QList<QAction *> actions = menu->actions();
                const auto it = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *a) {
                    return a->objectName() == QLatin1String("customAddressSpaceAction");
                });
                if (it == actions.cend())
                    menu->close();
                else
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(*it).center());
            },
            &chosen);
        split->setFocus(Qt::TabFocusReason);
        QTest::keyClick(split, Qt::Key_Down, Qt::AltModifier);
        if (!QTest::qWaitFor([&] { return chosen; }))
            return false;
    } else if (!click(add)) {
        return false;
    }

    auto *dialog = waitForModal<QDialog>(QStringLiteral("addressSpaceDialog"));
    if (!dialog)
        return false;
    if (custom) {
        auto *type = dialog->findChild<QLineEdit *>(QStringLiteral("typeEdit"));
        if (!type)
            return false;
        QTest::keyClicks(type, input.type);
    }
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    if (!address)
        return false;
    QTest::keyClicks(address, input.address);
    if (auto *subdomains = dialog->findChild<QCheckBox *>(QStringLiteral("includeSubdomainsCheck"))) {
        if (subdomains->isChecked() != input.includeSubdomains && !click(subdomains))
            return false;
        if (subdomains->isChecked() != input.includeSubdomains)
            return false;
    }
    if (input.cost != 1) {
        auto *cost = dialog->findChild<QSpinBox *>(QStringLiteral("costSpin"));
        if (!cost)
            return false;
        QTest::mouseClick(cost, Qt::LeftButton, {}, QPoint(5, cost->height() / 2));
        QTest::keyClick(cost, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(cost, QString::number(input.cost));
        if (cost->value() != input.cost)
            return false;
    }
    return click(okButton(dialog)) && waitUntilClosed(dialog);
}

bool TestWizardE2E::addSmartHost(const SmartHost &host)
{
    if (!click(find<QPushButton>("addSmartHostButton")))
        return false;
    auto *dialog = waitForModal<QDialog>(QStringLiteral("smartHostDialog"));
    if (!dialog)
        return false;
    const bool ip = host.kind == SmartHost::Kind::IpAddress;
    auto *radio = dialog->findChild<QRadioButton *>(ip ? QStringLiteral("ipAddressRadio") : QStringLiteral("fqdnRadio"));
    if (!radio || (!radio->isChecked() && !click(radio)) || !radio->isChecked())
        return false;
    auto *edit = dialog->findChild<QLineEdit *>(ip ? QStringLiteral("ipAddressEdit") : QStringLiteral("fqdnEdit"));
    if (!edit)
        return false;
    QTest::keyClicks(edit, host.host);
    return click(okButton(dialog)) && waitUntilClosed(dialog);
}

bool TestWizardE2E::addSourceServer(const QString &name)
{
    if (!click(find<QPushButton>("addSourceServerButton")))
        return false;
    auto *dialog = waitForModal<QDialog>(QStringLiteral("sourceServerDialog"));
    if (!dialog)
        return false;
    auto *view = dialog->findChild<QTreeWidget *>(QStringLiteral("serverView"));
    if (!view)
        return false;
    const QList<QTreeWidgetItem *> items = view->findItems(name, Qt::MatchExactly);
    if (items.size() != 1)
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(items.first()).center());
    return items.first()->isSelected() && click(okButton(dialog)) && waitUntilClosed(dialog);
}

bool TestWizardE2E::chooseMechanism(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::None:
        return click(find<QRadioButton>("authNoneRadio"));
    case Mechanism::BasicAuth:
        return click(find<QRadioButton>("authBasicRadio"));
    case Mechanism::BasicAuthRequireTLS:
        return click(find<QRadioButton>("authBasicRadio")) && click(find<QCheckBox>("authBasicTlsCheck"));
    case Mechanism::ExchangeServer:
        return click(find<QRadioButton>("authExchangeServerRadio"));
    case Mechanism::ExternalAuthoritative:
        return click(find<QRadioButton>("authExternalRadio"));
    }
    return false;
}

QString TestWizardE2E::completionText() const
{
    return find<QPlainTextEdit>("completionText")->toPlainText();
}

QString TestWizardE2E::commandFromCompletion() const
{
    const QStringList lines = completionText().split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("Exchange Management Shell command")))
            return lines.at(i + 1);
    }
    return QString();
}

QString TestWizardE2E::status() const
{
    return find<QLabel>("completionStatusLabel")->text();
}

std::optional<SendConnector> TestWizardE2E::runThroughShell(const QString &command, const QString &server,
                                                             const QString &name, const QString &password,
                                                             QString *error)
{
    const QString copy = m_dir.filePath(QStringLiteral("shell-copy.json"));
    if (!writeAll(copy, m_original)) {
        *error = QStringLiteral("cannot write the copy");
        return std::nullopt;
    }
    QProcess shell;
    shell.start(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"),
                {QStringLiteral("--organization"), copy, QStringLiteral("--server"), server, QStringLiteral("-c"),
                 command});
    if (!shell.waitForStarted(30000)) {
        *error = shell.errorString();
        return std::nullopt;
    }
    if (!password.isEmpty())
        shell.write(password.toUtf8() + '\n');
    shell.closeWriteChannel();
    if (!shell.waitForFinished(60000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = QStringLiteral("exit %1: %2 %3")
                     .arg(shell.exitCode())
                     .arg(QString::fromUtf8(shell.readAllStandardOutput()),
                          QString::fromUtf8(shell.readAllStandardError()));
        return std::nullopt;
    }
    const QByteArray bytes = readAll(copy);
    if (!password.isEmpty() && bytes.contains(password.toUtf8())) {
        *error = QStringLiteral("the shell wrote the password");
        return std::nullopt;
    }
    const Parsed<Organization> saved = OrganizationFile::parse(bytes);
    const TransportServer *known = saved.value ? saved.value->server(server) : nullptr;
    const QString edge = known && known->isEdge() ? known->name : QString();
    const SendConnector *connector = saved.value ? saved.value->connector(name, edge) : nullptr;
    if (!connector) {
        *error = QStringLiteral("no connector %1 in the shell's file").arg(name);
        return std::nullopt;
    }
    return *connector;
}

SendConnector TestWizardE2E::expectedConnector(const Flow &flow, bool onEdge)
{
    // Exchange's defaults for the usage, then what the user entered.
    SendConnector expected = UsageRules::applyDefaults(SendConnector(), flow.usage, onEdge);
    expected.name = flow.name;
    for (const SpaceInput &input : flow.spaces) {
        QString address = input.address;
        if (input.type.isEmpty() && input.includeSubdomains && !address.startsWith(QLatin1Char('*')))
            address = QLatin1String("*.") + address;
        expected.addressSpaces.append(space(input.type.isEmpty() ? QStringLiteral("SMTP") : input.type, address,
                                            input.cost));
    }
    expected.isScopedConnector = flow.scoped;
    expected.dnsRoutingEnabled = flow.smartHosts.isEmpty();
    expected.smartHosts = flow.smartHosts;
    if (flow.toggleExternalDns)
        expected.useExternalDnsServersEnabled = !expected.useExternalDnsServersEnabled;
    if (expected.dnsRoutingEnabled)
        expected.smartHostAuthMechanism = Mechanism::None;
    else if (flow.mechanism != Mechanism::None)
        expected.smartHostAuthMechanism = flow.mechanism;
    if (!flow.userName.isEmpty())
        expected.authenticationCredential = AuthenticationCredential{flow.userName};
    if (!onEdge)
        expected.sourceTransportServers = QStringList{flow.server} + flow.addedSourceServers;
    return expected;
}

QString TestWizardE2E::messageOf(const QString &code) const
{
    for (const Problem &problem : m_wizard->draft()->problems()) {
        if (problem.code == code)
            return problem.message;
    }
    return QString();
}

void TestWizardE2E::checkLint(const Flow &flow)
{
    if (flow.lintCode.isEmpty() || m_wizard->currentId() != flow.lintPage)
        return;
    const QString message = messageOf(flow.lintCode);
    QVERIFY2(!message.isEmpty(), qPrintable(flow.lintCode));
    auto *label = find<QLabel>(qPrintable(flow.lintLabel));
    QVERIFY2(label, qPrintable(flow.lintLabel));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    // A warning informs; it does not block.
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

// Introduction to New Connector, checking the page after every step. Checks with QVERIFY: the
// caller tests QTest::currentTestFailed() afterwards.
void TestWizardE2E::driveToNewConnector(const Flow &flow)
{
    const ConnectorDraft *draft = m_wizard->draft();
    QCOMPARE(m_wizard->currentId(), int(Page::Page_Introduction));
    QTest::keyClicks(find<QLineEdit>("connectorNameEdit"), flow.name);
    const char *usageRadio = flow.usage == Exchange::Usage::Internal   ? "internalRadio"
                           : flow.usage == Exchange::Usage::Internet ? "internetRadio"
                           : flow.usage == Exchange::Usage::Partner  ? "partnerRadio"
                                                                     : "customRadio";
    QVERIFY(click(find<QRadioButton>(usageRadio)));
    QVERIFY(find<QRadioButton>(usageRadio)->isChecked());
    QVERIFY(next());

    QCOMPARE(m_wizard->currentId(), int(Page::Page_AddressSpace));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // at least one address space
    for (const SpaceInput &input : flow.spaces)
        QVERIFY2(addSpace(input), qPrintable(input.address));
    QCOMPARE(draft->connector().addressSpaces.size(), flow.spaces.size());
    if (flow.scoped)
        QVERIFY(click(find<QCheckBox>("scopedConnectorCheck")));
    checkLint(flow);
    QVERIFY(next());

    QCOMPARE(m_wizard->currentId(), int(Page::Page_NetworkSettings));
    if (!flow.smartHosts.isEmpty()) {
        auto *smartHostRadio = find<QRadioButton>("smartHostRoutingRadio");
        if (!smartHostRadio->isChecked())
            QVERIFY(click(smartHostRadio));
        QVERIFY(smartHostRadio->isChecked());
        for (const SmartHost &host : flow.smartHosts)
            QVERIFY2(addSmartHost(host), qPrintable(host.host));
    } else {
        QVERIFY(find<QRadioButton>("dnsRoutingRadio")->isChecked());
    }
    if (flow.toggleExternalDns)
        QVERIFY(click(find<QCheckBox>("externalDnsCheck")));
    checkLint(flow);
    QVERIFY(next());

    if (!flow.smartHosts.isEmpty()) {
        QCOMPARE(m_wizard->currentId(), int(Page::Page_SmartHostSecurity));
        if (flow.mechanism != Mechanism::None)
            QVERIFY(chooseMechanism(flow.mechanism));
        if (!flow.userName.isEmpty()) {
            QTest::keyClicks(find<QLineEdit>("userNameEdit"), flow.userName);
            QTest::keyClicks(find<QLineEdit>("passwordEdit"), flow.password);
        }
        checkLint(flow);
        QVERIFY(next());
    }

    if (!draft->onEdge()) {
        QCOMPARE(m_wizard->currentId(), int(Page::Page_SourceServer));
        QCOMPARE(find<QTreeView>("sourceServerView")->model()->rowCount(), 1);
        for (const QString &server : flow.addedSourceServers)
            QVERIFY2(addSourceServer(server), qPrintable(server));
        checkLint(flow);
        QVERIFY(next());
    }
    QCOMPARE(m_wizard->currentId(), int(Page::Page_NewConnector));
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&New"));
}

void TestWizardE2E::flows_data()
{
    QTest::addColumn<Flow>("flow");

    for (const Exchange::Version version : {Exchange::Version::Sp12007, Exchange::Version::Rtm2007}) {
        const bool sp1 = version == Exchange::Version::Sp12007;
        const QString mode = sp1 ? QStringLiteral("SP1") : QStringLiteral("RTM");

        // The example of docs/domain-rules.md#worked-example (its 20 MB limit is not in the
        // wizard); RTM has no costs.
        Flow subsidiary;
        subsidiary.version = version;
        subsidiary.name = QStringLiteral("Subsidiary Send Connector");
        subsidiary.spaces = {{QString(), QStringLiteral("contoso.com"), true, sp1 ? 5 : 1},
                             {QString(), QStringLiteral("fabrikam.com"), true, sp1 ? 8 : 1}};
        subsidiary.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
        QTest::addRow("%s: Subsidiary Send Connector", qPrintable(mode)) << subsidiary;

        Flow internet;
        internet.version = version;
        internet.name = QStringLiteral("Internet mail");
        internet.usage = Exchange::Usage::Internet;
        internet.spaces = {{QString(), QStringLiteral("*"), true, 1}};
        internet.toggleExternalDns = sp1;
        QTest::addRow("%s: Internet on DNS with *", qPrintable(mode)) << internet;

        Flow partner;
        partner.version = version;
        partner.name = QStringLiteral("Partner: Litware");
        partner.usage = Exchange::Usage::Partner;
        partner.spaces = {{QString(), QStringLiteral("litwareinc.com"), false, 1}};
        partner.addedSourceServers = {QStringLiteral("EX02")};
        QTest::addRow("%s: Partner", qPrintable(mode)) << partner;

        Flow internal;
        internal.version = version;
        internal.name = QStringLiteral("O'Brien relay");
        internal.usage = Exchange::Usage::Internal;
        internal.spaces = {{QString(), QStringLiteral("tailspintoys.net"), false, 1}};
        internal.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.com")), ipHost(QStringLiteral("10.1.2.3"))};
        internal.mechanism = Mechanism::BasicAuthRequireTLS;
        internal.userName = QStringLiteral("CONTOSO\\relay");
        internal.password = QStringLiteral("Tr0ub4dor&3-never-on-disk");
        QTest::addRow("%s: Internal, Basic Authentication over TLS", qPrintable(mode)) << internal;

        Flow edge;
        edge.server = QStringLiteral("EDGE02");
        edge.version = version;
        edge.name = QStringLiteral("EDGE02 to Adatum");
        edge.usage = Exchange::Usage::Internet;
        edge.spaces = {{QString(), QStringLiteral("adatum.com"), true, sp1 ? 3 : 1}};
        QTest::addRow("%s: unsubscribed Edge", qPrintable(mode)) << edge;
    }

    // Scoping and custom address spaces exist only in SP1, on the Hub.
    Flow x400;
    x400.name = QStringLiteral("Scoped X.400 gateway");
    x400.spaces = {{QStringLiteral("X400"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"), false, 10}};
    x400.scoped = true;
    x400.smartHosts = {ipHost(QStringLiteral("10.0.0.25"))};
    x400.mechanism = Mechanism::ExternalAuthoritative;
    x400.addedSourceServers = {QStringLiteral("EX02")};
    QTest::newRow("SP1: scoped, custom X400 address space") << x400;
}

void TestWizardE2E::flows()
{
    QFETCH(Flow, flow);
    QVERIFY(start(flow.server, flow.version));
    const bool onEdge = m_wizard->draft()->onEdge();
    QCOMPARE(onEdge, flow.server.startsWith(QLatin1String("EDGE")));

    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(find<QWidget>("summaryView"));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_Completion));
    QVERIFY2(status() == QLatin1String("Completed"), qPrintable(completionText()));
    QVERIFY(completionText().contains(QLatin1String("Elapsed Time: ")));
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    const QString command = commandFromCompletion();
    QVERIFY2(command.startsWith(QLatin1String("new-SendConnector ")), qPrintable(completionText()));
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));
    QVERIFY(!m_wizard->isVisible());

    // The saved file: the connector as entered, nothing else changed.
    const QByteArray bytes = readAll(m_path);
    const Parsed<Organization> saved = OrganizationFile::parse(bytes);
    QVERIFY(saved.ok());
    const QString edge = onEdge ? flow.server : QString();
    const SendConnector *created = saved.value->connector(flow.name, edge);
    QVERIFY(created);
    const SendConnector expected = expectedConnector(flow, onEdge);
    QVERIFY2(*created == expected, mismatch(*created, expected).constData());
    Organization without = *saved.value;
    without.mutableConnectorsFor(edge)->removeLast();
    QVERIFY(without == OrganizationFile::parse(m_original).value.value());
    if (!flow.password.isEmpty()) {
        QVERIFY(bytes.contains(flow.userName.toUtf8().replace("\\", "\\\\")));
        QVERIFY(!bytes.contains(flow.password.toUtf8()));
    }

    // The command from the Completion page makes the same connector through the shell.
    QString error;
    const std::optional<SendConnector> fromShell = runThroughShell(command, flow.server, flow.name, flow.password, &error);
    QVERIFY2(fromShell, qPrintable(error + QLatin1Char('\n') + command));
    QVERIFY2(*fromShell == *created, mismatch(*fromShell, *created).constData());
}

void TestWizardE2E::nameTakenMeanwhileByAnotherProcess()
{
    QVERIFY(start(QStringLiteral("EX01"), Exchange::Version::Sp12007));
    Flow flow;
    flow.name = QStringLiteral("Racer-1");
    flow.spaces = {{QString(), QStringLiteral("race.example"), false, 4}};
    flow.smartHosts = {ipHost(QStringLiteral("10.9.9.9"))};
    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;

    // Another process takes the name while the user reviews the summary.
    QProcess writer;
    writer.start(QStringLiteral(SCC_BIN_DIR "/store_writer"), {m_path, QStringLiteral("Racer"), QStringLiteral("1")});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    const QByteArray taken = readAll(m_path);

    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_Completion));
    QCOMPARE(status(), QStringLiteral("Failed"));
    QVERIFY(containsCode(m_wizard->lastReport().problems, QStringLiteral("Name.Duplicate")));
    QVERIFY(completionText().contains(QLatin1String("Exchange Management Shell command attempted:")));
    QCOMPARE(readAll(m_path), taken);

    // Back to the Introduction page, which now knows the name is taken.
    while (m_wizard->currentId() != Page::Page_Introduction)
        QVERIFY(back());
    QVERIFY(!find<QLabel>("introductionProblemsLabel")->isHidden());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto *nameEdit = find<QLineEdit>("connectorNameEdit");
    QCOMPARE(nameEdit->text(), QStringLiteral("Racer-1"));
    nameEdit->setFocus();
    QTest::keyClick(nameEdit, Qt::Key_End);
    QTest::keyClicks(nameEdit, QStringLiteral(" (mine)"));
    QVERIFY(find<QLabel>("introductionProblemsLabel")->isHidden());

    // Nothing retyped: every page still holds what was entered.
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_AddressSpace));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_NetworkSettings));
    QVERIFY(find<QRadioButton>("smartHostRoutingRadio")->isChecked());
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_SmartHostSecurity));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_SourceServer));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_NewConnector));
    QVERIFY(next());
    QCOMPARE(status(), QStringLiteral("Completed"));
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));

    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(QStringLiteral("Racer-1"))); // the other process's
    flow.name = QStringLiteral("Racer-1 (mine)");
    const SendConnector *mine = saved.value->connector(flow.name);
    QVERIFY(mine);
    QVERIFY2(*mine == expectedConnector(flow, false), mismatch(*mine, expectedConnector(flow, false)).constData());
}

void TestWizardE2E::lockedFile()
{
    QVERIFY(start(QStringLiteral("EX01"), Exchange::Version::Sp12007));
    m_wizard->setLockTimeout(100);
    Flow flow;
    flow.name = QStringLiteral("Waiting for the lock");
    flow.usage = Exchange::Usage::Internet;
    flow.spaces = {{QString(), QStringLiteral("lock.example"), true, 1}};
    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;

    QLockFile lock(OrganizationStore::lockFilePath(m_path));
    QVERIFY(lock.tryLock(0));
    QVERIFY(next());
    QCOMPARE(status(), QStringLiteral("Failed"));
    QVERIFY(containsCode(m_wizard->lastReport().problems, QStringLiteral("File.Locked")));
    QCOMPARE(readAll(m_path), m_original);
    lock.unlock();

    QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(back());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_NewConnector));
    QVERIFY(next());
    QCOMPARE(status(), QStringLiteral("Completed"));
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok() && saved.value->connector(flow.name));
    QVERIFY(*saved.value->connector(flow.name) == expectedConnector(flow, false));
}

// "New" while another process holds the organization's lock: the write waits on a worker thread,
// the wizard's event loop keeps running (timers tick, Back, New and Cancel are refused), and the
// connector is written once the lock is released.
void TestWizardE2E::newKeepsTheWindowResponsiveWhileWaitingForTheLock()
{
    QVERIFY(start(QStringLiteral("EX01"), Exchange::Version::Sp12007));
    m_wizard->setLockTimeout(30000);
    Flow flow;
    flow.name = QStringLiteral("Created after the lock");
    flow.usage = Exchange::Usage::Internet;
    flow.spaces = {{QString(), QStringLiteral("waiting.example"), true, 1}};
    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;

    QProcess holder;
    const QByteArray holding = ModelTestSupport::holdLockInAnotherProcess(holder, m_path, 1500);
    QVERIFY2(holding.isEmpty(), holding.constData());

    // Probes run by the wizard's event loop while it waits: what the window shows and refuses.
    int ticks = 0;
    int savingTicks = 0;
    bool refusedEverything = true;
    QSignalSpy started(m_wizard.get(), &SendConnectorWizard::saveStarted);
    QSignalSpy finished(m_wizard.get(), &SendConnectorWizard::saveFinished);
    QTimer probe;
    probe.setInterval(20);
    connect(&probe, &QTimer::timeout, this, [&] {
        ++ticks;
        if (!m_wizard->isSaving())
            return;
        ++savingTicks;
        const auto *label = find<QLabel>("savingLabel");
        refusedEverything = refusedEverything && label && label->isVisible()
            && label->text().startsWith(QLatin1String("Creating the Send connector"))
            && find<QWidget>("savingProgressBar")->isVisible()
            && !m_wizard->button(QWizard::CommitButton)->isEnabled()
            && !m_wizard->button(QWizard::BackButton)->isEnabled()
            && !m_wizard->button(QWizard::CancelButton)->isEnabled();
        // Esc (Cancel), Alt+B and a click on Back anyway: nothing happens, the wizard stays on its page.
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QTest::keyClick(m_wizard.get(), Qt::Key_B, Qt::AltModifier);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        refusedEverything = refusedEverything && m_wizard->isVisible()
            && m_wizard->currentId() == int(Page::Page_NewConnector)
            && !m_wizard->findChild<QMessageBox *>(QStringLiteral("discardMessageBox"));
    });
    probe.start();
    QVERIFY(next()); // returns once the worker is done; the loop ran meanwhile
    probe.stop();
    QVERIFY2(savingTicks >= 10, qPrintable(QString::number(savingTicks))); // ~1.5 s of a 20 ms timer
    QVERIFY(refusedEverything);
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_wizard->isSaving());
    QVERIFY(!find<QWidget>("savingPanel")->isVisible());
    // The other process had the lock all along and released it before the wizard wrote.
    QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished(30000));
    QCOMPARE(holder.exitCode(), 0);

    QCOMPARE(status(), QStringLiteral("Completed"));
    QVERIFY(m_wizard->lastReport().succeeded);
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok() && saved.value->connector(flow.name));
    QVERIFY(*saved.value->connector(flow.name) == expectedConnector(flow, false));
    // What the wizard reports as written (the console records it for Undo) is what the file holds.
    const auto &created = m_wizard->created();
    QVERIFY(created);
    QVERIFY(created->connector == *saved.value->connector(flow.name));
    QCOMPARE(created->position, saved.value->sendConnectors.size() - 1);
    QVERIFY(created->version == saved.value->exchangeVersion);
}

void TestWizardE2E::readOnlyFile()
{
    QVERIFY(start(QStringLiteral("EX01"), Exchange::Version::Sp12007));
    Flow flow;
    flow.name = QStringLiteral("Read-only at first");
    flow.usage = Exchange::Usage::Partner;
    flow.spaces = {{QString(), QStringLiteral("readonly.example"), false, 1}};
    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;

    // Even root, who could write it, must find the file read-only.
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(next());
    QCOMPARE(status(), QStringLiteral("Failed"));
    QVERIFY(containsCode(m_wizard->lastReport().problems, QStringLiteral("File.ReadOnly")));
    QCOMPARE(readAll(m_path), m_original);

    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther));
    QVERIFY(back());
    QVERIFY(next());
    QCOMPARE(status(), QStringLiteral("Completed"));
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));
    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok() && saved.value->connector(flow.name));
    QVERIFY(*saved.value->connector(flow.name) == expectedConnector(flow, false));
}

void TestWizardE2E::keyboardOnly()
{
    QVERIFY(start(QStringLiteral("EX01"), Exchange::Version::Sp12007));
    // Keys go where a person's would: to the focused widget of the active window.
    const auto key = [this](Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow() ? QApplication::activeWindow() : m_wizard.get();
        QTest::keyClick(target, k, modifiers);
    };

    // Introduction: the name has the focus first; Tab to the usage, arrows to Internet.
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>("connectorNameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Typed, never clicked"));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("customRadio"));
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QVERIFY(find<QRadioButton>("internetRadio")->isChecked());
    key(Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(Page::Page_AddressSpace));

    // Address space: Alt+A is Add itself (the split button): the SMTP dialog; type, Enter accepts it.
    key(Qt::Key_A, Qt::AltModifier);
    auto *dialog = waitForModal<QDialog>(QStringLiteral("addressSpaceDialog"));
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("addressEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("*.keyboard.example"));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("includeSubdomainsCheck"))->isChecked());
    key(Qt::Key_Return);
    QVERIFY(waitUntilClosed(dialog));
    QCOMPARE(m_wizard->draft()->connector().addressSpaces.size(), 1);
    // What a window manager does when the dialog closes (offscreen and bare Xvfb have none).
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>("addressSpaceView"));
    key(Qt::Key_N, Qt::AltModifier); // Next (Enter on the list would edit the entry); an animated click
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Page_NetworkSettings));

    // Network settings: DNS is preselected for Internet.
    QVERIFY(find<QRadioButton>("dnsRoutingRadio")->isChecked());
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Page_SourceServer));
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Page_NewConnector));
    key(Qt::Key_N, Qt::AltModifier); // "&New"
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Page_Completion));
    QCOMPARE(status(), QStringLiteral("Completed"));
    key(Qt::Key_Return); // Finish
    QTRY_VERIFY(!m_wizard->isVisible());

    const Parsed<Organization> saved = OrganizationStore(m_path).load();
    QVERIFY(saved.ok());
    const SendConnector *created = saved.value->connector(QStringLiteral("Typed, never clicked"));
    QVERIFY(created);
    SendConnector expected = UsageRules::applyDefaults(SendConnector(), Exchange::Usage::Internet, false);
    expected.name = QStringLiteral("Typed, never clicked");
    expected.addressSpaces = {space(QStringLiteral("SMTP"), QStringLiteral("*.keyboard.example"))};
    expected.sourceTransportServers = {QStringLiteral("EX01")};
    QVERIFY2(*created == expected, mismatch(*created, expected).constData());
}

// Each lint warning the wizard can meet (docs/domain-rules.md#routing-checks), driven into with
// keys and clicks: shown on the page where its field is and on the New Connector page, and New
// still creates the connector.
void TestWizardE2E::lintWarnings_data()
{
    QTest::addColumn<Flow>("flow");
    const auto flow = [](const char *name) {
        Flow f;
        f.name = QString::fromLatin1(name);
        f.spaces = {{QString(), QStringLiteral("fabrikam.com"), false, 1}};
        return f;
    };

    Flow basic = flow("Basic in clear");
    basic.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
    basic.mechanism = Mechanism::BasicAuth;
    basic.userName = QStringLiteral("CONTOSO\\relay");
    basic.password = QStringLiteral("never-on-disk");
    basic.lintPage = int(Page::Page_SmartHostSecurity);
    basic.lintLabel = QStringLiteral("basicWarningLabel");
    basic.lintCode = QStringLiteral("Connector.BasicAuthInClear");
    QTest::newRow("Basic authentication without TLS") << basic;

    Flow loop = flow("Relay through a Hub");
    loop.smartHosts = {fqdnHost(QStringLiteral("ex02.contoso.com"))};
    loop.lintPage = int(Page::Page_NetworkSettings);
    loop.lintLabel = QStringLiteral("networkSettingsProblemsLabel");
    loop.lintCode = QStringLiteral("Connector.SmartHostIsOwnServer");
    QTest::newRow("smart host is an own server") << loop;

    Flow sites = flow("Two sites");
    sites.addedSourceServers = {QStringLiteral("EX03")};
    sites.lintPage = int(Page::Page_SourceServer);
    sites.lintLabel = QStringLiteral("sourceServerWarningLabel");
    sites.lintCode = QStringLiteral("Connector.SourceServersInSeveralSites");
    QTest::newRow("source servers in several sites") << sites;
    Flow scopedSites = sites;
    scopedSites.name = QStringLiteral("Scoped over two sites");
    scopedSites.scoped = true;
    QTest::newRow("scoped connector over several sites") << scopedSites;

    Flow bypassed = flow("Small limit");
    bypassed.prepare = [](Organization &organization) {
        organization.mutableConnectorsFor(QString())->first().maxMessageSize = ByteQuantity::fromBytes(50 * 1024 * 1024);
    };
    bypassed.lintPage = int(Page::Page_AddressSpace);
    bypassed.lintLabel = QStringLiteral("addressSpaceProblemsLabel");
    bypassed.lintCode = QStringLiteral("Connector.MaxMessageSizeBypassed");
    QTest::newRow("size limit bypassed by the * connector") << bypassed;

    Flow noDefault = flow("Named domain only");
    noDefault.prepare = [](Organization &organization) {
        organization.mutableConnectorsFor(QString())->first().enabled = false; // Contoso to Internet
    };
    noDefault.lintPage = int(Page::Page_AddressSpace);
    noDefault.lintLabel = QStringLiteral("addressSpaceProblemsLabel");
    noDefault.lintCode = QStringLiteral("Routing.NoDefaultRoute");
    QTest::newRow("side still without a * connector") << noDefault;
}

void TestWizardE2E::lintWarnings()
{
    QFETCH(Flow, flow);
    QVERIFY(start(flow.server, flow.version, flow.prepare));
    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;
    const QString message = messageOf(flow.lintCode);
    QVERIFY(!message.isEmpty());
    auto *problems = find<QLabel>("newConnectorProblemsLabel");
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(message), qPrintable(problems->text()));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(Page::Page_Completion));
    QVERIFY2(status() == QLatin1String("Completed"), qPrintable(completionText()));
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));

    const Parsed<Organization> saved = OrganizationFile::parse(readAll(m_path));
    QVERIFY(saved.ok());
    const SendConnector *created = saved.value->connector(flow.name, QString());
    QVERIFY(created);
    QCOMPARE(created->addressSpaces.first().address, QStringLiteral("fabrikam.com"));
    QCOMPARE(created->isScopedConnector, flow.scoped);
    if (flow.scoped)
        QVERIFY2(message.contains(QLatin1String("scoped connector")), qPrintable(message));
}

// The New Connector page says what New will do to routing before it is pressed.
void TestWizardE2E::routingImpactBeforeNew_data()
{
    QTest::addColumn<Flow>("flow");
    QTest::addColumn<QStringList>("expected"); // parts of the impact text

    Flow takeOver;
    takeOver.name = QStringLiteral("Litware");
    takeOver.spaces = {{QString(), QStringLiteral("litwareinc.com"), false, 1}};
    QTest::newRow("takes litwareinc.com over from the * connector")
        << takeOver
        << QStringList{QStringLiteral("mail for litwareinc.com will go through this connector"),
                       QStringLiteral("instead of \"Contoso to Internet\""), QStringLiteral("Seattle"),
                       QStringLiteral("Portland")};

    // "Contoso to Tailspin Toys relay" (cost 2, from EX03) wins from both sites.
    Flow neverWins;
    neverWins.name = QStringLiteral("Second Tailspin route");
    neverWins.spaces = {{QString(), QStringLiteral("tailspintoys.com"), false, 20}};
    QTest::newRow("never wins") << neverWins
                                << QStringList{QStringLiteral("The address space SMTP:tailspintoys.com;20 will never be used")};
}

void TestWizardE2E::routingImpactBeforeNew()
{
    QFETCH(Flow, flow);
    QFETCH(QStringList, expected);
    QVERIFY(start(flow.server, flow.version));
    driveToNewConnector(flow);
    if (QTest::currentTestFailed())
        return;
    auto *impact = find<QTextBrowser>("routingImpactView");
    QVERIFY(impact && impact->isVisible());
    for (const QString &part : expected)
        QTRY_VERIFY2(impact->toPlainText().contains(part), qPrintable(part + QLatin1String(" in: ") + impact->toPlainText()));
    QVERIFY(next());
    QVERIFY2(status() == QLatin1String("Completed"), qPrintable(completionText()));
    QVERIFY(click(m_wizard->button(QWizard::FinishButton)));
    const Parsed<Organization> saved = OrganizationFile::parse(readAll(m_path));
    QVERIFY(saved.ok());
    QVERIFY(saved.value->connector(flow.name, QString()));
}

QTEST_MAIN(TestWizardE2E)
#include "tst_wizard_e2e.moc"
