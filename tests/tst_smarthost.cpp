// Tests SmartHostParser: the kinds it recognises, normalisation, every rejection code, the Add
// Smart Host dialog's per-kind parsing and the shell's comma-separated lists.
#include "SmartHost.h"

#include <QTest>

using Exchange::Version;

Q_DECLARE_METATYPE(SmartHost::Kind)

class TestSmartHost : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseAs_data();
    void parseAs();
    void parseList_data();
    void parseList();
    void isStrictIpv4_data();
    void isStrictIpv4();
    void equalityIgnoresCase();
};

void TestSmartHost::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Version>("version");
    QTest::addColumn<SmartHost::Kind>("kind");
    QTest::addColumn<QString>("host");

    const auto ip = SmartHost::Kind::IpAddress;
    const auto fqdn = SmartHost::Kind::Fqdn;
    const auto rtm = Version::Rtm2007;
    const auto sp1 = Version::Sp12007;

    QTest::newRow("ipv4") << "192.168.1.20" << rtm << ip << "192.168.1.20";
    QTest::newRow("ipv4 sp1") << "192.168.1.20" << sp1 << ip << "192.168.1.20";
    QTest::newRow("ipv4 blanks trimmed") << "  10.0.0.1\t" << rtm << ip << "10.0.0.1";
    QTest::newRow("ipv4 zero octets") << "10.0.0.0" << rtm << ip << "10.0.0.0";
    QTest::newRow("ipv4 all 255") << "255.255.255.255" << rtm << ip << "255.255.255.255";
    QTest::newRow("ipv4 bracketed") << "[10.0.0.1]" << rtm << ip << "10.0.0.1";
    QTest::newRow("ipv4 bracketed with blanks") << " [10.0.0.1] " << rtm << ip << "10.0.0.1";
    QTest::newRow("ipv6") << "2001:db8::1" << sp1 << ip << "2001:db8::1";
    QTest::newRow("ipv6 upper case, uncompressed") << "2001:DB8:0:0:0:0:0:1" << sp1 << ip << "2001:db8::1";
    QTest::newRow("ipv6 leading zeros") << "2001:0db8:0000:0000:0000:0000:0000:00a1" << sp1 << ip << "2001:db8::a1";
    QTest::newRow("ipv6 bracketed") << "[2001:db8::1]" << sp1 << ip << "2001:db8::1";
    QTest::newRow("ipv6 loopback") << "::1" << sp1 << ip << "::1";
    QTest::newRow("ipv6 v4-mapped") << "::FFFF:10.0.0.1" << sp1 << ip << "::ffff:10.0.0.1";
    QTest::newRow("fqdn") << "relay.contoso.com" << rtm << fqdn << "relay.contoso.com";
    QTest::newRow("fqdn sp1") << "relay.contoso.com" << sp1 << fqdn << "relay.contoso.com";
    QTest::newRow("fqdn lower-cased") << "Relay.Contoso.COM" << rtm << fqdn << "relay.contoso.com";
    QTest::newRow("fqdn with hyphen and digits") << "smtp-01.eu2.contoso.com" << rtm << fqdn << "smtp-01.eu2.contoso.com";
    QTest::newRow("fqdn with numeric labels first") << "10.0.0.1.in-addr.example" << rtm << fqdn
                                                    << "10.0.0.1.in-addr.example";
    QTest::newRow("fqdn idn to ace") << QString::fromUtf8("smtp.b\xc3\xbc" "cher.de") << rtm << fqdn
                                     << "smtp.xn--bcher-kva.de";
    QTest::newRow("fqdn blanks trimmed") << "\trelay.contoso.com " << rtm << fqdn << "relay.contoso.com";
}

