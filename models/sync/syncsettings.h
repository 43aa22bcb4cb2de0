#pragma once

#include <QString>
#include <QUrl>

namespace certdesk
{

class Database;

// Where and as whom this device syncs. Kept in the local database (settings
// sync.*) so a laptop carries its own; the device id is made once and never
// changes, the device and server keys come from the first sign-in.
struct SyncSettings {
    QUrl server;              // e.g. https://upstream.example:8470
    QString user;             // the user name on the server
    int intervalMinutes = 10; // automatic sync while the server answers; 0 = off
    QString device;           // this device's UUID
    QByteArray deviceKey;     // 32 bytes, HMAC key of this device's packages
    QByteArray serverKey;     // the server's public key (packages are sealed to it)

    bool isConfigured() const { return server.isValid() && !server.isEmpty() && !user.isEmpty(); }
    // Reads the settings; makes and stores the device id on first use.
    static SyncSettings load(const Database &db);
    bool save(const Database &db, QString *error = nullptr) const;
    // The setting that holds the device id; backups use it as the desk's identity.
    static QString deviceSettingKey() { return QStringLiteral("sync.device"); }
};

} // namespace certdesk
