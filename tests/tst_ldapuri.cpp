#include "OrganizationLocation.h"

#include <QTest>

// What `--organization` accepts: a file path, or directory URIs with a base DN.
class tst_LdapUri : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void repeated_data();
    void repeated();
    void canonicalText_data();
    void canonicalText();
    void joined();
};

using Scheme = LdapServer::Scheme;
Q_DECLARE_METATYPE(QList<LdapServer>)

static LdapServer server(Scheme scheme, const QString &host, int port, bool startTls = false)
{
    LdapServer s;
    s.scheme = scheme;
    s.host = host;
    s.port = port;
    s.startTls = startTls;
    return s;
}

static LdapServer socket(const QString &path)
{
    LdapServer s;
    s.scheme = Scheme::Ldapi;
    s.socketPath = path;
    return s;
}

void tst_LdapUri::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<LdapServer>>("servers");
    QTest::addColumn<QString>("baseDn");
    QTest::addColumn<QStringList>("uris");

    const QString dn = QStringLiteral("dc=contoso,dc=com");
    QTest::newRow("default port") << "ldap://ldap.contoso.com/dc=contoso,dc=com"
                                  << QList<LdapServer>{server(Scheme::Ldap, "ldap.contoso.com", 389)} << dn
                                  << QStringList{"ldap://ldap.contoso.com:389"};
    QTest::newRow("port, upper-case scheme and host")
        << "LDAP://LDAP.Contoso.com:10389/dc=contoso,dc=com"
        << QList<LdapServer>{server(Scheme::Ldap, "ldap.contoso.com", 10389)} << dn
        << QStringList{"ldap://ldap.contoso.com:10389"};
    QTest::newRow("ldaps default port") << "ldaps://ldap.contoso.com/dc=contoso,dc=com"
                                        << QList<LdapServer>{server(Scheme::Ldaps, "ldap.contoso.com", 636)} << dn
                                        << QStringList{"ldaps://ldap.contoso.com:636"};
    QTest::newRow("IPv4") << "ldap://127.0.0.1:3890/dc=contoso,dc=com"
                          << QList<LdapServer>{server(Scheme::Ldap, "127.0.0.1", 3890)} << dn
                          << QStringList{"ldap://127.0.0.1:3890"};
    QTest::newRow("IPv6") << "ldap://[::1]:3890/dc=contoso,dc=com"
                          << QList<LdapServer>{server(Scheme::Ldap, "::1", 3890)} << dn
                          << QStringList{"ldap://[::1]:3890"};
    QTest::newRow("percent-encoded DN") << "ldap://localhost/ou=Exchange%20Admins,dc=contoso,dc=com"
                                        << QList<LdapServer>{server(Scheme::Ldap, "localhost", 389)}
                                        << "ou=Exchange Admins,dc=contoso,dc=com" << QStringList{"ldap://localhost:389"};
    QTest::newRow("ldapi") << "ldapi://%2Frun%2Fslapd%2Fldapi/dc=contoso,dc=com"
                           << QList<LdapServer>{socket("/run/slapd/ldapi")} << dn
                           << QStringList{"ldapi://%2Frun%2Fslapd%2Fldapi"};
    QTest::newRow("ldapi default socket") << "ldapi:///dc=contoso,dc=com" << QList<LdapServer>{socket(QString())} << dn
                                          << QStringList{"ldapi://"};
    QTest::newRow("failover") << "ldap://a.contoso.com,ldap://b.contoso.com:3389/dc=contoso,dc=com"
                              << QList<LdapServer>{server(Scheme::Ldap, "a.contoso.com", 389),
                                                   server(Scheme::Ldap, "b.contoso.com", 3389)}
                              << dn << QStringList{"ldap://a.contoso.com:389", "ldap://b.contoso.com:3389"};
    QTest::newRow("failover, slash after the first")
        << "ldaps://a.contoso.com/,ldap://127.0.0.1/dc=contoso,dc=com"
        << QList<LdapServer>{server(Scheme::Ldaps, "a.contoso.com", 636), server(Scheme::Ldap, "127.0.0.1", 389)} << dn
        << QStringList{"ldaps://a.contoso.com:636", "ldap://127.0.0.1:389"};
    QTest::newRow("short StartTLS") << "ldap://a.contoso.com,ldap://b.contoso.com/dc=contoso,dc=com?x-starttls"
                                    << QList<LdapServer>{server(Scheme::Ldap, "a.contoso.com", 389, true),
                                                         server(Scheme::Ldap, "b.contoso.com", 389, true)}
                                    << dn << QStringList{"ldap://a.contoso.com:389", "ldap://b.contoso.com:389"};
    QTest::newRow("RFC 4516 critical StartTLS") << "ldap://a.contoso.com/dc=contoso,dc=com????" "!StartTLS"
                                                << QList<LdapServer>{server(Scheme::Ldap, "a.contoso.com", 389, true)}
                                                << dn << QStringList{"ldap://a.contoso.com:389"};
    QTest::newRow("RFC 4516 StartTLS OID") << "ldap://a.contoso.com/dc=contoso,dc=com????1.3.6.1.4.1.1466.20037"
                                           << QList<LdapServer>{server(Scheme::Ldap, "a.contoso.com", 389, true)}
                                           << dn << QStringList{"ldap://a.contoso.com:389"};
    QTest::newRow("RFC 4516 x-starttls") << "ldap://a.contoso.com/dc=contoso,dc=com????X-StartTLS"
                                         << QList<LdapServer>{server(Scheme::Ldap, "a.contoso.com", 389, true)}
                                         << dn << QStringList{"ldap://a.contoso.com:389"};
    QTest::newRow("empty query parts") << "ldap://a.contoso.com/dc=contoso,dc=com???"
                                       << QList<LdapServer>{server(Scheme::Ldap, "a.contoso.com", 389)} << dn
                                       << QStringList{"ldap://a.contoso.com:389"};
}