void TestSmartHost::parseValid()
{
    QFETCH(QString, text);
    QFETCH(Version, version);
    QFETCH(SmartHost::Kind, kind);
    QFETCH(QString, host);

    const Parsed<SmartHost> parsed = SmartHostParser::parse(text, version);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.value->kind, kind);
    QCOMPARE(parsed.value->host, host);
    QCOMPARE(parsed.value->toString(), host);

    // The normalised form parses to itself.
    const Parsed<SmartHost> again = SmartHostParser::parse(parsed.value->toString(), version);
    QVERIFY(again.ok());
    QCOMPARE(again.value->kind, kind);
    QCOMPARE(again.value->host, host);
}

void TestSmartHost::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("code");

    const auto rtm = Version::Rtm2007;
    const auto sp1 = Version::Sp12007;

    QTest::newRow("empty") << "" << sp1 << "SmartHost.Empty";
    QTest::newRow("blank") << "   " << sp1 << "SmartHost.Empty";
    QTest::newRow("empty brackets") << "[]" << sp1 << "SmartHost.Empty";

    QTest::newRow("fqdn with port") << "relay.contoso.com:25" << sp1 << "SmartHost.HasPort";
    QTest::newRow("fqdn with empty port") << "relay.contoso.com:" << sp1 << "SmartHost.HasPort";
    QTest::newRow("ipv4 with port") << "10.0.0.1:587" << rtm << "SmartHost.HasPort";
    QTest::newRow("bracketed ipv4 with port") << "[10.0.0.1]:25" << rtm << "SmartHost.HasPort";
    QTest::newRow("port inside brackets") << "[10.0.0.1:25]" << rtm << "SmartHost.HasPort";
    QTest::newRow("bracketed ipv6 with port") << "[2001:db8::1]:25" << sp1 << "SmartHost.HasPort";

    QTest::newRow("0.0.0.0") << "0.0.0.0" << rtm << "SmartHost.UnspecifiedAddress";
    QTest::newRow("[0.0.0.0]") << "[0.0.0.0]" << rtm << "SmartHost.UnspecifiedAddress";
    QTest::newRow("::") << "::" << sp1 << "SmartHost.UnspecifiedAddress";
    QTest::newRow("[::]") << "[::]" << sp1 << "SmartHost.UnspecifiedAddress";
    QTest::newRow("long unspecified ipv6") << "0:0:0:0:0:0:0:0" << sp1 << "SmartHost.UnspecifiedAddress";
    QTest::newRow("v4-mapped unspecified") << "::ffff:0.0.0.0" << sp1 << "SmartHost.UnspecifiedAddress";

    QTest::newRow("short form 127.1") << "127.1" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("single number") << "1" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("big single number") << "3232235777" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("octal-looking 010.0.0.1") << "010.0.0.1" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("leading zero 10.0.0.01") << "10.0.0.01" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("double zero") << "00.1.2.3" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("octet 256") << "256.1.1.1" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("octet 999") << "10.0.0.999" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("three parts") << "10.0.0" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("five parts") << "1.2.3.4.5" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("empty part") << "10..0.1" << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("trailing dot") << "10.0.0.1." << rtm << "SmartHost.InvalidIpv4";
    QTest::newRow("bracketed bad ipv4") << "[127.1]" << rtm << "SmartHost.InvalidIpv4";

    QTest::newRow("ipv6 in rtm") << "2001:db8::1" << rtm << "SmartHost.Ipv6NotInRtm";
    QTest::newRow("bracketed ipv6 in rtm") << "[::1]" << rtm << "SmartHost.Ipv6NotInRtm";

    QTest::newRow("ipv6 bad hex") << "2001:db8::g" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 two ::") << "1::2::3" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 nine groups") << "1:2:3:4:5:6:7:8:9" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 group too long") << "2001:db8::12345" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 zone") << "fe80::1%eth0" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 prefix length") << "2001:db8::/32" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 blank inside brackets") << "[ ::1]" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 mapped short ipv4") << "::ffff:127.1" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 mapped octal ipv4") << "::ffff:010.0.0.1" << sp1 << "SmartHost.InvalidIpv6";
    QTest::newRow("ipv6 triple colon") << ":::1" << sp1 << "SmartHost.InvalidIpv6";

    QTest::newRow("single label") << "relay" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("empty label") << "relay..contoso.com" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("leading hyphen") << "-relay.contoso.com" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("underscore") << "relay_1.contoso.com" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("wildcard") << "*.contoso.com" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("inner blank") << "relay contoso.com" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("address space syntax") << "SMTP:relay.contoso.com" << sp1 << "SmartHost.InvalidFqdn";
    QTest::newRow("label too long") << QString(QString(64, QLatin1Char('a')) + QLatin1String(".contoso.com"))
                                    << sp1 << "SmartHost.InvalidFqdn";

    QTest::newRow("no closing bracket") << "[10.0.0.1" << sp1 << "SmartHost.UnbalancedBrackets";
    QTest::newRow("no opening bracket") << "10.0.0.1]" << sp1 << "SmartHost.UnbalancedBrackets";
    QTest::newRow("double brackets") << "[[10.0.0.1]]" << sp1 << "SmartHost.UnbalancedBrackets";
    QTest::newRow("text after bracket") << "[10.0.0.1]x" << sp1 << "SmartHost.UnbalancedBrackets";
    QTest::newRow("bracket in the middle") << "relay[1].contoso.com" << sp1 << "SmartHost.UnbalancedBrackets";

    QTest::newRow("bracketed name") << "[relay.contoso.com]" << sp1 << "SmartHost.BracketedName";
}

