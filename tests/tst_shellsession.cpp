#include "support/ModelTestSupport.h"
#include "ConnectorRules.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "ShellSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>

namespace {

const QString Seed = QStringLiteral(
    "New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace \"*.contoso.com;5\","
    "\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts 192.168.1.20 -MaxMessageSize 20MB");
const QString SeedName = QStringLiteral("Subsidiary Send Connector");
const QString Password = QStringLiteral("S3cr3t-Pa55word!");

using ModelTestSupport::sampleBytes;
using ModelTestSupport::Scope;
using ModelTestSupport::smtp;

// A shell session on a temporary copy of an organization file, with scripted answers.
class Shell
{
public:
    explicit Shell(Exchange::Version fileVersion = Exchange::Version::Sp12007, ShellOptions options = {})
    {
        m_path = m_dir.filePath(QStringLiteral("organization.json"));
        QFile file(m_path);
        m_written = file.open(QIODevice::WriteOnly) && file.write(sampleBytes(fileVersion)) > 0;
        file.close();

        options.organizationPath = m_path;
        ShellIo io;
        io.out = [this](const QString &text) {
            out += text;
            if (afterFirstOutput) // once, e.g. between two commands of a script
                std::exchange(afterFirstOutput, nullptr)();
        };
        io.err = [this](const QString &text) { err += text; };
        io.readLine = [this]() -> std::optional<QString> {
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        };
        io.readSecret = [this]() -> std::optional<QString> {
            if (secrets.isEmpty())
                return std::nullopt;
            return secrets.takeFirst();
        };
        session = std::make_unique<ShellSession>(options, io);
    }

    bool ready() const { return m_written; }

    // Replaces the organization file, e.g. with one that declares role assignments.
    bool rewrite(const QByteArray &bytes)
    {
        QFile file(m_path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }
    QString path() const { return m_path; }

    QByteArray bytes() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The organization as saved, read back through the store.
    Organization saved() const
    {
        const Parsed<Organization> loaded = OrganizationStore(m_path).load();
        return loaded.value.value_or(Organization{});
    }

    bool run(const QString &line)
    {
        out.clear();
        err.clear();
        return session->execute(line);
    }

    QStringList codes() const
    {
        QStringList result;
        for (const Problem &problem : session->lastProblems())
            result.append(problem.code);
        return result;
    }

    QString out;
    QString err;
    std::function<void()> afterFirstOutput; // run once, when the session first writes to `out`
    QStringList answers;
    QStringList secrets;
    std::unique_ptr<ShellSession> session;

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_written = false;
};

SendConnector seedConnector()
{
    SendConnector c = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Custom, false);
    c.name = SeedName;
    c.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)};
    c.dnsRoutingEnabled = false;
    c.smartHosts = {SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("192.168.1.20")}};
    c.sourceTransportServers = {QStringLiteral("EX01")};
    c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    return c;
}

// The sample with RoleAssignments: CONTOSO\Administrator (and a group) hold Exchange Organization
// Administrator; EDGE01\Administrator and EDGE02\Administrator administer their Edge.
QByteArray sampleWithRolesBytes()
{
    QFile file(QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Test-SendConnectorRouting's records as printed (Format-List): one map per record, in order.
QList<QMap<QString, QString>> routeRecords(const QString &out)
{
    QList<QMap<QString, QString>> records;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1String(" :"));
        if (colon <= 0 || line.startsWith(QLatin1Char(' ')))
            continue;
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 2).trimmed();
        if (name == QLatin1String("Recipient"))
            records.append(QMap<QString, QString>());
        if (!records.isEmpty())
            records.last().insert(name, value);
    }
    return records;
}

// The properties of a record, in order of printing.
QStringList routePropertyNames(const QString &out)
{
    QStringList names;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1String(" :"));
        if (colon > 0)
            names.append(line.left(colon).trimmed());
        else if (!names.isEmpty())
            break;
    }
    return names;
}

const QStringList RouteProperties{"Recipient", "Server",       "MessageSize", "Result",  "SendConnector",
                                  "AddressSpace", "SourceServer", "Cost",        "NextHop", "Reason"};

const QString InteractiveHeader = QStringLiteral(
    "cmdlet New-SendConnector at command pipeline position 1\nSupply values for the following parameters:\n");

} // namespace

// Drives ShellSession in-process: the procedures of docs/shell-language.md, every rejection
// path with the file left byte-for-byte as it was, Get/Remove, -WhatIf and the handling of passwords.
class TestShellSession : public QObject
{
    Q_OBJECT

private slots:
    void seedCompleteCommandCreatesTheSeedsConnector();
    void interactiveModeSp1();
    void interactiveModeRtm();
    void interactiveModeOnlyAsksForWhatIsMissing();
    void interactiveModeInvalidAddressSpaceAborts();
    void interactiveModeEndOfInputAborts();
    void endOfInputAtATerminalEndsThePromptsLine();
    void rejectedCommandsWriteNothing_data();
    void rejectedCommandsWriteNothing();
    void allProblemsAreListed();
    void whatIfWritesNothing();
    void credentialPasswordStaysInMemory();
    void credentialPromptsForUserName();
    void credentialEndOfInputAborts();
    void edgeServerKeepsItsOwnConnectors();
    void sourceServerDefaultsToTheShellsServer();
    void getSendConnectorTable();
    void getSendConnectorIdentity();
    void formatList();
    void formatListWithPropertyNames();
    void removeAsksForConfirmation_data();
    void removeAsksForConfirmation();
    void removeWithoutTerminalNeedsConfirmFalse();
    void removeWhatIf();
    void removingTheLastDefaultRouteWarns();
    void openRejectsUnknownServer();
    void versionOverride();
    void cmdletNamesAreCaseInsensitive();
    void runScript();
    void runInteractivePrompt();
    void operatorPermissions_data();
    void operatorPermissions();
    void withoutRoleAssignmentsAnyoneMayAct_data();
    void withoutRoleAssignmentsAnyoneMayAct();
    void help_data();
    void help();
    void confirmNew_data();
    void confirmNew();
    void confirmRemoveFromPipedInput_data();
    void confirmRemoveFromPipedInput();
    void errorAction_data();
    void errorAction();
    void errorActionStopEndsTheScript();
    void verbose();
    void whatIfPrintsOneLine_data();
    void whatIfPrintsOneLine();
    void parametersWithoutEffectWarn();
    void helpForAnUnknownCmdlet();
    void yesToAllHoldsForOnePipelineOnly();
    void roleRevokedMeanwhileIsRefused();
    void fileProblemsNameFileLineAndColumn();
    void continuationPrompt_data();
    void continuationPrompt();
    void scriptErrorLocations_data();
    void scriptErrorLocations();
    void formatTableOfAllProperties();
    void manyProblemsAreCounted();
    void setChangesOnlyWhatIsGiven();
    void setRenames();
    void setRefusedChangesWriteNothing_data();
    void setRefusedChangesWriteNothing();
    void setCrossFieldChangeListsEveryProblem();
    void setWildcardIdentity();
    void setPipelineInput();
    void setPipelineEveryConnector();
    void setWhatIf();
    void setConfirm_data();
    void setConfirm();
    void setNothingChangedWarns();
    void setCredential();
    void setAsksForIdentity();
    void setOnAnEdge();
    void setPipelineStopsAtATerminatingError();
    void testRouting_data();
    void testRouting();
    void testRoutingExactOutput();
    void testRoutingSeveralRecipientsInOrder();
    void testRoutingPipelineInput_data();
    void testRoutingPipelineInput();
    void testRoutingPipelineRefusals_data();
    void testRoutingPipelineRefusals();
    void testRoutingExplain();
    void testRoutingServerOfAnotherSite();
    void testRoutingErrors_data();
    void testRoutingErrors();
    void testRoutingOneInvalidRecipientOfSeveral_data();
    void testRoutingOneInvalidRecipientOfSeveral();
    void testRoutingAsksForRecipients_data();
    void testRoutingAsksForRecipients();
    void testRoutingIsReadOnly();
    void testRoutingExitStatus_data();
    void testRoutingExitStatus();
    // One store for the whole session (OrganizationStore's caching).
    void scriptReadsTheFileOnce();
    void changeBetweenTwoCommandsOfAScriptIsKept_data();
    void changeBetweenTwoCommandsOfAScriptIsKept();
    void damagedFileBetweenTwoCommandsIsRefused();
};

void TestShellSession::seedCompleteCommandCreatesTheSeedsConnector()
{
    Shell shell;
    QVERIFY(shell.ready());
    const Organization before = shell.saved();

    QVERIFY2(shell.run(Seed), qPrintable(shell.err));
    QCOMPARE(shell.err, QString());

    const Organization after = shell.saved();
    QCOMPARE(after.sendConnectors.size(), before.sendConnectors.size() + 1);
    const SendConnector *created = after.connector(SeedName);
    QVERIFY(created);
    QCOMPARE(Exchange::toString(created->usage), QStringLiteral("Custom"));
    QCOMPARE(created->addressSpaces.size(), 2);
    QCOMPARE(created->addressSpaces.at(0).type, QStringLiteral("SMTP"));
    QCOMPARE(created->addressSpaces.at(0).address, QStringLiteral("*.contoso.com"));
    QCOMPARE(created->addressSpaces.at(0).cost, 5);
    QCOMPARE(created->addressSpaces.at(1).address, QStringLiteral("*.fabrikam.com"));
    QCOMPARE(created->addressSpaces.at(1).cost, 8);
    QCOMPARE(created->dnsRoutingEnabled, false);
    QCOMPARE(created->smartHosts.size(), 1);
    QCOMPARE(created->smartHosts.first().host, QStringLiteral("192.168.1.20"));
    QCOMPARE(created->maxMessageSize.bytes, qint64(20971520));
    QCOMPARE(created->sourceTransportServers, QStringList{QStringLiteral("EX01")});
    QVERIFY(*created == seedConnector());
    // Nothing else changed.
    Organization withoutIt = after;
    withoutIt.sendConnectors.removeLast();
    QVERIFY(withoutIt == before);

    QCOMPARE(shell.out, QStringLiteral("\n"
                                       "Identity                  AddressSpaces                                 Enabled\n"
                                       "--------                  -------------                                 -------\n"
                                       "Subsidiary Send Connector {SMTP:*.contoso.com;5, SMTP:*.fabrikam.com;8} True\n"
                                       "\n"));

    // The same name again is a duplicate, whatever its case.
    QVERIFY(!shell.run(QString(Seed).replace(SeedName, SeedName.toUpper())));
    QVERIFY(shell.codes().contains(QStringLiteral("Name.Duplicate")));
}

void TestShellSession::interactiveModeSp1()
{
    Shell shell;
    shell.answers = {QStringLiteral("*.contoso.com;5"), QStringLiteral("SMTP:fabrikam.com"), QString(),
                     QStringLiteral("Interactive SP1")};
    QVERIFY2(shell.run(QStringLiteral("New-SendConnector")), qPrintable(shell.err));
    QVERIFY(shell.answers.isEmpty());
    QVERIFY2(shell.out.startsWith(InteractiveHeader + QStringLiteral("AddressSpaces[0]: AddressSpaces[1]: "
                                                                     "AddressSpaces[2]: Name: \n")),
             qPrintable(shell.out));
    QVERIFY(shell.out.contains(QStringLiteral("Interactive SP1 {SMTP:*.contoso.com;5, SMTP:fabrikam.com;1} True")));

    const Organization saved = shell.saved();
    const SendConnector *created = saved.connector(QStringLiteral("Interactive SP1"));
    QVERIFY(created);
    SendConnector expected = UsageRules::applyDefaults(SendConnector{}, Exchange::Usage::Custom, false);
    expected.name = QStringLiteral("Interactive SP1");
    expected.addressSpaces = {smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("fabrikam.com"), 1)};
    expected.sourceTransportServers = {QStringLiteral("EX01")};
    QVERIFY(*created == expected);
}

void TestShellSession::interactiveModeRtm()
{
    Shell shell(Exchange::Version::Rtm2007);
    shell.answers = {QStringLiteral("Local:SMTP:contoso.com;1"), QStringLiteral("*.fabrikam.com;8"), QString(),
                     QStringLiteral("Interactive RTM")};
    QVERIFY2(shell.run(QStringLiteral("New-SendConnector")), qPrintable(shell.err));
    QVERIFY(shell.out.startsWith(InteractiveHeader + QStringLiteral("AddressSpaces[0]: AddressSpaces[1]: "
                                                                    "AddressSpaces[2]: Name: ")));
    QVERIFY2(shell.out.contains(QStringLiteral("{Local:SMTP:contoso.com;1, SMTP:*.fabrikam.com;8}")),
             qPrintable(shell.out));

    const Organization saved = shell.saved();
    const SendConnector *created = saved.connector(QStringLiteral("Interactive RTM"));
    QVERIFY(created);
    QCOMPARE(created->addressSpaces.size(), 2);
    QVERIFY(created->addressSpaces.at(0) == smtp(QStringLiteral("contoso.com"), 1, Scope::Local));
    QVERIFY(created->addressSpaces.at(1) == smtp(QStringLiteral("*.fabrikam.com"), 8));
    QCOMPARE(created->isScopedConnector, false);
    QCOMPARE(created->dnsRoutingEnabled, true);
}

void TestShellSession::interactiveModeOnlyAsksForWhatIsMissing()
{
    Shell shell;
    shell.answers = {QStringLiteral("Only the name")};
    QVERIFY2(shell.run(QStringLiteral("New-SendConnector -AddressSpaces contoso.com")), qPrintable(shell.err));
    QVERIFY(shell.out.startsWith(InteractiveHeader + QStringLiteral("Name: \n")));
    QVERIFY(shell.saved().connector(QStringLiteral("Only the name")));

    shell.answers = {QStringLiteral("fabrikam.com"), QString()};
    QVERIFY2(shell.run(QStringLiteral("New-SendConnector 'Only spaces'")), qPrintable(shell.err));
    QVERIFY(shell.out.startsWith(InteractiveHeader + QStringLiteral("AddressSpaces[0]: AddressSpaces[1]: \n")));
    QVERIFY(shell.saved().connector(QStringLiteral("Only spaces")));

    // Neither is asked for when both are given.
    QVERIFY(shell.run(QStringLiteral("New-SendConnector -Name Both -AddressSpaces woodgrove.net")));
    QVERIFY(!shell.out.contains(QStringLiteral("Supply values")));
}

void TestShellSession::interactiveModeInvalidAddressSpaceAborts()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    shell.answers = {QStringLiteral("contoso.com"), QStringLiteral("*contoso.com"), QStringLiteral("Never asked")};
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector")));
    QVERIFY2(shell.codes().contains(QStringLiteral("AddressSpace.WildcardNotLeading")), qPrintable(shell.err));
    QCOMPARE(shell.answers, QStringList{QStringLiteral("Never asked")});
    QVERIFY(!shell.out.contains(QStringLiteral("Name: ")));
    QVERIFY(shell.err.contains(QStringLiteral("New-SendConnector : AddressSpaces[1]")));
    QCOMPARE(shell.bytes(), before);

    // SP1 has no "Local:" scope.
    shell.answers = {QStringLiteral("Local:contoso.com")};
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector -Name Scoped")));
    QVERIFY(shell.codes().contains(QStringLiteral("AddressSpace.LocalScopeNotInSp1")));
    QCOMPARE(shell.bytes(), before);
}

// Ctrl+D at a terminal ends no line: the error would otherwise follow the prompt on its line.
// Without a terminal the (empty) answer is echoed with its line break as before.
void TestShellSession::endOfInputAtATerminalEndsThePromptsLine()
{
    Shell attached;
    attached.answers = {QStringLiteral("contoso.com")};
    QVERIFY(!attached.run(QStringLiteral("New-SendConnector")));
    QCOMPARE(attached.out, InteractiveHeader + QStringLiteral("AddressSpaces[0]: AddressSpaces[1]: \n"));

    attached.answers = {QStringLiteral("contoso.com"), QString()};
    QVERIFY(!attached.run(QStringLiteral("New-SendConnector -DNSRoutingEnabled $false -SmartHosts 10.0.0.1 "
                                         "-SmartHostAuthMechanism BasicAuth -AuthenticationCredential (Get-Credential)")));
    QVERIFY2(attached.out.endsWith(QStringLiteral("Name: \n")), qPrintable(attached.out));

    ShellOptions options;
    options.terminal = ShellTerminal::Detached;
    Shell detached(Exchange::Version::Sp12007, options);
    detached.answers = {QStringLiteral("contoso.com")};
    QVERIFY(!detached.run(QStringLiteral("New-SendConnector")));
    QCOMPARE(detached.out, InteractiveHeader + QStringLiteral("AddressSpaces[0]: contoso.com\nAddressSpaces[1]: \n"));
}

