#include "OrganizationValidator.h"

#include "AddressSpace.h"
#include "ConnectorParameter.h"
#include "ConnectorRules.h"
#include "DomainName.h"

#include <QHash>

#include <algorithm>
#include <set>

using P = ConnectorParameter;

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// A JSON pointer token (RFC 6901): "~" and "/" escaped.
QString token(QString name)
{
    name.replace(QLatin1Char('~'), QLatin1String("~0"));
    name.replace(QLatin1Char('/'), QLatin1String("~1"));
    return name;
}

QString child(const QString &path, const QString &key)
{
    return path + QLatin1Char('/') + token(key);
}

QString child(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : path.left(slash);
}

// One run over an organization; collects every problem.
class OrganizationCheck
{
public:
    OrganizationCheck(const Organization &organization, ConnectorContext::AddressSpaceEntries addressSpaces)
        : org(organization)
        , addressSpaceEntries(addressSpaces)
    {
    }

    Problems run()
    {
        checkName(org.name, QStringLiteral("/Organization"), QStringLiteral("Organization"));
        if (checkName(org.localServer, QStringLiteral("/LocalServer"), QStringLiteral("LocalServer"))
            && !org.server(org.localServer)) {
            error("File.UnknownReference", QStringLiteral("/LocalServer"),
                  OrganizationValidator::tr("LocalServer names \"%1\", which is not one of the Servers. Name a "
                                            "server listed under Servers.")
                      .arg(org.localServer));
        }
        checkSites();
        checkServers();
        checkRoleAssignments();
        checkAcceptedDomains();
        checkConnectors(org.sendConnectors, QStringLiteral("/SendConnectors"), QString());
        for (qsizetype i = 0; i < org.servers.size(); ++i) {
            const TransportServer &server = org.servers.at(i);
            if (server.isEdge() && !server.subscribed && !server.name.trimmed().isEmpty())
                checkConnectors(server.sendConnectors, child(child(QStringLiteral("/Servers"), i), QStringLiteral("SendConnectors")),
                                server.name);
        }
        return std::move(problems);
    }

private:
    void error(const char *code, const QString &path, const QString &message)
    {
        problems.append(Problem::error(QString::fromLatin1(code), path, message));
        reported.insert(path);
    }

    // Whether a problem at `path` would repeat one reported at, above or below it.
    bool overlapsReported(const QString &path) const
    {
        for (QString at = path; !at.isEmpty(); at = parentOf(at)) {
            if (reported.count(at) != 0)
                return true;
        }
        // Ordered, so that the first path at or after "path/" tells whether any lies below it.
        const QString below = path + QLatin1Char('/');
        const auto next = reported.lower_bound(below);
        return next != reported.cend() && next->startsWith(below);
    }

    // A name that must not be blank nor hold a control character; false when it is refused.
    bool checkName(const QString &name, const QString &path, const QString &label)
    {
        if (name.trimmed().isEmpty()) {
            error("File.InvalidValue", path, OrganizationValidator::tr("%1 is empty. Enter a name.").arg(label));
            return false;
        }
        const auto control = std::find_if(name.cbegin(), name.cend(), [](QChar c) {
            const QChar::Category category = c.category();
            return category == QChar::Other_Control || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph;
        });
        if (control != name.cend()) {
            error("File.InvalidValue", path,
                  OrganizationValidator::tr("%1 contains a control character (U+%2), such as a NUL, a tab or a line "
                                            "break. Use only printable characters.")
                      .arg(label)
                      .arg(control->unicode(), 4, 16, QLatin1Char('0')));
            return false;
        }
        return true;
    }

    static bool inRange(qint64 value, qint64 minimum, qint64 maximum) { return value >= minimum && value <= maximum; }

    void checkRange(qint64 value, qint64 minimum, qint64 maximum, const QString &path, const QString &label)
    {
        if (value >= minimum && value <= maximum)
            return;
        error("File.OutOfRange", path,
              (value > maximum ? OrganizationValidator::tr("%1 must be a whole number from %2 to %3; %4 is too large.")
                               : OrganizationValidator::tr("%1 must be a whole number from %2 to %3; %4 is too small."))
                  .arg(label, QString::number(minimum), QString::number(maximum), QString::number(value)));
    }