void TestSmartHost::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(Version, version);
    QFETCH(QString, code);

    const Parsed<SmartHost> parsed = SmartHostParser::parse(text, version);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &problem = parsed.problems.constFirst();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.severity, Problem::Severity::Error);
    QCOMPARE(problem.parameter, QStringLiteral("SmartHosts"));
    QVERIFY(!problem.message.isEmpty());
    // The message quotes what was typed (bracketed addresses are quoted without their brackets), so
    // the user sees which value is meant.
    if (!text.trimmed().isEmpty() && !text.contains(QLatin1Char('[')))
        QVERIFY2(problem.message.contains(text.trimmed()), qPrintable(problem.message));
}

void TestSmartHost::parseAs_data()
{
    QTest::addColumn<SmartHost::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("host"); // when valid
    QTest::addColumn<QString>("code"); // when invalid
    QTest::addColumn<QString>("messageHint"); // a part of the message, when invalid

    const auto ip = SmartHost::Kind::IpAddress;
    const auto fqdn = SmartHost::Kind::Fqdn;
    const auto rtm = Version::Rtm2007;
    const auto sp1 = Version::Sp12007;
    const QString noCode;

    QTest::newRow("ip: ipv4") << ip << "192.168.1.20" << rtm << "192.168.1.20" << noCode << QString();
    QTest::newRow("ip: bracketed ipv4") << ip << "[10.0.0.1]" << rtm << "10.0.0.1" << noCode << QString();
    QTest::newRow("ip: ipv6") << ip << "2001:DB8::1" << sp1 << "2001:db8::1" << noCode << QString();
    QTest::newRow("ip: valid name") << ip << "relay.contoso.com" << sp1 << QString() << "SmartHost.NotAnIpAddress"
                                    << "Fully qualified domain name (FQDN)";
    QTest::newRow("ip: invalid name") << ip << "relay..contoso.com" << sp1 << QString()
                                      << "SmartHost.NotAnIpAddress" << "is not an IP address";
    QTest::newRow("ip: bad ipv4") << ip << "256.1.1.1" << sp1 << QString() << "SmartHost.InvalidIpv4" << "256.1.1.1";
    QTest::newRow("ip: ipv6 in rtm") << ip << "2001:db8::1" << rtm << QString() << "SmartHost.Ipv6NotInRtm"
                                     << "2007 SP1";
    QTest::newRow("ip: port") << ip << "10.0.0.1:25" << rtm << QString() << "SmartHost.HasPort" << "-Port";
    QTest::newRow("ip: empty") << ip << " " << rtm << QString() << "SmartHost.Empty" << "192.168.1.20";

    QTest::newRow("fqdn: name") << fqdn << "Relay.Contoso.com" << rtm << "relay.contoso.com" << noCode << QString();
    QTest::newRow("fqdn: ipv4") << fqdn << "10.0.0.1" << rtm << QString() << "SmartHost.NotAnFqdn" << "'IP Address'";
    QTest::newRow("fqdn: ipv6") << fqdn << "2001:db8::1" << sp1 << QString() << "SmartHost.NotAnFqdn"
                                << "'IP Address'";
    QTest::newRow("fqdn: ipv6 in rtm") << fqdn << "2001:db8::1" << rtm << QString() << "SmartHost.NotAnFqdn"
                                       << "is not a fully qualified domain name";
    QTest::newRow("fqdn: three numbers") << fqdn << "10.0.0" << rtm << QString() << "SmartHost.NotAnFqdn"
                                         << "is not a fully qualified domain name";
    QTest::newRow("fqdn: single label") << fqdn << "relay" << rtm << QString() << "SmartHost.InvalidFqdn"
                                        << "relay";
    QTest::newRow("fqdn: port") << fqdn << "relay.contoso.com:25" << rtm << QString() << "SmartHost.HasPort"
                                << "\"relay.contoso.com\" instead";
    QTest::newRow("fqdn: brackets") << fqdn << "[relay.contoso.com]" << rtm << QString() << "SmartHost.BracketedName"
                                    << "[relay.contoso.com]";
}

