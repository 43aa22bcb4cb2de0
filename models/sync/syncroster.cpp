// The roster kind of USB package (server -> desk): changes.json and its manifest,
// HMAC-keyed with the device key; not encrypted (docs/sync-protocol.md, "USB packages").
#include "syncpackage.h"
#include "syncpackageparts.h"

#include "protocolfields.h"
#include "zip/zipfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>

#include <sodium.h>

namespace certdesk
{

using namespace packageparts;

bool SyncPackage::writeRoster(const QString &path, const QString &device, const QString &scope,
                              qint64 since, qint64 next, const QJsonArray &changes,
                              const QByteArray &deviceKey, QString *error)
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
    const QString fileName = QFileInfo(path).fileName();
    PackageFile target(path);
    ZipWriter zip(target.tempPath());
    if (!zip.isOpen())
        return fail(tr("Cannot create %1.").arg(fileName));
    const QByteArray changesBytes = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    QString sha256;
    if (!zip.addBytes(kChanges, changesBytes, ZipWriter::Deflated, &sha256))
        return fail(tr("Cannot write %1 (is the disk full?).").arg(fileName));
    const QJsonObject manifest{
        {QStringLiteral("format"), kRosterFormat},
        {QStringLiteral("version"), kVersion},
        {ProtocolField::device, device},
        {ProtocolField::scope, scope},
        {ProtocolField::since, double(since)},
        {ProtocolField::next, double(next)},
        {QStringLiteral("entries"), QJsonArray{entryObject(kChanges, sha256, changesBytes.size())}},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!zip.addBytes(kManifest, manifestBytes, ZipWriter::Deflated) ||
        !zip.addBytes(kHmac, hmacHex(manifestBytes, deviceKey), ZipWriter::Stored) || !zip.close())
        return fail(tr("Cannot write %1 (is the disk full?).").arg(fileName));
    if (!target.commit())
        return fail(tr("Cannot create %1.").arg(fileName));
    return true;
}

std::optional<RosterPackageContent>
SyncPackage::readRoster(const QString &path, const QByteArray &deviceKey, QString *error)
{
    const auto validName = [](const QString &name) { return name == kChanges; };
    const std::optional<CheckedPackage> checked =
        checkPackage(path, Kind::Roster, deviceKey, validName, error);
    if (!checked)
        return std::nullopt;
    if (!checked->listed.contains(kChanges)) {
        if (error)
            *error = tr("The manifest does not list %1.").arg(kChanges);
        return std::nullopt;
    }
    ZipReader zip(path);
    bool ok = false;
    const QByteArray bytes = zip.read(kChanges, &ok, qint64(1) << 40);
    // Hashed again: the file may have been swapped since the check.
    if (!ok ||
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) !=
            checked->listed.value(kChanges)) {
        if (error)
            *error = tr("The entry %1 was changed: its SHA-256 differs from the manifest.")
                         .arg(kChanges);
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isArray()) {
        if (error)
            *error = tr("The entry %1 does not hold a list of changes.").arg(kChanges);
        return std::nullopt;
    }
    const QJsonObject &manifest = checked->manifest;
    RosterPackageContent content;
    content.device = manifest.value(ProtocolField::device).toString();
    content.scope = manifest.value(ProtocolField::scope).toString();
    content.since = manifest.value(ProtocolField::since).toInteger();
    content.next = manifest.value(ProtocolField::next).toInteger();
    content.changes = document.array();
    return content;
}

} // namespace certdesk
