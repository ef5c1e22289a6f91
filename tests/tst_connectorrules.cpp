// Tests the connector rules: what each usage offers and sets, connector names, and every
// cross-field rule of ConnectorValidator against a small two-site organization.
#include "support/ModelTestSupport.h"
#include "ConnectorRules.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <string>

namespace {

enum class Side { Hub, Edge };

// Changes the valid starting connector and its context into the case a row tests.
using Mutation = std::function<void(SendConnector &, ConnectorContext &)>;

using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;
using ModelTestSupport::Scope;
using ModelTestSupport::smtp;
using ModelTestSupport::space;

SendConnector connectorNamed(const QString &name, const QList<AddressSpace> &spaces)
{
    SendConnector connector;
    connector.name = name;
    connector.addressSpaces = spaces;
    return connector;
}

// Two linked AD sites, Hub servers in both, a subscribed and an unsubscribed Edge.
Organization makeOrganization()
{
    Organization org;
    org.name = QStringLiteral("Contoso");
    org.localServer = QStringLiteral("HUB1");
    org.sites = {AdSite{QStringLiteral("Seattle"), {SiteLink{QStringLiteral("Portland"), 10}}},
                 AdSite{QStringLiteral("Portland"), {SiteLink{QStringLiteral("Seattle"), 10}}}};

    const auto server = [](const char *name, Exchange::ServerRole role, const char *site) {
        TransportServer s;
        s.name = QString::fromLatin1(name);
        s.role = role;
        s.site = QString::fromLatin1(site);
        return s;
    };
    // HUB1 and EDGE2 list external DNS servers; HUB2, HUB3 and EDGE1 do not.
    TransportServer hub1 = server("HUB1", Exchange::ServerRole::HubTransport, "Seattle");
    hub1.externalDnsServers = {QHostAddress(QStringLiteral("192.0.2.53"))};
    const TransportServer hub2 = server("HUB2", Exchange::ServerRole::HubTransport, "Portland");
    const TransportServer hub3 = server("HUB3", Exchange::ServerRole::HubTransport, "Seattle");
    TransportServer edge1 = server("EDGE1", Exchange::ServerRole::EdgeTransport, "Seattle");
    edge1.subscribed = true;
    TransportServer edge2 = server("EDGE2", Exchange::ServerRole::EdgeTransport, "");
    edge2.externalDnsServers = {QHostAddress(QStringLiteral("2001:db8::53")), QHostAddress(QStringLiteral("192.0.2.53"))};
    SendConnector edgeInternet = connectorNamed(QStringLiteral("Edge to Internet"), {smtp(QStringLiteral("*"))});
    edge2.sendConnectors = {edgeInternet};
    org.servers = {hub1, hub2, hub3, edge1, edge2};

    SendConnector internet = connectorNamed(QStringLiteral("Internet"), {smtp(QStringLiteral("*"), 10)});
    internet.sourceTransportServers = {QStringLiteral("HUB1")};
    SendConnector disabled = connectorNamed(QStringLiteral("Old contoso route"), {smtp(QStringLiteral("*.contoso.com"))});
    disabled.sourceTransportServers = {QStringLiteral("HUB1")};
    disabled.maxMessageSize = ByteQuantity::makeUnlimited();
    disabled.enabled = false;
    org.sendConnectors = {internet, disabled};
    return org;
}

// "E Code Parameter" / "W Code Parameter", sorted: the exact multiset of problems.
QStringList summary(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems) {
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(p.isError() ? QStringLiteral("E") : QStringLiteral("W"), p.code, p.parameter)
                         .trimmed());
    }
    lines.sort();
    return lines;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The size-bypass rule as it was first written, comparing every pair of connectors and of their
// address spaces: the reference MessageSizeBypassIndex must agree with.
bool referenceCoversMoreBroadly(const AddressSpace &broad, const AddressSpace &specific)
{
    const auto allAccepted = [](const AddressSpace &s) { return s.isSmtp() && s.address == QLatin1String("--"); };
    if (!broad.isSmtp() || !specific.isSmtp() || allAccepted(broad) || allAccepted(specific))
        return false;
    const QString broadAddress = broad.address.toLower();
    const QString specificAddress = specific.address.toLower();
    if (broadAddress == QLatin1String("*"))
        return specificAddress != QLatin1String("*");
    if (!broadAddress.startsWith(QLatin1String("*.")) || broadAddress == specificAddress)
        return false;
    const QString parent = broadAddress.mid(2);
    const QString domain = specificAddress.startsWith(QLatin1String("*.")) ? specificAddress.mid(2) : specificAddress;
    return domain == parent || domain.endsWith(QLatin1Char('.') + parent);
}

bool referenceIsSmaller(const ByteQuantity &a, const ByteQuantity &b)
{
    return !a.unlimited && (b.unlimited || a.bytes < b.bytes);
}

// "other: mine <- broader" for each connector of `side` that bypasses `c`'s limit, in side order.
QStringList referenceBypasses(const SendConnector &c, const QList<SendConnector> &side, const QString &originalName)
{
    QStringList found;
    const QString original = originalName.trimmed();
    for (const SendConnector &other : side) {
        if (!other.enabled || !referenceIsSmaller(c.maxMessageSize, other.maxMessageSize))
            continue;
        if (!original.isEmpty() && other.name.trimmed().compare(original, Qt::CaseInsensitive) == 0)
            continue;
        for (const AddressSpace &mine : c.addressSpaces) {
            const auto broader = std::find_if(other.addressSpaces.cbegin(), other.addressSpaces.cend(),
                                              [&mine](const AddressSpace &theirs) {
                                                  return referenceCoversMoreBroadly(theirs, mine);
                                              });
            if (broader == other.addressSpaces.cend())
                continue;
            found.append(QStringLiteral("%1: %2 <- %3").arg(other.name, mine.address, broader->address));
            break;
        }
    }
    return found;
}

QStringList indexedBypasses(const MessageSizeBypassIndex &index, const SendConnector &c, const QString &originalName)
{
    QStringList found;
    for (const MessageSizeBypassIndex::Bypass &bypass : index.find(c, originalName)) {
        const SendConnector &other = index.side().at(bypass.connector);
        found.append(QStringLiteral("%1: %2 <- %3")
                         .arg(other.name, c.addressSpaces.at(bypass.mine).address, other.addressSpaces.at(bypass.broader).address));
    }
    return found;
}

// A connector for the bypass rows: "name", address spaces ("X400:..." for another type), a limit
// in bytes (-1: unlimited), enabled or not.
SendConnector sized(const QString &name, const QStringList &spaces, qint64 limit, bool enabled = true)
{
    SendConnector connector;
    connector.name = name;
    for (const QString &text : spaces) {
        connector.addressSpaces.append(text.startsWith(QLatin1String("X400:"))
                                           ? space(QStringLiteral("X400"), text.mid(5))
                                           : smtp(text));
    }
    connector.maxMessageSize = limit < 0 ? ByteQuantity::makeUnlimited() : ByteQuantity::fromBytes(limit);
    connector.enabled = enabled;
    return connector;
}

} // namespace

Q_DECLARE_METATYPE(Side)
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(SendConnector)
using Connectors = QList<SendConnector>;

class TestConnectorRules : public QObject
{
    Q_OBJECT
private slots:
    void usageOffers_data();
    void usageOffers();
    void descriptionsAreDistinct();
    void permissionSetIsTheSameForEveryUsage();
    void applyDefaults_data();
    void applyDefaults();
    void applyDefaultsResetsThePreviousUsage();
    void defaultsOfEveryUsageValidate_data();
    void defaultsOfEveryUsageValidate();

    void connectorName_data();
    void connectorName();

