#include "faulthooks.h"

#include <QHash>
#include <QString>
#include <QtGlobal>
#include <csignal>

namespace certdesk
{

// Compiled only with CERTDESK_FAULT_INJECTION=ON (see faulthooks.h).

void FaultHooks::beforeCheckCommit()
{
    if (qEnvironmentVariable("CERTDESK_FAULT") == QLatin1String("before-commit"))
        ::raise(SIGKILL);
}

void FaultHooks::afterPulledPage(int page)
{
    static const QString fault = qEnvironmentVariable("CERTDESK_FAULT");
    if (fault.startsWith(QLatin1String("kill-after-page:")) && fault.mid(16).toInt() == page)
        ::raise(SIGKILL);
}

void FaultHooks::killPoint(const char *name)
{
    static const QString fault = qEnvironmentVariable("CERTDESK_FAULT");
    if (!fault.startsWith(QLatin1String("kill-at:")))
        return;
    const QString wanted = fault.mid(8).section(QLatin1Char('#'), 0, 0);
    if (wanted != QLatin1String(name))
        return;
    const int nth = qMax(1, fault.section(QLatin1Char('#'), 1, 1).toInt());
    static QHash<QString, int> reached;
    if (++reached[wanted] == nth)
        ::raise(SIGKILL);
}

} // namespace certdesk
