#include "CmdletHelp.h"

#include "CmdletBinder.h"
#include "ConnectivityTest.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

using P = ConnectorParameter;

// How Exchange 2007's help writes the value a parameter takes; empty for a switch.
QString valueSyntax(ConnectorParameter parameter)
{
    switch (parameter) {
    case P::Name:
    case P::Comment:
    case P::ErrorVariable:
    case P::OutVariable:
        return QStringLiteral("<String>");
    case P::AddressSpaces:
    case P::SmartHosts:
    case P::SourceTransportServers:
        return QStringLiteral("<MultiValuedProperty>");
    case P::Usage:
        return QStringLiteral("<Custom | Internal | Internet | Partner>");
    case P::DNSRoutingEnabled:
    case P::IsScopedConnector:
    case P::UseExternalDNSServersEnabled:
    case P::Enabled:
    case P::ForceHELO:
    case P::IgnoreSTARTTLS:
    case P::RequireTLS:
    case P::DomainSecureEnabled:
        return QStringLiteral("<$true | $false>");
    case P::SmartHostAuthMechanism:
        return QLatin1Char('<') + Exchange::names(Exchange::SmartHostAuthMechanism()).join(QLatin1String(" | "))
            + QLatin1Char('>');
    case P::AuthenticationCredential:
        return QStringLiteral("<PSCredential>");
    case P::MaxMessageSize:
        return QStringLiteral("<Unlimited>");
    case P::Port:
    case P::OutBuffer:
        return QStringLiteral("<Int32>");
    case P::ConnectionInactivityTimeOut:
        return QStringLiteral("<EnhancedTimeSpan>");
    case P::Fqdn:
    case P::DomainController:
        return QStringLiteral("<Fqdn>");
    case P::ProtocolLoggingLevel:
        return QStringLiteral("<None | Verbose>");
    case P::SourceIPAddress:
        return QStringLiteral("<IPAddress>");
    case P::LinkedReceiveConnector:
        return QStringLiteral("<ReceiveConnectorIdParameter>");
    case P::TemplateInstance:
        return QStringLiteral("<PSObject>");
    case P::Identity:
        return QStringLiteral("<SendConnectorIdParameter>");
    case P::Path:
        return QStringLiteral("<String>");
    case P::Recipient:
        return QStringLiteral("<String[]>");
    case P::Server:
        return QStringLiteral("<ServerIdParameter>");
    case P::MessageSize:
        return QStringLiteral("<ByteQuantifiedSize>");
    case P::RecipientDomain:
        return QStringLiteral("<SmtpDomain>");
    case P::TimeoutSeconds:
        return QStringLiteral("<Int32>");
    case P::Instance:
        return QStringLiteral("<SmtpSendConnectorConfig>");
    case P::ErrorAction:
        return QStringLiteral("<ActionPreference>");
    case P::Custom:
    case P::Internal:
    case P::Internet:
    case P::Partner:
    case P::Force:
    case P::WhatIf:
    case P::Confirm:
    case P::Explain:
    case P::Verbose:
    case P::Debug:
        return QString();
    }
    return QString();
}

bool isMandatory(ConnectorCmdlet cmdlet, ConnectorParameter parameter)
{
    return (cmdlet == ConnectorCmdlet::NewSendConnector && (parameter == P::Name || parameter == P::AddressSpaces))
        || ((cmdlet == ConnectorCmdlet::RemoveSendConnector || cmdlet == ConnectorCmdlet::SetSendConnector)
            && parameter == P::Identity)
        || ((cmdlet == ConnectorCmdlet::TestSendConnectorRouting && parameter == P::Recipient)
            || (cmdlet == ConnectorCmdlet::TestSendConnector && parameter == P::Identity))
        || ((cmdlet == ConnectorCmdlet::ExportOrganization || cmdlet == ConnectorCmdlet::ImportOrganization)
            && parameter == P::Path);
}

