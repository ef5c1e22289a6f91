#include "ShellSyntax.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace {

const QString CommandLineParameter = QStringLiteral("CommandLine");

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n');
}

bool isBlank(QChar c)
{
    return c != QLatin1Char('\n') && c.isSpace();
}

// Documents and web pages turn '-' and quotes into their typographic forms; PowerShell reads
// those as the plain characters, and so do we.
bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

bool isSingleQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
        || c == QChar(0x201B);
}

bool isDoubleQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isParameterStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

// What may follow '$' in a variable: a name, ${name}, or the automatic $? $^ $$.
bool startsVariable(QChar c)
{
    return isNameCharacter(c) || c == QLatin1Char('{') || c == QLatin1Char('?') || c == QLatin1Char('^')
        || c == QLatin1Char('$');
}

// Characters that end a bare word or must follow a complete value.
bool endsWord(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('|')
        || c == QLatin1Char(')');
}

QChar escaped(QChar c)
{
    switch (c.unicode()) {
    case '0': return QChar(0x0000);
    case 'a': return QChar(0x0007);
    case 'b': return QChar(0x0008);
    case 'f': return QChar(0x000C);
    case 'n': return QChar(0x000A);
    case 'r': return QChar(0x000D);
    case 't': return QChar(0x0009);
    case 'v': return QChar(0x000B);
    default: return c;
    }
}

ShellValue textValue(QString text, bool quoted, int position)
{
    ShellValue value;
    value.kind = ShellValue::Kind::Text;
    value.text = std::move(text);
    value.quoted = quoted;
    value.position = position;
    return value;
}

ShellValue listValue(QList<ShellValue> items, int position)
{
    ShellValue value;
    value.kind = ShellValue::Kind::List;
    value.items = std::move(items);
    value.position = position;
    return value;
}

// A recursive-descent reader of one command line. Every read function returns nothing once an
// error has been recorded; the first error is the one reported.
class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) {}

    ShellSyntaxResult run();

private:
    bool more() const { return m_pos < m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }
    bool nextIs(qsizetype ahead, bool (*predicate)(QChar)) const
    {
        return m_pos + ahead < m_text.size() && predicate(m_text.at(m_pos + ahead));
    }
    bool nextIs(qsizetype ahead, char c) const
    {
        return m_pos + ahead < m_text.size() && m_text.at(m_pos + ahead) == QLatin1Char(c);
    }
    // A backtick right before a line break continues the line: the length of that, or 0.
    qsizetype continuationLength() const
    {
        if (!more() || current() != QLatin1Char('`'))
            return 0;
        if (nextIs(1, '\n'))
            return 2;
        if (nextIs(1, '\r') && nextIs(2, '\n'))
            return 3;
        return 0;
    }
    bool atValueEnd() const
    {
        return !more() || isLineBreak(current()) || current() == QLatin1Char(';') || current() == QLatin1Char('|')
            || current() == QLatin1Char(')') || current() == QLatin1Char('#');
    }
    bool atParameter() const { return more() && isDash(current()) && nextIs(1, isParameterStart); }

    void skipBlanks();
    void skipComment();
    void skipBlanksAndLineBreaks();

    std::optional<ShellPipeline> readPipeline();
    std::optional<ShellCommand> readCommand();
    std::optional<ShellElement> readParameter();
    std::optional<ShellValue> readExpression();
    std::optional<ShellValue> readUnary();
    std::optional<ShellValue> readPrimary();
    std::optional<ShellValue> readBareWord();
    std::optional<ShellValue> readDollar();
    std::optional<ShellValue> readArray();
    std::optional<ShellValue> readGetCredential();
    bool readSingleQuoted(QString &out);
    bool readDoubleQuoted(QString &out);
    bool requireDelimiter(int valueStart);

    QString where(qsizetype position) const;
    QString snippet(qsizetype start) const;
    void fail(const char *code, const QString &message, qsizetype position = -1);
    bool readPipeSymbol(const QString &example);
    void unexpected(qsizetype position, const QString &hint);
    void unsupportedVariable(qsizetype position, const QString &variable, bool inDoubleQuotes);
    void unsupportedExpression(qsizetype position);

    // Counts one level of nesting for as long as it lives; false once the limit is passed.
    class Nesting
    {
    public:
        explicit Nesting(Reader &reader) : m_reader(reader) { ++m_reader.m_depth; }
        ~Nesting() { --m_reader.m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;
        bool allowed();

    private:
        Reader &m_reader;
    };

    const QString &m_text;
    qsizetype m_pos = 0;
    std::optional<Problem> m_error;
    qsizetype m_errorPosition = -1;
    bool m_errorAtEnd = false;
    bool m_endsInContinuation = false;
    int m_depth = 0;
    bool m_unaryOpensArrayStatement = false; // the next readUnary() starts a statement of @( )
};

