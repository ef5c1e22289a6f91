// Benchmark of route resolution (docs/domain-rules.md#how-exchange-picks-a-connector) on a
// generated organization of 10,000 connectors with 10 address spaces each (mixed "*", "*.domain"
// and exact domains, costs 1-100, some scoped, some disabled, some with size limits; three sites):
// the time to build the index for one sending server, and the throughput of the indexed resolver
// and of the linear scan over the same connectors with the same rules, in the same run, on one
// thread. Prints figures; asserts nothing. The last line is the summary the docs record.
#include "RouteResolver.h"
#include "RoutingAnalysis.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <vector>

namespace {

constexpr int Connectors = 10000;
constexpr int SpacesPerConnector = 10;
constexpr int Domains = 20000;
constexpr int Recipients = 4096;
constexpr quint32 Seed = 20071;

QString domain(int index)
{
    static const char *const tlds[] = {"com", "net", "org", "de", "co.uk"};
    return QStringLiteral("d%1.%2").arg(index).arg(QString::fromLatin1(tlds[index % 5]));
}

Organization generatedOrganization(QRandomGenerator &random)
{
    Organization org;
    org.name = QStringLiteral("Benchmark");
    org.localServer = QStringLiteral("HUB0");
    org.sites = {AdSite{QStringLiteral("Site0"), {SiteLink{QStringLiteral("Site1"), 5}}},
                 AdSite{QStringLiteral("Site1"), {SiteLink{QStringLiteral("Site2"), 7}}},
                 AdSite{QStringLiteral("Site2"), {}}};
    for (int h = 0; h < 9; ++h) {
        TransportServer hub;
        hub.name = QStringLiteral("HUB%1").arg(h);
        hub.site = QStringLiteral("Site%1").arg(h % 3);
        org.servers.append(hub);
    }
    org.acceptedDomains = {AcceptedDomain{QStringLiteral("contoso.com"), Exchange::AcceptedDomainType::Authoritative, true}};
    for (int c = 0; c < Connectors; ++c) {
        SendConnector connector;
        connector.name = QStringLiteral("Connector %1").arg(c);
        for (int s = 0; s < SpacesPerConnector; ++s) {
            AddressSpace space;
            const int kind = random.bounded(100);
            const QString base = domain(random.bounded(Domains));
            if (kind < 2)
                space.address = QStringLiteral("*");
            else if (kind < 45)
                space.address = QStringLiteral("*.") + base;
            else if (kind < 75)
                space.address = base;
            else
                space.address = QStringLiteral("mail%1.").arg(random.bounded(4)) + base;
            if (connector.addressSpaces.contains(space))
                continue;
            space.cost = 1 + random.bounded(100);
            connector.addressSpaces.append(space);
        }
        const int sources = 1 + random.bounded(2);
        for (int s = 0; s < sources; ++s)
            connector.sourceTransportServers.append(QStringLiteral("HUB%1").arg(random.bounded(9)));
        connector.isScopedConnector = random.bounded(10) == 0;
        connector.enabled = random.bounded(20) != 0;
        if (random.bounded(4) == 0)
            connector.maxMessageSize = ByteQuantity::fromBytes((1 + random.bounded(20)) * 1024 * 1024);
        org.sendConnectors.append(connector);
    }
    return org;
}

} // namespace

int main()
{
    QRandomGenerator random(Seed);
    const Organization org = generatedOrganization(random);

    std::vector<RecipientAddress> recipients;
    std::vector<qint64> sizes;
    for (int r = 0; r < Recipients; ++r) {
        const int kind = random.bounded(10);
        QString text;
        if (kind < 4)
            text = QStringLiteral("user@") + domain(random.bounded(Domains));
        else if (kind < 7)
            text = QStringLiteral("user@mail%1.").arg(random.bounded(4)) + domain(random.bounded(Domains));
        else if (kind < 9)
            text = QStringLiteral("user@a.b.") + domain(random.bounded(Domains));
        else
            text = QStringLiteral("user@nowhere%1.example").arg(r);
        recipients.push_back(*RecipientAddress::parse(text).value);
        sizes.push_back(qint64(random.bounded(25)) * 1024 * 1024);
    }

    const QString server = QStringLiteral("HUB0");
    QElapsedTimer timer;
    double buildMs = 1e300;
    for (int round = 0; round < 5; ++round) {
        timer.start();
        RouteResolver build(org, RouteResolver::Method::Indexed);
        build.prepare(server);
        buildMs = std::min(buildMs, double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("index build: %.1f ms for %d connectors, %d address spaces\n", buildMs, Connectors,
                Connectors * SpacesPerConnector);

    // The analysis behind the list's markers and the impact preview, against the index build it
    // cannot do without (docs/domain-rules.md#routing-impact).
    {
        timer.start();
        const QList<RoutingAnalysis::Standing> standings = RoutingAnalysis::standings(org);
        const double standingsMs = double(timer.nsecsElapsed()) / 1e6;
        const auto marked = std::count_if(standings.cbegin(), standings.cend(), [](RoutingAnalysis::Standing s) {
            return s == RoutingAnalysis::Standing::NeverWins || s == RoutingAnalysis::Standing::WinsOnlyByName;
        });
        SendConnector added = org.sendConnectors.at(0);
        added.name = QStringLiteral("Added connector");
        RoutingAnalysis::Impact impact;
        double impactMs = 1e300;
        for (int round = 0; round < 5; ++round) {
            timer.start();
            impact = RoutingAnalysis::impact(org, QString(), added);
            impactMs = std::min(impactMs, double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("analysis: standings of %d connectors in %.0f ms (%lld marked, %.1fx the index build); impact of a "
                    "new connector with %d address spaces in %.0f ms (%lld findings)\n",
                    Connectors, standingsMs, static_cast<long long>(marked), standingsMs / buildMs, SpacesPerConnector,
                    impactMs, static_cast<long long>(impact.sentences().size()));
    }

    const auto throughput = [&](const RouteResolver &resolver, qint64 minimumNs, int *routed) {
        resolver.prepare(server);
        qint64 done = 0;
        int routedCount = 0;
        timer.start();
        qint64 elapsed = 0;
        do {
            for (int i = 0; i < 256; ++i, ++done) {
                const std::size_t at = static_cast<std::size_t>(done % Recipients);
                const Parsed<Route> route = resolver.resolve(recipients[at], sizes[at], server);
                routedCount += route.value->outcome == RouteOutcome::Routed ? 1 : 0;
            }
            elapsed = timer.nsecsElapsed();
        } while (elapsed < minimumNs);
        *routed = routedCount;
        return double(done) * 1e9 / double(elapsed);
    };

    const RouteResolver indexed(org, RouteResolver::Method::Indexed);
    const RouteResolver linear(org, RouteResolver::Method::LinearScan);
    int routedIndexed = 0;
    int routedLinear = 0;
    const double indexedRate = throughput(indexed, 1000000000, &routedIndexed);
    const double linearRate = throughput(linear, 1000000000, &routedLinear);
    std::printf("indexed: %.0f resolutions/s (%d routed); linear scan: %.0f resolutions/s (%d routed)\n", indexedRate,
                routedIndexed, linearRate, routedLinear);
    std::printf("routing: %.0f resolutions/s indexed, %.0f resolutions/s linear, ratio %.0f\n", indexedRate, linearRate,
                indexedRate / linearRate);
    return 0;
}
