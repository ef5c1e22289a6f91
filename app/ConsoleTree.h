#pragma once

#include "Organization.h"

#include <QString>
#include <QTreeWidget>

// The console tree of the Exchange Management Console: the organization at the root,
// Organization Configuration > Hub Transport, and Edge Transport (whose result pane lists the
// Edge servers, as the EMC's does) with, as a shortcut, one node per Edge server (a subscribed
// one is marked so).
class ConsoleTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum class NodeKind { Organization, OrganizationConfiguration, HubTransport, EdgeTransport, EdgeServer };
    Q_ENUM(NodeKind)

    // A node: its kind, and for an Edge server node the server's name.
    struct Node
    {
        NodeKind kind = NodeKind::Organization;
        QString server;

        // Whether the node lists Send connectors (Hub Transport or one Edge server).
        bool isSide() const { return kind == NodeKind::HubTransport || kind == NodeKind::EdgeServer; }
        friend bool operator==(const Node &a, const Node &b)
        {
            return a.kind == b.kind && a.server.compare(b.server, Qt::CaseInsensitive) == 0;
        }
        friend bool operator!=(const Node &a, const Node &b) { return !(a == b); }
    };

    explicit ConsoleTree(QWidget *parent = nullptr);

    // Shows the organization's nodes. The current node stays current when it still exists
    // (else its parent becomes current); the tree is rebuilt only when its nodes changed.
    void setOrganization(const Organization &organization);
    void clearOrganization();

    Node currentNode() const;
    bool selectNode(const Node &node);
    QTreeWidgetItem *itemFor(const Node &node) const;
    static Node nodeOf(const QTreeWidgetItem *item);

signals:
    void currentNodeChanged();

private:
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const Node &node, const QString &text);

    QString m_signature; // what the current nodes were built from
};
