#include "syncpackage.h"

#include "syncpackageparts.h"

#include "entrycipher.h"
#include "protocolfields.h"
#include "zip/zipfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace certdesk
{

using namespace packageparts;

namespace
{
using entrycipher::EncryptingReader;
using entrycipher::SecretBytes;
using entrycipher::StreamDecryptor;

// The manifest and its HMAC are read into memory; anything bigger is not ours.
constexpr qint64 kManifestLimit = 16 << 20;

const QString kEvents = QStringLiteral("events.json.enc");
const QString kOutboxFormat = QStringLiteral("certdesk-outbox");

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

QString evidenceEntry(const QString &sha256)
{
    return QStringLiteral("evidence/%1.enc").arg(sha256);
}

// The content hash named by an evidence entry, or an empty string when the
// name is not exactly evidence/<64 lowercase hex>.enc (which also keeps "../"
// and other path tricks away from the out folder).
QString evidenceHashOf(const QString &entry)
{
    if (!entry.startsWith(QLatin1String("evidence/")) || !entry.endsWith(QLatin1String(".enc")))
        return {};
    const QString hash = entry.mid(9, entry.size() - 9 - 4);
    return isSha256Hex(hash) ? hash : QString();
}

bool hmacMatches(const QByteArray &data, const QByteArray &hexMac, const QByteArray &key)
{
    const QByteArray mac = QByteArray::fromHex(hexMac.trimmed());
    if (mac.size() != crypto_auth_hmacsha256_BYTES)
        return false;
    // crypto_auth_hmacsha256_verify compares in constant time.
    return crypto_auth_hmacsha256_verify(
               reinterpret_cast<const unsigned char *>(mac.constData()),
               reinterpret_cast<const unsigned char *>(data.constData()),
               static_cast<unsigned long long>(data.size()),
               reinterpret_cast<const unsigned char *>(key.constData())) == 0;
}

struct FoundEntry {
    QString sha256;
    qint64 bytes = 0;
    bool ok = false;
    int count = 0;
};

} // namespace

namespace packageparts
{
bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray hmacHex(const QByteArray &data, const QByteArray &key)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char *>(data.constData()),
                           static_cast<unsigned long long>(data.size()),
                           reinterpret_cast<const unsigned char *>(key.constData()));
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
}

QJsonObject entryObject(const QString &name, const QString &sha256, qint64 bytes)
{
    return QJsonObject{{ProtocolField::name, name},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("bytes"), double(bytes)}};
}

} // namespace packageparts

