// Tests Test-SendConnector against real SMTP and DNS servers on loopback (the CTest fixtures
// smtp_servers and dns_server, tests/servers/): ShellSession in this process for each verdict as
// the shell prints it (one Format-List record per host, exactly the properties), the
// pipeline, the binder's errors and Ctrl+C (requestStop()); the send-connector-shell binary for
// exit statuses, Ctrl+C on a terminal, and that the password typed for (Get-Credential) is found
// in no file, no output and no history. Every connector points at 127.0.0.1, localhost or a .test
// domain that the test DNS servers resolve to loopback addresses.
#include "ConnectivityTest.h"
#include "OrganizationFile.h"
#include "ShellSession.h"

#include "support/ModelTestSupport.h"
#include "support/ProcessResources.h"
#include "support/ProgramRun.h"
#include "support/TerminalShell.h"
#include "support/TestServers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using Mechanism = Exchange::SmartHostAuthMechanism;
using ModelTestSupport::smtp;

namespace {

constexpr int ProcessTimeout = 60000; // ms; only a hung shell ever waits this long

// The properties of a record, exactly as issue 13 lists them, in this order.
const QStringList RecordProperties{"Host",           "Address",       "Port",   "Connected", "Banner", "StartTls",
                                   "Certificate",    "AuthMechanisms", "Authenticated", "Result", "Error"};

using Record = QList<std::pair<QString, QString>>;

// The Format-List records of an output: blocks of "Name : value" lines between blank lines.
QList<Record> recordsOf(const QString &output)
{
    QList<Record> records;
    Record current;
    static const QRegularExpression line(QStringLiteral("^(\\S+)\\s*: ?(.*)$"));
    for (const QString &text : output.split(QLatin1Char('\n'))) {
        if (text.trimmed().isEmpty()) {
            if (!current.isEmpty())
                records.append(current);
            current.clear();
            continue;
        }
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch())
            current.append({match.captured(1), match.captured(2)});
    }
    if (!current.isEmpty())
        records.append(current);
    return records;
}

QString valueOf(const Record &record, const QString &name)
{
    for (const auto &property : record) {
        if (property.first == name)
            return property.second;
    }
    return QStringLiteral("<missing>");
}

QStringList namesOf(const Record &record)
{
    QStringList names;
    for (const auto &property : record)
        names.append(property.first);
    return names;
}

// Threads of a process with the connectivity test's worker name, and its open sockets.
int workerThreads(pid_t pid = 0)
{
    return ProcessResources::threadCount(QString::fromLatin1(ConnectivityTest::WorkerThreadName), pid);
}

// Every thread's name, for failure messages.
QString threadNames(pid_t pid)
{
    return ProcessResources::threadNames(pid).join(QLatin1String(", "));
}

int openSockets(pid_t pid = 0)
{
    return ProcessResources::openSocketCount(pid);
}

QString shellPath()
{
    return QStringLiteral(SCC_BIN_DIR "/send-connector-shell");
}

using Run = ProgramRun;

Run runShell(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    return runProgram(shellPath(), arguments, input, environment, ProcessTimeout);
}


} // namespace

class TestShellTestConnectivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void verdicts_data();
    void verdicts();
    void pipelineTestsEachConnector();
    void formatListOnlyAndErrors_data();
    void formatListOnlyAndErrors();
    void wrongPasswordAndNoPrompt();
    void stopCancelsTheTest();
    void stopEndsTheScript();

    void exitStatus_data();
    void exitStatus();
    void passwordFoundNowhere_data();
    void passwordFoundNowhere();
    void ctrlCOnTheTerminal();

private:
    SendConnector smartHostConnector(const QString &name, const QString &host, const QString &endpoint) const;
    SendConnector dnsConnector(const QString &name, const QString &domain, const QString &endpoint) const;
    ShellOptions options() const;
    QStringList shellArguments() const;
    QProcessEnvironment environment(const QString &home) const;

    TestServers m_servers;
    QTemporaryDir m_dir;
    QString m_file;
};

