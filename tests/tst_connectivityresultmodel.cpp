// Tests ConnectivityResultModel following a real ConnectivityTest against the test servers on
// loopback (the CTest fixtures smtp_servers and dns_server, tests/servers/): a host row per next
// hop with its progress, then its result and reason; its steps as child rows with the server's
// exact replies; the verdict's look for every verdict of issue 13; cancelling; clearing.
#include "ConnectivityResultModel.h"
#include "ConnectivityTest.h"
#include "Organization.h"

#include "support/TestServers.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Connectivity;
using Outcome = ConnectivityResultModel::Outcome;
using Column = ConnectivityResultModel::Column;

namespace {
constexpr int VerdictWaitMs = 60000; // far beyond any step bound: the test fails, never hangs
}

class TestConnectivityResultModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyModel();
    void verdicts_data();
    void verdicts();
    void progressWhileRunning();
    void cancelled();
    void clearStopsFollowing();
    void testDestroyedMidway();
    void untestableReason_data();
    void untestableReason();

private:
    SendConnector smartHostConnector(const QString &endpoint) const;
    void configure(ConnectivityTest &test) const;
    QString text(const QAbstractItemModel &model, int row, Column column, const QModelIndex &parent = {}) const
    {
        return model.index(row, int(column), parent).data().toString();
    }

    TestServers m_servers;
    Organization m_organization;
    QList<QSslCertificate> m_ca;
};

void TestConnectivityResultModel::initTestCase()
{
    m_servers = TestServers::load(TestServers::Both);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    m_ca = QSslCertificate::fromPath(m_servers.caFile);
    QCOMPARE(m_ca.size(), 1);
    m_organization.localServer = QStringLiteral("EX01");
    TransportServer server;
    server.name = QStringLiteral("EX01");
    m_organization.servers = {server};
}

SendConnector TestConnectivityResultModel::smartHostConnector(const QString &endpoint) const
{
    SendConnector connector;
    connector.name = QStringLiteral("Relay");
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("localhost")}};
    connector.port = m_servers.endpoint(endpoint).port;
    connector.fqdn = QStringLiteral("ex01.contoso.test");
    return connector;
}

void TestConnectivityResultModel::configure(ConnectivityTest &test) const
{
    // No DNS server of the test's own: "localhost" is resolved by the system; DNS routing asks
    // the test DNS server.
    test.setExtraCaCertificates(m_ca);
    test.setStepTimeout(std::chrono::seconds(5));
}

void TestConnectivityResultModel::emptyModel()
{
    ConnectivityResultModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), ConnectivityResultModel::ColumnCount);
    QCOMPARE(model.verdictOutcome(), Outcome::None);
    QVERIFY(model.statusText().isEmpty());
    QVERIFY(!model.hasStarted());
    QVERIFY(!model.isFinished());
    QCOMPARE(model.headerData(int(Column::Host), Qt::Horizontal).toString(), QStringLiteral("Host / Step"));
    QCOMPARE(model.headerData(int(Column::Details), Qt::Horizontal).toString(), QStringLiteral("Details"));
}

void TestConnectivityResultModel::verdicts_data()
{
    QTest::addColumn<QString>("endpoint"); // empty: DNS routing for "domain"
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<bool>("domainSecure");
    QTest::addColumn<int>("stepTimeoutMs");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<Outcome>("hostOutcome");  // of the first host
    QTest::addColumn<Outcome>("verdict");
    QTest::addColumn<QString>("reasonPart");   // in the first host's Details and the verdict's text
    QTest::addColumn<StepKind>("lastStep");    // the first host's

    const QStringList local{QStringLiteral("localhost")};
    QTest::newRow("STARTTLS: success") << "starttls" << "" << true << false << 5000 << local
        << Outcome::Succeeded << Outcome::Succeeded << "accepts mail as the connector is configured" << StepKind::Quit;
    QTest::newRow("no STARTTLS, RequireTLS: failure") << "no-starttls" << "" << true << false << 5000 << local
        << Outcome::Failed << Outcome::Failed << "does not offer STARTTLS, but the connector requires TLS" << StepKind::Ehlo;
    QTest::newRow("wrong name: warning") << "wrong-name" << "" << true << false << 5000 << local
        << Outcome::Warning << Outcome::Warning << "other.invalid" << StepKind::Quit;
    QTest::newRow("wrong name, DomainSecureEnabled: failure") << "wrong-name" << "" << false << true << 5000 << local
        << Outcome::Failed << Outcome::Failed << "Domain security (DomainSecureEnabled) accepts only a valid certificate"
        << StepKind::TlsHandshake;
    QTest::newRow("expired: warning") << "expired" << "" << true << false << 5000 << local
        << Outcome::Warning << Outcome::Warning << "" << StepKind::Quit;
    QTest::newRow("closed port: failure") << "closed" << "" << false << false << 5000 << local
        << Outcome::Failed << Outcome::Failed << "refused the connection on port" << StepKind::Connect;
    QTest::newRow("silent: failure after the step timeout") << "silent" << "" << false << false << 1000 << local
        << Outcome::Failed << Outcome::Failed << "sent no banner within 1 second" << StepKind::Banner;
    QTest::newRow("DNS routing, mx-ok.test: success") << "" << "mx-ok.test" << false << false << 5000
        << QStringList{QStringLiteral("mx1.mx-ok.test"), QStringLiteral("mx2.mx-ok.test")}
        << Outcome::Succeeded << Outcome::Succeeded << "accepts mail as the connector is configured" << StepKind::Quit;
}

