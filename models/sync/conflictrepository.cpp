#include "conflictrepository.h"

#include "domain/idnumber.h"
#include "protocolfields.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "verification/contactchanges.h"
#include "verification/verificationevent.h"
#include "workspace/workspacechanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk
{

namespace
{
// The person is found by row id when the pull knew it, else by ID number: a
// conflict may arrive before the person's roster row.
const char kSelect[] =
    "SELECT c.id, c.type, c.id_number, COALESCE(r.id, 0), COALESCE(r.name, ''), c.field, "
    "c.event_uuid, "
    "c.other_uuid, c.detail, c.state, c.decision, c.value, c.decided_by, c.decided_at, c.note, "
    "EXISTS(SELECT 1 FROM sync_resolution s WHERE s.conflict_id = c.id AND s.state = 'pending') "
    "FROM sync_conflict c LEFT JOIN recipient r ON r.id = COALESCE(c.recipient_id, "
    "(SELECT id FROM recipient WHERE id_number = c.id_number)) ";

QList<ConflictValue> valuesFrom(const QString &detail)
{
    QList<ConflictValue> out;
    const QJsonArray values =
        QJsonDocument::fromJson(detail.toUtf8()).object().value(ProtocolField::values).toArray();
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        ConflictValue cv;
        // A value may come as a number or null in hand-made data; keep it as text.
        const QJsonValue value = o.value(ProtocolField::value);
        cv.value = value.isString()   ? value.toString()
                   : value.isDouble() ? QString::number(value.toDouble())
                                      : QString();
        cv.at =
            QDateTime::fromString(o.value(ProtocolField::at).toString(), Qt::ISODateWithMs).toUTC();
        cv.eventUuid = o.value(ProtocolField::uuid).toString();
        cv.device = o.value(ProtocolField::device).toString();
        out << cv;
    }
    // The protocol sends the newer last; order anyway so the display can rely on it.
    std::stable_sort(out.begin(), out.end(),
                     [](const ConflictValue &a, const ConflictValue &b) { return a.at < b.at; });
    return out;
}

SyncConflict conflictFrom(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.type = q.value(1).toString();
    c.idNumber = q.value(2).toString();
    c.recipientId = q.value(3).toLongLong();
    c.personName = q.value(4).toString();
    c.field = q.value(5).toString();
    c.eventUuid = q.value(6).toString();
    c.otherUuid = q.value(7).toString();
    c.values = valuesFrom(q.value(8).toString());
    c.state = q.value(9).toString();
    c.decision = q.value(10).toString();
    c.value = q.value(11).toString();
    c.decidedBy = q.value(12).toString();
    c.decidedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs).toUTC();
    c.note = q.value(14).toString();
    c.decisionWaiting = q.value(15).toBool();
    return c;
}
} // namespace

ConflictRepository::ConflictRepository(const Database &db, const Session &session,
                                       const AuditTrail *audit)
    : m_db(db), m_session(session), m_audit(audit)
{
}

QString ConflictRepository::scopeFilter() const
{
    // A person not on this device has no node, so only a whole-file session sees it.
    if (m_session.accessScope().code.isEmpty())
        return QStringLiteral("1");
    return QStringLiteral("r.%1 = ?")
        .arg(JurisdictionRepository::scopeColumn(m_session.accessScope().level));
}

QList<SyncConflict> ConflictRepository::list(bool includeResolved, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelect) +
              QStringLiteral("WHERE %1 %2 ORDER BY c.state = 'open' DESC, c.seq DESC")
                  .arg(scopeFilter(),
                       includeResolved ? QString() : QStringLiteral("AND c.state = 'open'")));
    if (!m_session.accessScope().code.isEmpty())
        q.addBindValue(m_session.accessScope().code);
    QList<SyncConflict> out;
    if (!q.exec()) {
        if (error)
            *error = tr("The conflicts cannot be read: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out << conflictFrom(q);
    return out;
}

int ConflictRepository::openCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT count(*) FROM sync_conflict c LEFT JOIN recipient r ON r.id = "
            "COALESCE(c.recipient_id, (SELECT id FROM recipient WHERE id_number = c.id_number)) "
            "WHERE c.state = 'open' AND %1")
            .arg(scopeFilter()));
    if (!m_session.accessScope().code.isEmpty())
        q.addBindValue(m_session.accessScope().code);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<SyncConflict> ConflictRepository::find(const QString &conflictId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE c.id = ? AND %1").arg(scopeFilter()));
    q.addBindValue(conflictId);
    if (!m_session.accessScope().code.isEmpty())
        q.addBindValue(m_session.accessScope().code);
    if (q.exec() && q.next())
        return conflictFrom(q);
    return std::nullopt;
}

QStringList ConflictRepository::decisions(const QString &type)
{
    if (type == QLatin1String("alive-after-death"))
        return {QStringLiteral("death-confirmed"), QStringLiteral("alive-confirmed")};
    if (type == QLatin1String("death-date"))
        return {QStringLiteral("use-date")};
    if (type == QLatin1String("contact-field"))
        return {QStringLiteral("use-value")};
    return {};
}

QString ConflictRepository::decisionName(const QString &decision)
{
    if (decision == QLatin1String("death-confirmed"))
        return tr("Death confirmed: the alive check was wrong");
    if (decision == QLatin1String("alive-confirmed"))
        return tr("Alive confirmed: the death record was wrong");
    if (decision == QLatin1String("use-date"))
        return tr("Keep one date of death");
    if (decision == QLatin1String("use-value"))
        return tr("Keep one value");
    return decision;
}

