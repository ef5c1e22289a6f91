#include "CommandGenerator.h"

#include "ConnectorRules.h"
#include "ShellSyntax.h"

#include <QStringList>

namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("$true") : QStringLiteral("$false");
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted.append(ShellSyntax::quote(value));
    return quoted.join(QLatin1Char(','));
}

// Builds "-Name value -Other value …" in the order parameters are added.
class CommandLine
{
public:
    explicit CommandLine(QString cmdlet) : m_text(std::move(cmdlet)) { }

    void add(const char *parameter, const QString &value)
    {
        m_text += QStringLiteral(" -") + QLatin1String(parameter) + QLatin1Char(' ') + value;
    }
    void addText(const char *parameter, const QString &value) { add(parameter, ShellSyntax::quote(value)); }

    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace

QString CommandGenerator::newSendConnector(const SendConnector &connector, Exchange::Version version, bool onEdge)
{
    const bool sp1 = version == Exchange::Version::Sp12007;
    // What New-SendConnector would bind without the optional parameters: anything that differs
    // from it must be written, anything equal may be left out.
    const SendConnector defaults = UsageRules::applyDefaults(SendConnector{}, connector.usage, onEdge);

    CommandLine command(QStringLiteral("new-SendConnector"));

    // The parameters the console always writes, whatever their value.
    command.addText("Name", connector.name);
    command.addText("Usage", Exchange::toString(connector.usage));
    if (!connector.addressSpaces.isEmpty()) {
        QStringList spaces;
        for (const AddressSpace &space : connector.addressSpaces) {
            AddressSpace written = space;
            // SP1 has no "Local:" prefix; scope is IsScopedConnector there.
            if (sp1)
                written.localScope = false;
            spaces.append(written.toString());
        }
        command.add("AddressSpaces", quotedList(spaces));
    }
    if (sp1)
        command.add("IsScopedConnector", boolean(connector.isScopedConnector));
    command.add("DNSRoutingEnabled", boolean(connector.dnsRoutingEnabled));
    if (!connector.smartHosts.isEmpty()) {
        QStringList hosts;
        for (const SmartHost &host : connector.smartHosts)
            hosts.append(host.toString());
        command.add("SmartHosts", quotedList(hosts));
    }
    command.addText("SmartHostAuthMechanism", Exchange::toString(connector.smartHostAuthMechanism));
    if (connector.authenticationCredential) {
        // Only the user name: the password is asked for when the command runs, never written.
        const QString &user = connector.authenticationCredential->userName;
        command.add("AuthenticationCredential",
                    user.isEmpty() ? QStringLiteral("(Get-Credential)")
                                   : QStringLiteral("(Get-Credential %1)").arg(ShellSyntax::quote(user)));
    }
    command.add("UseExternalDNSServersEnabled", boolean(connector.useExternalDnsServersEnabled));
    if (!onEdge && !connector.sourceTransportServers.isEmpty())
        command.add("SourceTransportServers", quotedList(connector.sourceTransportServers));

    // Everything else only when it is not what the cmdlet would choose by itself.
    if (connector.maxMessageSize != defaults.maxMessageSize)
        command.addText("MaxMessageSize", connector.maxMessageSize.toString());
    if (connector.port != defaults.port)
        command.add("Port", QString::number(connector.port));
    if (connector.connectionInactivityTimeOut != defaults.connectionInactivityTimeOut)
        command.addText("ConnectionInactivityTimeOut", connector.connectionInactivityTimeOut.toString());
    if (connector.enabled != defaults.enabled)
        command.add("Enabled", boolean(connector.enabled));
    if (connector.comment != defaults.comment)
        command.addText("Comment", connector.comment);
    if (connector.fqdn != defaults.fqdn)
        command.addText("Fqdn", connector.fqdn);
    if (connector.forceHelo != defaults.forceHelo)
        command.add("ForceHELO", boolean(connector.forceHelo));
    if (connector.ignoreStartTls != defaults.ignoreStartTls)
        command.add("IgnoreSTARTTLS", boolean(connector.ignoreStartTls));
    if (connector.requireTls != defaults.requireTls)
        command.add("RequireTLS", boolean(connector.requireTls));
    if (connector.domainSecureEnabled != defaults.domainSecureEnabled)
        command.add("DomainSecureEnabled", boolean(connector.domainSecureEnabled));
    if (connector.protocolLoggingLevel != defaults.protocolLoggingLevel)
        command.addText("ProtocolLoggingLevel", Exchange::toString(connector.protocolLoggingLevel));
    // An empty address means 0.0.0.0, the default: an empty string would not bind.
    if (!connector.sourceIpAddress.isEmpty() && connector.sourceIpAddress != defaults.sourceIpAddress)
        command.addText("SourceIPAddress", connector.sourceIpAddress);
    if (connector.linkedReceiveConnector != defaults.linkedReceiveConnector)
        command.addText("LinkedReceiveConnector", connector.linkedReceiveConnector);

    return command.text();
}
