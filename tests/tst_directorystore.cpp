#include "support/ModelTestSupport.h"
#include "support/TestStore.h"
#include "ConnectorOperations.h"
#include "DirectoryLogins.h"
#include "DirectoryStore.h"
#include "OrganizationEntries.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"

#include <QScopeGuard>
#include <QSet>
#include <QTest>

// Tests what is the directory's own in OrganizationStore's second kind (DirectoryStore,
// OrganizationEntries): the layout, the round trip of a file through the directory, damaged
// entries, binds, failover, and a change racing another administrator's. What both stores share
// is tested against both by the *_directory variants of the store and operations tests.
class tst_DirectoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void roundTripIsIdentical_data();
    void roundTripIsIdentical();
    void layoutMatchesTheDocumentedExample();
    void importRefusesAnExistingOrganization();
    void importRefusesAMissingBase();
    void noOrganizationIsExplained();
    void damagedEntryIsRefusedWithItsDnAndAttribute_data();
    void damagedEntryIsRefusedWithItsDnAndAttribute();
    void aChangeWritesOnlyTheChangedAttributes();
    void renameKeepsTheEntryInPlace();
    void unchangedDirectoryIsNotReadAgain();
    void changeRacingAnotherWriterIsAppliedAgain();
    void withoutContextCsnEveryChangeIsStillSeen();
    void bindWithPasswordAndRefusedBind();
    void anonymousCannotChangeAnything();
    void failsOverToTheNextServer();

private:
    QString tcpLocation(const QStringList &uris) const;
    // Sets one attribute of one entry directly (as a careless administrator with ldapmodify would).
    bool setAttribute(const QByteArray &dn, const QByteArray &attribute, const QList<QByteArray> &values);
    QByteArray connectorDn(const QString &name) const;

    QString m_location;
};

void tst_DirectoryStore::initTestCase()
{
    QVERIFY2(TestStore::servers().error.isEmpty(), qPrintable(TestStore::servers().error));
    m_location = TestStore::directoryLocation();
}

void tst_DirectoryStore::init()
{
    DirectoryLogins::forgetAll();
    QVERIFY(TestStore::clearDirectory());
}

void tst_DirectoryStore::cleanupTestCase()
{
    TestStore::clearDirectory();
}

QString tst_DirectoryStore::tcpLocation(const QStringList &uris) const
{
    return uris.join(QLatin1Char(',')) + QLatin1Char('/') + TestStore::servers().ldapBaseDn;
}

QByteArray tst_DirectoryStore::connectorDn(const QString &name) const
{
    return LdapConnection::childDn("cn", name, "ou=Send Connectors,o=Contoso," + TestStore::servers().ldapBaseDn.toUtf8());
}

bool tst_DirectoryStore::setAttribute(const QByteArray &dn, const QByteArray &attribute, const QList<QByteArray> &values)
{
    LdapConnection admin = TestStore::administrator();
    LdapError error;
    const bool ok = admin.modify(dn, {LdapModification{LdapModification::Operation::Replace, attribute, values}},
                                 QByteArray(), &error);
    if (!ok)
        qWarning("%s", qPrintable(error.message));
    return ok;
}

void tst_DirectoryStore::roundTripIsIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("the sample") << OrganizationStore::sampleOrganizationBytes();
    QTest::newRow("with role assignments, no accepted domains") << ModelTestSupport::readFile(ModelTestSupport::RolesFile);
}

