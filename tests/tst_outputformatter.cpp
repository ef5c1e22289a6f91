#include "support/ModelTestSupport.h"
#include "OutputFormatter.h"
#include "RouteResolver.h"

#include <QTest>

// Checks OutputFormatter: Send connectors printed as Exchange 2007's shell prints them.
class tst_OutputFormatter : public QObject
{
    Q_OBJECT

private slots:
    void enumerationLimit_data();
    void enumerationLimit();
    void listOfAnRtmConnector();
    void tableOfAllProperties();
    void bigConnectorStaysSmall();
    void routeRecord_data();
    void routeRecord();
    void routeRecordIsFormatListsLayout();
    void candidateTable();
    void connectivityRecord();
};

namespace {

using ModelTestSupport::fqdnHost;
using ModelTestSupport::smtp;

SendConnector connector(int spaces, int hosts)
{
    SendConnector c;
    c.name = QStringLiteral("Relay");
    for (int i = 1; i <= spaces; ++i)
        c.addressSpaces.append(smtp(QStringLiteral("d%1.com").arg(i)));
    for (int i = 1; i <= hosts; ++i)
        c.smartHosts.append(fqdnHost(QStringLiteral("h%1.net").arg(i)));
    c.dnsRoutingEnabled = hosts == 0;
    c.sourceTransportServers = {QStringLiteral("EX01")};
    return c;
}

QString line(const QString &text, const QString &property)
{
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        if (l.startsWith(property + QLatin1Char(' ')))
            return l.mid(l.indexOf(QLatin1String(" :")) + 2).trimmed();
    }
    return QStringLiteral("<missing>");
}

} // namespace

// $FormatEnumerationLimit: four items, then "...", in the list and in the tables.
void tst_OutputFormatter::enumerationLimit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("spaces");
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("hostsString");

    QTest::newRow("none") << 0 << QStringLiteral("{}") << QStringLiteral("{}") << QString();
    QTest::newRow("one") << 1 << QStringLiteral("{SMTP:d1.com;1}") << QStringLiteral("{h1.net}")
                         << QStringLiteral("h1.net");
    QTest::newRow("four, all shown")
        << 4 << QStringLiteral("{SMTP:d1.com;1, SMTP:d2.com;1, SMTP:d3.com;1, SMTP:d4.com;1}")
        << QStringLiteral("{h1.net, h2.net, h3.net, h4.net}") << QStringLiteral("h1.net,h2.net,h3.net,h4.net");
    QTest::newRow("five, cut after four")
        << 5 << QStringLiteral("{SMTP:d1.com;1, SMTP:d2.com;1, SMTP:d3.com;1, SMTP:d4.com;1...}")
        << QStringLiteral("{h1.net, h2.net, h3.net, h4.net...}")
        << QStringLiteral("h1.net,h2.net,h3.net,h4.net,h5.net");
}

void tst_OutputFormatter::enumerationLimit()
{
    QFETCH(int, count);
    QFETCH(QString, spaces);
    QFETCH(QString, hosts);
    QFETCH(QString, hostsString);

    const SendConnector c = connector(count, count);
    const QString list = OutputFormatter::list({c}, Exchange::Version::Sp12007);
    QCOMPARE(line(list, QStringLiteral("AddressSpaces")), spaces);
    QCOMPARE(line(list, QStringLiteral("SmartHosts")), hosts);
    // SmartHostsString is one string, never cut.
    QCOMPARE(line(list, QStringLiteral("SmartHostsString")), hostsString);

    const QString table = OutputFormatter::defaultTable({c});
    QVERIFY2(table.contains(QStringLiteral("Relay    ") + spaces), qPrintable(table));
    QVERIFY(OutputFormatter::tableOfAllProperties({c}, Exchange::Version::Sp12007).contains(spaces));
}