// Shared by both kinds: the checks that need no decryption, in the order the
// reasons are reported (docs/sync-protocol.md, "USB packages").
std::optional<CheckedPackage>
packageparts::checkPackage(const QString &path, Kind kind, const QByteArray &deviceKey,
                           const std::function<bool(const QString &)> &validName, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!sodiumReady())
        return fail(SyncPackage::tr("The encryption library (libsodium) could not start."));
    if (deviceKey.size() != crypto_auth_hmacsha256_KEYBYTES)
        return fail(SyncPackage::tr("The device key is not a valid key (it must be 32 bytes)."));

    const QString fileName = QFileInfo(path).fileName();
    {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return fail(SyncPackage::tr("%1 does not exist or cannot be read.").arg(fileName));
        // A zip starts with a local file header; anything else is another kind of file.
        if (!probe.read(4).startsWith("PK\x03\x04"))
            return fail(SyncPackage::tr("%1 is not a CertDesk package (it is not a zip file).")
                            .arg(fileName));
    }
    ZipReader::Limits limits;
    limits.maxEntries = SyncPackage::MaxEntries;
    limits.maxRatio = SyncPackage::MaxRatio;
    ZipReader zip(path, limits);
    if (!zip.isOpen())
        return fail(
            !zip.errorString().isEmpty()
                ? zip.errorString()
                : SyncPackage::tr("%1 is truncated or damaged: it cannot be opened as a zip file.")
                      .arg(fileName));

    QHash<QString, FoundEntry> found;
    QStringList order;
    QByteArray manifestBytes;
    QByteArray hmacBytes;
    // Every entry is read to its end: the zip checksum is checked and the
    // SHA-256 of the stored bytes taken.
    const bool walked =
        zip.forEach([&](const QString &name, qint64, const ZipReader::ReadFn &read) {
            FoundEntry &e = found[name];
            if (++e.count > 1)
                return;
            order.append(name);
            QByteArray *keep = name == kManifest ? &manifestBytes
                               : name == kHmac   ? &hmacBytes
                                                 : nullptr;
            QCryptographicHash h(QCryptographicHash::Sha256);
            e.ok = read([&](const QByteArray &chunk) {
                h.addData(chunk);
                e.bytes += chunk.size();
                if (keep && keep->size() <= kManifestLimit)
                    *keep += chunk;
            });
            e.sha256 = QString::fromLatin1(h.result().toHex());
        });
    if (!walked)
        return fail(
            SyncPackage::tr("%1 is truncated or damaged: its list of entries cannot be read.")
                .arg(fileName));
    for (const QString &name : std::as_const(order)) {
        if (found.value(name).count > 1)
            return fail(
                SyncPackage::tr("The entry %1 appears more than once in the package.").arg(name));
    }

    // The manifest.
    if (!found.contains(kManifest))
        return fail(SyncPackage::tr("The package has no manifest.json."));
    if (!found.value(kManifest).ok)
        return fail(
            SyncPackage::tr("The entry %1 is damaged: it cannot be read back (checksum error).")
                .arg(kManifest));
    if (manifestBytes.size() > kManifestLimit)
        return fail(SyncPackage::tr("manifest.json of %1 is larger than %2 MB; it is not read.")
                        .arg(fileName)
                        .arg(kManifestLimit >> 20));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(manifestBytes, &parseError);
    if (!document.isObject())
        return fail(
            SyncPackage::tr("manifest.json is not a package manifest (it is not a JSON object)."));
    const QJsonObject manifest = document.object();
    const QString format = manifest.value(QStringLiteral("format")).toString();
    const QString wanted = kind == Kind::Outbox ? kOutboxFormat : kRosterFormat;
    if (format != wanted) {
        if (kind == Kind::Outbox)
            return fail(
                SyncPackage::tr("This is not an outbox package (its manifest says format \"%1\").")
                    .arg(format));
        return fail(
            SyncPackage::tr("This is not a roster package (its manifest says format \"%1\").")
                .arg(format));
    }
    if (manifest.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(SyncPackage::tr("Package format version %1 is not known to this program.")
                        .arg(manifest.value(QStringLiteral("version")).toVariant().toString()));

    // The HMAC: both a wrong device key and a manifest edited after signing end here.
    if (!found.contains(kHmac))
        return fail(SyncPackage::tr("The package is not signed: manifest.hmac is missing."));
    if (!found.value(kHmac).ok)
        return fail(
            SyncPackage::tr("The entry %1 is damaged: it cannot be read back (checksum error).")
                .arg(kHmac));
    if (!hmacMatches(manifestBytes, hmacBytes, deviceKey)) {
        if (kind == Kind::Outbox)
            return fail(SyncPackage::tr(
                "The package was not made by this device or its manifest was changed "
                "(the signature does not match the device key)."));
        return fail(
            SyncPackage::tr("The package was not made for this device or its manifest was changed "
                            "(the signature does not match the device key)."));
    }

    // The entries: every listed one present and unchanged, nothing else.
    CheckedPackage checked;
    checked.manifest = manifest;
    const QJsonArray entries = manifest.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(ProtocolField::name).toString();
        if (!validName(name) || checked.listed.contains(name))
            return fail(
                SyncPackage::tr("The manifest lists an unexpected entry \"%1\".").arg(name));
        checked.listed.insert(name, o.value(QStringLiteral("sha256")).toString());
    }
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(ProtocolField::name).toString();
        if (!found.contains(name))
            return fail(SyncPackage::tr(
                            "The entry %1 is listed in the manifest but missing from the package.")
                            .arg(name));
    }
    for (const QString &name : std::as_const(order)) {
        if (name != kManifest && name != kHmac && !checked.listed.contains(name))
            return fail(
                SyncPackage::tr("The entry %1 is not listed in the manifest (it was added later).")
                    .arg(name));
    }
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(ProtocolField::name).toString();
        const FoundEntry e = found.value(name);
        if (!e.ok)
            return fail(
                SyncPackage::tr("The entry %1 is damaged: it cannot be read back (checksum error).")
                    .arg(name));
        if (e.sha256 != o.value(QStringLiteral("sha256")).toString() ||
            e.bytes != qint64(o.value(QStringLiteral("bytes")).toDouble(-1)))
            return fail(
                SyncPackage::tr("The entry %1 was changed: its SHA-256 differs from the manifest.")
                    .arg(name));
    }
    return checked;
}