    void validate_data();
    void validate();
    void reportsEveryProblemAtOnce();
    void messagesNameTheOffendingValue();
    void missingSmartHostsSuggestDnsOnlyWhereItIsPossible();
    void ownServerAsSmartHostSaysWhy();
    void missingOrganizationIsSurvivable();

    void messageSizeBypass_data();
    void messageSizeBypass();
    void messageSizeBypassMatchesThePairwiseRule();

private:
    const Organization m_org = makeOrganization();
};

// ---------------------------------------------------------------------------------------------
// UsageRules

void TestConnectorRules::usageOffers_data()
{
    QTest::addColumn<Exchange::Usage>("usage");
    QTest::addColumn<bool>("dns");
    QTest::addColumn<bool>("smartHosts");
    QTest::addColumn<bool>("preselectsDns");
    QTest::newRow("Custom") << Exchange::Usage::Custom << true << true << true;
    QTest::newRow("Internal") << Exchange::Usage::Internal << false << true << false;
    QTest::newRow("Internet") << Exchange::Usage::Internet << true << true << true;
    QTest::newRow("Partner") << Exchange::Usage::Partner << true << false << true;
}

void TestConnectorRules::usageOffers()
{
    QFETCH(Exchange::Usage, usage);
    QFETCH(bool, dns);
    QFETCH(bool, smartHosts);
    QFETCH(bool, preselectsDns);
    QCOMPARE(UsageRules::offersDnsRouting(usage), dns);
    QCOMPARE(UsageRules::offersSmartHosts(usage), smartHosts);
    QCOMPARE(UsageRules::preselectsDnsRouting(usage), preselectsDns);
    // A preselected option is always an offered one.
    QVERIFY(preselectsDns ? UsageRules::offersDnsRouting(usage) : UsageRules::offersSmartHosts(usage));
    // A reason is given exactly when the option is not offered.
    QCOMPARE(UsageRules::dnsRoutingUnavailableReason(usage).isEmpty(), dns);
    QCOMPARE(UsageRules::smartHostsUnavailableReason(usage).isEmpty(), smartHosts);
}

void TestConnectorRules::descriptionsAreDistinct()
{
    QStringList descriptions;
    for (Exchange::Usage usage : {Exchange::Usage::Custom, Exchange::Usage::Internal, Exchange::Usage::Internet,
                                  Exchange::Usage::Partner}) {
        descriptions.append(UsageRules::description(usage));
    }
    for (const QString &text : descriptions)
        QVERIFY(text.size() > 40);
    QVERIFY(descriptions.at(0).contains(QLatin1String("not Exchange servers")));
    QVERIFY(descriptions.at(1).contains(QLatin1String("smart hosts")));
    QVERIFY(descriptions.at(2).contains(QLatin1String("MX")));
    QVERIFY(descriptions.at(3).contains(QLatin1String("TLSSendDomainSecureList")));
    descriptions.removeDuplicates();
    QCOMPARE(descriptions.size(), 4);
}

void TestConnectorRules::permissionSetIsTheSameForEveryUsage()
{
    const QStringList set = UsageRules::permissionSet(Exchange::Usage::Custom);
    QCOMPARE(set.size(), 5);
    QCOMPARE(set.at(0), QStringLiteral("Anonymous Logon: ms-Exch-Send-Headers-Routing"));
    QCOMPARE(set.at(2), QStringLiteral("Legacy Exchange Servers: ms-Exch-SMTP-Send-Exch50, ms-Exch-Send-Headers-Routing"));
    // Exchange 2007's rights only: ms-Exch-SMTP-Send-XShadow is Exchange 2010's shadow redundancy.
    QCOMPARE(set.at(3), QStringLiteral("Hub and Edge Transport Servers: ms-Exch-Send-Exch50, "
                                       "ms-Exch-Send-Headers-Routing, ms-Exch-Send-Headers-Forest, "
                                       "ms-Exch-Send-Headers-Organization"));
    for (const QString &line : set)
        QVERIFY2(!line.contains(QLatin1String("XShadow")), qPrintable(line));
    QCOMPARE(UsageRules::permissionSet(Exchange::Usage::Internal), set);
    QCOMPARE(UsageRules::permissionSet(Exchange::Usage::Internet), set);
    QCOMPARE(UsageRules::permissionSet(Exchange::Usage::Partner), set);
}

void TestConnectorRules::applyDefaults_data()
{
    QTest::addColumn<Exchange::Usage>("usage");
    QTest::addColumn<bool>("onEdge");
    QTest::addColumn<bool>("dns");
    QTest::addColumn<Exchange::SmartHostAuthMechanism>("auth");
    QTest::addColumn<bool>("domainSecure");
    QTest::addColumn<bool>("externalDns");
    using A = Exchange::SmartHostAuthMechanism;
    QTest::newRow("Custom hub") << Exchange::Usage::Custom << false << true << A::None << false << false;
    QTest::newRow("Custom edge") << Exchange::Usage::Custom << true << true << A::None << false << false;
    QTest::newRow("Internal hub") << Exchange::Usage::Internal << false << false << A::ExchangeServer << false << false;
    QTest::newRow("Internal edge") << Exchange::Usage::Internal << true << false << A::ExchangeServer << false << false;
    QTest::newRow("Internet hub") << Exchange::Usage::Internet << false << true << A::None << false << false;
    QTest::newRow("Internet edge") << Exchange::Usage::Internet << true << true << A::None << false << true;
    QTest::newRow("Partner hub") << Exchange::Usage::Partner << false << true << A::None << true << false;
    QTest::newRow("Partner edge") << Exchange::Usage::Partner << true << true << A::None << true << false;
}

void TestConnectorRules::applyDefaults()
{
    QFETCH(Exchange::Usage, usage);
    QFETCH(bool, onEdge);
    QFETCH(bool, dns);
    QFETCH(Exchange::SmartHostAuthMechanism, auth);
    QFETCH(bool, domainSecure);
    QFETCH(bool, externalDns);

    SendConnector base = connectorNamed(QStringLiteral("Relay"), {smtp(QStringLiteral("*.contoso.com"), 5)});
    base.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
    base.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("HUB3")};
    base.isScopedConnector = true;
    base.port = 2525; // not kept: the usage's defaults start from Exchange's
    base.comment = QStringLiteral("not kept");

    const SendConnector result = UsageRules::applyDefaults(base, usage, onEdge);
    QCOMPARE(Exchange::toString(result.usage), Exchange::toString(usage));
    QCOMPARE(result.dnsRoutingEnabled, dns);
    QCOMPARE(Exchange::toString(result.smartHostAuthMechanism), Exchange::toString(auth));
    QCOMPARE(result.domainSecureEnabled, domainSecure);
    QCOMPARE(result.useExternalDnsServersEnabled, externalDns);
    QCOMPARE(result.name, base.name);
    QCOMPARE(result.addressSpaces, base.addressSpaces);
    QCOMPARE(result.smartHosts, base.smartHosts);
    QCOMPARE(result.sourceTransportServers, base.sourceTransportServers);
    QCOMPARE(result.isScopedConnector, true);
    QCOMPARE(result.port, SendConnector::DefaultPort);
    QVERIFY(result.comment.isEmpty());
}

void TestConnectorRules::applyDefaultsResetsThePreviousUsage()
{
    SendConnector partner = UsageRules::applyDefaults(SendConnector(), Exchange::Usage::Partner, false);
    QVERIFY(partner.domainSecureEnabled);
    const SendConnector custom = UsageRules::applyDefaults(partner, Exchange::Usage::Custom, false);
    QVERIFY(!custom.domainSecureEnabled);

    SendConnector internal = UsageRules::applyDefaults(SendConnector(), Exchange::Usage::Internal, false);
    internal.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\relay")};
    const SendConnector internet = UsageRules::applyDefaults(internal, Exchange::Usage::Internet, false);
    QVERIFY(internet.smartHostAuthMechanism == Exchange::SmartHostAuthMechanism::None);
    QVERIFY(!internet.authenticationCredential.has_value());
    QVERIFY(internet.dnsRoutingEnabled);
}

