#include "AddressSpace.h"

#include "ConnectorParameter.h"
#include "DomainName.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace {

const QString &parameterName()
{
    static const QString name = Parameter::name(ConnectorParameter::AddressSpaces);
    return name;
}

const QString &smtpType()
{
    static const QString type = QStringLiteral("SMTP");
    return type;
}

const QString &x400Type()
{
    static const QString type = QStringLiteral("X400");
    return type;
}

const QString &localPrefix()
{
    static const QString prefix = QStringLiteral("Local:");
    return prefix;
}

bool isType(const QString &type, const QString &name)
{
    return type.compare(name, Qt::CaseInsensitive) == 0;
}

// SMTP and X400 are Exchange's own spellings; any other type keeps the spelling it was given.
QString normalisedType(const QString &type)
{
    if (isType(type, smtpType()))
        return smtpType();
    if (isType(type, x400Type()))
        return x400Type();
    return type;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// The X.400 attributes Exchange accepts in an address space (RFC 1685 keys), with the longest
// value each may have.
struct X400Attribute
{
    const char *key;
    int maximumLength;
};

constexpr std::array<X400Attribute, 13> x400Attributes{{{"C", 3},
                                                        {"A", 16},
                                                        {"P", 16},
                                                        {"O", 64},
                                                        {"OU1", 32},
                                                        {"OU2", 32},
                                                        {"OU3", 32},
                                                        {"OU4", 32},
                                                        {"CN", 64},
                                                        {"S", 40},
                                                        {"G", 16},
                                                        {"I", 5},
                                                        {"Q", 3}}};

const X400Attribute *findX400Attribute(const QString &key)
{
    for (const X400Attribute &attribute : x400Attributes) {
        if (key.compare(QLatin1String(attribute.key), Qt::CaseInsensitive) == 0)
            return &attribute;
    }
    return nullptr;
}

QString x400KeyList()
{
    QStringList keys;
    for (const X400Attribute &attribute : x400Attributes) {
        keys.append(QString::fromLatin1(attribute.key));
    }
    return keys.join(QLatin1String(", "));
}

} // namespace

bool AddressSpace::isSmtp() const
{
    return isType(type, smtpType());
}

bool AddressSpace::isX400() const
{
    return isType(type, x400Type());
}

bool AddressSpace::includesSubdomains() const
{
    return isSmtp() && (address == QLatin1String("*") || address.startsWith(QLatin1String("*.")));
}

QString AddressSpace::toString() const
{
    // Type and cost are always written, so that an address containing ';' or ':' reads back the same.
    return (localScope ? localPrefix() : QString()) % type % QLatin1Char(':') % address % QLatin1Char(';')
        % QString::number(cost);
}

bool AddressSpace::sameDestination(const AddressSpace &other) const
{
    return isType(type, other.type) && address.compare(other.address, Qt::CaseInsensitive) == 0
        && localScope == other.localScope;
}

std::optional<Problem> AddressSpaceParser::checkType(const QString &type)
{
    if (type.isEmpty()) {
        return Problem::error(QStringLiteral("AddressSpace.InvalidType"), parameterName(),
                              tr("The address space type is empty. Enter SMTP, X400, or another type made of "
                                 "letters and digits, such as FAX."));
    }
    if (isType(type, QStringLiteral("Local"))) {
        return Problem::error(QStringLiteral("AddressSpace.InvalidType"), parameterName(),
                              tr("\"Local\" is the scope prefix, not an address space type. Enter SMTP, X400, or "
                                 "another type made of letters and digits, such as FAX."));
    }
    for (const QChar c : type) {
        if (!isAsciiLetterOrDigit(c)) {
            return Problem::error(QStringLiteral("AddressSpace.InvalidType"), parameterName(),
                                  tr("The address space type \"%1\" contains '%2'. A type is made of letters and "
                                     "digits only, such as SMTP, X400 or FAX; the text before the first ':' of an "
                                     "address space is its type.")
                                      .arg(type, QString(c)));
        }
    }
    return std::nullopt;
}