    void checkSites()
    {
        for (qsizetype i = 0; i < org.sites.size(); ++i) {
            const AdSite &site = org.sites.at(i);
            const QString sitePath = child(QStringLiteral("/Sites"), i);
            const QString namePath = child(sitePath, QStringLiteral("Name"));
            if (!checkName(site.name, namePath, QStringLiteral("Name")))
                continue;
            if (org.site(site.name) != &site) {
                error("File.Duplicate", namePath,
                      OrganizationValidator::tr("Another site is already named \"%1\". Site names must be unique "
                                                "(letter case does not count).")
                          .arg(site.name));
            }
        }
        // Site links name declared sites, not their own site, once each; a link may be declared
        // on either site (one direction is enough), and when declared on both the costs agree.
        for (qsizetype i = 0; i < org.sites.size(); ++i) {
            const AdSite &site = org.sites.at(i);
            for (qsizetype j = 0; j < site.siteLinks.size(); ++j) {
                const SiteLink &link = site.siteLinks.at(j);
                const QString linkPath = child(child(child(QStringLiteral("/Sites"), i), QStringLiteral("SiteLinks")), j);
                const QString targetPath = child(linkPath, QStringLiteral("Site"));
                checkRange(link.cost, OrganizationValidator::MinimumSiteLinkCost,
                           OrganizationValidator::MaximumSiteLinkCost, child(linkPath, QStringLiteral("Cost")),
                           QStringLiteral("Cost"));
                if (!checkName(link.site, targetPath, QStringLiteral("Site")))
                    continue;
                const AdSite *other = org.site(link.site);
                if (!other) {
                    error("File.UnknownReference", targetPath,
                          OrganizationValidator::tr("The site link leads to \"%1\", which is not one of the Sites. "
                                                    "Name a site listed under Sites.")
                              .arg(link.site));
                    continue;
                }
                if (other == &site) {
                    error("File.InvalidValue", targetPath,
                          OrganizationValidator::tr("The site \"%1\" has a site link to itself. A site link joins two "
                                                    "different sites; remove this one.")
                              .arg(site.name));
                    continue;
                }
                const bool repeated = std::any_of(site.siteLinks.cbegin(), site.siteLinks.cbegin() + j,
                                                  [&link](const SiteLink &earlier) { return sameName(earlier.site, link.site); });
                if (repeated) {
                    error("File.Duplicate", targetPath,
                          OrganizationValidator::tr("The site \"%1\" lists its link to \"%2\" more than once. Keep one.")
                              .arg(site.name, link.site));
                    continue;
                }
                // Reported once, on the later of the two sites.
                if (other - org.sites.constData() > i)
                    continue;
                for (const SiteLink &back : other->siteLinks) {
                    if (sameName(back.site, site.name) && back.cost != link.cost) {
                        error("File.Conflict", child(linkPath, QStringLiteral("Cost")),
                              OrganizationValidator::tr("The link between \"%1\" and \"%2\" is declared on both sites "
                                                        "with different costs (%3 and %4). A site link has one cost: "
                                                        "declare it once, or give both the same cost.")
                                  .arg(other->name, site.name, QString::number(back.cost), QString::number(link.cost)));
                        break;
                    }
                }
            }
        }
    }

