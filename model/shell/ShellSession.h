#pragma once

#include "CmdletBinder.h"
#include "ConnectivityOptions.h"
#include "CredentialStore.h"
#include "ExchangeTypes.h"
#include "OperatorPermissions.h"
#include "Organization.h"
#include "Problem.h"
#include "SendConnector.h"
#include "ShellSyntax.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ConnectivityTest;
class OrganizationStore;

// Whether a person sits at the shell. Attached: the "[PS] > " prompt is shown and Remove may ask
// for a confirmation. Detached (input from a pipe or a file): no command prompt, Remove refuses to
// act unconfirmed unless -Confirm is written out (then the answer is read from the input), and the
// answers read for prompts are echoed after them (passwords never).
enum class ShellTerminal { Attached, Detached };

// What a shell session acts on.
struct ShellOptions
{
    QString organizationPath;                // the organization file or directory URI(s) (OrganizationLocation::text())
    std::optional<Exchange::Version> version; // the version a script expects; must match the file's
    QString server;                          // the server the shell runs on; empty: the file's LocalServer
    // Who runs the commands, checked by OperatorPermissions when the file declares role
    // assignments. Empty: an unnamed operator, who holds no role (the session never guesses it
    // from the environment; send-connector-shell passes --as or the login name).
    QString operatorName;
    ShellTerminal terminal = ShellTerminal::Attached;
    // Where connectivity tests ask DNS and which CAs they trust besides the system's
    // (--dns-server, --trust-ca).
    ConnectivityOptions connectivity;
};

// Where a session's text goes and where its answers come from. Text is handed over as is, line
// breaks included; a prompt is written to `out` without one, then the matching reader is called.
struct ShellIo
{
    std::function<void(const QString &)> out;               // results, prompts
    std::function<void(const QString &)> err;               // errors and warnings
    std::function<std::optional<QString>()> readLine;       // an answer or a command; nullopt at end of input
    std::function<std::optional<QString>()> readSecret;     // a password (no echo is the caller's job); nullopt at end
    // Called with true when a command starts waiting on the network (Test-SendConnector) and with
    // false when it stops: meanwhile an interrupt (Ctrl+C) should call ShellSession::requestStop()
    // instead of ending the program. May be left out.
    std::function<void(bool)> waiting;
};

// Runs Exchange Management Shell command lines (New-, Get-, Set-, Remove-SendConnector, and the
// product's own read-only Test-SendConnectorRouting and Test-SendConnector) against an
// organization file, as the shell on one server would: every change goes through
// ConnectorOperations (one store transaction each), so nothing is written when a command fails. The session keeps one OrganizationStore for its whole
// life: a command reads the file again only when another program changed it since the session
// last read or wrote it, so a script of N commands costs N changes, not N loads.
//
// Problem codes of its own (parameter in brackets):
//   "Shell.UnknownServer"       (Server)                   the server is not in the organization
//   "Shell.NoServer"            (Server)                   no server given and the file has no LocalServer
//   "Shell.UnknownCmdlet"       (CommandLine)              not a cmdlet this shell knows
//   "Shell.UnsupportedPipeline" (CommandLine)              a pipeline element other than Format-List/Format-Table;
//                                                          values piped to a cmdlet other than Test-SendConnectorRouting;
//                                                          Format-Table after Test-SendConnectorRouting or
//                                                          Test-SendConnector
//   "Binding.PipelineInput"     (Recipient)                Test-SendConnectorRouting given both piped values and -Recipient
//   "Shell.UnknownHelpParameter" (Parameter)               Get-Help -Parameter matching none of the cmdlet's parameters
//   "Shell.SubscribedEdge"      (empty)                    changing connectors on a subscribed Edge
//   "Shell.EndOfInput"          (the parameter prompted)   input ended while a value was asked for
//   "Shell.ConnectorNotFound"   (Identity)                 no such connector on this side
//   "Shell.WildcardIdentity"    (Identity)                 an identity with a '*' that no connector is named:
//                                                          2007 takes no wildcards (Get, Set, Remove); the
//                                                          message names what it would have matched
//   "Binding.PipelineInput"     (Identity)                 Set- or Test-SendConnector given both piped input and -Identity
//   "Shell.ConnectivityFailed"  (empty)                    Test-SendConnector: not every next hop accepts mail as
//                                                          the connector is configured (the verdict's reason)
//   "Shell.Stopped"             (empty)                    Test-SendConnector stopped by requestStop() (Ctrl+C)
//   "Shell.NothingChanged"      (empty, a warning)         Set-SendConnector's values are the connector's already
//   "Shell.ConfirmationNeeded"  (Confirm)                  Remove without a terminal, without -Confirm and
//                                                          without -Confirm:$false
//   "Shell.UnknownHelpTopic"    (Name)                     Get-Help about something that is not a cmdlet here
//   "Shell.PasswordEmpty"       (AuthenticationCredential) an empty password
//   "Shell.PasswordTooLong"     (AuthenticationCredential) a password over 256 characters
//   "Shell.InvalidExitCode"     (CommandLine)              "exit" given anything but one whole number
// Export-Organization and Import-Organization (product extensions, docs/shell-language.md
// #export-organization-and-import-organization) report the store's codes ("File.Exists" with a
// message naming -Force or --organization, "Directory.OrganizationExists", the JSON file's own
// problems) and "Permission.NotOrganizationAdministrator"; Import-Organization is the one cmdlet
// that runs where no organization is yet (File.NotFound, Directory.NoOrganization).
// RouteResolver's "Routing.*" codes for Test-SendConnectorRouting (docs/shell-language.md
// #test-sendconnectorrouting), and OperatorPermissions' "Permission.*" codes when the operator may not create or remove
// connectors on the session's side (checked before anything is asked or written; Get needs no role).
//
// PowerShell's behaviours (docs/shell-language.md):
// - "Get-Help <cmdlet> [-Detailed|-Full|-Examples]" and "<cmdlet> -?" print CmdletHelp; nothing runs.
// - -WhatIf prints Exchange's "What if: Creating Send connector "N"." (or "Setting …", "Removing …")
//   and nothing else.
// - Set-SendConnector prints nothing when it succeeds and asks only with -Confirm (Exchange's Set
//   cmdlets). "Get-SendConnector [X] | Set-SendConnector …" changes each connector Get writes, each
//   in its own transaction on the file as it is then; the connector as changed is validated whole.
// - -Confirm asks "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help"; "?"
//   explains the choices, S (Suspend) is refused because this shell has no nested prompt, and the
//   question is asked again; A and L hold for the rest of the pipeline; an empty answer is Y.
// - -ErrorAction governs the errors of the cmdlet's work (not parameter binding errors, which
//   PowerShell raises before the cmdlet runs): SilentlyContinue writes nothing (the command still
//   fails), Stop writes the error and stops the script (terminated()). -Verbose writes
//   "VERBOSE: <cmdlet> : …" lines to `err`.
// - Test-SendConnector (docs/shell-language.md#test-sendconnector) waits for its connectivity test
//   in a local event loop, so the caller's other events (a socket notifier for Ctrl+C, timers) run
//   meanwhile; requestStop() cancels it.
class ShellSession
{
    Q_DECLARE_TR_FUNCTIONS(ShellSession)
public:
    static constexpr int MaximumPasswordLength = 256;

