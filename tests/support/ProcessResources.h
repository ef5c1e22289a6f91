#pragma once

// What a process holds right now, as Linux reports it in /proc: its open sockets and the names
// of its threads — this test process by default, or a program it started. Tests of cancellation
// assert with these that a stopped connectivity test leaves no connection and no worker thread
// behind, whatever object owned them. Header-only; no widgets.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <unistd.h>

namespace ProcessResources {

inline QString procDirectory(pid_t pid)
{
    return pid > 0 ? QStringLiteral("/proc/%1").arg(pid) : QStringLiteral("/proc/self");
}

// The file descriptors of the process that are sockets (TCP, UDP or local).
inline int openSocketCount(pid_t pid = 0)
{
    int count = 0;
    const QDir fds(procDirectory(pid) + QStringLiteral("/fd"));
    for (const QString &entry : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        // The link's own text ("socket:[1234]"); QFileInfo would make it a path.
        char target[64] = {};
        const QByteArray path = QFile::encodeName(fds.filePath(entry));
        const ssize_t n = ::readlink(path.constData(), target, sizeof target - 1);
        if (n > 0 && QByteArray(target, n).startsWith("socket:"))
            ++count;
    }
    return count;
}

// The names of the process's threads (Linux keeps the first 15 characters of a name).
inline QStringList threadNames(pid_t pid = 0)
{
    QStringList names;
    const QDir tasks(procDirectory(pid) + QStringLiteral("/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task) + QStringLiteral("/comm"));
        if (comm.open(QIODevice::ReadOnly))
            names.append(QString::fromUtf8(comm.readAll()).trimmed());
    }
    return names;
}

inline int threadCount(const QString &name, pid_t pid = 0)
{
    return int(threadNames(pid).count(name));
}

} // namespace ProcessResources
