#include "support/ModelTestSupport.h"
#include "support/ProgramRun.h"
#include "support/TerminalShell.h"
#include "support/TestServers.h"
#include "support/TestStore.h"
#include "OrganizationStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// send-connector-shell on an organization in a real directory (the ldap_servers fixture's slapd
// providers, docs/ldap-directory.md): Import-Organization into dc=contoso,dc=com, the connector
// cmdlets through --organization ldap://… with a bind DN and through ldapi:// with SASL EXTERNAL,
// Export-Organization back to a file identical to the source, an import refused where an
// organization is, failover past a server that refuses connections, and a refused bind.
// Every test leaves nothing below the base DN (cleanup()); the tests that write it hold the
// RESOURCE_LOCK ldap_directory (tests/CMakeLists.txt).
class tst_ShellDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importChangeExport_data();
    void importChangeExport();
    void importRefusedWhereAnOrganizationIs();
    void failover_data();
    void failover();
    void bindRefused();
    void bindAtATerminal();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();

private:
    // The first provider's URIs with the base DN.
    QString ldapi() const { return m_servers.ldapProviders.first().ldapiUri + QLatin1Char('/') + m_servers.ldapBaseDn; }
    QString ldap() const { return m_servers.ldapProviders.first().uri + QLatin1Char('/') + m_servers.ldapBaseDn; }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The shell in the test's folder; `input` is its standard input (after a --bind-dn, the
    // password's line first).
    ProgramRun shell(const QStringList &arguments, const QByteArray &input = QByteArray()) const;
    // The DNs right below the base DN, read over ldapi:// as this user (SASL EXTERNAL).
    QStringList entriesBelowBase(QString *error) const;

    TestServers m_servers;
    std::unique_ptr<QTemporaryDir> m_dir;
};

using ModelTestSupport::readFile;
using ModelTestSupport::writeFile;

namespace {

constexpr int ProcessTimeout = 60000; // ms; only a hung program ever waits this long

ProgramRun runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        ProgramRun missing;
        missing.err = QStringLiteral("%1 is not installed (Debian: ldap-utils)").arg(tool);
        return missing;
    }
    return runProgram(program, arguments, QByteArray(), QProcessEnvironment::systemEnvironment(), ProcessTimeout);
}

QByteArray sampleFile()
{
    return OrganizationStore::sampleOrganizationBytes();
}

} // namespace

void tst_ShellDirectory::initTestCase()
{
    m_servers = TestServers::load(TestServers::Ldap);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    QCOMPARE(m_servers.ldapProviders.size(), 2);
    QVERIFY(!m_servers.ldapClosedUri.isEmpty());
    // What an earlier test left (it may have stopped half-way) goes first.
    cleanup();
}

void tst_ShellDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(path("sample.json"), sampleFile()));
}

// Whatever a test created below the base DN is deleted, so that the next test finds it empty.
void tst_ShellDirectory::cleanup()
{
    QString error;
    const QStringList created = entriesBelowBase(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (!created.isEmpty()) {
        const ProgramRun deleted =
            runTool(QStringLiteral("ldapdelete"), QStringList{QStringLiteral("-Q"), QStringLiteral("-Y"),
                                                              QStringLiteral("EXTERNAL"), QStringLiteral("-H"),
                                                              m_servers.ldapProviders.first().ldapiUri,
                                                              QStringLiteral("-r")}
                                                      + created);
        QVERIFY2(deleted.finished && deleted.exitCode == 0, qPrintable(deleted.err));
    }
    QVERIFY(entriesBelowBase(&error).isEmpty());
    QVERIFY(TestStore::clearDirectory()); // and waits until the other provider has it too
}

QStringList tst_ShellDirectory::entriesBelowBase(QString *error) const
{
    const ProgramRun search = runTool(
        QStringLiteral("ldapsearch"),
        {QStringLiteral("-Q"), QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
         QStringLiteral("-Y"), QStringLiteral("EXTERNAL"), QStringLiteral("-H"), m_servers.ldapProviders.first().ldapiUri,
         QStringLiteral("-b"), m_servers.ldapBaseDn, QStringLiteral("-s"), QStringLiteral("one"),
         QStringLiteral("(objectClass=*)"), QStringLiteral("1.1")});
    if (!search.finished || search.exitCode != 0) {
        *error = QStringLiteral("ldapsearch: exit %1: %2").arg(search.exitCode).arg(search.err);
        return {};
    }
    QStringList dns;
    for (const QString &line : search.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("dn: ")))
            dns.append(line.mid(4));
        else if (line.startsWith(QLatin1String("dn:: "))) // base64: a DN with non-ASCII characters
            dns.append(QString::fromUtf8(QByteArray::fromBase64(line.mid(5).toLatin1())));
    }
    return dns;
}

