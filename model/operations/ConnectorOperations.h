#pragma once

#include "ConnectorChange.h"
#include "ExchangeTypes.h"
#include "OperatorPermissions.h"
#include "Organization.h"
#include "OrganizationStore.h"
#include "Problem.h"
#include "SendConnector.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class OrganizationStore;

// Who acts, where, and on which version of Exchange: what every change to an organization is
// checked against.
struct OperationScope
{
    QString operatorName; // checked against the file's RoleAssignments (OperatorPermissions)
    // The server the tool acts on: a Hub Transport server (the organization's connectors) or an
    // unsubscribed Edge Transport server (its own connectors). Empty: the organization's (Hub side).
    QString server;
    // The Exchange version the caller's connector was made for. When set, it must be the file's.
    std::optional<Exchange::Version> expectedVersion;
};

// Every change to a Send connector of an organization file (create, change, enable/disable,
// remove), shared by the wizard, the console and the shell: they do only their own part
// (prompts, dialogs, printing). See docs/domain-rules.md ("Who may act") and
// docs/organization-file.md (how the store writes).
//
// Each operation is ONE OrganizationStore transaction: inside the lock, on the file as it is now
// (never an older copy: the store's organization in memory when the file is unchanged, else a
// fresh read), it re-checks in this order and stops at the first group that fails:
//   1. the server side: the server named is one of the organization's transport servers;
//   2. the operator's roles, and a subscribed Edge (whose connectors only EdgeSync writes);
//   3. the Exchange version the caller expects;
//   4. the connector: found on that side (change, setEnabled, remove), and the connector rules
//      (ConnectorValidator) for what is written (create, change, setEnabled).
// What is written is then judged by OrganizationValidator::validateChange (the one connector the
// operation added, replaced or removed), not by a pass over the whole organization.
// A refused operation leaves the file byte-for-byte as it was; changes other programs made
// meanwhile are kept. A connector is named by its Name, case-insensitively (spaces around it
// do not count), on the side of the scope's server: a Hub connector is not found from an Edge.
// create, change and setEnabled set the connector's WhenChanged to the time of writing (UTC).
//
// Problem codes:
//   "Operation.UnknownServer"    Server         the scope's server is no transport server of the file
//   "Permission.*"               Operator       OperatorPermissions (roles; "Permission.SubscribedEdge"
//                                               for a subscribed Edge, whatever the roles)
//   "Operation.VersionMismatch"  ExchangeVersion the file's Exchange version is not the expected one
//   "Operation.ConnectorNotFound" Identity      no connector of that name on the side
//   "Operation.ChangedMeanwhile" Identity       the connector is no longer what `expected` says
//   "Name.*", "Connector.*", ... (parameter)    ConnectorValidator's codes; a rename onto a name
//                                               another connector of the side has is "Name.Duplicate"
//   "File.*"                     (path)         OrganizationStore's (locked, read-only, damaged file...)
// On success the result holds the organization as written and the warnings of the connector
// created or changed (ConnectorValidator's), nothing about other connectors.
class ConnectorOperations
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorOperations)
public:
    // Operations on the file at `organizationPath`, through a store of their own (shared by the
    // copies of this object).
    ConnectorOperations(QString organizationPath, OperationScope scope);
    // Operations through `store`, shared with the caller, so that a session's or a window's
    // operations and its reads use one organization in memory (OrganizationStore's caching).
    ConnectorOperations(std::shared_ptr<OrganizationStore> store, OperationScope scope);

    const OperationScope &scope() const { return m_scope; }
    const std::shared_ptr<OrganizationStore> &store() const { return m_store; }
    // How long each operation waits for another writer's lock (default: OrganizationStore::defaultLockTimeout()). Sets the
    // store's, so it holds for everything that shares the store.
    void setLockTimeout(int milliseconds);

    // Adds the connector at the end of the side's list, or at `position` (clamped to the list)
    // when given: an undone removal puts a connector back where it stood.
    Parsed<Organization> create(const SendConnector &connector, std::optional<qsizetype> position = {}) const;
    // Replaces the connector named `identity` by `replacement` (every property, the name included:
    // a rename), keeping its place in the list.
    //
    // `expected`, when given, is the connector as the caller last saw it (a Properties sheet
    // opened on it, an undo that restores what came before): when the file now holds something
    // else under that name (another program changed it meanwhile), nothing is written and the
    // result is "Operation.ChangedMeanwhile" (Identity), naming the settings that changed
    // (SendConnector::differences()). The caller reads the file again to show the current values.
    Parsed<Organization> change(const QString &identity, const SendConnector &replacement,
                                const std::optional<SendConnector> &expected = {}) const;
    Parsed<Organization> setEnabled(const QString &identity, bool enabled,
                                    const std::optional<SendConnector> &expected = {}) const;
    Parsed<Organization> remove(const QString &identity, const std::optional<SendConnector> &expected = {}) const;

    // Steps 1-3 above on an organization in memory, for front ends that check before they ask
    // anything. `side` receives the side's Edge server (empty for the Hub side).
    static Problems checkScope(const Organization &organization, const OperationScope &scope,
                               OperatorPermissions::Action action, QString *side = nullptr);

private:
    // Applies one change to the side's connectors, says in `touched` which connector it added,
    // replaced or removed, and returns its problems.
    using SideChange = std::function<Problems(Organization &organization, const QString &side,
                                              std::optional<ConnectorChange> &touched)>;
    Parsed<Organization> run(OperatorPermissions::Action action, const SideChange &apply) const;

    std::shared_ptr<OrganizationStore> m_store;
    OperationScope m_scope;
};
