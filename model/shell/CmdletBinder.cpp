#include "CmdletBinder.h"

#include "ConnectorParameter.h"

#include "AddressSpace.h"
#include "ConnectorRules.h"
#include "DomainName.h"
#include "OrganizationLocation.h"
#include "Quantities.h"
#include "SmartHost.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

enum class Type {
    String,
    Bool,
    Switch,
    Usage,
    AuthMechanism,
    LoggingLevel,
    AddressSpaces,
    SmartHosts,
    StringList,
    Bytes,
    Port,
    TimeSpan,
    Credential,
    Object,           // -TemplateInstance: any value
    ActionPreference, // -ErrorAction
    Count,            // -OutBuffer: a whole number
    Recipients,       // -Recipient: one address or a list of addresses (checked one by one by the cmdlet)
    Domain,           // -RecipientDomain: one domain name
    Seconds,          // -TimeoutSeconds: a whole number of seconds within TestConnectivityRequest's bounds
};

using P = ConnectorParameter;

// The kind of value each parameter takes. A parameter added to ConnectorParameter without a case
// here is a compiler warning (-Wswitch) and a test failure
// (tst_CmdletBinder::everyParameterOfTheTableBinds).
Type typeOf(ConnectorParameter parameter)
{
    switch (parameter) {
    case P::Name:
    case P::Comment:
    case P::Fqdn:
    case P::SourceIPAddress:
    case P::LinkedReceiveConnector:
    case P::Identity:
    case P::Server:
    case P::Path:
    case P::DomainController:
    case P::ErrorVariable:
    case P::OutVariable:
        return Type::String;
    case P::AddressSpaces:
        return Type::AddressSpaces;
    case P::Usage:
        return Type::Usage;
    case P::DNSRoutingEnabled:
    case P::IsScopedConnector:
    case P::UseExternalDNSServersEnabled:
    case P::Enabled:
    case P::ForceHELO:
    case P::IgnoreSTARTTLS:
    case P::RequireTLS:
    case P::DomainSecureEnabled:
        return Type::Bool;
    case P::SmartHosts:
        return Type::SmartHosts;
    case P::SmartHostAuthMechanism:
        return Type::AuthMechanism;
    case P::AuthenticationCredential:
        return Type::Credential;
    case P::SourceTransportServers:
        return Type::StringList;
    case P::MaxMessageSize:
    case P::MessageSize:
        return Type::Bytes;
    case P::Recipient:
        return Type::Recipients;
    case P::RecipientDomain:
        return Type::Domain;
    case P::TimeoutSeconds:
        return Type::Seconds;
    case P::Port:
        return Type::Port;
    case P::ConnectionInactivityTimeOut:
        return Type::TimeSpan;
    case P::ProtocolLoggingLevel:
        return Type::LoggingLevel;
    case P::Custom:
    case P::Internal:
    case P::Internet:
    case P::Partner:
    case P::Force:
    case P::WhatIf:
    case P::Confirm:
    case P::Explain:
    case P::Verbose:
    case P::Debug:
        return Type::Switch;
    case P::TemplateInstance:
    case P::Instance:
        return Type::Object;
    case P::ErrorAction:
        return Type::ActionPreference;
    case P::OutBuffer:
        return Type::Count;
    }
    Q_UNREACHABLE();
    return Type::String;
}

struct Spec
{
    ConnectorParameter parameter;
    Type type;

    QString name() const { return Parameter::name(parameter); }
};

QString versionName(Exchange::Version version)
{
    return QStringLiteral("Exchange ") + Exchange::toString(version);
}

QList<Spec> available(ConnectorCmdlet cmdlet, Exchange::Version version)
{
    QList<Spec> result;
    for (const ConnectorParameter parameter : Parameter::of(cmdlet, version))
        result.append(Spec{parameter, typeOf(parameter)});
    return result;
}

QStringList namesOf(const QList<Spec> &specs)
{
    QStringList names;
    for (const Spec &spec : specs)
        names.append(spec.name());
    return names;
}

// What a value of a type looks like, as a whole sentence that ends the messages which say what
// would be valid (a sentence, not a phrase put into theirs: its grammar is its own in German).
QString expected(Type type)
{
    switch (type) {
    case Type::String:
        return CmdletBinder::tr("Give one text value, in quotes if it contains spaces.");
    case Type::Bool:
        return CmdletBinder::tr("Give $true or $false.");
    case Type::Switch:
        return CmdletBinder::tr("Give nothing (it is a switch), or :$true / :$false right after its name.");
    case Type::Usage:
        return CmdletBinder::tr("Give one of these values: %1.").arg(Exchange::names(Exchange::Usage()).join(QLatin1String(", ")));
    case Type::AuthMechanism:
        return CmdletBinder::tr("Give one of these values: %1.")
            .arg(Exchange::names(Exchange::SmartHostAuthMechanism()).join(QLatin1String(", ")));
    case Type::LoggingLevel:
        return CmdletBinder::tr("Give one of these values: %1.")
            .arg(Exchange::names(Exchange::ProtocolLoggingLevel()).join(QLatin1String(", ")));
    case Type::AddressSpaces:
        return CmdletBinder::tr("Give one or more address spaces separated by commas, such as "
                                "'SMTP:*.contoso.com;5','fabrikam.com'.");
    case Type::SmartHosts:
        return CmdletBinder::tr("Give one or more smart hosts separated by commas, such as "
                                "192.168.1.20,relay.contoso.com.");
    case Type::StringList:
        return CmdletBinder::tr("Give one or more server names separated by commas, such as EX01,EX02.");
    case Type::Bytes:
        return CmdletBinder::tr("Give a size such as 20MB, '512 KB' or 1048576 (bytes), or unlimited.");
    case Type::Port:
        return CmdletBinder::tr("Give a whole number from 0 to 65535.");
    case Type::TimeSpan:
        return CmdletBinder::tr("Give a duration such as 00:10:00 or 1.00:00:00.");
    case Type::Credential:
        return CmdletBinder::tr("Give (Get-Credential) or (Get-Credential 'user name').");
    case Type::Object:
        return CmdletBinder::tr("Give a value.");
    case Type::ActionPreference:
        return CmdletBinder::tr("Give one of these values: %1.").arg(QStringLiteral("SilentlyContinue, Stop, Continue"));
    case Type::Count:
        return CmdletBinder::tr("Give a whole number from 0 to 2147483647.");
    case Type::Recipients:
        return CmdletBinder::tr("Give one or more e-mail addresses separated by commas, such as "
                                "kim@contoso.com,'sam@fabrikam.com'.");
    case Type::Domain:
        return CmdletBinder::tr("Give one domain name, such as fabrikam.com.");
    case Type::Seconds:
        return CmdletBinder::tr("Give a whole number of seconds from %1 to %2.")
            .arg(TestConnectivityRequest::MinimumTimeoutSeconds)
            .arg(TestConnectivityRequest::MaximumTimeoutSeconds);
    }
    return QString();
}

// The value as the user typed it, for messages that put it in quotes.
QString shown(const ShellValue &value)
{
    return value.kind == ShellValue::Kind::Text ? value.text : value.display();
}

