#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A value as the Exchange Management Shell's parser sees it in argument mode.
struct ShellValue
{
    enum class Kind {
        Text,       // a bare word or a quoted string ('…' or "…"), after unquoting
        Boolean,    // $true / $false
        Null,       // $null
        List,       // a,b,c  or  @(a, b, c)
        Credential, // (Get-Credential) or (Get-Credential 'DOMAIN\user')
    };

    Kind kind = Kind::Text;
    QString text;            // Text: the string; Credential: the pre-filled user name (may be empty)
    bool quoted = false;     // Text: came from quotes (so "20 MB" keeps its space, '$true' is text)
    bool boolean = false;    // Boolean
    QList<ShellValue> items; // List
    int position = 0;        // 0-based character offset in the line, for messages

    // For messages: the value as the user would recognise it ("'a b'", "$true", "@(…)").
    QString display() const;
};

// One element after the cmdlet name: "-Name", "-Name:value" or a positional/parameter value.
struct ShellElement
{
    enum class Kind { Parameter, Argument };

    Kind kind = Kind::Argument;
    QString parameter;  // Parameter: the name as typed, without '-' (may be a prefix)
    bool colonValue = false; // Parameter: "-Name:value" — `value` is bound to it, nothing else may be
    ShellValue value;   // Argument, or Parameter with colonValue
    int position = 0;
};

// One cmdlet invocation.
struct ShellCommand
{
    QString name; // as typed, e.g. "new-sendconnector"
    QList<ShellElement> elements;
    int position = 0;
};

// Commands joined with '|', after the values piped into the first one, if any
// ("'a@x.com','b@y.com' | Test-SendConnectorRouting").
struct ShellPipeline
{
    QList<ShellCommand> commands;
    std::optional<ShellValue> input; // a quoted string, a list or @(…) before the first '|'
};

// The outcome of reading a whole text (a script, or the lines typed so far at the shell).
struct ShellSyntaxResult
{
    Parsed<QList<ShellPipeline>> parsed;
    qsizetype errorPosition = -1; // 0-based offset where reading stopped at the first error
    // The text ended inside a command: an open quote, @( or (, a trailing '|' or ',', or a
    // backtick before the final line break. More lines would complete it (the ">> " prompt).
    bool incomplete = false;
};

// Parses Exchange Management Shell command lines: statements separated by ';' or new lines,
// pipelines with '|', '#' comments, quoting rules ('' inside '…', "" and `" inside "…", backtick
// escapes), arrays with ',' and @(…), $true/$false/$null, and the (Get-Credential [user])
// sub-expression. Variables and other sub-expressions are refused, not guessed.
// Codes: "Syntax.UnterminatedString", "Syntax.UnexpectedCharacter", "Syntax.MissingArgument",
// "Syntax.EmptyPipe", "Syntax.UnsupportedExpression", "Syntax.UnsupportedHashtable" (@{…}: Exchange
// 2007 replaces lists whole), "Syntax.UnterminatedArray", "Syntax.UnsupportedVariable",
// "Syntax.UnterminatedExpression" (a "(Get-Credential" without its ')'). Parameter: "CommandLine";
// messages say at which character (1-based; "line L, character C" when the text has several lines).
// Parsing stops at the first syntax error, as PowerShell does.
//
// Details (docs/decisions.md#shell-syntax), following PowerShell 1.0's argument mode:
// - A bare word runs until whitespace, ',', ';', '|', ')' or the end; quoted parts inside it are
//   joined to it (ab'c d' is "abc d"); a quoted string must be followed by one of those delimiters.
// - Backtick escapes (`0 `a `b `f `n `r `t `v, any other character stands for itself) apply in
//   bare words and "…"; a backtick before a line break continues the line.
// - "-Name" is a parameter only when a letter or '_' follows the dash ("-5" is a value); "-Name:"
//   binds what follows, even "-x". En and em dashes count as '-', typographic quotes as quotes
//   (text pasted from documents).
// - "…" does not expand variables: "$true", "$false", "$null" become True, False and nothing, as
//   PowerShell prints them; any other "$name" or "$(…)" is refused rather than kept as text.
// - Inside @(…) statements are separated by ',' ';' or line breaks, and a statement that is an
//   array is flattened one level (so @(@(a, b)) is @(a, b)); ",a" is a one-element array.
// - A pipeline may start with values piped into its first command: a quoted string, a list of
//   them or @(…), then '|' (ShellPipeline::input). A bare word there is a command's name.
// - '&', '<' and '>' outside quotes (call operator, redirection) are refused.
// - Arrays, unary commas and (Get-Credential) nest at most MaximumNesting deep
//   ("Syntax.NestingTooDeep"), so that no input exhausts the stack (docs/shell-language.md); a
//   unary comma that opens a statement of @( ) is one level with it, as format() writes ,,a as
//   @(,@(,a)), so whatever parse() reads, format() writes back readable.
class ShellSyntax
{
    Q_DECLARE_TR_FUNCTIONS(ShellSyntax)
public:
    static constexpr int MaximumNesting = 100;

    static Parsed<QList<ShellPipeline>> parse(const QString &line);
    // The same reading, with where it stopped and whether more lines would complete the text.
    static ShellSyntaxResult read(const QString &text);

    // 'text' with embedded single quotes doubled: O'Brien -> 'O''Brien'.
    // Every single quote, typographic ones included, is doubled, so that parse() gives `text` back.
    static QString quote(const QString &text);

    // Writes pipelines back as text that parse() reads to the same commands and values: names as
    // escaped bare words, every text single-quoted, arrays as @(…), statements on separate lines.
    static QString format(const QList<ShellPipeline> &pipelines);
    static QString format(const ShellValue &value);
};

// Follows the lines of a command as they are read, in time linear in their length, and tells when
// the command is surely unfinished: an open quote, a '(' or '@(' not closed yet, or a line ending
// in '|', ',' or a backtick. The shell parses the whole text (ShellSyntax::read) only when it may
// be complete, so that a command of 100,000 lines is not parsed 100,000 times. It is a filter: the
// parser has the last word on what is complete.
class ShellContinuation
{
public:
    void addLine(const QString &line); // one line, without its line break
    bool surelyUnfinished() const;
    void reset() { *this = ShellContinuation(); }

private:
    enum class State { Code, SingleQuoted, DoubleQuoted };
    State m_state = State::Code;
    qsizetype m_depth = 0;     // '(' not closed yet
    bool m_joined = false;     // the last line ended in '|', ',' or a backtick
};
