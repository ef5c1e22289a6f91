#include "ShellSyntax.h"

#include <QTest>

// Checks ShellSyntax: the Exchange Management Shell's argument-mode reading of command lines.
class tst_ShellSyntax : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void multiLinePosition();
    void positions();
    void quote_data();
    void quote();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void display_data();
    void display();
    void incomplete_data();
    void incomplete();
    void nestingLimit_data();
    void nestingLimit();
    void errorPosition_data();
    void errorPosition();
    void continuation_data();
    void continuation();
};

namespace {

QString visible(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return text;
}

// A compact picture of a parse: t<bare word>, q<quoted text>, $true, $null, [list, items],
// cred(user), -Param, -Param:value; commands joined by " | ", statements by " ;; ".
QString dump(const ShellValue &value, bool withQuoting)
{
    switch (value.kind) {
    case ShellValue::Kind::Text:
        return (withQuoting && value.quoted ? QStringLiteral("q<") : QStringLiteral("t<")) + visible(value.text)
            + QLatin1Char('>');
    case ShellValue::Kind::Boolean:
        return value.boolean ? QStringLiteral("$true") : QStringLiteral("$false");
    case ShellValue::Kind::Null:
        return QStringLiteral("$null");
    case ShellValue::Kind::Credential:
        return QStringLiteral("cred(") + value.text + QLatin1Char(')');
    case ShellValue::Kind::List:
        break;
    }
    QStringList items;
    for (const ShellValue &item : value.items)
        items.append(dump(item, withQuoting));
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString dump(const QList<ShellPipeline> &pipelines, bool withQuoting = true)
{
    QStringList statements;
    for (const ShellPipeline &pipeline : pipelines) {
        QStringList commands;
        if (pipeline.input)
            commands.append(dump(*pipeline.input, withQuoting));
        for (const ShellCommand &command : pipeline.commands) {
            QStringList parts{visible(command.name)};
            for (const ShellElement &element : command.elements) {
                if (element.kind == ShellElement::Kind::Argument)
                    parts.append(dump(element.value, withQuoting));
                else if (element.colonValue)
                    parts.append(QLatin1Char('-') + element.parameter + QLatin1Char(':') + dump(element.value, withQuoting));
                else
                    parts.append(QLatin1Char('-') + element.parameter);
            }
            commands.append(parts.join(QLatin1Char(' ')));
        }
        statements.append(commands.join(QLatin1String(" | ")));
    }
    return statements.join(QLatin1String(" ;; "));
}

QString parsedOrCodes(const Parsed<QList<ShellPipeline>> &parsed)
{
    if (parsed.ok())
        return dump(*parsed.value);
    QStringList codes;
    for (const Problem &problem : parsed.problems)
        codes.append(problem.code + QStringLiteral(": ") + problem.message);
    return codes.join(QLatin1Char('\n'));
}

} // namespace

void tst_ShellSyntax::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("seed complete command")
        << QStringLiteral("New-SendConnector -Name \"Subsidiary Send Connector\" -Usage Custom -AddressSpace "
                          "\"*.contoso.com;5\",\"*.fabrikam.com;8\" -DnsRoutingEnabled $false -SmartHosts "
                          "192.168.1.20 -MaxMessageSize 20MB")
        << QStringLiteral("New-SendConnector -Name q<Subsidiary Send Connector> -Usage t<Custom> -AddressSpace "
                          "[q<*.contoso.com;5>, q<*.fabrikam.com;8>] -DnsRoutingEnabled $false -SmartHosts "
                          "t<192.168.1.20> -MaxMessageSize t<20MB>");
    QTest::newRow("console style")
        << QStringLiteral("new-SendConnector -Name 'Subsidiary Send Connector' -Usage 'Custom' -AddressSpaces "
                          "'SMTP:*.contoso.com;5','SMTP:*.fabrikam.com;8' -IsScopedConnector $false")
        << QStringLiteral("new-SendConnector -Name q<Subsidiary Send Connector> -Usage q<Custom> -AddressSpaces "
                          "[q<SMTP:*.contoso.com;5>, q<SMTP:*.fabrikam.com;8>] -IsScopedConnector $false");

