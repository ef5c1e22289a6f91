#include "LdapConnection.h"

#include <QRegularExpression>

#include <ldap.h>

#include <cstring>
#include <vector>

namespace {

// RAII for what libldap hands back.
struct LdapUnbind { void operator()(LDAP *ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); } };
struct MessageFree { void operator()(LDAPMessage *m) const { ldap_msgfree(m); } };
struct ControlFree { void operator()(LDAPControl *c) const { ldap_control_free(c); } };
struct MemFree { void operator()(char *p) const { ldap_memfree(p); } };
struct BerFree { void operator()(BerElement *b) const { ber_free(b, 0); } };
struct ControlsFree { void operator()(LDAPControl **c) const { ldap_controls_free(c); } };
struct ValuesFree { void operator()(berval **v) const { ldap_value_free_len(v); } };
using LdapHandle = std::unique_ptr<LDAP, LdapUnbind>;
using Message = std::unique_ptr<LDAPMessage, MessageFree>;
using Control = std::unique_ptr<LDAPControl, ControlFree>;
using Controls = std::unique_ptr<LDAPControl *, ControlsFree>;
using LdapString = std::unique_ptr<char, MemFree>;
using Ber = std::unique_ptr<BerElement, BerFree>;
using Values = std::unique_ptr<berval *, ValuesFree>;

enum class Operation { Connect, StartTls, Bind, Search, Add, Modify, Delete, Rename };

