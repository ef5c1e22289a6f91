#pragma once

#include "ConnectorOperations.h"
#include "OperatorPermissions.h"
#include "Organization.h"
#include "Problem.h"
#include "SendConnector.h"

#include <QObject>
#include <QString>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <optional>

// One change a console window made to a Send connector, undone and redone as a new operation
// through ConnectorOperations (docs/decisions.md#undo). Its QUndoCommand::undo() and redo() only
// follow the stack: the change itself is made by perform(), before the stack moves, so that a
// refused undo leaves the stack where it was. The first redo() (QUndoStack::push) changes nothing:
// the console has already made the change.
class ConnectorCommand : public QUndoCommand
{
public:
    enum class Kind { Create, Change, Enable, Disable, Remove };
    enum class Direction { Undo, Redo };

    // `before`: the connector as it was just before the change (none for Create); `after`: as the
    // change left it (none for Remove); `position`: its place in its side's list (before a Remove,
    // after a Create). `operations` names the file and the scope (operator, server side, version).
    ConnectorCommand(Kind kind, ConnectorOperations operations, std::optional<SendConnector> before,
                     std::optional<SendConnector> after, qsizetype position);

    Kind kind() const { return m_kind; }
    const std::optional<SendConnector> &before() const { return m_before; }
    const std::optional<SendConnector> &after() const { return m_after; }
    const ConnectorOperations &operations() const { return m_operations; }
    qsizetype position() const { return m_position; }

    // What the command is called in the Edit menu: "Change 'X'", "Remove 'X'"...
    static QString description(Kind kind, const std::optional<SendConnector> &before,
                               const std::optional<SendConnector> &after);
    // The operation that undoes or redoes the change (for the permission it needs).
    OperatorPermissions::Action action(Direction direction) const;
    // Makes the change in that direction, as one operation on the file as it is now. `expected` is
    // the value the connector has after the change being undone (before the one being redone): if
    // another program changed it since, the result is "Operation.ChangedMeanwhile" and the file is
    // not touched.
    Parsed<Organization> perform(Direction direction) const;
    // The connector that direction leaves in the file (empty when it removes it).
    QString connectorNameAfter(Direction direction) const;

    void undo() override {}
    void redo() override {}

private:
    Kind m_kind;
    ConnectorOperations m_operations;
    std::optional<SendConnector> m_before;
    std::optional<SendConnector> m_after;
    qsizetype m_position;
};

// The history of the changes one console window made to Send connectors in this session: a
// QUndoStack of ConnectorCommands, undone and redone only through undo() and redo() here. A refused
// undo or redo (permission, rules, another program's change) returns its problems and leaves the
// stack as it was: the command stays, so the operator can look, then try again.
class ConnectorHistory : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorHistory(QObject *parent = nullptr);
    ~ConnectorHistory() override;

    // Records a change already made (it is not made again). `operations` gives the file and scope
    // it was made with; later undos and redos use them.
    void recordCreate(const ConnectorOperations &operations, const SendConnector &created, qsizetype position);
    void recordChange(const ConnectorOperations &operations, const SendConnector &before, const SendConnector &after);
    void recordSetEnabled(const ConnectorOperations &operations, const SendConnector &before,
                          const SendConnector &after);
    void recordRemove(const ConnectorOperations &operations, const SendConnector &removed, qsizetype position);

    bool canUndo() const { return m_stack.canUndo(); }
    bool canRedo() const { return m_stack.canRedo(); }
    // The description of the command undo() / redo() would act on ("Change 'X'"), or empty.
    QString undoText() const { return m_stack.undoText(); }
    QString redoText() const { return m_stack.redoText(); }
    int count() const { return m_stack.count(); }
    int index() const { return m_stack.index(); }

    // Why undo() / redo() would be refused on `organization` (the window's last reading of the
    // file): the operator's roles, the server side, the Exchange version (ConnectorOperations::
    // checkScope). Empty when nothing is to undo / redo.
    Problems undoProblems(const Organization &organization) const;
    Problems redoProblems(const Organization &organization) const;

    // Undoes / redoes the last change: on success the stack moves and the result holds the
    // organization as written; on failure the stack stays and the result holds the problems.
    // With nothing to undo / redo, the result is "History.Empty".
    Parsed<Organization> undo();
    Parsed<Organization> redo();

    // undo() and redo() in two halves, for a caller that makes the change on a worker thread (a
    // large file, or another program holding the lock, must not freeze the window): prepare() gives
    // the work, which touches only the file (through the command's operations, with copies of its
    // connectors) and may run on any thread; finish(), back on this object's thread, moves the
    // stack as undo() / redo() would when the work succeeded and the stack is still where prepare()
    // found it, and says whether it moved. prepare() gives nothing when there is no step that way.
    struct PendingStep
    {
        ConnectorCommand::Direction direction = ConnectorCommand::Direction::Undo;
        int index = -1; // the stack's index when prepared
        std::function<Parsed<Organization>()> work;
    };
    std::optional<PendingStep> prepare(ConnectorCommand::Direction direction) const;
    bool finish(const PendingStep &step, const Parsed<Organization> &result);
    // The connector the last successful undo() / redo() left in the file (empty when it removed one).
    QString lastConnectorName() const { return m_lastConnectorName; }
    // The server of that change's scope (empty: the Hub side), to find that connector's side.
    QString lastServer() const { return m_lastServer; }

    // Forgets every change (another organization file was opened).
    void clear();

signals:
    // The stack moved, grew or was cleared: the texts and what can be done changed.
    void changed();

private:
    void push(ConnectorCommand *command);
    const ConnectorCommand *commandAt(int index) const;
    Parsed<Organization> step(ConnectorCommand::Direction direction);

    QUndoStack m_stack;
    QString m_lastConnectorName;
    QString m_lastServer;
};