    // Quoting.
    QTest::newRow("piped values") << QStringLiteral("'a@x.com','b@y.com' | Test-SendConnectorRouting")
                                  << QStringLiteral("[q<a@x.com>, q<b@y.com>] | Test-SendConnectorRouting");
    QTest::newRow("piped value, double quotes") << QStringLiteral("\"a@x.com\" | T -Explain # why")
                                                << QStringLiteral("q<a@x.com> | T -Explain");
    QTest::newRow("piped array to a formatter") << QStringLiteral("@('a', 'b') | T | fl")
                                                << QStringLiteral("[q<a>, q<b>] | T | fl");
    QTest::newRow("piped over lines") << QStringLiteral("'a',\n'b' |\nT\n'c' | T")
                                      << QStringLiteral("[q<a>, q<b>] | T ;; q<c> | T");
    QTest::newRow("doubled single quote") << QStringLiteral("x -Name 'O''Brien relay'")
                                          << QStringLiteral("x -Name q<O'Brien relay>");
    QTest::newRow("empty single quotes") << QStringLiteral("x ''") << QStringLiteral("x q<>");
    QTest::newRow("double quote inside single") << QStringLiteral("x 'say \"hi\"'") << QStringLiteral("x q<say \"hi\">");
    QTest::newRow("doubled double quote") << QStringLiteral("x \"say \"\"hi\"\"\"") << QStringLiteral("x q<say \"hi\">");
    QTest::newRow("backtick escapes") << QStringLiteral("x \"a`\"b`tc``d`$e`nf`qg\"")
                                      << QStringLiteral("x q<a\"b\\tc`d$e\\nfqg>");
    QTest::newRow("single quotes keep backticks and dollars") << QStringLiteral("x 'a`n$b'")
                                                              << QStringLiteral("x q<a`n$b>");
    QTest::newRow("dollar constants in double quotes") << QStringLiteral("x \"$true/$FALSE/$null.\"")
                                                       << QStringLiteral("x q<True/False/.>");
    QTest::newRow("lone dollar in double quotes") << QStringLiteral("x \"5 $ each, 6$\"")
                                                  << QStringLiteral("x q<5 $ each, 6$>");
    QTest::newRow("quoted size keeps its space") << QStringLiteral("x -MaxMessageSize '20 MB'")
                                                 << QStringLiteral("x -MaxMessageSize q<20 MB>");
    QTest::newRow("unquoted size is two values") << QStringLiteral("x -MaxMessageSize 20 MB")
                                                 << QStringLiteral("x -MaxMessageSize t<20> t<MB>");
    QTest::newRow("quoted $true is text") << QStringLiteral("x '$true'") << QStringLiteral("x q<$true>");
    QTest::newRow("quoted parts join a bare word") << QStringLiteral("x ab'c d'e\"f\"")
                                                   << QStringLiteral("x q<abc def>");
    QTest::newRow("typographic quotes and dash")
        << QString::fromUtf8("x \xe2\x80\x93Name \xe2\x80\x98" "a\xe2\x80\x99\xe2\x80\x99" "b\xe2\x80\x99 "
                             "\xe2\x80\x9c" "c\xe2\x80\x9d")
        << QString::fromUtf8("x -Name q<a\xe2\x80\x99" "b> q<c>");
    QTest::newRow("quoted comma is one value") << QStringLiteral("x 'a,b'") << QStringLiteral("x q<a,b>");
    QTest::newRow("quoted semicolon") << QStringLiteral("x '*.contoso.com;5'") << QStringLiteral("x q<*.contoso.com;5>");
    QTest::newRow("quoted hash") << QStringLiteral("x '#1'") << QStringLiteral("x q<#1>");
    QTest::newRow("quoted newline") << QStringLiteral("x 'a\nb'") << QStringLiteral("x q<a\\nb>");

    // Bare words.
    QTest::newRow("bare word characters") << QStringLiteral("x SMTP:*.contoso.com CONTOSO\\relay user@contoso.com a=b [10.0.0.1]")
                                          << QStringLiteral("x t<SMTP:*.contoso.com> t<CONTOSO\\relay> t<user@contoso.com> "
                                                            "t<a=b> t<[10.0.0.1]>");
    QTest::newRow("hash inside a word") << QStringLiteral("x a#b") << QStringLiteral("x t<a#b>");
    QTest::newRow("backtick escapes in a word") << QStringLiteral("x a`,b`;c` d") << QStringLiteral("x t<a,b;c d>");
    QTest::newRow("lone dollar") << QStringLiteral("x $ 5$") << QStringLiteral("x t<$> t<5$>");
    QTest::newRow("negative number is a value") << QStringLiteral("x -5 -Port 25")
                                                << QStringLiteral("x t<-5> -Port t<25>");
    QTest::newRow("dashes alone are values") << QStringLiteral("x - --") << QStringLiteral("x t<-> t<-->");
    QTest::newRow("tabs and CRLF") << QStringLiteral("x\t-A\tb\r\ny") << QStringLiteral("x -A t<b> ;; y");

