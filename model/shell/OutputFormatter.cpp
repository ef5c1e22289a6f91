#include "OutputFormatter.h"

#include "AddressSpace.h"
#include "ConnectorParameter.h"

#include <algorithm>

using P = ConnectorParameter;

namespace {

QString trueFalse(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

QString rightTrimmed(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

// The first items of a list, one more than collection() shows (so that it knows to add "..."):
// a connector with 100,000 address spaces is not turned into 100,000 strings to print four.
template <typename T>
QStringList firstTexts(const QList<T> &values)
{
    QStringList items;
    const qsizetype shown = std::min<qsizetype>(values.size(), OutputFormatter::EnumerationLimit + 1);
    for (qsizetype i = 0; i < shown; ++i)
        items.append(values.at(i).toString());
    return items;
}

// Exchange 2007 without routing groups (no Exchange 2003 servers) puts every Hub Transport server
// in this one legacy routing group; its name is the same in every organization.
const QString LegacyRoutingGroup = QStringLiteral("Exchange Routing Group (DWBGZMFD01QNBJR)");

} // namespace

QString OutputFormatter::collection(const QStringList &items)
{
    if (items.size() <= EnumerationLimit)
        return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
    return QLatin1Char('{') + items.first(EnumerationLimit).join(QStringLiteral(", ")) + QStringLiteral("...}");
}

QList<std::pair<QString, QString>> OutputFormatter::properties(const SendConnector &c, Exchange::Version version)
{
    // SmartHostsString is one string, not a collection: every smart host, comma-separated.
    QStringList allHosts;
    allHosts.reserve(c.smartHosts.size());
    for (const SmartHost &host : c.smartHosts)
        allHosts.append(host.toString());

    QList<std::pair<QString, QString>> properties{
        {Parameter::name(P::AddressSpaces), collection(firstTexts(c.addressSpaces))},
        {Parameter::name(P::AuthenticationCredential),
         c.authenticationCredential ? QStringLiteral("System.Management.Automation.PSCredential") : QString()},
        {Parameter::name(P::Comment), c.comment},
        {QStringLiteral("ConnectedDomains"), QStringLiteral("{}")},
        {Parameter::name(P::ConnectionInactivityTimeOut), c.connectionInactivityTimeOut.toString()},
        {Parameter::name(P::DNSRoutingEnabled), trueFalse(c.dnsRoutingEnabled)},
        {Parameter::name(P::DomainSecureEnabled), trueFalse(c.domainSecureEnabled)},
        {Parameter::name(P::Enabled), trueFalse(c.enabled)},
        {Parameter::name(P::ForceHELO), trueFalse(c.forceHelo)},
        {Parameter::name(P::Fqdn), c.fqdn},
        {QStringLiteral("HomeMTA"), QStringLiteral("Microsoft MTA")},
        {QStringLiteral("HomeMtaServerId"), c.sourceTransportServers.value(0)},
        {Parameter::name(P::Identity), c.name},
        {Parameter::name(P::IgnoreSTARTTLS), trueFalse(c.ignoreStartTls)},
    };
    if (version == Exchange::Version::Sp12007)
        properties.append({Parameter::name(P::IsScopedConnector), trueFalse(c.isScopedConnector)});
    properties += QList<std::pair<QString, QString>>{
        {QStringLiteral("IsSmtpConnector"), QStringLiteral("True")},
        {Parameter::name(P::LinkedReceiveConnector), c.linkedReceiveConnector},
        {Parameter::name(P::MaxMessageSize), c.maxMessageSize.toString()},
        {Parameter::name(P::Name), c.name},
        {Parameter::name(P::Port), QString::number(c.port)},
        {Parameter::name(P::ProtocolLoggingLevel), Exchange::toString(c.protocolLoggingLevel)},
        {Parameter::name(P::RequireTLS), trueFalse(c.requireTls)},
        {Parameter::name(P::SmartHostAuthMechanism), Exchange::toString(c.smartHostAuthMechanism)},
        {Parameter::name(P::SmartHosts), collection(firstTexts(c.smartHosts))},
        {QStringLiteral("SmartHostsString"), allHosts.join(QLatin1Char(','))},
        {Parameter::name(P::SourceIPAddress), c.sourceIpAddress},
        {QStringLiteral("SourceRoutingGroup"), c.sourceTransportServers.isEmpty() ? QString() : LegacyRoutingGroup},
        {Parameter::name(P::SourceTransportServers),
         collection(c.sourceTransportServers.first(std::min<qsizetype>(c.sourceTransportServers.size(),
                                                                       EnumerationLimit + 1)))},
        {Parameter::name(P::UseExternalDNSServersEnabled), trueFalse(c.useExternalDnsServersEnabled)},
    };
    return properties;
}

QString OutputFormatter::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells.at(i).leftJustified(widths.at(i) + 1);
        return rightTrimmed(text) + QLatin1Char('\n');
    };
    QStringList dashes;
    for (const QString &header : headers)
        dashes.append(QString(header.size(), QLatin1Char('-')));

