// Tests the directory servers of the CTest fixture ldap_servers (tests/servers/ldap_server.py,
// read through tests/support/TestServers.h) with the command-line tools of ldap-utils only, so
// that they prove the servers and not our own client: both providers answer anonymously and to
// the administrator, the SASL EXTERNAL identity over ldapi:// is as the file says, our schema
// (resources/ldap/send-connector.ldif) is loaded whole and refuses what it must, and what is
// written on either provider appears on the other (docs/ldap-directory.md).
#include "support/TestServers.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <QtEndian>

namespace {

constexpr int ToolTimeout = 5000;
constexpr int ReplicationTimeout = 5000;

struct ToolResult
{
    int exitCode = -1;       // an ldap-utils tool exits with the LDAP result code
    QString output;
    QString errorOutput;
};

ToolResult runTool(const QString &tool, const QStringList &arguments, const QByteArray &input = {})
{
    ToolResult result;
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        result.errorOutput = QStringLiteral("%1 is not installed (Debian: ldap-utils)").arg(tool);
        return result;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(ToolTimeout)) {
        result.errorOutput = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ToolTimeout)) {
        process.kill();
        process.waitForFinished();
        result.errorOutput = QStringLiteral("%1 did not finish").arg(tool);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // -o ldif-wrap=no keeps each value on one line; unfold anyway, in case.
    result.output = QString::fromUtf8(process.readAllStandardOutput()).replace(QStringLiteral("\n "), QString());
    result.errorOutput = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString describe(const ToolResult &result)
{
    return QStringLiteral("exit %1; %2 %3").arg(result.exitCode).arg(result.output, result.errorOutput);
}

// The listening TCP addresses of a process, from the socket inodes of its descriptors and the
// kernel's tables (/proc/net/tcp, tcp6).
QStringList listeningAddresses(qint64 pid)
{
    QSet<QString> inodes;
    const QString fdDirectory = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &entry : QDir(fdDirectory).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fdDirectory + QLatin1Char('/') + entry);
        static const QRegularExpression socketLink(QStringLiteral("socket:\\[(\\d+)\\]$"));
        const QRegularExpressionMatch match = socketLink.match(target);
        if (match.hasMatch())
            inodes.insert(match.captured(1));
    }
    QStringList addresses;
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QStringList fields = QString::fromLatin1(file.readLine()).simplified().split(QLatin1Char(' '));
            constexpr char Listen[] = "0A";
            if (fields.size() < 10 || fields.at(3) != QLatin1String(Listen) || !inodes.contains(fields.at(9)))
                continue;
            // "0100007F:9C4F": the address as 32-bit words, each the native-order reading of
            // four bytes in network order, then the port in hex.
            const QString local = fields.at(1);
            const QString hexAddress = local.section(QLatin1Char(':'), 0, 0);
            const quint16 port = quint16(local.section(QLatin1Char(':'), 1, 1).toUInt(nullptr, 16));
            QByteArray bytes;
            for (int word = 0; word < hexAddress.size() / 8; ++word) {
                const quint32 value = hexAddress.mid(word * 8, 8).toUInt(nullptr, 16);
                bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
            }
            const QHostAddress address = bytes.size() == 4
                ? QHostAddress(qFromBigEndian<quint32>(bytes.constData()))
                : QHostAddress(reinterpret_cast<const quint8 *>(bytes.constData()));
            addresses.append(QStringLiteral("%1:%2").arg(address.toString()).arg(port));
        }
    }
    return addresses;
}

} // namespace

class TestLdapServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rootDse_data();
    void rootDse();
    void closedUriRefuses();
    void listensOnLoopbackOnly_data();
    void listensOnLoopbackOnly();
    void administratorBind_data();
    void administratorBind();
    void saslExternalOverLdapi_data();
    void saslExternalOverLdapi();
    void schemaLoaded_data();
    void schemaLoaded();
    void schemaRefuses_data();
    void schemaRefuses();
    void replication_data();
    void replication();
    void sampleOrganization();

