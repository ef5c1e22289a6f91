#include "RoutingAnalysis.h"

#include "RouteResolver.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <limits>

namespace {
const QString AllAcceptedDomains = QStringLiteral("--");
constexpr qint64 Unlimited = std::numeric_limits<qint64>::max();

// A recipient domain that stands for every domain an address space covers alike
// (docs/domain-rules.md#routing-impact).
struct Probe
{
    RecipientAddress recipient;
    QString domains; // what it stands for, translated
    int space = -1;  // the address space of the connector it was made from
    // For an accepted domain beneath a wildcard: the probe of the wildcard's unnamed domains. The
    // impact names it only where it routes differently from those.
    int primary = -1;
};

// A server that sends with the side's connectors, and the place the findings name.
struct Sender
{
    QString server;
    QString place; // its AD site (the server's name when it has none); an Edge's name
};

QList<Sender> sendersOf(const Organization &organization, const QString &edgeServer)
{
    QList<Sender> senders;
    if (!edgeServer.isEmpty()) {
        const TransportServer *edge = organization.server(edgeServer);
        if (edge && edge->isEdge() && !edge->subscribed)
            senders.append({edge->name, edge->name});
        return senders;
    }
    for (const TransportServer &server : organization.servers) {
        if (server.isHub())
            senders.append({server.name, server.site.isEmpty() ? server.name : server.site});
    }
    return senders;
}

// A label that begins no address space's or accepted domain's domain, so that "<label>.d" is
// matched only by the patterns that cover all of d's unnamed subdomains. One pass without copies:
// "probe" is almost always free.
QString freshLabel(const Organization &organization, const QList<const QList<SendConnector> *> &sides)
{
    const auto begins = [](QStringView pattern, const QString &label) {
        if (pattern.startsWith(QLatin1String("*.")))
            pattern = pattern.mid(2);
        return pattern.startsWith(label, Qt::CaseInsensitive)
            && (pattern.size() == label.size() || pattern.at(label.size()) == QLatin1Char('.'));
    };
    const auto used = [&](const QString &label) {
        for (const QList<SendConnector> *side : sides) {
            for (const SendConnector &connector : *side) {
                for (const AddressSpace &space : connector.addressSpaces) {
                    if (space.isSmtp() && begins(space.address, label))
                        return true;
                }
            }
        }
        return std::any_of(organization.acceptedDomains.cbegin(), organization.acceptedDomains.cend(),
                           [&](const AcceptedDomain &accepted) { return begins(accepted.domainName, label); });
    };
    QString label = QStringLiteral("probe");
    for (int n = 2; used(label); ++n)
        label = QStringLiteral("probe%1").arg(n);
    return label;
}

// The connectors of a side that have an address space able to match one of the probes, without
// `skip`: the others cannot change who wins them, and resolving over a few connectors is much
// cheaper than indexing thousands.
QList<SendConnector> contenders(const QList<SendConnector> &side, const QList<Probe> &probes, const SendConnector *skip)
{
    QSet<QString> domains;  // the probes' domains
    QSet<QString> suffixes; // and every suffix of them
    for (const Probe &probe : probes) {
        domains.insert(probe.recipient.domain);
        QStringView rest(probe.recipient.domain);
        for (;;) {
            suffixes.insert(rest.toString());
            const qsizetype dot = rest.indexOf(QLatin1Char('.'));
            if (dot < 0)
                break;
            rest = rest.mid(dot + 1);
        }
    }
    // Stored address spaces are lower case (the parsers normalise them): looked up without copies.
    const auto contends = [&](const AddressSpace &space) {
        if (!space.isSmtp())
            return false;
        const QString address = space.address.isLower() ? space.address : space.address.toLower();
        if (address == QLatin1String("*") || address == AllAcceptedDomains)
            return true;
        if (address.startsWith(QLatin1String("*.")))
            return suffixes.contains(QString::fromRawData(address.constData() + 2, address.size() - 2));
        return domains.contains(address);
    };
    // Of a contender only the address spaces that can match are kept: the rest cannot win these
    // domains either.
    QList<SendConnector> kept;
    for (const SendConnector &connector : side) {
        if (&connector == skip || std::none_of(connector.addressSpaces.cbegin(), connector.addressSpaces.cend(), contends))
            continue;
        kept.append(connector);
        kept.last().addressSpaces.removeIf([&](const AddressSpace &space) { return !contends(space); });
    }
    return kept;
}

void addProbes(const QString &pattern, int space, const QString &fresh, const QList<AcceptedDomain> &accepted,
               QList<Probe> &probes)
{
    int primary = -1;
    const auto probe = [&](const QString &domain, const QString &domains) {
        Probe made;
        made.recipient.domain = domain;
        made.recipient.address = QStringLiteral("postmaster@") + domain;
        made.domains = domains;
        made.space = space;
        made.primary = primary;
        probes.append(made);
    };
    const auto probeWildcard = [&](const QString &base) {
        probe(base, base);
        probe(fresh + QLatin1Char('.') + base, RoutingAnalysis::tr("the other subdomains of %1").arg(base));
    };
    if (pattern != QLatin1String("*") && !pattern.startsWith(QLatin1String("*."))) {
        probe(pattern.toLower(), pattern.toLower());
        return;
    }
    // A wildcard covers its unnamed domains alike, except where an accepted domain beneath it
    // decides differently (a relay domain under an authoritative "*.d" is routed).
    const QString base = pattern == QLatin1String("*") ? QString() : pattern.mid(2).toLower();
    if (base.isEmpty())
        probe(fresh, RoutingAnalysis::tr("every other domain"));
    else
        probeWildcard(base);
    primary = static_cast<int>(probes.size()) - 1;
    for (const AcceptedDomain &domain : accepted) {
        const QString name = domain.domain().toLower();
        if (!base.isEmpty() && !name.endsWith(QLatin1Char('.') + base))
            continue;
        if (domain.includesSubdomains())
            probeWildcard(name);
        else
            probe(name, name);
    }
}

QList<Probe> probesOf(const SendConnector &connector, const Organization &organization, const QString &fresh)
{
    QList<Probe> probes;
    for (int i = 0; i < connector.addressSpaces.size(); ++i) {
        const AddressSpace &space = connector.addressSpaces.at(i);
        if (!space.isSmtp())
            continue; // routed by their own (non-SMTP) rules, never for an SMTP recipient
        if (space.address == AllAcceptedDomains) {
            for (const AcceptedDomain &accepted : organization.acceptedDomains)
                addProbes(accepted.domainName, i, fresh, organization.acceptedDomains, probes);
        } else {
            addProbes(space.address, i, fresh, organization.acceptedDomains, probes);
        }
    }
    return probes;
}

qint64 limitOf(const SendConnector &connector)
{
    return connector.maxMessageSize.unlimited ? Unlimited : connector.maxMessageSize.bytes;
}

enum class Contest { Loses, WinsByName, Wins };

// Who wins one probe from one sender, remembered: many connectors share a domain.
class Referee
{
public:
    Referee(const RouteResolver &resolver, const QList<SendConnector> &side)
        : m_resolver(resolver)
    {
        m_limits.reserve(side.size());
        for (const SendConnector &connector : side)
            m_limits.insert(connector.name.toLower(), limitOf(connector));
    }