std::optional<Problem> AddressSpaceParser::checkCostRange(int cost)
{
    if (cost >= MinimumCost && cost <= MaximumCost)
        return std::nullopt;
    return Problem::error(QStringLiteral("AddressSpace.CostOutOfRange"), parameterName(),
                          tr("The address space cost %1 is not allowed: the cost must be between %2 and %3 (the "
                             "lowest cost is preferred).")
                              .arg(QString::number(cost), QString::number(MinimumCost), QString::number(MaximumCost)));
}

Parsed<QString> AddressSpaceParser::parseSmtpAddress(const QString &address)
{
    Parsed<QString> result;
    const QString wildcard = QStringLiteral("*");
    // "--" stands for all accepted domains; where it may be used is ConnectorRules' concern.
    if (address == wildcard || address == QLatin1String("--")) {
        result.value = address;
        return result;
    }

    QString domain = address;
    QString prefix;
    if (address.startsWith(QLatin1String("*."))) {
        prefix = QStringLiteral("*.");
        domain = address.mid(2);
    }

    if (domain.contains(QLatin1Char('*'))) {
        QString message;
        const QString suggestion = address.mid(1);
        if (address.startsWith(wildcard) && prefix.isEmpty()
            && DomainName::parse(suggestion, parameterName()).ok()) {
            message = tr("In the SMTP address space \"%1\" the wildcard '*' must be followed by a dot: enter "
                         "\"*.%2\" for %2 and all its subdomains.")
                          .arg(address, suggestion);
        } else {
            message = tr("In the SMTP address space \"%1\" the wildcard '*' is not allowed there. Use '*' alone, or "
                         "'*.' before a domain, such as *.contoso.com.")
                          .arg(address);
        }
        result.problems.append(Problem::error(QStringLiteral("AddressSpace.WildcardNotLeading"), parameterName(), message));
        return result;
    }

    const Parsed<QString> name = DomainName::parse(domain, parameterName());
    if (!name.ok()) {
        QStringList details;
        for (const Problem &problem : name.problems)
            details.append(problem.message);
        result.problems.append(Problem::error(QStringLiteral("AddressSpace.InvalidSmtp"), parameterName(),
                                              tr("\"%1\" is not a valid SMTP address space. %2")
                                                  .arg(address, details.join(QLatin1Char(' ')))));
        return result;
    }
    result.value = prefix + *name.value;
    return result;
}