private:
    void addProviderColumns();
    QStringList bound(const TestLdapProvider &provider) const;
    ToolResult search(const TestLdapProvider &provider, const QString &base, const QString &scope,
                      const QStringList &attributes, const QString &filter = QStringLiteral("(objectClass=*)")) const;
    bool holds(const TestLdapProvider &provider, const QString &dn, const QString &expectedLine) const;
    bool lacks(const TestLdapProvider &provider, const QString &dn) const;

    TestServers m_servers;
    QStringList m_added; // DNs to remove at the end (with what is below them), on the first provider
};

void TestLdapServers::initTestCase()
{
    m_servers = TestServers::load(TestServers::Ldap);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QCOMPARE(m_servers.ldapProviders.size(), 2);
    QCOMPARE(m_servers.ldapBaseDn, QStringLiteral("dc=contoso,dc=com"));
    QCOMPARE(m_servers.ldapBindDn, QStringLiteral("cn=admin,dc=contoso,dc=com"));
    QVERIFY(m_servers.ldapPassword.size() >= 16);
    QVERIFY(QFile::exists(m_servers.ldapSchemaFile));
    for (const char *tool : {"ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldapwhoami"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
}

void TestLdapServers::cleanupTestCase()
{
    if (m_servers.ldapProviders.isEmpty() || m_added.isEmpty())
        return;
    runTool(QStringLiteral("ldapdelete"), bound(m_servers.ldapProviders.first()) + QStringList{QStringLiteral("-r")} + m_added);
}

void TestLdapServers::addProviderColumns()
{
    QTest::addColumn<int>("index");
    QTest::newRow("provider 1") << 0;
    QTest::newRow("provider 2") << 1;
}

QStringList TestLdapServers::bound(const TestLdapProvider &provider) const
{
    return {QStringLiteral("-x"), QStringLiteral("-H"), provider.uri, QStringLiteral("-D"), m_servers.ldapBindDn,
            QStringLiteral("-w"), m_servers.ldapPassword};
}

ToolResult TestLdapServers::search(const TestLdapProvider &provider, const QString &base, const QString &scope,
                                   const QStringList &attributes, const QString &filter) const
{
    return runTool(QStringLiteral("ldapsearch"),
                   bound(provider) + QStringList{QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
                                                 QStringLiteral("-b"), base, QStringLiteral("-s"), scope, filter}
                       + attributes);
}

bool TestLdapServers::holds(const TestLdapProvider &provider, const QString &dn, const QString &expectedLine) const
{
    const ToolResult result = search(provider, dn, QStringLiteral("base"), {QStringLiteral("*")});
    return result.exitCode == 0 && result.output.split(QLatin1Char('\n')).contains(expectedLine);
}

bool TestLdapServers::lacks(const TestLdapProvider &provider, const QString &dn) const
{
    constexpr int NoSuchObject = 32;
    return search(provider, dn, QStringLiteral("base"), {QStringLiteral("1.1")}).exitCode == NoSuchObject;
}

void TestLdapServers::rootDse_data()
{
    addProviderColumns();
}

// Anonymous clients see the root DSE (with the base as naming context) and nothing of the base.
void TestLdapServers::rootDse()
{
    QFETCH(int, index);
    const TestLdapProvider provider = m_servers.ldapProviders.at(index);
    QCOMPARE(provider.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(provider.uri, QStringLiteral("ldap://127.0.0.1:%1").arg(provider.port));

    const ToolResult rootDse = runTool(QStringLiteral("ldapsearch"),
                                       {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), provider.uri,
                                        QStringLiteral("-b"), QString(), QStringLiteral("-s"), QStringLiteral("base"),
                                        QStringLiteral("namingContexts"), QStringLiteral("supportedSASLMechanisms")});
    QVERIFY2(rootDse.exitCode == 0, qPrintable(describe(rootDse)));
    const QStringList lines = rootDse.output.split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("namingContexts: dc=contoso,dc=com")), qPrintable(rootDse.output));

    const ToolResult base = runTool(QStringLiteral("ldapsearch"),
                                    {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), provider.uri,
                                     QStringLiteral("-b"), m_servers.ldapBaseDn, QStringLiteral("-s"), QStringLiteral("sub")});
    QVERIFY2(!base.output.contains(QStringLiteral("dn:")), qPrintable(describe(base)));
}