void TestConnectorRules::defaultsOfEveryUsageValidate_data()
{
    QTest::addColumn<Exchange::Usage>("usage");
    QTest::addColumn<bool>("onEdge");
    for (Exchange::Usage usage : {Exchange::Usage::Custom, Exchange::Usage::Internal, Exchange::Usage::Internet,
                                  Exchange::Usage::Partner}) {
        QTest::addRow("%s hub", qPrintable(Exchange::toString(usage))) << usage << false;
        QTest::addRow("%s edge", qPrintable(Exchange::toString(usage))) << usage << true;
    }
}

// What a usage sets, completed with the matching routing, is a connector without problems.
void TestConnectorRules::defaultsOfEveryUsageValidate()
{
    QFETCH(Exchange::Usage, usage);
    QFETCH(bool, onEdge);
    SendConnector base = connectorNamed(QStringLiteral("New connector"), {smtp(QStringLiteral("fabrikam.com"))});
    if (!onEdge)
        base.sourceTransportServers = {QStringLiteral("HUB1")};
    if (!UsageRules::preselectsDnsRouting(usage))
        base.smartHosts = {fqdnHost(QStringLiteral("exchange.fabrikam.com"))};
    const SendConnector connector = UsageRules::applyDefaults(base, usage, onEdge);

    ConnectorContext context;
    context.organization = &m_org;
    context.edgeServer = onEdge ? QStringLiteral("EDGE2") : QString();
    QCOMPARE(summary(ConnectorValidator::validate(connector, context)), QStringList());
}

// ---------------------------------------------------------------------------------------------
// ConnectorName

void TestConnectorRules::connectorName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected"); // the accepted name; empty when rejected
    QTest::addColumn<QStringList>("codes");

    const QStringList existing{QStringLiteral("Internet"), QStringLiteral("Contoso relay")};
    const QString none;
    QTest::newRow("plain") << "Fabrikam" << existing << none << "Fabrikam" << QStringList();
    QTest::newRow("trimmed") << "  Fabrikam relay \t" << existing << none << "Fabrikam relay" << QStringList();
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << existing << none << QString(64, QLatin1Char('x'))
                                   << QStringList();
    QTest::newRow("64 non-BMP characters") << QString::fromUcs4(std::u32string(64, U'\U0001F4E7').c_str())
                                           << existing << none
                                           << QString::fromUcs4(std::u32string(64, U'\U0001F4E7').c_str())
                                           << QStringList();
    QTest::newRow("unicode") << QStringLiteral("Zürich relay") << existing << none << QStringLiteral("Zürich relay")
                             << QStringList();
    QTest::newRow("empty") << "" << existing << none << "" << QStringList{"Name.Empty"};
    QTest::newRow("blank") << "   " << existing << none << "" << QStringList{"Name.Empty"};
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << existing << none << ""
                                   << QStringList{"Name.TooLong"};
    QTest::newRow("tab inside") << "Fabrikam\trelay" << existing << none << "" << QStringList{"Name.ControlCharacter"};
    QTest::newRow("newline inside") << "Fabrikam\nrelay" << existing << none << ""
                                    << QStringList{"Name.ControlCharacter"};
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << existing << none << ""
                                    << QStringList{"Name.ControlCharacter"};
    QTest::newRow("duplicate other case") << "INTERNET" << existing << none << "" << QStringList{"Name.Duplicate"};
    QTest::newRow("duplicate padded") << " contoso relay " << existing << none << "" << QStringList{"Name.Duplicate"};
    QTest::newRow("edit keeps own name") << "internet" << existing << "Internet" << "internet" << QStringList();
    QTest::newRow("edit to another's name") << "Contoso Relay" << existing << "Internet" << ""
                                            << QStringList{"Name.Duplicate"};
    QTest::newRow("too long with control and duplicate")
        << QString(QString(70, QLatin1Char('y')) + QLatin1Char('\x01'))
        << (existing + QStringList{QString(QString(70, QLatin1Char('y')) + QLatin1Char('\x01'))})
        << none << "" << QStringList{"Name.ControlCharacter", "Name.Duplicate", "Name.TooLong"};
}

void TestConnectorRules::connectorName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, existing);
    QFETCH(QString, original);
    QFETCH(QString, expected);
    QFETCH(QStringList, codes);

    const Parsed<QString> parsed = ConnectorName::parse(name, existing, original);
    QStringList found;
    for (const Problem &p : parsed.problems) {
        found.append(p.code);
        QCOMPARE(p.parameter, QStringLiteral("Name"));
        QVERIFY(p.isError());
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(sorted(found), sorted(codes));
    QCOMPARE(parsed.ok(), codes.isEmpty());
    QCOMPARE(parsed.value.value_or(QString()), expected);
}

// ---------------------------------------------------------------------------------------------
// ConnectorValidator