bool Reader::Nesting::allowed()
{
    if (m_reader.m_depth <= ShellSyntax::MaximumNesting)
        return true;
    m_reader.fail("Syntax.NestingTooDeep",
                  ShellSyntax::tr("The value at %1 nests arrays or expressions more than %2 levels deep; write "
                                  "the values in a flat list, as in @('a', 'b').")
                      .arg(m_reader.where(m_reader.m_pos))
                      .arg(ShellSyntax::MaximumNesting));
    return false;
}

QString Reader::where(qsizetype position) const
{
    const qsizetype lineStart = position == 0 ? 0 : m_text.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    const qsizetype column = position - lineStart + 1;
    if (!m_text.contains(QLatin1Char('\n')))
        return ShellSyntax::tr("character %1").arg(column);
    const qsizetype line = m_text.left(lineStart).count(QLatin1Char('\n')) + 1;
    return ShellSyntax::tr("line %1, character %2").arg(line).arg(column);
}

// The text from `start` to its matching ')' (or the end of the line), shortened for a message.
QString Reader::snippet(qsizetype start) const
{
    constexpr qsizetype MaximumLength = 40;
    int depth = 0;
    qsizetype end = start;
    for (; end < m_text.size() && !isLineBreak(m_text.at(end)); ++end) {
        if (m_text.at(end) == QLatin1Char('('))
            ++depth;
        else if (m_text.at(end) == QLatin1Char(')') && --depth <= 0) {
            ++end;
            break;
        }
    }
    const QString text = m_text.mid(start, end - start);
    if (text.size() <= MaximumLength)
        return text;
    return text.left(MaximumLength) + QChar(0x2026);
}

// `position`: where the construct that failed starts (an open quote, '@(', '|'), when that
// says more than where reading stopped.
void Reader::fail(const char *code, const QString &message, qsizetype position)
{
    if (m_error)
        return;
    m_error = Problem::error(QLatin1String(code), CommandLineParameter, message);
    m_errorPosition = position >= 0 ? position : std::min(m_pos, m_text.size());
    m_errorAtEnd = m_pos >= m_text.size();
}

void Reader::unexpected(qsizetype position, const QString &hint)
{
    const QString character = m_text.mid(position, 1);
    fail("Syntax.UnexpectedCharacter",
         ShellSyntax::tr("Unexpected character '%1' at %2. %3").arg(character, where(position), hint));
}

void Reader::unsupportedVariable(qsizetype position, const QString &variable, bool inDoubleQuotes)
{
    if (inDoubleQuotes) {
        fail("Syntax.UnsupportedVariable",
             ShellSyntax::tr("Inside double quotes, '%1' at %2 would be replaced by the value of a variable, and "
                             "this shell has no variables. Put the text in single quotes to keep '%1' as it is, "
                             "or write the value itself.")
                 .arg(variable, where(position)));
        return;
    }
    fail("Syntax.UnsupportedVariable",
         ShellSyntax::tr("'%1' at %2 is a variable, and this shell has no variables: write the value itself. The "
                         "only values written with '$' are $true, $false and $null; put text that contains '$' in "
                         "single quotes.")
             .arg(variable, where(position)));
}

void Reader::unsupportedExpression(qsizetype position)
{
    fail("Syntax.UnsupportedExpression",
         ShellSyntax::tr("The expression '%1' at %2 is not supported. The only expressions this shell takes are "
                         "(Get-Credential) and (Get-Credential 'user name'); write other values as text, in quotes "
                         "if they contain spaces or special characters.")
             .arg(snippet(position), where(position)));
}

void Reader::skipBlanks()
{
    while (more()) {
        if (isBlank(current())) {
            ++m_pos;
        } else if (const qsizetype length = continuationLength()) {
            m_pos += length;
            m_endsInContinuation = !more();
        } else
            break;
    }
}

void Reader::skipComment()
{
    if (!more() || current() != QLatin1Char('#'))
        return;
    while (more() && !isLineBreak(current()))
        ++m_pos;
}

void Reader::skipBlanksAndLineBreaks()
{
    while (true) {
        skipBlanks();
        skipComment();
        if (more() && isLineBreak(current()))
            ++m_pos;
        else
            return;
    }
}

