#include "checkapprovals.h"

#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/personstate.h"
#include "store/sqlvalues.h"
#include "verificationevent.h"
#include "workspace/workspacechanges.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace certdesk
{

CheckApprovals::CheckApprovals(const Database &db, const PolicyProfile &profile)
    : m_db(db), m_profile(profile)
{
}

bool CheckApprovals::needsApproval(const PolicyProfile &profile, const QString &methodKey)
{
    // GD 21 (现场认证 at a service platform) and GD 22 (上门现场认证).
    return profile.countyCheckApprovalWorkingDays() > 0 &&
           (methodKey == VerificationTerms::key(VerificationMethod::Window) ||
            methodKey == VerificationTerms::key(VerificationMethod::HomeVisit));
}

QDate CheckApprovals::dueFor(const PolicyProfile &profile, const QDate &checkDate)
{
    // GD 21-22: 在1个工作日内完成审批 — counted from the day the check is entered.
    return WorkingCalendar::builtin().addWorkingDays(
        checkDate, std::max(1, profile.countyCheckApprovalWorkingDays()));
}

bool CheckApprovals::queue(const QSqlDatabase &c, const PolicyProfile &profile,
                           const QString &eventUuid, const QString &methodKey,
                           const QDate &checkDate, QString *error)
{
    if (!needsApproval(profile, methodKey))
        return true;
    const QDate due = dueFor(profile, checkDate);
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO check_approval(event_uuid, due) VALUES(?, ?)"));
    q.addBindValue(eventUuid);
    q.addBindValue(isoDate(due));
    return sqlvalue::exec(q, error);
}

QList<PendingApproval> CheckApprovals::pending(const Session &session, const QDate &today,
                                               QString *error) const
{
    QList<PendingApproval> out;
    const Scope scope = session.accessScope();
    QString sql = QStringLiteral(
        "SELECT a.event_uuid, e.recipient_id, r.name, r.id_number, e.method, e.check_date, "
        "e.worker, a.due FROM check_approval a JOIN verification_event e ON e.uuid = a.event_uuid "
        "JOIN recipient r ON r.id = e.recipient_id WHERE a.state = 'pending'");
    if (!scope.code.isEmpty())
        sql +=
            QStringLiteral(" AND r.%1 = ?").arg(JurisdictionRepository::scopeColumn(scope.level));
    sql += QStringLiteral(" ORDER BY a.due, e.check_date, a.event_uuid");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!scope.code.isEmpty())
        q.addBindValue(scope.code);
    if (!sqlvalue::exec(q, error))
        return out;
    while (q.next()) {
        PendingApproval p;
        p.eventUuid = q.value(0).toString();
        p.recipientId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        p.idNumber = q.value(3).toString();
        p.method = q.value(4).toString();
        p.checkDate = sqlvalue::date(q.value(5));
        p.worker = q.value(6).toString();
        p.due = sqlvalue::date(q.value(7));
        p.overdue = today > p.due;
        out << p;
    }
    return out;
}

int CheckApprovals::overdueCount(const Session &session, const QDate &today) const
{
    int n = 0;
    for (const PendingApproval &p : pending(session, today))
        n += p.overdue ? 1 : 0;
    return n;
}

bool CheckApprovals::decide(const QString &eventUuid, bool approve, const QString &note,
                            const Session &session, const QDate &today, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.recipient_id, r.id_number, a.state FROM check_approval a JOIN verification_event "
        "e ON e.uuid = a.event_uuid JOIN recipient r ON r.id = e.recipient_id "
        "WHERE a.event_uuid = ?"));
    q.addBindValue(eventUuid);
    QString why;
    if (!sqlvalue::exec(q, &why))
        return fail(why);
    if (!q.next())
        return fail(tr("No check %1 waits for an approval.").arg(eventUuid));
    const qint64 person = q.value(0).toLongLong();
    const QString masked = IdNumber::mask(q.value(1).toString());
    if (q.value(2).toString() != QLatin1String("pending"))
        return fail(tr("The check %1 has already been decided.").arg(eventUuid));
    q.finish();
    if (!AccessGate::allows(m_db, m_profile, session, Action::ApproveCheck,
                            AccessTarget::person(person), &why))
        return fail(why);
    // GD 21-22: the worker and the person are told why the county refused.
    if (!approve && note.trimmed().isEmpty())
        return fail(tr("Say why the check is refused; the worker sees the reason."));
    const AuditTrail audit(m_db, m_profile, WorkingCalendar::builtin());
    const bool ok = inWriteTransaction(m_db, error, [&] {
        QSqlQuery upd(m_db.connection());
        upd.prepare(QStringLiteral(
            "UPDATE check_approval SET state = ?, decided_by = ?, decided_at = ?, note = ?, "
            "sync_state = 'pending' WHERE event_uuid = ? AND state = 'pending'"));
        for (const QVariant &v :
             {QVariant(approve ? QStringLiteral("approved") : QStringLiteral("refused")),
              QVariant(session.user().username),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
              sqlvalue::textOrNull(note), QVariant(eventUuid)})
            upd.addBindValue(v);
        if (!sqlvalue::exec(upd, error))
            return false;
        if (upd.numRowsAffected() != 1)
            return fail(tr("The check %1 has already been decided.").arg(eventUuid));
        // A refused check certifies nothing: the person's period and status are
        // worked out again without it.
        if (!approve && !PersonState(m_db, m_profile).recompute(person, error, PersonState::Checks))
            return false;
        return audit.recordWithin(
            session, AuditAction::ApproveCheck, masked,
            QStringLiteral("%1 %2 %3%4")
                .arg(eventUuid, approve ? QStringLiteral("approved") : QStringLiteral("refused"),
                     isoDate(today),
                     note.trimmed().isEmpty() ? QString() : QLatin1Char(' ') + note.trimmed()),
            error);
    });
    if (ok && m_changes)
        m_changes->announce({WorkspaceChange::People | WorkspaceChange::Counts, {person}});
    return ok;
}

} // namespace certdesk
