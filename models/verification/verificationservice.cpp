#include "verificationservice.h"

#include "security/accessgate.h"
#include "workspace/workspacechanges.h"

#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "faulthooks.h"
#include "logging.h"
#include "security/scopeguard.h"
#include "store/database.h"
#include "store/personstate.h"
#include "store/recipientrepository.h"
#include "store/sqlvalues.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk
{

namespace
{

// A status after which the person no longer has a running period: they leave the
// expiry ledgers and wait for the lifecycle steps (suspension, stop, recovery).
bool endsPeriod(const QString &status)
{
    return status != QLatin1String("alive") && status != QLatin1String("unreachable");
}

} // namespace

VerificationService::VerificationService(const Database &db, const PolicyProfile &profile,
                                         const EvidenceStore &evidence, const Session &session)
    : m_db(db), m_profile(profile), m_evidence(evidence), m_session(session),
      m_audit(db, profile, WorkingCalendar::builtin())
{
}

QString VerificationService::refusal(const QList<const VerificationEvent *> &events) const
{
    // Role and duty (recording is the duty "certify") through the one gate.
    for (const VerificationEvent *e : events) {
        const Action action = !e->corrects.isEmpty()  ? Action::CorrectCheck
                              : !e->batchId.isEmpty() ? Action::BatchPass
                                                      : Action::RecordCheck;
        const QString refused = AccessGate::refusal(m_profile, m_session, action);
        if (!refused.isEmpty())
            return refused;
    }
    return {};
}

QString VerificationService::phoneProblem(const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression landline(
        QStringLiteral("^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,5})?$"));
    QString p = phone.trimmed();
    p.remove(QLatin1Char(' '));
    if (p.isEmpty() || mobile.match(p).hasMatch() || landline.match(p).hasMatch())
        return {};
    if (p.startsWith(QLatin1Char('1')))
        return tr("The mobile number %1 is not valid: it must have 11 digits starting with 13-19.")
            .arg(phone);
    return tr("The phone number %1 is not valid: give a mobile number (11 digits starting with 1) "
              "or a landline with its area code, e.g. 0532-88886666.")
        .arg(phone);
}

QString VerificationService::check(const VerificationEvent &e, const Recipient &person) const
{
    const QDate today = m_today;
    if (!e.checkDate.isValid())
        return tr("Give the date of the check.");
    if (e.checkDate > today)
        return tr("The date of the check (%1) is in the future.").arg(isoDate(e.checkDate));
    if (person.birth.isValid() && e.checkDate < person.birth)
        return tr("The date of the check (%1) is before the person's birth.")
            .arg(isoDate(e.checkDate));
    if (e.worker.trimmed().isEmpty())
        return tr("A check must name the worker who did it.");
    // A sealed account is read-only (RULES.md §5) until it is unsealed with approval.
    if (person.benefitStatus == QLatin1String("sealed"))
        return tr("%1's account is sealed: unseal it with approval before recording a check.")
            .arg(person.name);
    for (const EvidenceLink &link : e.evidence) {
        if (!m_evidence.contains(link.item.sha256))
            return tr("The evidence file %1 is not in the evidence store; add it again.")
                .arg(link.item.originalName);
    }
    switch (e.status) {
    case LivingStatus::Alive:
        if (e.evidence.isEmpty())
            return tr("A person confirmed alive needs at least one evidence item (a photo of the "
                      "person, the ID card or a signed form).");
        break;
    case LivingStatus::Deceased:
        if (!e.deathDate.isValid())
            return tr("Give the date of death.");
        if (e.deathDate > e.checkDate)
            return tr("The date of death (%1) cannot be after the date of the check (%2).")
                .arg(isoDate(e.deathDate), isoDate(e.checkDate));
        if (person.birth.isValid() && e.deathDate < person.birth)
            return tr("The date of death (%1) cannot be before the date of birth (%2).")
                .arg(isoDate(e.deathDate), isoDate(person.birth));
        break;
    case LivingStatus::OtherLoss:
        if (e.lossReason.trimmed().isEmpty())
            return tr("Say why the person lost eligibility.");
        break;
    default:
        break;
    }
    if (e.method == VerificationMethod::Proxy) {
        const bool hasPower =
            std::any_of(e.evidence.cbegin(), e.evidence.cend(), [](const EvidenceLink &l) {
                return l.kind == EvidenceKind::PowerOfAttorney;
            });
        if (!hasPower)
            return tr("A check through a relative needs a photo of the power of attorney.");
    }
    if (e.contact.phone) {
        const QString problem = phoneProblem(*e.contact.phone);
        if (!problem.isEmpty())
            return problem;
    }
    if (e.contact.residenceType &&
        !QStringList{QStringLiteral("local"), QStringLiteral("domestic"), QStringLiteral("abroad")}
             .contains(*e.contact.residenceType))
        return tr("Unknown residence type '%1'.").arg(*e.contact.residenceType);
    if (m_profile.requiresCompleteContact()) {
        const QString phone = e.contact.phone.value_or(person.phone).trimmed();
        const QString household =
            e.contact.householdAddress.value_or(person.householdAddress).trimmed();
        const QString residence =
            e.contact.residenceAddress.value_or(person.residenceAddress).trimmed();
        if (phone.isEmpty() || household.isEmpty() || residence.isEmpty())
            return tr("Under the %1 rules a check is saved only with the phone, the household "
                      "address and the residence address complete.")
                .arg(m_profile.displayName());
    }
    return {};
}

bool VerificationService::record(VerificationEvent &e, QString *error) const
{
    return recordAll({&e}, error);
}

bool VerificationService::recordMany(QList<VerificationEvent> &events, QString *error) const
{
    if (events.isEmpty()) {
        if (error)
            *error = tr("There is nothing to save.");
        return false;
    }
    QList<VerificationEvent *> pointers;
    for (VerificationEvent &e : events)
        pointers << &e;
    return recordAll(pointers, error);
}

bool VerificationService::recordBatch(const QList<qint64> &recipientIds,
                                      const VerificationEvent &pattern,
                                      QList<VerificationEvent> *saved, QString *error) const
{
    if (!m_profile.allowsBatchPass()) {
        if (error)
            *error = tr("Batch pass is not allowed under the %1 rules; record each person's check.")
                         .arg(m_profile.displayName());
        return false;
    }
    if (recipientIds.isEmpty()) {
        if (error)
            *error = tr("Select the people to pass.");
        return false;
    }
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<VerificationEvent> events;
    for (qint64 id : recipientIds) {
        VerificationEvent e = pattern;
        e.uuid.clear();
        e.recipientId = id;
        e.batchId = batch;
        events << e;
    }
    QList<VerificationEvent *> pointers;
    for (VerificationEvent &e : events)
        pointers << &e;
    if (!recordAll(pointers, error))
        return false;
    if (saved)
        *saved = events;
    return true;
}

bool VerificationService::recordAll(const QList<VerificationEvent *> &events, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Every check is validated before anything is written: one bad row refuses
    // the whole batch, naming the person.
    const QString refused =
        refusal(QList<const VerificationEvent *>(events.cbegin(), events.cend()));
    if (!refused.isEmpty())
        return fail(refused);
    RecipientRepository repo(m_db, m_profile);
    QList<Recipient> people;
    for (VerificationEvent *e : events) {
        const auto detail = repo.detail(e->recipientId);
        if (detail && !m_session.covers(detail->recipient))
            return fail(m_session.outsideScope());
        if (!detail)
            return fail(tr("No recipient with id %1.").arg(e->recipientId));
        const QString problem = check(*e, detail->recipient);
        if (!problem.isEmpty())
            return fail(events.size() == 1
                            ? problem
                            : tr("%1 (%2): %3")
                                  .arg(detail->recipient.name,
                                       IdNumber::mask(detail->recipient.idNumber), problem));
        people << detail->recipient;
        if (e->uuid.isEmpty())
            e->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e->recordedAt = QDateTime::currentDateTimeUtc();
        if (!e->occurredAt.isValid())
            e->occurredAt = QDateTime(e->checkDate, QTime(12, 0));
    }
    QString why;
    if (!m_db.beginWrite(&why))
        return fail(why);
    PersonState state(m_db, m_profile);
    for (int i = 0; i < events.size(); ++i) {
        const VerificationEvent &e = *events.at(i);
        const AuditAction action = !e.corrects.isEmpty()  ? AuditAction::Correction
                                   : !e.batchId.isEmpty() ? AuditAction::BatchPass
                                                          : AuditAction::Record;
        const QString detail = QStringLiteral("%1 %2 %3 %4")
                                   .arg(e.uuid, VerificationTerms::key(e.status),
                                        VerificationTerms::key(e.method), e.corrects)
                                   .trimmed();
        if (!writeEvent(*events.at(i), state, why) ||
            !m_audit.recordWithin(m_session, action, IdNumber::mask(people.at(i).idNumber), detail,
                                  &why)) {
            m_db.rollback();
            qCWarning(lcStore) << "recording a check failed:" << why;
            return fail(tr("The check was not saved: %1").arg(why));
        }
    }
    // Fault injection for the crash-safety test (test builds only): die exactly
    // between the written files and the commit, the worst moment for a save.
    FaultHooks::beforeCheckCommit();
    FaultHooks::killPoint(events.size() > 1 ? "batch-before-commit" : "check-before-commit");
    if (!m_db.commit(&why))
        return fail(tr("The check was not saved: %1").arg(why));
    if (m_changes) {
        QList<qint64> ids;
        for (const VerificationEvent *e : events)
            ids << e->recipientId;
        m_changes->checksRecorded(ids);
    }
    return true;
}

// Appends one event with its evidence and outbox rows and updates the person's
// derived state. Runs inside the caller's transaction.
bool VerificationService::writeEvent(VerificationEvent &e, PersonState &state, QString &why) const
{
    const QSqlDatabase c = m_db.connection();
    if (!e.corrects.isEmpty()) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT recipient_id FROM verification_event WHERE uuid = ?"));
        q.addBindValue(e.corrects);
        if (!sqlvalue::exec(q, &why))
            return false;
        if (!q.next() || q.value(0).toLongLong() != e.recipientId) {
            why = tr("The event to correct (%1) is not one of this person's.").arg(e.corrects);
            return false;
        }
    }

    // The person's derived state with this event counted (PersonState, the one
    // writer of it), worked out before the event row is written so the row can
    // keep the period it gave (rows cannot be updated afterwards).
    PendingCheck pending{e.uuid,
                         e.corrects,
                         e.checkDate,
                         e.occurredAt,
                         e.recordedAt,
                         VerificationTerms::key(e.status),
                         {e.contact.phone, e.contact.householdAddress, e.contact.residenceAddress,
                          e.contact.residenceType}};
    CheckColumns derived;
    if (!state.applyCheck(e.recipientId, pending, &derived, &why))
        return false;
    if (e.status == LivingStatus::Alive && !endsPeriod(derived.livingStatus)) {
        e.periodStart = derived.periodStart;
        e.periodEnd = derived.periodEnd;
    }
    QSqlQuery ev(c);
    ev.prepare(QStringLiteral(
        "INSERT INTO verification_event(uuid, recipient_id, check_date, occurred_at, recorded_at, "
        "method, living_status, death_date, death_source, loss_reason, worker, note, phone, "
        "household_address, residence_address, residence_type, corrects, batch_id, period_start, "
        "period_end) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(e.uuid),
                              QVariant(e.recipientId),
                              QVariant(isoDate(e.checkDate)),
                              QVariant(sqlvalue::utc(e.occurredAt)),
                              QVariant(sqlvalue::utc(e.recordedAt)),
                              QVariant(VerificationTerms::key(e.method)),
                              QVariant(VerificationTerms::key(e.status)),
                              sqlvalue::dateOrNull(e.deathDate),
                              sqlvalue::textOrNull(e.deathSource),
                              sqlvalue::textOrNull(e.lossReason),
                              QVariant(e.worker),
                              sqlvalue::textOrNull(e.note),
                              sqlvalue::optionalText(e.contact.phone),
                              sqlvalue::optionalText(e.contact.householdAddress),
                              sqlvalue::optionalText(e.contact.residenceAddress),
                              sqlvalue::optionalText(e.contact.residenceType),
                              sqlvalue::textOrNull(e.corrects),
                              sqlvalue::textOrNull(e.batchId),
                              sqlvalue::dateOrNull(e.periodStart),
                              sqlvalue::dateOrNull(e.periodEnd)})
        ev.addBindValue(v);
    if (!sqlvalue::exec(ev, &why))
        return false;

    for (const EvidenceLink &link : std::as_const(e.evidence)) {
        const EvidenceItem &item = link.item;
        QSqlQuery file(c);
        file.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO evidence(sha256, original_name, format, width, "
            "height, bytes, captured_at, has_original, added_at) VALUES(?,?,?,?,?,?,?,?,?)"));
        for (const QVariant &v :
             {QVariant(item.sha256), QVariant(item.originalName), QVariant(item.format),
              QVariant(item.width), QVariant(item.height), QVariant(item.bytes),
              item.capturedAt.isValid() ? QVariant(item.capturedAt.toString(Qt::ISODate))
                                        : QVariant(),
              QVariant(item.hasOriginal ? 1 : 0), QVariant(sqlvalue::utc(e.recordedAt))})
            file.addBindValue(v);
        QSqlQuery use(c);
        use.prepare(
            QStringLiteral("INSERT INTO event_evidence(event_uuid, sha256, kind) VALUES(?,?,?)"));
        use.addBindValue(e.uuid);
        use.addBindValue(item.sha256);
        use.addBindValue(VerificationTerms::key(link.kind));
        if (!sqlvalue::exec(file, &why) || !sqlvalue::exec(use, &why))
            return false;
    }

    QSqlQuery out(c);
    out.prepare(QStringLiteral(
        "INSERT INTO outbox(event_uuid, state, updated_at) VALUES(?, 'pending', ?)"));
    out.addBindValue(e.uuid);
    out.addBindValue(sqlvalue::utc(e.recordedAt));
    if (!sqlvalue::exec(out, &why))
        return false;

    // A recorded check closes the person's open home-visit requests.
    QSqlQuery visits(c);
    visits.prepare(QStringLiteral("UPDATE visit_request SET status = 'done', closed_by = ? "
                                  "WHERE recipient_id = ? AND status = 'open'"));
    visits.addBindValue(e.uuid);
    visits.addBindValue(e.recipientId);
    if (!sqlvalue::exec(visits, &why))
        return false;
    return true;
}

