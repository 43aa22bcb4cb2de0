#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace certdesk
{

// USB package files (docs/sync-protocol.md, "USB packages"): zips with a
// manifest listing the SHA-256 of every entry and an HMAC-SHA256 of the
// manifest keyed with the device key. Outbox packages (client -> server) are
// also encrypted for the server: each entry with crypto_secretstream under a
// random file key that is sealed to the server's public key (crypto_box_seal).
// Reading checks everything before returning anything; a refusal names the
// reason (wrong key, edited manifest, changed/missing/unlisted entry, truncated
// zip, entry that does not decrypt) and writes nothing outside its out folder.
struct OutboxPackageContent {
    QString device;
    QString user;
    QDateTime createdAt;
    qint64 since = 0;
    QByteArray pushBody; // {"device", "since", "events": [...]}, as pushed over HTTP
    QMap<QString, QString> evidenceFiles; // content sha256 -> file written in the out folder
};

struct RosterPackageContent {
    QString device;
    QString scope;
    qint64 since = 0;
    qint64 next = 0;
    QJsonArray changes; // as GET /v1/changes returns them, in order
};

class SyncPackage
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackage)
public:
    // Bounds on a package read (docs/robustness.md): entries (one per evidence
    // file, plus three), and how much better than real data an entry may
    // compress (encrypted entries do not compress at all). The manifest is read
    // up to 16 MiB.
    static constexpr int MaxEntries = 50000;
    static constexpr int MaxRatio = 200;

    static QByteArray newDeviceKey(); // 32 random bytes
    // X25519 key pair for crypto_box_seal.
    static bool newServerKeyPair(QByteArray *publicKey, QByteArray *secretKey);

    // evidenceFiles: content sha256 -> path of the file with those bytes.
    static bool writeOutbox(const QString &path, const QString &device, const QString &user,
                            qint64 since, const QByteArray &pushBody,
                            const QMap<QString, QString> &evidenceFiles,
                            const QByteArray &deviceKey, const QByteArray &serverPublicKey,
                            QString *error);
    // The manifest as stored, unverified: tells whose package it is so the
    // reader can look up that device's key.
    static std::optional<QJsonObject> peekManifest(const QString &path, QString *error);
    // Verifies and decrypts; evidence goes to outFolder/<sha256> (hash checked).
    static std::optional<OutboxPackageContent>
    readOutbox(const QString &path, const QByteArray &deviceKey, const QByteArray &serverPublicKey,
               const QByteArray &serverSecretKey, const QString &outFolder, QString *error);

    static bool writeRoster(const QString &path, const QString &device, const QString &scope,
                            qint64 since, qint64 next, const QJsonArray &changes,
                            const QByteArray &deviceKey, QString *error);
    static std::optional<RosterPackageContent>
    readRoster(const QString &path, const QByteArray &deviceKey, QString *error);
};

} // namespace certdesk
