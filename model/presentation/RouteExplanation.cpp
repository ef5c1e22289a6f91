#include "RouteExplanation.h"

QString RouteExplanation::outcomeText(RouteOutcome outcome)
{
    switch (outcome) {
    case RouteOutcome::Internal:
        return tr("Delivered internally");
    case RouteOutcome::Routed:
        return tr("Routed");
    case RouteOutcome::Unreachable:
        break;
    }
    return tr("Unreachable");
}

QString RouteExplanation::stepText(RouteStep step)
{
    switch (step) {
    case RouteStep::Chosen:
        return tr("Chosen");
    case RouteStep::Disabled:
        return tr("Disabled");
    case RouteStep::MessageTooLarge:
        return tr("Message too large");
    case RouteStep::NoSourceServer:
        return tr("No source server reachable");
    case RouteStep::OutOfScope:
        return tr("Out of scope");
    case RouteStep::NoMatchingAddressSpace:
        return tr("No matching address space");
    case RouteStep::LessSpecific:
        return tr("Less specific");
    case RouteStep::HigherCost:
        return tr("Higher cost");
    case RouteStep::FartherAway:
        return tr("Farther away");
    case RouteStep::LaterName:
        return tr("Later name");
    }
    return QString();
}

QString RouteExplanation::stepDescription(RouteStep step)
{
    switch (step) {
    case RouteStep::Chosen:
        return tr("This Send connector carries the message.");
    case RouteStep::Disabled:
        return tr("The Send connector is disabled, so it carries no mail.");
    case RouteStep::MessageTooLarge:
        return tr("The message is larger than the Send connector's maximum message size.");
    case RouteStep::NoSourceServer:
        return tr("None of the Send connector's source servers can be reached from the sending server's site.");
    case RouteStep::OutOfScope:
        return tr("The Send connector is scoped to the sites of its source servers, and the sending server is in "
                  "none of them.");
    case RouteStep::NoMatchingAddressSpace:
        return tr("None of the Send connector's address spaces covers the recipient's domain.");
    case RouteStep::LessSpecific:
        return tr("Another Send connector has a more specific address space for the recipient's domain.");
    case RouteStep::HigherCost:
        return tr("Another Send connector with an equally specific address space costs less from the sending "
                  "server.");
    case RouteStep::FartherAway:
        return tr("Another Send connector of the same specificity and cost has a source server closer to the "
                  "sending server.");
    case RouteStep::LaterName:
        return tr("Another Send connector ties on specificity, cost and proximity and its name sorts first.");
    }
    return QString();
}

QList<RouteExplanation::SendingServer> RouteExplanation::sendingServers(const Organization &organization)
{
    QList<SendingServer> servers;
    // The resolver says why it refuses a server; asking it keeps the rule in one place.
    const RouteResolver resolver(organization);
    for (const TransportServer &server : organization.servers) {
        SendingServer choice;
        choice.name = server.name;
        const QString role = server.isHub() ? tr("Hub Transport") : tr("Edge Transport");
        if (server.isHub())
            choice.description = server.site.isEmpty() ? tr("%1 (%2)").arg(server.name, role)
                                                       : tr("%1 (%2, %3)").arg(server.name, role, server.site);
        else if (server.subscribed)
            choice.description = tr("%1 (%2, subscribed)").arg(server.name, role);
        else
            choice.description = tr("%1 (%2)").arg(server.name, role);
        if (server.isEdge() && server.subscribed) {
            const Parsed<Route> refused =
                resolver.resolve(QStringLiteral("postmaster@example.com"), 0, server.name);
            choice.available = refused.ok();
            for (const Problem &problem : refused.problems)
                choice.reason = problem.message;
        }
        servers.append(choice);
    }
    return servers;
}

QString RouteExplanation::defaultSendingServer(const Organization &organization, const QString &preferred)
{
    const QList<SendingServer> servers = sendingServers(organization);
    for (const QString &wanted : {preferred, organization.localServer}) {
        if (wanted.isEmpty())
            continue;
        for (const SendingServer &server : servers) {
            if (server.available && server.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return server.name;
        }
    }
    for (const SendingServer &server : servers) {
        if (server.available)
            return server.name;
    }
    return QString();
}

QString RouteExplanation::connectorText(const Route &route)
{
    return route.outcome == RouteOutcome::Routed ? route.connector : QString();
}

QString RouteExplanation::addressSpaceText(const Route &route)
{
    switch (route.outcome) {
    case RouteOutcome::Routed:
        return route.addressSpace.toString();
    case RouteOutcome::Internal:
        return tr("Accepted domain %1").arg(route.acceptedDomain);
    case RouteOutcome::Unreachable:
        break;
    }
    return QString();
}

QString RouteExplanation::sourceServerText(const Route &route)
{
    return route.outcome == RouteOutcome::Routed ? route.sourceServer : QString();
}

QString RouteExplanation::costText(const Route &route)
{
    return route.outcome == RouteOutcome::Routed ? QString::number(route.cost) : QString();
}
