#include "OrganizationLocation.h"

#include "DomainName.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <ldap.h>

namespace {

const QString parameterName = QStringLiteral("Organization");

Problem refusal(const char *code, const QString &message)
{
    return Problem::error(QLatin1String("OrganizationLocation.") + QLatin1String(code), parameterName, message);
}

// "ldap://", "ldaps://" or "ldapi://" at `position` (any case): the scheme, or nothing.
std::optional<LdapServer::Scheme> schemeAt(const QString &text, qsizetype position, qsizetype *length)
{
    static const struct { const char *prefix; LdapServer::Scheme scheme; } schemes[] = {
        {"ldaps://", LdapServer::Scheme::Ldaps},
        {"ldapi://", LdapServer::Scheme::Ldapi},
        {"ldap://", LdapServer::Scheme::Ldap},
    };
    for (const auto &candidate : schemes) {
        const QLatin1String prefix(candidate.prefix);
        if (QStringView(text).mid(position).startsWith(prefix, Qt::CaseInsensitive)) {
            *length = prefix.size();
            return candidate.scheme;
        }
    }
    return std::nullopt;
}

bool isStartTlsExtension(const QString &type)
{
    return type.compare(QLatin1String("StartTLS"), Qt::CaseInsensitive) == 0
        || type.compare(QLatin1String("x-starttls"), Qt::CaseInsensitive) == 0
        || type == QLatin1String("1.3.6.1.4.1.1466.20037");
}

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// The host and port of "host", "host:port", "[v6]" or "[v6]:port" (ldap, ldaps), or a problem.
Problems parseHostPort(const QString &uri, const QString &authority, LdapServer *server)
{
    QString host = authority;
    QString port;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {refusal("BadHost", OrganizationLocation::tr("The host \"%1\" of the URI %2 opens a bracket for an IPv6 "
                                                                "address but does not close it.").arg(authority, uri))};
        host = authority.mid(1, close - 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return {refusal("BadHost", OrganizationLocation::tr("The host \"%1\" of the URI %2 has \"%3\" after its "
                                                                    "IPv6 address; only \":port\" may follow it.")
                                                   .arg(authority, uri, rest))};
            port = rest.mid(1);
            if (port.isEmpty())
                return {refusal("BadPort", OrganizationLocation::tr("The URI %1 has a colon after its host but no port "
                                                                    "number.").arg(uri))};
        }
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return {refusal("BadHost", OrganizationLocation::tr("\"%1\" in the URI %2 is not an IPv6 address.").arg(host, uri))};
        server->host = address.toString();
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = authority.left(colon);
            port = authority.mid(colon + 1);
            if (port.isEmpty())
                return {refusal("BadPort", OrganizationLocation::tr("The URI %1 has a colon after its host but no port "
                                                                    "number.").arg(uri))};
        }
        if (host.isEmpty())
            return {refusal("NoHost", OrganizationLocation::tr("The URI %1 names no host. Write the directory server's "
                                                               "name, as in ldap://ldap.contoso.com/dc=contoso,dc=com.").arg(uri))};
        QHostAddress address;
        if (address.setAddress(host) && address.protocol() == QAbstractSocket::IPv4Protocol) {
            server->host = address.toString();
        } else {
            const Parsed<QString> name = DomainName::parse(host, parameterName);
            if (!name.ok())
                return {refusal("BadHost", OrganizationLocation::tr("The host \"%1\" of the URI %2 is neither a host name "
                                                                    "nor an IP address.").arg(host, uri))};
            server->host = *name.value;
        }
    }
    if (port.isEmpty()) {
        server->port = server->scheme == LdapServer::Scheme::Ldaps ? LDAPS_PORT : LDAP_PORT;
        return {};
    }
    bool isNumber = false;
    const int value = port.toInt(&isNumber);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(port).hasMatch() || !isNumber || value < 1 || value > 65535)
        return {refusal("BadPort", OrganizationLocation::tr("The port \"%1\" of the URI %2 is not a number from 1 to "
                                                            "65535.").arg(port, uri))};
    server->port = value;
    return {};
}

