#include "SmartHost.h"

#include "ConnectorParameter.h"
#include "DomainName.h"

#include <QHostAddress>

#include <algorithm>

namespace {
QString parameterName()
{
    return Parameter::name(ConnectorParameter::SmartHosts);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool allOf(const QString &text, bool (*predicate)(QChar))
{
    return std::all_of(text.cbegin(), text.cend(), predicate);
}

// How the text is written decides how it is judged: two or more colons can only be an IPv6
// address, digits and dots only can only be an IPv4 address ("10.0.0" is a bad address, not a
// name), anything else is a name.
enum class Shape { Ipv4, Ipv6, Name };

Shape shapeOf(const QString &host)
{
    if (host.count(QLatin1Char(':')) >= 2)
        return Shape::Ipv6;
    if (allOf(host, [](QChar c) { return isAsciiDigit(c) || c == QLatin1Char('.'); }))
        return Shape::Ipv4;
    return Shape::Name;
}

SmartHost::Kind kindOf(Shape shape)
{
    return shape == Shape::Name ? SmartHost::Kind::Fqdn : SmartHost::Kind::IpAddress;
}

Parsed<SmartHost> failure(const QString &code, const QString &message)
{
    return Parsed<SmartHost>{std::nullopt, {Problem::error(code, parameterName(), message)}};
}

Parsed<SmartHost> success(SmartHost::Kind kind, const QString &host)
{
    return Parsed<SmartHost>{SmartHost{kind, host}, {}};
}
} // namespace

struct SmartHostParser::Analysis
{
    Parsed<SmartHost> result;
    // The kind the text is written as, once its brackets and port are dealt with; empty when the
    // text is empty or malformed before that point.
    std::optional<SmartHost::Kind> writtenKind;
};

bool SmartHostParser::isStrictIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || !allOf(part, isAsciiDigit))
            return false;
        // A leading zero reads as octal to inet_aton ("010" is 8): refuse the ambiguity.
        if (part.size() > 1 && part.front() == QLatin1Char('0'))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool SmartHostParser::isStrictIpv6(const QString &text)
{
    // QHostAddress tolerates surrounding blanks and zone suffixes: allow only the address itself.
    if (!text.contains(QLatin1Char(':'))
        || !allOf(text, [](QChar c) { return isAsciiHexDigit(c) || c == QLatin1Char(':') || c == QLatin1Char('.'); }))
        return false;
    // An embedded IPv4 part ("::ffff:10.0.0.1") follows the same strict rules as a plain one.
    const QString lastGroup = text.section(QLatin1Char(':'), -1);
    if (lastGroup.contains(QLatin1Char('.')) && !isStrictIpv4(lastGroup))
        return false;
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

Parsed<SmartHost> SmartHostParser::parseIpv4(const QString &host)
{
    if (!isStrictIpv4(host)) {
        return failure(QStringLiteral("SmartHost.InvalidIpv4"),
                       tr("\"%1\" is not a valid IPv4 address. Write four numbers from 0 to 255 separated by "
                          "dots, without leading zeros, for example 192.168.1.20.")
                           .arg(host));
    }
    if (host == QLatin1String("0.0.0.0")) {
        return failure(QStringLiteral("SmartHost.UnspecifiedAddress"),
                       tr("\"%1\" is the unspecified address and cannot be a smart host. Enter the address "
                          "of the server that should relay the mail.")
                           .arg(host));
    }
    return success(SmartHost::Kind::IpAddress, host);
}

Parsed<SmartHost> SmartHostParser::parseIpv6(const QString &host, Exchange::Version version)
{
    const auto invalid = [&host] {
        return failure(QStringLiteral("SmartHost.InvalidIpv6"),
                       tr("\"%1\" is not a valid IPv6 address. Write eight groups of up to four hexadecimal "
                          "digits separated by colons, '::' standing for a run of zero groups, for "
                          "example 2001:db8::1, without a zone suffix such as %eth0.")
                           .arg(host));
    };
    if (!isStrictIpv6(host))
        return invalid();
    const QHostAddress address(host);

    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (address == QHostAddress::AnyIPv6 || (mapped && ipv4 == 0)) {
        return failure(QStringLiteral("SmartHost.UnspecifiedAddress"),
                       tr("\"%1\" is the unspecified address and cannot be a smart host. Enter the address "
                          "of the server that should relay the mail.")
                           .arg(host));
    }
    if (version == Exchange::Version::Rtm2007) {
        return failure(QStringLiteral("SmartHost.Ipv6NotInRtm"),
                       tr("\"%1\" is an IPv6 address, and Exchange 2007 RTM accepts only IPv4 smart hosts. "
                          "Enter an IPv4 address or a fully qualified domain name, or set the Exchange "
                          "version to 2007 SP1.")
                           .arg(host));
    }
    return success(SmartHost::Kind::IpAddress, address.toString());
}

Parsed<SmartHost> SmartHostParser::parseName(const QString &host)
{
    const Parsed<QString> name = DomainName::parseFqdn(host, parameterName());
    if (name.ok())
        return success(SmartHost::Kind::Fqdn, *name.value);

    // DomainName's messages already quote the name and say what to change: pass them on.
    QStringList reasons;
    for (const Problem &problem : name.problems) {
        if (problem.isError())
            reasons.append(problem.message);
    }
    const QString message = reasons.isEmpty()
        ? tr("\"%1\" is not a valid fully qualified domain name. Enter a name such as relay.contoso.com.").arg(host)
        : reasons.join(QLatin1Char(' '));
    return failure(QStringLiteral("SmartHost.InvalidFqdn"), message);
}

SmartHostParser::Analysis SmartHostParser::analyse(const QString &text, Exchange::Version version)
{
    const QString trimmed = text.trimmed();
    const auto empty = [] {
        return Analysis{failure(QStringLiteral("SmartHost.Empty"),
                                tr("The smart host is empty. Enter an IP address such as 192.168.1.20 or a "
                                   "fully qualified domain name such as relay.contoso.com.")),
                        std::nullopt};
    };
    const auto unbalanced = [&trimmed] {
        return Analysis{failure(QStringLiteral("SmartHost.UnbalancedBrackets"),
                                tr("\"%1\" is not a valid bracketed address. Enclose the whole IP address in "
                                   "brackets, as in [10.0.0.1], or leave the brackets out.")
                                    .arg(trimmed)),
                        std::nullopt};
    };
    const auto hasPort = [&trimmed](const QString &withoutPort) {
        return Analysis{failure(QStringLiteral("SmartHost.HasPort"),
                                tr("\"%1\" includes a port. A smart host is only an address or a name: the port "
                                   "is set for the whole connector with -Port (25 unless changed). Enter "
                                   "\"%2\" instead.")
                                    .arg(trimmed, withoutPort)),
                        std::nullopt};
    };

    if (trimmed.isEmpty())
        return empty();

    QString host = trimmed;
    bool bracketed = false;
    if (trimmed.front() == QLatin1Char('[')) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return unbalanced();
        host = trimmed.mid(1, close - 1);
        const QString after = trimmed.mid(close + 1);
        if (host.contains(QLatin1Char('[')) || after.contains(QLatin1Char('[')) || after.contains(QLatin1Char(']')))
            return unbalanced();
        if (after.startsWith(QLatin1Char(':')) && allOf(after.mid(1), isAsciiDigit))
            return hasPort(host);
        if (!after.isEmpty())
            return unbalanced();
        if (host.isEmpty())
            return empty();
        bracketed = true;
    } else if (trimmed.contains(QLatin1Char('[')) || trimmed.contains(QLatin1Char(']'))) {
        return unbalanced();
    }

    // One colon is never part of an address or a name; followed by digits it is a port.
    if (host.count(QLatin1Char(':')) == 1) {
        const QString beforeColon = host.section(QLatin1Char(':'), 0, 0);
        if (allOf(host.section(QLatin1Char(':'), 1), isAsciiDigit))
            return hasPort(bracketed ? QLatin1Char('[') + beforeColon + QLatin1Char(']') : beforeColon);
    }

    const Shape shape = shapeOf(host);
    switch (shape) {
    case Shape::Ipv4:
        return Analysis{parseIpv4(host), kindOf(shape)};
    case Shape::Ipv6:
        return Analysis{parseIpv6(host, version), kindOf(shape)};
    case Shape::Name:
        if (bracketed) {
            return Analysis{failure(QStringLiteral("SmartHost.BracketedName"),
                                    tr("\"%1\" puts a name in brackets, but brackets are only for IP addresses. "
                                       "Enter the name without them.")
                                        .arg(trimmed)),
                            kindOf(shape)};
        }
        return Analysis{parseName(host), kindOf(shape)};
    }
    Q_UNREACHABLE();
    return empty();
}

