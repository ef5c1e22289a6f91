// Tests JsonLocator: positions of values and keys by JSON pointer, in characters, on valid text.
#include "JsonLocator.h"

#include <QTest>

class TestJsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void value_data();
    void value();
    void key_data();
    void key();
    void nearest();
    void duplicateKeys();
    void positionOfOffset_data();
    void positionOfOffset();
    void malformedTextIsIndexedUpToTheFault();
    void pointerHelpers();
};

namespace {
const char *const document = "{\n"                              // line 1
                             "  \"Name\": \"Contoso\",\n"         // line 2
                             "  \"Servers\": [\n"                // line 3
                             "    { \"Name\": \"EX01\", \"Port\": 25 },\n" // line 4
                             "    {\"Name\":\"EX02\"}\n"          // line 5
                             "  ],\n"                            // line 6
                             "  \"a/b\": {\"~x\": [true, null, -1.5e3]},\n" // line 7
                             "  \"Empty\": [], \"None\": {},\n"  // line 8
                             "  \"Text\": \"with \\\"quotes\\\" and {braces} [1,2]\", \"After\": 7\n" // line 9
                             "}\n";
} // namespace

void TestJsonLocator::value_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");   // 0: no such value
    QTest::addColumn<int>("column");

    const QByteArray doc(document);
    QTest::newRow("root") << doc << QString() << 1 << 1;
    QTest::newRow("top-level string") << doc << QStringLiteral("/Name") << 2 << 11;
    QTest::newRow("array") << doc << QStringLiteral("/Servers") << 3 << 14;
    QTest::newRow("first element") << doc << QStringLiteral("/Servers/0") << 4 << 5;
    QTest::newRow("member of element") << doc << QStringLiteral("/Servers/0/Name") << 4 << 15;
    QTest::newRow("number") << doc << QStringLiteral("/Servers/0/Port") << 4 << 31;
    QTest::newRow("compact element") << doc << QStringLiteral("/Servers/1/Name") << 5 << 13;
    QTest::newRow("escaped slash and tilde") << doc << QStringLiteral("/a~1b/~0x") << 7 << 17;
    QTest::newRow("literal in array") << doc << QStringLiteral("/a~1b/~0x/1") << 7 << 24;
    QTest::newRow("negative float") << doc << QStringLiteral("/a~1b/~0x/2") << 7 << 30;
    QTest::newRow("empty array") << doc << QStringLiteral("/Empty") << 8 << 12;
    QTest::newRow("empty object") << doc << QStringLiteral("/None") << 8 << 24;
    QTest::newRow("after string with brackets") << doc << QStringLiteral("/After") << 9 << 58;
    QTest::newRow("missing member") << doc << QStringLiteral("/Port") << 0 << 0;
    QTest::newRow("index past end") << doc << QStringLiteral("/Servers/2") << 0 << 0;
    QTest::newRow("no element in empty array") << doc << QStringLiteral("/Empty/0") << 0 << 0;
    QTest::newRow("unescaped slash is a path") << doc << QStringLiteral("/a/b") << 0 << 0;

    // Columns count characters: "é" is two bytes, "😀" four bytes (two UTF-16 units), each one column.
    QTest::newRow("non-ASCII before value")
        << QByteArray("{\"caf\xC3\xA9\": \"\xF0\x9F\x98\x80\", \"x\": 1}") << QStringLiteral("/x") << 1 << 20;
    QTest::newRow("non-ASCII key") << QByteArray("{\"caf\xC3\xA9\": 2}") << QString::fromUtf8("/caf\xC3\xA9") << 1 << 10;
    QTest::newRow("escaped key") << QByteArray("{\"caf\\u00e9\": 2}") << QString::fromUtf8("/caf\xC3\xA9") << 1 << 15;
    QTest::newRow("surrogate pair key")
        << QByteArray("{\"\\ud83d\\ude00\": 3}") << QString::fromUtf8("/\xF0\x9F\x98\x80") << 1 << 18;
    QTest::newRow("tab counts one") << QByteArray("{\t\"a\":\t1}") << QStringLiteral("/a") << 1 << 8;
    // A '\r' before '\n' belongs to the line it ends; lines are counted by '\n'.
    QTest::newRow("CRLF") << QByteArray("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}") << QStringLiteral("/b") << 3 << 8;
    // The byte order mark is invisible in editors and not counted.
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QStringLiteral("/a") << 1 << 7;
    QTest::newRow("BOM root") << QByteArray("\xEF\xBB\xBF{}") << QString() << 1 << 1;
    QTest::newRow("scalar document") << QByteArray("  42 ") << QString() << 1 << 3;
    QTest::newRow("nested arrays") << QByteArray("[[1, [2, 3]], 4]") << QStringLiteral("/0/1/1") << 1 << 10;
}

