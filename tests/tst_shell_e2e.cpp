#include "support/ModelTestSupport.h"
#include "support/ProgramRun.h"
#include "support/TerminalShell.h"
#include "ConnectorRules.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
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

using Run = ProgramRun;

Run runShell(const QStringList &arguments, const QByteArray &input = QByteArray(),
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(shellPath(), arguments, input, environment, ProcessTimeout);
}


// The shell's environment with the system locale set to `locale` (LANG, LC_ALL, LANGUAGE), as a
// German administrator's terminal has it; an empty locale is English (C).
QProcessEnvironment localeEnvironment(const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString value = locale.isEmpty() ? QStringLiteral("C.UTF-8") : locale;
    environment.insert(QStringLiteral("LANG"), value);
    environment.insert(QStringLiteral("LC_ALL"), value);
    environment.insert(QStringLiteral("LC_MESSAGES"), value);
    environment.insert(QStringLiteral("LANGUAGE"), value.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0));
    return environment;
}

// The German catalogue the shell loads (it is found beside the shell, as this test runs from the
// same bin/ folder), to know the German texts without repeating them here.
const QTranslator &germanCatalogue()
{
    static QTranslator *catalogue = [] {
        auto *translator = new QTranslator(QCoreApplication::instance());
        // An empty catalogue translates nothing: the tests comparing with it then fail.
        if (!translator->load(Translations::catalogueFile(QStringLiteral("de"))))
            qWarning("the German catalogue %s could not be loaded", qPrintable(Translations::catalogueFile(QStringLiteral("de"))));
        return translator;
    }();
    return *catalogue;
}

// A source text's German translation; empty when the catalogue lacks it or it equals the English.
QString german(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1)
{
    const QString text = germanCatalogue().translate(context, source, disambiguation, n);
    return text == QLatin1String(source) ? QString() : text;
}

// Whether `output` holds a message made from `text` with its %1, %2... filled in: every literal
// piece of the text between the placeholders appears, in order.
bool containsMessage(const QString &output, const QString &text)
{
    if (text.isEmpty())
        return false;
    qsizetype from = 0;
    for (const QString &piece : text.split(QRegularExpression(QStringLiteral("%L?[0-9n]")))) {
        if (piece.isEmpty())
            continue;
        const qsizetype at = output.indexOf(piece, from);
        if (at < 0)
            return false;
        from = at + piece.size();
    }
    return true;
}



Organization load(const QString &path)
{
    return OrganizationStore(path).load().value.value_or(Organization{});
}

} // namespace

// Runs bin/send-connector-shell as a separate process: the complete command of
// docs/domain-rules.md#worked-example and the interactive procedures of docs/shell-language.md
// through a pipe, scripts, exit statuses, and the file it saves.
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
    void lockTimeoutBoundsTheWait();
    void passwordFromPipe();
    void passwordAtATerminalIsNotEchoed();
    void endOfInputAtATerminalPromptKeepsTheShell();
    void defaultOrganizationFileIsTheConsoles();
    void operatorGivenWithAs();
    void confirmationThroughAPipe_data();
    void confirmationThroughAPipe();
    void confirmationAtATerminal();
    void scriptSyntaxErrorRunsNothing_data();
    void scriptSyntaxErrorRunsNothing();
    void continuationLines_data();
    void continuationLines();
    void continuationAtATerminal();
    void encodings_data();
    void encodings();
    void exitStatus_data();
    void exitStatus();
    void outputWriteFailure_data();
    void outputWriteFailure();
    void limits_data();
    void limits();
    void setThroughThePipeline();
    void testRouting();
    void languageGerman();
    void languageGermanHelp();
    void languageGermanPrompts();
    void languageFollowsTheSystemLocale_data();
    void languageFollowsTheSystemLocale();
    void unknownLanguageExitsTwo_data();
    void unknownLanguageExitsTwo();
    void missingCatalogue();

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

    // docs/shell-language.md#mandatory-parameters: type New-SendConnector, answer
    // AddressSpaces[0], [1]… then an empty line, then Name.
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
    QTest::newRow("unknown cmdlet") << QStringList{QStringLiteral("-c"), QStringLiteral("Enable-SendConnector X")}
                                    << QByteArray() << QStringLiteral("'Enable-SendConnector' is not recognized");
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
    const QString lockTimeoutRule = QStringLiteral("--lock-timeout needs a number of seconds from 0 to 86400");
    for (const char *value : {"soon", "-1", "86401", "", "nan", "inf", "1,5"}) {
        QTest::addRow("lock timeout \"%s\"", value)
            << QStringList{QStringLiteral("--lock-timeout"), QString::fromLatin1(value), QStringLiteral("-c"),
                           QStringLiteral("Get-SendConnector")}
            << QStringLiteral("%1 (for example 60 or 0.5), not \"%2\".").arg(lockTimeoutRule, QString::fromLatin1(value));
    }
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

