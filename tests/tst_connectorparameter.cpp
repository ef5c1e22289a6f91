#include "ConnectorParameter.h"

#include <QTest>

using Exchange::Version;

// Checks ConnectorParameter's table: one spelling per parameter, its aliases, and which cmdlets
// of which version take it.
class TestConnectorParameter : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void fromName_data();
    void fromName();
    void takes_data();
    void takes();
    void cmdlets();
};

void TestConnectorParameter::namesRoundTrip()
{
    QSet<QString> seen;
    for (int i = 0; i < Parameter::Count; ++i) {
        const auto parameter = ConnectorParameter(i);
        const QString name = Parameter::name(parameter);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(name.toLower()), qPrintable(name)); // spelled once
        seen.insert(name.toLower());
        QCOMPARE(Parameter::fromName(name), std::optional<ConnectorParameter>(parameter));
        QCOMPARE(Parameter::fromName(name.toLower()), std::optional<ConnectorParameter>(parameter));
        for (const QString &alias : Parameter::aliases(parameter))
            QCOMPARE(Parameter::fromName(alias), std::optional<ConnectorParameter>(parameter));
    }
    QCOMPARE(Parameter::name(ConnectorParameter::AddressSpaces), QStringLiteral("AddressSpaces"));
    QCOMPARE(Parameter::name(ConnectorParameter::DNSRoutingEnabled), QStringLiteral("DNSRoutingEnabled"));
}

void TestConnectorParameter::fromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("parameter"); // -1: none

    QTest::newRow("exact") << QStringLiteral("SmartHosts") << int(ConnectorParameter::SmartHosts);
    QTest::newRow("any case") << QStringLiteral("ignorestarttls") << int(ConnectorParameter::IgnoreSTARTTLS);
    QTest::newRow("alias vb") << QStringLiteral("vb") << int(ConnectorParameter::Verbose);
    QTest::newRow("alias db") << QStringLiteral("DB") << int(ConnectorParameter::Debug);
    QTest::newRow("alias ea") << QStringLiteral("ea") << int(ConnectorParameter::ErrorAction);
    QTest::newRow("alias ev") << QStringLiteral("ev") << int(ConnectorParameter::ErrorVariable);
    QTest::newRow("alias ov") << QStringLiteral("ov") << int(ConnectorParameter::OutVariable);
    QTest::newRow("alias ob") << QStringLiteral("ob") << int(ConnectorParameter::OutBuffer);
    QTest::newRow("a prefix is no name") << QStringLiteral("AddressSpace") << -1;
    QTest::newRow("unknown") << QStringLiteral("Sender") << -1;
    QTest::newRow("Test-SendConnectorRouting's") << QStringLiteral("server") << int(ConnectorParameter::Server);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("with a dash") << QStringLiteral("-Name") << -1;
}

void TestConnectorParameter::fromName()
{
    QFETCH(QString, text);
    QFETCH(int, parameter);
    const std::optional<ConnectorParameter> found = Parameter::fromName(text);
    if (parameter < 0)
        QVERIFY(!found);
    else
        QCOMPARE(found, std::optional<ConnectorParameter>(ConnectorParameter(parameter)));
}

