#include "OrganizationStore.h"

#include "DirectoryStore.h"
#include "FileWriter.h"
#include "OrganizationFile.h"
#include "OrganizationValidator.h"
#include "OrganizationWriter.h"
#include "StoreLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <atomic>
#include <cerrno>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QLatin1String DefaultFileName("organization.json");
const QLatin1String SampleResource(":/scc/sample-organization.json");
std::atomic<int> processLockTimeout{OrganizationStore::DefaultLockTimeout};

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Problems fileProblem(const QString &code, const QString &path, const QString &message)
{
    return {Problem::error(code, displayPath(path), message)};
}

Problems writeFailed(const QString &path, const QString &reason)
{
    return fileProblem(QStringLiteral("File.WriteFailed"), path,
                       OrganizationStore::tr("The organization file %1 could not be written: %2. "
                                             "The previous contents of the file are unchanged.")
                           .arg(displayPath(path), reason));
}

Problems tooLarge(const QString &path)
{
    return fileProblem(QStringLiteral("File.TooLarge"), path,
                       OrganizationStore::tr("The file %1 is larger than %2 MB, far larger than any organization "
                                             "file, so it was not read. Check that this is the organization file.")
                           .arg(displayPath(path), QString::number(OrganizationStore::MaximumFileSize >> 20)));
}

// Whether `path` leads through symbolic links that never end in a file (a link to itself, two
// links to each other...): QFileInfo only says such a path does not exist.
bool isSymbolicLinkLoop(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) != 0 && errno == ELOOP;
}

Problems symbolicLinkLoop(const QString &path)
{
    return fileProblem(QStringLiteral("File.SymbolicLinkLoop"), path,
                       OrganizationStore::tr("The organization file %1 is a loop of symbolic links: following them "
                                             "leads back to a link already followed, never to a file. Make the "
                                             "link point to the organization file itself.")
                           .arg(displayPath(path)));
}

// Problems when `path` does not exist or is no regular file of a sensible size. Checked before a
// file is opened or locked: opening a FIFO blocks until someone writes to it, and reading a
// device such as /dev/zero never ends.
Problems checkFileKind(const QString &path)
{
    const QFileInfo info(path); // follows symbolic links
    if (!info.exists() && isSymbolicLinkLoop(path))
        return symbolicLinkLoop(path);
    if (!info.exists()) {
        return fileProblem(QStringLiteral("File.NotFound"), path,
                           OrganizationStore::tr("The organization file %1 does not exist. Check the path, or create "
                                                 "a new organization file.")
                               .arg(displayPath(path)));
    }
    if (info.isDir()) {
        return fileProblem(QStringLiteral("File.Unreadable"), path,
                           OrganizationStore::tr("The organization file %1 could not be read: it is a folder, not a "
                                                 "file. Name the organization file inside it.")
                               .arg(displayPath(path)));
    }
    if (!info.isFile()) {
        return fileProblem(QStringLiteral("File.Unreadable"), path,
                           OrganizationStore::tr("The organization file %1 could not be read: it is not a regular file "
                                                 "(it is a device, a FIFO or a socket). Name a JSON file instead.")
                               .arg(displayPath(path)));
    }
    if (info.size() > OrganizationStore::MaximumFileSize)
        return tooLarge(path);
    return {};
}

Parsed<QByteArray> readFile(const QString &path)
{
    Parsed<QByteArray> result;
    result.problems = checkFileKind(path);
    if (hasErrors(result.problems))
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems = fileProblem(QStringLiteral("File.Unreadable"), path,
                                      OrganizationStore::tr("The organization file %1 could not be read: %2.")
                                          .arg(displayPath(path), file.errorString()));
        return result;
    }
    // One byte beyond the limit tells a file that grew since it was checked.
    QByteArray bytes = file.read(OrganizationStore::MaximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.problems = fileProblem(QStringLiteral("File.Unreadable"), path,
                                      OrganizationStore::tr("The organization file %1 could not be read: %2.")
                                          .arg(displayPath(path), file.errorString()));
        return result;
    }
    if (bytes.size() > OrganizationStore::MaximumFileSize) {
        result.problems = tooLarge(path);
        return result;
    }
    result.value = std::move(bytes);
    return result;
}