    QString text = QStringLiteral("\n") + line(headers) + line(dashes);
    for (const QStringList &row : rows)
        text += line(row);
    return text + QLatin1Char('\n');
}

QString OutputFormatter::defaultTable(const QList<SendConnector> &connectors)
{
    const QStringList headers{Parameter::name(P::Identity), Parameter::name(P::AddressSpaces),
                              Parameter::name(P::Enabled)};
    QList<QStringList> rows;
    for (const SendConnector &connector : connectors)
        rows.append(QStringList{connector.name, collection(firstTexts(connector.addressSpaces)), trueFalse(connector.enabled)});
    return table(headers, rows);
}

QString OutputFormatter::tableOfAllProperties(const QList<SendConnector> &connectors, Exchange::Version version)
{
    if (connectors.isEmpty())
        return QString();
    QStringList headers;
    QList<QStringList> rows;
    for (const SendConnector &connector : connectors) {
        const QList<std::pair<QString, QString>> all = properties(connector, version);
        QStringList row;
        for (const auto &property : all) {
            if (rows.isEmpty())
                headers.append(property.first);
            row.append(property.second);
        }
        rows.append(row);
    }
    return table(headers, rows);
}

QString OutputFormatter::record(const QList<std::pair<QString, QString>> &properties)
{
    qsizetype width = 0;
    for (const auto &property : properties)
        width = std::max(width, property.first.size());
    QString text(QLatin1Char('\n'));
    for (const auto &property : properties)
        text += rightTrimmed(property.first.leftJustified(width) + QStringLiteral(" : ") + property.second)
            + QLatin1Char('\n');
    return text;
}

QString OutputFormatter::list(const QList<SendConnector> &connectors, Exchange::Version version)
{
    QString text;
    for (const SendConnector &connector : connectors)
        text += record(properties(connector, version));
    return text.isEmpty() ? text : text + QLatin1Char('\n');
}

QList<std::pair<QString, QString>> OutputFormatter::routeProperties(const Route &route)
{
    const bool routed = route.outcome == RouteOutcome::Routed;
    return {
        {Parameter::name(P::Recipient), route.recipient},
        {Parameter::name(P::Server), route.server},
        {Parameter::name(P::MessageSize), ByteQuantity::fromBytes(route.messageSize).toString()},
        {QStringLiteral("Result"), RouteResolver::toString(route.outcome)},
        {QStringLiteral("SendConnector"), routed ? route.connector : QString()},
        {QStringLiteral("AddressSpace"), routed ? route.addressSpace.toString() : QString()},
        {QStringLiteral("SourceServer"), routed ? route.sourceServer : QString()},
        {QStringLiteral("Cost"), routed ? QString::number(route.cost) : QString()},
        {QStringLiteral("NextHop"), route.nextHop()},
        {QStringLiteral("Reason"), route.reason()},
    };
}

QList<std::pair<QString, QString>> OutputFormatter::connectivityProperties(const HostConnectivity &host)
{
    return {
        {QStringLiteral("Host"), host.host},
        {QStringLiteral("Address"), host.address},
        {QStringLiteral("Port"), QString::number(host.port)},
        {QStringLiteral("Connected"), trueFalse(host.connected)},
        {QStringLiteral("Banner"), host.banner},
        {QStringLiteral("StartTls"), Connectivity::valueName(host.startTls)},
        {QStringLiteral("Certificate"), host.certificate},
        {QStringLiteral("AuthMechanisms"), collection(host.authMechanisms)},
        {QStringLiteral("Authenticated"), Connectivity::valueName(host.authenticated)},
        {QStringLiteral("Result"), Connectivity::valueName(host.result)},
        {QStringLiteral("Error"), host.error},
    };
}

QString OutputFormatter::candidateTable(const Route &route)
{
    if (route.candidates.isEmpty())
        return QString();
    const QStringList headers{QStringLiteral("SendConnector"), QStringLiteral("AddressSpace"),
                              QStringLiteral("SourceServer"), QStringLiteral("Cost"), QStringLiteral("Step")};
    QList<QStringList> rows;
    rows.reserve(route.candidates.size());
    for (const RouteCandidate &candidate : route.candidates) {
        rows.append(QStringList{candidate.connector,
                                candidate.addressSpace ? candidate.addressSpace->toString() : QString(),
                                candidate.sourceServer,
                                candidate.cost ? QString::number(*candidate.cost) : QString(),
                                RouteResolver::toString(candidate.step)});
    }
    return table(headers, rows);
}
