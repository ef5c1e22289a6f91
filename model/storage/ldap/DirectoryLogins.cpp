#include "DirectoryLogins.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {

struct Login
{
    QByteArray bindDn;
    QByteArray password;
};

struct Logins
{
    QMutex mutex;
    QHash<QString, Login> byDirectory;
    ~Logins()
    {
        for (Login &login : byDirectory)
            LdapCredentials::wipeBytes(login.password);
    }
};

Logins &logins()
{
    static Logins instance;
    return instance;
}

// One key per directory: its servers in order and its base DN.
QString keyOf(const OrganizationLocation &location)
{
    QString key = location.baseDn().toLower();
    for (const LdapServer &server : location.servers())
        key += QLatin1Char('\n') + server.uri();
    return key;
}

} // namespace

void DirectoryLogins::remember(const OrganizationLocation &location, const QByteArray &bindDn, QByteArray password)
{
    Logins &all = logins();
    QMutexLocker lock(&all.mutex);
    Login &login = all.byDirectory[keyOf(location)];
    LdapCredentials::wipeBytes(login.password);
    login.bindDn = bindDn;
    login.password = password;
    login.password.detach();
    LdapCredentials::wipeBytes(password);
}

bool DirectoryLogins::knows(const OrganizationLocation &location)
{
    Logins &all = logins();
    QMutexLocker lock(&all.mutex);
    return all.byDirectory.contains(keyOf(location));
}

QByteArray DirectoryLogins::bindDn(const OrganizationLocation &location)
{
    Logins &all = logins();
    QMutexLocker lock(&all.mutex);
    return all.byDirectory.value(keyOf(location)).bindDn;
}

LdapCredentials DirectoryLogins::credentials(const OrganizationLocation &location)
{
    Logins &all = logins();
    QMutexLocker lock(&all.mutex);
    const auto found = all.byDirectory.constFind(keyOf(location));
    if (found != all.byDirectory.constEnd() && !found->bindDn.isEmpty()) {
        QByteArray password = found->password;
        password.detach();
        return LdapCredentials::simple(found->bindDn, std::move(password));
    }
    const QList<LdapServer> servers = location.servers();
    if (!servers.isEmpty() && servers.first().scheme == LdapServer::Scheme::Ldapi)
        return LdapCredentials::saslExternal();
    return LdapCredentials();
}

void DirectoryLogins::forget(const OrganizationLocation &location)
{
    Logins &all = logins();
    QMutexLocker lock(&all.mutex);
    auto found = all.byDirectory.find(keyOf(location));
    if (found != all.byDirectory.end()) {
        LdapCredentials::wipeBytes(found->password);
        all.byDirectory.erase(found);
    }
}

void DirectoryLogins::forgetAll()
{
    Logins &all = logins();
    QMutexLocker lock(&all.mutex);
    for (Login &login : all.byDirectory)
        LdapCredentials::wipeBytes(login.password);
    all.byDirectory.clear();
}