Problem wrongType(const QString &parameter, Type type, const ShellValue &value)
{
    QString message;
    switch (value.kind) {
    case ShellValue::Kind::Text:
        message = CmdletBinder::tr("Cannot bind parameter '%1': '%2' is text. %3").arg(parameter, value.text, expected(type));
        break;
    case ShellValue::Kind::Boolean:
        message = CmdletBinder::tr("Cannot bind parameter '%1': '%2' is a Boolean value. %3")
                      .arg(parameter, shown(value), expected(type));
        break;
    case ShellValue::Kind::Null:
        message = CmdletBinder::tr("Cannot bind parameter '%1': $null is no value. %2").arg(parameter, expected(type));
        break;
    case ShellValue::Kind::List:
        message = CmdletBinder::tr("Cannot bind parameter '%1': '%2' is a list of %n value(s). %3", nullptr,
                                   int(value.items.size()))
                      .arg(parameter, shown(value), expected(type));
        break;
    case ShellValue::Kind::Credential:
        message = CmdletBinder::tr("Cannot bind parameter '%1': '%2' is a credential. %3")
                      .arg(parameter, shown(value), expected(type));
        break;
    }
    return Problem::error(QStringLiteral("Binding.WrongType"), parameter, message);
}

// A value parser's problems, prefixed with the parameter and the value it was given.
Problems wrapped(const Problems &problems, const QString &parameter, const QString &value)
{
    Problems result;
    for (Problem problem : problems) {
        problem.parameter = parameter;
        problem.message = CmdletBinder::tr("Cannot bind parameter '%1' to '%2'. %3").arg(parameter, value, problem.message);
        result.append(problem);
    }
    return result;
}

// One parameter as given on the command line.
struct Given
{
    Spec spec;
    std::optional<ShellValue> value; // nothing: a switch given alone, or a parameter that lacked its value
    bool missingValue = false;
};

struct Bound
{
    QList<Given> given;
    Problems problems;

    bool helpRequested = false; // -? was given

    const Given *find(ConnectorParameter parameter) const
    {
        for (const Given &g : given) {
            if (g.spec.parameter == parameter)
                return &g;
        }
        return nullptr;
    }
};

// Hints for parameters that exist only in the other version.
QString missingInVersionHint(const QString &cmdlet, ConnectorParameter known, Exchange::Version version)
{
    const QString parameter = Parameter::name(known);
    if (known == P::IsScopedConnector) {
        return CmdletBinder::tr("%1 has no -IsScopedConnector: scope the connector with the Local: prefix on its "
                                "address spaces instead, as in -AddressSpaces 'Local:*.contoso.com'.")
            .arg(versionName(version));
    }
    if (known == P::Custom || known == P::Internal || known == P::Internet || known == P::Partner) {
        return CmdletBinder::tr("%1 has no -%2 switch: write -Usage %2 instead.").arg(versionName(version), parameter);
    }
    return CmdletBinder::tr("%1 of %2 has no -%3; it came with Exchange 2007 SP1.")
        .arg(cmdlet, versionName(version), parameter);
}

// A value given without a parameter name, and what came right before it (for the hint of an
// unexpected one: a switch given a value after a space, or a value with spaces left unquoted).
struct Loose
{
    enum class After { Other, Switch, Value, Loose };

    ShellValue value;
    After after = After::Other;
    QString parameter; // Switch: the switch; Value: the parameter whose value came before
    std::optional<QString> valueText; // Value: that value, when it was text
    bool list = false;                // Value: the parameter takes a list
    bool secret = false;              // Value: the parameter's value may be a password: never echo what follows
};

bool isList(Type type)
{
    return type == Type::AddressSpaces || type == Type::SmartHosts || type == Type::StringList
        || type == Type::Recipients;
}

// The parameters a typed name stands for among `specs`, PowerShell's way (CmdletBinder::matchParameter),
// where an alias counts only when typed in full.
QList<Spec> matching(const QString &typed, const QList<Spec> &specs)
{
    for (const Spec &spec : specs) {
        if (spec.name().compare(typed, Qt::CaseInsensitive) == 0)
            return {spec};
        for (const QString &alias : Parameter::aliases(spec.parameter)) {
            if (alias.compare(typed, Qt::CaseInsensitive) == 0)
                return {spec};
        }
    }
    QList<Spec> result;
    for (const QString &name : CmdletBinder::matchParameter(typed, namesOf(specs))) {
        for (const Spec &spec : specs) {
            if (spec.name() == name)
                result.append(spec);
        }
    }
    return result;
}

// Whether an argument is PowerShell's help request "-?".
bool isHelpRequest(const ShellElement &element)
{
    return element.kind == ShellElement::Kind::Argument && element.value.kind == ShellValue::Kind::Text
        && !element.value.quoted && element.value.text == QLatin1String("-?");
}