timeval toTimeval(std::chrono::milliseconds ms)
{
    timeval tv;
    tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
    return tv;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The attribute a schema error of slapd's is about: "attribute 'sn' not allowed", "object class
// 'person' requires attribute 'sn'", "mail: value #0 invalid per syntax", "foo: attribute type
// undefined", "modify/add: cn: value #0 already exists"…
QString attributeOf(const QString &diagnostic)
{
    static const QRegularExpression quoted(QStringLiteral("attribute '([^']+)'"));
    static const QRegularExpression prefixed(QStringLiteral("([A-Za-z][A-Za-z0-9;-]*): (?:value|attribute|no such|"
                                                            "replace|delete|add)"));
    QRegularExpressionMatch match = quoted.match(diagnostic);
    if (match.hasMatch())
        return match.captured(1);
    match = prefixed.match(diagnostic);
    if (match.hasMatch())
        return match.captured(1);
    return QString();
}

bool isSchemaViolation(int code)
{
    switch (code) {
    case LDAP_NO_SUCH_ATTRIBUTE:
    case LDAP_UNDEFINED_TYPE:
    case LDAP_INAPPROPRIATE_MATCHING:
    case LDAP_CONSTRAINT_VIOLATION:
    case LDAP_TYPE_OR_VALUE_EXISTS:
    case LDAP_INVALID_SYNTAX:
    case LDAP_NAMING_VIOLATION:
    case LDAP_OBJECT_CLASS_VIOLATION:
    case LDAP_NOT_ALLOWED_ON_RDN:
        return true;
    default:
        return false;
    }
}

// Why an operation failed, as the end of a sentence.
QString reason(Operation operation, int code, const QString &diagnostic, std::chrono::milliseconds timeout,
               const QString &attributeHint)
{
    QString attribute = attributeOf(diagnostic);
    if (attribute.isEmpty())
        attribute = attributeHint;
    const QString said = diagnostic.isEmpty() ? QString::fromUtf8(ldap_err2string(code)) : diagnostic;
    if (code == LDAP_TIMEOUT)
        return LdapConnection::tr("the server did not answer within %n second(s).", nullptr,
                                  int((timeout.count() + 999) / 1000));
    if (code == LDAP_SERVER_DOWN || code == LDAP_CONNECT_ERROR)
        return LdapConnection::tr("the server cannot be reached (%1).").arg(said);
    if (isSchemaViolation(code)) {
        if (!attribute.isEmpty())
            return LdapConnection::tr("the attribute %1 does not fit the directory's schema (%2).").arg(attribute, said);
        return LdapConnection::tr("the entry does not fit the directory's schema (%1).").arg(said);
    }
    switch (code) {
    case LDAP_NO_SUCH_OBJECT:
        if (operation == Operation::Add)
            return LdapConnection::tr("the entry it belongs below does not exist.");
        return LdapConnection::tr("there is no such entry.");
    case LDAP_INVALID_CREDENTIALS:
        return LdapConnection::tr("the DN or the password is wrong.");
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_AUTH_METHOD_NOT_SUPPORTED:
    case LDAP_STRONG_AUTH_REQUIRED:
        return LdapConnection::tr("the server does not accept this way of binding (%1).").arg(said);
    case LDAP_ALREADY_EXISTS:
        return LdapConnection::tr("an entry with this DN already exists.");
    case LDAP_INSUFFICIENT_ACCESS:
        return LdapConnection::tr("the directory does not allow the bound identity to do this (%1).").arg(said);
    case LDAP_NOT_ALLOWED_ON_NONLEAF:
        return LdapConnection::tr("entries exist below it.");
    case LDAP_INVALID_DN_SYNTAX:
        return LdapConnection::tr("the DN is not a valid distinguished name.");
    case LDAP_FILTER_ERROR:
        return LdapConnection::tr("the search filter is not valid.");
    case LDAP_UNWILLING_TO_PERFORM:
    case LDAP_BUSY:
    case LDAP_UNAVAILABLE:
        return LdapConnection::tr("the server refused (%1).").arg(said);
    default:
        return LdapConnection::tr("%1 (LDAP result %2).").arg(said).arg(code);
    }
}

QString sentence(Operation operation, const QString &server, const QString &dn, const QString &why)
{
    switch (operation) {
    case Operation::Connect:
        return LdapConnection::tr("Could not connect to the directory server %1: %2").arg(server, why);
    case Operation::StartTls:
        return LdapConnection::tr("Could not start TLS with the directory server %1: %2").arg(server, why);
    case Operation::Bind:
        return LdapConnection::tr("Could not bind to the directory server %1 as %2: %3").arg(server, dn, why);
    case Operation::Search:
        return LdapConnection::tr("Could not search below %1: %2").arg(dn, why);
    case Operation::Add:
        return LdapConnection::tr("Could not add %1: %2").arg(dn, why);
    case Operation::Modify:
        return LdapConnection::tr("Could not change %1: %2").arg(dn, why);
    case Operation::Delete:
        return LdapConnection::tr("Could not delete %1: %2").arg(dn, why);
    case Operation::Rename:
        return LdapConnection::tr("Could not rename %1: %2").arg(dn, why);
    }
    return why;
}

// berval views of QByteArrays (which must outlive them), as LDAPMod wants them.
struct BervalList
{
    std::vector<berval> values;
    std::vector<berval *> pointers;

    explicit BervalList(const QList<QByteArray> &bytes)
    {
        values.reserve(bytes.size());
        for (const QByteArray &b : bytes)
            values.push_back(berval{ber_len_t(b.size()), const_cast<char *>(b.constData())});
        for (berval &v : values)
            pointers.push_back(&v);
        pointers.push_back(nullptr);
    }
};

// LDAPMod arrays over modifications (which must outlive them).
struct ModList
{
    std::vector<BervalList> values;
    std::vector<LDAPMod> mods;
    std::vector<LDAPMod *> pointers;

    ModList(const QList<QPair<int, const LdapModification *>> &list)
    {
        values.reserve(list.size());
        mods.reserve(list.size());
        for (const auto &[op, modification] : list) {
            values.emplace_back(modification->values);
            LDAPMod mod;
            std::memset(&mod, 0, sizeof mod);
            mod.mod_op = op | LDAP_MOD_BVALUES;
            mod.mod_type = const_cast<char *>(modification->attribute.constData());
            mod.mod_bvalues = modification->values.isEmpty() ? nullptr : values.back().pointers.data();
            mods.push_back(mod);
        }
        for (LDAPMod &mod : mods)
            pointers.push_back(&mod);
        pointers.push_back(nullptr);
    }
};

} // namespace

QList<QByteArray> LdapEntry::values(const QByteArray &attribute) const
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (it.key().compare(attribute, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

LdapCredentials LdapCredentials::simple(const QByteArray &bindDn, QByteArray password)
{
    LdapCredentials credentials;
    credentials.m_method = Method::Simple;
    credentials.m_bindDn = bindDn;
    credentials.m_password = std::move(password);
    return credentials;
}

LdapCredentials LdapCredentials::saslExternal()
{
    LdapCredentials credentials;
    credentials.m_method = Method::SaslExternal;
    return credentials;
}

LdapCredentials::LdapCredentials(LdapCredentials &&other) noexcept
    : m_method(other.m_method), m_bindDn(std::move(other.m_bindDn)), m_password(std::move(other.m_password))
{
}

LdapCredentials &LdapCredentials::operator=(LdapCredentials &&other) noexcept
{
    wipe();
    m_method = other.m_method;
    m_bindDn = std::move(other.m_bindDn);
    m_password = std::move(other.m_password);
    return *this;
}

LdapCredentials::~LdapCredentials()
{
    wipe();
}

void LdapCredentials::wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        volatile char *p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
    }
    bytes.clear();
}