    void checkServers()
    {
        for (qsizetype i = 0; i < org.servers.size(); ++i) {
            const TransportServer &server = org.servers.at(i);
            const QString serverPath = child(QStringLiteral("/Servers"), i);
            const QString namePath = child(serverPath, QStringLiteral("Name"));
            const QString sitePath = child(serverPath, QStringLiteral("Site"));
            if (checkName(server.name, namePath, QStringLiteral("Name")) && org.server(server.name) != &server) {
                error("File.Duplicate", namePath,
                      OrganizationValidator::tr("Another server is already named \"%1\". Server names must be "
                                                "unique (letter case does not count).")
                          .arg(server.name));
            }
            const bool needsSite = server.isHub() || server.subscribed;
            if (needsSite && server.site.isEmpty()) {
                error("File.MissingKey", sitePath,
                      server.isHub()
                          ? OrganizationValidator::tr("The Hub Transport server \"%1\" needs its Active Directory "
                                                      "site: add \"Site\" with the name of one of the Sites.")
                                .arg(server.name)
                          : OrganizationValidator::tr("The subscribed Edge Transport server \"%1\" needs the site of "
                                                      "its Edge Subscription: add \"Site\" with the name of one of "
                                                      "the Sites.")
                                .arg(server.name));
            } else if (!needsSite && !server.site.isEmpty()) {
                error("File.NotAllowed", sitePath,
                      OrganizationValidator::tr("The Edge Transport server \"%1\" is not subscribed, so it belongs to "
                                                "no Active Directory site. Remove \"Site\" (or make it null), or set "
                                                "\"Subscribed\" to true.")
                          .arg(server.name));
            } else if (needsSite && checkName(server.site, sitePath, QStringLiteral("Site")) && !org.site(server.site)) {
                error("File.UnknownReference", sitePath,
                      OrganizationValidator::tr("The server \"%1\" is in the site \"%2\", which is not one of the "
                                                "Sites. Name a site listed under Sites.")
                          .arg(server.name, server.site));
            }
            checkDnsServers(server, serverPath);
            if ((server.isHub() || server.subscribed) && !server.sendConnectors.isEmpty()) {
                error("File.NotAllowed", child(serverPath, QStringLiteral("SendConnectors")),
                      server.isHub()
                          ? OrganizationValidator::tr("A Hub Transport server keeps no Send connectors of its own: "
                                                      "put them in the organization's SendConnectors, with \"%1\" "
                                                      "among their SourceTransportServers.")
                                .arg(server.name)
                          : OrganizationValidator::tr("The Edge Transport server \"%1\" is subscribed: EdgeSync "
                                                      "replaces its Send connectors. Put them in the organization's "
                                                      "SendConnectors instead.")
                                .arg(server.name));
            }
        }
    }

    // docs/organization-file.md#external-dns-servers: each of a server's ExternalDNSServers (Hub
    // or Edge) can be asked (an address, not 0.0.0.0 or ::, IPv6 only from 2007 SP1), and each is
    // listed once, as Exchange's multi-valued properties refuse a value twice.
    void checkDnsServers(const TransportServer &server, const QString &serverPath)
    {
        if (server.externalDnsServers.isEmpty())
            return;
        const QString listPath = child(serverPath, QStringLiteral("ExternalDNSServers"));
        QHash<QHostAddress, qsizetype> firstWithAddress;
        for (qsizetype i = 0; i < server.externalDnsServers.size(); ++i) {
            const QHostAddress &address = server.externalDnsServers.at(i);
            const QString path = child(listPath, i);
            if (address.isNull()) {
                error("File.InvalidValue", path,
                      OrganizationValidator::tr("The server \"%1\" lists an empty address among its "
                                                "ExternalDNSServers. Give IPv4 or IPv6 addresses, such as "
                                                "192.168.1.53.")
                          .arg(server.name));
                continue;
            }
            bool mapped = false;
            const quint32 ipv4 = address.toIPv4Address(&mapped);
            // "::ffff:192.0.2.53" is 192.0.2.53.
            const QHostAddress key = mapped ? QHostAddress(ipv4) : address;
            if (key == QHostAddress::AnyIPv4 || key == QHostAddress::AnyIPv6) {
                error("File.InvalidValue", path,
                      OrganizationValidator::tr("%1 is the unspecified address and names no DNS server. List the "
                                                "addresses of the DNS servers that \"%2\" should ask, such as "
                                                "192.168.1.53.")
                          .arg(address.toString(), server.name));
                continue;
            }
            if (!mapped && address.protocol() == QAbstractSocket::IPv6Protocol
                && org.exchangeVersion == Exchange::Version::Rtm2007) {
                error("File.InvalidValue", path,
                      OrganizationValidator::tr("%1 is an IPv6 address, and Exchange 2007 RTM supports only IPv4. "
                                                "Give the IPv4 addresses of the DNS servers that \"%2\" should "
                                                "ask, or set ExchangeVersion to \"2007 SP1\".")
                          .arg(address.toString(), server.name));
                continue;
            }
            const auto earlier = firstWithAddress.constFind(key);
            if (earlier != firstWithAddress.cend()) {
                error("File.Duplicate", path,
                      OrganizationValidator::tr("The DNS server %1 is already listed at %2 and would be asked "
                                                "twice. List each DNS server once.")
                          .arg(address.toString(), child(listPath, *earlier)));
                continue;
            }
            firstWithAddress.insert(key, i);
        }
    }

