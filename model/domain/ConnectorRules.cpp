#include "ConnectorRules.h"

#include "ConnectorParameter.h"
#include "DomainName.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

using P = ConnectorParameter;

// ---------------------------------------------------------------------------------------------
// UsageRules

bool UsageRules::offersDnsRouting(Exchange::Usage usage)
{
    return usage != Exchange::Usage::Internal;
}

bool UsageRules::offersSmartHosts(Exchange::Usage usage)
{
    return usage != Exchange::Usage::Partner;
}

bool UsageRules::preselectsDnsRouting(Exchange::Usage usage)
{
    return usage != Exchange::Usage::Internal;
}

QString UsageRules::dnsRoutingUnavailableReason(Exchange::Usage usage)
{
    if (offersDnsRouting(usage))
        return QString();
    return tr("An Internal connector routes mail through Exchange servers of your organization acting as "
              "smart hosts. DNS MX routing is available only for the Custom, Internet and Partner usages.");
}

QString UsageRules::smartHostsUnavailableReason(Exchange::Usage usage)
{
    if (offersSmartHosts(usage))
        return QString();
    return tr("A Partner connector finds the partner's servers through DNS so that their TLS certificates "
              "can be verified. Smart hosts are available only for the Custom, Internal and Internet usages.");
}

QString UsageRules::description(Exchange::Usage usage)
{
    switch (usage) {
    case Exchange::Usage::Custom:
        return tr("For mail to systems that are not Exchange servers. You decide every setting of the "
                  "connector yourself.");
    case Exchange::Usage::Internal:
        return tr("For mail to other servers of your own Exchange organization. The connector hands mail "
                  "to your internal Exchange servers, used as smart hosts.");
    case Exchange::Usage::Internet:
        return tr("For mail to the Internet. The connector finds each destination's mail servers by "
                  "looking up its MX records in DNS.");
    case Exchange::Usage::Partner:
        return tr("For mail to partner domains. The connector connects only to servers that prove their "
                  "identity with a TLS certificate for an SMTP domain on the domain-secured list, which "
                  "Set-TransportConfig -TLSSendDomainSecureList maintains.");
    }
    return QString();
}

QStringList UsageRules::permissionSet(Exchange::Usage usage)
{
    Q_UNUSED(usage) // the same set for every usage: see the header
    const auto line = [](const QString &principal, const QStringList &rights) {
        return tr("%1: %2").arg(principal, rights.join(QLatin1String(", ")));
    };
    const QString routing = QStringLiteral("ms-Exch-Send-Headers-Routing");
    return {
        line(tr("Anonymous Logon"), {routing}),
        line(tr("Partner Servers"), {routing}),
        line(tr("Legacy Exchange Servers"), {QStringLiteral("ms-Exch-SMTP-Send-Exch50"), routing}),
        line(tr("Hub and Edge Transport Servers"),
             {QStringLiteral("ms-Exch-Send-Exch50"), routing, QStringLiteral("ms-Exch-Send-Headers-Forest"),
              QStringLiteral("ms-Exch-Send-Headers-Organization")}),
        line(tr("Externally Secured Servers"), {QStringLiteral("ms-Exch-Send-Exch50"), routing}),
    };
}

SendConnector UsageRules::applyDefaults(SendConnector base, Exchange::Usage usage, bool onEdge)
{
    SendConnector result;
    result.name = std::move(base.name);
    result.addressSpaces = std::move(base.addressSpaces);
    result.isScopedConnector = base.isScopedConnector;
    result.smartHosts = std::move(base.smartHosts);
    result.sourceTransportServers = std::move(base.sourceTransportServers);
    result.linkedReceiveConnector = std::move(base.linkedReceiveConnector);
    result.usage = usage;

    switch (usage) {
    case Exchange::Usage::Custom:
        result.dnsRoutingEnabled = true;
        break;
    case Exchange::Usage::Internal:
        result.dnsRoutingEnabled = false;
        result.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::ExchangeServer;
        break;
    case Exchange::Usage::Internet:
        result.dnsRoutingEnabled = true;
        result.useExternalDnsServersEnabled = onEdge;
        break;
    case Exchange::Usage::Partner:
        result.dnsRoutingEnabled = true;
        result.domainSecureEnabled = true;
        break;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// ConnectorName

Parsed<QString> ConnectorName::parse(const QString &name, const QStringList &existing, const QString &originalName)
{
    Parsed<QString> result;
    const QString trimmed = name.trimmed();
    const QString parameter = Parameter::name(P::Name);

    if (trimmed.isEmpty()) {
        result.problems.append(Problem::error(
            QStringLiteral("Name.Empty"), parameter,
            tr("The connector name is empty. Type a name that identifies the connector, for example "
               "\"Internet mail\".")));
        return result;
    }

    const qsizetype length = trimmed.toUcs4().size(); // characters, not UTF-16 units
    if (length > MaximumLength) {
        result.problems.append(Problem::error(
            QStringLiteral("Name.TooLong"), parameter,
            tr("The connector name has %1 characters; it can have at most %2. Shorten it.")
                .arg(length)
                .arg(MaximumLength)));
    }

    for (const QChar c : trimmed) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            result.problems.append(Problem::error(
                QStringLiteral("Name.ControlCharacter"), parameter,
                tr("The connector name contains a control character (U+%1), such as a tab or a line break. "
                   "Use only printable characters.")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
            break;
        }
    }

    const QString original = originalName.trimmed();
    for (const QString &other : existing) {
        const QString otherTrimmed = other.trimmed();
        if (!original.isEmpty() && otherTrimmed.compare(original, Qt::CaseInsensitive) == 0)
            continue;
        if (otherTrimmed.compare(trimmed, Qt::CaseInsensitive) == 0) {
            result.problems.append(Problem::error(
                QStringLiteral("Name.Duplicate"), parameter,
                tr("A Send connector named \"%1\" already exists. Connector names must be unique (letter "
                   "case does not count); choose another name.")
                    .arg(otherTrimmed)));
            break;
        }
    }

    if (!hasErrors(result.problems))
        result.value = trimmed;
    return result;
}

// ---------------------------------------------------------------------------------------------
// ConnectorValidator

namespace {

const QString AllAcceptedDomains = QStringLiteral("--");

// True when toCaseFolded() would return `text` unchanged because it is ASCII without capitals.
bool isFoldedAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x80 && !(c >= QLatin1Char('A') && c <= QLatin1Char('Z')); });
}

