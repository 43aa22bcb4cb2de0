#include "faultinjection.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <csignal>
#include <cstdlib>

namespace certdesk
{

namespace
{
struct Faults {
    qint64 killAfterEvents = 0;
    qint64 killAfterBytes = 0;
    qint64 unavailable = 0;
    qint64 dropAfterEvents = 0;
    QStringList unknownRoutes;
};

const Faults &faults()
{
    static const Faults parsed = [] {
        Faults f;
        const QStringList parts = QString::fromLocal8Bit(qgetenv("CERTDESK_UPSTREAM_FAULT"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString name = part.section(QLatin1Char(':'), 0, 0).trimmed();
            const qint64 n = part.section(QLatin1Char(':'), 1).trimmed().toLongLong();
            if (name == QLatin1String("kill-after-events"))
                f.killAfterEvents = n;
            else if (name == QLatin1String("kill-after-bytes"))
                f.killAfterBytes = n;
            else if (name == QLatin1String("status-503"))
                f.unavailable = n;
            else if (name == QLatin1String("drop-after-events"))
                f.dropAfterEvents = n;
            else if (name == QLatin1String("unknown"))
                f.unknownRoutes << part.section(QLatin1Char(':'), 1).trimmed();
        }
        return f;
    }();
    return parsed;
}

std::atomic<qint64> eventsStored{0};
std::atomic<qint64> bytesWritten{0};
std::atomic<qint64> unavailableAnswered{0};
} // namespace

bool FaultInjection::eventStored()
{
    const qint64 n = ++eventsStored;
    if (faults().killAfterEvents > 0 && n == faults().killAfterEvents)
        std::raise(SIGKILL);
    return faults().dropAfterEvents > 0 && n == faults().dropAfterEvents;
}

void FaultInjection::evidenceBytesWritten(qint64 bytes)
{
    const qint64 total = bytesWritten += bytes;
    if (faults().killAfterBytes > 0 && total >= faults().killAfterBytes)
        std::raise(SIGKILL);
}

bool FaultInjection::takeUnavailable()
{
    if (faults().unavailable <= 0)
        return false;
    return unavailableAnswered++ < faults().unavailable;
}

bool FaultInjection::routeUnknown(const char *route)
{
    return faults().unknownRoutes.contains(QLatin1String(route));
}

} // namespace certdesk