    // Whether `connector` carries the probe's mail from `server` for some message size it accepts.
    // The sizes tried are 0 and, each time a winner with a smaller limit than the connector's is
    // found, the first size that winner refuses: between those the winner cannot change.
    Contest contest(const Probe &probe, const QString &server, const SendConnector &connector)
    {
        const qint64 limit = limitOf(connector);
        Contest result = Contest::Loses;
        qint64 size = 0;
        for (;;) {
            const Decision decision = decide(probe, server, size);
            if (decision.winner.isEmpty())
                return result; // internal, or nothing accepts this size (the connector neither)
            QString rival = decision.rival;
            if (decision.winner.compare(connector.name, Qt::CaseInsensitive) != 0) {
                rival = decision.winner;
            } else if (decision.rival.isEmpty()) {
                return Contest::Wins;
            } else {
                result = Contest::WinsByName;
            }
            // The one to outlast: the winner it lost to, or the rival it beat on its name.
            const qint64 other = m_limits.value(rival.toLower(), Unlimited);
            if (other >= limit)
                return result;
            size = other + 1;
        }
    }

    // The winner for a small message, empty when none.
    QString winner(const Probe &probe, const QString &server) { return decide(probe, server, 0).winner; }

private:
    struct Decision
    {
        QString winner; // empty: internal or unreachable
        QString rival;
    };
    Decision decide(const Probe &probe, const QString &server, qint64 size)
    {
        const QString key = server + QLatin1Char('\n') + probe.recipient.domain + QLatin1Char('\n') + QString::number(size);
        const auto it = m_decisions.constFind(key);
        if (it != m_decisions.cend())
            return *it;
        Decision decision;
        const Parsed<Route> route = m_resolver.resolve(probe.recipient, size, server);
        if (route.ok() && route.value->outcome == RouteOutcome::Routed) {
            decision.winner = route.value->connector;
            decision.rival = route.value->nameRival;
        }
        m_decisions.insert(key, decision);
        return decision;
    }