    // Parameters.
    QTest::newRow("colon syntax") << QStringLiteral("x -Name:value -Enabled:$false")
                                  << QStringLiteral("x -Name:t<value> -Enabled:$false");
    QTest::newRow("colon then space") << QStringLiteral("x -Name: 'a b'") << QStringLiteral("x -Name:q<a b>");
    QTest::newRow("colon takes a dash value") << QStringLiteral("x -Name:-5 -Comment:-x")
                                              << QStringLiteral("x -Name:t<-5> -Comment:t<-x>");
    QTest::newRow("colon takes a list") << QStringLiteral("x -A:a,b") << QStringLiteral("x -A:[t<a>, t<b>]");
    QTest::newRow("switch then value") << QStringLiteral("x -WhatIf -Name n") << QStringLiteral("x -WhatIf -Name t<n>");
    QTest::newRow("underscore and digits") << QStringLiteral("x -_a1 v") << QStringLiteral("x -_a1 t<v>");

    // Arrays.
    QTest::newRow("comma list") << QStringLiteral("x a,b , c") << QStringLiteral("x [t<a>, t<b>, t<c>]");
    QTest::newRow("comma list of quoted") << QStringLiteral("x 'a', \"b\"") << QStringLiteral("x [q<a>, q<b>]");
    QTest::newRow("comma continues the line") << QStringLiteral("x a,\n  b -C d")
                                              << QStringLiteral("x [t<a>, t<b>] -C t<d>");
    QTest::newRow("array") << QStringLiteral("x @('a', 'b')") << QStringLiteral("x [q<a>, q<b>]");
    QTest::newRow("array of bare words") << QStringLiteral("x @(a,b)") << QStringLiteral("x [t<a>, t<b>]");
    QTest::newRow("empty array") << QStringLiteral("x @() @( )") << QStringLiteral("x [] []");
    QTest::newRow("array of one") << QStringLiteral("x @('a')") << QStringLiteral("x [q<a>]");
    QTest::newRow("array over lines") << QStringLiteral("x @(\n  'a'\n  'b' # second\n)") << QStringLiteral("x [q<a>, q<b>]");
    QTest::newRow("array statements") << QStringLiteral("x @('a'; 'b', 'c')") << QStringLiteral("x [q<a>, q<b>, q<c>]");
    QTest::newRow("array of array is flattened") << QStringLiteral("x @(@(a, b))") << QStringLiteral("x [t<a>, t<b>]");
    QTest::newRow("nested array") << QStringLiteral("x @(@(a), b)") << QStringLiteral("x [[t<a>], t<b>]");
    QTest::newRow("unary comma") << QStringLiteral("x ,a") << QStringLiteral("x [t<a>]");
    QTest::newRow("array in a list") << QStringLiteral("x a,@(b)") << QStringLiteral("x [t<a>, [t<b>]]");

    // $true, $false, $null.
    QTest::newRow("constants") << QStringLiteral("x $true $FALSE $Null") << QStringLiteral("x $true $false $null");
    QTest::newRow("constants in a list") << QStringLiteral("x $true,$false") << QStringLiteral("x [$true, $false]");

    // (Get-Credential).
    QTest::newRow("get-credential") << QStringLiteral("x -C (Get-Credential)") << QStringLiteral("x -C cred()");
    QTest::newRow("get-credential spaced") << QStringLiteral("x ( get-credential  )") << QStringLiteral("x cred()");
    QTest::newRow("get-credential user") << QStringLiteral("x (Get-Credential 'CONTOSO\\relay')")
                                         << QStringLiteral("x cred(CONTOSO\\relay)");
    QTest::newRow("get-credential bare user") << QStringLiteral("x (Get-Credential relay)")
                                              << QStringLiteral("x cred(relay)");
    QTest::newRow("get-credential -Credential") << QStringLiteral("x (Get-Credential -Credential relay)")
                                                << QStringLiteral("x cred(relay)");
    QTest::newRow("get-credential -Cred:") << QStringLiteral("x (Get-Credential -Cred:'a b')")
                                           << QStringLiteral("x cred(a b)");
    QTest::newRow("colon get-credential") << QStringLiteral("x -C:(Get-Credential)") << QStringLiteral("x -C:cred()");