    void checkAccounts(const QStringList &accounts, const QString &path)
    {
        for (qsizetype i = 0; i < accounts.size(); ++i)
            checkName(accounts.at(i), child(path, i), QStringLiteral("%1[%2]").arg(path.section(QLatin1Char('/'), -1)).arg(i));
    }

    void checkRoleAssignments()
    {
        if (!org.roleAssignments)
            return;
        const QString rolesPath = QStringLiteral("/RoleAssignments");
        checkAccounts(org.roleAssignments->organizationAdministrators,
                      child(rolesPath, QStringLiteral("ExchangeOrganizationAdministrators")));
        const QString edgesPath = child(rolesPath, QStringLiteral("EdgeAdministrators"));
        const auto &edges = org.roleAssignments->edgeAdministrators;
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
            const QString serverPath = child(edgesPath, it.key());
            const TransportServer *server = org.server(it.key());
            if (!server) {
                error("File.UnknownReference", serverPath,
                      OrganizationValidator::tr("EdgeAdministrators names \"%1\", which is not one of the Servers. "
                                                "Name an Edge Transport server listed under Servers.")
                          .arg(it.key()));
            } else if (!server->isEdge()) {
                error("File.InvalidValue", serverPath,
                      OrganizationValidator::tr("\"%1\" is a Hub Transport server; EdgeAdministrators lists the "
                                                "local Administrators of Edge Transport servers only. Put Hub-side "
                                                "administrators in ExchangeOrganizationAdministrators.")
                          .arg(it.key()));
            }
            checkAccounts(it.value(), serverPath);
        }
    }

    // docs/domain-rules.md#accepted-domains: valid domain names ("*." allowed in front), each
    // once, and exactly one Default when there are any.
    void checkAcceptedDomains()
    {
        const QString listPath = QStringLiteral("/AcceptedDomains");
        QHash<QString, qsizetype> firstWithName;
        qsizetype firstDefault = -1;
        for (qsizetype i = 0; i < org.acceptedDomains.size(); ++i) {
            const AcceptedDomain &domain = org.acceptedDomains.at(i);
            const QString domainPath = child(listPath, i);
            const QString namePath = child(domainPath, QStringLiteral("DomainName"));
            if (domain.isDefault) {
                if (firstDefault < 0) {
                    firstDefault = i;
                } else {
                    error("File.Conflict", child(domainPath, QStringLiteral("Default")),
                          OrganizationValidator::tr("\"%1\" and the accepted domain at %2 are both the Default. An "
                                                    "organization has one default accepted domain: set Default to "
                                                    "false on all but one.")
                              .arg(domain.domainName, child(listPath, firstDefault)));
                }
            }
            if (!checkName(domain.domainName, namePath, QStringLiteral("DomainName")))
                continue;
            const QString text = domain.domainName.trimmed();
            const bool wildcard = text.startsWith(QLatin1String("*."));
            const Parsed<QString> parsed = DomainName::parse(wildcard ? text.mid(2) : text, QStringLiteral("DomainName"));
            if (!parsed.ok()) {
                error("File.InvalidValue", namePath,
                      OrganizationValidator::tr("The accepted domain \"%1\" is not a valid domain name: %2 Write a "
                                                "domain such as contoso.com, or *.contoso.com for it and its "
                                                "subdomains.")
                          .arg(text, parsed.problems.value(0).message));
                continue;
            }
            const QString key = (wildcard ? QStringLiteral("*.") : QString()) + *parsed.value;
            const auto earlier = firstWithName.constFind(key);
            if (earlier != firstWithName.cend()) {
                error("File.Duplicate", namePath,
                      OrganizationValidator::tr("The accepted domain \"%1\" is already listed at %2. List each "
                                                "domain once (letter case does not count).")
                          .arg(text, child(listPath, *earlier)));
                continue;
            }
            firstWithName.insert(key, i);
        }
        if (!org.acceptedDomains.isEmpty() && firstDefault < 0) {
            error("File.InvalidValue", listPath,
                  OrganizationValidator::tr("None of the AcceptedDomains is the Default. Set \"Default\": true on "
                                            "exactly one of them (usually the organization's main domain)."));
        }
    }

    void checkConnectors(const QList<SendConnector> &connectors, const QString &path, const QString &edgeServer)
    {
        // Case-folded name -> index of the first connector with it: one look-up per connector.
        QHash<QString, qsizetype> firstWithName;
        // The side's broader address spaces by domain: one index for every connector's size check,
        // without the connectors of the smallest limit (they can take nothing another one refuses).
        const auto smallest = std::min_element(connectors.cbegin(), connectors.cend(),
                                               [](const SendConnector &a, const SendConnector &b) {
                                                   return !a.maxMessageSize.unlimited
                                                       && (b.maxMessageSize.unlimited || a.maxMessageSize.bytes < b.maxMessageSize.bytes);
                                               });
        const MessageSizeBypassIndex bypassIndex(connectors, smallest == connectors.cend() ? nullptr : &smallest->maxMessageSize);
        for (qsizetype i = 0; i < connectors.size(); ++i) {
            const SendConnector &connector = connectors.at(i);
            const QString connectorPath = child(path, i);
            const QString folded = connector.name.trimmed().toCaseFolded();
            if (!folded.isEmpty()) {
                const auto earlier = firstWithName.constFind(folded);
                if (earlier != firstWithName.cend()) {
                    error("File.Duplicate", child(connectorPath, Parameter::name(P::Name)),
                          OrganizationValidator::tr("The Send connector at %1 is already named \"%2\". Connector names "
                                                    "must be unique on each side (letter case does not count); "
                                                    "rename one of them.")
                              .arg(child(path, earlier.value()), connectors.at(earlier.value()).name));
                } else {
                    firstWithName.insert(folded, i);
                }
            }
            // Paths are built only for what is reported: a large organization has many values.
            if (!inRange(connector.port, 0, ConnectorValidator::MaximumPort)) {
                checkRange(connector.port, 0, ConnectorValidator::MaximumPort, child(connectorPath, Parameter::name(P::Port)),
                           Parameter::name(P::Port));
            }
            for (qsizetype j = 0; j < connector.addressSpaces.size(); ++j) {
                const int cost = connector.addressSpaces.at(j).cost;
                if (inRange(cost, AddressSpaceParser::MinimumCost, AddressSpaceParser::MaximumCost))
                    continue;
                checkRange(cost, AddressSpaceParser::MinimumCost, AddressSpaceParser::MaximumCost,
                           child(child(child(connectorPath, Parameter::name(P::AddressSpaces)), j), QStringLiteral("Cost")),
                           QStringLiteral("Cost"));
            }
            // An Edge's own connectors take no source servers: ConnectorValidator says so.
            if (edgeServer.isEmpty()) {
                for (qsizetype j = 0; j < connector.sourceTransportServers.size(); ++j) {
                    const QString name = connector.sourceTransportServers.at(j).trimmed();
                    if (!name.isEmpty() && !org.server(name)) {
                        const QString serversPath = child(connectorPath, Parameter::name(P::SourceTransportServers));
                        error("File.UnknownReference", child(serversPath, j),
                              OrganizationValidator::tr("The source server \"%1\" is not one of the Servers. Name a "
                                                        "Hub Transport server or a subscribed Edge Transport server "
                                                        "listed under Servers.")
                                  .arg(connector.sourceTransportServers.at(j)));
                    }
                }
            }

            ConnectorContext context;
            context.organization = &org;
            context.version = org.exchangeVersion;
            context.edgeServer = edgeServer;
            context.originalName = connector.name; // so that it does not collide with itself
            context.duplicateNames = ConnectorContext::DuplicateNames::CheckedByCaller; // found above
            context.messageSizeBypass = &bypassIndex;
            context.addressSpaceEntries = addressSpaceEntries;
            for (Problem problem : ConnectorValidator::validate(connector, context)) {
                // Parameters are Exchange property names, which are the file's keys.
                const QString at = problem.parameter.isEmpty() ? connectorPath : child(connectorPath, problem.parameter);
                if (at != connectorPath && overlapsReported(at))
                    continue;
                problem.parameter = at;
                problems.append(std::move(problem));
            }
        }
    }

    const Organization &org;
    const ConnectorContext::AddressSpaceEntries addressSpaceEntries;
    Problems problems;
    std::set<QString> reported; // paths of the errors reported here
};

} // namespace

