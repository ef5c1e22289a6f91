#include "CmdletHelp.h"

#include <QTest>

#include <utility>

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
    void productExtensionAtEveryLevel_data();
    void productExtensionAtEveryLevel();
    void parameterHelp_data();
    void parameterHelp();
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
    for (const Version version : {Version::Rtm2007, Version::Sp12007}) {
        QTest::newRow(qPrintable(QStringLiteral("Test ") + Exchange::toString(version)))
            << int(ConnectorCmdlet::TestSendConnectorRouting) << version
            << QStringLiteral("Test-SendConnectorRouting [-Recipient] <String[]> [-Explain [<SwitchParameter>]] "
                              "[-MessageSize <ByteQuantifiedSize>] [-Server <ServerIdParameter>] "
                              "[<CommonParameters>]");
        // Test-SendConnector: no -WhatIf or -Confirm (it changes nothing), no -DomainController.
        QTest::newRow(qPrintable(QStringLiteral("Test-SendConnector ") + Exchange::toString(version)))
            << int(ConnectorCmdlet::TestSendConnector) << version
            << QStringLiteral("Test-SendConnector [-Identity] <SendConnectorIdParameter> [-AuthenticationCredential "
                              "<PSCredential>] [-RecipientDomain <SmtpDomain>] [-TimeoutSeconds <Int32>] "
                              "[<CommonParameters>]");
    }
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

// Test-SendConnectorRouting says at every level of its help that it is the product's own, not an
// Exchange 2007 cmdlet; Exchange's cmdlets never say so.
void TestCmdletHelp::productExtensionAtEveryLevel_data()
{
    QTest::addColumn<int>("cmdlet");
    QTest::addColumn<int>("detail");
    QTest::addColumn<bool>("extension");
    for (const ConnectorCmdlet cmdlet : {ConnectorCmdlet::TestSendConnectorRouting, ConnectorCmdlet::TestSendConnector,
                                         ConnectorCmdlet::GetSendConnector, ConnectorCmdlet::NewSendConnector}) {
        for (const auto &[detail, name] :
             {std::pair{CmdletHelp::Detail::Summary, "summary"}, std::pair{CmdletHelp::Detail::Detailed, "detailed"},
              std::pair{CmdletHelp::Detail::Full, "full"}, std::pair{CmdletHelp::Detail::Examples, "examples"}}) {
            QTest::newRow(qPrintable(Parameter::cmdletName(cmdlet) + QLatin1Char(' ') + QLatin1String(name)))
                << int(cmdlet) << int(detail)
                << (cmdlet == ConnectorCmdlet::TestSendConnectorRouting || cmdlet == ConnectorCmdlet::TestSendConnector);
        }
    }
}

void TestCmdletHelp::productExtensionAtEveryLevel()
{
    QFETCH(int, cmdlet);
    QFETCH(int, detail);
    QFETCH(bool, extension);
    const QString text = CmdletHelp::text(ConnectorCmdlet(cmdlet), Version::Sp12007, CmdletHelp::Detail(detail));
    QCOMPARE(text.contains(QLatin1String("product extension")), extension);
    QCOMPARE(text.contains(QLatin1String("not an Exchange 2007 cmdlet")), extension);
    if (extension) // the note names the cmdlet it is about
        QVERIFY(text.contains(Parameter::cmdletName(ConnectorCmdlet(cmdlet)) + QLatin1String(" is a product extension")));
    if (ConnectorCmdlet(cmdlet) == ConnectorCmdlet::TestSendConnector) {
        QVERIFY(text.contains(QLatin1String("without sending any")));
        QVERIFY(CmdletHelp::overview().contains(QLatin1String("\n    Test-SendConnector ")));
        if (CmdletHelp::Detail(detail) != CmdletHelp::Detail::Summary)
            QVERIFY(text.contains(QLatin1String("Get-SendConnector | Test-SendConnector")));
        if (CmdletHelp::Detail(detail) == CmdletHelp::Detail::Full) {
            QVERIFY(text.contains(QLatin1String("    -TimeoutSeconds <Int32>\n        How long each step")));
            QVERIFY(text.contains(QLatin1String("seconds from 1 to 600. By default 10.")));
            QVERIFY(text.contains(QLatin1String("    -RecipientDomain <SmtpDomain>\n")));
        }
        return;
    }
    if (extension) {
        QVERIFY(text.contains(QLatin1String("Shows which Send connector takes mail to each recipient")));
        QVERIFY(CmdletHelp::overview().contains(QLatin1String("Test-SendConnectorRouting")));
    }
    if (extension && CmdletHelp::Detail(detail) != CmdletHelp::Detail::Summary) {
        QVERIFY(text.contains(QLatin1String("'kim@contoso.com','sam@fabrikam.com' | Test-SendConnectorRouting "
                                            "-Server EX03 -Explain")));
    }
    if (extension && CmdletHelp::Detail(detail) == CmdletHelp::Detail::Full) {
        QVERIFY(text.contains(QLatin1String("    -Recipient <String[]>\n")));
        QVERIFY(text.contains(QLatin1String("    -MessageSize <ByteQuantifiedSize>\n")));
        QVERIFY(text.contains(QLatin1String("    -Explain\n")));
    }
}

