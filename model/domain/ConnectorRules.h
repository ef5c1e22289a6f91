#pragma once

#include "ExchangeTypes.h"
#include "Organization.h"
#include "Problem.h"
#include "SendConnector.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// What each usage type offers and sets (docs/domain-rules.md#usage-types,
// docs/wizard.md#network-settings).
//
// Decisions (docs/decisions.md#usage-change, docs/decisions.md#permission-set):
// - permissionSet() is the same for every usage: the 2007 per-usage table is not public and later
//   builds grant one set whatever the usage. Principals are translated; the rights are
//   Exchange identifiers and are not.
// - applyDefaults() starts from a fresh connector (Exchange's defaults), so switching usage undoes
//   what the previous usage set (e.g. Partner's DomainSecureEnabled). Besides name, address
//   spaces, smart hosts and source servers it also keeps IsScopedConnector and
//   LinkedReceiveConnector, which belong to the destination, not to the usage. Custom and
//   Internet turn DNS routing on; Internal turns it off and selects ExchangeServer
//   authentication; Partner turns DNS routing and DomainSecureEnabled on; Internet on an Edge
//   turns UseExternalDNSServersEnabled on.
class UsageRules
{
    Q_DECLARE_TR_FUNCTIONS(UsageRules)
public:
    static bool offersDnsRouting(Exchange::Usage usage);  // Custom, Partner, Internet
    static bool offersSmartHosts(Exchange::Usage usage);  // Custom, Internal, Internet
    static bool preselectsDnsRouting(Exchange::Usage usage); // Internal -> smart hosts; others DNS
    // Why an option is not offered, translated (empty when it is offered).
    static QString dnsRoutingUnavailableReason(Exchange::Usage usage);
    static QString smartHostsUnavailableReason(Exchange::Usage usage);
    // The wizard's description under the usage list (docs/domain-rules.md#usage-types). Translated.
    static QString description(Exchange::Usage usage);
    // The permission set granted on the connector, "Principal: right, right" lines. Translated.
    static QStringList permissionSet(Exchange::Usage usage);

    // A connector with the defaults a usage sets on the given side (Edge: external DNS on for
    // Internet; Partner: DomainSecureEnabled; Internal: smart hosts + ExchangeServer auth).
    // Keeps name, address spaces, smart hosts and source servers of `base`.
    static SendConnector applyDefaults(SendConnector base, Exchange::Usage usage, bool onEdge);
};

class MessageSizeBypassIndex;

// Where a connector is being created or checked.
struct ConnectorContext
{
    const Organization *organization = nullptr; // required
    Exchange::Version version = Exchange::Version::Sp12007;
    QString edgeServer;   // empty: the organization (Hub side); otherwise that Edge server's own connectors
    QString originalName; // when checking an edit of an existing connector: its current name

    // Whether validate() looks for another connector of the side with the same name ("Name.Duplicate").
    // That look-up is linear in the number of connectors; a caller that checks a whole side and
    // finds duplicate names itself with an index (the organization file loader) skips it.
    enum class DuplicateNames { Check, CheckedByCaller };
    DuplicateNames duplicateNames = DuplicateNames::Check;

    // Whether validate() parses each address space again (AddressSpaceParser::fromParts) or its
    // caller made every one of them with fromParts and this context's version (the organization
    // file's reader): parsing them twice would find nothing new.
    enum class AddressSpaceEntries { Check, ParsedByCaller };
    AddressSpaceEntries addressSpaceEntries = AddressSpaceEntries::Check;

    // The side's connectors indexed for "Connector.MaxMessageSizeBypassed", built once by a caller
    // that checks a whole side (the organization file loader); null: validate() indexes the side
    // for this one check (linear in the side's address spaces).
    const MessageSizeBypassIndex *messageSizeBypass = nullptr;

    bool onEdge() const { return !edgeServer.isEmpty(); }
};

// The enabled connectors of one side indexed by the SMTP address spaces that cover others more
// broadly ("*" and "*.domain", by domain), so that finding which connectors bypass a connector's
// MaxMessageSize (ConnectorValidator's "Connector.MaxMessageSizeBypassed") looks only at address
// spaces that can cover one of its own, and only at those with a larger limit: near-linear over a
// whole side instead of comparing every pair of connectors and of their address spaces.
class MessageSizeBypassIndex
{
public:
    // `side` must outlive the index and not change while it is used. Connectors whose limit is
    // not larger than `above` (when given) are left out: they can bypass nothing that small.
    explicit MessageSizeBypassIndex(const QList<SendConnector> &side, const ByteQuantity *above = nullptr);

