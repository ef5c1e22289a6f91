#include "support/ModelTestSupport.h"
#include "support/ProgramRun.h"
#include "support/TerminalShell.h"
#include "OrganizationStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// send-connector-shell as a program: Export-Organization and Import-Organization between files,
// their refusals, and the --organization / --bind-dn command line (docs/shell-language.md
// #export-organization-and-import-organization, docs/ldap-directory.md#organization-uris). The
// same cmdlets against a real directory: tst_shell_directory.
class tst_ShellOrganization : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripThroughFiles_data();
    void roundTripThroughFiles();
    void refusals_data();
    void refusals();
    void commandLineRefusals_data();
    void commandLineRefusals();
    void passwordFromThePipe_data();
    void passwordFromThePipe();
    void passwordAtATerminal();
    void importAtATerminal();
    void helpNamesTheExtensions();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    ProgramRun shell(const QStringList &arguments, const QByteArray &input = QByteArray()) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

using ModelTestSupport::readFile;
using ModelTestSupport::writeFile;

namespace {

constexpr int ProcessTimeout = 60000; // ms; only a hung shell ever waits this long

const QString Administrator = QStringLiteral("CONTOSO\\Administrator");

QByteArray sampleFile()
{
    return OrganizationStore::sampleOrganizationBytes();
}

QByteArray rolesFile()
{
    return readFile(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"));
}

// The sample with a port no connector may have, on line `line` of the file.
QByteArray damagedFile(int *line)
{
    QByteArray bytes = sampleFile();
    const qsizetype at = bytes.indexOf("\"Port\": 25");
    *line = int(bytes.left(at).count('\n')) + 1;
    return bytes.replace(at, qsizetype(qstrlen("\"Port\": 25")), "\"Port\": 70000");
}

} // namespace

void tst_ShellOrganization::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ProgramRun tst_ShellOrganization::shell(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // Relative -Path values start in the test's folder.
    return runProgram(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"), arguments, input, environment,
                      ProcessTimeout, m_dir->path());
}

// Import-Organization into a new file, the commands on it, Export-Organization back: the files
// are byte for byte the source (the round trip is identical), and created for their owner only.
void tst_ShellOrganization::roundTripThroughFiles_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("operatorName");

    QTest::newRow("sample, no roles declared") << sampleFile() << QStringLiteral("kim");
    QTest::newRow("roles, an organization administrator") << rolesFile() << Administrator;
}

