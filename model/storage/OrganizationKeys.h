#pragma once

// The organization file's member names, in the order OrganizationWriter writes them; the reader
// checks every key against them. Internal to model/storage.
namespace Keys {
const char *const SchemaVersion = "SchemaVersion";
const char *const Organization = "Organization";
const char *const ExchangeVersion = "ExchangeVersion";
const char *const LocalServer = "LocalServer";
const char *const Sites = "Sites";
const char *const Servers = "Servers";
const char *const RoleAssignments = "RoleAssignments";
const char *const SendConnectors = "SendConnectors";

const char *const Name = "Name";
const char *const SiteLinks = "SiteLinks";
const char *const Site = "Site";
const char *const Cost = "Cost";
const char *const Role = "Role";
const char *const Subscribed = "Subscribed";

const char *const OrganizationAdministrators = "ExchangeOrganizationAdministrators";
const char *const EdgeAdministrators = "EdgeAdministrators";

const char *const Usage = "Usage";
const char *const AddressSpaces = "AddressSpaces";
const char *const IsScopedConnector = "IsScopedConnector";
const char *const DnsRoutingEnabled = "DNSRoutingEnabled";
const char *const SmartHosts = "SmartHosts";
const char *const SmartHostAuthMechanism = "SmartHostAuthMechanism";
const char *const AuthenticationCredential = "AuthenticationCredential";
const char *const SourceTransportServers = "SourceTransportServers";
const char *const UseExternalDnsServersEnabled = "UseExternalDNSServersEnabled";
const char *const MaxMessageSize = "MaxMessageSize";
const char *const Port = "Port";
const char *const ConnectionInactivityTimeOut = "ConnectionInactivityTimeOut";
const char *const Enabled = "Enabled";
const char *const Comment = "Comment";
const char *const Fqdn = "Fqdn";
const char *const ForceHelo = "ForceHELO";
const char *const IgnoreStartTls = "IgnoreSTARTTLS";
const char *const RequireTls = "RequireTLS";
const char *const DomainSecureEnabled = "DomainSecureEnabled";
const char *const ProtocolLoggingLevel = "ProtocolLoggingLevel";
const char *const SourceIpAddress = "SourceIPAddress";
const char *const LinkedReceiveConnector = "LinkedReceiveConnector";

const char *const Type = "Type";
const char *const Address = "Address";
const char *const Scope = "Scope";

const char *const UserName = "UserName";
const char *const Password = "Password";
} // namespace Keys