Parsed<SmartHost> SmartHostParser::parse(const QString &text, Exchange::Version version)
{
    return analyse(text, version).result;
}

Parsed<SmartHost> SmartHostParser::parseAs(SmartHost::Kind kind, const QString &text, Exchange::Version version)
{
    Analysis analysis = analyse(text, version);
    if (!analysis.writtenKind || *analysis.writtenKind == kind)
        return std::move(analysis.result);

    const QString trimmed = text.trimmed();
    const bool validAsOtherKind = analysis.result.ok();
    if (kind == SmartHost::Kind::IpAddress) {
        return failure(QStringLiteral("SmartHost.NotAnIpAddress"),
                       validAsOtherKind
                           ? tr("\"%1\" is a host name, not an IP address. Choose 'Fully qualified domain "
                                "name (FQDN)' to enter a name, or enter an IP address such as 192.168.1.20.")
                                 .arg(trimmed)
                           : tr("\"%1\" is not an IP address. Enter an IP address such as 192.168.1.20.")
                                 .arg(trimmed));
    }
    return failure(QStringLiteral("SmartHost.NotAnFqdn"),
                   validAsOtherKind
                       ? tr("\"%1\" is an IP address, not a fully qualified domain name. Choose 'IP Address' "
                            "to enter an address, or enter a name such as relay.contoso.com.")
                             .arg(trimmed)
                       : tr("\"%1\" is not a fully qualified domain name. Enter a name such as "
                            "relay.contoso.com.")
                             .arg(trimmed));
}

