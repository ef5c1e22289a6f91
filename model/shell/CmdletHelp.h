#pragma once

#include "ConnectorParameter.h"
#include "ExchangeTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The help that "Get-Help <cmdlet>", "-Full", "-Detailed", "-Examples" and "<cmdlet> -?" print,
// laid out as PowerShell 1.0 lays out a cmdlet's help (NAME, SYNOPSIS, SYNTAX, …). The syntax
// comes from ConnectorParameter's table for the session's version, so it never lists a
// parameter the binder would refuse.
class CmdletHelp
{
    Q_DECLARE_TR_FUNCTIONS(CmdletHelp)
public:
    enum class Detail { Summary, Detailed, Full, Examples };

    static QString text(ConnectorCmdlet cmdlet, Exchange::Version version, Detail detail);
    // "New-SendConnector -Name <String> -AddressSpaces <MultiValuedProperty> [...]".
    static QString syntax(ConnectorCmdlet cmdlet, Exchange::Version version);
    // What a parameter does, one or two sentences (for -Full and -Detailed).
    static QString description(ConnectorParameter parameter);
    // Get-Help without a topic: the cmdlets this shell knows.
    static QString overview();
    // "Get-Help <cmdlet> -Parameter <name>": the sections of the parameters whose names match
    // `pattern` (PowerShell's wildcards '*' and '?', case-insensitive), as -Full writes them; the
    // common parameters are not listed. std::nullopt when no parameter matches.
    static std::optional<QString> parameterHelp(ConnectorCmdlet cmdlet, Exchange::Version version,
                                                const QString &pattern);
    // The cmdlet's own parameters, comma-separated (for messages).
    static QString parameterNames(ConnectorCmdlet cmdlet, Exchange::Version version);

private:
    static QString parameterSection(ConnectorCmdlet cmdlet, ConnectorParameter parameter, bool full);
};