void TestShellSession::interactiveModeEndOfInputAborts()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    shell.answers = {QStringLiteral("contoso.com")};
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
    QCOMPARE(shell.bytes(), before);

    shell.answers = {QStringLiteral("contoso.com"), QString()};
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
    QCOMPARE(shell.session->lastProblems().first().parameter, QStringLiteral("Name"));
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::rejectedCommandsWriteNothing_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("codes");

    const auto sp1 = Exchange::Version::Sp12007;
    const auto rtm = Exchange::Version::Rtm2007;
    const QString base = QStringLiteral("New-SendConnector -Name X -AddressSpaces contoso.net ");

    QTest::newRow("syntax: unterminated string") << sp1 << QString() << QStringLiteral("New-SendConnector -Name 'X")
                                                 << QStringList{QStringLiteral("Syntax.UnterminatedString")};
    QTest::newRow("unknown cmdlet") << sp1 << QString() << QStringLiteral("New-ReceiveConnector -Name X")
                                    << QStringList{QStringLiteral("Shell.UnknownCmdlet")};
    QTest::newRow("unsupported pipeline") << sp1 << QString()
                                          << QStringLiteral("Get-SendConnector | Remove-SendConnector")
                                          << QStringList{QStringLiteral("Shell.UnsupportedPipeline")};
    QTest::newRow("unknown parameter") << sp1 << QString() << base + QStringLiteral("-Nmae Y")
                                       << QStringList{QStringLiteral("Binding.UnknownParameter")};
    QTest::newRow("ambiguous prefix") << sp1 << QString() << base + QStringLiteral("-Smart 10.0.0.1")
                                      << QStringList{QStringLiteral("Binding.AmbiguousParameter")};
    QTest::newRow("RTM: no -IsScopedConnector") << rtm << QString() << base + QStringLiteral("-IsScopedConnector $true")
                                                << QStringList{QStringLiteral("Binding.UnknownParameter")};
    QTest::newRow("RTM: -Fo is -Force or -ForceHELO") << rtm << QString() << base + QStringLiteral("-Fo $true")
                                                      << QStringList{QStringLiteral("Binding.AmbiguousParameter")};
    QTest::newRow("RTM: no usage switch") << rtm << QString() << base + QStringLiteral("-Internet")
                                          << QStringList{QStringLiteral("Binding.UnknownParameter")};
    QTest::newRow("SP1: no Local: scope")
        << sp1 << QString() << QStringLiteral("New-SendConnector -Name X -AddressSpaces Local:contoso.net")
        << QStringList{QStringLiteral("AddressSpace.LocalScopeNotInSp1")};
    QTest::newRow("invalid address space")
        << sp1 << QString() << QStringLiteral("New-SendConnector -Name X -AddressSpaces '*contoso.net'")
        << QStringList{QStringLiteral("AddressSpace.WildcardNotLeading")};
    QTest::newRow("smart hosts with DNS routing")
        << sp1 << QString() << base + QStringLiteral("-SmartHosts 10.0.0.1")
        << QStringList{QStringLiteral("Connector.SmartHostsWithDnsRouting")};
    QTest::newRow("DNS routing off without smart hosts")
        << sp1 << QString() << base + QStringLiteral("-DNSRoutingEnabled $false")
        << QStringList{QStringLiteral("Connector.SmartHostsRequired")};
    QTest::newRow("Partner with smart hosts")
        << sp1 << QString() << base + QStringLiteral("-Usage Partner -DNSRoutingEnabled $false -SmartHosts 10.0.0.1")
        << QStringList{QStringLiteral("Connector.SmartHostsNotOffered")};
    QTest::newRow("Basic authentication without a credential")
        << sp1 << QString()
        << base + QStringLiteral("-DNSRoutingEnabled $false -SmartHosts 10.0.0.1 -SmartHostAuthMechanism BasicAuth")
        << QStringList{QStringLiteral("Connector.CredentialRequired")};
    QTest::newRow("unknown source server") << sp1 << QString() << base + QStringLiteral("-SourceTransportServers EX99")
                                           << QStringList{QStringLiteral("Connector.UnknownSourceServer")};
    QTest::newRow("Hub servers and Edge Subscriptions together")
        << sp1 << QString() << base + QStringLiteral("-SourceTransportServers EX01,EDGE01")
        << QStringList{QStringLiteral("Connector.MixedSourceServers")};
    QTest::newRow("IgnoreSTARTTLS and RequireTLS")
        << sp1 << QString() << base + QStringLiteral("-IgnoreSTARTTLS $true -RequireTLS $true")
        << QStringList{QStringLiteral("Connector.RequireTlsWithIgnoreStartTls")};
    QTest::newRow("duplicate name") << sp1 << QString()
                                    << QStringLiteral("New-SendConnector 'contoso TO internet' -AddressSpaces x.net")
                                    << QStringList{QStringLiteral("Name.Duplicate")};
    QTest::newRow("subscribed Edge") << sp1 << QStringLiteral("EDGE01") << base
                                     << QStringList{QStringLiteral("Shell.SubscribedEdge")};
    QTest::newRow("source servers on an Edge")
        << sp1 << QStringLiteral("EDGE02") << base + QStringLiteral("-SourceTransportServers EX01")
        << QStringList{QStringLiteral("Connector.SourceServersOnEdge")};
    QTest::newRow("non-SMTP address space on an Edge")
        << sp1 << QStringLiteral("EDGE02")
        << QStringLiteral("New-SendConnector -Name X -AddressSpaces 'X400:c=us;a= ;p=Contoso;o=Sales;1' "
                          "-DNSRoutingEnabled $false -SmartHosts 10.0.0.1")
        << QStringList{QStringLiteral("Connector.NonSmtpOnEdge")};
    QTest::newRow("Get: no such connector") << sp1 << QString() << QStringLiteral("Get-SendConnector 'No such'")
                                            << QStringList{QStringLiteral("Shell.ConnectorNotFound")};
    QTest::newRow("Remove: no such connector") << sp1 << QString()
                                               << QStringLiteral("Remove-SendConnector 'No such' -Confirm:$false")
                                               << QStringList{QStringLiteral("Shell.ConnectorNotFound")};
    QTest::newRow("Remove on a subscribed Edge") << sp1 << QStringLiteral("EDGE01")
                                                 << QStringLiteral("Remove-SendConnector X -Confirm:$false")
                                                 << QStringList{QStringLiteral("Shell.SubscribedEdge")};
    QTest::newRow("Remove a Hub connector on an Edge")
        << sp1 << QStringLiteral("EDGE02") << QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm:$false")
        << QStringList{QStringLiteral("Shell.ConnectorNotFound")};
}

void TestShellSession::rejectedCommandsWriteNothing()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, server);
    QFETCH(QString, command);
    QFETCH(QStringList, codes);

    ShellOptions options;
    options.server = server;
    Shell shell(version, options);
    QVERIFY(shell.ready());
    const QByteArray before = shell.bytes();

    QVERIFY(!shell.run(command));
    for (const QString &code : codes)
        QVERIFY2(shell.codes().contains(code), qPrintable(shell.codes().join(QLatin1Char(' ')) + QLatin1Char('\n') + shell.err));
    QVERIFY(!shell.err.isEmpty());
    QVERIFY(shell.err.contains(QStringLiteral("At line:1 char:")));
    QCOMPARE(shell.bytes(), before);
    QVERIFY(!QFile::exists(OrganizationStore::lockFilePath(shell.path())));
}

void TestShellSession::allProblemsAreListed()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector -Name 'Contoso to Internet' -AddressSpaces contoso.net "
                                      "-DNSRoutingEnabled $false -IgnoreSTARTTLS $true -RequireTLS $true "
                                      "-SourceTransportServers EX99")));
    const QStringList codes = shell.codes();
    for (const char *code : {"Name.Duplicate", "Connector.SmartHostsRequired", "Connector.RequireTlsWithIgnoreStartTls",
                             "Connector.UnknownSourceServer"}) {
        QVERIFY2(codes.contains(QLatin1String(code)), qPrintable(codes.join(QLatin1Char(' '))));
    }
    // One line per problem, each naming the cmdlet and the parameter concerned.
    for (const Problem &problem : shell.session->lastProblems()) {
        if (problem.isError())
            QVERIFY(shell.err.contains(QStringLiteral("New-SendConnector : ") + problem.toString() + QLatin1Char('\n')));
    }
    for (const char *parameter : {"Name: ", "SmartHosts: ", "RequireTLS: ", "SourceTransportServers: "})
        QVERIFY2(shell.err.contains(QLatin1String(parameter)), qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::whatIfWritesNothing()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY2(shell.run(Seed + QStringLiteral(" -WhatIf")), qPrintable(shell.err));
    QCOMPARE(shell.out,
             QStringLiteral("What if: Creating Send connector \"Subsidiary Send Connector\".\n"));
    QCOMPARE(shell.err, QString());
    QCOMPARE(shell.bytes(), before);

    // An invalid command with -WhatIf still fails.
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector -Name X -AddressSpaces contoso.net -DNSRoutingEnabled $false "
                                      "-WhatIf")));
    QVERIFY(shell.codes().contains(QStringLiteral("Connector.SmartHostsRequired")));
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::credentialPasswordStaysInMemory()
{
    Shell shell;
    shell.secrets = {Password};
    const QString command = QStringLiteral(
        "New-SendConnector -Name Relay -AddressSpaces contoso.net -DNSRoutingEnabled $false -SmartHosts "
        "relay.contoso.net -SmartHostAuthMechanism BasicAuth -AuthenticationCredential (Get-Credential 'CONTOSO\\relay')");
    QVERIFY2(shell.run(command), qPrintable(shell.err));
    QVERIFY(shell.secrets.isEmpty());
    QVERIFY(!shell.out.contains(QStringLiteral("User name: ")));
    QVERIFY(shell.out.contains(QStringLiteral("Password for user CONTOSO\\relay: ")));
    // Basic authentication without TLS is allowed, with a warning.
    QVERIFY2(shell.err.startsWith(QStringLiteral("WARNING: ")), qPrintable(shell.err));

    const Organization saved = shell.saved();
    const SendConnector *created = saved.connector(QStringLiteral("Relay"));
    QVERIFY(created);
    QVERIFY(created->authenticationCredential);
    QCOMPARE(created->authenticationCredential->userName, QStringLiteral("CONTOSO\\relay"));
    QVERIFY(shell.session->credentials().password(QStringLiteral("Relay"), QStringLiteral("CONTOSO\\relay"))
            == std::optional<QString>(Password));

    QVERIFY(!shell.bytes().contains(Password.toUtf8()));
    QVERIFY(!shell.out.contains(Password));
    QVERIFY(!shell.err.contains(Password));
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector Relay | fl")));
    // EMS shows the credential object's type, as PowerShell prints a PSCredential.
    QVERIFY(shell.out.contains(QStringLiteral("AuthenticationCredential     : System.Management.Automation.PSCredential\n")));
    QVERIFY(!shell.out.contains(Password));

    // Removing the connector forgets its password.
    QVERIFY(shell.run(QStringLiteral("Remove-SendConnector Relay -Confirm:$false")));
    QVERIFY(!shell.session->credentials().password(QStringLiteral("Relay"), QStringLiteral("CONTOSO\\relay")));
}

void TestShellSession::credentialPromptsForUserName()
{
    Shell shell;
    shell.answers = {QStringLiteral("CONTOSO\\tls-relay")};
    shell.secrets = {Password};
    QVERIFY2(shell.run(QStringLiteral("New-SendConnector -Name TlsRelay -AddressSpaces contoso.net -DNSRoutingEnabled "
                                      "$false -SmartHosts 10.1.1.1 -SmartHostAuthMechanism BasicAuthRequireTLS "
                                      "-AuthenticationCredential (Get-Credential)")),
             qPrintable(shell.err));
    QVERIFY(shell.out.startsWith(QStringLiteral("User name: Password for user CONTOSO\\tls-relay: ")));
    QCOMPARE(shell.err, QString()); // over TLS: no warning
    const Organization saved = shell.saved();
    const SendConnector *created = saved.connector(QStringLiteral("TlsRelay"));
    QVERIFY(created && created->authenticationCredential);
    QCOMPARE(created->authenticationCredential->userName, QStringLiteral("CONTOSO\\tls-relay"));
    QVERIFY(!shell.bytes().contains(Password.toUtf8()));
}

void TestShellSession::credentialEndOfInputAborts()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    const QString command = QStringLiteral(
        "New-SendConnector -Name R -AddressSpaces contoso.net -DNSRoutingEnabled $false -SmartHosts 10.1.1.1 "
        "-SmartHostAuthMechanism BasicAuthRequireTLS -AuthenticationCredential (Get-Credential 'u')");
    QVERIFY(!shell.run(command)); // no password
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
    shell.secrets = {QString()};
    QVERIFY(!shell.run(command));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.PasswordEmpty")});
    shell.secrets = {QString(ShellSession::MaximumPasswordLength + 1, QLatin1Char('p'))};
    QVERIFY(!shell.run(command));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.PasswordTooLong")});
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::edgeServerKeepsItsOwnConnectors()
{
    ShellOptions options;
    options.server = QStringLiteral("edge02");
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY(shell.session->open().isEmpty());
    QCOMPARE(shell.session->server(), QStringLiteral("EDGE02"));
    QVERIFY(shell.session->onEdge());
    const Organization before = shell.saved();

    QVERIFY2(shell.run(QStringLiteral("New-SendConnector -Name 'To Fabrikam' -Usage Internet -AddressSpaces "
                                      "fabrikam.com -SourceIPAddress 192.0.2.10")),
             qPrintable(shell.err));
    const Organization after = shell.saved();
    QCOMPARE(after.sendConnectors.size(), before.sendConnectors.size());
    const SendConnector *created = after.connector(QStringLiteral("To Fabrikam"), QStringLiteral("EDGE02"));
    QVERIFY(created);
    QCOMPARE(created->sourceTransportServers, QStringList());
    QCOMPARE(created->sourceIpAddress, QStringLiteral("192.0.2.10"));
    QCOMPARE(created->useExternalDnsServersEnabled, true); // Internet on an Edge

    QVERIFY(shell.run(QStringLiteral("Get-SendConnector")));
    QVERIFY(shell.out.contains(QStringLiteral("EDGE02 to Internet")));
    QVERIFY(shell.out.contains(QStringLiteral("To Fabrikam")));
    QVERIFY(!shell.out.contains(QStringLiteral("Contoso to Internet")));
}

void TestShellSession::sourceServerDefaultsToTheShellsServer()
{
    ShellOptions options;
    options.server = QStringLiteral("EX03");
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY2(shell.run(QStringLiteral("New-SendConnector -Name Portland -AddressSpaces portland.contoso.com")),
             qPrintable(shell.err));
    const Organization saved = shell.saved();
    const SendConnector *created = saved.connector(QStringLiteral("Portland"));
    QVERIFY(created);
    QCOMPARE(created->sourceTransportServers, QStringList{QStringLiteral("EX03")});
}

void TestShellSession::getSendConnectorTable()
{
    Shell shell;
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector")));
    QCOMPARE(shell.err, QString());
    const QStringList lines = shell.out.split(QLatin1Char('\n'));
    const QList<SendConnector> connectors = shell.saved().sendConnectors;
    // Blank line, header, dashes, one row per connector, blank line.
    QCOMPARE(lines.size(), connectors.size() + 5);
    QCOMPARE(lines.at(0), QString());
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Identity ")));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("AddressSpaces")), lines.at(2).indexOf(QStringLiteral(" -")) + 1);
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        const QString &row = lines.at(i + 3);
        QVERIFY2(row.startsWith(connectors.at(i).name + QLatin1Char(' ')), qPrintable(row));
        QVERIFY(row.endsWith(connectors.at(i).enabled ? QStringLiteral(" True") : QStringLiteral(" False")));
        QCOMPARE(row.indexOf(QLatin1Char('{')), lines.at(1).indexOf(QStringLiteral("AddressSpaces")));
    }
    QVERIFY(shell.out.contains(QStringLiteral("{X400:c=us;a= ;p=Fabrikam;o=Mail;5}")));
    QVERIFY(shell.run(QStringLiteral("get-sendconnector | ft")));
    QCOMPARE(shell.out.split(QLatin1Char('\n')), lines);
}

void TestShellSession::getSendConnectorIdentity()
{
    Shell shell;
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'contoso to internet'")));
    QCOMPARE(shell.out, QStringLiteral("\nIdentity            AddressSpaces Enabled\n"
                                       "--------            ------------- -------\n"
                                       "Contoso to Internet {SMTP:*;1}    True\n\n"));
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector -Identity:'Contoso to Internet'")));
    QVERIFY(shell.out.contains(QStringLiteral("Contoso to Internet {SMTP:*;1}")));
}

