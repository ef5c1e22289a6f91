#include "LdapConnection.h"
#include "OrganizationLocation.h"

#include "support/TestServers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <ldap.h>

// The RAII layer over libldap against the real slapd providers of the ldap_servers fixture.
class tst_LdapConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bind_data();
    void bind();
    void saslExternalOverLdapi();
    void failoverPastClosedPort();
    void noServerReachable();
    void startTlsRefusedByServer();
    void addSearchModifyDelete();
    void pagedSearch_data();
    void pagedSearch();
    void staleAssertionChangesNothing();
    void concurrentModifyIsDetected();
    void errorsNameDnAndAttribute_data();
    void errorsNameDnAndAttribute();
    void silentServerTimesOut_data();
    void silentServerTimesOut();
    void workerThread();

private:
    OrganizationLocation location(const QStringList &uris) const;
    LdapConnection admin(int provider = 0);
    QByteArray dn(const QString &rdn) const { return (rdn + QLatin1Char(',') + m_ou).toUtf8(); }
    LdapEntry person(const QString &cn) const;
    // A loopback port nothing listens on.
    static quint16 closedPort();

    TestServers m_servers;
    QString m_ou; // this run's own organizational unit below the base DN
    LdapConnection::Options m_options;
    QStringList m_errors; // every error text of the run: none may hold the password
};

Q_DECLARE_METATYPE(LdapCredentials::Method)

OrganizationLocation tst_LdapConnection::location(const QStringList &uris) const
{
    const Parsed<OrganizationLocation> parsed =
        OrganizationLocation::parse(uris.join(QLatin1Char(',')) + QLatin1Char('/') + m_servers.ldapBaseDn);
    if (!parsed.ok())
        qFatal("bad test location: %s", qPrintable(parsed.problems.value(0).message));
    return *parsed.value;
}

LdapConnection tst_LdapConnection::admin(int provider)
{
    LdapConnection connection;
    LdapCredentials credentials =
        LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    LdapError error;
    if (!connection.open(location({m_servers.ldapProviders.at(provider).uri}), credentials, m_options, &error))
        m_errors.append(error.message);
    return connection;
}

LdapEntry tst_LdapConnection::person(const QString &cn) const
{
    LdapEntry entry;
    entry.dn = dn(QStringLiteral("cn=") + cn);
    entry.attributes.insert("objectClass", {"inetOrgPerson"});
    entry.attributes.insert("cn", {cn.toUtf8()});
    entry.attributes.insert("sn", {"Doe"});
    entry.attributes.insert("description", {"first"});
    return entry;
}

quint16 tst_LdapConnection::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on loopback");
    return server.serverPort(); // closed again when `server` goes
}

void tst_LdapConnection::initTestCase()
{
    m_servers = TestServers::load(TestServers::Ldap);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QCOMPARE(m_servers.ldapProviders.size(), 2);
    m_options.networkTimeout = std::chrono::seconds(5);
    m_options.operationTimeout = std::chrono::seconds(10);
    m_ou = QStringLiteral("ou=tst_ldapconnection-%1,%2").arg(QCoreApplication::applicationPid()).arg(m_servers.ldapBaseDn);

    LdapConnection connection = admin();
    QVERIFY(connection.isOpen());
    LdapEntry ou;
    ou.dn = m_ou.toUtf8();
    ou.attributes.insert("objectClass", {"organizationalUnit"});
    ou.attributes.insert("ou", {ou.dn.mid(3, ou.dn.indexOf(',') - 3)});
    LdapError error;
    QVERIFY2(connection.add(ou, &error), qPrintable(error.message));
}

void tst_LdapConnection::cleanupTestCase()
{
    if (!m_ou.isEmpty() && !m_servers.ldapProviders.isEmpty()) {
        LdapConnection connection = admin();
        LdapError error;
        auto entries = connection.search(m_ou.toUtf8(), LdapConnection::Scope::Subtree, "(objectClass=*)", {"1.1"},
                                         &error)
                           .value_or(QList<LdapEntry>());
        // The deepest first: the longest DNs.
        std::sort(entries.begin(), entries.end(),
                  [](const LdapEntry &a, const LdapEntry &b) { return a.dn.size() > b.dn.size(); });
        for (const LdapEntry &entry : std::as_const(entries)) {
            if (entry.dn != m_ou.toUtf8())
                QVERIFY2(connection.remove(entry.dn, QByteArray(), &error), qPrintable(error.message));
        }
        QVERIFY2(connection.remove(m_ou.toUtf8(), QByteArray(), &error), qPrintable(error.message));
    }
    // No error text of the whole run holds the password.
    QVERIFY(!m_errors.isEmpty());
    for (const QString &message : std::as_const(m_errors))
        QVERIFY2(!message.contains(m_servers.ldapPassword), qPrintable(message));
}

