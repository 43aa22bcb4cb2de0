#include "store/derivedrepair.h"

#include "logging.h"
#include "store/database.h"
#include "store/personstate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

QString DerivedRepair::phoneSettingKey()
{
    return QStringLiteral("repair.phone-does-not-certify");
}

bool DerivedRepair::run(const Database &db, const PolicyProfile &profile, int *count,
                        QString *error)
{
    if (count)
        *count = 0;
    if (!db.setting(phoneSettingKey()).isEmpty())
        return true;
    return inWriteTransaction(db, error, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT recipient_id FROM verification_event "
                                   "WHERE method = 'phone' AND living_status = 'alive'"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        QList<qint64> people;
        while (q.next())
            people << q.value(0).toLongLong();
        PersonState state(db, profile);
        for (qint64 id : std::as_const(people)) {
            if (!state.recompute(id, error))
                return false;
        }
        if (count)
            *count = int(people.size());
        if (!people.isEmpty())
            qCInfo(lcStore) << "recomputed" << people.size()
                            << "people whose phone checks no longer certify";
        return db.setSetting(phoneSettingKey(), QStringLiteral("done"), error);
    });
}

} // namespace certdesk