Parsed<Organization> readOrganization(const QString &path)
{
    const Parsed<QByteArray> bytes = readFile(path);
    if (!bytes.value) {
        Parsed<Organization> result;
        result.problems = bytes.problems;
        return result;
    }
    return OrganizationFile::parse(*bytes.value);
}

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "send-connector-shell, process 4242 of user alice on host1, since 2026-12-01 06:30:12"
QString holderText(const StoreLock::Holder &holder)
{
    const QString application =
        holder.application.isEmpty() ? OrganizationStore::tr("an unnamed program") : holder.application;
    if (holder.user.isEmpty()) {
        return OrganizationStore::tr("%1, process %2 on %3, since %4")
            .arg(application, QString::number(holder.pid), holder.host, timeText(holder.since));
    }
    return OrganizationStore::tr("%1, process %2 of user %3 on %4, since %5")
        .arg(application, QString::number(holder.pid), holder.user, holder.host, timeText(holder.since));
}

Problem staleLockRecovered(const QString &path, const StoreLock::Recovered &recovered)
{
    const QString lockPath = displayPath(OrganizationStore::lockFilePath(path));
    QString message;
    if (recovered.holder) {
        message = OrganizationStore::tr("The lock on the organization file %1 was left by a program that no longer "
                                        "runs (%2); it was taken over.")
                      .arg(displayPath(path), holderText(*recovered.holder));
    } else {
        message = OrganizationStore::tr("The lock file %1 (of user %2) named no program holding it, and none "
                                        "held it; it was taken over.")
                      .arg(lockPath, recovered.fileOwner);
    }
    return Problem::warning(QStringLiteral("File.StaleLockRecovered"), displayPath(path), message);
}

// Locks `path` for writing; problems when the lock cannot be had within `timeout`, and a warning
// when a lock left by a writer that has ended was taken over.
Problems acquireLock(StoreLock &lock, const QString &path, int timeout)
{
    switch (lock.lock(timeout)) {
    case StoreLock::Result::Locked:
        if (const std::optional<StoreLock::Recovered> recovered = lock.recovered())
            return {staleLockRecovered(path, *recovered)};
        return {};
    case StoreLock::Result::TimedOut: {
        const QString waited = QString::number(double(qMax(timeout, 0)) / 1000.0);
        if (const std::optional<StoreLock::Holder> holder = lock.holder()) {
            return fileProblem(QStringLiteral("File.Locked"), path,
                               OrganizationStore::tr("The organization file %1 is being changed by another program "
                                                     "(%2). Nothing was changed after waiting %3 seconds; try "
                                                     "again when it has finished.")
                                   .arg(displayPath(path), holderText(*holder), waited));
        }
        return fileProblem(QStringLiteral("File.Locked"), path,
                           OrganizationStore::tr("The organization file %1 is being changed by another program. "
                                                 "Nothing was changed after waiting %2 seconds; try again when it "
                                                 "has finished.")
                               .arg(displayPath(path), waited));
    }
    case StoreLock::Result::Failed:
        break;
    }
    if (!lock.foreignOwner().isEmpty() && (lock.systemError() == EACCES || lock.systemError() == EPERM)) {
        return writeFailed(path, OrganizationStore::tr("its lock file %1 belongs to user %2, and this user may "
                                                       "neither open it nor remove it. If no program of %2 is "
                                                       "changing the file, ask %2 or an administrator to remove it")
                                     .arg(displayPath(lock.path()), lock.foreignOwner()));
    }
    return {OrganizationStore::lockFailed(path, lock.systemError())};
}

// Writes `bytes` over `path` with the lock held; warnings name the leftover copies removed.
Problems writeAtomically(const QString &path, const QByteArray &bytes)
{
    const FileWriter::Result written = FileWriter::write(path, bytes);
    switch (written.status) {
    case FileWriter::Status::Failed:
        return writeFailed(path, qt_error_string(written.systemError));
    case FileWriter::Status::OwnerNotKept:
        return fileProblem(QStringLiteral("File.OwnerNotKept"), path,
                           OrganizationStore::tr("The organization file %1 belongs to user %2 (group %3). Replacing "
                                                 "it as user %4 would make %4 its owner, which only root can "
                                                 "avoid, so nothing was changed. Make the change as %2, or as root "
                                                 "(which keeps the owner).")
                               .arg(displayPath(path), StoreLock::userName(written.owner),
                                    StoreLock::groupName(written.group), StoreLock::userName(::geteuid())));
    case FileWriter::Status::Written:
        break;
    }
    Problems warnings;
    for (const QString &copy : written.removedCopies) {
        warnings.append(Problem::warning(
            QStringLiteral("File.LeftoverRemoved"), displayPath(path),
            OrganizationStore::tr("The temporary copy %1, left beside the organization file by a save that was "
                                  "interrupted, was removed.")
                .arg(displayPath(copy))));
    }
    return warnings;
}

} // namespace