bool isAllAcceptedDomains(const AddressSpace &space)
{
    return space.isSmtp() && space.address == AllAcceptedDomains;
}

bool isWildcardAll(const AddressSpace &space)
{
    return space.isSmtp() && space.address == QLatin1String("*");
}

// A limit `a` is strictly smaller than `b` (unlimited is the largest).
bool isSmaller(const ByteQuantity &a, const ByteQuantity &b)
{
    if (a.unlimited)
        return false;
    return b.unlimited || a.bytes < b.bytes;
}

} // namespace

// An SMTP address space covers another more broadly when it reaches every recipient of the other
// and more (docs/domain-rules.md#how-exchange-picks-a-connector), letter case aside: "*" covers
// every address space but "*"; "*.domain" covers "domain", "sub.domain" and "*.sub.domain", but
// not "*.domain" itself. "--" (the accepted domains) and non-SMTP address spaces cover nothing and
// are covered by nothing. So the address spaces that can cover "x.y.z" or "*.x.y.z" are "*" and
// "*.x.y.z" (not for itself), "*.y.z", "*.z": one look-up per label.
MessageSizeBypassIndex::MessageSizeBypassIndex(const QList<SendConnector> &side, const ByteQuantity *above)
    : m_side(side)
{
    const QString starDot = QStringLiteral("*.");
    for (qsizetype i = 0; i < side.size(); ++i) {
        const SendConnector &connector = side.at(i);
        if (!connector.enabled || (above && !isSmaller(*above, connector.maxMessageSize)))
            continue;
        for (qsizetype j = 0; j < connector.addressSpaces.size(); ++j) {
            const AddressSpace &space = connector.addressSpaces.at(j);
            if (!space.isSmtp() || isAllAcceptedDomains(space))
                continue;
            const bool everything = space.address == QLatin1String("*");
            if (!everything && !space.address.startsWith(starDot))
                continue;
            // Viewed in place when lower case already (ASCII without capitals), as files hold them.
            const bool lowerCase = everything || isFoldedAscii(space.address);
            if (!lowerCase)
                m_lowered.append(space.address.toLower());
            const QStringView parent = everything ? QStringView()
                : QStringView(lowerCase ? space.address : m_lowered.constLast()).mid(2);
            Entry entry{everything ? 0 : qHash(parent), parent, connector.maxMessageSize, i, j};
            if (m_everything.empty() && m_byParent.empty())
                m_largest = entry.limit;
            else if (isSmaller(m_largest, entry.limit))
                m_largest = entry.limit;
            (everything ? m_everything : m_byParent).push_back(entry);
        }
    }
    // Largest limit first within a parent, so that a look-up stops at the first limit that is not larger;
    // then in the side's order, so that the order never depends on the sort.
    const auto largerFirst = [](const Entry &a, const Entry &b) {
        if (isSmaller(b.limit, a.limit) || isSmaller(a.limit, b.limit))
            return isSmaller(b.limit, a.limit);
        return a.connector != b.connector ? a.connector < b.connector : a.space < b.space;
    };
    std::sort(m_everything.begin(), m_everything.end(), largerFirst);
    std::sort(m_byParent.begin(), m_byParent.end(), [&largerFirst](const Entry &a, const Entry &b) {
        if (a.hash != b.hash)
            return a.hash < b.hash;
        if (const int order = a.parent.compare(b.parent); order != 0)
            return order < 0;
        return largerFirst(a, b);
    });
}

