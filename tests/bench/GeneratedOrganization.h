#pragma once

// The large organizations the benchmarks share: the bundled sample (Contoso) with `connectors`
// generated Custom connectors of `spaces` SMTP address spaces each, none covering another's,
// sent through one smart host from the sample's local server. With 10,000 connectors of 10
// address spaces each the file is about 20 MB (issue 11's "10,000-connector organization").
#include "AddressSpace.h"
#include "Organization.h"
#include "OrganizationStore.h"
#include "SmartHost.h"

#include <QString>

namespace GeneratedOrganization {

// `sizeEach`: every connector gets a different MaxMessageSize (the worst case of the size-bypass
// rule); otherwise all keep the default.
inline Organization make(int connectors, int spaces, bool sizeEach = false)
{
    Organization organization = OrganizationStore::sampleOrganization();
    organization.sendConnectors.clear();
    organization.sendConnectors.reserve(connectors);
    for (int i = 0; i < connectors; ++i) {
        SendConnector connector;
        connector.name = QStringLiteral("Partner route %1").arg(i);
        for (int j = 0; j < spaces; ++j)
            connector.addressSpaces.append(AddressSpace{QStringLiteral("SMTP"),
                                                        QStringLiteral("*.p%1-%2.example").arg(i).arg(j), 1 + j % 10,
                                                        false});
        connector.dnsRoutingEnabled = false;
        connector.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("relay%1.contoso.com").arg(i)}};
        connector.sourceTransportServers = {organization.localServer};
        if (sizeEach)
            connector.maxMessageSize = ByteQuantity::fromBytes(1024 * (i + 1));
        organization.sendConnectors.append(connector);
    }
    return organization;
}

} // namespace GeneratedOrganization
