#pragma once

#include "ConnectorParameter.h"
#include "ExchangeTypes.h"
#include "Organization.h"
#include "Problem.h"
#include "SendConnector.h"
#include "ShellSyntax.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where shell commands act: the organization, its Exchange version (or an override) and the
// server the shell runs on (a Hub Transport server: the organization's connectors; an Edge: its own).
struct ShellContext
{
    const Organization *organization = nullptr;
    Exchange::Version version = Exchange::Version::Sp12007;
    QString server;

    bool onEdge() const;
};

// What -ErrorAction asks for when the cmdlet meets an error (PowerShell 1.0's ActionPreference;
// Inquire is refused: this shell has no nested prompt to inquire with, docs/shell-language.md).
enum class ErrorActionPreference { Continue, SilentlyContinue, Stop };

// PowerShell's common parameters as bound for one command.
struct CommonParameters
{
    ErrorActionPreference errorAction = ErrorActionPreference::Continue;
    bool verbose = false; // -Verbose: "VERBOSE: " lines say what the cmdlet does
    bool debug = false;   // -Debug: accepted; these cmdlets write no debug messages
};

// New-SendConnector's parameters bound to a connector, before the model's cross-field checks.
struct NewSendConnectorRequest
{
    SendConnector connector;          // usage defaults applied, then every given parameter
    bool nameGiven = false;           // false: interactive mode prompts "Name:"
    bool addressSpacesGiven = false;  // false: interactive mode prompts "AddressSpaces[0]:" …
    bool credentialRequested = false; // -AuthenticationCredential (Get-Credential ['user'])
    QString credentialUserName;       // the pre-filled user name, if any
    bool whatIf = false;              // -WhatIf: say what would be created, write nothing
    bool confirm = false;             // -Confirm (or -Confirm:$true): ask before creating
    bool helpRequested = false;       // -?: print the help, do nothing else
    CommonParameters common;
    Problems problems;                // binding problems (unknown/ambiguous parameter, bad value…) and
                                      // "Binding.NoEffect" warnings (-DomainController, -TemplateInstance…)
};

// Get-SendConnector / Remove-SendConnector's parameters.
struct IdentityRequest
{
    QString identity;     // empty: every connector (Get only)
    bool confirm = true;       // Remove: -Confirm:$false turns confirmation off
    bool confirmGiven = false; // Remove: -Confirm or -Confirm:$true was written (then even piped input is asked)
    bool whatIf = false;
    bool helpRequested = false; // -?
    CommonParameters common;
    Problems problems;
};

// Set-SendConnector's parameters: the values given, to lay over the connector named (or piped).
struct SetSendConnectorRequest
{
    QString identity;          // trimmed; empty: from the pipeline, or asked for
    bool identityGiven = false; // -Identity (or the positional name) was written
    SendConnector values;       // each given parameter's value; the other fields mean nothing
    QList<ConnectorParameter> given; // the connector parameters given, in command order
    bool credentialRequested = false; // -AuthenticationCredential (Get-Credential ['user'])
    QString credentialUserName;       // the pre-filled user name, if any
    bool whatIf = false;        // -WhatIf: say what would be changed, write nothing
    bool confirm = false;       // -Confirm: ask before each change (Set-* does not ask by default)
    bool helpRequested = false; // -?
    CommonParameters common;
    Problems problems;

    // `current` with every given parameter's value. Multi-valued parameters replace the whole list
    // (Exchange 2007 has no add/remove syntax); -AuthenticationCredential $null removes the credential.
    SendConnector applyTo(const SendConnector &current) const;
};

