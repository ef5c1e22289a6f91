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

} // namespace

Problems OrganizationRules::review(const Organization &organization, const QString &edgeServer)
{
    Problems problems;
    if (!edgeServer.isEmpty()) {
        const TransportServer *server = organization.server(edgeServer);
        if (!server || !server->isEdge() || server->subscribed)
            return problems;
    }
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
