#include "support/ModelTestSupport.h"
#include "support/TestStore.h"
#include "Organization.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "FileWriter.h"
#include "StoreLock.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <vector>
#include <grp.h>
#include <thread>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#define VERIFY_NO_ERRORS(expression)                                                               \
    do {                                                                                           \
        const Problems problems_ = (expression);                                                   \
        QVERIFY2(!hasErrors(problems_), qPrintable(describe(problems_)));                          \
    } while (false)

// Tests about files alone (locks, bytes, permissions, links) skip in the *_directory variant,
// which runs the rest against the test directory (tests/support/TestStore.h).
#define FILE_ONLY()                                                                                \
    do {                                                                                           \
        if (TestStore::isDirectory())                                                              \
            QSKIP("About the organization file only.");                                            \
    } while (false)
#define FILE_ONLY_COMPARE(actual, expected)                                                        \
    do {                                                                                           \
        if (!TestStore::isDirectory())                                                             \
            QCOMPARE(actual, expected);                                                            \
    } while (false)

namespace {

using ModelTestSupport::codesOf;
using ModelTestSupport::describe;
using ModelTestSupport::readFile;
using ModelTestSupport::writeFile;

const QString LocalServer = QStringLiteral("EX01");
constexpr int ProcessTimeout = 120000; // ms; only a hung child ever waits this long

SendConnector makeConnector(const QString &name, const QString &domain)
{
    SendConnector connector;
    connector.name = name;
    AddressSpace space;
    space.address = domain;
    connector.addressSpaces = {space};
    connector.sourceTransportServers = {LocalServer};
    return connector;
}

// A small valid organization: one site, one Hub Transport server, one connector.
Organization baseOrganization()
{
    Organization organization;
    organization.name = QStringLiteral("Contoso Test");
    organization.exchangeVersion = Exchange::Version::Sp12007;
    organization.localServer = LocalServer;
    AdSite site;
    site.name = QStringLiteral("Site-A");
    organization.sites = {site};
    TransportServer hub;
    hub.name = LocalServer;
    hub.role = Exchange::ServerRole::HubTransport;
    hub.site = site.name;
    organization.servers = {hub};
    organization.sendConnectors = {makeConnector(QStringLiteral("Internet"), QStringLiteral("*"))};
    return organization;
}

QStringList connectorNames(const Organization &organization)
{
    QStringList names;
    for (const SendConnector &connector : organization.sendConnectors)
        names.append(connector.name);
    return names;
}

// Adds a connector; records the names the change saw, to prove it saw the current file.
OrganizationStore::Change addConnector(const SendConnector &connector, QStringList *seen = nullptr)
{
    return [connector, seen](Organization &organization) {
        if (seen)
            *seen = connectorNames(organization);
        organization.sendConnectors.append(connector);
        return Problems();
    };
}

QString storeWriter()
{
    return QStringLiteral(SCC_BIN_DIR "/store_writer");
}

// Runs store_writer to add the connector "<prefix>-1" to the file; empty, or what went wrong.
QByteArray addOneConnectorInAnotherProcess(const QString &path, const QString &prefix)
{
    QProcess other;
    other.start(storeWriter(), {path, prefix, QStringLiteral("1")});
    if (!other.waitForFinished(ProcessTimeout))
        return "store_writer did not finish";
    if (other.exitStatus() != QProcess::NormalExit || other.exitCode() != 0)
        return "store_writer failed: " + other.readAllStandardError();
    return QByteArray();
}

QString shell()
{
    return QStringLiteral(SCC_BIN_DIR "/send-connector-shell");
}

constexpr uint Nobody = 65534; // Debian's "nobody" and "nogroup"

struct stat statusOf(const QString &path)
{
    struct stat status = {};
    ::stat(QFile::encodeName(path).constData(), &status);
    return status;
}

// The base organization as the JSON object its file holds, for making damaged variants.
QJsonObject baseJson()
{
    return QJsonDocument::fromJson(OrganizationFile::serialize(baseOrganization())).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject withFirstConnectorValue(QJsonObject root, const QString &key, const QJsonValue &value)
{
    QJsonArray connectors = root.value(QLatin1String("SendConnectors")).toArray();
    QJsonObject first = connectors.at(0).toObject();
    first.insert(key, value);
    connectors.replace(0, first);
    root.insert(QLatin1String("SendConnectors"), connectors);
    return root;
}

} // namespace

// Tests OrganizationStore: safe, locked, atomic writes of the organization file across processes.
class tst_OrganizationStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void loadMissingFile();
    void loadUnreadableFile();
    void loadReportsTheFilesProblems();
    void modifyRoundTrip();
    void modifyRefusesDamagedFile_data();
    void modifyRefusesDamagedFile();
    void changeWithErrorsWritesNothing();
    void invalidResultIsNotWritten();
    void unchangedResultIsNotRewritten();
    void keepsChangesOfAnotherProcess();
    void concurrentWritersInSeparateProcesses();
    void lockedByAnotherProcess();
    void failedWriteLeavesPreviousFile();
    void createRefusesToOverwrite();
    void createRefusesInvalidOrganization();
    void createInMissingFolder();
    void sampleOrganization();
    void ensureDefaultFileCreatesFromSample();
    void ensureDefaultFileKeepsDamagedFile();
    void passwordIsNeverStored();
    void specialFileIsNeverRead_data();
    void specialFileIsNeverRead();
    void oversizedFileIsRefused();
    void symlinkedFileIsLockedAtItsTarget();
    void symbolicLinkLoopIsNamed_data();
    void symbolicLinkLoopIsNamed();
    void lockFailureNamesItsCause_data();
    void lockFailureNamesItsCause();
    void lockFileOverTheSizeLimitSaysSo();
    void locatedInFileNamesFileLineAndColumn();
    void eightShellsCreatingAtOnceLoseNothing();
    void timeoutNamesTheHolder();
    void deadHoldersLockIsRecoveredAtOnce();
    void emptyLockFileIsRecoveredAtOnce();
    void ownerGroupAndModeSurviveAWriteByRoot();
    void writeByAnotherUserIsRefusedWithTheReason();
    void newFileIsReadableByItsOwnerOnly();
    void interruptedSavesCopyIsCleanedUp();
    void lockTimeoutDefault();
    // The organization kept in memory (docs/organization-file.md#caching).
    void unchangedFileIsNotParsedAgain();
    void changeOfAnotherProcessIsSeenAndKept();
    void sameSizeSameTimeRewriteIsCaughtByTheHash();
    void damagedReplacementIsRefusedAndNeverWritten_data();
    void damagedReplacementIsRefusedAndNeverWritten();
    void organizationInMemoryEqualsAFreshRead();
    void storeIsSharedBetweenThreads();
    void contentHashIsXxh64_data();
    void contentHashIsXxh64();

private:
    // The folder holds only the organization file: no lock or temporary file is left behind.
    QStringList folderEntries() const
    {
        return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_OrganizationStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SendConnectorConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_organizationstore"));
    QVERIFY2(QFileInfo(storeWriter()).isExecutable(), qPrintable(storeWriter()));

    // Every test starts from this organization: it must be valid, or the tests prove nothing.
    const Parsed<Organization> base = OrganizationFile::parse(OrganizationFile::serialize(baseOrganization()));
    QVERIFY2(base.ok(), qPrintable(describe(base.problems)));
    QCOMPARE(*base.value, baseOrganization());
}

void tst_OrganizationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("organization.json"));
    if (TestStore::isDirectory()) {
        m_path = TestStore::directoryLocation();
        QVERIFY(TestStore::clearDirectory());
    }
}