// Test-SendConnectorRouting's parameters (a product extension, docs/shell-language.md
// #test-sendconnectorrouting). The addresses are kept as given: each is checked when it is resolved,
// so that one invalid address is an error for that one only.
struct TestRoutingRequest
{
    QStringList recipients;      // -Recipient (or the positional value), in order, trimmed
    bool recipientsGiven = false; // false: from the pipeline, or asked for
    QString server;              // -Server, trimmed; empty: the server the shell runs on
    qint64 messageSize = 0;      // -MessageSize in bytes; 0 when not given (no connector is too small)
    bool messageSizeGiven = false;
    bool explain = false;        // -Explain: the candidate table after each record
    bool helpRequested = false;  // -?
    CommonParameters common;
    Problems problems;
};

// Test-SendConnector's parameters (a product extension, docs/shell-language.md#test-sendconnector).
// The password of (Get-Credential) is read by the session, never by the binder.
struct TestConnectivityRequest
{
    static constexpr int MinimumTimeoutSeconds = 1;
    static constexpr int MaximumTimeoutSeconds = 600;

    QString identity;                  // trimmed; empty: from the pipeline, or asked for
    bool identityGiven = false;        // -Identity (or the positional name) was written
    QString recipientDomain;           // DNS routing: the domain to test, lower-case ACE; empty: the address spaces'
    bool credentialRequested = false;  // -AuthenticationCredential (Get-Credential ['user'])
    QString credentialUserName;        // the pre-filled user name, if any
    std::optional<int> timeoutSeconds; // -TimeoutSeconds: the bound of each step; nothing: the session's
    bool helpRequested = false;        // -?
    CommonParameters common;
    Problems problems;
};

// Export-Organization's and Import-Organization's parameters (product extensions,
// docs/shell-language.md#export-organization-and-import-organization).
struct OrganizationFileRequest
{
    QString path;               // -Path (or the positional value), trimmed; relative to the working directory
    bool pathGiven = false;     // false: the session asks for it ("Path: "), as PowerShell asks for a mandatory parameter
    bool force = false;         // Export-Organization -Force: replace an existing file
    bool helpRequested = false; // -?
    CommonParameters common;
    Problems problems;
};

// Binds shell command elements to cmdlet parameters the way PowerShell does: names are
// case-insensitive and may be shortened to any unambiguous prefix ("-AddressSpace" binds
// AddressSpaces; an ambiguous prefix is an error listing the candidates), "-Name:value",
// switches, positional Name/Identity, comma lists, $true/$false, sizes. The parameters, their
// versions and aliases are ConnectorParameter's table; PowerShell 1.0's common parameters take
// part in prefix matching (so -E is ambiguous: -Enabled, -ErrorAction, -ErrorVariable), an alias
// (-ea, -vb…) binds only when typed in full. Parameters that the context's Exchange version lacks
// are unknown there (RTM: no -IsScopedConnector, no usage switches). Codes: "Binding.UnknownParameter", "Binding.AmbiguousParameter",
// "Binding.MissingValue", "Binding.DuplicateParameter", "Binding.WrongType",
// "Binding.InvalidValue", "Binding.ConflictingUsage", "Binding.UnexpectedArgument" plus the
// value parsers' own codes, and the warning "Binding.NoEffect" for a parameter that is accepted but
// means nothing here (-DomainController, -TemplateInstance: no Active Directory; -ErrorVariable,
// -OutVariable: this shell keeps no variables). Every problem's parameter is the Exchange parameter name (for an
// unknown or ambiguous one: the name as typed; for an unexpected argument: empty).
//
// Binding converts values and checks their syntax only (what the value parsers check); the
// connector's cross-field rules, its name and the existence of servers are ConnectorValidator's.
// Decisions (docs/decisions.md#shell-binding):
// - Every problem is collected; the value after an unknown, ambiguous or repeated parameter is
//   taken as that parameter's value, so that it is not reported again as an unexpected argument.
// - An unexpected argument's message says what was most likely meant: text values right after a
//   parameter's text value are the rest of it, unquoted (-Name 'Subsidiary Send Connector',
//   -MaxMessageSize '20 MB') or, for a list parameter, entries missing their commas; a value right
//   after a switch needs a colon (-Confirm:$false).
// - A list parameter takes a list or one value; one quoted value with commas in it is one entry,
//   as in PowerShell. $null gives an empty list. Nested arrays are refused.
// - Two usages are a conflict even when they agree (-Usage Internal -Internal); -Custom:$false
//   gives no usage.
// - String parameters take text only ($true is not turned into "True"); Comment, Fqdn and
//   LinkedReceiveConnector also take $null (empty). Names and identities are trimmed; source
//   servers are kept as typed, trimmed.
// - Bool parameters take $true/$false only (PowerShell's 1 and 0 included no more than "true").
// - A value given to -AuthenticationCredential that is not (Get-Credential …), and the words that
//   follow it, are never quoted in a message: they may be a password.
// - -SmartHosts takes EdgeSync's "--" as it is (the Hub servers of the subscribed site);
//   ConnectorValidator decides where it may stand.
// - -? anywhere asks for the help: the session prints it and runs nothing (helpRequested).
// - On the Hub side, SourceTransportServers defaults to the context's server when it is a Hub
//   Transport server, spelled as the organization spells it.
class CmdletBinder
{
    Q_DECLARE_TR_FUNCTIONS(CmdletBinder)
public:
    static NewSendConnectorRequest bindNewSendConnector(const ShellCommand &command, const ShellContext &context);
    static IdentityRequest bindGetSendConnector(const ShellCommand &command, const ShellContext &context);
    static IdentityRequest bindRemoveSendConnector(const ShellCommand &command, const ShellContext &context);
    // Set-SendConnector: every parameter of New-SendConnector that an existing connector can change
    // (no -Usage, no usage switches, no -TemplateInstance), -Identity (positional), -Instance (the
    // pipeline's; refused when typed), -WhatIf, -Confirm. "-AuthenticationCredential $null" removes
    // the credential. Nothing is defaulted: only what is given is changed.
    static SetSendConnectorRequest bindSetSendConnector(const ShellCommand &command, const ShellContext &context);

