#include "support/ModelTestSupport.h"
#include "ConnectorRules.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pty.h>
#include <poll.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace {

using ModelTestSupport::readFile;
using ModelTestSupport::sampleBytes;
using ModelTestSupport::Scope;
using ModelTestSupport::smtp;
using ModelTestSupport::writeFile;

constexpr int ProcessTimeout = 60000; // ms; only a hung shell ever waits this long

const QString SeedCommand = QStringLiteral(
    "New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace \"*.contoso.com;5\","
    "\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts 192.168.1.20 -MaxMessageSize 20MB");
const QString SeedName = QStringLiteral("Subsidiary Send Connector");

QString shellPath()
{
    return QStringLiteral(SCC_BIN_DIR "/send-connector-shell");
}

// What one run of the shell did.
struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

Run runShell(const QStringList &arguments, const QByteArray &input = QByteArray(),
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(shellPath(), arguments);
    Run run;
    if (!process.waitForStarted(ProcessTimeout))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(ProcessTimeout) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}


// The shell on a pseudo-terminal, as an administrator at a terminal runs it: standard input,
// output and error are the terminal, so it shows its prompt and reads passwords without echo.
class TerminalShell
{
public:
    explicit TerminalShell(const QStringList &arguments)
    {
        QList<QByteArray> bytes{shellPath().toLocal8Bit()};
        for (const QString &argument : arguments)
            bytes.append(argument.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            execv(argv.front(), argv.data());
            _exit(127);
        }
    }
    ~TerminalShell()
    {
        if (m_pid > 0 && !m_exited) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            close(m_master);
    }

    bool started() const { return m_pid > 0 && m_master >= 0; }

    void type(const QByteArray &keys) { QVERIFY(write(m_master, keys.constData(), size_t(keys.size())) == keys.size()); }

    // Reads until `text` appears after what earlier waits consumed; false when the shell ends or
    // stays silent first. The terminal's "\r\n" is read as "\n".
    bool waitFor(const QString &text)
    {
        QDeadlineTimer deadline(ProcessTimeout);
        for (;;) {
            const qsizetype at = m_output.indexOf(text, m_consumed);
            if (at >= 0) {
                m_consumed = at + text.size();
                return true;
            }
            pollfd fd{m_master, POLLIN, 0};
            if (poll(&fd, 1, int(deadline.remainingTime())) <= 0)
                return false;
            char buffer[4096];
            const ssize_t n = read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                return false; // the shell has ended (EIO)
            m_output += QString::fromUtf8(buffer, n).remove(QLatin1Char('\r'));
        }
    }

    // Whether the terminal echoes what is typed (the shell switches it off for passwords).
    bool echoes() const
    {
        termios settings{};
        return tcgetattr(m_master, &settings) == 0 && (settings.c_lflag & ECHO);
    }

    // The exit status once the shell has ended, -1 if it did not end normally.
    int exitCode()
    {
        while (waitFor(QStringLiteral("\x01never\x01"))) { } // drains the output until the end
        int status = 0;
        if (waitpid(m_pid, &status, 0) != m_pid)
            return -1;
        m_exited = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    QString output() const { return m_output; }

private:
    pid_t m_pid = -1;
    int m_master = -1;
    bool m_exited = false;
    QString m_output;
    qsizetype m_consumed = 0;
};

Organization load(const QString &path)
{
    return OrganizationStore(path).load().value.value_or(Organization{});
}

} // namespace

// Runs bin/send-connector-shell as a separate process: the seed's complete command and its
// interactive procedures through a pipe, scripts, exit statuses, and the file it saves.
class TestShellEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void seedCompleteCommand();
    void seedInteractiveProcedure_data();
    void seedInteractiveProcedure();
    void interactiveAnswersAfterDashC();
    void scriptFile();
    void failingCommandExitsOne_data();
    void failingCommandExitsOne();
    void commandLineErrorsExitTwo_data();
    void commandLineErrorsExitTwo();
    void helpAndVersion();
    void passwordFromPipe();
    void passwordAtATerminalIsNotEchoed();
    void endOfInputAtATerminalPromptKeepsTheShell();
    void defaultOrganizationFileIsTheConsoles();
    void operatorGivenWithAs();
    void confirmationThroughAPipe_data();
    void confirmationThroughAPipe();
    void confirmationAtATerminal();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestShellEndToEnd::init()
{
    QVERIFY(QFile::exists(shellPath()));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("organization.json"));
    QFile::remove(m_path);
    QVERIFY(writeFile(m_path, sampleBytes(Exchange::Version::Sp12007)));
}

