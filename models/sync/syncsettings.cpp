#include "syncsettings.h"

#include "store/database.h"

#include <QUuid>

namespace certdesk
{

namespace
{
const QString kServer = QStringLiteral("sync.server");
const QString kUser = QStringLiteral("sync.user");
const QString kInterval = QStringLiteral("sync.interval");
const QString kDevice = SyncSettings::deviceSettingKey();
const QString kDeviceKey = QStringLiteral("sync.deviceKey");
const QString kServerKey = QStringLiteral("sync.serverKey");
} // namespace

SyncSettings SyncSettings::load(const Database &db)
{
    SyncSettings s;
    const QString server = db.setting(kServer);
    if (!server.isEmpty())
        s.server = QUrl(server, QUrl::StrictMode);
    s.user = db.setting(kUser);
    bool ok = false;
    const int interval = db.setting(kInterval).toInt(&ok);
    if (ok && interval >= 0)
        s.intervalMinutes = interval;
    s.device = db.setting(kDevice);
    if (s.device.isEmpty()) {
        // The server knows this device by its id (keys, packages, conflicts), so it
        // is made once and kept; a failed write only means it is made again next time.
        s.device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        db.setSetting(kDevice, s.device);
    }
    s.deviceKey = QByteArray::fromBase64(db.setting(kDeviceKey).toLatin1());
    s.serverKey = QByteArray::fromBase64(db.setting(kServerKey).toLatin1());
    return s;
}

bool SyncSettings::save(const Database &db, QString *error) const
{
    // All keys or none: a half-saved server and user would sync as the wrong person.
    return inWriteTransaction(db, error, [&] {
        return db.setSetting(kServer, server.toString(), error) &&
               db.setSetting(kUser, user, error) &&
               db.setSetting(kInterval, QString::number(qMax(0, intervalMinutes)), error) &&
               // Never blank the device id: settings built by hand may not carry it.
               (device.isEmpty() || db.setSetting(kDevice, device, error)) &&
               db.setSetting(kDeviceKey, QString::fromLatin1(deviceKey.toBase64()), error) &&
               db.setSetting(kServerKey, QString::fromLatin1(serverKey.toBase64()), error);
    });
}

} // namespace certdesk