void tst_LdapConnection::bind_data()
{
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<bool>("bothProviders");
    QTest::newRow("right password") << true << false;
    QTest::newRow("wrong password") << false << false;
    QTest::newRow("wrong password, not retried on the next server") << false << true;
}

void tst_LdapConnection::bind()
{
    QFETCH(bool, rightPassword);
    QFETCH(bool, bothProviders);

    const QString uri = m_servers.ldapProviders.at(0).uri;
    QStringList uris{uri};
    if (bothProviders)
        uris.append(m_servers.ldapProviders.at(1).uri);
    const QByteArray password = rightPassword ? m_servers.ldapPassword.toUtf8() : m_servers.ldapPassword.toUtf8() + "x";
    LdapCredentials credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), QByteArray(password.constData()));
    LdapConnection connection;
    LdapError error;
    const bool opened = connection.open(location(uris), credentials, m_options, &error);
    QCOMPARE(opened, rightPassword);
    QCOMPARE(connection.isOpen(), rightPassword);
    if (rightPassword) {
        QCOMPARE(connection.serverUri(), uri);
        const auto entries = connection.search(m_servers.ldapBaseDn.toUtf8(), LdapConnection::Scope::Base,
                                               "(objectClass=*)", {}, &error);
        QVERIFY2(entries, qPrintable(error.message));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().dn, m_servers.ldapBaseDn.toUtf8());
        QVERIFY(entries->first().values("OBJECTCLASS").contains("dcObject"));
    } else {
        m_errors.append(error.message);
        QCOMPARE(error.code, LDAP_INVALID_CREDENTIALS);
        QVERIFY(!error.isUnreachable());
        QCOMPARE(error.message, QStringLiteral("Could not bind to the directory server %1 as %2: the DN or the password "
                                               "is wrong.").arg(uri, m_servers.ldapBindDn));
        QVERIFY(!error.message.contains(QString::fromUtf8(password)));
    }
    // The credentials' password is gone once used.
    LdapConnection again;
    QVERIFY(!again.open(location({uri}), credentials, m_options, &error));
    QCOMPARE(error.code, LDAP_UNWILLING_TO_PERFORM); // a simple bind with a DN and no password
}

void tst_LdapConnection::saslExternalOverLdapi()
{
    LdapCredentials credentials = LdapCredentials::saslExternal();
    LdapConnection connection;
    LdapError error;
    QVERIFY2(connection.open(location({m_servers.ldapProviders.at(0).ldapiUri}), credentials, m_options, &error),
             qPrintable(error.message));
    QCOMPARE(connection.serverUri(), m_servers.ldapProviders.at(0).ldapiUri);
    const auto entries = connection.search(m_ou.toUtf8(), LdapConnection::Scope::Base, "(objectClass=*)", {"ou"}, &error);
    QVERIFY2(entries, qPrintable(error.message));
    QCOMPARE(entries->size(), 1);

    // Over TCP there is no peer credential to take: the server refuses.
    LdapConnection tcp;
    credentials = LdapCredentials::saslExternal();
    QVERIFY(!tcp.open(location({m_servers.ldapProviders.at(0).uri}), credentials, m_options, &error));
    m_errors.append(error.message);
    QVERIFY2(error.message.startsWith(QStringLiteral("Could not bind to the directory server %1 as the local user "
                                                     "(SASL EXTERNAL): ").arg(m_servers.ldapProviders.at(0).uri)),
             qPrintable(error.message));
}

void tst_LdapConnection::failoverPastClosedPort()
{
    const QString closed = m_servers.ldapClosedUri;
    QVERIFY(!closed.isEmpty());
    LdapCredentials credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    LdapConnection connection;
    LdapError error;
    QVERIFY2(connection.open(location({closed, m_servers.ldapProviders.at(1).uri}), credentials, m_options, &error),
             qPrintable(error.message));
    QCOMPARE(connection.serverUri(), m_servers.ldapProviders.at(1).uri);
}

