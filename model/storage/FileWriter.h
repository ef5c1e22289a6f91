#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Replaces a file atomically and keeps what it was: a temporary copy beside it (named
// ".NAME.save-PID-XXXXXX"), given the file's owner, group and mode, flushed to disk, then renamed
// over it; a new file is created readable by its owner only (see docs/organization-file.md#locking).
// Call it with the file's writer lock held: it then removes the temporary copies that interrupted
// saves left beside the file.
class FileWriter
{
public:
    enum class Status { Written, Failed, OwnerNotKept };

    struct Result
    {
        Status status = Status::Written;
        int systemError = 0; // Failed, OwnerNotKept: errno
        uint owner = 0;      // OwnerNotKept: the owner and group the file has (and would lose)
        uint group = 0;
        QStringList removedCopies; // Written: the leftover temporary copies removed (full paths)
    };

    // The mode of a file that did not exist before.
    static constexpr uint NewFileMode = 0600;
    // A temporary copy whose writer still runs is left alone unless it is at least this old.
    static constexpr qint64 LeftoverAge = 60000; // ms

    // Writes `bytes` to `path` (through its symbolic links, which stay links).
    static Result write(const QString &path, const QByteArray &bytes);
    // Writes all of `bytes` at the descriptor's position, retrying after signals; false with errno
    // set (ENOSPC for a write that wrote nothing) when it cannot.
    static bool writeAll(int fd, const QByteArray &bytes);

    // `path` with its symbolic links followed link by link (a link to a file that does not exist
    // yet still leads somewhere); `path` itself when the links loop.
    static QString resolveLinks(const QString &path);

    // Whether `fileName` (a name in the folder of `target`) is one of the temporary copies of
    // `target` that write() makes; `pid` receives the process that made it.
    static bool isTemporaryCopy(const QString &fileName, const QString &target, qint64 *pid = nullptr);
};