Bound bindElements(const ShellCommand &command, ConnectorCmdlet cmdletId, Exchange::Version version,
                   std::optional<ConnectorParameter> positional)
{
    const QString cmdlet = Parameter::cmdletName(cmdletId);
    const QList<Spec> specs = available(cmdletId, version);
    const QStringList names = namesOf(specs);
    QList<Spec> allSpecs;
    for (int i = 0; i < Parameter::Count; ++i) {
        if (Parameter::takesInAnyVersion(cmdletId, ConnectorParameter(i)))
            allSpecs.append(Spec{ConnectorParameter(i), typeOf(ConnectorParameter(i))});
    }

    Bound bound;
    QList<Loose> positionals;
    Loose next; // what a value without a parameter name would come after
    const QList<ShellElement> &elements = command.elements;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ShellElement &element = elements.at(i);
        if (isHelpRequest(element)) {
            bound.helpRequested = true;
            continue;
        }
        if (element.kind == ShellElement::Kind::Argument) {
            next.value = element.value;
            positionals.append(next);
            next = Loose{};
            next.after = Loose::After::Loose;
            continue;
        }
        next = Loose{};
        const bool valueFollows = !element.colonValue && i + 1 < elements.size()
            && elements.at(i + 1).kind == ShellElement::Kind::Argument && !isHelpRequest(elements.at(i + 1));
        const QList<Spec> matches = matching(element.parameter, specs);
        if (matches.size() != 1) {
            if (matches.isEmpty()) {
                const QList<Spec> elsewhere = matching(element.parameter, allSpecs);
                const std::optional<ConnectorParameter> known = Parameter::fromName(element.parameter);
                const bool usage = known
                    && (*known == P::Usage || *known == P::Custom || *known == P::Internal || *known == P::Internet
                        || *known == P::Partner);
                QString message;
                if (elsewhere.size() == 1) {
                    message = missingInVersionHint(cmdlet, elsewhere.first().parameter, version);
                } else if (cmdletId == ConnectorCmdlet::SetSendConnector && usage) {
                    // The usage only chooses New-SendConnector's defaults; nothing keeps it afterwards.
                    message = CmdletBinder::tr("%1 has no parameter -%2: the usage is chosen when a Send connector "
                                               "is created and cannot be changed. Change the settings themselves "
                                               "instead (-SmartHosts, -SmartHostAuthMechanism, "
                                               "-DomainSecureEnabled…).")
                                  .arg(cmdlet, element.parameter);
                } else {
                    message = CmdletBinder::tr("%1 has no parameter -%2. Its parameters are: %3.")
                                  .arg(cmdlet, element.parameter, names.join(QLatin1String(", ")));
                }
                bound.problems.append(
                    Problem::error(QStringLiteral("Binding.UnknownParameter"), element.parameter, message));
            } else {
                QStringList dashed;
                for (const Spec &match : matches)
                    dashed.append(QLatin1Char('-') + match.name());
                bound.problems.append(Problem::error(
                    QStringLiteral("Binding.AmbiguousParameter"), element.parameter,
                    CmdletBinder::tr("The parameter name -%1 is ambiguous: it matches %2. Write more of the name.")
                        .arg(element.parameter, dashed.join(QLatin1String(", ")))));
            }
            // Most likely its value: not an unexpected argument as well. (A switch's value would
            // need a colon, but guessing that the next word is a value keeps errors to one.)
            if (valueFollows)
                ++i;
            continue;
        }

        const Spec spec = matches.first();
        const QString name = spec.name();
        const bool isSwitch = spec.type == Type::Switch;
        if (bound.find(spec.parameter)) {
            const QString message = element.parameter.compare(name, Qt::CaseInsensitive) == 0
                ? CmdletBinder::tr("Cannot bind parameter '%1' because it was given more than once. Give each "
                                   "parameter once.")
                      .arg(name)
                : CmdletBinder::tr("Cannot bind parameter '%1' because it was given more than once (-%2 stands for "
                                   "-%1). Give each parameter once.")
                      .arg(name, element.parameter);
            bound.problems.append(Problem::error(QStringLiteral("Binding.DuplicateParameter"), name, message));
            if (!isSwitch && valueFollows)
                ++i;
            continue;
        }
        Given given{spec, std::nullopt, false};
        if (element.colonValue) {
            given.value = element.value;
            if (spec.parameter == P::AuthenticationCredential) { // what follows is never echoed either
                next.after = Loose::After::Value;
                next.parameter = name;
                next.secret = true;
            }
        } else if (isSwitch) {
            next.after = Loose::After::Switch;
            next.parameter = name;
        } else {
            if (valueFollows) {
                given.value = elements.at(++i).value;
                next.after = Loose::After::Value;
                next.parameter = name;
                next.list = isList(spec.type);
                next.secret = spec.parameter == P::AuthenticationCredential;
                if (given.value->kind == ShellValue::Kind::Text && !next.secret)
                    next.valueText = given.value->text;
            } else {
                given.missingValue = true;
                bound.problems.append(Problem::error(
                    QStringLiteral("Binding.MissingValue"), name,
                    CmdletBinder::tr("Missing a value for parameter '%1' after -%2. %3")
                        .arg(name, element.parameter, expected(spec.type))));
            }
        }
        bound.given.append(given);
    }

    // A run of unexpected text values right after a parameter's value is most likely the rest of
    // that value, typed with spaces and without quotes: the hint shows the whole value quoted.
    struct Run
    {
        QString parameter;
        QString text;
        bool list = false;
        QList<qsizetype> problems; // indexes into bound.problems
        QStringList starts;        // their messages without a hint
        QStringList values;
    };
    std::optional<Run> run;
    QList<Run> runs;
    const auto endRun = [&run, &runs]() {
        if (run && !run->problems.isEmpty())
            runs.append(*run);
        run.reset();
    };
    bool secret = false; // in words right after -AuthenticationCredential's value (a password typed in the clear?)
    for (const Loose &loose : std::as_const(positionals)) {
        const ShellValue &value = loose.value;
        if (loose.after != Loose::After::Loose)
            endRun();
        if (loose.after != Loose::After::Loose)
            secret = loose.after == Loose::After::Value && loose.secret;
        if (secret && !(positional && !bound.find(*positional))) {
            bound.problems.append(Problem::error(
                QStringLiteral("Binding.UnexpectedArgument"), QString(),
                CmdletBinder::tr("%1 does not take the values that follow -%2: a password is never written on the "
                                 "command line. Write -%2 (Get-Credential 'user name') and enter the password "
                                 "when asked.")
                    .arg(cmdlet, Parameter::name(P::AuthenticationCredential))));
            continue;
        }
        if (loose.after == Loose::After::Value && loose.valueText)
            run = Run{loose.parameter, *loose.valueText, loose.list, {}, {}, {}};
        if (positional && !bound.find(*positional)) {
            bound.given.append(Given{Spec{*positional, typeOf(*positional)}, value, false});
            endRun();
            if (value.kind == ShellValue::Kind::Text)
                run = Run{Parameter::name(*positional), value.text, false, {}, {}, {}};
            continue;
        }
        const QString start = positional
            ? CmdletBinder::tr("%1 does not take the value '%2' here: only the %3 may be given without a "
                               "parameter name, and it was already given.")
                  .arg(cmdlet, shown(value), Parameter::name(*positional))
            : CmdletBinder::tr("%1 does not take the value '%2' without a parameter name.").arg(cmdlet, shown(value));
        QString hint;
        if (loose.after == Loose::After::Switch) {
            hint = CmdletBinder::tr("-%1 is a switch and takes no value after a space: write -%1:%2.")
                       .arg(loose.parameter, shown(value));
        } else {
            hint = CmdletBinder::tr("Write the name of the parameter it is meant for before it, and put a value that "
                                    "contains spaces in quotes.");
        }
        if (run && value.kind == ShellValue::Kind::Text) {
            run->problems.append(bound.problems.size());
            run->starts.append(start);
            run->values.append(value.text);
        } else {
            endRun();
        }
        bound.problems.append(Problem::error(QStringLiteral("Binding.UnexpectedArgument"), QString(),
                                             start + QLatin1Char(' ') + hint));
    }
    endRun();
    for (const Run &r : std::as_const(runs)) {
        QString hint;
        if (r.list) {
            // A list typed with spaces instead of commas.
            QStringList entries{ShellSyntax::quote(r.text)};
            for (const QString &v : r.values)
                entries.append(ShellSyntax::quote(v));
            hint = CmdletBinder::tr("If it is another entry of -%1, separate the entries with commas: -%1 %2.")
                       .arg(r.parameter, entries.join(QLatin1Char(',')));
        } else {
            const QString whole = r.text + QLatin1Char(' ') + r.values.join(QLatin1Char(' '));
            hint = CmdletBinder::tr("If it belongs to the value of -%1, put the whole value in quotes: -%1 %2.")
                       .arg(r.parameter, ShellSyntax::quote(whole));
        }
        // A long run quotes the whole value once, in its first problem: quoting it in each would
        // make the error text grow with the square of the number of words.
        constexpr qsizetype LongHint = 400;
        const qsizetype hinted = hint.size() > LongHint ? 1 : r.problems.size();
        for (qsizetype i = 0; i < hinted; ++i)
            bound.problems[r.problems.at(i)].message = r.starts.at(i) + QLatin1Char(' ') + hint;
    }
    return bound;
}

// Converters: each returns the value, or nothing after adding its problems.

std::optional<QString> toText(const QString &parameter, const ShellValue &value, bool nullAllowed, Problems &problems)
{
    if (value.kind == ShellValue::Kind::Text)
        return value.text;
    if (value.kind == ShellValue::Kind::Null && nullAllowed)
        return QString();
    problems.append(wrongType(parameter, Type::String, value));
    return std::nullopt;
}

