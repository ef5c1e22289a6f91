#pragma once

#include "ExchangeTypes.h"
#include "SendConnector.h"

#include <QString>

// Writes the Exchange Management Shell command that creates a connector, in the style the
// console prints on its Completion page (docs/wizard.md#command-style): lower-case
// "new-SendConnector", every value single-quoted (quotes doubled), the EMC's fixed parameters
// always present and any
// other parameter only when it differs from what New-SendConnector would default to for that
// usage. RTM output and an Edge connector have no -IsScopedConnector (RTM writes "Local:" address
// spaces; an Edge's own connector cannot be scoped); an Edge connector has no
// -SourceTransportServers. Parameter names come from ConnectorParameter's table. A credential is written as
// "(Get-Credential 'user')" — never a password. The shell parses every generated line back to an
// identical connector.
class CommandGenerator
{
public:
    static QString newSendConnector(const SendConnector &connector, Exchange::Version version, bool onEdge);
};
