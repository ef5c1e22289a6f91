#include "ExchangeTypes.h"

#include <array>
#include <utility>

namespace Exchange {
namespace {

// One table per enumeration: the enumerator and its Exchange spelling, in declaration order.
template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<Version, 2> versionNames{{{Version::Rtm2007, "2007 RTM"}, {Version::Sp12007, "2007 SP1"}}};
constexpr Table<Usage, 4> usageNames{
    {{Usage::Custom, "Custom"}, {Usage::Internal, "Internal"}, {Usage::Internet, "Internet"}, {Usage::Partner, "Partner"}}};
constexpr Table<SmartHostAuthMechanism, 5> authNames{{{SmartHostAuthMechanism::None, "None"},
                                                      {SmartHostAuthMechanism::BasicAuth, "BasicAuth"},
                                                      {SmartHostAuthMechanism::BasicAuthRequireTLS, "BasicAuthRequireTLS"},
                                                      {SmartHostAuthMechanism::ExchangeServer, "ExchangeServer"},
                                                      {SmartHostAuthMechanism::ExternalAuthoritative, "ExternalAuthoritative"}}};
constexpr Table<ServerRole, 2> roleNames{{{ServerRole::HubTransport, "HubTransport"}, {ServerRole::EdgeTransport, "EdgeTransport"}}};
constexpr Table<ProtocolLoggingLevel, 2> loggingNames{{{ProtocolLoggingLevel::None, "None"}, {ProtocolLoggingLevel::Verbose, "Verbose"}}};
constexpr Table<AcceptedDomainType, 3> acceptedDomainTypeNames{{{AcceptedDomainType::Authoritative, "Authoritative"},
                                                                {AcceptedDomainType::InternalRelay, "InternalRelay"},
                                                                {AcceptedDomainType::ExternalRelay, "ExternalRelay"}}};

template <typename E, std::size_t N>
QString nameOf(const Table<E, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parseIn(const Table<E, N> &table, const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const auto &entry : table) {
        if (trimmed.compare(QLatin1String(entry.second), Qt::CaseInsensitive) == 0)
            return entry.first;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList namesIn(const Table<E, N> &table)
{
    QStringList result;
    for (const auto &entry : table)
        result.append(QString::fromLatin1(entry.second));
    return result;
}

} // namespace

QString toString(Version value) { return nameOf(versionNames, value); }
QString toString(Usage value) { return nameOf(usageNames, value); }
QString toString(SmartHostAuthMechanism value) { return nameOf(authNames, value); }
QString toString(ServerRole value) { return nameOf(roleNames, value); }
QString toString(ProtocolLoggingLevel value) { return nameOf(loggingNames, value); }
QString toString(AcceptedDomainType value) { return nameOf(acceptedDomainTypeNames, value); }

std::optional<Version> parseVersion(const QString &text) { return parseIn(versionNames, text); }
std::optional<Usage> parseUsage(const QString &text) { return parseIn(usageNames, text); }
std::optional<SmartHostAuthMechanism> parseSmartHostAuthMechanism(const QString &text) { return parseIn(authNames, text); }
std::optional<ServerRole> parseServerRole(const QString &text) { return parseIn(roleNames, text); }
std::optional<ProtocolLoggingLevel> parseProtocolLoggingLevel(const QString &text) { return parseIn(loggingNames, text); }
std::optional<AcceptedDomainType> parseAcceptedDomainType(const QString &text) { return parseIn(acceptedDomainTypeNames, text); }

QStringList names(Version) { return namesIn(versionNames); }
QStringList names(Usage) { return namesIn(usageNames); }
QStringList names(SmartHostAuthMechanism) { return namesIn(authNames); }
QStringList names(ServerRole) { return namesIn(roleNames); }
QStringList names(ProtocolLoggingLevel) { return namesIn(loggingNames); }
QStringList names(AcceptedDomainType) { return namesIn(acceptedDomainTypeNames); }

bool isBasicAuthentication(SmartHostAuthMechanism mechanism)
{
    return mechanism == SmartHostAuthMechanism::BasicAuth || mechanism == SmartHostAuthMechanism::BasicAuthRequireTLS;
}

} // namespace Exchange
