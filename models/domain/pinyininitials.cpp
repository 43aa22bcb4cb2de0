#include "domain/pinyininitials.h"

#include "domain/pinyintable.h"

#include <QStringView>

#include <algorithm>

namespace certdesk
{

// The table (kPinyinRuns / kPinyinInitials) is generated at build time by
// tools/pinyingen into <build>/models/pinyintable.cpp; see pinyintable.h.

QString PinyinInitials::of(const QString &name)
{
    const QStringView view(name);
    QString result;
    result.reserve(view.size());
    const qsizetype n = view.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = view[i].unicode();
        char32_t cp = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n &&
            QChar::isLowSurrogate(view[i + 1].unicode())) {
            cp = QChar::surrogateToUcs4(u, view[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(u)) {
            continue; // unpaired surrogate: not a character
        }

        if (cp >= U'a' && cp <= U'z') {
            result.append(QChar(char16_t(cp)));
        } else if (cp >= U'A' && cp <= U'Z') {
            result.append(QChar(char16_t(cp - U'A' + U'a')));
        } else if (cp >= U'0' && cp <= U'9') {
            result.append(QChar(char16_t(cp)));
        } else if (const char initial = initialFor(cp)) {
            result.append(QLatin1Char(initial));
        }
    }
    return result;
}

char PinyinInitials::initialFor(char32_t codePoint)
{
    const PinyinRun *begin = kPinyinRuns;
    const PinyinRun *end = kPinyinRuns + kPinyinRunCount;
    // First run starting after codePoint; the candidate is the one before it.
    const PinyinRun *after = std::upper_bound(
        begin, end, codePoint, [](char32_t cp, const PinyinRun &run) { return cp < run.first; });
    if (after == begin)
        return 0;
    const PinyinRun &run = *(after - 1);
    const char32_t index = codePoint - run.first;
    if (index >= run.length)
        return 0;
    return kPinyinInitials[run.offset + index];
}

int PinyinInitials::tableSize()
{
    return kPinyinCodePointCount;
}

} // namespace certdesk