void tst_LdapUri::valid()
{
    QFETCH(QString, text);
    QFETCH(QList<LdapServer>, servers);
    QFETCH(QString, baseDn);
    QFETCH(QStringList, uris);

    QVERIFY(OrganizationLocation::looksLikeDirectory(text));
    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    QCOMPARE(parsed.value->kind(), OrganizationLocation::Kind::Directory);
    QCOMPARE(parsed.value->servers(), servers);
    QCOMPARE(parsed.value->baseDn(), baseDn);
    QStringList actualUris;
    for (const LdapServer &s : parsed.value->servers())
        actualUris.append(s.uri());
    QCOMPARE(actualUris, uris);
}

void tst_LdapUri::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("other scheme") << "http://ldap.contoso.com/dc=contoso,dc=com" << "OrganizationLocation.UnknownScheme"
                                  << "The organization \"http://ldap.contoso.com/dc=contoso,dc=com\" uses the scheme "
                                     "\"http\", which is not supported: give a file path, or a URI starting with "
                                     "ldap://, ldaps:// or ldapi://.";
    QTest::newRow("no host") << "ldap:///dc=contoso,dc=com" << "OrganizationLocation.NoHost"
                             << "The URI ldap:///dc=contoso,dc=com names no host. Write the directory server's name, as "
                                "in ldap://ldap.contoso.com/dc=contoso,dc=com.";
    QTest::newRow("bad host") << "ldap://ldap_1.contoso.com/dc=contoso,dc=com" << "OrganizationLocation.BadHost"
                              << "The host \"ldap_1.contoso.com\" of the URI ldap://ldap_1.contoso.com/dc=contoso,dc=com "
                                 "is neither a host name nor an IP address.";
    QTest::newRow("unclosed bracket") << "ldap://[::1/dc=x" << "OrganizationLocation.BadHost"
                                      << "The host \"[::1\" of the URI ldap://[::1/dc=x opens a bracket for an IPv6 "
                                         "address but does not close it.";
    QTest::newRow("not IPv6") << "ldap://[contoso]/dc=x" << "OrganizationLocation.BadHost"
                              << "\"contoso\" in the URI ldap://[contoso]/dc=x is not an IPv6 address.";
    QTest::newRow("port zero") << "ldap://ldap.contoso.com:0/dc=contoso,dc=com" << "OrganizationLocation.BadPort"
                               << "The port \"0\" of the URI ldap://ldap.contoso.com:0/dc=contoso,dc=com is not a "
                                  "number from 1 to 65535.";
    QTest::newRow("port too big") << "ldap://h:65536/dc=x" << "OrganizationLocation.BadPort"
                                  << "The port \"65536\" of the URI ldap://h:65536/dc=x is not a number from 1 to 65535.";
    QTest::newRow("port not a number") << "ldap://h:+389/dc=x" << "OrganizationLocation.BadPort"
                                       << "The port \"+389\" of the URI ldap://h:+389/dc=x is not a number from 1 to "
                                          "65535.";
    QTest::newRow("colon without port") << "ldap://h:/dc=x" << "OrganizationLocation.BadPort"
                                        << "The URI ldap://h:/dc=x has a colon after its host but no port number.";
    QTest::newRow("no base DN") << "ldap://ldap.contoso.com" << "OrganizationLocation.NoBaseDn"
                                << "The URI ldap://ldap.contoso.com names no base DN. Write it after the last server, as "
                                   "in ldap://ldap.contoso.com/dc=contoso,dc=com.";
    QTest::newRow("failover without base DN") << "ldap://a,ldap://b/" << "OrganizationLocation.NoBaseDn"
                                              << "The URI ldap://a,ldap://b/ names no base DN. Write it after the last "
                                                 "server, as in ldap://ldap.contoso.com/dc=contoso,dc=com.";
    QTest::newRow("bad base DN") << "ldap://h/contoso.com" << "OrganizationLocation.BadBaseDn"
                                 << "The base DN \"contoso.com\" of the URI ldap://h/contoso.com is not a distinguished "
                                    "name; write it as in dc=contoso,dc=com.";
    QTest::newRow("bad base DN, trailing comma") << "ldap://h/dc=contoso," << "OrganizationLocation.BadBaseDn"
                                                 << "The base DN \"dc=contoso,\" of the URI ldap://h/dc=contoso, is not "
                                                    "a distinguished name; write it as in dc=contoso,dc=com.";
    QTest::newRow("DN before the last URI") << "ldap://a/dc=x,ldap://b/dc=x" << "OrganizationLocation.DnNotLast"
                                            << "The URI ldap://a/dc=x is followed by another URI: write the base DN and "
                                               "the options once, after the last URI, as in "
                                               "ldap://a,ldap://b/dc=contoso,dc=com.";
    QTest::newRow("attributes") << "ldap://h/dc=x?cn" << "OrganizationLocation.Attributes"
                                << "The URI ldap://h/dc=x?cn names attributes (\"cn\"); an organization URI takes only "
                                   "servers, a base DN and ?x-starttls.";
    QTest::newRow("scope") << "ldap://h/dc=x??sub" << "OrganizationLocation.Scope"
                           << "The URI ldap://h/dc=x??sub names a scope (\"sub\"); an organization URI takes only "
                              "servers, a base DN and ?x-starttls.";
    QTest::newRow("filter") << "ldap://h/dc=x???" "(cn=a%20b)" << "OrganizationLocation.Filter"
                            << "The URI ldap://h/dc=x???" "(cn=a%20b) names a filter (\"(cn=a b)\"); an organization URI "
                               "takes only servers, a base DN and ?x-starttls.";
    QTest::newRow("too many parts") << "ldap://h/dc=x?????" << "OrganizationLocation.BadOptions"
                                    << "The URI ldap://h/dc=x????? has more than four parts after its base DN; write "
                                       "options as ?x-starttls or as ????" "!StartTLS.";
    QTest::newRow("unknown extension") << "ldap://h/dc=x????" "!bindname=cn=admin" << "OrganizationLocation.UnknownExtension"
                                       << "The URI ldap://h/dc=x????" "!bindname=cn=admin asks for the extension "
                                          "\"!bindname=cn=admin\", which is not supported; the only one is StartTLS.";
    QTest::newRow("misspelt StartTLS") << "ldap://h/dc=x????StartTSL" << "OrganizationLocation.UnknownExtension"
                                       << "The URI ldap://h/dc=x????StartTSL asks for the extension \"StartTSL\", which "
                                          "is not supported; the only one is StartTLS.";
    QTest::newRow("StartTLS with a value") << "ldap://h/dc=x????StartTLS=yes" << "OrganizationLocation.UnknownExtension"
                                           << "The extension \"StartTLS=yes\" of the URI ldap://h/dc=x????StartTLS=yes "
                                              "takes no value.";
    QTest::newRow("StartTLS on ldaps") << "ldaps://h/dc=x?x-starttls" << "OrganizationLocation.StartTlsNotLdap"
                                       << "StartTLS applies only to ldap:// URIs, but ldaps://h:636 is already encrypted "
                                          "or local; remove the StartTLS option or use ldap://.";
    QTest::newRow("StartTLS on ldapi") << "ldap://h,ldapi://%2Frun%2Fs/dc=x?x-starttls"
                                       << "OrganizationLocation.StartTlsNotLdap"
                                       << "StartTLS applies only to ldap:// URIs, but ldapi://%2Frun%2Fs is already "
                                          "encrypted or local; remove the StartTLS option or use ldap://.";
    QTest::newRow("relative socket") << "ldapi://run%2Fs/dc=x" << "OrganizationLocation.BadSocket"
                                     << "The socket \"run/s\" of the URI ldapi://run%2Fs/dc=x is not an absolute path; "
                                        "write it URL-encoded, as in ldapi://%2Frun%2Fslapd%2Fldapi/dc=contoso,dc=com.";
}

