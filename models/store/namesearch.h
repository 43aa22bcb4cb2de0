#pragma once

#include <QString>

namespace certdesk
{

// Names are indexed for substring search as one FTS5 token per character
// ("王小明" -> "王 小 明"); a phrase of the query's characters then matches any
// run of consecutive characters, whatever its length.
namespace NameSearch
{
// The indexed form: letters and digits of `name`, one code point per token.
QString tokens(const QString &name);
// The MATCH expression for a substring query; empty when the text has no
// letter or digit to look for.
QString phrase(const QString &text);
} // namespace NameSearch

} // namespace certdesk
