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

namespace {

// The change that undoes or redoes a recorded one, from copies of what the command holds (so that
// it can run on another thread while the command stays in the stack).
Parsed<Organization> performStep(ConnectorCommand::Kind kind, const ConnectorOperations &operations,
                                 const std::optional<SendConnector> &before, const std::optional<SendConnector> &after,
                                 qsizetype position, ConnectorCommand::Direction direction)
{
    // Undo goes from `after` back to `before`; redo from `before` to `after` again.
    const bool undo = direction == ConnectorCommand::Direction::Undo;
    const std::optional<SendConnector> &from = undo ? after : before;
    const std::optional<SendConnector> &to = undo ? before : after;
    if (!from) // a removal undone, a creation redone: the connector comes back at its place
        return operations.create(*to, position);
    if (!to) // a creation undone, a removal redone
        return operations.remove(from->name, from);
    switch (kind) {
    case ConnectorCommand::Kind::Enable:
    case ConnectorCommand::Kind::Disable:
        return operations.setEnabled(from->name, to->enabled, from);
    case ConnectorCommand::Kind::Create:
    case ConnectorCommand::Kind::Change:
    case ConnectorCommand::Kind::Remove:
        break;
    }
    return operations.change(from->name, *to, from);
}

} // namespace

Parsed<Organization> ConnectorCommand::perform(Direction direction) const
{
    return performStep(m_kind, m_operations, m_before, m_after, m_position, direction);
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

std::optional<ConnectorHistory::PendingStep> ConnectorHistory::prepare(ConnectorCommand::Direction direction) const
{
    const int index = direction == ConnectorCommand::Direction::Undo ? m_stack.index() - 1 : m_stack.index();
    const ConnectorCommand *command = commandAt(index);
    if (!command)
        return std::nullopt;
    PendingStep step;
    step.direction = direction;
    step.index = m_stack.index();
    step.work = [kind = command->kind(), operations = command->operations(), before = command->before(),
                 after = command->after(), position = command->position(), direction] {
        return performStep(kind, operations, before, after, position, direction);
    };
    return step;
}

bool ConnectorHistory::finish(const PendingStep &step, const Parsed<Organization> &result)
{
    // The stack stays when the change was refused (the command can be tried again) or when the
    // stack moved meanwhile (then the command is no longer the one prepared).
    if (!result.ok() || step.index != m_stack.index())
        return false;
    const bool undo = step.direction == ConnectorCommand::Direction::Undo;
    const ConnectorCommand *command = commandAt(undo ? step.index - 1 : step.index);
    if (!command)
        return false;
    m_lastConnectorName = command->connectorNameAfter(step.direction);
    m_lastServer = command->operations().scope().server;
    if (undo)
        m_stack.undo();
    else
        m_stack.redo();
    return true;
}

Parsed<Organization> ConnectorHistory::step(ConnectorCommand::Direction direction)
{
    const std::optional<PendingStep> pending = prepare(direction);
    if (!pending) {
        Parsed<Organization> nothing;
        const bool undo = direction == ConnectorCommand::Direction::Undo;
        nothing.problems = {Problem::error(QStringLiteral("History.Empty"), QString(),
                                           undo ? tr("There is no change to undo.") : tr("There is no change to redo."))};
        return nothing;
    }
    Parsed<Organization> result = pending->work();
    finish(*pending, result);
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