std::optional<bool> toBool(const QString &parameter, const ShellValue &value, Problems &problems)
{
    if (value.kind == ShellValue::Kind::Boolean)
        return value.boolean;
    if (value.kind == ShellValue::Kind::Text) {
        const QString text = value.text.trimmed();
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("false") || lower == QLatin1String("$true")
            || lower == QLatin1String("$false")) {
            const QString word = lower.startsWith(QLatin1Char('$')) ? lower.mid(1) : lower;
            problems.append(Problem::error(
                QStringLiteral("Binding.WrongType"), parameter,
                CmdletBinder::tr("Cannot bind parameter '%1': '%2' is text, not a Boolean value; write $%3 (with "
                                 "the '$' and without quotes).")
                    .arg(parameter, value.text, word)));
            return std::nullopt;
        }
    }
    problems.append(wrongType(parameter, Type::Bool, value));
    return std::nullopt;
}

std::optional<bool> toSwitch(const Given &given, Problems &problems)
{
    if (!given.value)
        return true;
    if (given.value->kind == ShellValue::Kind::Boolean)
        return given.value->boolean;
    const QString name = given.spec.name();
    problems.append(Problem::error(QStringLiteral("Binding.WrongType"), name,
                                   CmdletBinder::tr("Cannot bind parameter '%1': -%1 is a switch and takes no value "
                                                    "but $true or $false ('%2' was given); write -%1 alone, or "
                                                    "-%1:$false.")
                                       .arg(name, shown(*given.value))));
    return std::nullopt;
}

template <typename E>
std::optional<E> toEnum(const QString &parameter, Type type, const ShellValue &value,
                        std::optional<E> (*parse)(const QString &), Problems &problems)
{
    if (value.kind != ShellValue::Kind::Text) {
        problems.append(wrongType(parameter, type, value));
        return std::nullopt;
    }
    if (const std::optional<E> parsed = parse(value.text))
        return parsed;
    problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), parameter,
                                   CmdletBinder::tr("Cannot bind parameter '%1': '%2' is not a valid value. %3")
                                       .arg(parameter, value.text, expected(type))));
    return std::nullopt;
}

// The entries of a list parameter: a list, one value, or $null for none.
std::optional<QStringList> toEntries(const QString &parameter, Type type, const ShellValue &value, Problems &problems)
{
    QList<ShellValue> items;
    switch (value.kind) {
    case ShellValue::Kind::List:
        items = value.items;
        break;
    case ShellValue::Kind::Text:
        items = {value};
        break;
    case ShellValue::Kind::Null:
        return QStringList();
    default:
        problems.append(wrongType(parameter, type, value));
        return std::nullopt;
    }
    QStringList entries;
    bool ok = true;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ShellValue &item = items.at(i);
        if (item.kind == ShellValue::Kind::Text) {
            entries.append(item.text);
            continue;
        }
        ok = false;
        problems.append(Problem::error(QStringLiteral("Binding.WrongType"), parameter,
                                       CmdletBinder::tr("Cannot bind parameter '%1': entry %2 of the list, '%3', is "
                                                        "not text. %4")
                                           .arg(parameter)
                                           .arg(i + 1)
                                           .arg(shown(item), expected(type))));
    }
    if (!ok)
        return std::nullopt;
    return entries;
}

std::optional<QList<AddressSpace>> toAddressSpaces(const QString &parameter, const ShellValue &value,
                                                   Exchange::Version version, Problems &problems)
{
    const std::optional<QStringList> entries = toEntries(parameter, Type::AddressSpaces, value, problems);
    if (!entries)
        return std::nullopt;
    QList<AddressSpace> spaces;
    bool ok = true;
    for (const QString &entry : *entries) {
        const Parsed<AddressSpace> parsed = AddressSpaceParser::parse(entry, version);
        problems.append(wrapped(parsed.problems, parameter, entry));
        if (parsed.ok())
            spaces.append(*parsed.value);
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return spaces;
}

std::optional<QList<SmartHost>> toSmartHosts(const QString &parameter, const ShellValue &value,
                                             Exchange::Version version, Problems &problems)
{
    const std::optional<QStringList> entries = toEntries(parameter, Type::SmartHosts, value, problems);
    if (!entries)
        return std::nullopt;
    QList<SmartHost> hosts;
    QSet<std::pair<int, QString>> seen; // kind and case-folded host, as SmartHost's operator== compares
    bool ok = true;
    for (const QString &entry : *entries) {
        // EdgeSync's inbound connector names the Hub servers of the subscribed site "--";
        // ConnectorValidator decides where that may stand (docs/domain-rules.md).
        if (entry.trimmed() == QLatin1String("--")) {
            const SmartHost allHubs{SmartHost::Kind::Fqdn, QStringLiteral("--")};
            if (!hosts.contains(allHubs))
                hosts.append(allHubs);
            continue;
        }
        const Parsed<SmartHost> parsed = SmartHostParser::parse(entry, version);
        problems.append(wrapped(parsed.problems, parameter, entry));
        if (!parsed.ok())
            ok = false;
        else if (!seen.contains({int(parsed.value->kind), parsed.value->host.toCaseFolded()})) {
            // the shell drops duplicates (docs/domain-rules.md#smart-hosts)
            seen.insert({int(parsed.value->kind), parsed.value->host.toCaseFolded()});
            hosts.append(*parsed.value);
        }
    }
    if (!ok)
        return std::nullopt;
    return hosts;
}

std::optional<int> toPort(const QString &parameter, const ShellValue &value, Problems &problems)
{
    if (value.kind != ShellValue::Kind::Text) {
        problems.append(wrongType(parameter, Type::Port, value));
        return std::nullopt;
    }
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+$"));
    const QString text = value.text.trimmed();
    if (number.match(text).hasMatch()) {
        QString digits = text;
        if (digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        // Ten digits or more are out of range anyway; this keeps the conversion from overflowing.
        const QString magnitude = digits.startsWith(QLatin1Char('-')) ? digits.mid(1) : digits;
        bool converted = false;
        const qint64 port = magnitude.size() < 10 ? digits.toLongLong(&converted) : -1;
        if (converted && port >= 0 && port <= ConnectorValidator::MaximumPort)
            return int(port);
    }
    problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), parameter,
                                   CmdletBinder::tr("Cannot bind parameter '%1': '%2' is not a valid port. %3")
                                       .arg(parameter, value.text, expected(Type::Port))));
    return std::nullopt;
}

std::optional<ByteQuantity> toBytes(const QString &parameter, const ShellValue &value, Problems &problems)
{
    if (value.kind != ShellValue::Kind::Text) {
        problems.append(wrongType(parameter, Type::Bytes, value));
        return std::nullopt;
    }
    const Parsed<ByteQuantity> parsed = QuantityParser::parseBytes(value.text, parameter);
    problems.append(wrapped(parsed.problems, parameter, value.text));
    return parsed.ok() ? parsed.value : std::nullopt;
}

std::optional<TimeSpan> toTimeSpan(const QString &parameter, const ShellValue &value, Problems &problems)
{
    if (value.kind != ShellValue::Kind::Text) {
        problems.append(wrongType(parameter, Type::TimeSpan, value));
        return std::nullopt;
    }
    const Parsed<TimeSpan> parsed = QuantityParser::parseTimeSpan(value.text, parameter);
    problems.append(wrapped(parsed.problems, parameter, value.text));
    return parsed.ok() ? parsed.value : std::nullopt;
}

// The server the shell runs on, as the organization spells it; nullptr when it is not one.
const TransportServer *contextServer(const ShellContext &context)
{
    if (!context.organization)
        return nullptr;
    const QString name = context.server.isEmpty() ? context.organization->localServer : context.server;
    return context.organization->server(name);
}

