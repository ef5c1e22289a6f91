#include "support/ModelTestSupport.h"
#include "ConnectorHistory.h"
#include "ConnectorOperations.h"
#include "Organization.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

using ModelTestSupport::codesOf;
using ModelTestSupport::Edge02Administrator;
using ModelTestSupport::describe;
using ModelTestSupport::namesOf;
using ModelTestSupport::newConnector;
using ModelTestSupport::OrganizationAdministrator;
using ModelTestSupport::readFile;
using ModelTestSupport::RolesFile;
using ModelTestSupport::smtp;
using ModelTestSupport::writeFile;

// The side's connectors as the file holds them now (empty when it cannot be read).
QList<SendConnector> savedConnectors(const QString &path, const QString &side)
{
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    return loaded.ok() ? loaded.value->connectorsFor(side) : QList<SendConnector>();
}

qsizetype positionOf(const Organization &organization, const QString &name, const QString &side)
{
    return namesOf(organization.connectorsFor(side)).indexOf(name);
}

// Rewrites the file as another program would, changing the organization with `edit`.
bool editFile(const QString &path, const std::function<void(Organization &)> &edit)
{
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    if (!loaded.ok())
        return false;
    Organization organization = *loaded.value;
    edit(organization);
    return writeFile(path, OrganizationFile::serialize(organization));
}

SendConnector *find(Organization &organization, const QString &name, const QString &side)
{
    QList<SendConnector> *connectors = organization.mutableConnectorsFor(side);
    for (SendConnector &connector : *connectors) {
        if (connector.name == name)
            return &connector;
    }
    return nullptr;
}

} // namespace

// Tests ConnectorHistory: the console's undo and redo of its changes, each a new operation.
class tst_ConnectorHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void undoesAndRedoesEveryKindOfChange_data();
    void undoesAndRedoesEveryKindOfChange();
    void descriptions_data();
    void descriptions();
    void refusedWhenChangedMeanwhile_data();
    void refusedWhenChangedMeanwhile();
    void refusedWhenAnotherProcessRecreatedTheName();
    void undoProblemsFollowTheRoles();
    void nothingToUndo();
    void aNewChangeDropsTheRedoSteps();
    void clearForgetsEverything();

private:
    QString copyOfRolesFile();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConnectorHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_ConnectorHistory::copyOfRolesFile()
{
    const QString path = m_dir->filePath(QStringLiteral("organization.json"));
    if (!QFile::copy(RolesFile, path) || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return QString();
    return path;
}

void tst_ConnectorHistory::undoesAndRedoesEveryKindOfChange_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("existing");
    QTest::newRow("Hub side") << QStringLiteral("EX01") << OrganizationAdministrator
                              << QStringLiteral("Contoso to Tailspin Toys relay");
    QTest::newRow("an Edge's own") << QStringLiteral("EDGE02") << Edge02Administrator
                                   << QStringLiteral("EDGE02 to Contoso");
}

