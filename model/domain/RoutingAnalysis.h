#pragma once

#include "AddressSpace.h"
#include "Organization.h"
#include "SendConnector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How the connectors of one side fare against each other for the domains their address spaces
// name (docs/domain-rules.md#routing-impact): computed with RouteResolver from every sending server
// of the side, for each address space's own domain and, for "*.d" and "*", for the domains it
// covers that no other address space names.
class RoutingAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(RoutingAnalysis)
public:
    enum class Standing {
        Wins,           // carries mail for at least one domain from at least one sending server
        WinsOnlyByName, // wins somewhere, but everywhere only because its name sorts first
        NeverWins,      // enabled, yet another connector always wins for every address space
        Inactive,       // disabled, or nothing it could carry (no SMTP address space, no source server reachable)
    };
    // One standing per connector of the side, in the order of organization.connectorsFor(edgeServer).
    // Near-linear in the address spaces of the side (fine on a worker thread for 10,000 connectors).
    static QList<Standing> standings(const Organization &organization, const QString &edgeServer = QString());
    // Translated: a short marker ("Never used", "Wins only by name", empty for Wins/Inactive) and a
    // sentence for a tool tip.
    static QString marker(Standing standing);
    static QString explanation(Standing standing);

    struct TakeOver {
        AddressSpace addressSpace;  // the connector's address space that now wins
        QString domains;            // translated: "contoso.com", "other subdomains of contoso.com", "every other domain"
        QString site;               // the sending site (AD site; the Edge's name on an Edge)
        QString previousConnector;  // empty: that mail was unreachable before
    };
    struct HandOver {               // editing only: mail the connector carried before and another carries now
        AddressSpace addressSpace;  // the old address space
        QString domains;
        QString site;
        QString nextConnector;      // empty: that mail becomes unreachable
    };
    struct Impact {
        QString edgeServer;         // the side: empty for the organization's (sites), else that Edge
        QList<TakeOver> takeOvers;
        QList<HandOver> handOvers;
        QList<AddressSpace> neverUsed; // the connector's address spaces that will never carry mail
        bool isEmpty() const { return takeOvers.isEmpty() && handOvers.isEmpty() && neverUsed.isEmpty(); }
        QStringList sentences() const; // translated, one per finding, in a stable order
    };
    // What creating (`originalName` empty) or changing (`originalName` = its current name) `connector`
    // on that side does to routing, compared with the organization as it is now. Take-overs and
    // hand-overs are compared for a small message; "never used" considers every size the connector
    // accepts. Empty when the side does not exist or the name belongs to another connector.
    static Impact impact(const Organization &organization, const QString &edgeServer, const SendConnector &connector,
                         const QString &originalName = QString());
};