SendConnector TestShellTestConnectivity::smartHostConnector(const QString &name, const QString &host,
                                                            const QString &endpoint) const
{
    SendConnector connector;
    connector.name = name;
    connector.addressSpaces = {smtp(name.toLower() + QStringLiteral(".example"))};
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {SmartHost{host == QLatin1String("127.0.0.1") ? SmartHost::Kind::IpAddress
                                                                         : SmartHost::Kind::Fqdn,
                                      host}};
    connector.port = m_servers.endpoint(endpoint).port;
    connector.fqdn = QStringLiteral("ex01.contoso.test");
    connector.sourceTransportServers = {QStringLiteral("EX01")};
    return connector;
}

SendConnector TestShellTestConnectivity::dnsConnector(const QString &name, const QString &domain,
                                                      const QString &endpoint) const
{
    SendConnector connector;
    connector.name = name;
    connector.addressSpaces = {smtp(domain)};
    connector.dnsRoutingEnabled = true;
    connector.port = m_servers.endpoint(endpoint).port;
    connector.fqdn = QStringLiteral("ex01.contoso.test");
    connector.sourceTransportServers = {QStringLiteral("EX01")};
    return connector;
}

void TestShellTestConnectivity::initTestCase()
{
    m_servers = TestServers::load();
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QVERIFY(m_dir.isValid());

    // The sample organization without its connectors; EX01 (the shell's server) asks the test's
    // external DNS server for connectors with UseExternalDNSServersEnabled.
    Organization organization = ModelTestSupport::sampleOrganization();
    organization.sendConnectors.clear();
    organization.localServer = QStringLiteral("EX01");
    organization.server(QStringLiteral("EX01"))->externalDnsServers = {QHostAddress(m_servers.externalDnsServer)};

    SendConnector tls = smartHostConnector(QStringLiteral("Tls"), QStringLiteral("127.0.0.1"), QStringLiteral("starttls"));
    tls.requireTls = true;
    SendConnector auth = smartHostConnector(QStringLiteral("Auth"), QStringLiteral("127.0.0.1"), QStringLiteral("starttls"));
    auth.smartHostAuthMechanism = Mechanism::BasicAuthRequireTLS;
    auth.authenticationCredential = AuthenticationCredential{m_servers.user};
    SendConnector noTls = smartHostConnector(QStringLiteral("NoTls"), QStringLiteral("127.0.0.1"), QStringLiteral("no-starttls"));
    noTls.requireTls = true;
    SendConnector expired = smartHostConnector(QStringLiteral("Expired"), QStringLiteral("127.0.0.1"), QStringLiteral("expired"));
    expired.requireTls = true;
    // Domain security belongs with DNS routing: a-only.test has no MX, so its own A record
    // (127.0.0.1) is the host; the wrong-name endpoint's certificate is issued to another name.
    SendConnector secure = dnsConnector(QStringLiteral("WrongNameSecure"), QStringLiteral("a-only.test"), QStringLiteral("wrong-name"));
    secure.domainSecureEnabled = true;
    SendConnector opportunistic = dnsConnector(QStringLiteral("WrongNameOpportunistic"), QStringLiteral("a-only.test"),
                                               QStringLiteral("wrong-name"));
    SendConnector external = dnsConnector(QStringLiteral("External"), QStringLiteral("external-only.test"), QStringLiteral("no-starttls"));
    external.useExternalDnsServersEnabled = true;
    SendConnector internal = dnsConnector(QStringLiteral("Internal"), QStringLiteral("external-only.test"), QStringLiteral("no-starttls"));
    SendConnector internet = dnsConnector(QStringLiteral("Internet"), QStringLiteral("*"), QStringLiteral("no-starttls"));
    organization.sendConnectors = {
        tls, auth, noTls, expired, secure, opportunistic, external, internal, internet,
        smartHostConnector(QStringLiteral("Closed"), QStringLiteral("127.0.0.1"), QStringLiteral("closed")),
        smartHostConnector(QStringLiteral("Silent"), QStringLiteral("127.0.0.1"), QStringLiteral("silent")),
    };
    m_file = m_dir.filePath(QStringLiteral("organization.json"));
    QVERIFY(ModelTestSupport::writeFile(m_file, OrganizationFile::serialize(organization)));

    // The file loads as written: every connector is valid.
    ShellSession session(options(), ShellIo{});
    const Problems problems = session.open();
    QVERIFY2(!hasErrors(problems), qPrintable(ModelTestSupport::describe(problems)));
}