ProgramRun tst_ShellDirectory::shell(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // Relative -Path values start in the test's folder.
    return runProgram(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"), arguments, input, environment,
                      ProcessTimeout, m_dir->path());
}

// The whole journey of an organization: imported from the sample file, changed by the connector
// cmdlets (each run a new process, so every result is read back from the directory), exported
// back: the file is byte for byte the sample again.
void tst_ShellDirectory::importChangeExport_data()
{
    QTest::addColumn<bool>("overTcp"); // ldap:// with the administrator's bind DN; else ldapi:// (SASL EXTERNAL)

    QTest::newRow("ldap:// with a bind DN") << true;
    QTest::newRow("ldapi:// with SASL EXTERNAL") << false;
}

void tst_ShellDirectory::importChangeExport()
{
    QFETCH(bool, overTcp);
    // The password is the first line of the input; the commands follow it.
    const QStringList where = overTcp
        ? QStringList{QStringLiteral("--organization"), ldap(), QStringLiteral("--bind-dn"), m_servers.ldapBindDn}
        : QStringList{QStringLiteral("--organization"), ldapi()};
    const QByteArray password = overTcp ? m_servers.ldapPassword.toUtf8() + '\n' : QByteArray();

    const ProgramRun imported = shell(where, password + "Import-Organization sample.json\nGet-SendConnector\n");
    QVERIFY2(imported.finished && imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("Contoso to Internet")), qPrintable(imported.out));
    QVERIFY2(!imported.out.contains(m_servers.ldapPassword) && !imported.err.contains(m_servers.ldapPassword),
             "the password is never shown");

    const ProgramRun created = shell(where, password
                                         + "New-SendConnector -Name 'Fabrikam' -Usage Partner -AddressSpaces 'fabrikam.com' "
                                           "-DNSRoutingEnabled $true\n"
                                           "Set-SendConnector Fabrikam -MaxMessageSize 20MB -Comment 'via the directory'\n");
    QVERIFY2(created.finished && created.exitCode == 0, qPrintable(created.err));
    const ProgramRun read = shell({QStringLiteral("--organization"), ldapi(), QStringLiteral("-c"),
                                   QStringLiteral("Get-SendConnector Fabrikam | Format-List")});
    QVERIFY2(read.finished && read.exitCode == 0, qPrintable(read.err));
    QVERIFY2(read.out.contains(QLatin1String("via the directory")), qPrintable(read.out));
    QVERIFY2(read.out.contains(QLatin1String("MaxMessageSize               : 20MB")), qPrintable(read.out));

    const ProgramRun removed = shell(where, password + "Remove-SendConnector Fabrikam -Confirm:$false\n");
    QVERIFY2(removed.finished && removed.exitCode == 0, qPrintable(removed.err));
    const ProgramRun gone = shell({QStringLiteral("--organization"), ldapi(), QStringLiteral("-c"),
                                   QStringLiteral("Get-SendConnector Fabrikam")});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.contains(QLatin1String("The Send connector \"Fabrikam\" was not found")), qPrintable(gone.err));

    const ProgramRun exported = shell(where, password + "Export-Organization exported.json\n");
    QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(readFile(path("exported.json")), sampleFile());
}