QList<MessageSizeBypassIndex::Bypass> MessageSizeBypassIndex::find(const SendConnector &connector,
                                                                   const QString &originalName) const
{
    QList<Bypass> found;
    if ((m_everything.empty() && m_byParent.empty()) || !isSmaller(connector.maxMessageSize, m_largest))
        return found; // nothing is larger
    QHash<qsizetype, qsizetype> foundAt; // connector of the side -> its entry in `found`
    const auto consider = [&](const Entry *entry, const Entry *end, qsizetype mine) {
        for (; entry != end && isSmaller(connector.maxMessageSize, entry->limit); ++entry) {
            const auto known = foundAt.constFind(entry->connector);
            if (known == foundAt.cend()) {
                foundAt.insert(entry->connector, found.size());
                found.append(Bypass{entry->connector, mine, entry->space});
            } else if (Bypass &bypass = found[*known]; bypass.mine == mine && entry->space < bypass.broader) {
                bypass.broader = entry->space;
            }
        }
    };
    // The entries of "*.parent", or an empty range.
    const auto entriesOf = [this](QStringView parent) {
        const size_t hash = qHash(parent);
        auto from = std::lower_bound(m_byParent.cbegin(), m_byParent.cend(), hash,
                                     [](const Entry &entry, size_t value) { return entry.hash < value; });
        for (; from != m_byParent.cend() && from->hash == hash && from->parent != parent; ++from) {
        }
        auto to = from;
        for (; to != m_byParent.cend() && to->hash == hash && to->parent == parent; ++to) {
        }
        return std::make_pair(from, to);
    };
    // A list already looked through for an earlier address space found every connector it can:
    // a later address space can change none of them (the first one covered is reported).
    bool everythingSeen = false;
    QSet<qsizetype> parentsSeen; // where their entries start
    for (qsizetype mine = 0; mine < connector.addressSpaces.size(); ++mine) {
        const AddressSpace &space = connector.addressSpaces.at(mine);
        if (!space.isSmtp() || isAllAcceptedDomains(space))
            continue;
        const QString address = space.address.toLower();
        if (address != QLatin1String("*") && !everythingSeen) {
            everythingSeen = true;
            consider(m_everything.data(), m_everything.data() + m_everything.size(), mine);
        }
        if (m_byParent.empty())
            continue;
        const bool wildcard = address.startsWith(QLatin1String("*."));
        const QStringView domain = wildcard ? QStringView(address).mid(2) : QStringView(address);
        for (qsizetype from = 0;;) {
            if (!(wildcard && from == 0)) {
                const auto [begin, end] = entriesOf(domain.mid(from));
                const qsizetype at = begin - m_byParent.cbegin();
                if (begin != end && !parentsSeen.contains(at)) {
                    parentsSeen.insert(at);
                    consider(&*begin, &*begin + (end - begin), mine);
                }
            }
            const qsizetype dot = domain.indexOf(QLatin1Char('.'), from);
            if (dot < 0)
                break;
            from = dot + 1;
        }
    }
    const QString original = originalName.trimmed();
    if (!original.isEmpty()) {
        found.removeIf([&](const Bypass &bypass) {
            return m_side.at(bypass.connector).name.trimmed().compare(original, Qt::CaseInsensitive) == 0;
        });
    }
    std::sort(found.begin(), found.end(), [](const Bypass &a, const Bypass &b) { return a.connector < b.connector; });
    return found;
}

namespace {

// One run of the rules over a connector; collects every problem.
class ConnectorCheck
{
public:
    ConnectorCheck(const SendConnector &connector, const ConnectorContext &context, const Organization &organization)
        : c(connector), ctx(context), org(organization)
    {
    }

    Problems run()
    {
        checkSide();
        checkName();
        checkAddressSpaces();
        checkRouting();
        checkSmartHosts();
        checkSmartHostsOutsideTheOrganization();
        checkAuthentication();
        checkSourceServers();
        checkTransportSettings();
        checkTls();
        checkSourceIpAddress();
        checkMaxMessageSizeBypass();
        return std::move(problems);
    }

private:
    // `parameter`: the setting concerned; none for the connector as a whole.
    void error(const char *code, std::optional<ConnectorParameter> parameter, const QString &message)
    {
        problems.append(Problem::error(QString::fromLatin1(code), nameOf(parameter), message));
    }
    void warning(const char *code, std::optional<ConnectorParameter> parameter, const QString &message)
    {
        problems.append(Problem::warning(QString::fromLatin1(code), nameOf(parameter), message));
    }
    static QString nameOf(std::optional<ConnectorParameter> parameter)
    {
        return parameter ? Parameter::name(*parameter) : QString();
    }
    void appendAs(Problems found, const QString &parameter)
    {
        for (Problem &problem : found) {
            problem.parameter = parameter;
            problems.append(std::move(problem));
        }
    }

    // The connector is sent by an Edge: its own connector, or Edge Subscriptions as source servers.
    bool sentFromEdge() const
    {
        if (ctx.onEdge())
            return true;
        if (c.sourceTransportServers.isEmpty())
            return false;
        for (const QString &name : c.sourceTransportServers) {
            const TransportServer *server = org.server(name.trimmed());
            if (!server || !server->isEdge() || !server->subscribed)
                return false;
        }
        return true;
    }

    // An Internet connector: usage Internet, or an SMTP address space "*" (every domain not named
    // more specifically, which is the Internet's mail).
    bool sendsToTheInternet() const
    {
        return c.usage == Exchange::Usage::Internet
            || std::any_of(c.addressSpaces.cbegin(), c.addressSpaces.cend(), isWildcardAll);
    }

    bool routesAllAcceptedDomains() const
    {
        for (const AddressSpace &space : c.addressSpaces) {
            if (isAllAcceptedDomains(space))
                return true;
        }
        return false;
    }

    void checkSide()
    {
        if (!ctx.onEdge())
            return;
        const TransportServer *server = org.server(ctx.edgeServer);
        if (!server) {
            error("Connector.UnknownEdgeServer", {},
                  ConnectorValidator::tr("The organization has no server named \"%1\". Choose one of its Edge "
                                         "Transport servers, or create the connector on the Hub side.")
                      .arg(ctx.edgeServer));
        } else if (!server->isEdge()) {
            error("Connector.NotEdgeServer", {},
                  ConnectorValidator::tr("\"%1\" is a Hub Transport server, not an Edge Transport server. Create "
                                         "the connector for the organization (Hub side) instead.")
                      .arg(server->name));
        } else if (server->subscribed) {
            error("Connector.SubscribedEdge", {},
                  ConnectorValidator::tr("The Edge Transport server \"%1\" is subscribed to the organization "
                                         "(EdgeSync), which replaces its Send connectors. Create the connector on "
                                         "a Hub Transport server instead; EdgeSync copies it to the Edge.")
                      .arg(server->name));
        }
    }

    void checkName()
    {
        QStringList existing;
        if (ctx.duplicateNames == ConnectorContext::DuplicateNames::Check) {
            for (const SendConnector &other : org.connectorsFor(ctx.edgeServer))
                existing.append(other.name);
        }
        appendAs(ConnectorName::parse(c.name, existing, ctx.originalName).problems, Parameter::name(P::Name));
    }

