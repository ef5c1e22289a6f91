// send-connector-shell: runs Exchange Management Shell Send connector cmdlets against an
// organization file or an organization in an LDAP directory, from -c, a script file or standard input.
#include "CredentialStore.h"
#include "DirectoryLogins.h"
#include "ExchangeTypes.h"
#include "OperatorPermissions.h"
#include "OrganizationLocation.h"
#include "OrganizationStore.h"
#include "ScriptDecoder.h"
#include "ShellSession.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Exit statuses: every command succeeded / some command failed / the command line was wrong /
// the output could not be written (a closed pipe, a full disk). "exit N" gives N.
enum ExitStatus { Succeeded = 0, Failed = 1, UsageError = 2, OutputError = 3 };

// The longest --lock-timeout: a day, far beyond any write, and within an int of milliseconds.
constexpr int MaximumLockTimeout = 86400; // seconds

// The shell's own texts are in the context "main": lupdate finds only literal contexts.
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    if (std::fflush(stream) == 0 && written)
        return;
    if (stream != stdout)
        return; // nowhere left to say it
    // A closed pipe or a full disk: the results are lost, so the run has failed. SIGPIPE is
    // ignored (see main) so that this is said instead of the process vanishing silently.
    const int error = errno;
    const QByteArray message = QStringLiteral("send-connector-shell: %1: %2.\n")
                                   .arg(translate("main", "the output cannot be written"),
                                        QString::fromLocal8Bit(std::strerror(error)))
                                   .toUtf8();
    std::fwrite(message.constData(), 1, size_t(message.size()), stderr);
    std::fflush(stderr);
    std::_Exit(OutputError);
}

// Standard input, decoded as PowerShell reads it (ScriptDecoder) and handed out line by line.
ScriptDecoder input;
bool inputEnded = false;

std::optional<QString> readLine()
{
    for (;;) {
        if (std::optional<QString> line = input.takeLine())
            return line;
        if (inputEnded)
            return input.takeRest();
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (std::optional<QString> rest = input.takeRest())
                return rest;
            // Ctrl+D on a terminal ends only the answer being asked for: the shell's own prompt
            // reads again (and ends the session on a Ctrl+D of its own). A pipe's end stays the end.
            if (!isatty(STDIN_FILENO))
                inputEnded = true;
            return std::nullopt;
        }
        input.append(QByteArrayView(buffer, n));
        // Text ended by Ctrl+D instead of Enter arrives without a line break: it is a line.
        if (isatty(STDIN_FILENO) && buffer[n - 1] != '\n') {
            if (std::optional<QString> line = input.takeLine())
                return line;
            return input.takeRest();
        }
    }
}

// Restored when a password prompt is interrupted, so that the terminal does not stay silent.
struct termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

void restoreTerminalAndExit(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::_Exit(128 + signal);
}

// A password: without echo on a terminal, as a plain line otherwise (pipes, tests).
std::optional<QString> readSecret()
{
    ProcessProtection::disableCoreDumps(); // from now on the process holds a password
    if (!isatty(STDIN_FILENO))
        return readLine();
    if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return readLine();
    struct termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    const auto previousHandler = std::signal(SIGINT, restoreTerminalAndExit);
    echoIsOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::optional<QString> password = readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    echoIsOff = 0;
    std::signal(SIGINT, previousHandler);
    write(stdout, QStringLiteral("\n")); // the Enter the user typed was not echoed
    return password;
}

// Ctrl+C while a command waits on the network (Test-SendConnector) stops that command through
// ShellSession::requestStop(), by a byte on this pipe that the event loop reads; at any other time
// it ends the shell, as it always has.
int interruptPipe[2] = {-1, -1};
volatile std::sig_atomic_t waitingOnNetwork = 0;