// --lock-timeout SECONDS: how long a change waits for another writer; the failure names it.
void TestShellEndToEnd::lockTimeoutBoundsTheWait()
{
    const QByteArray before = readFile(m_path);
    QProcess holder;
    holder.start(QStringLiteral(SCC_BIN_DIR "/store_writer"),
                 {QStringLiteral("--hold-lock"), m_path, QString::number(ProcessTimeout)});
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    const Run blocked = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--lock-timeout"),
                                  QStringLiteral("0.2"), QStringLiteral("-c"),
                                  QStringLiteral("New-SendConnector -Name Blocked -Usage Custom -AddressSpaces blocked.com")});
    QVERIFY(blocked.finished);
    QCOMPARE(blocked.exitCode, 1);
    for (const QString &part : {QStringLiteral("is being changed by another program (store_writer, process %1")
                                    .arg(holder.processId()),
                                QStringLiteral("after waiting 0.2 seconds")})
        QVERIFY2(blocked.err.contains(part), qPrintable(blocked.err));
    QCOMPARE(readFile(m_path), before);

    // Once the holder ends, the same command with a generous timeout goes through at once.
    holder.kill();
    QVERIFY(holder.waitForFinished(ProcessTimeout));
    const Run created = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--lock-timeout"),
                                  QStringLiteral("60"), QStringLiteral("-c"),
                                  QStringLiteral("New-SendConnector -Name Blocked -Usage Custom -AddressSpaces blocked.com")});
    QVERIFY(created.finished);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(load(m_path).connector(QStringLiteral("Blocked")) != nullptr);
}

