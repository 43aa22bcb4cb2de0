// The archive bundle verifier (certdesk-cli verify-bundle): any zip, with or
// without a manifest that matches it. It either lists problems or none; it
// never fails otherwise.
#include "archive/archivebundle.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 << 20)
        return -1;
    const QString path = fuzz::writeFile(QStringLiteral("bundle.zip"), data, size);
    QString bundleId;
    int files = 0;
    const QList<BundleProblem> problems = BundleVerifier::verify(path, &bundleId, &files);
    for (const BundleProblem &p : problems)
        FUZZ_ASSERT(!p.reason.isEmpty());
    FUZZ_ASSERT(files >= 0);
    return 0;
}
