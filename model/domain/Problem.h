#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

// One thing wrong (or worth a warning) with a value, a connector or a file.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString code;      // stable identifier, e.g. "AddressSpace.WildcardNotLeading"; tests and tools key on it
    QString parameter; // the parameter, field or JSON path it concerns, e.g. "AddressSpaces", "/SendConnectors/2/Port"
    QString message;   // translated, complete sentence telling the user what is wrong and what to do
    int line = 0;      // 1-based position in a file, 0 when the problem is not about a file
    int column = 0;

    static Problem error(QString code, QString parameter, QString message)
    {
        return Problem{Severity::Error, std::move(code), std::move(parameter), std::move(message)};
    }
    static Problem warning(QString code, QString parameter, QString message)
    {
        return Problem{Severity::Warning, std::move(code), std::move(parameter), std::move(message)};
    }

    bool isError() const { return severity == Severity::Error; }
    // "parameter: message" (with the file position when there is one), for logs and the shell.
    QString toString() const;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);
Problems errorsOnly(const Problems &problems);
Problems warningsOnly(const Problems &problems);
bool containsCode(const Problems &problems, const QString &code);
// Prefixes every problem's parameter, e.g. "AddressSpaces[1]" for the second entry of a list.
Problems withParameter(Problems problems, const QString &parameter);

// The outcome of parsing one value: the value when it is valid, and every problem found.
template <typename T>
struct Parsed
{
    std::optional<T> value;
    Problems problems;

    bool ok() const { return value.has_value() && !hasErrors(problems); }
};

Q_DECLARE_METATYPE(Problem)