void TestConnectorRules::validate_data()
{
    QTest::addColumn<Side>("side");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("expected");

    using A = Exchange::SmartHostAuthMechanism;
    const auto smartHosts = [](SendConnector &c) {
        c.dnsRoutingEnabled = false;
        c.smartHosts = {ipHost(QStringLiteral("192.168.1.20"))};
    };
    const auto row = [](const char *name, Side side, Mutation mutate, QStringList expected) {
        QTest::newRow(name) << side << std::move(mutate) << std::move(expected);
    };
    const QStringList ok;

    // Valid connectors.
    row("hub valid", Side::Hub, [](SendConnector &, ConnectorContext &) {}, ok);
    row("edge valid", Side::Edge, [](SendConnector &, ConnectorContext &) {}, ok);
    row("hub name used on an edge", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.name = QStringLiteral("Edge to Internet"); }, ok);
    row("edit keeps own name", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            c.name = QStringLiteral("INTERNET");
            c.addressSpaces = {smtp(QStringLiteral("*"), 10)};
            x.originalName = QStringLiteral("Internet");
        },
        ok);
    row("smart hosts with basic over tls", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHosts.append(fqdnHost(QStringLiteral("relay.contoso.com")));
            c.smartHostAuthMechanism = A::BasicAuthRequireTLS;
            c.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\relay")};
        },
        ok);
    row("user name of 256 characters", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::BasicAuthRequireTLS;
            c.authenticationCredential = AuthenticationCredential{QString(256, QLatin1Char('u'))};
        },
        ok);
    row("basic auth with RequireTLS", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::BasicAuth;
            c.requireTls = true;
            c.authenticationCredential = AuthenticationCredential{QStringLiteral("relay")};
        },
        ok);
    row("x400 through smart hosts", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.addressSpaces = {space(QStringLiteral("X400"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"), 5),
                               space(QStringLiteral("FAX"), QStringLiteral("any text"))};
        },
        ok);
    row("rtm local scope", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.addressSpaces = {smtp(QStringLiteral("fabrikam.com"), 1, Scope::Local)};
        },
        ok);
    row("sp1 scoped connector", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.isScopedConnector = true; },
        ok);
    row("linked receive connector", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.addressSpaces.clear();
            c.linkedReceiveConnector = QStringLiteral("HUB1\\Partner inbound");
        },
        ok);
    row("edge all accepted domains", Side::Edge,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces = {smtp(QStringLiteral("--"))};
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QStringLiteral("--"))};
        },
        ok);
    row("edgesync inbound form on hub", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces = {smtp(QStringLiteral("--"))};
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QStringLiteral("--"))};
            c.sourceTransportServers = {QStringLiteral("edge1")};
        },
        ok);
    row("source servers in one site", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("hub3")}; },
        ok);
    row("edge subscription source", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers = {QStringLiteral("EDGE1")}; }, ok);
    row("port bounds", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.port = 65535; }, ok);
    row("port zero", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.port = 0; }, ok);
    row("max size bounds", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.maxMessageSize = ByteQuantity::fromBytes(ByteQuantity::Maximum); },
        ok);
    row("max size zero", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.maxMessageSize = ByteQuantity::fromBytes(0); },
        {"W Connector.MaxMessageSizeBypassed MaxMessageSize"});
    row("timeout 1 second", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.connectionInactivityTimeOut = TimeSpan::fromSeconds(1); }, ok);
    row("timeout 1 day", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.connectionInactivityTimeOut = TimeSpan::fromSeconds(86400); }, ok);
    row("fqdn", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.fqdn = QStringLiteral("mail.contoso.com"); },
        ok);
    row("comment 1024", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.comment = QString(1024, QLatin1Char('c')); }, ok);
    row("partner domain secure", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.usage = Exchange::Usage::Partner;
            c.domainSecureEnabled = true;
            c.addressSpaces = {smtp(QStringLiteral("*.fabrikam.com"))};
        },
        ok);
    row("edge source ip v4", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress = QStringLiteral("10.0.0.5"); }, ok);
    row("edge source ip v6 sp1", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress = QStringLiteral("2001:db8::5"); }, ok);
    row("edge external dns with dns routing", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.useExternalDnsServersEnabled = true; }, ok);
    row("hub empty source ip", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress.clear(); }, ok);
    row("larger limit than the broad connector", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.maxMessageSize = ByteQuantity::makeUnlimited(); }, ok);

    // Names.
    row("name empty", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.name = QStringLiteral("  "); },
        {"E Name.Empty Name"});
    row("name too long", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.name = QString(65, QLatin1Char('n')); }, {"E Name.TooLong Name"});
    row("name control", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.name = QStringLiteral("a\tb"); },
        {"E Name.ControlCharacter Name"});
    row("name duplicate hub", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.name = QStringLiteral("internet"); }, {"E Name.Duplicate Name"});
    row("name duplicate edge", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.name = QStringLiteral("EDGE TO INTERNET"); },
        {"E Name.Duplicate Name"});
    // The file loader finds duplicate names itself, with an index; the other name rules still apply.
    row("name duplicate checked by caller", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            c.name = QStringLiteral("internet");
            x.duplicateNames = ConnectorContext::DuplicateNames::CheckedByCaller;
        },
        ok);
    row("name control, duplicates checked by caller", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            c.name = QStringLiteral("a\tb");
            x.duplicateNames = ConnectorContext::DuplicateNames::CheckedByCaller;
        },
        {"E Name.ControlCharacter Name"});

    // Address spaces.
    row("no address space", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.addressSpaces.clear(); },
        {"E Connector.AddressSpaceRequired AddressSpaces"});
    row("linked with address spaces", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.linkedReceiveConnector = QStringLiteral("HUB1\\Partner inbound");
        },
        {"E Connector.LinkedWithAddressSpaces LinkedReceiveConnector"});
    row("linked with dns routing", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces.clear();
            c.linkedReceiveConnector = QStringLiteral("HUB1\\Partner inbound");
        },
        {"E Connector.LinkedNeedsSmartHosts SmartHosts"});
    row("invalid smtp wildcard", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.addressSpaces = {smtp(QStringLiteral("*contoso.com"))}; },
        {"E AddressSpace.WildcardNotLeading AddressSpaces"});
    row("cost out of range", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.addressSpaces.append(smtp(QStringLiteral("contoso.com"), 101)); },
        {"E AddressSpace.CostOutOfRange AddressSpaces"});
    row("duplicate address space", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.addressSpaces.append(smtp(QStringLiteral("FABRIKAM.com"), 5)); },
        {"E Connector.DuplicateAddressSpace AddressSpaces"});
    row("duplicate address space, lower-case type", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces.append(space(QStringLiteral("smtp"), QStringLiteral("fabrikam.com")));
        },
        {"E Connector.DuplicateAddressSpace AddressSpaces"});
    row("same domain, local and not (rtm)", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.addressSpaces.append(smtp(QStringLiteral("FABRIKAM.COM"), 1, Scope::Local));
        },
        ok);
    row("duplicate local address space (rtm)", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.addressSpaces.append(smtp(QStringLiteral("contoso.com"), 1, Scope::Local));
            c.addressSpaces.append(smtp(QStringLiteral("Contoso.com"), 2, Scope::Local));
        },
        {"E Connector.DuplicateAddressSpace AddressSpaces"});
    row("same address, other type", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.addressSpaces.append(space(QStringLiteral("FAX"), QStringLiteral("fabrikam.com")));
        },
        ok);
    row("duplicate non-smtp address space", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.addressSpaces.append(space(QStringLiteral("FAX"), QStringLiteral("Any Text")));
            c.addressSpaces.append(space(QStringLiteral("fax"), QStringLiteral("any text")));
        },
        {"E Connector.DuplicateAddressSpace AddressSpaces"});
    row("same domain with and without subdomains", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.addressSpaces.append(smtp(QStringLiteral("*.fabrikam.com"))); },
        ok);
    row("all accepted domains on hub", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.addressSpaces = {smtp(QStringLiteral("--"))}; },
        {"E Connector.AllAcceptedDomainsNotOnEdge AddressSpaces"});
    row("all accepted domains not alone", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.addressSpaces.append(smtp(QStringLiteral("--"))); },
        {"E Connector.AllAcceptedDomainsNotAlone AddressSpaces"});
    row("non-smtp on edge", Side::Edge,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.addressSpaces.append(space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=Contoso")));
        },
        {"E Connector.NonSmtpOnEdge AddressSpaces"});
    row("non-smtp from edge subscription", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.sourceTransportServers = {QStringLiteral("EDGE1")};
            c.addressSpaces = {space(QStringLiteral("FAX"), QStringLiteral("any text"))};
        },
        {"E Connector.NonSmtpOnEdge AddressSpaces"});
    row("rtm scoped connector", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.isScopedConnector = true;
        },
        {"E Connector.ScopedNotInRtm IsScopedConnector"});
    row("sp1 local scope", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces = {smtp(QStringLiteral("fabrikam.com"), 1, Scope::Local)};
        },
        {"E AddressSpace.LocalScopeNotInSp1 AddressSpaces"});
    row("edge scoped", Side::Edge, [](SendConnector &c, ConnectorContext &) { c.isScopedConnector = true; },
        {"E Connector.ScopedOnEdge IsScopedConnector"});
    row("edge rtm local scope", Side::Edge,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.addressSpaces = {smtp(QStringLiteral("fabrikam.com"), 1, Scope::Local),
                               smtp(QStringLiteral("contoso.com"), 1, Scope::Local)};
        },
        {"E Connector.ScopedOnEdge AddressSpaces"});

    // Routing and usage.
    row("internal with dns", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.usage = Exchange::Usage::Internal; },
        {"E Connector.DnsRoutingNotOffered DNSRoutingEnabled"});
    row("partner with smart hosts", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.usage = Exchange::Usage::Partner;
        },
        {"E Connector.SmartHostsNotOffered DNSRoutingEnabled"});
    row("dns with smart hosts listed", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.smartHosts = {ipHost(QStringLiteral("10.0.0.1"))}; },
        {"E Connector.SmartHostsWithDnsRouting SmartHosts"});
    row("smart hosts missing", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.dnsRoutingEnabled = false; },
        {"E Connector.SmartHostsRequired SmartHosts"});
    row("non-smtp with dns", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces.append(space(QStringLiteral("X400"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us")));
            c.addressSpaces.append(space(QStringLiteral("FAX"), QStringLiteral("any text")));
        },
        {"E Connector.NonSmtpNeedsSmartHosts DNSRoutingEnabled"});
    row("smart host not strict ipv4", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.dnsRoutingEnabled = false;
            c.smartHosts = {ipHost(QStringLiteral("127.1"))};
        },
        {"E SmartHost.InvalidIpv4 SmartHosts"});
    row("smart host ipv6 in rtm", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.dnsRoutingEnabled = false;
            c.smartHosts = {ipHost(QStringLiteral("2001:db8::1"))};
        },
        {"E SmartHost.Ipv6NotInRtm SmartHosts"});
    row("smart host -- without all accepted domains", Side::Edge,
        [](SendConnector &c, ConnectorContext &) {
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QStringLiteral("--"))};
        },
        {"E SmartHost.InvalidFqdn SmartHosts"});
    row("duplicate smart host", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.com")),
                            fqdnHost(QStringLiteral("RELAY.contoso.com"))};
        },
        {"E Connector.DuplicateSmartHost SmartHosts"});

    // Smart host authentication.
    row("auth with dns routing", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.smartHostAuthMechanism = A::ExchangeServer; },
        {"E Connector.AuthNeedsSmartHosts SmartHostAuthMechanism"});
    row("basic over tls without credential", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::BasicAuthRequireTLS;
        },
        {"E Connector.CredentialRequired AuthenticationCredential"});
    row("basic over tls with blank user", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::BasicAuthRequireTLS;
            c.authenticationCredential = AuthenticationCredential{QStringLiteral(" ")};
        },
        {"E Connector.CredentialRequired AuthenticationCredential"});
    row("user name too long", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::BasicAuthRequireTLS;
            c.authenticationCredential = AuthenticationCredential{QString(257, QLatin1Char('u'))};
        },
        {"E Connector.CredentialUserNameTooLong AuthenticationCredential"});
    row("credential with none", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.authenticationCredential = AuthenticationCredential{QStringLiteral("relay")};
        },
        {"E Connector.CredentialNotUsed AuthenticationCredential"});
    row("credential with exchange server", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::ExchangeServer;
            c.authenticationCredential = AuthenticationCredential{QStringLiteral("relay")};
        },
        {"E Connector.CredentialNotUsed AuthenticationCredential"});
    row("credential with externally secured", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::ExternalAuthoritative;
            c.authenticationCredential = AuthenticationCredential{QStringLiteral("relay")};
        },
        {"E Connector.CredentialNotUsed AuthenticationCredential"});
    // Smart hosts that route the mail back (docs/domain-rules.md#routing-checks).
    const auto smartHost = [](const char *host) {
        return [host](SendConnector &c, ConnectorContext &) {
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QString::fromLatin1(host))};
        };
    };
    row("smart host is a hub's name in capitals", Side::Hub, smartHost("HUB2.CONTOSO.COM"),
        {"W Connector.SmartHostIsOwnServer SmartHosts"});
    row("smart host is a hub followed by a domain", Side::Hub, smartHost("hub1.contoso.com"),
        {"W Connector.SmartHostIsOwnServer SmartHosts"});
    row("smart host is a hub in another case", Side::Hub, smartHost("Hub3.Corp.Contoso.com"),
        {"W Connector.SmartHostIsOwnServer SmartHosts"});
    row("smart host only starts like a hub", Side::Hub, smartHost("hub10.contoso.com"), ok);
    row("smart host is an ip address", Side::Hub, [smartHosts](SendConnector &c, ConnectorContext &) { smartHosts(c); },
        ok);
    row("smart host is an edge from the hub side", Side::Hub, smartHost("edge1.contoso.com"), ok);
    row("two smart hosts, one a hub", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QStringLiteral("relay.fabrikam.com")), fqdnHost(QStringLiteral("hub1.corp"))};
        },
        {"W Connector.SmartHostIsOwnServer SmartHosts"});
    row("edge relays to the hubs", Side::Edge, smartHost("hub1.contoso.com"), ok);
    row("edge relays to itself", Side::Edge, smartHost("edge2.perimeter.contoso.com"),
        {"W Connector.SmartHostIsOwnServer SmartHosts"});
    row("edge subscription relays to itself", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.sourceTransportServers = {QStringLiteral("EDGE1")};
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QStringLiteral("edge1.perimeter.contoso.com"))};
        },
        {"W Connector.SmartHostIsOwnServer SmartHosts"});
    row("edge subscription relays to a hub", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.sourceTransportServers = {QStringLiteral("EDGE1")};
            c.dnsRoutingEnabled = false;
            c.smartHosts = {fqdnHost(QStringLiteral("hub1.contoso.com"))};
        },
        ok);

    row("basic auth in clear", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.smartHostAuthMechanism = A::BasicAuth;
            c.authenticationCredential = AuthenticationCredential{QStringLiteral("relay")};
        },
        {"W Connector.BasicAuthInClear SmartHostAuthMechanism"});

    // Source servers and where the connector is created.
    row("no source server", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers.clear(); },
        {"E Connector.SourceServerRequired SourceTransportServers"});
    row("unknown source server", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers.append(QStringLiteral("HUB9")); },
        {"E Connector.UnknownSourceServer SourceTransportServers"});
    row("unsubscribed edge source", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers = {QStringLiteral("EDGE2")}; },
        {"E Connector.UnsubscribedEdgeSourceServer SourceTransportServers"});
    row("hub and edge subscription mixed", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers.append(QStringLiteral("EDGE1")); },
        {"E Connector.MixedSourceServers SourceTransportServers"});
    row("source servers in two sites", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers.append(QStringLiteral("HUB2")); },
        {"W Connector.SourceServersInSeveralSites SourceTransportServers"});
    row("duplicate source server", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers.append(QStringLiteral(" hub1 ")); },
        {"E Connector.DuplicateSourceServer SourceTransportServers"});
    row("source servers on edge", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers = {QStringLiteral("HUB1")}; },
        {"E Connector.SourceServersOnEdge SourceTransportServers"});
    row("subscribed edge", Side::Edge,
        [](SendConnector &, ConnectorContext &x) { x.edgeServer = QStringLiteral("EDGE1"); },
        {"E Connector.SubscribedEdge"});
    row("unknown edge", Side::Edge,
        [](SendConnector &, ConnectorContext &x) { x.edgeServer = QStringLiteral("EDGE9"); },
        {"E Connector.UnknownEdgeServer"});
    row("hub as edge", Side::Edge,
        [](SendConnector &, ConnectorContext &x) { x.edgeServer = QStringLiteral("hub2"); },
        {"E Connector.NotEdgeServer"});

    // Transport settings.
    row("port negative", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.port = -1; },
        {"E Connector.PortOutOfRange Port"});
    row("port too large", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.port = 65536; },
        {"E Connector.PortOutOfRange Port"});
    row("port 465", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.port = 465; },
        {"W Connector.ImplicitTlsPort Port"});
    row("max size too large", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.maxMessageSize = ByteQuantity::fromBytes(ByteQuantity::Maximum + 1);
        },
        {"E Connector.MaxMessageSizeOutOfRange MaxMessageSize"});
    row("max size negative", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.maxMessageSize = ByteQuantity::fromBytes(-1); },
        {"E Connector.MaxMessageSizeOutOfRange MaxMessageSize", "W Connector.MaxMessageSizeBypassed MaxMessageSize"});
    row("timeout zero", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.connectionInactivityTimeOut = TimeSpan::fromSeconds(0); },
        {"E Connector.InactivityTimeOutOutOfRange ConnectionInactivityTimeOut"});
    row("timeout over a day", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.connectionInactivityTimeOut = TimeSpan::fromSeconds(86401); },
        {"E Connector.InactivityTimeOutOutOfRange ConnectionInactivityTimeOut"});
    row("fqdn single label", Side::Hub, [](SendConnector &c, ConnectorContext &) { c.fqdn = QStringLiteral("mail"); },
        {"E DomainName.NotFullyQualified Fqdn"});
    row("fqdn invalid character", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.fqdn = QStringLiteral("mail_1.contoso.com"); },
        {"E DomainName.InvalidCharacter Fqdn"});
    row("fqdn .local on internet usage", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.usage = Exchange::Usage::Internet;
            c.fqdn = QStringLiteral("EX01.Contoso.LOCAL");
        },
        {"W Connector.FqdnLocal Fqdn"});
    row("fqdn .local on a star connector", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces = {smtp(QStringLiteral("*"), 20)};
            c.fqdn = QStringLiteral("ex01.contoso.local");
        },
        {"W Connector.FqdnLocal Fqdn"});
    row("fqdn .local on an edge internet connector", Side::Edge,
        [](SendConnector &c, ConnectorContext &) {
            c.usage = Exchange::Usage::Internet;
            c.fqdn = QStringLiteral("edge2.perimeter.local");
        },
        {"W Connector.FqdnLocal Fqdn"});
    row("fqdn .local on a custom connector for one domain", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.fqdn = QStringLiteral("EX01.Contoso.LOCAL"); }, ok);
    row("fqdn .local on an internal connector", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.usage = Exchange::Usage::Internal;
            c.fqdn = QStringLiteral("ex01.contoso.local");
        },
        ok);
    row("fqdn ending in local without the dot", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.usage = Exchange::Usage::Internet;
            c.fqdn = QStringLiteral("mail.notlocal");
        },
        ok);
    row("external dns without dns routing", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.useExternalDnsServersEnabled = true;
        },
        {"W Connector.ExternalDnsWithoutDnsRouting UseExternalDNSServersEnabled"});
    // External DNS servers the sending servers do not list (HUB1 and EDGE2 list some).
    row("external dns, source server lists them", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.useExternalDnsServersEnabled = true; }, ok);
    row("external dns, a source server lists none", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.useExternalDnsServersEnabled = true;
            c.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("hub3")};
        },
        {"W Connector.ExternalDnsServersMissing UseExternalDNSServersEnabled"});
    row("external dns, edge subscription lists none", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.useExternalDnsServersEnabled = true;
            c.sourceTransportServers = {QStringLiteral("EDGE1")};
        },
        {"W Connector.ExternalDnsServersMissing UseExternalDNSServersEnabled"});
    row("no external dns, source server lists none", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceTransportServers = {QStringLiteral("HUB3")}; }, ok);
    row("external dns, unknown source server is not warned about", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.useExternalDnsServersEnabled = true;
            c.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("HUB9")};
        },
        {"E Connector.UnknownSourceServer SourceTransportServers"});
    row("external dns on an edge that lists none", Side::Edge,
        [](SendConnector &c, ConnectorContext &context) {
            static const Organization withoutDns = [] {
                Organization o = makeOrganization();
                o.server(QStringLiteral("EDGE2"))->externalDnsServers.clear();
                return o;
            }();
            context.organization = &withoutDns;
            c.useExternalDnsServersEnabled = true;
        },
        {"W Connector.ExternalDnsServersMissing UseExternalDNSServersEnabled"});
    row("external dns with smart hosts, source server lists none", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.useExternalDnsServersEnabled = true;
            c.sourceTransportServers = {QStringLiteral("HUB3")};
        },
        {"W Connector.ExternalDnsWithoutDnsRouting UseExternalDNSServersEnabled"});
    row("comment too long", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.comment = QString(1025, QLatin1Char('c')); },
        {"E Connector.CommentTooLong Comment"});

    // TLS.
    row("require tls and ignore starttls", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.requireTls = true;
            c.ignoreStartTls = true;
        },
        {"E Connector.RequireTlsWithIgnoreStartTls RequireTLS"});
    row("require tls on star", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.requireTls = true;
            c.addressSpaces = {smtp(QStringLiteral("*"), 20)};
        },
        {"W Connector.RequireTlsOnWildcard RequireTLS"});
    row("domain secure with smart hosts", Side::Hub,
        [smartHosts](SendConnector &c, ConnectorContext &) {
            smartHosts(c);
            c.domainSecureEnabled = true;
        },
        {"E Connector.DomainSecureNeedsDnsRouting DomainSecureEnabled"});
    row("domain secure ignoring starttls", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.domainSecureEnabled = true;
            c.ignoreStartTls = true;
        },
        {"E Connector.DomainSecureWithIgnoreStartTls DomainSecureEnabled"});
    row("domain secure on star", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.domainSecureEnabled = true;
            c.addressSpaces.append(smtp(QStringLiteral("*"), 20));
        },
        {"E Connector.DomainSecureWithWildcard DomainSecureEnabled"});

    // Source IP address.
    row("source ip on hub", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress = QStringLiteral("10.0.0.5"); },
        {"E Connector.SourceIpAddressOnHub SourceIPAddress"});
    row("source ip not strict", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress = QStringLiteral("010.0.0.5"); },
        {"E Connector.InvalidSourceIpAddress SourceIPAddress"});
    row("source ip short form", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress = QStringLiteral("127.1"); },
        {"E Connector.InvalidSourceIpAddress SourceIPAddress"});
    row("source ip with scope id", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.sourceIpAddress = QStringLiteral("fe80::1%eth0"); },
        {"E Connector.InvalidSourceIpAddress SourceIPAddress"});
    row("source ip v6 in rtm", Side::Edge,
        [](SendConnector &c, ConnectorContext &x) {
            x.version = Exchange::Version::Rtm2007;
            c.sourceIpAddress = QStringLiteral("2001:db8::5");
        },
        {"E Connector.SourceIpv6NotInRtm SourceIPAddress"});

    // Section 11: a specific connector's small limit is bypassed by a broader one.
    row("smaller limit than the * connector", Side::Hub,
        [](SendConnector &c, ConnectorContext &) { c.maxMessageSize = ByteQuantity::fromBytes(5 * 1024 * 1024); },
        {"W Connector.MaxMessageSizeBypassed MaxMessageSize"});
    row("smaller limit than the edge's * connector", Side::Edge,
        [](SendConnector &c, ConnectorContext &) { c.maxMessageSize = ByteQuantity::fromBytes(1024); },
        {"W Connector.MaxMessageSizeBypassed MaxMessageSize"});
    row("disabled broader connector does not count", Side::Hub,
        [](SendConnector &c, ConnectorContext &) {
            c.addressSpaces = {smtp(QStringLiteral("sales.contoso.com"))};
            c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024);
        },
        ok);
    row("edited connector is not compared with itself", Side::Hub,
        [](SendConnector &c, ConnectorContext &x) {
            c.name = QStringLiteral("Internet");
            c.addressSpaces = {smtp(QStringLiteral("*.fabrikam.com"))};
            c.maxMessageSize = ByteQuantity::fromBytes(1024);
            x.originalName = QStringLiteral("Internet");
        },
        ok);
}

