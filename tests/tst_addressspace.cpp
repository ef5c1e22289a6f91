#include "support/ModelTestSupport.h"
#include "AddressSpace.h"

#include <QTest>

#include <array>

using Exchange::Version;

// Checks AddressSpace and AddressSpaceParser against the grammar of docs/domain-rules.md#address-spaces.
class tst_AddressSpace : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void seedEquivalentForms();
    void x400ValueLengths_data();
    void x400ValueLengths();
    void messages();
    void fromParts_data();
    void fromParts();
    void parseAddress_data();
    void parseAddress();
    void toString_data();
    void toString();
    void roundTrip_data();
    void roundTrip();
    void includesSubdomains_data();
    void includesSubdomains();
    void sameDestination_data();
    void sameDestination();
};

namespace {

using ModelTestSupport::codesOf;
using ModelTestSupport::Scope;
using ModelTestSupport::space;

QString code(const char *name)
{
    return QStringLiteral("AddressSpace.") + QLatin1String(name);
}

const QString smtp = QStringLiteral("SMTP");
const QString x400 = QStringLiteral("X400");

} // namespace

void tst_AddressSpace::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Version>("version");
    QTest::addColumn<AddressSpace>("expected"); // compared only when valid
    QTest::addColumn<QStringList>("codes");

    const QStringList none;
    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    const AddressSpace invalid;

    // SMTP, as docs/domain-rules.md#grammar writes it.
    QTest::newRow("domain") << QStringLiteral("contoso.com") << sp1 << space(smtp, QStringLiteral("contoso.com")) << none;
    QTest::newRow("star") << QStringLiteral("*") << sp1 << space(smtp, QStringLiteral("*")) << none;
    QTest::newRow("star dot com") << QStringLiteral("*.com") << sp1 << space(smtp, QStringLiteral("*.com")) << none;
    QTest::newRow("star dot contoso") << QStringLiteral("*.contoso.com") << sp1 << space(smtp, QStringLiteral("*.contoso.com"))
                                      << none;
    QTest::newRow("seed cost 5") << QStringLiteral("*.contoso.com;5") << sp1
                                 << space(smtp, QStringLiteral("*.contoso.com"), 5) << none;
    QTest::newRow("seed cost 8") << QStringLiteral("*.fabrikam.com;8") << sp1
                                 << space(smtp, QStringLiteral("*.fabrikam.com"), 8) << none;
    QTest::newRow("type and case normalised") << QStringLiteral("smtp:Contoso.COM;5") << sp1
                                              << space(smtp, QStringLiteral("contoso.com"), 5) << none;
    QTest::newRow("mixed-case type") << QStringLiteral("Smtp:*") << sp1 << space(smtp, QStringLiteral("*")) << none;
    QTest::newRow("idn in ace form") << QString::fromUtf8("SMTP:*.BÜCHER.example;3") << sp1
                                     << space(smtp, QStringLiteral("*.xn--bcher-kva.example"), 3) << none;
    QTest::newRow("all accepted domains") << QStringLiteral("--") << sp1 << space(smtp, QStringLiteral("--")) << none;
    QTest::newRow("all accepted domains typed") << QStringLiteral("SMTP:--;1") << sp1 << space(smtp, QStringLiteral("--"))
                                                << none;
    QTest::newRow("cost 1") << QStringLiteral("contoso.com;1") << sp1 << space(smtp, QStringLiteral("contoso.com"), 1) << none;
    QTest::newRow("cost 100") << QStringLiteral("contoso.com;100") << sp1 << space(smtp, QStringLiteral("contoso.com"), 100)
                              << none;
    QTest::newRow("label of 63") << QString(63, QLatin1Char('a')) + QStringLiteral(".com") << sp1
                                 << space(smtp, QString(63, QLatin1Char('a')) + QStringLiteral(".com")) << none;

    // RTM's scope prefix, in any case.
    QTest::newRow("rtm local") << QStringLiteral("Local:contoso.com") << rtm
                               << space(smtp, QStringLiteral("contoso.com"), 1, Scope::Local) << none;
    QTest::newRow("rtm local upper case, typed, cost")
        << QStringLiteral("LOCAL:SMTP:*.contoso.com;2") << rtm
        << space(smtp, QStringLiteral("*.contoso.com"), 2, Scope::Local) << none;
    QTest::newRow("rtm local x400") << QStringLiteral("local:X400:c=us;a= ;p=MyOrg;3") << rtm
                                    << space(x400, QStringLiteral("c=us;a= ;p=MyOrg"), 3, Scope::Local) << none;
    QTest::newRow("rtm without scope") << QStringLiteral("contoso.com") << rtm << space(smtp, QStringLiteral("contoso.com"))
                                       << none;

    // X400: a cost is required when the address contains ';', except for a final ';'.
    QTest::newRow("x400 seed with cost") << QStringLiteral("X400:o=MySite;p=MyOrg;a=adatum;c=us;1") << sp1
                                         << space(x400, QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us")) << none;
    QTest::newRow("x400 lower-case type") << QStringLiteral("x400:c=us;a=adatum;10") << sp1
                                          << space(x400, QStringLiteral("c=us;a=adatum"), 10) << none;
    QTest::newRow("x400 trailing semicolon") << QStringLiteral("X400:c=us;a= ;p=MyOrg;") << sp1
                                             << space(x400, QStringLiteral("c=us;a= ;p=MyOrg;")) << none;
    QTest::newRow("x400 trailing semicolon and cost") << QStringLiteral("X400:c=us;a= ;p=MyOrg;;7") << sp1
                                                      << space(x400, QStringLiteral("c=us;a= ;p=MyOrg;"), 7) << none;
    QTest::newRow("x400 one component") << QStringLiteral("X400:c=us") << sp1 << space(x400, QStringLiteral("c=us"))
                                        << none;
    QTest::newRow("x400 blank admd alone") << QStringLiteral("X400:a= ") << sp1 << space(x400, QStringLiteral("a= "))
                                           << none;
    QTest::newRow("x400 every key, any case")
        << QStringLiteral("X400:C=us;a=adatum;P=MyOrg;o=MySite;OU1=a;ou2=b;Ou3=c;oU4=d;CN=Jo;s=Smith;G=Jo;i=JS;Q=III;9")
        << sp1
        << space(x400, QStringLiteral("C=us;a=adatum;P=MyOrg;o=MySite;OU1=a;ou2=b;Ou3=c;oU4=d;CN=Jo;s=Smith;G=Jo;i=JS;Q=III"),
                 9)
        << none;
    QTest::newRow("x400 value holding '='") << QStringLiteral("X400:cn=a=b;1") << sp1 << space(x400, QStringLiteral("cn=a=b"))
                                            << none;

    // Other types: free text, spelling kept.
    QTest::newRow("custom") << QStringLiteral("FAX:+1 555 0100;4") << sp1 << space(QStringLiteral("FAX"), QStringLiteral("+1 555 0100"), 4)
                            << none;
    QTest::newRow("custom keeps spelling") << QStringLiteral("fax:Anything Goes") << sp1
                                           << space(QStringLiteral("fax"), QStringLiteral("Anything Goes")) << none;
    QTest::newRow("custom address with ';' and cost") << QStringLiteral("FAX:a;b;1") << sp1
                                                      << space(QStringLiteral("FAX"), QStringLiteral("a;b")) << none;
    QTest::newRow("custom address with ':'") << QStringLiteral("Notes2:a:b") << sp1
                                             << space(QStringLiteral("Notes2"), QStringLiteral("a:b")) << none;
    QTest::newRow("custom address like a domain") << QStringLiteral("CCMAIL:*contoso*") << sp1
                                                  << space(QStringLiteral("CCMAIL"), QStringLiteral("*contoso*")) << none;

    // Empty.
    QTest::newRow("empty") << QString() << sp1 << invalid << QStringList{code("Empty")};
    QTest::newRow("blank") << QStringLiteral("   ") << sp1 << invalid << QStringList{code("Empty")};
    QTest::newRow("smtp type only") << QStringLiteral("SMTP:") << sp1 << invalid << QStringList{code("EmptyAddress")};
    QTest::newRow("cost only") << QStringLiteral(";5") << sp1 << invalid << QStringList{code("EmptyAddress")};
    QTest::newRow("custom type only") << QStringLiteral("FAX:") << sp1 << invalid << QStringList{code("EmptyAddress")};
    QTest::newRow("x400 cost only") << QStringLiteral("X400:;1") << sp1 << invalid << QStringList{code("EmptyAddress")};
    QTest::newRow("rtm local only") << QStringLiteral("Local:") << rtm << invalid << QStringList{code("EmptyAddress")};

    // SP1 has no scope prefix; the rest is still checked.
    QTest::newRow("sp1 local") << QStringLiteral("Local:contoso.com") << sp1 << invalid
                               << QStringList{code("LocalScopeNotInSp1")};
    QTest::newRow("sp1 local lower case") << QStringLiteral("local:SMTP:contoso.com;1") << sp1 << invalid
                                          << QStringList{code("LocalScopeNotInSp1")};
    QTest::newRow("sp1 local and bad cost") << QStringLiteral("Local:contoso.com;0") << sp1 << invalid
                                            << QStringList{code("LocalScopeNotInSp1"), code("CostOutOfRange")};

    // Cost.
    QTest::newRow("cost 0") << QStringLiteral("contoso.com;0") << sp1 << invalid << QStringList{code("CostOutOfRange")};
    QTest::newRow("cost 101") << QStringLiteral("contoso.com;101") << sp1 << invalid << QStringList{code("CostOutOfRange")};
    QTest::newRow("cost negative") << QStringLiteral("contoso.com;-1") << sp1 << invalid << QStringList{code("CostOutOfRange")};
    QTest::newRow("cost huge") << QStringLiteral("contoso.com;99999999999999999999") << sp1 << invalid
                               << QStringList{code("CostOutOfRange")};
    QTest::newRow("cost word") << QStringLiteral("contoso.com;five") << sp1 << invalid << QStringList{code("CostNotNumber")};
    QTest::newRow("cost decimal") << QStringLiteral("contoso.com;1.5") << sp1 << invalid << QStringList{code("CostNotNumber")};
    QTest::newRow("cost with space") << QStringLiteral("contoso.com; 5") << sp1 << invalid << QStringList{code("CostNotNumber")};
    QTest::newRow("cost missing") << QStringLiteral("contoso.com;") << sp1 << invalid << QStringList{code("CostNotNumber")};
    QTest::newRow("cost sign only") << QStringLiteral("contoso.com;-") << sp1 << invalid << QStringList{code("CostNotNumber")};
    QTest::newRow("x400 seed without cost") << QStringLiteral("X400:o=MySite;p=MyOrg;a=adatum;c=us") << sp1 << invalid
                                            << QStringList{code("CostNotNumber")};
    QTest::newRow("custom with ';' and no cost") << QStringLiteral("FAX:a;b") << sp1 << invalid
                                                 << QStringList{code("CostNotNumber")};
    QTest::newRow("bad cost and bad address") << QStringLiteral("con_toso.com;0") << sp1 << invalid
                                              << QStringList{code("CostOutOfRange"), code("InvalidSmtp")};

    // Wildcards.
    QTest::newRow("wildcard glued") << QStringLiteral("*contoso.com") << sp1 << invalid
                                    << QStringList{code("WildcardNotLeading")};
    QTest::newRow("wildcard inside") << QStringLiteral("a.*.com") << sp1 << invalid << QStringList{code("WildcardNotLeading")};
    QTest::newRow("wildcard last") << QStringLiteral("contoso.*") << sp1 << invalid << QStringList{code("WildcardNotLeading")};
    QTest::newRow("two wildcards") << QStringLiteral("*.*.com") << sp1 << invalid << QStringList{code("WildcardNotLeading")};
    QTest::newRow("double star") << QStringLiteral("**") << sp1 << invalid << QStringList{code("WildcardNotLeading")};
    QTest::newRow("wildcard dot nothing") << QStringLiteral("*.") << sp1 << invalid << QStringList{code("InvalidSmtp")};

    // Domain syntax.
    QTest::newRow("label of 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << sp1 << invalid
                                 << QStringList{code("InvalidSmtp")};
    QTest::newRow("total over 255") << QString(QString(63, QLatin1Char('a')) + QLatin1Char('.')).repeated(4) + QStringLiteral("com")
                                    << sp1 << invalid << QStringList{code("InvalidSmtp")};
    QTest::newRow("leading hyphen") << QStringLiteral("-contoso.com") << sp1 << invalid << QStringList{code("InvalidSmtp")};
    QTest::newRow("trailing hyphen under wildcard") << QStringLiteral("*.contoso-.com") << sp1 << invalid
                                                    << QStringList{code("InvalidSmtp")};
    QTest::newRow("underscore") << QStringLiteral("con_toso.com") << sp1 << invalid << QStringList{code("InvalidSmtp")};
    QTest::newRow("idn underscore") << QString::fromUtf8("bücher_x.example") << sp1 << invalid
                                    << QStringList{code("InvalidSmtp")};
    QTest::newRow("colon at start") << QStringLiteral(":contoso.com") << sp1 << invalid << QStringList{code("InvalidSmtp")};

    // Types.
    QTest::newRow("type with hyphen") << QStringLiteral("F-A-X:x") << sp1 << invalid << QStringList{code("InvalidType")};
    QTest::newRow("host and port") << QStringLiteral("contoso.com:25") << sp1 << invalid << QStringList{code("InvalidType")};
    QTest::newRow("type named Local") << QStringLiteral("Local:Local:x") << rtm << invalid << QStringList{code("InvalidType")};

    // X400 components.
    QTest::newRow("x400 unknown key") << QStringLiteral("X400:x=1;c=us;1") << sp1 << invalid << QStringList{code("InvalidX400")};
    QTest::newRow("x400 ou5") << QStringLiteral("X400:ou5=a;1") << sp1 << invalid << QStringList{code("InvalidX400")};
    QTest::newRow("x400 missing '='") << QStringLiteral("X400:c;1") << sp1 << invalid << QStringList{code("InvalidX400")};
    QTest::newRow("x400 country too long") << QStringLiteral("X400:c=usa1;1") << sp1 << invalid
                                           << QStringList{code("InvalidX400")};
    QTest::newRow("x400 empty value") << QStringLiteral("X400:a=;c=us;1") << sp1 << invalid << QStringList{code("InvalidX400")};
    QTest::newRow("x400 empty component") << QStringLiteral("X400:c=us;;a=b;1") << sp1 << invalid
                                          << QStringList{code("InvalidX400")};
    QTest::newRow("x400 duplicate key") << QStringLiteral("X400:c=us;C=de;1") << sp1 << invalid
                                        << QStringList{code("InvalidX400")};
    QTest::newRow("x400 two faults") << QStringLiteral("X400:c;x=1;1") << sp1 << invalid
                                     << QStringList{code("InvalidX400"), code("InvalidX400")};
    QTest::newRow("x400 semicolon only") << QStringLiteral("X400:;") << sp1 << invalid << QStringList{code("InvalidX400")};
    QTest::newRow("x400 cost inside last component") << QStringLiteral("X400:c=us;5;") << sp1 << invalid
                                                     << QStringList{code("InvalidX400")};
}

void tst_AddressSpace::parse()
{
    QFETCH(QString, text);
    QFETCH(Version, version);
    QFETCH(AddressSpace, expected);
    QFETCH(QStringList, codes);

    const Parsed<AddressSpace> result = AddressSpaceParser::parse(text, version);
    QCOMPARE(codesOf(result.problems), codes);
    QCOMPARE(result.ok(), codes.isEmpty());
    if (codes.isEmpty()) {
        QCOMPARE(result.value->type, expected.type);
        QCOMPARE(result.value->address, expected.address);
        QCOMPARE(result.value->cost, expected.cost);
        QCOMPARE(result.value->localScope, expected.localScope);
    } else {
        QVERIFY(!result.value.has_value());
    }
    for (const Problem &problem : result.problems) {
        QCOMPARE(problem.parameter, QStringLiteral("AddressSpaces"));
        QVERIFY(problem.isError());
        QVERIFY(!problem.message.isEmpty());
    }
}

void tst_AddressSpace::seedEquivalentForms()
{
    const AddressSpace expected = space(smtp, QStringLiteral("contoso.com"), 1);
    const QStringList forms{QStringLiteral("SMTP:contoso.com;1"), QStringLiteral("contoso.com;1"),
                            QStringLiteral("SMTP:contoso.com"), QStringLiteral("contoso.com")};
    for (const Version version : {Version::Rtm2007, Version::Sp12007}) {
        for (const QString &form : forms) {
            const Parsed<AddressSpace> result = AddressSpaceParser::parse(form, version);
            QVERIFY2(result.ok(), qPrintable(form));
            QCOMPARE(*result.value, expected);
        }
    }
}

void tst_AddressSpace::x400ValueLengths_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("maximum");

    const std::array<std::pair<const char *, int>, 13> limits{{{"c", 3},
                                                              {"a", 16},
                                                              {"p", 16},
                                                              {"o", 64},
                                                              {"ou1", 32},
                                                              {"ou2", 32},
                                                              {"ou3", 32},
                                                              {"ou4", 32},
                                                              {"cn", 64},
                                                              {"s", 40},
                                                              {"g", 16},
                                                              {"i", 5},
                                                              {"q", 3}}};
    for (const auto &[key, maximum] : limits)
        QTest::newRow(key) << QString::fromLatin1(key) << maximum;
}

