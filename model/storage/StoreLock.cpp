#include "StoreLock.h"

#include "FileWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <utility>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

// A lock file this young and empty may be a writer's that has just created it and not yet
// written who it is: taking it over is right (its creator waits for the flock), reporting it as
// a stale lock is not.
constexpr qint64 FreshFileAge = 1000; // ms
constexpr qint64 MaximumHolderSize = 4096;

QString applicationName()
{
    if (QCoreApplication::instance())
        return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    return QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget().section(QLatin1Char('/'), -1);
}

// The first lines are what QLockFile writes (pid, application, host, machine id, boot id), so
// that a writer of an older version reads a live holder and waits; then the user and the time.
QByteArray holderContents()
{
    // What does not change while the process runs is read once, not on every write.
    static const QByteArray machine = QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n' + applicationName().toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n' + machine + StoreLock::userName(::geteuid()).toUtf8() + '\n'
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\n';
}

std::optional<StoreLock::Holder> parseHolder(const QByteArray &contents, const QDateTime &modified)
{
    const QList<QByteArray> lines = contents.split('\n');
    bool ok = false;
    StoreLock::Holder holder;
    holder.pid = lines.value(0).toLongLong(&ok);
    if (!ok || holder.pid <= 0)
        return std::nullopt;
    holder.application = QString::fromUtf8(lines.value(1));
    holder.host = QString::fromUtf8(lines.value(2));
    holder.user = QString::fromUtf8(lines.value(5));
    holder.since = QDateTime::fromString(QString::fromUtf8(lines.value(6)), Qt::ISODateWithMs);
    if (!holder.since.isValid())
        holder.since = modified;
    holder.running = (holder.host.isEmpty() || holder.host == QSysInfo::machineHostName())
        && StoreLock::isProcessRunning(holder.pid);
    return holder;
}

QByteArray readContents(int fd)
{
    QByteArray contents(MaximumHolderSize, Qt::Uninitialized);
    const ssize_t size = ::pread(fd, contents.data(), size_t(contents.size()), 0);
    contents.resize(size > 0 ? qsizetype(size) : 0);
    return contents;
}

QDateTime modificationTime(const struct stat &status)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000,
                                          Qt::UTC);
}