ShellOptions TestShellTestConnectivity::options() const
{
    ShellOptions options;
    options.organizationPath = m_file;
    options.terminal = ShellTerminal::Detached;
    options.connectivity.dnsServers = {QHostAddress(m_servers.dnsServer)};
    options.connectivity.caCertificates = QSslCertificate::fromPath(m_servers.caFile);
    return options;
}

QStringList TestShellTestConnectivity::shellArguments() const
{
    return {QStringLiteral("--organization"), m_file, QStringLiteral("--dns-server"), m_servers.dnsServer,
            QStringLiteral("--trust-ca"), m_servers.caFile, QStringLiteral("--language"), QStringLiteral("en")};
}

QProcessEnvironment TestShellTestConnectivity::environment(const QString &home) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
            environment.insert(QString::fromLatin1(variable), home + QLatin1Char('/') + QString::fromLatin1(variable).toLower());
        environment.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    }
    return environment;
}

// One row per verdict of issue 13, as the shell prints it: the record of each host (every
// property, in order) and the command's success, warnings and error.
void TestShellTestConnectivity::verdicts_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("answers");      // lines read for prompts (user name, password)
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("port");         // the endpoint whose port every record shows
    QTest::addColumn<QString>("connected");
    QTest::addColumn<QString>("startTls");
    QTest::addColumn<QString>("authenticated");
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("certificate");     // the Certificate property is filled
    QTest::addColumn<QString>("error");        // a part of the first record's Error; empty: none
    QTest::addColumn<QString>("warning");      // a part of a WARNING line; empty: none
    QTest::addColumn<bool>("succeeded");

    // The test certificates name 127.0.0.1 too; "localhost" is not a smart host (not an FQDN).
    const QString localhost = QStringLiteral("127.0.0.1");
    const QString loopback = QStringLiteral("127.0.0.1");
    const QString none;
    QTest::newRow("STARTTLS, trusted certificate: success")
        << "Test-SendConnector Tls" << none << QStringList{localhost} << "starttls" << "True" << "Succeeded"
        << "NotRequired" << "Success" << true << none << none << true;
    QTest::newRow("AUTH after TLS, right password: success")
        << "Test-SendConnector Auth -AuthenticationCredential (Get-Credential)"
        << m_servers.user + QLatin1Char('\n') + m_servers.password + QLatin1Char('\n')
        << QStringList{localhost} << "starttls" << "True" << "Succeeded" << "Succeeded" << "Success" << true << none << none
        << true;
    QTest::newRow("AUTH, wrong password: failure")
        << "Test-SendConnector Auth -AuthenticationCredential (Get-Credential 'scc-test')"
        << m_servers.password + QStringLiteral("-wrong\n") << QStringList{localhost} << "starttls" << "True" << "Succeeded"
        << "Failed" << "Failure" << true << "127.0.0.1 rejected the credentials of scc-test: \"535" << none << false;
    QTest::newRow("Basic without a password: not tried, success with a warning")
        << "Test-SendConnector Auth" << none << QStringList{localhost} << "starttls" << "True" << "Succeeded"
        << "NotTried" << "Success" << true << none << "it was not tried because no password was given" << true;
    QTest::newRow("RequireTLS, no STARTTLS: failure")
        << "Test-SendConnector -Identity NoTls" << none << QStringList{localhost} << "no-starttls" << "True" << "NotOffered"
        << "NotRequired" << "Failure" << false << "127.0.0.1 does not offer STARTTLS, but the connector requires TLS."
        << none << false;
    QTest::newRow("expired certificate, TLS required: warning, success")
        << "Test-SendConnector Expired" << none << QStringList{localhost} << "expired" << "True" << "Succeeded"
        << "NotRequired" << "Success" << true << none << "The certificate of 127.0.0.1 is valid only from" << true;
    QTest::newRow("wrong name, domain security: failure")
        << "Test-SendConnector WrongNameSecure" << none << QStringList{"a-only.test"} << "wrong-name" << "True"
        << "Succeeded" << "NotRequired" << "Failure" << true
        << "Domain security (DomainSecureEnabled) accepts only a valid certificate." << none << false;
    QTest::newRow("wrong name, opportunistic TLS: warning, success")
        << "Test-SendConnector WrongNameOpportunistic" << none << QStringList{"a-only.test"} << "wrong-name" << "True"
        << "Succeeded" << "NotRequired" << "Success" << true << none
        << "The certificate of a-only.test is issued to other.invalid" << true;
    QTest::newRow("closed port: not connected")
        << "Test-SendConnector Closed" << none << QStringList{loopback} << "closed" << "False" << "NotRequired"
        << "NotRequired" << "Failure" << false << "127.0.0.1 refused the connection on port" << none << false;
    QTest::newRow("silent server, -TimeoutSeconds 1: timeout")
        << "Test-SendConnector Silent -TimeoutSeconds 1" << none << QStringList{loopback} << "silent" << "True"
        << "NotRequired" << "NotRequired" << "Failure" << false
        << QCoreApplication::translate("HostProbe", "%1 accepted the connection but sent no banner within %n second(s).",
                                       nullptr, 1)
               .arg(loopback)
        << none << false;
    QTest::newRow("DNS routing through the external DNS server")
        << "Test-SendConnector External" << none << QStringList{"mx.external-only.test"} << "no-starttls" << "True"
        << "NotOffered" << "NotRequired" << "Success" << false << none << none << true;
    QTest::newRow("DNS routing without external DNS servers: unknown domain")
        << "Test-SendConnector Internal" << none << QStringList{"external-only.test"} << "no-starttls" << "False"
        << "NotRequired" << "NotRequired" << "Failure" << false << "The domain external-only.test does not exist."
        << none << false;
    QTest::newRow("-RecipientDomain: both MX hosts in preference order")
        << "Test-SendConnector Internet -RecipientDomain mx-ok.test" << none
        << QStringList{"mx1.mx-ok.test", "mx2.mx-ok.test"} << "no-starttls" << "True" << "NotOffered" << "NotRequired"
        << "Success" << false << none << none << true;
}