void tst_AddressSpace::x400ValueLengths()
{
    QFETCH(QString, key);
    QFETCH(int, maximum);

    const QString longest = key + QLatin1Char('=') + QString(maximum, QLatin1Char('x'));
    const Parsed<QString> atLimit = AddressSpaceParser::parseAddress(x400, longest);
    QVERIFY2(atLimit.ok(), qPrintable(longest));
    QCOMPARE(*atLimit.value, longest);

    // Upper-case keys have the same limits.
    QVERIFY(AddressSpaceParser::parseAddress(x400, longest.toUpper()).ok());

    const Parsed<QString> overLimit = AddressSpaceParser::parseAddress(x400, longest + QLatin1Char('x'));
    QCOMPARE(codesOf(overLimit.problems), QStringList{code("InvalidX400")});
    QVERIFY2(overLimit.problems.constFirst().message.contains(QString::number(maximum)),
             qPrintable(overLimit.problems.constFirst().message));
}

void tst_AddressSpace::messages()
{
    // SP1 points to the switch that replaced the prefix.
    const Parsed<AddressSpace> local = AddressSpaceParser::parse(QStringLiteral("Local:contoso.com"), Version::Sp12007);
    QVERIFY2(local.problems.constFirst().message.contains(QLatin1String("-IsScopedConnector")),
             qPrintable(local.problems.constFirst().message));
    const Parsed<AddressSpace> localParts =
        AddressSpaceParser::fromParts(smtp, QStringLiteral("contoso.com"), 1, true, Version::Sp12007);
    QVERIFY2(localParts.problems.constFirst().message.contains(QLatin1String("-IsScopedConnector")),
             qPrintable(localParts.problems.constFirst().message));

    // A non-SMTP address with ';' and no cost: the message explains and shows the fixed entry.
    const Parsed<AddressSpace> x400NoCost =
        AddressSpaceParser::parse(QStringLiteral("X400:o=MySite;p=MyOrg;a=adatum;c=us"), Version::Sp12007);
    const QString costMessage = x400NoCost.problems.constFirst().message;
    QVERIFY2(costMessage.contains(QLatin1String("whole number")), qPrintable(costMessage));
    QVERIFY2(costMessage.contains(QLatin1String("\"X400:o=MySite;p=MyOrg;a=adatum;c=us;1\"")), qPrintable(costMessage));

    const Parsed<AddressSpace> outOfRange = AddressSpaceParser::parse(QStringLiteral("contoso.com;101"), Version::Sp12007);
    const QString rangeMessage = outOfRange.problems.constFirst().message;
    QVERIFY2(rangeMessage.contains(QLatin1String("between 1 and 100")), qPrintable(rangeMessage));
    QVERIFY2(rangeMessage.contains(QLatin1String("101")), qPrintable(rangeMessage));

    // A glued wildcard suggests the form that was probably meant.
    const Parsed<AddressSpace> glued = AddressSpaceParser::parse(QStringLiteral("*contoso.com"), Version::Sp12007);
    QVERIFY2(glued.problems.constFirst().message.contains(QLatin1String("\"*.contoso.com\"")),
             qPrintable(glued.problems.constFirst().message));

    // The domain-name detail is folded into the SMTP message.
    const Parsed<AddressSpace> underscore = AddressSpaceParser::parse(QStringLiteral("con_toso.com"), Version::Sp12007);
    QVERIFY2(underscore.problems.constFirst().message.contains(QLatin1String("'_'")),
             qPrintable(underscore.problems.constFirst().message));

    // An unknown X.400 key lists the valid ones.
    const Parsed<QString> unknownKey = AddressSpaceParser::parseAddress(x400, QStringLiteral("z=1"));
    QVERIFY2(unknownKey.problems.constFirst().message.contains(QLatin1String("OU1")),
             qPrintable(unknownKey.problems.constFirst().message));
}

