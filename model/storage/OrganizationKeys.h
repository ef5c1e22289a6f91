#pragma once

#include "ConnectorParameter.h"

// The organization file's member names, in the order OrganizationWriter writes them; the reader
// checks every key against them. Internal to model/storage. A connector's keys are its Exchange
// parameter names, spelled once in the parameter table (ConnectorParameter); they are set before
// main() runs and read only by functions.
namespace Keys {
const char *const SchemaVersion = "SchemaVersion";
const char *const Organization = "Organization";
const char *const ExchangeVersion = "ExchangeVersion";
const char *const LocalServer = "LocalServer";
const char *const Sites = "Sites";
const char *const Servers = "Servers";
const char *const RoleAssignments = "RoleAssignments";
const char *const AcceptedDomains = "AcceptedDomains";
const char *const SendConnectors = "SendConnectors";

const char *const Name = "Name";
const char *const SiteLinks = "SiteLinks";
const char *const Site = "Site";
const char *const Cost = "Cost";
const char *const Role = "Role";
const char *const Subscribed = "Subscribed";
// Set-TransportServer's own parameter name (docs/organization-file.md#external-dns-servers).
const char *const ExternalDnsServers = "ExternalDNSServers";

const char *const DomainName = "DomainName";
const char *const DomainType = "DomainType";
const char *const Default = "Default";

const char *const OrganizationAdministrators = "ExchangeOrganizationAdministrators";
const char *const EdgeAdministrators = "EdgeAdministrators";

using CP = ConnectorParameter;

inline const char *const Usage = Parameter::latin1Name(CP::Usage);
inline const char *const AddressSpaces = Parameter::latin1Name(CP::AddressSpaces);
inline const char *const IsScopedConnector = Parameter::latin1Name(CP::IsScopedConnector);
inline const char *const DnsRoutingEnabled = Parameter::latin1Name(CP::DNSRoutingEnabled);
inline const char *const SmartHosts = Parameter::latin1Name(CP::SmartHosts);
inline const char *const SmartHostAuthMechanism = Parameter::latin1Name(CP::SmartHostAuthMechanism);
inline const char *const AuthenticationCredential = Parameter::latin1Name(CP::AuthenticationCredential);
inline const char *const SourceTransportServers = Parameter::latin1Name(CP::SourceTransportServers);
inline const char *const UseExternalDnsServersEnabled = Parameter::latin1Name(CP::UseExternalDNSServersEnabled);
inline const char *const MaxMessageSize = Parameter::latin1Name(CP::MaxMessageSize);
inline const char *const Port = Parameter::latin1Name(CP::Port);
inline const char *const ConnectionInactivityTimeOut = Parameter::latin1Name(CP::ConnectionInactivityTimeOut);
inline const char *const Enabled = Parameter::latin1Name(CP::Enabled);
inline const char *const Comment = Parameter::latin1Name(CP::Comment);
inline const char *const Fqdn = Parameter::latin1Name(CP::Fqdn);
inline const char *const ForceHelo = Parameter::latin1Name(CP::ForceHELO);
inline const char *const IgnoreStartTls = Parameter::latin1Name(CP::IgnoreSTARTTLS);
inline const char *const RequireTls = Parameter::latin1Name(CP::RequireTLS);
inline const char *const DomainSecureEnabled = Parameter::latin1Name(CP::DomainSecureEnabled);
inline const char *const ProtocolLoggingLevel = Parameter::latin1Name(CP::ProtocolLoggingLevel);
inline const char *const SourceIpAddress = Parameter::latin1Name(CP::SourceIPAddress);
inline const char *const LinkedReceiveConnector = Parameter::latin1Name(CP::LinkedReceiveConnector);
// When the connector was last created or changed through the product (Exchange's WhenChanged).
const char *const WhenChanged = "WhenChanged";

const char *const Type = "Type";
const char *const Address = "Address";
const char *const Scope = "Scope";

const char *const UserName = "UserName";
const char *const Password = "Password";
} // namespace Keys
