#include "RouteResolver.h"

#include "DomainName.h"
#include "RoutingIndex.h"

#include <algorithm>
#include <limits>
#include <numeric>

// How one sending server sees one connector of its side: whether it may use it at all, which
// source server the mail is relayed to, at what site-path cost and proximity.
struct ConnectorReach
{
    bool enabled = false;
    bool inScope = true;      // false: scoped, and the sending server is in none of its source servers' sites
    int sourceServer = -1;    // index in the connector's SourceTransportServers; -1 none reachable
    int siteCost = 0;
    int proximity = 2;
    int nameRank = 0;
    qint64 maxMessageSize = 0;
};

struct RouteResolver::ServerView
{
    QString server; // as the organization spells it
    bool edge = false;
    QList<SendConnector> connectors; // the side (implicitly shared with the organization)
    std::vector<ConnectorReach> reach;
    RoutingIndex index; // RouteResolver::Method::Indexed only
};

namespace {
constexpr qint64 Unlimited = std::numeric_limits<qint64>::max();
const QString AllAcceptedDomains = QStringLiteral("--");

bool spaceInScope(const SendConnector &connector, const AddressSpace &space, const ConnectorReach &reach)
{
    // SP1 scopes the connector, 2007 RTM each address space ("Local:").
    return reach.inScope || !(connector.isScopedConnector || space.localScope);
}

// The most specific match of one address space for a domain, `--` standing for every accepted
// domain (docs/domain-rules.md#all-accepted-domains).
int spaceSpecificity(const AddressSpace &space, QStringView domain, const QList<AcceptedDomain> &accepted)
{
    if (!space.isSmtp())
        return -1; // non-SMTP address spaces never match an SMTP recipient
    if (space.address == AllAcceptedDomains) {
        int best = -1;
        for (const AcceptedDomain &acceptedDomain : accepted)
            best = std::max(best, RoutingIndex::specificity(acceptedDomain.domainName, domain));
        return best;
    }
    return RoutingIndex::specificity(space.address, domain);
}

// What the linear scan finds for one connector.
struct Evaluation
{
    RouteStep step = RouteStep::NoMatchingAddressSpace;
    int space = -1;
    int specificity = -1;
    int cost = 0;
};

Evaluation evaluate(const SendConnector &connector, const ConnectorReach &reach, QStringView domain,
                    qint64 messageSize, const QList<AcceptedDomain> &accepted)
{
    Evaluation result;
    // The order in which the explanation names the first rule a connector fails.
    if (!reach.enabled) {
        result.step = RouteStep::Disabled;
        return result;
    }
    if (reach.maxMessageSize < messageSize) {
        result.step = RouteStep::MessageTooLarge;
        return result;
    }
    if (reach.sourceServer < 0) {
        result.step = RouteStep::NoSourceServer;
        return result;
    }
    bool matchedOutOfScope = false;
    for (int i = 0; i < connector.addressSpaces.size(); ++i) {
        const AddressSpace &space = connector.addressSpaces.at(i);
        const int specificity = spaceSpecificity(space, domain, accepted);
        if (specificity < 0)
            continue;
        if (!spaceInScope(connector, space, reach)) {
            matchedOutOfScope = true;
            continue;
        }
        const int cost = reach.siteCost + space.cost;
        if (specificity > result.specificity || (specificity == result.specificity && cost < result.cost)) {
            result.specificity = specificity;
            result.space = i;
            result.cost = cost;
        }
    }
    if (result.space >= 0)
        result.step = RouteStep::Chosen; // provisionally: compared with the others next
    else
        result.step = matchedOutOfScope ? RouteStep::OutOfScope : RouteStep::NoMatchingAddressSpace;
    return result;
}

// True when (specificity, cost, proximity, name) of a beats b.
bool better(const Evaluation &a, const ConnectorReach &ra, const Evaluation &b, const ConnectorReach &rb)
{
    if (a.specificity != b.specificity)
        return a.specificity > b.specificity;
    if (a.cost != b.cost)
        return a.cost < b.cost;
    if (ra.proximity != rb.proximity)
        return ra.proximity < rb.proximity;
    return ra.nameRank < rb.nameRank;
}

RouteStep lossStep(const Evaluation &loser, const ConnectorReach &rl, const Evaluation &winner, const ConnectorReach &rw)
{
    if (loser.specificity != winner.specificity)
        return RouteStep::LessSpecific;
    if (loser.cost != winner.cost)
        return RouteStep::HigherCost;
    if (rl.proximity != rw.proximity)
        return RouteStep::FartherAway;
    return RouteStep::LaterName;
}
} // namespace

