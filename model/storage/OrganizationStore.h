#pragma once

#include "Organization.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Reads and writes one organization file safely: writes are atomic (FileWriter), serialised
// between processes (StoreLock), and applied to a fresh read of the file so that changes another
// process made meanwhile are kept. A file that cannot be read or parsed is never written.
class OrganizationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationStore)
public:
    explicit OrganizationStore(QString path);

    QString path() const { return m_path; }

    // How long modify() waits for another writer's lock before failing ("File.Locked"); by default
    // defaultLockTimeout().
    void setLockTimeout(int milliseconds) { m_lockTimeout = milliseconds; }

    // The lock timeout of stores (and ConnectorOperations) made from now on in this process:
    // DefaultLockTimeout unless a front end sets another (send-connector-shell --lock-timeout).
    static constexpr int DefaultLockTimeout = 30000; // ms
    static int defaultLockTimeout();
    static void setDefaultLockTimeout(int milliseconds);

    // Every writer of `path` (modify(), create(), in any process) takes an exclusive flock(2) on
    // this lock file first (StoreLock, docs/organization-file.md#locking): `path` + ".lock", in
    // the same folder. When `path` is a symbolic link, the lock is taken next to the file it leads
    // to (the file written; the link stays a link), so that writers using the link and writers
    // using the target exclude each other. Writers wait their turn; a lock whose holder has ended
    // is free at once, whatever its lock file holds, and is reported ("File.StaleLockRecovered").
    static QString lockFilePath(const QString &path);

    // The largest file load() reads (64 MiB; 2000 connectors take about 2.2 MB). A larger file is
    // refused ("File.TooLarge") without being read, so that a wrong file cannot exhaust memory.
    static constexpr qint64 MaximumFileSize = qint64(64) * 1024 * 1024;

    // Reads and parses the file. Codes beyond OrganizationFile's: "File.NotFound", "File.Unreadable"
    // (e.g. no permission, a folder, or not a regular file: a FIFO or a device is never opened),
    // "File.TooLarge", "File.SymbolicLinkLoop" (the path is a loop of symbolic links). File problems
    // name the path in `parameter`; the file's own problems carry the JSON path and line/column
    // (locatedInFile() names the file in them).
    Parsed<Organization> load() const;

    // A change to an organization: returns the problems that stop it (nothing is written when it
    // returns any error).
    using Change = std::function<Problems(Organization &)>;

    // Locks, re-reads and parses the file, applies `change`, checks the result and writes it
    // atomically. Returns the organization as written, or the problems ("File.Locked",
    // "File.WriteFailed", the file's own problems, or the change's). The file is untouched on failure.
    // - "File.ReadOnly": the file has no write permission bit at all (0444). Checked by the bits,
    //   because root could still write it; nothing is locked, read or written then.
    // In detail:
    // - "File.NotFound"/"File.Unreadable"/any parse error of the current file: `change` is not
    //   called and nothing is written (a damaged file stays byte-for-byte as it was).
    // - `change` always sees the file as it is now, never an older copy, so changes that other
    //   processes made since load() are kept.
    // - the changed organization is judged in memory by OrganizationValidator (the rules the
    //   reader applies to a file), not written out and read back; its errors (e.g. a port of
    //   70000 or an unknown source server) carry the JSON path the value would have, no line or
    //   column, and nothing is written.
    // - writing goes through FileWriter (a temporary copy renamed over the old file, given its
    //   owner, group and mode): when it fails, "File.WriteFailed" carries the system's reason,
    //   the previous file is intact and no temporary file is left. "File.OwnerNotKept": the file
    //   belongs to another user (or a group this user is not in), and only root could keep that;
    //   nothing is written. Copies left by interrupted saves are removed ("File.LeftoverRemoved").
    // - when the change leaves the organization as it was, the file is not rewritten (nor reformatted).
    // On success, `problems` holds the warnings of the change and of the organization written,
    // and those of the lock and the write ("File.StaleLockRecovered", "File.LeftoverRemoved").
    Parsed<Organization> modify(const Change &change) const;

    // The problems of the file at `path` as compilers print theirs, for line-oriented output (the
    // shell): each problem with a position gets "FILE:line:column" as its parameter (so that
    // Problem::toString() gives "FILE:line:column: message") and its JSON path at the end of the
    // message; the others are returned as they are (file problems already name the file).
    static Problems locatedInFile(Problems problems, const QString &path);

    // The "File.WriteFailed" problem for a lock file of `path` that could not be created or
    // written, from the system's errno: a full disk (ENOSPC, EDQUOT) says so, as do a file size
    // limit (EFBIG) and a read-only file system (EROFS); only EACCES/EPERM point at the folder's
    // permissions.
    static Problem lockFailed(const QString &path, int systemError);

    // Writes a whole organization to `path` atomically, creating it (used for new files and the
    // first-run copy of the sample). Refuses ("File.Exists") to replace an existing file unless
    // `overwrite`; never overwrites a file it cannot parse (its own problems are returned then).
    // An organization that OrganizationValidator refuses is never written; a missing
    // folder or a failed write gives "File.WriteFailed". Takes the same lock as modify()
    // (defaultLockTimeout()). A new file is created readable and writable by its owner only (0600).
    static Problems create(const QString &path, const Organization &organization, bool overwrite = false);

    // The bundled sample organization (Contoso), parsed from the embedded resource.
    static Organization sampleOrganization();
    static QByteArray sampleOrganizationBytes();

    // The default file in the user's data directory (see defaultFilePath()), created
    // from the sample when it does not exist yet. Returns the path, or problems.
    // An existing default file is never replaced, even when it is damaged: its path is returned
    // and the caller's load() reports what is wrong, so that the user can repair it.
    // Codes: "File.NoDataLocation" (no writable data folder), "File.WriteFailed".
    static Parsed<QString> ensureDefaultFile();
    // GenericDataLocation + "/send-connector-console/organization.json" (on Linux
    // ~/.local/share/send-connector-console/organization.json), the same for the console and the
    // shell. Empty when the system has no writable data location.
    static QString defaultFilePath();

private:
    QString m_path;
    int m_lockTimeout = defaultLockTimeout();
};
