// Tests the test servers themselves (tests/servers/, read through tests/support/TestServers.h):
// each SMTP endpoint greets, extends EHLO, starts TLS, authenticates and refuses exactly as its
// entry in the endpoints file says, with plain Qt sockets; the DNS servers answer QDnsLookup as
// the DNS file says. The connectivity tests rely on every one of these facts.
#include "support/TestServers.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

namespace {

constexpr int Timeout = 10000;

// A blocking SMTP client for the assertions: one reply at a time, multi-line replies joined.
class SmtpClient
{
public:
    explicit SmtpClient(const TestSmtpEndpoint &endpoint) : endpoint(endpoint)
    {
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                sslErrors.append(error.error());
            socket.ignoreSslErrors(); // recorded; go on to see what the server does after TLS
        });
    }

    bool connect()
    {
        socket.connectToHost(endpoint.host, endpoint.port);
        return socket.waitForConnected(Timeout);
    }

    // The next complete reply ("250-a\n250 b" for multi-line ones), or empty after `timeout`.
    QString reply(int timeout = Timeout)
    {
        QStringList lines;
        while (true) {
            while (!socket.canReadLine()) {
                if (!socket.waitForReadyRead(timeout))
                    return lines.join(QLatin1Char('\n'));
            }
            const QString line = QString::fromUtf8(socket.readLine()).chopped(2);
            lines.append(line);
            if (line.size() < 4 || line.at(3) != QLatin1Char('-'))
                return lines.join(QLatin1Char('\n'));
        }
    }

    QString command(const QString &text)
    {
        socket.write(text.toUtf8() + "\r\n");
        return reply();
    }

    // EHLO's keywords ("STARTTLS", "AUTH LOGIN PLAIN", ...), without the greeting line.
    QStringList ehlo()
    {
        QStringList keywords = command(QStringLiteral("EHLO client.scc.test")).split(QLatin1Char('\n'));
        if (!keywords.isEmpty() && keywords.first().startsWith(QLatin1String("250")))
            keywords.removeFirst();
        for (QString &keyword : keywords)
            keyword = keyword.mid(4);
        return keywords;
    }

    // STARTTLS and the handshake against the test CA only; true once encrypted.
    bool startTls(const QString &caFile)
    {
        if (!command(QStringLiteral("STARTTLS")).startsWith(QLatin1String("220 ")))
            return false;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(caFile));
        socket.setSslConfiguration(configuration);
        socket.setPeerVerifyName(QStringLiteral("localhost"));
        socket.startClientEncryption();
        return socket.waitForEncrypted(Timeout);
    }

    TestSmtpEndpoint endpoint;
    QSslSocket socket;
    QList<QSslError::SslError> sslErrors;
};

QStringList authKeywords(const QStringList &keywords)
{
    QStringList auth;
    for (const QString &keyword : keywords) {
        if (keyword.startsWith(QLatin1String("AUTH ")))
            auth.append(keyword.mid(5).split(QLatin1Char(' ')));
    }
    return auth;
}

} // namespace

Q_DECLARE_METATYPE(QList<QSslError::SslError>)

class TestTestServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEndpointIsListed();
    void banner_data();
    void banner();
    void ehlo_data();
    void ehlo();
    void startTls_data();
    void startTls();
    void startTlsRefused();
    void startTlsHandshakeFails();
    void untrustedWithoutTheTestCa();
    void auth_data();
    void auth();
    void authBeforeTlsIsRefused();
    void noMessageIsEverAccepted_data();
    void noMessageIsEverAccepted();
    void silentServerNeverAnswers();
    void hangupClosesWithoutBanner();
    void closedPortIsRefused();
    void bannerRejectAnswersOnlyQuit();
    void bannerEndlessNeverEndsItsLine();
    void dnsMx_data();
    void dnsMx();
    void dnsAddresses_data();
    void dnsAddresses();
    void dnsRefusesOtherNames();
    void dnsServerThatIsDown();

