#include "ShellSession.h"

#include "AddressSpace.h"
#include "CmdletBinder.h"
#include "CmdletHelp.h"
#include "CommandGenerator.h"
#include "ConnectorOperations.h"
#include "ConnectorParameter.h"
#include "ConnectorRules.h"
#include "ConnectivityTest.h"
#include "OrganizationRules.h"
#include "OrganizationStore.h"
#include "OutputFormatter.h"
#include "RouteResolver.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <utility>

using P = ConnectorParameter;

namespace {

const QLatin1String NewCmdlet("New-SendConnector");
const QLatin1String GetCmdlet("Get-SendConnector");
const QLatin1String RemoveCmdlet("Remove-SendConnector");
const QLatin1String SetCmdlet("Set-SendConnector");
const QLatin1String TestCmdlet("Test-SendConnectorRouting");
const QLatin1String ConnectivityCmdlet("Test-SendConnector");
const QLatin1String ExportCmdlet("Export-Organization");
const QLatin1String ImportCmdlet("Import-Organization");

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The formatters a pipeline may end with, and what they print.
enum class Formatter { None, Table, TableOfAllProperties, List, Unsupported, UnsupportedProperties };

Formatter formatterOf(const ShellCommand &command)
{
    const QString &name = command.name;
    const bool list = sameName(name, QLatin1String("Format-List")) || sameName(name, QLatin1String("fl"));
    const bool table = sameName(name, QLatin1String("Format-Table")) || sameName(name, QLatin1String("ft"));
    if (!list && !table)
        return Formatter::Unsupported;
    // Only "*" (every property) may be asked for: Format-List shows every property anyway, and
    // Format-Table shows every property with it and the default columns without it.
    for (const ShellElement &element : command.elements) {
        if (element.kind != ShellElement::Kind::Argument || element.value.kind != ShellValue::Kind::Text
            || element.value.text != QLatin1String("*"))
            return Formatter::UnsupportedProperties;
    }
    if (list)
        return Formatter::List;
    return command.elements.isEmpty() ? Formatter::Table : Formatter::TableOfAllProperties;
}

// Whether a pipeline runs without an organization where the shell works: Import-Organization
// puts one there.
bool needsNoOrganization(const ShellPipeline &pipeline)
{
    return pipeline.commands.size() == 1 && !pipeline.input
        && sameName(pipeline.commands.first().name, ImportCmdlet);
}

} // namespace

// The organization as the file holds it now, and where commands act in it.
struct ShellSession::Loaded
{
    Organization organization;
    QString edgeServer; // empty: the Hub side
    TransportServer server; // a copy: a pointer into `organization` would not survive moves

    ShellContext shellContext(Exchange::Version version, const QString &serverName) const
    {
        ShellContext context;
        context.organization = &organization;
        context.version = version;
        context.server = serverName;
        return context;
    }
};

ShellSession::ShellSession(ShellOptions options, ShellIo io)
    : m_options(std::move(options)), m_io(std::move(io))
    , m_store(std::make_shared<OrganizationStore>(m_options.organizationPath))
{
    // A sink or reader left out: text is dropped, reading meets the end of input.
    if (!m_io.out)
        m_io.out = [](const QString &) { };
    if (!m_io.err)
        m_io.err = [](const QString &) { };
    if (!m_io.readLine)
        m_io.readLine = [] { return std::optional<QString>(); };
    if (!m_io.readSecret)
        m_io.readSecret = [] { return std::optional<QString>(); };
}

Problems ShellSession::open()
{
    m_opened = false;
    const Parsed<Organization> loaded = m_store->load();
    // The file's problems as compilers print theirs: FILE:line:column: message.
    if (!loaded.ok())
        return OrganizationStore::locatedInFile(errorsOnly(loaded.problems), m_options.organizationPath);
    const Organization &organization = *loaded.value;

    // The version is the organization's: connectors written in one grammar into a file of the
    // other would be refused by the file (e.g. RTM's Local: scope in an SP1 organization). So
    // --exchange-version states what a script expects, and a mismatch stops before anything runs.
    if (m_options.version && *m_options.version != organization.exchangeVersion) {
        return {Problem::error(QStringLiteral("Shell.VersionMismatch"), QStringLiteral("ExchangeVersion"),
                               tr("The organization \"%1\" runs Exchange %2, not Exchange %3. Omit "
                                  "--exchange-version, or give the organization's version.")
                                   .arg(organization.name, Exchange::toString(organization.exchangeVersion),
                                        Exchange::toString(*m_options.version)))};
    }
    m_version = organization.exchangeVersion;
    const QString wanted = m_options.server.isEmpty() ? organization.localServer : m_options.server;
    if (wanted.isEmpty()) {
        return {Problem::error(QStringLiteral("Shell.NoServer"), QStringLiteral("Server"),
                               tr("The organization file names no local server. Name the server the shell runs "
                                  "on with --server."))};
    }
    const TransportServer *server = organization.server(wanted);
    if (!server)
        return {OrganizationRules::unknownServer(organization, wanted, QStringLiteral("Shell.UnknownServer"))};
    m_server = server->name;
    m_onEdge = server->isEdge();
    m_opened = true;
    return {};
}

bool ShellSession::execute(const QString &line, int lineNumber)
{
    m_lastProblems.clear();
    m_terminated = false;
    return run(line, ShellSyntax::read(line), lineNumber);
}

bool ShellSession::ensureOpen()
{
    if (m_opened)
        return true;
    const Problems problems = open();
    if (!hasErrors(problems))
        return true;
    m_lineNumber = 1;
    m_column = 1;
    report(QString(), problems);
    return false;
}

void ShellSession::locate(qsizetype position)
{
    // The last line start at or before the position.
    const auto after = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), position);
    const qsizetype index = std::max<qsizetype>(after - m_lineStarts.cbegin() - 1, 0);
    m_lineNumber = m_firstLine + int(index);
    m_column = int(position - m_lineStarts.value(index, 0)) + 1;
}

bool ShellSession::run(const QString &text, const ShellSyntaxResult &syntax, int firstLine)
{
    // The organization is read before anything runs (its problems come first, and nothing runs
    // without it), except for Import-Organization, which creates it: the commands after an import
    // read the organization imported.
    const bool importsFirst = syntax.parsed.ok() && !syntax.parsed.value->isEmpty()
        && needsNoOrganization(syntax.parsed.value->first());
    if (!importsFirst && !ensureOpen())
        return false;
    m_firstLine = firstLine;
    m_lineStarts = {0};
    for (qsizetype i = text.indexOf(QLatin1Char('\n')); i >= 0; i = text.indexOf(QLatin1Char('\n'), i + 1))
        m_lineStarts.append(i + 1);
    if (!syntax.parsed.ok()) {
        locate(std::max<qsizetype>(syntax.errorPosition, 0));
        report(QString(), syntax.parsed.problems);
        return false;
    }
    bool succeeded = true;
    for (const ShellPipeline &pipeline : *syntax.parsed.value) {
        if (m_exitRequested || m_terminated)
            break;
        if (!needsNoOrganization(pipeline) && !ensureOpen())
            return false;
        if (runPipeline(pipeline) == Outcome::Failed)
            succeeded = false;
    }
    return succeeded && !m_terminated;
}

int ShellSession::status(bool succeeded) const
{
    if (m_exitStatus)
        return *m_exitStatus;
    return succeeded ? 0 : 1;
}

int ShellSession::runScript(const QString &script)
{
    m_lastProblems.clear();
    m_terminated = false;
    // The whole script is read before anything runs: a syntax error on its last line means that
    // nothing has run and nothing has changed.
    const bool succeeded = run(script, ShellSyntax::read(script), 1);
    return status(succeeded);
}

int ShellSession::runInteractive()
{
    const bool attached = m_options.terminal == ShellTerminal::Attached;
    bool succeeded = true;
    int lineNumber = 0;
    QString pending; // the lines of a command that is not complete yet
    int pendingFirstLine = 1;
    ShellContinuation continuation;
    const auto runPending = [&](const ShellSyntaxResult &syntax) {
        m_lastProblems.clear();
        m_terminated = false; // a terminating error at the prompt ends only its own command line
        if (!run(pending, syntax, pendingFirstLine))
            succeeded = false;
        pending.clear();
        continuation.reset();
    };
    while (!m_exitRequested) {
        if (attached)
            m_io.out(pending.isEmpty() ? QStringLiteral("[PS] > ") : QStringLiteral(">> "));
        const std::optional<QString> line = m_io.readLine();
        if (!line) {
            if (attached)
                m_io.out(QStringLiteral("\n"));
            if (!pending.isEmpty())
                runPending(ShellSyntax::read(pending)); // reports what is missing
            break;
        }
        ++lineNumber;
        if (pending.isEmpty()) {
            if (line->trimmed().isEmpty())
                continue;
            pendingFirstLine = lineNumber;
        } else if (attached && line->trimmed().isEmpty()) {
            // As in PowerShell's console, an empty line at ">> " ends the command as it stands.
            runPending(ShellSyntax::read(pending));
            continue;
        }
        pending += *line + QLatin1Char('\n');
        continuation.addLine(*line);
        if (continuation.surelyUnfinished())
            continue;
        const ShellSyntaxResult syntax = ShellSyntax::read(pending);
        if (syntax.incomplete)
            continue; // an open quote, @( or (, a trailing '|' or ',', or a backtick: read on
        runPending(syntax);
    }
    return status(succeeded);
}