bool isPositional(ConnectorCmdlet cmdlet, ConnectorParameter parameter)
{
    switch (cmdlet) {
    case ConnectorCmdlet::NewSendConnector:
        return parameter == P::Name;
    case ConnectorCmdlet::TestSendConnectorRouting:
        return parameter == P::Recipient;
    case ConnectorCmdlet::ExportOrganization:
    case ConnectorCmdlet::ImportOrganization:
        return parameter == P::Path;
    case ConnectorCmdlet::TestSendConnector:
    case ConnectorCmdlet::GetSendConnector:
    case ConnectorCmdlet::RemoveSendConnector:
    case ConnectorCmdlet::SetSendConnector:
        break;
    }
    return parameter == P::Identity;
}

// Said in every level of the help of the product's own cmdlets, and by -Parameter.
QString productExtensionNote(ConnectorCmdlet cmdlet)
{
    return CmdletHelp::tr("%1 is a product extension of this shell, not an Exchange 2007 cmdlet: a real Exchange "
                          "Management Shell does not have it.")
        .arg(Parameter::cmdletName(cmdlet));
}

// The cmdlet's own parameters: mandatory ones first, then the positional one, the others in
// alphabetical order (as Exchange's help lists them); the common parameters are "[<CommonParameters>]".
QList<ConnectorParameter> ownParameters(ConnectorCmdlet cmdlet, Exchange::Version version)
{
    QList<ConnectorParameter> result;
    for (const ConnectorParameter parameter : Parameter::of(cmdlet, version)) {
        if (!Parameter::isCommon(parameter))
            result.append(parameter);
    }
    std::stable_sort(result.begin(), result.end(), [cmdlet](ConnectorParameter a, ConnectorParameter b) {
        const bool ma = isMandatory(cmdlet, a);
        const bool mb = isMandatory(cmdlet, b);
        if (ma != mb)
            return ma;
        if (ma)
            return false; // keep the table's order (Name before AddressSpaces)
        const bool pa = isPositional(cmdlet, a);
        const bool pb = isPositional(cmdlet, b);
        if (pa != pb)
            return pa;
        return Parameter::name(a).compare(Parameter::name(b), Qt::CaseInsensitive) < 0;
    });
    return result;
}

QString synopsis(ConnectorCmdlet cmdlet)
{
    switch (cmdlet) {
    case ConnectorCmdlet::NewSendConnector:
        return CmdletHelp::tr("Creates a Send connector on a Hub Transport server or on an Edge Transport server.");
    case ConnectorCmdlet::GetSendConnector:
        return CmdletHelp::tr("Shows the configuration of one Send connector, or of every Send connector.");
    case ConnectorCmdlet::RemoveSendConnector:
        return CmdletHelp::tr("Removes a Send connector.");
    case ConnectorCmdlet::SetSendConnector:
        return CmdletHelp::tr("Changes the settings of a Send connector.");
    case ConnectorCmdlet::TestSendConnectorRouting:
        return CmdletHelp::tr("Shows which Send connector takes mail to each recipient (a product extension, not an "
                              "Exchange 2007 cmdlet).");
    case ConnectorCmdlet::TestSendConnector:
        return CmdletHelp::tr("Tests whether a Send connector's smart hosts or MX hosts accept mail as the connector "
                              "is configured, without sending any (a product extension, not an Exchange 2007 "
                              "cmdlet).");
    case ConnectorCmdlet::ExportOrganization:
        return CmdletHelp::tr("Writes the whole organization to a JSON organization file (a product extension, not an "
                              "Exchange 2007 cmdlet).");
    case ConnectorCmdlet::ImportOrganization:
        return CmdletHelp::tr("Creates the organization of a JSON organization file where the shell works, such as "
                              "an empty directory (a product extension, not an Exchange 2007 cmdlet).");
    }
    return QString();
}