private:
    TestServers servers;
    QStringList smtpEndpoints() const;
};

QStringList TestTestServers::smtpEndpoints() const
{
    return {QStringLiteral("starttls"), QStringLiteral("auth-plaintext"), QStringLiteral("no-starttls"),
            QStringLiteral("wrong-name"), QStringLiteral("expired"), QStringLiteral("starttls-refused"),
            QStringLiteral("starttls-broken")};
}

void TestTestServers::initTestCase()
{
    servers = TestServers::load();
    QVERIFY2(servers.error.isEmpty(), qPrintable(servers.error));
    QVERIFY(!QSslCertificate::fromPath(servers.caFile).isEmpty());
    QVERIFY(!servers.user.isEmpty());
    QVERIFY(!servers.password.isEmpty());
    QVERIFY(QSslSocket::supportsSsl());
}

void TestTestServers::everyEndpointIsListed()
{
    QStringList expected = smtpEndpoints();
    expected << QStringLiteral("silent") << QStringLiteral("hangup") << QStringLiteral("closed")
             << QStringLiteral("banner-reject") << QStringLiteral("banner-endless");
    expected.sort();
    QCOMPARE(servers.endpoints.keys(), expected);
    QSet<QString> banners;
    for (const TestSmtpEndpoint &endpoint : servers.endpoints) {
        QCOMPARE(endpoint.host, QStringLiteral("127.0.0.1"));
        QVERIFY(endpoint.port != 0);
        if (!endpoint.banner.isEmpty())
            banners.insert(endpoint.banner);
    }
    QCOMPARE(banners.size(), smtpEndpoints().size() + 2); // and banner-reject, banner-endless
}

void TestTestServers::banner_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    for (const QString &name : smtpEndpoints())
        QTest::newRow(qPrintable(name)) << name << QStringLiteral("220 %1.scc.test ESMTP SCC test server %1").arg(name);
    QTest::newRow("banner-reject") << QStringLiteral("banner-reject")
                                   << QStringLiteral("554 5.3.2 banner-reject.scc.test ESMTP SCC test server "
                                                     "banner-reject: no SMTP service here");
}

void TestTestServers::banner()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(servers.endpoint(name).banner, expected);
    SmtpClient client(servers.endpoint(name));
    QVERIFY(client.connect());
    QCOMPARE(client.reply(), expected);
}

void TestTestServers::ehlo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<QStringList>("authInClear");
    const QStringList none;
    const QStringList loginPlain{QStringLiteral("LOGIN"), QStringLiteral("PLAIN")};
    QTest::newRow("starttls") << QStringLiteral("starttls") << true << none;
    QTest::newRow("auth-plaintext") << QStringLiteral("auth-plaintext") << false << loginPlain;
    QTest::newRow("no-starttls") << QStringLiteral("no-starttls") << false << none;
    QTest::newRow("wrong-name") << QStringLiteral("wrong-name") << true << none;
    QTest::newRow("expired") << QStringLiteral("expired") << true << none;
    QTest::newRow("starttls-refused") << QStringLiteral("starttls-refused") << true << none;
    QTest::newRow("starttls-broken") << QStringLiteral("starttls-broken") << true << none;
}

void TestTestServers::ehlo()
{
    QFETCH(QString, name);
    QFETCH(bool, startTls);
    QFETCH(QStringList, authInClear);
    const TestSmtpEndpoint endpoint = servers.endpoint(name);
    QCOMPARE(endpoint.startTls, startTls);
    QCOMPARE(endpoint.authRequiresTls ? QStringList() : endpoint.authMechanisms, authInClear);
    SmtpClient client(endpoint);
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    const QStringList keywords = client.ehlo();
    QVERIFY2(keywords.contains(QStringLiteral("8BITMIME")), qPrintable(keywords.join(QLatin1Char(','))));
    QCOMPARE(keywords.contains(QStringLiteral("STARTTLS")), startTls);
    QCOMPARE(authKeywords(keywords), authInClear);
    QCOMPARE(client.command(QStringLiteral("QUIT")).left(3), QStringLiteral("221"));
}

