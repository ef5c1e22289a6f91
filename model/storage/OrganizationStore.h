#pragma once

#include "ConnectorChange.h"
#include "FileIdentity.h"
#include "Organization.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DirectoryStore;

// Reads and writes one organization file safely: writes are atomic (FileWriter), serialised
// between processes (StoreLock), and applied to the file as it is now so that changes another
// process made meanwhile are kept. A file that cannot be read or parsed is never written.
//
// A store remembers the organization it last read or wrote and that file's identity (device,
// inode, size, modification time to the nanosecond and a hash of its bytes, FileIdentity): while
// the file on disk is still that one, load() and modify() use the organization in memory instead
// of parsing the file again (docs/organization-file.md#caching). Keep one store per file for as
// long as the file is open (a shell session, a console window) to benefit.
//
// A location that is a directory URI (ldap://, ldaps://, ldapi://, several for failover:
// OrganizationLocation) is served by a DirectoryStore instead of a file, behind this same
// interface: load() and modifyConnectors() keep their meaning (a change is applied to the
// organization as the directory holds it now, judged by the same validators, and written as
// directory operations that assert what they replace), with the problems of
// DirectoryStore ("Directory.*") in place of the file's ("File.*"). The members about files
// (locks, lastModifyReadFile()) concern files only (docs/ldap-directory.md).
//
// Thread safety: every member may be called from any thread. Calls on one store are serialised
// by a mutex (a modify() waiting for another process's lock makes a load() of the same store in
// another thread wait too); stores of the same file exclude each other through the lock file.
class OrganizationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationStore)
public:
    explicit OrganizationStore(QString path);
    ~OrganizationStore();

    // The file path or the directory URI(s), as given.
    QString path() const { return m_path; }
    // Whether `path` names a directory (OrganizationLocation::looksLikeDirectory()).
    bool isDirectory() const { return m_directory != nullptr || !m_locationProblems.isEmpty(); }
    static bool isDirectoryLocation(const QString &location);

    // Directory stores: the version of the organization last read or written (the directory's
    // contextCSN; empty for a file, or before the first read), and the directory's version now
    // (one small search): a console follows others' changes by comparing them
    // (docs/ldap-directory.md#live-view). For a file, currentVersion() is empty.
    QByteArray version() const;
    Parsed<QByteArray> currentVersion() const;

    // How long modify() waits for another writer's lock before failing ("File.Locked"); by default
    // defaultLockTimeout().
    void setLockTimeout(int milliseconds) { m_lockTimeout = milliseconds; }
    int lockTimeout() const { return m_lockTimeout; }

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
    // When the file is the one this store last read or wrote (same identity, the hash of its
    // bytes included), the organization in memory is returned without parsing; the problems are
    // then the warnings of its last read (a change since may have made other connectors' warnings
    // come or go: OrganizationValidator::validate() tells them all).
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
    //   processes made since load() are kept. When the file is still the one this store last read
    //   or wrote (stat() and the hash of its bytes, read without parsing, say so), `change` gets
    //   the organization in memory and the file is not parsed (lastModifyReadFile() is false);
    //   otherwise it is read and parsed again, and refused as above when it is damaged.
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

    // A change that says which connector it added, replaced or removed, by setting `touched`:
    // modify() then judges only what that can affect (OrganizationValidator::validateChange, linear
    // in the side's connectors) instead of the whole organization, and the warnings returned are
    // the change's and its connector's. Leaving `touched` unset judges the whole organization, as
    // modify(Change) does. Otherwise the same as modify(Change).
    // After a write, the store keeps the organization written in memory only when the change named
    // its connector and that connector reads back from the file as it is in memory (the reader
    // normalises some values); otherwise the next load() or modify() reads the file again.
    using ConnectorChangeFunction = std::function<Problems(Organization &, std::optional<ConnectorChange> &touched)>;
    Parsed<Organization> modifyConnectors(const ConnectorChangeFunction &change) const;

    // A change applied to a copy of an organization and judged in memory, as both kinds of store
    // judge it before writing anything: the change's own problems, then the validator's (a
    // change that names its connector is judged on what it can affect, the organization before
    // it being valid: a store holds no other).
    struct AppliedChange
    {
        Organization organization; // after the change
        std::optional<ConnectorChange> touched;
        Problems changeProblems;
        Problems checked; // OrganizationValidator's, when the change itself raised no error

        bool ok() const { return !hasErrors(changeProblems) && !hasErrors(checked); }
        // What stops the change: the change's problems when it raised an error, else the validator's errors.
        Problems errors() const { return hasErrors(changeProblems) ? changeProblems : errorsOnly(checked); }
        // What a successful change hands back.
        Problems warnings() const { return warningsOnly(changeProblems) + checked; }
    };
    static AppliedChange applyChange(const Organization &original, const ConnectorChangeFunction &change);

    // Whether the last modify() of this store read and parsed the file (false when it used the
    // organization in memory, or stopped before reading); for a directory, whether it searched
    // the organization's entries. For tests and benchmarks.
    bool lastModifyReadFile() const;
    // How many times this store has read and parsed the file (load() and modify() together), or
    // searched and read the directory's entries.
    int fileReads() const;

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
    // For a directory URI, creates the organization's entries below the base DN
    // (DirectoryStore::importOrganization, Import-Organization); `overwrite` is not offered there:
    // an organization already below the base DN is refused ("Directory.OrganizationExists").
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
    // The organization of the file as it is now: the one in memory when the file is unchanged,
    // else read, hashed and parsed (and remembered). Called with m_mutex held.
    Parsed<Organization> current() const;
    Parsed<Organization> modifyImpl(const ConnectorChangeFunction &change) const;
    void forget() const;

    QString m_path;
    std::unique_ptr<DirectoryStore> m_directory; // set when m_path is a directory URI
    Problems m_locationProblems;                 // why the directory URI m_path was refused
    std::atomic<int> m_lockTimeout{defaultLockTimeout()};

    mutable QMutex m_mutex; // guards everything below
    mutable std::optional<Organization> m_organization; // as last read or written
    mutable Problems m_warnings;                       // known for m_organization
    mutable FileIdentity m_identity;                   // of the file m_organization came from
    mutable int m_fileReads = 0;
    mutable bool m_lastModifyReadFile = false;
};
