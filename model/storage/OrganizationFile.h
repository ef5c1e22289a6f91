#pragma once

#include "Organization.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The organization file's JSON format (docs/organization-file.md, resources/organization.schema.json):
// reading with every problem located by JSON path and line/column, and writing.
class OrganizationFile
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationFile)
public:
    // Parses and checks a whole file. Every problem carries the JSON path in `parameter` (e.g.
    // "/SendConnectors/1/Port") and its line and column. Syntax errors, wrong types, unknown keys,
    // unknown enum strings, numbers out of range (never narrowed), invalid values (address spaces,
    // smart hosts...), dangling references (unknown servers or sites) and a SchemaVersion newer
    // than Organization::CurrentSchemaVersion ("File.NewerSchema") are errors. Connectors are also
    // put through ConnectorValidator; its warnings are reported as warnings.
    // Lists and objects nested deeper than MaximumNesting are refused before the JSON is parsed
    // ("File.TooDeep", located at the bracket that goes too deep): the deepest organization file
    // nests 6 levels, and far deeper text would exhaust the stack of the JSON library.
    static Parsed<Organization> parse(const QByteArray &bytes);
    static constexpr int MaximumNesting = 64;

    // Canonical, human-readable JSON (two-space indent, keys in a fixed order, trailing newline).
    static QByteArray serialize(const Organization &organization);

    // One connector as a JSON object (same keys as in the file), e.g. for "Format-List" views.
    static QByteArray serializeConnector(const SendConnector &connector);
};
