#pragma once

// The store a test of the store, the operations or the programs runs against: the organization
// file, or (SCC_TEST_STORE=directory, set by CTest for the *_directory variants of those tests)
// the directory of the `ldap_servers` fixture, through the same OrganizationStore interface
// (docs/ldap-directory.md#tests). A test puts its organization in place with place(), compares
// snapshot()s to prove that nothing was written, and plays another administrator with replace().

#include "DirectoryLogins.h"
#include "LdapConnection.h"
#include "OrganizationFile.h"
#include "OrganizationLocation.h"
#include "OrganizationStore.h"
#include "ModelTestSupport.h"
#include "TestServers.h"

#include <QByteArray>
#include <QString>

#include <algorithm>

namespace TestStore {

inline bool isDirectory()
{
    return qEnvironmentVariable("SCC_TEST_STORE") == QLatin1String("directory");
}

inline const TestServers &servers()
{
    static const TestServers loaded = TestServers::load(TestServers::Ldap);
    return loaded;
}

// The directory's location over the first provider's ldapi:// socket (SASL EXTERNAL: no password).
inline QString directoryLocation(int provider = 0)
{
    const TestServers &all = servers();
    if (all.ldapProviders.size() <= provider)
        return QString();
    return all.ldapProviders.at(provider).ldapiUri + QLatin1Char('/') + all.ldapBaseDn;
}

// A connection that manages the whole test directory (SASL EXTERNAL over ldapi://).
inline LdapConnection administrator(int provider = 0)
{
    LdapConnection connection;
    const Parsed<OrganizationLocation> location = OrganizationLocation::parse(directoryLocation(provider));
    if (!location.ok())
        return connection;
    LdapCredentials credentials = LdapCredentials::saslExternal();
    LdapError error;
    connection.open(*location.value, credentials, LdapConnection::Options(), &error);
    return connection;
}

// Removes every organization below the test base DN (children first). True when none is left.
inline bool clearDirectory(int provider = 0)
{
    LdapConnection connection = administrator(provider);
    if (!connection.isOpen())
        return false;
    LdapError error;
    const QByteArray base = servers().ldapBaseDn.toUtf8();
    const std::optional<QList<LdapEntry>> tops =
        connection.search(base, LdapConnection::Scope::OneLevel, "(objectClass=sccOrganization)", {"1.1"}, &error);
    if (!tops)
        return false;
    for (const LdapEntry &top : *tops) {
        std::optional<QList<LdapEntry>> below =
            connection.search(top.dn, LdapConnection::Scope::Subtree, "(objectClass=*)", {"1.1"}, &error);
        if (!below)
            return false;
        std::sort(below->begin(), below->end(), [](const LdapEntry &a, const LdapEntry &b) {
            return a.dn.count(',') > b.dn.count(',');
        });
        for (const LdapEntry &entry : *below) {
            if (!connection.remove(entry.dn, QByteArray(), &error))
                return false;
        }
    }
    return true;
}

// Puts `organization` where this run's store keeps it and returns its location: the file
// `filePath`, or the test directory (emptied first).
inline QString place(const Organization &organization, const QString &filePath)
{
    if (!isDirectory())
        return ModelTestSupport::writeFile(filePath, OrganizationFile::serialize(organization)) ? filePath : QString();
    if (!clearDirectory())
        return QString();
    const QString location = directoryLocation();
    return hasErrors(OrganizationStore::create(location, organization)) ? QString() : location;
}

// Everything the store holds at `location`: the file's bytes, or every entry below the base DN
// with its values and entryCSN (any change to any entry changes it).
inline QByteArray snapshot(const QString &location)
{
    if (!OrganizationStore::isDirectoryLocation(location))
        return ModelTestSupport::readFile(location);
    LdapConnection connection = administrator();
    LdapError error;
    std::optional<QList<LdapEntry>> entries = connection.search(servers().ldapBaseDn.toUtf8(),
                                                                LdapConnection::Scope::Subtree, "(objectClass=*)",
                                                                {"*", "entryCSN"}, &error);
    if (!entries)
        return QByteArray("(unreadable: ") + error.message.toUtf8() + ')';
    QByteArray text;
    for (const LdapEntry &entry : *entries) {
        text += "dn: " + entry.dn + '\n';
        for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it) {
            for (const QByteArray &value : it.value())
                text += it.key() + ": " + value + '\n';
        }
    }
    return text;
}

// Another administrator (another store, as another process would) replaces the organization at
// `location` with `organization`.
inline bool replace(const QString &location, const Organization &organization)
{
    if (!OrganizationStore::isDirectoryLocation(location))
        return ModelTestSupport::writeFile(location, OrganizationFile::serialize(organization));
    const Parsed<Organization> written = OrganizationStore(location).modify([&organization](Organization &current) {
        current = organization;
        return Problems();
    });
    return written.ok();
}

} // namespace TestStore
