#pragma once

// The conditions a bench figure was taken under, printed beside it: the CPU
// time of this process (steadier than wall time on a shared machine) and the
// machine's load average.
#include <QFile>
#include <QString>
#include <sys/resource.h>

namespace certdesk
{
namespace bench
{

// CPU seconds (user + system) of this process so far, all its threads.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The load averages over 1, 5 and 15 minutes, as /proc/loadavg gives them.
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QString();
}

} // namespace bench
} // namespace certdesk