Parsed<RecipientAddress> RecipientAddress::parse(const QString &text)
{
    Parsed<RecipientAddress> parsed;
    const QString parameter = QStringLiteral("Recipient");
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        parsed.problems.append(Problem::error(
            QStringLiteral("Routing.InvalidRecipient"), parameter,
            RouteResolver::tr("The recipient \"%1\" is not an e-mail address: write it as name@domain, for example "
                              "julia@contoso.com.")
                .arg(trimmed)));
        return parsed;
    }
    if (at == 0) {
        parsed.problems.append(Problem::error(
            QStringLiteral("Routing.InvalidRecipient"), parameter,
            RouteResolver::tr("The recipient \"%1\" has nothing before the \"@\": write it as name@domain.").arg(trimmed)));
        return parsed;
    }
    const QString domainText = trimmed.mid(at + 1);
    if (domainText.startsWith(QLatin1Char('['))) {
        parsed.problems.append(Problem::error(
            QStringLiteral("Routing.InvalidRecipient"), parameter,
            RouteResolver::tr("The recipient \"%1\" names an IP address instead of a domain; Send connectors route "
                              "by domain. Use an address with a domain name.")
                .arg(trimmed)));
        return parsed;
    }
    const Parsed<QString> domain = DomainName::parse(domainText, parameter);
    if (!domain.ok()) {
        for (Problem problem : domain.problems) {
            problem.message = RouteResolver::tr("The recipient \"%1\" has an invalid domain: %2").arg(trimmed, problem.message);
            parsed.problems.append(problem);
        }
        return parsed;
    }
    RecipientAddress address;
    address.domain = *domain.value;
    address.address = trimmed.left(at + 1) + address.domain;
    parsed.value = address;
    return parsed;
}

QString Route::nextHop() const
{
    if (outcome != RouteOutcome::Routed)
        return QString();
    if (dnsRouting)
        return RouteResolver::tr("DNS MX (%1)").arg(domain);
    QStringList hosts;
    for (const SmartHost &host : smartHosts)
        hosts.append(host.toString());
    return hosts.join(QLatin1String(", "));
}

QString Route::reason() const
{
    switch (outcome) {
    case RouteOutcome::Internal:
        return RouteResolver::tr("%1 is an authoritative accepted domain (%2): the message is delivered inside the "
                                 "organization.")
            .arg(domain, acceptedDomain);
    case RouteOutcome::Routed:
        return RouteResolver::tr("The Send connector \"%1\" has the most specific address space for %2 (%3) at the "
                                 "least cost (%4).")
            .arg(connector, domain, addressSpace.toString())
            .arg(cost);
    case RouteOutcome::Unreachable:
        break;
    }
    return RouteResolver::tr("No enabled Send connector that %1 may use has an address space for %2 and accepts a "
                             "message of %3 bytes: the message waits in the Unreachable queue.")
        .arg(server, domain)
        .arg(messageSize);
}

RouteResolver::RouteResolver(Organization organization, Method method)
    : m_organization(std::move(organization))
    , m_method(method)
    , m_sitePaths(std::make_unique<SitePaths>(m_organization))
{
}

RouteResolver::~RouteResolver() = default;

std::optional<int> RouteResolver::sitePathCost(const QString &from, const QString &to) const
{
    return m_sitePaths->cost(from, to);
}

QString RouteResolver::toString(RouteOutcome outcome)
{
    switch (outcome) {
    case RouteOutcome::Internal:
        return QStringLiteral("Internal");
    case RouteOutcome::Routed:
        return QStringLiteral("Routed");
    case RouteOutcome::Unreachable:
        break;
    }
    return QStringLiteral("Unreachable");
}

QString RouteResolver::toString(RouteStep step)
{
    switch (step) {
    case RouteStep::Chosen: return QStringLiteral("Chosen");
    case RouteStep::Disabled: return QStringLiteral("Disabled");
    case RouteStep::MessageTooLarge: return QStringLiteral("MessageTooLarge");
    case RouteStep::NoSourceServer: return QStringLiteral("NoSourceServer");
    case RouteStep::OutOfScope: return QStringLiteral("OutOfScope");
    case RouteStep::NoMatchingAddressSpace: return QStringLiteral("NoMatchingAddressSpace");
    case RouteStep::LessSpecific: return QStringLiteral("LessSpecific");
    case RouteStep::HigherCost: return QStringLiteral("HigherCost");
    case RouteStep::FartherAway: return QStringLiteral("FartherAway");
    case RouteStep::LaterName: return QStringLiteral("LaterName");
    }
    return QString();
}