// "| fl Name" is refused for its property names, not as if fl were not Format-List.
void TestShellSession::formatListWithPropertyNames()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector | fl Name,Enabled")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.UnsupportedPipeline")});
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.err, QStringLiteral("CommandLine: fl in this shell always shows every property of a Send connector "
                                       "and takes no property names or parameters (got @(Name, Enabled)). Write "
                                       "\"| fl\" alone, or \"| fl *\".\nAt line:1 char:21\n"));
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector | Format-Table -AutoSize")));
    QVERIFY2(shell.err.startsWith(QStringLiteral("CommandLine: Format-Table in this shell always shows every property "
                                                 "of a Send connector and takes no property names or parameters (got "
                                                 "-AutoSize).")),
             qPrintable(shell.err));
    // Anything else after the pipe is still named as what cannot follow.
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector | Select Name")));
    QVERIFY2(shell.err.startsWith(QStringLiteral("CommandLine: \"Select\" cannot follow \"Get-SendConnector\"")),
             qPrintable(shell.err));
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::formatList()
{
    Shell shell;
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'Contoso to Internet' | Format-List")));
    const QString list = shell.out;
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'Contoso to Internet' | fl")));
    QCOMPARE(shell.out, list);
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'Contoso to Internet' | FL *")));
    QCOMPARE(shell.out, list);

    // Exchange 2007 SP1's properties of a Send connector, in its order; no Usage (Exchange does
    // not store it).
    QCOMPARE(list, QStringLiteral("\n"
                                  "AddressSpaces                : {SMTP:*;1}\n"
                                  "AuthenticationCredential     :\n"
                                  "Comment                      : All Internet mail, delivered through the MX records "
                                  "of each destination.\n"
                                  "ConnectedDomains             : {}\n"
                                  "ConnectionInactivityTimeOut  : 00:10:00\n"
                                  "DNSRoutingEnabled            : True\n"
                                  "DomainSecureEnabled          : False\n"
                                  "Enabled                      : True\n"
                                  "ForceHELO                    : False\n"
                                  "Fqdn                         : mail.contoso.com\n"
                                  "HomeMTA                      : Microsoft MTA\n"
                                  "HomeMtaServerId              : EX01\n"
                                  "Identity                     : Contoso to Internet\n"
                                  "IgnoreSTARTTLS               : False\n"
                                  "IsScopedConnector            : False\n"
                                  "IsSmtpConnector              : True\n"
                                  "LinkedReceiveConnector       :\n"
                                  "MaxMessageSize               : 10MB\n"
                                  "Name                         : Contoso to Internet\n"
                                  "Port                         : 25\n"
                                  "ProtocolLoggingLevel         : None\n"
                                  "RequireTLS                   : False\n"
                                  "SmartHostAuthMechanism       : None\n"
                                  "SmartHosts                   : {}\n"
                                  "SmartHostsString             :\n"
                                  "SourceIPAddress              : 0.0.0.0\n"
                                  "SourceRoutingGroup           : Exchange Routing Group (DWBGZMFD01QNBJR)\n"
                                  "SourceTransportServers       : {EX01, EX02}\n"
                                  "UseExternalDNSServersEnabled : False\n"
                                  "\n"));

    // The connector New-SendConnector creates can be formatted too.
    QVERIFY(shell.run(Seed + QStringLiteral(" | fl")));
    QVERIFY(shell.out.contains(QStringLiteral("Identity                     : Subsidiary Send Connector\n")));
}

void TestShellSession::removeAsksForConfirmation_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("removed");

    QTest::newRow("y") << QStringList{QStringLiteral("y")} << true;
    QTest::newRow("Yes") << QStringList{QStringLiteral("Yes")} << true;
    QTest::newRow("default") << QStringList{QString()} << true;
    QTest::newRow("n") << QStringList{QStringLiteral("n")} << false;
    QTest::newRow("asks again until understood") << QStringList{QStringLiteral("maybe"), QStringLiteral("N")} << false;
}

void TestShellSession::removeAsksForConfirmation()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, removed);

    Shell shell;
    const QByteArray before = shell.bytes();
    shell.answers = answers;
    QVERIFY2(shell.run(QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)'")), qPrintable(shell.err));
    QVERIFY(shell.answers.isEmpty());
    QVERIFY(shell.out.startsWith(QStringLiteral("\nConfirm\nAre you sure you want to perform this action?\n"
                                                "Removing Send connector \"Northwind Traders (retired)\".\n"
                                                "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] "
                                                "Help (default is \"Y\"):")));
    QCOMPARE(shell.out.count(QStringLiteral("[Y] Yes")), answers.size());
    QCOMPARE(shell.saved().connector(QStringLiteral("Northwind Traders (retired)")) == nullptr, removed);
    if (!removed)
        QCOMPARE(shell.bytes(), before);
    else
        QCOMPARE(shell.saved().sendConnectors.size(), OrganizationStore::sampleOrganization().sendConnectors.size() - 1);
}

void TestShellSession::removeWithoutTerminalNeedsConfirmFalse()
{
    ShellOptions options;
    options.terminal = ShellTerminal::Detached;
    Shell shell(Exchange::Version::Sp12007, options);
    const QByteArray before = shell.bytes();
    shell.answers = {QStringLiteral("y")};
    QVERIFY(!shell.run(QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)'")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.ConfirmationNeeded")});
    QVERIFY(shell.err.contains(QStringLiteral("-Confirm:$false")));
    QCOMPARE(shell.answers.size(), 1); // nothing was read
    QCOMPARE(shell.bytes(), before);

    QVERIFY2(shell.run(QStringLiteral("Remove-SendConnector -Identity 'Northwind Traders (retired)' -Confirm:$false")),
             qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
    QVERIFY(!shell.saved().connector(QStringLiteral("Northwind Traders (retired)")));
}

void TestShellSession::removeWhatIf()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(shell.run(QStringLiteral("Remove-SendConnector 'Contoso to Internet' -WhatIf")));
    QCOMPARE(shell.out, QStringLiteral("What if: Removing Send connector \"Contoso to Internet\".\n"));
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::removingTheLastDefaultRouteWarns()
{
    Shell shell;
    // Removing a connector for one domain says nothing more.
    QVERIFY2(shell.run(QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)' -Confirm:$false")),
             qPrintable(shell.err));
    QVERIFY2(!shell.err.contains(QLatin1String("WARNING")), qPrintable(shell.err));
    // Removing the only "*" connector is done, with a warning that Internet mail is now unreachable.
    QVERIFY2(shell.run(QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm:$false")),
             qPrintable(shell.err));
    QVERIFY(!shell.saved().connector(QStringLiteral("Contoso to Internet")));
    QVERIFY2(shell.err.contains(QLatin1String("WARNING: ")) && shell.err.contains(QLatin1String("Unreachable queue")),
             qPrintable(shell.err));
}

void TestShellSession::openRejectsUnknownServer()
{
    ShellOptions options;
    options.server = QStringLiteral("EX99");
    Shell shell(Exchange::Version::Sp12007, options);
    const Problems problems = shell.session->open();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("Shell.UnknownServer"));
    QVERIFY(problems.first().message.contains(QStringLiteral("EDGE02"))); // lists the valid ones
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.UnknownServer")});
}

void TestShellSession::versionOverride()
{
    // A script that expects RTM refuses to run against an SP1 organization, before anything runs.
    ShellOptions options;
    options.version = Exchange::Version::Rtm2007;
    Shell shell(Exchange::Version::Sp12007, options);
    const Problems problems = shell.session->open();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("Shell.VersionMismatch"));
    QVERIFY2(problems.first().message.contains(QLatin1String("2007 SP1")), qPrintable(problems.first().message));

    // The matching version is accepted and changes nothing.
    ShellOptions matching;
    matching.version = Exchange::Version::Rtm2007;
    Shell rtm(Exchange::Version::Rtm2007, matching);
    QVERIFY(rtm.session->open().isEmpty());
    QVERIFY(rtm.session->version() == Exchange::Version::Rtm2007);
    const QByteArray before = rtm.bytes();
    QVERIFY(!rtm.run(QStringLiteral("New-SendConnector -Name X -AddressSpaces a.net -IsScopedConnector $false")));
    QVERIFY(rtm.codes().contains(QStringLiteral("Binding.UnknownParameter")));
    QCOMPARE(rtm.bytes(), before);
    QVERIFY2(rtm.run(QStringLiteral("New-SendConnector -Name Y -AddressSpaces Local:a.net")), qPrintable(rtm.err));
    QVERIFY(rtm.saved().connector(QStringLiteral("Y"))->addressSpaces.first().localScope);
}

void TestShellSession::cmdletNamesAreCaseInsensitive()
{
    Shell shell;
    QVERIFY(shell.run(QStringLiteral("GET-SENDCONNECTOR")));
    QVERIFY(shell.out.contains(QStringLiteral("Contoso to Internet")));
    QVERIFY2(shell.run(QStringLiteral("new-sendconnector -name Lower -addressspaces lower.net")), qPrintable(shell.err));
    QVERIFY(shell.run(QStringLiteral("remove-SendConnector lower -confirm:$false")));
    QVERIFY(!shell.saved().connector(QStringLiteral("Lower")));
}

void TestShellSession::runScript()
{
    Shell shell;
    const QString good = QStringLiteral("# creates two connectors\n\n"
                                        "New-SendConnector -Name One -AddressSpaces one.net\r\n"
                                        "   # indented comment\n"
                                        "New-SendConnector -Name Two -AddressSpaces two.net; Get-SendConnector Two\n");
    QCOMPARE(shell.session->runScript(good), 0);
    QVERIFY(shell.saved().connector(QStringLiteral("One")));
    QVERIFY(shell.saved().connector(QStringLiteral("Two")));

    // A failing line makes the script fail, but the next lines still run.
    const QString bad = QStringLiteral("New-SendConnector -Name One -AddressSpaces one.net\n"
                                       "New-SendConnector -Name Three -AddressSpaces three.net\n");
    QCOMPARE(shell.session->runScript(bad), 1);
    QVERIFY(shell.err.contains(QStringLiteral("At line:1 char:1")));
    QVERIFY(shell.saved().connector(QStringLiteral("Three")));

    // "exit" stops the script.
    QCOMPARE(shell.session->runScript(QStringLiteral("exit\nNew-SendConnector -Name Four -AddressSpaces four.net\n")), 0);
    QVERIFY(shell.session->exitRequested());
    QVERIFY(!shell.saved().connector(QStringLiteral("Four")));
}

void TestShellSession::runInteractivePrompt()
{
    {
        Shell shell;
        // Commands and the answers of interactive mode come from the same input, as through a pipe.
        shell.answers = {QStringLiteral("New-SendConnector"), QStringLiteral("piped.net"), QString(),
                         QStringLiteral("Piped"), QStringLiteral("Get-SendConnector Piped")};
        QCOMPARE(shell.session->runInteractive(), 0);
        QVERIFY(shell.out.startsWith(QStringLiteral("[PS] > ") + InteractiveHeader));
        QCOMPARE(shell.out.count(QStringLiteral("[PS] > ")), 3);
        QVERIFY(shell.saved().connector(QStringLiteral("Piped")));
    }
    {
        ShellOptions options;
        options.terminal = ShellTerminal::Detached;
        Shell shell(Exchange::Version::Sp12007, options);
        shell.answers = {QStringLiteral("Get-SendConnector"), QStringLiteral("Frobnicate-Connector"),
                         QStringLiteral("New-SendConnector"), QStringLiteral("piped.net"), QString(),
                         QStringLiteral("Piped")};
        QCOMPARE(shell.session->runInteractive(), 1);
        QVERIFY(!shell.out.contains(QStringLiteral("[PS] >")));
        QVERIFY(shell.err.contains(QStringLiteral("'Frobnicate-Connector' is not recognized")));
        QVERIFY(shell.err.contains(QStringLiteral("At line:2 char:1")));
        // Without a terminal the answers are echoed, so that the output reads as a transcript.
        QVERIFY2(shell.out.contains(InteractiveHeader + QStringLiteral("AddressSpaces[0]: piped.net\n"
                                                                       "AddressSpaces[1]: \nName: Piped\n")),
                 qPrintable(shell.out));
        QVERIFY(shell.saved().connector(QStringLiteral("Piped")));
    }
}

void TestShellSession::operatorPermissions_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("code"); // empty: the command succeeds
    QTest::addColumn<QString>("mention"); // in the error text

    const QString orgAdmin = QStringLiteral("CONTOSO\\Administrator");
    const QString edgeAdmin = QStringLiteral("EDGE02\\Administrator");
    const QString newHub = QStringLiteral("New-SendConnector -Name Allowed -AddressSpaces allowed.example");
    const QString removeHub = QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm:$false");
    const QString newEdge = QStringLiteral("New-SendConnector -Name Allowed -Usage Internet -AddressSpaces allowed.example");
    const QString removeEdge = QStringLiteral("Remove-SendConnector 'EDGE02 to Internet' -Confirm:$false");
    const QString notOrg = QStringLiteral("Permission.NotOrganizationAdministrator");
    const QString notEdge = QStringLiteral("Permission.NotEdgeAdministrator");

    QTest::newRow("hub: organization administrator creates") << QString() << orgAdmin << newHub << QString() << QString();
    QTest::newRow("hub: organization administrator removes, any case")
        << QStringLiteral("EX02") << QStringLiteral("contoso\\ADMINISTRATOR") << removeHub << QString() << QString();
    QTest::newRow("hub: anyone may list") << QString() << QStringLiteral("root")
                                          << QStringLiteral("Get-SendConnector 'Contoso to Internet'") << QString()
                                          << QString();
    QTest::newRow("hub: root may not create") << QString() << QStringLiteral("root") << newHub << notOrg
                                              << QStringLiteral("New-SendConnector : Operator: \"root\" cannot create");
    QTest::newRow("hub: root may not remove") << QString() << QStringLiteral("root") << removeHub << notOrg
                                              << QStringLiteral("Remove-SendConnector : Operator: \"root\" cannot remove");
    QTest::newRow("hub: a bare name is not the domain account") << QString() << QStringLiteral("Administrator")
                                                                << newHub << notOrg << orgAdmin;
    QTest::newRow("hub: not even -WhatIf") << QString() << QStringLiteral("root") << newHub + QStringLiteral(" -WhatIf")
                                           << notOrg << orgAdmin;
    QTest::newRow("hub: denied before prompting for values") << QString() << QStringLiteral("root")
                                                             << QStringLiteral("New-SendConnector") << notOrg << orgAdmin;
    QTest::newRow("hub: unnamed operator") << QString() << QString() << newHub << notOrg
                                           << QStringLiteral("An operator without a name");
    QTest::newRow("hub: an Edge administrator") << QString() << edgeAdmin << newHub << notOrg << orgAdmin;
    QTest::newRow("edge: its administrator creates") << QStringLiteral("EDGE02") << edgeAdmin << newEdge << QString()
                                                     << QString();
    QTest::newRow("edge: its administrator removes") << QStringLiteral("EDGE02") << edgeAdmin << removeEdge
                                                     << QString() << QString();
    QTest::newRow("edge: an organization administrator may not create")
        << QStringLiteral("EDGE02") << orgAdmin << newEdge << notEdge << edgeAdmin;
    QTest::newRow("edge: an organization administrator may not remove")
        << QStringLiteral("EDGE02") << orgAdmin << removeEdge << notEdge << QStringLiteral("local Administrators");
    QTest::newRow("subscribed edge: whatever the role") << QStringLiteral("EDGE01")
                                                        << QStringLiteral("EDGE01\\Administrator") << newEdge
                                                        << QStringLiteral("Shell.SubscribedEdge")
                                                        << QStringLiteral("Hub Transport server instead");
}

void TestShellSession::operatorPermissions()
{
    QFETCH(QString, server);
    QFETCH(QString, operatorName);
    QFETCH(QString, command);
    QFETCH(QString, code);
    QFETCH(QString, mention);

    ShellOptions options;
    options.server = server;
    options.operatorName = operatorName;
    options.terminal = ShellTerminal::Detached;
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY(shell.rewrite(sampleWithRolesBytes()));
    QVERIFY(shell.saved().roleAssignments.has_value());
    const QByteArray before = shell.bytes();

    const bool succeeded = shell.run(command);
    if (code.isEmpty()) {
        QVERIFY2(succeeded, qPrintable(shell.err));
        if (!command.startsWith(QLatin1String("Get")))
            QVERIFY(shell.bytes() != before);
        return;
    }
    QVERIFY(!succeeded);
    QCOMPARE(shell.codes(), QStringList{code});
    QVERIFY2(shell.err.contains(mention), qPrintable(shell.err));
    QVERIFY(shell.err.contains(QStringLiteral("At line:1 char:1")));
    QCOMPARE(shell.out, QString()); // denied before any output, -WhatIf included
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::withoutRoleAssignmentsAnyoneMayAct_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("command");

    QTest::newRow("hub, root creates") << QString() << QStringLiteral("root")
                                       << QStringLiteral("New-SendConnector -Name Anyone -AddressSpaces anyone.example");
    QTest::newRow("hub, unnamed operator removes")
        << QString() << QString() << QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm:$false");
    QTest::newRow("edge, root creates") << QStringLiteral("EDGE02") << QStringLiteral("root")
                                        << QStringLiteral("New-SendConnector -Name Anyone -AddressSpaces anyone.example");
}

