#include "ConnectorParameter.h"

#include <array>

namespace {

enum CmdletSet : unsigned {
    New = 1u << unsigned(ConnectorCmdlet::NewSendConnector),
    Get = 1u << unsigned(ConnectorCmdlet::GetSendConnector),
    Remove = 1u << unsigned(ConnectorCmdlet::RemoveSendConnector),
    Set = 1u << unsigned(ConnectorCmdlet::SetSendConnector),
    Test = 1u << unsigned(ConnectorCmdlet::TestSendConnectorRouting),
    Connectivity = 1u << unsigned(ConnectorCmdlet::TestSendConnector),
    Export = 1u << unsigned(ConnectorCmdlet::ExportOrganization),
    Import = 1u << unsigned(ConnectorCmdlet::ImportOrganization),
    Exchange2007 = New | Get | Remove | Set, // Exchange's own cmdlets
    All = Exchange2007 | Test | Connectivity | Export | Import,
};

enum class Since { Rtm, Sp1 };

struct Row
{
    ConnectorParameter parameter;
    const char *name;
    unsigned cmdlets;
    Since since;
    const char *alias; // PowerShell's alias, or nullptr
    bool common;
};

using P = ConnectorParameter;

// One row per enumerator, in enumeration order (checked below at compile time).
constexpr std::array<Row, Parameter::Count> Rows{{
    {P::Name, "Name", New | Set, Since::Rtm, nullptr, false},
    {P::AddressSpaces, "AddressSpaces", New | Set, Since::Rtm, nullptr, false},
    {P::Usage, "Usage", New, Since::Rtm, nullptr, false},
    {P::DNSRoutingEnabled, "DNSRoutingEnabled", New | Set, Since::Rtm, nullptr, false},
    {P::SmartHosts, "SmartHosts", New | Set, Since::Rtm, nullptr, false},
    {P::SmartHostAuthMechanism, "SmartHostAuthMechanism", New | Set, Since::Rtm, nullptr, false},
    {P::AuthenticationCredential, "AuthenticationCredential", New | Set | Connectivity, Since::Rtm, nullptr, false},
    {P::SourceTransportServers, "SourceTransportServers", New | Set, Since::Rtm, nullptr, false},
    {P::IsScopedConnector, "IsScopedConnector", New | Set, Since::Sp1, nullptr, false},
    {P::UseExternalDNSServersEnabled, "UseExternalDNSServersEnabled", New | Set, Since::Rtm, nullptr, false},
    {P::MaxMessageSize, "MaxMessageSize", New | Set, Since::Rtm, nullptr, false},
    {P::Port, "Port", New | Set, Since::Rtm, nullptr, false},
    {P::ConnectionInactivityTimeOut, "ConnectionInactivityTimeOut", New | Set, Since::Rtm, nullptr, false},
    {P::Enabled, "Enabled", New | Set, Since::Rtm, nullptr, false},
    {P::Comment, "Comment", New | Set, Since::Rtm, nullptr, false},
    {P::Fqdn, "Fqdn", New | Set, Since::Rtm, nullptr, false},
    {P::ForceHELO, "ForceHELO", New | Set, Since::Rtm, nullptr, false},
    {P::IgnoreSTARTTLS, "IgnoreSTARTTLS", New | Set, Since::Rtm, nullptr, false},
    {P::RequireTLS, "RequireTLS", New | Set, Since::Rtm, nullptr, false},
    {P::DomainSecureEnabled, "DomainSecureEnabled", New | Set, Since::Rtm, nullptr, false},
    {P::ProtocolLoggingLevel, "ProtocolLoggingLevel", New | Set, Since::Rtm, nullptr, false},
    {P::SourceIPAddress, "SourceIPAddress", New | Set, Since::Rtm, nullptr, false},
    {P::LinkedReceiveConnector, "LinkedReceiveConnector", New | Set, Since::Rtm, nullptr, false},
    {P::Custom, "Custom", New, Since::Sp1, nullptr, false},
    {P::Internal, "Internal", New, Since::Sp1, nullptr, false},
    {P::Internet, "Internet", New, Since::Sp1, nullptr, false},
    {P::Partner, "Partner", New, Since::Sp1, nullptr, false},
    {P::Force, "Force", New | Set | Export, Since::Rtm, nullptr, false},
    {P::TemplateInstance, "TemplateInstance", New, Since::Rtm, nullptr, false},
    {P::Identity, "Identity", Get | Remove | Set | Connectivity, Since::Rtm, nullptr, false},
    {P::Instance, "Instance", Set, Since::Rtm, nullptr, false},
    {P::Recipient, "Recipient", Test, Since::Rtm, nullptr, false},
    {P::Server, "Server", Test, Since::Rtm, nullptr, false},
    {P::MessageSize, "MessageSize", Test, Since::Rtm, nullptr, false},
    {P::Explain, "Explain", Test, Since::Rtm, nullptr, false},
    {P::RecipientDomain, "RecipientDomain", Connectivity, Since::Rtm, nullptr, false},
    {P::TimeoutSeconds, "TimeoutSeconds", Connectivity, Since::Rtm, nullptr, false},
    {P::Path, "Path", Export | Import, Since::Rtm, nullptr, false},
    // Active Directory's: Exchange's own cmdlets only (the product's has no directory to name).
    {P::DomainController, "DomainController", Exchange2007, Since::Rtm, nullptr, false},
    // ShouldProcess parameters come from PowerShell 1.0 itself, so RTM has them too
    // (docs/domain-rules.md).
    {P::WhatIf, "WhatIf", New | Remove | Set, Since::Rtm, nullptr, false},
    {P::Confirm, "Confirm", New | Remove | Set, Since::Rtm, nullptr, false},
    {P::Verbose, "Verbose", All, Since::Rtm, "vb", true},
    {P::Debug, "Debug", All, Since::Rtm, "db", true},
    {P::ErrorAction, "ErrorAction", All, Since::Rtm, "ea", true},
    {P::ErrorVariable, "ErrorVariable", All, Since::Rtm, "ev", true},
    {P::OutVariable, "OutVariable", All, Since::Rtm, "ov", true},
    {P::OutBuffer, "OutBuffer", All, Since::Rtm, "ob", true},
}};

constexpr bool rowsFollowTheEnumeration()
{
    for (std::size_t i = 0; i < Rows.size(); ++i) {
        if (std::size_t(Rows[i].parameter) != i || Rows[i].name == nullptr || Rows[i].cmdlets == 0)
            return false;
    }
    return true;
}
static_assert(rowsFollowTheEnumeration(), "ConnectorParameter: every enumerator needs its row, in order");

const Row &rowOf(ConnectorParameter parameter)
{
    return Rows[std::size_t(parameter)];
}

const std::array<const char *, 8> CmdletNames{"New-SendConnector", "Get-SendConnector", "Remove-SendConnector",
                                               "Set-SendConnector", "Test-SendConnectorRouting", "Test-SendConnector",
                                               "Export-Organization", "Import-Organization"};

} // namespace