// The closed URI stands for a provider that is down: nothing answers there, at once.
void TestLdapServers::closedUriRefuses()
{
    QVERIFY2(m_servers.ldapClosedUri.startsWith(QStringLiteral("ldap://127.0.0.1:")), qPrintable(m_servers.ldapClosedUri));
    for (const TestLdapProvider &provider : std::as_const(m_servers.ldapProviders))
        QVERIFY(!m_servers.ldapClosedUri.endsWith(QStringLiteral(":%1").arg(provider.port)));
    constexpr int ServerDown = 255; // LDAP_SERVER_DOWN (-1) as an exit status
    const ToolResult result = runTool(QStringLiteral("ldapsearch"),
                                      {QStringLiteral("-x"), QStringLiteral("-H"), m_servers.ldapClosedUri, QStringLiteral("-b"),
                                       QString(), QStringLiteral("-s"), QStringLiteral("base")});
    QCOMPARE(result.exitCode, ServerDown);
    QVERIFY2(result.errorOutput.contains(QStringLiteral("Can't contact LDAP server")), qPrintable(result.errorOutput));
}

void TestLdapServers::listensOnLoopbackOnly_data()
{
    addProviderColumns();
}

void TestLdapServers::listensOnLoopbackOnly()
{
    QFETCH(int, index);
    const TestLdapProvider provider = m_servers.ldapProviders.at(index);
    QVERIFY(provider.pid > 0);
    QCOMPARE(listeningAddresses(provider.pid), QStringList{QStringLiteral("127.0.0.1:%1").arg(provider.port)});
}

void TestLdapServers::administratorBind_data()
{
    addProviderColumns();
}

// The administrator binds with the generated password and sees the base entry, a plain dcObject;
// a wrong password is refused with invalidCredentials (49).
void TestLdapServers::administratorBind()
{
    QFETCH(int, index);
    const TestLdapProvider provider = m_servers.ldapProviders.at(index);

    const ToolResult whoAmI = runTool(QStringLiteral("ldapwhoami"), bound(provider));
    QVERIFY2(whoAmI.exitCode == 0, qPrintable(describe(whoAmI)));
    QCOMPARE(whoAmI.output.trimmed(), QStringLiteral("dn:") + m_servers.ldapBindDn);

    const ToolResult base = search(provider, m_servers.ldapBaseDn, QStringLiteral("base"), {QStringLiteral("objectClass")});
    QVERIFY2(base.exitCode == 0, qPrintable(describe(base)));
    QVERIFY2(base.output.split(QLatin1Char('\n')).contains(QStringLiteral("objectClass: dcObject")), qPrintable(base.output));

    constexpr int InvalidCredentials = 49;
    const ToolResult wrong = runTool(QStringLiteral("ldapwhoami"),
                                     {QStringLiteral("-x"), QStringLiteral("-H"), provider.uri, QStringLiteral("-D"),
                                      m_servers.ldapBindDn, QStringLiteral("-w"), m_servers.ldapPassword + QLatin1Char('x')});
    QCOMPARE(wrong.exitCode, InvalidCredentials);
}

void TestLdapServers::saslExternalOverLdapi_data()
{
    addProviderColumns();
}