    const RouteResolver &m_resolver;
    QHash<QString, qint64> m_limits; // lower-case name -> limit
    QHash<QString, Decision> m_decisions;
};

// Where mail is sent from: an Edge Transport server, one site or several. Each kind has whole
// sentences of its own, since German declines the place with its preposition ("Vom Standort",
// "Von den Standorten").
struct Places
{
    enum class Kind { EdgeServer, Site, Sites } kind;
    QString list;

    Places(const QString &edgeServer, const QStringList &places)
        : kind(!edgeServer.isEmpty() ? Kind::EdgeServer : places.size() == 1 ? Kind::Site : Kind::Sites)
        , list(QLocale().createSeparatedList(places))
    {}

    // The one of the three sentences that fits, with the places put in as %1.
    QString pick(const QString &fromEdgeServer, const QString &fromSite, const QString &fromSites) const
    {
        switch (kind) {
        case Kind::EdgeServer:
            return fromEdgeServer;
        case Kind::Site:
            return fromSite;
        case Kind::Sites:
            break;
        }
        return fromSites;
    }
};
} // namespace

QList<RoutingAnalysis::Standing> RoutingAnalysis::standings(const Organization &organization, const QString &edgeServer)
{
    const QList<SendConnector> &side = organization.connectorsFor(edgeServer);
    QList<Standing> result(side.size(), Standing::Inactive);
    const QList<Sender> senders = sendersOf(organization, edgeServer);
    if (senders.isEmpty() || side.isEmpty())
        return result;
    const QString fresh = freshLabel(organization, {&side});
    const RouteResolver resolver(organization, RouteResolver::Method::Indexed);
    Referee referee(resolver, side);
    for (int i = 0; i < side.size(); ++i) {
        const SendConnector &connector = side.at(i);
        if (!connector.enabled)
            continue;
        const QList<Probe> probes = probesOf(connector, organization, fresh);
        if (probes.isEmpty())
            continue;
        Contest best = Contest::Loses;
        for (const Probe &probe : probes) {
            for (const Sender &sender : senders) {
                best = std::max(best, referee.contest(probe, sender.server, connector));
                if (best == Contest::Wins)
                    break;
            }
            if (best == Contest::Wins)
                break;
        }
        result[i] = best == Contest::Wins ? Standing::Wins
            : best == Contest::WinsByName ? Standing::WinsOnlyByName
                                          : Standing::NeverWins;
    }
    return result;
}

QString RoutingAnalysis::marker(Standing standing)
{
    switch (standing) {
    case Standing::NeverWins:
        return tr("Never used");
    case Standing::WinsOnlyByName:
        return tr("Wins by name only");
    case Standing::Wins:
    case Standing::Inactive:
        break;
    }
    return QString();
}

QString RoutingAnalysis::explanation(Standing standing)
{
    switch (standing) {
    case Standing::Wins:
        return tr("This connector carries mail for at least one of its address spaces.");
    case Standing::WinsOnlyByName:
        return tr("Wherever this connector wins, another connector is as specific, as cheap and as near, and this one "
                  "wins only because its name sorts first: renaming either connector changes the route. Give them "
                  "different address space costs.");
    case Standing::NeverWins:
        return tr("From every sending server, for every message size it accepts, another connector wins for every "
                  "domain its address spaces cover, or the mail stays inside the organization: this connector "
                  "carries no mail.");
    case Standing::Inactive:
        break;
    }
    return tr("This connector is disabled or has no SMTP address space: it takes no part in SMTP routing.");
}

