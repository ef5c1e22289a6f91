#pragma once

#include "Organization.h"
#include "RoutingAnalysis.h"
#include "SendConnector.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>

// The Send connectors of one side of an organization (the Hub side, one Edge server's own, or
// what EdgeSync replicates to a subscribed Edge) as the console's list:
// Name | Status | Address spaces | Routing | Source servers | Scoped | Routing check.
//
// Routing check marks a connector that never wins for any of its address spaces, or wins only by
// the name tie-break (RoutingAnalysis::marker(), its explanation() as tool tip and accessible
// description, the Warning icon given by setStateIcon()). The standings are computed apart
// (standingsByName(), pure, fit for a worker thread) and handed over with setStandings(); rows keep
// the last standings given for their name until new ones come.
//
// setOrganization() updates the rows incrementally, matching connectors by name
// (case-insensitively): connectors that are gone are removed, new ones inserted, reordered ones
// moved and changed ones reported by dataChanged(), never with a model reset, so that a view
// keeps its selection when the file is reloaded. A rename is a removal and an insertion. Only a
// change of side (another Edge, or Hub <-> Edge) resets the model: it is another list.
//
// The rows' text (display, case-folded for sorting and filtering) is computed once per version of a
// connector, by prepare() — pure, fit for a worker thread — so that setRows() on the GUI thread
// only swaps lists, and sorting or filtering 10,000 rows compares precomputed strings
// (ConnectorFilterProxyModel). A first list, or one that differs in more than a few hundred rows,
// is installed with one model reset (a view keeps nothing worth the per-row signals then).
//
// Roles: DisplayRole (translated text), ToolTipRole (the full value, one item a line; the Name
// column adds the connector's comment), AccessibleTextRole ("<column>: <value>"), SortRole (raw
// values: lower-case text, or bool for Status and Scoped) and ConnectorNameRole (the name, on
// every column), DecorationRole (the Status column's Enabled or Disabled icon, the Routing check
// column's Warning icon: the icons the console gives with setStateIcon(); the model picks none).
// The model is read-only.
class ConnectorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Status, AddressSpaces, Routing, SourceServers, Scoped, RoutingCheck };
    Q_ENUM(Column)
    static constexpr int ColumnCount = 7;

    enum Role {
        SortRole = Qt::UserRole + 1,
        ConnectorNameRole,
        StandingRole, // the RoutingAnalysis::Standing as an int; invalid while none is known
    };
    Q_ENUM(Role)

    explicit ConnectorListModel(QObject *parent = nullptr);

    // Shows the connectors of the organization's Hub side (empty `edgeServer`, or a Hub server's
    // name) or of that Edge server. A subscribed Edge shows, read-only, the Hub side's connectors
    // that EdgeSync replicates to it (Organization::replicatedConnectors); an unknown server none.
    void setOrganization(const Organization &organization, const QString &edgeServer = QString());

    // One row's precomputed text: the display text and its case-folded form of each column but
    // Routing check (which follows the standings).
    static constexpr int TextColumns = ColumnCount - 1;
    struct Row
    {
        QString key; // the case-folded name
        QString display[TextColumns];
        QString folded[TextColumns];
    };
    // A side's rows as setOrganization() would show them, computed without touching the model.
    struct Prepared
    {
        QString edgeServer;
        QString sideKey;
        bool replicated = false;
        QList<SendConnector> connectors;
        QList<Row> rows;
    };
    static Prepared prepare(const Organization &organization, const QString &edgeServer = QString());
    // Shows rows made by prepare() (the same as setOrganization() with its arguments).
    void setRows(const Prepared &prepared);
    // Whether `row` contains `foldedNeedle` (case-folded) in a column's text; an empty needle
    // matches every row. Cheap: precomputed text only.
    bool rowContains(int row, const QString &foldedNeedle) const;
    // Compares two rows by a column's sort value (as SortRole), without building variants.
    bool rowLessThan(int left, int right, Column column) const;
    QString edgeServer() const { return m_edgeServer; }
    // Whether the rows are a subscribed Edge's replicas of Hub connectors (changed on the Hub only).
    bool isReplicatedList() const { return m_replicated; }

    // The standings of the side's connectors by case-folded name: every connector of that side
    // (RoutingAnalysis::standings), none for a subscribed Edge's replicas (they are judged on the
    // Hub side) or an unknown server. Pure: call it on a worker thread for a large organization.
    using Standings = QHash<QString, RoutingAnalysis::Standing>;
    static Standings standingsByName(const Organization &organization, const QString &edgeServer = QString());
    // Replaces the standings shown (dataChanged on the Routing check column when any changes).
    void setStandings(const Standings &standings);
    const Standings &standings() const { return m_standings; }
    // The icon of a connector state: Enabled and Disabled on the Status column, Warning on the
    // Routing check column of a marked connector. None is shown until given.
    enum class StateIcon { Enabled, Disabled, Warning };
    Q_ENUM(StateIcon)
    void setStateIcon(StateIcon state, const QIcon &icon);

    const QList<SendConnector> &connectors() const { return m_connectors; }
    // The connector of a row; a default SendConnector for a row out of range.
    SendConnector connectorAt(int row) const { return m_connectors.value(row); }
    // The row of the connector named `name` (case-insensitive), -1 when there is none.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const SendConnector &connector, Column column) const;
    QString toolTip(const SendConnector &connector, Column column) const;
    QVariant sortValue(const SendConnector &connector, Column column) const;
    void update(const Prepared &prepared);
    static Row makeRow(const SendConnector &connector);

    QString m_edgeServer; // as given
    QString m_sideKey;    // which list is shown: empty for the Hub side (see setOrganization)
    std::optional<RoutingAnalysis::Standing> standingOf(const SendConnector &connector) const;

    QList<SendConnector> m_connectors;
    QList<Row> m_rows; // parallel to m_connectors
    bool m_replicated = false;
    Standings m_standings;
    QIcon m_stateIcons[3]; // by StateIcon
};
