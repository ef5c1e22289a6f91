#include "ConnectorOperations.h"

#include "ConnectorRules.h"
#include "OrganizationRules.h"
#include "OrganizationStore.h"

#include <utility>

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// The index of the connector named `identity` among `connectors`, or -1.
qsizetype indexOf(const QList<SendConnector> &connectors, const QString &identity)
{
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        if (sameName(connectors.at(i).name, identity))
            return i;
    }
    return -1;
}

Problems warningsOnly(const Problems &problems)
{
    Problems warnings;
    for (const Problem &problem : problems) {
        if (!problem.isError())
            warnings.append(problem);
    }
    return warnings;
}

} // namespace

ConnectorOperations::ConnectorOperations(QString organizationPath, OperationScope scope)
    : m_path(std::move(organizationPath))
    , m_scope(std::move(scope))
{
}

Problems ConnectorOperations::checkScope(const Organization &organization, const OperationScope &scope,
                                         OperatorPermissions::Action action, QString *side)
{
    QString edge;
    const QString serverName = scope.server.trimmed();
    if (!serverName.isEmpty()) {
        const TransportServer *server = organization.server(serverName);
        if (!server)
            return {OrganizationRules::unknownServer(organization, serverName, QStringLiteral("Operation.UnknownServer"))};
        if (server->isEdge())
            edge = server->name;
    }
    if (side)
        *side = edge;

    Problems denied = OperatorPermissions::check(organization, scope.operatorName, edge, action);
    if (hasErrors(denied))
        return denied;

    if (scope.expectedVersion && *scope.expectedVersion != organization.exchangeVersion) {
        return {Problem::error(
            QStringLiteral("Operation.VersionMismatch"), QStringLiteral("ExchangeVersion"),
            tr("The organization file now says Exchange %1, but this change was made for Exchange %2, so nothing "
               "was changed. Start again from the file as it is now.")
                .arg(Exchange::toString(organization.exchangeVersion), Exchange::toString(*scope.expectedVersion)))};
    }
    return {};
}

Parsed<Organization> ConnectorOperations::run(OperatorPermissions::Action action, const SideChange &apply) const
{
    OrganizationStore store(m_path);
    store.setLockTimeout(m_lockTimeout);
    Problems own;
    Parsed<Organization> written = store.modify([&](Organization &organization) -> Problems {
        QString side;
        const Problems refused = checkScope(organization, m_scope, action, &side);
        if (hasErrors(refused))
            return refused;
        own = apply(organization, side);
        return own;
    });
    // The store adds the warnings of every connector of the file; the caller asked about one.
    if (written.ok())
        written.problems = warningsOnly(own);
    return written;
}

namespace {

Problem notFound(const QString &identity, const Organization &organization, const QString &side)
{
    const QString where = side.isEmpty() ? ConnectorOperations::tr("the Hub Transport side of \"%1\"").arg(organization.name)
                                         : side;
    return Problem::error(QStringLiteral("Operation.ConnectorNotFound"), QStringLiteral("Identity"),
                          ConnectorOperations::tr("There is no Send connector named \"%1\" on %2 (another program "
                                                  "may have removed or renamed it). Nothing was changed.")
                              .arg(identity.trimmed(), where));
}

// The connector rules for `connector` on that side; `originalName` is the name it replaces.
Problems validate(const SendConnector &connector, const Organization &organization, const QString &side,
                  const QString &originalName = QString())
{
    ConnectorContext context;
    context.organization = &organization;
    context.version = organization.exchangeVersion;
    context.edgeServer = side;
    context.originalName = originalName;
    return ConnectorValidator::validate(connector, context);
}

} // namespace

Parsed<Organization> ConnectorOperations::create(const SendConnector &connector) const
{
    return run(OperatorPermissions::Action::CreateConnector, [&connector](Organization &organization, const QString &side) {
        Problems found = validate(connector, organization, side);
        if (hasErrors(found))
            return found;
        QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
        Q_ASSERT(connectors); // checkScope() resolved the side
        connectors->append(connector);
        return found;
    });
}

Parsed<Organization> ConnectorOperations::change(const QString &identity, const SendConnector &replacement) const
{
    return run(OperatorPermissions::Action::ChangeConnector,
               [&identity, &replacement](Organization &organization, const QString &side) -> Problems {
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   const qsizetype index = connectors ? indexOf(*connectors, identity) : -1;
                   if (index < 0)
                       return {notFound(identity, organization, side)};
                   Problems found = validate(replacement, organization, side, connectors->at(index).name);
                   if (hasErrors(found))
                       return found;
                   (*connectors)[index] = replacement;
                   return found;
               });
}

Parsed<Organization> ConnectorOperations::setEnabled(const QString &identity, bool enabled) const
{
    return run(OperatorPermissions::Action::ChangeConnector,
               [&identity, enabled](Organization &organization, const QString &side) -> Problems {
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   const qsizetype index = connectors ? indexOf(*connectors, identity) : -1;
                   if (index < 0)
                       return {notFound(identity, organization, side)};
                   SendConnector connector = connectors->at(index);
                   connector.enabled = enabled;
                   Problems found = validate(connector, organization, side, connector.name);
                   if (hasErrors(found))
                       return found;
                   (*connectors)[index] = std::move(connector);
                   return found;
               });
}

Parsed<Organization> ConnectorOperations::remove(const QString &identity) const
{
    return run(OperatorPermissions::Action::RemoveConnector,
               [&identity](Organization &organization, const QString &side) -> Problems {
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   const qsizetype index = connectors ? indexOf(*connectors, identity) : -1;
                   if (index < 0)
                       return {notFound(identity, organization, side)};
                   connectors->removeAt(index);
                   return {};
               });
}
