#include "OperatorPermissions.h"

#include "OrganizationRules.h"

#include <QtGlobal>

namespace {

const QLatin1Char DomainSeparator('\\');

// "a", "b" and "c" for messages; names are quoted because account names contain spaces.
QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name.trimmed() + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

bool listed(const QStringList &holders, const QString &operatorName)
{
    for (const QString &holder : holders) {
        if (OperatorPermissions::sameOperator(holder, operatorName))
            return true;
    }
    return false;
}

// The Edge's administrators; the map's keys are server names, compared case-insensitively.
QStringList edgeAdministrators(const RoleAssignments &roles, const QString &edgeServer)
{
    for (auto it = roles.edgeAdministrators.cbegin(); it != roles.edgeAdministrators.cend(); ++it) {
        if (it.key().compare(edgeServer, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

} // namespace

bool OperatorPermissions::sameOperator(const QString &a, const QString &b)
{
    const QString left = a.trimmed();
    const QString right = b.trimmed();
    if (left.isEmpty() || right.isEmpty())
        return false;
    // Whole-name comparison: a bare name never matches a qualified one (see the header).
    return left.compare(right, Qt::CaseInsensitive) == 0;
}

QString OperatorPermissions::currentOperator()
{
    const QString domain = qEnvironmentVariable("USERDOMAIN").trimmed();
    const QString windowsUser = qEnvironmentVariable("USERNAME").trimmed();
    if (!domain.isEmpty() && !windowsUser.isEmpty())
        return domain + DomainSeparator + windowsUser;
    const QString user = qEnvironmentVariable("USER").trimmed();
    if (!user.isEmpty())
        return user;
    // POSIX names the login LOGNAME; cron and some su/sudo set it without USER.
    const QString logName = qEnvironmentVariable("LOGNAME").trimmed();
    return logName.isEmpty() ? windowsUser : logName;
}

QStringList OperatorPermissions::holders(const Organization &organization, const QString &edgeServer)
{
    if (!organization.roleAssignments)
        return {};
    if (edgeServer.isEmpty())
        return organization.roleAssignments->organizationAdministrators;
    const TransportServer *server = organization.server(edgeServer);
    if (!server)
        return {};
    if (server->isHub())
        return organization.roleAssignments->organizationAdministrators;
    return edgeAdministrators(*organization.roleAssignments, server->name);
}

Problems OperatorPermissions::check(const Organization &organization, const QString &operatorName,
                                    const QString &edgeServer, Action action)
{
    const bool wholeOrganization = action == Action::ImportOrganization || action == Action::ExportOrganization;
    if (wholeOrganization && !edgeServer.isEmpty())
        return check(organization, operatorName, QString(), action);
    const TransportServer *server = edgeServer.isEmpty() ? nullptr : organization.server(edgeServer);
    if (!edgeServer.isEmpty() && !server)
        return {OrganizationRules::unknownServer(organization, edgeServer, QStringLiteral("Permission.UnknownServer"))};
    const bool edgeSide = server && server->isEdge();

    if (edgeSide && server->subscribed) {
        QString message;
        switch (action) {
        case Action::CreateConnector:
            message = tr("The Edge Transport server \"%1\" is subscribed to the organization: its Send connectors "
                         "come from EdgeSync. Create the Send connector on the Hub Transport side instead; it "
                         "reaches this server at the next synchronization.");
            break;
        case Action::ChangeConnector:
            message = tr("The Edge Transport server \"%1\" is subscribed to the organization: its Send connectors "
                         "come from EdgeSync and a change made there would be overwritten. Change the Send "
                         "connector on the Hub Transport side instead.");
            break;
        case Action::RemoveConnector:
            message = tr("The Edge Transport server \"%1\" is subscribed to the organization: its Send connectors "
                         "come from EdgeSync. Remove the Send connector on the Hub Transport side instead.");
            break;
        case Action::ImportOrganization:
        case Action::ExportOrganization:
            break; // checked on the Hub side (above)
        }
        return {Problem::error(QStringLiteral("Permission.SubscribedEdge"), QStringLiteral("Server"),
                               message.arg(server->name))};
    }

    if (!organization.roleAssignments)
        return {};

    const QStringList needed = holders(organization, edgeServer);
    if (listed(needed, operatorName))
        return {};

    const QString who = operatorName.trimmed().isEmpty()
        ? tr("An operator without a name")
        : tr("\"%1\"").arg(operatorName.trimmed());
    QString holding;
    if (needed.isEmpty())
        holding = tr("The organization file lists nobody in that role.");
    else if (edgeSide)
        holding = tr("The server's administrators are %1. Act as one of them; a domain account is named in full, "
                     "e.g. \"DOMAIN\\user\".")
                      .arg(quotedList(needed));
    else
        holding = tr("The role is held by %1. Act as one of them; a domain account is named in full, e.g. "
                     "\"DOMAIN\\user\".")
                      .arg(quotedList(needed));

    // One whole sentence per action and side: the action's verb goes elsewhere in German.
    if (edgeSide) {
        QString message;
        switch (action) {
        case Action::CreateConnector:
            message = tr("%1 cannot create Send connectors on the Edge Transport server \"%2\": that needs membership "
                         "in the server's local Administrators group (Exchange Organization Administrators are not "
                         "Edge administrators by that role). %3");
            break;
        case Action::ChangeConnector:
            message = tr("%1 cannot change Send connectors on the Edge Transport server \"%2\": that needs membership "
                         "in the server's local Administrators group (Exchange Organization Administrators are not "
                         "Edge administrators by that role). %3");
            break;
        case Action::RemoveConnector:
            message = tr("%1 cannot remove Send connectors on the Edge Transport server \"%2\": that needs membership "
                         "in the server's local Administrators group (Exchange Organization Administrators are not "
                         "Edge administrators by that role). %3");
            break;
        case Action::ImportOrganization:
        case Action::ExportOrganization:
            break; // checked on the Hub side (above)
        }
        return {Problem::error(QStringLiteral("Permission.NotEdgeAdministrator"), QStringLiteral("Operator"),
                               message.arg(who, server->name, holding))};
    }
    QString message;
    switch (action) {
    case Action::CreateConnector:
        message = tr("%1 cannot create Send connectors on the Hub Transport side of the organization \"%2\": that "
                     "needs the Exchange Organization Administrator role. %3");
        break;
    case Action::ChangeConnector:
        message = tr("%1 cannot change Send connectors on the Hub Transport side of the organization \"%2\": that "
                     "needs the Exchange Organization Administrator role. %3");
        break;
    case Action::RemoveConnector:
        message = tr("%1 cannot remove Send connectors on the Hub Transport side of the organization \"%2\": that "
                     "needs the Exchange Organization Administrator role. %3");
        break;
    case Action::ImportOrganization:
        message = tr("%1 cannot import the organization \"%2\": that needs the Exchange Organization Administrator "
                     "role in the organization imported. %3");
        break;
    case Action::ExportOrganization:
        message = tr("%1 cannot export the organization \"%2\": that needs the Exchange Organization Administrator "
                     "role. %3");
        break;
    }
    return {Problem::error(QStringLiteral("Permission.NotOrganizationAdministrator"), QStringLiteral("Operator"),
                           message.arg(who, organization.name, holding))};
}
