#include "localtoday.h"

#include <QDateTime>
#include <mutex>

namespace certdesk
{

QDate localToday()
{
    static std::mutex mutex;
    static QDate date;
    static qint64 from = 0, until = 0; // ms since the epoch the date holds for
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard<std::mutex> lock(mutex);
    if (now < from || now >= until) {
        const QDateTime local = QDateTime::currentDateTime();
        date = local.date();
        from = local.toMSecsSinceEpoch();
        until = std::min(from + 1000, QDateTime(date.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
    }
    return date;
}

} // namespace certdesk