void tst_AddressSpace::fromParts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("cost");
    QTest::addColumn<bool>("localScope");
    QTest::addColumn<Version>("version");
    QTest::addColumn<AddressSpace>("expected");
    QTest::addColumn<QStringList>("codes");

    const QStringList none;
    const Version rtm = Version::Rtm2007;
    const Version sp1 = Version::Sp12007;
    const AddressSpace invalid;

    QTest::newRow("x400 seed") << x400 << QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us") << 1 << false << sp1
                               << space(x400, QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us")) << none;
    QTest::newRow("x400 trailing semicolon") << QStringLiteral("x400") << QStringLiteral("c=us;a= ;p=MyOrg;") << 2 << false
                                             << sp1 << space(x400, QStringLiteral("c=us;a= ;p=MyOrg;"), 2) << none;
    QTest::newRow("smtp normalised") << QStringLiteral("smtp") << QStringLiteral("*.Contoso.COM") << 5 << false << sp1
                                     << space(smtp, QStringLiteral("*.contoso.com"), 5) << none;
    QTest::newRow("smtp idn") << smtp << QString::fromUtf8("BÜCHER.example") << 1 << false << sp1
                              << space(smtp, QStringLiteral("xn--bcher-kva.example")) << none;
    QTest::newRow("custom with ';'") << QStringLiteral("FAX") << QStringLiteral("a;b") << 100 << false << sp1
                                     << space(QStringLiteral("FAX"), QStringLiteral("a;b"), 100) << none;
    QTest::newRow("rtm local") << smtp << QStringLiteral("contoso.com") << 1 << true << rtm
                               << space(smtp, QStringLiteral("contoso.com"), 1, Scope::Local) << none;

    QTest::newRow("sp1 local") << smtp << QStringLiteral("contoso.com") << 1 << true << sp1 << invalid
                               << QStringList{code("LocalScopeNotInSp1")};
    QTest::newRow("cost 0") << smtp << QStringLiteral("contoso.com") << 0 << false << sp1 << invalid
                            << QStringList{code("CostOutOfRange")};
    QTest::newRow("cost 101") << smtp << QStringLiteral("contoso.com") << 101 << false << sp1 << invalid
                              << QStringList{code("CostOutOfRange")};
    QTest::newRow("empty type") << QString() << QStringLiteral("x") << 1 << false << sp1 << invalid
                                << QStringList{code("InvalidType")};
    QTest::newRow("type Local") << QStringLiteral("Local") << QStringLiteral("x") << 1 << false << rtm << invalid
                                << QStringList{code("InvalidType")};
    QTest::newRow("type with space") << QStringLiteral("MS MAIL") << QStringLiteral("x") << 1 << false << sp1 << invalid
                                     << QStringList{code("InvalidType")};
    QTest::newRow("glued wildcard") << smtp << QStringLiteral("*contoso.com") << 1 << false << sp1 << invalid
                                    << QStringList{code("WildcardNotLeading")};
    QTest::newRow("empty address") << smtp << QString() << 1 << false << sp1 << invalid
                                   << QStringList{code("EmptyAddress")};
    QTest::newRow("custom with line break") << QStringLiteral("FAX") << QStringLiteral("+1 425\n555 0100") << 1 << false
                                            << sp1 << invalid << QStringList{code("ControlCharacter")};
    QTest::newRow("x400 with tab") << x400 << QStringLiteral("c=us;\ta=adatum") << 1 << false << sp1 << invalid
                                   << QStringList{code("ControlCharacter")};
    QTest::newRow("x400 bad key") << x400 << QStringLiteral("zz=1") << 1 << false << sp1 << invalid
                                  << QStringList{code("InvalidX400")};
    QTest::newRow("everything wrong") << QStringLiteral("X-1") << QStringLiteral("x") << 0 << true << sp1 << invalid
                                      << QStringList{code("LocalScopeNotInSp1"), code("InvalidType"), code("CostOutOfRange")};
}