    void checkAddressSpaces()
    {
        const bool linked = !c.linkedReceiveConnector.trimmed().isEmpty();
        if (linked && !c.addressSpaces.isEmpty()) {
            error("Connector.LinkedWithAddressSpaces", P::LinkedReceiveConnector,
                  ConnectorValidator::tr("A connector linked to the Receive connector \"%1\" sends whatever that "
                                         "connector receives and cannot have address spaces. Remove the address "
                                         "spaces or clear LinkedReceiveConnector.")
                      .arg(c.linkedReceiveConnector.trimmed()));
        } else if (!linked && c.addressSpaces.isEmpty()) {
            error("Connector.AddressSpaceRequired", P::AddressSpaces,
                  ConnectorValidator::tr("The connector has no address space. Add at least one, for example "
                                         "\"contoso.com\", or \"*\" for all Internet mail."));
        }

        const bool fromEdge = sentFromEdge();
        bool reportedNonSmtp = false;
        bool reportedLocalOnEdge = false;
        // The first entry of each destination (type and address ignore case): one lookup per entry,
        // so that a connector with 100,000 address spaces is checked in linear time.
        QHash<QString, int> firstEntry;
        QHash<QString, int> firstSmtpEntry;
        firstSmtpEntry.reserve(c.addressSpaces.size());
        for (int i = 0; i < c.addressSpaces.size(); ++i) {
            const AddressSpace &space = c.addressSpaces.at(i);

            if (isAllAcceptedDomains(space)) {
                if (!fromEdge) {
                    error("Connector.AllAcceptedDomainsNotOnEdge", P::AddressSpaces,
                          ConnectorValidator::tr("The address space \"--\" (all accepted domains) is valid only on a "
                                                 "connector sent from an Edge Transport server. Use domain names "
                                                 "here."));
                }
                if (c.addressSpaces.size() > 1) {
                    error("Connector.AllAcceptedDomainsNotAlone", P::AddressSpaces,
                          ConnectorValidator::tr("The address space \"--\" (all accepted domains) must be the "
                                                 "connector's only address space. Remove the others or remove "
                                                 "\"--\"."));
                }
            }
            if (ctx.addressSpaceEntries == ConnectorContext::AddressSpaceEntries::Check) {
                appendAs(AddressSpaceParser::fromParts(space.type, space.address, space.cost, space.localScope,
                                                       ctx.version)
                             .problems,
                         Parameter::name(P::AddressSpaces));
            }

            if (fromEdge && !space.isSmtp() && !reportedNonSmtp) {
                reportedNonSmtp = true;
                error("Connector.NonSmtpOnEdge", P::AddressSpaces,
                      ConnectorValidator::tr("The address space \"%1\" is not of type SMTP. A connector sent from an "
                                             "Edge Transport server takes only SMTP address spaces.")
                          .arg(space.toString()));
            }
            if (ctx.onEdge() && space.localScope && !reportedLocalOnEdge) {
                reportedLocalOnEdge = true;
                error("Connector.ScopedOnEdge", P::AddressSpaces,
                      ConnectorValidator::tr("An Edge Transport server's own connector cannot be scoped to an "
                                             "Active Directory site. Remove the \"Local:\" prefix from \"%1\".")
                          .arg(space.toString()));
            }

            // An SMTP address space without a scope (nearly all of them) is keyed by its address
            // alone, in a table of its own, without building a key when the address is already
            // folded (lower-case ASCII); every other entry by type, address and scope.
            QHash<QString, int> &entries = space.isSmtp() && !space.localScope ? firstSmtpEntry : firstEntry;
            const QString destination = &entries == &firstSmtpEntry
                ? (isFoldedAscii(space.address) ? space.address : space.address.toCaseFolded())
                : space.type.toCaseFolded() + QLatin1Char(':') + space.address.toCaseFolded()
                    + (space.localScope ? QLatin1String(":local") : QLatin1String(""));
            // One lookup: the slot holds the first entry's number (from 1), 0 when just made.
            int &first = entries[destination];
            if (first != 0) {
                error("Connector.DuplicateAddressSpace", P::AddressSpaces,
                      ConnectorValidator::tr("The address space \"%1\" is listed more than once (entries %2 and "
                                             "%3). Keep only one of them.")
                          .arg(space.toString())
                          .arg(first)
                          .arg(i + 1));
            } else {
                first = i + 1;
            }
        }

        if (c.isScopedConnector && ctx.version == Exchange::Version::Rtm2007) {
            error("Connector.ScopedNotInRtm", P::IsScopedConnector,
                  ConnectorValidator::tr("Exchange 2007 RTM has no IsScopedConnector setting. To scope the "
                                         "connector to its Active Directory site, prefix each address space "
                                         "with \"Local:\" instead."));
        }
        if (c.isScopedConnector && ctx.onEdge()) {
            error("Connector.ScopedOnEdge", P::IsScopedConnector,
                  ConnectorValidator::tr("An Edge Transport server's own connector cannot be scoped to an Active "
                                         "Directory site. Clear the scoped Send connector option."));
        }
    }