QString description(ConnectorCmdlet cmdlet)
{
    switch (cmdlet) {
    case ConnectorCmdlet::NewSendConnector:
        return CmdletHelp::tr("The New-SendConnector cmdlet creates a Send connector in the organization file. On a "
                              "Hub Transport server the connector belongs to the organization and is sent from its "
                              "source servers; on an Edge Transport server it belongs to that server. Without -Name "
                              "or -AddressSpaces the cmdlet asks for them.");
    case ConnectorCmdlet::GetSendConnector:
        return CmdletHelp::tr("The Get-SendConnector cmdlet shows the Send connectors of the side the shell runs on. "
                              "Without -Identity it shows all of them.");
    case ConnectorCmdlet::RemoveSendConnector:
        return CmdletHelp::tr("The Remove-SendConnector cmdlet deletes a Send connector. It asks for a confirmation "
                              "unless -Confirm:$false is given.");
    case ConnectorCmdlet::SetSendConnector:
        return CmdletHelp::tr("The Set-SendConnector cmdlet changes the settings given and leaves the others as they "
                              "are. A multi-valued setting (-AddressSpaces, -SmartHosts, -SourceTransportServers) "
                              "is replaced by the whole list given. The connector is named by -Identity, or comes "
                              "from Get-SendConnector through the pipeline. It does not ask for a confirmation "
                              "unless -Confirm is given, and prints nothing when it succeeds.");
    case ConnectorCmdlet::TestSendConnectorRouting:
        return CmdletHelp::tr("The Test-SendConnectorRouting cmdlet answers, for each recipient, what happens to a "
                              "message of the size given sent from a transport server: delivered inside the "
                              "organization (Internal), sent through a Send connector (Routed: the connector, the "
                              "address space that matched, the source server, the cost and the next hop), or "
                              "left in the Unreachable queue (Unreachable), with the reason. It prints one record "
                              "per recipient, in order; -Explain adds every candidate connector and the step that "
                              "eliminated it. It reads the organization file and changes nothing, so it needs no "
                              "role, and it succeeds whatever the answer. Addresses come from -Recipient or from "
                              "the pipeline; an invalid address is an error for that address only. %1")
            .arg(productExtensionNote(cmdlet));
    case ConnectorCmdlet::TestSendConnector:
        return CmdletHelp::tr("The Test-SendConnector cmdlet connects to each next hop of a Send connector, as the "
                              "server the shell runs on would: its smart hosts, or with DNS routing the MX hosts "
                              "of the recipient domain (or of each SMTP address space without a wildcard). For "
                              "each host it reads the banner, sends EHLO, starts TLS when the connector requires "
                              "or allows it and checks the certificate, authenticates when the connector uses "
                              "Basic authentication and a password is given, and ends with QUIT: it never sends a "
                              "message. It prints one record per host (Host, Address, Port, Connected, Banner, "
                              "StartTls, Certificate, AuthMechanisms, Authenticated, Result, Error) and fails "
                              "unless every host succeeds. It changes nothing, so it takes neither -WhatIf nor "
                              "-Confirm. Without -AuthenticationCredential it does not ask for a password: "
                              "authentication is then not tried. Ctrl+C stops the test. %1")
            .arg(productExtensionNote(cmdlet));
    case ConnectorCmdlet::ExportOrganization:
        return CmdletHelp::tr("The Export-Organization cmdlet writes the organization the shell works on, from a file "
                              "or from an LDAP directory, to a new JSON organization file, as the console and this "
                              "shell read it: exporting a directory and importing the file again gives the same "
                              "organization. It refuses a file that exists unless -Force is given, and never "
                              "replaces a file that is not an organization file. The file is created readable by "
                              "its owner only. It needs the Exchange Organization Administrator role when the "
                              "organization declares role assignments. %1")
            .arg(productExtensionNote(cmdlet));
    case ConnectorCmdlet::ImportOrganization:
        return CmdletHelp::tr("The Import-Organization cmdlet reads a JSON organization file and creates its "
                              "organization where the shell works (--organization): in an LDAP directory, the "
                              "organization's entries below the base DN; for a file location, a new file. It "
                              "refuses when an organization is already there (a directory that holds one, or a "
                              "file that exists), and refuses a damaged file with its problems; nothing is written "
                              "then. The operator needs the Exchange Organization Administrator role of the "
                              "organization imported when that organization declares role assignments. %1")
            .arg(productExtensionNote(cmdlet));
    }
    return QString();
}

struct Example
{
    QString command;
    QString explanation;
};

