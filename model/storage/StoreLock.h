#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The writer lock of one organization file: an exclusive flock(2) on its lock file (see
// docs/organization-file.md#locking). The kernel drops a flock when its holder ends, however it
// ends, so a dead writer's lock is free at once whatever its lock file holds (nothing, another
// user's data, an older version's QLockFile data). Writers queue by polling at a short fixed
// interval until a deadline; the holder writes who it is into the lock file for the waiters'
// messages and removes the file when it unlocks.
class StoreLock
{
public:
    enum class Result { Locked, TimedOut, Failed };

    // Who holds (or held) a lock, as its lock file says.
    struct Holder
    {
        qint64 pid = 0;
        QString application;
        QString host;
        QString user;     // empty when an older (QLockFile) writer wrote the file
        QDateTime since;  // the file's modification time when the file does not say
        bool running = false; // the process still runs (only known for this host)
    };

    // What the lock taken over had been left by: a holder that is gone.
    struct Recovered
    {
        std::optional<Holder> holder; // empty: the file was empty or could not be read
        QString fileOwner;            // the user owning the lock file
    };

    // The interval between two attempts while another writer holds the lock.
    static constexpr int PollInterval = 2; // ms, jittered by up to 1 ms

    explicit StoreLock(QString lockPath);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    QString path() const { return m_path; }

    // Waits up to `timeout` milliseconds for the lock. TimedOut: holder() says who has it.
    // Failed: the lock file could not be created or written; systemError() says why.
    Result lock(int timeout);
    // Removes the lock file and drops the lock (the destructor does it too).
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    int systemError() const { return m_systemError; }
    // After TimedOut: the holder, as the lock file says (nothing when it cannot be read).
    std::optional<Holder> holder() const { return m_holder; }
    // After TimedOut or Failed: the user owning the lock file (when it is not this process's).
    QString foreignOwner() const { return m_foreignOwner; }
    // After Locked: the stale lock that was taken over, if any.
    std::optional<Recovered> recovered() const { return m_recovered; }

    // The holder written in the lock file at `lockPath`, if it names one.
    static std::optional<Holder> readHolder(const QString &lockPath);
    // The name of the user with that id (the number when it has no name).
    static QString userName(uint uid);
    // The name of the group with that id (the number when it has no name).
    static QString groupName(uint gid);
    // Whether process `pid` runs on this machine.
    static bool isProcessRunning(qint64 pid);

private:
    enum class Attempt { Locked, Busy, Retry, Failed };
    Attempt tryOnce();
    bool writeHolder();

    QString m_path;
    int m_fd = -1;
    bool m_removeOnUnlock = true;
    int m_systemError = 0;
    std::optional<Holder> m_holder;
    QString m_foreignOwner;
    std::optional<Recovered> m_recovered;
};