void tst_ShellOrganization::roundTripThroughFiles()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, operatorName);
    QVERIFY(writeFile(path("source.json"), source));

    const ProgramRun run = shell({QStringLiteral("--organization"), QStringLiteral("imported.json"), QStringLiteral("--as"),
                                  operatorName, QStringLiteral("-c"),
                                  QStringLiteral("Import-Organization source.json; Get-SendConnector 'Contoso to Internet'; "
                                                 "Export-Organization -Path exported.json")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Contoso to Internet")), qPrintable(run.out)); // read after the import
    QCOMPARE(readFile(path("imported.json")), source);
    QCOMPARE(readFile(path("exported.json")), source);
    QCOMPARE(QFileInfo(path("exported.json")).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // -Force replaces an organization file with the organization as it is now.
    QVERIFY(writeFile(path("old.json"), readFile(path("imported.json")).replace("Contoso to Internet", "Old name")));
    const ProgramRun forced = shell({QStringLiteral("--organization"), path("imported.json"), QStringLiteral("--as"),
                                     operatorName, QStringLiteral("-c"), QStringLiteral("Export-Organization old.json -Fo")});
    QVERIFY2(forced.finished && forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(readFile(path("old.json")), source);
}

// Each refusal names what is wrong, exits with 1 and leaves every file as it was.
void tst_ShellOrganization::refusals_data()
{
    QTest::addColumn<QString>("organization"); // the file --organization names (in the test's folder)
    QTest::addColumn<QStringList>("files");    // name, contents, name, contents… written first
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");        // a part of standard error

    const QString sample = QString::fromUtf8(sampleFile());
    const QString roles = QString::fromUtf8(rolesFile());
    int line = 0;
    const QString damaged = QString::fromUtf8(damagedFile(&line));

    QTest::newRow("export onto a file") << "org.json" << QStringList{"org.json", sample, "out.json", roles} << "kim"
                                        << "Export-Organization out.json" << QByteArray()
                                        << "Export-Organization : out.json: The file out.json already exists and was "
                                           "left unchanged. Give -Force to replace it with the organization, or another "
                                           "path.";
    QTest::newRow("export -Force onto a file that is no organization")
        << "org.json" << QStringList{"org.json", sample, "notes.txt", "Meeting at ten.\n"} << "kim"
        << "Export-Organization notes.txt -Force" << QByteArray() << "notes.txt:1:1: ";
    QTest::newRow("export into a folder that does not exist")
        << "org.json" << QStringList{"org.json", sample} << "kim" << "Export-Organization nowhere/out.json" << QByteArray()
        << "could not be written: the folder";
    QTest::newRow("export without the role")
        << "org.json" << QStringList{"org.json", roles} << "CONTOSO\\Kim" << "Export-Organization out.json" << QByteArray()
        << "Export-Organization : Operator: \"CONTOSO\\Kim\" cannot export the organization \"Contoso\": that needs the "
           "Exchange Organization Administrator role.";
    QTest::newRow("export to a directory URI")
        << "org.json" << QStringList{"org.json", sample} << "kim" << "Export-Organization ldap://h/dc=x" << QByteArray()
        << "Cannot bind parameter 'Path' to 'ldap://h/dc=x': it is a directory URI, and -Path takes a JSON organization "
           "file. To work on a directory, give its URI to --organization.";
    QTest::newRow("export with a parameter it lacks")
        << "org.json" << QStringList{"org.json", sample} << "kim" << "Export-Organization out.json -WhatIf" << QByteArray()
        << "Export-Organization has no parameter -WhatIf. Its parameters are: Force, Path, Verbose, Debug, ErrorAction, "
           "ErrorVariable, OutVariable, OutBuffer.";
    QTest::newRow("export with an ambiguous prefix")
        << "org.json" << QStringList{"org.json", sample} << "kim" << "Export-Organization out.json -Out 1" << QByteArray()
        << "The parameter name -Out is ambiguous: it matches -OutVariable, -OutBuffer.";
    QTest::newRow("export, the path asked for and the input ended")
        << "org.json" << QStringList{"org.json", sample} << "kim" << "Export-Organization" << QByteArray()
        << "Export-Organization : Path: The input ended while a value for Path was asked for. Nothing was written.";
    QTest::newRow("import into a file that exists")
        << "org.json" << QStringList{"org.json", sample, "source.json", roles} << Administrator
        << "Import-Organization source.json" << QByteArray()
        << "Import-Organization : org.json: The organization file org.json already exists and was left unchanged: "
           "Import-Organization creates an organization and never replaces one.";
    QTest::newRow("import a damaged file")
        << "new.json" << QStringList{"source.json", damaged} << "kim" << "Import-Organization source.json" << QByteArray()
        << QStringLiteral("Import-Organization : source.json:%1:").arg(line);
    QTest::newRow("import a file that does not exist")
        << "new.json" << QStringList() << "kim" << "Import-Organization source.json" << QByteArray()
        << "Import-Organization : source.json: The organization file source.json does not exist.";
    QTest::newRow("import without the role in the organization imported")
        << "new.json" << QStringList{"source.json", roles} << "kim" << "Import-Organization -Path source.json"
        << QByteArray()
        << "Import-Organization : Operator: \"kim\" cannot import the organization \"Contoso\": that needs the Exchange "
           "Organization Administrator role in the organization imported.";
    QTest::newRow("import, an empty path answered")
        << "new.json" << QStringList{"source.json", sample} << "kim" << "Import-Organization" << QByteArray("  \n")
        << "Cannot bind parameter 'Path': the path is empty; give the name of a JSON organization file.";
    QTest::newRow("another command where no organization is")
        << "new.json" << QStringList() << "kim" << "Get-SendConnector" << QByteArray()
        << "new.json: The organization file new.json does not exist.";
}

void tst_ShellOrganization::refusals()
{
    QFETCH(QString, organization);
    QFETCH(QStringList, files);
    QFETCH(QString, operatorName);
    QFETCH(QString, command);
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    QMap<QString, QByteArray> before;
    for (qsizetype i = 0; i + 1 < files.size(); i += 2) {
        QVERIFY(writeFile(path(files.at(i)), files.at(i + 1).toUtf8()));
        before.insert(files.at(i), files.at(i + 1).toUtf8());
    }
    const ProgramRun run = shell({QStringLiteral("--organization"), organization, QStringLiteral("--as"), operatorName,
                                  QStringLiteral("-c"), command},
                                 input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("not recognized")), qPrintable(run.err));
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(left, QStringList(before.keys()));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(readFile(path(it.key())), it.value());
}

// A wrong --organization or --bind-dn is a wrong command line (exit 2), said before anything runs:
// no password is asked, no command runs, the file is not touched.
void tst_ShellOrganization::commandLineRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    const QString organization = QStringLiteral("--organization");
    const QString bindDn = QStringLiteral("--bind-dn");
    QTest::newRow("bad port") << QStringList{organization, "ldap://a/dc=x", organization, "ldap://b:0/dc=x"}
                              << "send-connector-shell: --organization: The port \"0\" of the URI ldap://b:0/dc=x is not "
                                 "a number from 1 to 65535.\nTry 'send-connector-shell --help' for more information.\n";
    QTest::newRow("unknown scheme") << QStringList{organization, "http://ldap.contoso.com/dc=x"}
                                    << "send-connector-shell: --organization: The organization "
                                       "\"http://ldap.contoso.com/dc=x\" uses the scheme \"http\"";
    QTest::newRow("no base DN") << QStringList{organization, "ldaps://ldap.contoso.com"}
                                << "send-connector-shell: --organization: The URI ldaps://ldap.contoso.com names no base DN.";
    QTest::newRow("a file among URIs") << QStringList{organization, "ldap://a/dc=x", organization, "org.json"}
                                       << "send-connector-shell: --organization: The organization \"org.json\" is a file, "
                                          "which cannot be combined with other organizations";
    QTest::newRow("different base DNs") << QStringList{organization, "ldap://a/dc=x", organization, "ldap://b/dc=y"}
                                        << "send-connector-shell: --organization: The organizations name different base "
                                           "DNs (\"dc=x\" and \"dc=y\")";
    QTest::newRow("StartTLS on some servers")
        << QStringList{organization, "ldap://a/dc=x?x-starttls", organization, "ldap://b/dc=x"}
        << "send-connector-shell: --organization: The servers given differ in StartTLS.";
    QTest::newRow("StartTLS on ldaps") << QStringList{organization, "ldaps://a/dc=x?x-starttls"}
                                       << "send-connector-shell: --organization: StartTLS applies only to ldap:// URIs";
    QTest::newRow("bind DN for a file") << QStringList{organization, "org.json", bindDn, "cn=admin,dc=x"}
                                        << "send-connector-shell: --bind-dn binds to a directory, but --organization "
                                           "names no directory";
    QTest::newRow("empty bind DN") << QStringList{organization, "ldap://a/dc=x", bindDn, " "}
                                   << "send-connector-shell: --bind-dn needs a DN";
}

void tst_ShellOrganization::commandLineRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    QVERIFY(writeFile(path("org.json"), sampleFile()));
    const ProgramRun run = shell(arguments + QStringList{QStringLiteral("-c"), QStringLiteral("Remove-SendConnector "
                                                                                             "'Contoso to Internet' "
                                                                                             "-Confirm:$false")},
                                 QByteArray("secret\n"));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("Password")), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QCOMPARE(readFile(path("org.json")), sampleFile());
}