void tst_DirectoryStore::roundTripIsIdentical()
{
    QFETCH(QByteArray, bytes);
    const Parsed<Organization> source = OrganizationFile::parse(bytes);
    QVERIFY2(source.ok(), qPrintable(ModelTestSupport::describe(source.problems)));

    QVERIFY2(!hasErrors(OrganizationStore::create(m_location, *source.value)), "import");
    const Parsed<Organization> read = OrganizationStore(m_location).load();
    QVERIFY2(read.ok(), qPrintable(ModelTestSupport::describe(read.problems)));
    // Exported back to a file, byte for byte the file it came from (the writer is canonical).
    QCOMPARE(OrganizationFile::serialize(*read.value), OrganizationFile::serialize(*source.value));
    QCOMPARE(OrganizationFile::serialize(*read.value), bytes);
    // Through the other provider too (replication).
    const QString other = TestStore::directoryLocation(1);
    QTRY_VERIFY_WITH_TIMEOUT(OrganizationStore(other).load().ok(), TestStore::ReplicationTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(OrganizationFile::serialize(*OrganizationStore(other).load().value), bytes, TestStore::ReplicationTimeout);
}

void tst_DirectoryStore::layoutMatchesTheDocumentedExample()
{
    // tests/data/contoso.ldif is docs/ldap-directory.md's example, loaded by tst_ldapservers:
    // what the store writes for the same organization has the same DNs and values.
    Organization organization = *OrganizationStore(ModelTestSupport::RolesFile).load().value;
    organization.acceptedDomains = OrganizationStore::sampleOrganization().acceptedDomains;
    const QList<LdapEntry> entries = OrganizationEntries::toEntries(organization, TestStore::servers().ldapBaseDn.toUtf8());
    QString ldif = QString::fromUtf8(ModelTestSupport::readFile(QStringLiteral(SCC_TEST_DATA_DIR "/contoso.ldif")));
    ldif.replace(QLatin1String("\n "), QString()); // folded lines
    QStringList expected;
    for (const QString &line : ldif.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("dn: ")))
            expected.append(line.mid(4));
    }
    QStringList written;
    for (const LdapEntry &entry : entries)
        written.append(QString::fromUtf8(entry.dn));
    expected.sort();
    written.sort();
    QCOMPARE(written, expected);
    const auto found = std::find_if(entries.cbegin(), entries.cend(), [this](const LdapEntry &entry) {
        return entry.dn == connectorDn(QStringLiteral("Contoso to Internet"));
    });
    QVERIFY(found != entries.cend());
    QCOMPARE(found->values("sccAddressSpaces"), QList<QByteArray>{"SMTP:*;1"});
    QCOMPARE(found->values("sccSourceTransportServers"), (QList<QByteArray>{"EX01", "EX02"}));
    QCOMPARE(found->values("sccMaxMessageSize"), QList<QByteArray>{"10485760"});
    QCOMPARE(found->values("sccEnabled"), QList<QByteArray>{"TRUE"});
    QVERIFY(found->values("sccLinkedReceiveConnector").isEmpty()); // null: absent
}

void tst_DirectoryStore::importRefusesAnExistingOrganization()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const QByteArray before = TestStore::snapshot(m_location);
    Organization other = OrganizationStore::sampleOrganization();
    other.name = QStringLiteral("Fabrikam");
    const Problems problems = OrganizationStore::create(m_location, other);
    QCOMPARE(ModelTestSupport::codesOf(problems), QStringList{QStringLiteral("Directory.OrganizationExists")});
    QVERIFY2(problems.first().message.contains(QLatin1String("o=Contoso,dc=contoso,dc=com")),
             qPrintable(problems.first().message));
    QCOMPARE(TestStore::snapshot(m_location), before);
}

void tst_DirectoryStore::importRefusesAMissingBase()
{
    const QString location = TestStore::servers().ldapProviders.first().ldapiUri + QStringLiteral("/dc=fabrikam,dc=com");
    const Problems problems = OrganizationStore::create(location, OrganizationStore::sampleOrganization());
    QVERIFY(hasErrors(problems));
    QVERIFY2(problems.first().message.contains(QLatin1String("dc=fabrikam,dc=com")), qPrintable(problems.first().message));
}

void tst_DirectoryStore::noOrganizationIsExplained()
{
    const Parsed<Organization> loaded = OrganizationStore(m_location).load();
    QVERIFY(!loaded.value);
    QCOMPARE(ModelTestSupport::codesOf(loaded.problems), QStringList{QStringLiteral("Directory.NoOrganization")});
    QVERIFY(loaded.problems.first().message.contains(QLatin1String("Import-Organization")));
}

