#pragma once

#include "Organization.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// The cheapest site-link path cost between every two AD sites of an organization (Dijkstra over
// the site links, which are symmetric), computed once per organization version
// (docs/domain-rules.md#site-link-paths).
class SitePaths
{
public:
    explicit SitePaths(const Organization &organization);

    // -1 for a name that is no site; sites compare case-insensitively.
    int indexOf(const QString &site) const;
    // The path cost between two site indexes; std::nullopt when no path joins them or an index is -1.
    std::optional<int> cost(int from, int to) const;
    std::optional<int> cost(const QString &from, const QString &to) const { return cost(indexOf(from), indexOf(to)); }

private:
    QHash<QString, int> m_index; // lower-case name -> index
    int m_count = 0;
    std::vector<int> m_costs; // m_count x m_count, -1 when unreachable
};

// One usable SMTP address space of one connector, as one sending server sees it.
struct RoutingEntry
{
    int connector = -1;  // index in the side's connector list
    int space = -1;      // index in the connector's address spaces
    int cost = 0;        // aggregate: site path to the nearest source server + address-space cost
    int proximity = 0;   // 0 the sending server is a source server, 1 one in its site, 2 elsewhere
    int nameRank = 0;    // the connector name's place in ordinal order
    qint64 maxMessageSize = 0;

    // The tie-break among equally specific matches: cost, then proximity, then the name.
    bool before(const RoutingEntry &other) const
    {
        if (cost != other.cost)
            return cost < other.cost;
        if (proximity != other.proximity)
            return proximity < other.proximity;
        if (nameRank != other.nameRank)
            return nameRank < other.nameRank;
        return space < other.space; // one connector's two equal matches: its first, as the scan takes
    }
};

// The address spaces one sending server may use, keyed on the normalised domain: one node per
// domain holding its exact entries and its "*.domain" entries (and, on the Hub side, the accepted
// domain of that name); "*" has its own. A lookup walks the recipient domain's suffixes from the
// longest, one hash look-up per label, so it costs in proportion to its labels; within a key the
// entries are kept in tie-break order, and the first one big enough for the message is found by
// a binary search over the running maxima of their size limits (docs/decisions.md#routing-index).
class RoutingIndex
{
public:
    // Room for about `entries` keys.
    void reserve(qsizetype entries);
    // `domain` is lower case, without "*."; `wildcard` for "*.domain" (and "*" with an empty domain).
    void add(const QString &domain, bool wildcard, const RoutingEntry &entry);
    // An accepted domain (lower case, without "*.") and its index in the organization's list.
    void addAcceptedDomain(const QString &domain, bool wildcard, int index);
    // Sorts the keys' entries; call once after the last add().
    void finish();

    struct Match
    {
        const RoutingEntry *entry = nullptr; // the winning address space, if any
        // Another connector's entry that admits the message and ties with the winner on
        // specificity, cost and proximity, if any: the winner won on its name (Route::decidedByName).
        const RoutingEntry *nameRival = nullptr;
        int acceptedDomain = -1;             // the most specific accepted domain, if any
    };
    // The winner for a recipient domain (lower case) and message size.
    Match find(QStringView domain, qint64 messageSize) const;

    // How specifically an SMTP address space (or accepted domain) `pattern` matches `domain`:
    // -1 no match, 0 "*", 2n for "*.d" with n labels in d (d itself included), 2n + 1 for the exact
    // domain d. Case-insensitive. Shared by the index's callers and the linear scan.
    static int specificity(QStringView pattern, QStringView domain);

private:
    struct Bucket
    {
        std::vector<RoutingEntry> entries; // in tie-break order
        std::vector<qint64> recordSizes;    // strictly increasing running maxima of maxMessageSize
        std::vector<int> recordIndexes;     // where each running maximum is reached
    };
    struct Node
    {
        int exact = -1;    // bucket of the domain itself
        int wildcard = -1; // bucket of "*.domain"
        int acceptedExact = -1;
        int acceptedWildcard = -1;
        int acceptedAbove = -1; // the first "*." accepted domain among this domain's strict suffixes
    };
    // The first entry of a bucket that admits the message; sets `nameRival` (see Match).
    const RoutingEntry *best(int bucket, qint64 messageSize, const RoutingEntry **nameRival) const;
    Node &node(const QString &domain);

    QHash<QString, Node> m_nodes;
    int m_star = -1; // bucket of "*"
    bool m_hasWildcardAcceptedDomains = false; // only "*." ones can match a shorter suffix
    std::vector<Bucket> m_buckets;
};