ShellSession::Outcome ShellSession::runPipeline(const ShellPipeline &pipeline)
{
    if (pipeline.commands.isEmpty())
        return Outcome::Succeeded;
    const ShellCommand &command = pipeline.commands.first();
    locate(command.position);
    m_confirmAll.reset();
    m_common = CommonParameters{};

    if (sameName(command.name, QLatin1String("exit")) && pipeline.commands.size() == 1 && !pipeline.input)
        return exit(command);
    const bool testing = sameName(command.name, TestCmdlet);
    const bool connectivity = sameName(command.name, ConnectivityCmdlet);

    // Values piped into the first command: only Test-SendConnectorRouting takes them (its -Recipient).
    if (pipeline.input && !testing) {
        fail(QString(), Problem::error(QStringLiteral("Shell.UnsupportedPipeline"), QStringLiteral("CommandLine"),
                                       tr("\"%1\" does not take values from the pipeline: in this shell only %2 "
                                          "does (its recipients). Give the value to a parameter of %1 instead.")
                                           .arg(command.name, TestCmdlet)));
        return Outcome::Failed;
    }

    // "Get-SendConnector … | Set-SendConnector …": Set changes each connector Get writes;
    // "Get-SendConnector … | Test-SendConnector …" tests each of them.
    const bool fromGet = pipeline.commands.size() >= 2 && sameName(command.name, GetCmdlet);
    const bool pipedSet = fromGet && sameName(pipeline.commands.at(1).name, SetCmdlet);
    const bool pipedTest = fromGet && sameName(pipeline.commands.at(1).name, ConnectivityCmdlet);
    Formatter formatter = Formatter::None;
    for (qsizetype i = pipedSet || pipedTest ? 2 : 1; i < pipeline.commands.size(); ++i) {
        const ShellCommand &next = pipeline.commands.at(i);
        const Formatter f = formatterOf(next);
        if (f == Formatter::UnsupportedProperties && i == pipeline.commands.size() - 1) {
            QStringList given;
            for (const ShellElement &element : next.elements)
                given.append(element.kind == ShellElement::Kind::Parameter ? QLatin1Char('-') + element.parameter
                                                                           : element.value.display());
            locate(next.position);
            fail(QString(), Problem::error(QStringLiteral("Shell.UnsupportedPipeline"), QStringLiteral("CommandLine"),
                                           tr("%1 in this shell always shows every property of a Send connector and "
                                              "takes no property names or parameters (got %2). Write \"| %1\" "
                                              "alone, or \"| %1 *\".")
                                               .arg(next.name, given.join(QStringLiteral(" ")))));
            return Outcome::Failed;
        }
        if (f == Formatter::Unsupported || f == Formatter::UnsupportedProperties
            || i != pipeline.commands.size() - 1) {
            locate(next.position);
            fail(QString(), Problem::error(QStringLiteral("Shell.UnsupportedPipeline"), QStringLiteral("CommandLine"),
                                           tr("\"%1\" cannot follow \"%2\" in a pipeline: this shell can only pass "
                                              "results from Get-SendConnector to Set-SendConnector or "
                                              "Test-SendConnector, and to Format-List (fl) or Format-Table (ft) at "
                                              "the end of the pipeline.")
                                               .arg(next.name, pipeline.commands.at(i - 1).name)));
            return Outcome::Failed;
        }
        formatter = f;
    }
    // Test-SendConnectorRouting's and Test-SendConnector's records are lists; a table of them is not offered.
    if ((testing || connectivity || pipedTest)
        && (formatter == Formatter::Table || formatter == Formatter::TableOfAllProperties)) {
        locate(pipeline.commands.last().position);
        fail(QString(), Problem::error(QStringLiteral("Shell.UnsupportedPipeline"), QStringLiteral("CommandLine"),
                                       tr("%1 shows its records as a list: write \"| Format-List\", or nothing.")
                                           .arg(testing ? QString(TestCmdlet) : QString(ConnectivityCmdlet))));
        return Outcome::Failed;
    }

    if (sameName(command.name, QLatin1String("Get-Help")) || sameName(command.name, QLatin1String("help")))
        return getHelp(command);
    if (const std::optional<ConnectorCmdlet> cmdlet = Parameter::cmdletFromName(command.name)) {
        // "-?" anywhere: the help, and nothing else runs (PowerShell checks it before binding).
        if (CmdletBinder::asksForHelp(command)) {
            m_io.out(CmdletHelp::text(*cmdlet, m_version, CmdletHelp::Detail::Summary));
            return Outcome::Succeeded;
        }
        m_common = CmdletBinder::commonParameters(command, *cmdlet, m_version);
    }

    if (pipedSet || pipedTest) {
        const ShellCommand &second = pipeline.commands.at(1);
        const ConnectorCmdlet secondCmdlet = pipedSet ? ConnectorCmdlet::SetSendConnector : ConnectorCmdlet::TestSendConnector;
        if (CmdletBinder::asksForHelp(second)) {
            m_io.out(CmdletHelp::text(secondCmdlet, m_version, CmdletHelp::Detail::Summary));
            return Outcome::Succeeded;
        }
        QList<SendConnector> piped;
        if (getSendConnector(command, piped) == Outcome::Failed)
            return Outcome::Failed;
        locate(second.position);
        m_common = CmdletBinder::commonParameters(second, secondCmdlet, m_version);
        return pipedSet ? setSendConnector(second, &piped) : testSendConnector(second, &piped);
    }

    QList<SendConnector> output;
    Outcome outcome = Outcome::Failed;
    if (sameName(command.name, NewCmdlet)) {
        outcome = newSendConnector(command, output);
    } else if (sameName(command.name, GetCmdlet)) {
        outcome = getSendConnector(command, output);
    } else if (sameName(command.name, RemoveCmdlet)) {
        outcome = removeSendConnector(command);
    } else if (sameName(command.name, SetCmdlet)) {
        outcome = setSendConnector(command, nullptr);
    } else if (testing) {
        return testSendConnectorRouting(command, pipeline.input ? &*pipeline.input : nullptr);
    } else if (connectivity) {
        return testSendConnector(command, nullptr);
    } else if (sameName(command.name, ExportCmdlet)) {
        outcome = exportOrganization(command);
    } else if (sameName(command.name, ImportCmdlet)) {
        outcome = importOrganization(command);
    } else {
        fail(QString(), Problem::error(QStringLiteral("Shell.UnknownCmdlet"), QStringLiteral("CommandLine"),
                                       tr("The term '%1' is not recognized as the name of a cmdlet, function, "
                                          "script file, or operable program. Check the spelling of the name. "
                                          "This shell knows %2, %3, %4, %5, %6, %7, %8 and %9.")
                                           .arg(command.name, NewCmdlet, GetCmdlet, SetCmdlet, RemoveCmdlet,
                                                TestCmdlet, ConnectivityCmdlet, ExportCmdlet, ImportCmdlet)));
        return Outcome::Failed;
    }

    if (!output.isEmpty()) {
        if (formatter == Formatter::List)
            m_io.out(OutputFormatter::list(output, m_version));
        else if (formatter == Formatter::TableOfAllProperties)
            m_io.out(OutputFormatter::tableOfAllProperties(output, m_version));
        else
            m_io.out(OutputFormatter::defaultTable(output));
    }
    return outcome;
}