    // Comments, pipes, statements.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("  \n\t; ;\n") << QString();
    QTest::newRow("only a comment") << QStringLiteral("# New-SendConnector") << QString();
    QTest::newRow("trailing comment") << QStringLiteral("x -A b # -C d") << QStringLiteral("x -A t<b>");
    QTest::newRow("comment right after a value") << QStringLiteral("x 'b' #c") << QStringLiteral("x q<b>");
    QTest::newRow("pipe") << QStringLiteral("Get-SendConnector | fl")
                          << QStringLiteral("Get-SendConnector | fl");
    QTest::newRow("pipe without spaces") << QStringLiteral("Get-SendConnector 'a'|Format-List")
                                         << QStringLiteral("Get-SendConnector q<a> | Format-List");
    QTest::newRow("pipe continues the line") << QStringLiteral("Get-SendConnector |\n  fl")
                                             << QStringLiteral("Get-SendConnector | fl");
    QTest::newRow("semicolon ends a statement") << QStringLiteral("x *.contoso.com;5")
                                                << QStringLiteral("x t<*.contoso.com> ;; 5");
    QTest::newRow("statements") << QStringLiteral("a; b;;c\nd") << QStringLiteral("a ;; b ;; c ;; d");
    QTest::newRow("backtick continues the line") << QStringLiteral("x -A b `\n  -C d")
                                                 << QStringLiteral("x -A t<b> -C t<d>");
    QTest::newRow("backtick continues after a parameter") << QStringLiteral("x -A`\n b")
                                                          << QStringLiteral("x -A t<b>");
}

void tst_ShellSyntax::parse()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    QCOMPARE(parsedOrCodes(parsed), expected);
    QVERIFY(parsed.problems.isEmpty());
}