    void checkRouting()
    {
        if (c.dnsRoutingEnabled && !UsageRules::offersDnsRouting(c.usage)) {
            error("Connector.DnsRoutingNotOffered", P::DNSRoutingEnabled,
                  ConnectorValidator::tr("An Internal connector cannot use DNS MX records. Route its mail "
                                         "through smart hosts, or choose the Custom, Internet or Partner usage."));
        }
        if (!c.dnsRoutingEnabled && !UsageRules::offersSmartHosts(c.usage)) {
            error("Connector.SmartHostsNotOffered", P::DNSRoutingEnabled,
                  ConnectorValidator::tr("A Partner connector cannot route mail through smart hosts. Use DNS MX "
                                         "records, or choose the Custom, Internal or Internet usage."));
        }

        const bool linked = !c.linkedReceiveConnector.trimmed().isEmpty();
        if (linked && c.dnsRoutingEnabled) {
            error("Connector.LinkedNeedsSmartHosts", P::SmartHosts,
                  ConnectorValidator::tr("A connector linked to a Receive connector must route mail through "
                                         "smart hosts. Turn DNS routing off and add at least one smart host."));
        }
        if (c.dnsRoutingEnabled && !c.smartHosts.isEmpty()) {
            error("Connector.SmartHostsWithDnsRouting", P::SmartHosts,
                  ConnectorValidator::tr("Smart hosts are listed but the connector routes mail with DNS MX "
                                         "records. Either remove the smart hosts or turn DNS routing off."));
        }
        if (!c.dnsRoutingEnabled && c.smartHosts.isEmpty()) {
            // Only suggest DNS where DNS is possible: not for an Internal connector, a non-SMTP
            // address space or a linked connector.
            const bool dnsPossible = UsageRules::offersDnsRouting(c.usage) && !linked
                && std::all_of(c.addressSpaces.cbegin(), c.addressSpaces.cend(),
                               [](const AddressSpace &space) { return space.isSmtp(); });
            error("Connector.SmartHostsRequired", P::SmartHosts,
                  dnsPossible ? ConnectorValidator::tr("The connector routes mail through smart hosts but none is "
                                                       "listed. Add at least one smart host (an IP address or an "
                                                       "FQDN), or use DNS MX records.")
                              : ConnectorValidator::tr("The connector routes mail through smart hosts but none is "
                                                       "listed. Add at least one smart host (an IP address or an "
                                                       "FQDN)."));
        }
        if (c.dnsRoutingEnabled) {
            for (const AddressSpace &space : c.addressSpaces) {
                if (!space.isSmtp()) {
                    // Smart hosts are the remedy only where the usage offers them (not for Partner).
                    error("Connector.NonSmtpNeedsSmartHosts", P::DNSRoutingEnabled,
                          UsageRules::offersSmartHosts(c.usage)
                              ? ConnectorValidator::tr("The address space \"%1\" is not of type SMTP, so DNS cannot "
                                                       "find its servers. Route the connector's mail through smart "
                                                       "hosts.")
                                    .arg(space.toString())
                              : ConnectorValidator::tr("The address space \"%1\" is not of type SMTP, so DNS cannot "
                                                       "find its servers, and a %2 connector cannot route mail "
                                                       "through smart hosts. Change the usage to Custom, Internal "
                                                       "or Internet, or use only SMTP address spaces.")
                                    .arg(space.toString(), Exchange::toString(c.usage)));
                    break;
                }
            }
        }
    }

    void checkSmartHosts()
    {
        const bool edgeSyncInbound = routesAllAcceptedDomains();
        QSet<QString> seen; // case-folded hosts: one lookup per entry, not a scan of the earlier ones
        seen.reserve(c.smartHosts.size());
        for (int i = 0; i < c.smartHosts.size(); ++i) {
            const SmartHost &host = c.smartHosts.at(i);
            if (!(edgeSyncInbound && host.host == AllAcceptedDomains)) {
                appendAs(SmartHostParser::parseAs(host.kind, host.host, ctx.version).problems,
                         Parameter::name(P::SmartHosts));
            }
            if (!seen.contains(host.host.toCaseFolded())) {
                seen.insert(host.host.toCaseFolded());
            } else {
                error("Connector.DuplicateSmartHost", P::SmartHosts,
                      ConnectorValidator::tr("The smart host \"%1\" is listed more than once. Keep only one "
                                             "entry for it.")
                          .arg(host.host));
            }
        }
    }

    // A smart host that is one of the servers that route this connector's mail
    // (docs/domain-rules.md#routing-checks). Servers have names only, so a host is such a server
    // when it is its name or its name followed by a domain ("EX01", "ex01.contoso.com"), letter
    // case aside; IP addresses are never matched. Sent by Hub Transport servers: any Hub of the
    // organization, which routes the mail with the same connectors again. Sent from an Edge (its
    // own connector or Edge Subscriptions): that Edge itself; an Edge relaying to the Hubs is the
    // normal inbound path (EdgeSync's "Inbound" connector), not a mistake.
    void checkSmartHostsOutsideTheOrganization()
    {
        if (c.dnsRoutingEnabled || c.smartHosts.isEmpty())
            return;
        const bool fromEdge = sentFromEdge();
        QList<const TransportServer *> loopServers;
        if (ctx.onEdge()) {
            if (const TransportServer *edge = org.server(ctx.edgeServer))
                loopServers.append(edge);
        } else if (fromEdge) {
            for (const QString &name : c.sourceTransportServers) {
                if (const TransportServer *edge = org.server(name.trimmed()))
                    loopServers.append(edge);
            }
        } else {
            for (const TransportServer &server : org.servers) {
                if (server.isHub())
                    loopServers.append(&server);
            }
        }
        for (const SmartHost &host : c.smartHosts) {
            if (host.kind != SmartHost::Kind::Fqdn)
                continue;
            const QString name = host.host.trimmed();
            const auto same = std::find_if(loopServers.cbegin(), loopServers.cend(), [&name](const TransportServer *server) {
                return !server->name.isEmpty()
                    && (name.compare(server->name, Qt::CaseInsensitive) == 0
                        || (name.size() > server->name.size() + 1
                            && name.startsWith(server->name + QLatin1Char('.'), Qt::CaseInsensitive)));
            });
            if (same == loopServers.cend())
                continue;
            warning("Connector.SmartHostIsOwnServer", P::SmartHosts,
                    (*same)->isHub()
                        ? ConnectorValidator::tr("The smart host \"%1\" is the organization's own Hub Transport server "
                                                 "%2. It would route the mail with the organization's Send connectors "
                                                 "again, back to this connector: a mail loop. Use a smart host "
                                                 "outside the organization.")
                              .arg(name, (*same)->name)
                        : ConnectorValidator::tr("The smart host \"%1\" is the Edge Transport server %2, which sends "
                                                 "this connector's mail: it would relay the mail to itself, in a loop. "
                                                 "Use a smart host outside the organization.")
                              .arg(name, (*same)->name));
        }
    }