void tst_OrganizationStore::loadMissingFile()
{
    FILE_ONLY();
    const OrganizationStore store(m_path);
    const Parsed<Organization> loaded = store.load();
    QVERIFY(!loaded.value);
    QCOMPARE(codesOf(loaded.problems), QStringList{QStringLiteral("File.NotFound")});
    QVERIFY(loaded.problems.first().message.contains(QDir::toNativeSeparators(m_path)));

    bool called = false;
    const Parsed<Organization> modified = store.modify([&called](Organization &) {
        called = true;
        return Problems();
    });
    QVERIFY(!modified.value);
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.NotFound")});
    QVERIFY(!called);
    FILE_ONLY_COMPARE(folderEntries(), QStringList()); // neither the file nor a lock file was created
}

void tst_OrganizationStore::loadUnreadableFile()
{
    FILE_ONLY();
    // We may run as root, where permissions do not stop reading: a folder in the file's place does.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("organization.json")));
    const OrganizationStore store(m_path);
    const Parsed<Organization> loaded = store.load();
    QVERIFY(!loaded.value);
    QCOMPARE(codesOf(loaded.problems), QStringList{QStringLiteral("File.Unreadable")});

    const Parsed<Organization> modified = store.modify(addConnector(makeConnector(QStringLiteral("X"), QStringLiteral("x.com"))));
    QVERIFY(!modified.value);
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.Unreadable")});
    QVERIFY(QFileInfo(m_path).isDir());
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::loadReportsTheFilesProblems()
{
    FILE_ONLY();
    const QByteArray valid = OrganizationFile::serialize(baseOrganization());
    QVERIFY(writeFile(m_path, valid.left(valid.size() / 2)));
    const Parsed<Organization> loaded = OrganizationStore(m_path).load();
    QVERIFY(!loaded.ok());
    QVERIFY(hasErrors(loaded.problems));
    QVERIFY(!containsCode(loaded.problems, QStringLiteral("File.NotFound")));
    QVERIFY(!containsCode(loaded.problems, QStringLiteral("File.Unreadable")));
}

void tst_OrganizationStore::modifyRoundTrip()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    // QSaveFile replaces the file by renaming: the file's permissions must survive it.
    const QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    if (!TestStore::isDirectory())
        QVERIFY(QFile::setPermissions(m_path, permissions));

    const OrganizationStore store(m_path);
    const Parsed<Organization> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.problems)));
    QCOMPARE(*loaded.value, baseOrganization());

    SendConnector relay = makeConnector(QStringLiteral("Relay to Fabrikam"), QStringLiteral("*.fabrikam.com"));
    relay.addressSpaces.first().cost = 5;
    relay.port = 587;
    relay.comment = QStringLiteral("Partner relay, \"quoted\" and ünïcode");
    const Parsed<Organization> modified = store.modify(addConnector(relay));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QCOMPARE(connectorNames(*modified.value),
             (QStringList{QStringLiteral("Internet"), QStringLiteral("Relay to Fabrikam")}));

    const Parsed<Organization> reloaded = OrganizationStore(m_path).load();
    QVERIFY2(reloaded.ok(), qPrintable(describe(reloaded.problems)));
    QCOMPARE(*reloaded.value, *modified.value);
    QCOMPARE(reloaded.value->sendConnectors.at(1), relay);
    if (!TestStore::isDirectory()) {
        QCOMPARE(TestStore::snapshot(m_path), OrganizationFile::serialize(*modified.value));
        QCOMPARE(int(QFile::permissions(m_path) & 0x7077), int(permissions));
    }
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::modifyRefusesDamagedFile_data()
{
    FILE_ONLY();
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedCode"); // empty: the file is valid and is changed

    const QJsonObject root = baseJson();
    // The damaged variants below edit these keys: make sure the format has them.
    QVERIFY(root.contains(QLatin1String("SchemaVersion")));
    QVERIFY(root.value(QLatin1String("SendConnectors")).toArray().at(0).toObject().contains(QLatin1String("Port")));
    QVERIFY(root.value(QLatin1String("SendConnectors")).toArray().at(0).toObject().contains(QLatin1String("Usage")));

    const QByteArray valid = toBytes(root);
    QTest::newRow("valid, reformatted") << valid << QString();
    QTest::newRow("truncated") << valid.left(valid.size() * 2 / 3) << QStringLiteral("File.Syntax");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("File.Syntax");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]\n") << QStringLiteral("File.Type");
    QTest::newRow("wrong type") << toBytes(withFirstConnectorValue(root, QStringLiteral("Port"), QStringLiteral("25")))
                                << QStringLiteral("File.Type");
    QTest::newRow("unknown enum") << toBytes(withFirstConnectorValue(root, QStringLiteral("Usage"), QStringLiteral("Outernet")))
                                  << QStringLiteral("File.UnknownValue");
    QTest::newRow("port 70000") << toBytes(withFirstConnectorValue(root, QStringLiteral("Port"), 70000))
                                << QStringLiteral("File.OutOfRange");
    QJsonObject unknownKey = root;
    unknownKey.insert(QLatin1String("Colour"), QStringLiteral("blue"));
    QTest::newRow("unknown key") << toBytes(unknownKey) << QStringLiteral("File.UnknownKey");
    QJsonObject newer = root;
    newer.insert(QLatin1String("SchemaVersion"), Organization::CurrentSchemaVersion + 1);
    QTest::newRow("newer schema") << toBytes(newer) << QStringLiteral("File.NewerSchema");
}

void tst_OrganizationStore::modifyRefusesDamagedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedCode);
    const bool damaged = !expectedCode.isEmpty();

    QVERIFY(writeFile(m_path, content));
    const OrganizationStore store(m_path);
    const Parsed<Organization> loaded = store.load();
    QCOMPARE(loaded.ok(), !damaged);

    QStringList seen;
    const Parsed<Organization> modified =
        store.modify(addConnector(makeConnector(QStringLiteral("Added"), QStringLiteral("added.com")), &seen));
    if (!damaged) {
        QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
        QCOMPARE(seen, QStringList{QStringLiteral("Internet")});
        QCOMPARE(connectorNames(*OrganizationStore(m_path).load().value),
                 (QStringList{QStringLiteral("Internet"), QStringLiteral("Added")}));
        return;
    }
    QVERIFY(!modified.value);
    QVERIFY2(containsCode(errorsOnly(modified.problems), expectedCode), qPrintable(describe(modified.problems)));
    // The same problems a load reports: the user sees why the file was not changed.
    QCOMPARE(codesOf(modified.problems), codesOf(loaded.problems));
    QCOMPARE(seen, QStringList()); // the change never ran
    QCOMPARE(TestStore::snapshot(m_path), content);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::changeWithErrorsWritesNothing()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray before = TestStore::snapshot(m_path);

    const Parsed<Organization> modified = OrganizationStore(m_path).modify([](Organization &organization) {
        organization.sendConnectors.clear();
        organization.name = QStringLiteral("Half-done change");
        return Problems{Problem::warning(QStringLiteral("Test.Warning"), QString(), QStringLiteral("a warning")),
                        Problem::error(QStringLiteral("Test.Refused"), QStringLiteral("Name"), QStringLiteral("refused"))};
    });
    QVERIFY(!modified.value);
    QVERIFY(containsCode(modified.problems, QStringLiteral("Test.Refused")));
    QCOMPARE(TestStore::snapshot(m_path), before);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});

    // Warnings alone do not stop a change, and are handed back.
    const Parsed<Organization> warned = OrganizationStore(m_path).modify([](Organization &organization) {
        organization.name = QStringLiteral("Renamed");
        return Problems{Problem::warning(QStringLiteral("Test.Warning"), QString(), QStringLiteral("a warning"))};
    });
    QVERIFY2(warned.ok(), qPrintable(describe(warned.problems)));
    QVERIFY(containsCode(warned.problems, QStringLiteral("Test.Warning")));
    QCOMPARE(OrganizationStore(m_path).load().value->name, QStringLiteral("Renamed"));
}

