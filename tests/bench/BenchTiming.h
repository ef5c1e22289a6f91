#pragma once

// Timing for the benchmarks: elapsed milliseconds, and the median of several runs of one piece
// of work (a median, so that one run disturbed by the machine does not move the figure).
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace BenchTiming {

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double medianMilliseconds(const std::function<void()> &work, int runs = 7)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(milliseconds(timer));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace BenchTiming