QString Parameter::name(ConnectorParameter parameter)
{
    return QLatin1String(rowOf(parameter).name);
}

const char *Parameter::latin1Name(ConnectorParameter parameter)
{
    return rowOf(parameter).name;
}

QStringList Parameter::aliases(ConnectorParameter parameter)
{
    const char *alias = rowOf(parameter).alias;
    return alias ? QStringList{QLatin1String(alias)} : QStringList();
}

std::optional<ConnectorParameter> Parameter::fromName(const QString &text)
{
    for (const Row &row : Rows) {
        if (text.compare(QLatin1String(row.name), Qt::CaseInsensitive) == 0
            || (row.alias && text.compare(QLatin1String(row.alias), Qt::CaseInsensitive) == 0))
            return row.parameter;
    }
    return std::nullopt;
}

bool Parameter::isCommon(ConnectorParameter parameter)
{
    return rowOf(parameter).common;
}

bool Parameter::isProductExtension(ConnectorCmdlet cmdlet)
{
    return cmdlet == ConnectorCmdlet::TestSendConnectorRouting || cmdlet == ConnectorCmdlet::TestSendConnector
        || cmdlet == ConnectorCmdlet::ExportOrganization || cmdlet == ConnectorCmdlet::ImportOrganization;
}

bool Parameter::takesInAnyVersion(ConnectorCmdlet cmdlet, ConnectorParameter parameter)
{
    return (rowOf(parameter).cmdlets & (1u << unsigned(cmdlet))) != 0;
}

bool Parameter::takes(ConnectorCmdlet cmdlet, ConnectorParameter parameter, Exchange::Version version)
{
    return takesInAnyVersion(cmdlet, parameter)
        && (rowOf(parameter).since == Since::Rtm || version == Exchange::Version::Sp12007);
}

QList<ConnectorParameter> Parameter::of(ConnectorCmdlet cmdlet, Exchange::Version version)
{
    QList<ConnectorParameter> result;
    for (const Row &row : Rows) {
        if (takes(cmdlet, row.parameter, version))
            result.append(row.parameter);
    }
    return result;
}

QString Parameter::cmdletName(ConnectorCmdlet cmdlet)
{
    return QLatin1String(CmdletNames[std::size_t(cmdlet)]);
}

std::optional<ConnectorCmdlet> Parameter::cmdletFromName(const QString &text)
{
    for (std::size_t i = 0; i < CmdletNames.size(); ++i) {
        if (text.compare(QLatin1String(CmdletNames[i]), Qt::CaseInsensitive) == 0)
            return ConnectorCmdlet(i);
    }
    return std::nullopt;
}
