// Tests ConnectivityOptions: --dns-server and --trust-ca as both programs read them, every
// refusal naming the option and what is wrong, and what a test is given from them.
#include "ConnectivityOptions.h"
#include "ConnectivityTest.h"

#include "support/TestServers.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

class TestConnectivityOptions : public QObject
{
    Q_OBJECT
private slots:
    void addresses_data();
    void addresses();
    void caFiles_data();
    void caFiles();
    void noOptionsMeanTheSystemsResolver();
    void appliedToATest();

private:
    std::optional<ConnectivityOptions> parse(const QStringList &arguments, QString *error) const;
    QTemporaryDir m_dir;
};

std::optional<ConnectivityOptions> TestConnectivityOptions::parse(const QStringList &arguments, QString *error) const
{
    QCommandLineParser parser;
    parser.addOptions(ConnectivityOptions::commandLineOptions());
    if (!parser.parse(QStringList{QStringLiteral("program")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return ConnectivityOptions::fromCommandLine(parser, error);
}

void TestConnectivityOptions::addresses_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("expected"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("IPv4") << QStringList{"192.0.2.53"} << QStringList{"192.0.2.53"} << QString();
    QTest::newRow("IPv6") << QStringList{"2001:db8::53"} << QStringList{"2001:db8::53"} << QString();
    QTest::newRow("two, in order") << QStringList{"127.0.13.53", " 127.0.13.54 "} << QStringList{"127.0.13.53", "127.0.13.54"}
                                   << QString();
    QTest::newRow("a name") << QStringList{"dns.contoso.com"} << QStringList()
                            << QStringLiteral("--dns-server: \"dns.contoso.com\" is not an IP address; give one such as "
                                              "192.0.2.53 or 2001:db8::53.");
    QTest::newRow("empty") << QStringList{""} << QStringList()
                           << QStringLiteral("--dns-server: \"\" is not an IP address; give one such as 192.0.2.53 or "
                                             "2001:db8::53.");
    QTest::newRow("with a port") << QStringList{"192.0.2.53:5353"} << QStringList()
                                 << QStringLiteral("--dns-server: \"192.0.2.53:5353\" is not an IP address; give one such "
                                                   "as 192.0.2.53 or 2001:db8::53.");
    QTest::newRow("second bad") << QStringList{"192.0.2.53", "300.1.1.1"} << QStringList()
                                << QStringLiteral("--dns-server: \"300.1.1.1\" is not an IP address; give one such as "
                                                  "192.0.2.53 or 2001:db8::53.");
}

void TestConnectivityOptions::addresses()
{
    QFETCH(QStringList, values);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    QStringList arguments;
    for (const QString &value : std::as_const(values))
        arguments << QStringLiteral("--dns-server") << value;
    QString message;
    const std::optional<ConnectivityOptions> options = parse(arguments, &message);
    if (expected.isEmpty()) {
        QVERIFY(!options);
        QCOMPARE(message, error);
        return;
    }
    QVERIFY2(options, qPrintable(message));
    QStringList got;
    for (const QHostAddress &address : options->dnsServers)
        got.append(address.toString());
    QCOMPARE(got, expected);
}

void TestConnectivityOptions::caFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // written to a file unless "missing"
    QTest::addColumn<int>("certificates");   // -1: refused
    QTest::addColumn<QString>("error");      // %1: the file
    const TestServers servers = TestServers::load();
    QFile ca(servers.caFile);
    QVERIFY2(ca.open(QIODevice::ReadOnly), qPrintable(servers.caFile));
    const QByteArray pem = ca.readAll();
    QTest::newRow("the test CA") << pem << 1 << QString();
    QTest::newRow("two in one file") << pem + "\n" + pem << 2 << QString();
    QTest::newRow("missing") << QByteArray("missing") << -1 << QStringLiteral("--trust-ca: %1 is not a file.");
    QTest::newRow("not PEM") << QByteArray("hello\n") << -1 << QStringLiteral("--trust-ca: %1 holds no PEM certificate.");
    QTest::newRow("empty") << QByteArray() << -1 << QStringLiteral("--trust-ca: %1 holds no PEM certificate.");
    QTest::newRow("too large") << QByteArray(4 * 1024 * 1024 + 1, 'A') << -1
                               << QStringLiteral("--trust-ca: %1 is too large for a file of certificates.");
}

void TestConnectivityOptions::caFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, certificates);
    QFETCH(QString, error);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) + ".pem");
    if (content != "missing") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString message;
    const std::optional<ConnectivityOptions> options = parse({QStringLiteral("--trust-ca"), path}, &message);
    if (certificates < 0) {
        QVERIFY(!options);
        QCOMPARE(message, error.arg(QDir::toNativeSeparators(path)));
        return;
    }
    QVERIFY2(options, qPrintable(message));
    QCOMPARE(options->caCertificates.size(), certificates);
    QVERIFY(!options->caCertificates.constFirst().isNull());
}

void TestConnectivityOptions::noOptionsMeanTheSystemsResolver()
{
    QString message;
    const std::optional<ConnectivityOptions> options = parse({}, &message);
    QVERIFY(options);
    QVERIFY(options->dnsServers.isEmpty());
    QVERIFY(options->caCertificates.isEmpty());
    QCOMPARE(options->stepTimeout, ConnectivityTest::DefaultStepTimeout);
}

void TestConnectivityOptions::appliedToATest()
{
    ConnectivityOptions options;
    options.stepTimeout = std::chrono::milliseconds(1500);
    ConnectivityTest test;
    options.applyTo(test);
    QCOMPARE(test.stepTimeout(), std::chrono::milliseconds(1500));
}

QTEST_GUILESS_MAIN(TestConnectivityOptions)
#include "tst_connectivityoptions.moc"