OrganizationStore::OrganizationStore(QString path)
    : m_path(std::move(path))
{
    if (isDirectoryLocation(m_path)) {
        Parsed<OrganizationLocation> location = OrganizationLocation::parse(m_path);
        if (location.ok())
            m_directory = std::make_unique<DirectoryStore>(std::move(*location.value), m_path);
        else
            m_locationProblems = errorsOnly(location.problems);
    }
}

OrganizationStore::~OrganizationStore() = default;

bool OrganizationStore::isDirectoryLocation(const QString &location)
{
    return OrganizationLocation::looksLikeDirectory(location);
}

QByteArray OrganizationStore::version() const
{
    return m_directory ? m_directory->version() : QByteArray();
}

Parsed<QByteArray> OrganizationStore::currentVersion() const
{
    if (m_directory)
        return m_directory->currentVersion();
    Parsed<QByteArray> result;
    if (!m_locationProblems.isEmpty())
        result.problems = m_locationProblems;
    else
        result.value = QByteArray();
    return result;
}

int OrganizationStore::defaultLockTimeout()
{
    return processLockTimeout.load();
}

void OrganizationStore::setDefaultLockTimeout(int milliseconds)
{
    processLockTimeout.store(milliseconds);
}

QString OrganizationStore::lockFilePath(const QString &path)
{
    // Resolved as FileWriter resolves the file it writes.
    return FileWriter::resolveLinks(path) + QLatin1String(".lock");
}

Problem OrganizationStore::lockFailed(const QString &path, int systemError)
{
    const QString lockPath = displayPath(lockFilePath(path));
    QString reason;
    switch (systemError) {
    case ENOSPC:
    case EDQUOT:
        reason = tr("its lock file %1 could not be created because the disk is full (or your disk quota is used "
                    "up). Free some space on it and try again")
                     .arg(lockPath);
        break;
    case EFBIG:
        reason = tr("its lock file %1 could not be written because of a file size limit (ulimit -f)").arg(lockPath);
        break;
    case EROFS:
        reason = tr("its lock file %1 could not be created because the file system is read-only").arg(lockPath);
        break;
    case EACCES:
    case EPERM:
        reason = tr("its lock file %1 could not be created (check the permissions of the folder)").arg(lockPath);
        break;
    case ELOOP:
        reason = tr("its lock file %1 is a symbolic link, which is never followed; remove it").arg(lockPath);
        break;
    default:
        if (systemError != 0)
            reason = tr("its lock file %1 could not be created: %2").arg(lockPath, qt_error_string(systemError));
        else
            reason = tr("its lock file %1 could not be created").arg(lockPath);
        break;
    }
    return writeFailed(path, reason).first();
}

Problems OrganizationStore::locatedInFile(Problems problems, const QString &path)
{
    for (Problem &problem : problems) {
        if (problem.line <= 0)
            continue;
        if (!problem.parameter.isEmpty())
            problem.message += QStringLiteral(" (%1)").arg(problem.parameter);
        problem.parameter = QStringLiteral("%1:%2:%3").arg(displayPath(path)).arg(problem.line).arg(problem.column);
        problem.line = 0;
        problem.column = 0;
    }
    return problems;
}

void OrganizationStore::forget() const
{
    m_organization.reset();
    m_warnings.clear();
    m_identity = FileIdentity();
}

Parsed<Organization> OrganizationStore::current() const
{
    Parsed<Organization> result;
    result.problems = checkFileKind(m_path);
    if (hasErrors(result.problems)) {
        forget();
        return result;
    }
    // docs/organization-file.md#caching: the status first (a replaced or rewritten file differs in
    // inode, size or time), then the hash of the bytes, which catches a rewrite in place with the
    // same size and time (one tick of the file system's clock is several milliseconds).
    const std::optional<FileIdentity> status = FileIdentity::status(m_path);
    if (m_organization && status && status->sameStatus(m_identity)) {
        const std::optional<quint64> hash = FileIdentity::hashFile(m_path);
        if (hash && *hash == m_identity.hash) {
            result.value = *m_organization;
            result.problems = m_warnings;
            return result;
        }
    }

    forget();
    ++m_fileReads;
    const Parsed<QByteArray> bytes = readFile(m_path);
    if (!bytes.value) {
        result.problems = bytes.problems;
        return result;
    }
    result = OrganizationFile::parse(*bytes.value);
    // The status taken before reading: should the file change meanwhile, the hash of the bytes
    // read no longer matches it and the next call reads it again.
    if (result.ok() && status) {
        m_organization = *result.value;
        m_warnings = result.problems;
        m_identity = *status;
        m_identity.hash = ContentHash::of(*bytes.value);
    }
    return result;
}