ShellSyntaxResult Reader::run()
{
    QList<ShellPipeline> pipelines;
    while (!m_error) {
        skipBlanksAndLineBreaks();
        if (more() && current() == QLatin1Char(';')) {
            ++m_pos;
            continue;
        }
        if (!more())
            break;
        if (std::optional<ShellPipeline> pipeline = readPipeline())
            pipelines.append(std::move(*pipeline));
    }
    ShellSyntaxResult result;
    if (m_error) {
        result.parsed = {std::nullopt, {*m_error}};
        result.errorPosition = m_errorPosition;
        result.incomplete = m_errorAtEnd;
        return result;
    }
    result.parsed = {std::move(pipelines), {}};
    result.incomplete = m_endsInContinuation;
    return result;
}

// Reads the '|' at the current position and what separates it from the next command; a pipe at
// the end of a line continues the pipeline on the next one. False (with the error) when no command
// follows; `example` shows a whole pipeline.
bool Reader::readPipeSymbol(const QString &example)
{
    const qsizetype pipe = m_pos++;
    skipBlanksAndLineBreaks();
    if (!more() || current() == QLatin1Char(';') || current() == QLatin1Char('|')) {
        fail("Syntax.EmptyPipe",
             ShellSyntax::tr("An empty pipe element after the '|' at %1: write a command after each '|', for "
                             "example %2.")
                 .arg(where(pipe), example),
             pipe);
        return false;
    }
    return true;
}

std::optional<ShellPipeline> Reader::readPipeline()
{
    ShellPipeline pipeline;
    // Values piped into the first command: "'a@x.com','b@y.com' | Test-SendConnectorRouting". Only
    // a quoted string or @(…) starts them: a bare word there is the name of a command.
    const QChar first = current();
    if (isSingleQuote(first) || isDoubleQuote(first) || (first == QLatin1Char('@') && nextIs(1, '('))) {
        const qsizetype start = m_pos;
        std::optional<ShellValue> input = readExpression();
        if (!input)
            return std::nullopt;
        pipeline.input = std::move(*input);
        skipBlanks();
        skipComment();
        if (!more() || current() != QLatin1Char('|')) {
            fail("Syntax.UnsupportedExpression",
                 ShellSyntax::tr("The value at %1 is not a command. Pipe values to a cmdlet that takes them, as in "
                                 "'kim@contoso.com','sam@fabrikam.com' | Test-SendConnectorRouting, or start the "
                                 "command with the name of a cmdlet.")
                     .arg(where(start)),
                 start);
            return std::nullopt;
        }
        if (!readPipeSymbol(QStringLiteral("'kim@contoso.com' | Test-SendConnectorRouting")))
            return std::nullopt;
    }
    while (true) {
        skipBlanks();
        if (more() && current() == QLatin1Char('|')) {
            fail("Syntax.EmptyPipe", ShellSyntax::tr("An empty pipe element at %1: write a command before each '|'.")
                                         .arg(where(m_pos)));
            return std::nullopt;
        }
        std::optional<ShellCommand> command = readCommand();
        if (!command)
            return std::nullopt;
        pipeline.commands.append(std::move(*command));
        if (!more() || current() != QLatin1Char('|'))
            return pipeline;
        if (!readPipeSymbol(QStringLiteral("Get-SendConnector | Format-List")))
            return std::nullopt;
    }
}

std::optional<ShellCommand> Reader::readCommand()
{
    ShellCommand command;
    command.position = int(m_pos);
    const QChar first = current();
    if (isSingleQuote(first) || isDoubleQuote(first) || first == QLatin1Char('(') || first == QLatin1Char('@')
        || first == QLatin1Char('{')) {
        fail("Syntax.UnsupportedExpression",
             ShellSyntax::tr("A command must start with the name of a cmdlet, such as New-SendConnector, not with "
                             "'%1' (at %2). Write the cmdlet name without quotes or brackets.")
                 .arg(first)
                 .arg(where(m_pos)));
        return std::nullopt;
    }
    if (first == QLatin1Char('$')) {
        readDollar(); // a variable is refused there; a value is not a command either
        if (!m_error)
            unsupportedExpression(command.position);
        return std::nullopt;
    }
    if (first == QLatin1Char(',') || first == QLatin1Char(')') || first == QLatin1Char('}')) {
        unexpected(m_pos, ShellSyntax::tr("A command must start with the name of a cmdlet, such as "
                                          "New-SendConnector."));
        return std::nullopt;
    }
    std::optional<ShellValue> name = readBareWord();
    if (!name)
        return std::nullopt;
    command.name = name->text;

    while (true) {
        skipBlanks();
        skipComment();
        if (!more() || isLineBreak(current()) || current() == QLatin1Char(';') || current() == QLatin1Char('|'))
            return command;
        if (current() == QLatin1Char(')')) {
            unexpected(m_pos, ShellSyntax::tr("There is no '(' for this ')' to close; put the value in quotes "
                                              "if the ')' belongs to it."));
            return std::nullopt;
        }
        if (atParameter()) {
            std::optional<ShellElement> parameter = readParameter();
            if (!parameter)
                return std::nullopt;
            command.elements.append(std::move(*parameter));
            continue;
        }
        ShellElement argument;
        argument.kind = ShellElement::Kind::Argument;
        argument.position = int(m_pos);
        std::optional<ShellValue> value = readExpression();
        if (!value)
            return std::nullopt;
        argument.value = std::move(*value);
        command.elements.append(std::move(argument));
    }
}

