#include "RoutingIndex.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

SitePaths::SitePaths(const Organization &organization)
{
    const auto node = [this](const QString &name) {
        if (name.isEmpty())
            return -1;
        const QString key = name.toLower();
        const auto it = m_index.constFind(key);
        if (it != m_index.cend())
            return *it;
        m_index.insert(key, m_count);
        return m_count++;
    };
    struct Edge { int from; int to; int cost; };
    std::vector<Edge> edges;
    for (const AdSite &site : organization.sites)
        node(site.name);
    for (const TransportServer &server : organization.servers)
        node(server.site);
    for (const AdSite &site : organization.sites) {
        const int from = node(site.name);
        for (const SiteLink &link : site.siteLinks) {
            const int to = node(link.site);
            if (from >= 0 && to >= 0)
                edges.push_back({from, to, link.cost});
        }
    }
    std::vector<std::vector<std::pair<int, int>>> adjacent(static_cast<std::size_t>(m_count));
    for (const Edge &edge : edges) {
        // Site links are symmetric (docs/domain-rules.md#site-link-paths).
        adjacent[static_cast<std::size_t>(edge.from)].push_back({edge.to, edge.cost});
        adjacent[static_cast<std::size_t>(edge.to)].push_back({edge.from, edge.cost});
    }
    m_costs.assign(static_cast<std::size_t>(m_count) * static_cast<std::size_t>(m_count), -1);
    using Item = std::pair<qint64, int>;
    for (int source = 0; source < m_count; ++source) {
        std::vector<qint64> distance(static_cast<std::size_t>(m_count), std::numeric_limits<qint64>::max());
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
        distance[static_cast<std::size_t>(source)] = 0;
        queue.push({0, source});
        while (!queue.empty()) {
            const auto [d, at] = queue.top();
            queue.pop();
            if (d != distance[static_cast<std::size_t>(at)])
                continue;
            for (const auto &[to, cost] : adjacent[static_cast<std::size_t>(at)]) {
                const qint64 next = d + cost;
                if (next < distance[static_cast<std::size_t>(to)]) {
                    distance[static_cast<std::size_t>(to)] = next;
                    queue.push({next, to});
                }
            }
        }
        for (int to = 0; to < m_count; ++to) {
            const qint64 d = distance[static_cast<std::size_t>(to)];
            m_costs[static_cast<std::size_t>(source) * static_cast<std::size_t>(m_count) + static_cast<std::size_t>(to)] =
                d > std::numeric_limits<int>::max() / 2 ? -1 : static_cast<int>(d);
        }
    }
}

int SitePaths::indexOf(const QString &site) const
{
    if (site.isEmpty())
        return -1;
    return m_index.value(site.toLower(), -1);
}

std::optional<int> SitePaths::cost(int from, int to) const
{
    if (from < 0 || to < 0 || from >= m_count || to >= m_count)
        return std::nullopt;
    const int cost = m_costs[static_cast<std::size_t>(from) * static_cast<std::size_t>(m_count) + static_cast<std::size_t>(to)];
    if (cost < 0)
        return std::nullopt;
    return cost;
}

int RoutingIndex::specificity(QStringView pattern, QStringView domain)
{
    const auto labels = [](QStringView text) { return static_cast<int>(text.count(QLatin1Char('.'))) + 1; };
    if (pattern == QLatin1String("*"))
        return 0;
    if (pattern.startsWith(QLatin1String("*."))) {
        const QStringView base = pattern.mid(2);
        if (domain.compare(base, Qt::CaseInsensitive) == 0)
            return 2 * labels(base);
        if (domain.size() > base.size() && domain.endsWith(base, Qt::CaseInsensitive)
            && domain.at(domain.size() - base.size() - 1) == QLatin1Char('.'))
            return 2 * labels(base);
        return -1;
    }
    if (domain.compare(pattern, Qt::CaseInsensitive) == 0)
        return 2 * labels(pattern) + 1;
    return -1;
}

void RoutingIndex::reserve(qsizetype entries)
{
    m_nodes.reserve(entries);
    m_buckets.reserve(static_cast<std::size_t>(entries));
}

RoutingIndex::Node &RoutingIndex::node(const QString &domain)
{
    return m_nodes[domain];
}

void RoutingIndex::add(const QString &domain, bool wildcard, const RoutingEntry &entry)
{
    int *bucket = &m_star;
    if (!domain.isEmpty()) {
        Node &at = node(domain);
        bucket = wildcard ? &at.wildcard : &at.exact;
    } else if (!wildcard) {
        return; // no exact empty domain
    }
    if (*bucket < 0) {
        *bucket = static_cast<int>(m_buckets.size());
        m_buckets.emplace_back();
    }
    m_buckets[static_cast<std::size_t>(*bucket)].entries.push_back(entry);
}

