#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One directory server of an organization location: ldap://host:port, ldaps://host:port or
// ldapi://<socket path>, and whether the connection must be upgraded with StartTLS.
struct LdapServer
{
    enum class Scheme { Ldap, Ldaps, Ldapi };

    Scheme scheme = Scheme::Ldap;
    QString host;       // ldap, ldaps: a host name (lower case) or an IP address; empty for ldapi
    int port = 0;       // ldap, ldaps: 389 / 636 unless given; 0 for ldapi
    QString socketPath; // ldapi: the decoded socket path; empty = the library's default socket
    bool startTls = false;

    // The URI libldap's ldap_initialize() takes for this server (no DN, no extensions).
    QString uri() const;
    bool operator==(const LdapServer &other) const;
};

// Where an organization lives, as `--organization` (repeated or not) names it: a file path, or
// one or more directory servers (tried in order, for failover) and the base DN of the entry the
// organization lives below. Parsing and its refusals: docs/ldap-directory.md#organization-uris.
class OrganizationLocation
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationLocation)
public:
    enum class Kind { File, Directory };

    Kind kind() const { return m_kind; }
    QString filePath() const { return m_filePath; }
    QList<LdapServer> servers() const { return m_servers; }
    QString baseDn() const { return m_baseDn; }

    // The location as one `--organization` value that parse(QString) reads back to this same
    // location (kind, servers in order with their StartTLS, base DN): the file path, or
    // "ldap://a:389,ldapi://%2Frun%2Fs/dc=contoso,dc=com[?x-starttls]" with every port written
    // and the base DN percent-encoded where a URI needs it. One string cannot say StartTLS for some
    // servers and not for others (the options follow the last URI and apply to all), which only
    // combining repeated values can give: such a location has no text (empty).
    QString text() const;

    // The one `--organization` value that `texts` (one or repeated) stand for: parse(texts)'s
    // location as text(). Refused as parse() refuses, and ("OrganizationLocation.MixedStartTls")
    // when the servers differ in StartTLS, which one value cannot say. Both programs use it.
    static Parsed<QString> joined(const QStringList &texts);

    // True when `text` is meant as a directory URI (it starts with ldap://, ldaps:// or ldapi://,
    // in any case); anything else keeps its meaning of a file path.
    static bool looksLikeDirectory(const QString &text);

    // Parses one `--organization` value: a file path (unchanged), or
    //   ldap[s]://host[:port][,ldap[s]://host[:port]…]/<base DN>[?<options>]
    //   ldapi://<url-encoded socket path>/<base DN>
    // where <options> is either RFC 4516's extensions part ("????!StartTLS" - an extension; "StartTLS",
    // "x-starttls" and the StartTLS OID 1.3.6.1.4.1.1466.20037 are one extension, critical or
    // not) or the short form "?x-starttls". The base DN and the options are written once, after
    // the last URI, and apply to every URI of the list. Every problem has the parameter
    // "Organization" and one of the codes "OrganizationLocation.*" below.
    static Parsed<OrganizationLocation> parse(const QString &text);

    // Several `--organization` values (a repeated option): one file path alone, or directory
    // URIs that all name the same base DN; their servers are tried in the order given.
    static Parsed<OrganizationLocation> parse(const QStringList &texts);

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QList<LdapServer> m_servers;
    QString m_baseDn;
};