// Import-Organization onto a base DN that holds an organization is refused, and nothing is written.
void tst_ShellDirectory::importRefusedWhereAnOrganizationIs()
{
    const QStringList where{QStringLiteral("--organization"), ldapi()};
    const ProgramRun first = shell(where + QStringList{QStringLiteral("-c"), QStringLiteral("Import-Organization sample.json")});
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.err));

    QVERIFY(QFile::copy(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"), path("roles.json")));
    const ProgramRun second = shell(where + QStringList{QStringLiteral("--as"), QStringLiteral("CONTOSO\\Administrator"),
                                                        QStringLiteral("-c"), QStringLiteral("Import-Organization roles.json")});
    QVERIFY(second.finished);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.startsWith(QLatin1String("Import-Organization : ")), qPrintable(second.err));
    QVERIFY2(second.err.contains(m_servers.ldapBaseDn), qPrintable(second.err));

    const ProgramRun exported = shell(where + QStringList{QStringLiteral("-c"), QStringLiteral("Export-Organization after.json")});
    QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(readFile(path("after.json")), sampleFile());
}

// The first server refuses connections: the shell goes on to the next, given in one value or in
// repeated --organization values.
void tst_ShellDirectory::failover_data()
{
    QTest::addColumn<bool>("repeated");

    QTest::newRow("one list") << false;
    QTest::newRow("repeated --organization") << true;
}

void tst_ShellDirectory::failover()
{
    QFETCH(bool, repeated);
    const QString closed = m_servers.ldapClosedUri;
    const QStringList where = repeated
        ? QStringList{QStringLiteral("--organization"), closed + QLatin1Char('/') + m_servers.ldapBaseDn,
                      QStringLiteral("--organization"), ldap()}
        : QStringList{QStringLiteral("--organization"), closed + QLatin1Char(',') + ldap()};
    const QByteArray password = m_servers.ldapPassword.toUtf8() + '\n';
    const ProgramRun run = shell(where + QStringList{QStringLiteral("--bind-dn"), m_servers.ldapBindDn},
                                 password + "Import-Organization sample.json\nGet-SendConnector 'Contoso to Internet'\n"
                                            "Export-Organization exported.json\n");
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Contoso to Internet")), qPrintable(run.out));
    QCOMPARE(readFile(path("exported.json")), sampleFile());
}

