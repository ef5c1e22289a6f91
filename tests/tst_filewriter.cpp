#include "support/ModelTestSupport.h"
#include "FileWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>

using ModelTestSupport::endedProcessId;
using ModelTestSupport::storeWriter;

namespace {

constexpr uint Nobody = 65534;         // Debian's "nobody" and "nogroup"

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct stat statusOf(const QString &path)
{
    struct stat status = {};
    ::stat(QFile::encodeName(path).constData(), &status);
    return status;
}

} // namespace

// Tests FileWriter: atomic replacement that keeps the file's owner, group and mode, new files
// readable by their owner only, and the removal of copies left by interrupted saves.
class tst_FileWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newFileIsReadableByItsOwnerOnly();
    void modeIsKept_data();
    void modeIsKept();
    void ownerAndGroupAreKeptByRoot();
    void temporaryCopyNames_data();
    void temporaryCopyNames();
    void interruptedSavesCopiesAreRemoved();
    void aSymbolicLinkStaysALink();
    void failedWriteLeavesNoCopy();

private:
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_FileWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("organization.json"));
}

void tst_FileWriter::newFileIsReadableByItsOwnerOnly()
{
    const mode_t previous = ::umask(0); // whatever the umask would allow
    const FileWriter::Result result = FileWriter::write(m_path, "{}\n");
    ::umask(previous);
    QCOMPARE(result.status, FileWriter::Status::Written);
    QCOMPARE(readBytes(m_path), QByteArray("{}\n"));
    QCOMPARE(statusOf(m_path).st_mode & 07777, mode_t(0600));
    QCOMPARE(entries(), QStringList{QStringLiteral("organization.json")});
}

void tst_FileWriter::modeIsKept_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("owner only") << 0600;
    QTest::newRow("group may read") << 0640;
    QTest::newRow("group may write") << 0660;
    QTest::newRow("everyone may read") << 0644;
    QTest::newRow("set-group-ID") << 02660;
}

void tst_FileWriter::modeIsKept()
{
    QFETCH(int, mode);
    QVERIFY(writeBytes(m_path, "old"));
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), mode_t(mode)) == 0);
    const ino_t before = statusOf(m_path).st_ino;

    QCOMPARE(FileWriter::write(m_path, "new").status, FileWriter::Status::Written);
    QCOMPARE(readBytes(m_path), QByteArray("new"));
    QVERIFY(statusOf(m_path).st_ino != before); // replaced, not rewritten in place
    QCOMPARE(statusOf(m_path).st_mode & 07777, mode_t(mode));
}

// sudo send-connector-shell on alice's file must leave it alice's.
void tst_FileWriter::ownerAndGroupAreKeptByRoot()
{
    if (::geteuid() != 0)
        QSKIP("Needs root: only root can give a file to another user, or write one that is not its own.");
    QVERIFY(writeBytes(m_path, "old"));
    const QByteArray name = QFile::encodeName(m_path);
    QVERIFY(::chown(name.constData(), Nobody, Nobody) == 0);
    QVERIFY(::chmod(name.constData(), 0640) == 0);

    QCOMPARE(FileWriter::write(m_path, "new").status, FileWriter::Status::Written);
    QCOMPARE(readBytes(m_path), QByteArray("new"));
    QCOMPARE(uint(statusOf(m_path).st_uid), Nobody);
    QCOMPARE(uint(statusOf(m_path).st_gid), Nobody);
    QCOMPARE(statusOf(m_path).st_mode & 07777, mode_t(0640));

    // Another user (not root) cannot keep root's ownership: refused, the file untouched.
    QVERIFY(::chown(name.constData(), 0, 0) == 0);
    QVERIFY(::chmod(name.constData(), 0666) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0777) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
            ::_exit(126);
        const FileWriter::Result refused = FileWriter::write(m_path, "nobody's");
        ::_exit(refused.status == FileWriter::Status::OwnerNotKept && refused.owner == 0 && refused.group == 0 ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(readBytes(m_path), QByteArray("new"));
    QCOMPARE(uint(statusOf(m_path).st_uid), 0u);
    QCOMPARE(entries(), QStringList{QStringLiteral("organization.json")}); // its copy was removed
}

void tst_FileWriter::temporaryCopyNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isCopy");
    QTest::addColumn<qint64>("pid");

    QTest::newRow("a copy") << QStringLiteral(".organization.json.save-4242-aZ09xy") << true << qint64(4242);
    QTest::newRow("the file itself") << QStringLiteral("organization.json") << false << qint64(0);
    QTest::newRow("the lock file") << QStringLiteral("organization.json.lock") << false << qint64(0);
    QTest::newRow("another file's copy") << QStringLiteral(".other.json.save-4242-aZ09xy") << false << qint64(0);
    QTest::newRow("no pid") << QStringLiteral(".organization.json.save--aZ09xy") << false << qint64(0);
    QTest::newRow("a word for a pid") << QStringLiteral(".organization.json.save-abc-aZ09xy") << false << qint64(0);
    QTest::newRow("a short suffix") << QStringLiteral(".organization.json.save-4242-aZ09") << false << qint64(0);
    QTest::newRow("a user's backup") << QStringLiteral(".organization.json.save-backup") << false << qint64(0);
    QTest::newRow("punctuation in the suffix") << QStringLiteral(".organization.json.save-4242-aZ0.xy") << false
                                               << qint64(0);
}

