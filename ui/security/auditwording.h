#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

// The audit trail stores its "concerning" and "detail" texts as written: they
// are in its hash chain and must never change. Most were written as English
// forms with keys ("63 rows, print preview", "created district-admin at 370299",
// "<uuid> alive home-visit"); this puts the known forms into the user's
// language when they are shown (issue 17: English in the Chinese audit window).
// A text of no known form (older programs, the CLI's free text) is shown as stored.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(certdesk::AuditWording)
public:
    static QString detail(const QString &stored);
    static QString target(const QString &stored);
};

} // namespace certdesk
