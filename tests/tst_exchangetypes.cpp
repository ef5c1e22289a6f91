// Tests the Exchange enumerations' spellings: exact names out, case-insensitive names in, and no
// silent default for an unknown string.
#include "ExchangeTypes.h"
#include "Problem.h"

#include <QTest>

class TestExchangeTypes : public QObject
{
    Q_OBJECT
private slots:
    void usage_data();
    void usage();
    void authMechanism_data();
    void authMechanism();
    void versionAndRole();
    void unknownStringsAreRejected_data();
    void unknownStringsAreRejected();
    void namesListEveryValueInOrder();
    void problemHelpers();
};

void TestExchangeTypes::usage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Exchange::Usage>("expected");
    QTest::newRow("Custom") << "Custom" << Exchange::Usage::Custom;
    QTest::newRow("lower internal") << "internal" << Exchange::Usage::Internal;
    QTest::newRow("upper INTERNET") << "INTERNET" << Exchange::Usage::Internet;
    QTest::newRow("padded Partner") << "  Partner " << Exchange::Usage::Partner;
}

void TestExchangeTypes::usage()
{
    QFETCH(QString, text);
    QFETCH(Exchange::Usage, expected);
    const auto parsed = Exchange::parseUsage(text);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == expected);
    QVERIFY(Exchange::parseUsage(Exchange::toString(expected)) == std::optional<Exchange::Usage>(expected));
}

void TestExchangeTypes::authMechanism_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Exchange::SmartHostAuthMechanism>("expected");
    QTest::addColumn<QString>("canonical");
    using M = Exchange::SmartHostAuthMechanism;
    QTest::newRow("None") << "none" << M::None << "None";
    QTest::newRow("BasicAuth") << "basicauth" << M::BasicAuth << "BasicAuth";
    QTest::newRow("BasicAuthRequireTLS") << "BASICAUTHREQUIRETLS" << M::BasicAuthRequireTLS << "BasicAuthRequireTLS";
    QTest::newRow("ExchangeServer") << "ExchangeServer" << M::ExchangeServer << "ExchangeServer";
    QTest::newRow("ExternalAuthoritative") << "externalauthoritative" << M::ExternalAuthoritative << "ExternalAuthoritative";
}

void TestExchangeTypes::authMechanism()
{
    QFETCH(QString, text);
    QFETCH(Exchange::SmartHostAuthMechanism, expected);
    QFETCH(QString, canonical);
    QVERIFY(Exchange::parseSmartHostAuthMechanism(text) == std::optional<Exchange::SmartHostAuthMechanism>(expected));
    QCOMPARE(Exchange::toString(expected), canonical);
}

void TestExchangeTypes::versionAndRole()
{
    QCOMPARE(Exchange::toString(Exchange::Version::Rtm2007), QStringLiteral("2007 RTM"));
    QCOMPARE(Exchange::toString(Exchange::Version::Sp12007), QStringLiteral("2007 SP1"));
    QVERIFY(Exchange::parseVersion(QStringLiteral("2007 sp1")) == std::optional<Exchange::Version>(Exchange::Version::Sp12007));
    QCOMPARE(Exchange::toString(Exchange::ServerRole::EdgeTransport), QStringLiteral("EdgeTransport"));
    QCOMPARE(Exchange::parseServerRole(QStringLiteral("hubtransport")),
             std::optional<Exchange::ServerRole>(Exchange::ServerRole::HubTransport));
    QCOMPARE(Exchange::parseProtocolLoggingLevel(QStringLiteral("verbose")),
             std::optional<Exchange::ProtocolLoggingLevel>(Exchange::ProtocolLoggingLevel::Verbose));
}

void TestExchangeTypes::unknownStringsAreRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("typo") << "Interna";
    QTest::newRow("number") << "1";
    QTest::newRow("prefix of two") << "Inter";
}

void TestExchangeTypes::unknownStringsAreRejected()
{
    QFETCH(QString, text);
    QVERIFY(!Exchange::parseUsage(text).has_value());
    QVERIFY(!Exchange::parseSmartHostAuthMechanism(text).has_value());
    QVERIFY(!Exchange::parseVersion(text).has_value());
    QVERIFY(!Exchange::parseServerRole(text).has_value());
    QVERIFY(!Exchange::parseProtocolLoggingLevel(text).has_value());
}

void TestExchangeTypes::namesListEveryValueInOrder()
{
    QCOMPARE(Exchange::names(Exchange::Usage{}),
             (QStringList{QStringLiteral("Custom"), QStringLiteral("Internal"), QStringLiteral("Internet"), QStringLiteral("Partner")}));
    QCOMPARE(Exchange::names(Exchange::SmartHostAuthMechanism{}).size(), 5);
    QCOMPARE(Exchange::names(Exchange::Version{}), (QStringList{QStringLiteral("2007 RTM"), QStringLiteral("2007 SP1")}));
}

void TestExchangeTypes::problemHelpers()
{
    Problems problems{Problem::warning(QStringLiteral("W"), QStringLiteral("Port"), QStringLiteral("careful"))};
    QVERIFY(!hasErrors(problems));
    problems.append(Problem::error(QStringLiteral("E"), QStringLiteral("Name"), QStringLiteral("wrong")));
    QVERIFY(hasErrors(problems));
    QCOMPARE(errorsOnly(problems).size(), 1);
    QCOMPARE(errorsOnly(problems).constFirst().code, QStringLiteral("E"));
    QVERIFY(containsCode(problems, QStringLiteral("W")));
    QVERIFY(!containsCode(problems, QStringLiteral("X")));
    QCOMPARE(withParameter(problems, QStringLiteral("AddressSpaces[1]")).constLast().parameter, QStringLiteral("AddressSpaces[1]"));
    QCOMPARE(problems.constFirst().toString(), QStringLiteral("WARNING: Port: careful"));
    Problem located = problems.constLast();
    located.line = 3;
    located.column = 7;
    QCOMPARE(located.toString(), QStringLiteral("Name (line 3, column 7): wrong"));
    // A syntax error has a position but no parameter.
    located.parameter.clear();
    QCOMPARE(located.toString(), QStringLiteral("line 3, column 7: wrong"));
}

QTEST_GUILESS_MAIN(TestExchangeTypes)
#include "tst_exchangetypes.moc"
