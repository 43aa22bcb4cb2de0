#pragma once

// What the two kinds of USB package share (syncpackage.cpp: the outbox;
// syncroster.cpp: the roster). Internal to models/sync.
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <cstdio>
#include <functional>
#include <optional>

namespace certdesk
{
namespace packageparts
{

constexpr int kVersion = 1;
inline const QString kManifest = QStringLiteral("manifest.json");
inline const QString kHmac = QStringLiteral("manifest.hmac");
inline const QString kChanges = QStringLiteral("changes.json");
inline const QString kRosterFormat = QStringLiteral("certdesk-roster");

enum class Kind { Outbox, Roster };

// What the first pass over a package found, once the manifest, its HMAC and
// every entry's hash have been checked.
struct CheckedPackage {
    QJsonObject manifest;
    QHash<QString, QString> listed; // entry name -> sha256 from the manifest
};

// Writes to `path` through a temporary name beside it, so a failed write never
// leaves a half package under the real name (nor destroys an older one).
class PackageFile
{
public:
    explicit PackageFile(const QString &path) : m_path(path), m_temp(path + QStringLiteral(".part"))
    {
        QFile::remove(m_temp);
    }
    ~PackageFile()
    {
        if (!m_committed)
            QFile::remove(m_temp);
    }
    const QString &tempPath() const { return m_temp; }
    bool commit()
    {
        // rename(2) replaces an older package in one step (QFile::rename
        // refuses an existing target, and removing it first leaves a gap).
        m_committed = std::rename(QFile::encodeName(m_temp).constData(),
                                  QFile::encodeName(m_path).constData()) == 0;
        return m_committed;
    }

private:
    QString m_path;
    QString m_temp;
    bool m_committed = false;
};

bool sodiumReady();
QByteArray hmacHex(const QByteArray &data, const QByteArray &key);
QJsonObject entryObject(const QString &name, const QString &sha256, qint64 bytes);
// The checks that need no decryption, in the order the reasons are reported
// (docs/sync-protocol.md, "USB packages"); std::nullopt with *error.
std::optional<CheckedPackage> checkPackage(const QString &path, Kind kind,
                                           const QByteArray &deviceKey,
                                           const std::function<bool(const QString &)> &validName,
                                           QString *error);

} // namespace packageparts
} // namespace certdesk