QList<Example> examples(ConnectorCmdlet cmdlet)
{
    switch (cmdlet) {
    case ConnectorCmdlet::NewSendConnector:
        return {
            {QStringLiteral("New-SendConnector -Name 'Contoso to Internet' -Usage Internet -AddressSpaces '*'"),
             CmdletHelp::tr("This example creates a Send connector that sends mail for every domain on the "
                            "Internet, found through DNS.")},
            {QStringLiteral("New-SendConnector -Name 'Fabrikam' -Usage Partner -AddressSpaces 'fabrikam.com' "
                            "-DNSRoutingEnabled $true -WhatIf"),
             CmdletHelp::tr("This example shows what would be created, without creating it.")},
        };
    case ConnectorCmdlet::GetSendConnector:
        return {
            {QStringLiteral("Get-SendConnector"), CmdletHelp::tr("This example lists every Send connector.")},
            {QStringLiteral("Get-SendConnector 'Contoso to Internet' | Format-List"),
             CmdletHelp::tr("This example shows every property of one Send connector.")},
        };
    case ConnectorCmdlet::RemoveSendConnector:
        return {
            {QStringLiteral("Remove-SendConnector 'Contoso to Internet' -Confirm:$false"),
             CmdletHelp::tr("This example removes a Send connector without asking for a confirmation.")},
        };
    case ConnectorCmdlet::SetSendConnector:
        return {
            {QStringLiteral("Set-SendConnector 'Contoso to Internet' -MaxMessageSize 20MB"),
             CmdletHelp::tr("This example raises the largest message size of one Send connector.")},
            {QStringLiteral("Get-SendConnector 'Fabrikam' | Set-SendConnector -SmartHosts 'relay1.fabrikam.com','relay2.fabrikam.com'"),
             CmdletHelp::tr("This example replaces the smart hosts of a Send connector read through the pipeline.")},
            {QStringLiteral("Set-SendConnector 'Fabrikam' -Name 'Fabrikam Partner' -WhatIf"),
             CmdletHelp::tr("This example shows what a rename would do, without doing it.")},
        };
    case ConnectorCmdlet::TestSendConnectorRouting:
        return {
            {QStringLiteral("Test-SendConnectorRouting kim@tailspintoys.com -MessageSize 5MB"),
             CmdletHelp::tr("This example shows which Send connector takes a 5 MB message to kim@tailspintoys.com "
                            "from the server the shell runs on.")},
            {QStringLiteral("'kim@contoso.com','sam@fabrikam.com' | Test-SendConnectorRouting -Server EX03 -Explain"),
             CmdletHelp::tr("This example answers for two recipients read from the pipeline, as seen from EX03, "
                            "and lists every candidate connector with the step that eliminated it.")},
        };
    case ConnectorCmdlet::TestSendConnector:
        return {
            {QStringLiteral("Test-SendConnector 'Contoso to Internet' -RecipientDomain tailspintoys.com"),
             CmdletHelp::tr("This example tests the MX hosts of tailspintoys.com as the connector would reach "
                            "them.")},
            {QStringLiteral("Test-SendConnector 'Fabrikam' -AuthenticationCredential (Get-Credential) "
                            "-TimeoutSeconds 30"),
             CmdletHelp::tr("This example asks for the smart host's password, tests the connector's smart hosts "
                            "with it, and waits at most 30 seconds for each step.")},
            {QStringLiteral("Get-SendConnector | Test-SendConnector"),
             CmdletHelp::tr("This example tests every Send connector read through the pipeline.")},
        };
    case ConnectorCmdlet::ExportOrganization:
        return {
            {QStringLiteral("Export-Organization -Path contoso.json"),
             CmdletHelp::tr("This example writes the organization to the new file contoso.json.")},
            {QStringLiteral("Export-Organization backup.json -Force"),
             CmdletHelp::tr("This example replaces the organization file backup.json with the organization as it "
                            "is now.")},
        };
    case ConnectorCmdlet::ImportOrganization:
        return {
            {QStringLiteral("Import-Organization -Path contoso.json"),
             CmdletHelp::tr("Run as send-connector-shell --organization ldap://ldap.contoso.com/dc=contoso,dc=com "
                            "--bind-dn cn=admin,dc=contoso,dc=com, this example copies the organization of "
                            "contoso.json into the directory.")},
        };
    }
    return {};
}

QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    return pad + text + QLatin1Char('\n');
}

} // namespace

QString CmdletHelp::description(ConnectorParameter parameter)
{
    switch (parameter) {
    case P::Name:
        return tr("The name of the connector: at most 64 characters, unique among the organization's Send "
                  "connectors. The parameter name may be left out.");
    case P::AddressSpaces:
        return tr("The domains the connector sends mail to, each with an optional type and cost: 'contoso.com', "
                  "'SMTP:*.contoso.com;5'.");
    case P::Usage:
        return tr("The intended use, which sets the defaults of the other settings.");
    case P::DNSRoutingEnabled:
        return tr("$true: look up the destination in DNS; $false: send through the smart hosts.");
    case P::SmartHosts:
        return tr("The servers mail is sent through when DNS routing is off: names or IP addresses.");
    case P::SmartHostAuthMechanism:
        return tr("How the connector authenticates to its smart hosts.");
    case P::AuthenticationCredential:
        return tr("The user name and password for basic authentication, given as (Get-Credential); the password "
                  "is asked for and never written on the command line.");
    case P::SourceTransportServers:
        return tr("The Hub Transport servers (or Edge Subscriptions) that send through the connector.");
    case P::IsScopedConnector:
        return tr("$true: only the servers of the source servers' Active Directory site use the connector.");
    case P::UseExternalDNSServersEnabled:
        return tr("$true: resolve names with the external DNS servers configured on the server.");
    case P::MaxMessageSize:
        return tr("The largest message the connector sends, such as 10MB, or unlimited.");
    case P::Port:
        return tr("The TCP port to connect to (25 by default).");
    case P::ConnectionInactivityTimeOut:
        return tr("How long an idle connection stays open, as [d.]hh:mm:ss.");
    case P::Enabled:
        return tr("$false: the connector is disabled, and no mail is sent through it.");
    case P::Comment:
        return tr("Free text about the connector.");
    case P::Fqdn:
        return tr("The name the connector gives in HELO and EHLO.");
    case P::ForceHELO:
        return tr("$true: greet with HELO instead of EHLO.");
    case P::IgnoreSTARTTLS:
        return tr("$true: never use TLS even when the remote server offers it.");
    case P::RequireTLS:
        return tr("$true: send only over TLS.");
    case P::DomainSecureEnabled:
        return tr("$true: use mutual TLS authentication (domain security) with the destination domains.");
    case P::ProtocolLoggingLevel:
        return tr("Verbose turns SMTP protocol logging on.");
    case P::SourceIPAddress:
        return tr("The local IP address to send from (Edge Transport servers only).");
    case P::LinkedReceiveConnector:
        return tr("A Receive connector whose mail this connector relays; replaces the address spaces.");
    case P::Custom:
    case P::Internal:
    case P::Internet:
    case P::Partner:
        return tr("The same as -Usage %1.").arg(Parameter::name(parameter));
    case P::Force:
        return tr("Suppresses the cmdlet's extra questions; it does not suppress -Confirm.");
    case P::Path:
        return tr("The JSON organization file. A relative path starts in the shell's working directory. The "
                  "parameter name may be left out.");
    case P::TemplateInstance:
        return tr("Copies settings from an object read from Active Directory; it has no effect here.");
    case P::Identity:
        return tr("The name of the Send connector. The parameter name may be left out.");
    case P::Instance:
        return tr("The Send connector to change, as Get-SendConnector passes it through the pipeline.");
    case P::Recipient:
        return tr("The e-mail addresses to test, separated by commas, or read from the pipeline. The parameter "
                  "name may be left out.");
    case P::Server:
        return tr("The transport server the message is sent from: a Hub Transport server, or an Edge Transport "
                  "server that is not subscribed. By default, the server the shell runs on.");
    case P::MessageSize:
        return tr("The size of the message, such as 10MB; connectors whose largest message size is smaller are "
                  "not used. By default 0: no connector is too small.");
    case P::Explain:
        return tr("Adds, after each record, every candidate Send connector with the step that eliminated it.");
    case P::RecipientDomain:
        return tr("With DNS routing, the domain whose MX hosts are tested. By default, every SMTP address space "
                  "of the connector without a wildcard.");
    case P::TimeoutSeconds:
        return tr("How long each step (a lookup, the connection, each reply, the TLS handshake) may take, in "
                  "seconds from %1 to %2. By default %3.")
            .arg(TestConnectivityRequest::MinimumTimeoutSeconds)
            .arg(TestConnectivityRequest::MaximumTimeoutSeconds)
            .arg(std::chrono::duration_cast<std::chrono::seconds>(ConnectivityTest::DefaultStepTimeout).count());
    case P::DomainController:
        return tr("The domain controller to read and write through; it has no effect here (no Active Directory).");
    case P::WhatIf:
        return tr("Shows what the command would do, and does nothing.");
    case P::Confirm:
        return tr("Asks before the change is made; -Confirm:$false never asks.");
    case P::Verbose:
        return tr("Writes VERBOSE: lines saying what the cmdlet does.");
    case P::Debug:
        return tr("Accepted; these cmdlets write no debug messages.");
    case P::ErrorAction:
        return tr("What to do at an error: Continue (show it), SilentlyContinue (do not show it), Stop (show it "
                  "and stop the script).");
    case P::ErrorVariable:
    case P::OutVariable:
        return tr("Accepted; this shell keeps no variables.");
    case P::OutBuffer:
        return tr("Accepted; it does not change the output.");
    }
    return QString();
}

