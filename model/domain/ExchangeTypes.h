#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// The enumerations of Exchange 2007's transport configuration, with their Exchange spellings.
namespace Exchange {
Q_NAMESPACE

enum class Version { Rtm2007, Sp12007 };
Q_ENUM_NS(Version)

enum class Usage { Custom, Internal, Internet, Partner };
Q_ENUM_NS(Usage)

enum class SmartHostAuthMechanism { None, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative };
Q_ENUM_NS(SmartHostAuthMechanism)

enum class ServerRole { HubTransport, EdgeTransport };
Q_ENUM_NS(ServerRole)

enum class ProtocolLoggingLevel { None, Verbose };
Q_ENUM_NS(ProtocolLoggingLevel)

// How the organization treats mail for an accepted domain (docs/domain-rules.md#accepted-domains).
enum class AcceptedDomainType { Authoritative, InternalRelay, ExternalRelay };
Q_ENUM_NS(AcceptedDomainType)

// Exchange's own spellings ("2007 SP1", "BasicAuthRequireTLS", "HubTransport"...). Parsing is
// case-insensitive, as the shell's is; an unknown string gives std::nullopt, never a default.
QString toString(Version value);
QString toString(Usage value);
QString toString(SmartHostAuthMechanism value);
QString toString(ServerRole value);
QString toString(ProtocolLoggingLevel value);
QString toString(AcceptedDomainType value);

std::optional<Version> parseVersion(const QString &text);
std::optional<Usage> parseUsage(const QString &text);
std::optional<SmartHostAuthMechanism> parseSmartHostAuthMechanism(const QString &text);
std::optional<ServerRole> parseServerRole(const QString &text);
std::optional<ProtocolLoggingLevel> parseProtocolLoggingLevel(const QString &text);
std::optional<AcceptedDomainType> parseAcceptedDomainType(const QString &text);

// All the Exchange spellings of an enumeration, in declaration order, for messages that list
// what would be valid.
QStringList names(Version);
QStringList names(Usage);
QStringList names(SmartHostAuthMechanism);
// BasicAuth or BasicAuthRequireTLS: the connector sends a user name and password.
bool isBasicAuthentication(SmartHostAuthMechanism mechanism);
QStringList names(ServerRole);
QStringList names(ProtocolLoggingLevel);
QStringList names(AcceptedDomainType);

} // namespace Exchange
