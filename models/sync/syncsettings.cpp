#include "syncsettings.h"

#include "store/database.h"

#include <QUuid>

namespace {
const QString kServer = QStringLiteral("sync.server");
const QString kUser = QStringLiteral("sync.user");
const QString kInterval = QStringLiteral("sync.interval");
const QString kDevice = QStringLiteral("sync.device");
const QString kDeviceKey = QStringLiteral("sync.deviceKey");
const QString kServerKey = QStringLiteral("sync.serverKey");
} // namespace

SyncSettings SyncSettings::load(const Database &db)
{
    SyncSettings s;
    s.server = QUrl(db.setting(kServer));
    s.user = db.setting(kUser);
    s.intervalMinutes = db.setting(kInterval, QStringLiteral("10")).toInt();
    s.device = db.setting(kDevice);
    s.deviceKey = QByteArray::fromBase64(db.setting(kDeviceKey).toLatin1());
    s.serverKey = QByteArray::fromBase64(db.setting(kServerKey).toLatin1());
    if (s.device.isEmpty()) {
        // Made once: the server knows this device by it for good.
        s.device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        db.setSetting(kDevice, s.device);
    }
    return s;
}

bool SyncSettings::save(const Database &db, QString *error) const
{
    return db.setSetting(kServer, server.toString(), error) && db.setSetting(kUser, user, error) &&
           db.setSetting(kInterval, QString::number(intervalMinutes), error) && db.setSetting(kDevice, device, error) &&
           db.setSetting(kDeviceKey, QString::fromLatin1(deviceKey.toBase64()), error) &&
           db.setSetting(kServerKey, QString::fromLatin1(serverKey.toBase64()), error);
}