void interrupted(int signal)
{
    if (waitingOnNetwork && interruptPipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &byte, 1);
        return;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void printProblems(const Problems &problems)
{
    for (const Problem &problem : problems)
        write(stderr, QStringLiteral("send-connector-shell: ") + problem.toString() + QLatin1Char('\n'));
}

// Overwrites a password's characters before the string is released.
void wipe(QString &text)
{
    text.fill(QChar(0));
    text.clear();
}

int usageError(const QString &message)
{
    write(stderr, QStringLiteral("send-connector-shell: ") + message + QLatin1Char('\n')
                      + translate("main", "Try 'send-connector-shell --help' for more information.") + QLatin1Char('\n'));
    return UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that closes the pipe early must not end the shell silently: writing then fails
    // with EPIPE, which write() reports.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("send-connector-shell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QString languageError;
    const QString language = Translations::requestedLanguage(QCoreApplication::arguments());
    if (!Translations::install(app, language, &languageError)) {
        if (Translations::languages().contains(language.toLower())) { // spoken, but its catalogue is missing
            write(stderr, QStringLiteral("send-connector-shell: ") + languageError + QLatin1Char('\n'));
            return Failed;
        }
        return usageError(languageError);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("main", "Runs Exchange Management Shell Send connector cmdlets (New-SendConnector, Get-SendConnector, "
                  "Set-SendConnector, Remove-SendConnector) against an organization file or an organization in an "
                  "LDAP directory.\n"
                  "Test-SendConnectorRouting -Recipient ADDRESS[,ADDRESS...] [-Server NAME] [-MessageSize SIZE] "
                  "[-Explain] shows which Send connector takes mail to each recipient: a product extension, not an "
                  "Exchange 2007 cmdlet. It changes nothing and exits with 0 whatever the answer.\n"
                  "Test-SendConnector [-Identity] NAME [-RecipientDomain DOMAIN] [-AuthenticationCredential "
                  "(Get-Credential)] [-TimeoutSeconds N] tests whether the connector's smart hosts or MX hosts accept "
                  "mail as it is configured, without sending any: a product extension too. It fails (exit status 1) "
                  "unless every host succeeds; Ctrl+C stops it.\n"
                  "Export-Organization [-Path] FILE [-Force] writes the organization to a JSON organization file, and "
                  "Import-Organization [-Path] FILE creates the organization of a JSON file where --organization points "
                  "(an empty directory, or a new file): product extensions too, to move an organization between a file "
                  "and a directory.\n"
                  "Without -c or a script, commands are read from standard input.\n"
                  "Type Get-Help <cmdlet> [-Full|-Examples], or <cmdlet> -?, for the help of a cmdlet.\n"
                  "Exit status: N after \"exit N\", else 0 when every command succeeded, 1 when one failed, 2 for a "
                  "wrong command line, 3 when the output could not be written."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption organizationOption(
        QStringLiteral("organization"),
        translate("main", "The organization file (default: your copy of the sample organization, shared with "
                  "send-connector-console), or the organization in an LDAP directory: ldap://host[:port]/BASE-DN, "
                  "ldaps://host[:port]/BASE-DN, ldapi://SOCKET/BASE-DN (the socket path URL-encoded; empty for the "
                  "default one), ?x-starttls after the base DN for StartTLS on ldap://. For failover, list the "
                  "servers before one base DN (ldap://a,ldap://b/dc=contoso,dc=com) or repeat the option: the servers "
                  "are tried in order."),
        translate("main", "file|uri"));
    const QCommandLineOption bindDnOption(
        QStringLiteral("bind-dn"),
        translate("main", "Binds to the directory as this DN; its password is asked for (without echo at a "
                  "terminal; from a pipe, the first line of standard input is the password and the commands follow). "
                  "The password is kept in memory for the session only. Without --bind-dn, ldapi:// binds as your "
                  "own account (SASL EXTERNAL) and ldap:// or ldaps:// anonymously."),
        translate("main", "dn"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          translate("main", "The server the shell runs on (default: the file's local "
                                                    "server). On an Edge Transport server, its own connectors."),
                                          translate("main", "name"));
    const QCommandLineOption versionOverrideOption(
        QStringLiteral("exchange-version"),
        translate("main", "The Exchange version to behave as: \"2007 RTM\" or \"2007 SP1\" (default: the file's)."),
        translate("main", "version"));
    const QString loginName = OperatorPermissions::currentOperator();
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        (loginName.isEmpty() ? translate("main", "The operator the commands run as, checked against the organization "
                                         "file's role assignments (default: your login name; none is set).")
                             : translate("main", "The operator the commands run as, checked against the organization "
                                         "file's role assignments (default: your login name, %1).")
                                   .arg(loginName))
            + QLatin1Char(' ') + translate("main", "Give a domain account in full, e.g. 'CONTOSO\\Administrator'."),
        translate("main", "name"));
    const QCommandLineOption commandOption(QStringLiteral("c"), translate("main", "Runs this command line and exits."),
                                           translate("main", "command"));
    const QCommandLineOption lockTimeoutOption(
        QStringLiteral("lock-timeout"),
        translate("main", "How long a command that changes the organization file waits while another program is "
                  "changing it, in seconds (default: %1; 0: do not wait).")
            .arg(OrganizationStore::DefaultLockTimeout / 1000),
        translate("main", "seconds"));
    parser.addOptions({Translations::languageOption(), organizationOption, bindDnOption, serverOption,
                       versionOverrideOption, asOption, commandOption, lockTimeoutOption});
    parser.addOptions(ConnectivityOptions::commandLineOptions());
    parser.addPositionalArgument(QStringLiteral("script"), translate("main", "A script file (UTF-8, UTF-16 with a byte-order mark, or Windows-1252)."),
                                 QStringLiteral("[script]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(Succeeded);
    if (parser.isSet(versionOption))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(translate("main", "Only one script file can be run; got %1.").arg(positional.size()));
    if (parser.isSet(commandOption) && !positional.isEmpty())
        return usageError(translate("main", "Give either -c COMMAND or a script file, not both."));

    // Where the organization is: checked before anything is read or asked for
    // (docs/ldap-directory.md#organization-uris).
    std::optional<OrganizationLocation> location;
    const QStringList organizations = parser.values(organizationOption);
    if (!organizations.isEmpty() && !(organizations.size() == 1 && organizations.first().isEmpty())) {
        const Parsed<QString> joined = OrganizationLocation::joined(organizations);
        if (!joined.ok())
            return usageError(translate("main", "--organization: %1").arg(joined.problems.first().message));
        location = *OrganizationLocation::parse(*joined.value).value;
    }
    const bool directory = location && location->kind() == OrganizationLocation::Kind::Directory;
    QString bindDn;
    if (parser.isSet(bindDnOption)) {
        bindDn = parser.value(bindDnOption).trimmed();
        if (bindDn.isEmpty())
            return usageError(translate("main", "--bind-dn needs a DN, e.g. 'cn=admin,dc=contoso,dc=com'."));
        if (!directory) {
            return usageError(translate("main", "--bind-dn binds to a directory, but --organization names no "
                                        "directory: give an ldap://, ldaps:// or ldapi:// URI, or leave --bind-dn "
                                        "out."));
        }
    }

    ShellOptions options;
    if (parser.isSet(versionOverrideOption)) {
        const QString text = parser.value(versionOverrideOption);
        options.version = Exchange::parseVersion(text);
        if (!options.version) {
            return usageError(translate("main", "\"%1\" is not an Exchange version. Valid versions: %2.")
                                  .arg(text, Exchange::names(Exchange::Version{}).join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(lockTimeoutOption)) {
        const QString text = parser.value(lockTimeoutOption).trimmed();
        bool isNumber = false;
        const double seconds = text.toDouble(&isNumber);
        if (!isNumber || !(seconds >= 0) || seconds > MaximumLockTimeout) {
            return usageError(translate("main", "--lock-timeout needs a number of seconds from 0 to %1 (for example 60 or "
                                        "0.5), not \"%2\".")
                                  .arg(MaximumLockTimeout)
                                  .arg(text));
        }
        OrganizationStore::setDefaultLockTimeout(int(seconds * 1000));
    }
    QString connectivityError;
    const std::optional<ConnectivityOptions> connectivity = ConnectivityOptions::fromCommandLine(parser, &connectivityError);
    if (!connectivity)
        return usageError(connectivityError);
    options.connectivity = *connectivity;
    options.server = parser.value(serverOption);
    if (parser.isSet(asOption)) {
        options.operatorName = parser.value(asOption).trimmed();
        if (options.operatorName.isEmpty())
            return usageError(translate("main", "--as needs an operator name, e.g. 'CONTOSO\\Administrator'."));
    } else {
        options.operatorName = OperatorPermissions::currentOperator();
    }
    options.terminal = isatty(STDIN_FILENO) ? ShellTerminal::Attached : ShellTerminal::Detached;

    QString script;
    if (!positional.isEmpty()) {
        QFile file(positional.first());
        if (!file.open(QIODevice::ReadOnly)) {
            write(stderr, translate("main", "send-connector-shell: the script %1 cannot be read: %2.")
                              .arg(positional.first(), file.errorString())
                              + QLatin1Char('\n'));
            return Failed;
        }
        script = ScriptDecoder::decode(file.readAll());
    }

    if (location)
        options.organizationPath = location->text();
    if (options.organizationPath.isEmpty()) {
        const Parsed<QString> created = OrganizationStore::ensureDefaultFile();
        if (!created.ok()) {
            printProblems(created.problems);
            return Failed;
        }
        options.organizationPath = *created.value;
    }

    if (!bindDn.isEmpty()) {
        // Asked once, before any command, on standard error so that the results on standard output
        // stay clean; never echoed, logged or put in a command.
        write(stderr, translate("main", "Password for %1: ").arg(bindDn));
        std::optional<QString> password = readSecret();
        if (!isatty(STDIN_FILENO))
            write(stderr, QStringLiteral("\n"));
        if (!password) {
            write(stderr, QStringLiteral("send-connector-shell: ")
                              + translate("main", "the input ended before the password for %1 was given; nothing "
                                          "was done.").arg(bindDn)
                              + QLatin1Char('\n'));
            return Failed;
        }
        if (password->isEmpty()) {
            write(stderr, QStringLiteral("send-connector-shell: ")
                              + translate("main", "the password for %1 is empty; a directory takes a DN with an empty "
                                          "password as an anonymous bind, so it is refused. Nothing was done.")
                                    .arg(bindDn)
                              + QLatin1Char('\n'));
            return Failed;
        }
        DirectoryLogins::remember(*location, bindDn.toUtf8(), password->toUtf8());
        wipe(*password);
    }

    ShellIo io;
    io.out = [](const QString &text) { write(stdout, text); };
    io.err = [](const QString &text) { write(stderr, text); };
    io.readLine = readLine;
    io.readSecret = readSecret;
    io.waiting = [](bool on) { waitingOnNetwork = on ? 1 : 0; };

    ShellSession session(options, io);
    std::optional<QSocketNotifier> interrupts;
    if (::pipe2(interruptPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        interrupts.emplace(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(&*interrupts, &QSocketNotifier::activated, [&session] {
            char bytes[64];
            while (::read(interruptPipe[0], bytes, sizeof bytes) > 0) { }
            session.requestStop();
        });
        std::signal(SIGINT, interrupted);
    }
    const Problems problems = session.open();
    // Where no organization is yet, Import-Organization can still put one: the session reports the
    // problem to any other command (docs/shell-language.md#export-organization-and-import-organization).
    bool nothingThere = hasErrors(problems);
    for (const Problem &problem : errorsOnly(problems)) {
        if (problem.code != QLatin1String("File.NotFound") && problem.code != QLatin1String("Directory.NoOrganization"))
            nothingThere = false;
    }
    if (nothingThere && !parser.isSet(commandOption) && positional.isEmpty() && isatty(STDIN_FILENO)) {
        printProblems(problems);
        write(stderr, translate("main", "Only Import-Organization can run until an organization is there.") + QLatin1Char('\n'));
    }
    if (hasErrors(problems) && !nothingThere) {
        printProblems(problems);
        if (containsCode(problems, QStringLiteral("Directory.BindRefused"))) {
            write(stderr, QStringLiteral("send-connector-shell: ")
                              + (bindDn.isEmpty()
                                     ? translate("main", "without --bind-dn the shell binds anonymously (ldap://, "
                                                 "ldaps://) or as your own account (ldapi://); give --bind-dn to bind "
                                                 "as a directory account.")
                                     : translate("main", "check the DN given to --bind-dn (%1) and its password.")
                                           .arg(bindDn))
                              + QLatin1Char('\n'));
        }
        // A --server or --exchange-version that does not fit the organization is a wrong command line.
        const bool badOption = containsCode(problems, QStringLiteral("Shell.UnknownServer"))
            || containsCode(problems, QStringLiteral("Shell.VersionMismatch"));
        return badOption ? UsageError : Failed;
    }

    if (parser.isSet(commandOption)) {
        const bool succeeded = session.execute(parser.value(commandOption));
        return session.exitStatus().value_or(succeeded ? Succeeded : Failed);
    }
    if (!positional.isEmpty())
        return session.runScript(script);
    return session.runInteractive();
}
