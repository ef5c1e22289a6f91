#include "ConnectorSummary.h"

#include "ConnectorDraft.h"
#include "ConnectorRules.h"

QList<ConnectorSummary::Group> ConnectorSummary::groups(const ConnectorDraft &draft)
{
    return groups(draft.connectorToCreate(), draft.version(), draft.context().edgeServer,
                  !draft.password().isEmpty());
}

QList<ConnectorSummary::Group> ConnectorSummary::groups(const SendConnector &c, Exchange::Version version,
                                                         const QString &edgeServer, bool passwordSet)
{
    const bool onEdge = !edgeServer.isEmpty();
    const QString none = tr("(none)");
    QList<Group> result;

    Group general{tr("General"), {}};
    general.entries.append({tr("Exchange version"), {tr("Exchange %1").arg(Exchange::toString(version))}});
    general.entries.append({tr("Created on"),
                            {onEdge ? tr("the Edge Transport server %1 (its own connectors)").arg(edgeServer)
                                    : tr("the organization (Hub Transport)")}});
    general.entries.append({tr("Name"), {c.name}});
    general.entries.append({tr("Intended use"), {Exchange::toString(c.usage)}});
    general.entries.append({tr("Permission set"), UsageRules::permissionSet(c.usage)});
    general.entries.append({tr("Enabled"), {yesNo(c.enabled)}});
    general.entries.append({tr("Comment"), {c.comment.isEmpty() ? none : c.comment}});
    result.append(general);

    Group spaces{tr("Address space"), {}};
    QStringList spaceLines;
    for (const AddressSpace &space : c.addressSpaces) {
        spaceLines.append(space.includesSubdomains()
                              ? tr("%1 %2 (cost %3, including all subdomains)").arg(space.type, space.address).arg(space.cost)
                              : tr("%1 %2 (cost %3)").arg(space.type, space.address).arg(space.cost));
    }
    spaces.entries.append({tr("Address spaces"), spaceLines.isEmpty() ? QStringList{none} : spaceLines});
    if (onEdge && !c.isScoped()) {
        // Scoping limits which Hub Transport servers of an AD site may use a connector: an Edge's own
        // connector has none to limit (and neither RTM's "Local:" nor SP1's check box is offered there).
        spaces.entries.append({tr("Scoped send connector"),
                               {tr("No (an Edge Transport server's own connector cannot be scoped)")}});
    } else if (version == Exchange::Version::Sp12007) {
        spaces.entries.append({tr("Scoped send connector"), {yesNo(c.isScopedConnector)}});
    } else {
        spaces.entries.append({tr("Scoped send connector"),
                               {c.isScoped() ? tr("Yes (\"Local:\" address spaces)")
                                             : tr("No (Exchange 2007 RTM scopes only with \"Local:\" in the "
                                                  "shell)")}});
    }
    spaces.entries.append({tr("Linked Receive connector"),
                           {c.linkedReceiveConnector.isEmpty() ? none : c.linkedReceiveConnector}});
    result.append(spaces);

    Group network{tr("Network settings"), {}};
    if (c.dnsRoutingEnabled) {
        network.entries.append({tr("Routing"), {tr("Use domain name system (DNS) \"MX\" records")}});
    } else {
        QStringList hosts;
        for (const SmartHost &host : c.smartHosts)
            hosts.append(host.toString());
        network.entries.append({tr("Routing"), {tr("Route all mail through smart hosts")}});
        network.entries.append({tr("Smart hosts"), hosts.isEmpty() ? QStringList{none} : hosts});
    }
    network.entries.append({tr("Use the External DNS Lookup settings"), {yesNo(c.useExternalDnsServersEnabled)}});
    network.entries.append({tr("Port"), {QString::number(c.port)}});
    network.entries.append({tr("Maximum message size"), {c.maxMessageSize.toDisplayString()}});
    network.entries.append({tr("Connection inactivity time-out"), {c.connectionInactivityTimeOut.toString()}});
    network.entries.append({tr("FQDN in HELO/EHLO"), {c.fqdn.isEmpty() ? tr("(the server's own name)") : c.fqdn}});
    network.entries.append({tr("Force HELO"), {yesNo(c.forceHelo)}});
    network.entries.append({tr("Require TLS"), {yesNo(c.requireTls)}});
    network.entries.append({tr("Ignore STARTTLS"), {yesNo(c.ignoreStartTls)}});
    network.entries.append({tr("Domain security (mutual TLS)"), {yesNo(c.domainSecureEnabled)}});
    network.entries.append({tr("Protocol logging"), {Exchange::toString(c.protocolLoggingLevel)}});
    network.entries.append({tr("Source IP address"), {c.sourceIpAddress}});
    result.append(network);

    Group security{tr("Smart host security"), {}};
    security.entries.append({tr("Authentication"), {authenticationText(c.smartHostAuthMechanism)}});
    if (c.authenticationCredential) {
        security.entries.append({tr("User name"), {c.authenticationCredential->userName}});
        security.entries.append({tr("Password"), {passwordSet ? tr("(set; kept in memory only, never saved)")
                                                              : tr("(not set)")}});
    }
    result.append(security);

    Group source{tr("Source server"), {}};
    if (onEdge) {
        source.entries.append({tr("Source servers"), {tr("%1 (an Edge Transport server sends its own "
                                                         "connectors' mail)").arg(edgeServer)}});
    } else {
        source.entries.append({tr("Source servers"), c.sourceTransportServers.isEmpty()
                                                         ? QStringList{none}
                                                         : c.sourceTransportServers});
    }
    result.append(source);
    return result;
}