void tst_LdapUri::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().code, code);
    QCOMPARE(parsed.problems.first().parameter, QStringLiteral("Organization"));
    QCOMPARE(parsed.problems.first().message, message);
}

void tst_LdapUri::repeated_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("filePath");
    QTest::addColumn<QStringList>("uris");
    QTest::addColumn<QString>("message"); // empty when accepted

    QTest::newRow("one file") << QStringList{"/srv/org.json"} << "/srv/org.json" << QStringList() << QString();
    QTest::newRow("relative file, colon in the name")
        << QStringList{"ldap:org.json"} << "ldap:org.json" << QStringList() << QString();
    QTest::newRow("two servers") << QStringList{"ldap://a/dc=x", "ldaps://b:1636/dc=x"} << QString()
                                 << QStringList{"ldap://a:389", "ldaps://b:1636"} << QString();
    QTest::newRow("lists and options") << QStringList{"ldap://a,ldap://b/dc=x?x-starttls", "ldapi:///dc=x"} << QString()
                                       << QStringList{"ldap://a:389", "ldap://b:389", "ldapi://"} << QString();
    QTest::newRow("different base DNs") << QStringList{"ldap://a/dc=x", "ldap://b/dc=y"} << QString() << QStringList()
                                        << "The organizations name different base DNs (\"dc=x\" and \"dc=y\"); every "
                                           "URI must name the same one.";
    QTest::newRow("file among URIs") << QStringList{"ldap://a/dc=x", "org.json"} << QString() << QStringList()
                                     << "The organization \"org.json\" is a file, which cannot be combined with other "
                                        "organizations; give either one file or directory URIs.";
    QTest::newRow("one bad") << QStringList{"ldap://a/dc=x", "ldap://b:0/dc=x"} << QString() << QStringList()
                             << "The port \"0\" of the URI ldap://b:0/dc=x is not a number from 1 to 65535.";
    QTest::newRow("none") << QStringList() << QString() << QStringList()
                          << "No organization is given: name a file or a directory URI.";
}

