// Tests QuantityParser, ByteQuantity and TimeSpan: every accepted and refused spelling, the shell
// and display forms, and that each shell form parses back to the same value.
#include "Quantities.h"

#include <QLocale>
#include <QTest>

namespace {
const QString Parameter = QStringLiteral("MaxMessageSize");
constexpr qint64 KB = 1024;
constexpr qint64 MB = 1024 * KB;
constexpr qint64 GB = 1024 * MB;
} // namespace

Q_DECLARE_METATYPE(ByteQuantity)

class TestQuantities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void parseBytesValid_data();
    void parseBytesValid();
    void parseBytesInvalid_data();
    void parseBytesInvalid();
    void byteToString_data();
    void byteToString();
    void byteToDisplayString_data();
    void byteToDisplayString();
    void byteEquality();

    void parseTimeSpanValid_data();
    void parseTimeSpanValid();
    void parseTimeSpanInvalid_data();
    void parseTimeSpanInvalid();
    void timeSpanToString_data();
    void timeSpanToString();

private:
    QLocale m_originalLocale;
};

void TestQuantities::initTestCase()
{
    m_originalLocale = QLocale();
    // toDisplayString() groups digits by the default locale: pin it so that the rows hold anywhere.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestQuantities::cleanupTestCase()
{
    QLocale::setDefault(m_originalLocale);
}

void TestQuantities::parseBytesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unlimited");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("unlimited") << "unlimited" << true << qint64(0);
    QTest::newRow("Unlimited") << "Unlimited" << true << qint64(0);
    QTest::newRow("UNLIMITED, blanks") << "  UNLIMITED " << true << qint64(0);
    QTest::newRow("zero") << "0" << false << qint64(0);
    QTest::newRow("plain bytes") << "1048576" << false << qint64(1048576);
    QTest::newRow("leading zeros") << "00020MB" << false << 20 * MB;
    QTest::newRow("20MB") << "20MB" << false << 20 * MB;
    QTest::newRow("20 MB") << "20 MB" << false << 20 * MB;
    QTest::newRow("20mb") << "20mb" << false << 20 * MB;
    QTest::newRow("20Mb") << "20Mb" << false << 20 * MB;
    QTest::newRow("20<tab>MB") << "20\tMB" << false << 20 * MB;
    QTest::newRow("10 KB") << "10 KB" << false << 10 * KB;
    QTest::newRow("10kb") << "10kb" << false << 10 * KB;
    QTest::newRow("1GB") << "1GB" << false << GB;
    QTest::newRow("1 gb") << "1 gb" << false << GB;
    QTest::newRow("512B") << "512B" << false << qint64(512);
    QTest::newRow("512 b") << "512 b" << false << qint64(512);
    QTest::newRow("0KB") << "0KB" << false << qint64(0);
    QTest::newRow("1.5KB") << "1.5KB" << false << qint64(1536);
    QTest::newRow("1.50KB") << "1.50KB" << false << qint64(1536);
    QTest::newRow("1.5MB") << "1.5MB" << false << qint64(1572864);
    QTest::newRow("0.5GB") << "0.5GB" << false << GB / 2;
    QTest::newRow("1.0B") << "1.0B" << false << qint64(1);
    QTest::newRow("one byte in KB") << "0.0009765625KB" << false << qint64(1);
    QTest::newRow("2047MB") << "2047MB" << false << 2047 * MB;
    QTest::newRow("maximum") << "2147483647" << false << ByteQuantity::Maximum;
    QTest::newRow("maximum in B") << "2147483647 B" << false << ByteQuantity::Maximum;
    QTest::newRow("maximum in GB, exactly") << "1.999999999068677425384521484375GB" << false << ByteQuantity::Maximum;
}

void TestQuantities::parseBytesValid()
{
    QFETCH(QString, text);
    QFETCH(bool, unlimited);
    QFETCH(qint64, bytes);

    const Parsed<ByteQuantity> parsed = QuantityParser::parseBytes(text, Parameter);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.value->unlimited, unlimited);
    QCOMPARE(parsed.value->bytes, bytes);

    // The shell form parses back to the same quantity.
    const Parsed<ByteQuantity> again = QuantityParser::parseBytes(parsed.value->toString(), Parameter);
    QVERIFY(again.ok());
    QCOMPARE(*again.value, *parsed.value);
}