QString ConnectorSummary::toPlainText(const QList<Group> &groups)
{
    QString text;
    for (const Group &group : groups) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += group.title + QLatin1Char('\n');
        for (const Entry &entry : group.entries) {
            if (entry.lines.size() == 1) {
                text += QLatin1String("  ") + tr("%1: %2").arg(entry.label, entry.lines.constFirst())
                      + QLatin1Char('\n');
                continue;
            }
            text += QLatin1String("  ") + tr("%1:").arg(entry.label) + QLatin1Char('\n');
            for (const QString &line : entry.lines)
                text += QLatin1String("    ") + line + QLatin1Char('\n');
        }
    }
    return text;
}

QString ConnectorSummary::toHtml(const QList<Group> &groups)
{
    QString html;
    for (const Group &group : groups) {
        html += QLatin1String("<h3>") + group.title.toHtmlEscaped() + QLatin1String("</h3>\n<table>\n");
        for (const Entry &entry : group.entries) {
            QStringList escaped;
            for (const QString &line : entry.lines)
                escaped.append(line.toHtmlEscaped());
            html += QLatin1String("<tr><td style=\"padding-right:12px\" valign=\"top\">")
                  + tr("%1:").arg(entry.label).toHtmlEscaped() + QLatin1String("</td><td>")
                  + escaped.join(QLatin1String("<br>")) + QLatin1String("</td></tr>\n");
        }
        html += QLatin1String("</table>\n");
    }
    return html;
}

QString ConnectorSummary::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString ConnectorSummary::authenticationText(Exchange::SmartHostAuthMechanism mechanism)
{
    switch (mechanism) {
    case Exchange::SmartHostAuthMechanism::None:
        return tr("None");
    case Exchange::SmartHostAuthMechanism::BasicAuth:
        return tr("Basic Authentication");
    case Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS:
        return tr("Basic Authentication over TLS");
    case Exchange::SmartHostAuthMechanism::ExchangeServer:
        return tr("Exchange Server Authentication");
    case Exchange::SmartHostAuthMechanism::ExternalAuthoritative:
        return tr("Externally Secured (for example, with IPsec)");
    }
    return QString();
}