void tst_LdapConnection::noServerReachable()
{
    const QString first = m_servers.ldapClosedUri;
    const QString second = QStringLiteral("ldap://127.0.0.1:%1").arg(closedPort());
    LdapCredentials credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    LdapConnection connection;
    LdapError error;
    QVERIFY(!connection.open(location({first, second}), credentials, m_options, &error));
    m_errors.append(error.message);
    QVERIFY(error.isUnreachable());
    QVERIFY(!connection.isOpen());
    QCOMPARE(error.message,
             QStringLiteral("None of the directory servers could be used. Could not bind to the directory server %1 as "
                            "%3: the server cannot be reached (Can't contact LDAP server). Could not bind to the "
                            "directory server %2 as %3: the server cannot be reached (Can't contact LDAP server).")
                 .arg(first, second, m_servers.ldapBindDn));
}

void tst_LdapConnection::startTlsRefusedByServer()
{
    // The fixture's providers have no certificate: StartTLS must fail, never fall back to plain text.
    const QString uri = m_servers.ldapProviders.at(0).uri;
    const Parsed<OrganizationLocation> parsed =
        OrganizationLocation::parse(uri + QLatin1Char('/') + m_servers.ldapBaseDn + QStringLiteral("?x-starttls"));
    QVERIFY(parsed.ok());
    LdapCredentials credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    LdapConnection connection;
    LdapError error;
    QVERIFY(!connection.open(*parsed.value, credentials, m_options, &error));
    m_errors.append(error.message);
    QVERIFY(!connection.isOpen());
    QVERIFY2(error.message.startsWith(QStringLiteral("Could not start TLS with the directory server %1: ").arg(uri)),
             qPrintable(error.message));
}

void tst_LdapConnection::addSearchModifyDelete()
{
    LdapConnection connection = admin();
    LdapError error;
    const LdapEntry entry = person(QStringLiteral("Crud"));
    QVERIFY2(connection.add(entry, &error), qPrintable(error.message));

    auto found = connection.search(m_ou.toUtf8(), LdapConnection::Scope::OneLevel, "(cn=Crud)", {"cn", "sn", "description"},
                                   &error);
    QVERIFY2(found, qPrintable(error.message));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().dn, entry.dn);
    QCOMPARE(found->first().values("description"), QList<QByteArray>{"first"});
    QCOMPARE(found->first().values("sn"), QList<QByteArray>{"Doe"});

    // A change whose assertion holds goes through.
    const QList<LdapModification> change{
        {LdapModification::Operation::Replace, "description", {"second", "third"}},
        {LdapModification::Operation::Add, "mail", {"crud@contoso.com"}},
    };
    QVERIFY2(connection.modify(entry.dn, change, LdapConnection::equalityAssertion("description", {"first"}), &error),
             qPrintable(error.message));
    found = connection.search(entry.dn, LdapConnection::Scope::Base, "(objectClass=*)", {"description", "mail"}, &error);
    QVERIFY2(found, qPrintable(error.message));
    QList<QByteArray> descriptions = found->first().values("description");
    std::sort(descriptions.begin(), descriptions.end());
    QCOMPARE(descriptions, (QList<QByteArray>{"second", "third"}));
    QCOMPARE(found->first().values("mail"), QList<QByteArray>{"crud@contoso.com"});

    // Values that need escaping in the filter: "(", "*", "\".
    QVERIFY2(connection.modify(entry.dn, {{LdapModification::Operation::Replace, "description", {"a(b*c\\d)"}}},
                               LdapConnection::equalityAssertion("description", {"second", "third"}), &error),
             qPrintable(error.message));
    QVERIFY2(connection.modify(entry.dn, {{LdapModification::Operation::Delete, "description", {}}},
                               LdapConnection::equalityAssertion("description", {"a(b*c\\d)"}), &error),
             qPrintable(error.message));
    QVERIFY2(connection.modify(entry.dn, {{LdapModification::Operation::Add, "description", {"back"}}},
                               LdapConnection::equalityAssertion("description", {}), &error),
             qPrintable(error.message));

    QVERIFY2(connection.remove(entry.dn, LdapConnection::equalityAssertion("description", {"back"}), &error),
             qPrintable(error.message));
    found = connection.search(m_ou.toUtf8(), LdapConnection::Scope::OneLevel, "(cn=Crud)", {}, &error);
    QVERIFY2(found, qPrintable(error.message));
    QVERIFY(found->isEmpty());
}

void tst_LdapConnection::pagedSearch_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("plain") << 0;
    QTest::newRow("one per page") << 1;
    QTest::newRow("two per page, last page short") << 2;
    QTest::newRow("all on one page") << 500;
}