void TestConnectivityResultModel::verdicts()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, domain);
    QFETCH(bool, requireTls);
    QFETCH(bool, domainSecure);
    QFETCH(int, stepTimeoutMs);
    QFETCH(QStringList, hosts);
    QFETCH(Outcome, hostOutcome);
    QFETCH(Outcome, verdict);
    QFETCH(QString, reasonPart);
    QFETCH(StepKind, lastStep);

    SendConnector connector;
    if (endpoint.isEmpty()) {
        connector.name = QStringLiteral("Internet");
        AddressSpace space;
        space.address = domain;
        connector.addressSpaces = {space};
        connector.port = m_servers.endpoint(QStringLiteral("no-starttls")).port;
        QVERIFY(ConnectivityResultModel::untestableReason(connector).isEmpty());
    } else {
        connector = smartHostConnector(endpoint);
    }
    connector.requireTls = requireTls;
    connector.domainSecureEnabled = domainSecure;

    ConnectivityResultModel model;
    QAbstractItemModelTester tester(&model);
    ConnectivityTest test;
    configure(test);
    test.setStepTimeout(std::chrono::milliseconds(stepTimeoutMs));
    if (endpoint.isEmpty())
        test.setDefaultDnsServers({QHostAddress(m_servers.dnsServer)});
    model.follow(&test);
    QVERIFY(model.hasStarted());
    QCOMPARE(model.verdictOutcome(), Outcome::Running);
    QSignalSpy finished(&model, &ConnectivityResultModel::finished);
    test.start(connector, m_organization);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, VerdictWaitMs);
    QVERIFY(model.isFinished());

    // One row per next hop, named as the test names it, its steps as children.
    QCOMPARE(model.rowCount(), hosts.size());
    for (int row = 0; row < hosts.size(); ++row) {
        QCOMPARE(text(model, row, Column::Host), hosts.at(row));
        const HostConnectivity result = test.verdict().hosts.at(row);
        QCOMPARE(text(model, row, Column::Address), result.address);
        const QModelIndex host = model.index(row, 0);
        QCOMPARE(model.rowCount(host), result.steps.size());
        for (int step = 0; step < result.steps.size(); ++step) {
            const ConnectivityStep expected = result.steps.at(step);
            QCOMPARE(text(model, step, Column::Host, host), expected.name());
            QCOMPARE(model.index(step, int(Column::Details), host).data(ConnectivityResultModel::ReplyRole).toString(),
                     expected.reply);
            QCOMPARE(text(model, step, Column::Duration, host), QStringLiteral("%1 ms").arg(QLocale().toString(expected.durationMs)));
            // The server's exact reply is in the Details column, after the sentence if any.
            QVERIFY(text(model, step, Column::Details, host).endsWith(expected.reply));
            if (!expected.detail.isEmpty())
                QVERIFY(text(model, step, Column::Details, host).startsWith(expected.detail));
        }
        QCOMPARE(model.index(row, 0).data(ConnectivityResultModel::OutcomeRole).value<Outcome>() == Outcome::Failed,
                 result.result == Result::Failure);
    }
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(ConnectivityResultModel::OutcomeRole).value<Outcome>(), hostOutcome);
    QCOMPARE(text(model, 0, Column::Result), ConnectivityResultModel::outcomeText(hostOutcome, false));
    const int lastRow = model.rowCount(first) - 1;
    QCOMPARE(model.index(lastRow, 0, first).data(ConnectivityResultModel::StepKindRole).value<StepKind>(), lastStep);
    const Outcome lastOutcome = model.index(lastRow, 0, first).data(ConnectivityResultModel::OutcomeRole).value<Outcome>();
    QCOMPARE(lastOutcome == Outcome::Failed, hostOutcome == Outcome::Failed);
    QCOMPARE(text(model, 0, Column::Details), test.verdict().hosts.at(0).reason());
    QVERIFY2(text(model, 0, Column::Details).contains(reasonPart), qPrintable(text(model, 0, Column::Details)));

    QCOMPARE(model.verdictOutcome(), verdict);
    QCOMPARE(model.verdict().result, test.verdict().result);
    QCOMPARE(model.statusText(), test.verdict().reason);
    if (verdict == Outcome::Failed)
        QVERIFY2(model.statusText().contains(reasonPart), qPrintable(model.statusText()));
}