void TestShellEndToEnd::helpAndVersion()
{
    const Run help = runShell({QStringLiteral("--help")});
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--organization", "--server", "--exchange-version", "--as", "-c", "--lock-timeout",
                               "--dns-server", "--trust-ca", "script"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    // The product's own cmdlet is named, and said not to be Exchange's.
    QVERIFY2(help.out.contains(QLatin1String("Test-SendConnectorRouting -Recipient ADDRESS[,ADDRESS...] [-Server NAME] "
                                             "[-MessageSize SIZE] [-Explain]")),
             qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("a product extension, not an Exchange 2007 cmdlet")), qPrintable(help.out));
    QVERIFY2(help.out.simplified().contains(QLatin1String(
                 "Test-SendConnector [-Identity] NAME [-RecipientDomain DOMAIN] [-AuthenticationCredential "
                 "(Get-Credential)] [-TimeoutSeconds N] tests whether")),
             qPrintable(help.out));
    QVERIFY2(help.out.simplified().contains(QLatin1String("without sending any: a product extension too")),
             qPrintable(help.out));

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
    TerminalShell shell(shellPath(), {QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.echoes());
    QVERIFY(shell.type("New-SendConnector -Name Relay -AddressSpaces relay.net -DNSRoutingEnabled $false -SmartHosts "
               "10.9.9.9 -SmartHostAuthMechanism BasicAuthRequireTLS -AuthenticationCredential (Get-Credential)\n"));
    QVERIFY(shell.waitFor(QStringLiteral("User name: ")));
    QVERIFY(shell.type("CONTOSO\\relay\n"));
    QVERIFY(shell.waitFor(QStringLiteral("Password for user CONTOSO\\relay: ")));
    QTRY_VERIFY_WITH_TIMEOUT(!shell.echoes(), ProcessTimeout); // off before the password is typed
    QVERIFY(shell.type(password + '\n'));
    QVERIFY2(shell.waitFor(QStringLiteral("Relay    {SMTP:relay.net;1} True")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.echoes()); // and on again afterwards
    QVERIFY(shell.type("exit\n"));
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
    TerminalShell shell(shellPath(), {QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("New-SendConnector\n"));
    QVERIFY(shell.waitFor(QStringLiteral("AddressSpaces[0]: ")));
    QVERIFY(shell.type("cut.net\n"));
    QVERIFY(shell.waitFor(QStringLiteral("AddressSpaces[1]: ")));
    QVERIFY(shell.type("\x04"));
    QVERIFY2(shell.waitFor(QStringLiteral("\nNew-SendConnector : AddressSpaces: The input ended")), qPrintable(shell.output()));
    QVERIFY2(shell.waitFor(QStringLiteral("[PS] > ")), qPrintable(shell.output()));
    QVERIFY(shell.type("Get-SendConnector 'Contoso to Internet'\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("Contoso to Internet {SMTP:*;1}")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("\x04"));
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
    TerminalShell shell(shellPath(), {QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    const QString choices = QStringLiteral(
        "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):");

    QVERIFY(shell.type("Remove-SendConnector 'Northwind Traders (retired)'\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("Confirm\nAre you sure you want to perform this action?\nRemoving Send "
                                          "connector \"Northwind Traders (retired)\".\n")
                           + choices),
             qPrintable(shell.output()));
    QVERIFY(shell.type("?\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("L - Skip this operation and all subsequent operations.\n")),
             qPrintable(shell.output()));
    QVERIFY(shell.waitFor(choices));
    QVERIFY(shell.type("n\n"));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QCOMPARE(readFile(m_path), before); // declined: byte for byte

    QVERIFY(shell.type((SeedCommand + QStringLiteral(" -Confirm\n")).toUtf8()));
    QVERIFY2(shell.waitFor(QStringLiteral("Creating Send connector \"Subsidiary Send Connector\".\n") + choices),
             qPrintable(shell.output()));
    QVERIFY(shell.type("\n")); // the default: Yes
    QVERIFY2(shell.waitFor(QStringLiteral("Subsidiary Send Connector {SMTP:*.contoso.com;5, SMTP:*.fabrikam.com;8} "
                                          "True")),
             qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("exit\n"));
    QCOMPARE(shell.exitCode(), 0);
    const Organization saved = load(m_path);
    QVERIFY(saved.connector(SeedName));
    QVERIFY(saved.connector(QStringLiteral("Northwind Traders (retired)")));
}

// A syntax error anywhere in a script, even on its last line: nothing runs, the file is unchanged
// to the byte, and the error says where.
void TestShellEndToEnd::scriptSyntaxErrorRunsNothing_data()
{
    QTest::addColumn<QByteArray>("lastLine");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");

    QTest::newRow("open quote") << QByteArray("Get-SendConnector 'First") << QStringLiteral("has no closing quote")
                                << QStringLiteral("At line:3 char:19");
    QTest::newRow("open @(") << QByteArray("New-SendConnector -Name Second -AddressSpaces @('b.com'")
                             << QStringLiteral("has no closing ')'") << QStringLiteral("At line:3 char:47");
    QTest::newRow("trailing pipe") << QByteArray("Get-SendConnector |") << QStringLiteral("An empty pipe element")
                                   << QStringLiteral("At line:3 char:19");
    QTest::newRow("unexpected character") << QByteArray("Get-SendConnector 'a'b") << QStringLiteral("Unexpected character")
                                          << QStringLiteral("At line:3 char:22");
    QTest::newRow("variable") << QByteArray("Get-SendConnector $name") << QStringLiteral("is a variable")
                              << QStringLiteral("At line:3 char:19");
    QTest::newRow("too deep") << QByteArray("Get-SendConnector ") + QByteArray("@(").repeated(500)
                              << QStringLiteral("levels deep") << QStringLiteral("At line:3 char:");
}

void TestShellEndToEnd::scriptSyntaxErrorRunsNothing()
{
    QFETCH(QByteArray, lastLine);
    QFETCH(QString, code);
    QFETCH(QString, where);

    const QString script = m_dir.filePath(QStringLiteral("broken.ps1"));
    QVERIFY(writeFile(script, QByteArray("New-SendConnector -Name First -AddressSpaces first.com\n"
                                         "Remove-SendConnector 'Contoso to Internet' -Confirm:$false\n")
                                  + lastLine + '\n'));
    const QByteArray before = readFile(m_path);
    const Run run = runShell({QStringLiteral("--organization"), m_path, script});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(code), qPrintable(run.err));
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    QCOMPARE(readFile(m_path), before);
}

// A command goes on over several lines, in a script file, on standard input and in -c.
void TestShellEndToEnd::continuationLines_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QStringList>("addressSpaces");
    QTest::addColumn<QString>("comment");

    const QStringList two{QStringLiteral("a.com"), QStringLiteral("b.com")};
    QTest::newRow("backtick") << QByteArray("New-SendConnector -Name Cont `\n  -AddressSpaces a.com,b.com\n") << two
                              << QString();
    QTest::newRow("backtick, CRLF") << QByteArray("New-SendConnector -Name Cont `\r\n -AddressSpaces a.com,b.com\r\n")
                                    << two << QString();
    QTest::newRow("trailing comma") << QByteArray("New-SendConnector -Name Cont -AddressSpaces a.com,\n  b.com\n")
                                    << two << QString();
    QTest::newRow("open @(") << QByteArray("New-SendConnector -Name Cont -AddressSpaces @(\n  'a.com'\n\n  'b.com'\n)\n")
                             << two << QString();
    QTest::newRow("trailing pipe")
        << QByteArray("New-SendConnector -Name Cont -AddressSpaces a.com,b.com |\n\n  Format-List\n") << two
        << QString();
    QTest::newRow("open quote") << QByteArray("New-SendConnector -Name Cont -AddressSpaces a.com -Comment 'one\ntwo'\n")
                                << QStringList{QStringLiteral("a.com")} << QStringLiteral("one\ntwo");
}

void TestShellEndToEnd::continuationLines()
{
    QFETCH(QByteArray, command);
    QFETCH(QStringList, addressSpaces);
    QFETCH(QString, comment);

    const QByteArray sample = sampleBytes(Exchange::Version::Sp12007);
    const QString script = m_dir.filePath(QStringLiteral("continued.ps1"));
    QVERIFY(writeFile(script, command));
    const QList<QPair<QString, Run>> runs{
        {QStringLiteral("file"), runShell({QStringLiteral("--organization"), m_path, script})},
        {QStringLiteral("stdin"), (writeFile(m_path, sample), runShell({QStringLiteral("--organization"), m_path},
                                                                        command))},
        {QStringLiteral("-c"), (writeFile(m_path, sample),
                                runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                          QString::fromUtf8(command)}))},
    };
    for (const auto &[how, run] : runs) {
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(how + QLatin1String(": ") + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Cont")), qPrintable(how));
    }
    // The last run's file: each run started from the sample.
    const Organization organization = load(m_path); // the connector below points into it
    const SendConnector *created = organization.connector(QStringLiteral("Cont"));
    QVERIFY(created);
    QStringList saved;
    for (const AddressSpace &space : created->addressSpaces)
        saved.append(space.address);
    QCOMPARE(saved, addressSpaces);
    QCOMPARE(created->comment, comment);
}

// At a terminal the continuation prompt is ">> "; an empty line there ends the command.
void TestShellEndToEnd::continuationAtATerminal()
{
    TerminalShell shell(shellPath(), {QStringLiteral("--organization"), m_path});
    QVERIFY(shell.started());
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("New-SendConnector -Name Cont `\n"));
    QVERIFY(shell.waitFor(QStringLiteral(">> ")));
    QVERIFY(shell.type("-AddressSpaces @(\n"));
    QVERIFY(shell.waitFor(QStringLiteral(">> ")));
    QVERIFY(shell.type("'a.com',\n"));
    QVERIFY(shell.waitFor(QStringLiteral(">> ")));
    QVERIFY(shell.type("'b.com')\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("Cont     {SMTP:a.com;1, SMTP:b.com;1} True")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("Get-SendConnector |\n"));
    QVERIFY(shell.waitFor(QStringLiteral(">> ")));
    QVERIFY(shell.type("\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("An empty pipe element after the '|'")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("exit 4\n"));
    QCOMPARE(shell.exitCode(), 4);
    const Organization organization = load(m_path); // the connector below points into it
    const SendConnector *created = organization.connector(QStringLiteral("Cont"));
    QVERIFY(created);
    QCOMPARE(created->addressSpaces.size(), 2);
}

// Scripts and standard input in each encoding PowerShell reads.
void TestShellEndToEnd::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QString text = QStringLiteral("New-SendConnector -Name 'Caf\u00e9 \u20ac' -AddressSpaces cafe.com "
                                        "-Comment 'Gr\u00fc\u00dfe \u201cquoted\u201d'\n");
    const auto utf16 = [&text](bool little) {
        QByteArray bytes(little ? "\xFF\xFE" : "\xFE\xFF");
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xFF);
            bytes.append(little ? low : high);
            bytes.append(little ? high : low);
        }
        return bytes;
    };
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("UTF-16 LE") << utf16(true);
    QTest::newRow("UTF-16 BE") << utf16(false);
    QTest::newRow("Windows-1252") << QByteArray("New-SendConnector -Name 'Caf\xE9 \x80' -AddressSpaces cafe.com "
                                                "-Comment 'Gr\xFC\xDF" "e \x93quoted\x94'\n");
}

void TestShellEndToEnd::encodings()
{
    QFETCH(QByteArray, bytes);

    const QByteArray sample = sampleBytes(Exchange::Version::Sp12007);
    const QString script = m_dir.filePath(QStringLiteral("encoded.ps1"));
    QVERIFY(writeFile(script, bytes));
    for (const bool fromFile : {true, false}) {
        QVERIFY(writeFile(m_path, sample));
        const Run run = fromFile ? runShell({QStringLiteral("--organization"), m_path, script})
                                 : runShell({QStringLiteral("--organization"), m_path}, bytes);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Organization organization = load(m_path); // the connector below points into it
        const SendConnector *created = organization.connector(QStringLiteral("Caf\u00e9 \u20ac"));
        QVERIFY2(created, fromFile ? "script file" : "standard input");
        QCOMPARE(created->comment, QStringLiteral("Gr\u00fc\u00dfe \u201cquoted\u201d"));
    }
}

void TestShellEndToEnd::exitStatus_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("lastRan");

    QTest::newRow("exit 5") << QByteArray("exit 5\n") << 5 << false;
    QTest::newRow("exit alone after a failure is 0") << QByteArray("Get-SendConnector Nowhere\nexit\n") << 0 << false;
    QTest::newRow("no exit after a failure is 1") << QByteArray("Get-SendConnector Nowhere\n") << 1 << true;
    QTest::newRow("exit 256 keeps the low 8 bits") << QByteArray("exit 256\n") << 0 << false;
    QTest::newRow("exit -1") << QByteArray("exit -1\n") << 255 << false;
    QTest::newRow("exit abc is an error, the script goes on") << QByteArray("exit abc\n") << 1 << true;
    QTest::newRow("exit 2 3 is an error") << QByteArray("exit 2 3\n") << 1 << true;
}

void TestShellEndToEnd::exitStatus()
{
    QFETCH(QByteArray, script);
    QFETCH(int, status);
    QFETCH(bool, lastRan);

    const QByteArray text = script + "New-SendConnector -Name Last -AddressSpaces last.com\n";
    const QString path = m_dir.filePath(QStringLiteral("exit.ps1"));
    QVERIFY(writeFile(path, text));
    const QByteArray sample = sampleBytes(Exchange::Version::Sp12007);
    for (const bool fromFile : {true, false}) {
        QVERIFY(writeFile(m_path, sample));
        const Run run = fromFile ? runShell({QStringLiteral("--organization"), m_path, path})
                                 : runShell({QStringLiteral("--organization"), m_path}, text);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, status == 1 && lastRan ? 1 : status);
        QCOMPARE(bool(load(m_path).connector(QStringLiteral("Last"))), lastRan);
    }
    const Run dashC = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                QString::fromUtf8(script).trimmed()});
    QVERIFY(dashC.finished);
    QCOMPARE(dashC.exitCode, status);
}