void tst_AddressSpace::fromParts()
{
    QFETCH(QString, type);
    QFETCH(QString, address);
    QFETCH(int, cost);
    QFETCH(bool, localScope);
    QFETCH(Version, version);
    QFETCH(AddressSpace, expected);
    QFETCH(QStringList, codes);

    const Parsed<AddressSpace> result = AddressSpaceParser::fromParts(type, address, cost, localScope, version);
    QCOMPARE(codesOf(result.problems), codes);
    QCOMPARE(result.ok(), codes.isEmpty());
    if (codes.isEmpty())
        QCOMPARE(*result.value, expected);
    else
        QVERIFY(!result.value.has_value());
}

void tst_AddressSpace::parseAddress_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("codes");

    const QStringList none;
    QTest::newRow("smtp idn wildcard") << smtp << QString::fromUtf8("*.BÜCHER.example")
                                       << QStringLiteral("*.xn--bcher-kva.example") << none;
    QTest::newRow("smtp star, lower-case type") << QStringLiteral("smtp") << QStringLiteral("*") << QStringLiteral("*") << none;
    QTest::newRow("smtp all accepted domains") << smtp << QStringLiteral("--") << QStringLiteral("--") << none;
    QTest::newRow("smtp semicolon is not a cost here") << smtp << QStringLiteral("contoso.com;1") << QString()
                                                       << QStringList{code("InvalidSmtp")};
    QTest::newRow("smtp glued wildcard") << smtp << QStringLiteral("*contoso.com") << QString()
                                         << QStringList{code("WildcardNotLeading")};
    QTest::newRow("smtp empty") << smtp << QString() << QString() << QStringList{code("EmptyAddress")};
    QTest::newRow("x400 blank admd") << x400 << QStringLiteral("c=us;a= ;p=MyOrg") << QStringLiteral("c=us;a= ;p=MyOrg")
                                     << none;
    QTest::newRow("x400 empty admd") << x400 << QStringLiteral("c=us;a=;p=MyOrg") << QString()
                                     << QStringList{code("InvalidX400")};
    QTest::newRow("x400 empty") << QStringLiteral("x400") << QString() << QString() << QStringList{code("EmptyAddress")};
    QTest::newRow("custom free text") << QStringLiteral("FAX") << QStringLiteral("any; text: *at all*")
                                      << QStringLiteral("any; text: *at all*") << none;
    QTest::newRow("custom empty") << QStringLiteral("FAX") << QString() << QString() << QStringList{code("EmptyAddress")};
}

