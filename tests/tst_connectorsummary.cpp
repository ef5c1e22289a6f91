// Tests the New Connector page's summary: every setting (defaults included), the permission set,
// routing, security without the password, source servers, the Exchange version, and both forms.
#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "ConnectorSummary.h"
#include "OrganizationStore.h"

#include <QTest>

namespace {

using ModelTestSupport::ipHost;
using ModelTestSupport::sampleOrganization;
using ModelTestSupport::smtp;

// The Subsidiary Send Connector of docs/domain-rules.md#worked-example, as the wizard builds it.
void makeSubsidiary(ConnectorDraft &draft)
{
    draft.setName(QStringLiteral("Subsidiary Send Connector"));
    draft.setAddressSpaces({smtp(QStringLiteral("*.contoso.com"), 5), smtp(QStringLiteral("*.fabrikam.com"), 8)});
    draft.setDnsRoutingEnabled(false);
    draft.setSmartHosts({ipHost(QStringLiteral("192.168.1.20"))});
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestConnectorSummary : public QObject
{
    Q_OBJECT

private slots:
    void subsidiaryPlainText();
    void everySettingHasALine_data();
    void everySettingHasALine();
    void permissionSetOfTheUsage();
    void dnsRouting();
    void basicAuthenticationNeverShowsThePassword();
    void edgeConnector();
    void rtmScoping();
    void htmlIsEscaped();
};

void TestConnectorSummary::subsidiaryPlainText()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    makeSubsidiary(draft);
    const QStringList text = lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(draft)));

    QVERIFY(text.contains(QStringLiteral("General")));
    QVERIFY(text.contains(QStringLiteral("  Exchange version: Exchange 2007 SP1")));
    QVERIFY(text.contains(QStringLiteral("  Created on: the organization (Hub Transport)")));
    QVERIFY(text.contains(QStringLiteral("  Name: Subsidiary Send Connector")));
    QVERIFY(text.contains(QStringLiteral("  Intended use: Custom")));
    QVERIFY(text.contains(QStringLiteral("  Address spaces:")));
    QVERIFY(text.contains(QStringLiteral("    SMTP *.contoso.com (cost 5, including all subdomains)")));
    QVERIFY(text.contains(QStringLiteral("    SMTP *.fabrikam.com (cost 8, including all subdomains)")));
    QVERIFY(text.contains(QStringLiteral("  Scoped send connector: No")));
    QVERIFY(text.contains(QStringLiteral("  Routing: Route all mail through smart hosts")));
    QVERIFY(text.contains(QStringLiteral("  Smart hosts: 192.168.1.20")));
    QVERIFY(text.contains(QStringLiteral("  Authentication: None")));
    QVERIFY(text.contains(QStringLiteral("  Source servers: EX01")));
    // Untouched defaults are there too.
    QVERIFY(text.contains(QStringLiteral("  Port: 25")));
    QVERIFY(text.contains(QStringLiteral("  Connection inactivity time-out: 00:10:00")));
    QVERIFY(text.contains(QStringLiteral("  Maximum message size: ")
                          + ByteQuantity::fromBytes(SendConnector::DefaultMaxMessageSize).toDisplayString()));
    QVERIFY(text.contains(QStringLiteral("  FQDN in HELO/EHLO: (the server's own name)")));
    QVERIFY(text.contains(QStringLiteral("  Enabled: Yes")));
    QVERIFY(text.contains(QStringLiteral("  Protocol logging: None")));
    // The summary names the trimmed name, as it will be created.
    draft.setName(QStringLiteral("  Spaced  "));
    QVERIFY(lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(draft)))
                .contains(QStringLiteral("  Name: Spaced")));
}

void TestConnectorSummary::everySettingHasALine_data()
{
    QTest::addColumn<QString>("label");
    for (const char *label :
         {"Exchange version", "Created on", "Name", "Intended use", "Permission set", "Enabled", "Comment",
          "Address spaces", "Scoped send connector", "Linked Receive connector", "Routing",
          "Use the External DNS Lookup settings", "Port", "Maximum message size", "Connection inactivity time-out",
          "FQDN in HELO/EHLO", "Force HELO", "Require TLS", "Ignore STARTTLS", "Domain security (mutual TLS)",
          "Protocol logging", "Source IP address", "Authentication", "Source servers"})
        QTest::newRow(label) << QString::fromLatin1(label);
}

void TestConnectorSummary::everySettingHasALine()
{
    QFETCH(QString, label);
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    makeSubsidiary(draft);
    const QString text = ConnectorSummary::toPlainText(ConnectorSummary::groups(draft));
    QVERIFY2(text.contains(QLatin1String("\n  ") + label + QLatin1Char(':')), qPrintable(text));
    QVERIFY(ConnectorSummary::toHtml(ConnectorSummary::groups(draft)).contains(label.toHtmlEscaped() + QLatin1Char(':')));
}

void TestConnectorSummary::permissionSetOfTheUsage()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setUsage(Exchange::Usage::Partner);
    const QString text = ConnectorSummary::toPlainText(ConnectorSummary::groups(draft));
    QVERIFY(text.contains(QLatin1String("  Permission set:\n")));
    const QStringList permissions = UsageRules::permissionSet(Exchange::Usage::Partner);
    QVERIFY(!permissions.isEmpty());
    for (const QString &line : permissions)
        QVERIFY2(lines(text).contains(QLatin1String("    ") + line), qPrintable(line));
    QVERIFY(text.contains(QLatin1String("  Domain security (mutual TLS): Yes")));
    QVERIFY(text.contains(QLatin1String("  Intended use: Partner")));
}