void LdapCredentials::wipe()
{
    wipeBytes(m_password);
}

bool LdapError::isChangedMeanwhile() const
{
    return code == LDAP_ASSERTION_FAILED;
}

bool LdapError::isUnreachable() const
{
    return code == LDAP_SERVER_DOWN || code == LDAP_CONNECT_ERROR || code == LDAP_TIMEOUT;
}

bool LdapError::isBindRefused() const
{
    return code == LDAP_INVALID_CREDENTIALS || code == LDAP_INAPPROPRIATE_AUTH || code == LDAP_AUTH_METHOD_NOT_SUPPORTED
        || code == LDAP_STRONG_AUTH_REQUIRED || code == LDAP_INVALID_DN_SYNTAX;
}

bool LdapError::isAccessDenied() const
{
    return code == LDAP_INSUFFICIENT_ACCESS;
}

bool LdapError::isNoSuchObject() const
{
    return code == LDAP_NO_SUCH_OBJECT;
}

bool LdapError::isAlreadyExists() const
{
    return code == LDAP_ALREADY_EXISTS;
}

struct LdapConnection::Private
{
    LdapHandle ld;
    QString uri;
    Options options;

    // Waits (at most the operation timeout) for the whole answer to `messageId`. On a timeout the
    // request is abandoned and the connection closed: its answer could still arrive later.
    Message await(int messageId, int *code)
    {
        LDAPMessage *raw = nullptr;
        timeval tv = toTimeval(options.operationTimeout);
        const int type = ldap_result(ld.get(), messageId, LDAP_MSG_ALL, &tv, &raw);
        Message message(raw);
        if (type == 0) {
            ldap_abandon_ext(ld.get(), messageId, nullptr, nullptr);
            *code = LDAP_TIMEOUT;
            return nullptr;
        }
        if (type < 0) {
            ldap_get_option(ld.get(), LDAP_OPT_RESULT_CODE, code);
            if (*code == LDAP_SUCCESS)
                *code = LDAP_OTHER;
            return nullptr;
        }
        *code = LDAP_SUCCESS;
        return message;
    }

    // The result code and the server's diagnostic of a result message.
    int parse(LDAPMessage *message, QString *diagnostic, Controls *controls)
    {
        int code = LDAP_OTHER;
        char *matched = nullptr;
        char *text = nullptr;
        LDAPControl **serverControls = nullptr;
        const int rc = ldap_parse_result(ld.get(), message, &code, &matched, &text, nullptr,
                                         controls ? &serverControls : nullptr, 0);
        LdapString matchedOwner(matched);
        LdapString textOwner(text);
        if (controls)
            controls->reset(serverControls);
        if (rc != LDAP_SUCCESS)
            return rc;
        if (text)
            *diagnostic = QString::fromUtf8(text);
        return code;
    }

    // Sends with `send` (which returns an LDAP code and sets the message id), waits, and parses.
    template <typename Send>
    bool run(Operation operation, const QString &dn, const QString &attributeHint, Send send, LdapError *error,
             Message *answer = nullptr, Controls *controls = nullptr)
    {
        int messageId = -1;
        int code = send(&messageId);
        QString diagnostic;
        if (code == LDAP_SUCCESS) {
            Message message = await(messageId, &code);
            if (code == LDAP_SUCCESS) {
                // A search's answer is a chain of entries ending with the result; other answers are the result.
                LDAPMessage *result = ldap_first_message(ld.get(), message.get());
                while (result
                       && (ldap_msgtype(result) == LDAP_RES_SEARCH_ENTRY || ldap_msgtype(result) == LDAP_RES_SEARCH_REFERENCE
                           || ldap_msgtype(result) == LDAP_RES_INTERMEDIATE))
                    result = ldap_next_message(ld.get(), result);
                code = result ? parse(result, &diagnostic, controls) : LDAP_OTHER;
                if (answer)
                    *answer = std::move(message);
            }
        }
        if (code == LDAP_SUCCESS)
            return true;
        if (error) {
            error->code = code;
            if (code == LDAP_ASSERTION_FAILED) {
                error->message = operation == Operation::Delete
                    ? LdapConnection::tr("Could not delete %1: it was changed meanwhile by someone else, so nothing was "
                                         "deleted. Read it again and decide anew.").arg(dn)
                    : LdapConnection::tr("Could not change %1: it was changed meanwhile by someone else, so nothing was "
                                         "changed. Read it again and make the change anew.").arg(dn);
            } else {
                error->message = sentence(operation, uri, dn,
                                          reason(operation, code, diagnostic,
                                                 operation == Operation::Connect ? options.networkTimeout
                                                                                 : options.operationTimeout,
                                                 attributeHint));
            }
        }
        if (code == LDAP_TIMEOUT || code == LDAP_SERVER_DOWN)
            ld.reset(); // an answer may still arrive, or the connection is gone: never reuse it
        return false;
    }

