#include "ScriptDecoder.h"

#include <QTest>

// Checks ScriptDecoder: scripts and standard input read as PowerShell reads a file.
class tst_ScriptDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void everyWindows1252Byte();
    void lines_data();
    void lines();
};

Q_DECLARE_METATYPE(ScriptDecoder::Encoding)

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const char high = char(unit >> 8);
        const char low = char(unit & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

const QString Sample = QStringLiteral("Get-SendConnector 'Caf\u00e9 \u20ac \u4e2d'\nexit 3\n");

} // namespace

void tst_ScriptDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ScriptDecoder::Encoding>("encoding");

    using E = ScriptDecoder::Encoding;
    QTest::newRow("UTF-8 without BOM") << Sample.toUtf8() << Sample << E::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + Sample.toUtf8() << Sample << E::Utf8WithBom;
    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE") + utf16(Sample, true) << Sample
                                        << E::Utf16LittleEndian;
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF") + utf16(Sample, false) << Sample
                                        << E::Utf16BigEndian;
    QTest::newRow("Windows-1252: é, €, smart quotes")
        << QByteArray("Get-SendConnector \x93" "Caf\xE9 \x80\x97\x94\n")
        << QStringLiteral("Get-SendConnector \u201c" "Caf\u00e9 \u20ac\u2014\u201d\n") << E::Windows1252;
    QTest::newRow("Windows-1252: one invalid byte makes the whole file 1252")
        << QByteArray("caf\xC3\xA9 caf\xE9") << QStringLiteral("caf\u00c3\u00a9 caf\u00e9") << E::Windows1252;
    QTest::newRow("Windows-1252: undefined bytes keep their value")
        << QByteArray("\x81\x8D\x8F\x90\x9D") << QStringLiteral("\u0081\u008d\u008f\u0090\u009d") << E::Windows1252;
    QTest::newRow("CRLF line breaks") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n") << E::Utf8;
    QTest::newRow("UTF-16 LE CRLF") << QByteArray("\xFF\xFE") + utf16(QStringLiteral("a\r\nb"), true)
                                    << QStringLiteral("a\nb") << E::Utf16LittleEndian;
    QTest::newRow("empty") << QByteArray() << QString() << E::Utf8;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QString() << E::Utf8WithBom;
}

void tst_ScriptDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(ScriptDecoder::Encoding, encoding);

    ScriptDecoder::Encoding found = ScriptDecoder::Encoding::Utf8WithBom;
    const QString decoded = ScriptDecoder::decode(bytes, &found);
    QCOMPARE(decoded, text);
    QCOMPARE(found, encoding);
    QVERIFY(!decoded.contains(QChar(0xFFFD)));
}

// Every byte has a character, and no two bytes share one.
void tst_ScriptDecoder::everyWindows1252Byte()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString text = ScriptDecoder::fromWindows1252(all);
    QCOMPARE(text.size(), 256);
    QSet<QChar> distinct(text.cbegin(), text.cend());
    QCOMPARE(distinct.size(), 256);
    QVERIFY(!text.contains(QChar(0xFFFD)));
    QCOMPARE(text.at(0x41), QLatin1Char('A'));
    QCOMPARE(text.at(0x80), QChar(0x20AC));
    QCOMPARE(text.at(0x9F), QChar(0x0178));
    QCOMPARE(text.at(0xFF), QChar(0x00FF));
}

void tst_ScriptDecoder::lines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("chunk"); // bytes handed over at a time
    QTest::addColumn<QStringList>("lines");

    const QStringList expected{QStringLiteral("Get-SendConnector"), QStringLiteral("Caf\u00e9"),
                               QStringLiteral("last")};
    const QString text = expected.join(QLatin1Char('\n'));
    for (const int chunk : {1, 3, 4096}) {
        QTest::addRow("UTF-8, %d at a time", chunk) << text.toUtf8() << chunk << expected;
        QTest::addRow("UTF-8 BOM, %d at a time", chunk) << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << chunk
                                                        << expected;
        QTest::addRow("UTF-16 LE, %d at a time", chunk) << QByteArray("\xFF\xFE") + utf16(text, true) << chunk
                                                        << expected;
        QTest::addRow("UTF-16 BE, %d at a time", chunk) << QByteArray("\xFE\xFF") + utf16(text, false) << chunk
                                                        << expected;
        QTest::addRow("1252 line, %d at a time", chunk)
            << QByteArray("Get-SendConnector\nCaf\xE9\r\nlast") << chunk << expected;
    }
    // U+0A0A in UTF-16 holds two '\n' bytes, and is one character, not two line breaks.
    QTest::newRow("UTF-16 LE character made of newline bytes")
        << QByteArray("\xFF\xFE") + utf16(QStringLiteral("a\u0a0ab\nc"), true) << 1
        << QStringList{QStringLiteral("a\u0a0ab"), QStringLiteral("c")};
}

void tst_ScriptDecoder::lines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, chunk);
    QFETCH(QStringList, lines);

    ScriptDecoder decoder;
    QStringList read;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        decoder.append(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(chunk, bytes.size() - i)));
        while (std::optional<QString> line = decoder.takeLine())
            read.append(*line);
    }
    while (std::optional<QString> line = decoder.takeRest())
        read.append(*line);
    QCOMPARE(read, lines);
}

QTEST_GUILESS_MAIN(tst_ScriptDecoder)
#include "tst_scriptdecoder.moc"
