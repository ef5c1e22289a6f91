#include "support/ModelTestSupport.h"
#include "OrganizationStore.h"
#include "StoreLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using ModelTestSupport::endedProcessId;
using ModelTestSupport::storeWriter;

namespace {

constexpr int ProcessTimeout = 120000; // ms; only a hung child ever waits this long
constexpr uint Nobody = 65534;         // Debian's "nobody" and "nogroup"

// For QProcess::setChildProcessModifier: the child runs as "nobody", another user than root.
void becomeNobody()
{
    if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
        ::_exit(126);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Makes the file look a minute old: left by a writer that ended long ago, not one starting now.
bool age(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime);
}

struct LockOnce
{
    int exitCode = -1;
    QStringList lines;
};

} // namespace

// Tests StoreLock: the writer lock of an organization file (flock(2) on its lock file), its
// holder information, and the recovery of locks whose holder is gone, whatever the file holds.
class tst_StoreLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void lockWritesItsHolderAndUnlockRemovesTheFile();
    void aSecondWriterWaitsThenTimesOut();
    void aWaitingWriterGetsTheLockWhenItIsFreed();
    void deadHolderIsRecoveredAtOnce();
    void leftoverLockFileIsRecoveredAtOnce_data();
    void leftoverLockFileIsRecoveredAtOnce();
    void olderQLockFileWritersAndThisOneExcludeEachOther();
    void anotherUsersLockFile_data();
    void anotherUsersLockFile();
    void anotherUsersLiveLockIsWaitedFor();

private:
    // store_writer --lock-once, as root or as nobody.
    LockOnce lockOnce(int timeout, bool asNobody = false) const
    {
        QProcess child;
        if (asNobody)
            child.setChildProcessModifier(becomeNobody);
        child.start(storeWriter(), {QStringLiteral("--lock-once"), m_path, QString::number(timeout)});
        LockOnce result;
        if (!child.waitForFinished(ProcessTimeout) || child.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = child.exitCode();
        result.lines = QString::fromLocal8Bit(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;     // the organization file (need not exist: only its lock is taken)
    QString m_lockPath; // its lock file
};

void tst_StoreLock::initTestCase()
{
    QVERIFY2(QFileInfo(storeWriter()).isExecutable(), qPrintable(storeWriter()));
}

void tst_StoreLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("organization.json"));
    m_lockPath = OrganizationStore::lockFilePath(m_path);
    QCOMPARE(m_lockPath, m_path + QStringLiteral(".lock"));
}

void tst_StoreLock::lockWritesItsHolderAndUnlockRemovesTheFile()
{
    StoreLock lock(m_lockPath);
    QCOMPARE(lock.lock(0), StoreLock::Result::Locked);
    QVERIFY(lock.isLocked());
    QVERIFY(!lock.recovered());

    const std::optional<StoreLock::Holder> holder = StoreLock::readHolder(m_lockPath);
    QVERIFY(holder);
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QCOMPARE(holder->application, QStringLiteral("tst_storelock"));
    QCOMPARE(holder->host, QSysInfo::machineHostName());
    QCOMPARE(holder->user, StoreLock::userName(::geteuid()));
    QVERIFY(holder->running);
    QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Readable by other users' writers, who must open it to wait for it.
    QCOMPARE(QFileInfo(m_lockPath).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);

    lock.unlock();
    QVERIFY(!lock.isLocked());
    QVERIFY(!QFileInfo::exists(m_lockPath));
}