ShellSession::Outcome ShellSession::getHelp(const ShellCommand &command)
{
    const QString getHelp = QStringLiteral("Get-Help");
    const QStringList parameters{QStringLiteral("Name"), QStringLiteral("Detailed"), QStringLiteral("Full"),
                                 QStringLiteral("Examples"), QStringLiteral("Parameter")};
    CmdletHelp::Detail detail = CmdletHelp::Detail::Summary;
    QString topic;
    std::optional<QString> parameterPattern; // -Parameter <name>
    Problems problems;
    const QList<ShellElement> &elements = command.elements;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ShellElement &element = elements.at(i);
        const auto setTopic = [&](const ShellValue &value) {
            if (value.kind == ShellValue::Kind::Text && topic.isEmpty()) {
                topic = value.text.trimmed();
                return;
            }
            problems.append(Problem::error(QStringLiteral("Binding.UnexpectedArgument"), QString(),
                                           tr("Get-Help takes one cmdlet name; '%1' is one too many.")
                                               .arg(value.display())));
        };
        if (element.kind == ShellElement::Kind::Argument) {
            setTopic(element.value);
            continue;
        }
        const QStringList matches = CmdletBinder::matchParameter(element.parameter, parameters);
        if (matches.size() != 1) {
            const QString code = matches.isEmpty() ? QStringLiteral("Binding.UnknownParameter")
                                                   : QStringLiteral("Binding.AmbiguousParameter");
            problems.append(Problem::error(
                code, element.parameter,
                tr("Get-Help has no parameter -%1 here. Its parameters are: %2.")
                    .arg(element.parameter, parameters.join(QLatin1String(", ")))));
            continue;
        }
        const QString &name = matches.first();
        if (name == QLatin1String("Parameter")) {
            const ShellValue *value = element.colonValue ? &element.value
                : i + 1 < elements.size() && elements.at(i + 1).kind == ShellElement::Kind::Argument
                ? &elements.at(++i).value
                : nullptr;
            if (value && value->kind == ShellValue::Kind::Text && !value->text.trimmed().isEmpty())
                parameterPattern = value->text.trimmed();
            else
                problems.append(Problem::error(QStringLiteral("Binding.MissingValue"), name,
                                               tr("Missing a value for parameter 'Parameter': write the name of a "
                                                  "parameter of the cmdlet after -Parameter, or * for all.")));
        } else if (name == QLatin1String("Name")) {
            if (element.colonValue)
                setTopic(element.value);
            else if (i + 1 < elements.size() && elements.at(i + 1).kind == ShellElement::Kind::Argument)
                setTopic(elements.at(++i).value);
            else
                problems.append(Problem::error(QStringLiteral("Binding.MissingValue"), name,
                                               tr("Missing a value for parameter 'Name': write the name of a cmdlet "
                                                  "after -Name.")));
        } else if (name == QLatin1String("Detailed")) {
            detail = CmdletHelp::Detail::Detailed;
        } else if (name == QLatin1String("Full")) {
            detail = CmdletHelp::Detail::Full;
        } else {
            detail = CmdletHelp::Detail::Examples;
        }
    }
    if (!problems.isEmpty()) {
        reportBinding(getHelp, problems);
        return Outcome::Failed;
    }
    if (topic.isEmpty() && !parameterPattern) {
        m_io.out(CmdletHelp::overview());
        return Outcome::Succeeded;
    }
    const std::optional<ConnectorCmdlet> cmdlet = Parameter::cmdletFromName(topic);
    if (!cmdlet) {
        fail(getHelp, Problem::error(QStringLiteral("Shell.UnknownHelpTopic"), QStringLiteral("Name"),
                                     topic.isEmpty()
                                         ? tr("Get-Help could not find a cmdlet in a help file in this session. This "
                                              "shell has help for %1, %2, %3, %4, %5, %6, %7 and %8.")
                                               .arg(NewCmdlet, GetCmdlet, SetCmdlet, RemoveCmdlet, TestCmdlet,
                                                    ConnectivityCmdlet, ExportCmdlet, ImportCmdlet)
                                         : tr("Get-Help could not find %1 in a help file in this session. This shell "
                                              "has help for %2, %3, %4, %5, %6, %7, %8 and %9.")
                                               .arg(topic, NewCmdlet, GetCmdlet, SetCmdlet, RemoveCmdlet, TestCmdlet,
                                                    ConnectivityCmdlet, ExportCmdlet, ImportCmdlet)));
        return Outcome::Failed;
    }
    if (parameterPattern) {
        const std::optional<QString> help = CmdletHelp::parameterHelp(*cmdlet, m_version, *parameterPattern);
        if (!help) {
            fail(getHelp, Problem::error(QStringLiteral("Shell.UnknownHelpParameter"), QStringLiteral("Parameter"),
                                         tr("%1 has no parameter matching \"%2\". Its parameters are: %3.")
                                             .arg(Parameter::cmdletName(*cmdlet), *parameterPattern,
                                                  CmdletHelp::parameterNames(*cmdlet, m_version))));
            return Outcome::Failed;
        }
        m_io.out(*help);
        return Outcome::Succeeded;
    }
    m_io.out(CmdletHelp::text(*cmdlet, m_version, detail));
    return Outcome::Succeeded;
}

// "exit" or "exit N": PowerShell's exit keyword. Without a number the status is 0, whatever
// failed before (docs/shell-language.md); N is an Int32, of which the system keeps the low 8 bits.
ShellSession::Outcome ShellSession::exit(const ShellCommand &command)
{
    if (command.elements.isEmpty()) {
        m_exitRequested = true;
        m_exitStatus = 0;
        return Outcome::Succeeded;
    }
    const ShellElement &first = command.elements.first();
    bool converted = false;
    const int code = first.kind == ShellElement::Kind::Argument && first.value.kind == ShellValue::Kind::Text
        ? first.value.text.trimmed().toInt(&converted)
        : 0;
    if (!converted || command.elements.size() > 1) {
        fail(QString(), Problem::error(QStringLiteral("Shell.InvalidExitCode"), QStringLiteral("CommandLine"),
                                       tr("exit takes one whole number, the exit status, as in \"exit 3\"; got "
                                          "\"%1\".")
                                           .arg(ShellSyntax::format({ShellPipeline{{command}, std::nullopt}}))));
        return Outcome::Failed;
    }
    m_exitRequested = true;
    m_exitStatus = code;
    return Outcome::Succeeded;
}

std::optional<ShellSession::Loaded> ShellSession::load(const QString &cmdlet)
{
    Parsed<Organization> parsed = m_store->load();
    if (!parsed.ok()) {
        // Each line starts with FILE:line:column, as compilers print theirs (editors jump there).
        report(QString(), OrganizationStore::locatedInFile(errorsOnly(parsed.problems), m_options.organizationPath));
        return std::nullopt;
    }
    Loaded loaded;
    loaded.organization = std::move(*parsed.value);
    if (m_options.version && *m_options.version != loaded.organization.exchangeVersion) {
        fail(cmdlet, Problem::error(QStringLiteral("Shell.VersionMismatch"), QStringLiteral("ExchangeVersion"),
                                    tr("The organization now runs Exchange %1, not Exchange %2.")
                                        .arg(Exchange::toString(loaded.organization.exchangeVersion),
                                             Exchange::toString(*m_options.version))));
        return std::nullopt;
    }
    m_version = loaded.organization.exchangeVersion;
    // Another process may have changed the servers since open().
    const TransportServer *server = loaded.organization.server(m_server);
    if (!server) {
        fail(cmdlet, Problem::error(QStringLiteral("Shell.UnknownServer"), QStringLiteral("Server"),
                                    tr("The server \"%1\" is no longer a transport server of the organization.")
                                        .arg(m_server)));
        return std::nullopt;
    }
    loaded.server = *server;
    m_onEdge = server->isEdge();
    if (m_onEdge)
        loaded.edgeServer = server->name;
    return loaded;
}

std::optional<QString> ShellSession::prompt(const QString &text)
{
    m_io.out(text);
    std::optional<QString> answer = m_io.readLine();
    // Answers piped in are not echoed by a terminal: write them, so that the output reads as a
    // transcript instead of a run of prompts.
    if (m_options.terminal == ShellTerminal::Detached)
        m_io.out((answer ? *answer : QString()) + QLatin1Char('\n'));
    else if (!answer)
        m_io.out(QStringLiteral("\n")); // Ctrl+D ends no line: the error must not follow the prompt on its line
    return answer;
}

