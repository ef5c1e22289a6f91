#pragma once

// Helpers shared by the tests of the model: problem codes and descriptions for assertions and
// failure messages, builders for address spaces and smart hosts, the bundled sample organization
// in a given Exchange version, and reading and writing files. Header-only; no widgets.

#include "AddressSpace.h"
#include "ExchangeTypes.h"
#include "Organization.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "Problem.h"
#include "SmartHost.h"

#include <QByteArray>
#include <QChar>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ModelTestSupport {

// The problems' codes, in the order they were reported.
inline QStringList codesOf(const Problems &problems)
{
    QStringList codes;
    for (const Problem &problem : problems)
        codes.append(problem.code);
    return codes;
}

// Every problem on its own line ("code parameter: message"), for failure messages.
inline QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.code + QLatin1Char(' ') + problem.toString());
    return lines.join(QLatin1Char('\n'));
}

// Whether an address space carries 2007 RTM's "Local:" scope.
enum class Scope { Organization, Local };

// An address space of any type: space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=MyOrg"), 3).
inline AddressSpace space(const QString &type, const QString &address, int cost = 1,
                          Scope scope = Scope::Organization)
{
    AddressSpace result;
    result.type = type;
    result.address = address;
    result.cost = cost;
    result.localScope = scope == Scope::Local;
    return result;
}

// An SMTP address space: smtp(QStringLiteral("*.contoso.com"), 5).
inline AddressSpace smtp(const QString &address, int cost = 1, Scope scope = Scope::Organization)
{
    return space(QStringLiteral("SMTP"), address, cost, scope);
}

inline SmartHost ipHost(const QString &address)
{
    return SmartHost{SmartHost::Kind::IpAddress, address};
}

inline SmartHost fqdnHost(const QString &name)
{
    return SmartHost{SmartHost::Kind::Fqdn, name};
}

// The bundled Contoso sample (Hubs EX01-EX03, EDGE01 subscribed, EDGE02 with its own connectors)
// in the given Exchange version.
inline Organization sampleOrganization(Exchange::Version version = Exchange::Version::Sp12007)
{
    Organization organization = OrganizationStore::sampleOrganization();
    organization.exchangeVersion = version;
    return organization;
}

// The sample in the given version, as its organization file holds it.
inline QByteArray sampleBytes(Exchange::Version version)
{
    return OrganizationFile::serialize(sampleOrganization(version));
}

// The file's bytes; a marker no test expects when it cannot be read, so that a failed read never
// passes for an empty file.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

// Replaces the file's contents; false when it could not be written in full.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The Contoso sample with roles (tests/data): Hubs EX01-EX03, EDGE01 subscribed, EDGE02 with two
// connectors; CONTOSO\Administrator is an Exchange Organization Administrator and
// EDGE02\Administrator administers EDGE02.
inline const QString RolesFile = QStringLiteral(SCC_TEST_DATA_DIR "/contoso-with-roles.json");
inline const QString OrganizationAdministrator = QStringLiteral("CONTOSO\\Administrator");
inline const QString Edge02Administrator = QStringLiteral("EDGE02\\Administrator");

// A valid new connector for a side: Hub connectors are sent from EX01, an Edge's own have no
// source servers.
inline SendConnector newConnector(const QString &name, bool onEdge)
{
    SendConnector connector;
    connector.name = name;
    connector.addressSpaces = {smtp(QStringLiteral("fabrikam.example"))};
    if (!onEdge)
        connector.sourceTransportServers = {QStringLiteral("EX01")};
    return connector;
}

// The connectors' names, in their order.
inline QStringList namesOf(const QList<SendConnector> &connectors)
{
    QStringList names;
    for (const SendConnector &connector : connectors)
        names.append(connector.name);
    return names;
}

// The test helper that writes and locks organization files from another process
// (tests/helpers/store_writer.cpp).
inline QString storeWriter()
{
    return QStringLiteral(SCC_BIN_DIR "/store_writer");
}

// A process id that no process has: one of a child that has ended.
inline qint64 endedProcessId()
{
    constexpr int timeout = 120000; // ms; only a hung child ever waits this long
    QProcess child;
    child.start(storeWriter(), {});
    if (!child.waitForStarted(timeout))
        return 0;
    const qint64 pid = child.processId();
    child.waitForFinished(timeout);
    return pid;
}

// Starts store_writer holding the writers' lock of the organization file `path` for
// `milliseconds`, and waits until it holds it. Empty, or what went wrong.
inline QByteArray holdLockInAnotherProcess(QProcess &holder, const QString &path, int milliseconds)
{
    // A negative time: held until the test closes the holder's standard input.
    holder.start(storeWriter(),
                 milliseconds < 0 ? QStringList{QStringLiteral("--hold-lock-until-eof"), path}
                                  : QStringList{QStringLiteral("--hold-lock"), path, QString::number(milliseconds)});
    if (!holder.waitForStarted())
        return "store_writer did not start";
    QByteArray output;
    QDeadlineTimer deadline(30000);
    while (!output.contains("locked")) {
        if (holder.state() != QProcess::Running || deadline.hasExpired())
            return "store_writer did not take the lock: " + holder.readAllStandardError();
        holder.waitForReadyRead(100);
        output += holder.readAllStandardOutput();
    }
    return QByteArray();
}

// Runs one command line through send-connector-shell, another process, on the organization file
// `path` (on `server` when given). Empty when it succeeded; otherwise what went wrong.
inline QString runShellCommand(const QString &path, const QString &command, const QString &server = QString())
{
    QProcess shell;
    QStringList arguments = {QStringLiteral("--organization"), path, QStringLiteral("-c"), command};
    if (!server.isEmpty())
        arguments << QStringLiteral("--server") << server;
    shell.start(QStringLiteral(SCC_BIN_DIR "/send-connector-shell"), arguments);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(60000))
        return QStringLiteral("did not finish: ") + shell.errorString();
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
        return QStringLiteral("exit %1: %2")
            .arg(shell.exitCode())
            .arg(QString::fromUtf8(shell.readAllStandardError()));
    return QString();
}

} // namespace ModelTestSupport