// RTM has no IsScopedConnector; the usage is never shown.
void tst_OutputFormatter::listOfAnRtmConnector()
{
    SendConnector c = connector(1, 0);
    c.usage = Exchange::Usage::Internet;
    const QString sp1 = OutputFormatter::list({c}, Exchange::Version::Sp12007);
    const QString rtm = OutputFormatter::list({c}, Exchange::Version::Rtm2007);
    QVERIFY(sp1.contains(QStringLiteral("\nIsScopedConnector            : False\n")));
    QVERIFY(!rtm.contains(QStringLiteral("IsScopedConnector")));
    QVERIFY(!sp1.contains(QStringLiteral("Usage")));
    QVERIFY(!rtm.contains(QStringLiteral("Usage")));
    QCOMPARE(rtm.count(QLatin1Char('\n')), sp1.count(QLatin1Char('\n')) - 1);
    // Every colon lines up, as Format-List aligns them on the longest name.
    for (const QString &l : rtm.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QCOMPARE(l.indexOf(QLatin1String(" :")), qsizetype(28));
}

// "| Format-Table *": one column per property, in the list's order, one row per connector.
void tst_OutputFormatter::tableOfAllProperties()
{
    SendConnector second = connector(2, 0);
    second.name = QStringLiteral("Second connector");
    const QString table = OutputFormatter::tableOfAllProperties({connector(1, 0), second}, Exchange::Version::Sp12007);
    const QStringList lines = table.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7); // "", header, dashes, two rows, an empty line, and after the final break
    QVERIFY(lines.at(0).isEmpty());
    QStringList names;
    for (const auto &property : OutputFormatter::properties(second, Exchange::Version::Sp12007))
        names.append(property.first);
    QCOMPARE(lines.at(1).simplified(), names.join(QLatin1Char(' ')));
    QCOMPARE(lines.at(1).indexOf(QLatin1String("Identity")), lines.at(3).indexOf(QLatin1String("Relay")));
    QCOMPARE(lines.at(1).indexOf(QLatin1String("Identity")), lines.at(4).indexOf(QLatin1String("Second connector")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("------------- ")));
    QCOMPARE(OutputFormatter::tableOfAllProperties({}, Exchange::Version::Sp12007), QString());
}

// 100,000 address spaces print as four: the text stays the size of a small connector's.
void tst_OutputFormatter::bigConnectorStaysSmall()
{
    const QString small = OutputFormatter::list({connector(5, 0)}, Exchange::Version::Sp12007);
    const QString big = OutputFormatter::list({connector(100000, 0)}, Exchange::Version::Sp12007);
    QCOMPARE(big.size(), small.size() + 0);
}

