#pragma once

// What this test process holds right now, as Linux reports it in /proc/self: its open sockets
// and the names of its threads. Tests of cancellation assert with these that a stopped
// connectivity test leaves no connection and no worker thread behind, whatever object owned
// them. Header-only; no widgets.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace ProcessResources {

// The file descriptors of this process that are sockets (TCP, UDP or local).
inline int openSocketCount()
{
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &entry : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFileInfo(fds.filePath(entry)).symLinkTarget().contains(QLatin1String("socket:")))
            ++count;
    }
    return count;
}

// The names of this process's threads (Linux keeps the first 15 characters of a name).
inline QStringList threadNames()
{
    QStringList names;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task) + QStringLiteral("/comm"));
        if (comm.open(QIODevice::ReadOnly))
            names.append(QString::fromUtf8(comm.readAll()).trimmed());
    }
    return names;
}

inline int threadCount(const QString &name)
{
    return int(threadNames().count(name));
}

} // namespace ProcessResources
