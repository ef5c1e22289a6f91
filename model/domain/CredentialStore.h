#pragma once

#include <QHash>
#include <QString>

#include <optional>

// Keeps a process that holds a password out of core dumps: prctl(PR_SET_DUMPABLE, 0), which also
// keeps other processes of the same user from attaching to it. Called by MemoryCredentialStore when
// a password is stored, and by the programs before they read or hold one. Returns whether the
// process is protected (always false where prctl does not exist).
namespace ProcessProtection {
bool disableCoreDumps();
bool coreDumpsDisabled();
} // namespace ProcessProtection

// Where smart host passwords live. The organization file only ever holds the user name; a
// password stays in memory for the session (MemoryCredentialStore). A keychain-backed store
// (QtKeychain, where a Secret Service runs) can implement the same interface later.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual void setPassword(const QString &connectorName, const QString &userName, const QString &password) = 0;
    virtual std::optional<QString> password(const QString &connectorName, const QString &userName) const = 0;
    virtual void forget(const QString &connectorName) = 0;
};

// Keeps passwords in this process's memory only; nothing is ever written anywhere.
class MemoryCredentialStore final : public CredentialStore
{
public:
    ~MemoryCredentialStore() override;
    void setPassword(const QString &connectorName, const QString &userName, const QString &password) override;
    std::optional<QString> password(const QString &connectorName, const QString &userName) const override;
    void forget(const QString &connectorName) override;

private:
    QHash<QString, QString> m_passwords; // key: lower-case connector name + '\n' + user name
};