// Test-SendConnector's record: exactly the properties in its order, with Format-List's
// aligned colons, True/False, the enumerations' names and the mechanisms as a collection.
void tst_OutputFormatter::connectivityRecord()
{
    HostConnectivity host;
    host.host = QStringLiteral("relay.contoso.test");
    host.address = QStringLiteral("127.0.0.1");
    host.port = 2525;
    host.connected = true;
    host.banner = QStringLiteral("220 relay ESMTP");
    host.startTls = Connectivity::StartTls::Succeeded;
    host.certificate = QStringLiteral("CN=localhost");
    host.authMechanisms = {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")};
    host.authenticated = Connectivity::Authenticated::Failed;
    host.result = Connectivity::Result::Failure;
    host.error = QStringLiteral("Rejected.");
    host.warnings = {QStringLiteral("Not shown in the record.")};
    QCOMPARE(OutputFormatter::record(OutputFormatter::connectivityProperties(host)),
             QStringLiteral("\n"
                            "Host           : relay.contoso.test\n"
                            "Address        : 127.0.0.1\n"
                            "Port           : 2525\n"
                            "Connected      : True\n"
                            "Banner         : 220 relay ESMTP\n"
                            "StartTls       : Succeeded\n"
                            "Certificate    : CN=localhost\n"
                            "AuthMechanisms : {LOGIN, PLAIN}\n"
                            "Authenticated  : Failed\n"
                            "Result         : Failure\n"
                            "Error          : Rejected.\n"));

    HostConnectivity closed;
    closed.host = QStringLiteral("127.0.0.1");
    closed.port = 25;
    const QString text = OutputFormatter::record(OutputFormatter::connectivityProperties(closed));
    QVERIFY2(text.contains(QLatin1String("\nConnected      : False\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nAuthMechanisms : {}\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nStartTls       : NotRequired\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nAuthenticated  : NotRequired\n")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("\nError          :\n")), qPrintable(text)); // no trailing space
}

QTEST_GUILESS_MAIN(tst_OutputFormatter)
#include "tst_outputformatter.moc"

Q_DECLARE_METATYPE(Route)

namespace {

Route route(RouteOutcome outcome)
{
    Route r;
    r.outcome = outcome;
    r.recipient = QStringLiteral("kim@tailspintoys.com");
    r.domain = QStringLiteral("tailspintoys.com");
    r.server = QStringLiteral("EX01");
    r.messageSize = 10 * 1024 * 1024;
    return r;
}

} // namespace

// Test-SendConnectorRouting's record: exactly these properties in this order; the connector's
// fields are empty unless Routed, and MessageSize prints as Format-List prints MaxMessageSize.
void tst_OutputFormatter::routeRecord_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<QString>("expected");

    Route smartHosts = route(RouteOutcome::Routed);
    smartHosts.connector = QStringLiteral("Tailspin relay");
    smartHosts.addressSpace = smtp(QStringLiteral("tailspintoys.com"), 2);
    smartHosts.sourceServer = QStringLiteral("EX03");
    smartHosts.cost = 12;
    smartHosts.smartHosts = {fqdnHost(QStringLiteral("relay.tailspintoys.com")), ModelTestSupport::ipHost(QStringLiteral("10.0.0.5"))};
    QTest::newRow("Routed through smart hosts")
        << smartHosts
        << QStringLiteral("\n"
                          "Recipient     : kim@tailspintoys.com\n"
                          "Server        : EX01\n"
                          "MessageSize   : 10MB\n"
                          "Result        : Routed\n"
                          "SendConnector : Tailspin relay\n"
                          "AddressSpace  : SMTP:tailspintoys.com;2\n"
                          "SourceServer  : EX03\n"
                          "Cost          : 12\n"
                          "NextHop       : relay.tailspintoys.com, 10.0.0.5\n"
                          "Reason        : %1\n")
               .arg(smartHosts.reason());

    Route dns = route(RouteOutcome::Routed);
    dns.messageSize = 1000;
    dns.connector = QStringLiteral("Internet");
    dns.addressSpace = smtp(QStringLiteral("*"), 1);
    dns.sourceServer = QStringLiteral("EX01");
    dns.cost = 1;
    dns.dnsRouting = true;
    QTest::newRow("Routed by DNS")
        << dns
        << QStringLiteral("\n"
                          "Recipient     : kim@tailspintoys.com\n"
                          "Server        : EX01\n"
                          "MessageSize   : 1000\n"
                          "Result        : Routed\n"
                          "SendConnector : Internet\n"
                          "AddressSpace  : SMTP:*;1\n"
                          "SourceServer  : EX01\n"
                          "Cost          : 1\n"
                          "NextHop       : DNS MX (tailspintoys.com)\n"
                          "Reason        : %1\n")
               .arg(dns.reason());

    Route internal = route(RouteOutcome::Internal);
    internal.recipient = QStringLiteral("kim@contoso.com");
    internal.domain = QStringLiteral("contoso.com");
    internal.acceptedDomain = QStringLiteral("contoso.com");
    internal.messageSize = 0;
    QTest::newRow("Internal: empty connector fields")
        << internal
        << QStringLiteral("\n"
                          "Recipient     : kim@contoso.com\n"
                          "Server        : EX01\n"
                          "MessageSize   : 0\n"
                          "Result        : Internal\n"
                          "SendConnector :\n"
                          "AddressSpace  :\n"
                          "SourceServer  :\n"
                          "Cost          :\n"
                          "NextHop       :\n"
                          "Reason        : %1\n")
               .arg(internal.reason());

    Route unreachable = route(RouteOutcome::Unreachable);
    unreachable.connector = QStringLiteral("left over"); // never shown unless Routed
    unreachable.cost = 7;
    QTest::newRow("Unreachable: empty connector fields")
        << unreachable
        << QStringLiteral("\n"
                          "Recipient     : kim@tailspintoys.com\n"
                          "Server        : EX01\n"
                          "MessageSize   : 10MB\n"
                          "Result        : Unreachable\n"
                          "SendConnector :\n"
                          "AddressSpace  :\n"
                          "SourceServer  :\n"
                          "Cost          :\n"
                          "NextHop       :\n"
                          "Reason        : %1\n")
               .arg(unreachable.reason());
}

