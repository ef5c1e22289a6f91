// Fuzzes the address-space parser in both grammars: no crash, and every accepted address space
// prints back to a form that parses to the very same value.
#include "AddressSpace.h"
#include "FuzzCheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const auto version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        const Parsed<AddressSpace> parsed = AddressSpaceParser::parse(text, version);
        FUZZ_CHECK(parsed.ok() || hasErrors(parsed.problems));
        if (!parsed.ok())
            continue;
        const AddressSpace &space = *parsed.value;
        FUZZ_CHECK(space.cost >= AddressSpaceParser::MinimumCost && space.cost <= AddressSpaceParser::MaximumCost);
        const Parsed<AddressSpace> again = AddressSpaceParser::parse(space.toString(), version);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(*again.value == space);
    }
    return 0;
}
