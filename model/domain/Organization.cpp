#include "Organization.h"

#include "SmartHost.h"

#include <algorithm>

namespace {
bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The connectors of an unknown server or of a subscribed Edge: such a side has none, and handing
// out the organization's list instead would let a caller edit the wrong side.
const QList<SendConnector> &noConnectors()
{
    static const QList<SendConnector> empty;
    return empty;
}
} // namespace

bool operator==(const TransportServer &a, const TransportServer &b)
{
    return a.name == b.name && a.role == b.role && a.site == b.site && a.subscribed == b.subscribed
        && a.sendConnectors == b.sendConnectors && a.externalDnsServers == b.externalDnsServers;
}

std::optional<QHostAddress> TransportServer::parseDnsServerAddress(const QString &text)
{
    // The same strict forms as smart hosts and SourceIPAddress: QHostAddress alone would take
    // "127.1", "010.0.0.1" or "fe80::1%eth0".
    if (!SmartHostParser::isStrictIpv4(text) && !SmartHostParser::isStrictIpv6(text))
        return std::nullopt;
    return QHostAddress(text);
}

bool operator==(const Organization &a, const Organization &b)
{
    return a.schemaVersion == b.schemaVersion && a.name == b.name && a.exchangeVersion == b.exchangeVersion
        && a.localServer == b.localServer && a.sites == b.sites && a.servers == b.servers
        && a.roleAssignments == b.roleAssignments && a.sendConnectors == b.sendConnectors
        && a.acceptedDomains == b.acceptedDomains;
}

const TransportServer *Organization::server(const QString &name) const
{
    const auto it = std::find_if(servers.cbegin(), servers.cend(),
                                 [&](const TransportServer &s) { return sameName(s.name, name); });
    return it == servers.cend() ? nullptr : &*it;
}

TransportServer *Organization::server(const QString &name)
{
    const auto it = std::find_if(servers.begin(), servers.end(),
                                 [&](const TransportServer &s) { return sameName(s.name, name); });
    return it == servers.end() ? nullptr : &*it;
}

const AdSite *Organization::site(const QString &name) const
{
    const auto it = std::find_if(sites.cbegin(), sites.cend(), [&](const AdSite &s) { return sameName(s.name, name); });
    return it == sites.cend() ? nullptr : &*it;
}

// An empty name or a Hub Transport server: the organization's connectors. An Edge: its own list
// (empty for a subscribed Edge, whose connectors come from EdgeSync). A name that is no server of
// the organization: an empty list (and nullptr from mutableConnectorsFor), never the
// organization's, so that a typo cannot make a caller read or change the Hub side by mistake.
const QList<SendConnector> &Organization::connectorsFor(const QString &edgeServer) const
{
    if (edgeServer.isEmpty())
        return sendConnectors;
    const TransportServer *found = server(edgeServer);
    if (!found)
        return noConnectors();
    return found->isHub() ? sendConnectors : found->sendConnectors;
}

QList<SendConnector> *Organization::mutableConnectorsFor(const QString &edgeServer)
{
    if (edgeServer.isEmpty())
        return &sendConnectors;
    TransportServer *found = server(edgeServer);
    if (!found)
        return nullptr;
    return found->isHub() ? &sendConnectors : &found->sendConnectors;
}

QList<SendConnector> Organization::replicatedConnectors(const QString &edgeServer) const
{
    const TransportServer *edge = server(edgeServer);
    if (!edge || !edge->isEdge() || !edge->subscribed)
        return {};
    QList<SendConnector> replicated;
    for (const SendConnector &connector : sendConnectors) {
        if (connector.sourceTransportServers.contains(edge->name, Qt::CaseInsensitive))
            replicated.append(connector);
    }
    return replicated;
}

const SendConnector *Organization::connector(const QString &name, const QString &edgeServer) const
{
    const QList<SendConnector> &list = connectorsFor(edgeServer);
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const SendConnector &c) { return sameName(c.name, name); });
    return it == list.cend() ? nullptr : &*it;
}

std::optional<int> Organization::siteLinkCost(const QString &from, const QString &to) const
{
    if (from.isEmpty() || to.isEmpty())
        return std::nullopt;
    if (sameName(from, to))
        return 0;
    // Site links are symmetric: a link declared on either site counts. Should both directions be
    // declared with different costs (a file refuses that), the cheaper one is used.
    std::optional<int> cost;
    const auto consider = [&](const QString &owner, const QString &other) {
        const AdSite *ownerSite = site(owner);
        if (!ownerSite)
            return;
        for (const SiteLink &link : ownerSite->siteLinks) {
            if (sameName(link.site, other) && (!cost || link.cost < *cost))
                cost = link.cost;
        }
    };
    consider(from, to);
    consider(to, from);
    return cost;
}