// Results that cannot be written are an error exit (status 3, a message), never a silent 0.
void TestShellEndToEnd::outputWriteFailure_data()
{
    QTest::addColumn<bool>("closedPipe");
    QTest::newRow("closed pipe") << true;
    QTest::newRow("full disk (/dev/full)") << false;
}

void TestShellEndToEnd::outputWriteFailure()
{
    QFETCH(bool, closedPipe);
    if (!closedPipe && !QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("This system has no /dev/full");

    int out = -1;
    if (closedPipe) {
        int fds[2];
        QCOMPARE(pipe(fds), 0);
        close(fds[0]); // nobody reads: writing fails with EPIPE (and SIGPIPE)
        out = fds[1];
    } else {
        out = open("/dev/full", O_WRONLY);
    }
    QVERIFY(out >= 0);
    const QString errPath = m_dir.filePath(QStringLiteral("stderr.txt"));
    const QByteArray errFile = QFile::encodeName(errPath);
    const QByteArray program = QFile::encodeName(shellPath());
    const QByteArray organization = QFile::encodeName(m_path);
    const pid_t pid = fork();
    if (pid == 0) {
        const int err = open(errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int in = open("/dev/null", O_RDONLY);
        dup2(out, STDOUT_FILENO);
        dup2(err, STDERR_FILENO);
        dup2(in, STDIN_FILENO);
        signal(SIGPIPE, SIG_DFL); // as a shell starts it
        execl(program.constData(), program.constData(), "--organization", organization.constData(), "-c",
              "Get-SendConnector | fl", static_cast<char *>(nullptr));
        _exit(127);
    }
    close(out);
    QVERIFY(pid > 0);
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QVERIFY2(WIFEXITED(status), "killed by a signal instead of exiting with an error");
    QCOMPARE(WEXITSTATUS(status), 3);
    const QString err = QString::fromUtf8(readFile(errPath));
    QVERIFY2(err.startsWith(QStringLiteral("send-connector-shell: the output cannot be written: ")), qPrintable(err));
}

// No input crashes the shell or makes its error text or memory grow faster than the input.
void TestShellEndToEnd::limits_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("maximumErrorBytes");

    QByteArray words;
    for (int i = 0; i < 8000; ++i)
        words += " word" + QByteArray::number(i);
    QTest::newRow("8,000 stray words") << QByteArray("Get-SendConnector") + words + '\n' << 1
                                       << QStringLiteral("more problems are not shown") << qint64(words.size() + 20000);
    QTest::newRow("7,000 nested @(") << QByteArray("Get-SendConnector ") + QByteArray("@(").repeated(7000) + "x"
                                            + QByteArray(")").repeated(7000) + '\n'
                                     << 1 << QStringLiteral("levels deep") << qint64(1000);
    QTest::newRow("100,000 nested unary commas") << QByteArray("Get-SendConnector ") + QByteArray(",").repeated(100000)
                                                        + "x\n"
                                                 << 1 << QStringLiteral("levels deep") << qint64(1000);
    QByteArray spaces;
    QByteArray hosts;
    for (int i = 0; i < 100000; ++i) {
        spaces += (i ? "," : "") + QByteArray("d") + QByteArray::number(i) + ".example.com";
        hosts += (i ? "," : "") + QByteArray("h") + QByteArray::number(i) + ".example.net";
    }
    QTest::newRow("100,000 address spaces") << "New-SendConnector -Name Big -AddressSpaces " + spaces + '\n' << 0
                                            << QString() << qint64(0);
    QTest::newRow("100,000 smart hosts")
        << "New-SendConnector -Name Big -AddressSpaces big.com -DNSRoutingEnabled $false -SmartHosts " + hosts + '\n'
        << 0 << QString() << qint64(0);
    QTest::newRow("100,000 address spaces, one a line")
        << "New-SendConnector -Name Big -AddressSpaces `\n" + spaces.replace(',', ",\n") + '\n' << 0 << QString()
        << qint64(0);
    QTest::newRow("100,000 duplicate address spaces")
        << "New-SendConnector -Name Big -AddressSpaces " + QByteArray("same.com,").repeated(100000) + "same.com\n" << 1
        << QStringLiteral("listed more than once") << qint64(30000);
}

// The bound on the shell's peak memory for the limits() rows (inputs of about 2 MB; a release or
// debug build peaks near 120 MB). AddressSanitizer's shadow memory, red zones and quarantine of
// freed blocks multiply a process's resident size several times, so a sanitized build gets a
// proportionally larger bound.
#if defined(__SANITIZE_ADDRESS__)
constexpr long MaximumShellMemoryKB = 3 * 512 * 1024;
#else
constexpr long MaximumShellMemoryKB = 512 * 1024;
#endif

void TestShellEndToEnd::limits()
{
    QFETCH(QByteArray, script);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(qint64, maximumErrorBytes);

    // A command over 100,000 lines comes through standard input, read line by line: it must not
    // be parsed again at each line.
    const bool linesOnStandardInput = QByteArray(QTest::currentDataTag()).contains("one a line");
    const QString path = m_dir.filePath(QStringLiteral("limits.ps1"));
    QVERIFY(writeFile(path, script));
    const Run run = linesOnStandardInput ? runShell({QStringLiteral("--organization"), m_path}, script)
                                         : runShell({QStringLiteral("--organization"), m_path, path});
    QVERIFY2(run.finished, "the shell crashed or hung");
    QCOMPARE(run.exitCode, status);
    QVERIFY2(run.err.contains(message), qPrintable(run.err.left(2000)));
    QVERIFY2(run.err.toUtf8().size() <= maximumErrorBytes,
             qPrintable(QStringLiteral("%1 bytes of error text").arg(run.err.toUtf8().size())));
    // What is printed of a connector is cut after four entries, whatever its size.
    QVERIFY(run.out.size() < 2000);
    // The largest child so far: the shell's memory stays a small multiple of its input.
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    QVERIFY2(usage.ru_maxrss < MaximumShellMemoryKB, qPrintable(QStringLiteral("%1 KB").arg(usage.ru_maxrss)));
    if (status == 0)
        QVERIFY(load(m_path).connector(QStringLiteral("Big")));

    // Refused input is refused the same way through standard input. (Rows that write 100,000
    // entries run once: the store's write is not what is measured here.)
    if (status == 0)
        return;
    QVERIFY(writeFile(m_path, sampleBytes(Exchange::Version::Sp12007)));
    const Run piped = runShell({QStringLiteral("--organization"), m_path}, script);
    QVERIFY2(piped.finished, "the shell crashed or hung reading standard input");
    QCOMPARE(piped.exitCode, status);
    QVERIFY(piped.err.toUtf8().size() <= maximumErrorBytes);
    QCOMPARE(bool(load(m_path).connector(QStringLiteral("Big"))), status == 0);
}

// One process: Get-SendConnector piped into Set-SendConnector changes the connector and prints
// nothing; a refused change in a second process exits 1 and leaves the file byte for byte.
void TestShellEndToEnd::setThroughThePipeline()
{
    const QString name = QStringLiteral("Contoso to Internet");
    const SendConnector before = *load(m_path).connector(name);
    const Run run = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                              QStringLiteral("Get-SendConnector '%1' | Set-SendConnector -MaxMessageSize 20MB "
                                             "-Name 'Contoso Internet'")
                                  .arg(name)});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
    SendConnector expected = before;
    expected.name = QStringLiteral("Contoso Internet");
    expected.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    const Organization saved = load(m_path);
    QVERIFY(!saved.connector(name));
    QVERIFY(saved.connector(expected.name));
    QVERIFY(*saved.connector(expected.name) == expected);

    const QByteArray bytes = readFile(m_path);
    const Run refused = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                  QStringLiteral("Set-SendConnector 'Contoso Internet' -DNSRoutingEnabled $false")});
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Set-SendConnector : ")), qPrintable(refused.err));
    QCOMPARE(readFile(m_path), bytes);
}

