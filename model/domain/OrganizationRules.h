#pragma once

#include "Organization.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QString>

// Advice about a whole side of the organization rather than one connector (docs/domain-rules.md):
// what the connectors together leave unreachable. The rules that refuse an organization are
// OrganizationValidator's. Only warnings; nothing here stops a save.
// Codes: "Routing.NoDefaultRoute" (parameter AddressSpaces: no enabled connector on the side
// covers "*": mail to any domain no other connector names waits in the Unreachable queue).
class OrganizationRules
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRules)
public:
    // `edgeServer` empty: the organization's (Hub side) connectors; else that Edge's own. A
    // subscribed Edge has no connectors of its own and gets no advice.
    static Problems review(const Organization &organization, const QString &edgeServer = QString());
    // The same advice for the side as it will be once `connector` is created (`originalName` empty)
    // or replaces the connector named `originalName`, without copying the organization: a warning
    // when neither it (enabled, with "*") nor another enabled connector of the side covers "*".
    static Problems reviewChange(const Organization &organization, const QString &edgeServer,
                                 const SendConnector &connector, const QString &originalName = QString());

    // The error for a server name that is not one of the organization's transport servers,
    // listing the valid ones; `code` is the caller's (e.g. "Shell.UnknownServer").
    static Problem unknownServer(const Organization &organization, const QString &name, const QString &code);
};
