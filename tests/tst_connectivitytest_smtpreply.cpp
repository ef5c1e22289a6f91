// Tests SmtpReplyReader, the connectivity test's reader of SMTP replies: single and multi-line
// replies, replies split across reads, malformed replies, and the bounds that keep a hostile
// server from growing the client's memory.
#include "SmtpReply.h"

#include <QTest>

Q_DECLARE_METATYPE(SmtpReplyReader::State)

class TestSmtpReplyReader : public QObject
{
    Q_OBJECT

private slots:
    void feed_data();
    void feed();
    void splitAcrossReads();
    void pipelinedRepliesStayInTheBuffer();
    void bounds_data();
    void bounds();
    void printableReplacesControlCharacters();
};

void TestSmtpReplyReader::feed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SmtpReplyReader::State>("state");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    using S = SmtpReplyReader::State;
    QTest::newRow("banner") << QByteArray("220 mx.test ESMTP\r\n") << S::Complete << 220 << "220 mx.test ESMTP";
    QTest::newRow("LF only") << QByteArray("220 mx.test\n") << S::Complete << 220 << "220 mx.test";
    QTest::newRow("code alone") << QByteArray("250\r\n") << S::Complete << 250 << "250";
    QTest::newRow("multi-line") << QByteArray("250-mx.test\r\n250-STARTTLS\r\n250 AUTH LOGIN PLAIN\r\n") << S::Complete << 250
                                << "250-mx.test\n250-STARTTLS\n250 AUTH LOGIN PLAIN";
    QTest::newRow("unfinished") << QByteArray("250-mx.test\r\n250-STARTTLS\r\n") << S::Incomplete << 250
                                << "250-mx.test\n250-STARTTLS";
    QTest::newRow("codes differ") << QByteArray("250-mx.test\r\n220 other\r\n") << S::Malformed << 250 << "250-mx.test\n220 other";
    QTest::newRow("not a code") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << S::Malformed << 0 << "HTTP/1.1 400 Bad Request";
    QTest::newRow("code out of range") << QByteArray("999 what\r\n") << S::Malformed << 0 << "999 what";
    QTest::newRow("bad separator") << QByteArray("220_mx.test\r\n") << S::Malformed << 0 << "220_mx.test";
}

void TestSmtpReplyReader::feed()
{
    QFETCH(QByteArray, bytes);
    SmtpReplyReader reader;
    QTEST(reader.feed(bytes), "state");
    QTEST(reader.code(), "code");
    QTEST(reader.text(), "text");
}

void TestSmtpReplyReader::splitAcrossReads()
{
    SmtpReplyReader reader;
    QByteArray buffer("250-mx.te");
    QCOMPARE(reader.feed(buffer), SmtpReplyReader::State::Incomplete);
    QCOMPARE(buffer, QByteArray("250-mx.te")); // a partial line waits for the rest
    buffer += "st\r\n250 8BITMIME\r";
    QCOMPARE(reader.feed(buffer), SmtpReplyReader::State::Incomplete);
    buffer += "\n";
    QCOMPARE(reader.feed(buffer), SmtpReplyReader::State::Complete);
    QCOMPARE(reader.lines(), (QByteArrayList{"mx.test", "8BITMIME"}));
    QVERIFY(buffer.isEmpty());
}

void TestSmtpReplyReader::pipelinedRepliesStayInTheBuffer()
{
    SmtpReplyReader reader;
    QByteArray buffer("220 ready\r\n250 ok\r\n");
    QCOMPARE(reader.feed(buffer), SmtpReplyReader::State::Complete);
    QCOMPARE(reader.code(), 220);
    QCOMPARE(buffer, QByteArray("250 ok\r\n"));
    reader.reset();
    QCOMPARE(reader.feed(buffer), SmtpReplyReader::State::Complete);
    QCOMPARE(reader.code(), 250);
}

void TestSmtpReplyReader::bounds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SmtpReplyReader::State>("state");
    using S = SmtpReplyReader::State;
    const int max = SmtpReplyReader::MaxLineLength;
    QTest::newRow("longest line") << QByteArray("220 " + QByteArray(max - 6, 'x') + "\r\n") << S::Complete;
    QTest::newRow("line one byte too long") << QByteArray("220 " + QByteArray(max - 5, 'x') + "\r\n") << S::TooLong;
    QTest::newRow("endless line") << QByteArray("220 " + QByteArray(max, 'x')) << S::TooLong;
    QByteArray manyLines;
    for (int i = 0; i < SmtpReplyReader::MaxLines + 1; ++i)
        manyLines += "250-x\r\n";
    QTest::newRow("too many lines") << manyLines << S::TooLong;
    QByteArray bigReply;
    while (bigReply.size() <= SmtpReplyReader::MaxReplySize)
        bigReply += "250-" + QByteArray(max - 7, 'y') + "\r\n";
    QTest::newRow("too many bytes") << bigReply << S::TooLong;
}

void TestSmtpReplyReader::bounds()
{
    QFETCH(QByteArray, bytes);
    SmtpReplyReader reader;
    QTEST(reader.feed(bytes), "state");
    QVERIFY(reader.text().size() <= SmtpReplyReader::MaxReplySize);
}

void TestSmtpReplyReader::printableReplacesControlCharacters()
{
    QCOMPARE(SmtpReplyReader::printable("220 \x1b[31mred\x1b[0m\x07"),
             QStringLiteral("220 \uFFFD[31mred\uFFFD[0m\uFFFD"));
    QCOMPARE(SmtpReplyReader::printable("220 caf\xc3\xa9"), QStringLiteral("220 caf\u00e9"));
    QCOMPARE(SmtpReplyReader::printable("220 \xff"), QStringLiteral("220 \uFFFD"));
}

QTEST_GUILESS_MAIN(TestSmtpReplyReader)
#include "tst_connectivitytest_smtpreply.moc"