    ShellSession(ShellOptions options, ShellIo io);

    // Reads the organization file and settles the version and the server. Returns its problems
    // (file problems, "Shell.UnknownServer", "Shell.NoServer"); commands fail until it succeeds.
    Problems open();

    // Runs one command line (statements separated by ';' may follow each other). Returns true
    // when every statement succeeded; errors have been written to `err`. `lineNumber` is used in
    // error locations ("At line:3 char:1").
    bool execute(const QString &line, int lineNumber = 1);

    // Runs a script. The whole text is parsed first: a syntax error anywhere is reported ("At
    // line:L char:C") and nothing runs. A command may go on over several lines (a backtick before
    // the line break, a trailing '|' or ',', an open quote, @( or (). Returns the status of
    // "exit N" when the script ran one, else 0 when every command succeeded and 1 otherwise.
    int runScript(const QString &script);

    // Reads commands through io.readLine until the end of input or "exit", writing the prompt
    // "[PS] > " before each when a terminal is attached, and ">> " while a command goes on over
    // several lines (at a terminal an empty line ends it). Returns what runScript() returns.
    int runInteractive();

    // The status "exit" or "exit N" asked for, once a command line has run it.
    std::optional<int> exitStatus() const { return m_exitStatus; }

    // Stops the command that waits on the network: Test-SendConnector's connectivity test is
    // cancelled at once (no thread or socket is left), the command fails with "Shell.Stopped", and
    // the rest of the command line or script is skipped as after a terminating error. Does nothing
    // when no command waits. Call it on the session's thread, e.g. from a socket notifier or a timer
    // that runs while the session waits in its local event loop.
    void requestStop();
    bool isWaiting() const { return m_runningTest != nullptr; }

    // For a terminating error (e.g. -ErrorAction Stop): the rest of the current command line is
    // skipped, a script stops (runScript() returns 1, or the status of an earlier exit), and at
    // the interactive prompt the next command line runs as usual.
    void stopAfterTerminatingError() { m_terminated = true; }
    bool terminated() const { return m_terminated; }

    // At most this many problems of one command are written out; the rest are counted.
    static constexpr int MaximumReportedProblems = 50;

    Exchange::Version version() const { return m_version; }
    QString server() const { return m_server; }
    bool onEdge() const { return m_onEdge; }
    bool exitRequested() const { return m_exitRequested; }

    // Every problem of the last command that failed (errors and warnings), for callers and tests
    // that need the codes behind the text written to `err`. Cleared when a command line starts.
    const Problems &lastProblems() const { return m_lastProblems; }

    // Passwords given to -AuthenticationCredential during this session (memory only).
    const CredentialStore &credentials() const { return m_credentials; }

    // The one store of the session's file, which every command reads and writes through (it
    // keeps the organization between commands: OrganizationStore's caching).
    const std::shared_ptr<OrganizationStore> &store() const { return m_store; }

private:
    enum class Format { Table, List };
    enum class Outcome { Succeeded, Failed };
    struct Loaded;

