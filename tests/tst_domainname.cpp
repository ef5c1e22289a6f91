#include "support/ModelTestSupport.h"
#include "DomainName.h"

#include <QTest>

// Checks DomainName: RFC 1035 labels, length limits, and internationalised names in ACE form.
class tst_DomainName : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void problemsNameTheParameter();
    void isCanonical_data();
    void isCanonical();
    void parseFqdn_data();
    void parseFqdn();
};

namespace {

using ModelTestSupport::codesOf;

QString repeated(QChar c, int count)
{
    return QString(count, c);
}

const QString parameter = QStringLiteral("Fqdn");

} // namespace

void tst_DomainName::parse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty when invalid
    QTest::addColumn<QStringList>("codes");

    const QStringList none;
    const QString label63 = repeated(QLatin1Char('a'), 63);
    const QString label64 = repeated(QLatin1Char('a'), 64);
    // Four labels of 63 and three dots: exactly 255 characters.
    const QString total255 = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63;
    const QString total256 = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 + QLatin1Char('.')
        + repeated(QLatin1Char('b'), 62) + QStringLiteral(".c");

    QTest::newRow("plain") << QStringLiteral("contoso.com") << QStringLiteral("contoso.com") << none;
    QTest::newRow("lower-cased") << QStringLiteral("Mail.Contoso.COM") << QStringLiteral("mail.contoso.com") << none;
    QTest::newRow("single label") << QStringLiteral("localhost") << QStringLiteral("localhost") << none;
    QTest::newRow("one character") << QStringLiteral("a") << QStringLiteral("a") << none;
    QTest::newRow("inner hyphens") << QStringLiteral("my--relay-1.contoso.com") << QStringLiteral("my--relay-1.contoso.com")
                                   << none;
    QTest::newRow("digits") << QStringLiteral("123.45.com") << QStringLiteral("123.45.com") << none;
    QTest::newRow("label of 63") << label63 + QStringLiteral(".com") << label63 + QStringLiteral(".com") << none;
    QTest::newRow("total of 255") << total255 << total255 << none;
    QTest::newRow("ace typed as ascii") << QStringLiteral("XN--BCHER-KVA.example") << QStringLiteral("xn--bcher-kva.example")
                                        << none;

    QTest::newRow("idn upper case") << QString::fromUtf8("BÜCHER.example") << QStringLiteral("xn--bcher-kva.example") << none;
    QTest::newRow("idn") << QString::fromUtf8("bücher.de") << QStringLiteral("xn--bcher-kva.de") << none;
    QTest::newRow("idn sharp s") << QString::fromUtf8("ß.de") << QStringLiteral("xn--zca.de") << none;
    QTest::newRow("idn ideographic full stop") << QString::fromUtf8("bücher。de") << QStringLiteral("xn--bcher-kva.de")
                                               << none;

    QTest::newRow("empty") << QString() << QString() << QStringList{QStringLiteral("DomainName.Empty")};
    QTest::newRow("label of 64") << label64 + QStringLiteral(".com") << QString()
                                 << QStringList{QStringLiteral("DomainName.LabelTooLong")};
    QTest::newRow("total of 256") << total256 << QString() << QStringList{QStringLiteral("DomainName.TooLong")};
    QTest::newRow("leading hyphen") << QStringLiteral("-contoso.com") << QString()
                                    << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("trailing hyphen") << QStringLiteral("contoso-.com") << QString()
                                     << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("hyphen at last label") << QStringLiteral("contoso.com-") << QString()
                                          << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("two hyphen edges, one problem") << QStringLiteral("-a.b-.com") << QString()
                                                   << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("lone hyphen") << QStringLiteral("-") << QString()
                                 << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("xn-- alone ends with a hyphen") << QStringLiteral("xn--.com") << QString()
                                                   << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("underscore") << QStringLiteral("con_toso.com") << QString()
                                << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("leading underscore label") << QStringLiteral("_dmarc.contoso.com") << QString()
                                              << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("space") << QStringLiteral("contoso .com") << QString()
                           << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("wildcard") << QStringLiteral("*.contoso.com") << QString()
                              << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("port") << QStringLiteral("contoso.com:25") << QString()
                          << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("control character") << QStringLiteral("conto\tso.com") << QString()
                                       << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("double dot") << QStringLiteral("contoso..com") << QString()
                                << QStringList{QStringLiteral("DomainName.EmptyLabel")};
    QTest::newRow("leading dot") << QStringLiteral(".contoso.com") << QString()
                                 << QStringList{QStringLiteral("DomainName.EmptyLabel")};
    QTest::newRow("trailing dot") << QStringLiteral("contoso.com.") << QString()
                                  << QStringList{QStringLiteral("DomainName.EmptyLabel")};
    QTest::newRow("lone dot") << QStringLiteral(".") << QString() << QStringList{QStringLiteral("DomainName.EmptyLabel")};
    QTest::newRow("underscore and empty label") << QStringLiteral("a_b..com") << QString()
                                                << QStringList{QStringLiteral("DomainName.InvalidCharacter"),
                                                               QStringLiteral("DomainName.EmptyLabel")};

    // QUrl::toAce lets '_' through: the check must hold for internationalised names too.
    QTest::newRow("idn with underscore") << QString::fromUtf8("bücher_x.example") << QString()
                                         << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    // A fullwidth low line is mapped to '_' by IDN processing; only the converted form shows it.
    QTest::newRow("idn fullwidth low line") << QString::fromUtf8("bücher\uFF3Fx.example") << QString()
                                            << QStringList{QStringLiteral("DomainName.InvalidCharacter")};
    QTest::newRow("idn leading hyphen") << QString::fromUtf8("-bücher.de") << QString()
                                        << QStringList{QStringLiteral("DomainName.HyphenAtLabelEdge")};
    QTest::newRow("idn empty label") << QString::fromUtf8("bücher..de") << QString()
                                     << QStringList{QStringLiteral("DomainName.EmptyLabel")};
    QTest::newRow("idn zero width space") << QString::fromUtf8("\u200B.com") << QString()
                                          << QStringList{QStringLiteral("DomainName.InvalidIdn")};
    // 63 characters as typed, longer than 63 once converted to "xn--…".
    QTest::newRow("idn label too long once converted")
        << QString::fromUtf8("bücher") + repeated(QLatin1Char('a'), 57) + QStringLiteral(".de") << QString()
        << QStringList{QStringLiteral("DomainName.LabelTooLong")};
    // "bü" and 54 'a' is 56 characters as typed and exactly 63 converted.
    const QString idnLabel = QString::fromUtf8("bü") + repeated(QLatin1Char('a'), 54);
    QTest::newRow("idn label of 63 once converted")
        << idnLabel + QStringLiteral(".de")
        << QStringLiteral("xn--b") + repeated(QLatin1Char('a'), 54) + QStringLiteral("-pxf.de") << none;
    // 229 characters as typed, 257 once converted.
    QTest::newRow("idn total too long once converted")
        << idnLabel + QLatin1Char('.') + idnLabel + QLatin1Char('.') + idnLabel + QLatin1Char('.') + idnLabel
            + QStringLiteral(".a")
        << QString() << QStringList{QStringLiteral("DomainName.TooLong")};
}