// A wrong password: the bind is refused, said once, before any command runs; nothing is written.
void tst_ShellDirectory::bindRefused()
{
    const ProgramRun run = shell({QStringLiteral("--organization"), ldap(), QStringLiteral("--bind-dn"), m_servers.ldapBindDn},
                                 "not-the-password\nImport-Organization sample.json\n");
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.endsWith(QStringLiteral("send-connector-shell: check the DN given to --bind-dn (%1) and its "
                                             "password.\n").arg(m_servers.ldapBindDn)),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("not-the-password")), qPrintable(run.err));
    QString error;
    QCOMPARE(entriesBelowBase(&error), QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// An administrator at a terminal: the password is asked once, without echo, and the session then
// works on the directory.
void tst_ShellDirectory::bindAtATerminal()
{
    const ProgramRun imported = shell({QStringLiteral("--organization"), ldapi(), QStringLiteral("-c"),
                                       QStringLiteral("Import-Organization sample.json")});
    QVERIFY2(imported.finished && imported.exitCode == 0, qPrintable(imported.err));

    TerminalShell terminal(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"),
                           {QStringLiteral("--organization"), ldap(), QStringLiteral("--bind-dn"), m_servers.ldapBindDn});
    QVERIFY(terminal.started());
    QVERIFY2(terminal.waitFor(QStringLiteral("Password for %1: ").arg(m_servers.ldapBindDn)), qPrintable(terminal.output()));
    QTRY_VERIFY(!terminal.echoes());
    QVERIFY(terminal.type(m_servers.ldapPassword.toUtf8() + '\n'));
    QVERIFY2(terminal.waitFor(QStringLiteral("[PS] > ")), qPrintable(terminal.output()));
    QVERIFY(terminal.echoes());
    QVERIFY(terminal.type("Get-SendConnector 'Contoso to Internet'\n"));
    QVERIFY2(terminal.waitFor(QStringLiteral("Contoso to Internet {SMTP:*;1}")), qPrintable(terminal.output()));
    QVERIFY(terminal.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(terminal.type("exit\n"));
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(!terminal.output().contains(m_servers.ldapPassword), "the password is never shown");
}

// What the shell refuses on a directory leaves it as it was: an import without the role, of a
// damaged file, or anonymously; an export without the role writes no file.
void tst_ShellDirectory::refusalsWriteNothing_data()
{
    QTest::addColumn<bool>("seeded");       // the roles organization is imported first (over ldapi://)
    QTest::addColumn<bool>("overTcp");      // ldap:// anonymously; else ldapi:// (SASL EXTERNAL)
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");     // a part of standard error

    QTest::newRow("import without the role") << false << false << "CONTOSO\\Kim" << "Import-Organization roles.json"
                                             << "Import-Organization : Operator: \"CONTOSO\\Kim\" cannot import the "
                                                "organization \"Contoso\"";
    QTest::newRow("import of a damaged file") << false << false << "CONTOSO\\Administrator"
                                              << "Import-Organization damaged.json"
                                              << "Import-Organization : damaged.json:";
    // Anonymous binds see nothing of the fixture's tree: the shell stops before any command.
    QTest::newRow("import anonymously") << false << true << "CONTOSO\\Administrator" << "Import-Organization roles.json"
                                        << "send-connector-shell: ldap://127.0.0.1:";
    QTest::newRow("export without the role") << true << false << "CONTOSO\\Kim" << "Export-Organization out.json"
                                             << "Export-Organization : Operator: \"CONTOSO\\Kim\" cannot export the "
                                                "organization \"Contoso\"";
    QTest::newRow("change without the role") << true << false << "CONTOSO\\Kim"
                                             << "Remove-SendConnector 'Contoso to Internet' -Confirm:$false"
                                             << "Remove-SendConnector : Operator: \"CONTOSO\\Kim\" cannot remove Send "
                                                "connectors";
}

void tst_ShellDirectory::refusalsWriteNothing()
{
    QFETCH(bool, seeded);
    QFETCH(bool, overTcp);
    QFETCH(QString, operatorName);
    QFETCH(QString, command);
    QFETCH(QString, error);

    const QByteArray roles = readFile(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"));
    QVERIFY(writeFile(path("roles.json"), roles));
    QVERIFY(writeFile(path("damaged.json"), QByteArray(roles).replace("\"Port\": 25", "\"Port\": 70000")));
    if (seeded) {
        const ProgramRun seed = shell({QStringLiteral("--organization"), ldapi(), QStringLiteral("--as"),
                                       QStringLiteral("CONTOSO\\Administrator"), QStringLiteral("-c"),
                                       QStringLiteral("Import-Organization roles.json")});
        QVERIFY2(seed.finished && seed.exitCode == 0, qPrintable(seed.err));
    }
    QString problem;
    const QStringList before = entriesBelowBase(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const ProgramRun run = shell({QStringLiteral("--organization"), overTcp ? ldap() : ldapi(), QStringLiteral("--as"),
                                  operatorName, QStringLiteral("-c"), command});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QCOMPARE(entriesBelowBase(&problem), before);
    QVERIFY(!QFile::exists(path("out.json")));
    if (seeded) { // the organization is still the one imported, whole
        const ProgramRun exported = shell({QStringLiteral("--organization"), ldapi(), QStringLiteral("--as"),
                                           QStringLiteral("CONTOSO\\Administrator"), QStringLiteral("-c"),
                                           QStringLiteral("Export-Organization after.json")});
        QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(readFile(path("after.json")), roles);
    }
}

QTEST_GUILESS_MAIN(tst_ShellDirectory)
#include "tst_shell_directory.moc"