void TestShellTestConnectivity::verdicts()
{
    QFETCH(QString, command);
    QFETCH(QString, answers);
    QFETCH(QStringList, hosts);
    QFETCH(QString, port);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    QFETCH(bool, succeeded);

    QString out;
    QString err;
    QStringList input = answers.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ShellIo io;
    io.out = [&out](const QString &text) { out += text; };
    io.err = [&err](const QString &text) { err += text; };
    io.readLine = [&input]() -> std::optional<QString> {
        if (input.isEmpty())
            return std::nullopt;
        return input.takeFirst();
    };
    io.readSecret = io.readLine;
    ShellSession session(options(), io);
    QCOMPARE(session.execute(command), succeeded);
    QVERIFY2(input.isEmpty(), qPrintable(input.join(QLatin1Char(','))));

    const QList<Record> records = recordsOf(out.mid(out.indexOf(QLatin1String("\nHost "))));
    QCOMPARE(records.size(), hosts.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        QCOMPARE(namesOf(record), RecordProperties);
        QCOMPARE(valueOf(record, QStringLiteral("Host")), hosts.at(i));
        QCOMPARE(valueOf(record, QStringLiteral("Port")), QString::number(m_servers.endpoint(port).port));
        QTEST(valueOf(record, QStringLiteral("Connected")), "connected");
        QTEST(valueOf(record, QStringLiteral("StartTls")), "startTls");
        QTEST(valueOf(record, QStringLiteral("Authenticated")), "authenticated");
        QTEST(valueOf(record, QStringLiteral("Result")), "result");
        QTEST(!valueOf(record, QStringLiteral("Certificate")).isEmpty(), "certificate");
        if (valueOf(record, QStringLiteral("Connected")) == QLatin1String("True")) {
            QCOMPARE(valueOf(record, QStringLiteral("Address")), QStringLiteral("127.0.0.1"));
            QCOMPARE(valueOf(record, QStringLiteral("Banner")), m_servers.endpoint(port).banner);
        }
        if (error.isEmpty())
            QCOMPARE(valueOf(record, QStringLiteral("Error")), QString());
        else
            QVERIFY2(valueOf(record, QStringLiteral("Error")).contains(error), qPrintable(out));
    }
    if (valueOf(records.value(0), QStringLiteral("StartTls")) == QLatin1String("Succeeded"))
        QVERIFY2(valueOf(records.value(0), QStringLiteral("Certificate")).contains(QLatin1String("issued by")), qPrintable(out));
    if (valueOf(records.value(0), QStringLiteral("Authenticated")) == QLatin1String("Succeeded"))
        QCOMPARE(valueOf(records.value(0), QStringLiteral("AuthMechanisms")),
                 QLatin1Char('{') + m_servers.endpoint(QStringLiteral("starttls")).authMechanisms.join(QStringLiteral(", ")) + QLatin1Char('}'));
    QVERIFY2(out.endsWith(QLatin1String("\n\n")), qPrintable(out)); // Format-List's closing blank line

    if (warning.isEmpty()) {
        QVERIFY2(!err.contains(QLatin1String("WARNING:")), qPrintable(err));
    } else {
        QVERIFY2(err.contains(QLatin1String("WARNING: ")) && err.contains(warning), qPrintable(err));
    }
    if (succeeded) {
        QVERIFY2(!err.contains(QLatin1String("Test-SendConnector : ")), qPrintable(err));
    } else {
        // One error, the connector's verdict in plain words, and where it happened.
        QVERIFY2(err.contains(QLatin1String("Test-SendConnector : Mail would not flow through connector ")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("At line:1 char:1")), qPrintable(err));
        QVERIFY(containsCode(session.lastProblems(), QStringLiteral("Shell.ConnectivityFailed")));
    }
    QTRY_COMPARE(workerThreads(), 0); // the worker ends right after its last host
}