void tst_DomainName::parse()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(QStringList, codes);

    const Parsed<QString> result = DomainName::parse(name, parameter);
    QCOMPARE(codesOf(result.problems), codes);
    QCOMPARE(result.ok(), codes.isEmpty());
    if (codes.isEmpty())
        QCOMPARE(*result.value, expected);
    else
        QVERIFY(!result.value.has_value());
}

// The fast path (isCanonical) against the full rules, on every row of parse(): a name it takes
// parses to itself without a problem, and every ASCII name that parses to itself is taken.
void tst_DomainName::isCanonical_data()
{
    parse_data();
}

void tst_DomainName::isCanonical()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(QStringList, codes);

    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    const bool parsesToItself = codes.isEmpty() && expected == name;
    QCOMPARE(DomainName::isCanonical(name), parsesToItself && ascii);
    if (DomainName::isCanonical(name))
        QCOMPARE(*DomainName::parse(name, parameter).value, name);
}

void tst_DomainName::problemsNameTheParameter()
{
    const Parsed<QString> result = DomainName::parse(QStringLiteral("con_toso.com"), parameter);
    QCOMPARE(result.problems.size(), 1);
    const Problem &problem = result.problems.constFirst();
    QCOMPARE(problem.parameter, parameter);
    QVERIFY(problem.isError());
    // The message quotes the name and the offending character.
    QVERIFY2(problem.message.contains(QLatin1String("con_toso.com")), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QLatin1String("'_'")), qPrintable(problem.message));

    const Parsed<QString> tooLong = DomainName::parse(repeated(QLatin1Char('a'), 64) + QStringLiteral(".com"), parameter);
    QVERIFY2(tooLong.problems.constFirst().message.contains(QLatin1String("64")), qPrintable(tooLong.problems.constFirst().message));
    QVERIFY2(tooLong.problems.constFirst().message.contains(QLatin1String("63")), qPrintable(tooLong.problems.constFirst().message));
}

void tst_DomainName::parseFqdn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("codes");

    const QStringList none;
    QTest::newRow("fqdn") << QStringLiteral("Mail.Contoso.com") << QStringLiteral("mail.contoso.com") << none;
    QTest::newRow("two labels") << QStringLiteral("contoso.com") << QStringLiteral("contoso.com") << none;
    QTest::newRow("digit-led labels") << QStringLiteral("1relay.2contoso.com") << QStringLiteral("1relay.2contoso.com") << none;
    QTest::newRow("last label mixes digits") << QStringLiteral("relay.c0m") << QStringLiteral("relay.c0m") << none;
    QTest::newRow("idn") << QString::fromUtf8("smtp.bücher.de") << QStringLiteral("smtp.xn--bcher-kva.de") << none;

    QTest::newRow("single label") << QStringLiteral("relay") << QString()
                                  << QStringList{QStringLiteral("DomainName.NotFullyQualified")};
    QTest::newRow("partial address") << QStringLiteral("10.0.0") << QString()
                                     << QStringList{QStringLiteral("DomainName.NotFullyQualified")};
    QTest::newRow("ip address") << QStringLiteral("192.168.1.20") << QString()
                                << QStringList{QStringLiteral("DomainName.NotFullyQualified")};
    QTest::newRow("invalid name first") << QStringLiteral("relay..com") << QString()
                                        << QStringList{QStringLiteral("DomainName.EmptyLabel")};
    QTest::newRow("empty") << QString() << QString() << QStringList{QStringLiteral("DomainName.Empty")};
}

void tst_DomainName::parseFqdn()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(QStringList, codes);

    const Parsed<QString> result = DomainName::parseFqdn(name, parameter);
    QCOMPARE(codesOf(result.problems), codes);
    QCOMPARE(result.ok(), codes.isEmpty());
    if (codes.isEmpty())
        QCOMPARE(*result.value, expected);
    else
        QVERIFY(!result.value.has_value());
    for (const Problem &problem : result.problems)
        QCOMPARE(problem.parameter, parameter);
}

QTEST_GUILESS_MAIN(tst_DomainName)
#include "tst_domainname.moc"