ShellSession::Outcome ShellSession::newSendConnector(const ShellCommand &command, QList<SendConnector> &output)
{
    std::optional<Loaded> loaded = load(NewCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const Organization &organization = loaded->organization;

    if (loaded->server.isEdge() && loaded->server.subscribed) {
        fail(NewCmdlet, Problem::error(QStringLiteral("Shell.SubscribedEdge"), QString(),
                                       tr("The Edge Transport server \"%1\" is subscribed to the organization: its "
                                          "Send connectors come from EdgeSync. Create the Send connector on a Hub "
                                          "Transport server instead; it is replicated to this server at the next "
                                          "synchronization.")
                                           .arg(loaded->server.name)));
        return Outcome::Failed;
    }

    // Before any prompt: an operator who may not create connectors is not asked for values first.
    if (!permitted(NewCmdlet, *loaded, OperatorPermissions::Action::CreateConnector))
        return Outcome::Failed;

    const NewSendConnectorRequest request =
        CmdletBinder::bindNewSendConnector(command, loaded->shellContext(m_version, m_server));
    if (hasErrors(request.problems)) {
        reportBinding(NewCmdlet, request.problems);
        return Outcome::Failed;
    }
    warn(request.problems);
    verbose(NewCmdlet, tr("Beginning processing."));
    SendConnector connector = request.connector;

    // Interactive mode: PowerShell asks for the mandatory parameters that were not given.
    const bool askAddressSpaces = !request.addressSpacesGiven && connector.linkedReceiveConnector.isEmpty();
    const bool askName = !request.nameGiven;
    if (askAddressSpaces || askName) {
        m_io.out(tr("cmdlet %1 at command pipeline position 1\nSupply values for the following parameters:\n")
                     .arg(NewCmdlet));
    }
    const auto endOfInput = [this](const QString &parameter) {
        fail(NewCmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), parameter,
                                       tr("The input ended while a value for %1 was asked for. The Send connector "
                                          "was not created.")
                                           .arg(parameter)));
        return Outcome::Failed;
    };
    if (askAddressSpaces) {
        for (int index = 0;; ++index) {
            const std::optional<QString> answer = prompt(QStringLiteral("AddressSpaces[%1]: ").arg(index));
            if (!answer)
                return endOfInput(Parameter::name(P::AddressSpaces));
            const QString text = answer->trimmed();
            if (text.isEmpty())
                break;
            const Parsed<AddressSpace> space = AddressSpaceParser::parse(text, m_version);
            if (!space.ok()) {
                report(NewCmdlet, withParameter(space.problems, QStringLiteral("AddressSpaces[%1]").arg(index)));
                return Outcome::Failed;
            }
            connector.addressSpaces.append(*space.value);
        }
    }
    if (askName) {
        const std::optional<QString> answer = prompt(QStringLiteral("Name: "));
        if (!answer)
            return endOfInput(Parameter::name(P::Name));
        connector.name = *answer;
    }
    connector.name = connector.name.trimmed();

    // By default the connector is sent from the Hub Transport server the shell runs on.
    if (!m_onEdge && connector.sourceTransportServers.isEmpty())
        connector.sourceTransportServers = QStringList{m_server};

    // (Get-Credential) asks for the user name (unless given) and the password.
    QString password;
    if (request.credentialRequested) {
        QString userName = request.credentialUserName;
        if (!readCredential(NewCmdlet, userName, password, tr("The Send connector was not created.")))
            return Outcome::Failed;
        connector.authenticationCredential = AuthenticationCredential{userName};
    }

    ConnectorContext context;
    context.organization = &organization;
    context.version = m_version;
    context.edgeServer = loaded->edgeServer;
    const Problems problems = ConnectorValidator::validate(connector, context);
    if (hasErrors(problems)) {
        report(NewCmdlet, problems);
        return Outcome::Failed;
    }
    for (const Problem &warning : problems)
        m_io.err(warning.toString() + QLatin1Char('\n'));

    // Exchange's own ShouldProcess text, as its cmdlets print it (docs/shell-language.md).
    const QString action = tr("Creating Send connector \"%1\".").arg(connector.name);
    if (request.whatIf) {
        m_io.out(tr("What if: %1").arg(action) + QLatin1Char('\n'));
        return Outcome::Succeeded;
    }
    if (request.confirm) {
        const std::optional<bool> confirmed = confirm(action);
        if (!confirmed) {
            fail(NewCmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), Parameter::name(P::Confirm),
                                           tr("The input ended before the creation of Send connector \"%1\" was "
                                              "confirmed. Nothing was created.")
                                               .arg(connector.name)));
            return Outcome::Failed;
        }
        if (!*confirmed) {
            verbose(NewCmdlet, tr("Ending processing."));
            return Outcome::Succeeded; // declining is the user's choice, not an error
        }
    }
    verbose(NewCmdlet, action);

    const QString edgeServer = loaded->edgeServer;
    // Checked again on the file as it is now: the roles, the server, the version and the rules
    // (e.g. a connector of the same name created meanwhile).
    const Parsed<Organization> written =
        ConnectorOperations(m_store, OperationScope{m_options.operatorName, m_server, m_version})
            .create(connector);
    if (!written.ok()) {
        report(NewCmdlet, OrganizationStore::locatedInFile(errorsOnly(written.problems), m_options.organizationPath));
        return Outcome::Failed;
    }
    if (connector.authenticationCredential)
        m_credentials.setPassword(connector.name, connector.authenticationCredential->userName, password);
    verbose(NewCmdlet, tr("Saved the organization file \"%1\".").arg(m_options.organizationPath));
    verbose(NewCmdlet, tr("Ending processing."));

    const SendConnector *saved = written.value->connector(connector.name, edgeServer);
    output.append(saved ? *saved : connector);
    return Outcome::Succeeded;
}

bool ShellSession::readCredential(const QString &cmdlet, QString &userName, QString &password, const QString &notDone)
{
    const auto endOfInput = [&]() {
        fail(cmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), Parameter::name(P::AuthenticationCredential),
                                    tr("The input ended while a value for %1 was asked for. %2")
                                        .arg(Parameter::name(P::AuthenticationCredential), notDone)));
        return false;
    };
    if (userName.isEmpty()) {
        const std::optional<QString> answer = prompt(tr("User name: "));
        if (!answer)
            return endOfInput();
        userName = answer->trimmed();
    }
    m_io.out(tr("Password for user %1: ").arg(userName));
    const std::optional<QString> secret = m_io.readSecret();
    if (m_options.terminal == ShellTerminal::Detached)
        m_io.out(QStringLiteral("\n")); // never the password itself
    if (!secret)
        return endOfInput();
    password = *secret;
    if (password.isEmpty()) {
        fail(cmdlet, Problem::error(QStringLiteral("Shell.PasswordEmpty"), Parameter::name(P::AuthenticationCredential),
                                    tr("The password for user %1 is empty. Basic authentication needs the "
                                       "smart host's password for that user.")
                                        .arg(userName)));
        return false;
    }
    if (password.size() > MaximumPasswordLength) {
        fail(cmdlet, Problem::error(QStringLiteral("Shell.PasswordTooLong"),
                                    Parameter::name(P::AuthenticationCredential),
                                    tr("The password has %1 characters; at most %2 are allowed.")
                                        .arg(password.size())
                                        .arg(MaximumPasswordLength)));
        return false;
    }
    return true;
}