// "Get-SendConnector | Test-SendConnector" tests each connector Get writes; the connector may
// also be asked for ("Identity: ") when neither is given.
void TestShellTestConnectivity::pipelineTestsEachConnector()
{
    QString out;
    QString err;
    QStringList input{QStringLiteral("NoTls")};
    ShellIo io;
    io.out = [&out](const QString &text) { out += text; };
    io.err = [&err](const QString &text) { err += text; };
    io.readLine = [&input]() -> std::optional<QString> {
        if (input.isEmpty())
            return std::nullopt;
        return input.takeFirst();
    };
    ShellSession session(options(), io);
    QVERIFY(session.execute(QStringLiteral("Get-SendConnector Tls | Test-SendConnector | Format-List")));
    QList<Record> records = recordsOf(out);
    QCOMPARE(records.size(), 1);
    QCOMPARE(valueOf(records.first(), QStringLiteral("Result")), QStringLiteral("Success"));

    out.clear();
    QVERIFY(!session.execute(QStringLiteral("Test-SendConnector")));
    QVERIFY2(out.contains(QLatin1String("Supply values for the following parameters:\nIdentity: NoTls\n")), qPrintable(out));
    records = recordsOf(out.mid(out.indexOf(QLatin1String("\nHost "))));
    QCOMPARE(records.size(), 1);
    QCOMPARE(valueOf(records.first(), QStringLiteral("StartTls")), QStringLiteral("NotOffered"));
}

