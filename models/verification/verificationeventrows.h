#pragma once

#include "verificationevent.h"

#include <QSqlDatabase>
#include <QString>

namespace certdesk
{

// The rows of one recorded check: the append-only `verification_event` row, its
// evidence rows and (for a check made on this desk) its outbox row. One place that
// writes them, for a check recorded by a worker (VerificationService) and for a
// big-data result that certifies (BigDataCertification).
class VerificationEventRows
{
public:
    // Appends the rows inside the caller's write transaction. `outbox`: queue the
    // event for the next push (false for an event that came from upstream).
    static bool append(const QSqlDatabase &connection, const VerificationEvent &e, bool outbox,
                       QString *error);
    // Whether an event with this uuid is stored.
    static bool exists(const QSqlDatabase &connection, const QString &uuid, bool *found,
                       QString *error);
};

} // namespace certdesk
