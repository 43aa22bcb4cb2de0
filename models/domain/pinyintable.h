#pragma once

#include <cstdint>

namespace certdesk
{

// Layout of the pinyin initials table that tools/pinyingen generates at build
// time (build/models/pinyintable.cpp) from Unihan kMandarin readings, and that
// pinyininitials.cpp reads. Not a public API: only those two use it.
//
// The covered code points are split into runs of consecutive code points.
// Run i covers [first, first + length) and its initials are the characters
// kPinyinInitials[offset] .. kPinyinInitials[offset + length - 1], each a
// lower-case ASCII letter 'a'..'z'. Runs are sorted by `first`, do not
// overlap, and code points between runs have no reading.
struct PinyinRun {
    char32_t first;
    std::uint32_t offset;
    std::uint32_t length;
};

extern const PinyinRun kPinyinRuns[];
extern const int kPinyinRunCount;
// All initials, run after run (not NUL-terminated as far as readers care).
extern const char kPinyinInitials[];
// Number of code points covered (the sum of all run lengths).
extern const int kPinyinCodePointCount;

} // namespace certdesk
