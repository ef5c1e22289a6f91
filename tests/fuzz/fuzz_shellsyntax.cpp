// Fuzzes the shell's command-line parser and the cmdlet binder behind it: no crash; a rejected
// line has exactly one syntax problem; an accepted line is written back by ShellSyntax::format()
// to text that parses to the very same commands and values; binding never crashes and every
// problem it reports says something.
#include "CmdletBinder.h"
#include "FuzzCheck.h"
#include "ShellSyntax.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace {

bool sameValue(const ShellValue &a, const ShellValue &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case ShellValue::Kind::Text:
    case ShellValue::Kind::Credential:
        return a.text == b.text;
    case ShellValue::Kind::Boolean:
        return a.boolean == b.boolean;
    case ShellValue::Kind::Null:
        return true;
    case ShellValue::Kind::List:
        break;
    }
    if (a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (!sameValue(a.items.at(i), b.items.at(i)))
            return false;
    }
    return true;
}

bool sameCommands(const QList<ShellPipeline> &a, const QList<ShellPipeline> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype p = 0; p < a.size(); ++p) {
        const QList<ShellCommand> &x = a.at(p).commands;
        const QList<ShellCommand> &y = b.at(p).commands;
        if (x.size() != y.size())
            return false;
        for (qsizetype c = 0; c < x.size(); ++c) {
            if (x.at(c).name != y.at(c).name || x.at(c).elements.size() != y.at(c).elements.size())
                return false;
            for (qsizetype e = 0; e < x.at(c).elements.size(); ++e) {
                const ShellElement &u = x.at(c).elements.at(e);
                const ShellElement &v = y.at(c).elements.at(e);
                if (u.kind != v.kind || u.parameter != v.parameter || u.colonValue != v.colonValue)
                    return false;
                const bool hasValue = u.kind == ShellElement::Kind::Argument || u.colonValue;
                if (hasValue && !sameValue(u.value, v.value))
                    return false;
            }
        }
    }
    return true;
}

void checkPositions(const ShellValue &value, qsizetype size)
{
    FUZZ_CHECK(value.position >= 0 && value.position < size);
    for (const ShellValue &item : value.items)
        checkPositions(item, size);
}

const Organization &organization()
{
    static const Organization org = [] {
        Organization o;
        o.localServer = QStringLiteral("EX01");
        TransportServer hub;
        hub.name = QStringLiteral("EX01");
        TransportServer edge;
        edge.name = QStringLiteral("EDGE01");
        edge.role = Exchange::ServerRole::EdgeTransport;
        o.servers = {hub, edge};
        return o;
    }();
    return org;
}

void checkProblems(const Problems &problems)
{
    for (const Problem &problem : problems) {
        FUZZ_CHECK(!problem.code.isEmpty());
        FUZZ_CHECK(!problem.message.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(text);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.value);
        FUZZ_CHECK(parsed.problems.size() == 1);
        FUZZ_CHECK(parsed.problems.first().code.startsWith(QLatin1String("Syntax.")));
        FUZZ_CHECK(parsed.problems.first().parameter == QLatin1String("CommandLine"));
        FUZZ_CHECK(!parsed.problems.first().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parsed.problems.isEmpty());

    for (const ShellPipeline &pipeline : *parsed.value) {
        FUZZ_CHECK(!pipeline.commands.isEmpty());
        for (const ShellCommand &command : pipeline.commands) {
            FUZZ_CHECK(!command.name.isEmpty());
            FUZZ_CHECK(command.position >= 0 && command.position < text.size());
            for (const ShellElement &element : command.elements) {
                FUZZ_CHECK(element.position >= 0 && element.position < text.size());
                if (element.kind == ShellElement::Kind::Parameter)
                    FUZZ_CHECK(!element.parameter.isEmpty());
                if (element.kind == ShellElement::Kind::Argument || element.colonValue)
                    checkPositions(element.value, text.size());
            }
        }
    }

    const QString formatted = ShellSyntax::format(*parsed.value);
    const Parsed<QList<ShellPipeline>> again = ShellSyntax::parse(formatted);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(sameCommands(*parsed.value, *again.value));
    FUZZ_CHECK(ShellSyntax::format(*again.value) == formatted);

    // Two contexts cover both versions and both sides without running every pair.
    const std::pair<Exchange::Version, QString> contexts[] = {{Exchange::Version::Rtm2007, QStringLiteral("EX01")},
                                                             {Exchange::Version::Sp12007, QStringLiteral("EDGE01")}};
    for (const auto &[version, server] : contexts) {
        ShellContext context;
        context.organization = &organization();
        context.version = version;
        context.server = server;
        for (const ShellPipeline &pipeline : *parsed.value) {
            for (const ShellCommand &command : pipeline.commands) {
                checkProblems(CmdletBinder::bindNewSendConnector(command, context).problems);
                checkProblems(CmdletBinder::bindGetSendConnector(command, context).problems);
                checkProblems(CmdletBinder::bindRemoveSendConnector(command, context).problems);
            }
        }
    }
    return 0;
}