// Create, change (a rename), disable, enable and remove, each made through ConnectorOperations
// and recorded; then every one undone, redone and undone again: after each step the file holds
// the connectors it held at that point of the sequence, in the same order.
void tst_ConnectorHistory::undoesAndRedoesEveryKindOfChange()
{
    QFETCH(QString, server);
    QFETCH(QString, operatorName);
    QFETCH(QString, existing);
    const QString side = server.startsWith(QLatin1String("EDGE")) ? server : QString();
    const QString path = copyOfRolesFile();
    QVERIFY(!path.isEmpty());
    const ConnectorOperations operations(path, OperationScope{operatorName, server, Exchange::Version::Sp12007});
    ConnectorHistory history;
    QSignalSpy changed(&history, &ConnectorHistory::changed);

    QList<QList<SendConnector>> states{savedConnectors(path, side)};
    QStringList texts;
    const auto recorded = [&](const Parsed<Organization> &result) {
        states.append(savedConnectors(path, side));
        texts.append(history.undoText());
        return result.ok();
    };

    // Create
    Parsed<Organization> result = operations.create(newConnector(QStringLiteral("Fabrikam"), !side.isEmpty()));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    history.recordCreate(operations, *result.value->connector(QStringLiteral("Fabrikam"), side),
                         positionOf(*result.value, QStringLiteral("Fabrikam"), side));
    QVERIFY(recorded(result));

    // Change: another comment, another size limit and a new name.
    SendConnector before = *result.value->connector(QStringLiteral("Fabrikam"), side);
    SendConnector replacement = before;
    replacement.name = QStringLiteral("Fabrikam Partners");
    replacement.comment = QStringLiteral("Partner mail");
    replacement.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
    result = operations.change(before.name, replacement, before);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    history.recordChange(operations, before, *result.value->connector(replacement.name, side));
    QVERIFY(recorded(result));

    // Disable, then enable.
    for (const bool enabled : {false, true}) {
        before = *result.value->connector(replacement.name, side);
        result = operations.setEnabled(replacement.name, enabled, before);
        QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
        history.recordSetEnabled(operations, before, *result.value->connector(replacement.name, side));
        QVERIFY(recorded(result));
    }

    // Remove a connector that is not the last of the list: undone, it comes back at its place.
    before = *result.value->connector(existing, side);
    const qsizetype position = positionOf(*result.value, existing, side);
    QVERIFY(position < result.value->connectorsFor(side).size() - 1);
    result = operations.remove(existing, before);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    history.recordRemove(operations, before, position);
    QVERIFY(recorded(result));

    QCOMPARE(texts, (QStringList{QStringLiteral("Create 'Fabrikam'"),
                                 QStringLiteral("Change 'Fabrikam' (renamed 'Fabrikam Partners')"),
                                 QStringLiteral("Disable 'Fabrikam Partners'"),
                                 QStringLiteral("Enable 'Fabrikam Partners'"),
                                 QStringLiteral("Remove '%1'").arg(existing)}));
    QCOMPARE(history.count(), 5);
    QCOMPARE(changed.count(), 5);
    QVERIFY(!history.canRedo());

    // Every step undone, then redone, then undone again.
    for (int round = 0; round < 3; ++round) {
        const bool undo = round != 1;
        for (int step = 0; step < 5; ++step) {
            const int index = history.index();
            const QString text = undo ? history.undoText() : history.redoText();
            QCOMPARE(text, texts.at(undo ? index - 1 : index));
            result = undo ? history.undo() : history.redo();
            QVERIFY2(result.ok(), qPrintable(QStringLiteral("%1 %2: %3")
                                                 .arg(undo ? "undo" : "redo", text, describe(result.problems))));
            QCOMPARE(history.index(), undo ? index - 1 : index + 1);
            const QList<SendConnector> expected = states.at(history.index());
            const QList<SendConnector> saved = savedConnectors(path, side);
            QCOMPARE(namesOf(saved), namesOf(expected));
            for (qsizetype i = 0; i < saved.size(); ++i) {
                QVERIFY2(saved.at(i) == expected.at(i),
                         qPrintable(QStringLiteral("%1: %2 differs").arg(text, saved.at(i).name)));
            }
            // The result is the organization as written.
            QCOMPARE(namesOf(result.value->connectorsFor(side)), namesOf(expected));
        }
        QCOMPARE(history.canUndo(), !undo);
        QCOMPARE(history.canRedo(), undo);
    }
    // Undone, a removal names the connector it brought back, a creation none.
    QCOMPARE(history.index(), 0);
    QVERIFY(history.lastConnectorName().isEmpty());
    QVERIFY(history.redo().ok());
    QCOMPARE(history.lastConnectorName(), QStringLiteral("Fabrikam"));
}