void TestShellEndToEnd::seedCompleteCommand()
{
    const Run run = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"), SeedCommand});
    QVERIFY(run.finished);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Subsidiary Send Connector {SMTP:*.contoso.com;5, SMTP:*.fabrikam.com;8} True")));

    const Organization saved = load(m_path);
    const SendConnector *created = saved.connector(SeedName);
    QVERIFY(created);
    SendConnector expected = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Custom, false);
    expected.name = SeedName;
    expected.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)};
    expected.dnsRoutingEnabled = false;
    expected.smartHosts = {SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("192.168.1.20")}};
    expected.sourceTransportServers = {QStringLiteral("EX01")}; // the local Hub
    expected.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    QVERIFY(*created == expected);
    QCOMPARE(saved.sendConnectors.size(), OrganizationStore::sampleOrganization().sendConnectors.size() + 1);
}

void TestShellEndToEnd::seedInteractiveProcedure_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<AddressSpace>>("addressSpaces");

    // The seed: type New-SendConnector, answer AddressSpaces[0], [1]… then an empty line, then Name.
    QTest::newRow("2007 RTM, Local: scope") << Exchange::Version::Rtm2007
                                            << QByteArray("New-SendConnector\nLocal:SMTP:contoso.com;1\n"
                                                          "fabrikam.com\n\nSubsidiary Send Connector\n")
                                            << QList<AddressSpace>{smtp(QStringLiteral("contoso.com"), 1, Scope::Local),
                                                                   smtp(QStringLiteral("fabrikam.com"), 1)};
    QTest::newRow("2007 SP1") << Exchange::Version::Sp12007
                              << QByteArray("New-SendConnector\r\n*.contoso.com;5\r\nSMTP:*.fabrikam.com;8\r\n\r\n"
                                            "Subsidiary Send Connector\r\n")
                              << QList<AddressSpace>{smtp(QStringLiteral("*.contoso.com"), 5),
                                                     smtp(QStringLiteral("*.fabrikam.com"), 8)};
}

void TestShellEndToEnd::seedInteractiveProcedure()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QByteArray, input);
    QFETCH(QList<AddressSpace>, addressSpaces);

    QVERIFY(writeFile(m_path, sampleBytes(version)));
    const Run run = runShell({QStringLiteral("--organization"), m_path}, input);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("cmdlet New-SendConnector at command pipeline position 1\n"
                                               "Supply values for the following parameters:\nAddressSpaces[0]: ")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("AddressSpaces[2]: \nName: Subsidiary Send Connector\n")));
    QVERIFY(!run.out.contains(QStringLiteral("[PS] >"))); // no prompt when standard input is not a terminal
    QVERIFY(run.out.contains(QStringLiteral("\nIdentity ")));

    const Organization saved = load(m_path);
    const SendConnector *created = saved.connector(SeedName);
    QVERIFY(created);
    QCOMPARE(created->addressSpaces.size(), addressSpaces.size());
    for (qsizetype i = 0; i < addressSpaces.size(); ++i)
        QVERIFY2(created->addressSpaces.at(i) == addressSpaces.at(i), qPrintable(created->addressSpaces.at(i).toString()));
    // Interactive mode uses the defaults for everything else.
    QCOMPARE(created->dnsRoutingEnabled, true);
    QCOMPARE(created->maxMessageSize.bytes, SendConnector::DefaultMaxMessageSize);
    QCOMPARE(created->sourceTransportServers, QStringList{QStringLiteral("EX01")});
}

