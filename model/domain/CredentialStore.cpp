#include "CredentialStore.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

bool ProcessProtection::disableCoreDumps()
{
#ifdef Q_OS_LINUX
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

bool ProcessProtection::coreDumpsDisabled()
{
#ifdef Q_OS_LINUX
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

namespace {
QString keyFor(const QString &connectorName, const QString &userName)
{
    return connectorName.toLower() + QLatin1Char('\n') + userName;
}

// Overwrites a string's characters before it is released, so that a password does not linger in
// freed memory longer than necessary.
void scrub(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}
} // namespace

MemoryCredentialStore::~MemoryCredentialStore()
{
    for (auto it = m_passwords.begin(); it != m_passwords.end(); ++it)
        scrub(it.value());
}

void MemoryCredentialStore::setPassword(const QString &connectorName, const QString &userName, const QString &password)
{
    forget(connectorName);
    if (!password.isEmpty())
        ProcessProtection::disableCoreDumps();
    m_passwords.insert(keyFor(connectorName, userName), password);
}

std::optional<QString> MemoryCredentialStore::password(const QString &connectorName, const QString &userName) const
{
    const auto it = m_passwords.constFind(keyFor(connectorName, userName));
    if (it == m_passwords.constEnd())
        return std::nullopt;
    return it.value();
}

void MemoryCredentialStore::forget(const QString &connectorName)
{
    const QString prefix = connectorName.toLower() + QLatin1Char('\n');
    for (auto it = m_passwords.begin(); it != m_passwords.end();) {
        if (it.key().startsWith(prefix)) {
            scrub(it.value());
            it = m_passwords.erase(it);
        } else {
            ++it;
        }
    }
}