void TestShellTestConnectivity::formatListOnlyAndErrors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("not found") << "Test-SendConnector Nothing" << "Shell.ConnectorNotFound"
                               << "The Send connector \"Nothing\" was not found on EX01.";
    QTest::newRow("wildcard") << "Test-SendConnector 'No*'" << "Shell.WildcardIdentity" << "Did you mean \"NoTls\"?";
    QTest::newRow("a table of records") << "Test-SendConnector Tls | Format-Table" << "Shell.UnsupportedPipeline"
                                        << "Test-SendConnector shows its records as a list";
    QTest::newRow("piped and -Identity") << "Get-SendConnector Tls | Test-SendConnector Tls" << "Binding.PipelineInput"
                                         << "either from the pipeline or from -Identity, not both";
    QTest::newRow("-WhatIf") << "Test-SendConnector Tls -WhatIf" << "Binding.UnknownParameter"
                             << "Test-SendConnector has no parameter -WhatIf.";
    QTest::newRow("timeout out of range") << "Test-SendConnector Tls -TimeoutSeconds 601" << "Binding.InvalidValue"
                                          << "Cannot bind parameter 'TimeoutSeconds': '601' is not a valid value.";
    QTest::newRow("DNS routing without a domain") << "Test-SendConnector Internet" << "Shell.ConnectivityFailed"
                                                  << "routes by DNS but names no single domain";
}

void TestShellTestConnectivity::formatListOnlyAndErrors()
{
    QFETCH(QString, command);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QString out;
    QString err;
    ShellIo io;
    io.out = [&out](const QString &text) { out += text; };
    io.err = [&err](const QString &text) { err += text; };
    ShellSession session(options(), io);
    QVERIFY(!session.execute(command));
    QVERIFY2(containsCode(session.lastProblems(), code), qPrintable(ModelTestSupport::describe(session.lastProblems())));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!out.contains(QLatin1String("Host ")), qPrintable(out)); // nothing was tested
}

// A wrong password fails authentication; without -AuthenticationCredential nothing is asked
// even when input is there to read.
void TestShellTestConnectivity::wrongPasswordAndNoPrompt()
{
    QString out;
    QStringList input{QStringLiteral("would be read")};
    ShellIo io;
    io.out = [&out](const QString &text) { out += text; };
    io.readLine = [&input]() -> std::optional<QString> {
        if (input.isEmpty())
            return std::nullopt;
        return input.takeFirst();
    };
    io.readSecret = io.readLine;
    ShellSession session(options(), io);
    QVERIFY(session.execute(QStringLiteral("Test-SendConnector Auth")));
    QCOMPARE(input.size(), 1);
    QVERIFY(!out.contains(QLatin1String("Password")));
    QCOMPARE(valueOf(recordsOf(out).value(0), QStringLiteral("Authenticated")), QStringLiteral("NotTried"));
}