// Why a parameter accepted for PowerShell's sake changes nothing here.
enum class NoEffectReason { NoDirectory, NoVariables };

// A parameter accepted for PowerShell's sake that changes nothing here.
Problem noEffect(ConnectorParameter parameter, NoEffectReason reason)
{
    const QString name = Parameter::name(parameter);
    return Problem::warning(QStringLiteral("Binding.NoEffect"), name,
                            reason == NoEffectReason::NoDirectory
                                ? CmdletBinder::tr("-%1 has no effect here: the organization is a file, not Active "
                                                   "Directory, so the value was not used.")
                                      .arg(name)
                                : CmdletBinder::tr("-%1 has no effect here: this shell keeps no variables.").arg(name));
}

// The common parameters and the parameters that mean nothing without Active Directory.
void bindCommon(const Bound &bound, CommonParameters &common, Problems &problems)
{
    for (const Given &given : bound.given) {
        const QString name = given.spec.name();
        if (!given.value && given.spec.type != Type::Switch)
            continue; // its value was missing: already reported
        switch (given.spec.parameter) {
        case P::Verbose:
            if (const std::optional<bool> on = toSwitch(given, problems))
                common.verbose = *on;
            break;
        case P::Debug:
            if (const std::optional<bool> on = toSwitch(given, problems))
                common.debug = *on;
            break;
        case P::ErrorAction: {
            if (given.value->kind != ShellValue::Kind::Text) {
                problems.append(wrongType(name, Type::ActionPreference, *given.value));
                break;
            }
            const QString text = given.value->text.trimmed();
            const auto is = [&text](const char *word) {
                return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
            };
            if (is("Continue")) {
                common.errorAction = ErrorActionPreference::Continue;
            } else if (is("SilentlyContinue")) {
                common.errorAction = ErrorActionPreference::SilentlyContinue;
            } else if (is("Stop")) {
                common.errorAction = ErrorActionPreference::Stop;
            } else if (is("Inquire")) {
                problems.append(Problem::error(
                    QStringLiteral("Binding.InvalidValue"), name,
                    CmdletBinder::tr("Cannot bind parameter '%1': Inquire is not available in this shell, which has "
                                     "no nested prompt to inquire with. %2")
                        .arg(name, expected(Type::ActionPreference))));
            } else {
                problems.append(Problem::error(
                    QStringLiteral("Binding.InvalidValue"), name,
                    CmdletBinder::tr("Cannot bind parameter '%1': '%2' is not a valid value. %3")
                        .arg(name, given.value->text, expected(Type::ActionPreference))));
            }
            break;
        }
        case P::ErrorVariable:
        case P::OutVariable:
            if (toText(name, *given.value, false, problems))
                problems.append(noEffect(given.spec.parameter, NoEffectReason::NoVariables));
            break;
        case P::OutBuffer: {
            static const QRegularExpression number(QStringLiteral("^[0-9]{1,10}$"));
            const bool ok = given.value->kind == ShellValue::Kind::Text
                && number.match(given.value->text.trimmed()).hasMatch()
                && given.value->text.trimmed().toLongLong() <= 2147483647;
            if (!ok) {
                problems.append(Problem::error(
                    QStringLiteral("Binding.InvalidValue"), name,
                    CmdletBinder::tr("Cannot bind parameter '%1': '%2' is not a valid value. %3")
                        .arg(name, shown(*given.value), expected(Type::Count))));
            }
            break;
        }
        case P::DomainController:
            if (toText(name, *given.value, false, problems))
                problems.append(noEffect(given.spec.parameter, NoEffectReason::NoDirectory));
            break;
        case P::TemplateInstance:
            problems.append(noEffect(given.spec.parameter, NoEffectReason::NoDirectory));
            break;
        default:
            break; // the cmdlet's own parameters
        }
    }
}

// The parameter a value without a name binds to (position 1).
ConnectorParameter positionalOf(ConnectorCmdlet cmdlet)
{
    switch (cmdlet) {
    case ConnectorCmdlet::NewSendConnector:
        return P::Name;
    case ConnectorCmdlet::TestSendConnectorRouting:
        return P::Recipient;
    case ConnectorCmdlet::ExportOrganization:
    case ConnectorCmdlet::ImportOrganization:
        return P::Path;
    case ConnectorCmdlet::TestSendConnector:
    case ConnectorCmdlet::GetSendConnector:
    case ConnectorCmdlet::RemoveSendConnector:
    case ConnectorCmdlet::SetSendConnector:
        break;
    }
    return P::Identity;
}

QString identityOf(const Bound &bound, Problems &problems)
{
    const Given *identity = bound.find(P::Identity);
    if (!identity || !identity->value)
        return QString();
    const QString parameter = Parameter::name(P::Identity);
    const std::optional<QString> text = toText(parameter, *identity->value, false, problems);
    if (!text)
        return QString();
    if (text->trimmed().isEmpty()) {
        problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), parameter,
                                       CmdletBinder::tr("Cannot bind parameter 'Identity': the name is empty; give "
                                                        "the name of a Send connector.")));
    }
    return text->trimmed();
}

// The start every cmdlet that takes a connector's -Identity (or pipeline input) shares: its
// elements bound, -?, the common parameters and the Identity with whether it was written.
template <typename Request>
Bound bindIdentityCmdlet(Request &request, const ShellCommand &command, ConnectorCmdlet cmdlet, Exchange::Version version)
{
    Bound bound = bindElements(command, cmdlet, version, P::Identity);
    request.problems = bound.problems;
    request.helpRequested = bound.helpRequested;
    bindCommon(bound, request.common, request.problems);
    request.identity = identityOf(bound, request.problems);
    request.identityGiven = bound.find(P::Identity) != nullptr;
    return bound;
}

// What -AuthenticationCredential asked for.
struct CredentialChoice
{
    bool requested = false; // (Get-Credential ['user'])
    QString userName;
};

