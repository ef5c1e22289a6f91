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

QString addressSpaceList(const QList<AddressSpace> &addressSpaces, bool sp1)
{
    QStringList spaces;
    for (const AddressSpace &space : addressSpaces) {
        AddressSpace written = space;
        // SP1 has no "Local:" prefix; scope is IsScopedConnector there.
        if (sp1)
            written.localScope = false;
        spaces.append(written.toString());
    }
    return quotedList(spaces);
}

QString smartHostList(const QList<SmartHost> &smartHosts)
{
    QStringList hosts;
    for (const SmartHost &host : smartHosts)
        hosts.append(host.toString());
    return quotedList(hosts);
}

// Only the user name: the password is asked for when the command runs, never written.
QString credential(const AuthenticationCredential &credential)
{
    return credential.userName.isEmpty() ? QStringLiteral("(Get-Credential)")
                                         : QStringLiteral("(Get-Credential %1)").arg(ShellSyntax::quote(credential.userName));
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
    if (!connector.addressSpaces.isEmpty())
        command.add(ConnectorParameter::AddressSpaces, addressSpaceList(connector.addressSpaces, sp1));
    // An Edge's own connector has no scope to give (Exchange's EMC leaves the parameter out there).
    if (sp1 && !onEdge)
        command.add(ConnectorParameter::IsScopedConnector, boolean(connector.isScopedConnector));
    command.add(ConnectorParameter::DNSRoutingEnabled, boolean(connector.dnsRoutingEnabled));
    if (!connector.smartHosts.isEmpty())
        command.add(ConnectorParameter::SmartHosts, smartHostList(connector.smartHosts));
    command.addText(ConnectorParameter::SmartHostAuthMechanism, Exchange::toString(connector.smartHostAuthMechanism));
    if (connector.authenticationCredential)
        command.add(ConnectorParameter::AuthenticationCredential, credential(*connector.authenticationCredential));
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

QString CommandGenerator::setSendConnector(const SendConnector &before, const SendConnector &after,
                                           Exchange::Version version, bool onEdge)
{
    const bool sp1 = version == Exchange::Version::Sp12007;
    const QString null = QStringLiteral("$null");
    CommandLine command(QStringLiteral("Set-SendConnector"));
    command.addText(ConnectorParameter::Identity, before.name);
    const QString identityOnly = command.text();

    // Text that may be empty: $null clears it.
    const auto text = [&](ConnectorParameter parameter, const QString &value) {
        if (value.isEmpty())
            command.add(parameter, null);
        else
            command.addText(parameter, value);
    };

    if (after.name != before.name)
        command.addText(ConnectorParameter::Name, after.name);
    if (after.addressSpaces != before.addressSpaces)
        command.add(ConnectorParameter::AddressSpaces,
                    after.addressSpaces.isEmpty() ? null : addressSpaceList(after.addressSpaces, sp1));
    if (after.dnsRoutingEnabled != before.dnsRoutingEnabled)
        command.add(ConnectorParameter::DNSRoutingEnabled, boolean(after.dnsRoutingEnabled));
    if (after.smartHosts != before.smartHosts)
        command.add(ConnectorParameter::SmartHosts, after.smartHosts.isEmpty() ? null : smartHostList(after.smartHosts));
    if (after.smartHostAuthMechanism != before.smartHostAuthMechanism)
        command.addText(ConnectorParameter::SmartHostAuthMechanism, Exchange::toString(after.smartHostAuthMechanism));
    if (after.authenticationCredential != before.authenticationCredential)
        command.add(ConnectorParameter::AuthenticationCredential,
                    after.authenticationCredential ? credential(*after.authenticationCredential) : null);
    if (!onEdge && after.sourceTransportServers != before.sourceTransportServers)
        command.add(ConnectorParameter::SourceTransportServers,
                    after.sourceTransportServers.isEmpty() ? null : quotedList(after.sourceTransportServers));
    if (sp1 && !onEdge && after.isScopedConnector != before.isScopedConnector)
        command.add(ConnectorParameter::IsScopedConnector, boolean(after.isScopedConnector));
    if (after.useExternalDnsServersEnabled != before.useExternalDnsServersEnabled)
        command.add(ConnectorParameter::UseExternalDNSServersEnabled, boolean(after.useExternalDnsServersEnabled));
    if (after.maxMessageSize != before.maxMessageSize)
        command.addText(ConnectorParameter::MaxMessageSize, after.maxMessageSize.toString());
    if (after.port != before.port)
        command.add(ConnectorParameter::Port, QString::number(after.port));
    if (after.connectionInactivityTimeOut != before.connectionInactivityTimeOut)
        command.addText(ConnectorParameter::ConnectionInactivityTimeOut, after.connectionInactivityTimeOut.toString());
    if (after.enabled != before.enabled)
        command.add(ConnectorParameter::Enabled, boolean(after.enabled));
    if (after.comment != before.comment)
        text(ConnectorParameter::Comment, after.comment);
    if (after.fqdn != before.fqdn)
        text(ConnectorParameter::Fqdn, after.fqdn);
    if (after.forceHelo != before.forceHelo)
        command.add(ConnectorParameter::ForceHELO, boolean(after.forceHelo));
    if (after.ignoreStartTls != before.ignoreStartTls)
        command.add(ConnectorParameter::IgnoreSTARTTLS, boolean(after.ignoreStartTls));
    if (after.requireTls != before.requireTls)
        command.add(ConnectorParameter::RequireTLS, boolean(after.requireTls));
    if (after.domainSecureEnabled != before.domainSecureEnabled)
        command.add(ConnectorParameter::DomainSecureEnabled, boolean(after.domainSecureEnabled));
    if (after.protocolLoggingLevel != before.protocolLoggingLevel)
        command.addText(ConnectorParameter::ProtocolLoggingLevel, Exchange::toString(after.protocolLoggingLevel));
    // An empty address means 0.0.0.0 (docs/domain-rules.md#connector-settings).
    if (after.sourceIpAddress != before.sourceIpAddress)
        command.addText(ConnectorParameter::SourceIPAddress,
                        after.sourceIpAddress.isEmpty() ? QStringLiteral("0.0.0.0") : after.sourceIpAddress);
    if (after.linkedReceiveConnector != before.linkedReceiveConnector)
        text(ConnectorParameter::LinkedReceiveConnector, after.linkedReceiveConnector);

    return command.text() == identityOnly ? QString() : command.text();
}
