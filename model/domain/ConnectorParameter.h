#pragma once

#include "ExchangeTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Every parameter name of the Send connector cmdlets, spelled once: the binder, the command
// generator, the help, and (later) the file reader, the validator and the wizard name a parameter
// through this table, never through a string literal. The table says which cmdlets take each
// parameter and since which Exchange version (docs/domain-rules.md, "New-SendConnector parameters").
//
// Adding an enumerator without its table row fails to compile (a static_assert checks that the
// rows follow the enumeration one for one); a name that is not a parameter is std::nullopt from
// fromName(), never a default.
enum class ConnectorParameter {
    // New-SendConnector's own parameters, in Exchange's documentation order.
    Name,
    AddressSpaces,
    Usage,
    DNSRoutingEnabled,
    SmartHosts,
    SmartHostAuthMechanism,
    AuthenticationCredential,
    SourceTransportServers,
    IsScopedConnector,
    UseExternalDNSServersEnabled,
    MaxMessageSize,
    Port,
    ConnectionInactivityTimeOut,
    Enabled,
    Comment,
    Fqdn,
    ForceHELO,
    IgnoreSTARTTLS,
    RequireTLS,
    DomainSecureEnabled,
    ProtocolLoggingLevel,
    SourceIPAddress,
    LinkedReceiveConnector,
    Custom,
    Internal,
    Internet,
    Partner,
    Force,
    TemplateInstance,
    // Get-, Set- and Remove-SendConnector's identity.
    Identity,
    // Set-SendConnector's connector object, bound from the pipeline (Get-SendConnector 'X' | Set-…).
    Instance,
    // Test-SendConnectorRouting's own parameters (a product extension, docs/shell-language.md
    // #test-sendconnectorrouting).
    Recipient,
    Server,
    MessageSize,
    Explain,
    // Test-SendConnector's own parameters (a product extension, docs/shell-language.md
    // #test-sendconnector); it also takes Identity and AuthenticationCredential.
    RecipientDomain,
    TimeoutSeconds,
    // Export-Organization's and Import-Organization's organization file (product extensions,
    // docs/shell-language.md); Export-Organization also takes Force.
    Path,
    // Every cmdlet: Active Directory's domain controller (no effect here).
    DomainController,
    // PowerShell 1.0's ShouldProcess parameters.
    WhatIf,
    Confirm,
    // PowerShell 1.0's common parameters.
    Verbose,
    Debug,
    ErrorAction,
    ErrorVariable,
    OutVariable,
    OutBuffer,
};

// The shell's cmdlets. TestSendConnectorRouting, TestSendConnector, ExportOrganization and
// ImportOrganization are the product's own (not Exchange 2007 cmdlets): which connector a
// recipient's mail takes, whether a connector's next hops accept mail as it is configured, and
// copying a whole organization between a file and a directory.
enum class ConnectorCmdlet { NewSendConnector, GetSendConnector, RemoveSendConnector, SetSendConnector,
                             TestSendConnectorRouting, TestSendConnector, ExportOrganization, ImportOrganization };

namespace Parameter {

constexpr int Count = int(ConnectorParameter::OutBuffer) + 1;

// The Exchange spelling ("AddressSpaces", "DNSRoutingEnabled"), usable for Problem::parameter.
QString name(ConnectorParameter parameter);
// The same spelling as a C string, for the organization file's JSON keys.
const char *latin1Name(ConnectorParameter parameter);
// PowerShell's aliases (ErrorAction: "ea"); empty for most.
QStringList aliases(ConnectorParameter parameter);
// The parameter spelled exactly `text` (case-insensitive; an alias counts), or nothing.
std::optional<ConnectorParameter> fromName(const QString &text);

// Whether PowerShell adds the parameter to every cmdlet (Verbose, ErrorAction…).
bool isCommon(ConnectorParameter parameter);
// Whether the cmdlet is the product's own, not one of Exchange 2007 (Test-SendConnectorRouting,
// Test-SendConnector, Export-Organization, Import-Organization).
bool isProductExtension(ConnectorCmdlet cmdlet);
// Whether `cmdlet` of `version` has the parameter.
bool takes(ConnectorCmdlet cmdlet, ConnectorParameter parameter, Exchange::Version version);
// The parameters of a cmdlet in a version, in table order (its own first, the common ones last).
QList<ConnectorParameter> of(ConnectorCmdlet cmdlet, Exchange::Version version);
// Whether the parameter exists in `cmdlet` of some version (for "came with SP1" messages).
bool takesInAnyVersion(ConnectorCmdlet cmdlet, ConnectorParameter parameter);

// "New-SendConnector", "Get-SendConnector", "Remove-SendConnector", "Set-SendConnector",
// "Test-SendConnectorRouting", "Test-SendConnector", "Export-Organization", "Import-Organization".
QString cmdletName(ConnectorCmdlet cmdlet);
std::optional<ConnectorCmdlet> cmdletFromName(const QString &text);

} // namespace Parameter