// Sets the connector field of one of the connector's own parameters (New- and Set-SendConnector
// share them). Returns false for a parameter that is no connector field (switches of the cmdlet,
// the usage, the common parameters). `nullClears`: -AuthenticationCredential $null removes the
// credential (Set-SendConnector) instead of being refused.
bool bindConnectorValue(const Given &given, const ShellContext &context, SendConnector &connector,
                        CredentialChoice &credential, bool nullClears, Problems &problems)
{
    const QString name = given.spec.name();
    const P parameter = given.spec.parameter;
    const auto setBool = [&](bool &field) {
        if (const std::optional<bool> on = toBool(name, *given.value, problems))
            field = *on;
    };
    const auto setText = [&](QString &field, bool nullAllowed) {
        if (const std::optional<QString> text = toText(name, *given.value, nullAllowed, problems))
            field = text->trimmed();
    };

    switch (parameter) {
    case P::Name:
        setText(connector.name, false);
        break;
    case P::AddressSpaces:
        if (auto spaces = toAddressSpaces(name, *given.value, context.version, problems))
            connector.addressSpaces = std::move(*spaces);
        break;
    case P::DNSRoutingEnabled:
        setBool(connector.dnsRoutingEnabled);
        break;
    case P::SmartHosts:
        if (auto hosts = toSmartHosts(name, *given.value, context.version, problems))
            connector.smartHosts = std::move(*hosts);
        break;
    case P::SmartHostAuthMechanism:
        if (const auto mechanism = toEnum(name, Type::AuthMechanism, *given.value,
                                          &Exchange::parseSmartHostAuthMechanism, problems))
            connector.smartHostAuthMechanism = *mechanism;
        break;
    case P::AuthenticationCredential:
        if (given.value->kind == ShellValue::Kind::Credential) {
            credential.requested = true;
            credential.userName = given.value->text.trimmed();
            if (!credential.userName.isEmpty())
                connector.authenticationCredential = AuthenticationCredential{credential.userName};
        } else if (nullClears && given.value->kind == ShellValue::Kind::Null) {
            credential = CredentialChoice{};
            connector.authenticationCredential.reset();
        } else {
            // The value is not quoted back: it may be a password typed on the command line.
            problems.append(Problem::error(
                QStringLiteral("Binding.WrongType"), name,
                CmdletBinder::tr("Cannot bind parameter '%1': the value given is not a credential. Write -%1 "
                                 "(Get-Credential) or -%1 (Get-Credential 'user name') and enter the password when "
                                 "asked: a password is never written on the command line.")
                    .arg(name)));
        }
        break;
    case P::SourceTransportServers:
        if (const auto servers = toEntries(name, Type::StringList, *given.value, problems)) {
            QStringList trimmed;
            for (const QString &server : *servers)
                trimmed.append(server.trimmed());
            connector.sourceTransportServers = trimmed;
        }
        break;
    case P::IsScopedConnector:
        setBool(connector.isScopedConnector);
        break;
    case P::UseExternalDNSServersEnabled:
        setBool(connector.useExternalDnsServersEnabled);
        break;
    case P::MaxMessageSize:
        if (const auto size = toBytes(name, *given.value, problems))
            connector.maxMessageSize = *size;
        break;
    case P::Port:
        if (const auto port = toPort(name, *given.value, problems))
            connector.port = *port;
        break;
    case P::ConnectionInactivityTimeOut:
        if (const auto timeOut = toTimeSpan(name, *given.value, problems))
            connector.connectionInactivityTimeOut = *timeOut;
        break;
    case P::Enabled:
        setBool(connector.enabled);
        break;
    case P::Comment:
        // A comment keeps its spaces as typed.
        if (const std::optional<QString> text = toText(name, *given.value, true, problems))
            connector.comment = *text;
        break;
    case P::Fqdn:
        setText(connector.fqdn, true);
        break;
    case P::ForceHELO:
        setBool(connector.forceHelo);
        break;
    case P::IgnoreSTARTTLS:
        setBool(connector.ignoreStartTls);
        break;
    case P::RequireTLS:
        setBool(connector.requireTls);
        break;
    case P::DomainSecureEnabled:
        setBool(connector.domainSecureEnabled);
        break;
    case P::ProtocolLoggingLevel:
        if (const auto level = toEnum(name, Type::LoggingLevel, *given.value,
                                      &Exchange::parseProtocolLoggingLevel, problems))
            connector.protocolLoggingLevel = *level;
        break;
    case P::SourceIPAddress:
        setText(connector.sourceIpAddress, false);
        break;
    case P::LinkedReceiveConnector:
        setText(connector.linkedReceiveConnector, true);
        break;
    default:
        return false;
    }
    return true;
}

} // namespace

bool ShellContext::onEdge() const
{
    const TransportServer *server = contextServer(*this);
    return server && server->isEdge();
}

QStringList CmdletBinder::matchParameter(const QString &typed, const QStringList &parameters)
{
    QStringList prefixed;
    for (const QString &parameter : parameters) {
        if (parameter.compare(typed, Qt::CaseInsensitive) == 0)
            return {parameter};
        if (!typed.isEmpty() && parameter.startsWith(typed, Qt::CaseInsensitive))
            prefixed.append(parameter);
    }
    return prefixed;
}

QStringList CmdletBinder::newSendConnectorParameters(Exchange::Version version)
{
    return namesOf(available(ConnectorCmdlet::NewSendConnector, version));
}

bool CmdletBinder::asksForHelp(const ShellCommand &command)
{
    return std::any_of(command.elements.cbegin(), command.elements.cend(), isHelpRequest);
}

CommonParameters CmdletBinder::commonParameters(const ShellCommand &command, ConnectorCmdlet cmdlet,
                                                Exchange::Version version)
{
    const Bound bound = bindElements(command, cmdlet, version, positionalOf(cmdlet));
    CommonParameters common;
    Problems ignored;
    bindCommon(bound, common, ignored);
    return common;
}

NewSendConnectorRequest CmdletBinder::bindNewSendConnector(const ShellCommand &command, const ShellContext &context)
{
    NewSendConnectorRequest request;
    const Bound bound = bindElements(command, ConnectorCmdlet::NewSendConnector, context.version, P::Name);
    Problems &problems = request.problems;
    problems = bound.problems;
    request.helpRequested = bound.helpRequested;
    bindCommon(bound, request.common, problems);

    // The usage first: its defaults are the base the other parameters change.
    struct UsageChoice
    {
        QString as;
        Exchange::Usage usage;
    };
    QList<UsageChoice> usages;
    for (const Given &given : bound.given) {
        const QString name = given.spec.name();
        const P parameter = given.spec.parameter;
        if (parameter == P::Usage && given.value) {
            if (const auto usage = toEnum(name, Type::Usage, *given.value, &Exchange::parseUsage, problems))
                usages.append({QStringLiteral("-Usage ") + Exchange::toString(*usage), *usage});
        } else if (parameter == P::Custom || parameter == P::Internal || parameter == P::Internet
                   || parameter == P::Partner) {
            const std::optional<bool> on = toSwitch(given, problems);
            if (on && *on)
                usages.append({QLatin1Char('-') + name, *Exchange::parseUsage(name)});
        }
    }
    if (usages.size() > 1) {
        QStringList as;
        for (const UsageChoice &choice : std::as_const(usages))
            as.append(choice.as);
        problems.append(Problem::error(QStringLiteral("Binding.ConflictingUsage"), Parameter::name(P::Usage),
                                       tr("The usage was given more than once (%1). Give it once: either -Usage "
                                          "with one of %2, or one of the switches -Custom, -Internal, -Internet, "
                                          "-Partner.")
                                           .arg(as.join(QLatin1String(", ")),
                                                Exchange::names(Exchange::Usage()).join(QLatin1String(", ")))));
    }
    const Exchange::Usage usage = usages.isEmpty() ? Exchange::Usage::Custom : usages.first().usage;
    const bool onEdge = context.onEdge();
    SendConnector &connector = request.connector;
    CredentialChoice credential;
    connector = UsageRules::applyDefaults(SendConnector{}, usage, onEdge);
    if (!onEdge) {
        const TransportServer *server = contextServer(context);
        if (server && server->isHub())
            connector.sourceTransportServers = QStringList{server->name};
    }

    for (const Given &given : bound.given) {
        const P parameter = given.spec.parameter;
        if (parameter == P::Name)
            request.nameGiven = true;
        else if (parameter == P::AddressSpaces)
            request.addressSpacesGiven = true;
        if (!given.value && given.spec.type != Type::Switch)
            continue; // its value was missing: already reported
        if (bindConnectorValue(given, context, connector, credential, false, problems))
            continue;
        switch (parameter) {
        case P::WhatIf:
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.whatIf = *on;
            break;
        case P::Confirm:
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.confirm = *on;
            break;
        case P::Force:
            // Exchange's -Force skips its own extra questions; New-SendConnector asks none here,
            // and -Force does not silence -Confirm (PowerShell: ShouldProcess is not ShouldContinue).
            toSwitch(given, problems);
            break;
        default:
            break; // the usage (bound above), the common parameters (bindCommon())
        }
    }
    request.credentialRequested = credential.requested;
    request.credentialUserName = credential.userName;
    return request;
}