void tst_FileWriter::temporaryCopyNames()
{
    QFETCH(QString, name);
    QFETCH(bool, isCopy);
    QFETCH(qint64, pid);
    qint64 found = 0;
    QCOMPARE(FileWriter::isTemporaryCopy(name, m_path, &found), isCopy);
    QCOMPARE(found, pid);
}

// A save killed between writing its copy and renaming it leaves the copy: the next write removes
// it, unless its writer still runs and it is recent; other files are never touched.
void tst_FileWriter::interruptedSavesCopiesAreRemoved()
{
    QVERIFY(writeBytes(m_path, "old"));
    const QString ended = m_dir->filePath(QStringLiteral(".organization.json.save-%1-abcdef").arg(endedProcessId()));
    const QString running = m_dir->filePath(QStringLiteral(".organization.json.save-1-abcdef")); // init runs
    const QString runningButOld = m_dir->filePath(QStringLiteral(".organization.json.save-1-ghijkl"));
    const QString backup = m_dir->filePath(QStringLiteral(".organization.json.save-backup"));
    const QString otherFiles = m_dir->filePath(QStringLiteral(".other.json.save-99999999-abcdef"));
    for (const QString &path : {ended, running, runningButOld, backup, otherFiles})
        QVERIFY(writeBytes(path, "a copy"));
    {
        QFile file(runningButOld);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-2 * FileWriter::LeftoverAge),
                                 QFileDevice::FileModificationTime));
    }

    const FileWriter::Result result = FileWriter::write(m_path, "new");
    QCOMPARE(result.status, FileWriter::Status::Written);
    QStringList removed = result.removedCopies;
    removed.sort();
    QStringList expected{ended, runningButOld};
    expected.sort();
    QCOMPARE(removed, expected);
    QVERIFY(!QFileInfo::exists(ended));
    QVERIFY(!QFileInfo::exists(runningButOld));
    QVERIFY(QFileInfo::exists(running));
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(QFileInfo::exists(otherFiles));
    QCOMPARE(readBytes(m_path), QByteArray("new"));
}

void tst_FileWriter::aSymbolicLinkStaysALink()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("shared")));
    const QString target = m_dir->filePath(QStringLiteral("shared/organization.json"));
    QVERIFY(writeBytes(target, "old"));
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
    QVERIFY(QFile::link(QStringLiteral("shared/organization.json"), m_path));

    QCOMPARE(FileWriter::write(m_path, "new").status, FileWriter::Status::Written);
    QVERIFY(QFileInfo(m_path).isSymLink());
    QCOMPARE(readBytes(target), QByteArray("new"));
    QCOMPARE(statusOf(target).st_mode & 07777, mode_t(0640));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("shared"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("organization.json")});
}

void tst_FileWriter::failedWriteLeavesNoCopy()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing/organization.json"));
    const FileWriter::Result result = FileWriter::write(missing, "new");
    QCOMPARE(result.status, FileWriter::Status::Failed);
    QCOMPARE(result.systemError, ENOENT);
    QCOMPARE(entries(), QStringList());
}

QTEST_GUILESS_MAIN(tst_FileWriter)
#include "tst_filewriter.moc"