    bool connect(const LdapServer &server, LdapCredentials &credentials, LdapError *error)
    {
        uri = server.uri();
        LDAP *raw = nullptr;
        const QByteArray uriBytes = uri.toUtf8();
        int code = ldap_initialize(&raw, uriBytes.constData());
        ld.reset(raw);
        if (code != LDAP_SUCCESS) {
            error->code = code;
            error->message = sentence(Operation::Connect, uri, QString(),
                                      reason(Operation::Connect, code, QString(), options.networkTimeout, QString()));
            ld.reset();
            return false;
        }
        const int version = LDAP_VERSION3;
        ldap_set_option(ld.get(), LDAP_OPT_PROTOCOL_VERSION, &version);
        ldap_set_option(ld.get(), LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
        const timeval network = toTimeval(options.networkTimeout);
        ldap_set_option(ld.get(), LDAP_OPT_NETWORK_TIMEOUT, &network);
        const timeval operation = toTimeval(options.operationTimeout);
        ldap_set_option(ld.get(), LDAP_OPT_TIMEOUT, &operation);
        if (server.scheme == LdapServer::Scheme::Ldaps || server.startTls) {
            const int demand = LDAP_OPT_X_TLS_DEMAND;
            ldap_set_option(ld.get(), LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
            if (!options.caCertificateFile.isEmpty()) {
                const QByteArray file = options.caCertificateFile.toLocal8Bit();
                ldap_set_option(ld.get(), LDAP_OPT_X_TLS_CACERTFILE, file.constData());
            }
            const int isServer = 0;
            ldap_set_option(ld.get(), LDAP_OPT_X_TLS_NEWCTX, &isServer);
        }
        if (server.startTls) {
            const bool started = run(Operation::StartTls, QString(), QString(), [this](int *id) {
                return ldap_start_tls(ld.get(), nullptr, nullptr, id);
            }, error);
            if (!started)
                return false;
            code = ldap_install_tls(ld.get());
            if (code != LDAP_SUCCESS) {
                error->code = LDAP_CONNECT_ERROR;
                char *detail = nullptr;
                ldap_get_option(ld.get(), LDAP_OPT_DIAGNOSTIC_MESSAGE, &detail);
                LdapString owner(detail);
                error->message = sentence(Operation::StartTls, uri, QString(),
                                          reason(Operation::StartTls, LDAP_CONNECT_ERROR,
                                                 detail ? QString::fromUtf8(detail) : QString(), options.networkTimeout,
                                                 QString()));
                ld.reset();
                return false;
            }
        }
        // Bind: anonymous binds too, so that an unreachable server shows here and not later.
        const QByteArray dn = credentials.m_bindDn;
        berval password{ber_len_t(credentials.m_password.size()), credentials.m_password.data()};
        // Present but empty: SASL EXTERNAL's initial response, "the identity of the socket's peer".
        char nothing[] = "";
        berval empty{0, nothing};
        const bool external = credentials.m_method == LdapCredentials::Method::SaslExternal;
        const QString shownIdentity = external ? LdapConnection::tr("the local user (SASL EXTERNAL)")
            : dn.isEmpty()                     ? LdapConnection::tr("anonymous")
                                               : text(dn);
        return run(Operation::Bind, shownIdentity, QString(), [&](int *id) {
            if (external)
                return ldap_sasl_bind(ld.get(), nullptr, "EXTERNAL", &empty, nullptr, nullptr, id);
            return ldap_sasl_bind(ld.get(), dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE,
                                  credentials.m_method == LdapCredentials::Method::Simple ? &password : &empty,
                                  nullptr, nullptr, id);
        }, error);
    }

    // The Assertion control for `assertion`, or a code.
    int assertionControl(const QByteArray &assertion, Control *control)
    {
        LDAPControl *raw = nullptr;
        QByteArray filter = assertion;
        const int code = ldap_create_assertion_control(ld.get(), filter.data(), 1, &raw);
        control->reset(raw);
        return code;
    }

    // The Assertion control for `assertion` (none when it is empty); false with `error` when
    // libldap cannot make it, naming the operation and the DN.
    bool assertionFor(Operation operation, const QByteArray &dn, const QByteArray &assertion, const QString &hint,
                      Control *control, LdapError *error)
    {
        if (assertion.isEmpty())
            return true;
        const int code = assertionControl(assertion, control);
        if (code == LDAP_SUCCESS)
            return true;
        if (error) {
            error->code = code;
            error->message = sentence(operation, uri, text(dn), reason(operation, code, QString(), options.operationTimeout, hint));
        }
        return false;
    }

    bool notOpen(LdapError *error)
    {
        if (ld)
            return false;
        if (error) {
            error->code = LDAP_SERVER_DOWN;
            error->message = LdapConnection::tr("The connection to the directory is closed; open it again.");
        }
        return true;
    }
};

LdapConnection::LdapConnection() : d(std::make_unique<Private>()) {}
LdapConnection::~LdapConnection() = default;
LdapConnection::LdapConnection(LdapConnection &&other) noexcept = default;
LdapConnection &LdapConnection::operator=(LdapConnection &&other) noexcept = default;

bool LdapConnection::open(const OrganizationLocation &location, LdapCredentials &credentials, const Options &options,
                          LdapError *error)
{
    close();
    d->options = options;
    LdapError last;
    QStringList unreachable;
    for (const LdapServer &server : location.servers()) {
        if (d->connect(server, credentials, &last)) {
            credentials.wipe();
            return true;
        }
        d->ld.reset();
        if (!last.isUnreachable())
            break; // the bind was refused, or the server said no: the next one would say the same
        unreachable.append(last.message);
    }
    credentials.wipe();
    d->uri.clear();
    if (error) {
        *error = last;
        if (last.isUnreachable() && unreachable.size() > 1)
            error->message = tr("None of the directory servers could be used. %1").arg(unreachable.join(QLatin1Char(' ')));
        if (location.servers().isEmpty()) {
            error->code = LDAP_PARAM_ERROR;
            error->message = tr("The organization names no directory server.");
        }
    }
    return false;
}

bool LdapConnection::isOpen() const
{
    return d && d->ld;
}

QString LdapConnection::serverUri() const
{
    return isOpen() ? d->uri : QString();
}

void LdapConnection::close()
{
    if (d)
        d->ld.reset();
}

std::optional<QList<LdapEntry>> LdapConnection::search(const QByteArray &base, Scope scope, const QByteArray &filter,
                                                       const QList<QByteArray> &attributes, LdapError *error)
{
    if (d->notOpen(error))
        return std::nullopt;
    std::vector<char *> names;
    for (const QByteArray &attribute : attributes)
        names.push_back(const_cast<char *>(attribute.constData()));
    names.push_back(nullptr);
    const int ldapScope = scope == Scope::Base ? LDAP_SCOPE_BASE
        : scope == Scope::OneLevel             ? LDAP_SCOPE_ONELEVEL
                                               : LDAP_SCOPE_SUBTREE;
    timeval limit = toTimeval(d->options.operationTimeout);
    QList<LdapEntry> entries;
    QByteArray cookie; // of the simple paged results control (RFC 2696): where the next page starts
    do {
        Control page;
        if (d->options.pageSize > 0) {
            berval cookieValue{ber_len_t(cookie.size()), cookie.data()};
            LDAPControl *raw = nullptr;
            const int code = ldap_create_page_control(d->ld.get(), d->options.pageSize,
                                                      cookie.isEmpty() ? nullptr : &cookieValue, 0, &raw);
            page.reset(raw);
            if (code != LDAP_SUCCESS) {
                if (error) {
                    error->code = code;
                    error->message = sentence(Operation::Search, d->uri, text(base),
                                              reason(Operation::Search, code, QString(), d->options.operationTimeout,
                                                     QString()));
                }
                return std::nullopt;
            }
        }
        LDAPControl *controls[] = {page.get(), nullptr};
        Message answer;
        Controls responseControls;
        const bool ok = d->run(Operation::Search, text(base), QString(), [&](int *id) {
            return ldap_search_ext(d->ld.get(), base.constData(), ldapScope, filter.isEmpty() ? nullptr : filter.constData(),
                                   attributes.isEmpty() ? nullptr : names.data(), 0, page ? controls : nullptr, nullptr,
                                   &limit, 0, id);
        }, error, &answer, &responseControls);
        if (!ok)
            return std::nullopt;
        for (LDAPMessage *m = ldap_first_entry(d->ld.get(), answer.get()); m; m = ldap_next_entry(d->ld.get(), m)) {
            LdapEntry entry;
            LdapString dn(ldap_get_dn(d->ld.get(), m));
            entry.dn = dn ? QByteArray(dn.get()) : QByteArray();
            BerElement *rawBer = nullptr;
            for (LdapString name(ldap_first_attribute(d->ld.get(), m, &rawBer)); name;
                 name.reset(ldap_next_attribute(d->ld.get(), m, rawBer))) {
                Values values(ldap_get_values_len(d->ld.get(), m, name.get()));
                QList<QByteArray> list;
                for (berval **v = values.get(); v && *v; ++v)
                    list.append(QByteArray((*v)->bv_val, qsizetype((*v)->bv_len)));
                entry.attributes.insert(QByteArray(name.get()), list);
            }
            Ber ber(rawBer);
            entries.append(entry);
        }
        cookie.clear();
        // A server that does not page answers without the control: then everything came at once.
        LDAPControl *response = page ? ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, responseControls.get(), nullptr)
                                     : nullptr;
        if (response) {
            ber_int_t estimate = 0;
            berval next{0, nullptr};
            if (ldap_parse_pageresponse_control(d->ld.get(), response, &estimate, &next) == LDAP_SUCCESS && next.bv_val)
                cookie = QByteArray(next.bv_val, qsizetype(next.bv_len));
            ber_memfree(next.bv_val);
        }
    } while (!cookie.isEmpty());
    return entries;
}

bool LdapConnection::add(const LdapEntry &entry, LdapError *error)
{
    if (d->notOpen(error))
        return false;
    QList<LdapModification> modifications;
    for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it)
        modifications.append(LdapModification{LdapModification::Operation::Add, it.key(), it.value()});
    QList<QPair<int, const LdapModification *>> list;
    for (const LdapModification &m : modifications)
        list.append({LDAP_MOD_ADD, &m});
    ModList mods(list);
    return d->run(Operation::Add, text(entry.dn), QString(), [&](int *id) {
        return ldap_add_ext(d->ld.get(), entry.dn.constData(), mods.pointers.data(), nullptr, nullptr, id);
    }, error);
}