QString CmdletHelp::parameterSection(ConnectorCmdlet cmdlet, ConnectorParameter parameter, bool full)
{
    const QString value = valueSyntax(parameter);
    QString text = indented(QLatin1Char('-') + Parameter::name(parameter)
                                + (value.isEmpty() ? QString() : QLatin1Char(' ') + value),
                            4);
    // Export-Organization's -Force says what it forces there.
    text += indented(cmdlet == ConnectorCmdlet::ExportOrganization && parameter == P::Force
                         ? tr("Replaces the file when it exists (an organization file only: any other file is "
                              "never replaced).")
                         : description(parameter),
                     8);
    if (full) {
        text += QLatin1Char('\n')
            + indented(tr("Required?                    %1")
                           .arg(isMandatory(cmdlet, parameter) ? QStringLiteral("true") : QStringLiteral("false")),
                       8)
            + indented(tr("Position?                    %1")
                           .arg(isPositional(cmdlet, parameter) ? QStringLiteral("1") : QStringLiteral("named")),
                       8);
    }
    return text + QLatin1Char('\n');
}

std::optional<QString> CmdletHelp::parameterHelp(ConnectorCmdlet cmdlet, Exchange::Version version,
                                                 const QString &pattern)
{
    // PowerShell's wildcards: '*' and '?'; without them the name must be whole (case-insensitive).
    const QRegularExpression wildcard(QRegularExpression::wildcardToRegularExpression(pattern.trimmed()),
                                      QRegularExpression::CaseInsensitiveOption);
    QString text;
    for (const ConnectorParameter parameter : ownParameters(cmdlet, version)) {
        if (wildcard.match(Parameter::name(parameter)).hasMatch())
            text += parameterSection(cmdlet, parameter, true);
    }
    if (text.isEmpty())
        return std::nullopt;
    if (Parameter::isProductExtension(cmdlet))
        text += indented(productExtensionNote(cmdlet), 4) + QLatin1Char('\n');
    return QLatin1Char('\n') + text;
}

QString CmdletHelp::parameterNames(ConnectorCmdlet cmdlet, Exchange::Version version)
{
    QStringList names;
    for (const ConnectorParameter parameter : ownParameters(cmdlet, version))
        names.append(Parameter::name(parameter));
    return names.join(QLatin1String(", "));
}

