#include "ConnectorEdit.h"

QList<ConnectorParameter> ConnectorEdit::changedSettings(const SendConnector &loaded, const SendConnector &edited)
{
    return SendConnector::differences(loaded, edited);
}

SendConnector ConnectorEdit::reapply(const SendConnector &loaded, const SendConnector &edited,
                                     const SendConnector &current)
{
    SendConnector merged = current;
    QList<ConnectorParameter> changed = changedSettings(loaded, edited);
    // The mechanism and its credential are chosen together: a new user name without the Basic
    // choice it came with (or the reverse) would be a combination nobody chose.
    const bool mechanism = changed.contains(ConnectorParameter::SmartHostAuthMechanism);
    const bool credential = changed.contains(ConnectorParameter::AuthenticationCredential);
    if (mechanism && !credential)
        changed.append(ConnectorParameter::AuthenticationCredential);
    else if (credential && !mechanism)
        changed.append(ConnectorParameter::SmartHostAuthMechanism);
    for (const ConnectorParameter parameter : changed)
        copySetting(parameter, edited, merged);
    return merged;
}

void ConnectorEdit::copySetting(ConnectorParameter parameter, const SendConnector &from, SendConnector &to)
{
    using P = ConnectorParameter;
    switch (parameter) {
    case P::Name: to.name = from.name; break;
    case P::AddressSpaces: to.addressSpaces = from.addressSpaces; break;
    case P::Usage: to.usage = from.usage; break;
    case P::DNSRoutingEnabled: to.dnsRoutingEnabled = from.dnsRoutingEnabled; break;
    case P::SmartHosts: to.smartHosts = from.smartHosts; break;
    case P::SmartHostAuthMechanism: to.smartHostAuthMechanism = from.smartHostAuthMechanism; break;
    case P::AuthenticationCredential: to.authenticationCredential = from.authenticationCredential; break;
    case P::SourceTransportServers: to.sourceTransportServers = from.sourceTransportServers; break;
    case P::IsScopedConnector: to.isScopedConnector = from.isScopedConnector; break;
    case P::UseExternalDNSServersEnabled: to.useExternalDnsServersEnabled = from.useExternalDnsServersEnabled; break;
    case P::MaxMessageSize: to.maxMessageSize = from.maxMessageSize; break;
    case P::Port: to.port = from.port; break;
    case P::ConnectionInactivityTimeOut: to.connectionInactivityTimeOut = from.connectionInactivityTimeOut; break;
    case P::Enabled: to.enabled = from.enabled; break;
    case P::Comment: to.comment = from.comment; break;
    case P::Fqdn: to.fqdn = from.fqdn; break;
    case P::ForceHELO: to.forceHelo = from.forceHelo; break;
    case P::IgnoreSTARTTLS: to.ignoreStartTls = from.ignoreStartTls; break;
    case P::RequireTLS: to.requireTls = from.requireTls; break;
    case P::DomainSecureEnabled: to.domainSecureEnabled = from.domainSecureEnabled; break;
    case P::ProtocolLoggingLevel: to.protocolLoggingLevel = from.protocolLoggingLevel; break;
    case P::SourceIPAddress: to.sourceIpAddress = from.sourceIpAddress; break;
    case P::LinkedReceiveConnector: to.linkedReceiveConnector = from.linkedReceiveConnector; break;
    default: break; // cmdlet parameters (Identity, WhatIf…) are no settings
    }
}