void tst_DirectoryStore::damagedEntryIsRefusedWithItsDnAndAttribute_data()
{
    QTest::addColumn<QByteArray>("attribute");
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<QString>("code");

    QTest::newRow("port out of range") << QByteArray("sccPort") << QList<QByteArray>{"70000"} << QString();
    QTest::newRow("address space without a cost")
        << QByteArray("sccAddressSpaces") << QList<QByteArray>{"SMTP:*.contoso.com"} << QStringLiteral("Directory.BadEntry");
    QTest::newRow("address space that does not parse")
        << QByteArray("sccAddressSpaces") << QList<QByteArray>{"SMTP:not a domain!;1"} << QString();
    QTest::newRow("unknown usage") << QByteArray("sccUsage") << QList<QByteArray>{"Bogus"} << QString();
    QTest::newRow("size that is no size") << QByteArray("sccMaxMessageSize") << QList<QByteArray>{"lots"} << QString();
    QTest::newRow("time-out that is no time") << QByteArray("sccConnectionInactivityTimeOut")
                                              << QList<QByteArray>{"ten minutes"} << QString();
    QTest::newRow("smart host that is no host")
        << QByteArray("sccSmartHosts") << QList<QByteArray>{"relay..contoso.com"} << QString();
    QTest::newRow("several address spaces, one without a cost")
        << QByteArray("sccAddressSpaces") << QList<QByteArray>{"SMTP:*;1", "X400:c=us;a= ;p=Fabrikam"}
        << QStringLiteral("Directory.BadEntry");
}

void tst_DirectoryStore::damagedEntryIsRefusedWithItsDnAndAttribute()
{
    QFETCH(QByteArray, attribute);
    QFETCH(QList<QByteArray>, values);
    QFETCH(QString, code);

    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const QByteArray dn = connectorDn(QStringLiteral("Contoso to Internet"));
    QVERIFY(setAttribute(dn, attribute, values));
    const QByteArray before = TestStore::snapshot(m_location);

    const OrganizationStore store(m_location);
    const Parsed<Organization> loaded = store.load();
    QVERIFY(!loaded.ok());
    const Problems errors = errorsOnly(loaded.problems);
    QVERIFY(!errors.isEmpty());
    const QString expected = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(dn), QString::fromUtf8(attribute));
    QVERIFY2(errors.first().parameter == expected,
             qPrintable(errors.first().parameter + QLatin1String(": ") + errors.first().message));
    QCOMPARE(errors.first().line, 0);
    if (!code.isEmpty())
        QCOMPARE(errors.first().code, code);

    // Nothing is written while the directory holds it: not even a change to another connector.
    const ConnectorOperations operations(std::make_shared<OrganizationStore>(m_location),
                                         OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    const Parsed<Organization> changed = operations.setEnabled(QStringLiteral("Fabrikam X.400 gateway"), false);
    QVERIFY(!changed.ok());
    QCOMPARE(errorsOnly(changed.problems).first().parameter, expected);
    QCOMPARE(TestStore::snapshot(m_location), before);
}

void tst_DirectoryStore::aChangeWritesOnlyTheChangedAttributes()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const QByteArray before = TestStore::snapshot(m_location);
    const ConnectorOperations operations(std::make_shared<OrganizationStore>(m_location),
                                         OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    const Parsed<Organization> changed = operations.setEnabled(QStringLiteral("Contoso to Internet"), false);
    QVERIFY2(changed.ok(), qPrintable(ModelTestSupport::describe(changed.problems)));
    const QByteArray after = TestStore::snapshot(m_location);
    // Only the connector's entry changed: its sccEnabled, sccWhenChanged and entryCSN.
    const auto entriesOf = [](const QByteArray &snapshot) {
        QMap<QByteArray, QSet<QByteArray>> entries;
        QByteArray dn;
        for (const QByteArray &line : snapshot.split('\n')) {
            if (line.startsWith("dn: "))
                dn = line.mid(4);
            else if (!line.isEmpty())
                entries[dn].insert(line);
        }
        return entries;
    };
    const QMap<QByteArray, QSet<QByteArray>> then = entriesOf(before);
    const QMap<QByteArray, QSet<QByteArray>> now = entriesOf(after);
    QCOMPARE(now.keys(), then.keys());
    QStringList changedEntries;
    QStringList changedAttributes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (it.value() == then.value(it.key()))
            continue;
        changedEntries.append(QString::fromUtf8(it.key()));
        for (const QByteArray &line : it.value() - then.value(it.key()))
            changedAttributes.append(QString::fromUtf8(line.left(line.indexOf(':'))));
    }
    changedAttributes.sort();
    QCOMPARE(changedEntries, QStringList{QString::fromUtf8(connectorDn(QStringLiteral("Contoso to Internet")))});
    QCOMPARE(changedAttributes, (QStringList{QStringLiteral("entryCSN"), QStringLiteral("sccEnabled"),
                                             QStringLiteral("sccWhenChanged")}));
    QVERIFY(after.contains("sccEnabled: FALSE"));
}

