#include "support/ModelTestSupport.h"
#include "OutputFormatter.h"

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

QTEST_GUILESS_MAIN(tst_OutputFormatter)
#include "tst_outputformatter.moc"