void tst_ConnectorHistory::descriptions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("beforeName");
    QTest::addColumn<QString>("afterName");
    QTest::addColumn<QString>("expected");
    using Kind = ConnectorCommand::Kind;
    const QString name = QStringLiteral("Contoso to Internet");
    QTest::newRow("create") << int(Kind::Create) << QString() << name << QStringLiteral("Create 'Contoso to Internet'");
    QTest::newRow("change") << int(Kind::Change) << name << name << QStringLiteral("Change 'Contoso to Internet'");
    QTest::newRow("rename") << int(Kind::Change) << name << QStringLiteral("Internet")
                            << QStringLiteral("Change 'Contoso to Internet' (renamed 'Internet')");
    QTest::newRow("enable") << int(Kind::Enable) << name << name << QStringLiteral("Enable 'Contoso to Internet'");
    QTest::newRow("disable") << int(Kind::Disable) << name << name << QStringLiteral("Disable 'Contoso to Internet'");
    QTest::newRow("remove") << int(Kind::Remove) << name << QString() << QStringLiteral("Remove 'Contoso to Internet'");
}

void tst_ConnectorHistory::descriptions()
{
    QFETCH(int, kind);
    QFETCH(QString, beforeName);
    QFETCH(QString, afterName);
    QFETCH(QString, expected);
    std::optional<SendConnector> before;
    std::optional<SendConnector> after;
    if (!beforeName.isEmpty())
        before = newConnector(beforeName, false);
    if (!afterName.isEmpty())
        after = newConnector(afterName, false);
    QCOMPARE(ConnectorCommand::description(ConnectorCommand::Kind(kind), before, after), expected);
}

void tst_ConnectorHistory::refusedWhenChangedMeanwhile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("redo");
    using Kind = ConnectorCommand::Kind;
    QTest::newRow("undo create") << int(Kind::Create) << false;
    QTest::newRow("undo change") << int(Kind::Change) << false;
    QTest::newRow("undo disable") << int(Kind::Disable) << false;
    QTest::newRow("undo enable") << int(Kind::Enable) << false;
    QTest::newRow("redo change") << int(Kind::Change) << true;
    QTest::newRow("redo disable") << int(Kind::Disable) << true;
    QTest::newRow("redo remove") << int(Kind::Remove) << true;
}

// Another program changes the connector after the console's change (or after its undo): undoing
// (redoing) is refused with the reason, the file stays byte-for-byte as the other program left it,
// the stack stays where it was; once the other program's change is gone, the same step succeeds.
void tst_ConnectorHistory::refusedWhenChangedMeanwhile()
{
    QFETCH(int, kind);
    QFETCH(bool, redo);
    const QString path = copyOfRolesFile();
    QVERIFY(!path.isEmpty());
    const ConnectorOperations operations(path, OperationScope{OrganizationAdministrator, QStringLiteral("EX01"),
                                                              Exchange::Version::Sp12007});
    ConnectorHistory history;
    QString name = QStringLiteral("Contoso to Internet");
    Parsed<Organization> result;
    if (kind == int(ConnectorCommand::Kind::Enable)) {
        QVERIFY(operations.setEnabled(name, false).ok()); // not recorded: another console did it
    }
    const SendConnector before = *OrganizationStore(path).load().value->connector(name);
    switch (ConnectorCommand::Kind(kind)) {
    case ConnectorCommand::Kind::Create:
        name = QStringLiteral("Fabrikam");
        result = operations.create(newConnector(name, false));
        QVERIFY(result.ok());
        history.recordCreate(operations, *result.value->connector(name), positionOf(*result.value, name, {}));
        break;
    case ConnectorCommand::Kind::Change: {
        SendConnector replacement = before;
        replacement.comment = QStringLiteral("Changed in the console");
        result = operations.change(name, replacement, before);
        QVERIFY(result.ok());
        history.recordChange(operations, before, *result.value->connector(name));
        break;
    }
    case ConnectorCommand::Kind::Enable:
    case ConnectorCommand::Kind::Disable:
        result = operations.setEnabled(name, kind == int(ConnectorCommand::Kind::Enable), before);
        QVERIFY(result.ok());
        history.recordSetEnabled(operations, before, *result.value->connector(name));
        break;
    case ConnectorCommand::Kind::Remove:
        result = operations.remove(name, before);
        QVERIFY(result.ok());
        history.recordRemove(operations, before, positionOf(*OrganizationStore(RolesFile).load().value, name, {}));
        break;
    }
    if (redo)
        QVERIFY2(history.undo().ok(), "the undo before the redo");
    const int index = history.index();
    const QString text = redo ? history.redoText() : history.undoText();

    // Another program raises the connector's size limit (a removed connector: it creates it again).
    const QByteArray original = readFile(path);
    QVERIFY(editFile(path, [&name](Organization &organization) {
        SendConnector *connector = find(organization, name, {});
        if (connector)
            connector->maxMessageSize = ByteQuantity::fromBytes(42 * 1024 * 1024);
    }));
    const QByteArray changed = readFile(path);
    QVERIFY(changed != original);

    result = redo ? history.redo() : history.undo();
    QVERIFY(!result.ok());
    QCOMPARE(codesOf(errorsOnly(result.problems)), QStringList{QStringLiteral("Operation.ChangedMeanwhile")});
    QVERIFY2(result.problems.first().message.contains(QLatin1String("MaxMessageSize")),
             qPrintable(result.problems.first().message));
    QCOMPARE(readFile(path), changed);
    QCOMPARE(history.index(), index);
    QCOMPARE(redo ? history.redoText() : history.undoText(), text);

    // The other program's change is undone by hand: the step can be tried again, and succeeds.
    QVERIFY(writeFile(path, original));
    result = redo ? history.redo() : history.undo();
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(history.index(), redo ? index + 1 : index - 1);
}

