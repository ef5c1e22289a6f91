#include "ConnectorListModel.h"

#include <QSet>
#include <QStringList>

#include <cstdlib>

namespace {

// Connectors are identified by name, as Exchange does: case-insensitively.
QString identity(const SendConnector &connector)
{
    return connector.name.toCaseFolded();
}

QStringList addressSpaceTexts(const SendConnector &connector)
{
    QStringList texts;
    for (const AddressSpace &space : connector.addressSpaces)
        texts.append(space.toString());
    return texts;
}

QStringList smartHostTexts(const SendConnector &connector)
{
    QStringList texts;
    for (const SmartHost &host : connector.smartHosts)
        texts.append(host.toString());
    return texts;
}

// Which list a side is: empty for the organization's (Hub) side, else the Edge server's name.
// An unknown server is a side of its own, with no connectors.
QString sideKey(const Organization &organization, const QString &edgeServer)
{
    if (edgeServer.isEmpty())
        return QString();
    const TransportServer *server = organization.server(edgeServer);
    if (!server)
        return QStringLiteral("?") + edgeServer.toCaseFolded();
    return server->isHub() ? QString() : server->name.toCaseFolded();
}

} // namespace

ConnectorListModel::ConnectorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectorListModel::setOrganization(const Organization &organization, const QString &edgeServer)
{
    setRows(prepare(organization, edgeServer));
}

ConnectorListModel::Row ConnectorListModel::makeRow(const SendConnector &connector)
{
    Row row;
    row.key = identity(connector);
    row.display[int(Column::Name)] = connector.name;
    row.display[int(Column::Status)] = connector.enabled ? tr("Enabled") : tr("Disabled");
    row.display[int(Column::AddressSpaces)] = addressSpaceTexts(connector).join(QStringLiteral(", "));
    row.display[int(Column::Routing)] = connector.dnsRoutingEnabled
        ? tr("DNS (MX records)")
        : smartHostTexts(connector).join(QStringLiteral(", "));
    row.display[int(Column::SourceServers)] = connector.sourceTransportServers.join(QStringLiteral(", "));
    row.display[int(Column::Scoped)] = connector.isScoped() ? tr("Yes") : tr("No");
    for (int column = 0; column < TextColumns; ++column)
        row.folded[column] = row.display[column].toCaseFolded();
    return row;
}

ConnectorListModel::Prepared ConnectorListModel::prepare(const Organization &organization, const QString &edgeServer)
{
    Prepared prepared;
    prepared.edgeServer = edgeServer;
    prepared.sideKey = sideKey(organization, edgeServer);
    const TransportServer *server = edgeServer.isEmpty() ? nullptr : organization.server(edgeServer);
    prepared.replicated = server && server->isEdge() && server->subscribed;
    prepared.connectors =
        prepared.replicated ? organization.replicatedConnectors(edgeServer) : organization.connectorsFor(edgeServer);
    prepared.rows.reserve(prepared.connectors.size());
    for (const SendConnector &connector : std::as_const(prepared.connectors))
        prepared.rows.append(makeRow(connector));
    return prepared;
}

void ConnectorListModel::setRows(const Prepared &prepared)
{
    m_replicated = prepared.replicated;
    m_edgeServer = prepared.edgeServer;
    if (prepared.sideKey != m_sideKey || m_connectors.isEmpty()) {
        beginResetModel();
        if (prepared.sideKey != m_sideKey)
            m_standings.clear(); // another list: its standings come with it
        m_sideKey = prepared.sideKey;
        m_connectors = prepared.connectors;
        m_rows = prepared.rows;
        endResetModel();
        return;
    }
    update(prepared);
}