void TestQuantities::parseBytesInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "" << "ByteQuantity.Empty";
    QTest::newRow("blank") << "   " << "ByteQuantity.Empty";

    QTest::newRow("word") << "big" << "ByteQuantity.Invalid";
    QTest::newRow("unit alone") << "MB" << "ByteQuantity.Invalid";
    QTest::newRow("unknown unit") << "20 XB" << "ByteQuantity.Invalid";
    QTest::newRow("K without B") << "20K" << "ByteQuantity.Invalid";
    QTest::newRow("M without B") << "20 M" << "ByteQuantity.Invalid";
    QTest::newRow("terabytes") << "1TB" << "ByteQuantity.Invalid";
    QTest::newRow("plural unit") << "20MBs" << "ByteQuantity.Invalid";
    QTest::newRow("trailing text") << "20 MB extra" << "ByteQuantity.Invalid";
    QTest::newRow("group separator") << "1,024" << "ByteQuantity.Invalid";
    QTest::newRow("blank inside number") << "1 024" << "ByteQuantity.Invalid";
    QTest::newRow("point without decimals") << "1.KB" << "ByteQuantity.Invalid";
    QTest::newRow("point without integer") << ".5KB" << "ByteQuantity.Invalid";
    QTest::newRow("exponent") << "1e3" << "ByteQuantity.Invalid";
    QTest::newRow("plus sign") << "+20MB" << "ByteQuantity.Invalid";
    QTest::newRow("unlimited with unit") << "unlimitedMB" << "ByteQuantity.Invalid";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\xd9\xa2\xd9\xa0MB") << "ByteQuantity.Invalid";

    QTest::newRow("-1") << "-1" << "ByteQuantity.Negative";
    QTest::newRow("-20MB") << "-20MB" << "ByteQuantity.Negative";
    QTest::newRow("-0.5KB") << "-0.5KB" << "ByteQuantity.Negative";

    QTest::newRow("2GB") << "2GB" << "ByteQuantity.TooLarge";
    QTest::newRow("maximum + 1") << "2147483648" << "ByteQuantity.TooLarge";
    QTest::newRow("2048MB") << "2048MB" << "ByteQuantity.TooLarge";
    QTest::newRow("2097152KB") << "2097152KB" << "ByteQuantity.TooLarge";
    QTest::newRow("huge") << "99999999999999999999999999" << "ByteQuantity.TooLarge";
    QTest::newRow("huge GB") << "9999999999GB" << "ByteQuantity.TooLarge";

    QTest::newRow("1.3B") << "1.3B" << "ByteQuantity.NotWhole";
    QTest::newRow("1.5 bytes") << "1.5" << "ByteQuantity.NotWhole";
    QTest::newRow("1.3KB") << "1.3KB" << "ByteQuantity.NotWhole";
    QTest::newRow("0.1MB") << "0.1MB" << "ByteQuantity.NotWhole";
    QTest::newRow("1.0000000001GB") << "1.0000000001GB" << "ByteQuantity.NotWhole";
    QTest::newRow("just under 2GB, not whole") << "1.99999999999GB" << "ByteQuantity.NotWhole";
}

void TestQuantities::parseBytesInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Parsed<ByteQuantity> parsed = QuantityParser::parseBytes(text, Parameter);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &problem = parsed.problems.constFirst();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.severity, Problem::Severity::Error);
    QCOMPARE(problem.parameter, Parameter);
    QVERIFY(!problem.message.isEmpty());
    if (code == QLatin1String("ByteQuantity.TooLarge") || code == QLatin1String("ByteQuantity.Negative"))
        QVERIFY2(problem.message.contains(QLatin1String("2147483647")), qPrintable(problem.message));
    if (code != QLatin1String("ByteQuantity.Empty"))
        QVERIFY2(problem.message.contains(text.trimmed()), qPrintable(problem.message));
}