void TestSmartHost::parseAs()
{
    QFETCH(SmartHost::Kind, kind);
    QFETCH(QString, text);
    QFETCH(Version, version);
    QFETCH(QString, host);
    QFETCH(QString, code);
    QFETCH(QString, messageHint);

    const Parsed<SmartHost> parsed = SmartHostParser::parseAs(kind, text, version);
    if (code.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
        QCOMPARE(parsed.value->kind, kind);
        QCOMPARE(parsed.value->host, host);
        return;
    }
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().code, code);
    QCOMPARE(parsed.problems.constFirst().parameter, QStringLiteral("SmartHosts"));
    QVERIFY2(parsed.problems.constFirst().message.contains(messageHint),
             qPrintable(parsed.problems.constFirst().message));
}

void TestSmartHost::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QStringList>("hosts");      // when valid, in order
    QTest::addColumn<QStringList>("codes");      // when invalid, in order
    QTest::addColumn<QStringList>("parameters"); // of those problems

    const auto rtm = Version::Rtm2007;
    const auto sp1 = Version::Sp12007;
    const QStringList none;

    QTest::newRow("one") << "relay.contoso.com" << rtm << QStringList{"relay.contoso.com"} << none << none;
    QTest::newRow("two, blanks trimmed") << " relay1.contoso.com ,  10.0.0.1 " << rtm
                                         << QStringList{"relay1.contoso.com", "10.0.0.1"} << none << none;
    QTest::newRow("order kept") << "b.contoso.com,a.contoso.com" << rtm
                                << QStringList{"b.contoso.com", "a.contoso.com"} << none << none;
    QTest::newRow("duplicate name, other case") << "Relay.Contoso.com,relay.contoso.COM,relay2.contoso.com" << rtm
                                                << QStringList{"relay.contoso.com", "relay2.contoso.com"} << none
                                                << none;
    QTest::newRow("duplicate address, bracketed") << "10.0.0.1,[10.0.0.1], 10.0.0.1" << rtm
                                                  << QStringList{"10.0.0.1"} << none << none;
    QTest::newRow("duplicate ipv6, other spelling") << "2001:db8::1,2001:DB8:0:0::1" << sp1
                                                    << QStringList{"2001:db8::1"} << none << none;

    QTest::newRow("empty text") << "" << sp1 << none << QStringList{"SmartHost.Empty"} << QStringList{"SmartHosts"};
    QTest::newRow("blank text") << "  " << sp1 << none << QStringList{"SmartHost.Empty"}
                                << QStringList{"SmartHosts"};
    QTest::newRow("only a comma") << "," << sp1 << none << QStringList{"SmartHost.Empty", "SmartHost.Empty"}
                                  << QStringList{"SmartHosts[0]", "SmartHosts[1]"};
    QTest::newRow("empty entry in the middle") << "a.contoso.com,,b.contoso.com" << sp1 << none
                                               << QStringList{"SmartHost.Empty"} << QStringList{"SmartHosts[1]"};
    QTest::newRow("blank entry at the end") << "a.contoso.com, " << sp1 << none << QStringList{"SmartHost.Empty"}
                                            << QStringList{"SmartHosts[1]"};
    QTest::newRow("two bad entries") << "a.contoso.com, 127.1, 10.0.0.1:25" << sp1 << none
                                     << QStringList{"SmartHost.InvalidIpv4", "SmartHost.HasPort"}
                                     << QStringList{"SmartHosts[1]", "SmartHosts[2]"};
    QTest::newRow("ipv6 entry in rtm") << "10.0.0.1,::1" << rtm << none << QStringList{"SmartHost.Ipv6NotInRtm"}
                                       << QStringList{"SmartHosts[1]"};
}