Parsed<QString> AddressSpaceParser::parseX400Address(const QString &address)
{
    Parsed<QString> result;
    auto invalid = [&result](const QString &message) {
        result.problems.append(Problem::error(QStringLiteral("AddressSpace.InvalidX400"), parameterName(), message));
    };

    // A single trailing ';' ends the last component and belongs to the address.
    QString body = address;
    if (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    if (body.isEmpty()) {
        invalid(tr("The X.400 address space \"%1\" has no components. Enter key=value pairs separated by ';', "
                   "such as o=MySite;p=MyOrg;a=adatum;c=us.")
                    .arg(address));
        return result;
    }

    QStringList seenKeys;
    const QStringList components = body.split(QLatin1Char(';'));
    for (const QString &component : components) {
        if (component.isEmpty()) {
            invalid(tr("The X.400 address space \"%1\" has an empty component (two ';' in a row). Remove the extra "
                       "';'.")
                        .arg(address));
            continue;
        }
        const int equals = component.indexOf(QLatin1Char('='));
        if (equals < 0) {
            invalid(tr("The component \"%1\" of the X.400 address space \"%2\" has no '='. Each component is "
                       "key=value, such as c=us.")
                        .arg(component, address));
            continue;
        }
        const QString key = component.left(equals);
        const QString value = component.mid(equals + 1);
        const X400Attribute *attribute = findX400Attribute(key);
        if (!attribute) {
            invalid(tr("The key \"%1\" in the X.400 address space \"%2\" is not known. Valid keys are %3 (in any "
                       "case).")
                        .arg(key, address, x400KeyList()));
            continue;
        }
        const QString canonicalKey = QString::fromLatin1(attribute->key);
        if (seenKeys.contains(canonicalKey)) {
            invalid(tr("The key \"%1\" appears more than once in the X.400 address space \"%2\". Give each key once.")
                        .arg(key, address));
            continue;
        }
        seenKeys.append(canonicalKey);
        if (value.isEmpty()) {
            invalid(canonicalKey == QLatin1String("A")
                        ? tr("The key \"%1\" in the X.400 address space \"%2\" has no value. For a blank ADMD, write "
                             "a single space: \"a= \".")
                              .arg(key, address)
                        : tr("The key \"%1\" in the X.400 address space \"%2\" has no value. Enter a value after "
                             "the '='.")
                              .arg(key, address));
        } else if (value.size() > attribute->maximumLength) {
            invalid(tr("The value of \"%1\" in the X.400 address space \"%2\" is %3 characters long; it may have "
                       "at most %4.")
                        .arg(key, address, QString::number(value.size()), QString::number(attribute->maximumLength)));
        }
    }

    if (result.problems.isEmpty())
        result.value = address;
    return result;
}

Parsed<QString> AddressSpaceParser::parseAddress(const QString &type, const QString &address)
{
    if (address.isEmpty()) {
        Parsed<QString> result;
        result.problems.append(Problem::error(
            QStringLiteral("AddressSpace.EmptyAddress"), parameterName(),
            isType(type, smtpType())
                ? tr("The address is empty. Enter a domain such as contoso.com, *.contoso.com, or * for all domains.")
                : tr("The address is empty. Enter the address this connector routes for the type %1.").arg(type)));
        return result;
    }
    // The common case, an SMTP address already in its normalised form ("*.contoso.com" or
    // "contoso.com", lower-case ASCII): nothing to convert, nothing allocated.
    if (isType(type, smtpType())) {
        const QStringView domain = address.startsWith(QLatin1String("*.")) ? QStringView(address).mid(2) : QStringView(address);
        if (DomainName::isCanonical(domain)) {
            Parsed<QString> result;
            result.value = address;
            return result;
        }
    }
    // Free text and X.400 values still travel in shell commands and files: a control character
    // (a pasted line break, a tab) would be invisible there and is never part of an address.
    const auto control = std::find_if(address.cbegin(), address.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control != address.cend()) {
        Parsed<QString> result;
        result.problems.append(Problem::error(
            QStringLiteral("AddressSpace.ControlCharacter"), parameterName(),
            tr("The address \"%1\" contains the control character U+%2 (a line break or tab, for example). "
               "Remove it.")
                .arg(address.simplified())
                .arg(control->unicode(), 4, 16, QLatin1Char('0'))));
        return result;
    }
    if (isType(type, smtpType()))
        return parseSmtpAddress(address);
    if (isType(type, x400Type()))
        return parseX400Address(address);

    Parsed<QString> result;
    result.value = address;
    return result;
}

Parsed<AddressSpace> AddressSpaceParser::parse(const QString &text, Exchange::Version version)
{
    Parsed<AddressSpace> result;
    if (text.trimmed().isEmpty()) {
        result.problems.append(Problem::error(QStringLiteral("AddressSpace.Empty"), parameterName(),
                                              tr("The address space is empty. Enter one such as contoso.com, "
                                                 "SMTP:*.contoso.com;5 or X400:c=us;a= ;p=MyOrg;1.")));
        return result;
    }

    AddressSpace space;
    QString rest = text;
    if (rest.startsWith(localPrefix(), Qt::CaseInsensitive)) {
        rest = rest.mid(localPrefix().size());
        if (version == Exchange::Version::Rtm2007) {
            space.localScope = true;
        } else {
            // The rest is still checked, so that every mistake is reported at once.
            result.problems.append(Problem::error(
                QStringLiteral("AddressSpace.LocalScopeNotInSp1"), parameterName(),
                tr("The scope prefix \"Local:\" in \"%1\" is not used by Exchange 2007 SP1. Remove it, and scope the "
                   "connector with -IsScopedConnector $true (the Scoped send connector check box) instead.")
                    .arg(text)));
        }
    }

    const int colon = rest.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        space.type = normalisedType(rest.left(colon));
        rest = rest.mid(colon + 1);
    }
    const std::optional<Problem> typeProblem = checkType(space.type);
    if (typeProblem)
        result.problems.append(*typeProblem);

    QString address = rest;
    const int semicolon = rest.lastIndexOf(QLatin1Char(';'));
    const bool x400TrailingSemicolon = space.isX400() && semicolon == rest.size() - 1;
    if (semicolon >= 0 && !x400TrailingSemicolon) {
        address = rest.left(semicolon);
        const QString costText = rest.mid(semicolon + 1);
        const std::optional<int> cost = parseCostText(costText, space, rest, result.problems);
        if (cost)
            space.cost = *cost;
    }

    // An invalid type leaves the address without a meaning to check it against.
    if (!typeProblem) {
        const Parsed<QString> checked = parseAddress(space.type, address);
        result.problems.append(checked.problems);
        if (checked.value)
            space.address = *checked.value;
    }

    if (!hasErrors(result.problems))
        result.value = space;
    return result;
}

