#include "ConnectorOperations.h"

#include "ConnectorRules.h"
#include "OrganizationRules.h"
#include "OrganizationStore.h"

#include <QDateTime>

#include <algorithm>
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

} // namespace

ConnectorOperations::ConnectorOperations(QString organizationPath, OperationScope scope)
    : m_store(std::make_shared<OrganizationStore>(std::move(organizationPath)))
    , m_scope(std::move(scope))
{
}

ConnectorOperations::ConnectorOperations(std::shared_ptr<OrganizationStore> store, OperationScope scope)
    : m_store(std::move(store))
    , m_scope(std::move(scope))
{
    Q_ASSERT(m_store);
}

void ConnectorOperations::setLockTimeout(int milliseconds)
{
    m_store->setLockTimeout(milliseconds);
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
    Problems own;
    Parsed<Organization> written =
        m_store->modifyConnectors([&](Organization &organization, std::optional<ConnectorChange> &touched) -> Problems {
            QString side;
            const Problems refused = checkScope(organization, m_scope, action, &side);
            if (hasErrors(refused))
                return refused;
            own = apply(organization, side, touched);
            return own;
        });
    // The store adds the warnings of every connector of the file; the caller asked about one.
    // The file's own warnings (a stale lock taken over, a leftover copy removed) are kept.
    if (written.ok()) {
        Problems fileWarnings;
        for (const Problem &problem : std::as_const(written.problems)) {
            if (problem.code.startsWith(QLatin1String("File.")))
                fileWarnings.append(problem);
        }
        written.problems = warningsOnly(own) + fileWarnings;
    }
    return written;
}

namespace {

Problem notFound(const QString &identity, const Organization &organization, const QString &side)
{
    const QString where = side.isEmpty() ? ConnectorOperations::tr("the Hub Transport side of \"%1\"").arg(organization.name)
                                         : side;
    return Problem::error(QStringLiteral("Operation.ConnectorNotFound"), Parameter::name(ConnectorParameter::Identity),
                          ConnectorOperations::tr("There is no Send connector named \"%1\" on %2 (another program "
                                                  "may have removed or renamed it). Nothing was changed.")
                              .arg(identity.trimmed(), where));
}

Problem changedMeanwhile(const SendConnector &current, const SendConnector &expected)
{
    QStringList settings;
    for (const ConnectorParameter parameter : SendConnector::differences(expected, current))
        settings.append(Parameter::name(parameter));
    return Problem::error(QStringLiteral("Operation.ChangedMeanwhile"), Parameter::name(ConnectorParameter::Identity),
                          ConnectorOperations::tr("Another program changed the Send connector \"%1\" after you "
                                                  "opened it (changed: %2), so nothing was changed. Look at its "
                                                  "current settings, then apply your change again or discard it.")
                              .arg(expected.name, settings.join(QStringLiteral(", "))));
}

// The index of the connector `identity` on the side, after checking that it is there and, when
// `expected` is given, that it is still what the caller saw. Problems when it is not.
Problems locate(Organization &organization, const QString &side, const QString &identity,
                const std::optional<SendConnector> &expected, qsizetype *index)
{
    QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
    *index = connectors ? indexOf(*connectors, identity) : -1;
    if (*index < 0)
        return {notFound(identity, organization, side)};
    if (expected && connectors->at(*index) != *expected)
        return {changedMeanwhile(connectors->at(*index), *expected)};
    return {};
}

QDateTime now()
{
    // Whole seconds, as the file stores them.
    QDateTime time = QDateTime::currentDateTimeUtc();
    time.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return time;
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

Parsed<Organization> ConnectorOperations::create(const SendConnector &connector,
                                                 std::optional<qsizetype> position) const
{
    return run(OperatorPermissions::Action::CreateConnector,
               [&connector, position](Organization &organization, const QString &side,
                                      std::optional<ConnectorChange> &touched) {
                   Problems found = validate(connector, organization, side);
                   if (hasErrors(found))
                       return found;
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   Q_ASSERT(connectors); // checkScope() resolved the side
                   SendConnector created = connector;
                   created.whenChanged = now();
                   const qsizetype at = position ? std::clamp<qsizetype>(*position, 0, connectors->size())
                                                 : connectors->size();
                   connectors->insert(at, std::move(created));
                   touched = ConnectorChange{ConnectorChange::Kind::Added, side, at};
                   return found;
               });
}

Parsed<Organization> ConnectorOperations::change(const QString &identity, const SendConnector &replacement,
                                                 const std::optional<SendConnector> &expected) const
{
    return run(OperatorPermissions::Action::ChangeConnector,
               [&identity, &replacement, &expected](Organization &organization, const QString &side,
                                                    std::optional<ConnectorChange> &touched) -> Problems {
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   qsizetype index = -1;
                   if (const Problems refused = locate(organization, side, identity, expected, &index);
                       hasErrors(refused))
                       return refused;
                   Problems found = validate(replacement, organization, side, connectors->at(index).name);
                   if (hasErrors(found))
                       return found;
                   SendConnector changed = replacement;
                   changed.whenChanged = now();
                   (*connectors)[index] = std::move(changed);
                   touched = ConnectorChange{ConnectorChange::Kind::Replaced, side, index};
                   return found;
               });
}

Parsed<Organization> ConnectorOperations::setEnabled(const QString &identity, bool enabled,
                                                     const std::optional<SendConnector> &expected) const
{
    const QString name = identity;
    return run(OperatorPermissions::Action::ChangeConnector,
               [&name, enabled, &expected](Organization &organization, const QString &side,
                                           std::optional<ConnectorChange> &touched) -> Problems {
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   qsizetype index = -1;
                   if (const Problems refused = locate(organization, side, name, expected, &index);
                       hasErrors(refused))
                       return refused;
                   SendConnector connector = connectors->at(index);
                   connector.enabled = enabled;
                   Problems found = validate(connector, organization, side, connector.name);
                   if (hasErrors(found))
                       return found;
                   if (connector != connectors->at(index)) // already so: the file stays as it is
                       connector.whenChanged = now();
                   (*connectors)[index] = std::move(connector);
                   touched = ConnectorChange{ConnectorChange::Kind::Replaced, side, index};
                   return found;
               });
}

Parsed<Organization> ConnectorOperations::remove(const QString &identity,
                                                 const std::optional<SendConnector> &expected) const
{
    return run(OperatorPermissions::Action::RemoveConnector,
               [&identity, &expected](Organization &organization, const QString &side,
                                      std::optional<ConnectorChange> &touched) -> Problems {
                   QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
                   qsizetype index = -1;
                   if (const Problems refused = locate(organization, side, identity, expected, &index);
                       hasErrors(refused))
                       return refused;
                   connectors->removeAt(index);
                   touched = ConnectorChange{ConnectorChange::Kind::Removed, side, index};
                   return {};
               });
}
