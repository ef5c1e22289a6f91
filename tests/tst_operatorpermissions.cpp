#include "OperatorPermissions.h"
#include "OrganizationStore.h"

#include <QTest>

Q_DECLARE_METATYPE(OperatorPermissions::Action)

namespace {

enum class Roles { Declared, Absent, EdgeUnlisted };

// The Contoso sample with role assignments (tests/data/contoso-with-roles.json): Hubs EX01-EX03,
// EDGE01 subscribed, EDGE02 unsubscribed with its own connectors; CONTOSO\Administrator and a
// group hold Exchange Organization Administrator, EDGEnn\Administrator administers EDGEnn.
Organization sample(Roles roles)
{
    Organization organization =
        OrganizationStore(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json")).load().value.value_or(Organization());
    switch (roles) {
    case Roles::Declared:
        break;
    case Roles::Absent:
        organization.roleAssignments.reset();
        break;
    case Roles::EdgeUnlisted:
        organization.roleAssignments->edgeAdministrators.remove(QStringLiteral("EDGE02"));
        break;
    }
    return organization;
}

// Sets an environment variable for the lifetime of the object (null: unset), then restores it.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QString &value)
        : m_name(name), m_previous(qgetenv(name)), m_wasSet(qEnvironmentVariableIsSet(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }
    ~ScopedEnvironment()
    {
        if (m_wasSet)
            qputenv(m_name, m_previous);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    QByteArray m_previous;
    bool m_wasSet;
};

} // namespace

Q_DECLARE_METATYPE(Roles)

// Who may create, change or remove Send connectors on the Hub side and on Edge servers.
class TestOperatorPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void sameOperator_data();
    void sameOperator();
    void holders();
    void currentOperator_data();
    void currentOperator();
};

void TestOperatorPermissions::initTestCase()
{
    const Organization organization = sample(Roles::Declared);
    QVERIFY(organization.roleAssignments.has_value());
    QCOMPARE(organization.roleAssignments->edgeAdministrators.size(), 2);
}

void TestOperatorPermissions::check_data()
{
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("edgeServer");
    QTest::addColumn<OperatorPermissions::Action>("action");
    QTest::addColumn<QString>("code");      // empty: allowed
    QTest::addColumn<QStringList>("mentions"); // what the message must name

    using A = OperatorPermissions::Action;
    const QString orgAdmin = QStringLiteral("CONTOSO\\Administrator");
    const QString edgeAdmin = QStringLiteral("EDGE02\\Administrator");
    const QString notOrg = QStringLiteral("Permission.NotOrganizationAdministrator");
    const QString notEdge = QStringLiteral("Permission.NotEdgeAdministrator");
    const QString subscribed = QStringLiteral("Permission.SubscribedEdge");
    const QString unknown = QStringLiteral("Permission.UnknownServer");
    const QStringList orgHolders{orgAdmin, QStringLiteral("CONTOSO\\Exchange Organization Administrators")};

    // Hub side.
    QTest::newRow("hub: organization administrator creates") << Roles::Declared << orgAdmin << QString()
                                                             << A::CreateConnector << QString() << QStringList();
    QTest::newRow("hub: names compare case-insensitively")
        << Roles::Declared << QStringLiteral("contoso\\ADMINISTRATOR") << QString() << A::ChangeConnector << QString()
        << QStringList();
    QTest::newRow("hub: surrounding spaces are ignored")
        << Roles::Declared << QStringLiteral("  CONTOSO\\Administrator ") << QString() << A::RemoveConnector
        << QString() << QStringList();
    QTest::newRow("hub: a listed group, named as such")
        << Roles::Declared << QStringLiteral("contoso\\exchange organization administrators") << QString()
        << A::CreateConnector << QString() << QStringList();
    QTest::newRow("hub: a Hub server's name is the Hub side") << Roles::Declared << orgAdmin << QStringLiteral("ex03")
                                                              << A::CreateConnector << QString() << QStringList();
    QTest::newRow("hub: a bare name is not the domain account")
        << Roles::Declared << QStringLiteral("administrator") << QString() << A::CreateConnector << notOrg
        << (QStringList{QStringLiteral("\"administrator\""), QStringLiteral("Contoso")} + orgHolders);
    QTest::newRow("hub: the login name root") << Roles::Declared << QStringLiteral("root") << QString()
                                              << A::RemoveConnector << notOrg
                                              << (QStringList{QStringLiteral("remove Send connectors")} + orgHolders);
    QTest::newRow("hub: an Edge administrator") << Roles::Declared << edgeAdmin << QStringLiteral("EX01")
                                                << A::ChangeConnector << notOrg
                                                << (QStringList{QStringLiteral("change Send connectors")} + orgHolders);
    QTest::newRow("hub: another domain's Administrator")
        << Roles::Declared << QStringLiteral("FABRIKAM\\Administrator") << QString() << A::CreateConnector << notOrg
        << orgHolders;
    QTest::newRow("hub: a UPN is a different name")
        << Roles::Declared << QStringLiteral("administrator@contoso.com") << QString() << A::CreateConnector
        << notOrg << orgHolders;
    QTest::newRow("hub: no operator name") << Roles::Declared << QString() << QString() << A::CreateConnector
                                           << notOrg << (QStringList{QStringLiteral("without a name")} + orgHolders);

    // An unsubscribed Edge: only its own administrators.
    QTest::newRow("edge: its administrator creates") << Roles::Declared << edgeAdmin << QStringLiteral("EDGE02")
                                                     << A::CreateConnector << QString() << QStringList();
    QTest::newRow("edge: server and name in any case")
        << Roles::Declared << QStringLiteral("edge02\\administrator") << QStringLiteral("edge02")
        << A::RemoveConnector << QString() << QStringList();
    QTest::newRow("edge: an organization administrator is not an Edge administrator")
        << Roles::Declared << orgAdmin << QStringLiteral("EDGE02") << A::CreateConnector << notEdge
        << QStringList{QStringLiteral("\"CONTOSO\\Administrator\""), QStringLiteral("EDGE02"), edgeAdmin,
                       QStringLiteral("local Administrators")};
    QTest::newRow("edge: another Edge's administrator")
        << Roles::Declared << QStringLiteral("EDGE01\\Administrator") << QStringLiteral("EDGE02")
        << A::ChangeConnector << notEdge << QStringList{edgeAdmin};
    QTest::newRow("edge: nobody listed for the server")
        << Roles::EdgeUnlisted << edgeAdmin << QStringLiteral("EDGE02") << A::CreateConnector << notEdge
        << QStringList{QStringLiteral("lists nobody")};

    // A subscribed Edge: never, whatever the role, with or without role assignments.
    QTest::newRow("subscribed edge: its administrator creates")
        << Roles::Declared << QStringLiteral("EDGE01\\Administrator") << QStringLiteral("EDGE01")
        << A::CreateConnector << subscribed
        << QStringList{QStringLiteral("\"EDGE01\""), QStringLiteral("Create the Send connector on the Hub Transport side")};
    QTest::newRow("subscribed edge: organization administrator removes")
        << Roles::Declared << orgAdmin << QStringLiteral("edge01") << A::RemoveConnector << subscribed
        << QStringList{QStringLiteral("Remove the Send connector on the Hub Transport side")};
    QTest::newRow("subscribed edge: no role assignments") << Roles::Absent << QStringLiteral("root")
                                                          << QStringLiteral("EDGE01") << A::ChangeConnector
                                                          << subscribed << QStringList{QStringLiteral("EdgeSync")};

    // Without role assignments nobody is checked.
    QTest::newRow("no roles: anyone on the Hub side") << Roles::Absent << QStringLiteral("root") << QString()
                                                      << A::CreateConnector << QString() << QStringList();
    QTest::newRow("no roles: unnamed operator") << Roles::Absent << QString() << QString() << A::RemoveConnector
                                                << QString() << QStringList();
    QTest::newRow("no roles: anyone on an unsubscribed Edge") << Roles::Absent << QStringLiteral("root")
                                                              << QStringLiteral("EDGE02") << A::ChangeConnector
                                                              << QString() << QStringList();

    // The whole organization (Import-/Export-Organization): the organization administrators, whatever the side.
    QTest::newRow("organization: its administrator exports") << Roles::Declared << orgAdmin << QString()
                                                             << A::ExportOrganization << QString() << QStringList();
    QTest::newRow("organization: its administrator imports") << Roles::Declared << orgAdmin << QString()
                                                             << A::ImportOrganization << QString() << QStringList();
    QTest::newRow("organization: an Edge administrator on the Edge exports")
        << Roles::Declared << edgeAdmin << QStringLiteral("EDGE02") << A::ExportOrganization << notOrg
        << QStringList{QStringLiteral("cannot export the organization \"Contoso\""), orgAdmin};
    QTest::newRow("organization: from a subscribed Edge, its administrator imports")
        << Roles::Declared << orgAdmin << QStringLiteral("EDGE01") << A::ImportOrganization << QString() << QStringList();
    QTest::newRow("organization: anyone else imports")
        << Roles::Declared << QStringLiteral("CONTOSO\\Kim") << QString() << A::ImportOrganization << notOrg
        << QStringList{QStringLiteral("\"CONTOSO\\Kim\" cannot import the organization \"Contoso\""),
                       QStringLiteral("role in the organization imported")};
    QTest::newRow("organization: no roles, anyone") << Roles::Absent << QStringLiteral("root") << QString()
                                                    << A::ExportOrganization << QString() << QStringList();

    // A server that is not in the organization.
    QTest::newRow("unknown server") << Roles::Declared << orgAdmin << QStringLiteral("EX99") << A::CreateConnector
                                    << unknown << QStringList{QStringLiteral("EX99"), QStringLiteral("EDGE02")};
    QTest::newRow("unknown server without roles") << Roles::Absent << orgAdmin << QStringLiteral("EX99")
                                                  << A::CreateConnector << unknown << QStringList();
}

void TestOperatorPermissions::check()
{
    QFETCH(Roles, roles);
    QFETCH(QString, operatorName);
    QFETCH(QString, edgeServer);
    QFETCH(OperatorPermissions::Action, action);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);

