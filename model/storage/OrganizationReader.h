#pragma once

#include "Organization.h"
#include "Problem.h"

#include <QByteArray>

// Reads the organization file's JSON format (docs/organization-file.md): its syntax, types and
// structure, every problem with its JSON path, line and column. The organization's rules are
// OrganizationValidator's; the reader runs it on what it read and locates its problems in the file.
class OrganizationReader
{
public:
    // See OrganizationFile::parse().
    static Parsed<Organization> read(const QByteArray &bytes);
};