void TestShellSession::withoutRoleAssignmentsAnyoneMayAct()
{
    QFETCH(QString, server);
    QFETCH(QString, operatorName);
    QFETCH(QString, command);

    ShellOptions options;
    options.server = server;
    options.operatorName = operatorName;
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY(shell.ready());
    QVERIFY(!shell.saved().roleAssignments.has_value()); // the bundled sample declares none
    const QByteArray before = shell.bytes();
    QVERIFY2(shell.run(command), qPrintable(shell.err));
    QVERIFY(shell.bytes() != before);
}

namespace {

const QString ConfirmNewPrompt = QStringLiteral(
    "\nConfirm\nAre you sure you want to perform this action?\nCreating Send connector \"Subsidiary Send Connector\".\n"
    "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):");
const QString Retired = QStringLiteral("Northwind Traders (retired)");

} // namespace

void TestShellSession::help_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    const Exchange::Version rtm = Exchange::Version::Rtm2007;
    const Exchange::Version sp1 = Exchange::Version::Sp12007;
    const QString newSyntaxSp1 = QStringLiteral(
        "    New-SendConnector [-Name] <String> -AddressSpaces <MultiValuedProperty> [-AuthenticationCredential "
        "<PSCredential>] [-Comment <String>] [-Confirm [<SwitchParameter>]] [-ConnectionInactivityTimeOut "
        "<EnhancedTimeSpan>] [-Custom [<SwitchParameter>]] [-DNSRoutingEnabled <$true | $false>] [-DomainController "
        "<Fqdn>] [-DomainSecureEnabled <$true | $false>] [-Enabled <$true | $false>] [-Force [<SwitchParameter>]] "
        "[-ForceHELO <$true | $false>] [-Fqdn <Fqdn>] [-IgnoreSTARTTLS <$true | $false>] [-Internal "
        "[<SwitchParameter>]] [-Internet [<SwitchParameter>]] [-IsScopedConnector <$true | $false>] "
        "[-LinkedReceiveConnector <ReceiveConnectorIdParameter>] [-MaxMessageSize <Unlimited>] [-Partner "
        "[<SwitchParameter>]] [-Port <Int32>] [-ProtocolLoggingLevel <None | Verbose>] [-RequireTLS <$true | "
        "$false>] [-SmartHostAuthMechanism <None | BasicAuth | BasicAuthRequireTLS | ExchangeServer | "
        "ExternalAuthoritative>] [-SmartHosts <MultiValuedProperty>] [-SourceIPAddress <IPAddress>] "
        "[-SourceTransportServers <MultiValuedProperty>] [-TemplateInstance <PSObject>] [-Usage <Custom | Internal | "
        "Internet | Partner>] [-UseExternalDNSServersEnabled <$true | $false>] [-WhatIf [<SwitchParameter>]] "
        "[<CommonParameters>]\n");
    const QString removeSyntax = QStringLiteral(
        "\nSYNTAX\n    Remove-SendConnector [-Identity] <SendConnectorIdParameter> [-Confirm [<SwitchParameter>]] "
        "[-DomainController <Fqdn>] [-WhatIf [<SwitchParameter>]] [<CommonParameters>]\n");
    const QString getSyntax = QStringLiteral(
        "\nSYNTAX\n    Get-SendConnector [[-Identity] <SendConnectorIdParameter>] [-DomainController <Fqdn>] "
        "[<CommonParameters>]\n");

    QTest::newRow("Get-Help New SP1") << sp1 << QStringLiteral("Get-Help New-SendConnector")
                                      << QStringList{"\nNAME\n    New-SendConnector\n", "\nSYNOPSIS\n", newSyntaxSp1,
                                                     "\nREMARKS\n", "get-help New-SendConnector -full"}
                                      << QStringList{"PARAMETERS", "EXAMPLE"};
    QTest::newRow("Get-Help New RTM") << rtm << QStringLiteral("get-help new-sendconnector")
                                      << QStringList{"[-WhatIf [<SwitchParameter>]]", "[-Confirm [<SwitchParameter>]]",
                                                     "[-Force [<SwitchParameter>]]"}
                                      << QStringList{"IsScopedConnector", "-Internet", "-Custom"};
    QTest::newRow("-Full") << sp1 << QStringLiteral("Get-Help New-SendConnector -Full")
                           << QStringList{"\nPARAMETERS\n    -Name <String>\n", "Required?                    true",
                                          "Position?                    1", "Position?                    named",
                                          "-------------------------- EXAMPLE 1 --------------------------",
                                          "[PS] C:\\>New-SendConnector -Name 'Contoso to Internet'"}
                           << QStringList{"REMARKS", "    -ErrorAction <"}; // common parameters: one entry
    QTest::newRow("-Detailed") << sp1 << QStringLiteral("Get-Help Remove-SendConnector -Detailed")
                               << QStringList{removeSyntax, "\nPARAMETERS\n", "    -Confirm\n", "EXAMPLE 1"}
                               << QStringList{"Required?"};
    QTest::newRow("-Examples") << sp1 << QStringLiteral("Get-Help Get-SendConnector -ex")
                               << QStringList{"\nNAME\n    Get-SendConnector\n", "EXAMPLE 1", "EXAMPLE 2",
                                              "[PS] C:\\>Get-SendConnector\n"}
                               << QStringList{"SYNTAX", "PARAMETERS"};
    QTest::newRow("-Name") << rtm << QStringLiteral("Get-Help -Name Get-SendConnector")
                           << QStringList{getSyntax} << QStringList{};
    QTest::newRow("help alias") << sp1 << QStringLiteral("help remove-sendconnector")
                                << QStringList{removeSyntax} << QStringList{};
    QTest::newRow("New -?") << sp1 << QStringLiteral("New-SendConnector -?") << QStringList{newSyntaxSp1, "REMARKS"}
                            << QStringList{"Supply values", "Name:"};
    QTest::newRow("-? with a complete command creates nothing") << sp1 << Seed + QStringLiteral(" -?")
                                                                 << QStringList{"\nSYNTAX\n"} << QStringList{};
    QTest::newRow("-? with a bad parameter") << sp1 << QStringLiteral("New-SendConnector -Nonsense 1 -?")
                                              << QStringList{"\nSYNTAX\n"} << QStringList{};
    QTest::newRow("Remove -? removes nothing, asks nothing")
        << sp1 << QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)' -?")
        << QStringList{removeSyntax} << QStringList{"Confirm\nAre you sure"};
    QTest::newRow("Get -?") << rtm << QStringLiteral("Get-SendConnector -?") << QStringList{getSyntax}
                            << QStringList{"Identity  "};
    QTest::newRow("overview") << sp1 << QStringLiteral("Get-Help")
                              << QStringList{"New-SendConnector", "Get-SendConnector", "Remove-SendConnector"}
                              << QStringList{"SYNTAX"};

    // Test-SendConnectorRouting: a product extension, said at every level and by -Parameter.
    const QString extension = QStringLiteral("not an Exchange 2007 cmdlet");
    const QString testSyntax = QStringLiteral(
        "\nSYNTAX\n    Test-SendConnectorRouting [-Recipient] <String[]> [-Explain [<SwitchParameter>]] [-MessageSize "
        "<ByteQuantifiedSize>] [-Server <ServerIdParameter>] [<CommonParameters>]\n");
    QTest::newRow("Get-Help Test") << sp1 << QStringLiteral("Get-Help Test-SendConnectorRouting")
                                   << QStringList{testSyntax, extension, "\nNOTE\n", "\nREMARKS\n"}
                                   << QStringList{"PARAMETERS", "EXAMPLE"};
    QTest::newRow("Test -?") << rtm << QStringLiteral("Test-SendConnectorRouting -Recipient kim@contoso.com -?")
                             << QStringList{testSyntax, extension} << QStringList{"Recipient     :"};
    QTest::newRow("Get-Help Test -Detailed") << sp1 << QStringLiteral("Get-Help Test-SendConnectorRouting -Detailed")
                                             << QStringList{extension, "\nPARAMETERS\n    -Recipient <String[]>\n",
                                                            "EXAMPLE 2"}
                                             << QStringList{"Required?"};
    QTest::newRow("Get-Help Test -Full") << sp1 << QStringLiteral("Get-Help Test-SendConnectorRouting -Full")
                                         << QStringList{extension, "Required?                    true",
                                                        "    -Server <ServerIdParameter>\n"}
                                         << QStringList{"REMARKS"};
    QTest::newRow("Get-Help Test -Examples") << sp1 << QStringLiteral("Get-Help Test-SendConnectorRouting -Examples")
                                             << QStringList{extension, "EXAMPLE 1", "EXAMPLE 2"}
                                             << QStringList{"SYNTAX", "PARAMETERS"};
    QTest::newRow("Get-Help Test -Parameter")
        << sp1 << QStringLiteral("Get-Help Test-SendConnectorRouting -Parameter messagesize")
        << QStringList{"\n    -MessageSize <ByteQuantifiedSize>\n", "Position?                    named", extension}
        << QStringList{"-Recipient", "SYNOPSIS"};
    QTest::newRow("Get-Help -Parameter:* -Name Test")
        << rtm << QStringLiteral("Get-Help -Parameter:* -Name Test-SendConnectorRouting")
        << QStringList{"-Recipient <String[]>", "-Explain\n", "-Server", "-MessageSize", extension}
        << QStringList{"-Verbose", "SYNOPSIS"};
    QTest::newRow("Get-Help New -Parameter Name") << sp1 << QStringLiteral("Get-Help New-SendConnector -Parameter Name")
                                                  << QStringList{"\n    -Name <String>\n"}
                                                  << QStringList{extension, "-AddressSpaces"};
    QTest::newRow("Get-Help lists Test") << sp1 << QStringLiteral("Get-Help")
                                         << QStringList{"Test-SendConnectorRouting", "product extension"}
                                         << QStringList{};
}

void TestShellSession::help()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, line);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);

    Shell shell(version);
    QVERIFY(shell.ready());
    const QByteArray before = shell.bytes();
    QVERIFY2(shell.run(line), qPrintable(shell.err));
    QCOMPARE(shell.err, QString());
    for (const QString &part : contains)
        QVERIFY2(shell.out.contains(part), qPrintable(part + QStringLiteral("\n--- not in ---\n") + shell.out));
    for (const QString &part : lacks)
        QVERIFY2(!shell.out.contains(part), qPrintable(part + QStringLiteral("\n--- in ---\n") + shell.out));
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::confirmNew_data()
{
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("created");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<QString>("between"); // what is written between the first and the second prompt

    const QString none;
    const QString c = QStringLiteral(" -Confirm");
    QTest::newRow("Y") << c << QStringList{"Y"} << true << true << none;
    QTest::newRow("y") << c << QStringList{"y"} << true << true << none;
    QTest::newRow("Yes") << c << QStringList{"yes"} << true << true << none;
    QTest::newRow("default on an empty line") << c << QStringList{""} << true << true << none;
    QTest::newRow("A") << c << QStringList{"A"} << true << true << none;
    QTest::newRow("Yes to All") << c << QStringList{"yes to all"} << true << true << none;
    QTest::newRow("N") << c << QStringList{"N"} << false << true << none;
    QTest::newRow("No") << c << QStringList{"no"} << false << true << none;
    QTest::newRow("L") << c << QStringList{"l"} << false << true << none;
    QTest::newRow("-Confirm:$true") << QStringLiteral(" -Confirm:$true") << QStringList{"n"} << false << true << none;
    QTest::newRow("? then Y") << c << QStringList{"?", "Y"} << true << true
                              << QStringLiteral("Y - Continue with only the next step of the operation.\n"
                                                "A - Continue with all the steps of the operation.\n"
                                                "N - Skip this operation and proceed with the next operation.\n"
                                                "L - Skip this operation and all subsequent operations.\n"
                                                "S - Pause the current pipeline and return to the command prompt "
                                                "(not available in this shell).\n");
    QTest::newRow("S is refused, then N") << c << QStringList{"S", "N"} << false << true
                                          << QStringLiteral("Suspend is not available: this shell has no nested "
                                                            "prompt to suspend to. Answer Y, A, N or L.\n");
    QTest::newRow("not understood, then y") << c << QStringList{"maybe", "y"} << true << true << none;
    QTest::newRow("end of input") << c << QStringList{} << false << false << none;
}

void TestShellSession::confirmNew()
{
    QFETCH(QString, confirm);
    QFETCH(QStringList, answers);
    QFETCH(bool, created);
    QFETCH(bool, succeeded);
    QFETCH(QString, between);

    Shell shell;
    const QByteArray before = shell.bytes();
    shell.answers = answers;
    QCOMPARE(shell.run(Seed + confirm), succeeded);
    QVERIFY(shell.answers.isEmpty());
    QVERIFY2(shell.out.startsWith(ConfirmNewPrompt), qPrintable(shell.out));
    const qsizetype prompts = shell.out.count(QStringLiteral("[Y] Yes  [A] Yes to All"));
    QCOMPARE(prompts, std::max<qsizetype>(1, answers.size()));
    if (!between.isEmpty())
        QCOMPARE(shell.out.mid(ConfirmNewPrompt.size(), between.size()), between);
    if (created) {
        const Organization organization = shell.saved(); // the connector below points into it
        const SendConnector *saved = organization.connector(SeedName);
        QVERIFY(saved);
        QCOMPARE(*saved, seedConnector());
    } else {
        QCOMPARE(shell.bytes(), before); // byte for byte
    }
    if (!succeeded)
        QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
    else
        QCOMPARE(shell.err, QString());

    // Without -Confirm (or with -Confirm:$false) New-SendConnector never asks.
    Shell quiet;
    quiet.answers = {QStringLiteral("n")};
    QVERIFY(quiet.run(Seed + QStringLiteral(" -Confirm:$false")));
    QVERIFY(!quiet.out.contains(QStringLiteral("Confirm\n")));
    QVERIFY(quiet.saved().connector(SeedName));
}

// With no terminal, a written-out -Confirm reads the answer from the input (and echoes it).
void TestShellSession::confirmRemoveFromPipedInput_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("removed");
    QTest::addColumn<bool>("succeeded");

    QTest::newRow("y") << QStringList{"y"} << true << true;
    QTest::newRow("default") << QStringList{""} << true << true;
    QTest::newRow("A") << QStringList{"A"} << true << true;
    QTest::newRow("n") << QStringList{"n"} << false << true;
    QTest::newRow("L") << QStringList{"L"} << false << true;
    QTest::newRow("? then n") << QStringList{"?", "n"} << false << true;
    QTest::newRow("end of input") << QStringList{} << false << false;
}

void TestShellSession::confirmRemoveFromPipedInput()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, removed);
    QFETCH(bool, succeeded);

    ShellOptions options;
    options.terminal = ShellTerminal::Detached;
    Shell shell(Exchange::Version::Sp12007, options);
    const QByteArray before = shell.bytes();
    shell.answers = answers;
    QCOMPARE(shell.run(QStringLiteral("Remove-SendConnector 'Northwind Traders (retired)' -Confirm")), succeeded);
    const QString prompt = QStringLiteral(
        "\nConfirm\nAre you sure you want to perform this action?\nRemoving Send connector \"Northwind Traders "
        "(retired)\".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"):");
    QVERIFY2(shell.out.startsWith(prompt), qPrintable(shell.out));
    if (!answers.isEmpty()) // piped answers are echoed after the prompt
        QCOMPARE(shell.out.mid(prompt.size(), answers.first().size() + 1), answers.first() + QLatin1Char('\n'));
    QCOMPARE(shell.saved().connector(Retired) == nullptr, removed);
    if (!removed)
        QCOMPARE(shell.bytes(), before);
    if (!succeeded)
        QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
}

