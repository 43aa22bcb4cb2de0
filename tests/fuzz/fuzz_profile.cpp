// Policy profiles (PolicyProfile::fromJson): the JSON a district may drop in
// place of a built-in profile. A profile that loads must answer every rule it
// is asked for without failing; one that does not must say why.
#include "domain/benefitcategory.h"
#include "domain/policyprofile.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return -1;
    QString error;
    const auto profile = PolicyProfile::fromJson(fuzz::bytes(data, size), &error);
    if (!profile) {
        FUZZ_ASSERT(!error.isEmpty());
        return 0;
    }
    (void)profile->id();
    (void)profile->displayName();
    for (const BenefitCategory c : BenefitCategories::all())
        (void)profile->rule(c);
    return 0;
}