// Test-SendConnectorRouting through the real binary: the records on standard output, status 0
// whatever the answer (Unreachable included), 1 when an address was invalid (the others are still
// answered), piped input from standard input, and the file never written.
void TestShellEndToEnd::testRouting()
{
    const QByteArray before = readFile(m_path);
    const Run answered = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                   QStringLiteral("Test-SendConnectorRouting kim@tailspintoys.com,zed@example.org "
                                                  "-MessageSize 15MB")});
    QVERIFY(answered.finished);
    QCOMPARE(answered.err, QString());
    QCOMPARE(answered.exitCode, 0);
    QCOMPARE(answered.out.count(QLatin1String("Result        : Unreachable\n")), 2);
    QVERIFY(answered.out.startsWith(QLatin1String("\nRecipient     : kim@tailspintoys.com\nServer        : EX01\n"
                                                  "MessageSize   : 15MB\nResult        : Unreachable\n"
                                                  "SendConnector :\n")));

    const Run withError = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                    QStringLiteral("Test-SendConnectorRouting kim@contoso.com,nobody,zed@example.org")});
    QVERIFY(withError.finished);
    QCOMPARE(withError.exitCode, 1);
    QVERIFY2(withError.err.startsWith(QLatin1String("Test-SendConnectorRouting : Recipient: The recipient \"nobody\"")),
             qPrintable(withError.err));
    QCOMPARE(withError.out.count(QLatin1String("\nRecipient     : ")), 2);
    QVERIFY(withError.out.contains(QLatin1String("Recipient     : zed@example.org\nServer        : EX01\n")));

    // Standard input: values piped to the cmdlet, from another site.
    const Run piped = runShell({QStringLiteral("--organization"), m_path, QStringLiteral("--server"),
                                QStringLiteral("EX03")},
                               "'zed@example.org' |\n  Test-SendConnectorRouting -Explain\n");
    QVERIFY(piped.finished);
    QCOMPARE(piped.err, QString());
    QCOMPARE(piped.exitCode, 0);
    QVERIFY2(piped.out.contains(QLatin1String("Server        : EX03\n")), qPrintable(piped.out));
    QVERIFY2(piped.out.contains(QLatin1String("Cost          : 11\n")), qPrintable(piped.out));
    QVERIFY2(piped.out.contains(QRegularExpression(QStringLiteral("\nContoso to Internet +SMTP:\\*;1 +EX01 +11 +Chosen\n"))),
             qPrintable(piped.out));

    // The shared helper agrees: an Unreachable answer is a success.
    QCOMPARE(ModelTestSupport::runShellCommand(m_path, QStringLiteral("Test-SendConnectorRouting zed@example.org "
                                                                      "-MessageSize 1GB")),
             QString());
    QCOMPARE(readFile(m_path), before);
}


