#pragma once

// The real servers the connectivity tests talk to, as the CTest fixtures smtp_servers,
// dns_server and ldap_servers started them (tests/servers/): the SMTP endpoints of
// smtp_servers.py with their ports, banners and certificates, the test CA and user, the DNS
// servers of dns_server.py with the answers they give for each test domain, and the two
// replicating directory providers of ldap_server.py. Everything is on loopback.
// A test that uses them sets FIXTURES_REQUIRED (scc_use_test_servers in tests/CMakeLists.txt),
// which also defines SCC_TEST_SERVERS_FILE, SCC_TEST_DNS_FILE and SCC_TEST_LDAP_FILE; the
// environment variables of the same names take precedence. Header-only; no widgets.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// One SMTP endpoint of smtp_servers.py (see its docstring for what each one does).
struct TestSmtpEndpoint
{
    QString name;                // "starttls", "auth-plaintext", "no-starttls", "wrong-name", ...
    QString host;                // always "127.0.0.1"
    quint16 port = 0;
    bool listening = false;      // false: connections are refused ("closed")
    QString banner;              // the first reply line without CRLF; empty: no banner ever comes;
                                 // for "banner-endless" the beginning of a line that never ends
    bool startTls = false;       // STARTTLS is in the EHLO reply
    QStringList authMechanisms;  // what AUTH offers ("LOGIN", "PLAIN"), once it offers it
    bool authRequiresTls = false; // AUTH is offered only after STARTTLS
    QString certificateSubject;  // "CN=localhost", "CN=other.invalid"; empty without TLS
    QStringList certificateNames; // the certificate's subject alternative names
    QString certificateFile;     // PEM
    QString description;
};

// An MX record as the test DNS server answers it, with the address its exchange resolves to.
struct TestMxRecord
{
    QString exchange;
    quint16 preference = 0;
    QString address;
};

// What one DNS server says about a test domain.
struct TestDnsAnswer
{
    bool exists = false;         // false: NXDOMAIN
    QList<TestMxRecord> mx;      // in preference order; empty: no MX (SMTP falls back to A)
    QStringList addresses;       // the domain's own A records
};

struct TestDomain
{
    QString name;                // "mx-ok.test", ...
    QString description;
    TestDnsAnswer fromServer;    // asked of `dnsServer` (the tests' stand-in for the system's DNS)
    TestDnsAnswer fromExternal;  // asked of `externalDnsServer` (Set-TransportServer -ExternalDNSServers)
};

// One slapd provider of ldap_server.py (docs/ldap-directory.md describes the tree and schema).
struct TestLdapProvider
{
    QString uri;                 // "ldap://127.0.0.1:<port>"
    QString host;                // always "127.0.0.1"
    quint16 port = 0;
    QString ldapiUri;            // "ldapi://%2Ftmp%2Fscc-ldap-…%2Fldapi": SASL EXTERNAL as this user
    int serverId = 0;            // olcServerID: 1 or 2
    qint64 pid = 0;              // the slapd process
};

struct TestServers
{
    enum Part { Smtp = 0x1, Dns = 0x2, Both = Smtp | Dns, Ldap = 0x4 };

    QString error;               // empty when every part asked for was read

    // SMTP (smtp_servers.py)
    QMap<QString, TestSmtpEndpoint> endpoints;
    QString caFile;              // the test CA: the only certificate authority the tests trust
    QString user;
    QString password;            // test data: the test user's password on every AUTH endpoint

    // DNS (dns_server.py: dnsmasq, port 53; answers only for .test names)
    QString dnsServer;           // e.g. "127.0.13.53"
    QString externalDnsServer;   // e.g. "127.0.13.54"
    quint16 dnsPort = 53;
    QString unreachableAddress;  // a loopback address nothing listens on: MX hosts that are down,
                                 // and a DNS server that is down
    // What Qt 6.4's QDnsLookup makes of these answers (tst_testservers shows each):
    //   NXDOMAIN (nxdomain.test)                       -> NotFoundError
    //   the name exists, no record of the type asked
    //   (MX of a-only.test: NOERROR without answers)   -> InvalidReplyError, no records
    //   the DNS server is down (unreachableAddress)    -> InvalidReplyError, no records
    //   a name outside .test (no upstream: REFUSED)    -> ServerRefusedError
    QMap<QString, TestDomain> domains;

    // LDAP (ldap_server.py: two OpenLDAP providers replicating ldapBaseDn both ways)
    QList<TestLdapProvider> ldapProviders; // two, in olcServerID order
    QString ldapBaseDn;          // "dc=contoso,dc=com": exists, a plain dcObject, nothing below it
    QString ldapBindDn;          // the administrator (the database's rootDN): "cn=admin,<base>"
    QString ldapPassword;        // test data: generated by each start of the fixture
    QString ldapSaslExternalIdentity; // who this user is over ldapiUri with SASL EXTERNAL
    QString ldapSchemaFile;      // resources/ldap/send-connector.ldif, as loaded
    QString ldapClosedUri;       // "ldap://127.0.0.1:<port>": bound, never listening; connections are refused

    TestSmtpEndpoint endpoint(const QString &name) const { return endpoints.value(name); }

    static QString fileOf(const char *variable, const char *compiled)
    {
        const QByteArray fromEnvironment = qgetenv(variable);
        return fromEnvironment.isEmpty() ? QString::fromUtf8(compiled) : QString::fromLocal8Bit(fromEnvironment);
    }