void TestShellEndToEnd::interactiveAnswersAfterDashC()
{
    const Run run = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                              QStringLiteral("New-SendConnector -Name Prompted")},
                             QByteArray("prompted.net;3\n\n"));
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Organization saved = load(m_path);
    const SendConnector *created = saved.connector(QStringLiteral("Prompted"));
    QVERIFY(created);
    QVERIFY(created->addressSpaces == QList<AddressSpace>{smtp(QStringLiteral("prompted.net"), 3)});

    // Input ending before the answers: nothing is created, exit status 1.
    const QByteArray before = readFile(m_path);
    const Run cut = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                              QStringLiteral("New-SendConnector")},
                             QByteArray("cut.net\n\n"));
    QVERIFY(cut.finished);
    QCOMPARE(cut.exitCode, 1);
    QVERIFY(cut.err.contains(QStringLiteral("Name")));
    QCOMPARE(readFile(m_path), before);
}

void TestShellEndToEnd::scriptFile()
{
    const QString script = m_dir.filePath(QStringLiteral("connectors.ps1"));
    QVERIFY(writeFile(script, QByteArray("# Two connectors for the subsidiaries\n\n"
                                         "New-SendConnector -Name 'Sub One' -AddressSpaces one.contoso.com\n"
                                         "  # the second one through a smart host\n"
                                         "New-SendConnector -Name 'Sub Two' -AddressSpaces two.contoso.com "
                                         "-DNSRoutingEnabled $false -SmartHosts relay.contoso.com\n"
                                         "Get-SendConnector 'Sub Two' | fl\n")));
    const Run run = runShell({QStringLiteral("--organization"), m_path, script});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("SmartHosts                   : {relay.contoso.com}")));
    const Organization saved = load(m_path);
    QVERIFY(saved.connector(QStringLiteral("Sub One")));
    QVERIFY(saved.connector(QStringLiteral("Sub Two")));

    // A failing line: exit status 1, the other lines still run.
    QVERIFY(writeFile(script, QByteArray("New-SendConnector -Name 'Sub One' -AddressSpaces again.contoso.com\n"
                                         "New-SendConnector -Name 'Sub Three' -AddressSpaces three.contoso.com\n")));
    const Run failing = runShell({QStringLiteral("--organization"), m_path, script});
    QVERIFY(failing.finished);
    QCOMPARE(failing.exitCode, 1);
    QVERIFY(failing.err.contains(QStringLiteral("At line:1 char:1")));
    const Organization after = load(m_path);
    QVERIFY(after.connector(QStringLiteral("Sub Three")));
    QCOMPARE(after.connector(QStringLiteral("Sub One"))->addressSpaces.first().address, QStringLiteral("one.contoso.com"));
}

void TestShellEndToEnd::failingCommandExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid address space")
        << QStringList{QStringLiteral("-c"), QStringLiteral("New-SendConnector -Name X -AddressSpaces '*contoso.com'")}
        << QByteArray() << QStringLiteral("New-SendConnector : AddressSpaces");
    QTest::newRow("several problems")
        << QStringList{QStringLiteral("-c"), QStringLiteral("New-SendConnector -Name 'Contoso to Internet' "
                                                            "-AddressSpaces x.net -DNSRoutingEnabled $false")}
        << QByteArray() << QStringLiteral("New-SendConnector : SmartHosts");
    QTest::newRow("unknown cmdlet") << QStringList{QStringLiteral("-c"), QStringLiteral("Set-SendConnector X")}
                                    << QByteArray() << QStringLiteral("'Set-SendConnector' is not recognized");
    QTest::newRow("unknown parameter") << QStringList{QStringLiteral("-c"), QStringLiteral("Get-SendConnector -Foo")}
                                       << QByteArray() << QStringLiteral("Foo");
    QTest::newRow("remove without a terminal")
        << QStringList{QStringLiteral("-c"), QStringLiteral("Remove-SendConnector 'Contoso to Internet'")}
        << QByteArray("y\n") << QStringLiteral("-Confirm:$false");
    QTest::newRow("one failing line on standard input")
        << QStringList() << QByteArray("Get-SendConnector\nGet-SendConnector Nothing\nGet-SendConnector\n")
        << QStringLiteral("At line:2 char:1");
    QTest::newRow("subscribed Edge")
        << QStringList{QStringLiteral("--server"), QStringLiteral("EDGE01"), QStringLiteral("-c"),
                       QStringLiteral("New-SendConnector -Name X -AddressSpaces x.net")}
        << QByteArray() << QStringLiteral("Hub Transport server");
    QTest::newRow("missing script") << QStringList{QStringLiteral("no-such-script.ps1")} << QByteArray()
                                    << QStringLiteral("no-such-script.ps1");
}