std::optional<ShellElement> Reader::readParameter()
{
    ShellElement element;
    element.kind = ShellElement::Kind::Parameter;
    element.position = int(m_pos);
    ++m_pos; // the dash
    const qsizetype nameStart = m_pos;
    while (more() && isNameCharacter(current()))
        ++m_pos;
    element.parameter = m_text.mid(nameStart, m_pos - nameStart);
    if (!more())
        return element;
    if (current() == QLatin1Char(':')) {
        const qsizetype colon = m_pos++;
        element.colonValue = true;
        skipBlanks();
        if (atValueEnd()) {
            fail("Syntax.MissingArgument",
                 ShellSyntax::tr("The parameter -%1: at %2 has no value after its ':'. Write -%1:value, or leave "
                                 "out the ':'.")
                     .arg(element.parameter, where(colon)));
            return std::nullopt;
        }
        std::optional<ShellValue> value = readExpression();
        if (!value)
            return std::nullopt;
        element.value = std::move(*value);
        return element;
    }
    if ((endsWord(current()) && current() != QLatin1Char(',')) || continuationLength() > 0)
        return element;
    unexpected(m_pos, ShellSyntax::tr("A parameter name is made of letters and digits: write -%1 value or "
                                      "-%1:value, and put the value in quotes if it contains special characters.")
                          .arg(element.parameter));
    return std::nullopt;
}

