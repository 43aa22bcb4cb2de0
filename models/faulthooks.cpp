#include "faulthooks.h"

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

} // namespace certdesk