// --language de: the shell's messages are German (docs/decisions.md#languages); cmdlet,
// parameter and property names and enum values stay as Exchange writes them.
void TestShellEndToEnd::languageGerman()
{
    const QString noParameter = german("CmdletBinder", "%1 has no parameter -%2. Its parameters are: %3.");
    QVERIFY2(!noParameter.isEmpty(), "the catalogue does not translate the text");
    const Run run = runShell({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--organization"),
                              m_path, QStringLiteral("-c"), QStringLiteral("Get-SendConnector -Frobnicate 1")},
                             QByteArray(), localeEnvironment(QString()));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(containsMessage(run.err, noParameter), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Get-SendConnector")), qPrintable(run.err)); // the cmdlet's name
    QVERIFY2(run.err.contains(QLatin1String("-Frobnicate")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("has no parameter")), qPrintable(run.err));

    // Output: property names and values are Exchange's, whatever the language.
    const Run list = runShell({QStringLiteral("--language=de"), QStringLiteral("--organization"), m_path,
                               QStringLiteral("-c"), QStringLiteral("Get-SendConnector | Format-List")},
                              QByteArray(), localeEnvironment(QString()));
    QVERIFY(list.finished);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("^Name +: "), QRegularExpression::MultilineOption)),
             qPrintable(list.out));
    QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("^Enabled +: (True|False)$"),
                                                  QRegularExpression::MultilineOption)),
             qPrintable(list.out));
}