// A value or a comma-separated array of values: a,b,c; ,a is a one-element array.
std::optional<ShellValue> Reader::readExpression()
{
    const int start = int(m_pos);
    std::optional<ShellValue> first = current() == QLatin1Char(',') ? readUnary() : readPrimary();
    if (!first)
        return std::nullopt;
    QList<ShellValue> items{std::move(*first)};
    while (true) {
        const qsizetype before = m_pos;
        skipBlanks();
        if (!more() || current() != QLatin1Char(',')) {
            m_pos = before;
            break;
        }
        const qsizetype comma = m_pos++;
        // A comma at the end of a line continues the array on the next one.
        skipBlanksAndLineBreaks();
        if (atValueEnd() || atParameter()) {
            fail("Syntax.MissingArgument",
                 ShellSyntax::tr("A value is missing after the ',' at %1: write one after each comma, as in "
                                 "'a','b', or remove the comma.")
                     .arg(where(comma)),
                 comma);
            return std::nullopt;
        }
        std::optional<ShellValue> item = current() == QLatin1Char(',') ? readUnary() : readPrimary();
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    if (items.size() == 1)
        return std::move(items.first());
    return listValue(std::move(items), start);
}

std::optional<ShellValue> Reader::readUnary()
{
    // A unary comma that opens a statement of @( ) is one level with it: @(,@(,a)) is as deep as
    // ,,a, which format() writes that way.
    std::optional<Nesting> nesting;
    if (!std::exchange(m_unaryOpensArrayStatement, false)) {
        nesting.emplace(*this);
        if (!nesting->allowed())
            return std::nullopt;
    }
    const qsizetype comma = m_pos++;
    skipBlanksAndLineBreaks();
    if (atValueEnd() || atParameter()) {
        fail("Syntax.MissingArgument",
             ShellSyntax::tr("A value is missing after the ',' at %1: write one after each comma, as in 'a','b', "
                             "or remove the comma.")
                 .arg(where(comma)),
             comma);
        return std::nullopt;
    }
    std::optional<ShellValue> item = current() == QLatin1Char(',') ? readUnary() : readPrimary();
    if (!item)
        return std::nullopt;
    return listValue({std::move(*item)}, int(comma));
}

std::optional<ShellValue> Reader::readPrimary()
{
    const qsizetype start = m_pos;
    const QChar c = current();
    std::optional<ShellValue> value;
    if (isSingleQuote(c) || isDoubleQuote(c)) {
        QString text;
        if (!(isSingleQuote(c) ? readSingleQuoted(text) : readDoubleQuoted(text)))
            return std::nullopt;
        value = textValue(std::move(text), true, int(start));
    } else if (c == QLatin1Char('$')) {
        value = readDollar();
    } else if (c == QLatin1Char('@')) {
        if (nextIs(1, '(')) {
            value = readArray();
        } else if (nextIs(1, '{')) {
            // @{Add=…; Remove=…} came with Exchange 2010: 2007 replaces a list with the whole list.
            fail("Syntax.UnsupportedHashtable",
                 ShellSyntax::tr("The hashtable '%1' at %2 is not supported: Exchange 2007 has no @{Add=…} or "
                                 "@{Remove=…} syntax for multi-valued parameters. Give the whole list instead, as "
                                 "in -AddressSpaces 'contoso.com','fabrikam.com'.")
                     .arg(snippet(start), where(start)));
        } else if (nextIs(1, isParameterStart)) {
            qsizetype end = start + 1;
            while (end < m_text.size() && isNameCharacter(m_text.at(end)))
                ++end;
            unsupportedVariable(start, m_text.mid(start, end - start), false);
        } else {
            unexpected(start, ShellSyntax::tr("'@' starts an array, as in @('a','b'); put text that starts with "
                                              "'@' in quotes."));
        }
    } else if (c == QLatin1Char('(')) {
        value = readGetCredential();
    } else if (c == QLatin1Char('{')) {
        unsupportedExpression(start);
    } else if (c == QLatin1Char('}')) {
        unexpected(start, ShellSyntax::tr("Put text that contains '}' in quotes."));
    } else {
        return readBareWord();
    }
    if (!value || !requireDelimiter(int(start)))
        return std::nullopt;
    return value;
}

// After a quoted string, $true, @(…) or (…) only a delimiter may follow.
bool Reader::requireDelimiter(int valueStart)
{
    if (m_error)
        return false;
    if (!more() || endsWord(current()) || continuationLength() > 0)
        return true;
    unexpected(m_pos, ShellSyntax::tr("The value that starts at %1 ends before it: separate values with a space "
                                      "or a comma, or put the whole value in quotes.")
                          .arg(where(valueStart)));
    return false;
}

std::optional<ShellValue> Reader::readBareWord()
{
    const qsizetype start = m_pos;
    QString text;
    bool quoted = false;
    while (more()) {
        const QChar c = current();
        if (endsWord(c) || continuationLength() > 0)
            break;
        if (c == QLatin1Char('`')) {
            if (m_pos + 1 >= m_text.size()) {
                unexpected(m_pos, ShellSyntax::tr("A backtick escapes the character after it, and nothing "
                                                  "follows it; remove it or double it (``) for a backtick."));
                return std::nullopt;
            }
            text += escaped(m_text.at(m_pos + 1));
            m_pos += 2;
        } else if (isSingleQuote(c) || isDoubleQuote(c)) {
            if (!(isSingleQuote(c) ? readSingleQuoted(text) : readDoubleQuoted(text)))
                return std::nullopt;
            quoted = true;
        } else if (c == QLatin1Char('$') && nextIs(1, '(')) {
            unsupportedExpression(m_pos);
            return std::nullopt;
        } else if (c == QLatin1Char('$') && nextIs(1, startsVariable)) {
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && isNameCharacter(m_text.at(end)))
                ++end;
            unsupportedVariable(m_pos, m_text.mid(m_pos, std::max<qsizetype>(end - m_pos, 2)), false);
            return std::nullopt;
        } else if (c == QLatin1Char('&') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            unexpected(m_pos, ShellSyntax::tr("'&', '<' and '>' are operators in the shell; put text that contains "
                                              "them in quotes."));
            return std::nullopt;
        } else {
            text += c;
            ++m_pos;
        }
    }
    if (m_pos == start) {
        unexpected(start, ShellSyntax::tr("A value was expected here."));
        return std::nullopt;
    }
    return textValue(std::move(text), quoted, int(start));
}

