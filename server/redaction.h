#pragma once

#include <QString>

namespace certdesk
{

// What the server may say about itself (issue 16 point 6): no SQL text and no
// full ID number leaves the process, in an answer or on its own output.
namespace Redaction
{
// Every ID number in `text` masked as on a desk's screen (370202********1234).
QString maskIdNumbers(const QString &text);
// The answer for a failure of the store: a fixed sentence for the client; the
// details (without SQL, ID numbers masked) go to the server's log with `where`.
QString storeFailure(const QString &where, const QString &detail);
// A driver's message without the statement text that execQuery() appends.
QString withoutSql(const QString &detail);
} // namespace Redaction

} // namespace certdesk