    struct Bypass
    {
        qsizetype connector = -1; // the connector of the side with the larger limit
        qsizetype mine = -1;      // the first of the checked connector's address spaces it covers
        qsizetype broader = -1;   // the first of its address spaces that covers that one
    };
    // Every enabled connector of the side with a larger limit than `connector` and an SMTP address
    // space covering one of its own more broadly, in the side's order; the connector named
    // `originalName` (trimmed, letter case aside; empty: none) is skipped.
    QList<Bypass> find(const SendConnector &connector, const QString &originalName = QString()) const;
    const QList<SendConnector> &side() const { return m_side; }

private:
    struct Entry
    {
        size_t hash = 0;    // of `parent`
        QStringView parent; // of "*.parent", in lower case (into the side or m_lowered); empty for "*"
        ByteQuantity limit;
        qsizetype connector = -1;
        qsizetype space = -1;
    };
    const QList<SendConnector> &m_side;
    QList<QString> m_lowered;       // lower-case copies of the addresses with capitals, which entries view
    std::vector<Entry> m_byParent;  // "*.parent": by hash, parent, then the largest limit first
    std::vector<Entry> m_everything; // "*": the largest limit first
    ByteQuantity m_largest;          // of every entry
};

// Checks connector names (docs/domain-rules.md#connector-names).
class ConnectorName
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorName)
public:
    static constexpr int MaximumLength = 64;
    // Codes: "Name.Empty", "Name.TooLong", "Name.ControlCharacter", "Name.Duplicate". Parameter "Name".
    // `existing` are the names already used on that side; `originalName` is exempt (edits).
    static Parsed<QString> parse(const QString &name, const QStringList &existing,
                                 const QString &originalName = QString());
};

