#pragma once

#include "domain/benefitlifecycle.h"

#include <QList>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace certdesk
{

// How lifecycle_event rows are read, shared by LifecycleService (which checks a
// new step against the state so far) and PersonState (which stores the status
// they add up to), so both replay the same steps in the same order.
namespace LifecycleEventRows
{

// The stored columns, in the order read() expects them.
QString columns();
// Oldest first by the step's date, then when it was recorded on its device
// (carried through sync), then the local order for steps recorded together: the
// same order on every device whatever order the steps arrived in.
QString order();
LifecycleEvent read(const QSqlQuery &q);
// A prepared query for one person's steps (bind the recipient id at 0).
void prepare(QSqlQuery &q);
// Runs a query made by prepare() for one person; false with *error on failure.
bool load(QSqlQuery &q, qint64 recipientId, QList<LifecycleEvent> *out, QString *error);

} // namespace LifecycleEventRows

} // namespace certdesk