void TestShellEndToEnd::failingCommandExitsOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const QByteArray before = readFile(m_path);
    const Run run = runShell(QStringList{QStringLiteral("--organization"), m_path} + arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(readFile(m_path), before);
}

void TestShellEndToEnd::commandLineErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("option without its value") << QStringList{QStringLiteral("--server")} << QStringLiteral("server");
    QTest::newRow("unknown version") << QStringList{QStringLiteral("--exchange-version"), QStringLiteral("2010"),
                                                    QStringLiteral("-c"), QStringLiteral("Get-SendConnector")}
                                     << QStringLiteral("2007 RTM, 2007 SP1");
    QTest::newRow("version of another organization")
        << QStringList{QStringLiteral("--exchange-version"), QStringLiteral("2007 RTM"), QStringLiteral("-c"),
                       QStringLiteral("Get-SendConnector")}
        << QStringLiteral("not Exchange 2007 RTM");
    QTest::newRow("unknown server") << QStringList{QStringLiteral("--server"), QStringLiteral("EX99"),
                                                   QStringLiteral("-c"), QStringLiteral("Get-SendConnector")}
                                    << QStringLiteral("EX99");
    QTest::newRow("empty operator") << QStringList{QStringLiteral("--as"), QStringLiteral(" "), QStringLiteral("-c"),
                                                   QStringLiteral("Get-SendConnector")}
                                    << QStringLiteral("--as needs an operator name");
    QTest::newRow("-c and a script") << QStringList{QStringLiteral("-c"), QStringLiteral("Get-SendConnector"),
                                                    QStringLiteral("script.ps1")}
                                     << QStringLiteral("not both");
    QTest::newRow("two scripts") << QStringList{QStringLiteral("a.ps1"), QStringLiteral("b.ps1")}
                                 << QStringLiteral("one script");
}

void TestShellEndToEnd::commandLineErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const QByteArray before = readFile(m_path);
    const Run run = runShell(QStringList{QStringLiteral("--organization"), m_path} + arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QCOMPARE(readFile(m_path), before);
}

void TestShellEndToEnd::helpAndVersion()
{
    const Run help = runShell({QStringLiteral("--help")});
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--organization", "--server", "--exchange-version", "--as", "-c", "script"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);

    const Run version = runShell({QStringLiteral("--version")});
    QVERIFY(version.finished);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("send-connector-shell ")));
}

void TestShellEndToEnd::passwordFromPipe()
{
    const QByteArray password("Pipe-Pa55word");
    const Run run = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                              QStringLiteral("New-SendConnector -Name Relay -AddressSpaces relay.net "
                                             "-DNSRoutingEnabled $false -SmartHosts 10.9.9.9 -SmartHostAuthMechanism "
                                             "BasicAuthRequireTLS -AuthenticationCredential (Get-Credential)")},
                             QByteArray("CONTOSO\\relay\n") + password + '\n');
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("User name: CONTOSO\\relay\nPassword for user CONTOSO\\relay: \n")));
    QVERIFY(!run.out.contains(QString::fromUtf8(password)));
    QVERIFY(!run.err.contains(QString::fromUtf8(password)));
    QVERIFY(!readFile(m_path).contains(password));
    const Organization saved = load(m_path);
    const SendConnector *created = saved.connector(QStringLiteral("Relay"));
    QVERIFY(created && created->authenticationCredential);
    QCOMPARE(created->authenticationCredential->userName, QStringLiteral("CONTOSO\\relay"));
}