    const Organization organization = sample(roles);
    const Problems problems = OperatorPermissions::check(organization, operatorName, edgeServer, action);
    QCOMPARE(OperatorPermissions::mayAct(organization, operatorName, edgeServer, action), code.isEmpty());
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        return;
    }
    QCOMPARE(problems.size(), 1);
    const Problem &problem = problems.first();
    QCOMPARE(problem.code, code);
    QVERIFY(problem.isError());
    QCOMPARE(problem.parameter, code == QLatin1String("Permission.NotOrganizationAdministrator")
                                        || code == QLatin1String("Permission.NotEdgeAdministrator")
                                    ? QStringLiteral("Operator")
                                    : QStringLiteral("Server"));
    for (const QString &mention : mentions)
        QVERIFY2(problem.message.contains(mention), qPrintable(mention + QLatin1String(" in: ") + problem.message));
}

void TestOperatorPermissions::sameOperator_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << QStringLiteral("CONTOSO\\Administrator") << QStringLiteral("CONTOSO\\Administrator")
                               << true;
    QTest::newRow("case") << QStringLiteral("CONTOSO\\Administrator") << QStringLiteral("contoso\\administrator")
                          << true;
    QTest::newRow("spaces") << QStringLiteral(" alice ") << QStringLiteral("alice") << true;
    QTest::newRow("bare names") << QStringLiteral("alice") << QStringLiteral("ALICE") << true;
    QTest::newRow("bare against qualified") << QStringLiteral("administrator")
                                            << QStringLiteral("CONTOSO\\Administrator") << false;
    QTest::newRow("qualified against bare") << QStringLiteral("CONTOSO\\Administrator")
                                            << QStringLiteral("Administrator") << false;
    QTest::newRow("other domain") << QStringLiteral("EDGE02\\Administrator") << QStringLiteral("CONTOSO\\Administrator")
                                  << false;
    QTest::newRow("forward slash is not the separator") << QStringLiteral("CONTOSO/Administrator")
                                                        << QStringLiteral("CONTOSO\\Administrator") << false;
    QTest::newRow("empty names never match") << QString() << QString() << false;
    QTest::newRow("blank names never match") << QStringLiteral(" ") << QStringLiteral(" ") << false;
}