void TestTestServers::startTls_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<QSslError::SslError>>("errors");
    QTest::addColumn<QString>("commonName");
    QTest::newRow("trusted") << QStringLiteral("starttls") << QList<QSslError::SslError>()
                             << QStringLiteral("localhost");
    QTest::newRow("wrong name") << QStringLiteral("wrong-name")
                                << QList<QSslError::SslError>{QSslError::HostNameMismatch}
                                << QStringLiteral("other.invalid");
    QTest::newRow("expired") << QStringLiteral("expired")
                             << QList<QSslError::SslError>{QSslError::CertificateExpired}
                             << QStringLiteral("localhost");
}

void TestTestServers::startTls()
{
    QFETCH(QString, name);
    QFETCH(QList<QSslError::SslError>, errors);
    QFETCH(QString, commonName);
    const TestSmtpEndpoint endpoint = servers.endpoint(name);
    QCOMPARE(endpoint.certificateSubject, QStringLiteral("CN=") + commonName);
    SmtpClient client(endpoint);
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    QVERIFY(client.ehlo().contains(QStringLiteral("STARTTLS")));
    QVERIFY(client.startTls(servers.caFile));
    QCOMPARE(client.sslErrors, errors);
    const QSslCertificate certificate = client.socket.peerCertificate();
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{commonName});
    QCOMPARE(certificate, QSslCertificate::fromPath(endpoint.certificateFile).value(0));
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("SCC Test CA")});
    QVERIFY(!client.socket.sessionCipher().isNull());
    // After TLS the EHLO reply no longer offers STARTTLS, and now offers AUTH.
    const QStringList keywords = client.ehlo();
    QVERIFY(!keywords.contains(QStringLiteral("STARTTLS")));
    QCOMPARE(authKeywords(keywords), endpoint.authMechanisms);
    QCOMPARE(client.command(QStringLiteral("QUIT")).left(3), QStringLiteral("221"));
}

void TestTestServers::startTlsRefused()
{
    SmtpClient client(servers.endpoint(QStringLiteral("starttls-refused")));
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    QVERIFY(client.ehlo().contains(QStringLiteral("STARTTLS")));
    QCOMPARE(client.command(QStringLiteral("STARTTLS")), QStringLiteral("454 4.7.0 TLS not available due to temporary reason"));
}

void TestTestServers::startTlsHandshakeFails()
{
    SmtpClient client(servers.endpoint(QStringLiteral("starttls-broken")));
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    QVERIFY(client.ehlo().contains(QStringLiteral("STARTTLS")));
    QSignalSpy errors(&client.socket, &QAbstractSocket::errorOccurred);
    QVERIFY(!client.startTls(servers.caFile));
    QVERIFY(!client.socket.isEncrypted());
    QVERIFY(!errors.isEmpty());
    // The server's plain text fails the handshake; it may also have closed the connection by the
    // time the client reads it, which ends the handshake just the same.
    const auto error = errors.first().first().value<QAbstractSocket::SocketError>();
    QVERIFY2(error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::RemoteHostClosedError,
             qPrintable(client.socket.errorString()));
}

void TestTestServers::untrustedWithoutTheTestCa()
{
    // The system's store does not know the test CA: the connectivity test's "not trusted" case.
    SmtpClient client(servers.endpoint(QStringLiteral("starttls")));
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    client.ehlo();
    QCOMPARE(client.command(QStringLiteral("STARTTLS")).left(4), QStringLiteral("220 "));
    client.socket.setPeerVerifyName(QStringLiteral("localhost"));
    client.socket.startClientEncryption();
    QVERIFY(client.socket.waitForEncrypted(Timeout));
    QVERIFY2(client.sslErrors.contains(QSslError::UnableToGetLocalIssuerCertificate)
                 || client.sslErrors.contains(QSslError::CertificateUntrusted),
             qPrintable(QString::number(client.sslErrors.size())));
    QVERIFY(!client.sslErrors.contains(QSslError::HostNameMismatch));
}