void TestShellSession::errorAction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("err"); // "" for nothing; otherwise text the error output must contain

    const QString stopped = QStringLiteral("Command execution stopped because the shell variable "
                                           "\"ErrorActionPreference\" is set to Stop: ");
    QTest::newRow("Remove, SilentlyContinue") << QStringLiteral("Remove-SendConnector NoSuch -Confirm:$false -ea "
                                                                "SilentlyContinue")
                                              << QStringLiteral("Shell.ConnectorNotFound") << QString();
    QTest::newRow("Get, SilentlyContinue") << QStringLiteral("Get-SendConnector NoSuch -ErrorAction SilentlyContinue")
                                           << QStringLiteral("Shell.ConnectorNotFound") << QString();
    QTest::newRow("New, SilentlyContinue") << QStringLiteral("New-SendConnector -Name 'Contoso to Internet' "
                                                             "-AddressSpaces x.com -ea silentlycontinue")
                                           << QStringLiteral("Name.Duplicate") << QString();
    QTest::newRow("Get, Continue") << QStringLiteral("Get-SendConnector NoSuch -ea Continue")
                                   << QStringLiteral("Shell.ConnectorNotFound")
                                   << QStringLiteral("Get-SendConnector : Identity: The Send connector \"NoSuch\"");
    QTest::newRow("Get, Stop") << QStringLiteral("Get-SendConnector NoSuch -ea Stop")
                               << QStringLiteral("Shell.ConnectorNotFound")
                               << QStringLiteral("Get-SendConnector : ") + stopped
            + QStringLiteral("Identity: The Send connector \"NoSuch\"");
    // Binding errors come before the cmdlet runs: -ErrorAction does not silence them.
    QTest::newRow("binding error, SilentlyContinue") << QStringLiteral("Get-SendConnector -Nonsense x -ea "
                                                                       "SilentlyContinue")
                                                     << QStringLiteral("Binding.UnknownParameter")
                                                     << QStringLiteral("-Nonsense");
}

void TestShellSession::errorAction()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, err);

    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(line)); // the command failed, whatever was written
    QVERIFY2(shell.codes().contains(code), qPrintable(shell.codes().join(QLatin1Char(' '))));
    if (err.isEmpty())
        QCOMPARE(shell.err, QString());
    else
        QVERIFY2(shell.err.contains(err), qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::errorActionStopEndsTheScript()
{
    const QString script = QStringLiteral("Get-SendConnector NoSuch -ErrorAction %1\n"
                                          "New-SendConnector -Name After -AddressSpaces after.com\n");
    {
        Shell shell;
        QCOMPARE(shell.session->runScript(script.arg(QStringLiteral("Stop"))), 1);
        QVERIFY(shell.session->terminated());
        QVERIFY(!shell.saved().connector(QStringLiteral("After"))); // the script stopped at the error
    }
    {
        Shell shell;
        QCOMPARE(shell.session->runScript(script.arg(QStringLiteral("Continue"))), 1);
        QVERIFY(shell.saved().connector(QStringLiteral("After")));
    }
    {
        Shell shell; // a statement after ';' on the same line stops too
        QVERIFY(!shell.run(QStringLiteral("Get-SendConnector NoSuch -ea Stop; New-SendConnector After -AddressSpaces "
                                          "after.com")));
        QVERIFY(!shell.saved().connector(QStringLiteral("After")));
        // The next command line runs again (the interactive shell goes on).
        QVERIFY(shell.run(QStringLiteral("New-SendConnector After -AddressSpaces after.com")));
        QVERIFY(!shell.session->terminated());
    }
}

void TestShellSession::verbose()
{
    Shell shell;
    QVERIFY2(shell.run(Seed + QStringLiteral(" -Verbose")), qPrintable(shell.err));
    QCOMPARE(shell.err, QStringLiteral("VERBOSE: New-SendConnector : Beginning processing.\n"
                                       "VERBOSE: New-SendConnector : Creating Send connector \"Subsidiary Send "
                                       "Connector\".\n"
                                       "VERBOSE: New-SendConnector : Saved the organization file \"%1\".\n"
                                       "VERBOSE: New-SendConnector : Ending processing.\n")
                             .arg(shell.path()));
    QVERIFY(shell.saved().connector(SeedName));

    QVERIFY(shell.run(QStringLiteral("Remove-SendConnector 'Subsidiary Send Connector' -Confirm:$false -vb")));
    QCOMPARE(shell.err, QStringLiteral("VERBOSE: Remove-SendConnector : Beginning processing.\n"
                                       "VERBOSE: Remove-SendConnector : Removing Send connector \"Subsidiary Send "
                                       "Connector\".\n"
                                       "VERBOSE: Remove-SendConnector : Saved the organization file \"%1\".\n"
                                       "VERBOSE: Remove-SendConnector : Ending processing.\n")
                             .arg(shell.path()));

    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'Contoso to Internet' -Verbose")));
    QCOMPARE(shell.err, QStringLiteral("VERBOSE: Get-SendConnector : Beginning processing.\n"
                                       "VERBOSE: Get-SendConnector : Reading the Send connectors of EX01 from \"%1\".\n"
                                       "VERBOSE: Get-SendConnector : Ending processing.\n")
                             .arg(shell.path()));
    QVERIFY(shell.out.contains(QStringLiteral("Contoso to Internet")));

    QVERIFY(shell.run(Seed + QStringLiteral(" -Verbose:$false")));
    QCOMPARE(shell.err, QString());
}

void TestShellSession::whatIfPrintsOneLine_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("out");

    for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        const QString v = Exchange::toString(version) + QLatin1Char(' ');
        QTest::newRow(qPrintable(v + QStringLiteral("New"))) << version << Seed + QStringLiteral(" -WhatIf")
            << QStringLiteral("What if: Creating Send connector \"Subsidiary Send Connector\".\n");
        QTest::newRow(qPrintable(v + QStringLiteral("New, -WhatIf wins over -Confirm")))
            << version << Seed + QStringLiteral(" -Confirm -wh")
            << QStringLiteral("What if: Creating Send connector \"Subsidiary Send Connector\".\n");
        QTest::newRow(qPrintable(v + QStringLiteral("Remove")))
            << version << QStringLiteral("Remove-SendConnector 'northwind traders (retired)' -WhatIf")
            << QStringLiteral("What if: Removing Send connector \"Northwind Traders (retired)\".\n");
    }
}

void TestShellSession::whatIfPrintsOneLine()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, line);
    QFETCH(QString, out);

    Shell shell(version);
    const QByteArray before = shell.bytes();
    QVERIFY2(shell.run(line), qPrintable(shell.err));
    QCOMPARE(shell.out, out);
    QCOMPARE(shell.err, QString());
    QCOMPARE(shell.bytes(), before);
}

// -DomainController, -TemplateInstance, -ErrorVariable, -OutVariable: accepted, said to do
// nothing, never bound to anything else.
void TestShellSession::parametersWithoutEffectWarn()
{
    Shell shell;
    QVERIFY2(shell.run(Seed + QStringLiteral(" -DomainController dc01.contoso.com -Force -OutBuffer 5")),
             qPrintable(shell.err));
    QCOMPARE(shell.err, QStringLiteral("WARNING: DomainController: -DomainController has no effect here: the "
                                       "organization is a file, not Active Directory, so the value was not used.\n"));
    const Organization organization = shell.saved(); // the connector below points into it
    const SendConnector *saved = organization.connector(SeedName);
    QVERIFY(saved);
    QCOMPARE(*saved, seedConnector());

    QVERIFY(shell.run(QStringLiteral("Get-SendConnector -ev e")));
    QVERIFY(shell.err.contains(QStringLiteral("WARNING: ErrorVariable: -ErrorVariable has no effect here: this shell "
                                              "keeps no variables.\n")));
    QVERIFY(shell.run(QStringLiteral("New-SendConnector T -AddressSpaces t.com -TemplateInstance x")));
    QVERIFY(shell.err.contains(QStringLiteral("WARNING: TemplateInstance: -TemplateInstance has no effect here")));
}

void TestShellSession::helpForAnUnknownCmdlet()
{
    Shell shell;
    QVERIFY(!shell.run(QStringLiteral("Get-Help Enable-SendConnector")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.UnknownHelpTopic")});
    QVERIFY2(shell.err.startsWith(QStringLiteral("Get-Help : Name: Get-Help could not find Enable-SendConnector in a help "
                                                 "file in this session.")),
             qPrintable(shell.err));
    QVERIFY(!shell.run(QStringLiteral("Get-Help New-SendConnector -Fool")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Binding.UnknownParameter")});
    QCOMPARE(shell.out, QString());
    QVERIFY(!shell.run(QStringLiteral("Get-Help Test-SendConnectorRouting -Parameter Identity")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.UnknownHelpParameter")});
    QVERIFY2(shell.err.startsWith(QStringLiteral("Get-Help : Parameter: Test-SendConnectorRouting has no parameter "
                                                 "matching \"Identity\". Its parameters are: Recipient, Explain, "
                                                 "MessageSize, Server.")),
             qPrintable(shell.err));
    QVERIFY(!shell.run(QStringLiteral("Get-Help Test-SendConnectorRouting -Parameter")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Binding.MissingValue")});
    QCOMPARE(shell.out, QString());
}

// "Yes to All" answers for the rest of its own pipeline, not for the next command.
void TestShellSession::yesToAllHoldsForOnePipelineOnly()
{
    Shell shell;
    shell.answers = {QStringLiteral("A"), QStringLiteral("n")};
    QVERIFY(shell.run(Seed + QStringLiteral(" -Confirm; New-SendConnector Second -AddressSpaces second.net -Confirm")));
    QVERIFY(shell.answers.isEmpty());
    QCOMPARE(shell.out.count(QStringLiteral("[Y] Yes  [A] Yes to All")), 2);
    QVERIFY(shell.saved().connector(SeedName));
    QVERIFY(!shell.saved().connector(QStringLiteral("Second")));
}

// New-SendConnector re-checks the operator's roles on the file as it is when the connector is
// written: a role revoked while the shell asked for the Name refuses it, and nothing is written.
void TestShellSession::roleRevokedMeanwhileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("organization.json"));
    const QString administrator = QStringLiteral("CONTOSO\\Administrator");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(sampleWithRolesBytes()) > 0);
    }
    Organization revoked = OrganizationStore(path).load().value.value();
    QVERIFY(revoked.roleAssignments.has_value());
    revoked.roleAssignments->organizationAdministrators = {QStringLiteral("CONTOSO\\Somebody Else")};
    const QByteArray revokedBytes = OrganizationFile::serialize(revoked);

    QString err;
    bool asked = false;
    ShellIo io;
    io.out = [](const QString &) {};
    io.err = [&err](const QString &text) { err += text; };
    io.readLine = [&]() -> std::optional<QString> {
        // While the operator types the Name, another administrator takes the role away.
        if (asked)
            return std::nullopt;
        asked = true;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(revokedBytes) != revokedBytes.size())
            return std::nullopt;
        return QStringLiteral("Revoked meanwhile");
    };
    io.readSecret = []() -> std::optional<QString> { return std::nullopt; };
    ShellOptions options;
    options.organizationPath = path;
    options.server = QStringLiteral("EX01");
    options.operatorName = administrator;
    options.terminal = ShellTerminal::Detached;
    ShellSession session(options, io);

    QVERIFY(!session.execute(QStringLiteral("New-SendConnector -AddressSpaces revoked.example")));
    QVERIFY(asked);
    QStringList codes;
    for (const Problem &problem : session.lastProblems())
        codes.append(problem.code);
    QCOMPARE(codes, QStringList{QStringLiteral("Permission.NotOrganizationAdministrator")});
    const Problems expected = OperatorPermissions::check(revoked, administrator, QString(),
                                                         OperatorPermissions::Action::CreateConnector);
    QCOMPARE(expected.size(), 1);
    QVERIFY2(err.contains(expected.first().message.left(40)), qPrintable(err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), revokedBytes);
}

// A problem of the organization file is printed as compilers print theirs: FILE:line:column:
// message, whether the file is damaged when the shell opens it or afterwards.
void TestShellSession::fileProblemsNameFileLineAndColumn()
{
    const QByteArray damaged = sampleBytes(Exchange::Version::Sp12007).replace("\"SchemaVersion\": 1", "\"SchemaVersion\": 1.5");
    const QString where = QStringLiteral(":2:20: ");

    Shell opening;
    QVERIFY(opening.ready());
    QVERIFY(opening.rewrite(damaged));
    QVERIFY(!opening.run(QStringLiteral("Get-SendConnector")));
    QVERIFY2(opening.err.startsWith(opening.path() + where + QStringLiteral("SchemaVersion must be a whole number")),
             qPrintable(opening.err));
    QVERIFY2(opening.err.contains(QLatin1String("1.5 is not a whole number")), qPrintable(opening.err));

    Shell later;
    QVERIFY(later.ready());
    QVERIFY2(later.run(QStringLiteral("Get-SendConnector")), qPrintable(later.err));
    QVERIFY(later.rewrite(damaged));
    QVERIFY(!later.run(QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm:$false")));
    QVERIFY2(later.err.startsWith(later.path() + where), qPrintable(later.err));
    QCOMPARE(later.bytes(), damaged);
}

// At a terminal, ">> " asks for the rest of a command; an empty line ends it as it stands.
void TestShellSession::continuationPrompt_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("continuationPrompts");
    QTest::addColumn<bool>("created");

    QTest::newRow("backtick") << QStringList{QStringLiteral("New-SendConnector -Name Cont `"),
                                             QStringLiteral("-AddressSpaces a.com")}
                              << 1 << true;
    QTest::newRow("open @( over three lines")
        << QStringList{QStringLiteral("New-SendConnector -Name Cont -AddressSpaces @("), QStringLiteral("'a.com'"),
                       QStringLiteral(")")}
        << 2 << true;
    QTest::newRow("open quote") << QStringList{QStringLiteral("New-SendConnector -Name Cont -AddressSpaces a.com "
                                                              "-Comment 'one"),
                                               QStringLiteral("two'")}
                                << 1 << true;
    QTest::newRow("empty line ends it") << QStringList{QStringLiteral("New-SendConnector -Name Cont -AddressSpaces a.com,"),
                                                       QString(), QStringLiteral("b.com")}
                                        << 1 << false;
}

void TestShellSession::continuationPrompt()
{
    QFETCH(QStringList, lines);
    QFETCH(int, continuationPrompts);
    QFETCH(bool, created);

    Shell shell;
    shell.answers = lines;
    shell.session->runInteractive();
    QCOMPARE(shell.out.count(QStringLiteral(">> ")), continuationPrompts);
    QCOMPARE(bool(shell.saved().connector(QStringLiteral("Cont"))), created);
}

// "At line:L char:C" names the line in the whole script, also for commands over several lines.
void TestShellSession::scriptErrorLocations_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("anythingRan");

    QTest::newRow("second command on line 3")
        << QStringLiteral("Get-SendConnector `\n  'Contoso to Internet'\n  Get-SendConnector Nowhere\n")
        << QStringLiteral("At line:3 char:3") << true;
    QTest::newRow("after a statement on the same line")
        << QStringLiteral("Get-SendConnector; Frobnicate\n") << QStringLiteral("At line:1 char:20") << true;
    QTest::newRow("syntax error on line 4: nothing runs")
        << QStringLiteral("New-SendConnector -Name A -AddressSpaces a.com\n\n# comment\nGet-SendConnector 'x\n")
        << QStringLiteral("At line:4 char:19") << false;
}

void TestShellSession::scriptErrorLocations()
{
    QFETCH(QString, script);
    QFETCH(QString, where);
    QFETCH(bool, anythingRan);

    Shell shell;
    QCOMPARE(shell.session->runScript(script), 1);
    QVERIFY2(shell.err.endsWith(where + QLatin1Char('\n')), qPrintable(shell.err));
    QCOMPARE(!shell.out.isEmpty(), anythingRan);
    QVERIFY(!shell.saved().connector(QStringLiteral("A")));
}

// "| Format-Table *" shows every property as a column; "| ft" the default three.
void TestShellSession::formatTableOfAllProperties()
{
    Shell shell;
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'Contoso to Internet' | ft *")));
    const QStringList lines = shell.out.split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 3);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("AddressSpaces AuthenticationCredential Comment")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("SourceTransportServers UseExternalDNSServersEnabled")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("{SMTP:*;1}")));
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector 'Contoso to Internet' | ft")));
    QVERIFY(shell.out.startsWith(QStringLiteral("\nIdentity            AddressSpaces Enabled\n")));
}

// Thousands of problems in one command: the first MaximumReportedProblems, then a count.
void TestShellSession::manyProblemsAreCounted()
{
    QString line = QStringLiteral("Get-SendConnector");
    for (int i = 0; i < 3000; ++i)
        line += QStringLiteral(" w%1").arg(i);
    Shell shell;
    QVERIFY(!shell.run(line));
    QCOMPARE(shell.session->lastProblems().size(), 2999);
    QCOMPARE(shell.err.count(QStringLiteral("Get-SendConnector : ")), ShellSession::MaximumReportedProblems);
    QVERIFY2(shell.err.contains(QStringLiteral("\n2949 more problem(s) are not shown; correct the ones above first.\n")),
             qPrintable(shell.err.right(300)));
    QVERIFY(shell.err.size() < 40000);
}