void tst_LdapConnection::pagedSearch()
{
    QFETCH(int, pageSize);

    LdapConnection connection = admin();
    LdapError error;
    const QByteArray parent = dn(QStringLiteral("ou=Paged"));
    QList<QByteArray> expected;
    if (!connection.search(parent, LdapConnection::Scope::Base, "(objectClass=*)", {"1.1"}, &error)) {
        LdapEntry ou;
        ou.dn = parent;
        ou.attributes.insert("objectClass", {"organizationalUnit"});
        ou.attributes.insert("ou", {"Paged"});
        QVERIFY2(connection.add(ou, &error), qPrintable(error.message));
        for (int i = 1; i <= 5; ++i) {
            LdapEntry child;
            child.dn = "ou=Child" + QByteArray::number(i) + "," + parent;
            child.attributes.insert("objectClass", {"organizationalUnit"});
            child.attributes.insert("ou", {"Child" + QByteArray::number(i)});
            QVERIFY2(connection.add(child, &error), qPrintable(error.message));
        }
    }
    for (int i = 1; i <= 5; ++i)
        expected.append("ou=Child" + QByteArray::number(i) + "," + parent);

    LdapConnection::Options options = m_options;
    options.pageSize = pageSize;
    LdapCredentials credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    LdapConnection paged;
    QVERIFY2(paged.open(location({m_servers.ldapProviders.at(0).uri}), credentials, options, &error),
             qPrintable(error.message));
    const auto entries = paged.search(parent, LdapConnection::Scope::OneLevel, "(objectClass=organizationalUnit)", {"ou"},
                                      &error);
    QVERIFY2(entries, qPrintable(error.message));
    QList<QByteArray> dns;
    for (const LdapEntry &entry : *entries)
        dns.append(entry.dn);
    std::sort(dns.begin(), dns.end());
    QCOMPARE(dns, expected);

    // A search that cannot start is refused with the DN it was below.
    QVERIFY(!paged.search(dn(QStringLiteral("ou=Nowhere")), LdapConnection::Scope::OneLevel, "(objectClass=*)", {},
                          &error));
    m_errors.append(error.message);
    QCOMPARE(error.code, LDAP_NO_SUCH_OBJECT);
    QCOMPARE(error.message, QStringLiteral("Could not search below %1: there is no such entry.")
                                .arg(QString::fromUtf8(dn(QStringLiteral("ou=Nowhere")))));
}

void tst_LdapConnection::staleAssertionChangesNothing()
{
    LdapConnection connection = admin();
    LdapError error;
    const LdapEntry entry = person(QStringLiteral("Stale"));
    QVERIFY2(connection.add(entry, &error), qPrintable(error.message));

    QVERIFY(!connection.modify(entry.dn,
                               {{LdapModification::Operation::Replace, "description", {"mine"}},
                                {LdapModification::Operation::Replace, "sn", {"Smith"}}},
                               LdapConnection::equalityAssertion("description", {"what I read long ago"}), &error));
    m_errors.append(error.message);
    QVERIFY(error.isChangedMeanwhile());
    QCOMPARE(error.message, QStringLiteral("Could not change %1: it was changed meanwhile by someone else, so nothing "
                                           "was changed. Read it again and make the change anew.")
                                .arg(QString::fromUtf8(entry.dn)));
    const auto found = connection.search(entry.dn, LdapConnection::Scope::Base, "(objectClass=*)", {"description", "sn"},
                                         &error);
    QVERIFY2(found, qPrintable(error.message));
    QCOMPARE(found->first().values("description"), QList<QByteArray>{"first"});
    QCOMPARE(found->first().values("sn"), QList<QByteArray>{"Doe"});

    QVERIFY(!connection.remove(entry.dn, LdapConnection::equalityAssertion("description", {"gone"}), &error));
    QVERIFY(error.isChangedMeanwhile());
    QCOMPARE(error.message, QStringLiteral("Could not delete %1: it was changed meanwhile by someone else, so nothing "
                                           "was deleted. Read it again and decide anew.")
                                .arg(QString::fromUtf8(entry.dn)));
    QVERIFY(connection.search(entry.dn, LdapConnection::Scope::Base, "(objectClass=*)", {"1.1"}, &error).value().size()
            == 1);
}