void tst_ShellSyntax::rejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("character"); // 1-based, as the message says it

    const auto row = [](const char *name, const QString &line, const char *code, int character) {
        QTest::newRow(name) << line << QString::fromLatin1(code) << character;
    };
    row("unterminated single", QStringLiteral("x 'abc"), "Syntax.UnterminatedString", 3);
    row("unterminated double", QStringLiteral("x \"abc"), "Syntax.UnterminatedString", 3);
    row("escaped closing quote", QStringLiteral("x \"abc`\""), "Syntax.UnterminatedString", 3);
    row("unterminated in a word", QStringLiteral("x ab'c"), "Syntax.UnterminatedString", 5);
    row("unterminated doubled", QStringLiteral("x 'O''"), "Syntax.UnterminatedString", 3);
    row("stray parenthesis", QStringLiteral("x a)"), "Syntax.UnexpectedCharacter", 4);
    row("text after quotes", QStringLiteral("x 'a'b"), "Syntax.UnexpectedCharacter", 6);
    row("text after $true", QStringLiteral("x $true.x"), "Syntax.UnexpectedCharacter", 8);
    row("ampersand", QStringLiteral("x a & b"), "Syntax.UnexpectedCharacter", 5);
    row("redirection", QStringLiteral("x a>f"), "Syntax.UnexpectedCharacter", 4);
    row("equals after parameter", QStringLiteral("x -Name=foo"), "Syntax.UnexpectedCharacter", 8);
    row("comma after parameter", QStringLiteral("x -Name,a"), "Syntax.UnexpectedCharacter", 8);
    row("trailing backtick", QStringLiteral("x a`"), "Syntax.UnexpectedCharacter", 4);
    row("command starts with comma", QStringLiteral(", x"), "Syntax.UnexpectedCharacter", 1);
    row("closing brace", QStringLiteral("x }"), "Syntax.UnexpectedCharacter", 3);
    row("at sign alone", QStringLiteral("x @1"), "Syntax.UnexpectedCharacter", 3);
    row("array without commas", QStringLiteral("x @(a b)"), "Syntax.UnexpectedCharacter", 7);
    row("pipe in an array", QStringLiteral("x @(a | b)"), "Syntax.UnexpectedCharacter", 7);
    row("colon without value", QStringLiteral("x -Name:"), "Syntax.MissingArgument", 8);
    row("colon before a statement end", QStringLiteral("x -Name: ;y"), "Syntax.MissingArgument", 8);
    row("trailing comma", QStringLiteral("x a,"), "Syntax.MissingArgument", 4);
    row("comma before a parameter", QStringLiteral("x a, -B c"), "Syntax.MissingArgument", 4);
    row("comma alone", QStringLiteral("x ,"), "Syntax.MissingArgument", 3);
    row("comma before closing", QStringLiteral("x @(a,)"), "Syntax.MissingArgument", 6);
    row("-Credential without user", QStringLiteral("x (Get-Credential -Credential)"), "Syntax.MissingArgument", 19);
    row("pipe first", QStringLiteral("| x"), "Syntax.EmptyPipe", 1);
    row("two pipes", QStringLiteral("x | | y"), "Syntax.EmptyPipe", 3);
    row("pipe last", QStringLiteral("x |"), "Syntax.EmptyPipe", 3);
    row("pipe before semicolon", QStringLiteral("x | ; y"), "Syntax.EmptyPipe", 3);
    row("other sub-expression", QStringLiteral("x (Get-Date)"), "Syntax.UnsupportedExpression", 3);
    row("arithmetic", QStringLiteral("x (1+2)"), "Syntax.UnsupportedExpression", 3);
    row("get-credential with two users", QStringLiteral("x (Get-Credential a b)"), "Syntax.UnsupportedExpression", 3);
    row("get-credential other parameter", QStringLiteral("x (Get-Credential -Message m)"),
        "Syntax.UnsupportedExpression", 3);
    row("get-credential with a boolean", QStringLiteral("x (Get-Credential $true)"), "Syntax.UnsupportedExpression", 3);
    row("get-credential glued", QStringLiteral("x (Get-Credentialx)"), "Syntax.UnsupportedExpression", 3);
    row("hashtable", QStringLiteral("x @{a=1}"), "Syntax.UnsupportedHashtable", 3);
    row("script block", QStringLiteral("x {a}"), "Syntax.UnsupportedExpression", 3);
    row("dollar sub-expression", QStringLiteral("x $(Get-Date)"), "Syntax.UnsupportedExpression", 3);
    row("sub-expression in double quotes", QStringLiteral("x \"a $(b)\""), "Syntax.UnsupportedExpression", 6);
    row("sub-expression in a word", QStringLiteral("x a$(b)"), "Syntax.UnsupportedExpression", 4);
    row("quoted command", QStringLiteral("'New-SendConnector'"), "Syntax.UnsupportedExpression", 1);
    row("parenthesised command", QStringLiteral("(Get-SendConnector)"), "Syntax.UnsupportedExpression", 1);
    row("value as a command", QStringLiteral("$true"), "Syntax.UnsupportedExpression", 1);
    row("unterminated array", QStringLiteral("x @(a, b"), "Syntax.UnterminatedArray", 3);
    row("unterminated empty array", QStringLiteral("x @("), "Syntax.UnterminatedArray", 3);
    row("unterminated get-credential", QStringLiteral("x (Get-Credential 'u'"), "Syntax.UnterminatedExpression", 3);
    row("variable", QStringLiteral("x $name"), "Syntax.UnsupportedVariable", 3);
    row("variable in double quotes", QStringLiteral("x \"hello $name\""), "Syntax.UnsupportedVariable", 10);
    row("variable that starts like true", QStringLiteral("x \"$trueish\""), "Syntax.UnsupportedVariable", 4);
    row("braced variable in double quotes", QStringLiteral("x \"${a}\""), "Syntax.UnsupportedVariable", 4);
    row("automatic variable in double quotes", QStringLiteral("x \"$?\""), "Syntax.UnsupportedVariable", 4);
    row("variable in a word", QStringLiteral("x a$b"), "Syntax.UnsupportedVariable", 4);
    row("price in a word", QStringLiteral("x US$5"), "Syntax.UnsupportedVariable", 5);
    row("scoped variable", QStringLiteral("x $env:TEMP"), "Syntax.UnsupportedVariable", 3);
    row("scoped true", QStringLiteral("x $true:x"), "Syntax.UnsupportedVariable", 3);
    row("automatic variable", QStringLiteral("x $?"), "Syntax.UnsupportedVariable", 3);
    row("splatting", QStringLiteral("x @params"), "Syntax.UnsupportedVariable", 3);
    row("assignment", QStringLiteral("$x = 5"), "Syntax.UnsupportedVariable", 1);
    row("error in a later statement", QStringLiteral("x a; y 'b"), "Syntax.UnterminatedString", 8);
    row("piped value alone", QStringLiteral("'a@x.com' b"), "Syntax.UnsupportedExpression", 1);
    row("piped into a value", QStringLiteral("'a@x.com' | 'b'"), "Syntax.UnsupportedExpression", 13);
    row("piped into nothing", QStringLiteral("'a@x.com' |"), "Syntax.EmptyPipe", 11);
    row("piped into a pipe", QStringLiteral("'a@x.com' | | T"), "Syntax.EmptyPipe", 11);
}

void tst_ShellSyntax::rejects()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(int, character);
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    QVERIFY2(!parsed.ok(), qPrintable(parsedOrCodes(parsed)));
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.problems.size(), 1);
    const Problem &problem = parsed.problems.first();
    QCOMPARE(problem.code, code);
    QCOMPARE(problem.parameter, QStringLiteral("CommandLine"));
    QVERIFY(problem.isError());
    QVERIFY2(problem.message.contains(QStringLiteral("at character %1").arg(character)), qPrintable(problem.message));
}