IdentityRequest CmdletBinder::bindGetSendConnector(const ShellCommand &command, const ShellContext &context)
{
    IdentityRequest request;
    const Bound bound = bindElements(command, ConnectorCmdlet::GetSendConnector, context.version, P::Identity);
    request.problems = bound.problems;
    request.helpRequested = bound.helpRequested;
    bindCommon(bound, request.common, request.problems);
    request.identity = identityOf(bound, request.problems);
    return request;
}

IdentityRequest CmdletBinder::bindRemoveSendConnector(const ShellCommand &command, const ShellContext &context)
{
    IdentityRequest request;
    const Bound bound = bindElements(command, ConnectorCmdlet::RemoveSendConnector, context.version, P::Identity);
    request.problems = bound.problems;
    request.helpRequested = bound.helpRequested;
    bindCommon(bound, request.common, request.problems);
    request.identity = identityOf(bound, request.problems);
    if (!bound.find(P::Identity) && !bound.helpRequested) {
        request.problems.append(Problem::error(QStringLiteral("Binding.MissingValue"), Parameter::name(P::Identity),
                                               tr("Remove-SendConnector needs the name of the Send connector to "
                                                  "remove: write Remove-SendConnector 'name' or -Identity 'name'.")));
    }
    for (const Given &given : bound.given) {
        if (given.spec.parameter != P::Confirm && given.spec.parameter != P::WhatIf)
            continue;
        const std::optional<bool> on = toSwitch(given, request.problems);
        if (!on)
            continue;
        if (given.spec.parameter == P::Confirm) {
            request.confirm = *on;
            request.confirmGiven = *on;
        } else {
            request.whatIf = *on;
        }
    }
    return request;
}

SetSendConnectorRequest CmdletBinder::bindSetSendConnector(const ShellCommand &command, const ShellContext &context)
{
    SetSendConnectorRequest request;
    const Bound bound = bindIdentityCmdlet(request, command, ConnectorCmdlet::SetSendConnector, context.version);
    Problems &problems = request.problems;

    CredentialChoice credential;
    for (const Given &given : bound.given) {
        const P parameter = given.spec.parameter;
        if (!given.value && given.spec.type != Type::Switch)
            continue; // its value was missing: already reported
        const qsizetype before = problems.size();
        if (bindConnectorValue(given, context, request.values, credential, true, problems)) {
            if (problems.size() == before)
                request.given.append(parameter);
            continue;
        }
        switch (parameter) {
        case P::WhatIf:
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.whatIf = *on;
            break;
        case P::Confirm:
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.confirm = *on;
            break;
        case P::Force:
            toSwitch(given, problems); // no extra question to skip (see New-SendConnector)
            break;
        case P::Instance:
            // A connector object comes only through the pipeline: this shell has no variables.
            problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), given.spec.name(),
                                           tr("Cannot bind parameter 'Instance': it takes a Send connector object, "
                                              "which this shell passes only through the pipeline. Write "
                                              "Get-SendConnector 'name' | Set-SendConnector -Parameter value, or "
                                              "Set-SendConnector 'name' -Parameter value.")));
            break;
        default:
            break; // the common parameters (bindCommon()), the identity (above)
        }
    }
    request.credentialRequested = credential.requested;
    request.credentialUserName = credential.userName;
    return request;
}

SendConnector SetSendConnectorRequest::applyTo(const SendConnector &current) const
{
    SendConnector result = current;
    for (const ConnectorParameter parameter : given) {
        switch (parameter) {
        case P::Name:
            result.name = values.name;
            break;
        case P::AddressSpaces:
            result.addressSpaces = values.addressSpaces;
            break;
        case P::DNSRoutingEnabled:
            result.dnsRoutingEnabled = values.dnsRoutingEnabled;
            break;
        case P::SmartHosts:
            result.smartHosts = values.smartHosts;
            break;
        case P::SmartHostAuthMechanism:
            result.smartHostAuthMechanism = values.smartHostAuthMechanism;
            break;
        case P::AuthenticationCredential:
            result.authenticationCredential = values.authenticationCredential;
            break;
        case P::SourceTransportServers:
            result.sourceTransportServers = values.sourceTransportServers;
            break;
        case P::IsScopedConnector:
            result.isScopedConnector = values.isScopedConnector;
            break;
        case P::UseExternalDNSServersEnabled:
            result.useExternalDnsServersEnabled = values.useExternalDnsServersEnabled;
            break;
        case P::MaxMessageSize:
            result.maxMessageSize = values.maxMessageSize;
            break;
        case P::Port:
            result.port = values.port;
            break;
        case P::ConnectionInactivityTimeOut:
            result.connectionInactivityTimeOut = values.connectionInactivityTimeOut;
            break;
        case P::Enabled:
            result.enabled = values.enabled;
            break;
        case P::Comment:
            result.comment = values.comment;
            break;
        case P::Fqdn:
            result.fqdn = values.fqdn;
            break;
        case P::ForceHELO:
            result.forceHelo = values.forceHelo;
            break;
        case P::IgnoreSTARTTLS:
            result.ignoreStartTls = values.ignoreStartTls;
            break;
        case P::RequireTLS:
            result.requireTls = values.requireTls;
            break;
        case P::DomainSecureEnabled:
            result.domainSecureEnabled = values.domainSecureEnabled;
            break;
        case P::ProtocolLoggingLevel:
            result.protocolLoggingLevel = values.protocolLoggingLevel;
            break;
        case P::SourceIPAddress:
            result.sourceIpAddress = values.sourceIpAddress;
            break;
        case P::LinkedReceiveConnector:
            result.linkedReceiveConnector = values.linkedReceiveConnector;
            break;
        default:
            break; // not a connector field
        }
    }
    return result;
}