void TestConnectorRules::validate()
{
    QFETCH(Side, side);
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, expected);

    SendConnector connector = connectorNamed(QStringLiteral("Fabrikam"), {smtp(QStringLiteral("fabrikam.com"))});
    ConnectorContext context;
    context.organization = &m_org;
    if (side == Side::Hub)
        connector.sourceTransportServers = {QStringLiteral("HUB1")};
    else
        context.edgeServer = QStringLiteral("EDGE2");
    mutate(connector, context);

    const Problems problems = ConnectorValidator::validate(connector, context);
    QCOMPARE(summary(problems), sorted(expected));
    for (const Problem &p : problems) {
        QVERIFY2(p.message.endsWith(QLatin1Char('.')), qPrintable(p.message));
        QCOMPARE(p.line, 0);
    }
}

void TestConnectorRules::reportsEveryProblemAtOnce()
{
    SendConnector connector;
    connector.name = QStringLiteral("Internet");
    connector.usage = Exchange::Usage::Internal; // with DNS routing left on
    connector.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuth;
    connector.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("EDGE1"), QStringLiteral("HUB9")};
    connector.port = 70000;
    connector.requireTls = true;
    connector.ignoreStartTls = true;
    connector.sourceIpAddress = QStringLiteral("10.0.0.1");

    ConnectorContext context;
    context.organization = &m_org;
    const Problems problems = ConnectorValidator::validate(connector, context);
    QCOMPARE(summary(problems), sorted({
                                    "E Name.Duplicate Name",
                                    "E Connector.AddressSpaceRequired AddressSpaces",
                                    "E Connector.DnsRoutingNotOffered DNSRoutingEnabled",
                                    "E Connector.AuthNeedsSmartHosts SmartHostAuthMechanism",
                                    "E Connector.CredentialRequired AuthenticationCredential",
                                    "E Connector.UnknownSourceServer SourceTransportServers",
                                    "E Connector.MixedSourceServers SourceTransportServers",
                                    "E Connector.PortOutOfRange Port",
                                    "E Connector.RequireTlsWithIgnoreStartTls RequireTLS",
                                    "E Connector.SourceIpAddressOnHub SourceIPAddress",
                                }));
    QVERIFY(hasErrors(problems));
}