void TestTestServers::auth_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QString>("result");
    for (const QString &name : {QStringLiteral("starttls"), QStringLiteral("auth-plaintext")}) {
        for (const QString &mechanism : {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}) {
            QTest::addRow("%s %s accepted", qPrintable(name), qPrintable(mechanism))
                << name << mechanism << true << QStringLiteral("235 2.7.0 Authentication successful");
            QTest::addRow("%s %s wrong password", qPrintable(name), qPrintable(mechanism))
                << name << mechanism << false << QStringLiteral("535 5.7.8 Authentication credentials invalid");
        }
    }
}

void TestTestServers::auth()
{
    QFETCH(QString, name);
    QFETCH(QString, mechanism);
    QFETCH(bool, rightPassword);
    QFETCH(QString, result);
    const TestSmtpEndpoint endpoint = servers.endpoint(name);
    SmtpClient client(endpoint);
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    client.ehlo();
    if (endpoint.authRequiresTls) {
        QVERIFY(client.startTls(servers.caFile));
        client.ehlo();
    }
    const QString password = rightPassword ? servers.password : servers.password + QLatin1Char('x');
    const auto base64 = [](const QString &text) { return QString::fromLatin1(text.toUtf8().toBase64()); };
    if (mechanism == QLatin1String("PLAIN")) {
        const QString credentials = QLatin1Char('\0') + servers.user + QLatin1Char('\0') + password;
        QCOMPARE(client.command(QStringLiteral("AUTH PLAIN ") + base64(credentials)), result);
    } else {
        QCOMPARE(client.command(QStringLiteral("AUTH LOGIN")).left(4), QStringLiteral("334 "));
        QCOMPARE(client.command(base64(servers.user)).left(4), QStringLiteral("334 "));
        QCOMPARE(client.command(base64(password)), result);
    }
}

void TestTestServers::authBeforeTlsIsRefused()
{
    for (const QString &name : {QStringLiteral("starttls"), QStringLiteral("no-starttls")}) {
        SmtpClient client(servers.endpoint(name));
        QVERIFY(client.connect());
        QVERIFY(!client.reply().isEmpty());
        client.ehlo();
        QCOMPARE(client.command(QStringLiteral("AUTH LOGIN")).left(4), QStringLiteral("538 "));
    }
}

void TestTestServers::noMessageIsEverAccepted_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : smtpEndpoints())
        QTest::newRow(qPrintable(name)) << name;
}

void TestTestServers::noMessageIsEverAccepted()
{
    QFETCH(QString, name);
    const TestSmtpEndpoint endpoint = servers.endpoint(name);
    SmtpClient client(endpoint);
    QVERIFY(client.connect());
    QVERIFY(!client.reply().isEmpty());
    client.ehlo();
    if (name == QLatin1String("starttls")) {
        // Even for the authenticated test user over TLS.
        QVERIFY(client.startTls(servers.caFile));
        client.ehlo();
        const QString credentials = QLatin1Char('\0') + servers.user + QLatin1Char('\0') + servers.password;
        QCOMPARE(client.command(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(credentials.toUtf8().toBase64())).left(3),
                 QStringLiteral("235"));
    }
    QCOMPARE(client.command(QStringLiteral("MAIL FROM:<administrator@contoso.test>")).left(1), QStringLiteral("5"));
    QCOMPARE(client.command(QStringLiteral("RCPT TO:<someone@fabrikam.test>")).left(1), QStringLiteral("5"));
    QCOMPARE(client.command(QStringLiteral("DATA")).left(1), QStringLiteral("5"));
}

