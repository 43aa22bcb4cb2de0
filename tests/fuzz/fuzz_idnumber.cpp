// ID number parsing and the other normalisations of typed or imported text:
// IdNumber::parse (trims, lower-case x), Money::parseYuan, conclusion names of
// big-data files. Beyond crashes it checks the promises: a valid number is
// canonical (18 characters, upper-case X), parses to itself again, masks to 18
// characters; a parsed amount prints back to the same amount.
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/money.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return -1; // nothing typed into a field is longer; keeps the fuzzer on the point
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QDate today(2026, 11, 23);

    const IdNumber id = IdNumber::parse(text, today);
    if (id.isValid()) {
        FUZZ_ASSERT(id.canonical().size() == 18);
        FUZZ_ASSERT(!id.canonical().contains(QLatin1Char('x')));
        FUZZ_ASSERT(IdNumber::parse(id.canonical(), today).canonical() == id.canonical());
        FUZZ_ASSERT(id.masked().size() == 18);
        FUZZ_ASSERT(id.birthDate().isValid() && id.birthDate() <= today);
        FUZZ_ASSERT(id.ageOn(today) >= 0);
    } else {
        FUZZ_ASSERT(!id.reason().isEmpty());
        FUZZ_ASSERT(!id.errorKey().isEmpty());
        (void)id.reasonText();
    }
    (void)IdNumber::checkCharacterFor(text);
    (void)IdNumber::mask(text);

    Money money;
    if (Money::parseYuan(text, &money)) {
        Money again;
        FUZZ_ASSERT(Money::parseYuan(money.toPlainYuan(), &again) && again == money);
        (void)money.toYuanString();
    }
    if (const auto c = BigDataConclusions::parse(text))
        FUZZ_ASSERT(BigDataConclusions::parse(BigDataConclusions::key(*c)) == c);
    return 0;
}