QString ConflictRepository::typeName(const QString &type)
{
    if (type == QLatin1String("alive-after-death"))
        return tr("Alive check after a recorded death");
    if (type == QLatin1String("death-date"))
        return tr("Different dates of death");
    if (type == QLatin1String("contact-field"))
        return tr("Contact detail changed on two devices");
    return type;
}

QString ConflictRepository::fieldName(const QString &field)
{
    // The contact fields are named as the record form and the timeline name them.
    if (field == ProtocolField::phone)
        return ContactChanges::fieldName(ContactField::Phone);
    if (field == ProtocolField::householdAddress)
        return ContactChanges::fieldName(ContactField::HouseholdAddress);
    if (field == ProtocolField::residenceAddress)
        return ContactChanges::fieldName(ContactField::ResidenceAddress);
    if (field == ProtocolField::residenceType)
        return ContactChanges::fieldName(ContactField::ResidenceType);
    if (field == ProtocolField::deathDate)
        return tr("Date of death");
    if (field == ProtocolField::status)
        return tr("Living status");
    return field;
}

QString ConflictRepository::subjectName(const SyncConflict &c)
{
    if (!c.field.isEmpty())
        return fieldName(c.field);
    if (c.type == QLatin1String("alive-after-death"))
        return fieldName(QStringLiteral("status"));
    if (c.type == QLatin1String("death-date"))
        return fieldName(QStringLiteral("deathDate"));
    return QString();
}

QString ConflictRepository::valueName(const SyncConflict &c, const QString &value)
{
    if (c.type == QLatin1String("alive-after-death")) {
        if (const auto status = VerificationTerms::statusFromKey(value))
            return VerificationTerms::displayName(*status);
    }
    if (c.field == ProtocolField::residenceType && !value.isEmpty())
        return ContactChanges::residenceTypeName(value);
    return value;
}

bool ConflictRepository::resolve(const QString &conflictId, const QString &decision,
                                 const QString &value, const QString &note, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!AccessGate::allows(m_db, m_session, Action::ResolveConflict, AccessTarget::none(), error))
        return false;
    if (!m_audit)
        return fail(tr("A decision cannot be recorded without the audit trail."));
    // Unknown and out-of-node conflicts get the same answer, as ScopeGuard does.
    const std::optional<SyncConflict> conflict = find(conflictId);
    if (!conflict)
        return fail(
            tr("This conflict is not known on this device or is outside your jurisdiction."));
    if (!AccessGate::allows(m_db, m_session, Action::ResolveConflict,
                            AccessTarget::person(conflict->recipientId), error))
        return false;
    if (conflict->state != QLatin1String("open"))
        return fail(tr("This conflict is already resolved."));
    if (conflict->decisionWaiting)
        return fail(tr("A decision on this conflict was already recorded on this device; it is "
                       "sent at the next "
                       "sync."));
    if (!decisions(conflict->type).contains(decision))
        return fail(tr("“%1” is not a decision for this kind of conflict.").arg(decision));
    QString kept;
    if (decision == QLatin1String("use-date")) {
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("Give the date of death to keep (YYYY-MM-DD)."));
        // Either of the two dates or the one a supervisor found, but never a day to come.
        if (date > m_audit->now().toLocalTime().date())
            return fail(tr("A date of death cannot be in the future."));
        kept = date.toString(Qt::ISODate);
    } else if (decision == QLatin1String("use-value")) {
        bool known = false;
        for (const ConflictValue &v : conflict->values)
            known = known || v.value == value;
        if (!known)
            return fail(tr("Choose one of the two values of the conflict."));
        kept = value;
    }

    const QDateTime at = m_audit->now().toUTC();
    QString why;
    const bool ok = inWriteTransaction(m_db, &why, [&] {
        // Re-checked inside the write lock: another window may have decided meanwhile.
        QSqlQuery pending(m_db.connection());
        pending.prepare(QStringLiteral(
            "SELECT count(*) FROM sync_resolution WHERE conflict_id = ? AND state = 'pending'"));
        pending.addBindValue(conflictId);
        if (!pending.exec() || !pending.next() || pending.value(0).toInt() > 0) {
            why = tr("A decision on this conflict was already recorded on this device; it is sent "
                     "at the next sync.");
            return false;
        }
        QSqlQuery insert(m_db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO sync_resolution(uuid, conflict_id, decision, value, note, "
                           "decided_by, decided_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(conflictId);
        insert.addBindValue(decision);
        insert.addBindValue(kept.isEmpty() ? QVariant() : QVariant(kept));
        insert.addBindValue(note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()));
        insert.addBindValue(m_session.user().username);
        insert.addBindValue(at.toString(Qt::ISODateWithMs));
        if (!insert.exec()) {
            why = insert.lastError().text();
            return false;
        }
        // The value itself (a phone number, an address) stays out of the trail.
        const QString detail =
            QStringLiteral("conflict %1 (%2): %3").arg(conflictId, conflict->type, decision);
        return m_audit->recordWithin(m_session, AuditAction::ResolveConflict,
                                     IdNumber::mask(conflict->idNumber), detail, &why);
    });
    if (!ok)
        return fail(tr("The decision was not recorded: %1").arg(why));
    // The decision waits in the outbox, and the person's conflict mark changed.
    if (m_changes)
        m_changes->announce(
            {WorkspaceChange::People | WorkspaceChange::SyncState, {conflict->recipientId}});
    return true;
}

} // namespace certdesk