bool LdapConnection::modify(const QByteArray &dn, const QList<LdapModification> &modifications,
                            const QByteArray &assertion, LdapError *error)
{
    if (d->notOpen(error))
        return false;
    QList<QPair<int, const LdapModification *>> list;
    for (const LdapModification &m : modifications) {
        const int op = m.operation == LdapModification::Operation::Add ? LDAP_MOD_ADD
            : m.operation == LdapModification::Operation::Delete       ? LDAP_MOD_DELETE
                                                                       : LDAP_MOD_REPLACE;
        list.append({op, &m});
    }
    ModList mods(list);
    const QString hint = modifications.size() == 1 ? text(modifications.first().attribute) : QString();
    Control control;
    if (!d->assertionFor(Operation::Modify, dn, assertion, hint, &control, error))
        return false;
    LDAPControl *controls[] = {control.get(), nullptr};
    return d->run(Operation::Modify, text(dn), hint, [&](int *id) {
        return ldap_modify_ext(d->ld.get(), dn.constData(), mods.pointers.data(), control ? controls : nullptr,
                               nullptr, id);
    }, error);
}

bool LdapConnection::remove(const QByteArray &dn, const QByteArray &assertion, LdapError *error)
{
    if (d->notOpen(error))
        return false;
    Control control;
    if (!d->assertionFor(Operation::Delete, dn, assertion, QString(), &control, error))
        return false;
    LDAPControl *controls[] = {control.get(), nullptr};
    return d->run(Operation::Delete, text(dn), QString(), [&](int *id) {
        return ldap_delete_ext(d->ld.get(), dn.constData(), control ? controls : nullptr, nullptr, id);
    }, error);
}

