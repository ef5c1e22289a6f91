#pragma once

#include "OrganizationLocation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>


// One entry as a search returns it or an add writes it: its DN and its attributes' values.
struct LdapEntry
{
    QByteArray dn;
    QMap<QByteArray, QList<QByteArray>> attributes; // key: the attribute's name as the server spells it

    // The values of `attribute` (its name compared without regard to case).
    QList<QByteArray> values(const QByteArray &attribute) const;
};

// One change of a modify: add values to, delete values from (all of them when `values` is
// empty), or replace the values of one attribute.
struct LdapModification
{
    enum class Operation { Add, Delete, Replace };
    Operation operation = Operation::Replace;
    QByteArray attribute;
    QList<QByteArray> values;
};

// How to bind: anonymously, with a DN and a password (simple bind), or as the local user the
// server sees on an ldapi:// socket (SASL EXTERNAL). The password lives only here, in memory;
// it is wiped when the credentials are destroyed or when LdapConnection::open() used them.
class LdapCredentials
{
public:
    enum class Method { Anonymous, Simple, SaslExternal };

    LdapCredentials() = default;
    static LdapCredentials simple(const QByteArray &bindDn, QByteArray password);
    static LdapCredentials saslExternal();
    LdapCredentials(LdapCredentials &&other) noexcept;
    LdapCredentials &operator=(LdapCredentials &&other) noexcept;
    LdapCredentials(const LdapCredentials &) = delete;
    LdapCredentials &operator=(const LdapCredentials &) = delete;
    ~LdapCredentials();

    Method method() const { return m_method; }
    QByteArray bindDn() const { return m_bindDn; }
    // Overwrites the password's bytes with zeros and forgets it.
    void wipe();
    // Overwrites `bytes` with zeros and empties it (a password kept elsewhere: DirectoryLogins).
    static void wipeBytes(QByteArray &bytes);

private:
    friend class LdapConnection;
    Method m_method = Method::Anonymous;
    QByteArray m_bindDn;
    QByteArray m_password;
};

// What went wrong in a directory operation: the LDAP result code and a translated sentence
// naming the operation, the DN and, for schema violations, the attribute. Never the password.
struct LdapError
{
    int code = 0;        // the LDAP result code (LDAP_SUCCESS when nothing went wrong)
    QString message;

    // The assertion of a modify or delete no longer held: someone changed the entry meanwhile.
    bool isChangedMeanwhile() const;
    // The server could not be reached, or stopped answering within the timeout.
    bool isUnreachable() const;
    // The bind DN or its password was refused (or the server wants another way to bind).
    bool isBindRefused() const;
    // The server's access control refused the operation to the bind DN.
    bool isAccessDenied() const;
    // The entry (or the base of a search) does not exist.
    bool isNoSuchObject() const;
    // An add found an entry of that DN already there.
    bool isAlreadyExists() const;
};

// An open, bound connection to one directory server (RAII over libldap's LDAP*): open() tries
// the location's servers in order and keeps the first that answers and accepts the bind. Every
// result, message and control libldap hands back is freed here. No call waits longer than the
// timeouts. One connection belongs to one thread at a time: use it from the thread that works
// with it (a worker thread opens its own); it is neither a QObject nor shared between threads.
class LdapConnection
{
    Q_DECLARE_TR_FUNCTIONS(LdapConnection)
public:
    struct Options
    {
        std::chrono::milliseconds networkTimeout{10000};   // connecting (LDAP_OPT_NETWORK_TIMEOUT)
        std::chrono::milliseconds operationTimeout{30000}; // each request's answer (LDAP_OPT_TIMEOUT)
        QString caCertificateFile; // for ldaps:// and StartTLS; empty: the system's (ldap.conf)
        // Searches ask for pages of this many entries (RFC 2696), so that a server's size limit
        // (slapd's is 500 entries) does not cut them short; 0 asks for plain results.
        int pageSize = 500;
    };
    enum class Scope { Base, OneLevel, Subtree };

    LdapConnection();
    ~LdapConnection();
    LdapConnection(LdapConnection &&other) noexcept;
    LdapConnection &operator=(LdapConnection &&other) noexcept;
    LdapConnection(const LdapConnection &) = delete;
    LdapConnection &operator=(const LdapConnection &) = delete;

    // Connects to the first server of `location` that answers (in order: failover), with StartTLS
    // where the location asks for it, and binds with `credentials`, whose password is wiped
    // afterwards whatever happens. A refused bind is not retried on the next server (the same
    // directory gives the same answer). Returns false with `error` when none could be used.
    bool open(const OrganizationLocation &location, LdapCredentials &credentials, const Options &options,
              LdapError *error);
    bool isOpen() const;
    // The URI of the server in use (empty when closed).
    QString serverUri() const;
    void close();

    // The entries below (or at) `base` that match `filter`, with `attributes` (all user
    // attributes when empty; name operational ones such as entryCSN explicitly), page by page
    // when Options::pageSize asks for it. Each page's answer waits at most the operation timeout.
    std::optional<QList<LdapEntry>> search(const QByteArray &base, Scope scope, const QByteArray &filter,
                                           const QList<QByteArray> &attributes, LdapError *error);
    bool add(const LdapEntry &entry, LdapError *error);
    // Applies `modifications` to `dn` in one operation. With a non-empty `assertion` (an LDAP
    // filter, e.g. equalityAssertion() or "(entryCSN=…)"), the change is sent with the Assertion
    // control (RFC 4528): when the filter no longer holds, nothing changes and the error says the
    // entry was changed meanwhile.
    bool modify(const QByteArray &dn, const QList<LdapModification> &modifications, const QByteArray &assertion,
                LdapError *error);
    // Deletes `dn`, under the same `assertion` as modify() when given.
    bool remove(const QByteArray &dn, const QByteArray &assertion, LdapError *error);
    // Gives `dn` the RDN `newRdn` (e.g. "cn=New name", escaped as childDn() does) under the same
    // parent, dropping the old RDN value (modrdn); under `assertion` as modify() when given.
    bool rename(const QByteArray &dn, const QByteArray &newRdn, const QByteArray &assertion, LdapError *error);

    // A filter that holds while `attribute` still has each of `values` ((!(attribute=*)) for
    // none); values escaped (RFC 4515). A value added by someone else goes unnoticed: assert
    // "(entryCSN=…)" as read to detect any change of the entry.
    static QByteArray equalityAssertion(const QByteArray &attribute, const QList<QByteArray> &values);

    // DNs, through libldap's DN parser (RFC 4514):
    // `attribute`=`value` as an RDN followed by `parent` (the value escaped as a DN needs:
    // "cn=Fabrikam\, Inc.,ou=…"); an empty `parent` gives the RDN alone.
    static QByteArray childDn(const QByteArray &attribute, const QString &value, const QByteArray &parent);
    // One spelling for every spelling of a DN, to compare DNs: escapes, spaces and hex forms made
    // alike, then lower-cased (the names below a base compare without regard to case). Empty
    // when `dn` is not a DN.
    static QByteArray normalizedDn(const QByteArray &dn);
    // `dn` without its first RDN (empty for a one-RDN DN or an invalid one).
    static QByteArray parentDn(const QByteArray &dn);
    // `dn`'s first RDN as text ("cn=EX01" of "cn=EX01,ou=Servers,…"); empty for an invalid DN.
    static QByteArray rdnOf(const QByteArray &dn);
    // The value of `dn`'s first RDN, unescaped ("Fabrikam, Inc." for "cn=Fabrikam\, Inc.,…"); empty
    // when `dn` is not a DN or its first RDN is multi-valued.
    static QString rdnValue(const QByteArray &dn);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