    // Test-SendConnectorRouting: -Recipient (positional, a list), -Server, -MessageSize (a size such as
    // 10MB; "unlimited" is refused: a message has a size), -Explain, and the common parameters.
    static TestRoutingRequest bindTestSendConnectorRouting(const ShellCommand &command, const ShellContext &context);

    // Test-SendConnector: -Identity (positional), -RecipientDomain (a domain name), -AuthenticationCredential
    // ((Get-Credential) only; $null is refused), -TimeoutSeconds (a whole number from 1 to 600), and the
    // common parameters; no -WhatIf or -Confirm: it changes nothing.
    static TestConnectivityRequest bindTestSendConnector(const ShellCommand &command, const ShellContext &context);

    // Export-Organization: -Path (positional, mandatory: the JSON organization file to write),
    // -Force (replace a file that exists) and the common parameters. Import-Organization: -Path
    // (the JSON organization file to read) and the common parameters. An empty path is refused;
    // a missing one is left to the session to ask for.
    static OrganizationFileRequest bindExportOrganization(const ShellCommand &command, const ShellContext &context);
    static OrganizationFileRequest bindImportOrganization(const ShellCommand &command, const ShellContext &context);

    // The parameter names New-SendConnector takes in a version (for help and messages).
    static QStringList newSendConnectorParameters(Exchange::Version version);

    // The common parameters of a command, bound alone (problems are left to the full binding), so
    // that -ErrorAction and -Verbose govern what the session says before the cmdlet's own binding.
    static CommonParameters commonParameters(const ShellCommand &command, ConnectorCmdlet cmdlet,
                                             Exchange::Version version);
    // Whether the command holds PowerShell's "-?".
    static bool asksForHelp(const ShellCommand &command);

    // The parameters a typed name (without '-') stands for, the way PowerShell matches them: the
    // one it equals case-insensitively, otherwise every one it is a prefix of (none: unknown;
    // several: ambiguous).
    static QStringList matchParameter(const QString &typed, const QStringList &parameters);
};
