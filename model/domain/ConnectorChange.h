#pragma once

#include <QString>
#include <QtGlobal>

// What one change to the Send connectors of one side of an organization did: the connector
// added, replaced (changed in place, renamed, enabled or disabled) or removed. The store hands it
// to OrganizationValidator::validateChange() so that only what the change can affect is judged.
struct ConnectorChange
{
    enum class Kind { Added, Replaced, Removed };

    Kind kind = Kind::Replaced;
    // Empty: the organization's (Hub side) connectors; otherwise the unsubscribed Edge Transport
    // server whose own connectors changed (as Organization::connectorsFor() takes it).
    QString side;
    // Added, Replaced: where the connector stands in the side's list after the change.
    // Removed: where it stood (nothing is judged for a removal).
    qsizetype index = -1;
};