// Every cross-field rule of a Send connector (docs/domain-rules.md#connector-rules).
// Returns all problems at once.
//
// Problem codes (stable), with the parameter they concern; E = error, W = warning. An empty
// parameter means the connector as a whole (where it is being created).
//   Name.*                                  Name                     see ConnectorName
//   Connector.AddressSpaceRequired          AddressSpaces            E no address space and no LinkedReceiveConnector
//   Connector.LinkedWithAddressSpaces       LinkedReceiveConnector   E LinkedReceiveConnector replaces address spaces
//   Connector.LinkedNeedsSmartHosts         SmartHosts               E LinkedReceiveConnector with DNS routing
//   AddressSpace.*                          AddressSpaces            each entry re-checked by AddressSpaceParser::fromParts
//   Connector.DuplicateAddressSpace         AddressSpaces            E two entries with the same destination
//   Connector.AllAcceptedDomainsNotOnEdge   AddressSpaces            E "--" on a connector not sent from an Edge
//   Connector.AllAcceptedDomainsNotAlone    AddressSpaces            E "--" together with other address spaces
//   Connector.NonSmtpOnEdge                 AddressSpaces            E non-SMTP address space sent from an Edge
//   Connector.ScopedNotInRtm                IsScopedConnector        E 2007 RTM has no IsScopedConnector (use "Local:")
//   Connector.ScopedOnEdge                  IsScopedConnector / AddressSpaces  E scoping on an Edge's own connector
//   Connector.DnsRoutingNotOffered          DNSRoutingEnabled        E DNS routing with usage Internal
//   Connector.SmartHostsNotOffered          DNSRoutingEnabled        E smart hosts with usage Partner
//   Connector.SmartHostsWithDnsRouting      SmartHosts               E smart hosts listed while DNS routing is on
//   Connector.SmartHostsRequired            SmartHosts               E DNS routing off and no smart host
//   Connector.NonSmtpNeedsSmartHosts        DNSRoutingEnabled        E non-SMTP address space with DNS routing
//   SmartHost.*                             SmartHosts               each entry re-checked by SmartHostParser::parseAs
//   Connector.DuplicateSmartHost            SmartHosts               E the same smart host twice
//   Connector.SmartHostIsOwnServer          SmartHosts               W a smart host that routes the mail back (a loop)
//   Connector.AuthNeedsSmartHosts           SmartHostAuthMechanism   E a mechanism other than None with DNS routing
//   Connector.CredentialRequired            AuthenticationCredential E BasicAuth* without a user name
//   Connector.CredentialUserNameTooLong     AuthenticationCredential E user name over 256 characters
//   Connector.CredentialNotUsed             AuthenticationCredential E a credential with None/ExchangeServer/ExternalAuthoritative
//   Connector.BasicAuthInClear              SmartHostAuthMechanism   W BasicAuth without RequireTLS sends the password in clear
//   Connector.SourceServerRequired          SourceTransportServers   E Hub side without a source server
//   Connector.UnknownSourceServer           SourceTransportServers   E a name the organization does not know
//   Connector.UnsubscribedEdgeSourceServer  SourceTransportServers   E an Edge without Edge Subscription
//   Connector.MixedSourceServers            SourceTransportServers   E Hub servers and Edge Subscriptions together
//   Connector.DuplicateSourceServer         SourceTransportServers   E the same server twice
//   Connector.SourceServersInSeveralSites   SourceTransportServers   W only the closest site is used
//   Connector.SourceServersOnEdge           SourceTransportServers   E an Edge's own connector has no source servers
//   Connector.UnknownEdgeServer             (empty)                  E the Edge server of the context does not exist
//   Connector.NotEdgeServer                 (empty)                  E the server of the context is a Hub Transport server
//   Connector.SubscribedEdge                (empty)                  E creating on a subscribed Edge (create it on the Hub)
//   Connector.PortOutOfRange                Port                     E outside 0-65535
//   Connector.ImplicitTlsPort               Port                     W 465 (implicit TLS, which Send connectors cannot speak)
//   Connector.MaxMessageSizeOutOfRange      MaxMessageSize           E outside 0-2147483647 bytes
//   Connector.MaxMessageSizeBypassed        MaxMessageSize           W a broader connector on the same side takes larger messages
//   Connector.InactivityTimeOutOutOfRange   ConnectionInactivityTimeOut  E outside 1 second - 1 day
//   DomainName.*                            Fqdn                     Fqdn re-checked by DomainName::parseFqdn
//   Connector.FqdnLocal                     Fqdn                     W an internal ".local" HELO/EHLO name on an Internet connector
//   Connector.RequireTlsWithIgnoreStartTls  RequireTLS               E the two contradict
//   Connector.RequireTlsOnWildcard          RequireTLS               W "*" reaches servers that do not offer TLS
//   Connector.DomainSecureNeedsDnsRouting   DomainSecureEnabled      E
//   Connector.DomainSecureWithIgnoreStartTls DomainSecureEnabled     E
//   Connector.DomainSecureWithWildcard      DomainSecureEnabled      E an address space "*"
//   Connector.SourceIpAddressOnHub          SourceIPAddress          E anything but 0.0.0.0 on the Hub side
//   Connector.InvalidSourceIpAddress        SourceIPAddress          E not a strict IPv4 or an IPv6 address
//   Connector.SourceIpv6NotInRtm            SourceIPAddress          E IPv6 needs 2007 SP1
//   Connector.ExternalDnsWithoutDnsRouting  UseExternalDNSServersEnabled  W has no effect with smart hosts
//   Connector.ExternalDnsServersMissing     UseExternalDNSServersEnabled  W a sending server lists no ExternalDNSServers
//   Connector.CommentTooLong                Comment                  E over 1024 characters
//
// Decisions (docs/decisions.md#connector-rules):
// - A connector is "sent from an Edge" when it is an Edge's own connector or every source server
//   is an Edge Subscription (how EdgeSync's "Inbound" connector carries "--"). Such a connector
//   takes only SMTP address spaces; "--" is valid only there, and then "--" is also accepted as
//   its smart host (EdgeSync's form: the Hub servers of the subscribed site).
// - DomainSecureWithWildcard concerns the address "*" only; "*.contoso.com" is allowed.
// - BasicAuthInClear is not raised when RequireTLS is on (the session is then always encrypted).
// - An empty SourceIPAddress means 0.0.0.0.
// - Comments are limited to 1024 characters.
// - FqdnLocal concerns Internet connectors only: usage Internet or an SMTP address space "*".
// - SmartHostIsOwnServer: a smart host named like a server ("EX01" or "ex01.contoso.com") that
//   would route the mail back: any Hub when Hub servers send it; the sending Edge itself when an
//   Edge sends it (an Edge relaying to the Hubs is the normal inbound path). IPs never match.
// - ExternalDnsServersMissing (DNS routing only) names each sending server without
//   ExternalDNSServers: an Edge's own connector's Edge, else the source servers (Hub servers or
//   Edge Subscriptions); such a server falls back to its network adapter's DNS servers.
// - MaxMessageSizeBypassed compares with the other enabled connectors of the same side whose SMTP
//   address space covers one of this connector's more broadly
//   (docs/domain-rules.md#how-exchange-picks-a-connector).
class ConnectorValidator
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorValidator)
public:
    static constexpr int MaximumUserNameLength = 256;
    static constexpr int MaximumCommentLength = 1024;
    static constexpr int MaximumPort = 65535;
    static constexpr int ImplicitTlsPort = 465;
    static constexpr qint64 MinimumInactivityTimeOut = 1;         // seconds
    static constexpr qint64 MaximumInactivityTimeOut = 24 * 3600; // seconds

    static Problems validate(const SendConnector &connector, const ConnectorContext &context);
};
