#pragma once

#include "AddressSpace.h"
#include "Organization.h"
#include "Problem.h"
#include "SmartHost.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class RoutingIndex;
class SitePaths;

// A recipient's SMTP address, parsed once: "local@domain" with the domain in lower-case ACE form.
struct RecipientAddress
{
    QString address;
    QString domain;

    // Problem parameter "Recipient"; codes "Routing.InvalidRecipient" (no "@", an empty local
    // part, a domain literal) and the DomainName.* codes for the domain.
    static Parsed<RecipientAddress> parse(const QString &text);
};

// What happens to a message for one recipient (docs/domain-rules.md#how-exchange-picks-a-connector).
enum class RouteOutcome { Internal, Routed, Unreachable };

// Why a candidate connector did not win, or that it did; in the order the rules apply them.
enum class RouteStep {
    Chosen,
    Disabled,
    MessageTooLarge,
    NoSourceServer,      // none of its source servers is reachable from the sending server's site
    OutOfScope,          // scoped, and the sending server is in none of its source servers' sites
    NoMatchingAddressSpace,
    LessSpecific,
    HigherCost,
    FartherAway,
    LaterName,
};

// One connector of the side as the explanation shows it.
struct RouteCandidate
{
    QString connector;
    std::optional<AddressSpace> addressSpace; // its most specific match, when it has one
    QString sourceServer;                     // the source server the mail would be relayed to
    std::optional<int> cost;                  // the aggregate cost, when it has a match
    RouteStep step = RouteStep::NoMatchingAddressSpace;
};

// The answer for one recipient, message size and sending server.
struct Route
{
    RouteOutcome outcome = RouteOutcome::Unreachable;
    QString recipient;
    QString domain;
    QString server;
    qint64 messageSize = 0;

    // Routed only.
    QString connector;
    AddressSpace addressSpace; // the matched address space
    QString sourceServer;      // the source server the mail is relayed to
    int cost = 0;              // site-link path cost + address-space cost
    bool dnsRouting = false;   // next hop: the recipient domain's DNS MX records
    // Another connector was as specific, as cheap and as near: the connector won on its name only.
    QString nameRival;         // that connector (the first of them in name order); empty otherwise
    bool decidedByName() const { return !nameRival.isEmpty(); }
    QList<SmartHost> smartHosts; // next hop otherwise

    // Internal only: the accepted domain that matched ("contoso.com", "*.contoso.com").
    QString acceptedDomain;

    // Filled when asked for (RouteResolver::Detail::Explanation): every connector of the side, in
    // the side's order, with the step that eliminated it.
    QList<RouteCandidate> candidates;

    // "DNS MX (contoso.com)" or the smart hosts, comma-separated; empty unless Routed.
    QString nextHop() const;
    // A translated sentence: why Internal, Routed or Unreachable (built on demand: resolving is
    // meant to be cheap).
    QString reason() const;
};

// Resolves recipients to Send connectors for one version of an organization, as
// docs/domain-rules.md#how-exchange-picks-a-connector describes. Site-path costs are computed once,
// at construction; the per-server view (which connectors a server may use, at what cost) and its
// index are built on first use and kept. Not thread-safe (the cache); make one per thread.
class RouteResolver
{
    Q_DECLARE_TR_FUNCTIONS(RouteResolver)
public:
    // Indexed: a lookup costs in proportion to the recipient domain's labels (RoutingIndex).
    // LinearScan: every address space of every connector is examined; the same rules, for the
    // property test and the benchmark's floor.
    enum class Method { Indexed, LinearScan };
    enum class Detail { Decision, Explanation };

    explicit RouteResolver(Organization organization, Method method = Method::Indexed);
    ~RouteResolver();
    RouteResolver(const RouteResolver &) = delete;
    RouteResolver &operator=(const RouteResolver &) = delete;

    const Organization &organization() const { return m_organization; }

    // `server` empty: the organization's LocalServer. Problems (parameter in brackets):
    // Routing.InvalidRecipient / DomainName.* (Recipient), Routing.UnknownServer,
    // Routing.SubscribedEdge (Server), Routing.InvalidMessageSize (MessageSize, when negative).
    Parsed<Route> resolve(const QString &recipient, qint64 messageSize, const QString &server = QString(),
                          Detail detail = Detail::Decision) const;
    Parsed<Route> resolve(const RecipientAddress &recipient, qint64 messageSize, const QString &server = QString(),
                          Detail detail = Detail::Decision) const;

    // Builds the sending server's view now (the benchmark times it); false for a server resolve()
    // would refuse.
    bool prepare(const QString &server) const;

    // The aggregate site-link cost of the cheapest path between two sites (docs/domain-rules.md
    // #site-link-paths); std::nullopt when no path joins them.
    std::optional<int> sitePathCost(const QString &from, const QString &to) const;

    static QString toString(RouteOutcome outcome);
    static QString toString(RouteStep step); // "Disabled", "LessSpecific"... (stable, for tables)

private:
    struct ServerView; // what one sending server may use, and its index (RouteResolver.cpp)

    const ServerView *view(const QString &server, Problems &problems) const;
    std::unique_ptr<ServerView> buildView(const TransportServer &server) const;
    // The accepted domain with the most specific match for `domain`, or nullptr (the scan's way).
    const AcceptedDomain *acceptedDomainFor(const QString &domain) const;

    Organization m_organization;
    Method m_method;
    std::unique_ptr<SitePaths> m_sitePaths;
    // By lower-case server name, and by the spelling last asked for (no case folding per lookup).
    mutable QHash<QString, std::shared_ptr<ServerView>> m_views;
    mutable QString m_lastServer;
    mutable const ServerView *m_lastView = nullptr;
};