TestRoutingRequest CmdletBinder::bindTestSendConnectorRouting(const ShellCommand &command, const ShellContext &context)
{
    TestRoutingRequest request;
    const Bound bound = bindElements(command, ConnectorCmdlet::TestSendConnectorRouting, context.version,
                                     P::Recipient);
    Problems &problems = request.problems;
    problems = bound.problems;
    request.helpRequested = bound.helpRequested;
    bindCommon(bound, request.common, problems);
    for (const Given &given : bound.given) {
        const QString name = given.spec.name();
        const P parameter = given.spec.parameter;
        if (parameter == P::Recipient)
            request.recipientsGiven = true;
        if (!given.value && given.spec.type != Type::Switch)
            continue; // its value was missing: already reported
        switch (parameter) {
        case P::Recipient: {
            // One address or a list of them; each is checked when it is resolved, not here.
            const ShellValue &value = *given.value;
            const QList<ShellValue> items = value.kind == ShellValue::Kind::List ? value.items : QList<ShellValue>{value};
            bool typed = true;
            for (const ShellValue &item : items) {
                if (item.kind != ShellValue::Kind::Text) {
                    problems.append(wrongType(name, Type::Recipients, value));
                    typed = false;
                    break;
                }
                request.recipients.append(item.text.trimmed());
            }
            if (typed && request.recipients.isEmpty()) {
                problems.append(Problem::error(QStringLiteral("Binding.MissingValue"), name,
                                               tr("Cannot bind parameter '%1': the list is empty. %2")
                                                   .arg(name, expected(Type::Recipients))));
            }
            break;
        }
        case P::Server:
            if (const std::optional<QString> text = toText(name, *given.value, false, problems)) {
                request.server = text->trimmed();
                if (request.server.isEmpty()) {
                    problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), name,
                                                   tr("Cannot bind parameter '%1': the name is empty; give the name "
                                                      "of a transport server, or leave out -%1 to test from the "
                                                      "server the shell runs on.")
                                                       .arg(name)));
                }
            }
            break;
        case P::MessageSize: {
            if (given.value->kind != ShellValue::Kind::Text) {
                problems.append(wrongType(name, Type::Bytes, *given.value));
                break;
            }
            // The parser's own advice offers 'unlimited', which a message size is not: the messages
            // say what this parameter takes.
            const Parsed<ByteQuantity> size = QuantityParser::parseBytes(given.value->text, name);
            for (const Problem &problem : errorsOnly(size.problems)) {
                const QString message = problem.code == QLatin1String("ByteQuantity.Negative")
                    ? tr("Cannot bind parameter '%1' to '%2': a message size cannot be negative; give a size such "
                         "as 10MB, '512 KB' or 1048576 (bytes).")
                          .arg(name, given.value->text)
                    : problem.code == QLatin1String("ByteQuantity.TooLarge")
                    ? tr("Cannot bind parameter '%1' to '%2': it is larger than %3 bytes; give a size such as "
                         "10MB, '512 KB' or 1048576 (bytes).")
                          .arg(name, given.value->text, QString::number(ByteQuantity::Maximum))
                    : tr("Cannot bind parameter '%1' to '%2': it is not a size; give a size such as 10MB, "
                         "'512 KB' or 1048576 (bytes).")
                          .arg(name, given.value->text);
                problems.append(Problem::error(problem.code, name, message));
            }
            if (size.ok()) {
                if (size.value->unlimited) {
                    problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), name,
                                                   tr("Cannot bind parameter '%1' to '%2': a message has a size; "
                                                      "give one such as 10MB, '512 KB' or 1048576 (bytes).")
                                                       .arg(name, given.value->text)));
                } else {
                    request.messageSize = size.value->bytes;
                    request.messageSizeGiven = true;
                }
            }
            break;
        }
        case P::Explain:
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.explain = *on;
            break;
        default:
            break; // the common parameters (bindCommon())
        }
    }
    return request;
}

TestConnectivityRequest CmdletBinder::bindTestSendConnector(const ShellCommand &command, const ShellContext &context)
{
    TestConnectivityRequest request;
    const Bound bound = bindIdentityCmdlet(request, command, ConnectorCmdlet::TestSendConnector, context.version);
    Problems &problems = request.problems;
    for (const Given &given : bound.given) {
        const QString name = given.spec.name();
        if (!given.value)
            continue; // its value was missing: already reported (this cmdlet has no switch of its own)
        switch (given.spec.parameter) {
        case P::RecipientDomain:
            if (const std::optional<QString> text = toText(name, *given.value, false, problems)) {
                const Parsed<QString> domain = DomainName::parse(text->trimmed(), name);
                problems.append(wrapped(domain.problems, name, *text));
                if (domain.ok())
                    request.recipientDomain = *domain.value;
            }
            break;
        case P::AuthenticationCredential:
            if (given.value->kind == ShellValue::Kind::Credential) {
                request.credentialRequested = true;
                request.credentialUserName = given.value->text.trimmed();
            } else {
                // Never quoted back: it may be a password typed on the command line.
                problems.append(Problem::error(
                    QStringLiteral("Binding.WrongType"), name,
                    tr("Cannot bind parameter '%1': the value given is not a credential. Write -%1 (Get-Credential) "
                       "or -%1 (Get-Credential 'user name') and enter the password when asked: a password is never "
                       "written on the command line.")
                        .arg(name)));
            }
            break;
        case P::TimeoutSeconds: {
            if (given.value->kind != ShellValue::Kind::Text) {
                problems.append(wrongType(name, Type::Seconds, *given.value));
                break;
            }
            static const QRegularExpression number(QStringLiteral("^[+]?[0-9]{1,9}$"));
            const QString text = given.value->text.trimmed();
            const int seconds = number.match(text).hasMatch() ? text.toInt() : -1;
            if (seconds < TestConnectivityRequest::MinimumTimeoutSeconds
                || seconds > TestConnectivityRequest::MaximumTimeoutSeconds) {
                problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), name,
                                               tr("Cannot bind parameter '%1': '%2' is not a valid value. %3")
                                                   .arg(name, given.value->text, expected(Type::Seconds))));
                break;
            }
            request.timeoutSeconds = seconds;
            break;
        }
        default:
            break; // the identity (above), the common parameters (bindCommon())
        }
    }
    return request;
}

namespace {

OrganizationFileRequest bindOrganizationFile(const ShellCommand &command, ConnectorCmdlet cmdlet,
                                             const ShellContext &context)
{
    OrganizationFileRequest request;
    const Bound bound = bindElements(command, cmdlet, context.version, P::Path);
    Problems &problems = request.problems;
    problems = bound.problems;
    request.helpRequested = bound.helpRequested;
    bindCommon(bound, request.common, problems);
    for (const Given &given : bound.given) {
        const QString name = given.spec.name();
        if (given.spec.parameter == P::Path)
            request.pathGiven = true;
        if (!given.value && given.spec.type != Type::Switch)
            continue; // its value was missing: already reported
        switch (given.spec.parameter) {
        case P::Path:
            if (const std::optional<QString> text = toText(name, *given.value, false, problems)) {
                // A file name keeps its spaces, except those around it (as PowerShell's paths).
                request.path = text->trimmed();
                if (request.path.isEmpty()) {
                    problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), name,
                                                   CmdletBinder::tr("Cannot bind parameter '%1': the path is empty; "
                                                                    "give the name of a JSON organization file.")
                                                       .arg(name)));
                } else if (OrganizationLocation::looksLikeDirectory(request.path)) {
                    // A directory is where the shell works (--organization), never the other end.
                    problems.append(Problem::error(QStringLiteral("Binding.InvalidValue"), name,
                                                   CmdletBinder::tr("Cannot bind parameter '%1' to '%2': it is a "
                                                                    "directory URI, and -%1 takes a JSON organization "
                                                                    "file. To work on a directory, give its URI to "
                                                                    "--organization.")
                                                       .arg(name, request.path)));
                }
            }
            break;
        case P::Force:
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.force = *on;
            break;
        default:
            break; // the common parameters (bindCommon())
        }
    }
    return request;
}

} // namespace

OrganizationFileRequest CmdletBinder::bindExportOrganization(const ShellCommand &command, const ShellContext &context)
{
    return bindOrganizationFile(command, ConnectorCmdlet::ExportOrganization, context);
}

OrganizationFileRequest CmdletBinder::bindImportOrganization(const ShellCommand &command, const ShellContext &context)
{
    return bindOrganizationFile(command, ConnectorCmdlet::ImportOrganization, context);
}