void tst_DirectoryStore::renameKeepsTheEntryInPlace()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const auto store = std::make_shared<OrganizationStore>(m_location);
    const ConnectorOperations operations(store, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    const QStringList before = ModelTestSupport::namesOf(store->load().value->sendConnectors);
    SendConnector connector = *store->load().value->connector(before.at(1), QString());
    connector.name = QStringLiteral("Contoso to Tailspin Toys");
    const Parsed<Organization> renamed = operations.change(before.at(1), connector);
    QVERIFY2(renamed.ok(), qPrintable(ModelTestSupport::describe(renamed.problems)));
    QStringList expected = before;
    expected[1] = connector.name;
    QCOMPARE(ModelTestSupport::namesOf(OrganizationStore(m_location).load().value->sendConnectors), expected);
    QVERIFY(TestStore::snapshot(m_location).contains(QByteArray("dn: " + connectorDn(connector.name))));
    // Another letter case only: the DN stays, the name is as typed.
    connector.name = QStringLiteral("CONTOSO TO TAILSPIN TOYS");
    QVERIFY(operations.change(expected.at(1), connector).ok());
    expected[1] = connector.name;
    QCOMPARE(ModelTestSupport::namesOf(OrganizationStore(m_location).load().value->sendConnectors), expected);
}

void tst_DirectoryStore::unchangedDirectoryIsNotReadAgain()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const auto store = std::make_shared<OrganizationStore>(m_location);
    QVERIFY(store->load().ok());
    QVERIFY(store->load().ok());
    QCOMPARE(store->fileReads(), 1);
    const QByteArray version = store->version();
    QVERIFY(!version.isEmpty());
    QCOMPARE(*store->currentVersion().value, version);

    // Its own change keeps what it knows.
    const ConnectorOperations operations(store, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    QVERIFY(operations.setEnabled(QStringLiteral("Contoso to Internet"), false).ok());
    QVERIFY(!store->lastModifyReadFile());
    QVERIFY(store->load().ok());
    QCOMPARE(store->fileReads(), 1);
    QCOMPARE(*store->currentVersion().value, store->version());

    // Another administrator's change is seen: the version moves, and the next load reads.
    QVERIFY(ConnectorOperations(m_location, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt})
                .setEnabled(QStringLiteral("Contoso to Internet"), true)
                .ok());
    QVERIFY(*store->currentVersion().value != store->version());
    const Parsed<Organization> seen = store->load();
    QCOMPARE(store->fileReads(), 2);
    QVERIFY(seen.value->connector(QStringLiteral("Contoso to Internet"), QString())->enabled);
}

void tst_DirectoryStore::changeRacingAnotherWriterIsAppliedAgain()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const OrganizationStore store(m_location);
    int calls = 0;
    const Parsed<Organization> written = store.modify([&](Organization &organization) {
        ++calls;
        if (calls == 1) {
            // Between this store's read and its write, another administrator changes the entry.
            const Parsed<Organization> other = OrganizationStore(m_location).modify([](Organization &o) {
                o.sendConnectors[0].comment = QStringLiteral("Changed by someone else");
                return Problems();
            });
            if (!other.ok())
                return Problems{Problem::error(QStringLiteral("Test"), QString(), QStringLiteral("other writer failed"))};
        }
        organization.sendConnectors[0].port = 2525;
        return Problems();
    });
    QVERIFY2(written.ok(), qPrintable(ModelTestSupport::describe(written.problems)));
    QCOMPARE(calls, 2); // the assertion failed once; the change was applied again to what is there now
    const Organization saved = *OrganizationStore(m_location).load().value;
    QCOMPARE(saved.sendConnectors[0].port, 2525);
    QCOMPARE(saved.sendConnectors[0].comment, QStringLiteral("Changed by someone else")); // kept
}

