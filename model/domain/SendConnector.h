#pragma once

#include "AddressSpace.h"
#include "ConnectorParameter.h"
#include "ExchangeTypes.h"
#include "Quantities.h"
#include "SmartHost.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The user name of a smart host credential. The password is deliberately not here: it never
// reaches the organization file (see CredentialStore).
struct AuthenticationCredential
{
    QString userName;

    friend bool operator==(const AuthenticationCredential &a, const AuthenticationCredential &b)
    {
        return a.userName == b.userName;
    }
    friend bool operator!=(const AuthenticationCredential &a, const AuthenticationCredential &b) { return !(a == b); }
};

// A Send connector with every parameter of New-SendConnector
// (docs/domain-rules.md#connector-settings), holding Exchange's defaults until set.
struct SendConnector
{
    static constexpr qint64 DefaultMaxMessageSize = 10 * 1024 * 1024;
    static constexpr int DefaultPort = 25;
    static constexpr qint64 DefaultConnectionInactivityTimeOut = 10 * 60; // seconds

    QString name;
    Exchange::Usage usage = Exchange::Usage::Custom;
    QList<AddressSpace> addressSpaces;
    bool isScopedConnector = false; // SP1; RTM scopes each address space with "Local:"
    bool dnsRoutingEnabled = true;
    QList<SmartHost> smartHosts;
    Exchange::SmartHostAuthMechanism smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::None;
    std::optional<AuthenticationCredential> authenticationCredential;
    QStringList sourceTransportServers;
    bool useExternalDnsServersEnabled = false;
    ByteQuantity maxMessageSize = ByteQuantity::fromBytes(DefaultMaxMessageSize);
    int port = DefaultPort;
    TimeSpan connectionInactivityTimeOut = TimeSpan::fromSeconds(DefaultConnectionInactivityTimeOut);
    bool enabled = true;
    QString comment;
    QString fqdn;            // empty: the server's own name
    bool forceHelo = false;
    bool ignoreStartTls = false;
    bool requireTls = false;
    bool domainSecureEnabled = false;
    Exchange::ProtocolLoggingLevel protocolLoggingLevel = Exchange::ProtocolLoggingLevel::None;
    QString sourceIpAddress = QStringLiteral("0.0.0.0"); // Edge only
    QString linkedReceiveConnector; // empty: none

    // When the connector was last created or changed (UTC), as Exchange's WhenChanged; invalid
    // when unknown. Kept by the operations layer, shown read-only; not a setting, so operator==
    // and differences() leave it out.
    QDateTime whenChanged;

    // True when any address space is scoped (RTM "Local:") or the connector is scoped (SP1).
    bool isScoped() const;

    // The settings in which two connectors differ, in the parameter table's order (Name for a
    // rename). Empty exactly when a == b.
    static QList<ConnectorParameter> differences(const SendConnector &a, const SendConnector &b);

    friend bool operator==(const SendConnector &a, const SendConnector &b);
    friend bool operator!=(const SendConnector &a, const SendConnector &b) { return !(a == b); }
};
