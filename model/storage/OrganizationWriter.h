#pragma once

#include "Organization.h"

#include <QByteArray>

// Writes the organization file's JSON format (docs/organization-file.md): canonical,
// human-readable JSON (two-space indent, keys in a fixed order, trailing newline). Lists are
// written in memory order, so OrganizationValidator's paths name the written values.
class OrganizationWriter
{
public:
    static QByteArray write(const Organization &organization);
    // One connector as a JSON object (same keys as in the file), e.g. for "Format-List" views.
    static QByteArray writeConnector(const SendConnector &connector);
};
