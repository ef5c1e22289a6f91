// Benchmark of changing a large organization (issue 11, "changing without re-reading"): on the
// generated 10,000-connector organization (tests/bench/GeneratedOrganization.h, about 20 MB),
//   - the floor: the same file's JSON, already in a nlohmann::json DOM, dumped as the writer
//     writes it (two-space indent) and written atomically (QSaveFile: a temporary file renamed
//     over the old one), in the same folder;
//   - one change: ConnectorOperations::setEnabled on one connector, by an operations object that
//     has already read the file (as a console or a shell session has), as a ratio to the floor,
//     and what checking that the file is unchanged costs (XXH64 against SHA-1);
//   - a script of 1,000 commands (New-, Set-, Get- and Remove-SendConnector in turn) run by one
//     in-process ShellSession, as a ratio to 1,000 floors. When the script would run longer than
//     the budget (argument 1, seconds, default 600), it stops there and prints the cost per
//     command and the projected total.
// Prints figures; asserts nothing. The last line is the summary the docs record.
#include "ConnectorOperations.h"
#include "FileIdentity.h"
#include "BenchTiming.h"
#include "GeneratedOrganization.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "ShellSession.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using BenchTiming::medianMilliseconds;
using BenchTiming::milliseconds;

constexpr int Connectors = 10000;
constexpr int SpacesPerConnector = 10;
constexpr int ScriptCommands = 1000;
constexpr int Runs = 7;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// The i-th command of the script: New, Set, Get and Remove of one connector in turn.
QString scriptCommand(int i)
{
    const int connector = i / 4;
    switch (i % 4) {
    case 0:
        return QStringLiteral("New-SendConnector -Name \"Bench %1\" -Usage Custom -AddressSpaces \"*.b%1.example\" "
                              "-DnsRoutingEnabled $false -SmartHosts relay.contoso.com")
            .arg(connector);
    case 1:
        return QStringLiteral("Set-SendConnector \"Bench %1\" -MaxMessageSize 20MB -Comment \"Changed %1\"").arg(connector);
    case 2:
        return QStringLiteral("Get-SendConnector \"Bench %1\" | Format-List").arg(connector);
    default:
        return QStringLiteral("Remove-SendConnector \"Bench %1\" -Confirm:$false").arg(connector);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const double budgetSeconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 600.0;

    QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "bench_change: no temporary folder\n");
        return 1;
    }
    const QString path = folder.filePath(QStringLiteral("organization.json"));
    const Problems created = OrganizationStore::create(path, GeneratedOrganization::make(Connectors, SpacesPerConnector));
    if (hasErrors(created)) {
        std::fprintf(stderr, "bench_change: %s\n", qPrintable(created.first().toString()));
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();
    file.close();
    std::printf("organization: %d connectors x %d address spaces, %.1f MB\n", Connectors, SpacesPerConnector,
                double(bytes.size()) / 1e6);

    // The floor: what any program that writes this file must at least do.
    const nlohmann::ordered_json dom = nlohmann::ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size());
    const QString floorPath = folder.filePath(QStringLiteral("floor.json"));
    QByteArray floorBytes;
    const double floorMs = medianMilliseconds([&] {
        const std::string text = dom.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        floorBytes = QByteArray(text.data(), qsizetype(text.size()));
        floorBytes.append('\n');
        writeFile(floorPath, floorBytes);
    });
    std::printf("floor: DOM dump + atomic write %.1f ms (same bytes as the file: %s)\n", floorMs,
                floorBytes == bytes ? "yes" : "no");

    const double parseMs = medianMilliseconds([&] { OrganizationFile::parse(bytes); }, 3);
    std::printf("reference: OrganizationFile::parse %.1f ms (%.1fx the floor)\n", parseMs, parseMs / floorMs);

    // One change by an operations object that has read the file before (warmed by a first change).
    ConnectorOperations operations(path, OperationScope{QString(), QString(), std::nullopt});
    const QString target = QStringLiteral("Partner route 5000");
    bool enabled = false;
    bool failed = !operations.setEnabled(target, enabled).ok();
    const double changeMs = medianMilliseconds([&] {
        enabled = !enabled;
        failed = failed || !operations.setEnabled(target, enabled).ok();
    });
    std::printf("one change (setEnabled): %.1f ms, %.2fx the floor%s; the store parsed the file %d time(s) for %d "
                "changes\n",
                changeMs, changeMs / floorMs, failed ? " (A CHANGE FAILED)" : "", operations.store()->fileReads(),
                Runs + 1);

    // What telling an unchanged file costs: the hash the store uses, against a cryptographic one.
    const double xxhMs = medianMilliseconds([&] { (void)ContentHash::of(bytes); });
    const double fileHashMs = medianMilliseconds([&] { (void)FileIdentity::hashFile(path); });
    const double sha1Ms = medianMilliseconds([&] { (void)QCryptographicHash::hash(bytes, QCryptographicHash::Sha1); });
    std::printf("unchanged-file check: XXH64 of the bytes %.1f ms (read and hashed from the file %.1f ms); SHA-1 "
                "%.1f ms\n",
                xxhMs, fileHashMs, sha1Ms);

    // The script, one in-process session.
    int errors = 0;
    qint64 printed = 0;
    ShellIo io;
    io.out = [&printed](const QString &text) { printed += text.size(); };
    io.err = [&errors](const QString &) { ++errors; };
    ShellOptions options;
    options.organizationPath = path;
    options.terminal = ShellTerminal::Detached;
    ShellSession session(options, io);
    QElapsedTimer timer;
    timer.start();
    const Problems opened = session.open();
    int done = 0;
    int failedCommands = hasErrors(opened) ? ScriptCommands : 0;
    while (!hasErrors(opened) && done < ScriptCommands && milliseconds(timer) < budgetSeconds * 1000) {
        if (!session.execute(scriptCommand(done), done + 1))
            ++failedCommands;
        ++done;
    }
    const double scriptMs = milliseconds(timer);
    const double perCommandMs = done > 0 ? scriptMs / done : 0;
    const double projectedMs = perCommandMs * ScriptCommands;
    std::printf("script: %d of %d commands in %.1f s (%.1f ms each, %d failed, %lld characters printed, the file "
                "parsed %d time(s))%s\n",
                done, ScriptCommands, scriptMs / 1000, perCommandMs, failedCommands, static_cast<long long>(printed),
                session.store()->fileReads(), done < ScriptCommands ? " - stopped at the time budget" : "");
    std::printf("change: one change %.2fx the floor (%.1f ms vs %.1f ms); %d-command script %.1f s%s = %.2fx %d "
                "floors\n",
                changeMs / floorMs, changeMs, floorMs, ScriptCommands, projectedMs / 1000,
                done < ScriptCommands ? " (projected)" : "", projectedMs / (floorMs * ScriptCommands), ScriptCommands);
    return failed || failedCommands > 0 ? 1 : 0;
}