void TestShellEndToEnd::passwordAtATerminalIsNotEchoed()
{
    const QByteArray password("Term-Pa55word");
    TerminalShell shell({QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.echoes());
    shell.type("New-SendConnector -Name Relay -AddressSpaces relay.net -DNSRoutingEnabled $false -SmartHosts "
               "10.9.9.9 -SmartHostAuthMechanism BasicAuthRequireTLS -AuthenticationCredential (Get-Credential)\n");
    QVERIFY(shell.waitFor(QStringLiteral("User name: ")));
    shell.type("CONTOSO\\relay\n");
    QVERIFY(shell.waitFor(QStringLiteral("Password for user CONTOSO\\relay: ")));
    QTRY_VERIFY_WITH_TIMEOUT(!shell.echoes(), ProcessTimeout); // off before the password is typed
    shell.type(password + '\n');
    QVERIFY2(shell.waitFor(QStringLiteral("Relay    {SMTP:relay.net;1} True")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.echoes()); // and on again afterwards
    shell.type("exit\n");
    QCOMPARE(shell.exitCode(), 0);
    QVERIFY2(!shell.output().contains(QString::fromUtf8(password)), qPrintable(shell.output()));
    QVERIFY(!readFile(m_path).contains(password));
    const Organization saved = load(m_path);
    const SendConnector *created = saved.connector(QStringLiteral("Relay"));
    QVERIFY(created && created->authenticationCredential);
    QCOMPARE(created->authenticationCredential->userName, QStringLiteral("CONTOSO\\relay"));
}

// Ctrl+D at a value prompt ends that answer, as in a Unix shell: the command fails, the line
// ends, and the shell's own prompt comes back; Ctrl+D there ends the session.
void TestShellEndToEnd::endOfInputAtATerminalPromptKeepsTheShell()
{
    const QByteArray before = readFile(m_path);
    TerminalShell shell({QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    shell.type("New-SendConnector\n");
    QVERIFY(shell.waitFor(QStringLiteral("AddressSpaces[0]: ")));
    shell.type("cut.net\n");
    QVERIFY(shell.waitFor(QStringLiteral("AddressSpaces[1]: ")));
    shell.type("\x04");
    QVERIFY2(shell.waitFor(QStringLiteral("\nNew-SendConnector : AddressSpaces: The input ended")), qPrintable(shell.output()));
    QVERIFY2(shell.waitFor(QStringLiteral("[PS] > ")), qPrintable(shell.output()));
    shell.type("Get-SendConnector 'Contoso to Internet'\n");
    QVERIFY2(shell.waitFor(QStringLiteral("Contoso to Internet {SMTP:*;1}")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    shell.type("\x04");
    QCOMPARE(shell.exitCode(), 1); // the interrupted New-SendConnector failed
    QCOMPARE(readFile(m_path), before);
}

// Without --organization the shell uses the same default file as send-connector-console.
void TestShellEndToEnd::defaultOrganizationFileIsTheConsoles()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());

    // Where the console looks: a fixed folder under the data home, whatever the program's name.
    const QByteArray previousData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    const QString consoleFile = OrganizationStore::defaultFilePath();
    QVERIFY(consoleFile.endsWith(QLatin1String("/send-connector-console/organization.json")));
    if (previousData.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previousData);
    QVERIFY(consoleFile.startsWith(data.path()));
    QVERIFY(!QFile::exists(consoleFile));

    const Run run = runShell({QStringLiteral("-c"), QStringLiteral("New-SendConnector -Name Default -AddressSpaces d.net")},
                             QByteArray(), environment);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(consoleFile));
    const Organization saved = load(consoleFile);
    QVERIFY(saved.connector(QStringLiteral("Default")));
    QCOMPARE(saved.sendConnectors.size(), OrganizationStore::sampleOrganization().sendConnectors.size() + 1);
}

// With role assignments in the file, --as names the operator (default: the login name).
void TestShellEndToEnd::operatorGivenWithAs()
{
    QFile roles(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"));
    QVERIFY(roles.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(m_path, roles.readAll()));
    const QByteArray before = readFile(m_path);
    const QString create = QStringLiteral("New-SendConnector -Name 'As Operator' -AddressSpaces as.example");

    // Neither the login name of a Unix account nor a bare name holds Exchange Organization Administrator.
    for (const QString &name : {QStringLiteral("root"), QStringLiteral("Administrator")}) {
        const Run denied = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--as"), name,
                                     QStringLiteral("-c"), create});
        QVERIFY(denied.finished);
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.startsWith(QStringLiteral("New-SendConnector : Operator: \"%1\" cannot create").arg(name)),
                 qPrintable(denied.err));
        QVERIFY(denied.err.contains(QStringLiteral("\"CONTOSO\\Administrator\"")));
        QCOMPARE(readFile(m_path), before);
    }

    // The default is the login name: USERDOMAIN\USERNAME when both are set, else USER.
    QProcessEnvironment unix = QProcessEnvironment::systemEnvironment();
    unix.remove(QStringLiteral("USERDOMAIN"));
    unix.insert(QStringLiteral("USER"), QStringLiteral("root"));
    const Run asLogin = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"), create}, {}, unix);
    QVERIFY(asLogin.finished);
    QCOMPARE(asLogin.exitCode, 1);
    QVERIFY2(asLogin.err.contains(QStringLiteral("\"root\" cannot create")), qPrintable(asLogin.err));
    QCOMPARE(readFile(m_path), before);

    QProcessEnvironment windows = unix;
    windows.insert(QStringLiteral("USERDOMAIN"), QStringLiteral("CONTOSO"));
    windows.insert(QStringLiteral("USERNAME"), QStringLiteral("Administrator"));
    const Run asDomainLogin = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                        QStringLiteral("Get-SendConnector 'Contoso to Internet'; ") + create},
                                       {}, windows);
    QVERIFY(asDomainLogin.finished);
    QVERIFY2(asDomainLogin.exitCode == 0, qPrintable(asDomainLogin.err));
    QVERIFY(load(m_path).connector(QStringLiteral("As Operator")));

    // The organization administrator removes it; on the Edge, only the Edge's administrator acts.
    const Run removed = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--as"),
                                  QStringLiteral("contoso\\administrator"), QStringLiteral("-c"),
                                  QStringLiteral("Remove-SendConnector 'As Operator' -Confirm:$false")});
    QVERIFY(removed.finished);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(!load(m_path).connector(QStringLiteral("As Operator")));

    const QByteArray beforeEdge = readFile(m_path);
    const QString createOnEdge = QStringLiteral("New-SendConnector -Name 'Edge As' -Usage Internet -AddressSpaces e.example");
    const Run edgeDenied = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--server"),
                                     QStringLiteral("EDGE02"), QStringLiteral("--as"),
                                     QStringLiteral("CONTOSO\\Administrator"), QStringLiteral("-c"), createOnEdge});
    QVERIFY(edgeDenied.finished);
    QCOMPARE(edgeDenied.exitCode, 1);
    QVERIFY2(edgeDenied.err.contains(QStringLiteral("\"EDGE02\\Administrator\"")), qPrintable(edgeDenied.err));
    QCOMPARE(readFile(m_path), beforeEdge);

    const Run edgeAllowed = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--server"),
                                      QStringLiteral("EDGE02"), QStringLiteral("--as"),
                                      QStringLiteral("EDGE02\\Administrator"), QStringLiteral("-c"), createOnEdge});
    QVERIFY(edgeAllowed.finished);
    QVERIFY2(edgeAllowed.exitCode == 0, qPrintable(edgeAllowed.err));
    QVERIFY(load(m_path).connector(QStringLiteral("Edge As"), QStringLiteral("EDGE02")));
}