    void checkAuthentication()
    {
        using Mechanism = Exchange::SmartHostAuthMechanism;
        const Mechanism mechanism = c.smartHostAuthMechanism;
        const bool basic = Exchange::isBasicAuthentication(mechanism);

        if (mechanism != Mechanism::None && c.dnsRoutingEnabled) {
            error("Connector.AuthNeedsSmartHosts", P::SmartHostAuthMechanism,
                  ConnectorValidator::tr("Smart host authentication \"%1\" applies only to smart hosts, but the "
                                         "connector uses DNS MX records. Choose None, or route the mail through "
                                         "smart hosts.")
                      .arg(Exchange::toString(mechanism)));
        }

        if (basic) {
            const QString userName = c.authenticationCredential ? c.authenticationCredential->userName : QString();
            if (userName.trimmed().isEmpty()) {
                error("Connector.CredentialRequired", P::AuthenticationCredential,
                      ConnectorValidator::tr("Basic authentication needs a user name and a password for the smart "
                                             "hosts. Enter the user name, for example \"CONTOSO\\relay\"."));
            } else if (userName.size() > ConnectorValidator::MaximumUserNameLength) {
                error("Connector.CredentialUserNameTooLong", P::AuthenticationCredential,
                      ConnectorValidator::tr("The user name has %1 characters; it can have at most %2.")
                          .arg(userName.size())
                          .arg(ConnectorValidator::MaximumUserNameLength));
            }
        } else if (c.authenticationCredential) {
            error("Connector.CredentialNotUsed", P::AuthenticationCredential,
                  ConnectorValidator::tr("A user name and password are used only with Basic authentication, not "
                                         "with \"%1\". Remove the credential or choose BasicAuth or "
                                         "BasicAuthRequireTLS.")
                      .arg(Exchange::toString(mechanism)));
        }

        if (mechanism == Mechanism::BasicAuth && !c.requireTls) {
            warning("Connector.BasicAuthInClear", P::SmartHostAuthMechanism,
                    ConnectorValidator::tr("Basic authentication without TLS sends the password in clear text. "
                                           "Prefer Basic Authentication over TLS (BasicAuthRequireTLS)."));
        }
    }

    void checkSourceServers()
    {
        if (ctx.onEdge()) {
            if (!c.sourceTransportServers.isEmpty()) {
                error("Connector.SourceServersOnEdge", P::SourceTransportServers,
                      ConnectorValidator::tr("An Edge Transport server's own connector is always sent by that "
                                             "server and takes no source servers. Remove them."));
            }
            return;
        }

        if (c.sourceTransportServers.isEmpty()) {
            error("Connector.SourceServerRequired", P::SourceTransportServers,
                  ConnectorValidator::tr("The connector has no source server. Add at least one Hub Transport "
                                         "server or Edge Subscription that will send its mail."));
            return;
        }

        bool hasHub = false;
        bool hasEdge = false;
        QStringList sites;
        QSet<QString> seen;
        for (const QString &entry : c.sourceTransportServers) {
            const QString name = entry.trimmed();
            if (seen.contains(name.toLower())) {
                error("Connector.DuplicateSourceServer", P::SourceTransportServers,
                      ConnectorValidator::tr("The source server \"%1\" is listed more than once. Keep only one "
                                             "entry for it.")
                          .arg(name));
                continue;
            }
            seen.insert(name.toLower());

            const TransportServer *server = org.server(name);
            if (!server) {
                error("Connector.UnknownSourceServer", P::SourceTransportServers,
                      ConnectorValidator::tr("The organization has no transport server named \"%1\". Choose a Hub "
                                             "Transport server or an Edge Subscription of the organization.")
                          .arg(name));
                continue;
            }
            if (server->isEdge() && !server->subscribed) {
                error("Connector.UnsubscribedEdgeSourceServer", P::SourceTransportServers,
                      ConnectorValidator::tr("The Edge Transport server \"%1\" has no Edge Subscription, so it "
                                             "cannot be a source server. Subscribe it first, or choose a Hub "
                                             "Transport server.")
                          .arg(server->name));
                continue;
            }
            (server->isHub() ? hasHub : hasEdge) = true;
            const bool newSite = std::none_of(sites.cbegin(), sites.cend(), [server](const QString &site) {
                return site.compare(server->site, Qt::CaseInsensitive) == 0;
            });
            if (!server->site.isEmpty() && newSite)
                sites.append(server->site);
        }

        if (hasHub && hasEdge) {
            error("Connector.MixedSourceServers", P::SourceTransportServers,
                  ConnectorValidator::tr("The source servers mix Hub Transport servers and Edge Subscriptions. "
                                         "List only Hub Transport servers or only Edge Subscriptions."));
        }
        if (sites.size() > 1) {
            // A scoped connector is what the issue warns about most: its scope silently grows
            // to every site of its source servers (docs/domain-rules.md#source-servers).
            warning("Connector.SourceServersInSeveralSites", P::SourceTransportServers,
                    (c.isScoped()
                         ? ConnectorValidator::tr("The source servers of this scoped connector are in several Active "
                                                  "Directory sites (%1): the connector is used by the Hub Transport "
                                                  "servers of each of these sites, not of one, and only the servers "
                                                  "of the closest site send its mail. Choose source servers from the "
                                                  "one site the connector is meant for.")
                         : ConnectorValidator::tr("The source servers are in several Active Directory sites (%1). Only "
                                                  "the servers of the closest site will send mail, so the load is not "
                                                  "balanced across them. Consider source servers from one site."))
                        .arg(sites.join(QLatin1String(", "))));
        }
    }

