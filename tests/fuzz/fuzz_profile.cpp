// The profile loader on whatever a mailed .json holds; an accepted profile must save and load again.
#include "evidence/profile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailflow;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProfileParseResult r = parseProfile(json, QStringLiteral("fuzz.json"));
    if (!r.ok) {
        if (r.error.isEmpty() || !r.error.contains(QStringLiteral("fuzz.json")))
            std::abort(); // a refusal always says why, naming the file
        return 0;
    }
    profileRunProblems(r.profile);
    const ProfileParseResult again = parseProfile(profileToBytes(r.profile), QStringLiteral("again.json"));
    if (!again.ok)
        std::abort();
    return 0;
}
