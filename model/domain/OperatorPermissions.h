#pragma once

#include "Organization.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Decides who may create, change or remove Send connectors (docs/domain-rules.md#operator-permissions):
// Exchange Organization Administrator for the Hub side, the Edge server's local Administrators
// for an unsubscribed Edge's own connectors, nobody on a subscribed Edge.
//
// Rules:
// - An organization file without RoleAssignments checks nobody: every operator may act on the
//   Hub side and on unsubscribed Edges.
// - A subscribed Edge's connectors come from EdgeSync: they are never created, changed or
//   removed there, whatever the operator's roles and whether or not roles are declared.
// - Exchange Organization Administrators are NOT administrators of an Edge by that role alone:
//   an Edge is outside the domain, and only membership in its local Administrators group
//   (RoleAssignments::edgeAdministrators[edge]) counts there.
// - An operator named nowhere (or an empty name) holds no role.
//
// How names compare (see sameOperator()): leading and trailing spaces are ignored and the
// comparison is case-insensitive, as Windows compares account names. A name is either
// qualified ("CONTOSO\Administrator", "EDGE02\Administrator") or bare ("administrator"). A
// qualified name matches only the same qualified name, and a bare name only the same bare name:
// "administrator" does NOT match "CONTOSO\Administrator", because a bare name does not say
// which account it is (CONTOSO\Administrator and EDGE02\Administrator are different accounts
// with different rights); guessing the domain would grant one account another's role. A group
// listed in the file (e.g. "CONTOSO\Exchange Organization Administrators") matches only an
// operator given by that same name: group membership is not resolved. Other forms
// ("administrator@contoso.com") are plain names compared as a whole.
//
// Problem codes (parameter "Operator", or "Server" for an unknown server):
//   "Permission.NotOrganizationAdministrator"  Hub side, the operator lacks the role
//   "Permission.NotEdgeAdministrator"          unsubscribed Edge, the operator is not its administrator
//   "Permission.SubscribedEdge"                the side is a subscribed Edge
//   "Permission.UnknownServer"                 the server named is no transport server of the organization
class OperatorPermissions
{
    Q_DECLARE_TR_FUNCTIONS(OperatorPermissions)
public:
    // ImportOrganization and ExportOrganization concern the whole organization (the shell's
    // Import-/Export-Organization): they need the Exchange Organization Administrator role
    // whatever the side, so `edgeServer` is ignored for them.
    enum class Action { CreateConnector, ChangeConnector, RemoveConnector, ImportOrganization, ExportOrganization };

    // The problems that keep `operatorName` from doing `action` to the connectors of one side:
    // the organization's (Hub side) when `edgeServer` is empty or names a Hub Transport server,
    // else that Edge's own. Empty when the operator may act.
    static Problems check(const Organization &organization, const QString &operatorName, const QString &edgeServer,
                          Action action);
    static bool mayAct(const Organization &organization, const QString &operatorName, const QString &edgeServer,
                       Action action)
    {
        return check(organization, operatorName, edgeServer, action).isEmpty();
    }

    // The login name of the person running the program: "USERDOMAIN\USERNAME" when both are set
    // (Windows), else $USER, else $LOGNAME, else $USERNAME; empty when none is set. It is not verified: the
    // role assignments of an organization file are a model of Exchange's, not a security boundary.
    static QString currentOperator();

    // Whether two account names denote the same account, by the rule above.
    static bool sameOperator(const QString &a, const QString &b);

    // Who holds what the side needs: the organization administrators for the Hub side, the Edge's
    // administrators for an Edge (empty without RoleAssignments or for an unknown server).
    static QStringList holders(const Organization &organization, const QString &edgeServer);
};
