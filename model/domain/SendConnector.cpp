#include "SendConnector.h"

#include <algorithm>

bool SendConnector::isScoped() const
{
    return isScopedConnector
        || std::any_of(addressSpaces.cbegin(), addressSpaces.cend(), [](const AddressSpace &a) { return a.localScope; });
}

QList<ConnectorParameter> SendConnector::differences(const SendConnector &a, const SendConnector &b)
{
    using P = ConnectorParameter;
    QList<ConnectorParameter> found;
    const auto compare = [&found](bool same, ConnectorParameter parameter) {
        if (!same)
            found.append(parameter);
    };
    compare(a.name == b.name, P::Name);
    compare(a.addressSpaces == b.addressSpaces, P::AddressSpaces);
    compare(a.usage == b.usage, P::Usage);
    compare(a.dnsRoutingEnabled == b.dnsRoutingEnabled, P::DNSRoutingEnabled);
    compare(a.smartHosts == b.smartHosts, P::SmartHosts);
    compare(a.smartHostAuthMechanism == b.smartHostAuthMechanism, P::SmartHostAuthMechanism);
    compare(a.authenticationCredential == b.authenticationCredential, P::AuthenticationCredential);
    compare(a.sourceTransportServers == b.sourceTransportServers, P::SourceTransportServers);
    compare(a.isScopedConnector == b.isScopedConnector, P::IsScopedConnector);
    compare(a.useExternalDnsServersEnabled == b.useExternalDnsServersEnabled, P::UseExternalDNSServersEnabled);
    compare(a.maxMessageSize == b.maxMessageSize, P::MaxMessageSize);
    compare(a.port == b.port, P::Port);
    compare(a.connectionInactivityTimeOut == b.connectionInactivityTimeOut, P::ConnectionInactivityTimeOut);
    compare(a.enabled == b.enabled, P::Enabled);
    compare(a.comment == b.comment, P::Comment);
    compare(a.fqdn == b.fqdn, P::Fqdn);
    compare(a.forceHelo == b.forceHelo, P::ForceHELO);
    compare(a.ignoreStartTls == b.ignoreStartTls, P::IgnoreSTARTTLS);
    compare(a.requireTls == b.requireTls, P::RequireTLS);
    compare(a.domainSecureEnabled == b.domainSecureEnabled, P::DomainSecureEnabled);
    compare(a.protocolLoggingLevel == b.protocolLoggingLevel, P::ProtocolLoggingLevel);
    compare(a.sourceIpAddress == b.sourceIpAddress, P::SourceIPAddress);
    compare(a.linkedReceiveConnector == b.linkedReceiveConnector, P::LinkedReceiveConnector);
    return found;
}

bool operator==(const SendConnector &a, const SendConnector &b)
{
    return SendConnector::differences(a, b).isEmpty();
}