void RoutingIndex::addAcceptedDomain(const QString &domain, bool wildcard, int index)
{
    Node &at = node(domain);
    int &slot = wildcard ? at.acceptedWildcard : at.acceptedExact;
    if (slot < 0)
        slot = index;
    m_hasWildcardAcceptedDomains = m_hasWildcardAcceptedDomains || wildcard;
}

void RoutingIndex::finish()
{
    // So that a lookup can stop at the first node that gives a connector: what the rest of the
    // walk would have found among the accepted domains is known per node.
    if (m_hasWildcardAcceptedDomains) {
        for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
            QStringView rest(it.key());
            for (qsizetype dot = rest.indexOf(QLatin1Char('.')); dot >= 0; dot = rest.indexOf(QLatin1Char('.'))) {
                rest = rest.mid(dot + 1);
                const auto above = m_nodes.constFind(QString::fromRawData(rest.data(), rest.size()));
                if (above != m_nodes.cend() && above->acceptedWildcard >= 0) {
                    it->acceptedAbove = above->acceptedWildcard;
                    break;
                }
            }
        }
    }
    for (Bucket &bucket : m_buckets) {
        std::sort(bucket.entries.begin(), bucket.entries.end(),
                  [](const RoutingEntry &a, const RoutingEntry &b) { return a.before(b); });
        bucket.recordSizes.clear();
        bucket.recordIndexes.clear();
        for (std::size_t i = 0; i < bucket.entries.size(); ++i) {
            const qint64 size = bucket.entries[i].maxMessageSize;
            if (bucket.recordSizes.empty() || size > bucket.recordSizes.back()) {
                bucket.recordSizes.push_back(size);
                bucket.recordIndexes.push_back(static_cast<int>(i));
            }
        }
    }
}

// The first entry (in tie-break order) whose limit admits the message is where the running
// maximum of the limits first reaches the message size: every entry before it is too small.
// The rival is looked for only among the entries that tie with the winner on cost and proximity:
// they come right after it in tie-break order.
const RoutingEntry *RoutingIndex::best(int index, qint64 messageSize, const RoutingEntry **nameRival) const
{
    if (index < 0)
        return nullptr;
    const Bucket &bucket = m_buckets[static_cast<std::size_t>(index)];
    const auto it = std::lower_bound(bucket.recordSizes.cbegin(), bucket.recordSizes.cend(), messageSize);
    if (it == bucket.recordSizes.cend())
        return nullptr;
    const auto record = static_cast<std::size_t>(it - bucket.recordSizes.cbegin());
    const auto first = static_cast<std::size_t>(bucket.recordIndexes[record]);
    const RoutingEntry &winner = bucket.entries[first];
    for (std::size_t next = first + 1; next < bucket.entries.size(); ++next) {
        const RoutingEntry &other = bucket.entries[next];
        if (other.cost != winner.cost || other.proximity != winner.proximity)
            break;
        if (other.maxMessageSize >= messageSize && other.connector != winner.connector) {
            *nameRival = &other;
            break;
        }
    }
    return &winner;
}

RoutingIndex::Match RoutingIndex::find(QStringView domain, qint64 messageSize) const
{
    Match match;
    // From the most specific: the exact domain, "*.domain", then "*.suffix" for each shorter
    // suffix, and "*" last (docs/domain-rules.md#how-exchange-picks-a-connector). The same walk
    // finds the most specific accepted domain.
    bool whole = true;
    QStringView rest = domain;
    while (!rest.isEmpty()) {
        // A raw-data string does not copy the characters.
        const auto it = m_nodes.constFind(QString::fromRawData(rest.data(), rest.size()));
        if (it != m_nodes.cend()) {
            if (match.acceptedDomain < 0)
                match.acceptedDomain = whole && it->acceptedExact >= 0 ? it->acceptedExact : it->acceptedWildcard;
            if (!match.entry && whole)
                match.entry = best(it->exact, messageSize, &match.nameRival);
            if (!match.entry)
                match.entry = best(it->wildcard, messageSize, &match.nameRival);
            if (match.entry) {
                if (match.acceptedDomain < 0)
                    match.acceptedDomain = it->acceptedAbove;
                return match;
            }
        }
        whole = false;
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        rest = dot < 0 ? QStringView() : rest.mid(dot + 1);
    }
    if (!match.entry)
        match.entry = best(m_star, messageSize, &match.nameRival);
    return match;
}