Parsed<Organization> OrganizationStore::load() const
{
    if (m_directory)
        return m_directory->load();
    if (!m_locationProblems.isEmpty())
        return Parsed<Organization>{std::nullopt, m_locationProblems};
    const QMutexLocker locker(&m_mutex);
    return current();
}

bool OrganizationStore::lastModifyReadFile() const
{
    if (m_directory)
        return m_directory->lastModifyRead();
    const QMutexLocker locker(&m_mutex);
    return m_lastModifyReadFile;
}

int OrganizationStore::fileReads() const
{
    if (m_directory)
        return m_directory->reads();
    const QMutexLocker locker(&m_mutex);
    return m_fileReads;
}

OrganizationStore::AppliedChange OrganizationStore::applyChange(const Organization &original,
                                                               const ConnectorChangeFunction &change)
{
    AppliedChange applied;
    applied.organization = original;
    applied.changeProblems = change ? change(applied.organization, applied.touched) : Problems();
    if (hasErrors(applied.changeProblems))
        return applied;
    // Judged in memory, as the reader judges a file: nothing invalid is ever written.
    applied.checked = applied.touched ? OrganizationValidator::validateChange(applied.organization, *applied.touched)
                                      : OrganizationValidator::validate(applied.organization);
    return applied;
}

Parsed<Organization> OrganizationStore::modify(const Change &change) const
{
    return modifyConnectors([&change](Organization &organization, std::optional<ConnectorChange> &) {
        return change ? change(organization) : Problems();
    });
}

Parsed<Organization> OrganizationStore::modifyConnectors(const ConnectorChangeFunction &change) const
{
    if (m_directory)
        return m_directory->modifyConnectors(change);
    if (!m_locationProblems.isEmpty())
        return Parsed<Organization>{std::nullopt, m_locationProblems};
    const QMutexLocker locker(&m_mutex);
    m_lastModifyReadFile = false;
    return modifyImpl(change);
}

Parsed<Organization> OrganizationStore::modifyImpl(const ConnectorChangeFunction &change) const
{
    Parsed<Organization> result;
    // Checked before locking so that a missing file or folder is reported as such, and no lock
    // file is left next to a file that does not exist (or next to a device).
    result.problems = checkFileKind(m_path);
    if (hasErrors(result.problems))
        return result;
    // Checked by the permission bits, not by trying: root can write a 0444 file, but a file
    // nobody may write was made read-only on purpose.
    // Not WriteUser: it reports access(2) for this process, which is always true for root.
    constexpr QFileDevice::Permissions anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (QFileInfo(m_path).isFile() && !(QFile::permissions(m_path) & anyWrite)) {
        result.problems = fileProblem(
            QStringLiteral("File.ReadOnly"), m_path,
            tr("The organization file %1 is read-only, so nothing was changed. Make it writable (for example "
               "chmod u+w) and try again.")
                .arg(displayPath(m_path)));
        return result;
    }

    StoreLock lock(lockFilePath(m_path));
    const Problems lockProblems = acquireLock(lock, m_path, m_lockTimeout);
    if (hasErrors(lockProblems)) {
        result.problems = lockProblems;
        return result;
    }

    const int readsBefore = m_fileReads;
    Parsed<Organization> parsed = current();
    m_lastModifyReadFile = m_fileReads != readsBefore;
    if (!parsed.ok()) {
        result.problems = parsed.problems;
        return result;
    }

    const Organization original = std::move(*parsed.value);
    AppliedChange applied = applyChange(original, change);
    if (!applied.ok()) {
        result.problems = applied.errors();
        return result;
    }
    Organization &organization = applied.organization;
    const std::optional<ConnectorChange> &touched = applied.touched;

    // Comparing organizations, not bytes: a change that changes nothing does not reformat a file.
    Problems writeProblems;
    if (!(organization == original)) {
        const QByteArray bytes = OrganizationWriter::write(organization);
        writeProblems = writeAtomically(m_path, bytes);
        if (hasErrors(writeProblems)) {
            result.problems = writeProblems;
            return result;
        }
        // What was written is what is known now; the lock is still held, so no other writer that
        // takes it can have come between (one that does not is caught by the hash).
        // A change that does not name its connector may have put anything anywhere: the next
        // call reads the file (it is cheaper to read it then than to check everything now).
        const std::optional<FileIdentity> status = FileIdentity::status(m_path);
        if (status && touched && OrganizationFile::readsBackAsWritten(organization, *touched)) {
            m_organization = organization;
            m_identity = *status;
            m_identity.hash = ContentHash::of(bytes);
        } else {
            forget();
        }
    }
    result.value = std::move(organization);
    result.problems = applied.warnings() + lockProblems + writeProblems;
    return result;
}