namespace {

const QString Internet = QStringLiteral("Contoso to Internet");

// A connector of the saved file, by value (the organization it points into is temporary).
std::optional<SendConnector> savedConnector(const Shell &shell, const QString &name,
                                            const QString &edgeServer = QString())
{
    const Organization organization = shell.saved();
    const SendConnector *found = organization.connector(name, edgeServer);
    return found ? std::optional<SendConnector>(*found) : std::nullopt;
}

} // namespace

// Set-SendConnector changes only the parameters given, prints nothing, and keeps the others.
void TestShellSession::setChangesOnlyWhatIsGiven()
{
    Shell shell;
    const Organization before = shell.saved();
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector '%1' -MaxMessageSize 20MB -Comment 'Raised for "
                                      "O''Brien' -Port 587").arg(Internet)),
             qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.err, QString());
    const Organization after = shell.saved();
    SendConnector expected = *before.connector(Internet);
    expected.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    expected.comment = QStringLiteral("Raised for O'Brien");
    expected.port = 587;
    QCOMPARE(*after.connector(Internet), expected);
    // The other connectors are untouched, in the same order.
    QCOMPARE(after.sendConnectors.size(), before.sendConnectors.size());
    for (qsizetype i = 0; i < before.sendConnectors.size(); ++i) {
        if (before.sendConnectors.at(i).name != Internet)
            QCOMPARE(after.sendConnectors.at(i), before.sendConnectors.at(i));
        else
            QCOMPARE(after.sendConnectors.at(i).name, Internet);
    }

    // A multi-valued parameter replaces the whole list.
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector '%1' -AddressSpaces 'contoso.net;3','*.example.com'")
                           .arg(Internet)),
             qPrintable(shell.err));
    QCOMPARE(savedConnector(shell, Internet)->addressSpaces,
             (QList<AddressSpace>{smtp(QStringLiteral("contoso.net"), 3), smtp(QStringLiteral("*.example.com"))}));
}

void TestShellSession::setRenames()
{
    Shell shell;
    const SendConnector before = *savedConnector(shell, Internet);
    // The identity is case-insensitive; -Name renames and keeps everything else.
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector -Identity 'contoso TO internet' -Name 'Contoso Internet'")),
             qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
    QVERIFY(!savedConnector(shell, Internet));
    SendConnector expected = before;
    expected.name = QStringLiteral("Contoso Internet");
    QCOMPARE(*savedConnector(shell, expected.name), expected);
    // Renaming to the same name in another case is a rename too.
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector 'Contoso Internet' -Name 'CONTOSO INTERNET'")),
             qPrintable(shell.err));
    QCOMPARE(savedConnector(shell, QStringLiteral("x"))
                 .value_or(SendConnector{}).name, QString());
    QCOMPARE(shell.saved().sendConnectors.first().name, QStringLiteral("CONTOSO INTERNET"));
}

// Every refusal names what is wrong and leaves the file byte for byte as it was.
void TestShellSession::setRefusedChangesWriteNothing_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("message"); // a part of the error text

    const auto sp1 = Exchange::Version::Sp12007;
    const auto rtm = Exchange::Version::Rtm2007;
    QTest::newRow("identity not found")
        << sp1 << QStringLiteral("Set-SendConnector 'No such connector' -Port 26")
        << QStringList{"Shell.ConnectorNotFound"}
        << QStringLiteral("The Send connector \"No such connector\" was not found on EX01.");
    QTest::newRow("empty identity") << sp1 << QStringLiteral("Set-SendConnector '' -Port 26")
                                    << QStringList{"Binding.InvalidValue"} << QStringLiteral("the name is empty");
    QTest::newRow("-Usage") << sp1 << QStringLiteral("Set-SendConnector '%1' -Usage Internal").arg(Internet)
                            << QStringList{"Binding.UnknownParameter"}
                            << QStringLiteral("Set-SendConnector has no parameter -Usage: the usage is chosen when "
                                              "a Send connector is created");
    QTest::newRow("usage switch") << sp1 << QStringLiteral("Set-SendConnector '%1' -Partner").arg(Internet)
                                  << QStringList{"Binding.UnknownParameter"}
                                  << QStringLiteral("has no parameter -Partner");
    QTest::newRow("RTM -IsScopedConnector")
        << rtm << QStringLiteral("Set-SendConnector '%1' -IsScopedConnector $true").arg(Internet)
        << QStringList{"Binding.UnknownParameter"} << QStringLiteral("scope the connector with the Local: prefix");
    QTest::newRow("SP1 Local: scope")
        << sp1 << QStringLiteral("Set-SendConnector '%1' -AddressSpaces 'Local:*'").arg(Internet)
        << QStringList{"AddressSpace.LocalScopeNotInSp1"} << QString();
    QTest::newRow("bad port") << sp1 << QStringLiteral("Set-SendConnector '%1' -Port 70000").arg(Internet)
                              << QStringList{"Binding.InvalidValue"} << QStringLiteral("is not a valid port");
    QTest::newRow("text for a Boolean")
        << sp1 << QStringLiteral("Set-SendConnector '%1' -Enabled 'false'").arg(Internet)
        << QStringList{"Binding.WrongType"} << QStringLiteral("write $false");
    QTest::newRow("rename onto another connector")
        << sp1 << QStringLiteral("Set-SendConnector '%1' -Name 'northwind traders (retired)'").arg(Internet)
        << QStringList{"Name.Duplicate"} << QString();
    QTest::newRow("empty name") << sp1 << QStringLiteral("Set-SendConnector '%1' -Name ' '").arg(Internet)
                                << QStringList{"Name.Empty"} << QString();
    QTest::newRow("hashtable") << sp1
                               << QStringLiteral("Set-SendConnector '%1' -AddressSpaces @{Add='x.com'}").arg(Internet)
                               << QStringList{"Syntax.UnsupportedHashtable"}
                               << QStringLiteral("Exchange 2007 has no @{Add=…} or @{Remove=…} syntax");
    QTest::newRow("-Instance typed") << sp1 << QStringLiteral("Set-SendConnector -Instance x -Port 26")
                                     << QStringList{"Binding.InvalidValue"}
                                     << QStringLiteral("passes only through the pipeline");
    QTest::newRow("password on the command line")
        << sp1 << QStringLiteral("Set-SendConnector '%1' -AuthenticationCredential 'P@ss'").arg(Internet)
        << QStringList{"Binding.WrongType"} << QStringLiteral("is not a credential");
    QTest::newRow("pipeline and identity")
        << sp1 << QStringLiteral("Get-SendConnector '%1' | Set-SendConnector '%1' -Port 26").arg(Internet)
        << QStringList{"Binding.PipelineInput"} << QStringLiteral("either from the pipeline or from -Identity");
    QTest::newRow("removing the last address space")
        << sp1 << QStringLiteral("Set-SendConnector '%1' -AddressSpaces $null").arg(Internet)
        << QStringList{"Connector.AddressSpaceRequired"} << QString();
}

void TestShellSession::setRefusedChangesWriteNothing()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, line);
    QFETCH(QStringList, codes);
    QFETCH(QString, message);

    Shell shell(version);
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(line));
    QCOMPARE(shell.codes(), codes);
    QVERIFY2(shell.err.contains(message), qPrintable(shell.err));
    QVERIFY(shell.err.startsWith(QStringLiteral("Set-SendConnector : ")) || codes.first().startsWith("Syntax.")
            || codes.first().startsWith("Get"));
    QVERIFY(!shell.err.contains(QStringLiteral("P@ss")));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.bytes(), before);
}

// A change that breaks several cross-field rules is refused with every problem, nothing written.
void TestShellSession::setCrossFieldChangeListsEveryProblem()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector '%1' -DNSRoutingEnabled $false -IgnoreSTARTTLS $true "
                                      "-RequireTLS $true -SourceTransportServers $null")
                           .arg(Internet)));
    const QStringList codes = shell.codes();
    for (const char *code : {"Connector.SmartHostsRequired", "Connector.RequireTlsWithIgnoreStartTls",
                             "Connector.SourceServerRequired"})
        QVERIFY2(codes.contains(QLatin1String(code)), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY(codes.size() >= 3);
    // Each error on its own line; warnings (RequireTLS on "*") come with them.
    QCOMPARE(shell.err.count(QStringLiteral("Set-SendConnector : ")),
             std::count_if(shell.session->lastProblems().cbegin(), shell.session->lastProblems().cend(),
                           [](const Problem &problem) { return problem.isError(); }));
    QCOMPARE(shell.bytes(), before);
}

// Exchange 2007 takes no wildcard in -Identity: the message says so and names what '*' would match.
void TestShellSession::setWildcardIdentity()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector 'Contoso*' -Port 26")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.WildcardIdentity")});
    QVERIFY2(shell.err.contains(QStringLiteral("Set-SendConnector of Exchange 2007 SP1 does not take wildcards")),
             qPrintable(shell.err));
    QVERIFY2(shell.err.contains(QStringLiteral("\"Contoso*\" would match 2 Send connectors (\"Contoso to Internet\", "
                                               "\"Contoso to Tailspin Toys relay\")")),
             qPrintable(shell.err));
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector '*bank*' -Port 26")));
    QVERIFY2(shell.err.contains(QStringLiteral("Did you mean \"Woodgrove Bank (domain secured)\"?")),
             qPrintable(shell.err));
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector 'zz*' -Port 26")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.WildcardIdentity")});
    // Get- and Remove-SendConnector say the same.
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector *Internet")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.WildcardIdentity")});
    QVERIFY2(shell.err.contains(QStringLiteral("Get-SendConnector of Exchange 2007 SP1 does not take wildcards")),
             qPrintable(shell.err));
    QVERIFY(!shell.run(QStringLiteral("Remove-SendConnector 'Contoso*' -Confirm:$false")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.WildcardIdentity")});
    QVERIFY2(shell.err.contains(QStringLiteral("would match 2 Send connectors")), qPrintable(shell.err));
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::setPipelineInput()
{
    Shell shell;
    const SendConnector before = *savedConnector(shell, Internet);
    QVERIFY2(shell.run(QStringLiteral("Get-SendConnector '%1' | Set-SendConnector -MaxMessageSize 20MB").arg(Internet)),
             qPrintable(shell.err));
    QCOMPARE(shell.out, QString()); // Set writes nothing to the pipeline
    SendConnector expected = before;
    expected.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    QCOMPARE(*savedConnector(shell, Internet), expected);

    // Get's errors stop the pipeline; Set's binding errors are reported once, nothing written.
    const QByteArray unchanged = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector 'None' | Set-SendConnector -Port 26")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.ConnectorNotFound")});
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector | Set-SendConnector -Port x")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Binding.InvalidValue")});
    // Only Get-SendConnector feeds Set-SendConnector.
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector '%1' -Port 26 | Set-SendConnector -Port 27").arg(Internet)));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.UnsupportedPipeline")});
    QCOMPARE(shell.bytes(), unchanged);
}

// Get-SendConnector without an identity feeds every connector of the side; each change is its own
// operation, and one refused change does not stop the others.
void TestShellSession::setPipelineEveryConnector()
{
    Shell shell;
    const Organization before = shell.saved();
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector | Set-SendConnector -ProtocolLoggingLevel Verbose "
                                      "-IgnoreSTARTTLS $true")));
    // IgnoreSTARTTLS is refused on the domain-secured connector only (docs/domain-rules.md).
    const QString secured = QStringLiteral("Woodgrove Bank (domain secured)");
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Connector.DomainSecureWithIgnoreStartTls")});
    const Organization after = shell.saved();
    QCOMPARE(after.sendConnectors.size(), before.sendConnectors.size());
    for (qsizetype i = 0; i < before.sendConnectors.size(); ++i) {
        SendConnector expected = before.sendConnectors.at(i);
        if (expected.name != secured) {
            expected.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose;
            expected.ignoreStartTls = true;
        }
        QCOMPARE(after.sendConnectors.at(i), expected);
    }
    // The Edge's own connectors were not touched (the shell runs on EX01).
    QCOMPARE(after.connectorsFor(QStringLiteral("EDGE02")), before.connectorsFor(QStringLiteral("EDGE02")));
}

void TestShellSession::setWhatIf()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(shell.run(QStringLiteral("Set-SendConnector '%1' -Name 'Other' -WhatIf").arg(Internet)));
    QCOMPARE(shell.out, QStringLiteral("What if: Setting Send connector \"Contoso to Internet\".\n"));
    QCOMPARE(shell.err, QString());
    QVERIFY(shell.run(QStringLiteral("Get-SendConnector | Set-SendConnector -Port 26 -WhatIf")));
    QCOMPARE(shell.out.count(QStringLiteral("What if: Setting Send connector")), shell.saved().sendConnectors.size());
    // -WhatIf still checks the change: a broken rule is reported, not "What if".
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector '%1' -DNSRoutingEnabled $false -WhatIf").arg(Internet)));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::setConfirm_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<int>("changed"); // how many connectors got port 26
    QTest::addColumn<int>("prompts");
    QTest::addColumn<bool>("succeeded");

    const QString one = QStringLiteral("Set-SendConnector '%1' -Port 26").arg(Internet);
    const QString all = QStringLiteral("Get-SendConnector | Set-SendConnector -Port 26");
    QTest::newRow("no -Confirm: no question") << one << QStringList{} << 1 << 0 << true;
    QTest::newRow("-Confirm:$false") << one + QStringLiteral(" -Confirm:$false") << QStringList{} << 1 << 0 << true;
    QTest::newRow("Y") << one + QStringLiteral(" -Confirm") << QStringList{"y"} << 1 << 1 << true;
    QTest::newRow("N") << one + QStringLiteral(" -Confirm") << QStringList{"n"} << 0 << 1 << true;
    QTest::newRow("end of input") << one + QStringLiteral(" -Confirm") << QStringList{} << 0 << 1 << false;
    QTest::newRow("each piped connector asks") << all + QStringLiteral(" -Confirm")
                                               << QStringList{"y", "n", "y", "n", "y"} << 3 << 5 << true;
    QTest::newRow("Yes to All") << all + QStringLiteral(" -Confirm") << QStringList{"n", "a"} << 4 << 2 << true;
    QTest::newRow("No to All") << all + QStringLiteral(" -Confirm") << QStringList{"y", "l"} << 1 << 2 << true;
}

void TestShellSession::setConfirm()
{
    QFETCH(QString, line);
    QFETCH(QStringList, answers);
    QFETCH(int, changed);
    QFETCH(int, prompts);
    QFETCH(bool, succeeded);

    Shell shell;
    const QByteArray before = shell.bytes();
    shell.answers = answers;
    QCOMPARE(shell.run(line), succeeded);
    QVERIFY(shell.answers.isEmpty());
    QCOMPARE(int(shell.out.count(QStringLiteral("[Y] Yes  [A] Yes to All"))), prompts);
    if (prompts > 0) {
        QVERIFY2(shell.out.startsWith(QStringLiteral("\nConfirm\nAre you sure you want to perform this action?\n"
                                                     "Setting Send connector \"Contoso to Internet\".\n")),
                 qPrintable(shell.out));
    }
    int count = 0;
    for (const SendConnector &connector : shell.saved().sendConnectors)
        count += connector.port == 26 ? 1 : 0;
    QCOMPARE(count, changed);
    if (changed == 0)
        QCOMPARE(shell.bytes(), before);
    if (!succeeded)
        QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
}

// Values the connector has already: Exchange's warning, and the file is not rewritten.
void TestShellSession::setNothingChangedWarns()
{
    Shell shell;
    const QByteArray before = shell.bytes();
    QVERIFY(shell.run(QStringLiteral("Set-SendConnector '%1' -Port 25 -Enabled $true").arg(Internet)));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.err, QStringLiteral("WARNING: The command completed successfully but no settings of \"Contoso to "
                                       "Internet\" have been modified.\n"));
    QCOMPARE(shell.bytes(), before);
}

