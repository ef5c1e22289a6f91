#include "OrganizationOverview.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString routingOf(const SendConnector &connector)
{
    if (connector.dnsRoutingEnabled)
        return OrganizationOverview::tr("DNS MX records");
    QStringList hosts;
    for (const SmartHost &host : connector.smartHosts)
        hosts.append(host.toString());
    return OrganizationOverview::tr("Smart hosts: %1").arg(hosts.join(QStringLiteral(", ")));
}

void addConnectors(QTreeWidgetItem *parent, const QList<SendConnector> &connectors)
{
    for (const SendConnector &connector : connectors) {
        QStringList spaces;
        for (const AddressSpace &space : connector.addressSpaces)
            spaces.append(space.toString());
        auto *item = new QTreeWidgetItem(parent, {connector.name,
                                                  connector.enabled ? OrganizationOverview::tr("Enabled")
                                                                    : OrganizationOverview::tr("Disabled"),
                                                  spaces.join(QStringLiteral(", ")), routingOf(connector)});
        item->setToolTip(2, spaces.join(QLatin1Char('\n')));
    }
}
} // namespace

OrganizationOverview::OrganizationOverview(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Send Connector Console"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_notice = new QLabel(central);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_notice);
    m_tree = new QTreeWidget(central);
    m_tree->setObjectName(QStringLiteral("organizationTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Status"), tr("Address spaces"), tr("Routing")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    setCentralWidget(central);
    resize(960, 600);
}

void OrganizationOverview::showOrganization(const QString &path, const Organization &organization, const Problems &warnings)
{
    m_tree->clear();
    auto *root = new QTreeWidgetItem(m_tree, {organization.name});
    auto *hub = new QTreeWidgetItem(root, {tr("Organization Configuration > Hub Transport")});
    addConnectors(hub, organization.sendConnectors);
    for (const TransportServer &server : organization.servers) {
        if (!server.isEdge())
            continue;
        const QString label = server.subscribed ? tr("Edge Transport: %1 (subscribed)").arg(server.name)
                                                : tr("Edge Transport: %1").arg(server.name);
        auto *edge = new QTreeWidgetItem(root, {label});
        addConnectors(edge, server.sendConnectors);
    }
    m_tree->expandAll();

    QStringList lines{tr("This build shows the organization read-only. The New Send Connector wizard and the "
                         "full console are not part of this release yet.")};
    for (const Problem &warning : warnings)
        lines.append(warning.toString());
    m_notice->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("%1 — local server %2 — Exchange %3")
                                 .arg(path, organization.localServer, Exchange::toString(organization.exchangeVersion)));
}

void OrganizationOverview::showProblems(const QString &path, const Problems &problems)
{
    m_tree->clear();
    QStringList lines{tr("The organization file %1 cannot be used; it has been left unchanged:").arg(path)};
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    m_notice->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(path);
}