void TestConnectorRules::missingSmartHostsSuggestDnsOnlyWhereItIsPossible()
{
    ConnectorContext context;
    context.organization = &m_org;
    const auto messageFor = [&context](const SendConnector &connector) {
        for (const Problem &problem : ConnectorValidator::validate(connector, context)) {
            if (problem.code == QLatin1String("Connector.SmartHostsRequired"))
                return problem.message;
        }
        return QString();
    };

    SendConnector custom = connectorNamed(QStringLiteral("Relay"), {smtp(QStringLiteral("fabrikam.com"))});
    custom.sourceTransportServers = {QStringLiteral("HUB1")};
    custom.dnsRoutingEnabled = false;
    QVERIFY(messageFor(custom).contains(QLatin1String("DNS MX records")));

    SendConnector internal = custom;
    internal.usage = Exchange::Usage::Internal;
    QVERIFY(!messageFor(internal).isEmpty());
    QVERIFY2(!messageFor(internal).contains(QLatin1String("DNS")), qPrintable(messageFor(internal)));

    SendConnector fax = custom;
    fax.addressSpaces = {space(QStringLiteral("FAX"), QStringLiteral("+1 425 555 0100"))};
    QVERIFY(!messageFor(fax).isEmpty());
    QVERIFY2(!messageFor(fax).contains(QLatin1String("DNS")), qPrintable(messageFor(fax)));
}

