// Fuzzes the organization-file loader: no crash on any bytes, every refusal says why, every file
// it accepts passes OrganizationValidator (what the store checks in memory before it writes), and
// survives serialize -> parse unchanged.
#include "FuzzCheck.h"
#include "OrganizationFile.h"
#include "OrganizationValidator.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Parsed<Organization> parsed = OrganizationFile::parse(bytes);
    if (!parsed.ok()) {
        FUZZ_CHECK(hasErrors(parsed.problems));
        for (const Problem &problem : parsed.problems)
            FUZZ_CHECK(!problem.message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!hasErrors(OrganizationValidator::validate(*parsed.value)));
    const QByteArray written = OrganizationFile::serialize(*parsed.value);
    const Parsed<Organization> again = OrganizationFile::parse(written);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again.value == *parsed.value);
    FUZZ_CHECK(OrganizationFile::serialize(*again.value) == written);
    return 0;
}