// -Confirm written out reads its answer from standard input when it is not a terminal; the
// answer is echoed after the prompt, so that the output reads as a transcript.
void TestShellEndToEnd::confirmationThroughAPipe_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("changed");

    const QString newConfirm = SeedCommand + QStringLiteral(" -Confirm");
    const QString removeConfirm = QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)' -Confirm");
    QTest::newRow("New, y") << newConfirm << QByteArray("y\n") << 0 << true;
    QTest::newRow("New, empty line: the default") << newConfirm << QByteArray("\n") << 0 << true;
    QTest::newRow("New, n") << newConfirm << QByteArray("n\n") << 0 << false;
    QTest::newRow("New, ? then L") << newConfirm << QByteArray("?\nL\n") << 0 << false;
    QTest::newRow("New, end of input") << newConfirm << QByteArray() << 1 << false;
    QTest::newRow("Remove, A") << removeConfirm << QByteArray("A\n") << 0 << true;
    QTest::newRow("Remove, N") << removeConfirm << QByteArray("N\n") << 0 << false;
    QTest::newRow("Remove without -Confirm is refused")
        << QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)'") << QByteArray("y\n") << 1 << false;
}

void TestShellEndToEnd::confirmationThroughAPipe()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(bool, changed);

    const QByteArray before = readFile(m_path);
    const Run run = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"), command}, input);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    const QString choices = QStringLiteral(
        "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):");
    if (command.contains(QLatin1String("-Confirm"))) {
        QVERIFY2(run.out.startsWith(QStringLiteral("\nConfirm\nAre you sure you want to perform this action?\n")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(choices));
        if (!input.isEmpty()) // the first answer follows the prompt
            QVERIFY2(run.out.contains(choices + QString::fromUtf8(input.left(input.indexOf('\n') + 1))),
                     qPrintable(run.out));
    } else {
        QVERIFY2(run.err.contains(QStringLiteral("-Confirm:$false")), qPrintable(run.err));
    }
    if (changed)
        QVERIFY(readFile(m_path) != before);
    else
        QCOMPARE(readFile(m_path), before); // byte for byte
    const Organization saved = load(m_path);
    if (command.startsWith(QLatin1String("New")))
        QCOMPARE(saved.connector(SeedName) != nullptr, changed);
    else
        QCOMPARE(saved.connector(QStringLiteral("Northwind Traders (retired)")) == nullptr, changed);
}

