#pragma once

#include "ConnectorRules.h"
#include "ConnectorChange.h"
#include "Organization.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QString>

// Every rule of a whole organization, judged on the organization in memory (docs/domain-rules.md,
// docs/organization-file.md): what the organization file's reader checks after it has read the
// file's structure, and what the store checks before it writes a change (without writing it out
// and reading it back).
//
// Each problem's `parameter` is the JSON pointer of the value concerned in the organization file
// as OrganizationWriter writes it (lists in memory order, e.g. "/SendConnectors/1/Port" or
// "/Servers/4/SendConnectors/0/SourceTransportServers/2"); line and column are 0 (the reader maps
// them to the file). Codes are the organization file's (docs/organization-file.md), which tools
// already key on:
//   "File.InvalidValue"     a blank name, a control character in a name, a site linked to
//                           itself, a Hub listed under EdgeAdministrators, an ExternalDNSServers
//                           entry that is null, 0.0.0.0 or ::, or IPv6 in a 2007 RTM organization
//   "File.Duplicate"        an accepted domain listed twice; two sites or servers, or two connectors on one side, with the same
//                           name (letter case does not count); a site link listed twice; a
//                           server's external DNS server listed twice (IPv4-mapped IPv6 counts as IPv4)
//   "File.UnknownReference" a name that refers to nothing: a server's site, a site link's site,
//                           LocalServer, a source server, an EdgeAdministrators server
//   "File.Conflict"         a second Default accepted domain; a site link declared on both sites with different costs
//   "File.OutOfRange"       a port, an address space cost or a site link cost out of its range
//   "File.MissingKey"       a Hub (or a subscribed Edge) without its site
//   "File.NotAllowed"       a site on an unsubscribed Edge; connectors of its own on a Hub or a
//                           subscribed Edge
//   and, for each connector, ConnectorValidator's codes (with the connector's path prefixed),
//   except a rule that fails only because of a value already refused here (it would repeat it).
// Problems are returned in the order of the file: the top level, sites, servers, role
// assignments, accepted domains, the organization's connectors, then each Edge's own connectors.
class OrganizationValidator
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationValidator)
public:
    static constexpr int MinimumSiteLinkCost = 1;
    static constexpr int MaximumSiteLinkCost = 99999; // as Active Directory Sites and Services takes it

    static Problems validate(const Organization &organization);
    // The same for an organization whose address spaces were each made by
    // AddressSpaceParser::fromParts with its Exchange version (the organization file's reader):
    // they are not parsed again.
    static Problems validate(const Organization &organization, ConnectorContext::AddressSpaceEntries addressSpaces);

    // Judges one change to the connectors of an organization that was valid before it, without
    // looking at what the change cannot affect: for the change's connector (Added, Replaced), its
    // name against the other connectors of its side ("File.Duplicate", one pass over their names)
    // and ConnectorValidator's rules, each problem at the connector's JSON path as validate() puts
    // it; nothing for a removal. Linear in the side's connectors, never in the whole file.
    //
    // Precondition: validate() found no error in the organization before the change, and the
    // change touched nothing but that one connector. Then validateChange() has errors exactly when
    // validate(after) has (its sentences may differ: e.g. ConnectorValidator's
    // "Connector.PortOutOfRange" for validate()'s "File.OutOfRange"), and its warnings are those of
    // the changed connector only (a change may also make another connector's warnings come or go:
    // validate() tells them). A side that is no Hub side nor an unsubscribed Edge's, or an index
    // outside the list, is judged by validate(after) whole.
    static Problems validateChange(const Organization &after, const ConnectorChange &change);
};