void TestJsonLocator::value()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);

    const JsonLocator locator(text);
    const std::optional<JsonLocator::Position> position = locator.value(pointer);
    if (line == 0) {
        QVERIFY(!position.has_value());
        return;
    }
    QVERIFY(position.has_value());
    QCOMPARE(position->line, line);
    QCOMPARE(position->column, column);
}

void TestJsonLocator::key_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line"); // 0: no key
    QTest::addColumn<int>("column");

    QTest::newRow("top-level key") << QStringLiteral("/Servers") << 3 << 3;
    QTest::newRow("key in element") << QStringLiteral("/Servers/0/Port") << 4 << 23;
    QTest::newRow("compact key") << QStringLiteral("/Servers/1/Name") << 5 << 6;
    QTest::newRow("escaped key") << QStringLiteral("/a~1b") << 7 << 3;
    QTest::newRow("array element has no key") << QStringLiteral("/Servers/0") << 0 << 0;
    QTest::newRow("root has no key") << QString() << 0 << 0;
    QTest::newRow("missing member") << QStringLiteral("/Servers/0/Site") << 0 << 0;
}

void TestJsonLocator::key()
{
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);

    const JsonLocator locator{QByteArray(document)};
    const std::optional<JsonLocator::Position> position = locator.key(pointer);
    if (line == 0) {
        QVERIFY(!position.has_value());
        return;
    }
    QVERIFY(position.has_value());
    QCOMPARE(*position, (JsonLocator::Position{line, column}));
}

void TestJsonLocator::nearest()
{
    const JsonLocator locator{QByteArray(document)};
    // A missing key is located at the object that should hold it.
    QCOMPARE(locator.nearestValue(QStringLiteral("/Servers/1/Site")), (JsonLocator::Position{5, 5}));
    QCOMPARE(locator.nearestValue(QStringLiteral("/Servers/7/Name")), (JsonLocator::Position{3, 14}));
    QCOMPARE(locator.nearestValue(QStringLiteral("/Nothing/at/all")), (JsonLocator::Position{1, 1}));
    QCOMPARE(locator.nearestValue(QStringLiteral("/Servers/0/Port")), (JsonLocator::Position{4, 31}));
    // nearestKey prefers the key, and falls back to the value for array elements.
    QCOMPARE(locator.nearestKey(QStringLiteral("/Servers/0/Port")), (JsonLocator::Position{4, 23}));
    QCOMPARE(locator.nearestKey(QStringLiteral("/Servers/1")), (JsonLocator::Position{5, 5}));
    QCOMPARE(locator.nearestKey(QStringLiteral("/Servers/1/Site")), (JsonLocator::Position{5, 5}));
}

void TestJsonLocator::duplicateKeys()
{
    const QByteArray text("{\n  \"a\": 1,\n  \"b\": {\"c\": 1, \"c\": 2},\n  \"a\": [3]\n}");
    const JsonLocator locator(text);
    const QList<JsonLocator::DuplicateKey> duplicates = locator.duplicateKeys();
    QCOMPARE(duplicates.size(), 2);
    QCOMPARE(duplicates.at(0).pointer, QStringLiteral("/b/c"));
    QCOMPARE(duplicates.at(0).position, (JsonLocator::Position{3, 17}));
    QCOMPARE(duplicates.at(1).pointer, QStringLiteral("/a"));
    QCOMPARE(duplicates.at(1).position, (JsonLocator::Position{4, 3}));
    // The last occurrence is indexed, as nlohmann::json keeps the last value.
    QCOMPARE(*locator.value(QStringLiteral("/a")), (JsonLocator::Position{4, 8}));
    QCOMPARE(*locator.value(QStringLiteral("/a/0")), (JsonLocator::Position{4, 9}));

    QVERIFY(JsonLocator(QByteArray(document)).duplicateKeys().isEmpty());
}

