// Benchmark of the console window on a large organization (10,000 connectors of 10 address
// spaces, about 20 MB): the time until the list shows every connector, the longest event-loop
// stall meanwhile (a 1 ms QTimer probe records the gaps between its ticks), and the filter's
// latency per keystroke. Floors measured in the same run: OrganizationStore::load() alone, and a
// plain case-insensitive QStringList filter of the same rows' text. Prints figures, asserts
// nothing. A GUI program: run offscreen by .ci/bench (QT_QPA_PLATFORM=offscreen).
#include "ConnectorListModel.h"
#include "ConsoleWindow.h"
#include "GeneratedOrganization.h"
#include "OrganizationStore.h"
#include "OrganizationWriter.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

constexpr int ConnectorCount = 10000;
constexpr int AddressSpacesPerConnector = 10;

Organization largeOrganization()
{
    return GeneratedOrganization::make(ConnectorCount, AddressSpacesPerConnector);
}

// Records the longest gap between the ticks of a 1 ms timer: how long the event loop was blocked.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // Milliseconds; the gap up to now counts too.
    double stop()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Spins the event loop until `done`, at most `timeoutMs`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5); // no busy wait: the worker needs the core
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("scc-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_console"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(OrganizationWriter::write(largeOrganization())) < 0) {
            qCritical("bench_console: cannot write %s", qPrintable(path));
            return 1;
        }
        qInfo("organization: %d connectors of %d address spaces, %.1f MB", ConnectorCount,
              AddressSpacesPerConnector, double(file.size()) / 1e6);
    }

    // Floor: the store's load alone.
    QList<double> loads;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Parsed<Organization> loaded = OrganizationStore(path).load();
        loads.append(milliseconds(timer));
        if (!loaded.ok()) {
            qCritical("bench_console: the organization does not load: %s",
                      qPrintable(loaded.problems.first().toString()));
            return 1;
        }
    }
    const double loadFloor = *std::min_element(loads.begin(), loads.end());

    ConsoleWindow window(QStringLiteral("bench"));
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("bench_console: the window was not exposed");
    auto *proxy = window.findChild<QSortFilterProxyModel *>(QStringLiteral("connectorProxyModel"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("connectorFilterEdit"));
    if (!proxy || !filter) {
        qCritical("bench_console: the window has no connector list");
        return 1;
    }
    const int expectedRows = ConnectorCount; // the generated organization holds only its own connectors

    StallProbe probe;
    probe.start();
    QElapsedTimer shown;
    shown.start();
    window.openOrganization(path);
    const bool loaded = spinUntil([&] { return proxy->sourceModel()->rowCount() >= expectedRows; });
    const double showMs = milliseconds(shown);
    // Let the list paint once with its rows.
    QCoreApplication::processEvents();
    const double stallMs = probe.stop();
    if (!loaded) {
        qCritical("bench_console: the list never showed %d rows", expectedRows);
        return 1;
    }
    qInfo("%-44s %9.1f ms   floor (OrganizationStore::load) %8.1f ms   ratio %.2f", "time to show the organization",
          showMs, loadFloor, showMs / loadFloor);
    qInfo("%-44s %9.1f ms   (goal: under 50 ms)", "longest event-loop stall during the load", stallMs);

    // Filter latency: each keystroke typed into the filter, until the proxy has applied it.
    const QString typed = QStringLiteral("route 12");
    QList<double> keystrokes;
    double worstKey = 0;
    filter->setFocus();
    for (int round = 0; round < 3; ++round) {
        filter->clear();
        QCoreApplication::processEvents();
        for (const QChar c : typed) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, c.toLatin1());
            QCoreApplication::processEvents(); // a queued filter applies here
            const double ms = milliseconds(timer);
            keystrokes.append(ms);
            worstKey = std::max(worstKey, ms);
        }
    }
    const int filteredRows = proxy->rowCount();

    // Floor: the same rows' visible text, filtered by a plain case-insensitive contains().
    QStringList rows;
    const QAbstractItemModel *model = proxy->sourceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(QLatin1Char('\t')));
    }
    QList<double> floors;
    int floorRows = 0;
    for (int round = 0; round < 3; ++round) {
        for (int length = 1; length <= typed.size(); ++length) {
            const QString needle = typed.left(length);
            QElapsedTimer timer;
            timer.start();
            const QStringList kept = rows.filter(needle, Qt::CaseInsensitive);
            floors.append(milliseconds(timer));
            floorRows = int(kept.size());
        }
    }
    const double keyMedian = medianOf(keystrokes);
    const double floorMedian = std::max(medianOf(floors), 0.001);
    qInfo("%-44s %9.2f ms   floor (QStringList::filter) %8.2f ms   ratio %.1f   (worst %.2f ms; %d rows, floor %d)",
          "filter latency per keystroke (median)", keyMedian, floorMedian, keyMedian / floorMedian, worstKey,
          filteredRows, floorRows);
    window.close();
    return 0;
}