void tst_LdapConnection::concurrentModifyIsDetected()
{
    LdapConnection mine = admin();
    LdapConnection theirs = admin();
    QVERIFY(mine.isOpen() && theirs.isOpen());
    LdapError error;
    const LdapEntry entry = person(QStringLiteral("Concurrent"));
    QVERIFY2(mine.add(entry, &error), qPrintable(error.message));

    // Both read the entry, with its change sequence number.
    const auto read = mine.search(entry.dn, LdapConnection::Scope::Base, "(objectClass=*)", {"description", "entryCSN"},
                                  &error);
    QVERIFY2(read, qPrintable(error.message));
    const QByteArray csn = read->first().values("entryCSN").value(0);
    QVERIFY(!csn.isEmpty());

    // They change another attribute first…
    QVERIFY2(theirs.modify(entry.dn, {{LdapModification::Operation::Replace, "sn", {"Theirs"}}},
                           LdapConnection::equalityAssertion("sn", {"Doe"}), &error),
             qPrintable(error.message));
    // …so my change, asserting the entry as I read it, is refused and changes nothing.
    QVERIFY(!mine.modify(entry.dn, {{LdapModification::Operation::Replace, "description", {"mine"}}},
                         "(entryCSN=" + csn + ")", &error));
    QVERIFY(error.isChangedMeanwhile());
    // Asserting only the value I change, mine goes through; then theirs, on the same value, is refused.
    QVERIFY2(mine.modify(entry.dn, {{LdapModification::Operation::Replace, "description", {"mine"}}},
                         LdapConnection::equalityAssertion("description", read->first().values("description")), &error),
             qPrintable(error.message));
    QVERIFY(!theirs.modify(entry.dn, {{LdapModification::Operation::Replace, "description", {"theirs"}}},
                           LdapConnection::equalityAssertion("description", read->first().values("description")),
                           &error));
    QVERIFY(error.isChangedMeanwhile());
    const auto now = theirs.search(entry.dn, LdapConnection::Scope::Base, "(objectClass=*)", {"description", "sn"}, &error);
    QVERIFY2(now, qPrintable(error.message));
    QCOMPARE(now->first().values("description"), QList<QByteArray>{"mine"});
    QCOMPARE(now->first().values("sn"), QList<QByteArray>{"Theirs"});
}

void tst_LdapConnection::errorsNameDnAndAttribute_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("rdn");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // %1: the entry's DN

    QTest::newRow("add without a required attribute")
        << "add-no-sn" << "cn=NoSn" << LDAP_OBJECT_CLASS_VIOLATION
        << "Could not add %1: the attribute sn does not fit the directory's schema (object class 'inetOrgPerson' "
           "requires attribute 'sn').";
    QTest::newRow("add with an attribute the class does not allow")
        << "add-not-allowed" << "ou=NotAllowed" << LDAP_OBJECT_CLASS_VIOLATION
        << "Could not add %1: the attribute mail does not fit the directory's schema (attribute 'mail' not allowed).";
    QTest::newRow("add with an undefined attribute")
        << "add-undefined" << "ou=Undefined" << LDAP_UNDEFINED_TYPE
        << "Could not add %1: the attribute msExchSmtpNoSuchThing does not fit the directory's schema "
           "(msExchSmtpNoSuchThing: attribute type undefined).";
    QTest::newRow("add twice") << "add-twice" << "ou=Twice" << LDAP_ALREADY_EXISTS
                               << "Could not add %1: an entry with this DN already exists.";
    QTest::newRow("add below nothing") << "add-orphan" << "ou=Orphan,ou=Missing" << LDAP_NO_SUCH_OBJECT
                                       << "Could not add %1: the entry it belongs below does not exist.";
    QTest::newRow("modify with a bad syntax")
        << "modify-syntax" << "cn=Syntax" << LDAP_INVALID_SYNTAX
        << "Could not change %1: the attribute mail does not fit the directory's schema "
           "(mail: value #0 invalid per syntax).";
    QTest::newRow("modify nothing there") << "modify-missing" << "cn=Missing" << LDAP_NO_SUCH_OBJECT
                                          << "Could not change %1: there is no such entry.";
    QTest::newRow("delete nothing there") << "delete-missing" << "cn=Missing" << LDAP_NO_SUCH_OBJECT
                                          << "Could not delete %1: there is no such entry.";
}