void tst_AddressSpace::parseAddress()
{
    QFETCH(QString, type);
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QFETCH(QStringList, codes);

    const Parsed<QString> result = AddressSpaceParser::parseAddress(type, address);
    QCOMPARE(codesOf(result.problems), codes);
    QCOMPARE(result.ok(), codes.isEmpty());
    if (codes.isEmpty())
        QCOMPARE(*result.value, expected);
}

void tst_AddressSpace::toString_data()
{
    QTest::addColumn<AddressSpace>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("smtp wildcard") << space(smtp, QStringLiteral("*.contoso.com"), 5) << QStringLiteral("SMTP:*.contoso.com;5");
    QTest::newRow("default cost written") << space(smtp, QStringLiteral("contoso.com")) << QStringLiteral("SMTP:contoso.com;1");
    QTest::newRow("local scope") << space(smtp, QStringLiteral("contoso.com"), 1, Scope::Local)
                                 << QStringLiteral("Local:SMTP:contoso.com;1");
    QTest::newRow("x400") << space(x400, QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"), 2)
                          << QStringLiteral("X400:o=MySite;p=MyOrg;a=adatum;c=us;2");
    QTest::newRow("x400 trailing semicolon") << space(x400, QStringLiteral("c=us;a= ;"), 1)
                                             << QStringLiteral("X400:c=us;a= ;;1");
    QTest::newRow("custom") << space(QStringLiteral("FAX"), QStringLiteral("a;b"), 100) << QStringLiteral("FAX:a;b;100");
}

void tst_AddressSpace::toString()
{
    QFETCH(AddressSpace, value);
    QFETCH(QString, expected);
    QCOMPARE(value.toString(), expected);
}

void tst_AddressSpace::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Version>("version");

    QTest::newRow("plain") << QStringLiteral("contoso.com") << Version::Sp12007;
    QTest::newRow("wildcard cost") << QStringLiteral("*.contoso.com;5") << Version::Sp12007;
    QTest::newRow("star") << QStringLiteral("*;100") << Version::Sp12007;
    QTest::newRow("all accepted domains") << QStringLiteral("--") << Version::Sp12007;
    QTest::newRow("idn") << QString::fromUtf8("*.bücher.example;3") << Version::Sp12007;
    QTest::newRow("rtm local") << QStringLiteral("local:contoso.com;7") << Version::Rtm2007;
    QTest::newRow("x400") << QStringLiteral("x400:o=MySite;p=MyOrg;a=adatum;c=us;1") << Version::Sp12007;
    QTest::newRow("x400 trailing semicolon") << QStringLiteral("X400:c=us;a= ;p=MyOrg;") << Version::Sp12007;
    QTest::newRow("custom with ';'") << QStringLiteral("FAX:a;b;4") << Version::Sp12007;
    QTest::newRow("custom with ':' and trailing ';'") << QStringLiteral("Notes:x:y;;9") << Version::Rtm2007;
}