void tst_OrganizationStore::invalidResultIsNotWritten()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray before = TestStore::snapshot(m_path);
    const OrganizationStore store(m_path);

    // The change itself reports nothing wrong, but the result would not be a valid file.
    SendConnector badPort = makeConnector(QStringLiteral("Bad port"), QStringLiteral("bad.com"));
    badPort.port = 70000;
    const Parsed<Organization> portResult = store.modify(addConnector(badPort));
    QVERIFY(!portResult.value);
    QVERIFY2(containsCode(portResult.problems, QStringLiteral("File.OutOfRange")), qPrintable(describe(portResult.problems)));
    QCOMPARE(portResult.problems.first().parameter, QStringLiteral("/SendConnectors/1/Port"));
    for (const Problem &problem : portResult.problems)
        QCOMPARE(problem.line, 0); // about text that was never written
    QCOMPARE(TestStore::snapshot(m_path), before);

    const SendConnector unknownServer = [] {
        SendConnector connector = makeConnector(QStringLiteral("Unknown server"), QStringLiteral("unknown.com"));
        connector.sourceTransportServers = {QStringLiteral("NOSUCHSERVER")};
        return connector;
    }();
    const Parsed<Organization> serverResult = store.modify(addConnector(unknownServer));
    QVERIFY(!serverResult.value);
    QVERIFY2(containsCode(serverResult.problems, QStringLiteral("File.UnknownReference")),
             qPrintable(describe(serverResult.problems)));
    QCOMPARE(serverResult.problems.first().parameter, QStringLiteral("/SendConnectors/1/SourceTransportServers/0"));
    QVERIFY2(hasErrors(serverResult.problems), qPrintable(describe(serverResult.problems)));

    QCOMPARE(TestStore::snapshot(m_path), before);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::unchangedResultIsNotRewritten()
{
    FILE_ONLY();
    // A file in another (valid) layout: a change that changes nothing must not reformat it.
    const QByteArray compact = QJsonDocument(baseJson()).toJson(QJsonDocument::Compact);
    QVERIFY(compact != OrganizationFile::serialize(baseOrganization()));
    QVERIFY(writeFile(m_path, compact));
    const Parsed<Organization> modified = OrganizationStore(m_path).modify([](Organization &) { return Problems(); });
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QCOMPARE(TestStore::snapshot(m_path), compact);
}

void tst_OrganizationStore::keepsChangesOfAnotherProcess()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    const Parsed<Organization> before = store.load();
    QVERIFY(before.ok());

    // Another process adds a connector after this one loaded the file.
    const QByteArray otherErrors = addOneConnectorInAnotherProcess(m_path, QStringLiteral("Other"));
    QVERIFY2(otherErrors.isEmpty(), otherErrors.constData());

    QStringList seen;
    const Parsed<Organization> modified =
        store.modify(addConnector(makeConnector(QStringLiteral("Mine"), QStringLiteral("mine.com")), &seen));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    // The change was applied to the file as it is now, not to the copy loaded before.
    QCOMPARE(seen, (QStringList{QStringLiteral("Internet"), QStringLiteral("Other-1")}));
    const Parsed<Organization> after = OrganizationStore(m_path).load();
    QVERIFY(after.ok());
    QCOMPARE(connectorNames(*after.value),
             (QStringList{QStringLiteral("Internet"), QStringLiteral("Other-1"), QStringLiteral("Mine")}));
}

void tst_OrganizationStore::concurrentWritersInSeparateProcesses()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    constexpr int PerWriter = 20;

    QProcess first;
    QProcess second;
    first.start(storeWriter(), {m_path, QStringLiteral("A"), QString::number(PerWriter)});
    second.start(storeWriter(), {m_path, QStringLiteral("B"), QString::number(PerWriter)});
    QVERIFY(first.waitForFinished(ProcessTimeout));
    QVERIFY(second.waitForFinished(ProcessTimeout));
    QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0,
             first.readAllStandardError().constData());
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
             second.readAllStandardError().constData());

    const Parsed<Organization> after = OrganizationStore(m_path).load();
    QVERIFY2(after.ok(), qPrintable(describe(after.problems)));
    const QStringList names = connectorNames(*after.value);
    QCOMPARE(names.size(), 1 + 2 * PerWriter);
    QVERIFY(names.contains(QStringLiteral("Internet")));
    for (int i = 1; i <= PerWriter; ++i) {
        QVERIFY2(names.contains(QStringLiteral("A-%1").arg(i)), qPrintable(QStringLiteral("A-%1").arg(i)));
        QVERIFY2(names.contains(QStringLiteral("B-%1").arg(i)), qPrintable(QStringLiteral("B-%1").arg(i)));
    }
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::lockedByAnotherProcess()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray before = TestStore::snapshot(m_path);

    QProcess holder;
    holder.start(storeWriter(), {QStringLiteral("--hold-lock"), m_path, QString::number(ProcessTimeout)});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    OrganizationStore store(m_path);
    store.setLockTimeout(50);
    bool called = false;
    const Parsed<Organization> modified = store.modify([&called](Organization &organization) {
        called = true;
        organization.name = QStringLiteral("Should not be written");
        return Problems();
    });
    QVERIFY(!modified.value);
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.Locked")});
    QVERIFY2(modified.problems.first().message.contains(QDir::toNativeSeparators(m_path)),
             qPrintable(modified.problems.first().message));
    QVERIFY(!called);
    QCOMPARE(TestStore::snapshot(m_path), before);

    // A writer that died holding the lock does not block the file forever.
    holder.kill();
    QVERIFY(holder.waitForFinished(ProcessTimeout));
    QVERIFY(QFileInfo::exists(OrganizationStore::lockFilePath(m_path)));
    store.setLockTimeout(5000);
    const Parsed<Organization> retried =
        store.modify(addConnector(makeConnector(QStringLiteral("After"), QStringLiteral("after.com"))));
    QVERIFY2(retried.ok(), qPrintable(describe(retried.problems)));
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::failedWriteLeavesPreviousFile()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray before = TestStore::snapshot(m_path);
    // Large enough for the lock file, too small for the organization file.
    constexpr rlim_t SizeLimit = 512;
    QVERIFY(before.size() > 2 * qsizetype(SizeLimit));

    // We may run as root, where permissions do not stop writes: a file size limit does (EFBIG).
    QProcess writer;
    writer.setChildProcessModifier([] {
        const rlimit limit{SizeLimit, SizeLimit};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
    writer.start(storeWriter(), {m_path, QStringLiteral("TooBig"), QStringLiteral("1")});
    QVERIFY(writer.waitForFinished(ProcessTimeout));
    const QString errors = QString::fromLocal8Bit(writer.readAllStandardError());
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 1);
    QVERIFY2(errors.contains(QLatin1String("File.WriteFailed")), qPrintable(errors));

    QCOMPARE(TestStore::snapshot(m_path), before);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")}); // no temporary file left
    QVERIFY(OrganizationStore(m_path).load().ok());
}

