// Benchmark of the shell's input path on one very large command: reading it (ShellSyntax),
// binding it (CmdletBinder) and checking the connector (ConnectorValidator), for 100,000 address
// spaces and for 100,000 smart hosts; and the size of the error text for thousands of stray
// words. Each time is printed next to a floor — the plainest program doing part of the same work,
// splitting the same text on commas — and as a ratio to it. Prints figures; asserts nothing.
#include "CmdletBinder.h"
#include "ConnectorRules.h"
#include "OrganizationStore.h"
#include "ShellSyntax.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int Entries = 100000;
constexpr int Rounds = 5;

// The best of a few rounds, in milliseconds.
double bestOf(const std::function<void()> &work)
{
    double best = 1e300;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void measure(const char *what, const QString &line, const QString &list)
{
    const Organization organization = OrganizationStore::sampleOrganization();
    ShellContext shell;
    shell.organization = &organization;
    shell.version = organization.exchangeVersion;
    shell.server = organization.localServer;
    ConnectorContext rules;
    rules.organization = &organization;
    rules.version = organization.exchangeVersion;

    qsizetype pieces = 0;
    const double floor = bestOf([&] { pieces = list.split(QLatin1Char(',')).size(); });

    std::optional<ShellSyntaxResult> read;
    const double parse = bestOf([&] { read = ShellSyntax::read(line); });
    if (!read->parsed.ok()) {
        std::printf("%s: the command does not parse\n", what);
        return;
    }
    const ShellCommand &command = read->parsed.value->first().commands.first();
    std::optional<NewSendConnectorRequest> request;
    const double bind = bestOf([&] { request = CmdletBinder::bindNewSendConnector(command, shell); });
    Problems problems;
    const double validate = bestOf([&] { problems = ConnectorValidator::validate(request->connector, rules); });
    const double total = parse + bind + validate;

    std::printf("%s (%lld entries, %lld characters; %lld binding problems, %lld rule problems)\n", what,
                static_cast<long long>(pieces), static_cast<long long>(line.size()),
                static_cast<long long>(request->problems.size()), static_cast<long long>(problems.size()));
    std::printf("  floor: split on commas   %9.2f ms\n", floor);
    std::printf("  ShellSyntax::read        %9.2f ms  %7.1fx floor\n", parse, parse / floor);
    std::printf("  CmdletBinder::bind       %9.2f ms  %7.1fx floor\n", bind, bind / floor);
    std::printf("  ConnectorValidator       %9.2f ms  %7.1fx floor\n", validate, validate / floor);
    std::printf("  parse + bind + validate  %9.2f ms  %7.1fx floor\n", total, total / floor);
}

// Error text per byte of input for a run of stray words: it must stay flat as the run grows.
void strayWords()
{
    const Organization organization = OrganizationStore::sampleOrganization();
    ShellContext shell;
    shell.organization = &organization;
    shell.version = organization.exchangeVersion;
    shell.server = organization.localServer;
    std::printf("Stray words after Get-SendConnector: error text per input byte\n");
    for (const int count : {1000, 8000, 64000}) {
        QString line = QStringLiteral("Get-SendConnector");
        for (int i = 0; i < count; ++i)
            line += QStringLiteral(" word%1").arg(i);
        const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
        const IdentityRequest request = CmdletBinder::bindGetSendConnector(parsed.value->first().commands.first(), shell);
        qsizetype bytes = 0;
        for (const Problem &problem : request.problems)
            bytes += problem.toString().toUtf8().size() + 1;
        std::printf("  %6d words: %10lld bytes of problems, %6.1f per input byte\n", count,
                    static_cast<long long>(bytes), double(bytes) / double(line.size()));
    }
}

} // namespace

int main()
{
    QStringList spaces;
    QStringList hosts;
    for (int i = 0; i < Entries; ++i) {
        spaces.append(QStringLiteral("d%1.example.com").arg(i));
        hosts.append(QStringLiteral("h%1.example.net").arg(i));
    }
    const QString spaceList = spaces.join(QLatin1Char(','));
    const QString hostList = hosts.join(QLatin1Char(','));
    measure("New-SendConnector with 100,000 address spaces",
            QStringLiteral("New-SendConnector -Name Big -AddressSpaces ") + spaceList, spaceList);
    measure("New-SendConnector with 100,000 smart hosts",
            QStringLiteral("New-SendConnector -Name Big -AddressSpaces big.com -DNSRoutingEnabled $false -SmartHosts ")
                + hostList,
            hostList);
    strayWords();
    return 0;
}