    static QJsonObject readObject(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error += QStringLiteral("cannot read %1 (%2): is the CTest fixture running? ")
                          .arg(path, file.errorString());
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject() || document.object().value(QStringLiteral("version")).toInt() != 1) {
            *error += QStringLiteral("%1 is not a version 1 servers file (%2) ").arg(path, parseError.errorString());
            return {};
        }
        return document.object();
    }

    static QStringList strings(const QJsonValue &value)
    {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    }

    static TestDnsAnswer answerOf(const QJsonObject &object)
    {
        TestDnsAnswer answer;
        answer.exists = object.value(QStringLiteral("exists")).toBool();
        answer.addresses = strings(object.value(QStringLiteral("addresses")));
        for (const QJsonValue &value : object.value(QStringLiteral("mx")).toArray()) {
            const QJsonObject mx = value.toObject();
            answer.mx.append({mx.value(QStringLiteral("exchange")).toString(),
                              quint16(mx.value(QStringLiteral("preference")).toInt()),
                              mx.value(QStringLiteral("address")).toString()});
        }
        return answer;
    }

    static TestServers load(int parts = Both)
    {
        TestServers servers;
        if (parts & Smtp) {
#ifdef SCC_TEST_SERVERS_FILE
            const QString path = fileOf("SCC_TEST_SERVERS_FILE", SCC_TEST_SERVERS_FILE);
#else
            const QString path = fileOf("SCC_TEST_SERVERS_FILE", "");
#endif
            const QJsonObject root = readObject(path, &servers.error);
            servers.caFile = root.value(QStringLiteral("caFile")).toString();
            servers.user = root.value(QStringLiteral("user")).toString();
            servers.password = root.value(QStringLiteral("password")).toString();
            const QJsonObject endpoints = root.value(QStringLiteral("endpoints")).toObject();
            for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
                const QJsonObject e = it.value().toObject();
                TestSmtpEndpoint endpoint;
                endpoint.name = it.key();
                endpoint.host = e.value(QStringLiteral("host")).toString();
                endpoint.port = quint16(e.value(QStringLiteral("port")).toInt());
                endpoint.listening = e.value(QStringLiteral("listening")).toBool();
                endpoint.banner = e.value(QStringLiteral("banner")).toString();
                endpoint.startTls = e.value(QStringLiteral("startTls")).toBool();
                endpoint.authMechanisms = strings(e.value(QStringLiteral("authMechanisms")));
                endpoint.authRequiresTls = e.value(QStringLiteral("authRequiresTls")).toBool();
                endpoint.certificateSubject = e.value(QStringLiteral("certificateSubject")).toString();
                endpoint.certificateNames = strings(e.value(QStringLiteral("certificateNames")));
                endpoint.certificateFile = e.value(QStringLiteral("certificateFile")).toString();
                endpoint.description = e.value(QStringLiteral("description")).toString();
                servers.endpoints.insert(endpoint.name, endpoint);
            }
        }
        if (parts & Dns) {
#ifdef SCC_TEST_DNS_FILE
            const QString path = fileOf("SCC_TEST_DNS_FILE", SCC_TEST_DNS_FILE);
#else
            const QString path = fileOf("SCC_TEST_DNS_FILE", "");
#endif
            const QJsonObject root = readObject(path, &servers.error);
            servers.dnsServer = root.value(QStringLiteral("server")).toString();
            servers.externalDnsServer = root.value(QStringLiteral("externalServer")).toString();
            servers.dnsPort = quint16(root.value(QStringLiteral("port")).toInt(53));
            servers.unreachableAddress = root.value(QStringLiteral("unreachableAddress")).toString();
            const QJsonObject domains = root.value(QStringLiteral("domains")).toObject();
            for (auto it = domains.begin(); it != domains.end(); ++it) {
                const QJsonObject d = it.value().toObject();
                TestDomain domain;
                domain.name = it.key();
                domain.description = d.value(QStringLiteral("description")).toString();
                domain.fromServer = answerOf(d.value(QStringLiteral("server")).toObject());
                domain.fromExternal = answerOf(d.value(QStringLiteral("externalServer")).toObject());
                servers.domains.insert(domain.name, domain);
            }
        }
        if (parts & Ldap) {
#ifdef SCC_TEST_LDAP_FILE
            const QString path = fileOf("SCC_TEST_LDAP_FILE", SCC_TEST_LDAP_FILE);
#else
            const QString path = fileOf("SCC_TEST_LDAP_FILE", "");
#endif
            const QJsonObject root = readObject(path, &servers.error);
            servers.ldapBaseDn = root.value(QStringLiteral("baseDn")).toString();
            servers.ldapBindDn = root.value(QStringLiteral("bindDn")).toString();
            servers.ldapPassword = root.value(QStringLiteral("password")).toString();
            servers.ldapSaslExternalIdentity = root.value(QStringLiteral("saslExternalIdentity")).toString();
            servers.ldapSchemaFile = root.value(QStringLiteral("schemaFile")).toString();
            servers.ldapClosedUri = root.value(QStringLiteral("closedUri")).toString();
            for (const QJsonValue &value : root.value(QStringLiteral("providers")).toArray()) {
                const QJsonObject p = value.toObject();
                TestLdapProvider provider;
                provider.uri = p.value(QStringLiteral("uri")).toString();
                provider.host = p.value(QStringLiteral("host")).toString();
                provider.port = quint16(p.value(QStringLiteral("port")).toInt());
                provider.ldapiUri = p.value(QStringLiteral("ldapiUri")).toString();
                provider.serverId = p.value(QStringLiteral("serverId")).toInt();
                provider.pid = qint64(p.value(QStringLiteral("pid")).toDouble());
                servers.ldapProviders.append(provider);
            }
        }
        servers.error = servers.error.trimmed();
        return servers;
    }
};
