#include "OrganizationRules.h"

#include "ConnectorParameter.h"

#include <algorithm>

namespace {

bool coversEverything(const SendConnector &connector)
{
    return connector.enabled
        && std::any_of(connector.addressSpaces.cbegin(), connector.addressSpaces.cend(),
                       [](const AddressSpace &space) { return space.isSmtp() && space.address == QLatin1String("*"); });
}

// A side that has connectors of its own: the Hub side, or an unsubscribed Edge.
bool hasOwnConnectors(const Organization &organization, const QString &edgeServer)
{
    if (edgeServer.isEmpty())
        return true;
    const TransportServer *server = organization.server(edgeServer);
    return server && server->isEdge() && !server->subscribed;
}

} // namespace

Problems OrganizationRules::review(const Organization &organization, const QString &edgeServer)
{
    Problems problems;
    if (!hasOwnConnectors(organization, edgeServer))
        return problems;
    const QList<SendConnector> &connectors = organization.connectorsFor(edgeServer);
    if (std::none_of(connectors.cbegin(), connectors.cend(), coversEverything)) {
        const QString side = edgeServer.isEmpty() ? tr("the Hub Transport side") : edgeServer;
        problems.append(Problem::warning(
            QStringLiteral("Routing.NoDefaultRoute"), Parameter::name(ConnectorParameter::AddressSpaces),
            tr("No enabled Send connector on %1 covers \"*\": mail to any domain that no other connector names "
               "waits in the Unreachable queue. Create an Internet connector with the address space \"*\", or "
               "enable the one you have.")
                .arg(side)));
    }
    return problems;
}

Problems OrganizationRules::reviewChange(const Organization &organization, const QString &edgeServer,
                                         const SendConnector &connector, const QString &originalName)
{
    Problems problems;
    if (!hasOwnConnectors(organization, edgeServer) || coversEverything(connector))
        return problems;
    const QString original = originalName.trimmed();
    const QList<SendConnector> &connectors = organization.connectorsFor(edgeServer);
    const bool othersCover = std::any_of(connectors.cbegin(), connectors.cend(), [&original](const SendConnector &other) {
        const bool replaced = !original.isEmpty() && other.name.trimmed().compare(original, Qt::CaseInsensitive) == 0;
        return !replaced && coversEverything(other);
    });
    if (othersCover)
        return problems;
    const QString side = edgeServer.isEmpty() ? tr("the Hub Transport side") : edgeServer;
    problems.append(Problem::warning(
        QStringLiteral("Routing.NoDefaultRoute"), Parameter::name(ConnectorParameter::AddressSpaces),
        tr("With this connector, no enabled Send connector on %1 covers \"*\": mail to any domain that no "
           "connector names will wait in the Unreachable queue. Add the address space \"*\" to this connector "
           "if it is meant for Internet mail, or create an Internet connector for \"*\".")
            .arg(side)));
    return problems;
}

Problem OrganizationRules::unknownServer(const Organization &organization, const QString &name, const QString &code)
{
    QStringList known;
    for (const TransportServer &server : organization.servers)
        known.append(server.name);
    return Problem::error(code, QStringLiteral("Server"),
                          tr("The server \"%1\" is not a transport server of the organization \"%2\". "
                             "Valid servers: %3.")
                              .arg(name, organization.name, known.join(QStringLiteral(", "))));
}