int VerificationService::removeOrphanEvidence(const Database &db, EvidenceStore &store,
                                              int minimumAgeSeconds)
{
    // The cut-off is taken before the list of referenced files is read: a file
    // written after the read is younger than the cut-off and is kept.
    const QDateTime notAfter = QDateTime::currentDateTime().addSecs(-qMax(0, minimumAgeSeconds));
    QSet<QString> referenced;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM evidence")))
        return 0; // without the list nothing can be judged an orphan
    while (q.next())
        referenced.insert(q.value(0).toString());
    const int removed =
        store.removeOrphans(referenced, minimumAgeSeconds > 0 ? notAfter : QDateTime());
    if (removed > 0)
        qCInfo(lcStore) << "removed" << removed << "evidence files of interrupted saves";
    return removed;
}

QList<VerificationEvent> VerificationService::events(qint64 recipientId) const
{
    QList<VerificationEvent> out;
    // The timeline's history: shown only when the gate lets this session see the person.
    if (!AccessGate::allows(m_db, m_profile, m_session, Action::ViewLists,
                            AccessTarget::person(recipientId)))
        return out;
    const QSqlDatabase c = m_db.connection();
    QSqlQuery q(c);
    q.prepare(QStringLiteral(
        "SELECT uuid, check_date, occurred_at, recorded_at, method, living_status, death_date, "
        "death_source, loss_reason, worker, note, phone, household_address, residence_address, "
        "residence_type, corrects, batch_id, period_start, period_end FROM verification_event "
        "WHERE recipient_id = ? "
        "ORDER BY check_date DESC, occurred_at DESC, recorded_at DESC"));
    q.addBindValue(recipientId);
    if (!q.exec())
        return out;
    QSqlQuery files(c);
    files.prepare(QStringLiteral(
        "SELECT x.kind, f.sha256, f.original_name, f.format, f.width, f.height, f.bytes, "
        "f.captured_at, f.has_original FROM event_evidence x JOIN evidence f ON f.sha256 = "
        "x.sha256 "
        "WHERE x.event_uuid = ? ORDER BY f.added_at, f.original_name"));
    auto optional = [](const QVariant &v) {
        return v.isNull() ? std::optional<QString>() : std::optional<QString>(v.toString());
    };
    while (q.next()) {
        VerificationEvent e;
        e.uuid = q.value(0).toString();
        e.recipientId = recipientId;
        e.checkDate = sqlvalue::date(q.value(1));
        e.occurredAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.recordedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.method = VerificationTerms::methodFromKey(q.value(4).toString())
                       .value_or(VerificationMethod::Window);
        e.status =
            VerificationTerms::statusFromKey(q.value(5).toString()).value_or(LivingStatus::Alive);
        e.deathDate = sqlvalue::date(q.value(6));
        e.deathSource = q.value(7).toString();
        e.lossReason = q.value(8).toString();
        e.worker = q.value(9).toString();
        e.note = q.value(10).toString();
        e.contact.phone = optional(q.value(11));
        e.contact.householdAddress = optional(q.value(12));
        e.contact.residenceAddress = optional(q.value(13));
        e.contact.residenceType = optional(q.value(14));
        e.corrects = q.value(15).toString();
        e.batchId = q.value(16).toString();
        e.periodStart = sqlvalue::date(q.value(17));
        e.periodEnd = sqlvalue::date(q.value(18));
        files.bindValue(0, e.uuid);
        if (files.exec()) {
            while (files.next()) {
                EvidenceLink link;
                link.kind = VerificationTerms::evidenceKindFromKey(files.value(0).toString())
                                .value_or(EvidenceKind::Other);
                link.item.sha256 = files.value(1).toString();
                link.item.originalName = files.value(2).toString();
                link.item.format = files.value(3).toString();
                link.item.width = files.value(4).toInt();
                link.item.height = files.value(5).toInt();
                link.item.bytes = files.value(6).toLongLong();
                link.item.capturedAt =
                    QDateTime::fromString(files.value(7).toString(), Qt::ISODate);
                link.item.hasOriginal = files.value(8).toInt() != 0;
                e.evidence << link;
            }
        }
        out << e;
    }
    return out;
}

} // namespace certdesk