void tst_ShellSyntax::multiLinePosition()
{
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(QStringLiteral("x a\ny 'b"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problems.first().code, QStringLiteral("Syntax.UnterminatedString"));
    QVERIFY2(parsed.problems.first().message.contains(QStringLiteral("at line 2, character 3")),
             qPrintable(parsed.problems.first().message));
}

void tst_ShellSyntax::positions()
{
    //                                         0         1         2         3
    //                                         0123456789012345678901234567890123456
    const QString line = QStringLiteral("New-SendConnector -Name 'a b' x -P:5 | fl");
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->size(), 1);
    const ShellPipeline &pipeline = parsed.value->first();
    QCOMPARE(pipeline.commands.size(), 2);
    const ShellCommand &command = pipeline.commands.first();
    QCOMPARE(command.position, 0);
    QCOMPARE(command.elements.size(), 4);
    QCOMPARE(command.elements.at(0).position, 18);
    QCOMPARE(command.elements.at(0).kind, ShellElement::Kind::Parameter);
    QCOMPARE(command.elements.at(0).parameter, QStringLiteral("Name"));
    QVERIFY(!command.elements.at(0).colonValue);
    QCOMPARE(command.elements.at(1).position, 24);
    QCOMPARE(command.elements.at(1).value.position, 24);
    QCOMPARE(command.elements.at(2).value.position, 30);
    QCOMPARE(command.elements.at(3).position, 32);
    QVERIFY(command.elements.at(3).colonValue);
    QCOMPARE(command.elements.at(3).value.position, 35);
    QCOMPARE(pipeline.commands.at(1).position, 39);
}

void tst_ShellSyntax::quote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain") << QStringLiteral("EX01") << QStringLiteral("'EX01'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien relay") << QStringLiteral("'O''Brien relay'");
    QTest::newRow("two apostrophes") << QStringLiteral("''") << QStringLiteral("''''''");
    QTest::newRow("typographic apostrophe") << QString::fromUtf8("O\xe2\x80\x99" "Brien")
                                            << QString::fromUtf8("'O\xe2\x80\x99\xe2\x80\x99" "Brien'");
    QTest::newRow("specials stay") << QStringLiteral("$a `b \"c\" ;|,#")
                                   << QStringLiteral("'$a `b \"c\" ;|,#'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
}

void tst_ShellSyntax::quote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(ShellSyntax::quote(text), quoted);

    // And the shell reads it back as that very text.
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(QStringLiteral("x ") + quoted);
    QVERIFY(parsed.ok());
    const ShellValue &value = parsed.value->first().commands.first().elements.first().value;
    QCOMPARE(value.kind, ShellValue::Kind::Text);
    QVERIFY(value.quoted);
    QCOMPARE(value.text, text);
}

void tst_ShellSyntax::formatRoundTrip_data()
{
    parse_data();
    QTest::newRow("odd command name") << QStringLiteral("a`;b`$c`(d`'e`\tf`ng`` h")
                                      << QStringLiteral("a;b$c(d'e\\tf\\ng` t<h>");
    QTest::newRow("nested single array") << QStringLiteral("x ,@(a,b)") << QStringLiteral("x [[t<a>, t<b>]]");
    QTest::newRow("credential in a list") << QStringLiteral("x a,(Get-Credential 'u''v')")
                                          << QStringLiteral("x [t<a>, cred(u'v)]");
    QTest::newRow("commas after a command name") << QStringLiteral("G,,,endCoexit 1\nt 6")
                                                 << QStringLiteral("G [[[t<endCoexit>]]] t<1> ;; t t<6>");
    // Found by fuzz_shellsyntax: as deep as parse() allows, and formatted, it still reads back.
    QTest::newRow("unary commas at the nesting limit")
        << QStringLiteral("G") + QString(ShellSyntax::MaximumNesting, QLatin1Char(',')) + QStringLiteral("a")
        << QStringLiteral("G ") + QString(ShellSyntax::MaximumNesting, QLatin1Char('[')) + QStringLiteral("t<a>")
               + QString(ShellSyntax::MaximumNesting, QLatin1Char(']'));
    QTest::newRow("unary commas in array subexpressions") << QStringLiteral("x @(@(@(@(,,,a))))") << QStringLiteral("x [[[t<a>]]]");
    // A lone array as pipeline input or a colon value, formatted and read back.
    QTest::newRow("nested input") << QStringLiteral("@(,@('a')) | x") << QStringLiteral("[[q<a>]] | x");
    QTest::newRow("nested colon") << QStringLiteral("x -P:@(,@('a'))") << QStringLiteral("x -P:[[q<a>]]");
    QTest::newRow("nested input2") << QStringLiteral("@(@(,,a)) | x") << QStringLiteral("[[t<a>]] | x");
    QTest::newRow("a lone array after another argument") << QStringLiteral("Get-SendC\ronnector @(@(@(@(,,,a))))\nexit 1")
                                                         << QStringLiteral("Get-SendC t<onnector> [[[t<a>]]] ;; exit t<1>");
    QTest::newRow("a lone array in a list") << QStringLiteral("x @(,@('a')), b") << QStringLiteral("x [[[q<a>]], t<b>]");
}