void tst_LdapUri::repeated()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, filePath);
    QFETCH(QStringList, uris);
    QFETCH(QString, message);

    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(texts);
    if (!message.isEmpty()) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().message, message);
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    QCOMPARE(parsed.value->kind(),
             filePath.isEmpty() ? OrganizationLocation::Kind::Directory : OrganizationLocation::Kind::File);
    QCOMPARE(parsed.value->filePath(), filePath);
    QStringList actualUris;
    for (const LdapServer &s : parsed.value->servers())
        actualUris.append(s.uri());
    QCOMPARE(actualUris, uris);
    if (!uris.isEmpty())
        QCOMPARE(parsed.value->baseDn(), QStringLiteral("dc=x"));
}

// The one value both programs hand to the store: the canonical text, or the refusal of a list
// whose servers differ in StartTLS (one value cannot say that).
void tst_LdapUri::joined()
{
    const Parsed<QString> list = OrganizationLocation::joined({"ldap://a/dc=x?x-starttls", "ldap://b/dc=x?x-starttls"});
    QVERIFY(list.ok());
    QCOMPARE(*list.value, QStringLiteral("ldap://a:389,ldap://b:389/dc=x?x-starttls"));
    const Parsed<QString> mixed = OrganizationLocation::joined({"ldap://a/dc=x?x-starttls", "ldapi:///dc=x"});
    QVERIFY(!mixed.ok());
    QCOMPARE(mixed.problems.size(), 1);
    QCOMPARE(mixed.problems.first().code, QStringLiteral("OrganizationLocation.MixedStartTls"));
    QCOMPARE(mixed.problems.first().parameter, QStringLiteral("Organization"));
    const Parsed<QString> bad = OrganizationLocation::joined({"ldap://a/dc=x", "ldap://b/dc=y"});
    QCOMPARE(bad.problems.first().code, QStringLiteral("OrganizationLocation.DifferentBaseDns"));
}

