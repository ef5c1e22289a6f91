// Fuzzes the reading of an organization from directory entries (OrganizationEntries::fromEntries),
// as a hostile or damaged directory could hand them over: the input is LDIF-like text ("dn: …",
// "attribute: value" lines, entries separated by blank lines). No crash; what is accepted writes
// back to entries that read back as the same organization (docs/ldap-directory.md#the-store).
#include "FuzzCheck.h"
#include "OrganizationEntries.h"
#include "OrganizationFile.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace {

const QByteArray Base("dc=contoso,dc=com");

QList<LdapEntry> entriesOf(const QByteArray &text)
{
    QList<LdapEntry> entries;
    LdapEntry entry;
    const auto flush = [&] {
        if (!entry.dn.isEmpty() || !entry.attributes.isEmpty())
            entries.append(entry);
        entry = LdapEntry();
    };
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 2);
        if (name == "dn")
            entry.dn = value;
        else
            entry.attributes[name].append(value);
    }
    flush();
    return entries;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<LdapEntry> entries = entriesOf(text);
    const QByteArray organizationDn = "o=Contoso," + Base;
    const Parsed<Organization> read = OrganizationEntries::fromEntries(entries, organizationDn);
    if (!read.ok()) {
        FUZZ_CHECK(hasErrors(read.problems));
        return 0;
    }
    const Organization &organization = *read.value;
    const QByteArray dn = OrganizationEntries::organizationDn(organization.name, Base);
    const Parsed<Organization> again = OrganizationEntries::fromEntries(OrganizationEntries::toEntries(organization, Base), dn);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(OrganizationFile::serialize(*again.value) == OrganizationFile::serialize(organization));
    return 0;
}