// (Get-Credential) asks for the password once, keeps it in memory only, and follows a rename;
// $null removes the credential.
void TestShellSession::setCredential()
{
    Shell shell;
    const QString relay = QStringLiteral("Contoso to Tailspin Toys relay");
    shell.secrets = {Password};
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector '%1' -SmartHostAuthMechanism BasicAuthRequireTLS "
                                      "-AuthenticationCredential (Get-Credential 'CONTOSO\\relay')")
                           .arg(relay)),
             qPrintable(shell.err));
    QCOMPARE(shell.out, QStringLiteral("Password for user CONTOSO\\relay: "));
    std::optional<SendConnector> saved = savedConnector(shell, relay);
    QVERIFY(saved);
    QVERIFY(saved->smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS);
    QCOMPARE(saved->authenticationCredential, std::optional(AuthenticationCredential{QStringLiteral("CONTOSO\\relay")}));
    QVERIFY(!shell.bytes().contains(Password.toUtf8()));
    QCOMPARE(shell.session->credentials().password(relay, QStringLiteral("CONTOSO\\relay")), std::optional(Password));

    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector '%1' -Name 'Tailspin relay'").arg(relay)), qPrintable(shell.err));
    QCOMPARE(shell.session->credentials().password(QStringLiteral("Tailspin relay"), QStringLiteral("CONTOSO\\relay")),
             std::optional(Password));
    QCOMPARE(shell.session->credentials().password(relay, QStringLiteral("CONTOSO\\relay")), std::nullopt);

    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector 'Tailspin relay' -SmartHostAuthMechanism None "
                                      "-AuthenticationCredential $null")),
             qPrintable(shell.err));
    saved = savedConnector(shell, QStringLiteral("Tailspin relay"));
    QVERIFY(saved);
    QVERIFY(!saved->authenticationCredential);
    QCOMPARE(shell.session->credentials().password(QStringLiteral("Tailspin relay"), QStringLiteral("CONTOSO\\relay")),
             std::nullopt);

    // The input ends at the password: nothing changed.
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector 'Tailspin relay' -SmartHostAuthMechanism BasicAuth "
                                      "-AuthenticationCredential (Get-Credential 'u')")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
    QCOMPARE(shell.bytes(), before);
}

void TestShellSession::setAsksForIdentity()
{
    Shell shell;
    shell.answers = {Internet};
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector -Port 26")), qPrintable(shell.err));
    QCOMPARE(shell.out, QStringLiteral("cmdlet Set-SendConnector at command pipeline position 1\nSupply values for the "
                                       "following parameters:\nIdentity: "));
    QCOMPARE(savedConnector(shell, Internet)->port, 26);
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector -Port 27")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.EndOfInput")});
    QCOMPARE(shell.bytes(), before);
}

// On an unsubscribed Edge the shell changes the Edge's own connectors; a subscribed Edge's come
// from EdgeSync and are refused.
void TestShellSession::setOnAnEdge()
{
    ShellOptions options;
    options.server = QStringLiteral("EDGE02");
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector 'EDGE02 to Internet' -SourceIPAddress 10.0.0.5")),
             qPrintable(shell.err));
    QCOMPARE(savedConnector(shell, QStringLiteral("EDGE02 to Internet"), QStringLiteral("EDGE02"))->sourceIpAddress,
             QStringLiteral("10.0.0.5"));
    // The organization's connectors are not found from the Edge.
    const QByteArray before = shell.bytes();
    QVERIFY(!shell.run(QStringLiteral("Set-SendConnector '%1' -Port 26").arg(Internet)));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Shell.ConnectorNotFound")});

    ShellOptions subscribed;
    subscribed.server = QStringLiteral("EDGE01");
    Shell edge(Exchange::Version::Sp12007, subscribed);
    const QByteArray edgeBefore = edge.bytes();
    QVERIFY(!edge.run(QStringLiteral("Set-SendConnector 'x' -Port 26")));
    QCOMPARE(edge.codes(), QStringList{QStringLiteral("Shell.SubscribedEdge")});
    QCOMPARE(edge.bytes(), edgeBefore);
    QCOMPARE(shell.bytes(), before);
}

// -ErrorAction Stop: the connectors before the refused one are changed (each is its own
// operation), the ones after it are not tried.
void TestShellSession::setPipelineStopsAtATerminatingError()
{
    Shell shell;
    const Organization before = shell.saved();
    const QString secured = QStringLiteral("Woodgrove Bank (domain secured)");
    QVERIFY(!shell.run(QStringLiteral("Get-SendConnector | Set-SendConnector -IgnoreSTARTTLS $true -ErrorAction Stop")));
    QCOMPARE(shell.codes(), QStringList{QStringLiteral("Connector.DomainSecureWithIgnoreStartTls")});
    QVERIFY(shell.err.contains(QStringLiteral("Command execution stopped")));
    const Organization after = shell.saved();
    bool reached = false;
    for (qsizetype i = 0; i < before.sendConnectors.size(); ++i) {
        SendConnector expected = before.sendConnectors.at(i);
        reached = reached || expected.name == secured;
        if (!reached)
            expected.ignoreStartTls = true;
        QCOMPARE(after.sendConnectors.at(i), expected);
    }
    QVERIFY(reached);
    QVERIFY(after.sendConnectors.first().ignoreStartTls);
    QVERIFY(!after.sendConnectors.last().ignoreStartTls);
}

// Test-SendConnectorRouting on the Contoso sample (EX01, EX02 in Seattle; EX03 in Portland, site
// link cost 10; contoso.com authoritative, fabrikam.com internal relay): each outcome, the fields of
// the record, and -Server and -MessageSize changing the answer.
void TestShellSession::testRouting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected"); // Result, SendConnector, AddressSpace, SourceServer, Cost, NextHop, Server, MessageSize

    const auto row = [](const char *name, const char *line, const QStringList &expected) {
        QTest::newRow(name) << QString::fromUtf8(line) << expected;
    };
    row("Internal: authoritative domain", "Test-SendConnectorRouting kim@contoso.com",
        {"Internal", "", "", "", "", "", "EX01", "0"});
    row("Internal: subdomain is not covered", "Test-SendConnectorRouting kim@sales.contoso.com",
        {"Routed", "Contoso to Internet", "SMTP:*;1", "EX01", "1", "DNS MX (sales.contoso.com)", "EX01", "0"});
    row("Routed: relay domain through *", "Test-SendConnectorRouting kim@fabrikam.com",
        {"Routed", "Contoso to Internet", "SMTP:*;1", "EX01", "1", "DNS MX (fabrikam.com)", "EX01", "0"});
    row("Routed: smart host, other site", "Test-SendConnectorRouting kim@tailspintoys.com",
        {"Routed", "Contoso to Tailspin Toys relay", "SMTP:tailspintoys.com;2", "EX03", "12", "relay.tailspintoys.com",
         "EX01", "0"});
    row("Routed: DNS", "Test-SendConnectorRouting -Recipient kim@example.org -MessageSize 10MB",
        {"Routed", "Contoso to Internet", "SMTP:*;1", "EX01", "1", "DNS MX (example.org)", "EX01", "10MB"});
    row("Routed: from EX03 the path costs 10 more", "Test-SendConnectorRouting kim@example.org -Server ex03",
        {"Routed", "Contoso to Internet", "SMTP:*;1", "EX01", "11", "DNS MX (example.org)", "EX03", "0"});
    row("Routed: from EX03 the smart host is local", "Test-SendConnectorRouting kim@tailspintoys.com -Server EX03",
        {"Routed", "Contoso to Tailspin Toys relay", "SMTP:tailspintoys.com;2", "EX03", "2", "relay.tailspintoys.com",
         "EX03", "0"});
    row("Routed: size filter leaves the larger connector", "Test-SendConnectorRouting kim@woodgrovebank.com -Mess 15MB",
        {"Routed", "Woodgrove Bank (domain secured)", "SMTP:woodgrovebank.com;1", "EDGE01", "1",
         "DNS MX (woodgrovebank.com)", "EX01", "15MB"});
    row("Unreachable: too large for every connector", "Test-SendConnectorRouting kim@example.org -MessageSize 15MB",
        {"Unreachable", "", "", "", "", "", "EX01", "15MB"});
    row("Unreachable: its connector disabled, * too small", "Test-SendConnectorRouting kim@northwindtraders.com -MessageSize 11MB",
        {"Unreachable", "", "", "", "", "", "EX01", "11MB"});
    row("Routed: an Edge's own connectors", "Test-SendConnectorRouting kim@example.org -Server EDGE02",
        {"Routed", "EDGE02 to Internet", "SMTP:*;1", "EDGE02", "1", "DNS MX (example.org)", "EDGE02", "0"});
}

void TestShellSession::testRouting()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY2(shell.run(line), qPrintable(shell.err));
    QCOMPARE(shell.err, QString());
    QCOMPARE(routePropertyNames(shell.out), RouteProperties);
    const QList<QMap<QString, QString>> records = routeRecords(shell.out);
    QCOMPARE(records.size(), 1);
    const QMap<QString, QString> &r = records.first();
    const QStringList actual{r.value("Result"),       r.value("SendConnector"), r.value("AddressSpace"),
                             r.value("SourceServer"), r.value("Cost"),          r.value("NextHop"),
                             r.value("Server"),       r.value("MessageSize")};
    QCOMPARE(actual, expected);
    QVERIFY(!r.value("Reason").isEmpty());
    // Unreachable names the size; Internal names the accepted domain.
    if (expected.first() == QLatin1String("Unreachable"))
        QVERIFY2(r.value("Reason").contains(QLatin1String("Unreachable queue")), qPrintable(r.value("Reason")));
    if (expected.first() == QLatin1String("Internal"))
        QVERIFY2(r.value("Reason").contains(QLatin1String("authoritative")), qPrintable(r.value("Reason")));
}

// The whole output of one command, as Get-SendConnector | Format-List lays out a record.
void TestShellSession::testRoutingExactOutput()
{
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY2(shell.run(QStringLiteral("Test-SendConnectorRouting kim@contoso.com")), qPrintable(shell.err));
    QCOMPARE(shell.out,
             QStringLiteral("\n"
                            "Recipient     : kim@contoso.com\n"
                            "Server        : EX01\n"
                            "MessageSize   : 0\n"
                            "Result        : Internal\n"
                            "SendConnector :\n"
                            "AddressSpace  :\n"
                            "SourceServer  :\n"
                            "Cost          :\n"
                            "NextHop       :\n"
                            "Reason        : contoso.com is an authoritative accepted domain (contoso.com): the message "
                            "is delivered inside the organization.\n"
                            "\n"));
    // "| Format-List" prints the same.
    const QString plain = shell.out;
    QVERIFY(shell.run(QStringLiteral("Test-SendConnectorRouting kim@contoso.com | Format-List")));
    QCOMPARE(shell.out, plain);
    QVERIFY(shell.run(QStringLiteral("Test-SendConnectorRouting kim@contoso.com | fl")));
    QCOMPARE(shell.out, plain);
}

void TestShellSession::testRoutingSeveralRecipientsInOrder()
{
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY2(shell.run(QStringLiteral("Test-SendConnectorRouting zed@example.org,kim@contoso.com,"
                                      "'amy@tailspintoys.com',kim@contoso.com -MessageSize 1MB")),
             qPrintable(shell.err));
    const QList<QMap<QString, QString>> records = routeRecords(shell.out);
    QStringList recipients;
    QStringList results;
    for (const auto &r : records) {
        recipients.append(r.value("Recipient"));
        results.append(r.value("Result"));
        QCOMPARE(r.value("MessageSize"), QStringLiteral("1MB"));
    }
    QCOMPARE(recipients, (QStringList{"zed@example.org", "kim@contoso.com", "amy@tailspintoys.com", "kim@contoso.com"}));
    QCOMPARE(results, (QStringList{"Routed", "Internal", "Routed", "Internal"}));
    // One blank line between records and one at the end, as Format-List prints several objects.
    QVERIFY(shell.out.startsWith(QLatin1String("\nRecipient ")));
    QVERIFY(shell.out.endsWith(QLatin1String(".\n\n")));
    QVERIFY(!shell.out.contains(QLatin1String("\n\n\n")));
    QCOMPARE(shell.out.count(QLatin1String("\n\nRecipient ")), 3);
}

// Addresses piped in give the same records as -Recipient.
void TestShellSession::testRoutingPipelineInput_data()
{
    QTest::addColumn<QString>("piped");
    QTest::addColumn<QString>("given");
    QTest::newRow("two quoted")
        << QStringLiteral("'kim@contoso.com','amy@tailspintoys.com' | Test-SendConnectorRouting")
        << QStringLiteral("Test-SendConnectorRouting kim@contoso.com,amy@tailspintoys.com");
    QTest::newRow("double quotes, @(), parameters, Format-List")
        << QStringLiteral("@(\"kim@contoso.com\", \"zed@example.org\") | Test-SendConnectorRouting -Server EX03 "
                          "-MessageSize 2MB | Format-List")
        << QStringLiteral("Test-SendConnectorRouting -Recipient kim@contoso.com,zed@example.org -Server EX03 "
                          "-MessageSize 2MB");
    QTest::newRow("one") << QStringLiteral("'zed@example.org' | test-sendconnectorrouting -Explain")
                         << QStringLiteral("Test-SendConnectorRouting zed@example.org -Explain");
    QTest::newRow("over lines") << QStringLiteral("'kim@contoso.com',\n'zed@example.org' |\nTest-SendConnectorRouting")
                                << QStringLiteral("Test-SendConnectorRouting kim@contoso.com,zed@example.org");
}

void TestShellSession::testRoutingPipelineInput()
{
    QFETCH(QString, piped);
    QFETCH(QString, given);
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY2(shell.run(given), qPrintable(shell.err));
    const QString expected = shell.out;
    QVERIFY(routeRecords(expected).size() >= 1);
    shell.out.clear();
    QCOMPARE(shell.session->runScript(piped), 0);
    QCOMPARE(shell.err, QString());
    QCOMPARE(shell.out, expected);
}

void TestShellSession::testRoutingPipelineRefusals_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("piped and -Recipient")
        << QStringLiteral("'kim@contoso.com' | Test-SendConnectorRouting -Recipient zed@example.org")
        << QStringLiteral("Binding.PipelineInput") << QStringLiteral("Recipient: Test-SendConnectorRouting takes its "
                                                                     "recipients from the pipeline or from -Recipient");
    QTest::newRow("piped to another cmdlet") << QStringLiteral("'Contoso to Internet' | Get-SendConnector")
                                             << QStringLiteral("Shell.UnsupportedPipeline")
                                             << QStringLiteral("\"Get-SendConnector\" does not take values from the "
                                                               "pipeline");
    QTest::newRow("Format-Table") << QStringLiteral("Test-SendConnectorRouting kim@contoso.com | Format-Table")
                                  << QStringLiteral("Shell.UnsupportedPipeline")
                                  << QStringLiteral("Test-SendConnectorRouting shows its records as a list");
    QTest::newRow("a value alone") << QStringLiteral("'kim@contoso.com'") << QStringLiteral("Syntax.UnsupportedExpression")
                                   << QStringLiteral("is not a command");
}

void TestShellSession::testRoutingPipelineRefusals()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY(!shell.run(line));
    QCOMPARE(shell.codes(), QStringList{code});
    QVERIFY2(shell.err.contains(mention), qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
}

// -Explain: after each record, the table of every connector of the side with the step that
// eliminated it (Internal mail examines none: no table).
void TestShellSession::testRoutingExplain()
{
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY2(shell.run(QStringLiteral("Test-SendConnectorRouting kim@tailspintoys.com,kim@contoso.com,"
                                      "kim@woodgrovebank.com -MessageSize 15MB -Explain")),
             qPrintable(shell.err));
    const QStringList parts = shell.out.split(QStringLiteral("\nRecipient "));
    QCOMPARE(parts.size(), 4);
    QVERIFY2(parts.at(1).startsWith(QLatin1String("    : kim@tailspintoys.com\n")), qPrintable(parts.at(1)));
    QVERIFY2(parts.at(1).contains(QLatin1String("Result        : Unreachable\n")), qPrintable(parts.at(1)));
    QVERIFY2(parts.at(1).contains(QLatin1String(
                 "\n\nSendConnector                   AddressSpace SourceServer Cost Step\n"
                 "-------------                   ------------ ------------ ---- ----\n"
                 "Contoso to Internet                          EX01              MessageTooLarge\n"
                 "Contoso to Tailspin Toys relay               EX03              MessageTooLarge\n"
                 "Woodgrove Bank (domain secured)              EDGE01            NoMatchingAddressSpace\n"
                 "Fabrikam X.400 gateway                       EX01              MessageTooLarge\n"
                 "Northwind Traders (retired)                  EX03              Disabled\n\n")),
             qPrintable(parts.at(1)));
    for (const char *step : {"MessageTooLarge", "NoMatchingAddressSpace", "Disabled"})
        QVERIFY2(parts.at(1).contains(QLatin1String(step)), step);
    // Internal: the record alone.
    QVERIFY2(parts.at(2).contains(QLatin1String("Result        : Internal\n")), qPrintable(parts.at(2)));
    QVERIFY2(!parts.at(2).contains(QLatin1String("Step\n")), qPrintable(parts.at(2)));
    // The winner is marked Chosen with its address space and cost.
    const QString woodgrove = parts.at(3);
    QVERIFY2(woodgrove.contains(QLatin1String("SendConnector                   AddressSpace             SourceServer "
                                              "Cost Step\n")),
             qPrintable(woodgrove));
    QVERIFY2(woodgrove.contains(QLatin1String("Woodgrove Bank (domain secured) SMTP:woodgrovebank.com;1 EDGE01       1 "
                                              "   Chosen\n")),
             qPrintable(woodgrove));
    QVERIFY(woodgrove.endsWith(QLatin1String("Disabled\n\n")));
    // Without -Explain: no table.
    QVERIFY(shell.run(QStringLiteral("Test-SendConnectorRouting kim@woodgrovebank.com -MessageSize 15MB")));
    QVERIFY(!shell.out.contains(QLatin1String("Step")));
}

