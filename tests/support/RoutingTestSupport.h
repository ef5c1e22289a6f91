#pragma once
// Small organizations for the routing tests: four sites, Hub and Edge servers, accepted domains,
// and connectors written on one line each.

#include "AddressSpace.h"
#include "Organization.h"
#include "SendConnector.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

// Sites A-B (10), B-C (5), A-C (100): A to C costs 15 through B. D has no link.
// HUBA1, HUBA2 in A; HUBB1 in B; HUBC1 in C; HUBD1 in D; EDGE1 unsubscribed; EDGES subscribed (A).
// Accepted: contoso.com Authoritative (Default), *.litware.com Authoritative, fabrikam.com
// InternalRelay, *.tailspin.com ExternalRelay.
inline Organization baseOrganization()
{
    Organization org;
    org.name = QStringLiteral("Test");
    org.localServer = QStringLiteral("HUBA1");
    org.sites = {AdSite{QStringLiteral("A"), {SiteLink{QStringLiteral("B"), 10}, SiteLink{QStringLiteral("C"), 100}}},
                 AdSite{QStringLiteral("B"), {SiteLink{QStringLiteral("C"), 5}}}, AdSite{QStringLiteral("C"), {}},
                 AdSite{QStringLiteral("D"), {}}};
    const auto hub = [](const char *name, const char *site) {
        TransportServer server;
        server.name = QString::fromLatin1(name);
        server.site = QString::fromLatin1(site);
        return server;
    };
    org.servers = {hub("HUBA1", "A"), hub("HUBA2", "A"), hub("HUBB1", "B"), hub("HUBC1", "C"), hub("HUBD1", "D")};
    TransportServer edge;
    edge.name = QStringLiteral("EDGE1");
    edge.role = Exchange::ServerRole::EdgeTransport;
    org.servers.append(edge);
    TransportServer subscribed = edge;
    subscribed.name = QStringLiteral("EDGES");
    subscribed.subscribed = true;
    subscribed.site = QStringLiteral("A");
    org.servers.append(subscribed);
    using T = Exchange::AcceptedDomainType;
    org.acceptedDomains = {AcceptedDomain{QStringLiteral("contoso.com"), T::Authoritative, true},
                           AcceptedDomain{QStringLiteral("*.litware.com"), T::Authoritative, false},
                           AcceptedDomain{QStringLiteral("fabrikam.com"), T::InternalRelay, false},
                           AcceptedDomain{QStringLiteral("*.tailspin.com"), T::ExternalRelay, false}};
    return org;
}

// "Name|space space…|SOURCE,SOURCE|flag,flag": flags disabled, scoped, max=<bytes>, smarthost=<host>,
// edge (the connector belongs to EDGE1 instead of the organization).
inline std::optional<SendConnector> connectorFromSpec(const QString &spec, bool *edge)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() < 3)
        return std::nullopt;
    SendConnector connector;
    connector.name = parts.at(0);
    for (const QString &text : parts.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const Parsed<AddressSpace> space = AddressSpaceParser::parse(text, Exchange::Version::Sp12007);
        if (!space.ok())
            return std::nullopt;
        connector.addressSpaces.append(*space.value);
    }
    connector.sourceTransportServers = parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    *edge = false;
    const QStringList flags = parts.size() > 3 ? parts.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    for (const QString &flag : flags) {
        if (flag == QLatin1String("disabled"))
            connector.enabled = false;
        else if (flag == QLatin1String("scoped"))
            connector.isScopedConnector = true;
        else if (flag.startsWith(QLatin1String("max=")))
            connector.maxMessageSize = ByteQuantity::fromBytes(flag.mid(4).toLongLong());
        else if (flag.startsWith(QLatin1String("smarthost="))) {
            connector.dnsRoutingEnabled = false;
            connector.smartHosts.append(SmartHost{SmartHost::Kind::IpAddress, flag.mid(10)});
        } else if (flag == QLatin1String("edge"))
            *edge = true;
        else
            return std::nullopt;
    }
    return connector;
}

// Adds a connector written as connectorFromSpec() reads it; false when the spec is malformed.
inline bool addConnector(Organization &org, const QString &spec)
{
    bool edge = false;
    const std::optional<SendConnector> parsed = connectorFromSpec(spec, &edge);
    if (!parsed)
        return false;
    (edge ? org.server(QStringLiteral("EDGE1"))->sendConnectors : org.sendConnectors).append(*parsed);
    return true;
}

