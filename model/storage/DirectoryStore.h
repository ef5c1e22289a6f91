#pragma once

#include "ConnectorChange.h"
#include "LdapConnection.h"
#include "Organization.h"
#include "OrganizationLocation.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

// The organization in an LDAP directory (docs/ldap-directory.md): OrganizationStore's second
// kind of store, used through OrganizationStore for a location such as ldap://host/dc=contoso,dc=com.
//
// Reading searches the organization's entries (OrganizationEntries turns them into an
// Organization, with every rule of the file's reader; a value that does not parse is refused
// naming the entry's DN and attribute). The organization read is kept with the directory's
// version (the contextCSN of its naming context, which changes with any change by anyone,
// deletions included; on a server that keeps none, a hash of every entry's entryCSN): while the version is the same, load() and modify() use the organization
// in memory.
//
// A change is applied to the organization as the directory holds it now, judged by the same
// validators as a file's, and written as directory operations: an add per new entry, a modify
// per changed entry (only its changed attributes) and a delete per removed one, each modify and
// delete asserting the entry's entryCSN as read (RFC 4528). When another administrator changed
// an entry meanwhile, the assertion fails, nothing more is written, and the change is applied
// again on the organization read afresh (so that the operations layer reports a conflict
// exactly as on a file), at most MaximumAttempts times.
//
// Servers are tried in order (failover); a server that stops answering is left for the next,
// and the operation is repeated there. Binds use DirectoryLogins.
//
// Problem codes (parameter: the location, or "<DN> (<attribute>)" for an entry's value):
//   "Directory.Unreachable"     no server of the location could be reached
//   "Directory.BindRefused"     the bind DN or password was refused
//   "Directory.NoOrganization"  no organization below the base DN (Import-Organization puts one there)
//   "Directory.SeveralOrganizations" more than one sccOrganization entry below the base DN
//   "Directory.OrganizationExists"   importOrganization() onto a base DN that already holds one
//   "Directory.AccessDenied"    the server refused the operation to this bind DN
//   "Directory.ChangedMeanwhile" the entries kept changing under every attempt
//   "Directory.WriteFailed"     the server refused an operation (its reason), nothing else written
//   "Directory.TooLarge"        more entries than MaximumEntries
//   "Directory.BadEntry"        an entry's value that does not parse (with its DN and attribute)
// and the reader's and validator's codes for the organization's values.
class DirectoryStore
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryStore)
public:
    // `display`: the location as the user gave it, for messages.
    DirectoryStore(OrganizationLocation location, QString display);
    ~DirectoryStore();

    const OrganizationLocation &location() const { return m_location; }

    static constexpr int MaximumAttempts = 3;
    // The most entries read (as OrganizationStore::MaximumFileSize for a file): ten times the
    // 10,000-connector organization.
    static constexpr int MaximumEntries = 100000;

    Parsed<Organization> load() const;
    using ConnectorChangeFunction =
        std::function<Problems(Organization &, std::optional<ConnectorChange> &touched)>;
    Parsed<Organization> modifyConnectors(const ConnectorChangeFunction &change) const;

    // The version of the organization last read or written (empty before the first read).
    QByteArray version() const;
    // The directory's version now (one search of one entry), or the problems reaching it.
    Parsed<QByteArray> currentVersion() const;
    int reads() const;
    bool lastModifyRead() const;

    // Whether the directory's contextCSN is the version when the server keeps one (the default).
    // false makes every store of the process use what it uses on a server without one (every
    // entry's entryCSN, hashed: docs/ldap-directory.md#live-view); for tests of that case.
    static void setContextCsnUsed(bool used);

    // Writes a whole organization below the base DN (Import-Organization). Refuses
    // ("Directory.OrganizationExists") when an organization is already there.
    static Problems importOrganization(const OrganizationLocation &location, const QString &display,
                                       const Organization &organization);

private:
    struct Private;
    std::unique_ptr<Private> d;
    OrganizationLocation m_location;
};