// $true, $false, $null; every other '$' form is a variable or an expression, and refused.
std::optional<ShellValue> Reader::readDollar()
{
    const qsizetype start = m_pos;
    qsizetype end = start + 1;
    while (end < m_text.size() && isNameCharacter(m_text.at(end)))
        ++end;
    const QString name = m_text.mid(start + 1, end - start - 1);
    if (name.isEmpty()) {
        if (nextIs(1, '(')) {
            unsupportedExpression(start);
            return std::nullopt;
        }
        if (nextIs(1, startsVariable)) {
            unsupportedVariable(start, m_text.mid(start, 2), false);
            return std::nullopt;
        }
        return readBareWord(); // a lone '$' is text
    }
    ShellValue value;
    value.position = int(start);
    if (name.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        value.kind = ShellValue::Kind::Boolean;
        value.boolean = true;
    } else if (name.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        value.kind = ShellValue::Kind::Boolean;
        value.boolean = false;
    } else if (name.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0) {
        value.kind = ShellValue::Kind::Null;
    } else {
        unsupportedVariable(start, m_text.mid(start, end - start), false);
        return std::nullopt;
    }
    if (end < m_text.size() && m_text.at(end) == QLatin1Char(':')) {
        unsupportedVariable(start, m_text.mid(start, end - start + 1), false); // $true:x is a scoped variable
        return std::nullopt;
    }
    m_pos = end;
    return value;
}