void tst_OrganizationStore::createRefusesToOverwrite()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray before = TestStore::snapshot(m_path);
    QCOMPARE(before, OrganizationFile::serialize(baseOrganization()));

    Organization other = baseOrganization();
    other.name = QStringLiteral("Fabrikam");
    QCOMPARE(codesOf(OrganizationStore::create(m_path, other)), QStringList{QStringLiteral("File.Exists")});
    QCOMPARE(TestStore::snapshot(m_path), before);

    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, other, true));
    QCOMPARE(OrganizationStore(m_path).load().value->name, QStringLiteral("Fabrikam"));

    // Even when told to overwrite, a file that cannot be parsed is left alone.
    const QByteArray damaged("{\"SchemaVersion\": 1, \"Name\": \"half a fi");
    QVERIFY(writeFile(m_path, damaged));
    const Problems problems = OrganizationStore::create(m_path, other, true);
    QVERIFY2(containsCode(problems, QStringLiteral("File.Syntax")), qPrintable(describe(problems)));
    QCOMPARE(TestStore::snapshot(m_path), damaged);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::createRefusesInvalidOrganization()
{
    Organization invalid = baseOrganization();
    invalid.sendConnectors.first().port = 70000;
    const Problems problems = OrganizationStore::create(m_path, invalid);
    QVERIFY2(containsCode(problems, QStringLiteral("File.OutOfRange")), qPrintable(describe(problems)));
    QVERIFY(!QFileInfo::exists(m_path));
    FILE_ONLY_COMPARE(folderEntries(), QStringList());
}

void tst_OrganizationStore::createInMissingFolder()
{
    FILE_ONLY();
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/organization.json"));
    QCOMPARE(codesOf(OrganizationStore::create(path, baseOrganization())),
             QStringList{QStringLiteral("File.WriteFailed")});
    FILE_ONLY_COMPARE(folderEntries(), QStringList());
}

void tst_OrganizationStore::sampleOrganization()
{
    const QByteArray bytes = OrganizationStore::sampleOrganizationBytes();
    QVERIFY(!bytes.isEmpty());
    const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.problems)));
    const Organization sample = OrganizationStore::sampleOrganization();
    QCOMPARE(sample, *parsed.value);
    QVERIFY(!sample.name.isEmpty());
    QVERIFY(sample.server(sample.localServer));
}

void tst_OrganizationStore::ensureDefaultFileCreatesFromSample()
{
    FILE_ONLY();
    const QString path = OrganizationStore::defaultFilePath();
    // Shared by the console and the shell: a fixed folder, whatever the application's name.
    QVERIFY(path.endsWith(QLatin1String("/send-connector-console/organization.json")));
    // QStandardPaths' test mode: never the user's real data folder.
    QVERIFY2(path.contains(QLatin1String("/.qttest/")), qPrintable(path));
    QFile::remove(path);
    QFile::remove(OrganizationStore::lockFilePath(path));

    const Parsed<QString> created = OrganizationStore::ensureDefaultFile();
    QVERIFY2(created.ok(), qPrintable(describe(created.problems)));
    QCOMPARE(*created.value, path);
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.problems)));
    QCOMPARE(*loaded.value, OrganizationStore::sampleOrganization());

    // Once it exists, the user's changes are kept.
    const Parsed<Organization> modified = OrganizationStore(path).modify([](Organization &organization) {
        organization.name = QStringLiteral("Changed by the user");
        return Problems();
    });
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    const QByteArray changed = readFile(path);
    const Parsed<QString> again = OrganizationStore::ensureDefaultFile();
    QVERIFY(again.ok());
    QCOMPARE(*again.value, path);
    QCOMPARE(readFile(path), changed);

    QVERIFY(QFile::remove(path));
}

void tst_OrganizationStore::ensureDefaultFileKeepsDamagedFile()
{
    FILE_ONLY();
    const QString path = OrganizationStore::defaultFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QByteArray damaged("{ \"SchemaVersion\": 1, \"Name\": ");
    QVERIFY(writeFile(path, damaged));

    const Parsed<QString> result = OrganizationStore::ensureDefaultFile();
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(*result.value, path);
    QCOMPARE(readFile(path), damaged);
    // It is the caller's load that reports what is wrong with it.
    QVERIFY(hasErrors(OrganizationStore(path).load().problems));

    QVERIFY(QFile::remove(path));
}

void tst_OrganizationStore::passwordIsNeverStored()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    SendConnector relay = makeConnector(QStringLiteral("Authenticated relay"), QStringLiteral("relay.example"));
    relay.dnsRoutingEnabled = false;
    SmartHost host;
    host.kind = SmartHost::Kind::Fqdn;
    host.host = QStringLiteral("smtp.relay.example");
    relay.smartHosts = {host};
    relay.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS;
    relay.authenticationCredential = AuthenticationCredential{QStringLiteral("svc-relay")};

    const Parsed<Organization> modified = OrganizationStore(m_path).modify(addConnector(relay));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    const QByteArray bytes = TestStore::snapshot(m_path);
    QVERIFY(bytes.contains("svc-relay"));
    QVERIFY2(!bytes.toLower().contains("password"), bytes.constData());
    const Parsed<Organization> loaded = OrganizationStore(m_path).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value->sendConnectors.at(1).authenticationCredential,
             std::optional<AuthenticationCredential>(AuthenticationCredential{QStringLiteral("svc-relay")}));
}

void tst_OrganizationStore::specialFileIsNeverRead_data()
{
    FILE_ONLY();
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << QStringLiteral("fifo");           // reading would block until a writer came
    QTest::newRow("character device") << QStringLiteral("zero"); // reading would never end
}

// Only a regular file is an organization file: a FIFO or a device in its place is refused
// before it is opened, by load() and modify() alike, and is left as it was.
void tst_OrganizationStore::specialFileIsNeverRead()
{
    FILE_ONLY();
    QFETCH(QString, kind);
    QString path = m_path;
    if (kind == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(m_path).constData(), 0644) == 0);
    } else {
        path = QStringLiteral("/dev/zero");
        QVERIFY(QFileInfo::exists(path));
    }
    const OrganizationStore store(path);
    const Parsed<Organization> loaded = store.load();
    QVERIFY(!loaded.value);
    QCOMPARE(codesOf(loaded.problems), QStringList{QStringLiteral("File.Unreadable")});
    QVERIFY2(loaded.problems.first().message.contains(QLatin1String("not a regular file")),
             qPrintable(loaded.problems.first().message));

    bool called = false;
    const Parsed<Organization> modified = store.modify([&called](Organization &) {
        called = true;
        return Problems();
    });
    QVERIFY(!modified.value);
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.Unreadable")});
    QVERIFY(!called);
    if (kind == QLatin1String("fifo")) {
        QVERIFY(QFileInfo::exists(m_path) && !QFileInfo(m_path).isFile()); // still the FIFO
        QVERIFY(!QFileInfo::exists(OrganizationStore::lockFilePath(m_path)));
        FILE_ONLY_COMPARE(folderEntries(), QStringList()); // QDir lists no FIFO without QDir::System
    }
}

// A file far larger than any organization (a disk image chosen by mistake) is not read into memory.
void tst_OrganizationStore::oversizedFileIsRefused()
{
    FILE_ONLY();
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(OrganizationStore::MaximumFileSize + 1)); // sparse: costs no disk space
    }
    const OrganizationStore store(m_path);
    const Parsed<Organization> loaded = store.load();
    QVERIFY(!loaded.value);
    QCOMPARE(codesOf(loaded.problems), QStringList{QStringLiteral("File.TooLarge")});
    QVERIFY(loaded.problems.first().message.contains(QDir::toNativeSeparators(m_path)));

    const Parsed<Organization> modified = store.modify(addConnector(makeConnector(QStringLiteral("X"), QStringLiteral("x.com"))));
    QVERIFY(!modified.value);
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.TooLarge")});
    QCOMPARE(QFileInfo(m_path).size(), OrganizationStore::MaximumFileSize + 1);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