    void checkTransportSettings()
    {
        if (c.port < 0 || c.port > ConnectorValidator::MaximumPort) {
            error("Connector.PortOutOfRange", P::Port,
                  ConnectorValidator::tr("The port %1 is not valid. Enter a number from 0 to %2; SMTP uses 25.")
                      .arg(c.port)
                      .arg(ConnectorValidator::MaximumPort));
        } else if (c.port == ConnectorValidator::ImplicitTlsPort) {
            warning("Connector.ImplicitTlsPort", P::Port,
                    ConnectorValidator::tr("Port %1 expects TLS from the first byte (implicit TLS), which Send "
                                           "connectors cannot speak. Use port 25 or 587, where STARTTLS is used.")
                        .arg(c.port));
        }

        if (!c.maxMessageSize.unlimited
            && (c.maxMessageSize.bytes < 0 || c.maxMessageSize.bytes > ByteQuantity::Maximum)) {
            error("Connector.MaxMessageSizeOutOfRange", P::MaxMessageSize,
                  ConnectorValidator::tr("The maximum message size of %1 bytes is not valid. Enter 0 to %2 bytes "
                                         "(for example \"20MB\"), or \"unlimited\".")
                      .arg(c.maxMessageSize.bytes)
                      .arg(ByteQuantity::Maximum));
        }

        const qint64 timeOut = c.connectionInactivityTimeOut.seconds;
        if (timeOut < ConnectorValidator::MinimumInactivityTimeOut
            || timeOut > ConnectorValidator::MaximumInactivityTimeOut) {
            error("Connector.InactivityTimeOutOutOfRange", P::ConnectionInactivityTimeOut,
                  ConnectorValidator::tr("The connection inactivity time-out must be between 00:00:01 and "
                                         "1.00:00:00 (one day). The default is 00:10:00."));
        }

        if (!c.fqdn.trimmed().isEmpty()) {
            const Parsed<QString> fqdn = DomainName::parseFqdn(c.fqdn.trimmed(), Parameter::name(P::Fqdn));
            appendAs(fqdn.problems, Parameter::name(P::Fqdn));
            const QString normalised = fqdn.value.value_or(c.fqdn.trimmed()).toLower();
            // Only a connector that talks to the Internet meets servers that cannot resolve the
            // name (docs/domain-rules.md#routing-checks): an Internal connector's HELO to the
            // organization's own servers may well carry its internal name.
            if (fqdn.ok() && normalised.endsWith(QLatin1String(".local")) && sendsToTheInternet()) {
                warning("Connector.FqdnLocal", P::Fqdn,
                        ConnectorValidator::tr("\"%1\" is an internal name. Receiving servers on the Internet may "
                                               "reject a HELO/EHLO name they cannot resolve; use a public name.")
                            .arg(normalised));
            }
        }

        if (c.useExternalDnsServersEnabled && !c.dnsRoutingEnabled) {
            warning("Connector.ExternalDnsWithoutDnsRouting", P::UseExternalDNSServersEnabled,
                    ConnectorValidator::tr("The external DNS lookup settings are used only with DNS MX routing; "
                                           "this connector uses smart hosts, so the setting has no effect."));
        }

        checkExternalDnsServers();

        if (c.comment.size() > ConnectorValidator::MaximumCommentLength) {
            error("Connector.CommentTooLong", P::Comment,
                  ConnectorValidator::tr("The comment has %1 characters; it can have at most %2. Shorten it.")
                      .arg(c.comment.size())
                      .arg(ConnectorValidator::MaximumCommentLength));
        }
    }

    // docs/organization-file.md#external-dns-servers: with UseExternalDNSServersEnabled, each
    // server that sends the connector's mail (the Edge of its own connector, else its source
    // servers, Hub or Edge Subscription) asks its ExternalDNSServers; a server that lists none
    // resolves with its network adapter's DNS servers, as if the setting were off. Unknown servers
    // are UnknownSourceServer's; without DNS routing ExternalDnsWithoutDnsRouting says enough.
    void checkExternalDnsServers()
    {
        if (!c.useExternalDnsServersEnabled || !c.dnsRoutingEnabled)
            return;
        if (ctx.onEdge()) {
            const TransportServer *edge = org.server(ctx.edgeServer);
            if (edge && edge->isEdge() && edge->externalDnsServers.isEmpty()) {
                warning("Connector.ExternalDnsServersMissing", P::UseExternalDNSServersEnabled,
                        ConnectorValidator::tr("The Edge Transport server %1 lists no external DNS servers "
                                               "(ExternalDNSServers): it looks up MX records with its network "
                                               "adapter's DNS servers instead, as if UseExternalDNSServersEnabled "
                                               "were off. List its external DNS servers in the organization file, "
                                               "or turn the setting off.")
                            .arg(edge->name));
            }
            return;
        }
        QStringList without;
        for (const QString &name : c.sourceTransportServers) {
            const TransportServer *server = org.server(name.trimmed());
            if (server && server->externalDnsServers.isEmpty() && !without.contains(server->name))
                without.append(server->name);
        }
        if (without.isEmpty())
            return;
        warning("Connector.ExternalDnsServersMissing", P::UseExternalDNSServersEnabled,
                ConnectorValidator::tr("%n source server(s) of the connector list(s) no external DNS servers "
                                       "(ExternalDNSServers): %1. They look up MX records with their network "
                                       "adapter's DNS servers instead, as if UseExternalDNSServersEnabled were off. "
                                       "List their external DNS servers in the organization file, or turn the "
                                       "setting off.",
                                       nullptr, int(without.size()))
                    .arg(without.join(QStringLiteral(", "))));
    }