void TestOperatorPermissions::sameOperator()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    QCOMPARE(OperatorPermissions::sameOperator(a, b), same);
    QCOMPARE(OperatorPermissions::sameOperator(b, a), same);
}

void TestOperatorPermissions::holders()
{
    const Organization organization = sample(Roles::Declared);
    const QStringList orgHolders{QStringLiteral("CONTOSO\\Administrator"),
                                 QStringLiteral("CONTOSO\\Exchange Organization Administrators")};
    QCOMPARE(OperatorPermissions::holders(organization, QString()), orgHolders);
    QCOMPARE(OperatorPermissions::holders(organization, QStringLiteral("EX02")), orgHolders);
    QCOMPARE(OperatorPermissions::holders(organization, QStringLiteral("edge02")),
             QStringList{QStringLiteral("EDGE02\\Administrator")});
    QCOMPARE(OperatorPermissions::holders(organization, QStringLiteral("EX99")), QStringList());
    QCOMPARE(OperatorPermissions::holders(sample(Roles::Absent), QString()), QStringList());
    QCOMPARE(OperatorPermissions::holders(sample(Roles::EdgeUnlisted), QStringLiteral("EDGE02")), QStringList());
}

void TestOperatorPermissions::currentOperator_data()
{
    QTest::addColumn<QString>("userDomain");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("logName"); // LOGNAME (POSIX), unset unless a row says otherwise

    // A null QString unsets the variable.
    QTest::newRow("Windows domain account") << QStringLiteral("CONTOSO") << QStringLiteral("Administrator")
                                            << QString() << QStringLiteral("CONTOSO\\Administrator") << QString();
    QTest::newRow("domain wins over USER") << QStringLiteral("CONTOSO") << QStringLiteral("alice")
                                           << QStringLiteral("root") << QStringLiteral("CONTOSO\\alice") << QString();
    QTest::newRow("Unix login") << QString() << QString() << QStringLiteral("root") << QStringLiteral("root") << QString();
    QTest::newRow("USER before a bare USERNAME") << QString() << QStringLiteral("bob") << QStringLiteral("alice")
                                                 << QStringLiteral("alice") << QString();
    QTest::newRow("USERNAME alone") << QString() << QStringLiteral("bob") << QString() << QStringLiteral("bob") << QString();
    QTest::newRow("domain without a user name") << QStringLiteral("CONTOSO") << QString() << QStringLiteral("alice")
                                                << QStringLiteral("alice") << QString();
    QTest::newRow("LOGNAME alone (cron, su)") << QString() << QString() << QString() << QStringLiteral("carol")
                                              << QStringLiteral("carol");
    QTest::newRow("USER before LOGNAME") << QString() << QString() << QStringLiteral("alice")
                                         << QStringLiteral("alice") << QStringLiteral("carol");
    QTest::newRow("nothing set") << QString() << QString() << QString() << QString() << QString();
}

void TestOperatorPermissions::currentOperator()
{
    QFETCH(QString, userDomain);
    QFETCH(QString, userName);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    QFETCH(QString, logName);

    const ScopedEnvironment logNameVariable("LOGNAME", logName);
    const ScopedEnvironment domain("USERDOMAIN", userDomain);
    const ScopedEnvironment name("USERNAME", userName);
    const ScopedEnvironment login("USER", user);
    QCOMPARE(OperatorPermissions::currentOperator(), expected);
}

QTEST_GUILESS_MAIN(TestOperatorPermissions)
#include "tst_operatorpermissions.moc"
