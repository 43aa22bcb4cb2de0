#pragma once

// What the evidence vault's chunked uploads (evidencevault.cpp) and its
// batches (evidencebatch.cpp) share: the locks, the day a quota counts in,
// the tag of a user's partial files and the disk's free bytes.
#include <QString>
#include <mutex>

namespace certdesk
{

namespace evidencefiles
{

// Two chunks of one file must not interleave, nor two finishes of one file:
// one lock per file (of a fixed set, by hash).
std::mutex &fileMutex(const QString &sha);
// Counting a user's open uploads and starting another is one step.
std::mutex &openMutex(const QString &user);
// The UTC day a daily quota counts in.
QString utcDay();
// A user name as part of a file name.
QString fileTag(const QString &user);
// Bytes free on the disk that holds `dir`, read at most once a second;
// `written` bytes are taken off the last reading. -1 when unknown.
qint64 freeBytes(const QString &dir, qint64 written = 0);

} // namespace evidencefiles

} // namespace certdesk
