#include "SendConnector.h"

#include <algorithm>

bool SendConnector::isScoped() const
{
    return isScopedConnector
        || std::any_of(addressSpaces.cbegin(), addressSpaces.cend(), [](const AddressSpace &a) { return a.localScope; });
}

bool operator==(const SendConnector &a, const SendConnector &b)
{
    return a.name == b.name && a.usage == b.usage && a.addressSpaces == b.addressSpaces
        && a.isScopedConnector == b.isScopedConnector && a.dnsRoutingEnabled == b.dnsRoutingEnabled
        && a.smartHosts == b.smartHosts && a.smartHostAuthMechanism == b.smartHostAuthMechanism
        && a.authenticationCredential == b.authenticationCredential
        && a.sourceTransportServers == b.sourceTransportServers
        && a.useExternalDnsServersEnabled == b.useExternalDnsServersEnabled && a.maxMessageSize == b.maxMessageSize
        && a.port == b.port && a.connectionInactivityTimeOut == b.connectionInactivityTimeOut
        && a.enabled == b.enabled && a.comment == b.comment && a.fqdn == b.fqdn && a.forceHelo == b.forceHelo
        && a.ignoreStartTls == b.ignoreStartTls && a.requireTls == b.requireTls
        && a.domainSecureEnabled == b.domainSecureEnabled && a.protocolLoggingLevel == b.protocolLoggingLevel
        && a.sourceIpAddress == b.sourceIpAddress && a.linkedReceiveConnector == b.linkedReceiveConnector;
}