// requestStop() while the test waits for a silent server: cancelled at once, no worker thread and
// no socket left, the command fails with Shell.Stopped and prints no record.
void TestShellTestConnectivity::stopCancelsTheTest()
{
    QTRY_COMPARE(workerThreads(), 0); // no earlier test's
    const int socketsBefore = openSockets();
    QString out;
    QString err;
    ShellIo io;
    io.out = [&out](const QString &text) { out += text; };
    io.err = [&err](const QString &text) { err += text; };
    ShellSession *current = nullptr;
    QTimer watch;
    bool sawConnection = false;
    watch.setInterval(5);
    // Stops once the worker thread runs and the connection to the silent server is open (or
    // after 30 s, when the test has failed anyway).
    QDeadlineTimer deadline(30000);
    connect(&watch, &QTimer::timeout, this, [&] {
        sawConnection = workerThreads() >= 1 && openSockets() > socketsBefore;
        if (sawConnection || deadline.hasExpired()) {
            watch.stop();
            current->requestStop();
        }
    });
    QList<bool> waiting;
    io.waiting = [&](bool on) {
        waiting.append(on);
        if (on)
            watch.start();
    };
    ShellSession session(options(), io);
    current = &session;
    QVERIFY(!session.isWaiting());
    QVERIFY(!session.execute(QStringLiteral("Test-SendConnector Silent -TimeoutSeconds 600")));
    QVERIFY(sawConnection);
    QCOMPARE(waiting, (QList<bool>{true, false}));
    QVERIFY(containsCode(session.lastProblems(), QStringLiteral("Shell.Stopped")));
    QVERIFY2(err.contains(QLatin1String("Test-SendConnector : The test of Send connector \"Silent\" was stopped")), qPrintable(err));
    QVERIFY2(!out.contains(QLatin1String("Host ")), qPrintable(out));
    QCOMPARE(openSockets(), socketsBefore);
    // The worker has finished (QThread::wait() returned); the kernel lets its task go a moment later.
    QTRY_COMPARE(workerThreads(), 0);
    QVERIFY(!session.isWaiting());
    session.requestStop(); // nothing waits: nothing happens
    QVERIFY(session.execute(QStringLiteral("Get-SendConnector Tls")));
}

// A stop ends the script, as Ctrl+C does in PowerShell: the commands after it do not run.
void TestShellTestConnectivity::stopEndsTheScript()
{
    QString out;
    ShellIo io;
    io.out = [&out](const QString &text) { out += text; };
    ShellSession *current = nullptr;
    io.waiting = [&](bool on) {
        if (on)
            QTimer::singleShot(0, [&] { current->requestStop(); });
    };
    QTRY_COMPARE(workerThreads(), 0);
    ShellSession session(options(), io);
    current = &session;
    QCOMPARE(session.runScript(QStringLiteral("Test-SendConnector Silent -TimeoutSeconds 600\nGet-SendConnector Tls\n")), 1);
    QVERIFY2(!out.contains(QLatin1String("Tls")), qPrintable(out));
    QTRY_COMPARE(workerThreads(), 0);
}

void TestShellTestConnectivity::exitStatus_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("records");
    QTest::newRow("every host succeeds") << "Test-SendConnector Tls" << 0 << 1;
    QTest::newRow("a host fails") << "Test-SendConnector NoTls" << 1 << 1;
    QTest::newRow("the last command succeeds, an earlier one failed") << "Test-SendConnector NoTls; Test-SendConnector Tls"
                                                                      << 1 << 2;
    QTest::newRow("exit after a failure") << "Test-SendConnector Closed; exit 0" << 0 << 1;
    QTest::newRow("one of two MX hosts") << "Test-SendConnector Internet -RecipientDomain mx-ok.test" << 0 << 2;
    QTest::newRow("binding error") << "Test-SendConnector Tls -TimeoutSeconds 0" << 1 << 0;
}

void TestShellTestConnectivity::exitStatus()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(int, records);
    const Run run = runShell(shellArguments() << QStringLiteral("-c") << command, QByteArray(), environment(QString()));
    QVERIFY2(run.finished, qPrintable(run.err));
    QVERIFY2(run.exitCode == status, qPrintable(QStringLiteral("status %1\n%2%3").arg(run.exitCode).arg(run.out, run.err)));
    const QList<Record> printed = recordsOf(run.out);
    QCOMPARE(printed.size(), records);
    for (const Record &record : printed)
        QCOMPARE(namesOf(record), RecordProperties);
}