// This user binds over the provider's ldapi:// socket with SASL EXTERNAL, as the file says, and
// may read cn=config there (where the schema lives); over TCP cn=config stays closed.
void TestLdapServers::saslExternalOverLdapi()
{
    QFETCH(int, index);
    const TestLdapProvider provider = m_servers.ldapProviders.at(index);
    QVERIFY2(provider.ldapiUri.startsWith(QStringLiteral("ldapi://%2F")), qPrintable(provider.ldapiUri));

    const ToolResult whoAmI = runTool(QStringLiteral("ldapwhoami"),
                                      {QStringLiteral("-Q"), QStringLiteral("-Y"), QStringLiteral("EXTERNAL"),
                                       QStringLiteral("-H"), provider.ldapiUri});
    QVERIFY2(whoAmI.exitCode == 0, qPrintable(describe(whoAmI)));
    QCOMPARE(whoAmI.output.trimmed(), QStringLiteral("dn:") + m_servers.ldapSaslExternalIdentity);

    const ToolResult config = runTool(QStringLiteral("ldapsearch"),
                                      {QStringLiteral("-Q"), QStringLiteral("-Y"), QStringLiteral("EXTERNAL"),
                                       QStringLiteral("-H"), provider.ldapiUri, QStringLiteral("-LLL"),
                                       QStringLiteral("-b"), QStringLiteral("cn=config"), QStringLiteral("-s"),
                                       QStringLiteral("base"), QStringLiteral("olcServerID")});
    QVERIFY2(config.exitCode == 0, qPrintable(describe(config)));
    QVERIFY2(config.output.split(QLatin1Char('\n')).contains(QStringLiteral("olcServerID: %1").arg(provider.serverId)),
             qPrintable(config.output));

    const ToolResult overTcp = search(provider, QStringLiteral("cn=config"), QStringLiteral("base"), {QStringLiteral("olcServerID")});
    QVERIFY2(!overTcp.output.contains(QStringLiteral("olcServerID")), qPrintable(describe(overTcp)));
}

void TestLdapServers::schemaLoaded_data()
{
    addProviderColumns();
}

