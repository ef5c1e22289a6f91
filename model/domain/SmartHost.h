#pragma once

#include "ExchangeTypes.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A smart host: an IP address or a fully qualified domain name, never with a port.
struct SmartHost
{
    enum class Kind { IpAddress, Fqdn };

    Kind kind = Kind::Fqdn;
    QString host; // normalised: IPv4 dotted quad, IPv6 compressed lower-case, FQDN lower-case ACE

    QString toString() const { return host; }

    friend bool operator==(const SmartHost &a, const SmartHost &b)
    {
        return a.kind == b.kind && a.host.compare(b.host, Qt::CaseInsensitive) == 0;
    }
    friend bool operator!=(const SmartHost &a, const SmartHost &b) { return !(a == b); }
};

// Parses smart hosts (docs/domain-rules.md#smart-hosts). Problem parameter "SmartHosts". Codes:
// "SmartHost.Empty", "SmartHost.HasPort", "SmartHost.UnspecifiedAddress" (0.0.0.0, ::),
// "SmartHost.InvalidIpv4" (127.1, 010.0.0.1, 256.1.1.1...), "SmartHost.Ipv6NotInRtm",
// "SmartHost.InvalidIpv6", "SmartHost.InvalidFqdn", "SmartHost.UnbalancedBrackets" (also text
// after the closing bracket), "SmartHost.BracketedName" ("[relay.contoso.com]": brackets are for
// addresses only); from parseAs() only: "SmartHost.NotAnIpAddress" (the IP Address choice was
// given a name) and "SmartHost.NotAnFqdn" (the FQDN choice was given an address).
class SmartHostParser
{
    Q_DECLARE_TR_FUNCTIONS(SmartHostParser)
public:
    // Decides the kind by itself: "[10.0.0.1]", "192.168.1.20", "2001:db8::1", "relay.contoso.com".
    static Parsed<SmartHost> parse(const QString &text, Exchange::Version version);

    // The Add Smart Host dialog's two inputs: the kind is the user's choice.
    static Parsed<SmartHost> parseAs(SmartHost::Kind kind, const QString &text, Exchange::Version version);

    // A comma-separated list as the shell takes it; blanks around entries are trimmed, an empty
    // entry is an error, case-insensitive duplicates (after normalisation) are dropped. A problem
    // of entry i (0-based, as the shell numbers) has the parameter "SmartHosts[i]"; its message
    // quotes the entry. The list has a value only when no entry has an error.
    static Parsed<QList<SmartHost>> parseList(const QString &text, Exchange::Version version);

    // Strict IPv4 dotted quad check, shared with SourceIPAddress: four decimal parts 0-255, no
    // leading zeros.
    static bool isStrictIpv4(const QString &text);
    // Strict IPv6 check, shared with ExternalDNSServers: hexadecimal groups and colons only (no
    // zone suffix such as %eth0, no blanks), an embedded IPv4 part as strict as isStrictIpv4().
    static bool isStrictIpv6(const QString &text);

private:
    struct Analysis;
    static Analysis analyse(const QString &text, Exchange::Version version);
    static Parsed<SmartHost> parseIpv4(const QString &host);
    static Parsed<SmartHost> parseIpv6(const QString &host, Exchange::Version version);
    static Parsed<SmartHost> parseName(const QString &host);
};
