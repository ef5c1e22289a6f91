#include "DirectoryStore.h"

struct DirectoryStore::Private
{
};

DirectoryStore::DirectoryStore(OrganizationLocation location)
    : d(std::make_unique<Private>())
    , m_location(std::move(location))
{
}

DirectoryStore::~DirectoryStore() = default;

namespace {
Problems notYet()
{
    return {Problem::error(QStringLiteral("Directory.Unreachable"), QStringLiteral("Organization"),
                           QStringLiteral("not yet"))};
}
}

Parsed<Organization> DirectoryStore::load() const { return {std::nullopt, notYet()}; }
Parsed<Organization> DirectoryStore::modifyConnectors(const ConnectorChangeFunction &) const { return {std::nullopt, notYet()}; }
QByteArray DirectoryStore::version() const { return {}; }
Parsed<QByteArray> DirectoryStore::currentVersion() const { return {std::nullopt, notYet()}; }
int DirectoryStore::reads() const { return 0; }
bool DirectoryStore::lastModifyRead() const { return false; }
Problems DirectoryStore::importOrganization(const OrganizationLocation &, const Organization &) { return notYet(); }