// At a terminal the question is asked there: "?" explains the choices and asks again.
void TestShellEndToEnd::confirmationAtATerminal()
{
    const QByteArray before = readFile(m_path);
    TerminalShell shell({QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    const QString choices = QStringLiteral(
        "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):");

    shell.type("Remove-SendConnector 'Northwind Traders (retired)'\n");
    QVERIFY2(shell.waitFor(QStringLiteral("Confirm\nAre you sure you want to perform this action?\nRemoving Send "
                                          "connector \"Northwind Traders (retired)\".\n")
                           + choices),
             qPrintable(shell.output()));
    shell.type("?\n");
    QVERIFY2(shell.waitFor(QStringLiteral("L - Skip this operation and all subsequent operations.\n")),
             qPrintable(shell.output()));
    QVERIFY(shell.waitFor(choices));
    shell.type("n\n");
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QCOMPARE(readFile(m_path), before); // declined: byte for byte

    shell.type((SeedCommand + QStringLiteral(" -Confirm\n")).toUtf8());
    QVERIFY2(shell.waitFor(QStringLiteral("Creating Send connector \"Subsidiary Send Connector\".\n") + choices),
             qPrintable(shell.output()));
    shell.type("\n"); // the default: Yes
    QVERIFY2(shell.waitFor(QStringLiteral("Subsidiary Send Connector {SMTP:*.contoso.com;5, SMTP:*.fabrikam.com;8} "
                                          "True")),
             qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    shell.type("exit\n");
    QCOMPARE(shell.exitCode(), 0);
    const Organization saved = load(m_path);
    QVERIFY(saved.connector(SeedName));
    QVERIFY(saved.connector(QStringLiteral("Northwind Traders (retired)")));
}

QTEST_GUILESS_MAIN(TestShellEndToEnd)
#include "tst_shell_e2e.moc"
