#pragma once

// SHA-256 of evidence bytes through OpenSSL, which uses the processor's SHA
// instructions where it has them (issue 19 point 2: hashing a community's
// uploaded photos with QCryptographicHash was an eighth of the server's CPU in
// a daily sync; OpenSSL's is several times faster on the same machine). The
// answers are lower-case hex, as evidence is named.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace certdesk
{

namespace EvidenceHash
{

QString ofBytes(QByteArrayView bytes);
// The file's hash; an empty string when it cannot be read.
QString ofFile(const QString &path);

} // namespace EvidenceHash

} // namespace certdesk