// An undone removal is refused when another process (store_writer) has since created a connector
// of that name; a connector that process adds meanwhile under another name is kept by the undo.
void tst_ConnectorHistory::refusedWhenAnotherProcessRecreatedTheName()
{
    const QString path = copyOfRolesFile();
    QVERIFY(!path.isEmpty());
    const ConnectorOperations operations(path, OperationScope{OrganizationAdministrator, QStringLiteral("EX01"),
                                                              Exchange::Version::Sp12007});
    ConnectorHistory history;
    // The console creates "Other-1" and removes it; store_writer then adds Other-1 and Other-2.
    Parsed<Organization> result = operations.create(newConnector(QStringLiteral("Other-1"), false));
    QVERIFY(result.ok());
    const SendConnector removed = *result.value->connector(QStringLiteral("Other-1"));
    const qsizetype position = positionOf(*result.value, removed.name, {});
    QVERIFY(operations.remove(removed.name, removed).ok());
    history.recordRemove(operations, removed, position);

    QProcess writer;
    writer.start(QStringLiteral(SCC_BIN_DIR "/store_writer"), {path, QStringLiteral("Other"), QStringLiteral("2")});
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
    const QByteArray bytes = readFile(path);

    result = history.undo();
    QVERIFY(!result.ok());
    QCOMPARE(codesOf(errorsOnly(result.problems)), QStringList{QStringLiteral("Name.Duplicate")});
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(history.index(), 1);

    // The other process's connector goes away (its own administrator removes it): the undo succeeds
    // and keeps Other-2.
    QVERIFY(operations.remove(QStringLiteral("Other-1")).ok());
    result = history.undo();
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const QList<SendConnector> saved = savedConnectors(path, {});
    QCOMPARE(namesOf(saved).indexOf(QStringLiteral("Other-1")), position);
    QVERIFY(saved.at(position) == removed);
    QVERIFY(namesOf(saved).contains(QStringLiteral("Other-2")));
}