void tst_StoreLock::aSecondWriterWaitsThenTimesOut()
{
    StoreLock first(m_lockPath);
    QCOMPARE(first.lock(0), StoreLock::Result::Locked);

    // A flock belongs to an open file: a second lock in the same process is excluded too.
    StoreLock second(m_lockPath);
    QCOMPARE(second.lock(50), StoreLock::Result::TimedOut);
    QVERIFY(!second.isLocked());
    QVERIFY(second.holder());
    QCOMPARE(second.holder()->pid, QCoreApplication::applicationPid());

    const LockOnce other = lockOnce(50);
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(other.lines.value(0), QStringLiteral("timed out"));
    QCOMPARE(other.lines.value(1), QStringLiteral("holder %1 %2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(StoreLock::userName(::geteuid())));
    QVERIFY(QFileInfo::exists(m_lockPath)); // the waiters did not remove the holder's file
}

void tst_StoreLock::aWaitingWriterGetsTheLockWhenItIsFreed()
{
    QProcess holder;
    holder.start(storeWriter(), {QStringLiteral("--hold-lock"), m_path, QStringLiteral("300")});
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    StoreLock lock(m_lockPath);
    QCOMPARE(lock.lock(ProcessTimeout), StoreLock::Result::Locked);
    QVERIFY(!lock.recovered()); // released properly: nothing stale
    QVERIFY(holder.waitForFinished(ProcessTimeout));
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(StoreLock::readHolder(m_lockPath)->pid, QCoreApplication::applicationPid());
}

// A writer killed while it holds the lock: the kernel drops its flock, and the next writer takes
// the lock without waiting at all (a timeout of 0), saying whose it was.
void tst_StoreLock::deadHolderIsRecoveredAtOnce()
{
    QProcess holder;
    holder.start(storeWriter(), {QStringLiteral("--hold-lock"), m_path, QString::number(ProcessTimeout)});
    QVERIFY(holder.waitForReadyRead(ProcessTimeout));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    const qint64 pid = holder.processId();
    holder.kill(); // SIGKILL: no chance to remove its lock file
    QVERIFY(holder.waitForFinished(ProcessTimeout));
    QVERIFY(QFileInfo::exists(m_lockPath));

    StoreLock lock(m_lockPath);
    QCOMPARE(lock.lock(0), StoreLock::Result::Locked);
    QVERIFY(lock.recovered());
    QVERIFY(lock.recovered()->holder);
    QCOMPARE(lock.recovered()->holder->pid, pid);
    QCOMPARE(lock.recovered()->holder->application, QStringLiteral("store_writer"));
    QVERIFY(!lock.recovered()->holder->running);
    QCOMPARE(StoreLock::readHolder(m_lockPath)->pid, QCoreApplication::applicationPid());
}

void tst_StoreLock::leftoverLockFileIsRecoveredAtOnce_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("old");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<bool>("namesHolder");

    const QByteArray ended = QByteArray::number(endedProcessId());
    // A writer killed between creating the file and writing to it; reported once it is not new.
    QTest::newRow("empty, left long ago") << QByteArray() << true << true << false;
    // As fresh as a writer's that is about to lock it: taken (its creator waits), not reported.
    QTest::newRow("empty, just created") << QByteArray() << false << false << false;
    QTest::newRow("an older version's QLockFile data") << QByteArray(ended + "\nsend-connector-shell\n" +
                                                                     QSysInfo::machineHostName().toUtf8() + "\n")
                                                       << false << true << true;
    QTest::newRow("this version's data") << QByteArray(ended + "\nsend-connector-shell\nvm\n\n\nalice\n"
                                                                 "2026-01-01T10:00:00.000Z\n")
                                         << true << true << true;
    QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock\n") << true << true << false;
}

void tst_StoreLock::leftoverLockFileIsRecoveredAtOnce()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, old);
    QFETCH(bool, reported);
    QFETCH(bool, namesHolder);
    QVERIFY(writeBytes(m_lockPath, contents));
    if (old)
        QVERIFY(age(m_lockPath));

    StoreLock lock(m_lockPath);
    QCOMPARE(lock.lock(0), StoreLock::Result::Locked);
    QCOMPARE(bool(lock.recovered()), reported);
    if (reported) {
        QCOMPARE(lock.recovered()->fileOwner, StoreLock::userName(::geteuid()));
        QCOMPARE(bool(lock.recovered()->holder), namesHolder);
        if (namesHolder)
            QCOMPARE(lock.recovered()->holder->pid, contents.split('\n').first().toLongLong());
    }
    QCOMPARE(StoreLock::readHolder(m_lockPath)->pid, QCoreApplication::applicationPid());
    lock.unlock();
    QVERIFY(!QFileInfo::exists(m_lockPath));
}