// "Get-Help <cmdlet> -Parameter <name>": the -Full section of each parameter that matches
// (PowerShell's wildcards), the product's note for its own cmdlet; nothing for no match.
void TestCmdletHelp::parameterHelp_data()
{
    QTest::addColumn<int>("cmdlet");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<bool>("found");

    const int test = int(ConnectorCmdlet::TestSendConnectorRouting);
    const QString note = QStringLiteral("product extension of this shell, not an Exchange 2007 cmdlet");
    QTest::newRow("MessageSize")
        << test << QStringLiteral("MessageSize")
        << QStringList{"-MessageSize <ByteQuantifiedSize>", "Required?                    false",
                       "Position?                    named", note}
        << QStringList{"-Recipient", "-Server", "-Explain"} << true;
    QTest::newRow("any case, wildcard")
        << test << QStringLiteral("recip*")
        << QStringList{"-Recipient <String[]>", "Required?                    true", "Position?                    1", note}
        << QStringList{"-MessageSize"} << true;
    QTest::newRow("*") << test << QStringLiteral("*")
                       << QStringList{"-Recipient", "-Server <ServerIdParameter>", "-MessageSize", "-Explain", note}
                       << QStringList{"-Verbose"} << true;
    QTest::newRow("a prefix is no name") << test << QStringLiteral("Mess") << QStringList{} << QStringList{} << false;
    QTest::newRow("unknown") << test << QStringLiteral("Identity") << QStringList{} << QStringList{} << false;
    const int connectivity = int(ConnectorCmdlet::TestSendConnector);
    QTest::newRow("Test-SendConnector Identity")
        << connectivity << QStringLiteral("Identity")
        << QStringList{"-Identity <SendConnectorIdParameter>", "Required?                    true",
                       "Position?                    1", "Test-SendConnector is a product extension"}
        << QStringList{"-RecipientDomain"} << true;
    QTest::newRow("Test-SendConnector *Credential")
        << connectivity << QStringLiteral("*Credential")
        << QStringList{"-AuthenticationCredential <PSCredential>", "Position?                    named"}
        << QStringList{"-Identity"} << true;
    QTest::newRow("Test-SendConnector has no -WhatIf") << connectivity << QStringLiteral("WhatIf") << QStringList{}
                                                       << QStringList{} << false;
    QTest::newRow("New-SendConnector -Name") << int(ConnectorCmdlet::NewSendConnector) << QStringLiteral("Name")
                                             << QStringList{"-Name <String>", "Position?                    1"}
                                             << QStringList{QStringLiteral("product extension")} << true;
}

void TestCmdletHelp::parameterHelp()
{
    QFETCH(int, cmdlet);
    QFETCH(QString, pattern);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(bool, found);
    const std::optional<QString> text = CmdletHelp::parameterHelp(ConnectorCmdlet(cmdlet), Version::Sp12007, pattern);
    QCOMPARE(bool(text), found);
    if (!text)
        return;
    for (const QString &part : present)
        QVERIFY2(text->contains(part), qPrintable(part + QStringLiteral(" in\n") + *text));
    for (const QString &part : absent)
        QVERIFY2(!text->contains(part), qPrintable(part + QStringLiteral(" in\n") + *text));
}

QTEST_GUILESS_MAIN(TestCmdletHelp)
#include "tst_cmdlethelp.moc"