QTEST_GUILESS_MAIN(tst_LdapUri)
#include "tst_ldapuri.moc"

// text(): one --organization value that reads back to the same location (the shell hands it to
// OrganizationStore); locations combined from values with different StartTLS have none.
void tst_LdapUri::canonicalText_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("canonical"); // empty: no text

    QTest::newRow("file") << QStringList{"/srv/org.json"} << "/srv/org.json";
    QTest::newRow("relative file with a colon") << QStringList{"ldap:org.json"} << "ldap:org.json";
    QTest::newRow("default port written") << QStringList{"LDAP://Ldap.Contoso.com/dc=contoso,dc=com"}
                                          << "ldap://ldap.contoso.com:389/dc=contoso,dc=com";
    QTest::newRow("IPv6") << QStringList{"ldap://[::1]:3890/dc=contoso,dc=com"} << "ldap://[::1]:3890/dc=contoso,dc=com";
    QTest::newRow("spaces and escapes in the DN")
        << QStringList{"ldap://h/ou=Exchange%20Admins,o=A%5C2C%3F%2Fb,dc=x"}
        << "ldap://h:389/ou=Exchange%20Admins,o=A%5C2C%3F%2Fb,dc=x";
    QTest::newRow("ldapi socket") << QStringList{"ldapi://%2Frun%2Fslapd%2Fldapi/dc=x"} << "ldapi://%2Frun%2Fslapd%2Fldapi/dc=x";
    QTest::newRow("ldapi default socket") << QStringList{"ldapi:///dc=x"} << "ldapi:///dc=x";
    QTest::newRow("RFC 4516 StartTLS") << QStringList{"ldap://a,ldap://b:3389/dc=x????" "!StartTLS"}
                                       << "ldap://a:389,ldap://b:3389/dc=x?x-starttls";
    QTest::newRow("repeated, one list") << QStringList{"ldapi:///dc=x", "ldaps://b/dc=x", "ldap://c:1389/dc=x"}
                                        << "ldapi://,ldaps://b:636,ldap://c:1389/dc=x";
    QTest::newRow("repeated, StartTLS on all") << QStringList{"ldap://a/dc=x?x-starttls", "ldap://b/dc=x?x-starttls"}
                                               << "ldap://a:389,ldap://b:389/dc=x?x-starttls";
    QTest::newRow("repeated, StartTLS on some") << QStringList{"ldap://a/dc=x?x-starttls", "ldap://b/dc=x"} << QString();
    QTest::newRow("repeated, StartTLS and ldapi") << QStringList{"ldap://a/dc=x?x-starttls", "ldapi:///dc=x"}
                                                  << QString();
}

void tst_LdapUri::canonicalText()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, canonical);

    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(texts);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    QCOMPARE(parsed.value->text(), canonical);
    if (canonical.isEmpty())
        return;
    const Parsed<OrganizationLocation> again = OrganizationLocation::parse(canonical);
    QVERIFY2(again.ok(), qPrintable(again.problems.value(0).message));
    QCOMPARE(again.value->kind(), parsed.value->kind());
    QCOMPARE(again.value->filePath(), parsed.value->filePath());
    QCOMPARE(again.value->servers(), parsed.value->servers());
    QCOMPARE(again.value->baseDn(), parsed.value->baseDn());
    QCOMPARE(again.value->text(), canonical);
}
