// Benchmark of many writers on one organization file: N = 1, 2, 4, 8 send-connector-shell
// processes started at once, each running a script of K New-SendConnector commands against the
// same file. For each N it prints the wall time, the changes per second, the commands that failed
// (N*K minus the connectors the file holds afterwards) and the ratio of the throughput to a floor
// measured in the same run: one process making all N*K changes alone. Prints figures; asserts nothing.
//
//   bench_writers [K]        (default K = 50; send-connector-shell is taken from this program's folder)
#include "OrganizationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int ProcessTimeout = 600000; // ms

QString shellPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/send-connector-shell");
}

// A script of `count` New-SendConnector commands, each adding a connector of its own name and domain.
QByteArray script(const QString &prefix, int count)
{
    QByteArray text;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
        text += QStringLiteral("New-SendConnector -Name \"%1\" -Usage Custom -AddressSpaces \"%2.example.com\"\n")
                    .arg(name, name.toLower())
                    .toUtf8();
    }
    return text;
}

struct Outcome
{
    double seconds = 0;
    int written = 0; // connectors added to the file
    int failedProcesses = 0;
    QString firstError;
};

// Runs `writers` shells at once, each making `perWriter` changes to a fresh copy of the sample.
Outcome run(int writers, int perWriter)
{
    Outcome outcome;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("organization.json"));
    const Organization sample = OrganizationStore::sampleOrganization();
    const Problems created = OrganizationStore::create(path, sample);
    if (hasErrors(created)) {
        outcome.firstError = created.first().toString();
        return outcome;
    }
    std::vector<QString> scripts;
    for (int w = 0; w < writers; ++w) {
        const QString scriptPath = dir.filePath(QStringLiteral("writer-%1.ps1").arg(w));
        QFile file(scriptPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(script(QStringLiteral("W%1").arg(w), perWriter)) < 0) {
            outcome.firstError = file.errorString();
            return outcome;
        }
        scripts.push_back(scriptPath);
    }

    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (const QString &scriptPath : scripts) {
        auto process = std::make_unique<QProcess>();
        process->start(shellPath(), {QStringLiteral("--organization"), path, scriptPath});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        process->waitForFinished(ProcessTimeout);
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            ++outcome.failedProcesses;
            if (outcome.firstError.isEmpty())
                outcome.firstError = QString::fromLocal8Bit(process->readAllStandardError()).section(QLatin1Char('\n'), 0, 0);
        }
    }
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;

    const Parsed<Organization> after = OrganizationStore(path).load();
    if (after.ok())
        outcome.written = int(after.value->sendConnectors.size() - sample.sendConnectors.size());
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int perWriter = 50;
    if (argc > 1)
        perWriter = QString::fromLocal8Bit(argv[1]).toInt();
    if (perWriter <= 0) {
        std::fprintf(stderr, "usage: bench_writers [changes-per-writer]\n");
        return 2;
    }
    if (!QFile::exists(shellPath())) {
        std::fprintf(stderr, "bench_writers: %s is missing; build send-connector-shell\n", qPrintable(shellPath()));
        return 2;
    }

    std::printf("concurrent writers: N send-connector-shell processes x %d New-SendConnector on one file\n", perWriter);
    std::printf("%3s %8s %10s %12s %9s %12s %8s\n", "N", "changes", "seconds", "changes/s", "failures",
                "floor ch/s", "ratio");
    for (const int writers : {1, 2, 4, 8}) {
        const int total = writers * perWriter;
        const Outcome floor = run(1, total);
        const Outcome concurrent = run(writers, perWriter);
        const double floorRate = floor.seconds > 0 ? floor.written / floor.seconds : 0;
        const double rate = concurrent.seconds > 0 ? concurrent.written / concurrent.seconds : 0;
        std::printf("%3d %8d %10.2f %12.1f %9d %12.1f %8.2f\n", writers, total, concurrent.seconds, rate,
                    total - concurrent.written, floorRate, floorRate > 0 ? floorRate / rate : 0.0);
        if (!concurrent.firstError.isEmpty())
            std::printf("    first error: %s\n", qPrintable(concurrent.firstError));
        if (floor.written != total)
            std::printf("    the floor lost %d changes: %s\n", total - floor.written, qPrintable(floor.firstError));
    }
    std::printf("ratio = floor throughput / concurrent throughput (1.00 = no cost for sharing the file)\n");
    return 0;
}