const AcceptedDomain *RouteResolver::acceptedDomainFor(const QString &domain) const
{
    const AcceptedDomain *best = nullptr;
    int bestSpecificity = -1;
    for (const AcceptedDomain &accepted : m_organization.acceptedDomains) {
        const int specificity = RoutingIndex::specificity(accepted.domainName, domain);
        if (specificity > bestSpecificity) {
            best = &accepted;
            bestSpecificity = specificity;
        }
    }
    return best;
}

std::unique_ptr<RouteResolver::ServerView> RouteResolver::buildView(const TransportServer &server) const
{
    auto view = std::make_unique<ServerView>();
    view->server = server.name;
    view->edge = server.isEdge();
    view->connectors = view->edge ? server.sendConnectors : m_organization.sendConnectors;
    const QList<SendConnector> &connectors = view->connectors;
    const int count = static_cast<int>(connectors.size());

    // The name tie-break: ordinal order ignoring letter case (names are unique that way within a
    // side), then ordinal (docs/decisions.md#routing-name-order).
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = QString::compare(connectors.at(a).name, connectors.at(b).name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : connectors.at(a).name < connectors.at(b).name;
    });
    view->reach.resize(static_cast<std::size_t>(count));
    for (int rank = 0; rank < count; ++rank)
        view->reach[static_cast<std::size_t>(order[static_cast<std::size_t>(rank)])].nameRank = rank;

    const int ownSite = m_sitePaths->indexOf(server.site);
    for (int i = 0; i < count; ++i) {
        const SendConnector &connector = connectors.at(i);
        ConnectorReach &reach = view->reach[static_cast<std::size_t>(i)];
        reach.enabled = connector.enabled;
        reach.maxMessageSize = connector.maxMessageSize.unlimited ? Unlimited : connector.maxMessageSize.bytes;
        if (view->edge) {
            // An unsubscribed Edge sends its own connectors' mail itself: no sites, no scope.
            reach.sourceServer = 0;
            reach.siteCost = 0;
            reach.proximity = 0;
            reach.inScope = true;
            continue;
        }
        // The nearest source server: the cheapest site path, then proximity, then its name.
        reach.inScope = false;
        int bestCost = 0;
        for (int s = 0; s < connector.sourceTransportServers.size(); ++s) {
            const QString &name = connector.sourceTransportServers.at(s);
            const TransportServer *source = m_organization.server(name);
            if (!source)
                continue;
            const int sourceSite = m_sitePaths->indexOf(source->site);
            const bool self = source->name.compare(server.name, Qt::CaseInsensitive) == 0;
            const bool sameSite = self || (ownSite >= 0 && sourceSite == ownSite);
            if (sameSite)
                reach.inScope = true;
            const std::optional<int> cost = self ? std::optional<int>(0) : m_sitePaths->cost(ownSite, sourceSite);
            if (!cost)
                continue;
            const int proximity = self ? 0 : sameSite ? 1 : 2;
            const bool take = reach.sourceServer < 0 || *cost < bestCost
                || (*cost == bestCost
                    && (proximity < reach.proximity
                        || (proximity == reach.proximity
                            && QString::compare(name, connector.sourceTransportServers.at(reach.sourceServer),
                                                Qt::CaseInsensitive) < 0)));
            if (take) {
                reach.sourceServer = s;
                bestCost = *cost;
                reach.proximity = proximity;
            }
        }
        reach.siteCost = bestCost;
    }

    if (m_method == Method::Indexed) {
        qsizetype spaces = 0;
        for (const SendConnector &connector : connectors)
            spaces += connector.addressSpaces.size();
        view->index.reserve(spaces);
        for (int i = 0; i < count; ++i) {
            const SendConnector &connector = connectors.at(i);
            const ConnectorReach &reach = view->reach[static_cast<std::size_t>(i)];
            // Disabled connectors and those without a reachable source server never win.
            if (!reach.enabled || reach.sourceServer < 0)
                continue;
            for (int s = 0; s < connector.addressSpaces.size(); ++s) {
                const AddressSpace &space = connector.addressSpaces.at(s);
                if (!space.isSmtp() || !spaceInScope(connector, space, reach))
                    continue;
                RoutingEntry entry;
                entry.connector = i;
                entry.space = s;
                entry.cost = reach.siteCost + space.cost;
                entry.proximity = reach.proximity;
                entry.nameRank = reach.nameRank;
                entry.maxMessageSize = reach.maxMessageSize;
                const auto addPattern = [&](const QString &pattern) {
                    // Stored patterns are lower case already (the parsers normalise them).
                    const auto lower = [](QString text) { return text.isLower() ? text : text.toLower(); };
                    if (pattern == QLatin1String("*"))
                        view->index.add(QString(), true, entry);
                    else if (pattern.startsWith(QLatin1String("*.")))
                        view->index.add(lower(pattern.mid(2)), true, entry);
                    else
                        view->index.add(lower(pattern), false, entry);
                };
                if (space.address == AllAcceptedDomains) {
                    for (const AcceptedDomain &accepted : m_organization.acceptedDomains)
                        addPattern(accepted.domainName);
                } else {
                    addPattern(space.address);
                }
            }
        }
        // Accepted domains decide first on the Hub side (an Edge routes everything).
        if (!view->edge) {
            for (int i = 0; i < m_organization.acceptedDomains.size(); ++i) {
                const AcceptedDomain &accepted = m_organization.acceptedDomains.at(i);
                view->index.addAcceptedDomain(accepted.domain().toLower(), accepted.includesSubdomains(), i);
            }
        }
        view->index.finish();
    }
    return view;
}