ShellSession::Outcome ShellSession::getSendConnector(const ShellCommand &command, QList<SendConnector> &output)
{
    std::optional<Loaded> loaded = load(GetCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const IdentityRequest request = CmdletBinder::bindGetSendConnector(command, loaded->shellContext(m_version, m_server));
    if (hasErrors(request.problems)) {
        reportBinding(GetCmdlet, request.problems);
        return Outcome::Failed;
    }
    warn(request.problems);
    verbose(GetCmdlet, tr("Beginning processing."));
    verbose(GetCmdlet, tr("Reading the Send connectors of %1 from \"%2\".").arg(m_server, m_options.organizationPath));
    const QList<SendConnector> &connectors = loaded->organization.connectorsFor(loaded->edgeServer);
    if (request.identity.isEmpty()) {
        output = connectors;
        verbose(GetCmdlet, tr("Ending processing."));
        return Outcome::Succeeded;
    }
    const SendConnector *found = loaded->organization.connector(request.identity.trimmed(), loaded->edgeServer);
    if (!found && request.identity.contains(QLatin1Char('*'))) {
        fail(GetCmdlet, wildcardIdentity(GetCmdlet, request.identity.trimmed(),
                                         loaded->organization.connectorsFor(loaded->edgeServer)));
        return Outcome::Failed;
    }
    if (!found) {
        fail(GetCmdlet, Problem::error(QStringLiteral("Shell.ConnectorNotFound"), Parameter::name(P::Identity),
                                       tr("The Send connector \"%1\" was not found on %2. Run Get-SendConnector "
                                          "without an identity to list the Send connectors.")
                                           .arg(request.identity, m_server)));
        return Outcome::Failed;
    }
    output.append(*found);
    verbose(GetCmdlet, tr("Ending processing."));
    return Outcome::Succeeded;
}

ShellSession::Targets::~Targets()
{
    // The password of (Get-Credential) goes with the command (docs/shell-language.md).
    password.fill(QLatin1Char('\0'));
}

ShellSession::Outcome ShellSession::forEachConnector(const QString &cmdlet, const TargetRequest &request,
                                                     const QList<SendConnector> *piped, const QString &endOfInput,
                                                     const QString &notDone, const ConnectorAction &action)
{
    Problems bindingProblems = request.problems;
    if (piped && request.identityGiven) {
        // PowerShell binds the piped connector to -Identity: the two cannot both name it.
        bindingProblems.append(Problem::error(
            QStringLiteral("Binding.PipelineInput"), Parameter::name(ConnectorParameter::Identity),
            tr("%1 takes the Send connector either from the pipeline or from -Identity, not both: remove -Identity "
               "(or the name) after \"| %1\", or run %1 alone.")
                .arg(cmdlet)));
    }
    if (hasErrors(bindingProblems)) {
        reportBinding(cmdlet, bindingProblems);
        return Outcome::Failed;
    }
    warn(request.problems);
    verbose(cmdlet, tr("Beginning processing."));

    Targets targets;
    if (piped) {
        for (const SendConnector &connector : *piped)
            targets.identities.append(connector.name);
    } else if (!request.identity.isEmpty()) {
        targets.identities.append(request.identity);
    } else {
        // Interactive mode: PowerShell asks for the mandatory -Identity.
        m_io.out(tr("cmdlet %1 at command pipeline position 1\nSupply values for the following parameters:\n").arg(cmdlet));
        const std::optional<QString> answer = prompt(QStringLiteral("Identity: "));
        if (!answer) {
            fail(cmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), Parameter::name(ConnectorParameter::Identity),
                                        endOfInput));
            return Outcome::Failed;
        }
        targets.identities.append(answer->trimmed());
    }

    // (Get-Credential) is evaluated once, before the first connector, as PowerShell evaluates arguments.
    targets.userName = request.credentialUserName;
    if (request.credentialRequested && !targets.identities.isEmpty()
        && !readCredential(cmdlet, targets.userName, targets.password, notDone))
        return Outcome::Failed;

    bool succeeded = true;
    for (const QString &identity : std::as_const(targets.identities)) {
        if (m_terminated)
            break;
        if (action(identity, targets.userName, targets.password) == Outcome::Failed)
            succeeded = false;
    }
    verbose(cmdlet, tr("Ending processing."));
    return succeeded ? Outcome::Succeeded : Outcome::Failed;
}

// Set-SendConnector: each connector named (or piped) is its own operation, changed on the file as it
// is now; the changed connector is checked as a whole before anything is asked or written.
ShellSession::Outcome ShellSession::setSendConnector(const ShellCommand &command, const QList<SendConnector> *piped)
{
    std::optional<Loaded> loaded = load(SetCmdlet);
    if (!loaded)
        return Outcome::Failed;
    if (loaded->server.isEdge() && loaded->server.subscribed) {
        fail(SetCmdlet, Problem::error(QStringLiteral("Shell.SubscribedEdge"), QString(),
                                       tr("The Edge Transport server \"%1\" is subscribed to the organization: its "
                                          "Send connectors come from EdgeSync. Change the Send connector on a Hub "
                                          "Transport server instead; the change reaches this server at the next "
                                          "synchronization.")
                                           .arg(loaded->server.name)));
        return Outcome::Failed;
    }
    if (!permitted(SetCmdlet, *loaded, OperatorPermissions::Action::ChangeConnector))
        return Outcome::Failed;
    const SetSendConnectorRequest request =
        CmdletBinder::bindSetSendConnector(command, loaded->shellContext(m_version, m_server));
    return forEachConnector(
        SetCmdlet,
        {request.problems, request.identityGiven, request.identity, request.credentialRequested, request.credentialUserName},
        piped, tr("The input ended while a value for Identity was asked for. Nothing was changed."), tr("Nothing was changed."),
        [&](const QString &identity, const QString &userName, const QString &password) {
            return changeConnector(request, identity, userName, password);
        });
}

ShellSession::Outcome ShellSession::changeConnector(const SetSendConnectorRequest &request, const QString &identity,
                                                    const QString &userName, const QString &password)
{
    // The file as it is now: a connector piped from Get-SendConnector may have changed since.
    std::optional<Loaded> loaded = load(SetCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const Organization &organization = loaded->organization;
    const QString edgeServer = loaded->edgeServer;
    const SendConnector *found = organization.connector(identity, edgeServer);
    if (!found) {
        fail(SetCmdlet, connectorNotFound(SetCmdlet, identity, *loaded));
        return Outcome::Failed;
    }
    const SendConnector current = *found;
    SendConnector changed = request.applyTo(current);
    if (request.credentialRequested)
        changed.authenticationCredential = AuthenticationCredential{userName};

    // The connector as it would be, checked as a whole: every broken rule at once, nothing written.
    ConnectorContext context;
    context.organization = &organization;
    context.version = m_version;
    context.edgeServer = edgeServer;
    context.originalName = current.name;
    const Problems problems = ConnectorValidator::validate(changed, context);
    if (hasErrors(problems)) {
        report(SetCmdlet, problems);
        return Outcome::Failed;
    }

    const QString action = tr("Setting Send connector \"%1\".").arg(current.name);
    if (request.whatIf) {
        m_io.out(tr("What if: %1").arg(action) + QLatin1Char('\n'));
        return Outcome::Succeeded;
    }
    // Exchange's Set cmdlets say so when the values given are the connector's already, and write nothing.
    if (changed == current && !request.credentialRequested) {
        m_io.err(Problem::warning(QStringLiteral("Shell.NothingChanged"), QString(),
                                  tr("The command completed successfully but no settings of \"%1\" have been "
                                     "modified.")
                                      .arg(current.name))
                     .toString()
                 + QLatin1Char('\n'));
        return Outcome::Succeeded;
    }
    if (request.confirm) {
        const std::optional<bool> confirmed = confirm(action);
        if (!confirmed) {
            fail(SetCmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), Parameter::name(P::Confirm),
                                           tr("The input ended before the change of Send connector \"%1\" was "
                                              "confirmed. Nothing was changed.")
                                               .arg(current.name)));
            return Outcome::Failed;
        }
        if (!*confirmed)
            return Outcome::Succeeded; // declining is the user's choice, not an error
    }
    for (const Problem &warning : problems)
        m_io.err(warning.toString() + QLatin1Char('\n'));
    verbose(SetCmdlet, action);

    // Checked again on the file as it is now: the roles, the server, the version and the rules;
    // and the connector must still be the one read above (another program may have changed it
    // while the confirmation or the password was asked for): never overwritten blindly.
    const Parsed<Organization> written =
        ConnectorOperations(m_store, OperationScope{m_options.operatorName, m_server, m_version})
            .change(current.name, changed, current);
    if (!written.ok()) {
        report(SetCmdlet, OrganizationStore::locatedInFile(errorsOnly(written.problems), m_options.organizationPath));
        return Outcome::Failed;
    }
    // The password stays in memory, under the connector's (new) name.
    if (request.credentialRequested) {
        m_credentials.forget(current.name);
        m_credentials.setPassword(changed.name, userName, password);
    } else if (!changed.authenticationCredential) {
        m_credentials.forget(current.name);
    } else if (changed.name != current.name) {
        const QString user = changed.authenticationCredential->userName;
        const std::optional<QString> kept = m_credentials.password(current.name, user);
        m_credentials.forget(current.name);
        if (kept)
            m_credentials.setPassword(changed.name, user, *kept);
    }
    verbose(SetCmdlet, tr("Saved the organization file \"%1\".").arg(m_options.organizationPath));
    // A change can leave Internet mail unreachable (the last "*" connector disabled): say so at once.
    for (const Problem &advice : OrganizationRules::review(*written.value, edgeServer))
        m_io.err(advice.toString() + QLatin1Char('\n'));
    return Outcome::Succeeded;
}

// Exchange 2007 takes one connector's name in -Identity: a '*' is no wildcard there
// (docs/shell-language.md). The message names what it would have matched.
Problem ShellSession::wildcardIdentity(const QString &cmdlet, const QString &identity,
                                       const QList<SendConnector> &connectors) const
{
    QStringList parts = identity.split(QLatin1Char('*'));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))),
                                     QRegularExpression::CaseInsensitiveOption);
    QStringList matches;
    for (const SendConnector &connector : connectors) {
        if (pattern.match(connector.name).hasMatch())
            matches.append(QLatin1Char('"') + connector.name + QLatin1Char('"'));
    }
    const QString start = tr("%1 of Exchange %2 does not take wildcards: -Identity names one Send connector "
                             "exactly, and no Send connector on %3 is named \"%4\".")
                              .arg(cmdlet, Exchange::toString(m_version), m_server, identity);
    QString hint;
    if (matches.size() > 1) {
        hint = cmdlet == SetCmdlet
            ? tr("\"%1\" would match %2 Send connectors (%3): name one of them, or change them all with "
                 "Get-SendConnector | Set-SendConnector.")
                  .arg(identity)
                  .arg(matches.size())
                  .arg(matches.join(QLatin1String(", ")))
            : tr("\"%1\" would match %2 Send connectors (%3): name one of them.")
                  .arg(identity)
                  .arg(matches.size())
                  .arg(matches.join(QLatin1String(", ")));
    } else if (matches.size() == 1) {
        hint = tr("Did you mean %1? Write its whole name.").arg(matches.first());
    } else {
        hint = tr("Run Get-SendConnector to list the Send connectors.");
    }
    return Problem::error(QStringLiteral("Shell.WildcardIdentity"), Parameter::name(P::Identity),
                          start + QLatin1Char(' ') + hint);
}

