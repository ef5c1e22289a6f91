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
//
// setSendConnector() writes the Set-SendConnector line that turns `before` into `after`
// (docs/shell-language.md): "-Identity" names `before` (a rename is -Name), and only what changed
// follows, in the table's parameter order. A multi-valued parameter is written whole (Exchange
// 2007 has no add/remove syntax), an empty one as $null; an address-space scope change is
// -IsScopedConnector in SP1 and the Local: prefix in RTM; a credential change is
// "-AuthenticationCredential (Get-Credential 'user')" (or $null when it was removed) — never a
// password. The usage cannot change (Set-SendConnector has no -Usage) and is ignored. An empty
// string when nothing Set-SendConnector can change has changed.
class CommandGenerator
{
public:
    static QString newSendConnector(const SendConnector &connector, Exchange::Version version, bool onEdge);
    static QString setSendConnector(const SendConnector &before, const SendConnector &after,
                                    Exchange::Version version, bool onEdge);
};