// An administrator who links the organization file elsewhere expects the link to stay a link and
// the shared file behind it to be changed; and a writer using the link and one using the target
// must exclude each other, or one of them loses the other's change.
void tst_OrganizationStore::symlinkedFileIsLockedAtItsTarget()
{
    FILE_ONLY();
    const QString target = m_dir->filePath(QStringLiteral("shared/organization.json"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("shared")));
    VERIFY_NO_ERRORS(OrganizationStore::create(target, baseOrganization()));
    QVERIFY(QFile::link(QStringLiteral("shared/organization.json"), m_path)); // relative, as ln -s makes
    QCOMPARE(OrganizationStore::lockFilePath(m_path), OrganizationStore::lockFilePath(target));
    const QByteArray before = readFile(target);

    QProcess holder;
    holder.start(storeWriter(), {QStringLiteral("--hold-lock"), target, QString::number(ProcessTimeout)});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    OrganizationStore store(m_path);
    store.setLockTimeout(50);
    const Parsed<Organization> blocked =
        store.modify(addConnector(makeConnector(QStringLiteral("Blocked"), QStringLiteral("blocked.com"))));
    QCOMPARE(codesOf(blocked.problems), QStringList{QStringLiteral("File.Locked")});
    QCOMPARE(readFile(target), before);
    holder.kill();
    QVERIFY(holder.waitForFinished(ProcessTimeout));

    store.setLockTimeout(5000);
    const Parsed<Organization> modified =
        store.modify(addConnector(makeConnector(QStringLiteral("Through the link"), QStringLiteral("link.com"))));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QVERIFY(QFileInfo(m_path).isSymLink());
    QCOMPARE(connectorNames(*OrganizationStore(target).load().value),
             (QStringList{QStringLiteral("Internet"), QStringLiteral("Through the link")}));
    FILE_ONLY_COMPARE(folderEntries(), (QStringList{QStringLiteral("organization.json"), QStringLiteral("shared")}));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("shared"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("organization.json")});
}

// A path that is a loop of symbolic links leads to no file: it is named as a loop (not as a
// missing file), and nothing is locked or written.
void tst_OrganizationStore::symbolicLinkLoopIsNamed_data()
{
    FILE_ONLY();
    QTest::addColumn<QStringList>("links"); // name -> target pairs, in order; the first is the path used

    QTest::newRow("a link to itself") << QStringList{QStringLiteral("organization.json"), QStringLiteral("organization.json")};
    QTest::newRow("two links to each other")
        << QStringList{QStringLiteral("organization.json"), QStringLiteral("other.json"), QStringLiteral("other.json"),
                       QStringLiteral("organization.json")};
}

void tst_OrganizationStore::symbolicLinkLoopIsNamed()
{
    FILE_ONLY();
    QFETCH(QStringList, links);
    QFile::remove(m_path);
    for (qsizetype i = 0; i + 1 < links.size(); i += 2)
        QVERIFY(QFile::link(links.at(i + 1), m_dir->filePath(links.at(i))));
    const QStringList entries = folderEntries();

    const QList<Problems> outcomes = {
        OrganizationStore(m_path).load().problems,
        OrganizationStore(m_path).modify(addConnector(makeConnector(QStringLiteral("X"), QStringLiteral("x.com")))).problems,
        OrganizationStore::create(m_path, baseOrganization(), true),
    };
    for (const Problems &problems : outcomes) {
        QCOMPARE(codesOf(problems), QStringList{QStringLiteral("File.SymbolicLinkLoop")});
        QVERIFY2(problems.first().message.contains(QLatin1String("loop of symbolic links")),
                 qPrintable(problems.first().message));
        QVERIFY(problems.first().message.contains(QDir::toNativeSeparators(m_path)));
    }
    FILE_ONLY_COMPARE(folderEntries(), entries); // no lock file, nothing written
}

// A lock file that cannot be created or written: the system's errno names the cause.
void tst_OrganizationStore::lockFailureNamesItsCause_data()
{
    FILE_ONLY();
    QTest::addColumn<int>("systemError");
    QTest::addColumn<QString>("mention");

    QTest::newRow("disk full") << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("quota used up") << EDQUOT << QStringLiteral("the disk is full");
    QTest::newRow("file size limit") << EFBIG << QStringLiteral("file size limit");
    QTest::newRow("read-only file system") << EROFS << QStringLiteral("the file system is read-only");
    QTest::newRow("no permission") << EACCES << QStringLiteral("check the permissions of the folder");
    QTest::newRow("operation not permitted") << EPERM << QStringLiteral("check the permissions of the folder");
    QTest::newRow("a symbolic link in its place") << ELOOP << QStringLiteral("is a symbolic link");
    QTest::newRow("input/output error") << EIO << qt_error_string(EIO);
}

void tst_OrganizationStore::lockFailureNamesItsCause()
{
    FILE_ONLY();
    QFETCH(int, systemError);
    QFETCH(QString, mention);

    const Problem problem = OrganizationStore::lockFailed(m_path, systemError);
    QCOMPARE(problem.code, QStringLiteral("File.WriteFailed"));
    QVERIFY(problem.isError());
    QVERIFY2(problem.message.contains(mention), qPrintable(problem.message));
    QVERIFY(problem.message.contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(problem.message.contains(QDir::toNativeSeparators(OrganizationStore::lockFilePath(m_path))));
    if (!mention.contains(QLatin1String("permissions")))
        QVERIFY2(!problem.message.contains(QLatin1String("permissions")), qPrintable(problem.message));
}

// The same path for real: a file size limit smaller than the lock file's few bytes (a full disk
// cannot be made here without mounting a file system).
void tst_OrganizationStore::lockFileOverTheSizeLimitSaysSo()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray before = TestStore::snapshot(m_path);
    QProcess writer;
    writer.setChildProcessModifier([] {
        const rlimit limit{2, 2};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
    writer.start(storeWriter(), {m_path, QStringLiteral("Locked out"), QStringLiteral("1")});
    QVERIFY(writer.waitForFinished(ProcessTimeout));
    const QString errors = QString::fromLocal8Bit(writer.readAllStandardError());
    QCOMPARE(writer.exitCode(), 1);
    QVERIFY2(errors.contains(QLatin1String("File.WriteFailed")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("file size limit")), qPrintable(errors));
    QVERIFY2(!errors.contains(QLatin1String("permissions")), qPrintable(errors));
    QCOMPARE(TestStore::snapshot(m_path), before);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")}); // no lock file left
}

void tst_OrganizationStore::locatedInFileNamesFileLineAndColumn()
{
    FILE_ONLY();
    QVERIFY(writeFile(m_path, "{\n  \"SchemaVersion\": 1.5,\n  \"Organization\": \"Contoso\"\n}\n"));
    const Problems problems = OrganizationStore::locatedInFile(OrganizationStore(m_path).load().problems, m_path);
    const auto schema = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &problem) {
        return problem.code == QLatin1String("File.Type");
    });
    QVERIFY2(schema != problems.cend(), qPrintable(describe(problems)));
    const Problem &first = *schema;
    QCOMPARE(first.parameter, QDir::toNativeSeparators(m_path) + QStringLiteral(":2:20"));
    QVERIFY2(first.toString().startsWith(QDir::toNativeSeparators(m_path) + QStringLiteral(":2:20: SchemaVersion ")),
             qPrintable(first.toString()));
    QVERIFY2(first.message.endsWith(QLatin1String("(/SchemaVersion)")), qPrintable(first.message));

    // Problems without a position (the file is missing) already name the file; they stay as they are.
    const QString missing = m_dir->filePath(QStringLiteral("missing.json"));
    const Problems notFound = OrganizationStore(missing).load().problems;
    QCOMPARE(OrganizationStore::locatedInFile(notFound, missing).first().toString(), notFound.first().toString());
    QVERIFY(notFound.first().toString().startsWith(QDir::toNativeSeparators(missing) + QLatin1Char(':')));
}

