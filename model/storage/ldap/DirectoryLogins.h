#pragma once

#include "LdapConnection.h"
#include "OrganizationLocation.h"

#include <QByteArray>

// How this process binds to each directory it opens, for the session only: a bind DN and its
// password given once (the shell's --bind-dn prompt, the console's Open Directory dialog) are
// kept here, in memory, for every store of that directory (reconnects and failover bind again).
// Never written anywhere. Passwords are wiped when forgotten and when the process ends.
// A directory without a remembered login binds with SASL EXTERNAL over ldapi://, anonymously
// over TCP (docs/ldap-directory.md#organization-uris).
class DirectoryLogins
{
public:
    // Remembers the login for the directory `location` names (its servers and base DN),
    // replacing one remembered before. An empty `bindDn` remembers "bind as the defaults say".
    static void remember(const OrganizationLocation &location, const QByteArray &bindDn, QByteArray password);
    static bool knows(const OrganizationLocation &location);
    static QByteArray bindDn(const OrganizationLocation &location);
    // The credentials to bind with now (a fresh copy; LdapConnection::open() wipes it).
    static LdapCredentials credentials(const OrganizationLocation &location);
    static void forget(const OrganizationLocation &location);
    static void forgetAll();
};
