#include "OrganizationFile.h"

#include "OrganizationReader.h"
#include "OrganizationWriter.h"

Parsed<Organization> OrganizationFile::parse(const QByteArray &bytes)
{
    return OrganizationReader::read(bytes);
}

QByteArray OrganizationFile::serialize(const Organization &organization)
{
    return OrganizationWriter::write(organization);
}

QByteArray OrganizationFile::serializeConnector(const SendConnector &connector)
{
    return OrganizationWriter::writeConnector(connector);
}

// Whether the connector a change added or replaced reads back from the file exactly as it is in
// memory (the reader normalises what it reads: names trimmed, addresses in lower case...), so
// that the organization kept in memory is the one a fresh read of the file gives. Checked on a
// small organization holding only that connector (the rest came from a read of the file and is
// unchanged), so it costs nothing like a parse of the whole file.
bool OrganizationFile::readsBackAsWritten(const Organization &organization, const ConnectorChange &change)
{
    if (change.kind == ConnectorChange::Kind::Removed)
        return true;
    const QList<SendConnector> &side = organization.connectorsFor(change.side);
    if (change.index < 0 || change.index >= side.size())
        return false;
    const SendConnector &connector = side.at(change.index);
    Organization probe = organization;
    probe.sendConnectors.clear();
    for (TransportServer &server : probe.servers)
        server.sendConnectors.clear();
    QList<SendConnector> *probeSide = probe.mutableConnectorsFor(change.side);
    if (!probeSide)
        return false;
    probeSide->append(connector);
    const Parsed<Organization> read = parse(OrganizationWriter::write(probe));
    if (!read.ok())
        return false;
    const QList<SendConnector> &readSide = read.value->connectorsFor(change.side);
    return readSide.size() == 1 && readSide.first() == connector
        && readSide.first().whenChanged == connector.whenChanged; // not part of operator==
}