    bool ensureOpen();
    bool run(const QString &text, const ShellSyntaxResult &syntax, int firstLine);
    void locate(qsizetype position);
    int status(bool succeeded) const;
    Outcome exit(const ShellCommand &command);
    Outcome runPipeline(const ShellPipeline &pipeline);
    Outcome newSendConnector(const ShellCommand &command, QList<SendConnector> &output);
    Outcome getSendConnector(const ShellCommand &command, QList<SendConnector> &output);
    Outcome removeSendConnector(const ShellCommand &command);
    // `piped`: the connectors Get-SendConnector passed through the pipeline; nullptr: none.
    Outcome setSendConnector(const ShellCommand &command, const QList<SendConnector> *piped);
    // `piped`: the values before the first '|' (the recipients); nullptr: none.
    Outcome testSendConnectorRouting(const ShellCommand &command, const ShellValue *piped);
    // `piped`: the connectors Get-SendConnector passed through the pipeline; nullptr: none.
    Outcome testSendConnector(const ShellCommand &command, const QList<SendConnector> *piped);
    Outcome testConnector(const TestConnectivityRequest &request, const QString &identity, const QString &userName,
                          const QString &password);
    // "Shell.ConnectorNotFound", or "Shell.WildcardIdentity" for an identity with a '*'.
    Problem connectorNotFound(const QString &cmdlet, const QString &identity, const Loaded &loaded) const;
    Outcome changeConnector(const SetSendConnectorRequest &request, const QString &identity,
                            const QString &userName, const QString &password);
    Problem wildcardIdentity(const QString &cmdlet, const QString &identity,
                             const QList<SendConnector> &connectors) const;
    // Asks for the user name (when `userName` is empty) and the password of (Get-Credential); false
    // after reporting the end of the input or a refused password. `notDone` ends the message.
    bool readCredential(const QString &cmdlet, QString &userName, QString &password, const QString &notDone);

    // What a cmdlet that takes its connectors from -Identity or the pipeline (Set-SendConnector,
    // Test-SendConnector) acts on, and the credential of its (Get-Credential).
    struct Targets
    {
        QStringList identities;
        QString userName;
        QString password;
        ~Targets();
    };
    struct TargetRequest
    {
        const Problems &problems;
        bool identityGiven;
        const QString &identity;
        bool credentialRequested;
        const QString &credentialUserName;
    };
    using ConnectorAction = std::function<Outcome(const QString &identity, const QString &userName, const QString &password)>;
    // Reports binding problems (and -Identity given with pipeline input), asks for a missing
    // Identity and for the credential, then runs `action` on each connector in turn until the
    // session is stopped; fails when any did. `endOfInput` and `notDone` are the sentences for
    // input that ends while asked.
    Outcome forEachConnector(const QString &cmdlet, const TargetRequest &request, const QList<SendConnector> *piped,
                             const QString &endOfInput, const QString &notDone, const ConnectorAction &action);

    Outcome getHelp(const ShellCommand &command);
    Outcome exportOrganization(const ShellCommand &command);
    Outcome importOrganization(const ShellCommand &command);
    // The -Path of Export-/Import-Organization, asked for when it was not given; nullopt after
    // reporting the end of the input (`notDone` ends that message) or an empty answer.
    std::optional<QString> organizationFile(const QString &cmdlet, const OrganizationFileRequest &request,
                                            const QString &notDone);

    std::optional<Loaded> load(const QString &cmdlet);
    std::optional<QString> prompt(const QString &text);
    // Asks PowerShell's confirmation question; nullopt at the end of the input.
    std::optional<bool> confirm(const QString &action);
    void verbose(const QString &cmdlet, const QString &text);
    void warn(const Problems &problems);
    // Binding problems: always written, whatever -ErrorAction says.
    void reportBinding(const QString &cmdlet, const Problems &problems);
    bool permitted(const QString &cmdlet, const Loaded &loaded, OperatorPermissions::Action action);
    void report(const QString &cmdlet, const Problems &problems);
    void fail(const QString &cmdlet, const Problem &problem) { report(cmdlet, {problem}); }

    ShellOptions m_options;
    ShellIo m_io;
    std::shared_ptr<OrganizationStore> m_store; // of m_options.organizationPath, for every command
    MemoryCredentialStore m_credentials;
    Exchange::Version m_version = Exchange::Version::Sp12007;
    QString m_server;
    bool m_onEdge = false;
    bool m_opened = false;
    bool m_exitRequested = false;
    CommonParameters m_common;          // of the command running now
    std::optional<bool> m_confirmAll;   // "Yes to All" / "No to All" given in this pipeline
    bool m_terminated = false;
    std::optional<int> m_exitStatus;
    int m_lineNumber = 1;
    int m_column = 1;
    int m_firstLine = 1;          // the line number of the first line of the text being run
    QList<qsizetype> m_lineStarts; // where each of its lines starts
    Problems m_lastProblems;
    ConnectivityTest *m_runningTest = nullptr; // Test-SendConnector's test while the session waits for it
    bool m_stopRequested = false;              // requestStop() was called during that wait
};