// The process holding a flock on the file (device, inode), from /proc/locks: for a lock file
// this process may not even open. 0 when nobody holds one; nullopt when the system does not say.
std::optional<qint64> flockHolder(const struct stat &status)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray file = QByteArray::number(major(status.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(status.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(quint64(status.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; waiters' lines have "->" second.
        if (fields.size() < 6 || fields.at(1) == "->")
            continue;
        if (fields.at(5) == file)
            return fields.at(4).toLongLong();
    }
    return 0;
}

} // namespace

StoreLock::StoreLock(QString lockPath)
    : m_path(std::move(lockPath))
{
}

StoreLock::~StoreLock()
{
    unlock();
}

QString StoreLock::userName(uint uid)
{
    struct passwd entry;
    struct passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid_t(uid), &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

QString StoreLock::groupName(uint gid)
{
    struct group entry;
    struct group *found = nullptr;
    char buffer[4096];
    if (::getgrgid_r(gid_t(gid), &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->gr_name);
    return QString::number(gid);
}

bool StoreLock::isProcessRunning(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

std::optional<StoreLock::Holder> StoreLock::readHolder(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return std::nullopt;
    struct stat status;
    std::optional<Holder> holder;
    if (::fstat(fd, &status) == 0)
        holder = parseHolder(readContents(fd), modificationTime(status));
    ::close(fd);
    return holder;
}

StoreLock::Result StoreLock::lock(int timeout)
{
    if (isLocked())
        return Result::Locked;
    m_systemError = 0;
    m_holder.reset();
    m_foreignOwner.clear();
    m_recovered.reset();
    m_removeOnUnlock = true;

    const QDeadlineTimer deadline(qMax(timeout, 0));
    // A retry (the file was removed or replaced under us) is no wait: it does not count against
    // the deadline, a few times in a row, so that a timeout of 0 still takes a free lock.
    constexpr int FreeRetries = 16;
    int retries = 0;
    for (;;) {
        const Attempt attempt = tryOnce();
        if (attempt == Attempt::Locked)
            return Result::Locked;
        if (attempt == Attempt::Failed)
            return Result::Failed;
        if (attempt == Attempt::Retry && ++retries <= FreeRetries)
            continue;
        if (deadline.hasExpired()) {
            if (std::optional<Holder> written = readHolder(m_path))
                m_holder = std::move(written);
            return Result::TimedOut;
        }
        if (attempt == Attempt::Busy) {
            // A fixed short interval, not a growing one: a writer that has waited long has the
            // same chance as a newcomer when the lock comes free.
            QThread::usleep(PollInterval * 1000 + QRandomGenerator::global()->bounded(1000));
        }
    }
}

StoreLock::Attempt StoreLock::tryOnce()
{
    const QByteArray name = QFile::encodeName(m_path);
    bool created = false;
    bool readOnly = false;
    // O_NOFOLLOW: a link planted in place of the lock file must not make us truncate its target.
    int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd >= 0) {
        created = true;
        ::fchmod(fd, 0644); // whatever the umask: other users' writers must be able to open it to wait
    } else if (errno == EEXIST) {
        fd = ::open(name.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0 && (errno == EACCES || errno == EPERM)) {
            // Another user's lock file: a flock needs only a descriptor open for reading.
            fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            readOnly = fd >= 0;
        }
        if (fd < 0) {
            const int error = errno;
            if (error == ENOENT)
                return Attempt::Retry; // its holder removed it meanwhile
            struct stat status;
            if ((error != EACCES && error != EPERM) || ::lstat(name.constData(), &status) != 0) {
                m_systemError = error;
                return Attempt::Failed;
            }
            // Not even readable: /proc/locks says whether a live process holds it.
            m_foreignOwner = userName(status.st_uid);
            const std::optional<qint64> holderPid = flockHolder(status);
            if (holderPid && *holderPid != 0) {
                Holder holder;
                holder.pid = *holderPid;
                holder.user = m_foreignOwner;
                holder.host = QSysInfo::machineHostName();
                holder.since = modificationTime(status);
                holder.running = true;
                m_holder = holder;
                return Attempt::Busy;
            }
            if (holderPid && ::unlink(name.constData()) == 0) {
                m_recovered = Recovered{std::nullopt, m_foreignOwner};
                return Attempt::Retry;
            }
            m_systemError = error;
            return Attempt::Failed;
        }
    } else {
        m_systemError = errno;
        return Attempt::Failed;
    }

    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK || error == EINTR)
            return Attempt::Busy;
        m_systemError = error;
        return Attempt::Failed;
    }
    // The holder removes the file before it unlocks: a lock on a file no longer at the path is
    // worth nothing, as is one on a file that has been replaced.
    struct stat opened;
    struct stat named;
    if (::fstat(fd, &opened) != 0 || ::lstat(name.constData(), &named) != 0 || opened.st_ino != named.st_ino
        || opened.st_dev != named.st_dev) {
        ::close(fd);
        return Attempt::Retry;
    }
    if (!created) {
        // The flock was free, yet the file is still there: its writer ended without removing it.
        const QByteArray contents = readContents(fd);
        const QDateTime modified = modificationTime(opened);
        if (!contents.isEmpty() || modified.msecsTo(QDateTime::currentDateTimeUtc()) > FreshFileAge)
            m_recovered = Recovered{parseHolder(contents, modified), userName(opened.st_uid)};
        if (readOnly) {
            // Replaced by a file of our own, so that waiters can read who holds the lock now.
            if (::unlink(name.constData()) == 0) {
                ::close(fd);
                return Attempt::Retry;
            }
            // A folder with the sticky bit keeps other users' files: lock it as it is.
            m_fd = fd;
            m_removeOnUnlock = false;
            return Attempt::Locked;
        }
    }
    m_fd = fd;
    if (!writeHolder()) {
        m_systemError = errno;
        ::unlink(name.constData());
        ::close(fd);
        m_fd = -1;
        return Attempt::Failed;
    }
    return Attempt::Locked;
}

bool StoreLock::writeHolder()
{
    const QByteArray contents = holderContents();
    errno = 0;
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) != 0)
        return false;
    return FileWriter::writeAll(m_fd, contents);
}

void StoreLock::unlock()
{
    if (m_fd < 0)
        return;
    if (m_removeOnUnlock) {
        // Removed while still locked: a waiter that opened it finds it gone and opens the next one.
        const QByteArray name = QFile::encodeName(m_path);
        struct stat opened;
        struct stat named;
        if (::fstat(m_fd, &opened) == 0 && ::lstat(name.constData(), &named) == 0 && opened.st_ino == named.st_ino
            && opened.st_dev == named.st_dev)
            ::unlink(name.constData());
    }
    ::close(m_fd);
    m_fd = -1;
}