QByteArray SyncPackage::newDeviceKey()
{
    if (!sodiumReady())
        return {};
    QByteArray key(crypto_auth_hmacsha256_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

bool SyncPackage::newServerKeyPair(QByteArray *publicKey, QByteArray *secretKey)
{
    if (!sodiumReady() || !publicKey || !secretKey)
        return false;
    QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    if (crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                           reinterpret_cast<unsigned char *>(sk.data())) != 0)
        return false;
    *publicKey = pk;
    *secretKey = sk;
    return true;
}

bool SyncPackage::writeOutbox(const QString &path, const QString &device, const QString &user,
                              qint64 since, const QByteArray &pushBody,
                              const QMap<QString, QString> &evidenceFiles,
                              const QByteArray &deviceKey, const QByteArray &serverPublicKey,
                              QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!sodiumReady())
        return fail(tr("The encryption library (libsodium) could not start."));
    if (deviceKey.size() != crypto_auth_hmacsha256_KEYBYTES)
        return fail(tr("The device key is not a valid key (it must be 32 bytes)."));
    if (serverPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return fail(tr("The server key is not a valid public key (it must be 32 bytes)."));
    const QJsonDocument body = QJsonDocument::fromJson(pushBody);
    if (!body.isObject() || !body.object().value(ProtocolField::events).isArray())
        return fail(
            tr("The events to package are not a push body (a JSON object with a list of events)."));
    // The reader refuses a body whose device differs from the manifest's.
    if (body.object().value(ProtocolField::device).toString() != device)
        return fail(tr("The events to package are from device %1, not %2.")
                        .arg(body.object().value(ProtocolField::device).toString(), device));
    const qsizetype eventCount = body.object().value(ProtocolField::events).toArray().size();
    for (auto it = evidenceFiles.cbegin(); it != evidenceFiles.cend(); ++it) {
        if (!isSha256Hex(it.key()))
            return fail(tr("The evidence name %1 is not a SHA-256 hash.").arg(it.key()));
    }

    SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    QByteArray sealed(crypto_box_SEALBYTES + fileKey.bytes.size(), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), fileKey.data(),
                        static_cast<unsigned long long>(fileKey.bytes.size()),
                        reinterpret_cast<const unsigned char *>(serverPublicKey.constData())) != 0)
        return fail(tr("The file key cannot be sealed to the server key."));

    const QString fileName = QFileInfo(path).fileName();
    PackageFile target(path);
    ZipWriter zip(target.tempPath());
    if (!zip.isOpen())
        return fail(tr("Cannot create %1.").arg(fileName));

    QJsonArray entries;
    const auto addEncrypted = [&](const QString &name, QIODevice &source, QString *plainSha256) {
        EncryptingReader reader(source, fileKey.data(), name.toUtf8());
        QString sha256;
        qint64 bytes = 0;
        // Ciphertext does not compress: stored, not deflated.
        const bool ok =
            zip.add(name, reader, ZipWriter::Stored, &sha256, &bytes) && !reader.failed();
        if (ok)
            entries.append(entryObject(name, sha256, bytes));
        if (plainSha256)
            *plainSha256 = reader.plainSha256();
        return ok;
    };

    {
        QByteArray copy = pushBody;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        if (!addEncrypted(kEvents, buffer, nullptr))
            return fail(tr("Cannot write %1 (is the disk full?).").arg(fileName));
    }
    for (auto it = evidenceFiles.cbegin(); it != evidenceFiles.cend(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                tr("Cannot read the evidence file %1.").arg(QDir::toNativeSeparators(it.value())));
        QString plainSha256;
        if (!addEncrypted(evidenceEntry(it.key()), file, &plainSha256))
            return fail(tr("Cannot write %1 (is the disk full?).").arg(fileName));
        // The server checks it anyway; finding out here names the file on this PC.
        if (plainSha256 != it.key())
            return fail(tr("The evidence file %1 was changed: its SHA-256 is no longer %2.")
                            .arg(QDir::toNativeSeparators(it.value()), it.key()));
    }

    const QJsonObject manifest{
        {QStringLiteral("format"), kOutboxFormat},
        {QStringLiteral("version"), kVersion},
        {ProtocolField::device, device},
        {ProtocolField::user, user},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {ProtocolField::since, double(since)},
        {ProtocolField::events, double(eventCount)},
        {QStringLiteral("sealedKey"), QString::fromLatin1(sealed.toBase64())},
        {QStringLiteral("entries"), entries},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!zip.addBytes(kManifest, manifestBytes, ZipWriter::Deflated) ||
        !zip.addBytes(kHmac, hmacHex(manifestBytes, deviceKey), ZipWriter::Stored) || !zip.close())
        return fail(tr("Cannot write %1 (is the disk full?).").arg(fileName));
    if (!target.commit())
        return fail(tr("Cannot create %1.").arg(fileName));
    return true;
}

