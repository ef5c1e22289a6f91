// Loading an organization file against its floor: OrganizationFile::parse() (read, check,
// validate) against parsing the same bytes into a nlohmann::json DOM, in the same run, for a
// uniform organization and the worst cases of the cross-connector rules. Time: the better of a
// few runs of each, in this process. Peak memory: each case runs in a child process of its own
// (this program with --child), which reads the file and reports its peak resident set size
// (VmHWM of /proc/self/status) and its resident size before the work (VmRSS). Prints figures and
// ratios; asserts nothing about them. Run by .ci/bench on a release build. Times are given as
// elapsed time and as the process's CPU time (which a busy shared machine disturbs less).
// For a profiler: `bench_load --write DIR` writes the cases' files (case1.json...), and
// `bench_load --child load FILE N` loads one N times, e.g. under `perf record -g`.
#include "AddressSpace.h"
#include "GeneratedOrganization.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

struct Case
{
    const char *name;
    int connectors;
    int spaces;
    bool sizeEach;
};

const Case Cases[] = {
    {"uniform: 10000 connectors x 10 address spaces", 10000, 10, false},
    {"worst: 10000 connectors, a size each", 10000, 10, true},
    {"worst: 4 connectors x 10000 address spaces", 4, 10000, true},
};

double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timing
{
    double elapsed = 0; // ms
    double cpu = 0;     // ms
};

// The best of `runs` timings of `work`; one run when the first is slow.
Timing best(const std::function<void()> &work, int runs = 5)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMilliseconds();
        work();
        const Timing t{double(timer.nsecsElapsed()) / 1e6, cpuMilliseconds() - cpuStart};
        best.elapsed = i == 0 ? t.elapsed : std::min(best.elapsed, t.elapsed);
        best.cpu = i == 0 ? t.cpu : std::min(best.cpu, t.cpu);
        if (t.elapsed > 5000)
            break;
    }
    return best;
}

long statusKilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// In the child: reads the file, does the work, prints "baseline peak" in KiB.
int child(const QString &mode, const QString &path, int repeat = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = file.readAll();
    file.close();
    const long baseline = statusKilobytes("VmRSS");
    bool ok = false;
    if (mode == QLatin1String("dom")) {
        const nlohmann::json dom = nlohmann::json::parse(bytes.cbegin(), bytes.cend());
        ok = dom.is_object();
    } else {
        for (int i = 0; i < repeat; ++i) {
            const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
            ok = parsed.ok();
        }
    }
    std::printf("%ld %ld\n", baseline, statusKilobytes("VmHWM"));
    return ok ? 0 : 1;
}

struct Memory
{
    long baseline = -1;
    long peak = -1;
};

Memory childMemory(const QString &mode, const QString &path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, path});
    process.waitForFinished(-1);
    const QList<QByteArray> figures = process.readAllStandardOutput().trimmed().split(' ');
    if (process.exitCode() != 0 || figures.size() != 2)
        return {};
    return Memory{figures.at(0).toLong(), figures.at(1).toLong()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    // --child MODE FILE [REPEAT]: one case's peak memory (REPEAT loads: a profiler's run).
    if (arguments.size() >= 4 && arguments.size() <= 5 && arguments.at(1) == QLatin1String("--child"))
        return child(arguments.at(2), arguments.at(3), arguments.value(4, QStringLiteral("1")).toInt());
    // --write DIR: writes each case's file (case1.json, ...) for a profiler, and exits.
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--write")) {
        int n = 0;
        for (const Case &c : Cases) {
            QFile out(QStringLiteral("%1/case%2.json").arg(arguments.at(2)).arg(++n));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || out.write(OrganizationFile::serialize(GeneratedOrganization::make(c.connectors, c.spaces, c.sizeEach))) < 0)
                return 2;
        }
        return 0;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    int failures = 0;
    for (const Case &c : Cases) {
        QByteArray bytes = OrganizationFile::serialize(GeneratedOrganization::make(c.connectors, c.spaces, c.sizeEach));
        const QString path = dir.filePath(QStringLiteral("organization.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return 2;
        file.close();

        std::printf("%s (file %lld KiB)\n", c.name, static_cast<long long>(bytes.size() / 1024));
        const Timing floor = best([&bytes] {
            const nlohmann::json dom = nlohmann::json::parse(bytes.cbegin(), bytes.cend());
            (void)dom;
        });
        bool ok = true;
        const Timing load = best([&bytes, &ok] { ok = OrganizationFile::parse(bytes).ok() && ok; });
        if (!ok) {
            std::printf("  the organization did not load\n");
            ++failures;
        }
        std::printf("  time:   load and validate %9.1f ms   DOM parse %8.1f ms   ratio %.2f   (CPU %.1f ms / %.1f ms, "
                    "ratio %.2f)\n",
                    load.elapsed, floor.elapsed, load.elapsed / floor.elapsed, load.cpu, floor.cpu, load.cpu / floor.cpu);

        const Memory dom = childMemory(QStringLiteral("dom"), path);
        const Memory loaded = childMemory(QStringLiteral("load"), path);
        if (dom.peak < 0 || loaded.peak < 0) {
            std::printf("  memory: a child process failed\n");
            ++failures;
        } else {
            std::printf("  memory: load peak %7ld KiB (+%ld over the bytes read)   DOM peak %7ld KiB (+%ld)   "
                        "ratio %.2f (growth ratio %.2f)\n",
                        loaded.peak, loaded.peak - loaded.baseline, dom.peak, dom.peak - dom.baseline,
                        double(loaded.peak) / double(dom.peak),
                        double(loaded.peak - loaded.baseline) / double(std::max(1L, dom.peak - dom.baseline)));
        }
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