// Mixed versions (docs/organization-file.md#locking): QLockFile takes a flock on the same file,
// and never removes a lock file whose flock is held.
void tst_StoreLock::olderQLockFileWritersAndThisOneExcludeEachOther()
{
    {
        QLockFile older(m_lockPath);
        QVERIFY(older.tryLock(0));
        StoreLock lock(m_lockPath);
        QCOMPARE(lock.lock(50), StoreLock::Result::TimedOut);
        QVERIFY(lock.holder());
        QCOMPARE(lock.holder()->pid, QCoreApplication::applicationPid());
    }
    QVERIFY(!QFileInfo::exists(m_lockPath));

    StoreLock lock(m_lockPath);
    QCOMPARE(lock.lock(0), StoreLock::Result::Locked);
    QLockFile older(m_lockPath);
    older.setStaleLockTime(1); // even an older writer that finds the lock stale leaves it
    QVERIFY(!older.tryLock(50));
    QCOMPARE(older.error(), QLockFile::LockFailedError);
    QVERIFY(QFileInfo::exists(m_lockPath));
    QCOMPARE(StoreLock::readHolder(m_lockPath)->pid, QCoreApplication::applicationPid());
}

// A lock file left by root (sudo) in a folder shared with another user, whom it must not stop.
void tst_StoreLock::anotherUsersLockFile_data()
{
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<int>("lockMode");
    QTest::addColumn<bool>("kept"); // the file stays after the other user's lock (a sticky folder)

    // Not even readable: /proc/locks says nobody holds it, so it is removed and replaced.
    QTest::newRow("unreadable, shared folder") << 0777 << 0600 << false;
    // Readable: locked through a read-only descriptor, then replaced by the other user's own.
    QTest::newRow("readable, shared folder") << 0777 << 0644 << false;
    // A sticky folder (like /tmp) keeps root's file: it is locked as it is.
    QTest::newRow("readable, sticky folder") << 01777 << 0644 << true;
}

void tst_StoreLock::anotherUsersLockFile()
{
    if (::geteuid() != 0)
        QSKIP("Needs root: the test runs a writer as another user (nobody) against root's lock file.");
    QFETCH(int, folderMode);
    QFETCH(int, lockMode);
    QFETCH(bool, kept);

    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), mode_t(folderMode)) == 0);
    QVERIFY(writeBytes(m_lockPath, QByteArray::number(endedProcessId()) + "\nsend-connector-shell\n"
                                       + QSysInfo::machineHostName().toUtf8() + "\n"));
    QVERIFY(::chmod(QFile::encodeName(m_lockPath).constData(), mode_t(lockMode)) == 0);

    const LockOnce other = lockOnce(0, true);
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(other.lines.value(0), QStringLiteral("locked"));
    QVERIFY2(other.lines.value(1).startsWith(QStringLiteral("recovered root ")), qPrintable(other.lines.join(u'|')));
    QCOMPARE(QFileInfo::exists(m_lockPath), kept);
    if (kept)
        QCOMPARE(QFileInfo(m_lockPath).ownerId(), 0u);
}

// ...but a lock file of another user that a live process holds is waited for, even when it
// cannot be read: the message names its owner and the process (from /proc/locks).
void tst_StoreLock::anotherUsersLiveLockIsWaitedFor()
{
    if (::geteuid() != 0)
        QSKIP("Needs root: the test runs a writer as another user (nobody) against root's lock file.");
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0777) == 0);
    StoreLock lock(m_lockPath);
    QCOMPARE(lock.lock(0), StoreLock::Result::Locked);
    QVERIFY(::chmod(QFile::encodeName(m_lockPath).constData(), 0600) == 0);

    const LockOnce other = lockOnce(50, true);
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(other.lines.value(0), QStringLiteral("timed out"));
    QCOMPARE(other.lines.value(1), QStringLiteral("holder %1 root").arg(QCoreApplication::applicationPid()));
    QCOMPARE(other.lines.value(2), QStringLiteral("foreign root"));
    QVERIFY(QFileInfo::exists(m_lockPath));
}

QTEST_GUILESS_MAIN(tst_StoreLock)
#include "tst_storelock.moc"
