#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <utility>

// Runs `work` on a worker thread and returns its result, handling the window's events (repaints,
// timers) meanwhile, so that a dialog whose flow needs the answer before it goes on (the wizard's
// New, the Properties sheet's Apply) stays responsive (docs/decisions.md, "Writers and the console
// under load"). An application quit ends the event loop early; the work is still waited for.
template <typename Work>
auto runResponsively(Work work)
{
    using Result = decltype(work());
    QFutureWatcher<Result> watcher;
    QEventLoop waiting;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &waiting, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        waiting.exec();
    watcher.waitForFinished();
    return watcher.result();
}