void TestTestServers::silentServerNeverAnswers()
{
    SmtpClient client(servers.endpoint(QStringLiteral("silent")));
    QVERIFY(client.connect());
    QSignalSpy readyRead(&client.socket, &QIODevice::readyRead);
    QSignalSpy disconnected(&client.socket, &QAbstractSocket::disconnected);
    client.socket.write("EHLO client.scc.test\r\n");
    // Bounded waits for what must not come: no banner, no reply, no hang-up.
    QVERIFY(!readyRead.wait(1500));
    QCOMPARE(client.socket.bytesAvailable(), 0);
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void TestTestServers::hangupClosesWithoutBanner()
{
    SmtpClient client(servers.endpoint(QStringLiteral("hangup")));
    QVERIFY(client.connect());
    QSignalSpy disconnected(&client.socket, &QAbstractSocket::disconnected);
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(client.socket.readAll(), QByteArray());
}

void TestTestServers::closedPortIsRefused()
{
    const TestSmtpEndpoint endpoint = servers.endpoint(QStringLiteral("closed"));
    QVERIFY(!endpoint.listening);
    QTcpSocket socket;
    QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
    socket.connectToHost(endpoint.host, endpoint.port);
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestTestServers::bannerRejectAnswersOnlyQuit()
{
    SmtpClient client(servers.endpoint(QStringLiteral("banner-reject")));
    QVERIFY(client.connect());
    QCOMPARE(client.reply().left(4), QStringLiteral("554 "));
    QCOMPARE(client.command(QStringLiteral("EHLO client.scc.test")).left(4), QStringLiteral("503 "));
    QCOMPARE(client.command(QStringLiteral("STARTTLS")).left(4), QStringLiteral("503 "));
    QCOMPARE(client.command(QStringLiteral("QUIT")).left(4), QStringLiteral("221 "));
}

void TestTestServers::bannerEndlessNeverEndsItsLine()
{
    const TestSmtpEndpoint endpoint = servers.endpoint(QStringLiteral("banner-endless"));
    SmtpClient client(endpoint);
    QVERIFY(client.connect());
    QByteArray received;
    while (received.size() < 256 * 1024 && client.socket.waitForReadyRead(Timeout))
        received += client.socket.readAll();
    QVERIFY(received.size() >= 256 * 1024);
    QVERIFY(received.startsWith(endpoint.banner.toUtf8()));
    QVERIFY(!received.contains('\n'));
    QVERIFY(!received.contains('\r'));
}

void TestTestServers::dnsMx_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("nameserver");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QStringList>("expected"); // "preference exchange", in preference order
    const TestServers dns = TestServers::load(TestServers::Dns);
    QCOMPARE(dns.error, QString());
    QCOMPARE(dns.dnsPort, quint16(53));
    QVERIFY(dns.domains.contains(QStringLiteral("mx-ok.test")));
    QVERIFY(dns.domains.contains(QStringLiteral("nxdomain.test")));
    for (const TestDomain &domain : dns.domains) {
        const QList<QPair<QString, TestDnsAnswer>> answers{{dns.dnsServer, domain.fromServer},
                                                          {dns.externalDnsServer, domain.fromExternal}};
        for (const auto &[server, answer] : answers) {
            QStringList expected;
            for (const TestMxRecord &mx : answer.mx)
                expected.append(QStringLiteral("%1 %2").arg(mx.preference).arg(mx.exchange));
            QTest::addRow("%s from %s", qPrintable(domain.name), qPrintable(server))
                << domain.name << server << answer.exists << expected;
        }
    }
}

void TestTestServers::dnsMx()
{
    QFETCH(QString, domain);
    QFETCH(QString, nameserver);
    QFETCH(bool, exists);
    QFETCH(QStringList, expected);
    QVERIFY(QHostAddress(nameserver).isLoopback());
    QDnsLookup lookup(QDnsLookup::MX, domain, QHostAddress(nameserver));
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    QVERIFY(finished.wait(Timeout));
    if (!exists) {
        QCOMPARE(lookup.error(), QDnsLookup::NotFoundError);
        return;
    }
    QStringList records;
    for (const QDnsMailExchangeRecord &record : lookup.mailExchangeRecords())
        records.append(QStringLiteral("%1 %2").arg(record.preference()).arg(record.exchange()));
    if (expected.isEmpty()) {
        // The name exists without MX records (NOERROR, no answer): Qt 6.4 reports that as
        // InvalidReplyError, later Qt versions as NoError; never NotFoundError, which is NXDOMAIN.
        QVERIFY2(lookup.error() == QDnsLookup::InvalidReplyError || lookup.error() == QDnsLookup::NoError,
                 qPrintable(lookup.errorString()));
    } else {
        QCOMPARE(lookup.error(), QDnsLookup::NoError);
    }
    records.sort();
    expected.sort();
    QCOMPARE(records, expected);
}

void TestTestServers::dnsAddresses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nameserver");
    QTest::addColumn<QString>("address");
    const TestServers dns = TestServers::load(TestServers::Dns);
    QCOMPARE(dns.error, QString());
    QVERIFY(QHostAddress(dns.unreachableAddress).isLoopback());
    for (const TestDomain &domain : dns.domains) {
        const QList<QPair<QString, TestDnsAnswer>> answers{{dns.dnsServer, domain.fromServer},
                                                          {dns.externalDnsServer, domain.fromExternal}};
        for (const auto &[server, answer] : answers) {
            for (const TestMxRecord &mx : answer.mx)
                QTest::addRow("%s from %s", qPrintable(mx.exchange), qPrintable(server)) << mx.exchange << server << mx.address;
            for (const QString &address : answer.addresses)
                QTest::addRow("%s from %s", qPrintable(domain.name), qPrintable(server)) << domain.name << server << address;
        }
    }
}