const RouteResolver::ServerView *RouteResolver::view(const QString &serverName, Problems &problems) const
{
    if (m_lastView && serverName == m_lastServer)
        return m_lastView;
    const QString name = serverName.isEmpty() ? m_organization.localServer : serverName;
    const QString key = name.toLower();
    if (const auto it = m_views.constFind(key); it != m_views.cend()) {
        m_lastServer = serverName;
        m_lastView = it->get();
        return m_lastView;
    }
    const TransportServer *server = m_organization.server(name);
    if (!server) {
        problems.append(Problem::error(
            QStringLiteral("Routing.UnknownServer"), QStringLiteral("Server"),
            tr("\"%1\" is not a Hub Transport or Edge Transport server of this organization. Name one of its "
               "servers as the sending server.")
                .arg(name)));
        return nullptr;
    }
    if (server->isEdge() && server->subscribed) {
        problems.append(Problem::error(
            QStringLiteral("Routing.SubscribedEdge"), QStringLiteral("Server"),
            tr("The Edge Transport server \"%1\" is subscribed: it sends with the connectors EdgeSync replicates "
               "from the organization. Test routing from a Hub Transport server of its site instead.")
                .arg(server->name)));
        return nullptr;
    }
    std::shared_ptr<ServerView> built = buildView(*server);
    m_views.insert(key, built);
    m_lastServer = serverName;
    m_lastView = built.get();
    return m_lastView;
}

bool RouteResolver::prepare(const QString &server) const
{
    Problems problems;
    return view(server, problems) != nullptr;
}

Parsed<Route> RouteResolver::resolve(const QString &recipient, qint64 messageSize, const QString &server,
                                     Detail detail) const
{
    const Parsed<RecipientAddress> address = RecipientAddress::parse(recipient);
    if (!address.ok()) {
        Parsed<Route> refused;
        refused.problems = address.problems;
        return refused;
    }
    return resolve(*address.value, messageSize, server, detail);
}