Parsed<QList<SmartHost>> SmartHostParser::parseList(const QString &text, Exchange::Version version)
{
    Parsed<QList<SmartHost>> result;
    if (text.trimmed().isEmpty()) {
        result.problems.append(Problem::error(QStringLiteral("SmartHost.Empty"), parameterName(),
                                              tr("The list of smart hosts is empty. Enter one or more IP "
                                                 "addresses or fully qualified domain names, separated by "
                                                 "commas.")));
        return result;
    }

    QList<SmartHost> hosts;
    const QStringList entries = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entryParameter = QStringLiteral("SmartHosts[%1]").arg(i);
        const QString entry = entries.at(i).trimmed();
        if (entry.isEmpty()) {
            result.problems.append(Problem::error(QStringLiteral("SmartHost.Empty"), entryParameter,
                                                  tr("The smart host list has an empty entry (a comma at "
                                                     "the start or the end, or two in a row). Remove the "
                                                     "extra comma or enter a smart host there.")));
            continue;
        }
        Parsed<SmartHost> parsed = parse(entry, version);
        for (Problem &problem : parsed.problems) {
            problem.parameter = entryParameter;
            result.problems.append(problem);
        }
        if (parsed.ok() && !hosts.contains(*parsed.value))
            hosts.append(*parsed.value);
    }
    if (!hasErrors(result.problems))
        result.value = hosts;
    return result;
}