RoutingAnalysis::Impact RoutingAnalysis::impact(const Organization &organization, const QString &edgeServer,
                                                 const SendConnector &connector, const QString &originalName)
{
    Impact impact;
    impact.edgeServer = edgeServer;
    const TransportServer *edge = edgeServer.isEmpty() ? nullptr : organization.server(edgeServer);
    if (!edgeServer.isEmpty() && (!edge || !edge->isEdge()))
        return impact; // no such side
    const QList<SendConnector> &side = organization.connectorsFor(edgeServer);
    const SendConnector *original = nullptr;
    if (!originalName.isEmpty()) {
        original = organization.connector(originalName, edgeServer);
        if (!original)
            return impact;
    }
    // Another connector of the side with the same name: routing by name would be ambiguous (the
    // name is refused anyway).
    if (const SendConnector *same = organization.connector(connector.name, edgeServer); same && same != original)
        return impact;
    const QList<Sender> senders = sendersOf(organization, edgeServer);
    if (senders.isEmpty())
        return impact;

    const QList<SendConnector> changed{connector};
    const QString fresh = freshLabel(organization, {&side, &changed});
    const QList<Probe> probes = probesOf(connector, organization, fresh);
    const QList<Probe> oldProbes = original ? probesOf(*original, organization, fresh) : QList<Probe>();
    // Both organizations cut down to the connectors that can take part (docs/decisions.md#routing-impact).
    Organization before = organization;
    Organization after = organization;
    *before.mutableConnectorsFor(edgeServer) = contenders(side, probes + oldProbes, nullptr);
    QList<SendConnector> afterSide = contenders(side, probes + oldProbes, original);
    afterSide.append(connector);
    *after.mutableConnectorsFor(edgeServer) = afterSide;
    const RouteResolver beforeResolver(before);
    const RouteResolver afterResolver(after);
    Referee beforeReferee(beforeResolver, before.connectorsFor(edgeServer));
    Referee afterReferee(afterResolver, after.connectorsFor(edgeServer));

    const auto isThis = [&](const QString &name) { return name.compare(connector.name, Qt::CaseInsensitive) == 0; };
    const auto wasThis = [&](const QString &name) {
        return original && name.compare(original->name, Qt::CaseInsensitive) == 0;
    };

    // Whether a probe's change is told already by its wildcard's probe (same winners before and after).
    const auto toldByPrimary = [&](const QList<Probe> &list, const Probe &probe, const QString &server) {
        if (probe.primary < 0)
            return false;
        const Probe &primary = list.at(probe.primary);
        return beforeReferee.winner(probe, server) == beforeReferee.winner(primary, server)
            && afterReferee.winner(probe, server) == afterReferee.winner(primary, server);
    };

    QList<bool> used(connector.addressSpaces.size(), false);
    for (const Probe &probe : probes) {
        for (const Sender &sender : senders) {
            if (connector.enabled && !used.at(probe.space)
                && afterReferee.contest(probe, sender.server, connector) != Contest::Loses)
                used[probe.space] = true;
            if (!isThis(afterReferee.winner(probe, sender.server)))
                continue;
            const QString previous = beforeReferee.winner(probe, sender.server);
            if (wasThis(previous) || toldByPrimary(probes, probe, sender.server))
                continue;
            const TakeOver takeOver{connector.addressSpaces.at(probe.space), probe.domains, sender.place, previous};
            const bool known = std::any_of(impact.takeOvers.cbegin(), impact.takeOvers.cend(), [&](const TakeOver &t) {
                return t.addressSpace == takeOver.addressSpace && t.domains == takeOver.domains && t.site == takeOver.site
                    && t.previousConnector == takeOver.previousConnector;
            });
            if (!known)
                impact.takeOvers.append(takeOver);
        }
    }
    if (connector.enabled) {
        for (int i = 0; i < connector.addressSpaces.size(); ++i) {
            const AddressSpace &space = connector.addressSpaces.at(i);
            if (space.isSmtp() && !used.at(i))
                impact.neverUsed.append(space);
        }
    }
    for (const Probe &probe : oldProbes) {
        for (const Sender &sender : senders) {
            if (!wasThis(beforeReferee.winner(probe, sender.server)))
                continue;
            const QString next = afterReferee.winner(probe, sender.server);
            if (isThis(next) || toldByPrimary(oldProbes, probe, sender.server))
                continue;
            const HandOver handOver{original->addressSpaces.at(probe.space), probe.domains, sender.place, next};
            const bool known = std::any_of(impact.handOvers.cbegin(), impact.handOvers.cend(), [&](const HandOver &h) {
                return h.addressSpace == handOver.addressSpace && h.domains == handOver.domains && h.site == handOver.site
                    && h.nextConnector == handOver.nextConnector;
            });
            if (!known)
                impact.handOvers.append(handOver);
        }
    }
    return impact;
}