void TestJsonLocator::positionOfOffset_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("middle") << QByteArray("abc") << 2 << 1 << 3;
    QTest::newRow("end") << QByteArray("abc") << 3 << 1 << 4;
    QTest::newRow("past end is clamped") << QByteArray("abc") << 99 << 1 << 4;
    QTest::newRow("negative is clamped") << QByteArray("abc") << -5 << 1 << 1;
    QTest::newRow("newline itself ends line 1") << QByteArray("ab\ncd") << 2 << 1 << 3;
    QTest::newRow("after newline") << QByteArray("ab\ncd") << 3 << 2 << 1;
    QTest::newRow("after trailing newline") << QByteArray("ab\n") << 3 << 2 << 1;
    QTest::newRow("multi-byte characters") << QByteArray("\xC3\xA9\xC3\xA9x") << 4 << 1 << 3;
    QTest::newRow("inside BOM") << QByteArray("\xEF\xBB\xBFx") << 1 << 1 << 1;
    QTest::newRow("after BOM") << QByteArray("\xEF\xBB\xBFxy") << 4 << 1 << 2;
    QTest::newRow("empty text") << QByteArray() << 0 << 1 << 1;
}

void TestJsonLocator::positionOfOffset()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);

    QCOMPARE(JsonLocator(text).positionOfOffset(offset), (JsonLocator::Position{line, column}));
}

void TestJsonLocator::malformedTextIsIndexedUpToTheFault()
{
    const JsonLocator truncated(QByteArray("{\"a\": 1, \"b\": [1, 2"));
    QCOMPARE(*truncated.value(QStringLiteral("/a")), (JsonLocator::Position{1, 7}));
    QCOMPARE(*truncated.value(QStringLiteral("/b/1")), (JsonLocator::Position{1, 19}));
    QVERIFY(!truncated.value(QStringLiteral("/b/2")).has_value());

    const JsonLocator garbage(QByteArray("{\"a\" 1, \"b\": 2}"));
    QVERIFY(!garbage.value(QStringLiteral("/b")).has_value());
    QCOMPARE(garbage.nearestValue(QStringLiteral("/b")), (JsonLocator::Position{1, 1}));

    // Deep nesting is walked without recursion.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const JsonLocator deepLocator(deep);
    QCOMPARE(*deepLocator.value(QStringLiteral("/0/0/0")), (JsonLocator::Position{1, 4}));
}

void TestJsonLocator::pointerHelpers()
{
    QCOMPARE(JsonLocator::escapeToken(QStringLiteral("a/b~c")), QStringLiteral("a~1b~0c"));
    QCOMPARE(JsonLocator::child(QString(), QStringLiteral("Servers")), QStringLiteral("/Servers"));
    QCOMPARE(JsonLocator::child(QStringLiteral("/Servers"), 2), QStringLiteral("/Servers/2"));
    QCOMPARE(JsonLocator::child(QStringLiteral("/Servers"), 0), QStringLiteral("/Servers/0"));
    QCOMPARE(JsonLocator::child(QStringLiteral("/a"), 1234567890), QStringLiteral("/a/1234567890"));
    QCOMPARE(JsonLocator::child(QString(), 10), QStringLiteral("/10"));
    QCOMPARE(JsonLocator::child(QStringLiteral("/a"), -2147483647 - 1), QStringLiteral("/a/-2147483648"));
    QCOMPARE(JsonLocator::child(QStringLiteral("/x"), QStringLiteral("1/2")), QStringLiteral("/x/1~12"));
    QCOMPARE(JsonLocator::parent(QStringLiteral("/Servers/2/Name")), QStringLiteral("/Servers/2"));
    QCOMPARE(JsonLocator::parent(QStringLiteral("/Servers")), QString());
    QCOMPARE(JsonLocator::parent(QString()), QString());
}

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