void TestQuantities::byteToString_data()
{
    QTest::addColumn<ByteQuantity>("quantity");
    QTest::addColumn<QString>("text");

    QTest::newRow("unlimited") << ByteQuantity::makeUnlimited() << "unlimited";
    QTest::newRow("zero") << ByteQuantity::fromBytes(0) << "0";
    QTest::newRow("one") << ByteQuantity::fromBytes(1) << "1";
    QTest::newRow("1000") << ByteQuantity::fromBytes(1000) << "1000";
    QTest::newRow("1536 bytes") << ByteQuantity::fromBytes(1536) << "1536";
    QTest::newRow("1KB") << ByteQuantity::fromBytes(KB) << "1KB";
    QTest::newRow("1536KB") << ByteQuantity::fromBytes(1536 * KB) << "1536KB";
    QTest::newRow("10MB") << ByteQuantity::fromBytes(10 * MB) << "10MB";
    QTest::newRow("1025MB") << ByteQuantity::fromBytes(1025 * MB) << "1025MB";
    QTest::newRow("1GB") << ByteQuantity::fromBytes(GB) << "1GB";
    QTest::newRow("maximum") << ByteQuantity::fromBytes(ByteQuantity::Maximum) << "2147483647";
}

void TestQuantities::byteToString()
{
    QFETCH(ByteQuantity, quantity);
    QFETCH(QString, text);

    QCOMPARE(quantity.toString(), text);
    const Parsed<ByteQuantity> parsed = QuantityParser::parseBytes(text, Parameter);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed.value, quantity);
}

void TestQuantities::byteToDisplayString_data()
{
    QTest::addColumn<ByteQuantity>("quantity");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("unlimited") << ByteQuantity::makeUnlimited() << english << "Unlimited";
    QTest::newRow("zero") << ByteQuantity::fromBytes(0) << english << "0 bytes";
    QTest::newRow("one") << ByteQuantity::fromBytes(1) << english << "1 byte";
    QTest::newRow("1000") << ByteQuantity::fromBytes(1000) << english << "1,000 bytes";
    QTest::newRow("1KB") << ByteQuantity::fromBytes(KB) << english << "1 KB (1,024 bytes)";
    QTest::newRow("1536KB") << ByteQuantity::fromBytes(1536 * KB) << english << "1,536 KB (1,572,864 bytes)";
    QTest::newRow("20MB") << ByteQuantity::fromBytes(20 * MB) << english << "20 MB (20,971,520 bytes)";
    QTest::newRow("1GB") << ByteQuantity::fromBytes(GB) << english << "1 GB (1,073,741,824 bytes)";
    QTest::newRow("maximum") << ByteQuantity::fromBytes(ByteQuantity::Maximum) << english << "2,147,483,647 bytes";
    QTest::newRow("20MB, German grouping") << ByteQuantity::fromBytes(20 * MB) << QLocale(QLocale::German, QLocale::Germany)
                                           << "20 MB (20.971.520 bytes)";
}

void TestQuantities::byteToDisplayString()
{
    QFETCH(ByteQuantity, quantity);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);

    const QLocale before;
    QLocale::setDefault(locale);
    const QString display = quantity.toDisplayString();
    QLocale::setDefault(before);
    QCOMPARE(display, text);
}

void TestQuantities::byteEquality()
{
    QCOMPARE(ByteQuantity::fromBytes(10 * MB), ByteQuantity::fromBytes(10485760));
    QVERIFY(ByteQuantity::fromBytes(10 * MB) != ByteQuantity::fromBytes(10 * MB + 1));
    // The byte count of an unlimited quantity means nothing.
    QCOMPARE((ByteQuantity{true, 5}), ByteQuantity::makeUnlimited());
    QVERIFY(ByteQuantity::makeUnlimited() != ByteQuantity::fromBytes(0));
}

void TestQuantities::parseTimeSpanValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("ten minutes") << "00:10:00" << qint64(600);
    QTest::newRow("blanks trimmed") << "  00:10:00 " << qint64(600);
    QTest::newRow("zero") << "00:00:00" << qint64(0);
    QTest::newRow("one second") << "00:00:01" << qint64(1);
    QTest::newRow("last second of a day") << "23:59:59" << qint64(86399);
    QTest::newRow("one day") << "1.00:00:00" << qint64(86400);
    QTest::newRow("zero days") << "0.00:10:00" << qint64(600);
    QTest::newRow("days with leading zeros") << "007.00:00:00" << qint64(7 * 86400);
    QTest::newRow("every field") << "2.03:04:05" << qint64(2 * 86400 + 3 * 3600 + 4 * 60 + 5);
    QTest::newRow("most days") << "10675199.23:59:59" << qint64(10675199) * 86400 + 86399;
}

