#include "ConsoleTree.h"

#include "Icons.h"

#include <QHeaderView>

namespace {

enum ItemRole { KindRole = Qt::UserRole + 1, ServerRole };

Icons::Purpose iconOf(ConsoleTree::NodeKind kind)
{
    switch (kind) {
    case ConsoleTree::NodeKind::Organization:
        return Icons::Purpose::Organization;
    case ConsoleTree::NodeKind::OrganizationConfiguration:
        return Icons::Purpose::OrganizationConfiguration;
    case ConsoleTree::NodeKind::HubTransport:
        return Icons::Purpose::HubTransport;
    case ConsoleTree::NodeKind::EdgeTransport:
        return Icons::Purpose::EdgeTransport;
    case ConsoleTree::NodeKind::EdgeServer:
        break;
    }
    return Icons::Purpose::EdgeServer;
}

// What the tree shows of an organization; equal signatures need no rebuild.
QString signatureOf(const Organization &organization)
{
    QString signature = organization.name;
    for (const TransportServer &server : organization.servers) {
        if (server.isEdge())
            signature += QLatin1Char('\n') + server.name + (server.subscribed ? QLatin1String("+") : QLatin1String("-"));
    }
    return signature;
}

} // namespace

ConsoleTree::ConsoleTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("consoleTree"));
    setAccessibleName(tr("Console tree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { emit currentNodeChanged(); });
    // A node selected without moving the current item (assistive technology selects a tree item
    // through its accessible interface) becomes the current node, as a click makes it.
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem *> selected = selectedItems();
        if (!selected.isEmpty() && selected.first() != currentItem())
            setCurrentItem(selected.first());
    });
}

QTreeWidgetItem *ConsoleTree::addNode(QTreeWidgetItem *parent, const Node &node, const QString &text)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, text);
    item->setIcon(0, Icons::get(iconOf(node.kind)));
    item->setData(0, KindRole, int(node.kind));
    item->setData(0, ServerRole, node.server);
    return item;
}

void ConsoleTree::setOrganization(const Organization &organization)
{
    const QString signature = signatureOf(organization);
    if (signature == m_signature && topLevelItemCount() > 0)
        return;
    m_signature = signature;

    const Node previous = currentItem() ? currentNode() : Node{NodeKind::HubTransport, QString()};
    {
        const QSignalBlocker blocker(this);
        clear();
        QTreeWidgetItem *root = addNode(nullptr, {NodeKind::Organization, QString()},
                                        organization.name.isEmpty() ? tr("Exchange organization") : organization.name);
        root->setToolTip(0, tr("The Exchange organization \"%1\"").arg(organization.name));
        QTreeWidgetItem *configuration =
            addNode(root, {NodeKind::OrganizationConfiguration, QString()}, tr("Organization Configuration"));
        QTreeWidgetItem *hub = addNode(configuration, {NodeKind::HubTransport, QString()}, tr("Hub Transport"));
        hub->setToolTip(0, tr("The organization's Send connectors, used by the Hub Transport servers"));
        QTreeWidgetItem *edges = addNode(root, {NodeKind::EdgeTransport, QString()}, tr("Edge Transport"));
        edges->setToolTip(0, tr("The Edge Transport servers, listed above the tabs of the one selected"));
        for (const TransportServer &server : organization.servers) {
            if (!server.isEdge())
                continue;
            QTreeWidgetItem *item = addNode(edges, {NodeKind::EdgeServer, server.name},
                                            server.subscribed ? tr("%1 (subscribed)").arg(server.name) : server.name);
            item->setToolTip(0, server.subscribed
                                    ? tr("%1 is subscribed to the organization by EdgeSync: its Send connectors are "
                                         "created on the Hub Transport side.")
                                          .arg(server.name)
                                    : tr("%1 is not subscribed: it has Send connectors of its own.").arg(server.name));
        }
        expandAll();
    }

    QTreeWidgetItem *item = itemFor(previous);
    if (!item && previous.kind == NodeKind::EdgeServer)
        item = itemFor({NodeKind::EdgeTransport, QString()});
    setCurrentItem(item ? item : topLevelItem(0));
    emit currentNodeChanged();
}

void ConsoleTree::clearOrganization()
{
    m_signature.clear();
    clear();
    emit currentNodeChanged();
}

ConsoleTree::Node ConsoleTree::nodeOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return {NodeKind(item->data(0, KindRole).toInt()), item->data(0, ServerRole).toString()};
}

ConsoleTree::Node ConsoleTree::currentNode() const
{
    return nodeOf(currentItem());
}

QTreeWidgetItem *ConsoleTree::itemFor(const Node &node) const
{
    for (QTreeWidgetItemIterator it(const_cast<ConsoleTree *>(this)); *it; ++it) {
        if (nodeOf(*it) == node)
            return *it;
    }
    return nullptr;
}

bool ConsoleTree::selectNode(const Node &node)
{
    QTreeWidgetItem *item = itemFor(node);
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}