std::optional<bool> ShellSession::confirm(const QString &action)
{
    if (m_confirmAll)
        return *m_confirmAll;
    m_io.out(tr("\nConfirm\nAre you sure you want to perform this action?\n%1\n").arg(action));
    // The letters are the language's own, as in a localized PowerShell ("[J] Ja" in German); the
    // English letters are taken too, so that a script's answers work in every language
    // (docs/decisions.md#languages).
    const QString yes = tr("Y", "confirmation choice letter: Yes");
    const QString yesToAll = tr("A", "confirmation choice letter: Yes to All");
    const QString no = tr("N", "confirmation choice letter: No");
    const QString noToAll = tr("L", "confirmation choice letter: No to All");
    const QString suspend = tr("S", "confirmation choice letter: Suspend");
    const QString choices = tr("[%1] Yes  [%2] Yes to All  [%3] No  [%4] No to All  [%5] Suspend  [?] Help "
                               "(default is \"%1\"):")
                                .arg(yes, yesToAll, no, noToAll, suspend);
    for (;;) {
        const std::optional<QString> answer = prompt(choices);
        if (!answer)
            return std::nullopt;
        const QString text = answer->trimmed();
        const auto is = [&text](const QString &letter, const QString &englishLetter, const QString &label) {
            return sameName(text, letter) || sameName(text, englishLetter) || sameName(text, label);
        };
        // PowerShell takes the letter or the whole label of a choice, in any case.
        if (text.isEmpty() || is(yes, QStringLiteral("Y"), tr("Yes")))
            return true;
        if (is(yesToAll, QStringLiteral("A"), tr("Yes to All"))) {
            m_confirmAll = true;
            return true;
        }
        if (is(no, QStringLiteral("N"), tr("No")))
            return false;
        if (is(noToAll, QStringLiteral("L"), tr("No to All"))) {
            m_confirmAll = false;
            return false;
        }
        if (is(suspend, QStringLiteral("S"), tr("Suspend"))) {
            m_io.out(tr("Suspend is not available: this shell has no nested prompt to suspend to. Answer %1, %2, %3 "
                        "or %4.")
                         .arg(yes, yesToAll, no, noToAll)
                     + QLatin1Char('\n'));
            continue;
        }
        if (text == QLatin1String("?")) {
            m_io.out(tr("%1 - Continue with only the next step of the operation.\n"
                        "%2 - Continue with all the steps of the operation.\n"
                        "%3 - Skip this operation and proceed with the next operation.\n"
                        "%4 - Skip this operation and all subsequent operations.\n"
                        "%5 - Pause the current pipeline and return to the command prompt (not available in this "
                        "shell).\n")
                         .arg(yes, yesToAll, no, noToAll, suspend));
        }
        // Anything else: PowerShell asks again until it understands the answer.
    }
}

ShellSession::Outcome ShellSession::removeSendConnector(const ShellCommand &command)
{
    std::optional<Loaded> loaded = load(RemoveCmdlet);
    if (!loaded)
        return Outcome::Failed;
    if (loaded->server.isEdge() && loaded->server.subscribed) {
        fail(RemoveCmdlet, Problem::error(QStringLiteral("Shell.SubscribedEdge"), QString(),
                                          tr("The Edge Transport server \"%1\" is subscribed to the organization: "
                                             "its Send connectors come from EdgeSync. Remove the Send connector on "
                                             "a Hub Transport server instead.")
                                              .arg(loaded->server.name)));
        return Outcome::Failed;
    }
    if (!permitted(RemoveCmdlet, *loaded, OperatorPermissions::Action::RemoveConnector))
        return Outcome::Failed;
    const IdentityRequest request =
        CmdletBinder::bindRemoveSendConnector(command, loaded->shellContext(m_version, m_server));
    if (hasErrors(request.problems)) {
        reportBinding(RemoveCmdlet, request.problems);
        return Outcome::Failed;
    }
    warn(request.problems);
    verbose(RemoveCmdlet, tr("Beginning processing."));
    QString identity = request.identity.trimmed();
    if (identity.isEmpty()) {
        m_io.out(tr("cmdlet %1 at command pipeline position 1\nSupply values for the following parameters:\n")
                     .arg(RemoveCmdlet));
        const std::optional<QString> answer = prompt(QStringLiteral("Identity: "));
        if (!answer) {
            fail(RemoveCmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), Parameter::name(P::Identity),
                                              tr("The input ended while a value for Identity was asked for. "
                                                 "Nothing was removed.")));
            return Outcome::Failed;
        }
        identity = answer->trimmed();
    }
    const QString edgeServer = loaded->edgeServer;
    const SendConnector *found = loaded->organization.connector(identity, edgeServer);
    if (!found) {
        fail(RemoveCmdlet, connectorNotFound(RemoveCmdlet, identity, *loaded));
        return Outcome::Failed;
    }
    const QString name = found->name;
    const QString action = tr("Removing Send connector \"%1\".").arg(name);

    if (request.whatIf) {
        m_io.out(tr("What if: %1").arg(action) + QLatin1Char('\n'));
        return Outcome::Succeeded;
    }
    if (request.confirm) {
        // Without a terminal only a written-out -Confirm asks (the answer is then read from the input).
        if (m_options.terminal == ShellTerminal::Detached && !request.confirmGiven) {
            fail(RemoveCmdlet, Problem::error(QStringLiteral("Shell.ConfirmationNeeded"), Parameter::name(P::Confirm),
                                              tr("Removing Send connector \"%1\" needs a confirmation, and there is "
                                                 "no terminal to ask on. Add -Confirm:$false to remove it without "
                                                 "asking, or -Confirm to read the answer from the input.")
                                                  .arg(name)));
            return Outcome::Failed;
        }
        const std::optional<bool> confirmed = confirm(action);
        if (!confirmed) {
            fail(RemoveCmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), Parameter::name(P::Confirm),
                                              tr("The input ended before the removal of Send connector \"%1\" was "
                                                 "confirmed. Nothing was removed.")
                                                  .arg(name)));
            return Outcome::Failed;
        }
        if (!*confirmed)
            return Outcome::Succeeded; // declining is the user's choice, not an error
    }
    verbose(RemoveCmdlet, action);

    const Parsed<Organization> written =
        ConnectorOperations(m_store, OperationScope{m_options.operatorName, m_server, m_version})
            .remove(name);
    if (!written.ok()) {
        report(RemoveCmdlet, OrganizationStore::locatedInFile(errorsOnly(written.problems), m_options.organizationPath));
        return Outcome::Failed;
    }
    m_credentials.forget(name);
    verbose(RemoveCmdlet, tr("Saved the organization file \"%1\".").arg(m_options.organizationPath));
    verbose(RemoveCmdlet, tr("Ending processing."));
    // Removing the last "*" connector leaves Internet mail unreachable: say so at once.
    for (const Problem &advice : OrganizationRules::review(*written.value, edgeServer))
        m_io.err(advice.toString() + QLatin1Char('\n'));
    return Outcome::Succeeded;
}

Problem ShellSession::connectorNotFound(const QString &cmdlet, const QString &identity, const Loaded &loaded) const
{
    if (identity.contains(QLatin1Char('*')))
        return wildcardIdentity(cmdlet, identity, loaded.organization.connectorsFor(loaded.edgeServer));
    return Problem::error(QStringLiteral("Shell.ConnectorNotFound"), Parameter::name(P::Identity),
                          tr("The Send connector \"%1\" was not found on %2. Run Get-SendConnector to list the "
                             "Send connectors.")
                              .arg(identity, m_server));
}

bool ShellSession::permitted(const QString &cmdlet, const Loaded &loaded, OperatorPermissions::Action action)
{
    const Problems denied = OperatorPermissions::check(loaded.organization, m_options.operatorName,
                                                       loaded.edgeServer, action);
    if (denied.isEmpty())
        return true;
    report(cmdlet, denied);
    return false;
}

