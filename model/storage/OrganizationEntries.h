#pragma once

#include "LdapConnection.h"
#include "Organization.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// An organization as directory entries and back (docs/ldap-directory.md#layout and #mapping),
// for DirectoryStore. Both ways go through the organization file's JSON form, so that the
// directory holds exactly what a file holds and is judged by the same reader and rules: writing
// turns OrganizationWriter's JSON into entries; reading turns entries into that JSON and hands
// it to OrganizationFile::parse(). Every problem of the reader or the rules is then moved from
// its JSON path to the entry it concerns: `parameter` is "<DN> (<attribute>)" (or the DN alone
// when the whole entry is meant), without line or column.
class OrganizationEntries
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationEntries)
public:
    // The fixed names of the containers below the organization entry.
    static const char *const SitesContainer;           // "Sites"
    static const char *const SiteLinksContainer;       // "Site Links"
    static const char *const ServersContainer;         // "Servers"
    static const char *const ConnectorsContainer;      // "Send Connectors"
    static const char *const AcceptedDomainsContainer; // "Accepted Domains"
    static const char *const RolesContainer;           // "Role Assignments"

    // The DN of the organization entry of `organization` below `baseDn`: o=<name>,<baseDn>.
    static QByteArray organizationDn(const QString &name, const QByteArray &baseDn);

    // Every entry of `organization` below `baseDn`, each parent before its children, in the
    // order of the organization's lists (the order a search gives back).
    static QList<LdapEntry> toEntries(const Organization &organization, const QByteArray &baseDn);

    // The entry of one connector of `organization`'s side `side` (empty: the organization's own;
    // otherwise an unsubscribed Edge's), as toEntries() writes it.
    static LdapEntry connectorEntry(const Organization &organization, const QString &side,
                                    const SendConnector &connector, const QByteArray &baseDn);

    // The organization `entries` hold: the organization entry `organizationDn` and the entries
    // of its subtree (any order; other entries are ignored, as are entries of classes not ours).
    // Lists are in the order of `entries`. A value that does not parse, or an entry of ours in a
    // place the layout does not have, is refused ("Directory.BadEntry") naming the DN and the
    // attribute; the organization's own problems are the file reader's and validator's, moved
    // to their entries.
    static Parsed<Organization> fromEntries(const QList<LdapEntry> &entries, const QByteArray &organizationDn);
};