QString CmdletHelp::syntax(ConnectorCmdlet cmdlet, Exchange::Version version)
{
    QStringList parts{Parameter::cmdletName(cmdlet)};
    for (const ConnectorParameter parameter : ownParameters(cmdlet, version)) {
        const QString name = Parameter::name(parameter);
        const QString value = valueSyntax(parameter);
        QString part = isPositional(cmdlet, parameter) ? QStringLiteral("[-%1]").arg(name) : QLatin1Char('-') + name;
        part += value.isEmpty() ? QStringLiteral(" [<SwitchParameter>]") : QLatin1Char(' ') + value;
        parts.append(isMandatory(cmdlet, parameter) ? part : QLatin1Char('[') + part + QLatin1Char(']'));
    }
    parts.append(QStringLiteral("[<CommonParameters>]"));
    return parts.join(QLatin1Char(' '));
}

QString CmdletHelp::text(ConnectorCmdlet cmdlet, Exchange::Version version, Detail detail)
{
    const QString name = Parameter::cmdletName(cmdlet);
    QString text = QStringLiteral("\nNAME\n") + indented(name, 4) + QStringLiteral("\nSYNOPSIS\n")
        + indented(synopsis(cmdlet), 4) + QLatin1Char('\n');
    if (detail != Detail::Examples) {
        text += QStringLiteral("\nSYNTAX\n") + indented(syntax(cmdlet, version), 4) + QLatin1Char('\n');
        text += QStringLiteral("\nDETAILED DESCRIPTION\n") + indented(::description(cmdlet), 4) + QLatin1Char('\n');
    }
    if (detail == Detail::Detailed || detail == Detail::Full) {
        text += QStringLiteral("\nPARAMETERS\n");
        for (const ConnectorParameter parameter : ownParameters(cmdlet, version))
            text += parameterSection(cmdlet, parameter, detail == Detail::Full);
        text += indented(QStringLiteral("<CommonParameters>"), 4);
        text += indented(tr("This cmdlet supports the common parameters: -Verbose, -Debug, -ErrorAction, "
                            "-ErrorVariable, -OutVariable and -OutBuffer."),
                         8)
            + QLatin1Char('\n');
    }
    if (detail != Detail::Summary) {
        const QList<Example> list = examples(cmdlet);
        for (qsizetype i = 0; i < list.size(); ++i) {
            text += indented(tr("-------------------------- EXAMPLE %1 --------------------------").arg(i + 1), 4)
                + QLatin1Char('\n') + indented(QStringLiteral("[PS] C:\\>") + list.at(i).command, 0)
                + QLatin1Char('\n') + indented(list.at(i).explanation, 0) + QLatin1Char('\n');
        }
    }
    if (Parameter::isProductExtension(cmdlet))
        text += QStringLiteral("\nNOTE\n") + indented(productExtensionNote(cmdlet), 4) + QLatin1Char('\n');
    if (detail == Detail::Summary) {
        text += QStringLiteral("\nREMARKS\n")
            + indented(tr("For more information, type: \"get-help %1 -detailed\".").arg(name), 4)
            + indented(tr("For technical information, type: \"get-help %1 -full\".").arg(name), 4);
    }
    return text + QLatin1Char('\n');
}

QString CmdletHelp::overview()
{
    QString text = QLatin1Char('\n') + tr("This shell knows these cmdlets:") + QStringLiteral("\n\n");
    for (const ConnectorCmdlet cmdlet :
         {ConnectorCmdlet::NewSendConnector, ConnectorCmdlet::GetSendConnector, ConnectorCmdlet::SetSendConnector,
          ConnectorCmdlet::RemoveSendConnector, ConnectorCmdlet::TestSendConnectorRouting,
          ConnectorCmdlet::TestSendConnector, ConnectorCmdlet::ExportOrganization,
          ConnectorCmdlet::ImportOrganization})
        text += indented(Parameter::cmdletName(cmdlet).leftJustified(24) + synopsis(cmdlet), 4);
    text += QLatin1Char('\n') + tr("Type \"Get-Help <cmdlet>\", \"Get-Help <cmdlet> -Full\", \"Get-Help <cmdlet> "
                                   "-Examples\" or \"<cmdlet> -?\" for the help of one cmdlet.")
        + QStringLiteral("\n\n");
    return text;
}