    void checkTls()
    {
        const bool routesEverything = std::any_of(c.addressSpaces.cbegin(), c.addressSpaces.cend(), isWildcardAll);

        if (c.requireTls && c.ignoreStartTls) {
            error("Connector.RequireTlsWithIgnoreStartTls", P::RequireTLS,
                  ConnectorValidator::tr("RequireTLS and IgnoreSTARTTLS contradict each other: the connector "
                                         "cannot both require TLS and never start it. Turn one of them off."));
        }
        if (c.requireTls && routesEverything) {
            warning("Connector.RequireTlsOnWildcard", P::RequireTLS,
                    ConnectorValidator::tr("RequireTLS on a connector for \"*\" makes mail to every server that "
                                           "does not offer TLS wait in the queue. Require TLS on connectors for "
                                           "specific domains instead."));
        }

        if (!c.domainSecureEnabled)
            return;
        if (!c.dnsRoutingEnabled) {
            error("Connector.DomainSecureNeedsDnsRouting", P::DomainSecureEnabled,
                  ConnectorValidator::tr("Domain security (mutual TLS) works only with DNS MX routing. Turn DNS "
                                         "routing on or turn DomainSecureEnabled off."));
        }
        if (c.ignoreStartTls) {
            error("Connector.DomainSecureWithIgnoreStartTls", P::DomainSecureEnabled,
                  ConnectorValidator::tr("Domain security (mutual TLS) needs STARTTLS. Turn IgnoreSTARTTLS off or "
                                         "turn DomainSecureEnabled off."));
        }
        if (routesEverything) {
            error("Connector.DomainSecureWithWildcard", P::DomainSecureEnabled,
                  ConnectorValidator::tr("Domain security (mutual TLS) cannot be used with the address space "
                                         "\"*\". List the partner domains themselves, or turn DomainSecureEnabled "
                                         "off."));
        }
    }

    void checkSourceIpAddress()
    {
        const QString any = QStringLiteral("0.0.0.0");
        QString address = c.sourceIpAddress.trimmed();
        if (address.isEmpty())
            address = any;

        if (!ctx.onEdge()) {
            if (address != any) {
                error("Connector.SourceIpAddressOnHub", P::SourceIPAddress,
                      ConnectorValidator::tr("SourceIPAddress can be set only on an Edge Transport server's "
                                             "connector; on the Hub side it must stay 0.0.0.0."));
            }
            return;
        }

        if (SmartHostParser::isStrictIpv4(address))
            return;
        const QHostAddress ip(address);
        const bool ipv6 = address.contains(QLatin1Char(':')) && !address.contains(QLatin1Char('%'))
                       && ip.protocol() == QAbstractSocket::IPv6Protocol;
        if (!ipv6) {
            error("Connector.InvalidSourceIpAddress", P::SourceIPAddress,
                  ConnectorValidator::tr("\"%1\" is not an IP address. Enter an IPv4 address such as 10.0.0.5, an "
                                         "IPv6 address, or 0.0.0.0 to use any of the server's addresses.")
                      .arg(address));
        } else if (ctx.version == Exchange::Version::Rtm2007) {
            error("Connector.SourceIpv6NotInRtm", P::SourceIPAddress,
                  ConnectorValidator::tr("Exchange 2007 RTM supports only IPv4 addresses; \"%1\" needs Exchange "
                                         "2007 SP1. Enter an IPv4 address.")
                      .arg(address));
        }
    }

    // docs/domain-rules.md#how-exchange-picks-a-connector: a message too large for this connector
    // goes to a broader one that takes it; one warning per such connector.
    void checkMaxMessageSizeBypass()
    {
        std::optional<MessageSizeBypassIndex> own;
        const MessageSizeBypassIndex *index = ctx.messageSizeBypass;
        if (!index)
            index = &own.emplace(org.connectorsFor(ctx.edgeServer), &c.maxMessageSize);
        for (const MessageSizeBypassIndex::Bypass &bypass : index->find(c, ctx.originalName)) {
            const SendConnector &other = index->side().at(bypass.connector);
            warning("Connector.MaxMessageSizeBypassed", P::MaxMessageSize,
                    ConnectorValidator::tr("Messages to \"%1\" larger than %2 will not be refused: the "
                                           "connector \"%3\" for \"%4\", whose limit is %5, sends them "
                                           "instead, because a connector is skipped when a message is too "
                                           "large for it. Lower that connector's limit too if the limit "
                                           "matters.")
                        .arg(c.addressSpaces.at(bypass.mine).address, c.maxMessageSize.toDisplayString(), other.name,
                             other.addressSpaces.at(bypass.broader).address, other.maxMessageSize.toDisplayString()));
        }
    }

    const SendConnector &c;
    const ConnectorContext &ctx;
    const Organization &org;
    Problems problems;
};

} // namespace

Problems ConnectorValidator::validate(const SendConnector &connector, const ConnectorContext &context)
{
    // Without an organization nothing is known: every server is unknown and no name is taken.
    static const Organization noOrganization;
    const Organization &organization = context.organization ? *context.organization : noOrganization;
    return ConnectorCheck(connector, context, organization).run();
}