void tst_OutputFormatter::routeRecord()
{
    QFETCH(Route, route);
    QFETCH(QString, expected);
    QVERIFY(!route.reason().isEmpty());
    QCOMPARE(OutputFormatter::record(OutputFormatter::routeProperties(route)), expected);
}

// The record is laid out by the same code as Get-SendConnector | Format-List: a connector's list
// is its record followed by the closing blank line.
void tst_OutputFormatter::routeRecordIsFormatListsLayout()
{
    const SendConnector c = connector(2, 1);
    QCOMPARE(OutputFormatter::list({c}, Exchange::Version::Sp12007),
             OutputFormatter::record(OutputFormatter::properties(c, Exchange::Version::Sp12007)) + QLatin1Char('\n'));
    // MessageSize prints as MaxMessageSize does.
    SendConnector sized = c;
    sized.maxMessageSize = ByteQuantity::fromBytes(1536 * 1024);
    Route r = route(RouteOutcome::Unreachable);
    r.messageSize = 1536 * 1024;
    QCOMPARE(line(OutputFormatter::record(OutputFormatter::routeProperties(r)), QStringLiteral("MessageSize")),
             line(OutputFormatter::list({sized}, Exchange::Version::Sp12007), QStringLiteral("MaxMessageSize")));
    QCOMPARE(line(OutputFormatter::record(OutputFormatter::routeProperties(r)), QStringLiteral("MessageSize")),
             QStringLiteral("1536KB"));
}

void tst_OutputFormatter::candidateTable()
{
    Route r = route(RouteOutcome::Routed);
    r.candidates = {
        RouteCandidate{QStringLiteral("Tailspin relay"), smtp(QStringLiteral("tailspintoys.com"), 2),
                       QStringLiteral("EX03"), 12, RouteStep::Chosen},
        RouteCandidate{QStringLiteral("Internet"), smtp(QStringLiteral("*"), 1), QStringLiteral("EX01"), 1,
                       RouteStep::LessSpecific},
        RouteCandidate{QStringLiteral("X.400"), std::nullopt, QStringLiteral("EX01"), std::nullopt,
                       RouteStep::NoMatchingAddressSpace},
    };
    QCOMPARE(OutputFormatter::candidateTable(r),
             QStringLiteral("\n"
                            "SendConnector  AddressSpace            SourceServer Cost Step\n"
                            "-------------  ------------            ------------ ---- ----\n"
                            "Tailspin relay SMTP:tailspintoys.com;2 EX03         12   Chosen\n"
                            "Internet       SMTP:*;1                EX01         1    LessSpecific\n"
                            "X.400                                  EX01              NoMatchingAddressSpace\n"
                            "\n"));
    r.candidates.clear();
    QCOMPARE(OutputFormatter::candidateTable(r), QString());
}
