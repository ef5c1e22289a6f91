#pragma once

#include "ConnectivityResult.h"
#include "ExchangeTypes.h"
#include "RouteResolver.h"
#include "SendConnector.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Prints Send connectors as the Exchange Management Shell of Exchange 2007 does: the default
// table, "| Format-List" and "| Format-Table *" (docs/shell-language.md).
//
// - Format-List shows the properties of Exchange 2007's SmtpSendConnectorConfig object, in the
//   alphabetical order of its list view. Properties the product does not keep (ConnectedDomains,
//   HomeMTA, HomeMtaServerId, IsSmtpConnector, SmartHostsString, SourceRoutingGroup) show the
//   values an Exchange 2007 organization without routing groups shows. The usage is not one of
//   them: Exchange does not store it. IsScopedConnector exists from SP1 on.
// - Format-Table * shows the same properties as columns, each as wide as its widest cell (as
//   -AutoSize does; nothing is cut to a console width).
// - A collection shows at most EnumerationLimit items, then "...", as PowerShell's
//   $FormatEnumerationLimit (default 4) does: {a, b, c, d...}.
class OutputFormatter
{
public:
    static constexpr int EnumerationLimit = 4;

    // "Identity / AddressSpaces / Enabled", as Get-SendConnector prints without a formatter.
    static QString defaultTable(const QList<SendConnector> &connectors);
    // Every property, "Name : value" with aligned colons.
    static QString list(const QList<SendConnector> &connectors, Exchange::Version version);
    // Every property as a column.
    static QString tableOfAllProperties(const QList<SendConnector> &connectors, Exchange::Version version);

    // The properties of one connector, in Exchange's order, as Format-List shows their values.
    static QList<std::pair<QString, QString>> properties(const SendConnector &connector, Exchange::Version version);
    // "{a, b}" with the enumeration limit applied.
    static QString collection(const QStringList &items);

    // Test-SendConnectorRouting's record (docs/shell-language.md#test-sendconnectorrouting): Recipient,
    // Server, MessageSize (as MaxMessageSize prints: "10MB"), Result, SendConnector, AddressSpace,
    // SourceServer, Cost, NextHop, Reason. SendConnector, AddressSpace, SourceServer, Cost and NextHop
    // are empty unless the result is Routed.
    static QList<std::pair<QString, QString>> routeProperties(const Route &route);
    // One record as Format-List prints it: a blank line, then "Name : value" with aligned colons.
    static QString record(const QList<std::pair<QString, QString>> &properties);
    // Test-SendConnector's record for one host (docs/shell-language.md#test-sendconnector), exactly
    // these properties in this order: Host, Address, Port, Connected, Banner, StartTls, Certificate,
    // AuthMechanisms, Authenticated, Result, Error. Booleans print as True/False, AuthMechanisms as
    // a collection ({LOGIN, PLAIN}), the enumerations by their names.
    static QList<std::pair<QString, QString>> connectivityProperties(const HostConnectivity &host);
    // The candidates of -Explain as a table: SendConnector, AddressSpace, SourceServer, Cost, Step;
    // empty when there are none (mail delivered inside the organization examines no connector).
    static QString candidateTable(const Route &route);

private:
    static QString table(const QStringList &headers, const QList<QStringList> &rows);
};