// --bind-dn from a pipe: the first line is the password, never shown; the commands follow it.
// (Binding to a real directory: tst_shell_directory.)
void tst_ShellOrganization::passwordFromThePipe_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("no input") << QByteArray()
                              << "Password for cn=admin,dc=contoso,dc=com: \nsend-connector-shell: the input ended before "
                                 "the password for cn=admin,dc=contoso,dc=com was given; nothing was done.\n";
    QTest::newRow("empty password") << QByteArray("\nGet-SendConnector\n")
                                    << "Password for cn=admin,dc=contoso,dc=com: \nsend-connector-shell: the password for "
                                       "cn=admin,dc=contoso,dc=com is empty; a directory takes a DN with an empty "
                                       "password as an anonymous bind, so it is refused. Nothing was done.\n";
    // Nothing listens there: the password is read, kept, and the store reports the directory.
    QTest::newRow("a password") << QByteArray("Pa55-w0rd!\nGet-SendConnector\n") << "Password for cn=admin,dc=contoso,dc=com: \n";
}

void tst_ShellOrganization::passwordFromThePipe()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const ProgramRun run = shell({QStringLiteral("--organization"), QStringLiteral("ldap://127.0.0.1:1/dc=contoso,dc=com"),
                                  QStringLiteral("--bind-dn"), QStringLiteral("cn=admin,dc=contoso,dc=com")},
                                 input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("Pa55")) && !run.out.contains(QLatin1String("Pa55")),
             qPrintable(run.out + run.err));
    QVERIFY2(!run.out.contains(QLatin1String("Password")), qPrintable(run.out)); // the results stay clean
}