// The undo and redo actions are not offered to an operator who lost the role the operation needs
// (and the operation refuses anyway).
void tst_ConnectorHistory::undoProblemsFollowTheRoles()
{
    const QString path = copyOfRolesFile();
    QVERIFY(!path.isEmpty());
    const ConnectorOperations operations(path, OperationScope{OrganizationAdministrator, QStringLiteral("EX01"),
                                                              Exchange::Version::Sp12007});
    ConnectorHistory history;
    const SendConnector before = *OrganizationStore(path).load().value->connector(QStringLiteral("Contoso to Internet"));
    Parsed<Organization> result = operations.setEnabled(before.name, false, before);
    QVERIFY(result.ok());
    history.recordSetEnabled(operations, before, *result.value->connector(before.name));
    QVERIFY(history.undoProblems(*result.value).isEmpty());
    QVERIFY(history.redoProblems(*result.value).isEmpty()); // nothing to redo

    QVERIFY(editFile(path, [](Organization &organization) {
        organization.roleAssignments->organizationAdministrators = {QStringLiteral("CONTOSO\\Somebody Else")};
    }));
    const Organization revoked = *OrganizationStore(path).load().value;
    QCOMPARE(codesOf(errorsOnly(history.undoProblems(revoked))),
             QStringList{QStringLiteral("Permission.NotOrganizationAdministrator")});
    const QByteArray bytes = readFile(path);
    result = history.undo();
    QCOMPARE(codesOf(errorsOnly(result.problems)), QStringList{QStringLiteral("Permission.NotOrganizationAdministrator")});
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(history.index(), 1);

    // Another Exchange version in the file: the change was made for SP1.
    QVERIFY(editFile(path, [](Organization &organization) {
        organization.roleAssignments->organizationAdministrators = {OrganizationAdministrator};
        organization.exchangeVersion = Exchange::Version::Rtm2007;
    }));
    const Parsed<Organization> rtm = OrganizationStore(path).load();
    QVERIFY2(rtm.ok(), qPrintable(describe(rtm.problems)));
    QCOMPARE(codesOf(errorsOnly(history.undoProblems(*rtm.value))), QStringList{QStringLiteral("Operation.VersionMismatch")});
}

void tst_ConnectorHistory::nothingToUndo()
{
    ConnectorHistory history;
    QVERIFY(!history.canUndo());
    QVERIFY(!history.canRedo());
    QVERIFY(history.undoText().isEmpty());
    QCOMPARE(codesOf(history.undo().problems), QStringList{QStringLiteral("History.Empty")});
    QCOMPARE(codesOf(history.redo().problems), QStringList{QStringLiteral("History.Empty")});
    QVERIFY(history.undoProblems(ModelTestSupport::sampleOrganization()).isEmpty());
}

// After an undo, a new change replaces what could have been redone (QUndoStack's rule).
void tst_ConnectorHistory::aNewChangeDropsTheRedoSteps()
{
    const QString path = copyOfRolesFile();
    QVERIFY(!path.isEmpty());
    const ConnectorOperations operations(path, OperationScope{OrganizationAdministrator, QStringLiteral("EX01"),
                                                              Exchange::Version::Sp12007});
    ConnectorHistory history;
    for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second")}) {
        const Parsed<Organization> result = operations.create(newConnector(name, false));
        QVERIFY(result.ok());
        history.recordCreate(operations, *result.value->connector(name), positionOf(*result.value, name, {}));
    }
    QVERIFY(history.undo().ok());
    QCOMPARE(history.redoText(), QStringLiteral("Create 'Second'"));
    const SendConnector first = *OrganizationStore(path).load().value->connector(QStringLiteral("First"));
    const Parsed<Organization> result = operations.setEnabled(first.name, false, first);
    QVERIFY(result.ok());
    history.recordSetEnabled(operations, first, *result.value->connector(first.name));
    QVERIFY(!history.canRedo());
    QCOMPARE(history.count(), 2);
    QCOMPARE(history.undoText(), QStringLiteral("Disable 'First'"));
}

void tst_ConnectorHistory::clearForgetsEverything()
{
    const QString path = copyOfRolesFile();
    QVERIFY(!path.isEmpty());
    const ConnectorOperations operations(path, OperationScope{OrganizationAdministrator, QStringLiteral("EX01"),
                                                              Exchange::Version::Sp12007});
    ConnectorHistory history;
    const Parsed<Organization> result = operations.create(newConnector(QStringLiteral("First"), false));
    QVERIFY(result.ok());
    history.recordCreate(operations, *result.value->connector(QStringLiteral("First")), 5);
    QSignalSpy changed(&history, &ConnectorHistory::changed);
    history.clear();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!history.canUndo());
    QCOMPARE(history.count(), 0);
    QVERIFY(OrganizationStore(path).load().value->connector(QStringLiteral("First")));
}

QTEST_GUILESS_MAIN(tst_ConnectorHistory)
#include "tst_connectorhistory.moc"
