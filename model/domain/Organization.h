#pragma once

#include "ExchangeTypes.h"
#include "SendConnector.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A link between two Active Directory sites with its routing cost.
struct SiteLink
{
    QString site;
    int cost = 1;
    friend bool operator==(const SiteLink &a, const SiteLink &b) { return a.site == b.site && a.cost == b.cost; }
};

// An Active Directory site.
struct AdSite
{
    QString name;
    QList<SiteLink> siteLinks;
    friend bool operator==(const AdSite &a, const AdSite &b) { return a.name == b.name && a.siteLinks == b.siteLinks; }
};

// A Hub Transport or Edge Transport server of the organization.
struct TransportServer
{
    QString name;
    Exchange::ServerRole role = Exchange::ServerRole::HubTransport;
    QString site;            // Hub: its AD site; subscribed Edge: the site of its Edge Subscription; else empty
    bool subscribed = false; // Edge only: EdgeSync subscription
    QList<SendConnector> sendConnectors; // an unsubscribed Edge's own connectors; empty otherwise
    // The DNS servers it asks for a connector with UseExternalDNSServersEnabled, in the order
    // given (Set-TransportServer -ExternalDNSServers, docs/organization-file.md#external-dns-servers).
    // Hub or Edge; empty: none listed, and the server then uses its network adapter's DNS servers.
    QList<QHostAddress> externalDnsServers;

    bool isHub() const { return role == Exchange::ServerRole::HubTransport; }
    bool isEdge() const { return role == Exchange::ServerRole::EdgeTransport; }

    // An ExternalDNSServers entry as written: a strict IPv4 dotted quad ("192.0.2.53", no
    // leading zeros) or an IPv6 address ("2001:db8::53"), without blanks or a zone suffix
    // ("%eth0"); nothing for anything else. Whether the address may serve is OrganizationValidator's.
    static std::optional<QHostAddress> parseDnsServerAddress(const QString &text);

    friend bool operator==(const TransportServer &a, const TransportServer &b);
};

// A domain the organization accepts mail for (docs/domain-rules.md#accepted-domains).
struct AcceptedDomain
{
    QString domainName; // lower-case ACE "contoso.com", or "*.contoso.com" for it and its subdomains
    Exchange::AcceptedDomainType domainType = Exchange::AcceptedDomainType::Authoritative;
    bool isDefault = false;

    bool includesSubdomains() const { return domainName.startsWith(QLatin1String("*.")); }
    // The domain without its "*." prefix.
    QString domain() const { return includesSubdomains() ? domainName.mid(2) : domainName; }

    friend bool operator==(const AcceptedDomain &a, const AcceptedDomain &b)
    {
        return a.domainName == b.domainName && a.domainType == b.domainType && a.isDefault == b.isDefault;
    }
};

// Who holds which Exchange role. Absent from a file: nobody is checked (every operator may act).
struct RoleAssignments
{
    QStringList organizationAdministrators;       // holders of Exchange Organization Administrator
    QMap<QString, QStringList> edgeAdministrators; // Edge server name -> its local Administrators

    friend bool operator==(const RoleAssignments &a, const RoleAssignments &b)
    {
        return a.organizationAdministrators == b.organizationAdministrators
            && a.edgeAdministrators == b.edgeAdministrators;
    }
};

// An Exchange organization's transport configuration: what one organization file holds.
struct Organization
{
    static constexpr int CurrentSchemaVersion = 1;

    int schemaVersion = CurrentSchemaVersion;
    QString name;
    Exchange::Version exchangeVersion = Exchange::Version::Sp12007;
    QString localServer; // the server the tools act on by default
    QList<AdSite> sites;
    QList<TransportServer> servers;
    std::optional<RoleAssignments> roleAssignments;
    QList<SendConnector> sendConnectors; // the organization's (Hub side) connectors
    QList<AcceptedDomain> acceptedDomains;

    const TransportServer *server(const QString &name) const; // case-insensitive
    TransportServer *server(const QString &name);
    const AdSite *site(const QString &name) const;             // case-insensitive

    // The connectors of a side: the organization's for an empty name or a Hub, the Edge's own
    // for an Edge (empty for a subscribed one). A name that is no server of the organization
    // gives an empty list (mutableConnectorsFor: nullptr), never the organization's.
    const QList<SendConnector> &connectorsFor(const QString &edgeServer) const;
    QList<SendConnector> *mutableConnectorsFor(const QString &edgeServer);

    // The connector named `name` (case-insensitive) on that side, or nullptr.
    const SendConnector *connector(const QString &name, const QString &edgeServer = QString()) const;

    // What EdgeSync replicates to a subscribed Edge: the organization's (Hub side) connectors whose
    // SourceTransportServers name that Edge's subscription (docs/domain-rules.md, Edge
    // subscriptions). Empty for a Hub, an unsubscribed Edge or an unknown name.
    QList<SendConnector> replicatedConnectors(const QString &edgeServer) const;

    // The AD site-link cost between two sites: 0 for the same site, the link's cost when linked
    // (a link declared on either of the two sites counts), std::nullopt when no link is declared.
    std::optional<int> siteLinkCost(const QString &from, const QString &to) const;

    friend bool operator==(const Organization &a, const Organization &b);
};
