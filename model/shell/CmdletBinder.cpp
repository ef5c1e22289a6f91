#include "CmdletBinder.h"

#include "AddressSpace.h"
#include "ConnectorRules.h"
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
};

enum class Since { Rtm, Sp1 };

struct Spec
{
    const char *name;
    Type type;
    Since since = Since::Rtm;
};

// New-SendConnector's parameters (reference section 7), in the reference's order.
const Spec NewSendConnectorSpecs[] = {
    {"Name", Type::String},
    {"AddressSpaces", Type::AddressSpaces},
    {"Usage", Type::Usage},
    {"DNSRoutingEnabled", Type::Bool},
    {"SmartHosts", Type::SmartHosts},
    {"SmartHostAuthMechanism", Type::AuthMechanism},
    {"AuthenticationCredential", Type::Credential},
    {"SourceTransportServers", Type::StringList},
    {"IsScopedConnector", Type::Bool, Since::Sp1},
    {"UseExternalDNSServersEnabled", Type::Bool},
    {"MaxMessageSize", Type::Bytes},
    {"Port", Type::Port},
    {"ConnectionInactivityTimeOut", Type::TimeSpan},
    {"Enabled", Type::Bool},
    {"Comment", Type::String},
    {"Fqdn", Type::String},
    {"ForceHELO", Type::Bool},
    {"IgnoreSTARTTLS", Type::Bool},
    {"RequireTLS", Type::Bool},
    {"DomainSecureEnabled", Type::Bool},
    {"ProtocolLoggingLevel", Type::LoggingLevel},
    {"SourceIPAddress", Type::String},
    {"LinkedReceiveConnector", Type::String},
    {"Custom", Type::Switch, Since::Sp1},
    {"Internal", Type::Switch, Since::Sp1},
    {"Internet", Type::Switch, Since::Sp1},
    {"Partner", Type::Switch, Since::Sp1},
    {"WhatIf", Type::Switch, Since::Sp1},
    {"Confirm", Type::Switch},
};

const Spec GetSendConnectorSpecs[] = {
    {"Identity", Type::String},
};

const Spec RemoveSendConnectorSpecs[] = {
    {"Identity", Type::String},
    {"Confirm", Type::Switch},
    {"WhatIf", Type::Switch},
};

const QString NewCmdlet = QStringLiteral("New-SendConnector");
const QString GetCmdlet = QStringLiteral("Get-SendConnector");
const QString RemoveCmdlet = QStringLiteral("Remove-SendConnector");

QString versionName(Exchange::Version version)
{
    return QStringLiteral("Exchange ") + Exchange::toString(version);
}

template <std::size_t N>
QList<Spec> available(const Spec (&specs)[N], Exchange::Version version)
{
    QList<Spec> result;
    for (const Spec &spec : specs) {
        if (spec.since == Since::Rtm || version == Exchange::Version::Sp12007)
            result.append(spec);
    }
    return result;
}

QStringList namesOf(const QList<Spec> &specs)
{
    QStringList names;
    for (const Spec &spec : specs)
        names.append(QLatin1String(spec.name));
    return names;
}