void TestShellTestConnectivity::passwordFoundNowhere_data()
{
    QTest::addColumn<bool>("right");
    QTest::addColumn<int>("status");
    QTest::newRow("right password") << true << 0;
    QTest::newRow("wrong password") << false << 1;
}

// The password typed for (Get-Credential), read from standard input as the shell reads it, is in
// no file under the run's HOME and XDG folders (history, settings, caches, the organization
// file), and in neither output; the organization keeps only the user name.
void TestShellTestConnectivity::passwordFoundNowhere()
{
    QFETCH(bool, right);
    QFETCH(int, status);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("tmp")));
    const QString file = home.filePath(QStringLiteral("organization.json"));
    QVERIFY(QFile::copy(m_file, file));
    const QString password = right ? m_servers.password : m_servers.password + QStringLiteral("-wrong");
    QStringList arguments = shellArguments();
    arguments[1] = file;
    const QByteArray input = QStringLiteral("Get-SendConnector Auth | Test-SendConnector -AuthenticationCredential "
                                            "(Get-Credential)\n%1\n%2\nGet-SendConnector Auth | Format-List\n")
                                 .arg(m_servers.user, password)
                                 .toUtf8();
    const Run run = runShell(arguments, input, environment(home.path()));
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, status);
    QCOMPARE(valueOf(recordsOf(run.out.mid(run.out.indexOf(QLatin1String("\nHost ")))).value(0), QStringLiteral("Authenticated")),
             right ? QStringLiteral("Succeeded") : QStringLiteral("Failed"));

    const QList<QByteArray> secrets{password.toUtf8(), password.toUtf8().toBase64(),
                                    QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2),
                                    QByteArray('\0' + m_servers.user.toUtf8() + '\0' + password.toUtf8()).toBase64()};
    for (const QByteArray &secret : secrets) {
        QVERIFY2(!run.out.toUtf8().contains(secret), qPrintable(run.out));
        QVERIFY2(!run.err.toUtf8().contains(secret), qPrintable(run.err));
    }
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QByteArray bytes = ModelTestSupport::readFile(path);
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret), qPrintable(path));
    }
    QVERIFY(files >= 1); // the organization file at least was searched
    QVERIFY(ModelTestSupport::readFile(file).contains(m_servers.user.toUtf8()));
}

// Ctrl+C on a terminal while the test waits for a silent server stops that test (no worker
// thread, no socket left in the shell's process) and returns to the prompt; the shell goes on.
void TestShellTestConnectivity::ctrlCOnTheTerminal()
{
    TerminalShell shell(shellPath(), shellArguments(), environment(QString()));
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("Test-SendConnector Silent -TimeoutSeconds 600 -Verbose\n"));
    QVERIFY(shell.waitFor(QStringLiteral("VERBOSE: Test-SendConnector : Testing the next hops of Send connector \"Silent\".")));
    QTRY_COMPARE_WITH_TIMEOUT(workerThreads(shell.pid()), 1, ProcessTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(openSockets(shell.pid()) >= 1, ProcessTimeout);
    QVERIFY(shell.type("\x03"));
    QVERIFY2(shell.waitFor(QStringLiteral("Test-SendConnector : The test of Send connector \"Silent\" was stopped")),
             qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QCOMPARE(openSockets(shell.pid()), 0);
    QTRY_VERIFY2(workerThreads(shell.pid()) == 0, qPrintable(threadNames(shell.pid())));
    QVERIFY(shell.type("Test-SendConnector Tls\n"));
    QVERIFY(shell.waitFor(QStringLiteral("Result         : Success")));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    // Ctrl+C at the prompt still ends the shell, as it always has.
    QVERIFY(shell.type("\x03"));
    QCOMPARE(shell.exitCode(), -1); // ended by SIGINT
}

QTEST_GUILESS_MAIN(TestShellTestConnectivity)
#include "tst_shell_testconnectivity.moc"