void TestQuantities::parseTimeSpanValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);

    const Parsed<TimeSpan> parsed = QuantityParser::parseTimeSpan(text, QStringLiteral("ConnectionInactivityTimeOut"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).message));
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.value->seconds, seconds);

    const Parsed<TimeSpan> again =
        QuantityParser::parseTimeSpan(parsed.value->toString(), QStringLiteral("ConnectionInactivityTimeOut"));
    QVERIFY(again.ok());
    QCOMPARE(*again.value, *parsed.value);
}

void TestQuantities::parseTimeSpanInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "" << "TimeSpan.Empty";
    QTest::newRow("blank") << " " << "TimeSpan.Empty";

    QTest::newRow("minutes and seconds only") << "10:00" << "TimeSpan.Invalid";
    QTest::newRow("one-digit hours") << "0:10:00" << "TimeSpan.Invalid";
    QTest::newRow("one-digit seconds") << "00:10:0" << "TimeSpan.Invalid";
    QTest::newRow("three-digit hours") << "000:10:00" << "TimeSpan.Invalid";
    QTest::newRow("fractional seconds") << "00:10:00.5" << "TimeSpan.Invalid";
    QTest::newRow("negative") << "-00:10:00" << "TimeSpan.Invalid";
    QTest::newRow("one-digit hours after days") << "1.2:00:00" << "TimeSpan.Invalid";
    QTest::newRow("colon for days") << "1:00:00:00" << "TimeSpan.Invalid";
    QTest::newRow("point without days") << ".00:10:00" << "TimeSpan.Invalid";
    QTest::newRow("letters") << "ab:cd:ef" << "TimeSpan.Invalid";
    QTest::newRow("units") << "10m" << "TimeSpan.Invalid";
    QTest::newRow("plain number") << "600" << "TimeSpan.Invalid";

    QTest::newRow("24 hours") << "24:00:00" << "TimeSpan.FieldOutOfRange";
    QTest::newRow("60 minutes") << "00:60:00" << "TimeSpan.FieldOutOfRange";
    QTest::newRow("60 seconds") << "00:00:60" << "TimeSpan.FieldOutOfRange";
    QTest::newRow("all too large") << "99:99:99" << "TimeSpan.FieldOutOfRange";
    QTest::newRow("too many days") << "10675200.00:00:00" << "TimeSpan.FieldOutOfRange";
    QTest::newRow("huge days") << "99999999999999999999.00:00:00" << "TimeSpan.FieldOutOfRange";
}

void TestQuantities::parseTimeSpanInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const QString parameter = QStringLiteral("ConnectionInactivityTimeOut");
    const Parsed<TimeSpan> parsed = QuantityParser::parseTimeSpan(text, parameter);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &problem = parsed.problems.constFirst();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.parameter, parameter);
    QVERIFY2(problem.message.contains(parameter), qPrintable(problem.message));
    if (code != QLatin1String("TimeSpan.Empty"))
        QVERIFY2(problem.message.contains(text.trimmed()), qPrintable(problem.message));
}

void TestQuantities::timeSpanToString_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << "00:00:00";
    QTest::newRow("ten minutes") << qint64(600) << "00:10:00";
    QTest::newRow("last second of a day") << qint64(86399) << "23:59:59";
    QTest::newRow("one day") << qint64(86400) << "1.00:00:00";
    QTest::newRow("every field") << qint64(90061) << "1.01:01:01";
    QTest::newRow("ten days") << qint64(10 * 86400) << "10.00:00:00";
    QTest::newRow("negative") << qint64(-600) << "-00:10:00";
}

void TestQuantities::timeSpanToString()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);

    QCOMPARE(TimeSpan::fromSeconds(seconds).toString(), text);
    if (seconds >= 0) {
        const Parsed<TimeSpan> parsed = QuantityParser::parseTimeSpan(text, QStringLiteral("ConnectionInactivityTimeOut"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value->seconds, seconds);
    }
}

QTEST_GUILESS_MAIN(TestQuantities)
#include "tst_quantities.moc"
