// Benchmark of the organization in a directory (issue 14), against two real slapd providers in
// mirror mode started for the run (tests/servers/fixture.py start ldap, as the tests' fixture), on
// the generated 10,000-connector organization (GeneratedOrganization.h):
//   - load: a new OrganizationStore(ldapi://…) reading the organization (the organization entry
//     found, every entry searched page by page, turned into an Organization and judged by the
//     file's reader and rules), against the floor: the same paged search of the same entries by
//     LdapConnection alone, the least any program reading them does;
//   - one change: ConnectorOperations::setEnabled on one connector by an operations object that
//     has read the organization (as a console or a shell session has): the version check, the
//     modify asserting the entry's entryCSN, reading back its CSN and the version, against the
//     floor: one modify of one attribute of that entry under the same assertion.
// Also the import (Import-Organization: one add per entry). Prints figures; asserts nothing. The
// last line is the summary the docs record.
#include "ConnectorOperations.h"
#include "BenchTiming.h"
#include "GeneratedOrganization.h"
#include "LdapConnection.h"
#include "OrganizationLocation.h"
#include "OrganizationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

// The directory servers of the tests' fixture, for the length of the run.
class Servers
{
public:
    explicit Servers(const QString &stateDir) : m_stateDir(stateDir) {}
    ~Servers() { run(QStringLiteral("stop")); }
    bool start() { return run(QStringLiteral("start")); }
    QString ldapiLocation() const
    {
        QFile file(m_stateDir + QStringLiteral("/ldap.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray providers = root.value(QStringLiteral("providers")).toArray();
        if (providers.isEmpty())
            return QString();
        return providers.first().toObject().value(QStringLiteral("ldapiUri")).toString() + QLatin1Char('/')
             + root.value(QStringLiteral("baseDn")).toString();
    }

private:
    bool run(const QString &action)
    {
        QProcess fixture;
        fixture.setProcessChannelMode(QProcess::ForwardedChannels);
        fixture.start(QStringLiteral("python3"), {QStringLiteral(SCC_SOURCE_DIR "/tests/servers/fixture.py"), action,
                                                  QStringLiteral("ldap"), QStringLiteral("--state-dir"), m_stateDir});
        return fixture.waitForFinished(120000) && fixture.exitStatus() == QProcess::NormalExit && fixture.exitCode() == 0;
    }
    QString m_stateDir;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QTemporaryDir state;
    Servers servers(state.path());
    if (!state.isValid() || !servers.start()) {
        std::fprintf(stderr, "bench_directory: the directory servers did not start\n");
        return 1;
    }
    const QString location = servers.ldapiLocation();
    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(location);
    if (!parsed.ok()) {
        std::fprintf(stderr, "bench_directory: no location in ldap.json (%s)\n", qPrintable(location));
        return 1;
    }

    const Organization organization = GeneratedOrganization::make(Connectors, SpacesPerConnector);
    QElapsedTimer importTimer;
    importTimer.start();
    const Problems imported = OrganizationStore::create(location, organization);
    const double importMs = milliseconds(importTimer);
    if (hasErrors(imported)) {
        std::fprintf(stderr, "bench_directory: %s\n", qPrintable(imported.first().toString()));
        return 1;
    }
    std::printf("organization: %d connectors x %d address spaces; import %.0f ms\n", Connectors, SpacesPerConnector,
                importMs);

    // The floor of a load: the same entries, searched page by page, nothing more.
    LdapConnection connection;
    LdapCredentials credentials = LdapCredentials::saslExternal();
    LdapError error;
    if (!connection.open(*parsed.value, credentials, LdapConnection::Options(), &error)) {
        std::fprintf(stderr, "bench_directory: %s\n", qPrintable(error.message));
        return 1;
    }
    const QByteArray organizationDn = "o=Contoso," + parsed.value->baseDn().toUtf8();
    qsizetype entries = 0;
    const double searchMs = medianMilliseconds([&] {
        const std::optional<QList<LdapEntry>> found = connection.search(
            organizationDn, LdapConnection::Scope::Subtree, "(objectClass=*)", {"*", "entryCSN"}, &error);
        entries = found ? found->size() : 0;
    }, 5);
    std::printf("floor: paged search of the %lld entries %.0f ms\n", static_cast<long long>(entries), searchMs);

    bool ok = true;
    const double loadMs = medianMilliseconds([&] {
        const Parsed<Organization> loaded = OrganizationStore(location).load();
        ok = ok && loaded.ok() && loaded.value->sendConnectors.size() == Connectors;
    }, 5);
    std::printf("load (new store): %.0f ms, %.2fx the floor%s\n", loadMs, loadMs / searchMs, ok ? "" : " (FAILED)");

    // One change by operations that have read the organization (warmed by a first change).
    const QString target = organization.sendConnectors.at(Connectors / 2).name;
    const auto store = std::make_shared<OrganizationStore>(location);
    const ConnectorOperations operations(store, OperationScope{QString(), QString(), std::nullopt});
    bool enabled = false;
    ok = operations.setEnabled(target, enabled).ok();
    const int readsBefore = store->fileReads();
    const double changeMs = medianMilliseconds([&] {
        enabled = !enabled;
        ok = ok && operations.setEnabled(target, enabled).ok();
    }, 21);
    const int reads = store->fileReads() - readsBefore;

    // Its floor: one asserted modify of one attribute of that entry.
    const QByteArray dn = LdapConnection::childDn("cn", target, "ou=Send Connectors," + organizationDn);
    bool floorOk = true;
    const double modifyMs = medianMilliseconds([&] {
        const std::optional<QList<LdapEntry>> read =
            connection.search(dn, LdapConnection::Scope::Base, "(objectClass=*)", {"entryCSN"}, &error);
        const QByteArray csn = read && !read->isEmpty() ? read->first().values("entryCSN").value(0) : QByteArray();
        enabled = !enabled;
        floorOk = floorOk
               && connection.modify(dn, {LdapModification{LdapModification::Operation::Replace, "sccEnabled",
                                                          {enabled ? "TRUE" : "FALSE"}}},
                                    LdapConnection::equalityAssertion("entryCSN", {csn}), &error);
    }, 21);
    std::printf("floor: read the entry's CSN + one asserted modify %.2f ms%s\n", modifyMs, floorOk ? "" : " (FAILED)");
    std::printf("one change (setEnabled): %.2f ms, %.2fx the floor; entries read again %d time(s) for 21 changes%s\n",
                changeMs, changeMs / modifyMs, reads, ok ? "" : " (FAILED)");

    std::printf("SUMMARY directory: %d connectors (%lld entries): load %.0f ms (%.2fx a paged search), one change "
                "%.2f ms (%.2fx an asserted modify), import %.0f ms\n",
                Connectors, static_cast<long long>(entries), loadMs, loadMs / searchMs, changeMs, changeMs / modifyMs,
                importMs);
    return ok && floorOk ? 0 : 1;
}