// The options after the base DN: "?x-starttls" or RFC 4516's "?attrs?scope?filter?extensions".
Problems parseOptions(const QString &uri, const QString &query, bool *startTls)
{
    if (query.compare(QLatin1String("x-starttls"), Qt::CaseInsensitive) == 0) {
        *startTls = true;
        return {};
    }
    const QStringList parts = query.split(QLatin1Char('?'));
    if (parts.size() > 4)
        return {refusal("BadOptions", OrganizationLocation::tr("The URI %1 has more than four parts after its base DN; "
                                                               "write options as ?x-starttls or as ????" "!StartTLS.").arg(uri))};
    const struct { const char *code; QString sentence; } unused[] = {
        {"Attributes", OrganizationLocation::tr("The URI %1 names attributes (\"%2\"); an organization URI takes only "
                                                "servers, a base DN and ?x-starttls.")},
        {"Scope", OrganizationLocation::tr("The URI %1 names a scope (\"%2\"); an organization URI takes only servers, "
                                           "a base DN and ?x-starttls.")},
        {"Filter", OrganizationLocation::tr("The URI %1 names a filter (\"%2\"); an organization URI takes only servers, "
                                            "a base DN and ?x-starttls.")},
    };
    for (qsizetype i = 0; i < qMin<qsizetype>(parts.size(), 3); ++i) {
        if (!parts.at(i).isEmpty())
            return {refusal(unused[i].code, unused[i].sentence.arg(uri, decoded(parts.at(i))))};
    }
    if (parts.size() < 4 || parts.at(3).isEmpty())
        return {};
    for (const QString &extension : parts.at(3).split(QLatin1Char(','))) {
        QString type = decoded(extension);
        if (type.startsWith(QLatin1Char('!')))
            type.remove(0, 1);
        const QString name = type.section(QLatin1Char('='), 0, 0);
        if (!isStartTlsExtension(name))
            return {refusal("UnknownExtension", OrganizationLocation::tr("The URI %1 asks for the extension \"%2\", which "
                                                                         "is not supported; the only one is StartTLS.")
                                                    .arg(uri, decoded(extension)))};
        if (type.contains(QLatin1Char('=')))
            return {refusal("UnknownExtension", OrganizationLocation::tr("The extension \"%1\" of the URI %2 takes no "
                                                                         "value.").arg(decoded(extension), uri))};
        *startTls = true;
    }
    return {};
}

Problems checkBaseDn(const QString &uri, const QString &dn)
{
    if (dn.isEmpty())
        return {refusal("NoBaseDn", OrganizationLocation::tr("The URI %1 names no base DN. Write it after the last "
                                                             "server, as in ldap://ldap.contoso.com/dc=contoso,dc=com.")
                                        .arg(uri))};
    LDAPDN parsed = nullptr;
    const QByteArray utf8 = dn.toUtf8();
    const int result = ldap_str2dn(utf8.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3);
    ldap_dnfree(parsed);
    if (result != LDAP_SUCCESS)
        return {refusal("BadBaseDn", OrganizationLocation::tr("The base DN \"%1\" of the URI %2 is not a distinguished "
                                                              "name; write it as in dc=contoso,dc=com.").arg(dn, uri))};
    return {};
}

} // namespace

QString LdapServer::uri() const
{
    switch (scheme) {
    case Scheme::Ldapi:
        return QLatin1String("ldapi://") + QString::fromLatin1(QUrl::toPercentEncoding(socketPath));
    case Scheme::Ldaps:
    case Scheme::Ldap: {
        const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return QLatin1String(scheme == Scheme::Ldaps ? "ldaps://" : "ldap://") + hostPart + QLatin1Char(':')
            + QString::number(port);
    }
    }
    return QString();
}

bool LdapServer::operator==(const LdapServer &other) const
{
    return scheme == other.scheme && host == other.host && port == other.port && socketPath == other.socketPath
        && startTls == other.startTls;
}

QString OrganizationLocation::text() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    QStringList uris;
    for (const LdapServer &server : m_servers) {
        if (server.startTls != m_servers.constFirst().startTls)
            return QString(); // not one set of options for all
        uris.append(server.uri());
    }
    // '=' and ',' stay readable; what would end the DN ('?', '/') or start another URI (':') is
    // encoded, as are spaces and '%' itself.
    const QString dn = QString::fromLatin1(QUrl::toPercentEncoding(m_baseDn, "=,+;"));
    const bool startTls = !m_servers.isEmpty() && m_servers.constFirst().startTls;
    return uris.join(QLatin1Char(',')) + QLatin1Char('/') + dn + (startTls ? QStringLiteral("?x-starttls") : QString());
}

bool OrganizationLocation::looksLikeDirectory(const QString &text)
{
    qsizetype length = 0;
    return schemeAt(text, 0, &length).has_value();
}

