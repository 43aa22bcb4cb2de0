#pragma once

#include <QString>

namespace certdesk
{

// Lower-case pinyin initials of a Chinese name (张三 -> "zs"), from the first
// kMandarin reading in Unicode's Unihan database; the table is generated at
// build time by tools/pinyingen. ASCII letters and digits are kept (lowered);
// characters without a reading are skipped.
class PinyinInitials
{
public:
    static QString of(const QString &name);
    // Initial letter for one code point (including outside the BMP), or 0.
    static char initialFor(char32_t codePoint);
    // How many code points the generated table knows (sanity check for tests).
    static int tableSize();
};

} // namespace certdesk
