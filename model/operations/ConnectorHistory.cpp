#include "ConnectorHistory.h"

#include <utility>

ConnectorCommand::ConnectorCommand(Kind kind, ConnectorOperations operations, std::optional<SendConnector> before,
                                   std::optional<SendConnector> after, qsizetype position)
    : m_kind(kind)
    , m_operations(std::move(operations))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_position(position)
{
    setText(description(m_kind, m_before, m_after));
}

QString ConnectorCommand::description(Kind kind, const std::optional<SendConnector> &before,
                                      const std::optional<SendConnector> &after)
{
    const QString name = before ? before->name : after ? after->name : QString();
    switch (kind) {
    case Kind::Create:
        return ConnectorHistory::tr("Create '%1'").arg(name);
    case Kind::Change:
        if (before && after && before->name != after->name)
            return ConnectorHistory::tr("Change '%1' (renamed '%2')").arg(before->name, after->name);
        return ConnectorHistory::tr("Change '%1'").arg(name);
    case Kind::Enable:
        return ConnectorHistory::tr("Enable '%1'").arg(name);
    case Kind::Disable:
        return ConnectorHistory::tr("Disable '%1'").arg(name);
    case Kind::Remove:
        return ConnectorHistory::tr("Remove '%1'").arg(name);
    }
    return name;
}

OperatorPermissions::Action ConnectorCommand::action(Direction direction) const
{
    const bool undo = direction == Direction::Undo;
    switch (m_kind) {
    case Kind::Create:
        return undo ? OperatorPermissions::Action::RemoveConnector : OperatorPermissions::Action::CreateConnector;
    case Kind::Remove:
        return undo ? OperatorPermissions::Action::CreateConnector : OperatorPermissions::Action::RemoveConnector;
    case Kind::Change:
    case Kind::Enable:
    case Kind::Disable:
        break;
    }
    return OperatorPermissions::Action::ChangeConnector;
}

Parsed<Organization> ConnectorCommand::perform(Direction direction) const
{
    // Undo goes from `after` back to `before`; redo from `before` to `after` again.
    const bool undo = direction == Direction::Undo;
    const std::optional<SendConnector> &from = undo ? m_after : m_before;
    const std::optional<SendConnector> &to = undo ? m_before : m_after;
    if (!from) // a removal undone, a creation redone: the connector comes back at its place
        return m_operations.create(*to, m_position);
    if (!to) // a creation undone, a removal redone
        return m_operations.remove(from->name, from);
    switch (m_kind) {
    case Kind::Enable:
    case Kind::Disable:
        return m_operations.setEnabled(from->name, to->enabled, from);
    case Kind::Create:
    case Kind::Change:
    case Kind::Remove:
        break;
    }
    return m_operations.change(from->name, *to, from);
}

QString ConnectorCommand::connectorNameAfter(Direction direction) const
{
    const std::optional<SendConnector> &to = direction == Direction::Undo ? m_before : m_after;
    return to ? to->name : QString();
}

ConnectorHistory::ConnectorHistory(QObject *parent)
    : QObject(parent)
{
    connect(&m_stack, &QUndoStack::indexChanged, this, &ConnectorHistory::changed);
}

ConnectorHistory::~ConnectorHistory()
{
    // The stack clears itself when destroyed: nobody is to hear about it any more.
    disconnect(&m_stack, nullptr, this, nullptr);
}

void ConnectorHistory::push(ConnectorCommand *command)
{
    // push() calls the command's redo(), which changes nothing: the change is already made.
    m_stack.push(command); // emits indexChanged: changed()
}

void ConnectorHistory::recordCreate(const ConnectorOperations &operations, const SendConnector &created,
                                    qsizetype position)
{
    push(new ConnectorCommand(ConnectorCommand::Kind::Create, operations, std::nullopt, created, position));
}

void ConnectorHistory::recordChange(const ConnectorOperations &operations, const SendConnector &before,
                                    const SendConnector &after)
{
    push(new ConnectorCommand(ConnectorCommand::Kind::Change, operations, before, after, -1));
}

void ConnectorHistory::recordSetEnabled(const ConnectorOperations &operations, const SendConnector &before,
                                        const SendConnector &after)
{
    push(new ConnectorCommand(after.enabled ? ConnectorCommand::Kind::Enable : ConnectorCommand::Kind::Disable,
                              operations, before, after, -1));
}

void ConnectorHistory::recordRemove(const ConnectorOperations &operations, const SendConnector &removed,
                                    qsizetype position)
{
    push(new ConnectorCommand(ConnectorCommand::Kind::Remove, operations, removed, std::nullopt, position));
}

const ConnectorCommand *ConnectorHistory::commandAt(int index) const
{
    if (index < 0 || index >= m_stack.count())
        return nullptr;
    return static_cast<const ConnectorCommand *>(m_stack.command(index));
}

namespace {

Problems scopeProblems(const ConnectorCommand *command, ConnectorCommand::Direction direction,
                       const Organization &organization)
{
    if (!command)
        return {};
    return ConnectorOperations::checkScope(organization, command->operations().scope(), command->action(direction));
}

} // namespace

Problems ConnectorHistory::undoProblems(const Organization &organization) const
{
    return scopeProblems(commandAt(m_stack.index() - 1), ConnectorCommand::Direction::Undo, organization);
}

Problems ConnectorHistory::redoProblems(const Organization &organization) const
{
    return scopeProblems(commandAt(m_stack.index()), ConnectorCommand::Direction::Redo, organization);
}

Parsed<Organization> ConnectorHistory::step(ConnectorCommand::Direction direction)
{
    const bool undo = direction == ConnectorCommand::Direction::Undo;
    const ConnectorCommand *command = commandAt(undo ? m_stack.index() - 1 : m_stack.index());
    if (!command) {
        Parsed<Organization> nothing;
        nothing.problems = {Problem::error(QStringLiteral("History.Empty"), QString(),
                                           undo ? tr("There is no change to undo.") : tr("There is no change to redo."))};
        return nothing;
    }
    Parsed<Organization> result = command->perform(direction);
    if (!result.ok())
        return result; // the stack stays: the command can be tried again
    m_lastConnectorName = command->connectorNameAfter(direction);
    m_lastServer = command->operations().scope().server;
    if (undo)
        m_stack.undo();
    else
        m_stack.redo();
    return result;
}

Parsed<Organization> ConnectorHistory::undo()
{
    return step(ConnectorCommand::Direction::Undo);
}

Parsed<Organization> ConnectorHistory::redo()
{
    return step(ConnectorCommand::Direction::Redo);
}

void ConnectorHistory::clear()
{
    m_stack.clear();
    m_lastServer.clear();
    m_lastConnectorName.clear(); // QUndoStack::clear() emits indexChanged: changed()
}
