#include "FileWriter.h"

#include "StoreLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString copyPrefix(const QString &target)
{
    return QLatin1Char('.') + QFileInfo(target).fileName() + QLatin1String(".save-");
}

QString newCopyName(const QString &target)
{
    static const char Letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QLatin1Char(Letters[QRandomGenerator::global()->bounded(int(sizeof Letters) - 1)]);
    return QFileInfo(target).absolutePath() + QLatin1Char('/') + copyPrefix(target)
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') + suffix;
}

FileWriter::Result failed(int systemError)
{
    FileWriter::Result result;
    result.status = FileWriter::Status::Failed;
    result.systemError = systemError != 0 ? systemError : EIO;
    return result;
}


// The copies that saves of `target` left behind when they were interrupted (a crash, a kill, a
// power cut between writing and renaming). Only called with the writer lock held, so no writer
// of this version is making one now; an older copy whose writer still runs is still left alone.
QStringList removeLeftovers(const QString &target)
{
    QStringList removed;
    const QDir folder = QFileInfo(target).absoluteDir();
    const QStringList names = folder.entryList({copyPrefix(target) + QLatin1Char('*')},
                                               QDir::Files | QDir::Hidden | QDir::System);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &name : names) {
        qint64 pid = 0;
        if (!FileWriter::isTemporaryCopy(name, target, &pid))
            continue;
        const QString path = folder.filePath(name);
        const QFileInfo info(path);
        if (info.isSymLink())
            continue;
        const bool abandoned = !StoreLock::isProcessRunning(pid) || pid == QCoreApplication::applicationPid()
            || info.lastModified().msecsTo(now) > FileWriter::LeftoverAge;
        if (abandoned && QFile::remove(path))
            removed.append(path);
    }
    return removed;
}

} // namespace

bool FileWriter::isTemporaryCopy(const QString &fileName, const QString &target, qint64 *pid)
{
    const QString prefix = copyPrefix(target);
    if (!fileName.startsWith(prefix))
        return false;
    const QStringView rest = QStringView(fileName).mid(prefix.size());
    const qsizetype dash = rest.indexOf(QLatin1Char('-'));
    if (dash <= 0 || rest.size() - dash - 1 != 6)
        return false;
    bool ok = false;
    const qint64 number = rest.left(dash).toLongLong(&ok);
    if (!ok || number <= 0)
        return false;
    for (const QChar c : rest.mid(dash + 1)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    }
    if (pid)
        *pid = number;
    return true;
}

QString FileWriter::resolveLinks(const QString &path)
{
    QString resolved = path;
    constexpr int MaximumLinks = 128;
    int links = 0;
    while (links < MaximumLinks && QFileInfo(resolved).isSymLink()) {
        resolved = QFileInfo(resolved).symLinkTarget();
        ++links;
    }
    return links == MaximumLinks ? path : resolved;
}

FileWriter::Result FileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QString target = resolveLinks(path);
    const QByteArray targetName = QFile::encodeName(target);
    struct stat existing;
    const bool exists = ::stat(targetName.constData(), &existing) == 0;

    const QString copy = newCopyName(target);
    const QByteArray copyName = QFile::encodeName(copy);
    const int fd = ::open(copyName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return failed(errno);
    const auto abandon = [&](Result result) {
        ::close(fd);
        ::unlink(copyName.constData());
        return result;
    };

    if (exists && (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid())) {
        // Only root may give a file away; anyone may pass it to a group of their own.
        if (::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
            Result refused;
            refused.status = Status::OwnerNotKept;
            refused.systemError = errno;
            refused.owner = existing.st_uid;
            refused.group = existing.st_gid;
            return abandon(refused);
        }
    }
    // After fchown, which clears the set-user-ID and set-group-ID bits.
    if (::fchmod(fd, exists ? (existing.st_mode & 07777) : NewFileMode) != 0)
        return abandon(failed(errno));
    if (!FileWriter::writeAll(fd, bytes) || ::fdatasync(fd) != 0)
        return abandon(failed(errno));
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(copyName.constData());
        return failed(error);
    }
    if (::rename(copyName.constData(), targetName.constData()) != 0) {
        const int error = errno;
        ::unlink(copyName.constData());
        return failed(error);
    }
    Result result;
    result.removedCopies = removeLeftovers(target);
    return result;
}

bool FileWriter::writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        // After a short write, the next one says why (EFBIG, ENOSPC).
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (written == 0)
                errno = ENOSPC;
            return false;
        }
        done += written;
    }
    return true;
}
