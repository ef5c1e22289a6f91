#include "Problem.h"

#include <algorithm>

QString Problem::toString() const
{
    QString where = parameter;
    if (line > 0) {
        const QString position = QStringLiteral("line %1, column %2").arg(line).arg(column);
        where = where.isEmpty() ? position : where + QStringLiteral(" (") + position + QLatin1Char(')');
    }
    const QString prefix = severity == Severity::Warning ? QStringLiteral("WARNING: ") : QString();
    if (where.isEmpty())
        return prefix + message;
    return prefix + where + QStringLiteral(": ") + message;
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
