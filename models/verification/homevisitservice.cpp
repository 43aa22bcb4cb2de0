#include "homevisitservice.h"

#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "domain/workingcalendar.h"
#include "security/accessgate.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "workspace/workspacechanges.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

HomeVisitService::HomeVisitService(const Database &db, const PolicyProfile &profile,
                                   const WorkingCalendar &calendar, const Session &session)
    : m_db(db), m_profile(profile), m_calendar(calendar), m_session(session)
{
}

bool HomeVisitService::mayWorkOn(qint64 recipientId, QString *why) const
{
    return AccessGate::allows(m_db, m_profile, m_session, Action::RecordContact,
                              AccessTarget::person(recipientId), why);
}

void HomeVisitService::announce(qint64 recipientId) const
{
    // The person's visit (due date, special-group list) changed; nothing is synced.
    if (m_changes)
        m_changes->announce({WorkspaceChange::People | WorkspaceChange::Counts, {recipientId}});
}

QStringList HomeVisitService::attemptOutcomes()
{
    return {QStringLiteral("not-home"), QStringLiteral("refused"), QStringLiteral("moved"),
            QStringLiteral("hospital"), QStringLiteral("other")};
}

QString HomeVisitService::attemptOutcomeName(const QString &key)
{
    if (key == QLatin1String("not-home"))
        return tr("Not at home");
    if (key == QLatin1String("refused"))
        return tr("Refused");
    if (key == QLatin1String("moved"))
        return tr("Moved away");
    if (key == QLatin1String("hospital"))
        return tr("In hospital");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

std::optional<HomeVisit> HomeVisitService::request(qint64 recipientId, const QDate &requestedOn,
                                                   const QString &requestedBy,
                                                   const QString &channel, const QString &reason,
                                                   QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::optional<HomeVisit>();
    };
    if (!requestedOn.isValid())
        return fail(tr("Give the date of the request."));
    if (requestedBy.trimmed().isEmpty())
        return fail(tr("Say who asked for the visit."));
    QString outside;
    if (!mayWorkOn(recipientId, &outside))
        return fail(outside);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, birth_date, special_flags FROM recipient WHERE id = ?"));
    q.addBindValue(recipientId);
    if (!q.exec() || !q.next())
        return fail(tr("No recipient with id %1.").arg(recipientId));
    const QString name = q.value(0).toString();
    if (!SpecialGroup::isMember(sqlvalue::date(q.value(1)), q.value(2).toInt(), requestedOn))
        return fail(
            tr("%1 is not in a special group (aged 80+, ill, disabled, living alone or mentally "
               "ill); home visits are for people who cannot come in.")
                .arg(name));
    if (const auto open = openFor(recipientId))
        return fail(tr("%1 already has an open home-visit request, due %2.")
                        .arg(name, isoDate(open->dueOn)));
    QList<int> uncovered;
    const QDate due =
        m_calendar.addWorkingDays(requestedOn, m_profile.homeVisitWorkingDays(), &uncovered);
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral(
        "INSERT INTO visit_request(recipient_id, requested_on, due_on, status, requested_by, "
        "channel, reason) VALUES(?, ?, ?, 'open', ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(recipientId), QVariant(isoDate(requestedOn)), QVariant(isoDate(due)),
          QVariant(requestedBy), sqlvalue::textOrNull(channel), sqlvalue::textOrNull(reason)})
        ins.addBindValue(v);
    if (!ins.exec())
        return fail(tr("Cannot save the home-visit request: %1").arg(ins.lastError().text()));
    announce(recipientId);
    return find(ins.lastInsertId().toLongLong());
}

bool HomeVisitService::assign(qint64 visitId, const QString &worker, const QDate &plannedOn,
                              QString *error) const
{
    const auto visit = find(visitId);
    QString message;
    if (!visit || visit->status != QLatin1String("open"))
        message = tr("Home visit %1 is not open.").arg(visitId);
    else if (!mayWorkOn(visit->recipientId, &message)) {
        // message says why
    } else if (worker.trimmed().isEmpty())
        message = tr("Name the worker who will visit.");
    else if (!plannedOn.isValid() || plannedOn < visit->requestedOn)
        message = tr("The planned date must be on or after the request (%1).")
                      .arg(isoDate(visit->requestedOn));
    if (message.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE visit_request SET assigned_to = ?, planned_on = ? WHERE id = ?"));
        q.addBindValue(worker);
        q.addBindValue(isoDate(plannedOn));
        q.addBindValue(visitId);
        if (q.exec()) {
            announce(visit->recipientId);
            return true;
        }
        message = q.lastError().text();
    }
    if (error)
        *error = message;
    return false;
}

bool HomeVisitService::addAttempt(qint64 visitId, const VisitAttempt &a, QString *error) const
{
    const auto visit = find(visitId);
    QString message;
    if (!visit || visit->status != QLatin1String("open"))
        message = tr("Home visit %1 is not open.").arg(visitId);
    else if (!mayWorkOn(visit->recipientId, &message)) {
        // message says why
    } else if (!attemptOutcomes().contains(a.outcome))
        message = tr("Unknown outcome '%1'.").arg(a.outcome);
    else if (!a.date.isValid() || a.date < visit->requestedOn)
        message = tr("The attempt date must be on or after the request (%1).")
                      .arg(isoDate(visit->requestedOn));
    else if (a.worker.trimmed().isEmpty())
        message = tr("Name the worker who went.");
    if (message.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO visit_attempt(request_id, attempted_on, outcome, "
                                 "worker, note) VALUES(?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(visitId), QVariant(isoDate(a.date)), QVariant(a.outcome),
                                  QVariant(a.worker), sqlvalue::textOrNull(a.note)})
            q.addBindValue(v);
        if (q.exec()) {
            announce(visit->recipientId);
            return true;
        }
        message = q.lastError().text();
    }
    if (error)
        *error = message;
    return false;
}

std::optional<HomeVisit> HomeVisitService::find(qint64 visitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, recipient_id, requested_on, due_on, status, coalesce(requested_by, ''), "
        "coalesce(channel, ''), coalesce(reason, ''), coalesce(assigned_to, ''), planned_on, "
        "coalesce(closed_by, '') FROM visit_request WHERE id = ?"));
    q.addBindValue(visitId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HomeVisit v;
    v.id = q.value(0).toLongLong();
    v.recipientId = q.value(1).toLongLong();
    v.requestedOn = sqlvalue::date(q.value(2));
    v.dueOn = sqlvalue::date(q.value(3));
    v.status = q.value(4).toString();
    v.requestedBy = q.value(5).toString();
    v.channel = q.value(6).toString();
    v.reason = q.value(7).toString();
    v.assignedTo = q.value(8).toString();
    v.plannedOn = sqlvalue::date(q.value(9));
    v.closedBy = q.value(10).toString();
    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral(
        "SELECT id, attempted_on, outcome, worker, coalesce(note, '') FROM visit_attempt "
        "WHERE request_id = ? ORDER BY attempted_on, id"));
    a.addBindValue(visitId);
    if (a.exec()) {
        while (a.next())
            v.attempts.append({a.value(0).toLongLong(), sqlvalue::date(a.value(1)),
                               a.value(2).toString(), a.value(3).toString(),
                               a.value(4).toString()});
    }
    return v;
}

std::optional<HomeVisit> HomeVisitService::openFor(qint64 recipientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM visit_request WHERE recipient_id = ? AND status = "
                             "'open' ORDER BY due_on LIMIT 1"));
    q.addBindValue(recipientId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return find(q.value(0).toLongLong());
}

} // namespace certdesk