// format() writes what parse() reads back to the same commands and values.
void tst_ShellSyntax::formatRoundTrip()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    QVERIFY(parsed.ok());
    QCOMPARE(dump(*parsed.value), expected);
    const QString formatted = ShellSyntax::format(*parsed.value);
    const Parsed<QList<ShellPipeline>> again = ShellSyntax::parse(formatted);
    QVERIFY2(again.ok(), qPrintable(formatted));
    QCOMPARE(dump(*again.value, false), dump(*parsed.value, false));
}

void tst_ShellSyntax::display_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("display");

    QTest::newRow("bare") << QStringLiteral("x 70000") << QStringLiteral("70000");
    QTest::newRow("quoted") << QStringLiteral("x \"a b\"") << QStringLiteral("'a b'");
    QTest::newRow("boolean") << QStringLiteral("x $FALSE") << QStringLiteral("$false");
    QTest::newRow("null") << QStringLiteral("x $null") << QStringLiteral("$null");
    QTest::newRow("list") << QStringLiteral("x a,'b c'") << QStringLiteral("@(a, 'b c')");
    QTest::newRow("credential") << QStringLiteral("x (get-credential relay)") << QStringLiteral("(Get-Credential 'relay')");
    QTest::newRow("empty credential") << QStringLiteral("x (get-credential)") << QStringLiteral("(Get-Credential)");
}

void tst_ShellSyntax::display()
{
    QFETCH(QString, line);
    QFETCH(QString, display);
    const Parsed<QList<ShellPipeline>> parsed = ShellSyntax::parse(line);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->first().commands.first().elements.first().value.display(), display);
}

// What more lines would complete (the ">> " prompt), and what no line can mend.
void tst_ShellSyntax::incomplete_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<bool>("ok");

    QTest::newRow("complete") << QStringLiteral("Get-SendConnector\n") << false << true;
    QTest::newRow("backtick before the line break") << QStringLiteral("Get-SendConnector `\n") << true << true;
    QTest::newRow("backtick before CRLF") << QStringLiteral("Get-SendConnector `\r\n") << true << true;
    QTest::newRow("escaped backtick is text") << QStringLiteral("Get-SendConnector a``\n") << false << true;
    QTest::newRow("backtick in a comment") << QStringLiteral("Get-SendConnector # `\n") << false << true;
    QTest::newRow("trailing pipe") << QStringLiteral("Get-SendConnector |\n") << true << false;
    QTest::newRow("trailing comma") << QStringLiteral("New-SendConnector -AddressSpaces a.com,\n") << true << false;
    QTest::newRow("open @(") << QStringLiteral("New-SendConnector -AddressSpaces @(\n'a.com'\n") << true << false;
    QTest::newRow("open (Get-Credential") << QStringLiteral("New-SendConnector -Auth (Get-Credential\n") << true
                                          << false;
    QTest::newRow("open single quote") << QStringLiteral("Get-SendConnector 'Contoso\n") << true << false;
    QTest::newRow("open double quote") << QStringLiteral("Get-SendConnector \"Contoso\n") << true << false;
    QTest::newRow("continued and then closed")
        << QStringLiteral("New-SendConnector -AddressSpaces @(\n'a.com',\n'b.com')\n") << false << true;
    QTest::newRow("error before the end is not mended by more lines")
        << QStringLiteral("Get-SendConnector | | fl\n") << false << false;
    QTest::newRow("variable") << QStringLiteral("Get-SendConnector $x,\n") << false << false;
}

void tst_ShellSyntax::incomplete()
{
    QFETCH(QString, text);
    QFETCH(bool, incomplete);
    QFETCH(bool, ok);

    const ShellSyntaxResult result = ShellSyntax::read(text);
    QCOMPARE(result.incomplete, incomplete);
    QCOMPARE(result.parsed.ok(), ok);
    QCOMPARE(result.errorPosition >= 0, !ok);
}

// Nesting deeper than MaximumNesting is refused with a message, however deep: no stack overflow.
void tst_ShellSyntax::nestingLimit_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("ok");

    const int limit = ShellSyntax::MaximumNesting;
    for (const int depth : {limit, limit + 1, 7000, 200000}) {
        QTest::addRow("@( %d deep", depth) << QStringLiteral("@(") << QStringLiteral(")") << depth << (depth <= limit);
        QTest::addRow("unary comma %d deep", depth) << QStringLiteral(",") << QString() << depth << (depth <= limit);
    }
}