Problems OrganizationStore::create(const QString &path, const Organization &organization, bool overwrite)
{
    if (isDirectoryLocation(path)) {
        const Parsed<OrganizationLocation> location = OrganizationLocation::parse(path);
        if (!location.ok())
            return errorsOnly(location.problems);
        return DirectoryStore::importOrganization(*location.value, path, organization);
    }
    const Problems checked = OrganizationValidator::validate(organization);
    if (hasErrors(checked))
        return errorsOnly(checked);

    if (isSymbolicLinkLoop(path))
        return symbolicLinkLoop(path);
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists())
        return writeFailed(path, tr("the folder %1 does not exist").arg(displayPath(folder.path())));

    StoreLock lock(lockFilePath(path));
    const Problems lockProblems = acquireLock(lock, path, defaultLockTimeout());
    if (hasErrors(lockProblems))
        return lockProblems;

    if (QFileInfo::exists(path)) {
        if (!overwrite) {
            return fileProblem(QStringLiteral("File.Exists"), path,
                               tr("The organization file %1 already exists and was left unchanged. Choose another "
                                  "file name, or open the existing file.")
                                   .arg(displayPath(path)));
        }
        // A file that cannot be parsed may hold the only copy of someone's work: never replace it.
        const Parsed<Organization> existing = readOrganization(path);
        if (!existing.ok())
            return errorsOnly(existing.problems);
    }

    const Problems writeProblems = writeAtomically(path, OrganizationWriter::write(organization));
    if (hasErrors(writeProblems))
        return writeProblems;
    return checked + lockProblems + writeProblems;
}

QByteArray OrganizationStore::sampleOrganizationBytes()
{
    QFile file(SampleResource);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("OrganizationStore: the bundled sample organization is missing: %ls",
                 qUtf16Printable(file.errorString()));
        return QByteArray();
    }
    return file.readAll();
}

Organization OrganizationStore::sampleOrganization()
{
    Parsed<Organization> parsed = OrganizationFile::parse(sampleOrganizationBytes());
    if (!parsed.ok()) {
        // A build defect (the sample is checked by the tests), not something a user can cause.
        for (const Problem &problem : std::as_const(parsed.problems))
            qWarning("OrganizationStore: bundled sample: %ls", qUtf16Printable(problem.toString()));
    }
    return parsed.value.value_or(Organization());
}

QString OrganizationStore::defaultFilePath()
{
    // The generic data folder with a fixed sub-folder, not AppDataLocation: the console and the
    // shell are two applications that must share one default organization.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        return QString();
    return folder + QStringLiteral("/send-connector-console/") + DefaultFileName;
}

Parsed<QString> OrganizationStore::ensureDefaultFile()
{
    Parsed<QString> result;
    const QString path = defaultFilePath();
    if (path.isEmpty()) {
        result.problems = {Problem::error(QStringLiteral("File.NoDataLocation"), QString(),
                                          tr("This system has no writable folder for application data, so the "
                                             "default organization file cannot be created. Open an organization "
                                             "file by its path instead."))};
        return result;
    }
    // Whatever state an existing file is in, it is the user's: load() reports its problems.
    if (QFileInfo::exists(path)) {
        result.value = path;
        return result;
    }

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        result.problems = writeFailed(path, tr("the folder %1 could not be created").arg(displayPath(folder)));
        return result;
    }
    const Parsed<Organization> sample = OrganizationFile::parse(sampleOrganizationBytes());
    if (!sample.ok()) {
        result.problems = errorsOnly(sample.problems);
        return result;
    }
    const Problems problems = create(path, *sample.value);
    // Another process creating it at the same moment is as good as creating it here.
    if (hasErrors(problems) && !containsCode(problems, QStringLiteral("File.Exists"))) {
        result.problems = errorsOnly(problems);
        return result;
    }
    result.value = path;
    return result;
}