// The contention: 8 shells x 50 New-SendConnector at once on one file, each with the
// default lock timeout. Every command succeeds and the file holds every connector.
void tst_OrganizationStore::eightShellsCreatingAtOnceLoseNothing()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    constexpr int Writers = 8;
    constexpr int PerWriter = 50;
    QTemporaryDir scripts;
    std::vector<std::unique_ptr<QProcess>> shells;
    for (int w = 0; w < Writers; ++w) {
        QByteArray script;
        for (int i = 1; i <= PerWriter; ++i)
            script += QStringLiteral("New-SendConnector -Name \"W%1-%2\" -Usage Custom -AddressSpaces \"w%1-%2.example.com\"\n")
                          .arg(w)
                          .arg(i)
                          .toUtf8();
        const QString scriptPath = scripts.filePath(QStringLiteral("writer-%1.ps1").arg(w));
        QVERIFY(writeFile(scriptPath, script));
        auto process = std::make_unique<QProcess>();
        process->start(shell(), {QStringLiteral("--organization"), m_path, scriptPath});
        shells.push_back(std::move(process));
    }
    // Each change re-reads and re-checks a growing file: minutes under the sanitizers.
    const QDeadlineTimer deadline(10 * 60 * 1000);
    for (const auto &process : shells) {
        QVERIFY(process->waitForFinished(int(qMax<qint64>(deadline.remainingTime(), 1))));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    const Parsed<Organization> after = OrganizationStore(m_path).load();
    QVERIFY2(after.ok(), qPrintable(describe(after.problems)));
    const QStringList names = connectorNames(*after.value);
    QCOMPARE(names.size(), 1 + Writers * PerWriter);
    for (int w = 0; w < Writers; ++w) {
        for (int i = 1; i <= PerWriter; ++i)
            QVERIFY2(names.contains(QStringLiteral("W%1-%2").arg(w).arg(i)), qPrintable(QStringLiteral("W%1-%2").arg(w).arg(i)));
    }
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

// A command that still times out says who holds the lock and since when.
void tst_OrganizationStore::timeoutNamesTheHolder()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    QProcess holder;
    holder.start(storeWriter(), {QStringLiteral("--hold-lock"), m_path, QString::number(ProcessTimeout)});
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    OrganizationStore store(m_path);
    store.setLockTimeout(100);
    const Parsed<Organization> modified =
        store.modify(addConnector(makeConnector(QStringLiteral("Blocked"), QStringLiteral("blocked.com"))));
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.Locked")});
    const QString message = modified.problems.first().message;
    const QString since = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd"));
    for (const QString &part : {QStringLiteral("store_writer"), QStringLiteral("process %1").arg(holder.processId()),
                                QStringLiteral("of user %1").arg(StoreLock::userName(::geteuid())),
                                QStringLiteral("since %1").arg(since), QStringLiteral("waiting 0.1 seconds")})
        QVERIFY2(message.contains(part), qPrintable(message + QStringLiteral(" lacks ") + part));
    holder.kill();
    QVERIFY(holder.waitForFinished(ProcessTimeout));
}

// A writer killed while holding the lock: the next change does not wait at all (timeout 0), and
// says whose lock it took over.
void tst_OrganizationStore::deadHoldersLockIsRecoveredAtOnce()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    QProcess holder;
    holder.start(storeWriter(), {QStringLiteral("--hold-lock"), m_path, QString::number(ProcessTimeout)});
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    const qint64 pid = holder.processId();
    holder.kill();
    QVERIFY(holder.waitForFinished(ProcessTimeout));

    OrganizationStore store(m_path);
    store.setLockTimeout(0);
    const Parsed<Organization> modified =
        store.modify(addConnector(makeConnector(QStringLiteral("After"), QStringLiteral("after.com"))));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QVERIFY2(containsCode(modified.problems, QStringLiteral("File.StaleLockRecovered")), qPrintable(describe(modified.problems)));
    const auto recovered = std::find_if(modified.problems.cbegin(), modified.problems.cend(), [](const Problem &problem) {
        return problem.code == QLatin1String("File.StaleLockRecovered");
    });
    QVERIFY(!recovered->isError());
    QVERIFY2(recovered->message.contains(QStringLiteral("process %1").arg(pid)), qPrintable(recovered->message));
    QVERIFY2(recovered->message.contains(QLatin1String("no longer runs")), qPrintable(recovered->message));
    QCOMPARE(connectorNames(*OrganizationStore(m_path).load().value),
             (QStringList{QStringLiteral("Internet"), QStringLiteral("After")}));
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

// An empty lock file, as a writer killed between creating and writing it leaves: no 30 s wait.
void tst_OrganizationStore::emptyLockFileIsRecoveredAtOnce()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QString lockPath = OrganizationStore::lockFilePath(m_path);
    QVERIFY(writeFile(lockPath, QByteArray()));
    {
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
    }
    OrganizationStore store(m_path);
    store.setLockTimeout(0);
    const Parsed<Organization> modified =
        store.modify(addConnector(makeConnector(QStringLiteral("After"), QStringLiteral("after.com"))));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QVERIFY2(containsCode(modified.problems, QStringLiteral("File.StaleLockRecovered")), qPrintable(describe(modified.problems)));
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

// sudo send-connector-shell on a file of another user: the file stays theirs, with its mode.
void tst_OrganizationStore::ownerGroupAndModeSurviveAWriteByRoot()
{
    FILE_ONLY();
    if (::geteuid() != 0)
        QSKIP("Needs root: the file is given to another user (nobody), then changed by root.");
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const QByteArray name = QFile::encodeName(m_path);
    QVERIFY(::chown(name.constData(), Nobody, Nobody) == 0);
    QVERIFY(::chmod(name.constData(), 0640) == 0);

    const Parsed<Organization> modified = OrganizationStore(m_path).modify(
        addConnector(makeConnector(QStringLiteral("By root"), QStringLiteral("root.com"))));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QCOMPARE(connectorNames(*OrganizationStore(m_path).load().value),
             (QStringList{QStringLiteral("Internet"), QStringLiteral("By root")}));
    QCOMPARE(uint(statusOf(m_path).st_uid), Nobody);
    QCOMPARE(uint(statusOf(m_path).st_gid), Nobody);
    QCOMPARE(statusOf(m_path).st_mode & 07777, mode_t(0640));
}

// Only root can write a file and keep it another user's: anyone else is refused, with the reason,
// and the file is left as it was (not silently taken over).
void tst_OrganizationStore::writeByAnotherUserIsRefusedWithTheReason()
{
    FILE_ONLY();
    if (::geteuid() != 0)
        QSKIP("Needs root: a writer runs as another user (nobody) on root's file.");
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0666) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0777) == 0);
    const QByteArray before = TestStore::snapshot(m_path);

    QProcess writer;
    writer.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
            ::_exit(126);
    });
    writer.start(storeWriter(), {m_path, QStringLiteral("Nobody"), QStringLiteral("1")});
    QVERIFY(writer.waitForFinished(ProcessTimeout));
    const QString errors = QString::fromLocal8Bit(writer.readAllStandardError());
    QCOMPARE(writer.exitCode(), 1);
    QVERIFY2(errors.contains(QLatin1String("File.OwnerNotKept")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("belongs to user root")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("nothing was changed")), qPrintable(errors));
    QCOMPARE(TestStore::snapshot(m_path), before);
    QCOMPARE(uint(statusOf(m_path).st_uid), 0u);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::newFileIsReadableByItsOwnerOnly()
{
    FILE_ONLY();
    const mode_t previous = ::umask(0);
    const Problems created = OrganizationStore::create(m_path, baseOrganization());
    ::umask(previous);
    VERIFY_NO_ERRORS(created);
    QCOMPARE(statusOf(m_path).st_mode & 07777, mode_t(0600));

    // Replacing an existing file keeps the mode its owner gave it.
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0640) == 0);
    Organization other = baseOrganization();
    other.name = QStringLiteral("Fabrikam");
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, other, true));
    QCOMPARE(OrganizationStore(m_path).load().value->name, QStringLiteral("Fabrikam"));
    QCOMPARE(statusOf(m_path).st_mode & 07777, mode_t(0640));
}