void tst_AddressSpace::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(Version, version);

    const Parsed<AddressSpace> first = AddressSpaceParser::parse(text, version);
    QVERIFY(first.ok());
    const Parsed<AddressSpace> second = AddressSpaceParser::parse(first.value->toString(), version);
    QVERIFY2(second.ok(), qPrintable(first.value->toString()));
    QCOMPARE(*second.value, *first.value);
    QCOMPARE(second.value->toString(), first.value->toString());
}

void tst_AddressSpace::includesSubdomains_data()
{
    QTest::addColumn<AddressSpace>("value");
    QTest::addColumn<bool>("expected");

    QTest::newRow("star") << space(smtp, QStringLiteral("*")) << true;
    QTest::newRow("star dot domain") << space(smtp, QStringLiteral("*.contoso.com")) << true;
    QTest::newRow("lower-case type") << space(QStringLiteral("smtp"), QStringLiteral("*.com")) << true;
    QTest::newRow("domain only") << space(smtp, QStringLiteral("contoso.com")) << false;
    QTest::newRow("all accepted domains") << space(smtp, QStringLiteral("--")) << false;
    QTest::newRow("custom type") << space(QStringLiteral("FAX"), QStringLiteral("*.contoso.com")) << false;
    QTest::newRow("x400") << space(x400, QStringLiteral("*")) << false;
}