std::optional<QJsonObject> SyncPackage::peekManifest(const QString &path, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    ZipReader zip(path);
    if (!zip.isOpen()) {
        if (error)
            *error =
                tr("%1 is not a readable package (not a zip file, or truncated).").arg(fileName);
        return std::nullopt;
    }
    bool ok = false;
    const QByteArray bytes = zip.read(kManifest, &ok, kManifestLimit);
    if (!ok) {
        if (error)
            *error = tr("The package has no manifest.json.");
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject()) {
        if (error)
            *error = tr("manifest.json is not a package manifest (it is not a JSON object).");
        return std::nullopt;
    }
    return document.object();
}

std::optional<OutboxPackageContent>
SyncPackage::readOutbox(const QString &path, const QByteArray &deviceKey,
                        const QByteArray &serverPublicKey, const QByteArray &serverSecretKey,
                        const QString &outFolder, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto validName = [](const QString &name) {
        return name == kEvents || !evidenceHashOf(name).isEmpty();
    };
    const std::optional<CheckedPackage> checked =
        checkPackage(path, Kind::Outbox, deviceKey, validName, error);
    if (!checked)
        return std::nullopt;
    const QJsonObject &manifest = checked->manifest;
    if (!checked->listed.contains(kEvents))
        return fail(tr("The manifest does not list %1.").arg(kEvents));

    // The file key, sealed to this server.
    // A public key that does not belong to the secret key is the server's own
    // set-up error: say so rather than blame every package.
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    if (serverPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        serverSecretKey.size() != crypto_box_SECRETKEYBYTES ||
        crypto_scalarmult_base(
            derived, reinterpret_cast<const unsigned char *>(serverSecretKey.constData())) != 0 ||
        sodium_memcmp(derived, serverPublicKey.constData(), sizeof derived) != 0)
        return fail(tr(
            "The server key pair is not valid: each key must be 32 bytes and the public key must "
            "belong to the secret key."));
    const QByteArray sealed =
        QByteArray::fromBase64(manifest.value(QStringLiteral("sealedKey")).toString().toLatin1());
    SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (sealed.size() !=
            qsizetype(crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES) ||
        crypto_box_seal_open(
            fileKey.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
            static_cast<unsigned long long>(sealed.size()),
            reinterpret_cast<const unsigned char *>(serverPublicKey.constData()),
            reinterpret_cast<const unsigned char *>(serverSecretKey.constData())) != 0)
        return fail(
            tr("The package was not made for this server: its file key cannot be opened with this "
               "server's key."));

    // Second pass: decrypt into memory (events) and into part files beside
    // their final names (evidence). The stored bytes are hashed again so a
    // file swapped between the passes is caught too.
    if (!QDir().mkpath(outFolder))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(outFolder)));
    const QDir out(outFolder);
    QStringList written;
    const auto cleanUp = [&written]() {
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        written.clear();
    };
    QByteArray events;
    QMap<QString, QString> parts; // sha256 -> part file
    QString problem;
    ZipReader zip(path);
    const bool walked = zip.isOpen() && zip.forEach([&](const QString &name, qint64,
                                                        const ZipReader::ReadFn &read) {
        if (!problem.isEmpty() || !checked->listed.contains(name))
            return;
        const QString hash = evidenceHashOf(name);
        std::unique_ptr<QFile> file;
        QCryptographicHash plainHash(QCryptographicHash::Sha256);
        if (!hash.isEmpty()) {
            const QByteArray random = QByteArray::number(randombytes_random(), 16);
            const QString part =
                out.filePath(QStringLiteral("%1.%2.part").arg(hash, QString::fromLatin1(random)));
            file = std::make_unique<QFile>(part);
            if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                problem = tr("Cannot write %1.").arg(QDir::toNativeSeparators(part));
                return;
            }
            written.append(part);
            parts.insert(hash, part);
        }
        bool sinkOk = true;
        StreamDecryptor decryptor(fileKey.data(), name.toUtf8(),
                                  [&](const char *data, qint64 size) {
                                      if (file) {
                                          plainHash.addData(QByteArrayView(data, size));
                                          sinkOk = file->write(data, size) == size;
                                          return sinkOk;
                                      }
                                      events.append(data, size);
                                      return true;
                                  });
        QCryptographicHash storedHash(QCryptographicHash::Sha256);
        const bool readOk = read([&](const QByteArray &chunk) {
            storedHash.addData(chunk);
            decryptor.feed(chunk);
        });
        const bool decrypted = decryptor.finish();
        if (file)
            sinkOk = file->flush() && sinkOk;
        if (!readOk ||
            QString::fromLatin1(storedHash.result().toHex()) != checked->listed.value(name))
            problem =
                tr("The entry %1 was changed: its SHA-256 differs from the manifest.").arg(name);
        else if (!sinkOk)
            problem = tr("Cannot write the evidence %1 in %2.")
                          .arg(hash, QDir::toNativeSeparators(outFolder));
        else if (!decrypted)
            problem = tr("The entry %1 does not decrypt: it is damaged or was not made with this "
                         "package's key.")
                          .arg(name);
        else if (file && QString::fromLatin1(plainHash.result().toHex()) != hash)
            problem = tr("The evidence %1 does not match its name: its decrypted SHA-256 differs.")
                          .arg(hash);
    });
    if (problem.isEmpty() && !walked)
        problem = tr("%1 is truncated or damaged: its list of entries cannot be read.")
                      .arg(QFileInfo(path).fileName());
    if (problem.isEmpty() && parts.size() + 1 != checked->listed.size())
        problem = tr("The package changed while it was read.");

    const QJsonDocument body = QJsonDocument::fromJson(events);
    if (problem.isEmpty()) {
        const QJsonObject o = body.object();
        if (!body.isObject() || !o.value(ProtocolField::events).isArray())
            problem = tr("The entry %1 does not hold a list of events.").arg(kEvents);
        else if (o.value(ProtocolField::device).toString() !=
                 manifest.value(ProtocolField::device).toString())
            problem = tr("The entry %1 is from device %2 but the manifest names device %3.")
                          .arg(kEvents, o.value(ProtocolField::device).toString(),
                               manifest.value(ProtocolField::device).toString());
        else if (o.value(ProtocolField::events).toArray().size() !=
                 manifest.value(ProtocolField::events).toInteger(-1))
            problem = tr("The entry %1 holds %2 events but the manifest says %3.")
                          .arg(kEvents)
                          .arg(o.value(ProtocolField::events).toArray().size())
                          .arg(manifest.value(ProtocolField::events).toInteger(-1));
    }
    if (!problem.isEmpty()) {
        cleanUp();
        return fail(problem);
    }

    // Everything checked: the part files take their names. A file already
    // there has the same content (it is named by its hash) and is replaced.
    OutboxPackageContent content;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString target = out.filePath(it.key());
        QFile::remove(target);
        if (!QFile::rename(it.value(), target)) {
            cleanUp();
            for (const QString &done : std::as_const(content.evidenceFiles))
                QFile::remove(done);
            return fail(tr("Cannot write the evidence %1 in %2.")
                            .arg(it.key(), QDir::toNativeSeparators(outFolder)));
        }
        written.removeAll(it.value());
        content.evidenceFiles.insert(it.key(), target);
    }
    content.device = manifest.value(ProtocolField::device).toString();
    content.user = manifest.value(ProtocolField::user).toString();
    content.createdAt = QDateTime::fromString(
        manifest.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    content.since = manifest.value(ProtocolField::since).toInteger();
    content.pushBody = events;
    return content;
}

} // namespace certdesk