QStringList RoutingAnalysis::Impact::sentences() const
{
    QStringList sentences;
    // One sentence per finding, the places it holds for gathered in the order first met.
    const auto gather = [](const auto &items, const auto &sameFinding) {
        QList<QPair<qsizetype, QStringList>> groups; // the first item, its places
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto group = std::find_if(groups.begin(), groups.end(),
                                      [&](const auto &g) { return sameFinding(items.at(g.first), items.at(i)); });
            if (group == groups.end())
                groups.append({i, QStringList{items.at(i).site}});
            else if (!group->second.contains(items.at(i).site))
                group->second.append(items.at(i).site);
        }
        return groups;
    };
    const auto takeOverGroups = gather(takeOvers, [](const TakeOver &a, const TakeOver &b) {
        return a.addressSpace == b.addressSpace && a.domains == b.domains && a.previousConnector == b.previousConnector;
    });
    for (const auto &[first, places] : takeOverGroups) {
        const TakeOver &t = takeOvers.at(first);
        const Places from(edgeServer, places);
        if (t.previousConnector.isEmpty()) {
            sentences.append(
                from.pick(tr("From the Edge Transport server %1, mail for %2, which no connector carried before, will "
                             "go through this connector (address space %3)."),
                          tr("From the site %1, mail for %2, which no connector carried before, will go through this "
                             "connector (address space %3)."),
                          tr("From the sites %1, mail for %2, which no connector carried before, will go through this "
                             "connector (address space %3)."))
                    .arg(from.list, t.domains, t.addressSpace.toString()));
        } else {
            sentences.append(
                from.pick(tr("From the Edge Transport server %1, mail for %2 will go through this connector (address "
                             "space %3) instead of \"%4\"."),
                          tr("From the site %1, mail for %2 will go through this connector (address space %3) instead "
                             "of \"%4\"."),
                          tr("From the sites %1, mail for %2 will go through this connector (address space %3) instead "
                             "of \"%4\"."))
                    .arg(from.list, t.domains, t.addressSpace.toString(), t.previousConnector));
        }
    }
    const auto handOverGroups = gather(handOvers, [](const HandOver &a, const HandOver &b) {
        return a.addressSpace == b.addressSpace && a.domains == b.domains && a.nextConnector == b.nextConnector;
    });
    for (const auto &[first, places] : handOverGroups) {
        const HandOver &h = handOvers.at(first);
        const Places from(edgeServer, places);
        if (h.nextConnector.isEmpty()) {
            sentences.append(
                from.pick(tr("From the Edge Transport server %1, mail for %2 that this connector carried (address "
                             "space %3) will have no route and wait in the Unreachable queue."),
                          tr("From the site %1, mail for %2 that this connector carried (address space %3) will have "
                             "no route and wait in the Unreachable queue."),
                          tr("From the sites %1, mail for %2 that this connector carried (address space %3) will have "
                             "no route and wait in the Unreachable queue."))
                    .arg(from.list, h.domains, h.addressSpace.toString()));
        } else {
            sentences.append(
                from.pick(tr("From the Edge Transport server %1, mail for %2 that this connector carried (address "
                             "space %3) will go through \"%4\" instead."),
                          tr("From the site %1, mail for %2 that this connector carried (address space %3) will go "
                             "through \"%4\" instead."),
                          tr("From the sites %1, mail for %2 that this connector carried (address space %3) will go "
                             "through \"%4\" instead."))
                    .arg(from.list, h.domains, h.addressSpace.toString(), h.nextConnector));
        }
    }
    for (const AddressSpace &space : neverUsed) {
        sentences.append(tr("The address space %1 will never be used: for every domain it covers, another connector "
                            "wins from every sending server, or the mail stays inside the organization.")
                             .arg(space.toString()));
    }
    return sentences;
}