void ShellSession::reportBinding(const QString &cmdlet, const Problems &problems)
{
    const CommonParameters common = m_common;
    m_common = CommonParameters{};
    report(cmdlet, problems);
    m_common = common;
}

void ShellSession::warn(const Problems &problems)
{
    for (const Problem &problem : problems) {
        if (!problem.isError())
            m_io.err(problem.toString() + QLatin1Char('\n'));
    }
}

void ShellSession::verbose(const QString &cmdlet, const QString &text)
{
    if (m_common.verbose)
        m_io.err(tr("VERBOSE: %1 : %2").arg(cmdlet, text) + QLatin1Char('\n'));
}

void ShellSession::report(const QString &cmdlet, const Problems &problems)
{
    m_lastProblems += problems;
    const ErrorActionPreference action = m_common.errorAction;
    if (action == ErrorActionPreference::SilentlyContinue && hasErrors(problems)) {
        warn(problems); // -ErrorAction silences errors, not warnings
        return;
    }
    const bool stop = action == ErrorActionPreference::Stop && hasErrors(problems);
    if (stop)
        stopAfterTerminatingError();
    const QString prefix = cmdlet.isEmpty() ? QString() : cmdlet + QStringLiteral(" : ");
    // PowerShell 1.0's words for an error made terminating by -ErrorAction Stop.
    const QString stopped = stop ? tr("Command execution stopped because the shell variable \"ErrorActionPreference\" "
                                      "is set to Stop: ")
                                 : QString();
    QString text;
    // Thousands of stray words make thousands of problems: the first ones say what is wrong.
    const qsizetype shown = std::min<qsizetype>(problems.size(), MaximumReportedProblems);
    for (qsizetype i = 0; i < shown; ++i) {
        const Problem &problem = problems.at(i);
        // Warnings carry their own "WARNING: " prefix.
        text += (problem.isError() ? prefix + stopped : QString()) + problem.toString() + QLatin1Char('\n');
    }
    if (problems.size() > shown)
        text += tr("%n more problem(s) are not shown; correct the ones above first.", nullptr, int(problems.size() - shown))
            + QLatin1Char('\n');
    text += tr("At line:%1 char:%2").arg(m_lineNumber).arg(m_column) + QLatin1Char('\n');
    m_io.err(text);
}

// Test-SendConnectorRouting (docs/shell-language.md#test-sendconnectorrouting): reads the file, never
// writes or locks it, needs no role. Each recipient is answered in order; an invalid address is an
// error for that one only (PowerShell's non-terminating error), while a problem of the server or
// the size, the same for every recipient, is reported once and ends the command.
ShellSession::Outcome ShellSession::testSendConnectorRouting(const ShellCommand &command, const ShellValue *piped)
{
    std::optional<Loaded> loaded = load(TestCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const TestRoutingRequest request =
        CmdletBinder::bindTestSendConnectorRouting(command, loaded->shellContext(m_version, m_server));
    if (hasErrors(request.problems)) {
        reportBinding(TestCmdlet, request.problems);
        return Outcome::Failed;
    }
    const QString recipientParameter = Parameter::name(P::Recipient);
    if (piped && request.recipientsGiven) {
        reportBinding(TestCmdlet, {Problem::error(QStringLiteral("Binding.PipelineInput"), recipientParameter,
                                                  tr("%1 takes its recipients from the pipeline or from -%2, not "
                                                     "from both: leave out -%2, or the values before the '|'.")
                                                      .arg(TestCmdlet, recipientParameter))});
        return Outcome::Failed;
    }
    warn(request.problems);
    verbose(TestCmdlet, tr("Beginning processing."));

    // The recipients in order; an entry with a problem is an error for that entry only.
    struct Entry
    {
        QString address;
        std::optional<Problem> problem;
    };
    QList<Entry> entries;
    if (piped) {
        const QList<ShellValue> items = piped->kind == ShellValue::Kind::List ? piped->items : QList<ShellValue>{*piped};
        for (const ShellValue &item : items) {
            if (item.kind == ShellValue::Kind::Text) {
                entries.append({item.text.trimmed(), std::nullopt});
                continue;
            }
            entries.append({QString(), Problem::error(QStringLiteral("Binding.WrongType"), recipientParameter,
                                                      tr("The pipeline input '%1' is not an e-mail address; pipe "
                                                         "addresses as text, such as 'kim@contoso.com'.")
                                                          .arg(item.display()))});
        }
    } else if (request.recipientsGiven) {
        for (const QString &address : request.recipients)
            entries.append({address, std::nullopt});
    } else {
        // Interactive mode, as New-SendConnector asks for its mandatory parameters: one address a line,
        // an empty line ends the list.
        m_io.out(tr("cmdlet %1 at command pipeline position 1\nSupply values for the following parameters:\n")
                     .arg(TestCmdlet));
        for (int index = 0;; ++index) {
            const std::optional<QString> answer = prompt(QStringLiteral("%1[%2]: ").arg(recipientParameter).arg(index));
            if (!answer) {
                fail(TestCmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), recipientParameter,
                                                tr("The input ended while a value for %1 was asked for. Nothing was "
                                                   "tested.")
                                                    .arg(recipientParameter)));
                return Outcome::Failed;
            }
            const QString text = answer->trimmed();
            if (text.isEmpty())
                break;
            entries.append({text, std::nullopt});
        }
        if (entries.isEmpty()) {
            fail(TestCmdlet, Problem::error(QStringLiteral("Binding.MissingValue"), recipientParameter,
                                            tr("%1 needs at least one recipient: give -%2 kim@contoso.com, or pipe "
                                               "addresses to it.")
                                                .arg(TestCmdlet, recipientParameter)));
            return Outcome::Failed;
        }
    }

    const RouteResolver resolver(std::move(loaded->organization));
    const QString server = request.server.isEmpty() ? m_server : request.server;
    const RouteResolver::Detail detail =
        request.explain ? RouteResolver::Detail::Explanation : RouteResolver::Detail::Decision;
    verbose(TestCmdlet, tr("Resolving %n recipient(s) from %1 in \"%2\".", nullptr, int(entries.size()))
                            .arg(server, m_options.organizationPath));
    bool failed = false;
    bool endsInRecord = false; // Format-List ends its output with a blank line; a table has its own
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.problem) {
            fail(TestCmdlet, *entry.problem);
            failed = true;
            if (m_terminated)
                break;
            continue;
        }
        const Parsed<Route> route = resolver.resolve(entry.address, request.messageSize, server, detail);
        if (!route.ok()) {
            const Problems errors = errorsOnly(route.problems);
            report(TestCmdlet, errors);
            failed = true;
            const bool aboutTheRecipient = std::all_of(errors.cbegin(), errors.cend(), [&](const Problem &p) {
                return p.parameter == recipientParameter;
            });
            if (!aboutTheRecipient || m_terminated)
                break; // the server or the size: every other recipient would fail the same way
            continue;
        }
        m_io.out(OutputFormatter::record(OutputFormatter::routeProperties(*route.value)));
        endsInRecord = true;
        if (request.explain) {
            const QString table = OutputFormatter::candidateTable(*route.value);
            if (!table.isEmpty()) {
                m_io.out(table);
                endsInRecord = false;
            }
        }
    }
    if (endsInRecord)
        m_io.out(QStringLiteral("\n"));
    verbose(TestCmdlet, tr("Ending processing."));
    return failed ? Outcome::Failed : Outcome::Succeeded;
}

void ShellSession::requestStop()
{
    if (!m_runningTest)
        return;
    m_stopRequested = true;
    m_runningTest->cancel(); // finished() at once: the local event loop ends
}

