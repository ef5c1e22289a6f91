#include "Problem.h"

#include <QCoreApplication>

#include <algorithm>

QString Problem::toString() const
{
    // Whole templates per case, so that a language can order the parts its own way.
    QString text;
    if (line > 0 && !parameter.isEmpty()) {
        text = QCoreApplication::translate("Problem", "%1 (line %2, column %3): %4")
                   .arg(parameter, QString::number(line), QString::number(column), message);
    } else if (line > 0) {
        text = QCoreApplication::translate("Problem", "line %1, column %2: %3")
                   .arg(QString::number(line), QString::number(column), message);
    } else if (!parameter.isEmpty()) {
        text = QCoreApplication::translate("Problem", "%1: %2").arg(parameter, message);
    } else {
        text = message;
    }
    // PowerShell's own prefix for a warning (German: "WARNUNG:").
    if (severity == Severity::Warning)
        return QCoreApplication::translate("Problem", "WARNING: %1").arg(text);
    return text;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
}

Problems errorsOnly(const Problems &problems)
{
    Problems result;
    std::copy_if(problems.cbegin(), problems.cend(), std::back_inserter(result), [](const Problem &p) { return p.isError(); });
    return result;
}

Problems warningsOnly(const Problems &problems)
{
    Problems result;
    std::copy_if(problems.cbegin(), problems.cend(), std::back_inserter(result), [](const Problem &p) { return !p.isError(); });
    return result;
}

bool containsCode(const Problems &problems, const QString &code)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&code](const Problem &p) { return p.code == code; });
}

Problems withParameter(Problems problems, const QString &parameter)
{
    for (Problem &p : problems)
        p.parameter = parameter;
    return problems;
}
