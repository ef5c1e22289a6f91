#pragma once

#include "ConnectorParameter.h"
#include "ExchangeTypes.h"

#include <QCoreApplication>
#include <QString>

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
};