void TestConnectorRules::messagesNameTheOffendingValue()
{
    SendConnector connector = connectorNamed(QStringLiteral("Fabrikam"), {smtp(QStringLiteral("fabrikam.com"))});
    connector.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("MAILGW7"), QStringLiteral("HUB2")};
    ConnectorContext context;
    context.organization = &m_org;
    const Problems problems = ConnectorValidator::validate(connector, context);
    QCOMPARE(problems.size(), 2);
    const auto unknown = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.code == QLatin1String("Connector.UnknownSourceServer");
    });
    QVERIFY(unknown != problems.cend());
    QVERIFY2(unknown->message.contains(QLatin1String("\"MAILGW7\"")), qPrintable(unknown->message));
    const auto sites = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.code == QLatin1String("Connector.SourceServersInSeveralSites");
    });
    QVERIFY(sites != problems.cend());
    QVERIFY(!sites->isError());
    QVERIFY2(sites->message.contains(QLatin1String("Seattle, Portland")), qPrintable(sites->message));
    QVERIFY2(!sites->message.contains(QLatin1String("scoped")), qPrintable(sites->message));

    // A scoped connector: the same code, saying that its scope covers every one of those sites.
    connector.sourceTransportServers = {QStringLiteral("HUB1"), QStringLiteral("HUB2")};
    connector.isScopedConnector = true;
    const Problems scoped = ConnectorValidator::validate(connector, context);
    QCOMPARE(scoped.size(), 1);
    QCOMPARE(scoped.first().code, QStringLiteral("Connector.SourceServersInSeveralSites"));
    QVERIFY2(scoped.first().message.contains(QLatin1String("scoped connector")), qPrintable(scoped.first().message));
    QVERIFY2(scoped.first().message.contains(QLatin1String("(Seattle, Portland)")), qPrintable(scoped.first().message));
}