// Every attribute type and object class of resources/ldap/send-connector.ldif is in each
// provider's subschema, under the file's OID arc, and the schema entry is in cn=config.
void TestLdapServers::schemaLoaded()
{
    QFETCH(int, index);
    const TestLdapProvider provider = m_servers.ldapProviders.at(index);

    QFile file(m_servers.ldapSchemaFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString ldif = QString::fromUtf8(file.readAll());
    static const QRegularExpression rootLine(QStringLiteral("^olcObjectIdentifier: SccRoot (\\S+)$"),
                                             QRegularExpression::MultilineOption);
    const QString arc = rootLine.match(ldif).captured(1);
    QVERIFY2(arc.startsWith(QStringLiteral("2.25.")), qPrintable(arc));
    static const QRegularExpression definition(QStringLiteral("^olc(AttributeTypes|ObjectClasses): \\( \\S+ NAME '(\\w+)'"),
                                               QRegularExpression::MultilineOption);
    QSet<QString> attributeTypes;
    QSet<QString> objectClasses;
    for (auto it = definition.globalMatch(ldif); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        (match.captured(1) == QLatin1String("AttributeTypes") ? attributeTypes : objectClasses).insert(match.captured(2));
    }
    QVERIFY(objectClasses.contains(QStringLiteral("sccSendConnector")));
    QVERIFY(attributeTypes.contains(QStringLiteral("sccAddressSpaces")));

    const ToolResult subschema = search(provider, QStringLiteral("cn=Subschema"), QStringLiteral("base"),
                                        {QStringLiteral("attributeTypes"), QStringLiteral("objectClasses")});
    QVERIFY2(subschema.exitCode == 0, qPrintable(describe(subschema)));
    static const QRegularExpression published(QStringLiteral("^(attributeTypes|objectClasses): \\( (\\S+) NAME '(\\w+)'"),
                                              QRegularExpression::MultilineOption);
    QSet<QString> publishedAttributeTypes;
    QSet<QString> publishedObjectClasses;
    for (auto it = published.globalMatch(subschema.output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(2).startsWith(arc + QLatin1Char('.')))
            continue;
        (match.captured(1) == QLatin1String("attributeTypes") ? publishedAttributeTypes : publishedObjectClasses)
            .insert(match.captured(3));
    }
    QCOMPARE(publishedAttributeTypes, attributeTypes);
    QCOMPARE(publishedObjectClasses, objectClasses);

    const ToolResult config = runTool(QStringLiteral("ldapsearch"),
                                      {QStringLiteral("-Q"), QStringLiteral("-Y"), QStringLiteral("EXTERNAL"),
                                       QStringLiteral("-H"), provider.ldapiUri, QStringLiteral("-LLL"),
                                       QStringLiteral("-b"), QStringLiteral("cn=schema,cn=config"),
                                       QStringLiteral("(cn=*send-connector)"), QStringLiteral("cn")});
    QVERIFY2(config.exitCode == 0, qPrintable(describe(config)));
    QVERIFY2(config.output.contains(QRegularExpression(QStringLiteral("^cn: \\{\\d+\\}send-connector$"),
                                                        QRegularExpression::MultilineOption)),
             qPrintable(config.output));

    // Loaded a second time (docs/ldap-directory.md#loading-the-schema), it is refused whole.
    constexpr int Other = 80;
    const ToolResult again = runTool(QStringLiteral("ldapadd"),
                                     {QStringLiteral("-Q"), QStringLiteral("-Y"), QStringLiteral("EXTERNAL"), QStringLiteral("-H"),
                                      provider.ldapiUri, QStringLiteral("-f"), m_servers.ldapSchemaFile});
    QCOMPARE(again.exitCode, Other);
    QVERIFY2(again.errorOutput.contains(QStringLiteral("Duplicate attributeType")), qPrintable(again.errorOutput));
    const ToolResult schemas = runTool(QStringLiteral("ldapsearch"),
                                       {QStringLiteral("-Q"), QStringLiteral("-Y"), QStringLiteral("EXTERNAL"),
                                        QStringLiteral("-H"), provider.ldapiUri, QStringLiteral("-LLL"),
                                        QStringLiteral("-b"), QStringLiteral("cn=schema,cn=config"), QStringLiteral("-s"),
                                        QStringLiteral("one"), QStringLiteral("(cn=*send-connector)"), QStringLiteral("1.1")});
    QCOMPARE(schemas.output.count(QStringLiteral("dn: ")), 1);
}

void TestLdapServers::schemaRefuses_data()
{
    QTest::addColumn<QString>("objectClass");
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<int>("resultCode");
    QTest::addColumn<QString>("message");

    constexpr int UndefinedAttributeType = 17;
    constexpr int ConstraintViolation = 19;
    constexpr int InvalidAttributeSyntax = 21;
    constexpr int ObjectClassViolation = 65;
    QTest::newRow("transport server without its role") << "sccTransportServer" << QStringList{}
                                                        << ObjectClassViolation << "requires attribute 'sccServerRole'";
    QTest::newRow("site link without its cost") << "sccADSiteLink" << QStringList{"sccSites: Seattle", "sccSites: Portland"}
                                               << ObjectClassViolation << "requires attribute 'sccCost'";
    QTest::newRow("accepted domain without its type") << "sccAcceptedDomain" << QStringList{"sccDomainName: contoso.com"}
                                                     << ObjectClassViolation << "requires attribute 'sccDomainType'";
    QTest::newRow("role assignment without its role") << "sccRoleAssignment" << QStringList{"sccMembers: CONTOSO\\Administrator"}
                                                     << ObjectClassViolation << "requires attribute 'sccRole'";
    QTest::newRow("connector with an accepted domain's attribute") << "sccSendConnector" << QStringList{"sccDomainName: contoso.com"}
                                                                  << ObjectClassViolation << "attribute 'sccDomainName' not allowed";
    QTest::newRow("port that is no whole number") << "sccSendConnector" << QStringList{"sccPort: twenty-five"}
                                                  << InvalidAttributeSyntax << "sccPort: value #0 invalid per syntax";
    QTest::newRow("enabled that is no boolean") << "sccSendConnector" << QStringList{"sccEnabled: yes"}
                                                << InvalidAttributeSyntax << "sccEnabled: value #0 invalid per syntax";
    QTest::newRow("when changed that is no time") << "sccSendConnector" << QStringList{"sccWhenChanged: yesterday"}
                                                  << InvalidAttributeSyntax << "sccWhenChanged: value #0 invalid per syntax";
    QTest::newRow("two ports") << "sccSendConnector" << QStringList{"sccPort: 25", "sccPort: 587"}
                               << ConstraintViolation << "sccPort: multiple values provided";
    QTest::newRow("attribute of no schema") << "sccSendConnector" << QStringList{"sccPorts: 25"}
                                            << UndefinedAttributeType << "sccPorts: attribute type undefined";
}

// The schema refuses entries that break it; nothing of them appears on either provider.
void TestLdapServers::schemaRefuses()
{
    QFETCH(QString, objectClass);
    QFETCH(QStringList, attributes);
    QFETCH(int, resultCode);
    QFETCH(QString, message);

    const QString name = QStringLiteral("refused %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString dn = QStringLiteral("cn=%1,%2").arg(name, m_servers.ldapBaseDn);
    const QStringList lines = QStringList{QStringLiteral("dn: ") + dn, QStringLiteral("objectClass: ") + objectClass,
                                          QStringLiteral("cn: ") + name}
                              + attributes;
    const ToolResult added = runTool(QStringLiteral("ldapadd"), bound(m_servers.ldapProviders.first()),
                                     lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    QCOMPARE(added.exitCode, resultCode);
    QVERIFY2(added.errorOutput.contains(message), qPrintable(added.errorOutput));
    for (const TestLdapProvider &provider : std::as_const(m_servers.ldapProviders))
        QVERIFY(lacks(provider, dn));
}

void TestLdapServers::replication_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("provider 1 to provider 2") << 0 << 1;
    QTest::newRow("provider 2 to provider 1") << 1 << 0;
}

// A Send connector added on one provider appears on the other with its values; changed and
// removed there, the change and the removal come back.
void TestLdapServers::replication()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const TestLdapProvider source = m_servers.ldapProviders.at(from);
    const TestLdapProvider target = m_servers.ldapProviders.at(to);

    const QString name = QStringLiteral("Contoso to Fabrikam %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString dn = QStringLiteral("cn=%1,%2").arg(name, m_servers.ldapBaseDn);
    const QByteArray entry = QStringLiteral("dn: %1\nobjectClass: sccSendConnector\ncn: %2\nsccUsage: Internal\n"
                                            "sccAddressSpaces: SMTP:*.fabrikam.com;5\nsccAddressSpaces: X400:c=us;a= ;p=Fabrikam;o=Mail;1\n"
                                            "sccDNSRoutingEnabled: FALSE\nsccSmartHosts: relay.fabrikam.com\nsccPort: 25\n"
                                            "sccEnabled: TRUE\nsccWhenChanged: 20261201093000Z\n")
                                 .arg(dn, name)
                                 .toUtf8();
    const ToolResult added = runTool(QStringLiteral("ldapadd"), bound(source), entry);
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    m_added.append(dn);

    QTRY_VERIFY_WITH_TIMEOUT(holds(target, dn, QStringLiteral("sccAddressSpaces: SMTP:*.fabrikam.com;5")), ReplicationTimeout);
    const ToolResult copy = search(target, dn, QStringLiteral("base"), {QStringLiteral("*")});
    const QStringList lines = copy.output.split(QLatin1Char('\n'));
    for (const QString &expected : {QStringLiteral("sccAddressSpaces: X400:c=us;a= ;p=Fabrikam;o=Mail;1"),
                                    QStringLiteral("sccSmartHosts: relay.fabrikam.com"),
                                    QStringLiteral("sccDNSRoutingEnabled: FALSE"), QStringLiteral("sccPort: 25"),
                                    QStringLiteral("sccWhenChanged: 20261201093000Z")})
        QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral(" in ") + copy.output));

    const ToolResult changed = runTool(QStringLiteral("ldapmodify"), bound(target),
                                       QStringLiteral("dn: %1\nchangetype: modify\nreplace: sccEnabled\nsccEnabled: FALSE\n")
                                           .arg(dn)
                                           .toUtf8());
    QVERIFY2(changed.exitCode == 0, qPrintable(describe(changed)));
    QTRY_VERIFY_WITH_TIMEOUT(holds(source, dn, QStringLiteral("sccEnabled: FALSE")), ReplicationTimeout);

    const ToolResult removed = runTool(QStringLiteral("ldapdelete"), bound(target) + QStringList{dn});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    m_added.removeAll(dn);
    QTRY_VERIFY_WITH_TIMEOUT(lacks(source, dn), ReplicationTimeout);
}