void ConnectorListModel::update(const Prepared &prepared)
{
    const QList<SendConnector> &connectors = prepared.connectors;
    const QList<Row> &rows = prepared.rows;
    QSet<QString> wanted;
    wanted.reserve(rows.size());
    for (const Row &row : rows)
        wanted.insert(row.key);

    // Beyond a few hundred rows of difference, one reset costs the view less than a signal per row.
    constexpr int ResetThreshold = 256;
    int gone = 0;
    for (const Row &row : std::as_const(m_rows))
        gone += wanted.contains(row.key) ? 0 : 1;
    if (gone > ResetThreshold || std::abs(int(rows.size()) - (int(m_rows.size()) - gone)) > ResetThreshold) {
        beginResetModel();
        m_connectors = connectors;
        m_rows = rows;
        endResetModel();
        return;
    }

    // Rows whose connector is gone, bottom up so that the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).key))
            continue;
        const int last = row;
        while (row > 0 && !wanted.contains(m_rows.at(row - 1).key))
            --row;
        beginRemoveRows(QModelIndex(), row, last);
        m_connectors.remove(row, last - row + 1);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
    }

    QSet<QString> present;
    present.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        present.insert(row.key);

    // Rows above `target` are final; find each connector at or below it, move it up, or insert it.
    for (int target = 0; target < connectors.size(); ++target) {
        const SendConnector &connector = connectors.at(target);
        const QString &name = rows.at(target).key;
        int found = -1;
        if (present.contains(name)) {
            for (int row = target; row < m_rows.size(); ++row) {
                if (m_rows.at(row).key == name) {
                    found = row;
                    break;
                }
            }
        }
        if (found < 0) {
            beginInsertRows(QModelIndex(), target, target);
            m_connectors.insert(target, connector);
            m_rows.insert(target, rows.at(target));
            endInsertRows();
            continue;
        }
        if (found != target) {
            beginMoveRows(QModelIndex(), found, found, QModelIndex(), target);
            m_connectors.move(found, target);
            m_rows.move(found, target);
            endMoveRows();
        }
        if (m_connectors.at(target) != connector) {
            m_connectors[target] = connector;
            m_rows[target] = rows.at(target);
            emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
        }
    }

    // Left over: duplicates of a name (a damaged list) beyond the new list's end.
    if (m_connectors.size() > connectors.size()) {
        beginRemoveRows(QModelIndex(), int(connectors.size()), int(m_connectors.size()) - 1);
        m_connectors.resize(connectors.size());
        m_rows.resize(connectors.size());
        endRemoveRows();
    }
}

bool ConnectorListModel::rowContains(int row, const QString &foldedNeedle) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (foldedNeedle.isEmpty())
        return true;
    const Row &texts = m_rows.at(row);
    for (const QString &text : texts.folded) {
        if (text.contains(foldedNeedle))
            return true;
    }
    const std::optional<RoutingAnalysis::Standing> standing = standingOf(m_connectors.at(row));
    return standing && RoutingAnalysis::marker(*standing).toCaseFolded().contains(foldedNeedle);
}

bool ConnectorListModel::rowLessThan(int left, int right, Column column) const
{
    if (left < 0 || right < 0 || left >= m_rows.size() || right >= m_rows.size())
        return false;
    switch (column) {
    case Column::Status:
        return m_connectors.at(left).enabled < m_connectors.at(right).enabled;
    case Column::Scoped:
        return m_connectors.at(left).isScoped() < m_connectors.at(right).isScoped();
    case Column::RoutingCheck: {
        const auto marker = [this](int row) {
            const std::optional<RoutingAnalysis::Standing> standing = standingOf(m_connectors.at(row));
            return standing ? RoutingAnalysis::marker(*standing).toCaseFolded() : QString();
        };
        return marker(left) < marker(right);
    }
    case Column::Name:
    case Column::AddressSpaces:
    case Column::Routing:
    case Column::SourceServers:
        break;
    }
    return m_rows.at(left).folded[int(column)] < m_rows.at(right).folded[int(column)];
}

ConnectorListModel::Standings ConnectorListModel::standingsByName(const Organization &organization,
                                                                 const QString &edgeServer)
{
    Standings result;
    const TransportServer *server = edgeServer.isEmpty() ? nullptr : organization.server(edgeServer);
    if (!edgeServer.isEmpty() && (!server || (server->isEdge() && server->subscribed)))
        return result;
    const QString side = server && server->isEdge() ? server->name : QString();
    const QList<SendConnector> &connectors = organization.connectorsFor(side);
    const QList<RoutingAnalysis::Standing> standings = RoutingAnalysis::standings(organization, side);
    for (qsizetype i = 0; i < connectors.size() && i < standings.size(); ++i)
        result.insert(identity(connectors.at(i)), standings.at(i));
    return result;
}

void ConnectorListModel::setStandings(const Standings &standings)
{
    if (standings == m_standings)
        return;
    m_standings = standings;
    if (!m_connectors.isEmpty()) {
        const int column = int(Column::RoutingCheck);
        emit dataChanged(index(0, column), index(int(m_connectors.size()) - 1, column));
    }
}

std::optional<RoutingAnalysis::Standing> ConnectorListModel::standingOf(const SendConnector &connector) const
{
    const auto it = m_standings.constFind(identity(connector));
    if (it == m_standings.cend())
        return std::nullopt;
    return *it;
}

int ConnectorListModel::rowOf(const QString &name) const
{
    const QString wanted = name.trimmed().toCaseFolded();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == wanted)
            return row;
    }
    return -1;
}

int ConnectorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connectors.size());
}

int ConnectorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectorListModel::displayText(const SendConnector &connector, Column column) const
{
    switch (column) {
    case Column::Name:
        return connector.name;
    case Column::Status:
        return connector.enabled ? tr("Enabled") : tr("Disabled");
    case Column::AddressSpaces:
        return addressSpaceTexts(connector).join(QStringLiteral(", "));
    case Column::Routing:
        if (connector.dnsRoutingEnabled)
            return tr("DNS (MX records)");
        return smartHostTexts(connector).join(QStringLiteral(", "));
    case Column::SourceServers:
        return connector.sourceTransportServers.join(QStringLiteral(", "));
    case Column::Scoped:
        return connector.isScoped() ? tr("Yes") : tr("No");
    case Column::RoutingCheck: {
        const std::optional<RoutingAnalysis::Standing> standing = standingOf(connector);
        return standing ? RoutingAnalysis::marker(*standing) : QString();
    }
    }
    return QString();
}

QString ConnectorListModel::toolTip(const SendConnector &connector, Column column) const
{
    const QLatin1Char newLine('\n');
    switch (column) {
    case Column::Name:
        return connector.comment.isEmpty() ? connector.name : connector.name + newLine + connector.comment;
    case Column::AddressSpaces:
        return addressSpaceTexts(connector).join(newLine);
    case Column::Routing:
        if (connector.dnsRoutingEnabled)
            return tr("Mail is routed with the DNS \"MX\" records of each recipient's domain.");
        return tr("Mail is routed through these smart hosts:") + newLine + smartHostTexts(connector).join(newLine);
    case Column::SourceServers:
        return connector.sourceTransportServers.join(newLine);
    case Column::RoutingCheck: {
        const std::optional<RoutingAnalysis::Standing> standing = standingOf(connector);
        return standing ? RoutingAnalysis::explanation(*standing) : QString();
    }
    case Column::Status:
    case Column::Scoped:
        break;
    }
    return displayText(connector, column);
}

QVariant ConnectorListModel::sortValue(const SendConnector &connector, Column column) const
{
    switch (column) {
    case Column::Status:
        return connector.enabled;
    case Column::Scoped:
        return connector.isScoped();
    case Column::Name:
    case Column::AddressSpaces:
    case Column::Routing:
    case Column::SourceServers:
    case Column::RoutingCheck:
        break;
    }
    return displayText(connector, column).toCaseFolded();
}

QVariant ConnectorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_connectors.size()
        || index.column() >= ColumnCount)
        return {};
    const SendConnector &connector = m_connectors.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column != Column::RoutingCheck)
            return m_rows.at(index.row()).display[index.column()];
        return displayText(connector, column);
    case Qt::ToolTipRole:
        return toolTip(connector, column);
    case Qt::AccessibleTextRole: {
        const QString text = displayText(connector, column);
        return tr("%1: %2").arg(headerData(index.column(), Qt::Horizontal).toString(),
                                text.isEmpty() ? tr("none") : text);
    }
    case Qt::DecorationRole: {
        QIcon icon;
        if (column == Column::Status)
            icon = m_stateIcons[int(connector.enabled ? StateIcon::Enabled : StateIcon::Disabled)];
        else if (column == Column::RoutingCheck && !displayText(connector, column).isEmpty())
            icon = m_stateIcons[int(StateIcon::Warning)];
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case Qt::AccessibleDescriptionRole:
        if (column == Column::RoutingCheck)
            return toolTip(connector, column);
        return {};
    case SortRole:
        if (column != Column::RoutingCheck && column != Column::Status && column != Column::Scoped)
            return m_rows.at(index.row()).folded[index.column()];
        return sortValue(connector, column);
    case ConnectorNameRole:
        return connector.name;
    case StandingRole: {
        const std::optional<RoutingAnalysis::Standing> standing = standingOf(connector);
        return standing ? QVariant(int(*standing)) : QVariant();
    }
    default:
        return {};
    }
}

void ConnectorListModel::setStateIcon(StateIcon state, const QIcon &icon)
{
    m_stateIcons[int(state)] = icon;
    const int column = int(state == StateIcon::Warning ? Column::RoutingCheck : Column::Status);
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DecorationRole});
}

QVariant ConnectorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::AddressSpaces:
        return tr("Address spaces");
    case Column::Routing:
        return tr("Routing");
    case Column::SourceServers:
        return tr("Source servers");
    case Column::Scoped:
        return tr("Scoped");
    case Column::RoutingCheck:
        return tr("Routing check");
    }
    return {};
}

Qt::ItemFlags ConnectorListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConnectorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(ConnectorNameRole, QByteArrayLiteral("connectorName"));
    names.insert(StandingRole, QByteArrayLiteral("standing"));
    return names;
}