void TestConnectorParameter::takes_data()
{
    QTest::addColumn<int>("cmdlet");
    QTest::addColumn<Version>("version");
    QTest::addColumn<QStringList>("parameters");

    const QStringList common{"Verbose", "Debug", "ErrorAction", "ErrorVariable", "OutVariable", "OutBuffer"};
    const QStringList newRtm{"Name", "AddressSpaces", "Usage", "DNSRoutingEnabled", "SmartHosts",
                             "SmartHostAuthMechanism", "AuthenticationCredential", "SourceTransportServers",
                             "UseExternalDNSServersEnabled", "MaxMessageSize", "Port", "ConnectionInactivityTimeOut",
                             "Enabled", "Comment", "Fqdn", "ForceHELO", "IgnoreSTARTTLS", "RequireTLS",
                             "DomainSecureEnabled", "ProtocolLoggingLevel", "SourceIPAddress",
                             "LinkedReceiveConnector", "Force", "TemplateInstance", "DomainController", "WhatIf",
                             "Confirm"};
    QStringList newSp1 = newRtm;
    newSp1.insert(newSp1.indexOf(QStringLiteral("UseExternalDNSServersEnabled")), QStringLiteral("IsScopedConnector"));
    newSp1.insert(newSp1.indexOf(QStringLiteral("Force")), QStringLiteral("Custom"));
    newSp1.insert(newSp1.indexOf(QStringLiteral("Force")), QStringLiteral("Internal"));
    newSp1.insert(newSp1.indexOf(QStringLiteral("Force")), QStringLiteral("Internet"));
    newSp1.insert(newSp1.indexOf(QStringLiteral("Force")), QStringLiteral("Partner"));
    const QStringList get = QStringList{"Identity", "DomainController"} + common;
    const QStringList remove = QStringList{"Identity", "DomainController", "WhatIf", "Confirm"} + common;
    // Set-SendConnector: New's parameters without the usage and -TemplateInstance, plus the identity
    // and the pipeline's -Instance (Exchange 2007 RTM and SP1 references of Set-SendConnector).
    QStringList setRtm = newRtm;
    setRtm.removeAll(QStringLiteral("Usage"));
    setRtm.removeAll(QStringLiteral("TemplateInstance"));
    setRtm.insert(setRtm.indexOf(QStringLiteral("DomainController")), QStringLiteral("Identity"));
    setRtm.insert(setRtm.indexOf(QStringLiteral("DomainController")), QStringLiteral("Instance"));
    QStringList setSp1 = setRtm;
    setSp1.insert(setSp1.indexOf(QStringLiteral("UseExternalDNSServersEnabled")), QStringLiteral("IsScopedConnector"));
    for (const Version version : {Version::Rtm2007, Version::Sp12007}) {
        const QString v = Exchange::toString(version);
        QTest::newRow(qPrintable(QStringLiteral("New ") + v))
            << int(ConnectorCmdlet::NewSendConnector) << version
            << (version == Version::Rtm2007 ? newRtm : newSp1) + common;
        QTest::newRow(qPrintable(QStringLiteral("Get ") + v)) << int(ConnectorCmdlet::GetSendConnector) << version << get;
        QTest::newRow(qPrintable(QStringLiteral("Remove ") + v))
            << int(ConnectorCmdlet::RemoveSendConnector) << version << remove;
        QTest::newRow(qPrintable(QStringLiteral("Set ") + v))
            << int(ConnectorCmdlet::SetSendConnector) << version
            << (version == Version::Rtm2007 ? setRtm : setSp1) + common;
        QTest::newRow(qPrintable(QStringLiteral("Test ") + v))
            << int(ConnectorCmdlet::TestSendConnectorRouting) << version
            << QStringList{"Recipient", "Server", "MessageSize", "Explain"} + common;
    }
}

void TestConnectorParameter::takes()
{
    QFETCH(int, cmdlet);
    QFETCH(Version, version);
    QFETCH(QStringList, parameters);
    QStringList names;
    for (const ConnectorParameter parameter : Parameter::of(ConnectorCmdlet(cmdlet), version)) {
        names.append(Parameter::name(parameter));
        QVERIFY(Parameter::takes(ConnectorCmdlet(cmdlet), parameter, version));
        QVERIFY(Parameter::takesInAnyVersion(ConnectorCmdlet(cmdlet), parameter));
        QCOMPARE(Parameter::isCommon(parameter), parameters.indexOf(names.last()) >= parameters.size() - 6);
    }
    QCOMPARE(names, parameters);
}

void TestConnectorParameter::cmdlets()
{
    for (const ConnectorCmdlet cmdlet :
         {ConnectorCmdlet::NewSendConnector, ConnectorCmdlet::GetSendConnector, ConnectorCmdlet::RemoveSendConnector,
          ConnectorCmdlet::SetSendConnector}) {
        QCOMPARE(Parameter::cmdletFromName(Parameter::cmdletName(cmdlet).toLower()), std::optional<ConnectorCmdlet>(cmdlet));
    }
    QCOMPARE(Parameter::cmdletName(ConnectorCmdlet::RemoveSendConnector), QStringLiteral("Remove-SendConnector"));
    QCOMPARE(Parameter::cmdletName(ConnectorCmdlet::SetSendConnector), QStringLiteral("Set-SendConnector"));
    QVERIFY(!Parameter::cmdletFromName(QStringLiteral("Enable-SendConnector")));
}

QTEST_GUILESS_MAIN(TestConnectorParameter)
#include "tst_connectorparameter.moc"