void tst_ShellSyntax::nestingLimit()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(int, depth);
    QFETCH(bool, ok);

    const QString line = QStringLiteral("Get-SendConnector ") + open.repeated(depth) + QStringLiteral("x")
        + close.repeated(depth);
    const ShellSyntaxResult result = ShellSyntax::read(line);
    QCOMPARE(result.parsed.ok(), ok);
    if (ok)
        return;
    QCOMPARE(result.parsed.problems.size(), 1);
    QCOMPARE(result.parsed.problems.first().code, QStringLiteral("Syntax.NestingTooDeep"));
    QVERIFY(result.parsed.problems.first().message.contains(QString::number(ShellSyntax::MaximumNesting)));
    QVERIFY(result.parsed.problems.first().message.size() < 300); // not the input echoed back
    QVERIFY(!result.incomplete);
}

// Where reading stopped, for "At line:L char:C": the start of what is unfinished.
void tst_ShellSyntax::errorPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");

    QTest::newRow("open quote on the last line") << QStringLiteral("Get-SendConnector\nGet-SendConnector 'a\n") << 36;
    QTest::newRow("open @(") << QStringLiteral("x @(a,\nb\n") << 2;
    QTest::newRow("trailing pipe") << QStringLiteral("x |\n") << 2;
    QTest::newRow("trailing comma") << QStringLiteral("x a,\n") << 3;
    QTest::newRow("unexpected character") << QStringLiteral("x a\ny 'b'c") << 9;
}

void tst_ShellSyntax::errorPosition()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    const ShellSyntaxResult result = ShellSyntax::read(text);
    QVERIFY(!result.parsed.ok());
    QCOMPARE(result.errorPosition, qsizetype(position));
}

// ShellContinuation agrees with the parser on what is unfinished, line by line.
void tst_ShellSyntax::continuation_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<bool>("unfinished");

    QTest::newRow("complete") << QStringList{QStringLiteral("Get-SendConnector 'a b' | fl")} << false;
    QTest::newRow("backtick") << QStringList{QStringLiteral("Get-SendConnector `")} << true;
    QTest::newRow("backtick before CR") << QStringList{QStringLiteral("Get-SendConnector `\r")} << true;
    QTest::newRow("escaped backtick") << QStringList{QStringLiteral("Get-SendConnector a``")} << false;
    QTest::newRow("trailing pipe") << QStringList{QStringLiteral("Get-SendConnector |  ")} << true;
    QTest::newRow("trailing comma") << QStringList{QStringLiteral("x -AddressSpaces a.com,")} << true;
    QTest::newRow("comma in a comment") << QStringList{QStringLiteral("x -AddressSpaces a.com # a,")} << false;
    QTest::newRow("comma in quotes") << QStringList{QStringLiteral("x -Comment 'a,'")} << false;
    QTest::newRow("open @(") << QStringList{QStringLiteral("x @("), QStringLiteral("'a',")} << true;
    QTest::newRow("@( closed") << QStringList{QStringLiteral("x @("), QStringLiteral("'a'"), QStringLiteral(")")}
                               << false;
    QTest::newRow("paren in quotes") << QStringList{QStringLiteral("x '('")} << false;
    QTest::newRow("open single quote") << QStringList{QStringLiteral("x 'it''s"), QStringLiteral("more")} << true;
    QTest::newRow("single quote closed") << QStringList{QStringLiteral("x 'it''s"), QStringLiteral("more'")} << false;
    QTest::newRow("open double quote, escaped quote") << QStringList{QStringLiteral("x \"a`\"")} << true;
    QTest::newRow("typographic quotes") << QStringList{QStringLiteral("x \u2018a\u2019")} << false;
    QTest::newRow("many lines of a list")
        << QStringList{QStringLiteral("x -AddressSpaces a.com,"), QStringLiteral("b.com,"), QStringLiteral("c.com")}
        << false;
}

void tst_ShellSyntax::continuation()
{
    QFETCH(QStringList, lines);
    QFETCH(bool, unfinished);

    ShellContinuation continuation;
    for (const QString &line : lines)
        continuation.addLine(line);
    QCOMPARE(continuation.surelyUnfinished(), unfinished);
    // The parser agrees.
    QCOMPARE(ShellSyntax::read(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).incomplete, unfinished);
    continuation.reset();
    QVERIFY(!continuation.surelyUnfinished());
}

QTEST_GUILESS_MAIN(tst_ShellSyntax)
#include "tst_shellsyntax.moc"
