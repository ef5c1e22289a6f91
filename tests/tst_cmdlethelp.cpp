#include "CmdletHelp.h"

#include <QTest>

using Exchange::Version;

// Checks CmdletHelp: syntax per version from the parameter table, a description for every
// parameter, and which sections each level of detail prints.
class TestCmdletHelp : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void everyParameterIsDescribed();
    void sections_data();
    void sections();
    void setSendConnector_data();
    void setSendConnector();
};

void TestCmdletHelp::syntax_data()
{
    QTest::addColumn<int>("cmdlet");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("syntax");

    QTest::newRow("New RTM")
        << int(ConnectorCmdlet::NewSendConnector) << Version::Rtm2007
        << QStringLiteral(
               "New-SendConnector [-Name] <String> -AddressSpaces <MultiValuedProperty> [-AuthenticationCredential "
               "<PSCredential>] [-Comment <String>] [-Confirm [<SwitchParameter>]] [-ConnectionInactivityTimeOut "
               "<EnhancedTimeSpan>] [-DNSRoutingEnabled <$true | $false>] [-DomainController <Fqdn>] "
               "[-DomainSecureEnabled <$true | $false>] [-Enabled <$true | $false>] [-Force [<SwitchParameter>]] "
               "[-ForceHELO <$true | $false>] [-Fqdn <Fqdn>] [-IgnoreSTARTTLS <$true | $false>] "
               "[-LinkedReceiveConnector <ReceiveConnectorIdParameter>] [-MaxMessageSize <Unlimited>] [-Port <Int32>] "
               "[-ProtocolLoggingLevel <None | Verbose>] [-RequireTLS <$true | $false>] [-SmartHostAuthMechanism "
               "<None | BasicAuth | BasicAuthRequireTLS | ExchangeServer | ExternalAuthoritative>] [-SmartHosts "
               "<MultiValuedProperty>] [-SourceIPAddress <IPAddress>] [-SourceTransportServers <MultiValuedProperty>] "
               "[-TemplateInstance <PSObject>] [-Usage <Custom | Internal | Internet | Partner>] "
               "[-UseExternalDNSServersEnabled <$true | $false>] [-WhatIf [<SwitchParameter>]] [<CommonParameters>]");
    QTest::newRow("Get RTM") << int(ConnectorCmdlet::GetSendConnector) << Version::Rtm2007
                             << QStringLiteral("Get-SendConnector [[-Identity] <SendConnectorIdParameter>] "
                                               "[-DomainController <Fqdn>] [<CommonParameters>]");
    QTest::newRow("Remove SP1") << int(ConnectorCmdlet::RemoveSendConnector) << Version::Sp12007
                                << QStringLiteral("Remove-SendConnector [-Identity] <SendConnectorIdParameter> "
                                                  "[-Confirm [<SwitchParameter>]] [-DomainController <Fqdn>] "
                                                  "[-WhatIf [<SwitchParameter>]] [<CommonParameters>]");
}

void TestCmdletHelp::syntax()
{
    QFETCH(int, cmdlet);
    QFETCH(Version, version);
    QFETCH(QString, syntax);
    QCOMPARE(CmdletHelp::syntax(ConnectorCmdlet(cmdlet), version), syntax);
}

void TestCmdletHelp::everyParameterIsDescribed()
{
    for (int i = 0; i < Parameter::Count; ++i) {
        const QString description = CmdletHelp::description(ConnectorParameter(i));
        QVERIFY2(description.endsWith(QLatin1Char('.')), qPrintable(Parameter::name(ConnectorParameter(i))));
    }
}

void TestCmdletHelp::sections_data()
{
    QTest::addColumn<int>("detail");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("summary") << int(CmdletHelp::Detail::Summary)
                             << QStringList{"NAME", "SYNOPSIS", "SYNTAX", "DETAILED DESCRIPTION", "REMARKS"}
                             << QStringList{"PARAMETERS", "EXAMPLE 1", "Required?"};
    QTest::newRow("detailed") << int(CmdletHelp::Detail::Detailed)
                              << QStringList{"SYNTAX", "PARAMETERS", "EXAMPLE 1", "<CommonParameters>"}
                              << QStringList{"REMARKS", "Required?"};
    QTest::newRow("full") << int(CmdletHelp::Detail::Full) << QStringList{"PARAMETERS", "Required?", "EXAMPLE 2"}
                          << QStringList{"REMARKS"};
    QTest::newRow("examples") << int(CmdletHelp::Detail::Examples) << QStringList{"NAME", "SYNOPSIS", "EXAMPLE 2"}
                              << QStringList{"SYNTAX", "PARAMETERS", "REMARKS"};
}

void TestCmdletHelp::sections()
{
    QFETCH(int, detail);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString text =
        CmdletHelp::text(ConnectorCmdlet::NewSendConnector, Version::Sp12007, CmdletHelp::Detail(detail));
    for (const QString &part : present)
        QVERIFY2(text.contains(part), qPrintable(part));
    for (const QString &part : absent)
        QVERIFY2(!text.contains(part), qPrintable(part));
}

// Set-SendConnector's help: -Identity mandatory and positional, no -Usage, -IsScopedConnector in
// SP1 only, and examples that the shell runs.
void TestCmdletHelp::setSendConnector_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<bool>("scoped");
    QTest::newRow("RTM") << Version::Rtm2007 << false;
    QTest::newRow("SP1") << Version::Sp12007 << true;
}

void TestCmdletHelp::setSendConnector()
{
    QFETCH(Version, version);
    QFETCH(bool, scoped);
    const QString syntax = CmdletHelp::syntax(ConnectorCmdlet::SetSendConnector, version);
    QVERIFY2(syntax.startsWith(QStringLiteral("Set-SendConnector [-Identity] <SendConnectorIdParameter> "
                                              "[-AddressSpaces <MultiValuedProperty>]")),
             qPrintable(syntax));
    QVERIFY(!syntax.contains(QLatin1String("-Usage")));
    QVERIFY(!syntax.contains(QLatin1String("-TemplateInstance")));
    QVERIFY(syntax.contains(QLatin1String("[-Name <String>]")));
    QVERIFY(syntax.contains(QLatin1String("[-Instance <SmtpSendConnectorConfig>]")));
    QCOMPARE(syntax.contains(QLatin1String("-IsScopedConnector")), scoped);
    const QString full = CmdletHelp::text(ConnectorCmdlet::SetSendConnector, version, CmdletHelp::Detail::Full);
    QVERIFY(full.contains(QLatin1String("Get-SendConnector 'Fabrikam' | Set-SendConnector -SmartHosts")));
    QVERIFY(CmdletHelp::overview().contains(QLatin1String("Set-SendConnector")));
}

QTEST_GUILESS_MAIN(TestCmdletHelp)
#include "tst_cmdlethelp.moc"