Problems OrganizationValidator::validate(const Organization &organization)
{
    return OrganizationCheck(organization, ConnectorContext::AddressSpaceEntries::Check).run();
}

Problems OrganizationValidator::validate(const Organization &organization, ConnectorContext::AddressSpaceEntries addressSpaces)
{
    return OrganizationCheck(organization, addressSpaces).run();
}

// validateChange(): separate from OrganizationCheck above, with helpers of its own.
namespace {

// The JSON pointer of a side's connector list in the written file, or empty when the side is no
// Hub side nor an unsubscribed Edge's (validate() judges those).
QString changedListPath(const Organization &organization, const QString &side)
{
    if (side.isEmpty())
        return QStringLiteral("/SendConnectors");
    for (qsizetype i = 0; i < organization.servers.size(); ++i) {
        const TransportServer &server = organization.servers.at(i);
        if (server.name.compare(side, Qt::CaseInsensitive) != 0)
            continue;
        if (server.isHub())
            return QStringLiteral("/SendConnectors");
        if (server.subscribed || server.name.trimmed().isEmpty())
            return QString();
        return QStringLiteral("/Servers/%1/SendConnectors").arg(i);
    }
    return QString();
}

} // namespace

Problems OrganizationValidator::validateChange(const Organization &after, const ConnectorChange &change)
{
    if (change.kind == ConnectorChange::Kind::Removed)
        return {};
    const QString listPath = changedListPath(after, change.side);
    const TransportServer *sideServer = change.side.isEmpty() ? nullptr : after.server(change.side);
    const QString edgeServer = sideServer && sideServer->isEdge() ? sideServer->name : QString();
    const QList<SendConnector> &connectors = after.connectorsFor(edgeServer);
    if (listPath.isEmpty() || change.index < 0 || change.index >= connectors.size())
        return validate(after);

    const SendConnector &connector = connectors.at(change.index);
    const QString connectorPath = listPath + QLatin1Char('/') + QString::number(change.index);
    const QString namePath = connectorPath + QLatin1Char('/') + Parameter::name(ConnectorParameter::Name);
    Problems problems;
    bool nameRefused = false;
    // The same key as validate()'s, so that exactly the names it calls duplicates are.
    const QString folded = connector.name.trimmed().toCaseFolded();
    if (!folded.isEmpty()) {
        for (qsizetype i = 0; i < connectors.size(); ++i) {
            const QString &other = connectors.at(i).name;
            if (i == change.index || other.trimmed().toCaseFolded() != folded)
                continue;
            problems.append(Problem::error(
                QStringLiteral("File.Duplicate"), namePath,
                tr("The Send connector at %1 is already named \"%2\". Connector names must be unique on each side "
                   "(letter case does not count); rename one of them.")
                    .arg(listPath + QLatin1Char('/') + QString::number(i), other)));
            nameRefused = true;
            break;
        }
    }

    ConnectorContext context;
    context.organization = &after;
    context.version = after.exchangeVersion;
    context.edgeServer = edgeServer;
    context.originalName = connector.name; // so that it does not collide with itself
    context.duplicateNames = ConnectorContext::DuplicateNames::CheckedByCaller; // found above
    for (Problem problem : ConnectorValidator::validate(connector, context)) {
        const QString at = problem.parameter.isEmpty() ? connectorPath
                                                       : connectorPath + QLatin1Char('/') + problem.parameter;
        if (nameRefused && at.startsWith(namePath))
            continue; // the name is refused already
        problem.parameter = at;
        problems.append(std::move(problem));
    }
    return problems;
}