void TestConnectivityResultModel::progressWhileRunning()
{
    // The silent server accepts the connection and never sends its banner: the host stays at
    // "Waiting for the banner…" until the step times out.
    ConnectivityResultModel model;
    QAbstractItemModelTester tester(&model);
    ConnectivityTest test;
    configure(test);
    test.setStepTimeout(std::chrono::seconds(30));
    SendConnector connector = smartHostConnector(QStringLiteral("silent"));
    model.follow(&test);
    QSignalSpy status(&model, &ConnectivityResultModel::statusChanged);
    test.start(connector, m_organization);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(text(model, 0, Column::Result), QStringLiteral("Waiting for the banner…"));
    QCOMPARE(model.index(0, 0).data(ConnectivityResultModel::OutcomeRole).value<Outcome>(), Outcome::Running);
    // The plural form comes from the catalogue (English: "1 host").
    QCOMPARE(model.statusText(), ConnectivityResultModel::tr("Testing: %1 of %n host(s) tested…", nullptr, 1).arg(0));
    QVERIFY(!status.isEmpty());
    QVERIFY(text(model, 0, Column::Details).isEmpty());
    QCOMPARE(model.verdictOutcome(), Outcome::Running);
    test.cancel();
    QVERIFY(model.isFinished());
}

void TestConnectivityResultModel::cancelled()
{
    ConnectivityResultModel model;
    QAbstractItemModelTester tester(&model);
    ConnectivityTest test;
    configure(test);
    test.setStepTimeout(std::chrono::seconds(30));
    model.follow(&test);
    QSignalSpy finished(&model, &ConnectivityResultModel::finished);
    test.start(smartHostConnector(QStringLiteral("silent")), m_organization);
    QTRY_COMPARE(model.rowCount(QModelIndex()) > 0 && model.rowCount(model.index(0, 0)) >= 2, true); // connected
    test.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.verdictOutcome(), Outcome::Cancelled);
    QCOMPARE(model.index(0, 0).data(ConnectivityResultModel::OutcomeRole).value<Outcome>(), Outcome::Cancelled);
    QCOMPARE(text(model, 0, Column::Result), QStringLiteral("Cancelled"));
    QCOMPARE(text(model, 0, Column::Details), QStringLiteral("The test of localhost was cancelled."));
    QCOMPARE(model.statusText(), QStringLiteral("The test of connector Relay was cancelled."));
}

void TestConnectivityResultModel::clearStopsFollowing()
{
    ConnectivityResultModel model;
    QAbstractItemModelTester tester(&model);
    ConnectivityTest test;
    configure(test);
    test.setStepTimeout(std::chrono::milliseconds(500));
    model.follow(&test);
    QSignalSpy testFinished(&test, &ConnectivityTest::finished);
    test.start(smartHostConnector(QStringLiteral("silent")), m_organization);
    QTRY_COMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.verdictOutcome(), Outcome::None);
    QTRY_COMPARE_WITH_TIMEOUT(testFinished.count(), 1, VerdictWaitMs);
    // The test went on and finished; the model took none of it.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isFinished());
}

void TestConnectivityResultModel::testDestroyedMidway()
{
    ConnectivityResultModel model;
    QAbstractItemModelTester tester(&model);
    auto *test = new ConnectivityTest;
    configure(*test);
    model.follow(test);
    test->start(smartHostConnector(QStringLiteral("silent")), m_organization);
    QTRY_COMPARE(model.rowCount(), 1);
    delete test;
    // What was seen stays; the model is still usable.
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestConnectivityResultModel::untestableReason_data()
{
    QTest::addColumn<bool>("dnsRouting");
    QTest::addColumn<QStringList>("addressSpaces");
    QTest::addColumn<QStringList>("smartHosts");
    QTest::addColumn<bool>("testable");
    QTest::newRow("DNS, a domain") << true << QStringList{"*", "contoso.test"} << QStringList{} << true;
    QTest::newRow("DNS, wildcards only") << true << QStringList{"*", "*.contoso.test"} << QStringList{} << false;
    QTest::newRow("DNS, no address space") << true << QStringList{} << QStringList{} << false;
    QTest::newRow("smart host") << false << QStringList{"*"} << QStringList{"relay.contoso.test"} << true;
    QTest::newRow("smart host routing, none yet") << false << QStringList{"*"} << QStringList{} << false;
}

void TestConnectivityResultModel::untestableReason()
{
    QFETCH(bool, dnsRouting);
    QFETCH(QStringList, addressSpaces);
    QFETCH(QStringList, smartHosts);
    QFETCH(bool, testable);
    SendConnector connector;
    connector.dnsRoutingEnabled = dnsRouting;
    for (const QString &address : addressSpaces) {
        AddressSpace space;
        space.address = address;
        connector.addressSpaces.append(space);
    }
    for (const QString &host : smartHosts)
        connector.smartHosts.append(SmartHost{SmartHost::Kind::Fqdn, host});
    QCOMPARE(ConnectivityResultModel::untestableReason(connector).isEmpty(), testable);
}

QTEST_GUILESS_MAIN(TestConnectivityResultModel)
#include "tst_connectivityresultmodel.moc"