void tst_AddressSpace::includesSubdomains()
{
    QFETCH(AddressSpace, value);
    QFETCH(bool, expected);
    QCOMPARE(value.includesSubdomains(), expected);
}

void tst_AddressSpace::sameDestination_data()
{
    QTest::addColumn<AddressSpace>("a");
    QTest::addColumn<AddressSpace>("b");
    QTest::addColumn<bool>("expected");

    const AddressSpace contoso = space(smtp, QStringLiteral("contoso.com"), 1);
    QTest::newRow("identical") << contoso << contoso << true;
    QTest::newRow("cost differs") << contoso << space(smtp, QStringLiteral("contoso.com"), 5) << true;
    QTest::newRow("case differs") << contoso << space(QStringLiteral("smtp"), QStringLiteral("Contoso.COM"), 1) << true;
    QTest::newRow("x400 case differs") << space(x400, QStringLiteral("c=us;a=b")) << space(QStringLiteral("x400"), QStringLiteral("C=US;A=B"))
                                       << true;
    QTest::newRow("scope differs") << contoso << space(smtp, QStringLiteral("contoso.com"), 1, Scope::Local) << false;
    QTest::newRow("address differs") << contoso << space(smtp, QStringLiteral("*.contoso.com"), 1) << false;
    QTest::newRow("type differs") << contoso << space(QStringLiteral("FAX"), QStringLiteral("contoso.com"), 1) << false;
}

void tst_AddressSpace::sameDestination()
{
    QFETCH(AddressSpace, a);
    QFETCH(AddressSpace, b);
    QFETCH(bool, expected);
    QCOMPARE(a.sameDestination(b), expected);
    QCOMPARE(b.sameDestination(a), expected);
}

QTEST_GUILESS_MAIN(tst_AddressSpace)
#include "tst_addressspace.moc"