// A save killed after writing its temporary copy and before renaming it: the next change removes
// the copy and says so.
void tst_OrganizationStore::interruptedSavesCopyIsCleanedUp()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    QProcess ended;
    ended.start(storeWriter(), {});
    QVERIFY(ended.waitForStarted(ProcessTimeout));
    const qint64 pid = ended.processId();
    QVERIFY(ended.waitForFinished(ProcessTimeout));
    const QString copy = m_dir->filePath(QStringLiteral(".organization.json.save-%1-Xy12ab").arg(pid));
    QVERIFY(writeFile(copy, TestStore::snapshot(m_path)));
    QVERIFY(FileWriter::isTemporaryCopy(QFileInfo(copy).fileName(), m_path));

    const Parsed<Organization> modified = OrganizationStore(m_path).modify(
        addConnector(makeConnector(QStringLiteral("After"), QStringLiteral("after.com"))));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QVERIFY2(containsCode(modified.problems, QStringLiteral("File.LeftoverRemoved")), qPrintable(describe(modified.problems)));
    QVERIFY(!QFileInfo::exists(copy));
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
}

void tst_OrganizationStore::lockTimeoutDefault()
{
    FILE_ONLY();
    QCOMPARE(OrganizationStore::DefaultLockTimeout, 30000);
    QCOMPARE(OrganizationStore::defaultLockTimeout(), OrganizationStore::DefaultLockTimeout);

    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    StoreLock held(OrganizationStore::lockFilePath(m_path));
    QCOMPARE(held.lock(0), StoreLock::Result::Locked);
    // The process-wide default (send-connector-shell --lock-timeout) is what a new store waits.
    OrganizationStore::setDefaultLockTimeout(0);
    const Parsed<Organization> modified = OrganizationStore(m_path).modify([](Organization &) { return Problems(); });
    OrganizationStore::setDefaultLockTimeout(OrganizationStore::DefaultLockTimeout);
    QCOMPARE(codesOf(modified.problems), QStringList{QStringLiteral("File.Locked")});
    QVERIFY2(modified.problems.first().message.contains(QLatin1String("waiting 0 seconds")),
             qPrintable(modified.problems.first().message));
}

namespace {

// Appends a connector and says so (OrganizationStore::modifyConnectors), recording the names it saw.
OrganizationStore::ConnectorChangeFunction appendConnector(const SendConnector &connector, QStringList *seen = nullptr)
{
    return [connector, seen](Organization &organization, std::optional<ConnectorChange> &touched) {
        if (seen)
            *seen = connectorNames(organization);
        organization.sendConnectors.append(connector);
        touched = ConnectorChange{ConnectorChange::Kind::Added, QString(), organization.sendConnectors.size() - 1};
        return Problems();
    };
}

// Writes `bytes` over the file's own bytes (same inode, no rename), then sets its access and
// modification times back to `times` to the nanosecond: only the bytes tell the change.
bool rewriteInPlaceKeepingTimes(const QString &path, const QByteArray &bytes, const struct stat &times)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.write(bytes) != bytes.size() || !file.resize(bytes.size()))
        return false;
    file.close();
    const timespec restored[2] = {times.st_atim, times.st_mtim};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), restored, 0) == 0;
}

} // namespace

// A store that read or wrote the file and finds it unchanged applies changes to the organization
// in memory: the file is not parsed again, and what it holds stays what a fresh read gives.
void tst_OrganizationStore::unchangedFileIsNotParsedAgain()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    QVERIFY(store.load().ok());
    QCOMPARE(store.fileReads(), 1);

    for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second")}) {
        const Parsed<Organization> modified =
            store.modifyConnectors(appendConnector(makeConnector(name, name.toLower() + QStringLiteral(".com"))));
        QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
        QVERIFY(!store.lastModifyReadFile());
        QCOMPARE(store.fileReads(), 1);
    }
    const Parsed<Organization> loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(store.fileReads(), 1);
    QCOMPARE(connectorNames(*loaded.value),
             (QStringList{QStringLiteral("Internet"), QStringLiteral("First"), QStringLiteral("Second")}));
    const Parsed<Organization> fresh = OrganizationStore(m_path).load();
    QVERIFY(fresh.ok());
    QCOMPARE(*loaded.value, *fresh.value);

    // A new store knows nothing yet: its first change reads the file.
    const OrganizationStore other(m_path);
    QVERIFY(other.modifyConnectors(appendConnector(makeConnector(QStringLiteral("Third"), QStringLiteral("third.com")))).ok());
    QVERIFY(other.lastModifyReadFile());
    QCOMPARE(other.fileReads(), 1);
}

// Another process writes between two changes of this store: the store sees it and keeps it.
void tst_OrganizationStore::changeOfAnotherProcessIsSeenAndKept()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    QVERIFY(store.modifyConnectors(appendConnector(makeConnector(QStringLiteral("Mine-1"), QStringLiteral("mine1.com")))).ok());

    const QByteArray otherErrors = addOneConnectorInAnotherProcess(m_path, QStringLiteral("Other"));
    QVERIFY2(otherErrors.isEmpty(), otherErrors.constData());

    QStringList seen;
    const Parsed<Organization> modified =
        store.modifyConnectors(appendConnector(makeConnector(QStringLiteral("Mine-2"), QStringLiteral("mine2.com")), &seen));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QVERIFY(store.lastModifyReadFile());
    QCOMPARE(seen, (QStringList{QStringLiteral("Internet"), QStringLiteral("Mine-1"), QStringLiteral("Other-1")}));
    const QStringList expected{QStringLiteral("Internet"), QStringLiteral("Mine-1"), QStringLiteral("Other-1"),
                               QStringLiteral("Mine-2")};
    QCOMPARE(connectorNames(*OrganizationStore(m_path).load().value), expected);

    // And the change after that is made in memory again.
    QVERIFY(store.modifyConnectors(appendConnector(makeConnector(QStringLiteral("Mine-3"), QStringLiteral("mine3.com")))).ok());
    QVERIFY(!store.lastModifyReadFile());
}

// A rewrite of the file in place with as many bytes and the same times (a tool that restores the
// modification time, or two writes within one tick of the file system's clock) leaves device,
// inode, size and modification time as they were: the hash of the bytes tells the change.
void tst_OrganizationStore::sameSizeSameTimeRewriteIsCaughtByTheHash()
{
    FILE_ONLY();
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    QVERIFY(store.load().ok());
    const struct stat before = statusOf(m_path);

    Organization renamed = baseOrganization();
    renamed.sendConnectors[0].name = QStringLiteral("Internes"); // as long as "Internet"
    const QByteArray bytes = OrganizationFile::serialize(renamed);
    QCOMPARE(bytes.size(), TestStore::snapshot(m_path).size());
    QVERIFY(rewriteInPlaceKeepingTimes(m_path, bytes, before));
    const struct stat after = statusOf(m_path);
    QCOMPARE(after.st_dev, before.st_dev);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_size, before.st_size);
    QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);

    QStringList seen;
    const Parsed<Organization> modified =
        store.modifyConnectors(appendConnector(makeConnector(QStringLiteral("Mine"), QStringLiteral("mine.com")), &seen));
    QVERIFY2(modified.ok(), qPrintable(describe(modified.problems)));
    QVERIFY(store.lastModifyReadFile());
    QCOMPARE(seen, QStringList{QStringLiteral("Internes")});
    QCOMPARE(connectorNames(*OrganizationStore(m_path).load().value),
             (QStringList{QStringLiteral("Internes"), QStringLiteral("Mine")}));
}