// At a terminal the password is typed without echo and never written back.
void tst_ShellOrganization::passwordAtATerminal()
{
    TerminalShell shell(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"),
                        {QStringLiteral("--organization"), QStringLiteral("ldap://127.0.0.1:1/dc=contoso,dc=com"),
                         QStringLiteral("--bind-dn"), QStringLiteral("cn=admin,dc=contoso,dc=com")});
    QVERIFY(shell.started());
    QVERIFY2(shell.waitFor(QStringLiteral("Password for cn=admin,dc=contoso,dc=com: ")), qPrintable(shell.output()));
    QTRY_VERIFY(!shell.echoes());
    QVERIFY(shell.type("Pa55-w0rd!\n"));
    QCOMPARE(shell.exitCode(), 1); // nothing listens there
    QVERIFY2(!shell.output().contains(QLatin1String("Pa55")), qPrintable(shell.output()));
}

// At a terminal where no organization is yet, the shell says so and what can run, then works on
// the organization imported.
void tst_ShellOrganization::importAtATerminal()
{
    QVERIFY(writeFile(path("source.json"), sampleFile()));
    TerminalShell shell(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"),
                        {QStringLiteral("--organization"), path("new.json")});
    QVERIFY(shell.started());
    QVERIFY2(shell.waitFor(QStringLiteral("The organization file %1 does not exist.").arg(path("new.json"))),
             qPrintable(shell.output()));
    QVERIFY2(shell.waitFor(QStringLiteral("Only Import-Organization can run until an organization is there.\n[PS] > ")),
             qPrintable(shell.output()));
    QVERIFY(shell.type("Get-SendConnector\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("does not exist")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type(QStringLiteral("Import-Organization '%1'\n").arg(path("source.json")).toUtf8()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("Get-SendConnector 'Contoso to Internet'\n"));
    QVERIFY2(shell.waitFor(QStringLiteral("Contoso to Internet {SMTP:*;1}")), qPrintable(shell.output()));
    QVERIFY(shell.waitFor(QStringLiteral("[PS] > ")));
    QVERIFY(shell.type("exit\n"));
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(readFile(path("new.json")), sampleFile());
}

void tst_ShellOrganization::helpNamesTheExtensions()
{
    const ProgramRun help = shell({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text : {"--bind-dn <dn>", "ldapi://SOCKET/BASE-DN", "?x-starttls", "ldap://a,ldap://b/dc=contoso,dc=com",
                             "the first line of standard input is the password", "Export-Organization [-Path] FILE [-Force]",
                             "Import-Organization [-Path] FILE"}) {
        QVERIFY2(help.out.simplified().contains(QLatin1String(text)), text);
    }
    QVERIFY(writeFile(path("org.json"), sampleFile()));
    const ProgramRun overview = shell({QStringLiteral("--organization"), QStringLiteral("org.json"), QStringLiteral("-c"),
                                       QStringLiteral("Get-Help; Export-Organization -?")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY2(overview.out.contains(QLatin1String("Import-Organization")), qPrintable(overview.out));
    QVERIFY2(overview.out.contains(QLatin1String("Export-Organization [-Path] <String> [-Force [<SwitchParameter>]] "
                                                 "[<CommonParameters>]")),
             qPrintable(overview.out));
    QVERIFY2(overview.out.contains(QLatin1String("Export-Organization is a product extension of this shell, not an "
                                                 "Exchange 2007 cmdlet")),
             qPrintable(overview.out));
}

QTEST_GUILESS_MAIN(tst_ShellOrganization)
#include "tst_shell_organization.moc"