void TestConnectorRules::ownServerAsSmartHostSaysWhy()
{
    SendConnector connector = connectorNamed(QStringLiteral("Fabrikam"), {smtp(QStringLiteral("fabrikam.com"))});
    connector.sourceTransportServers = {QStringLiteral("HUB1")};
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {fqdnHost(QStringLiteral("hub2.contoso.com"))};
    ConnectorContext context;
    context.organization = &m_org;
    const Problems problems = ConnectorValidator::validate(connector, context);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().isError());
    const QString message = problems.first().message;
    QVERIFY2(message.contains(QLatin1String("\"hub2.contoso.com\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("HUB2")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("loop")), qPrintable(message));
}

void TestConnectorRules::missingOrganizationIsSurvivable()
{
    SendConnector connector = connectorNamed(QStringLiteral("Internet"), {smtp(QStringLiteral("fabrikam.com"))});
    connector.sourceTransportServers = {QStringLiteral("HUB1")};
    const Problems problems = ConnectorValidator::validate(connector, ConnectorContext());
    QCOMPARE(summary(problems), QStringList{"E Connector.UnknownSourceServer SourceTransportServers"});
}

// ---------------------------------------------------------------------------------------------
// MessageSizeBypassIndex

void TestConnectorRules::messageSizeBypass_data()
{
    QTest::addColumn<Connectors>("side");
    QTest::addColumn<SendConnector>("checked");
    QTest::addColumn<QString>("originalName");
    QTest::addColumn<QStringList>("expected"); // "other: mine <- broader", in side order

    const SendConnector small = sized(QStringLiteral("Small"), {QStringLiteral("sales.contoso.com")}, 1000);
    QTest::newRow("* covers a domain") << Connectors{sized(QStringLiteral("All"), {QStringLiteral("*")}, 2000)} << small
                                       << QString() << QStringList{QStringLiteral("All: sales.contoso.com <- *")};
    QTest::newRow("* does not cover *")
        << Connectors{sized(QStringLiteral("All"), {QStringLiteral("*")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("*")}, 1000) << QString() << QStringList();
    QTest::newRow("*.domain covers the domain itself")
        << Connectors{sized(QStringLiteral("Contoso"), {QStringLiteral("*.contoso.com")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("contoso.com")}, 1000) << QString()
        << QStringList{QStringLiteral("Contoso: contoso.com <- *.contoso.com")};
    QTest::newRow("*.domain covers a deeper wildcard")
        << Connectors{sized(QStringLiteral("Com"), {QStringLiteral("*.com")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("*.eu.sales.contoso.com")}, 1000) << QString()
        << QStringList{QStringLiteral("Com: *.eu.sales.contoso.com <- *.com")};
    QTest::newRow("*.domain does not cover itself")
        << Connectors{sized(QStringLiteral("Contoso"), {QStringLiteral("*.Contoso.com")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("*.contoso.COM")}, 1000) << QString() << QStringList();
    QTest::newRow("a suffix without its dot is no subdomain")
        << Connectors{sized(QStringLiteral("Contoso"), {QStringLiteral("*.contoso.com")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("notcontoso.com"), QStringLiteral("*.xcontoso.com")}, 1000)
        << QString() << QStringList();
    QTest::newRow("letter case does not count")
        << Connectors{sized(QStringLiteral("Contoso"), {QStringLiteral("*.CONTOSO.com")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("Sales.Contoso.Com")}, 1000) << QString()
        << QStringList{QStringLiteral("Contoso: Sales.Contoso.Com <- *.CONTOSO.com")};
    QTest::newRow("-- and other types are neither covered nor cover")
        << Connectors{sized(QStringLiteral("All"), {QStringLiteral("*"), QStringLiteral("X400:c=us;a= ;p=MyOrg")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("--"), QStringLiteral("X400:c=us;a= ;p=MyOrg;o=Sales")}, 1000)
        << QString() << QStringList();
    QTest::newRow("the same or a smaller limit bypasses nothing")
        << Connectors{sized(QStringLiteral("Same"), {QStringLiteral("*")}, 1000), sized(QStringLiteral("Less"), {QStringLiteral("*")}, 10)}
        << small << QString() << QStringList();
    QTest::newRow("unlimited bypasses a limit, nothing bypasses unlimited")
        << Connectors{sized(QStringLiteral("Unlimited"), {QStringLiteral("*")}, -1), sized(QStringLiteral("Other"), {QStringLiteral("*")}, -1)}
        << sized(QStringLiteral("Small"), {QStringLiteral("a.com")}, -1) << QString() << QStringList();
    QTest::newRow("unlimited is the largest")
        << Connectors{sized(QStringLiteral("Unlimited"), {QStringLiteral("*")}, -1)} << small << QString()
        << QStringList{QStringLiteral("Unlimited: sales.contoso.com <- *")};
    QTest::newRow("a disabled connector does not count")
        << Connectors{sized(QStringLiteral("All"), {QStringLiteral("*")}, 2000, false)} << small << QString() << QStringList();
    QTest::newRow("the connector being edited does not count")
        << Connectors{sized(QStringLiteral("Small"), {QStringLiteral("*")}, 2000), sized(QStringLiteral("All"), {QStringLiteral("*")}, 3000)}
        << small << QStringLiteral(" small ") << QStringList{QStringLiteral("All: sales.contoso.com <- *")};
    QTest::newRow("first own address space covered, first broader of the other")
        << Connectors{sized(QStringLiteral("Broad"),
                            {QStringLiteral("*.fabrikam.com"), QStringLiteral("*.com"), QStringLiteral("*"), QStringLiteral("*.contoso.com")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("a.example"), QStringLiteral("sales.contoso.com"), QStringLiteral("fabrikam.com")}, 1000)
        << QString() << QStringList{QStringLiteral("Broad: a.example <- *")};
    QTest::newRow("one warning per broader connector, in the side's order")
        << Connectors{sized(QStringLiteral("Z com"), {QStringLiteral("*.com")}, 3000),
                      sized(QStringLiteral("Contoso"), {QStringLiteral("*.contoso.com")}, 2000),
                      sized(QStringLiteral("Unrelated"), {QStringLiteral("*.fabrikam.com")}, 5000),
                      sized(QStringLiteral("All"), {QStringLiteral("*")}, 1500)}
        << sized(QStringLiteral("Small"), {QStringLiteral("*.sales.contoso.com"), QStringLiteral("contoso.com")}, 1000)
        << QString()
        << QStringList{QStringLiteral("Z com: *.sales.contoso.com <- *.com"),
                       QStringLiteral("Contoso: *.sales.contoso.com <- *.contoso.com"),
                       QStringLiteral("All: *.sales.contoso.com <- *")};
    QTest::newRow("an empty parent after a trailing dot")
        << Connectors{sized(QStringLiteral("Dot"), {QStringLiteral("*.")}, 2000)}
        << sized(QStringLiteral("Small"), {QStringLiteral("contoso.")}, 1000) << QString()
        << QStringList{QStringLiteral("Dot: contoso. <- *.")};
}

void TestConnectorRules::messageSizeBypass()
{
    QFETCH(Connectors, side);
    QFETCH(SendConnector, checked);
    QFETCH(QString, originalName);
    QFETCH(QStringList, expected);

    QCOMPARE(referenceBypasses(checked, side, originalName), expected);
    const MessageSizeBypassIndex wholeSide(side);
    QCOMPARE(indexedBypasses(wholeSide, checked, originalName), expected);
    const MessageSizeBypassIndex larger(side, &checked.maxMessageSize);
    QCOMPARE(indexedBypasses(larger, checked, originalName), expected);

    // ConnectorValidator reports each one, with either index, naming both address spaces.
    Organization org;
    org.sendConnectors = side;
    ConnectorContext context;
    context.organization = &org;
    context.originalName = originalName;
    const auto bypassMessages = [&] {
        QStringList messages;
        for (const Problem &problem : ConnectorValidator::validate(checked, context)) {
            if (problem.code == QLatin1String("Connector.MaxMessageSizeBypassed"))
                messages.append(problem.message);
        }
        return messages;
    };
    const QStringList ownIndex = bypassMessages();
    context.messageSizeBypass = &wholeSide;
    QCOMPARE(bypassMessages(), ownIndex);
    QCOMPARE(ownIndex.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString other = expected.at(i).section(QLatin1String(": "), 0, 0);
        QVERIFY2(ownIndex.at(i).contains(QLatin1Char('"') + other + QLatin1Char('"')), qPrintable(ownIndex.at(i)));
    }
}

// Property: on random sides (few labels, so that address spaces overlap often; every kind of
// address space; a few limits, unlimited and disabled connectors), the index finds exactly what
// comparing every pair finds. SCC_BYPASS_SEED replays a failure.
void TestConnectorRules::messageSizeBypassMatchesThePairwiseRule()
{
    const quint32 seed = qEnvironmentVariableIsSet("SCC_BYPASS_SEED")
        ? quint32(qEnvironmentVariableIntValue("SCC_BYPASS_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QStringList labels{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("ab"), QString()};
    const auto address = [&]() -> QString {
        switch (random.bounded(12)) {
        case 0:
            return QStringLiteral("*");
        case 1:
            return QStringLiteral("--");
        case 2:
            return QStringLiteral("X400:c=us;p=") + labels.at(random.bounded(4));
        default:
            break;
        }
        QStringList parts;
        const int depth = 1 + random.bounded(3);
        for (int i = 0; i < depth; ++i)
            parts.append(labels.at(random.bounded(i == 0 ? labels.size() : 4)));
        return (random.bounded(2) == 0 ? QStringLiteral("*.") : QString()) + parts.join(QLatin1Char('.'));
    };
    for (int round = 0; round < 300; ++round) {
        Connectors side;
        const int count = 1 + random.bounded(8);
        for (int i = 0; i < count; ++i) {
            QStringList spaces;
            const int spaceCount = random.bounded(5);
            for (int j = 0; j < spaceCount; ++j)
                spaces.append(address());
            const int limit = random.bounded(5);
            side.append(sized(QStringLiteral("C%1").arg(i), spaces, limit == 4 ? -1 : limit, random.bounded(5) != 0));
        }
        const MessageSizeBypassIndex index(side);
        for (const SendConnector &checked : std::as_const(side)) {
            const QString original = random.bounded(3) == 0 ? QStringLiteral(" c%1 ").arg(random.bounded(count)) : QString();
            const QStringList expected = referenceBypasses(checked, side, original);
            const QString context = QStringLiteral("seed %1, round %2, %3").arg(seed).arg(round).arg(checked.name);
            QVERIFY2(indexedBypasses(index, checked, original) == expected, qPrintable(context));
            const MessageSizeBypassIndex larger(side, &checked.maxMessageSize);
            QVERIFY2(indexedBypasses(larger, checked, original) == expected, qPrintable(context));
        }
    }
}

QTEST_GUILESS_MAIN(TestConnectorRules)
#include "tst_connectorrules.moc"