std::optional<int> AddressSpaceParser::parseCostText(const QString &costText, const AddressSpace &space,
                                                     const QString &rest, Problems &problems)
{
    const auto notNumber = [&](const QString &message) {
        QString full = message;
        // The shell form's trap: in "FAX:a;b" the text after the last ';' is read as the cost.
        if (!space.isSmtp()) {
            const QString suggestion = (space.localScope ? localPrefix() : QString()) % space.type % QLatin1Char(':')
                % rest % QStringLiteral(";1");
            full += QLatin1Char(' ')
                + tr("A cost is required when the address contains ';': end the entry with ';<cost>', for example "
                     "\"%1\".")
                      .arg(suggestion);
        }
        problems.append(Problem::error(QStringLiteral("AddressSpace.CostNotNumber"), parameterName(), full));
        return std::nullopt;
    };

    if (costText.isEmpty())
        return notNumber(tr("The address space cost after the last ';' is missing: the cost must be a whole number "
                            "from %1 to %2.")
                             .arg(QString::number(MinimumCost), QString::number(MaximumCost)));

    int start = 0;
    if (costText.startsWith(QLatin1Char('+')) || costText.startsWith(QLatin1Char('-')))
        start = 1;
    bool digits = start < costText.size();
    for (int i = start; i < costText.size() && digits; ++i)
        digits = costText.at(i) >= QLatin1Char('0') && costText.at(i) <= QLatin1Char('9');
    if (!digits)
        return notNumber(tr("The address space cost \"%1\" is not valid: the cost must be a whole number from %2 to "
                            "%3.")
                             .arg(costText, QString::number(MinimumCost), QString::number(MaximumCost)));

    bool fits = false;
    const int cost = costText.toInt(&fits);
    if (!fits) {
        problems.append(Problem::error(QStringLiteral("AddressSpace.CostOutOfRange"), parameterName(),
                                       tr("The address space cost %1 is not allowed: the cost must be between %2 and "
                                          "%3 (the lowest cost is preferred).")
                                           .arg(costText, QString::number(MinimumCost), QString::number(MaximumCost))));
        return std::nullopt;
    }
    if (const std::optional<Problem> range = checkCostRange(cost)) {
        problems.append(*range);
        return std::nullopt;
    }
    return cost;
}

Parsed<AddressSpace> AddressSpaceParser::fromParts(const QString &type, const QString &address, int cost,
                                                   bool localScope, Exchange::Version version)
{
    Parsed<AddressSpace> result;
    AddressSpace space;
    space.type = normalisedType(type);
    space.cost = cost;
    space.localScope = localScope;

    if (localScope && version != Exchange::Version::Rtm2007) {
        result.problems.append(Problem::error(
            QStringLiteral("AddressSpace.LocalScopeNotInSp1"), parameterName(),
            tr("An address space with a local scope is not used by Exchange 2007 SP1. Clear the scope, and scope "
               "the connector with -IsScopedConnector $true (the Scoped send connector check box) instead.")));
    }
    const std::optional<Problem> typeProblem = checkType(space.type);
    if (typeProblem)
        result.problems.append(*typeProblem);
    if (const std::optional<Problem> range = checkCostRange(cost))
        result.problems.append(*range);
    if (!typeProblem) {
        const Parsed<QString> checked = parseAddress(space.type, address);
        result.problems.append(checked.problems);
        if (checked.value)
            space.address = *checked.value;
    }

    if (!hasErrors(result.problems))
        result.value = space;
    return result;
}
