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