void tst_OrganizationStore::damagedReplacementIsRefusedAndNeverWritten_data()
{
    FILE_ONLY();
    QTest::addColumn<bool>("inPlace");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("replaced by a truncated file") << false << QStringLiteral("File.Syntax");
    QTest::newRow("damaged in place, same size and times") << true << QStringLiteral("File.Syntax");
}

// The store knows the file as it was; it is then damaged. Neither load() nor a change uses the
// organization in memory: the damage is reported and the file left exactly as it is.
void tst_OrganizationStore::damagedReplacementIsRefusedAndNeverWritten()
{
    FILE_ONLY();
    QFETCH(bool, inPlace);
    QFETCH(QString, expectedCode);

    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    QVERIFY(store.modifyConnectors(appendConnector(makeConnector(QStringLiteral("Known"), QStringLiteral("known.com")))).ok());
    const QByteArray good = TestStore::snapshot(m_path);
    QByteArray damaged;
    if (inPlace) {
        damaged = good;
        damaged[0] = '#'; // not JSON any more, not one byte more or less
        QVERIFY(rewriteInPlaceKeepingTimes(m_path, damaged, statusOf(m_path)));
    } else {
        damaged = good.left(good.size() / 2);
        QSaveFile replacement(m_path); // a new file renamed over the old one, as editors save
        QVERIFY(replacement.open(QIODevice::WriteOnly));
        QCOMPARE(replacement.write(damaged), damaged.size());
        QVERIFY(replacement.commit());
    }

    bool called = false;
    const Parsed<Organization> modified =
        store.modifyConnectors([&called](Organization &, std::optional<ConnectorChange> &) {
            called = true;
            return Problems();
        });
    QVERIFY(!modified.ok());
    QVERIFY(!called);
    QVERIFY2(codesOf(modified.problems).contains(expectedCode), qPrintable(describe(modified.problems)));
    QCOMPARE(TestStore::snapshot(m_path), damaged);
    FILE_ONLY_COMPARE(folderEntries(), QStringList{QStringLiteral("organization.json")});
    QVERIFY(!store.load().ok());

    // Repaired by someone else: the store reads it again.
    QVERIFY(writeFile(m_path, good));
    const Parsed<Organization> repaired = store.modifyConnectors(
        appendConnector(makeConnector(QStringLiteral("After repair"), QStringLiteral("after.com"))));
    QVERIFY2(repaired.ok(), qPrintable(describe(repaired.problems)));
    QVERIFY(store.lastModifyReadFile());
}

// After every write the organization in memory is what a fresh read of the file gives. The reader
// normalises what it reads (names trimmed, addresses in lower case): a connector that would not
// read back as it is in memory, or a change that does not name its connector, makes the store
// read the file again next time instead of trusting its copy.
void tst_OrganizationStore::organizationInMemoryEqualsAFreshRead()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    const auto freshRead = [this] { return OrganizationStore(m_path).load(); };

    SendConnector normalised = makeConnector(QStringLiteral("Normalised"), QStringLiteral("normalised.com"));
    normalised.whenChanged = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(store.modifyConnectors(appendConnector(normalised)).ok());
    QCOMPARE(store.load().value->sendConnectors.last().whenChanged, freshRead().value->sendConnectors.last().whenChanged);
    QCOMPARE(*store.load().value, *freshRead().value);
    QCOMPARE(store.fileReads(), 1);

    const struct Case
    {
        const char *what;
        SendConnector connector;
        bool named;
    } cases[] = {
        {"name with spaces around it", makeConnector(QStringLiteral("  Padded  "), QStringLiteral("padded.com")), true},
        {"address in capitals", makeConnector(QStringLiteral("Capitals"), QStringLiteral("Mixed.Example.COM")), true},
        {"milliseconds in WhenChanged", [] {
             SendConnector c = makeConnector(QStringLiteral("Precise"), QStringLiteral("precise.com"));
             c.whenChanged = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
             return c;
         }(), true},
        {"change that names no connector", makeConnector(QStringLiteral("Anonymous"), QStringLiteral("anonymous.com")), false},
    };
    for (const Case &c : cases) {
        const int reads = store.fileReads();
        const Parsed<Organization> modified =
            c.named ? store.modifyConnectors(appendConnector(c.connector)) : store.modify(addConnector(c.connector));
        QVERIFY2(modified.ok(), qPrintable(QString::fromLatin1(c.what) + describe(modified.problems)));
        const Parsed<Organization> loaded = store.load();
        QVERIFY2(store.fileReads() == reads + 1, c.what); // read again: the copy was not trusted
        QVERIFY2(*loaded.value == *freshRead().value, c.what);
    }
    QCOMPARE(store.load().value->sendConnectors.at(2).name, QStringLiteral("Padded"));
    QCOMPARE(store.load().value->sendConnectors.at(3).addressSpaces.first().address, QStringLiteral("mixed.example.com"));
}

// One store used from two threads at once (a console's worker and its window): every change
// lands, none is lost or applied to a stale copy.
void tst_OrganizationStore::storeIsSharedBetweenThreads()
{
    VERIFY_NO_ERRORS(OrganizationStore::create(m_path, baseOrganization()));
    const OrganizationStore store(m_path);
    constexpr int PerThread = 15;
    QAtomicInt failures = 0;
    const auto writer = [&](const QString &prefix) {
        for (int i = 1; i <= PerThread; ++i) {
            const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
            if (!store.modifyConnectors(appendConnector(makeConnector(name, name.toLower() + QStringLiteral(".com")))).ok())
                failures.fetchAndAddRelaxed(1);
            if (!store.load().ok())
                failures.fetchAndAddRelaxed(1);
        }
    };
    std::thread first(writer, QStringLiteral("A"));
    std::thread second(writer, QStringLiteral("B"));
    first.join();
    second.join();
    QCOMPARE(failures.loadRelaxed(), 0);
    const QStringList names = connectorNames(*OrganizationStore(m_path).load().value);
    QCOMPARE(names.size(), 1 + 2 * PerThread);
    for (int i = 1; i <= PerThread; ++i) {
        QVERIFY(names.contains(QStringLiteral("A-%1").arg(i)));
        QVERIFY(names.contains(QStringLiteral("B-%1").arg(i)));
    }
    QCOMPARE(store.fileReads(), 1);
}

void tst_OrganizationStore::contentHashIsXxh64_data()
{
    FILE_ONLY();
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("expected");
    // Published XXH64 values (seed 0).
    QTest::newRow("empty") << QByteArray() << Q_UINT64_C(0xEF46DB3751D8E999);
    QTest::newRow("a") << QByteArray("a") << Q_UINT64_C(0xD24EC4F1A98C6E5B);
    QTest::newRow("abc") << QByteArray("abc") << Q_UINT64_C(0x44BC2CF5AD770999);
}

// ContentHash is XXH64 whether the bytes come at once or in pieces of any size.
void tst_OrganizationStore::contentHashIsXxh64()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, expected);
    QCOMPARE(ContentHash::of(bytes), expected);

    QByteArray long_;
    for (int i = 0; i < 1000; ++i)
        long_.append(char(i * 7 + 3));
    const quint64 whole = ContentHash::of(long_);
    for (const int piece : {1, 3, 31, 32, 33, 100}) {
        ContentHash hash;
        for (qsizetype at = 0; at < long_.size(); at += piece)
            hash.add(long_.mid(at, piece));
        QCOMPARE(hash.result(), whole);
    }
    QVERIFY(ContentHash::of(long_.left(999)) != whole);
}

QTEST_GUILESS_MAIN(tst_OrganizationStore)
#include "tst_organizationstore.moc"