// The example of docs/ldap-directory.md, tests/data/contoso.ldif (the whole sample organization,
// with role assignments), loads under the schema, below a container of its own, and reaches the
// other provider entry by entry.
void TestLdapServers::sampleOrganization()
{
    QFile file(QStringLiteral(SCC_TEST_DATA_DIR "/contoso.ldif"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString container = QStringLiteral("ou=sample %1,%2")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), m_servers.ldapBaseDn);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int entries = 0;
    for (QString &line : lines) {
        if (line.startsWith(QLatin1String("dn: "))) {
            QVERIFY2(line.endsWith(QLatin1Char(',') + m_servers.ldapBaseDn), qPrintable(line));
            line = line.chopped(m_servers.ldapBaseDn.size()) + container;
            ++entries;
        }
    }
    QCOMPARE(entries, 28);
    const QByteArray ldif = QStringLiteral("dn: %1\nobjectClass: organizationalUnit\nou: %2\n\n")
                                .arg(container, container.section(QLatin1Char(','), 0, 0).mid(3))
                                .toUtf8()
                            + lines.join(QLatin1Char('\n')).toUtf8();
    const TestLdapProvider first = m_servers.ldapProviders.at(0);
    const TestLdapProvider second = m_servers.ldapProviders.at(1);
    const ToolResult added = runTool(QStringLiteral("ldapadd"), bound(first), ldif);
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    m_added.append(container);

    const auto count = [&](const TestLdapProvider &provider) { // the entries below the container
        const QString output = QLatin1Char('\n') + search(provider, container, QStringLiteral("sub"), {QStringLiteral("1.1")}).output;
        return int(output.count(QStringLiteral("\ndn: "))) - 1;
    };
    QCOMPARE(count(first), entries);
    QTRY_COMPARE_WITH_TIMEOUT(count(second), entries, ReplicationTimeout);

    // Found as the directory store will look them up: a connector by its address space, an Edge's
    // own connectors below that Edge, the Edge administrators of one server.
    const ToolResult internet = search(second, container, QStringLiteral("sub"), {QStringLiteral("cn")},
                                       QStringLiteral("(&(objectClass=sccSendConnector)(sccAddressSpaces=SMTP:\\2a;*))"));
    QVERIFY2(internet.output.split(QLatin1Char('\n')).contains(QStringLiteral("cn: Contoso to Internet")), qPrintable(internet.output));
    QVERIFY2(internet.output.split(QLatin1Char('\n')).contains(QStringLiteral("cn: EDGE02 to Internet")), qPrintable(internet.output));
    const ToolResult edge = search(second, QStringLiteral("ou=Send Connectors,cn=EDGE02,ou=Servers,o=Contoso,") + container,
                                   QStringLiteral("one"), {QStringLiteral("cn")}, QStringLiteral("(objectClass=sccSendConnector)"));
    QCOMPARE(edge.output.count(QStringLiteral("dn:")), 2);
    const ToolResult administrators = search(second, container, QStringLiteral("sub"), {QStringLiteral("sccMembers")},
                                             QStringLiteral("(&(objectClass=sccRoleAssignment)(sccRole=EdgeAdministrators)(sccServer=edge01))"));
    QVERIFY2(administrators.output.split(QLatin1Char('\n')).contains(QStringLiteral("sccMembers: EDGE01\\Administrator")),
             qPrintable(administrators.output));
}

QTEST_GUILESS_MAIN(TestLdapServers)
#include "tst_ldapservers.moc"