// A connector scoped to its source server's site (Portland) is seen from EX03 and not from EX01.
void TestShellSession::testRoutingServerOfAnotherSite()
{
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY2(shell.run(QStringLiteral("Set-SendConnector 'Contoso to Tailspin Toys relay' -IsScopedConnector $true")),
             qPrintable(shell.err));
    QVERIFY2(shell.run(QStringLiteral("Test-SendConnectorRouting kim@tailspintoys.com -Explain")), qPrintable(shell.err));
    QList<QMap<QString, QString>> records = routeRecords(shell.out);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().value("SendConnector"), QStringLiteral("Contoso to Internet"));
    QVERIFY2(shell.out.contains(QRegularExpression(QStringLiteral("Contoso to Tailspin Toys relay +EX03 +OutOfScope\n"))),
             qPrintable(shell.out));

    QVERIFY2(shell.run(QStringLiteral("Test-SendConnectorRouting kim@tailspintoys.com -Server EX03")),
             qPrintable(shell.err));
    records = routeRecords(shell.out);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().value("Server"), QStringLiteral("EX03"));
    QCOMPARE(records.first().value("SendConnector"), QStringLiteral("Contoso to Tailspin Toys relay"));
    QCOMPARE(records.first().value("Cost"), QStringLiteral("2"));
}

// Errors of the whole command: reported once with the parameter, nothing printed, the command fails.
void TestShellSession::testRoutingErrors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("mention");

    QTest::newRow("unknown server, two recipients: one error")
        << QStringLiteral("Test-SendConnectorRouting kim@contoso.com,zed@example.org -Server EX09")
        << QStringList{"Routing.UnknownServer"} << QStringLiteral("Test-SendConnectorRouting : Server: \"EX09\"");
    QTest::newRow("subscribed Edge") << QStringLiteral("Test-SendConnectorRouting zed@example.org -Server EDGE01")
                                     << QStringList{"Routing.SubscribedEdge"}
                                     << QStringLiteral("Test-SendConnectorRouting : Server: ");
    QTest::newRow("negative size") << QStringLiteral("Test-SendConnectorRouting zed@example.org -MessageSize -1KB")
                                   << QStringList{"ByteQuantity.Negative"}
                                   << QStringLiteral("MessageSize: Cannot bind parameter 'MessageSize' to '-1KB'");
    QTest::newRow("malformed size") << QStringLiteral("Test-SendConnectorRouting zed@example.org -MessageSize ten")
                                    << QStringList{"ByteQuantity.Invalid"}
                                    << QStringLiteral("MessageSize: Cannot bind parameter 'MessageSize' to 'ten'");
    QTest::newRow("unknown parameter") << QStringLiteral("Test-SendConnectorRouting zed@example.org -Size 1MB")
                                       << QStringList{"Binding.UnknownParameter"}
                                       << QStringLiteral("Test-SendConnectorRouting has no parameter -Size");
    QTest::newRow("invalid recipient alone") << QStringLiteral("Test-SendConnectorRouting kim")
                                             << QStringList{"Routing.InvalidRecipient"}
                                             << QStringLiteral("Test-SendConnectorRouting : Recipient: The recipient "
                                                               "\"kim\" is not an e-mail address");
    QTest::newRow("invalid domain") << QStringLiteral("Test-SendConnectorRouting 'kim@bad domain.com'")
                                    << QStringList{"DomainName.InvalidCharacter"}
                                    << QStringLiteral("Recipient: The recipient \"kim@bad domain.com\"");
}

void TestShellSession::testRoutingErrors()
{
    QFETCH(QString, line);
    QFETCH(QStringList, codes);
    QFETCH(QString, mention);
    Shell shell;
    QVERIFY(shell.ready());
    QVERIFY(!shell.run(line));
    QCOMPARE(shell.codes(), codes);
    QVERIFY2(shell.err.contains(mention), qPrintable(shell.err));
    QVERIFY2(shell.err.contains(QLatin1String("At line:1 char:1")), qPrintable(shell.err));
    QCOMPARE(shell.out, QString());
    QCOMPARE(shell.session->runScript(line), 1);
}

// PowerShell's non-terminating errors: an invalid address is an error for that one, the others are
// answered, in order; -ErrorAction Stop ends the command at the first, SilentlyContinue hides it.
void TestShellSession::testRoutingOneInvalidRecipientOfSeveral_data()
{
    QTest::addColumn<QString>("errorAction");
    QTest::addColumn<QStringList>("answered");
    QTest::addColumn<bool>("errorShown");
    const QStringList both{"kim@contoso.com", "zed@example.org"};
    QTest::newRow("default: Continue") << QString() << both << true;
    QTest::newRow("Continue") << QStringLiteral(" -ErrorAction Continue") << both << true;
    QTest::newRow("SilentlyContinue") << QStringLiteral(" -ea SilentlyContinue") << both << false;
    QTest::newRow("Stop") << QStringLiteral(" -ErrorAction Stop") << QStringList{"kim@contoso.com"} << true;
}

void TestShellSession::testRoutingOneInvalidRecipientOfSeveral()
{
    QFETCH(QString, errorAction);
    QFETCH(QStringList, answered);
    QFETCH(bool, errorShown);
    const QStringList lines{
        QStringLiteral("Test-SendConnectorRouting kim@contoso.com,'not an address',zed@example.org") + errorAction,
        QStringLiteral("'kim@contoso.com','not an address','zed@example.org' | Test-SendConnectorRouting") + errorAction,
        QStringLiteral("'kim@contoso.com',$true,'zed@example.org' | Test-SendConnectorRouting") + errorAction};
    for (const QString &line : lines) {
        Shell shell;
        QVERIFY(shell.ready());
        QVERIFY(!shell.run(line));
        QStringList recipients;
        for (const auto &r : routeRecords(shell.out))
            recipients.append(r.value("Recipient"));
        QCOMPARE(recipients, answered);
        QCOMPARE(shell.codes().size(), 1);
        QVERIFY(shell.codes().first() == QLatin1String("Routing.InvalidRecipient")
                || shell.codes().first() == QLatin1String("Binding.WrongType"));
        QCOMPARE(shell.err.startsWith(QLatin1String("Test-SendConnectorRouting : ")), errorShown);
        QCOMPARE(shell.err.contains(QLatin1String("Recipient: ")), errorShown);
        QCOMPARE(shell.session->terminated(), errorAction.contains(QLatin1String("Stop")));
    }
}

// Without -Recipient and without piped input the shell asks, as for New-SendConnector's mandatory
// parameters: one address a line until an empty line.
void TestShellSession::testRoutingAsksForRecipients_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<QStringList>("answered");
    QTest::addColumn<QString>("code");
    QTest::newRow("two, then an empty line") << QStringList{"kim@contoso.com", " zed@example.org ", ""} << true
                                             << QStringList{"kim@contoso.com", "zed@example.org"} << QString();
    QTest::newRow("end of input") << QStringList{"kim@contoso.com"} << false << QStringList{}
                                  << QStringLiteral("Shell.EndOfInput");
    QTest::newRow("nothing given") << QStringList{""} << false << QStringList{} << QStringLiteral("Binding.MissingValue");
}

void TestShellSession::testRoutingAsksForRecipients()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, succeeded);
    QFETCH(QStringList, answered);
    QFETCH(QString, code);
    ShellOptions options;
    options.terminal = ShellTerminal::Detached;
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY(shell.ready());
    shell.answers = answers;
    QCOMPARE(shell.run(QStringLiteral("Test-SendConnectorRouting -Server EX01")), succeeded);
    QVERIFY2(shell.out.startsWith(QStringLiteral("cmdlet Test-SendConnectorRouting at command pipeline position 1\n"
                                                 "Supply values for the following parameters:\nRecipient[0]: ")),
             qPrintable(shell.out));
    QStringList recipients;
    for (const auto &r : routeRecords(shell.out))
        recipients.append(r.value("Recipient"));
    QCOMPARE(recipients, answered);
    QCOMPARE(shell.codes(), code.isEmpty() ? QStringList{} : QStringList{code});
    if (!code.isEmpty())
        QVERIFY2(shell.err.contains(QLatin1String("Recipient")), qPrintable(shell.err));
}

// Read-only: the file is neither written nor locked for writing (a read-only file serves), and an
// operator without any role may ask.
void TestShellSession::testRoutingIsReadOnly()
{
    ShellOptions options;
    options.operatorName = QStringLiteral("CONTOSO\\NoRoles");
    Shell shell(Exchange::Version::Sp12007, options);
    QVERIFY(shell.ready());
    QVERIFY(shell.rewrite(sampleWithRolesBytes()));
    QVERIFY(shell.saved().roleAssignments.has_value());
    // The same operator may not create a connector …
    QVERIFY(!shell.run(QStringLiteral("New-SendConnector -Name X -AddressSpaces x.example")));
    QVERIFY2(shell.codes().first().startsWith(QLatin1String("Permission.")), qPrintable(shell.codes().join(',')));
    // … but may ask how mail is routed, on a file nobody may write.
    const QByteArray before = shell.bytes();
    QFile file(shell.path());
    const QFileDevice::Permissions permissions = file.permissions();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    // Another program holds the write lock: the answer does not wait for it.
    QLockFile writer(OrganizationStore::lockFilePath(shell.path()));
    QVERIFY(writer.tryLock(0));
    const QDir dir = QFileInfo(shell.path()).dir();
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(shell.run(QStringLiteral("Test-SendConnectorRouting kim@contoso.com,zed@example.org -Explain")),
             qPrintable(shell.err));
    QCOMPARE(routeRecords(shell.out).size(), 2);
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), entries); // no temporary file
    writer.unlock();
    QVERIFY(file.setPermissions(permissions));
    QCOMPARE(shell.bytes(), before);
}

// A question, not a failure: status 0 whatever the answer; 1 only when an error was reported.
void TestShellSession::testRoutingExitStatus_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("status");
    QTest::newRow("Internal") << QStringLiteral("Test-SendConnectorRouting kim@contoso.com") << 0;
    QTest::newRow("Routed") << QStringLiteral("Test-SendConnectorRouting zed@example.org") << 0;
    QTest::newRow("Unreachable") << QStringLiteral("Test-SendConnectorRouting zed@example.org -MessageSize 1GB") << 0;
    QTest::newRow("all three") << QStringLiteral("Test-SendConnectorRouting kim@contoso.com,zed@example.org\n"
                                                 "Test-SendConnectorRouting zed@example.org -MessageSize 1GB")
                               << 0;
    QTest::newRow("an invalid recipient") << QStringLiteral("Test-SendConnectorRouting kim@contoso.com,kim") << 1;
    QTest::newRow("unknown server") << QStringLiteral("Test-SendConnectorRouting kim@contoso.com -Server X") << 1;
}

void TestShellSession::testRoutingExitStatus()
{
    QFETCH(QString, script);
    QFETCH(int, status);
    Shell shell;
    QVERIFY(shell.ready());
    QCOMPARE(shell.session->runScript(script), status);
    QCOMPARE(shell.out.isEmpty(), script.contains(QLatin1String("-Server X")));
}

namespace {

// What another program does to the file between two commands of a script.
enum class Meanwhile { AnotherProcessAdds, RewrittenInPlaceSameSizeAndTimes, Damaged };

// Does it to the organization file at `path`; false when it could not.
bool changeMeanwhile(Meanwhile what, const QString &path)
{
    if (what == Meanwhile::AnotherProcessAdds) {
        QProcess writer;
        writer.start(QStringLiteral(SCC_BIN_DIR "/store_writer"), {path, QStringLiteral("Other"), QStringLiteral("1")});
        return writer.waitForFinished(120000) && writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    if (what == Meanwhile::Damaged) {
        bytes[0] = '#';
    } else {
        // "Contoso to Internet" renamed, as long as before: the file keeps its size.
        const QByteArray from("\"Contoso to Internet\"");
        const QByteArray to("\"Contoso to Internes\"");
        if (!bytes.contains(from))
            return false;
        bytes.replace(from, to);
    }
    struct stat before {};
    if (::stat(QFile::encodeName(path).constData(), &before) != 0 || !file.seek(0) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    // The same modification time to the nanosecond, and the same inode: only the bytes differ.
    const timespec times[2] = {before.st_atim, before.st_mtim};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace

Q_DECLARE_METATYPE(Meanwhile)

// A script's commands share the session's store: the file is read once, each change is made on
// the organization in memory, and a Get reads nothing while the file is unchanged.
void TestShellSession::scriptReadsTheFileOnce()
{
    Shell shell;
    QVERIFY(shell.ready());
    const QString script = Seed + QStringLiteral("\n"
                                                 "Set-SendConnector \"Subsidiary Send Connector\" -Comment \"Changed\"\n"
                                                 "Get-SendConnector \"Subsidiary Send Connector\" | Format-List\n"
                                                 "New-SendConnector -Name Second -Usage Custom -AddressSpaces second.example\n"
                                                 "Get-SendConnector\n"
                                                 "Remove-SendConnector Second -Confirm:$false\n");
    QCOMPARE(shell.session->runScript(script), 0);
    QVERIFY2(shell.err.isEmpty(), qPrintable(shell.err));
    QVERIFY(shell.out.contains(QLatin1String("Changed")));
    QCOMPARE(shell.session->store()->fileReads(), 1);
    QVERIFY(!shell.session->store()->lastModifyReadFile());

    const Organization saved = shell.saved();
    QCOMPARE(*shell.session->store()->load().value, saved); // what the session holds is the file
    const SendConnector *created = saved.connector(SeedName);
    QVERIFY(created);
    QCOMPARE(created->comment, QStringLiteral("Changed"));
    QVERIFY(!saved.connector(QStringLiteral("Second")));
}

void TestShellSession::changeBetweenTwoCommandsOfAScriptIsKept_data()
{
    QTest::addColumn<Meanwhile>("meanwhile");
    QTest::addColumn<QString>("kept");    // a connector only the other program's change has
    QTest::addColumn<QString>("replaced"); // a connector it took away; empty: none
    QTest::newRow("another process adds a connector")
        << Meanwhile::AnotherProcessAdds << QStringLiteral("Other-1") << QString();
    QTest::newRow("rewritten in place, same size and times")
        << Meanwhile::RewrittenInPlaceSameSizeAndTimes << QStringLiteral("Contoso to Internes")
        << QStringLiteral("Contoso to Internet");
}

// Another program changes the file after the first command of a script has read it: the next
// command sees the change (the file's identity, or only its hash, differs) and keeps it.
void TestShellSession::changeBetweenTwoCommandsOfAScriptIsKept()
{
    QFETCH(Meanwhile, meanwhile);
    QFETCH(QString, kept);
    QFETCH(QString, replaced);

    Shell shell;
    QVERIFY(shell.ready());
    bool changed = false;
    shell.afterFirstOutput = [&] { changed = changeMeanwhile(meanwhile, shell.path()); };
    const int status = shell.session->runScript(QStringLiteral("Get-SendConnector \"Contoso to Internet\"\n") + Seed);
    QVERIFY(changed);
    QVERIFY2(status == 0, qPrintable(shell.err));
    QCOMPARE(shell.session->store()->fileReads(), 2);

    const Organization saved = shell.saved();
    QVERIFY(saved.connector(kept));
    QVERIFY(saved.connector(SeedName));
    if (!replaced.isEmpty())
        QVERIFY(!saved.connector(replaced));
    QCOMPARE(*shell.session->store()->load().value, saved);
}

// A file damaged between two commands (in place, same size and times) is refused by the next
// command, which writes nothing.
void TestShellSession::damagedFileBetweenTwoCommandsIsRefused()
{
    Shell shell;
    QVERIFY(shell.ready());
    bool damaged = false;
    shell.afterFirstOutput = [&] { damaged = changeMeanwhile(Meanwhile::Damaged, shell.path()); };
    const int status = shell.session->runScript(QStringLiteral("Get-SendConnector \"Contoso to Internet\"\n") + Seed);
    QVERIFY(damaged);
    QCOMPARE(status, 1);
    QVERIFY2(shell.codes().contains(QStringLiteral("File.Syntax")), qPrintable(shell.codes().join(QLatin1Char(' '))));
    QVERIFY2(shell.err.contains(QDir::toNativeSeparators(shell.path())), qPrintable(shell.err));
    QVERIFY(shell.bytes().startsWith('#'));
    QVERIFY(!shell.bytes().contains(SeedName.toUtf8()));
}

QTEST_GUILESS_MAIN(TestShellSession)
#include "tst_shellsession.moc"