bool Reader::readSingleQuoted(QString &out)
{
    const qsizetype start = m_pos++;
    while (more()) {
        const QChar c = current();
        if (isSingleQuote(c)) {
            if (nextIs(1, isSingleQuote)) {
                out += c;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return true;
        }
        out += c;
        ++m_pos;
    }
    fail("Syntax.UnterminatedString",
         ShellSyntax::tr("The text in single quotes that starts at %1 has no closing quote. Add a ' at its end, and "
                         "write '' for a quote inside it (as in 'O''Brien').")
             .arg(where(start)),
         start);
    return false;
}

bool Reader::readDoubleQuoted(QString &out)
{
    const qsizetype start = m_pos++;
    while (more()) {
        const QChar c = current();
        if (isDoubleQuote(c)) {
            if (nextIs(1, isDoubleQuote)) {
                out += c;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return true;
        }
        if (c == QLatin1Char('`')) {
            if (m_pos + 1 >= m_text.size())
                break;
            out += escaped(m_text.at(m_pos + 1));
            m_pos += 2;
            continue;
        }
        if (c == QLatin1Char('$')) {
            if (nextIs(1, '(')) {
                unsupportedExpression(m_pos);
                return false;
            }
            if (nextIs(1, startsVariable) && !nextIs(1, isNameCharacter)) {
                unsupportedVariable(m_pos, m_text.mid(m_pos, 2), true);
                return false;
            }
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && isNameCharacter(m_text.at(end)))
                ++end;
            const QString name = m_text.mid(m_pos + 1, end - m_pos - 1);
            if (!name.isEmpty()) {
                // PowerShell prints these three as True, False and nothing.
                if (name.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    out += QLatin1String("True");
                else if (name.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                    out += QLatin1String("False");
                else if (name.compare(QLatin1String("null"), Qt::CaseInsensitive) != 0) {
                    unsupportedVariable(m_pos, m_text.mid(m_pos, end - m_pos), true);
                    return false;
                }
                m_pos = end;
                continue;
            }
        }
        out += c;
        ++m_pos;
    }
    fail("Syntax.UnterminatedString",
         ShellSyntax::tr("The text in double quotes that starts at %1 has no closing quote. Add a \" at its end, "
                         "and write \"\" or `\" for a quote inside it.")
             .arg(where(start)),
         start);
    return false;
}

std::optional<ShellValue> Reader::readArray()
{
    Nesting nesting(*this);
    if (!nesting.allowed())
        return std::nullopt;
    const qsizetype start = m_pos;
    m_pos += 2; // "@("
    QList<ShellValue> items;
    const auto unterminated = [this, start] {
        fail("Syntax.UnterminatedArray",
             ShellSyntax::tr("The array that starts with '@(' at %1 has no closing ')'. Write it as @('a', 'b').")
                 .arg(where(start)),
             start);
    };
    while (true) {
        skipBlanksAndLineBreaks();
        if (!more()) {
            unterminated();
            return std::nullopt;
        }
        if (current() == QLatin1Char(';')) {
            ++m_pos;
            continue;
        }
        if (current() == QLatin1Char(')')) {
            ++m_pos;
            break;
        }
        if (current() == QLatin1Char('|')) {
            unexpected(m_pos, ShellSyntax::tr("Pipelines are not supported inside @( ); separate the values of an "
                                              "array with commas."));
            return std::nullopt;
        }
        m_unaryOpensArrayStatement = current() == QLatin1Char(',');
        std::optional<ShellValue> statement = readExpression();
        m_unaryOpensArrayStatement = false;
        if (!statement)
            return std::nullopt;
        // A statement's output is enumerated into the array: @(@(a, b)) is @(a, b).
        if (statement->kind == ShellValue::Kind::List)
            items.append(statement->items);
        else
            items.append(std::move(*statement));
        skipBlanks();
        skipComment();
        if (!more()) {
            unterminated();
            return std::nullopt;
        }
        if (current() != QLatin1Char(')') && current() != QLatin1Char(';') && !isLineBreak(current())) {
            unexpected(m_pos, ShellSyntax::tr("In the array that starts at %1, separate the values with commas, "
                                              "as in @('a', 'b'), and close it with ')'.")
                                  .arg(where(start)));
            return std::nullopt;
        }
    }
    return listValue(std::move(items), int(start));
}

// (Get-Credential), (Get-Credential 'user'), (Get-Credential -Credential user); nothing else.
std::optional<ShellValue> Reader::readGetCredential()
{
    Nesting nesting(*this);
    if (!nesting.allowed())
        return std::nullopt;
    const qsizetype start = m_pos++;
    skipBlanksAndLineBreaks();
    const qsizetype nameStart = m_pos;
    while (more() && (isNameCharacter(current()) || isDash(current())))
        ++m_pos;
    const QString name = m_text.mid(nameStart, m_pos - nameStart);
    if (name.compare(QLatin1String("Get-Credential"), Qt::CaseInsensitive) != 0
        || (more() && !current().isSpace() && current() != QLatin1Char(')'))) {
        unsupportedExpression(start);
        return std::nullopt;
    }

    ShellValue credential;
    credential.kind = ShellValue::Kind::Credential;
    credential.position = int(start);
    bool userGiven = false;
    while (true) {
        skipBlanksAndLineBreaks();
        if (!more()) {
            fail("Syntax.UnterminatedExpression",
                 ShellSyntax::tr("The '(' at %1 has no closing ')'. Write (Get-Credential) or (Get-Credential "
                                 "'user name').")
                     .arg(where(start)),
                 start);
            return std::nullopt;
        }
        if (current() == QLatin1Char(')')) {
            ++m_pos;
            return credential;
        }
        if (userGiven) {
            unsupportedExpression(start);
            return std::nullopt;
        }
        if (atParameter()) {
            std::optional<ShellElement> parameter = readParameter();
            if (!parameter)
                return std::nullopt;
            if (!QStringLiteral("Credential").startsWith(parameter->parameter, Qt::CaseInsensitive)) {
                unsupportedExpression(start);
                return std::nullopt;
            }
            if (!parameter->colonValue) {
                skipBlanks();
                if (atValueEnd()) {
                    fail("Syntax.MissingArgument",
                         ShellSyntax::tr("Get-Credential's -Credential at %1 needs the user name after it.")
                             .arg(where(parameter->position)));
                    return std::nullopt;
                }
                std::optional<ShellValue> user = readPrimary();
                if (!user)
                    return std::nullopt;
                parameter->value = std::move(*user);
            }
            if (parameter->value.kind != ShellValue::Kind::Text) {
                unsupportedExpression(start);
                return std::nullopt;
            }
            credential.text = parameter->value.text;
        } else {
            if (atValueEnd()) {
                unexpected(m_pos, ShellSyntax::tr("Write (Get-Credential) or (Get-Credential 'user name')."));
                return std::nullopt;
            }
            std::optional<ShellValue> user = readPrimary();
            if (!user)
                return std::nullopt;
            if (user->kind != ShellValue::Kind::Text) {
                unsupportedExpression(start);
                return std::nullopt;
            }
            credential.text = user->text;
        }
        userGiven = true;
    }
}

// A command name written so that readBareWord() gives it back unchanged.
QString escapedName(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        switch (c.unicode()) {
        case 0x0000: out += QLatin1String("`0"); continue;
        case 0x0007: out += QLatin1String("`a"); continue;
        case 0x0008: out += QLatin1String("`b"); continue;
        case 0x000C: out += QLatin1String("`f"); continue;
        case 0x000A: out += QLatin1String("`n"); continue;
        case 0x000D: out += QLatin1String("`r"); continue;
        case 0x0009: out += QLatin1String("`t"); continue;
        case 0x000B: out += QLatin1String("`v"); continue;
        default: break;
        }
        const bool special = c.isSpace() || isSingleQuote(c) || isDoubleQuote(c)
            || QStringView(u",;|()`$@{}#&<>").contains(c) || (i == 0 && isDash(c));
        if (special)
            out += QLatin1Char('`');
        out += c;
    }
    return out;
}

} // namespace

QString ShellValue::display() const
{
    if (kind == Kind::Text)
        return quoted ? ShellSyntax::quote(text) : text;
    if (kind == Kind::List) {
        QStringList shown;
        for (const ShellValue &item : items)
            shown.append(item.display());
        return QStringLiteral("@(") + shown.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    return ShellSyntax::format(*this);
}

Parsed<QList<ShellPipeline>> ShellSyntax::parse(const QString &line)
{
    return Reader(line).run().parsed;
}

ShellSyntaxResult ShellSyntax::read(const QString &text)
{
    return Reader(text).run();
}

QString ShellSyntax::quote(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        out += c;
        if (isSingleQuote(c))
            out += c;
    }
    return out + QLatin1Char('\'');
}

QString ShellSyntax::format(const ShellValue &value)
{
    switch (value.kind) {
    case ShellValue::Kind::Text:
        return quote(value.text);
    case ShellValue::Kind::Boolean:
        return value.boolean ? QStringLiteral("$true") : QStringLiteral("$false");
    case ShellValue::Kind::Null:
        return QStringLiteral("$null");
    case ShellValue::Kind::Credential:
        if (value.text.isEmpty())
            return QStringLiteral("(Get-Credential)");
        return QStringLiteral("(Get-Credential ") + quote(value.text) + QLatin1Char(')');
    case ShellValue::Kind::List:
        break;
    }
    // @(@(a)) would be read as @(a): a lone inner array needs the unary comma (which the reader
    // counts as one level of nesting with its @( ), so that whatever parse() read reads back).
    if (value.items.size() == 1 && value.items.first().kind == ShellValue::Kind::List)
        return QStringLiteral("@(,") + format(value.items.first()) + QLatin1Char(')');
    QStringList items;
    for (const ShellValue &item : value.items)
        items.append(format(item));
    return QStringLiteral("@(") + items.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString ShellSyntax::format(const QList<ShellPipeline> &pipelines)
{
    QStringList statements;
    for (const ShellPipeline &pipeline : pipelines) {
        QStringList commands;
        if (pipeline.input)
            commands.append(format(*pipeline.input));
        for (const ShellCommand &command : pipeline.commands) {
            QString text = escapedName(command.name);
            for (const ShellElement &element : command.elements) {
                text += QLatin1Char(' ');
                if (element.kind == ShellElement::Kind::Argument) {
                    text += format(element.value);
                    continue;
                }
                text += QLatin1Char('-') + element.parameter;
                if (element.colonValue)
                    text += QLatin1Char(':') + format(element.value);
            }
            commands.append(text);
        }
        statements.append(commands.join(QLatin1String(" | ")));
    }
    return statements.join(QLatin1Char('\n'));
}

void ShellContinuation::addLine(const QString &line)
{
    QChar last; // the last character that is not blank, outside quotes and comments
    bool backtickAtEnd = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool doubled = i + 1 < line.size()
            && (m_state == State::SingleQuoted ? isSingleQuote(line.at(i + 1)) : isDoubleQuote(line.at(i + 1)));
        switch (m_state) {
        case State::SingleQuoted:
            if (isSingleQuote(c)) {
                if (doubled)
                    ++i;
                else
                    m_state = State::Code;
            }
            continue;
        case State::DoubleQuoted:
            if (c == QLatin1Char('`'))
                ++i;
            else if (isDoubleQuote(c)) {
                if (doubled)
                    ++i;
                else
                    m_state = State::Code;
            }
            continue;
        case State::Code:
            break;
        }
        if (c == QLatin1Char('`')) {
            // Before the line break (a '\r' may come first) it continues the line.
            backtickAtEnd = i + 1 == line.size() || (i + 2 == line.size() && line.at(i + 1) == QLatin1Char('\r'));
            ++i;
            last = QLatin1Char('x');
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace() || QStringView(u",;|(").contains(line.at(i - 1))))
            break; // a comment
        if (isSingleQuote(c))
            m_state = State::SingleQuoted;
        else if (isDoubleQuote(c))
            m_state = State::DoubleQuoted;
        else if (c == QLatin1Char('('))
            ++m_depth;
        else if (c == QLatin1Char(')'))
            m_depth = std::max<qsizetype>(m_depth - 1, 0);
        if (!c.isSpace())
            last = c;
    }
    m_joined = m_state == State::Code
        && (backtickAtEnd || last == QLatin1Char('|') || last == QLatin1Char(','));
}

bool ShellContinuation::surelyUnfinished() const
{
    return m_state != State::Code || m_depth > 0 || m_joined;
}