// --help in German: the product's option descriptions and Qt's own words ("Usage:").
void TestShellEndToEnd::languageGermanHelp()
{
    const QString runs = german("main", "Runs this command line and exits.");
    const QString language = german("Translations", "language"); // the option's value name
    QVERIFY2(!runs.isEmpty() && !language.isEmpty(), "the catalogue does not translate the texts");
    const Run help = runShell({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")},
                              QByteArray(), localeEnvironment(QString()));
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.simplified().contains(runs), qPrintable(help.out)); // the column wraps it
    QVERIFY2(help.out.contains(QStringLiteral("--language <%1>").arg(language)), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QLatin1String("Runs this command line and exits.")), qPrintable(help.out));
    QVERIFY2(!help.out.startsWith(QLatin1String("Usage:")), qPrintable(help.out)); // qtbase's German
    for (const char *option : {"--organization", "--language", "-c", "--lock-timeout"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option); // options are never translated
}

// The confirmation and the credential prompts in German, answered with the German letters.
void TestShellEndToEnd::languageGermanPrompts()
{
    const QString confirm = german("ShellSession", "\nConfirm\nAre you sure you want to perform this action?\n%1\n");
    const QString choices = german("ShellSession", "[%1] Yes  [%2] Yes to All  [%3] No  [%4] No to All  [%5] "
                                                   "Suspend  [?] Help (default is \"%1\"):");
    const QString yes = germanCatalogue().translate("ShellSession", "Y", "confirmation choice letter: Yes");
    const QString userName = german("ShellSession", "User name: ");
    const QString password = german("ShellSession", "Password for user %1: ");
    QVERIFY2(!confirm.isEmpty() && !choices.isEmpty() && !userName.isEmpty() && !password.isEmpty(),
             "the catalogue does not translate the prompts");
    QVERIFY(!yes.isEmpty());

    const Run confirmed = runShell({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--organization"),
                                    m_path, QStringLiteral("-c"), SeedCommand + QStringLiteral(" -Confirm")},
                                   yes.toUtf8() + '\n', localeEnvironment(QString()));
    QVERIFY(confirmed.finished);
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QVERIFY2(containsMessage(confirmed.out, confirm), qPrintable(confirmed.out));
    QVERIFY2(containsMessage(confirmed.out, choices), qPrintable(confirmed.out));
    QVERIFY2(confirmed.out.contains(QLatin1Char('[') + yes + QLatin1Char(']')), qPrintable(confirmed.out));
    QVERIFY2(!confirmed.out.contains(QLatin1String("Are you sure")), qPrintable(confirmed.out));
    QVERIFY(load(m_path).connector(SeedName)); // the German "yes" was understood

    const Run credential = runShell(
        {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--organization"), m_path,
         QStringLiteral("-c"),
         QStringLiteral("New-SendConnector -Name Relay -AddressSpaces relay.net -DNSRoutingEnabled $false -SmartHosts "
                        "10.9.9.9 -SmartHostAuthMechanism BasicAuthRequireTLS -AuthenticationCredential "
                        "(Get-Credential)")},
        QByteArray("CONTOSO\\relay\nPa55-word\n"), localeEnvironment(QString()));
    QVERIFY(credential.finished);
    QVERIFY2(credential.exitCode == 0, qPrintable(credential.err));
    QVERIFY2(credential.out.startsWith(userName + QStringLiteral("CONTOSO\\relay\n")
                                       + QString(password).arg(QStringLiteral("CONTOSO\\relay"))),
             qPrintable(credential.out));
}

