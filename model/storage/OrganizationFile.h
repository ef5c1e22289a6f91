#pragma once

#include "ConnectorChange.h"
#include "Organization.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The organization file's JSON format (docs/organization-file.md, resources/organization.schema.json):
// its entry point. Reading is OrganizationReader's (syntax, types, structure) with the
// organization's rules from OrganizationValidator located in the file; writing is
// OrganizationWriter's.
class OrganizationFile
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationFile)
public:
    // Parses and checks a whole file. Every problem carries the JSON path in `parameter` (e.g.
    // "/SendConnectors/1/Port") and its line and column. Syntax errors, wrong types, unknown keys,
    // unknown enum strings, numbers out of range (never narrowed), invalid values (address spaces,
    // smart hosts...), a SchemaVersion that is not a whole number, and one newer than
    // Organization::CurrentSchemaVersion ("File.NewerSchema") are the reader's errors; dangling
    // references, duplicate names and every connector's rules are OrganizationValidator's
    // (ConnectorValidator's warnings are reported as warnings).
    // Lists and objects nested deeper than MaximumNesting are refused while the JSON is parsed
    // ("File.TooDeep", located at the bracket that goes too deep): the deepest organization file
    // nests 6 levels, and far deeper text would exhaust the stack of the JSON library.
    static Parsed<Organization> parse(const QByteArray &bytes);
    static constexpr int MaximumNesting = 64;

    // Canonical, human-readable JSON (two-space indent, keys in a fixed order, trailing newline).
    static QByteArray serialize(const Organization &organization);

    // One connector as a JSON object (same keys as in the file), e.g. for "Format-List" views.
    static QByteArray serializeConnector(const SendConnector &connector);

    // Whether the connector `change` added or replaced in `organization` reads back exactly as
    // it is in memory (the reader normalises some values: names trimmed, addresses in lower
    // case...): then a store may keep `organization` as what a fresh read would give.
    static bool readsBackAsWritten(const Organization &organization, const ConnectorChange &change);
};