Parsed<OrganizationLocation> OrganizationLocation::parse(const QString &text)
{
    Parsed<OrganizationLocation> result;
    if (!looksLikeDirectory(text)) {
        static const QRegularExpression otherScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
        const QRegularExpressionMatch match = otherScheme.match(text);
        if (match.hasMatch()) {
            result.problems.append(refusal("UnknownScheme", tr("The organization \"%1\" uses the scheme \"%2\", which is "
                                                               "not supported: give a file path, or a URI starting with "
                                                               "ldap://, ldaps:// or ldapi://.")
                                                                .arg(text, match.captured(1))));
            return result;
        }
        OrganizationLocation location;
        location.m_filePath = text;
        result.value = location;
        return result;
    }

    // The URIs of the list: each starts with a scheme at the beginning or after a comma.
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 0;
        if ((i == 0 || text.at(i - 1) == QLatin1Char(',')) && schemeAt(text, i, &length))
            starts.append(i);
    }
    OrganizationLocation location;
    location.m_kind = Kind::Directory;
    bool startTls = false;
    for (qsizetype n = 0; n < starts.size(); ++n) {
        const bool last = n == starts.size() - 1;
        const qsizetype end = last ? text.size() : starts.at(n + 1) - 1; // without the comma
        const QString uri = text.mid(starts.at(n), end - starts.at(n));
        qsizetype schemeLength = 0;
        LdapServer server;
        server.scheme = *schemeAt(uri, 0, &schemeLength);
        const QString rest = uri.mid(schemeLength);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const qsizetype question = rest.indexOf(QLatin1Char('?'));
        qsizetype authorityEnd = rest.size();
        if (slash >= 0)
            authorityEnd = slash;
        if (question >= 0 && question < authorityEnd)
            authorityEnd = question;
        const QString authority = rest.left(authorityEnd);
        const QString tail = rest.mid(authorityEnd);
        if (!last && !tail.isEmpty() && tail != QLatin1String("/")) {
            result.problems.append(refusal("DnNotLast", tr("The URI %1 is followed by another URI: write the base DN "
                                                           "and the options once, after the last URI, as in "
                                                           "ldap://a,ldap://b/dc=contoso,dc=com.").arg(uri)));
            return result;
        }
        if (server.scheme == LdapServer::Scheme::Ldapi) {
            server.socketPath = decoded(authority);
            if (!server.socketPath.isEmpty() && !server.socketPath.startsWith(QLatin1Char('/'))) {
                result.problems.append(refusal("BadSocket", tr("The socket \"%1\" of the URI %2 is not an absolute path; "
                                                               "write it URL-encoded, as in %3.")
                                                                .arg(server.socketPath, uri,
                                                                     QStringLiteral("ldapi://%2Frun%2Fslapd%2Fldapi/dc=contoso,dc=com"))));
                return result;
            }
        } else {
            const Problems problems = parseHostPort(uri, authority, &server);
            if (!problems.isEmpty()) {
                result.problems += problems;
                return result;
            }
        }
        location.m_servers.append(server);
        if (last) {
            const QString pathAndQuery = tail.startsWith(QLatin1Char('/')) ? tail.mid(1) : tail;
            const qsizetype queryStart = pathAndQuery.indexOf(QLatin1Char('?'));
            const QString dn = decoded(pathAndQuery.left(queryStart < 0 ? pathAndQuery.size() : queryStart));
            Problems problems = checkBaseDn(text, dn);
            if (problems.isEmpty() && queryStart >= 0)
                problems = parseOptions(text, pathAndQuery.mid(queryStart + 1), &startTls);
            if (!problems.isEmpty()) {
                result.problems += problems;
                return result;
            }
            location.m_baseDn = dn;
        }
    }
    for (LdapServer &server : location.m_servers) {
        if (startTls && server.scheme != LdapServer::Scheme::Ldap) {
            result.problems.append(refusal("StartTlsNotLdap", tr("StartTLS applies only to ldap:// URIs, but %1 is "
                                                                 "already encrypted or local; remove the StartTLS option "
                                                                 "or use ldap://.").arg(server.uri())));
            return result;
        }
        server.startTls = startTls;
    }
    result.value = location;
    return result;
}

Parsed<QString> OrganizationLocation::joined(const QStringList &texts)
{
    Parsed<QString> result;
    const Parsed<OrganizationLocation> location = parse(texts);
    if (!location.ok()) {
        result.problems = location.problems;
        return result;
    }
    const QString text = location.value->text();
    if (text.isEmpty()) {
        result.problems.append(refusal("MixedStartTls",
                                       tr("The servers given differ in StartTLS. StartTLS is written once for all of "
                                          "them: give ?x-starttls on every ldap:// value, or on none, and do not "
                                          "combine it with ldaps:// or ldapi:// values.")));
        return result;
    }
    result.value = text;
    return result;
}

Parsed<OrganizationLocation> OrganizationLocation::parse(const QStringList &texts)
{
    Parsed<OrganizationLocation> result;
    if (texts.isEmpty()) {
        result.problems.append(refusal("Empty", tr("No organization is given: name a file or a directory URI.")));
        return result;
    }
    OrganizationLocation combined;
    for (const QString &text : texts) {
        Parsed<OrganizationLocation> one = parse(text);
        if (!one.ok())
            return one;
        if (texts.size() > 1 && one.value->kind() == Kind::File) {
            result.problems.append(refusal("FileInList", tr("The organization \"%1\" is a file, which cannot be combined "
                                                            "with other organizations; give either one file or "
                                                            "directory URIs.").arg(text)));
            return result;
        }
        if (combined.m_servers.isEmpty()) {
            combined = *one.value;
            continue;
        }
        // Equal DNs as the directory compares them would need the schema; the same text is asked for.
        if (one.value->baseDn() != combined.baseDn()) {
            result.problems.append(refusal("DifferentBaseDns", tr("The organizations name different base DNs (\"%1\" and "
                                                                  "\"%2\"); every URI must name the same one.")
                                                                   .arg(combined.baseDn(), one.value->baseDn())));
            return result;
        }
        combined.m_servers += one.value->servers();
    }
    result.value = combined;
    return result;
}