void TestTestServers::dnsAddresses()
{
    QFETCH(QString, name);
    QFETCH(QString, nameserver);
    QFETCH(QString, address);
    QVERIFY(QHostAddress(address).isLoopback());
    QDnsLookup lookup(QDnsLookup::A, name, QHostAddress(nameserver));
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(lookup.error(), QDnsLookup::NoError);
    QCOMPARE(lookup.hostAddressRecords().size(), 1);
    QCOMPARE(lookup.hostAddressRecords().first().value(), QHostAddress(address));
}

void TestTestServers::dnsRefusesOtherNames()
{
    // Nothing outside .test is answered, and nothing is forwarded anywhere.
    const TestServers dns = TestServers::load(TestServers::Dns);
    QCOMPARE(dns.error, QString());
    QDnsLookup lookup(QDnsLookup::MX, QStringLiteral("example.com"), QHostAddress(dns.dnsServer));
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(lookup.error(), QDnsLookup::ServerRefusedError);
}

void TestTestServers::dnsServerThatIsDown()
{
    // Nothing listens on port 53 of the unreachable address: the stand-in for an external DNS
    // server that is down. The lookup fails, without records and without hanging.
    const TestServers dns = TestServers::load(TestServers::Dns);
    QCOMPARE(dns.error, QString());
    QDnsLookup lookup(QDnsLookup::MX, QStringLiteral("mx-ok.test"), QHostAddress(dns.unreachableAddress));
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    QVERIFY(finished.wait(30000));
    QVERIFY2(lookup.error() != QDnsLookup::NoError, qPrintable(lookup.errorString()));
    QVERIFY(lookup.mailExchangeRecords().isEmpty());
    qInfo("A DNS server that is down: %d %s", int(lookup.error()), qPrintable(lookup.errorString()));
}

QTEST_GUILESS_MAIN(TestTestServers)
#include "tst_testservers.moc"