void TestSmartHost::parseList()
{
    QFETCH(QString, text);
    QFETCH(Version, version);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, parameters);

    const Parsed<QList<SmartHost>> parsed = SmartHostParser::parseList(text, version);
    QStringList actualCodes;
    QStringList actualParameters;
    for (const Problem &problem : parsed.problems) {
        actualCodes.append(problem.code);
        actualParameters.append(problem.parameter);
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(actualCodes, codes);
    QCOMPARE(actualParameters, parameters);
    if (!codes.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.value);
        return;
    }
    QVERIFY(parsed.ok());
    QStringList actualHosts;
    for (const SmartHost &host : *parsed.value)
        actualHosts.append(host.host);
    QCOMPARE(actualHosts, hosts);
}

void TestSmartHost::isStrictIpv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("strict");

    QTest::newRow("plain") << "192.168.1.20" << true;
    QTest::newRow("zeros") << "0.0.0.0" << true;
    QTest::newRow("max") << "255.255.255.255" << true;
    QTest::newRow("short 127.1") << "127.1" << false;
    QTest::newRow("single 1") << "1" << false;
    QTest::newRow("octal 010.0.0.1") << "010.0.0.1" << false;
    QTest::newRow("256") << "1.2.3.256" << false;
    QTest::newRow("four digits") << "1.2.3.0255" << false;
    QTest::newRow("blank") << " 1.2.3.4" << false;
    QTest::newRow("sign") << "+1.2.3.4" << false;
    QTest::newRow("hex") << "0x7f.0.0.1" << false;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\xd9\xa1.\xd9\xa2.\xd9\xa3.\xd9\xa4") << false;
    QTest::newRow("empty") << "" << false;
}

void TestSmartHost::isStrictIpv4()
{
    QFETCH(QString, text);
    QFETCH(bool, strict);
    QCOMPARE(SmartHostParser::isStrictIpv4(text), strict);
}

void TestSmartHost::equalityIgnoresCase()
{
    const SmartHost lower{SmartHost::Kind::Fqdn, QStringLiteral("relay.contoso.com")};
    const SmartHost upper{SmartHost::Kind::Fqdn, QStringLiteral("RELAY.contoso.com")};
    const SmartHost other{SmartHost::Kind::Fqdn, QStringLiteral("relay2.contoso.com")};
    QVERIFY(lower == upper);
    QVERIFY(lower != other);
    QVERIFY(lower != (SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("relay.contoso.com")}));
}

QTEST_GUILESS_MAIN(TestSmartHost)
#include "tst_smarthost.moc"
