// USB packages (SyncPackage): outbox packages the server reads and roster
// packages the desk reads. The first byte picks the kind and the path:
//   bit 0: outbox or roster;
//   bit 1: unsigned path (the bytes as they are: everything up to the signature
//          check) or signed path (the zip is unpacked, manifest.hmac replaced by
//          the right signature of its manifest.json and packed again, so the
//          manifest, the entries and the decryption behind the check are reached).
#include "fuzzcommon.h"
#include "fuzzkeys.h"
#include "sync/syncpackage.h"
#include "zip/zipfile.h"

#include <QDir>

namespace
{

// Re-signs a package; false when the bytes are no zip the harness can unpack.
bool resign(const QString &from, const QString &to)
{
    ZipReader zip(from);
    if (!zip.isOpen())
        return false;
    QList<QPair<QString, QByteArray>> entries;
    QByteArray manifest;
    const bool walked =
        zip.forEach([&](const QString &name, qint64, const ZipReader::ReadFn &read) {
            QByteArray bytes;
            read([&bytes](const QByteArray &chunk) { bytes += chunk; });
            if (name == QLatin1String("manifest.hmac"))
                return;
            if (name == QLatin1String("manifest.json"))
                manifest = bytes;
            entries.append({name, bytes});
        });
    if (!walked || entries.size() > 64)
        return false;
    entries.append({QStringLiteral("manifest.hmac"), fuzz::hmacHex(manifest, fuzz::deviceKey())});
    QFile::remove(to);
    ZipWriter out(to);
    for (const auto &e : std::as_const(entries)) {
        if (!out.addBytes(e.first, e.second, ZipWriter::Stored))
            return false;
    }
    return out.close();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 2 << 20)
        return -1;
    const bool outbox = (data[0] & 1) == 0;
    const bool signedPath = (data[0] & 2) != 0;
    QString path = fuzz::writeFile(QStringLiteral("package.zip"), data + 1, size - 1);
    if (signedPath) {
        const QString signedFile = fuzz::scratch() + QStringLiteral("/signed.zip");
        if (!resign(path, signedFile))
            return 0;
        path = signedFile;
    }
    static QByteArray publicKey, secretKey;
    if (publicKey.isEmpty())
        fuzz::serverKeys(&publicKey, &secretKey);
    QString error;
    if (outbox) {
        const QString out = fuzz::scratch() + QStringLiteral("/out");
        QDir(out).removeRecursively();
        const auto content =
            SyncPackage::readOutbox(path, fuzz::deviceKey(), publicKey, secretKey, out, &error);
        if (!content) {
            FUZZ_ASSERT(!error.isEmpty());
            // A refused package writes nothing (docs/sync-protocol.md, "USB packages").
            FUZZ_ASSERT(QDir(out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        }
        QDir(out).removeRecursively();
    } else {
        const auto content = SyncPackage::readRoster(path, fuzz::deviceKey(), &error);
        if (!content)
            FUZZ_ASSERT(!error.isEmpty());
    }
    (void)SyncPackage::peekManifest(path, &error);
    return 0;
}
