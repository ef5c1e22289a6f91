// A separate process that changes an organization file through OrganizationStore, for the
// store's multi-process tests (concurrent writers, a held lock, a failing write).
//
//   store_writer <file> <connector-name-prefix> <count>
//       adds <count> connectors named <prefix>-1 .. <prefix>-<count>, one modify() each
//   store_writer --hold-lock <file> <ms>
//       takes the file's lock, prints "locked", holds it for <ms> milliseconds
//   store_writer --hold-lock-until-eof <file>
//       takes the file's lock, prints "locked", holds it until its standard input ends (the test
//       decides when: no timing race with a loaded machine)
//   store_writer --lock-once <file> <timeout-ms>
//       tries to take the file's lock within <timeout-ms>; prints "locked", "timed out" or
//       "failed <errno>", then what it learned: "recovered <file owner> <pid>" (pid 0: none named),
//       "holder <pid> <user>", "foreign <owner>"; exit code 0 when locked, else 1
//
// Exit code 0 on success, 1 when the store reports a problem (printed to stderr), 2 on bad usage.

#include "Organization.h"
#include "OrganizationStore.h"
#include "StoreLock.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {

constexpr int WriterLockTimeout = 60000; // ms; generous, so that slow (sanitizer) builds do not starve

void printProblems(const Problems &problems)
{
    for (const Problem &problem : problems)
        std::fprintf(stderr, "%s: %s\n", qPrintable(problem.code), qPrintable(problem.toString()));
}

int usage()
{
    std::fprintf(stderr, "usage: store_writer <file> <connector-name-prefix> <count>\n"
                         "       store_writer --hold-lock <file> <milliseconds>\n"
                         "       store_writer --hold-lock-until-eof <file>\n"
                         "       store_writer --lock-once <file> <timeout-milliseconds>\n");
    return 2;
}

int holdLock(const QString &path, int milliseconds)
{
    StoreLock lock(OrganizationStore::lockFilePath(path));
    if (lock.lock(WriterLockTimeout) != StoreLock::Result::Locked) {
        std::fprintf(stderr, "store_writer: could not lock %s\n", qPrintable(path));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    if (milliseconds < 0) {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
    } else {
        QThread::msleep(static_cast<unsigned long>(milliseconds));
    }
    return 0;
}

int lockOnce(const QString &path, int timeout)
{
    StoreLock lock(OrganizationStore::lockFilePath(path));
    const StoreLock::Result result = lock.lock(timeout);
    if (result == StoreLock::Result::Locked)
        std::printf("locked\n");
    else if (result == StoreLock::Result::TimedOut)
        std::printf("timed out\n");
    else
        std::printf("failed %d\n", lock.systemError());
    if (const std::optional<StoreLock::Recovered> recovered = lock.recovered()) {
        std::printf("recovered %s %lld\n", qPrintable(recovered->fileOwner),
                    recovered->holder ? static_cast<long long>(recovered->holder->pid) : 0LL);
    }
    if (const std::optional<StoreLock::Holder> holder = lock.holder())
        std::printf("holder %lld %s\n", static_cast<long long>(holder->pid), qPrintable(holder->user));
    if (!lock.foreignOwner().isEmpty())
        std::printf("foreign %s\n", qPrintable(lock.foreignOwner()));
    return result == StoreLock::Result::Locked ? 0 : 1;
}

int addConnectors(const QString &path, const QString &prefix, int count)
{
    OrganizationStore store(path);
    store.setLockTimeout(WriterLockTimeout);
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
        const Parsed<Organization> result = store.modify([&name](Organization &organization) {
            SendConnector connector;
            connector.name = name;
            AddressSpace space;
            space.address = name.toLower() + QLatin1String(".example.com");
            connector.addressSpaces = {space};
            connector.sourceTransportServers = {organization.localServer};
            organization.sendConnectors.append(connector);
            return Problems();
        });
        if (!result.ok()) {
            std::fprintf(stderr, "store_writer: adding %s failed\n", qPrintable(name));
            printProblems(result.problems);
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--hold-lock-until-eof"))
        return holdLock(args.at(2), -1);
    if (args.size() != 4)
        return usage();

    bool isNumber = false;
    const int number = args.at(3).toInt(&isNumber);
    if (!isNumber || number < 0)
        return usage();
    if (args.at(1) == QLatin1String("--hold-lock"))
        return holdLock(args.at(2), number);
    if (args.at(1) == QLatin1String("--lock-once"))
        return lockOnce(args.at(2), number);
    return addConnectors(args.at(1), args.at(2), number);
}
