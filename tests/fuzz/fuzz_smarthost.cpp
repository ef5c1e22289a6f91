// Fuzzes the smart-host parser: no crash, accepted hosts are normalised (parsing the normalised
// form gives the same host), and a list never keeps two equal hosts.
#include "FuzzCheck.h"
#include "SmartHost.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const auto version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
        const Parsed<SmartHost> parsed = SmartHostParser::parse(text, version);
        if (parsed.ok()) {
            const Parsed<SmartHost> again = SmartHostParser::parse(parsed.value->toString(), version);
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(*again.value == *parsed.value);
        } else {
            FUZZ_CHECK(hasErrors(parsed.problems));
        }
        const Parsed<QList<SmartHost>> list = SmartHostParser::parseList(text, version);
        if (list.ok()) {
            const QList<SmartHost> &hosts = *list.value;
            for (qsizetype i = 0; i < hosts.size(); ++i)
                for (qsizetype j = i + 1; j < hosts.size(); ++j)
                    FUZZ_CHECK(hosts.at(i) != hosts.at(j));
        }
    }
    return 0;
}
