#include "archivebundle.h"

#include "zip/zipfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace certdesk
{

namespace
{
struct ReadEntry {
    QString sha256;
    bool ok = false;
};
} // namespace

QList<BundleProblem> BundleVerifier::verify(const QString &zipPath, QString *bundleId, int *files)
{
    ZipReader::Limits limits;
    limits.maxEntries = MaxEntries;
    limits.maxRatio = MaxRatio;
    ZipReader zip(zipPath, limits);
    if (!zip.isOpen())
        return {{QString(),
                 zip.errorString().isEmpty()
                     ? tr("%1 is not a readable zip file (truncated or not a bundle).").arg(zipPath)
                     : zip.errorString()}};
    QHash<QString, ReadEntry> found;
    QByteArray manifestBytes;
    qint64 manifestSize = 0;
    // Every entry is read to its end: its checksum is checked and its SHA-256 taken.
    const bool walked =
        zip.forEach([&](const QString &name, qint64 size, const ZipReader::ReadFn &read) {
            const bool isManifest = name == QLatin1String("manifest.json");
            if (isManifest)
                manifestSize = size;
            QCryptographicHash h(QCryptographicHash::Sha256);
            ReadEntry e;
            e.ok = read([&](const QByteArray &chunk) {
                h.addData(chunk);
                if (isManifest && manifestSize <= MaxManifestBytes)
                    manifestBytes += chunk;
            });
            e.sha256 = QString::fromLatin1(h.result().toHex());
            found.insert(name, e);
        });
    if (!walked)
        return {{QString(), tr("%1 is damaged: its list of files cannot be read.").arg(zipPath)}};
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (!found.contains(QStringLiteral("manifest.json")))
        return {{QStringLiteral("manifest.json"), tr("The bundle has no manifest.json.")}};
    if (manifestSize > MaxManifestBytes)
        return {{QStringLiteral("manifest.json"),
                 tr("manifest.json of %1 is %2 MB; at most %3 MB are read.")
                     .arg(QFileInfo(zipPath).fileName())
                     .arg(manifestSize >> 20)
                     .arg(MaxManifestBytes >> 20)}};
    if (manifest.value(QStringLiteral("format")).toString() !=
        QLatin1String("certdesk-archive-bundle"))
        return {{QStringLiteral("manifest.json"),
                 tr("manifest.json is not a CertDesk bundle manifest.")}};
    if (manifest.value(QStringLiteral("version")).toInt() != 1)
        return {{QStringLiteral("manifest.json"),
                 tr("Bundle format version %1 is not known to this program.")
                     .arg(manifest.value(QStringLiteral("version")).toInt())}};
    if (bundleId)
        *bundleId = manifest.value(QStringLiteral("bundleId")).toString();

    QList<BundleProblem> problems;
    QSet<QString> listed{QStringLiteral("manifest.json")};
    const QJsonArray entries = manifest.value(QStringLiteral("files")).toArray();
    if (files)
        *files = int(entries.size());
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        listed.insert(path);
        const auto it = found.constFind(path);
        if (it == found.cend())
            problems.append({path, tr("listed in the manifest but missing from the bundle")});
        else if (!it->ok)
            problems.append({path, tr("damaged: it cannot be read back (checksum error)")});
        else if (it->sha256 != o.value(QStringLiteral("sha256")).toString())
            problems.append({path, tr("changed: its SHA-256 differs from the manifest")});
        // Evidence originals are named by their own hash: check that too.
        if (path.startsWith(QLatin1String("evidence/")) &&
            !path.contains(QLatin1String(".archive.")) && it != found.cend() && it->ok &&
            !path.mid(9, 64).startsWith(it->sha256))
            problems.append(
                {path, tr("changed: its content no longer matches the hash in its name")});
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!listed.contains(it.key()))
            problems.append({it.key(), tr("not listed in the manifest (added later)")});
    }
    std::sort(problems.begin(), problems.end(),
              [](const BundleProblem &a, const BundleProblem &b) { return a.path < b.path; });
    return problems;
}

} // namespace certdesk