bool LdapConnection::rename(const QByteArray &dn, const QByteArray &newRdn, const QByteArray &assertion,
                            LdapError *error)
{
    if (d->notOpen(error))
        return false;
    Control control;
    if (!d->assertionFor(Operation::Rename, dn, assertion, QString(), &control, error))
        return false;
    LDAPControl *controls[] = {control.get(), nullptr};
    return d->run(Operation::Rename, text(dn), QString(), [&](int *id) {
        return ldap_rename(d->ld.get(), dn.constData(), newRdn.constData(), nullptr, 1, control ? controls : nullptr,
                           nullptr, id);
    }, error);
}

QByteArray LdapConnection::equalityAssertion(const QByteArray &attribute, const QList<QByteArray> &values)
{
    if (values.isEmpty())
        return "(!(" + attribute + "=*))";
    QByteArray filter = "(&";
    for (const QByteArray &value : values) {
        berval in{ber_len_t(value.size()), const_cast<char *>(value.constData())};
        berval out{0, nullptr};
        ldap_bv2escaped_filter_value(&in, &out);
        filter += "(" + attribute + "=" + QByteArray(out.bv_val, qsizetype(out.bv_len)) + ")";
        ber_memfree(out.bv_val);
    }
    return filter + ")";
}

QByteArray LdapConnection::childDn(const QByteArray &attribute, const QString &value, const QByteArray &parent)
{
    QByteArray valueBytes = value.toUtf8();
    LDAPAVA ava;
    ava.la_attr = berval{ber_len_t(attribute.size()), const_cast<char *>(attribute.constData())};
    ava.la_value = berval{ber_len_t(valueBytes.size()), valueBytes.data()};
    ava.la_flags = LDAP_AVA_STRING;
    ava.la_private = nullptr;
    LDAPAVA *rdn[] = {&ava, nullptr};
    char *rdnText = nullptr;
    if (ldap_rdn2str(rdn, &rdnText, LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS || !rdnText)
        return QByteArray();
    const LdapString owned(rdnText);
    QByteArray dn(owned.get());
    if (!parent.isEmpty())
        dn += ',' + parent;
    return dn;
}

QByteArray LdapConnection::normalizedDn(const QByteArray &dn)
{
    char *out = nullptr;
    if (ldap_dn_normalize(dn.constData(), LDAP_DN_FORMAT_LDAP, &out, LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS || !out)
        return QByteArray();
    const LdapString owned(out);
    return QString::fromUtf8(owned.get()).toLower().toUtf8();
}

QByteArray LdapConnection::parentDn(const QByteArray &dn)
{
    LDAPDN parsed = nullptr;
    if (ldap_str2dn(dn.constData(), &parsed, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !parsed)
        return QByteArray();
    QByteArray result;
    if (parsed[0] && parsed[1]) {
        char *out = nullptr;
        if (ldap_dn2str(parsed + 1, &out, LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS && out) {
            result = QByteArray(out);
            ldap_memfree(out);
        }
    }
    ldap_dnfree(parsed);
    return result;
}

QString LdapConnection::rdnValue(const QByteArray &dn)
{
    LDAPDN parsed = nullptr;
    if (ldap_str2dn(dn.constData(), &parsed, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !parsed)
        return QString();
    QString result;
    if (parsed[0] && parsed[0][0] && !parsed[0][1]) {
        const berval &value = parsed[0][0]->la_value;
        result = QString::fromUtf8(value.bv_val, qsizetype(value.bv_len));
    }
    ldap_dnfree(parsed);
    return result;
}

QByteArray LdapConnection::rdnOf(const QByteArray &dn)
{
    LDAPDN parsed = nullptr;
    if (ldap_str2dn(dn.constData(), &parsed, LDAP_DN_FORMAT_LDAP) != LDAP_SUCCESS || !parsed)
        return QByteArray();
    QByteArray result;
    char *out = nullptr;
    if (parsed[0] && ldap_rdn2str(parsed[0], &out, LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS && out) {
        result = QByteArray(out);
        ldap_memfree(out);
    }
    ldap_dnfree(parsed);
    return result;
}
