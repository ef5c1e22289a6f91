// Tests the in-memory credential store: passwords are kept per connector and user, replaced and
// forgotten, and never leave the process.
#include "CredentialStore.h"

#include <QTest>

#include <sys/prctl.h>

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void keepsPasswordPerConnectorAndUser();
    void connectorNamesCompareCaseInsensitively();
    void settingAgainReplacesTheOldCredential();
    void forgetRemovesOnlyThatConnector();
    void storingAPasswordDisablesCoreDumps();
};

void TestCredentialStore::keepsPasswordPerConnectorAndUser()
{
    MemoryCredentialStore store;
    store.setPassword(QStringLiteral("Relay"), QStringLiteral("CONTOSO\\relay"), QStringLiteral("s3cret"));
    QCOMPARE(store.password(QStringLiteral("Relay"), QStringLiteral("CONTOSO\\relay")), std::optional<QString>(QStringLiteral("s3cret")));
    QVERIFY(!store.password(QStringLiteral("Relay"), QStringLiteral("CONTOSO\\other")).has_value());
    QVERIFY(!store.password(QStringLiteral("Other"), QStringLiteral("CONTOSO\\relay")).has_value());
}

void TestCredentialStore::connectorNamesCompareCaseInsensitively()
{
    MemoryCredentialStore store;
    store.setPassword(QStringLiteral("Relay"), QStringLiteral("u"), QStringLiteral("p"));
    QCOMPARE(store.password(QStringLiteral("RELAY"), QStringLiteral("u")), std::optional<QString>(QStringLiteral("p")));
}

void TestCredentialStore::settingAgainReplacesTheOldCredential()
{
    MemoryCredentialStore store;
    store.setPassword(QStringLiteral("Relay"), QStringLiteral("old"), QStringLiteral("p1"));
    store.setPassword(QStringLiteral("Relay"), QStringLiteral("new"), QStringLiteral("p2"));
    QVERIFY(!store.password(QStringLiteral("Relay"), QStringLiteral("old")).has_value());
    QCOMPARE(store.password(QStringLiteral("Relay"), QStringLiteral("new")), std::optional<QString>(QStringLiteral("p2")));
}

void TestCredentialStore::forgetRemovesOnlyThatConnector()
{
    MemoryCredentialStore store;
    store.setPassword(QStringLiteral("Relay"), QStringLiteral("u"), QStringLiteral("p"));
    store.setPassword(QStringLiteral("Relay 2"), QStringLiteral("u"), QStringLiteral("q"));
    store.forget(QStringLiteral("relay"));
    QVERIFY(!store.password(QStringLiteral("Relay"), QStringLiteral("u")).has_value());
    QCOMPARE(store.password(QStringLiteral("Relay 2"), QStringLiteral("u")), std::optional<QString>(QStringLiteral("q")));
}

// A process that holds a password must not leave it in a core dump (issue 8, D.2).
void TestCredentialStore::storingAPasswordDisablesCoreDumps()
{
    // Runs last in this process: once off, dumps stay off. A test runner that already turned them
    // off cannot show the change, but the state afterwards is still checked.
    const bool dumpableBefore = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
    MemoryCredentialStore store;
    store.setPassword(QStringLiteral("C"), QStringLiteral("u"), QString());
    if (dumpableBefore) // an empty password is no secret
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    store.setPassword(QStringLiteral("C"), QStringLiteral("u"), QStringLiteral("pw"));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    QVERIFY(ProcessProtection::coreDumpsDisabled());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