// Test-SendConnector (docs/shell-language.md#test-sendconnector): reads the file, never writes or
// locks it, needs no role. Each connector named or piped is tested in turn, on the file as it is
// then; the password of (Get-Credential) is asked for once and lives only in this call's memory.
ShellSession::Outcome ShellSession::testSendConnector(const ShellCommand &command, const QList<SendConnector> *piped)
{
    std::optional<Loaded> loaded = load(ConnectivityCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const TestConnectivityRequest request =
        CmdletBinder::bindTestSendConnector(command, loaded->shellContext(m_version, m_server));
    // Without (Get-Credential) nothing is asked: authentication is not tried (docs/shell-language.md).
    return forEachConnector(
        ConnectivityCmdlet,
        {request.problems, request.identityGiven, request.identity, request.credentialRequested, request.credentialUserName},
        piped, tr("The input ended while a value for Identity was asked for. Nothing was tested."), tr("Nothing was tested."),
        [&](const QString &identity, const QString &userName, const QString &password) {
            return testConnector(request, identity, userName, password);
        });
}

ShellSession::Outcome ShellSession::testConnector(const TestConnectivityRequest &request, const QString &identity,
                                                  const QString &userName, const QString &password)
{
    // The file as it is now: a connector piped from Get-SendConnector may have changed since.
    std::optional<Loaded> loaded = load(ConnectivityCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const SendConnector *found = loaded->organization.connector(identity, loaded->edgeServer);
    if (!found) {
        fail(ConnectivityCmdlet, connectorNotFound(ConnectivityCmdlet, identity, *loaded));
        return Outcome::Failed;
    }
    SendConnector connector = *found;
    if (request.credentialRequested)
        connector.authenticationCredential = AuthenticationCredential{userName};

    // Tested as the server the shell runs on sends through it (an Edge's own connector, or a Hub
    // that is one of its source servers): that server's name and external DNS servers. Otherwise
    // as the connector's first source server sends, as the model chooses (docs/shell-language.md).
    const bool sendsFromHere = m_onEdge || connector.sourceTransportServers.contains(m_server, Qt::CaseInsensitive);
    ConnectivityTest test;
    m_options.connectivity.applyTo(test);
    if (request.timeoutSeconds)
        test.setStepTimeout(std::chrono::seconds(*request.timeoutSeconds));
    test.setRecipientDomain(request.recipientDomain);
    if (request.credentialRequested)
        test.setPassword(password);
    verbose(ConnectivityCmdlet, tr("Testing the next hops of Send connector \"%1\".").arg(connector.name));

    // Waits in a local event loop; requestStop() (Ctrl+C) cancels the test, which ends it at once.
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&test, &ConnectivityTest::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    m_stopRequested = false;
    m_runningTest = &test;
    if (m_io.waiting)
        m_io.waiting(true);
    test.start(connector, loaded->organization, sendsFromHere ? m_server : QString());
    if (!finished)
        loop.exec();
    m_runningTest = nullptr;
    if (m_io.waiting)
        m_io.waiting(false);
    const ConnectivityVerdict verdict = test.verdict();

    if (m_stopRequested || verdict.cancelled) {
        fail(ConnectivityCmdlet, Problem::error(QStringLiteral("Shell.Stopped"), QString(),
                                                tr("The test of Send connector \"%1\" was stopped before it "
                                                   "finished.")
                                                    .arg(connector.name)));
        stopAfterTerminatingError(); // as PowerShell's Ctrl+C: the rest of the script does not run
        m_stopRequested = false;
        return Outcome::Failed;
    }
    for (const HostConnectivity &host : verdict.hosts) {
        m_io.out(OutputFormatter::record(OutputFormatter::connectivityProperties(host)));
        for (const QString &warning : host.warnings)
            m_io.err(Problem::warning(QStringLiteral("Connectivity.Warning"), QString(), warning).toString()
                     + QLatin1Char('\n'));
    }
    if (!verdict.hosts.isEmpty())
        m_io.out(QStringLiteral("\n")); // Format-List ends with a blank line
    // Every host must accept mail as configured (docs/shell-language.md#test-sendconnector).
    if (!verdict.allHostsSucceeded()) {
        fail(ConnectivityCmdlet, Problem::error(QStringLiteral("Shell.ConnectivityFailed"), QString(), verdict.reason));
        return Outcome::Failed;
    }
    verbose(ConnectivityCmdlet, verdict.reason);
    return Outcome::Succeeded;
}

std::optional<QString> ShellSession::organizationFile(const QString &cmdlet, const OrganizationFileRequest &request,
                                                      const QString &notDone)
{
    if (request.pathGiven)
        return request.path;
    m_io.out(tr("cmdlet %1 at command pipeline position 1\nSupply values for the following parameters:\n").arg(cmdlet));
    const std::optional<QString> answer = prompt(QStringLiteral("Path: "));
    const QString name = Parameter::name(P::Path);
    if (!answer) {
        fail(cmdlet, Problem::error(QStringLiteral("Shell.EndOfInput"), name,
                                    tr("The input ended while a value for Path was asked for. %1").arg(notDone)));
        return std::nullopt;
    }
    const QString path = answer->trimmed();
    if (path.isEmpty()) {
        reportBinding(cmdlet, {Problem::error(QStringLiteral("Binding.InvalidValue"), name,
                                              tr("Cannot bind parameter '%1': the path is empty; give the name of a "
                                                 "JSON organization file.")
                                                  .arg(name))});
        return std::nullopt;
    }
    return path;
}

// Export-Organization (docs/shell-language.md#export-organization-and-import-organization): the
// organization as the store holds it now, written whole to a new JSON organization file.
ShellSession::Outcome ShellSession::exportOrganization(const ShellCommand &command)
{
    std::optional<Loaded> loaded = load(ExportCmdlet);
    if (!loaded)
        return Outcome::Failed;
    const Problems denied = OperatorPermissions::check(loaded->organization, m_options.operatorName, QString(),
                                                       OperatorPermissions::Action::ExportOrganization);
    if (!denied.isEmpty()) {
        report(ExportCmdlet, denied);
        return Outcome::Failed;
    }
    const OrganizationFileRequest request =
        CmdletBinder::bindExportOrganization(command, loaded->shellContext(m_version, m_server));
    if (hasErrors(request.problems)) {
        reportBinding(ExportCmdlet, request.problems);
        return Outcome::Failed;
    }
    warn(request.problems);
    const std::optional<QString> path = organizationFile(ExportCmdlet, request, tr("Nothing was written."));
    if (!path)
        return Outcome::Failed;
    verbose(ExportCmdlet, tr("Writing the organization \"%1\" to the file \"%2\".").arg(loaded->organization.name, *path));
    Problems problems = OrganizationStore::create(*path, loaded->organization, request.force);
    if (hasErrors(problems)) {
        for (Problem &problem : problems) {
            // The store's advice is for a new file: here -Force is the way to replace it.
            if (problem.code == QLatin1String("File.Exists"))
                problem.message = tr("The file %1 already exists and was left unchanged. Give -Force to replace it "
                                     "with the organization, or another path.")
                                      .arg(*path);
        }
        report(ExportCmdlet, OrganizationStore::locatedInFile(errorsOnly(problems), *path));
        return Outcome::Failed;
    }
    warn(problems);
    verbose(ExportCmdlet, tr("Ending processing."));
    return Outcome::Succeeded;
}

// Import-Organization (docs/shell-language.md#export-organization-and-import-organization): the
// organization of a JSON file created where the shell works, which must hold none yet. Runs
// without an organization there (run() does not open one first).
ShellSession::Outcome ShellSession::importOrganization(const ShellCommand &command)
{
    ShellContext context;
    context.version = m_version;
    context.server = m_server;
    const OrganizationFileRequest request = CmdletBinder::bindImportOrganization(command, context);
    if (hasErrors(request.problems)) {
        reportBinding(ImportCmdlet, request.problems);
        return Outcome::Failed;
    }
    warn(request.problems);
    const QString nothingImported = tr("Nothing was imported.");
    const std::optional<QString> path = organizationFile(ImportCmdlet, request, nothingImported);
    if (!path)
        return Outcome::Failed;
    const Parsed<Organization> read = OrganizationStore(*path).load();
    if (!read.ok()) {
        report(ImportCmdlet, OrganizationStore::locatedInFile(errorsOnly(read.problems), *path));
        return Outcome::Failed;
    }
    const Organization &organization = *read.value;
    const Problems denied = OperatorPermissions::check(organization, m_options.operatorName, QString(),
                                                       OperatorPermissions::Action::ImportOrganization);
    if (!denied.isEmpty()) {
        report(ImportCmdlet, denied);
        return Outcome::Failed;
    }
    verbose(ImportCmdlet, tr("Creating the organization \"%1\" of the file \"%2\" in %3.")
                              .arg(organization.name, *path, m_options.organizationPath));
    Problems problems = OrganizationStore::create(m_options.organizationPath, organization);
    if (hasErrors(problems)) {
        for (Problem &problem : problems) {
            if (problem.code == QLatin1String("File.Exists"))
                problem.message = tr("The organization file %1 already exists and was left unchanged: "
                                     "Import-Organization creates an organization and never replaces one. Give "
                                     "--organization a new file or a directory without an organization.")
                                      .arg(m_options.organizationPath);
        }
        report(ImportCmdlet, OrganizationStore::locatedInFile(errorsOnly(problems), m_options.organizationPath));
        return Outcome::Failed;
    }
    warn(problems);
    m_opened = false; // the next command reads the organization imported
    verbose(ImportCmdlet, tr("Ending processing."));
    return Outcome::Succeeded;
}
