#include "support/ModelTestSupport.h"
#include "support/TestStore.h"
#include "ConnectorOperations.h"
#include "DirectoryLogins.h"
#include "OrganizationStore.h"

#include <QTest>

// The organization in two OpenLDAP providers replicating both ways (mirror mode): what is written
// through one is read through the other; with one provider stopped, a location naming both
// fails over to the other, and once the stopped one is back it catches up: no change is lost.
// Stops and starts providers, so it runs alone (RUN_SERIAL).
class tst_DirectoryReplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writtenThroughOneIsReadThroughTheOther();
    void failoverLosesNoChange();

private:
    static Parsed<Organization> loadFrom(const QString &location) { return OrganizationStore(location).load(); }
    static bool hasConnector(const QString &location, const QString &name)
    {
        const Parsed<Organization> loaded = loadFrom(location);
        return loaded.ok() && loaded.value->connector(name, QString()) != nullptr;
    }
    QString bothProviders() const;
    bool waitForProvider(int index, bool running) const;

    static constexpr int ReplicationTimeout = 20000;
};

void tst_DirectoryReplication::initTestCase()
{
    QVERIFY2(TestStore::servers().error.isEmpty(), qPrintable(TestStore::servers().error));
    QVERIFY(TestStore::clearDirectory());
    QTRY_VERIFY_WITH_TIMEOUT(!loadFrom(TestStore::directoryLocation(1)).value, ReplicationTimeout);
    // The administrator binds over TCP to both providers with the same DN and password.
    const Parsed<OrganizationLocation> location = OrganizationLocation::parse(bothProviders());
    QVERIFY(location.ok());
    DirectoryLogins::remember(*location.value, TestStore::servers().ldapBindDn.toUtf8(),
                              TestStore::servers().ldapPassword.toUtf8());
}

void tst_DirectoryReplication::cleanupTestCase()
{
    const TestServers now = TestServers::load(TestServers::Ldap);
    for (int i = 0; i < now.ldapProviders.size(); ++i) {
        if (!now.ldapProviders.at(i).running) {
            now.switchLdapProvider(i);
            waitForProvider(i, true);
        }
    }
    TestStore::clearDirectory();
}

QString tst_DirectoryReplication::bothProviders() const
{
    const TestServers &servers = TestStore::servers();
    return servers.ldapProviders.at(0).uri + QLatin1Char(',') + servers.ldapProviders.at(1).uri + QLatin1Char('/')
         + servers.ldapBaseDn;
}

bool tst_DirectoryReplication::waitForProvider(int index, bool running) const
{
    QDeadlineTimer deadline(ReplicationTimeout);
    while (!deadline.hasExpired()) {
        if (TestServers::load(TestServers::Ldap).ldapProviders.value(index).running == running)
            return true;
        QTest::qWait(50);
    }
    return false;
}

void tst_DirectoryReplication::writtenThroughOneIsReadThroughTheOther()
{
    const QString first = TestStore::directoryLocation(0);
    const QString second = TestStore::directoryLocation(1);
    QVERIFY(!hasErrors(OrganizationStore::create(first, OrganizationStore::sampleOrganization())));
    QTRY_VERIFY_WITH_TIMEOUT(loadFrom(second).ok(), ReplicationTimeout);

    // A store attached to the second provider (as a console is) follows a change made
    // through the first: its version moves, and it reads the new connector.
    const auto attached = std::make_shared<OrganizationStore>(second);
    QTRY_COMPARE_WITH_TIMEOUT(attached->load().value->sendConnectors.size(),
                              OrganizationStore::sampleOrganization().sendConnectors.size(), ReplicationTimeout);
    const QByteArray version = attached->version();
    const ConnectorOperations throughFirst(first, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    QVERIFY(throughFirst.create(ModelTestSupport::newConnector(QStringLiteral("Replicated"), false)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(attached->currentVersion().value.value_or(version) != version, ReplicationTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(attached->load().value->connector(QStringLiteral("Replicated"), QString()),
                             ReplicationTimeout);

    // And the other way round, with a change to an existing connector.
    const ConnectorOperations throughSecond(attached, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    QVERIFY(throughSecond.setEnabled(QStringLiteral("Replicated"), false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!loadFrom(first).value->connector(QStringLiteral("Replicated"), QString())->enabled,
                             ReplicationTimeout);
}

void tst_DirectoryReplication::failoverLosesNoChange()
{
    const QString first = TestStore::directoryLocation(0);
    const QString second = TestStore::directoryLocation(1);
    QTRY_VERIFY_WITH_TIMEOUT(hasConnector(second, QStringLiteral("Replicated")), ReplicationTimeout);
    const auto store = std::make_shared<OrganizationStore>(bothProviders());
    const ConnectorOperations operations(store, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    QVERIFY(operations.create(ModelTestSupport::newConnector(QStringLiteral("Before the outage"), false)).ok());

    // The first provider goes down: the same store goes on with the second.
    QVERIFY(TestStore::servers().switchLdapProvider(0));
    QVERIFY(waitForProvider(0, false));
    const Parsed<Organization> during = operations.create(ModelTestSupport::newConnector(QStringLiteral("During the outage"), false));
    QVERIFY2(during.ok(), qPrintable(ModelTestSupport::describe(during.problems)));
    QVERIFY(hasConnector(second, QStringLiteral("During the outage")));
    // A new store (a program started now) fails over too.
    QVERIFY(ConnectorOperations(bothProviders(), OperationScope{QString(), QStringLiteral("EX01"), std::nullopt})
                .setEnabled(QStringLiteral("Before the outage"), false)
                .ok());

    // The first provider comes back and catches up: nothing written meanwhile is lost.
    QVERIFY(TestStore::servers().switchLdapProvider(0));
    QVERIFY(waitForProvider(0, true));
    QTRY_VERIFY_WITH_TIMEOUT(hasConnector(first, QStringLiteral("During the outage")), ReplicationTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!loadFrom(first).value->connector(QStringLiteral("Before the outage"), QString())->enabled,
                             ReplicationTimeout);
    const QStringList names = ModelTestSupport::namesOf(loadFrom(first).value->sendConnectors);
    QVERIFY(names.contains(QStringLiteral("Replicated")));
    QVERIFY(names.contains(QStringLiteral("Before the outage")));
    // Both providers hold the same organization again.
    QTRY_COMPARE_WITH_TIMEOUT(OrganizationFile::serialize(*loadFrom(first).value),
                              OrganizationFile::serialize(*loadFrom(second).value), ReplicationTimeout);
}

QTEST_GUILESS_MAIN(tst_DirectoryReplication)
#include "tst_directoryreplication.moc"