// A server without the syncprov overlay keeps no contextCSN: the version is then made of every
// entry's entryCSN, and still moves with a change, an addition and a removal by someone else.
void tst_DirectoryStore::withoutContextCsnEveryChangeIsStillSeen()
{
    DirectoryStore::setContextCsnUsed(false);
    const auto restore = qScopeGuard([] { DirectoryStore::setContextCsnUsed(true); });
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const auto store = std::make_shared<OrganizationStore>(m_location);
    QVERIFY(store->load().ok());
    QVERIFY(store->version().startsWith("entries:"));
    QVERIFY(store->load().ok());
    QCOMPARE(store->fileReads(), 1); // unchanged: not read again

    const ConnectorOperations other(m_location, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    const QList<std::function<bool()>> changes = {
        [&] { return other.setEnabled(QStringLiteral("Contoso to Internet"), false).ok(); },
        [&] { return other.create(ModelTestSupport::newConnector(QStringLiteral("Added"), false)).ok(); },
        [&] { return other.remove(QStringLiteral("Added")).ok(); },
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QByteArray before = store->version();
        QVERIFY2(changes.at(i)(), qPrintable(QString::number(i)));
        const Parsed<QByteArray> now = store->currentVersion();
        QVERIFY(now.ok());
        QVERIFY2(*now.value != before, qPrintable(QString::number(i)));
        const int reads = store->fileReads();
        QVERIFY(store->load().ok());
        QCOMPARE(store->fileReads(), reads + 1);
    }
    QVERIFY(!store->load().value->connector(QStringLiteral("Contoso to Internet"), QString())->enabled);
    QVERIFY(!store->load().value->connector(QStringLiteral("Added"), QString()));
}

void tst_DirectoryStore::bindWithPasswordAndRefusedBind()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const TestServers &servers = TestStore::servers();
    const QString location = tcpLocation({servers.ldapProviders.first().uri});
    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(location);
    QVERIFY(parsed.ok());

    DirectoryLogins::remember(*parsed.value, servers.ldapBindDn.toUtf8(), "not the password");
    const Parsed<Organization> refused = OrganizationStore(location).load();
    QCOMPARE(ModelTestSupport::codesOf(refused.problems), QStringList{QStringLiteral("Directory.BindRefused")});
    QVERIFY(!refused.problems.first().message.contains(QLatin1String("not the password")));

    DirectoryLogins::remember(*parsed.value, servers.ldapBindDn.toUtf8(), servers.ldapPassword.toUtf8());
    const Parsed<Organization> loaded = OrganizationStore(location).load();
    QVERIFY2(loaded.ok(), qPrintable(ModelTestSupport::describe(loaded.problems)));
    QCOMPARE(loaded.value->name, QStringLiteral("Contoso"));
}

void tst_DirectoryStore::anonymousCannotChangeAnything()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const QByteArray before = TestStore::snapshot(m_location);
    const QString location = tcpLocation({TestStore::servers().ldapProviders.first().uri});
    // The test directory shows anonymous clients nothing below the base.
    const Parsed<Organization> loaded = OrganizationStore(location).load();
    QVERIFY(!loaded.ok());
    QVERIFY(hasErrors(loaded.problems));
    QVERIFY(hasErrors(OrganizationStore::create(location, OrganizationStore::sampleOrganization())));
    QCOMPARE(TestStore::snapshot(m_location), before);
}

void tst_DirectoryStore::failsOverToTheNextServer()
{
    QVERIFY(!hasErrors(OrganizationStore::create(m_location, OrganizationStore::sampleOrganization())));
    const TestServers &servers = TestStore::servers();
    const QString location = tcpLocation({servers.ldapClosedUri, servers.ldapProviders.at(1).uri});
    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(location);
    QVERIFY(parsed.ok());
    DirectoryLogins::remember(*parsed.value, servers.ldapBindDn.toUtf8(), servers.ldapPassword.toUtf8());
    const QByteArray expected = OrganizationFile::serialize(OrganizationStore::sampleOrganization());
    const auto replicated = [&location] {
        const Parsed<Organization> loaded = OrganizationStore(location).load();
        return loaded.ok() ? OrganizationFile::serialize(*loaded.value) : QByteArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(replicated(), expected, TestStore::ReplicationTimeout);
    const ConnectorOperations operations(location, OperationScope{QString(), QStringLiteral("EX01"), std::nullopt});
    const Parsed<Organization> changed = operations.setEnabled(QStringLiteral("Contoso to Internet"), false);
    QVERIFY2(changed.ok(), qPrintable(ModelTestSupport::describe(changed.problems)));
    // Written to the second provider, replicated to the first.
    QTRY_VERIFY_WITH_TIMEOUT(!OrganizationStore(m_location).load().value->connector(QStringLiteral("Contoso to Internet"),
                                                                                     QString())->enabled,
                              TestStore::ReplicationTimeout);
}

QTEST_GUILESS_MAIN(tst_DirectoryStore)
#include "tst_directorystore.moc"