void TestConnectorSummary::dnsRouting()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    draft.setUsage(Exchange::Usage::Internet);
    draft.setAddressSpaces({smtp(QStringLiteral("*"))});
    draft.setUseExternalDnsServersEnabled(true);
    const QStringList text = lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(draft)));
    QVERIFY(text.contains(QStringLiteral("  Routing: Use domain name system (DNS) \"MX\" records")));
    QVERIFY(text.contains(QStringLiteral("  Use the External DNS Lookup settings: Yes")));
    QVERIFY(text.contains(QStringLiteral("  Address spaces: SMTP * (cost 1, including all subdomains)")));
    for (const QString &line : text)
        QVERIFY2(!line.contains(QLatin1String("Smart hosts:")), qPrintable(line));
}

void TestConnectorSummary::basicAuthenticationNeverShowsThePassword()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    makeSubsidiary(draft);
    draft.setSmartHostAuthMechanism(Exchange::SmartHostAuthMechanism::BasicAuthRequireTLS);
    const QString password = QStringLiteral("Pa55-w0rd!secret");
    draft.setCredential(QStringLiteral("CONTOSO\\relay"), password);

    const QList<ConnectorSummary::Group> groups = ConnectorSummary::groups(draft);
    const QString text = ConnectorSummary::toPlainText(groups);
    QVERIFY(lines(text).contains(QStringLiteral("  Authentication: Basic Authentication over TLS")));
    QVERIFY(lines(text).contains(QStringLiteral("  User name: CONTOSO\\relay")));
    QVERIFY(lines(text).contains(QStringLiteral("  Password: (set; kept in memory only, never saved)")));
    QVERIFY(!text.contains(password));
    QVERIFY(!ConnectorSummary::toHtml(groups).contains(password));

    draft.setCredential(QStringLiteral("CONTOSO\\relay"), QString());
    QVERIFY(lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(draft)))
                .contains(QStringLiteral("  Password: (not set)")));
}

void TestConnectorSummary::edgeConnector()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EDGE02"));
    draft.setName(QStringLiteral("EDGE02 to Fabrikam"));
    draft.setAddressSpaces({smtp(QStringLiteral("fabrikam.com"))});
    const QStringList text = lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(draft)));
    QVERIFY(text.contains(QStringLiteral("  Created on: the Edge Transport server EDGE02 (its own connectors)")));
    QVERIFY(text.contains(QStringLiteral("  Address spaces: SMTP fabrikam.com (cost 1)")));
    QVERIFY(text.contains(
        QStringLiteral("  Source servers: EDGE02 (an Edge Transport server sends its own connectors' mail)")));
    // No scoping on an Edge, in either version: the summary does not point to RTM's "Local:" there.
    for (const Exchange::Version version : {Exchange::Version::Sp12007, Exchange::Version::Rtm2007}) {
        ConnectorDraft edge(sampleOrganization(version), QStringLiteral("EDGE02"));
        edge.setName(QStringLiteral("EDGE02 to Fabrikam"));
        edge.setAddressSpaces({smtp(QStringLiteral("fabrikam.com"))});
        const QStringList edgeText = lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(edge)));
        QVERIFY2(edgeText.contains(QStringLiteral(
                     "  Scoped send connector: No (an Edge Transport server's own connector cannot be scoped)")),
                 qPrintable(edgeText.join(QLatin1Char('\n'))));
    }
}

void TestConnectorSummary::rtmScoping()
{
    ConnectorDraft draft(sampleOrganization(Exchange::Version::Rtm2007), QStringLiteral("EX01"));
    makeSubsidiary(draft);
    const QStringList text = lines(ConnectorSummary::toPlainText(ConnectorSummary::groups(draft)));
    QVERIFY(text.contains(QStringLiteral("  Exchange version: Exchange 2007 RTM")));
    QVERIFY(text.contains(
        QStringLiteral("  Scoped send connector: No (Exchange 2007 RTM scopes only with \"Local:\" in the shell)")));

    SendConnector scoped = draft.connectorToCreate();
    scoped.addressSpaces[0].localScope = true;
    QVERIFY(lines(ConnectorSummary::toPlainText(
                      ConnectorSummary::groups(scoped, Exchange::Version::Rtm2007, QString(), false)))
                .contains(QStringLiteral("  Scoped send connector: Yes (\"Local:\" address spaces)")));
}

void TestConnectorSummary::htmlIsEscaped()
{
    ConnectorDraft draft(sampleOrganization(), QStringLiteral("EX01"));
    makeSubsidiary(draft);
    draft.setName(QStringLiteral("<b>Tom & Jerry</b>"));
    const QString html = ConnectorSummary::toHtml(ConnectorSummary::groups(draft));
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;")));
    QVERIFY(!html.contains(QLatin1String("<b>Tom")));
    QVERIFY(html.contains(QLatin1String("<h3>Network settings</h3>")));
    QVERIFY(html.contains(QLatin1String("192.168.1.20")));
}

QTEST_GUILESS_MAIN(TestConnectorSummary)
#include "tst_connectorsummary.moc"