// Without --language the system locale decides; --language overrides it either way.
void TestShellEndToEnd::languageFollowsTheSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("language");
    QTest::addColumn<bool>("germanExpected");

    QTest::newRow("German locale") << QStringLiteral("de_DE.UTF-8") << QStringList() << true;
    QTest::newRow("Austrian locale") << QStringLiteral("de_AT.UTF-8") << QStringList() << true;
    QTest::newRow("German locale, --language en")
        << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("--language"), QStringLiteral("en")} << false;
    QTest::newRow("German locale, --language=EN")
        << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("--language=EN")} << false;
    QTest::newRow("English locale") << QStringLiteral("en_US.UTF-8") << QStringList() << false;
    QTest::newRow("French locale: English") << QStringLiteral("fr_FR.UTF-8") << QStringList() << false;
    QTest::newRow("C locale, --language de")
        << QString() << QStringList{QStringLiteral("--language"), QStringLiteral("de")} << true;
}

void TestShellEndToEnd::languageFollowsTheSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, language);
    QFETCH(bool, germanExpected);

    const char *english = "%1 has no parameter -%2. Its parameters are: %3.";
    const QString expected = germanExpected ? german("CmdletBinder", english) : QString::fromLatin1(english);
    QVERIFY2(!expected.isEmpty(), "the catalogue does not translate the text");
    const Run run = runShell(language + QStringList{QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                                    QStringLiteral("Get-SendConnector -Frobnicate 1")},
                             QByteArray(), localeEnvironment(locale));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(containsMessage(run.err, expected), qPrintable(run.err));
    QCOMPARE(run.err.contains(QLatin1String("has no parameter")), !germanExpected);
}

// A language the product does not speak is a command-line error, said in the language in use.
void TestShellEndToEnd::unknownLanguageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("value");

    QTest::newRow("fr") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")} << QStringLiteral("fr");
    QTest::newRow("=de_CH") << QStringList{QStringLiteral("--language=de_CH")} << QStringLiteral("de_CH");
    QTest::newRow("empty") << QStringList{QStringLiteral("--language="), QStringLiteral("-c"), QStringLiteral("x")}
                           << QString();
}

void TestShellEndToEnd::unknownLanguageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, value);

    const QByteArray before = readFile(m_path);
    const Run run = runShell(arguments + QStringList{QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                                                     SeedCommand},
                             QByteArray(), localeEnvironment(QStringLiteral("de_DE.UTF-8")));
    QVERIFY(run.finished);
    if (value.isEmpty()) { // "--language=" is no language: the system's is used
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        return;
    }
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("send-connector-shell: --language")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1Char('"') + value + QLatin1Char('"')), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("en, de")), qPrintable(run.err));
    QCOMPARE(readFile(m_path), before);
}

// The catalogues are found beside the program (bin/../share/send-connector-console/translations):
// a copy of the shell installed without them refuses a forced German and speaks English on a
// German system, saying why.
void TestShellEndToEnd::missingCatalogue()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
    const QString copy = prefix.filePath(QStringLiteral("bin/send-connector-shell"));
    QVERIFY(QFile::copy(shellPath(), copy));
    const QStringList command{QStringLiteral("--organization"), m_path, QStringLiteral("-c"),
                              QStringLiteral("Get-SendConnector -Frobnicate 1")};

    QProcess forced;
    forced.setProcessEnvironment(localeEnvironment(QString()));
    forced.start(copy, QStringList{QStringLiteral("--language"), QStringLiteral("de")} + command);
    QVERIFY(forced.waitForFinished(ProcessTimeout));
    const QString forcedError = QString::fromUtf8(forced.readAllStandardError());
    QCOMPARE(forced.exitCode(), 1);
    QVERIFY2(forcedError.startsWith(QStringLiteral("send-connector-shell: --language: ")), qPrintable(forcedError));
    QVERIFY2(forcedError.contains(prefix.filePath(QStringLiteral("share/send-connector-console/translations/"
                                                                "send-connector-console_de.qm"))),
             qPrintable(forcedError));

    QProcess system;
    system.setProcessEnvironment(localeEnvironment(QStringLiteral("de_DE.UTF-8")));
    system.start(copy, command);
    QVERIFY(system.waitForFinished(ProcessTimeout));
    const QString systemError = QString::fromUtf8(system.readAllStandardError());
    QCOMPARE(system.exitCode(), 1); // the command's own failure, told in English
    QVERIFY2(systemError.contains(QLatin1String("send-connector-console_de.qm")), qPrintable(systemError));
    QVERIFY2(systemError.contains(QLatin1String("has no parameter -Frobnicate")), qPrintable(systemError));
}

QTEST_GUILESS_MAIN(TestShellEndToEnd)
#include "tst_shell_e2e.moc"