// The recipients randomOrganization()'s address spaces are about: every kind of match and none.
inline QStringList randomRecipients()
{
    return {QStringLiteral("u@a.com"), QStringLiteral("u@b.a.com"), QStringLiteral("u@c.b.a.com"),
            QStringLiteral("u@c.com"), QStringLiteral("u@d.c.com"), QStringLiteral("u@x.org"),
            QStringLiteral("u@y.org"), QStringLiteral("u@z.net"),   QStringLiteral("u@com")};
}

// A small random organization: 1-4 sites with random links, Hubs H0.. (1-5) and one unsubscribed
// Edge "E" last, random accepted domains, up to 11 connectors with overlapping address spaces,
// costs, scopes, limits, unknown source servers and disabled ones, on the Hub side or the Edge.
inline Organization randomOrganization(QRandomGenerator &random)
{
    const auto pick = [&](const QStringList &list) { return list.at(random.bounded(static_cast<int>(list.size()))); };
    const QStringList patterns{QStringLiteral("*"),       QStringLiteral("*.com"),    QStringLiteral("a.com"),
                               QStringLiteral("*.a.com"), QStringLiteral("b.a.com"),  QStringLiteral("*.b.a.com"),
                               QStringLiteral("c.com"),   QStringLiteral("*.c.com"),  QStringLiteral("--"),
                               QStringLiteral("x.org"),   QStringLiteral("*.org")};
    const QStringList domains{QStringLiteral("a.com"), QStringLiteral("*.a.com"), QStringLiteral("c.com"),
                              QStringLiteral("*.org"), QStringLiteral("b.a.com")};
    Organization org;
    const int siteCount = 1 + random.bounded(4);
    for (int s = 0; s < siteCount; ++s) {
        AdSite site{QStringLiteral("S%1").arg(s), {}};
        for (int t = 0; t < s; ++t) {
            if (random.bounded(2))
                site.siteLinks.append(SiteLink{QStringLiteral("S%1").arg(t), 1 + random.bounded(4)});
        }
        org.sites.append(site);
    }
    const int hubCount = 1 + random.bounded(5);
    for (int h = 0; h < hubCount; ++h) {
        TransportServer hub;
        hub.name = QStringLiteral("H%1").arg(h);
        hub.site = QStringLiteral("S%1").arg(random.bounded(siteCount));
        org.servers.append(hub);
    }
    TransportServer edge;
    edge.name = QStringLiteral("E");
    edge.role = Exchange::ServerRole::EdgeTransport;
    org.servers.append(edge);
    const int acceptedCount = random.bounded(3);
    for (int a = 0; a < acceptedCount; ++a) {
        org.acceptedDomains.append(AcceptedDomain{pick(domains),
                                                  static_cast<Exchange::AcceptedDomainType>(random.bounded(3)), a == 0});
    }
    const int connectorCount = random.bounded(12);
    for (int c = 0; c < connectorCount; ++c) {
        SendConnector connector;
        // Names differing only in letter case exercise the ordinal fallback.
        connector.name = QStringLiteral("%1%2").arg(random.bounded(2) ? QStringLiteral("c") : QStringLiteral("C")).arg(c % 7);
        connector.name += QString::number(c);
        const int spaceCount = 1 + random.bounded(3);
        for (int s = 0; s < spaceCount; ++s) {
            AddressSpace space;
            space.address = pick(patterns);
            if (random.bounded(10) == 0)
                space.type = QStringLiteral("FAX");
            space.cost = 1 + random.bounded(3);
            space.localScope = random.bounded(8) == 0;
            connector.addressSpaces.append(space);
        }
        const int sourceCount = random.bounded(3);
        for (int s = 0; s < sourceCount; ++s)
            connector.sourceTransportServers.append(QStringLiteral("H%1").arg(random.bounded(hubCount + 1))); // H<n>: unknown
        connector.isScopedConnector = random.bounded(4) == 0;
        connector.enabled = random.bounded(6) != 0;
        if (random.bounded(3) == 0)
            connector.maxMessageSize = ByteQuantity::fromBytes(random.bounded(3) * 1000);
        if (random.bounded(4) == 0)
            org.servers.last().sendConnectors.append(connector);
        else
            org.sendConnectors.append(connector);
    }
    return org;
}