void tst_LdapConnection::errorsNameDnAndAttribute()
{
    QFETCH(QString, operation);
    QFETCH(QString, rdn);
    QFETCH(int, code);
    QFETCH(QString, message);

    LdapConnection connection = admin();
    LdapError error;
    const QByteArray target = dn(rdn);
    bool ok = true;
    if (operation.startsWith(QLatin1String("add"))) {
        LdapEntry entry;
        entry.dn = target;
        if (operation == QLatin1String("add-no-sn")) {
            entry.attributes.insert("objectClass", {"inetOrgPerson"});
            entry.attributes.insert("cn", {"NoSn"});
        } else {
            entry.attributes.insert("objectClass", {"organizationalUnit"});
            entry.attributes.insert("ou", {rdn.section(QLatin1Char(','), 0, 0).mid(3).toUtf8()});
            if (operation == QLatin1String("add-not-allowed"))
                entry.attributes.insert("mail", {"x@contoso.com"});
            if (operation == QLatin1String("add-undefined"))
                entry.attributes.insert("msExchSmtpNoSuchThing", {"1"});
            if (operation == QLatin1String("add-twice"))
                QVERIFY2(connection.add(entry, &error), qPrintable(error.message));
        }
        ok = connection.add(entry, &error);
    } else if (operation == QLatin1String("modify-syntax")) {
        QVERIFY2(connection.add(person(QStringLiteral("Syntax")), &error), qPrintable(error.message));
        ok = connection.modify(target, {{LdapModification::Operation::Add, "mail", {"j\xc3\xb6rg@contoso.com"}}},
                               QByteArray(), &error);
    } else if (operation == QLatin1String("modify-missing")) {
        ok = connection.modify(target, {{LdapModification::Operation::Replace, "description", {"x"}}}, QByteArray(),
                               &error);
    } else {
        ok = connection.remove(target, QByteArray(), &error);
    }
    QVERIFY(!ok);
    m_errors.append(error.message);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message.arg(QString::fromUtf8(target)));
}

void tst_LdapConnection::silentServerTimesOut_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("message"); // %1: the server's URI, %2: the bind DN
    QTest::newRow("bind") << QString()
                          << "Could not bind to the directory server %1 as %2: the server did not answer within "
                             "1 second(s).";
    QTest::newRow("StartTLS") << "?x-starttls"
                              << "Could not start TLS with the directory server %1: the server did not answer within "
                                 "1 second(s).";
}

void tst_LdapConnection::silentServerTimesOut()
{
    QFETCH(QString, options);
    QFETCH(QString, message);

    // It accepts connections (the kernel does, into the backlog) and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString uri = QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort());
    LdapConnection::Options timeouts = m_options;
    timeouts.operationTimeout = std::chrono::milliseconds(700);
    LdapCredentials credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    LdapConnection connection;
    LdapError error;
    QElapsedTimer timer;
    timer.start();
    const Parsed<OrganizationLocation> where =
        OrganizationLocation::parse(uri + QLatin1Char('/') + m_servers.ldapBaseDn + options);
    QVERIFY(where.ok());
    QVERIFY(!connection.open(*where.value, credentials, timeouts, &error));
    QVERIFY(timer.elapsed() < 5000);
    m_errors.append(error.message);
    QCOMPARE(error.code, LDAP_TIMEOUT);
    QVERIFY(error.isUnreachable());
    QCOMPARE(error.message, message.arg(uri, m_servers.ldapBindDn));

    // A silent server is passed over like a closed one.
    credentials = LdapCredentials::simple(m_servers.ldapBindDn.toUtf8(), m_servers.ldapPassword.toUtf8());
    QVERIFY2(connection.open(location({uri, m_servers.ldapProviders.at(0).uri}), credentials, timeouts, &error),
             qPrintable(error.message));
    QCOMPARE(connection.serverUri(), m_servers.ldapProviders.at(0).uri);
}

void tst_LdapConnection::workerThread()
{
    // One connection per thread: opened, used and closed by the worker that needs it.
    const OrganizationLocation where = location({m_servers.ldapProviders.at(1).uri});
    const QByteArray bindDn = m_servers.ldapBindDn.toUtf8();
    const QByteArray password = m_servers.ldapPassword.toUtf8();
    const QByteArray ou = m_ou.toUtf8();
    const LdapConnection::Options options = m_options;
    QString failure;
    qsizetype found = -1;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        LdapConnection connection;
        LdapCredentials credentials = LdapCredentials::simple(bindDn, QByteArray(password.constData()));
        LdapError error;
        if (!connection.open(where, credentials, options, &error)) {
            failure = error.message;
            return;
        }
        const auto entries = connection.search(ou, LdapConnection::Scope::Base, "(objectClass=organizationalUnit)", {},
                                               &error);
        if (!entries)
            failure = error.message;
        else
            found = entries->size();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(found, 1);
}

QTEST_GUILESS_MAIN(tst_LdapConnection)
#include "tst_ldapconnection.moc"