Parsed<Route> RouteResolver::resolve(const RecipientAddress &recipient, qint64 messageSize, const QString &server,
                                     Detail detail) const
{
    Parsed<Route> parsed;
    if (messageSize < 0) {
        parsed.problems.append(Problem::error(QStringLiteral("Routing.InvalidMessageSize"),
                                              QStringLiteral("MessageSize"),
                                              tr("The message size cannot be negative; give it in bytes (0 or more).")));
    }
    const ServerView *view = this->view(server, parsed.problems);
    if (!view || !parsed.problems.isEmpty())
        return parsed;

    Route route;
    route.recipient = recipient.address;
    route.domain = recipient.domain;
    route.server = view->server;
    route.messageSize = messageSize;

    // Mail for an authoritative domain stays in the organization; relay domains and every other
    // domain go through the Send connectors (docs/domain-rules.md#accepted-domains). An unsubscribed
    // Edge sends everything through its own connectors.
    const bool indexed = m_method == Method::Indexed;
    RoutingIndex::Match match;
    if (indexed)
        match = view->index.find(recipient.domain, messageSize);
    if (!view->edge) {
        const AcceptedDomain *accepted = !indexed ? acceptedDomainFor(recipient.domain)
            : match.acceptedDomain >= 0           ? &m_organization.acceptedDomains.at(match.acceptedDomain)
                                                  : nullptr;
        if (accepted && accepted->domainType == Exchange::AcceptedDomainType::Authoritative) {
            route.outcome = RouteOutcome::Internal;
            route.acceptedDomain = accepted->domainName;
            parsed.value = std::move(route);
            return parsed;
        }
    }

    const QList<SendConnector> &connectors = view->connectors;
    const QList<AcceptedDomain> &accepted = m_organization.acceptedDomains;
    int winner = -1;
    int rival = -1; // see Route::nameRival
    int winnerSpace = -1;
    int winnerCost = 0;
    const bool explain = detail == Detail::Explanation;
    std::vector<Evaluation> evaluations;
    if (indexed && !explain) {
        if (const RoutingEntry *entry = match.entry) {
            winner = entry->connector;
            winnerSpace = entry->space;
            winnerCost = entry->cost;
            if (match.nameRival)
                rival = match.nameRival->connector;
        }
    } else {
        evaluations.reserve(static_cast<std::size_t>(connectors.size()));
        for (int i = 0; i < connectors.size(); ++i) {
            const ConnectorReach &reach = view->reach[static_cast<std::size_t>(i)];
            evaluations.push_back(evaluate(connectors.at(i), reach, recipient.domain, messageSize, accepted));
            const Evaluation &evaluation = evaluations.back();
            if (evaluation.step != RouteStep::Chosen)
                continue;
            if (winner < 0
                || better(evaluation, reach, evaluations[static_cast<std::size_t>(winner)],
                          view->reach[static_cast<std::size_t>(winner)])) {
                winner = i;
            }
        }
        if (winner >= 0) {
            const Evaluation &best = evaluations[static_cast<std::size_t>(winner)];
            const ConnectorReach &bestReach = view->reach[static_cast<std::size_t>(winner)];
            winnerSpace = best.space;
            winnerCost = best.cost;
            for (int i = 0; i < connectors.size(); ++i) {
                const Evaluation &evaluation = evaluations[static_cast<std::size_t>(i)];
                const ConnectorReach &reach = view->reach[static_cast<std::size_t>(i)];
                if (i == winner || evaluation.step != RouteStep::Chosen
                    || lossStep(evaluation, reach, best, bestReach) != RouteStep::LaterName)
                    continue;
                if (rival < 0 || reach.nameRank < view->reach[static_cast<std::size_t>(rival)].nameRank)
                    rival = i;
            }
        }
    }

    if (winner >= 0) {
        const SendConnector &connector = connectors.at(winner);
        const ConnectorReach &reach = view->reach[static_cast<std::size_t>(winner)];
        route.outcome = RouteOutcome::Routed;
        route.connector = connector.name;
        route.addressSpace = connector.addressSpaces.at(winnerSpace);
        route.sourceServer = view->edge ? view->server : connector.sourceTransportServers.at(reach.sourceServer);
        route.cost = winnerCost;
        route.dnsRouting = connector.dnsRoutingEnabled;
        route.smartHosts = connector.smartHosts;
        if (rival >= 0)
            route.nameRival = connectors.at(rival).name;
    } else {
        route.outcome = RouteOutcome::Unreachable;
    }

    if (explain) {
        for (int i = 0; i < connectors.size(); ++i) {
            const SendConnector &connector = connectors.at(i);
            const ConnectorReach &reach = view->reach[static_cast<std::size_t>(i)];
            const Evaluation &evaluation = evaluations[static_cast<std::size_t>(i)];
            RouteCandidate candidate;
            candidate.connector = connector.name;
            if (reach.sourceServer >= 0)
                candidate.sourceServer = view->edge ? view->server : connector.sourceTransportServers.at(reach.sourceServer);
            candidate.step = evaluation.step;
            if (evaluation.space >= 0) {
                candidate.addressSpace = connector.addressSpaces.at(evaluation.space);
                candidate.cost = evaluation.cost;
                if (i != winner)
                    candidate.step = lossStep(evaluation, reach, evaluations[static_cast<std::size_t>(winner)],
                                              view->reach[static_cast<std::size_t>(winner)]);
            }
            route.candidates.append(candidate);
        }
    }
    parsed.value = std::move(route);
    return parsed;
}
