#include "CommandGenerator.h"

#include "ConnectorParameter.h"
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

    void add(ConnectorParameter parameter, const QString &value)
    {
        m_text += QStringLiteral(" -") + Parameter::name(parameter) + QLatin1Char(' ') + value;
    }
    void addText(ConnectorParameter parameter, const QString &value) { add(parameter, ShellSyntax::quote(value)); }

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
    command.addText(ConnectorParameter::Name, connector.name);
    command.addText(ConnectorParameter::Usage, Exchange::toString(connector.usage));
    if (!connector.addressSpaces.isEmpty()) {
        QStringList spaces;
        for (const AddressSpace &space : connector.addressSpaces) {
            AddressSpace written = space;
            // SP1 has no "Local:" prefix; scope is IsScopedConnector there.
            if (sp1)
                written.localScope = false;
            spaces.append(written.toString());
        }
        command.add(ConnectorParameter::AddressSpaces, quotedList(spaces));
    }
    // An Edge's own connector has no scope to give (Exchange's EMC leaves the parameter out there).
    if (sp1 && !onEdge)
        command.add(ConnectorParameter::IsScopedConnector, boolean(connector.isScopedConnector));
    command.add(ConnectorParameter::DNSRoutingEnabled, boolean(connector.dnsRoutingEnabled));
    if (!connector.smartHosts.isEmpty()) {
        QStringList hosts;
        for (const SmartHost &host : connector.smartHosts)
            hosts.append(host.toString());
        command.add(ConnectorParameter::SmartHosts, quotedList(hosts));
    }
    command.addText(ConnectorParameter::SmartHostAuthMechanism, Exchange::toString(connector.smartHostAuthMechanism));
    if (connector.authenticationCredential) {
        // Only the user name: the password is asked for when the command runs, never written.
        const QString &user = connector.authenticationCredential->userName;
        command.add(ConnectorParameter::AuthenticationCredential,
                    user.isEmpty() ? QStringLiteral("(Get-Credential)")
                                   : QStringLiteral("(Get-Credential %1)").arg(ShellSyntax::quote(user)));
    }
    command.add(ConnectorParameter::UseExternalDNSServersEnabled, boolean(connector.useExternalDnsServersEnabled));
    if (!onEdge && !connector.sourceTransportServers.isEmpty())
        command.add(ConnectorParameter::SourceTransportServers, quotedList(connector.sourceTransportServers));

    // Everything else only when it is not what the cmdlet would choose by itself.
    if (connector.maxMessageSize != defaults.maxMessageSize)
        command.addText(ConnectorParameter::MaxMessageSize, connector.maxMessageSize.toString());
    if (connector.port != defaults.port)
        command.add(ConnectorParameter::Port, QString::number(connector.port));
    if (connector.connectionInactivityTimeOut != defaults.connectionInactivityTimeOut)
        command.addText(ConnectorParameter::ConnectionInactivityTimeOut, connector.connectionInactivityTimeOut.toString());
    if (connector.enabled != defaults.enabled)
        command.add(ConnectorParameter::Enabled, boolean(connector.enabled));
    if (connector.comment != defaults.comment)
        command.addText(ConnectorParameter::Comment, connector.comment);
    if (connector.fqdn != defaults.fqdn)
        command.addText(ConnectorParameter::Fqdn, connector.fqdn);
    if (connector.forceHelo != defaults.forceHelo)
        command.add(ConnectorParameter::ForceHELO, boolean(connector.forceHelo));
    if (connector.ignoreStartTls != defaults.ignoreStartTls)
        command.add(ConnectorParameter::IgnoreSTARTTLS, boolean(connector.ignoreStartTls));
    if (connector.requireTls != defaults.requireTls)
        command.add(ConnectorParameter::RequireTLS, boolean(connector.requireTls));
    if (connector.domainSecureEnabled != defaults.domainSecureEnabled)
        command.add(ConnectorParameter::DomainSecureEnabled, boolean(connector.domainSecureEnabled));
    if (connector.protocolLoggingLevel != defaults.protocolLoggingLevel)
        command.addText(ConnectorParameter::ProtocolLoggingLevel, Exchange::toString(connector.protocolLoggingLevel));
    // An empty address means 0.0.0.0, the default: an empty string would not bind.
    if (!connector.sourceIpAddress.isEmpty() && connector.sourceIpAddress != defaults.sourceIpAddress)
        command.addText(ConnectorParameter::SourceIPAddress, connector.sourceIpAddress);
    if (connector.linkedReceiveConnector != defaults.linkedReceiveConnector)
        command.addText(ConnectorParameter::LinkedReceiveConnector, connector.linkedReceiveConnector);

    return command.text();
}