// What a value of a type looks like, for messages that say what would be valid.
QString expected(Type type)
{
    switch (type) {
    case Type::String:
        return CmdletBinder::tr("one text value, in quotes if it contains spaces");
    case Type::Bool:
        return CmdletBinder::tr("$true or $false");
    case Type::Switch:
        return CmdletBinder::tr("nothing (it is a switch), or :$true / :$false right after its name");
    case Type::Usage:
        return CmdletBinder::tr("one of %1").arg(Exchange::names(Exchange::Usage()).join(QLatin1String(", ")));
    case Type::AuthMechanism:
        return CmdletBinder::tr("one of %1")
            .arg(Exchange::names(Exchange::SmartHostAuthMechanism()).join(QLatin1String(", ")));
    case Type::LoggingLevel:
        return CmdletBinder::tr("one of %1")
            .arg(Exchange::names(Exchange::ProtocolLoggingLevel()).join(QLatin1String(", ")));
    case Type::AddressSpaces:
        return CmdletBinder::tr("one or more address spaces separated by commas, such as "
                                "'SMTP:*.contoso.com;5','fabrikam.com'");
    case Type::SmartHosts:
        return CmdletBinder::tr("one or more smart hosts separated by commas, such as "
                                "192.168.1.20,relay.contoso.com");
    case Type::StringList:
        return CmdletBinder::tr("one or more server names separated by commas, such as EX01,EX02");
    case Type::Bytes:
        return CmdletBinder::tr("a size such as 20MB, '512 KB' or 1048576 (bytes), or unlimited");
    case Type::Port:
        return CmdletBinder::tr("a whole number from 0 to 65535");
    case Type::TimeSpan:
        return CmdletBinder::tr("a duration such as 00:10:00 or 1.00:00:00");
    case Type::Credential:
        return CmdletBinder::tr("(Get-Credential) or (Get-Credential 'user name')");
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
    QString what;
    switch (value.kind) {
    case ShellValue::Kind::Text:
        what = CmdletBinder::tr("'%1' is text").arg(value.text);
        break;
    case ShellValue::Kind::Boolean:
        what = CmdletBinder::tr("'%1' is a Boolean value").arg(shown(value));
        break;
    case ShellValue::Kind::Null:
        what = CmdletBinder::tr("$null is no value");
        break;
    case ShellValue::Kind::List:
        what = value.items.size() == 1
            ? CmdletBinder::tr("'%1' is a list of one value").arg(shown(value))
            : CmdletBinder::tr("'%1' is a list of %2 values").arg(shown(value)).arg(value.items.size());
        break;
    case ShellValue::Kind::Credential:
        what = CmdletBinder::tr("'%1' is a credential").arg(shown(value));
        break;
    }
    return Problem::error(QStringLiteral("Binding.WrongType"), parameter,
                          CmdletBinder::tr("Cannot bind parameter '%1': %2; give %3.")
                              .arg(parameter, what, expected(type)));
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

    const Given *find(const char *name) const
    {
        for (const Given &g : given) {
            if (qstrcmp(g.spec.name, name) == 0)
                return &g;
        }
        return nullptr;
    }
};

// Hints for parameters that exist only in the other version.
QString missingInVersionHint(const QString &cmdlet, const QString &parameter, Exchange::Version version)
{
    if (parameter == QLatin1String("IsScopedConnector")) {
        return CmdletBinder::tr("%1 has no -IsScopedConnector: scope the connector with the Local: prefix on its "
                                "address spaces instead, as in -AddressSpaces 'Local:*.contoso.com'.")
            .arg(versionName(version));
    }
    if (parameter == QLatin1String("Custom") || parameter == QLatin1String("Internal")
        || parameter == QLatin1String("Internet") || parameter == QLatin1String("Partner")) {
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
};

bool isList(Type type)
{
    return type == Type::AddressSpaces || type == Type::SmartHosts || type == Type::StringList;
}

template <std::size_t N>
Bound bindElements(const ShellCommand &command, const QString &cmdlet, const Spec (&allSpecs)[N],
                   Exchange::Version version, const char *positional)
{
    const QList<Spec> specs = available(allSpecs, version);
    const QStringList names = namesOf(specs);
    QStringList allNames;
    for (const Spec &spec : allSpecs)
        allNames.append(QLatin1String(spec.name));

    Bound bound;
    QList<Loose> positionals;
    Loose next; // what a value without a parameter name would come after
    const QList<ShellElement> &elements = command.elements;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ShellElement &element = elements.at(i);
        if (element.kind == ShellElement::Kind::Argument) {
            next.value = element.value;
            positionals.append(next);
            next = Loose{};
            next.after = Loose::After::Loose;
            continue;
        }
        next = Loose{};
        const bool valueFollows = !element.colonValue && i + 1 < elements.size()
            && elements.at(i + 1).kind == ShellElement::Kind::Argument;
        const QStringList matches = CmdletBinder::matchParameter(element.parameter, names);
        if (matches.size() != 1) {
            if (matches.isEmpty()) {
                const QStringList elsewhere = CmdletBinder::matchParameter(element.parameter, allNames);
                const QString message = elsewhere.size() == 1
                    ? missingInVersionHint(cmdlet, elsewhere.first(), version)
                    : CmdletBinder::tr("%1 has no parameter -%2. Its parameters are: %3.")
                          .arg(cmdlet, element.parameter, names.join(QLatin1String(", ")));
                bound.problems.append(
                    Problem::error(QStringLiteral("Binding.UnknownParameter"), element.parameter, message));
            } else {
                QStringList dashed;
                for (const QString &match : matches)
                    dashed.append(QLatin1Char('-') + match);
                bound.problems.append(Problem::error(
                    QStringLiteral("Binding.AmbiguousParameter"), element.parameter,
                    CmdletBinder::tr("The parameter name -%1 is ambiguous: it matches %2. Write more of the name.")
                        .arg(element.parameter, dashed.join(QLatin1String(", ")))));
            }
            if (valueFollows)
                ++i; // most likely its value: not an unexpected argument as well
            continue;
        }

        const QString name = matches.first();
        const Spec spec = *std::find_if(specs.cbegin(), specs.cend(),
                                        [&name](const Spec &s) { return name == QLatin1String(s.name); });
        const bool isSwitch = spec.type == Type::Switch;
        if (bound.find(spec.name)) {
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
        } else if (isSwitch) {
            next.after = Loose::After::Switch;
            next.parameter = name;
        } else {
            if (valueFollows) {
                given.value = elements.at(++i).value;
                next.after = Loose::After::Value;
                next.parameter = name;
                next.list = isList(spec.type);
                if (given.value->kind == ShellValue::Kind::Text)
                    next.valueText = given.value->text;
            } else {
                given.missingValue = true;
                bound.problems.append(Problem::error(
                    QStringLiteral("Binding.MissingValue"), name,
                    CmdletBinder::tr("Missing a value for parameter '%1': write %2 after -%3.")
                        .arg(name, expected(spec.type), element.parameter)));
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
    for (const Loose &loose : std::as_const(positionals)) {
        const ShellValue &value = loose.value;
        if (loose.after != Loose::After::Loose)
            endRun();
        if (loose.after == Loose::After::Value && loose.valueText)
            run = Run{loose.parameter, *loose.valueText, loose.list, {}, {}, {}};
        if (positional && !bound.find(positional)) {
            const Spec spec = *std::find_if(specs.cbegin(), specs.cend(),
                                            [positional](const Spec &s) { return qstrcmp(s.name, positional) == 0; });
            bound.given.append(Given{spec, value, false});
            endRun();
            if (value.kind == ShellValue::Kind::Text)
                run = Run{QLatin1String(positional), value.text, false, {}, {}, {}};
            continue;
        }
        const QString start = positional
            ? CmdletBinder::tr("%1 does not take the value '%2' here: only the %3 may be given without a "
                               "parameter name, and it was already given.")
                  .arg(cmdlet, shown(value), QLatin1String(positional))
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
    const QString name = QLatin1String(given.spec.name);
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
                                   CmdletBinder::tr("Cannot bind parameter '%1': '%2' is not a valid value; use %3.")
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
                                                        "not text; give %4.")
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
        const Parsed<SmartHost> parsed = SmartHostParser::parse(entry, version);
        problems.append(wrapped(parsed.problems, parameter, entry));
        if (!parsed.ok())
            ok = false;
        else if (!seen.contains({int(parsed.value->kind), parsed.value->host.toCaseFolded()})) {
            // the shell drops duplicates (reference section 5)
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
                                   CmdletBinder::tr("Cannot bind parameter '%1': '%2' is not a valid port; use %3.")
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

QString identityOf(const Bound &bound, Problems &problems)
{
    const Given *identity = bound.find("Identity");
    if (!identity || !identity->value)
        return QString();
    const QString parameter = QStringLiteral("Identity");
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
    return namesOf(available(NewSendConnectorSpecs, version));
}

NewSendConnectorRequest CmdletBinder::bindNewSendConnector(const ShellCommand &command, const ShellContext &context)
{
    NewSendConnectorRequest request;
    const Bound bound = bindElements(command, NewCmdlet, NewSendConnectorSpecs, context.version, "Name");
    Problems &problems = request.problems;
    problems = bound.problems;

    // The usage first: its defaults are the base the other parameters change.
    struct UsageChoice
    {
        QString as;
        Exchange::Usage usage;
    };
    QList<UsageChoice> usages;
    for (const Given &given : bound.given) {
        const QString name = QLatin1String(given.spec.name);
        if (given.spec.type == Type::Usage && given.value) {
            if (const auto usage = toEnum(name, Type::Usage, *given.value, &Exchange::parseUsage, problems))
                usages.append({QStringLiteral("-Usage ") + Exchange::toString(*usage), *usage});
        } else if (given.spec.type == Type::Switch && name != QLatin1String("WhatIf")
                   && name != QLatin1String("Confirm")) {
            const std::optional<bool> on = toSwitch(given, problems);
            if (on && *on)
                usages.append({QLatin1Char('-') + name, *Exchange::parseUsage(name)});
        }
    }
    if (usages.size() > 1) {
        QStringList as;
        for (const UsageChoice &choice : std::as_const(usages))
            as.append(choice.as);
        problems.append(Problem::error(QStringLiteral("Binding.ConflictingUsage"), QStringLiteral("Usage"),
                                       tr("The usage was given more than once (%1). Give it once: either -Usage "
                                          "with one of %2, or one of the switches -Custom, -Internal, -Internet, "
                                          "-Partner.")
                                           .arg(as.join(QLatin1String(", ")),
                                                Exchange::names(Exchange::Usage()).join(QLatin1String(", ")))));
    }
    const Exchange::Usage usage = usages.isEmpty() ? Exchange::Usage::Custom : usages.first().usage;
    const bool onEdge = context.onEdge();
    SendConnector &connector = request.connector;
    connector = UsageRules::applyDefaults(SendConnector{}, usage, onEdge);
    if (!onEdge) {
        const TransportServer *server = contextServer(context);
        if (server && server->isHub())
            connector.sourceTransportServers = QStringList{server->name};
    }

    for (const Given &given : bound.given) {
        const QString name = QLatin1String(given.spec.name);
        if (name == QLatin1String("Name"))
            request.nameGiven = true;
        else if (name == QLatin1String("AddressSpaces"))
            request.addressSpacesGiven = true;
        if (!given.value && given.spec.type != Type::Switch)
            continue; // its value was missing: already reported
        const auto setBool = [&](bool &field) {
            if (const std::optional<bool> on = toBool(name, *given.value, problems))
                field = *on;
        };
        const auto setText = [&](QString &field, bool nullAllowed) {
            if (const std::optional<QString> text = toText(name, *given.value, nullAllowed, problems))
                field = text->trimmed();
        };

        if (name == QLatin1String("Name")) {
            setText(connector.name, false);
        } else if (name == QLatin1String("AddressSpaces")) {
            if (auto spaces = toAddressSpaces(name, *given.value, context.version, problems))
                connector.addressSpaces = std::move(*spaces);
        } else if (name == QLatin1String("DNSRoutingEnabled")) {
            setBool(connector.dnsRoutingEnabled);
        } else if (name == QLatin1String("SmartHosts")) {
            if (auto hosts = toSmartHosts(name, *given.value, context.version, problems))
                connector.smartHosts = std::move(*hosts);
        } else if (name == QLatin1String("SmartHostAuthMechanism")) {
            if (const auto mechanism = toEnum(name, Type::AuthMechanism, *given.value,
                                              &Exchange::parseSmartHostAuthMechanism, problems))
                connector.smartHostAuthMechanism = *mechanism;
        } else if (name == QLatin1String("AuthenticationCredential")) {
            if (given.value->kind == ShellValue::Kind::Credential) {
                request.credentialRequested = true;
                request.credentialUserName = given.value->text.trimmed();
                if (!request.credentialUserName.isEmpty())
                    connector.authenticationCredential = AuthenticationCredential{request.credentialUserName};
            } else {
                problems.append(Problem::error(
                    QStringLiteral("Binding.WrongType"), name,
                    tr("Cannot bind parameter '%1': '%2' is not a credential. Write -%1 (Get-Credential) or -%1 "
                       "(Get-Credential 'user name') and enter the password when asked: a password is never "
                       "written on the command line.")
                        .arg(name, shown(*given.value))));
            }
        } else if (name == QLatin1String("SourceTransportServers")) {
            if (const auto servers = toEntries(name, Type::StringList, *given.value, problems)) {
                QStringList trimmed;
                for (const QString &server : *servers)
                    trimmed.append(server.trimmed());
                connector.sourceTransportServers = trimmed;
            }
        } else if (name == QLatin1String("IsScopedConnector")) {
            setBool(connector.isScopedConnector);
        } else if (name == QLatin1String("UseExternalDNSServersEnabled")) {
            setBool(connector.useExternalDnsServersEnabled);
        } else if (name == QLatin1String("MaxMessageSize")) {
            if (const auto size = toBytes(name, *given.value, problems))
                connector.maxMessageSize = *size;
        } else if (name == QLatin1String("Port")) {
            if (const auto port = toPort(name, *given.value, problems))
                connector.port = *port;
        } else if (name == QLatin1String("ConnectionInactivityTimeOut")) {
            if (const auto timeOut = toTimeSpan(name, *given.value, problems))
                connector.connectionInactivityTimeOut = *timeOut;
        } else if (name == QLatin1String("Enabled")) {
            setBool(connector.enabled);
        } else if (name == QLatin1String("Comment")) {
            // A comment keeps its spaces as typed.
            if (const std::optional<QString> text = toText(name, *given.value, true, problems))
                connector.comment = *text;
        } else if (name == QLatin1String("Fqdn")) {
            setText(connector.fqdn, true);
        } else if (name == QLatin1String("ForceHELO")) {
            setBool(connector.forceHelo);
        } else if (name == QLatin1String("IgnoreSTARTTLS")) {
            setBool(connector.ignoreStartTls);
        } else if (name == QLatin1String("RequireTLS")) {
            setBool(connector.requireTls);
        } else if (name == QLatin1String("DomainSecureEnabled")) {
            setBool(connector.domainSecureEnabled);
        } else if (name == QLatin1String("ProtocolLoggingLevel")) {
            if (const auto level = toEnum(name, Type::LoggingLevel, *given.value,
                                          &Exchange::parseProtocolLoggingLevel, problems))
                connector.protocolLoggingLevel = *level;
        } else if (name == QLatin1String("SourceIPAddress")) {
            setText(connector.sourceIpAddress, false);
        } else if (name == QLatin1String("LinkedReceiveConnector")) {
            setText(connector.linkedReceiveConnector, true);
        } else if (name == QLatin1String("WhatIf")) {
            if (const std::optional<bool> on = toSwitch(given, problems))
                request.whatIf = *on;
        } else if (name == QLatin1String("Confirm")) {
            toSwitch(given, problems); // New-SendConnector never asks; the switch is accepted and checked
        }
    }
    return request;
}

IdentityRequest CmdletBinder::bindGetSendConnector(const ShellCommand &command, const ShellContext &context)
{
    IdentityRequest request;
    const Bound bound = bindElements(command, GetCmdlet, GetSendConnectorSpecs, context.version, "Identity");
    request.problems = bound.problems;
    request.identity = identityOf(bound, request.problems);
    return request;
}

IdentityRequest CmdletBinder::bindRemoveSendConnector(const ShellCommand &command, const ShellContext &context)
{
    IdentityRequest request;
    const Bound bound = bindElements(command, RemoveCmdlet, RemoveSendConnectorSpecs, context.version, "Identity");
    request.problems = bound.problems;
    request.identity = identityOf(bound, request.problems);
    if (!bound.find("Identity")) {
        request.problems.append(Problem::error(QStringLiteral("Binding.MissingValue"), QStringLiteral("Identity"),
                                               tr("Remove-SendConnector needs the name of the Send connector to "
                                                  "remove: write Remove-SendConnector 'name' or -Identity 'name'.")));
    }
    for (const Given &given : bound.given) {
        if (given.spec.type != Type::Switch)
            continue;
        const std::optional<bool> on = toSwitch(given, request.problems);
        if (!on)
            continue;
        if (qstrcmp(given.spec.name, "Confirm") == 0)
            request.confirm = *on;
        else
            request.whatIf = *on;
    }
    return request;
}
