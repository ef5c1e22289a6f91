// Benchmarks of the model's hot paths on a large organization: loading and writing the file, a
// store change, a list-model reload and the parsers. Prints figures (QBENCHMARK); it asserts
// nothing about time. Run by .ci/bench on a release build.
#include "AddressSpace.h"
#include "ConnectorListModel.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "OrganizationValidator.h"
#include "ShellSyntax.h"
#include "SmartHost.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

#include <sys/resource.h>

namespace {

constexpr int ConnectorCount = 2000;

// The sample organization with `count` extra Custom connectors, each with three address spaces
// and two smart hosts: about the size of a very large real organization.
Organization largeOrganization(int count)
{
    Organization organization = OrganizationStore::sampleOrganization();
    for (int i = 0; i < count; ++i) {
        SendConnector connector;
        connector.name = QStringLiteral("Partner route %1").arg(i);
        for (int j = 0; j < 3; ++j)
            connector.addressSpaces.append(AddressSpace{QStringLiteral("SMTP"),
                                                        QStringLiteral("*.p%1-%2.example").arg(i).arg(j), 1 + j, false});
        connector.dnsRoutingEnabled = false;
        connector.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("relay%1.contoso.com").arg(i)},
                                SmartHost{SmartHost::Kind::IpAddress, QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250 + 1)}};
        connector.sourceTransportServers = {organization.localServer};
        organization.sendConnectors.append(connector);
    }
    return organization;
}

// The median of `runs` timings of `work`, in milliseconds.
double medianMilliseconds(const std::function<void()> &work, int runs = 7)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void printRatio(const char *what, double milliseconds, const char *floorName, double floorMilliseconds)
{
    qInfo("%-40s %8.1f ms   floor (%s) %7.1f ms   ratio %.1f", what, milliseconds, floorName, floorMilliseconds,
          milliseconds / floorMilliseconds);
}

long peakResidentKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class BenchModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseLargeFile();
    void serializeLargeOrganization();
    void validateLargeOrganization();
    void storeAddsOneConnector();
    void listModelReloadWithOneChange();
    void addressSpaceParser();
    void smartHostParser();
    void shellSyntax();
    void ratiosToFloors();
    void cleanupTestCase();

private:
    Organization m_organization;
    QByteArray m_bytes;
};

void BenchModel::initTestCase()
{
    m_organization = largeOrganization(ConnectorCount);
    m_bytes = OrganizationFile::serialize(m_organization);
    qInfo("organization: %d connectors, file %lld KiB", int(m_organization.sendConnectors.size()),
          static_cast<long long>(m_bytes.size() / 1024));
}

void BenchModel::parseLargeFile()
{
    QBENCHMARK {
        const Parsed<Organization> parsed = OrganizationFile::parse(m_bytes);
        QVERIFY(parsed.ok());
    }
}

void BenchModel::serializeLargeOrganization()
{
    QBENCHMARK {
        QVERIFY(!OrganizationFile::serialize(m_organization).isEmpty());
    }
}

// What the store checks before each write, in memory (it no longer writes and re-reads to check).
void BenchModel::validateLargeOrganization()
{
    QBENCHMARK {
        QVERIFY(!hasErrors(OrganizationValidator::validate(m_organization)));
    }
}

void BenchModel::storeAddsOneConnector()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("organization.json"));
    QVERIFY(OrganizationStore::create(path, m_organization).isEmpty());
    const OrganizationStore store(path);
    int next = 0;
    QBENCHMARK {
        const QString name = QStringLiteral("Bench %1").arg(next++);
        const Parsed<Organization> written = store.modify([&name](Organization &organization) {
            SendConnector connector;
            connector.name = name;
            connector.addressSpaces = {AddressSpace{QStringLiteral("SMTP"), QStringLiteral("bench.example"), 1, false}};
            connector.sourceTransportServers = {organization.localServer};
            organization.sendConnectors.append(connector);
            return Problems();
        });
        QVERIFY(written.ok());
    }
}

void BenchModel::listModelReloadWithOneChange()
{
    ConnectorListModel model;
    model.setOrganization(m_organization);
    Organization changed = m_organization;
    bool flip = false;
    QBENCHMARK {
        flip = !flip;
        changed.sendConnectors[ConnectorCount / 2].enabled = flip;
        model.setOrganization(changed);
    }
    QCOMPARE(model.rowCount(), int(m_organization.sendConnectors.size()));
}

void BenchModel::addressSpaceParser()
{
    const QStringList inputs{QStringLiteral("*.contoso.com;5"), QStringLiteral("X400:o=MySite;p=MyOrg;a=adatum;c=us;1"),
                             QStringLiteral("SMTP:mail.fabrikam.com"), QStringLiteral("*contoso.com")};
    QBENCHMARK {
        for (const QString &input : inputs)
            AddressSpaceParser::parse(input, Exchange::Version::Sp12007);
    }
}

void BenchModel::smartHostParser()
{
    const QStringList inputs{QStringLiteral("192.168.1.20"), QStringLiteral("relay.contoso.com"),
                             QStringLiteral("[2001:db8::1]"), QStringLiteral("010.0.0.1")};
    QBENCHMARK {
        for (const QString &input : inputs)
            SmartHostParser::parse(input, Exchange::Version::Sp12007);
    }
}

void BenchModel::shellSyntax()
{
    const QString line = QStringLiteral(
        "New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace \"*.contoso.com;5\","
        "\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts 192.168.1.20 -MaxMessageSize 20MB");
    QBENCHMARK {
        QVERIFY(ShellSyntax::parse(line).ok());
    }
}

// The same work done by the plainest correct program, in the same run: parsing the file's JSON
// with no checks at all, and reading the file and writing it back atomically (what any safe
// writer does). The ratios say what the checks, the positions, the lock and the validation cost.
void BenchModel::ratiosToFloors()
{
    const double floorParse = medianMilliseconds(
        [this] { QVERIFY(!nlohmann::json::parse(m_bytes.cbegin(), m_bytes.cend()).is_discarded()); });
    const double load = medianMilliseconds([this] { QVERIFY(OrganizationFile::parse(m_bytes).ok()); });
    printRatio("load (read, check, locate)", load, "nlohmann::json::parse", floorParse);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("organization.json"));
    QVERIFY(OrganizationStore::create(path, m_organization).isEmpty());
    const double floorWrite = medianMilliseconds([&path] {
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QSaveFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        QVERIFY(out.commit());
    });
    const OrganizationStore store(path);
    int next = 0;
    const double change = medianMilliseconds([&store, &next] {
        const QString name = QStringLiteral("Ratio %1").arg(next++);
        const Parsed<Organization> written = store.modify([&name](Organization &organization) {
            SendConnector connector;
            connector.name = name;
            connector.addressSpaces = {AddressSpace{QStringLiteral("SMTP"), QStringLiteral("ratio.example"), 1, false}};
            connector.sourceTransportServers = {organization.localServer};
            organization.sendConnectors.append(connector);
            return Problems();
        });
        QVERIFY(written.ok());
    });
    printRatio("store change (lock, read, check, write)", change, "read + QSaveFile write", floorWrite);
}

void BenchModel::cleanupTestCase()
{
    qInfo("peak resident memory: %ld KiB", peakResidentKilobytes());
}

QTEST_GUILESS_MAIN(BenchModel)
#include "bench_model.moc"
