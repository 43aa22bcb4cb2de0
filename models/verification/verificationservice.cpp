#include "verificationservice.h"

#include "security/accessgate.h"
#include "workspace/workspacechanges.h"

#include "checkapprovals.h"
#include "contactchanges.h"
#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "domain/safetext.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "faulthooks.h"
#include "logging.h"
#include "security/scopeguard.h"
#include "store/database.h"
#include "store/personstate.h"
#include "store/recipientrepository.h"
#include "store/sqlvalues.h"
#include "verificationeventrows.h"

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
      m_audit(db, profile, profile.calendar())
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

QString VerificationService::lossDatesProblem(const VerificationEvent &e,
                                              const Recipient &person) const
{
    const QString stated = statedDatesProblem(e, person);
    if (!stated.isEmpty() || !e.releaseDate.isValid())
        return stated;
    const QDate imprisoned = imprisonmentDate(m_db, e.recipientId);
    if (!imprisoned.isValid() || e.releaseDate < imprisoned)
        return tr("The date of release (%1) needs an imprisonment recorded before it.")
            .arg(isoDate(e.releaseDate));
    return {};
}

QString VerificationService::statedDatesProblem(const VerificationEvent &e, const Recipient &person)
{
    // UR 七(六)2: 核实丧失领取待遇资格的原因和时间 — the time of the loss as a date.
    if (e.lossDate.isValid()) {
        if (e.status == LivingStatus::Alive || e.status == LivingStatus::Unreachable)
            return tr("A date of loss belongs to a check that found a loss of eligibility.");
        if (e.lossDate > e.checkDate)
            return tr("The date of the loss (%1) cannot be after the date of the check (%2).")
                .arg(isoDate(e.lossDate), isoDate(e.checkDate));
        if (person.birth.isValid() && e.lossDate < person.birth)
            return tr("The date of the loss (%1) cannot be before the date of birth (%2).")
                .arg(isoDate(e.lossDate), isoDate(person.birth));
    }
    if (!e.releaseDate.isValid())
        return {};
    if (e.status != LivingStatus::Alive)
        return tr("A date of release belongs to a check that finds the person back.");
    if (e.releaseDate > e.checkDate)
        return tr("The date of release (%1) cannot be after the date of the check (%2).")
            .arg(isoDate(e.releaseDate), isoDate(e.checkDate));
    return {};
}

QDate VerificationService::imprisonmentDate(const Database &db, qint64 recipientId)
{
    // The latest effective check that found the person imprisoned: its date of
    // imprisonment when given, else the date of the check.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(loss_date, check_date) FROM verification_event e WHERE recipient_id = ? "
        "AND living_status = 'imprisoned' AND NOT EXISTS (SELECT 1 FROM verification_event c "
        "WHERE c.corrects = e.uuid) ORDER BY check_date DESC, occurred_at DESC LIMIT 1"));
    q.addBindValue(recipientId);
    return q.exec() && q.next() ? sqlvalue::date(q.value(0)) : QDate();
}

QString VerificationService::check(const VerificationEvent &e, const Recipient &person) const
{
    // The dates of a loss or release first: their message is more specific than the
    // evidence rules below.
    if (e.checkDate.isValid()) {
        const QString dates = lossDatesProblem(e, person);
        if (!dates.isEmpty())
            return dates;
    }
    const QString problem = ruleProblem(m_profile, m_today, e, person);
    if (!problem.isEmpty())
        return problem;
    for (const EvidenceLink &link : e.evidence) {
        if (!m_evidence.contains(link.item.sha256))
            return tr("The evidence file %1 is not in the evidence store; add it again.")
                .arg(link.item.originalName);
    }
    // Only here, not in ruleProblem: a pulled big-data event is the server's ingest.
    if (e.method == VerificationMethod::BigData)
        return tr("A big-data certification comes only from an imported comparison result.");
    return {};
}

QString VerificationService::ruleProblem(const PolicyProfile &profile, const QDate &today,
                                         const VerificationEvent &e, const Recipient &person)
{
    if (!e.checkDate.isValid())
        return tr("Give the date of the check.");
    if (e.checkDate > today)
        return tr("The date of the check (%1) is in the future.").arg(isoDate(e.checkDate));
    if (person.birth.isValid() && e.checkDate < person.birth)
        return tr("The date of the check (%1) is before the person's birth.")
            .arg(isoDate(e.checkDate));
    if (e.worker.trimmed().isEmpty())
        return tr("A check must name the worker who did it.");
    // No seed accepts a phone call as a certification; QD 21 uses the phone to remind
    // people to certify (log it as a contact instead).
    if (e.method == VerificationMethod::Phone)
        return tr("A phone call is not a certification under any region's rules (QD 21: "
                  "phone calls are reminders). Log it as a contact attempt instead.");
    // The name is shown on other desks: one line of plain text (issue 16).
    if (const QString unsafe = SafeText::nameProblem(QStringLiteral("worker"), e.worker);
        !unsafe.isEmpty())
        return unsafe;
    // A sealed account is read-only (RULES.md §5) until it is unsealed with approval.
    if (person.benefitStatus == QLatin1String("sealed"))
        return tr("%1's account is sealed: unseal it with approval before recording a check.")
            .arg(person.name);
    switch (e.status) {
    case LivingStatus::Alive:
        // A big-data result certifies without a photo (QD 13-14, GD 14: 视同认证).
        if (e.evidence.isEmpty() && e.method != VerificationMethod::BigData)
            return tr("A person confirmed alive needs at least one evidence item (a photo of the "
                      "person, the ID card or a signed form).");
        if (e.method == VerificationMethod::Window || e.method == VerificationMethod::HomeVisit) {
            // GD 22: 留存待遇领取人员本人照片及有效证件照片.
            QStringList missing;
            for (const QString &kind : profile.onSiteEvidenceKinds()) {
                const auto k = VerificationTerms::evidenceKindFromKey(kind);
                const bool has =
                    k && std::any_of(e.evidence.cbegin(), e.evidence.cend(),
                                     [&](const EvidenceLink &l) { return l.kind == *k; });
                if (!has)
                    missing << (k ? VerificationTerms::displayName(*k) : kind);
            }
            if (!missing.isEmpty())
                return tr("Under the %1 rules (%2) an on-site or home check keeps a photo of the "
                          "person and of the ID card; missing: %3.")
                    .arg(profile.displayName(), profile.ruleCite(QStringLiteral("onSiteEvidence")),
                         missing.join(QStringLiteral(", ")));
        }
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
    if (e.method == VerificationMethod::Proxy && profile.inPersonOnly())
        return tr("Under the %1 rules (%2) a check is made with the person in person only; a "
                  "check through a relative is not accepted.")
            .arg(profile.displayName(), profile.ruleCite(QStringLiteral("inPersonOnly")));
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
    if (profile.requiresCompleteContact()) {
        const QString phone = e.contact.phone.value_or(person.phone).trimmed();
        const QString household =
            e.contact.householdAddress.value_or(person.householdAddress).trimmed();
        const QString residence =
            e.contact.residenceAddress.value_or(person.residenceAddress).trimmed();
        if (phone.isEmpty() || household.isEmpty() || residence.isEmpty())
            return tr("Under the %1 rules a check is saved only with the phone, the household "
                      "address and the residence address complete.")
                .arg(profile.displayName());
    }
    return {};
}

bool VerificationService::record(VerificationEvent &e, QString *error) const
{
    return recordAll({&e}, error);
}

bool VerificationService::recordMany(QList<VerificationEvent> &events, QString *error) const
{
    if (!m_profile.allowsPaperRegister()) {
        // GD 5: 取消批量认证方式, 不再填报批量认证表.
        if (error)
            *error = tr("Under the %1 rules (%2) batch certification tables are abolished; "
                        "record each person's check.")
                         .arg(m_profile.displayName(),
                              m_profile.ruleCite(QStringLiteral("batchCertificationAbolished")));
        return false;
    }
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
    QStringList crossCommunity; // per event: the person's community when outside the scope
    for (VerificationEvent *e : events) {
        const auto detail = repo.detail(e->recipientId);
        const bool outside = detail && !m_session.covers(detail->recipient);
        // ZB 三(一), 五(一): every office records a walk-in from another community (a
        // new window check, not a correction or batch); the audit entry says so.
        if (outside && (!m_profile.walkInAnyOffice() || e->method != VerificationMethod::Window ||
                        !e->corrects.isEmpty() || !e->batchId.isEmpty()))
            return fail(m_session.outsideScope());
        crossCommunity << (outside ? detail->recipient.communityCode : QString());
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
        // What each changed contact field held, so the timeline can say old -> new.
        ContactChanges::rememberPrevious(e->contact, detail->recipient);
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
        QString detail = QStringLiteral("%1 %2 %3 %4")
                             .arg(e.uuid, VerificationTerms::key(e.status),
                                  VerificationTerms::key(e.method), e.corrects)
                             .trimmed();
        if (!crossCommunity.at(i).isEmpty()) // ZB 三(一): a walk-in from another community
            detail += QStringLiteral(" cross-community %1").arg(crossCommunity.at(i));
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
                          e.contact.residenceType},
                         VerificationTerms::key(e.method)};
    CheckColumns derived;
    if (!state.applyCheck(e.recipientId, pending, &derived, &why))
        return false;
    if (e.status == LivingStatus::Alive && !endsPeriod(derived.livingStatus)) {
        e.periodStart = derived.periodStart;
        e.periodEnd = derived.periodEnd;
    }
    // The event, its evidence and outbox rows; GD 21-22: on-site and home checks
    // wait for the county's approval.
    if (!VerificationEventRows::append(c, e, true, &why) ||
        !CheckApprovals::queue(c, m_profile, e.uuid, VerificationTerms::key(e.method), e.checkDate,
                               &why))
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
        "death_source, loss_reason, worker, verification_event.note, phone, household_address, "
        "residence_address, "
        "residence_type, corrects, batch_id, period_start, period_end, source, bigdata_month, "
        "import_batch, loss_date, release_date, previous_phone, previous_household_address, "
        "previous_residence_address, previous_residence_type, a.state, a.decided_by, a.note "
        "FROM verification_event LEFT JOIN check_approval a ON a.event_uuid = uuid "
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
        e.source = q.value(19).toString();
        e.bigDataMonth = q.value(20).toString();
        e.importBatch = q.value(21).toString();
        e.lossDate = sqlvalue::date(q.value(22));
        e.releaseDate = sqlvalue::date(q.value(23));
        e.contact.previous = {optional(q.value(24)), optional(q.value(25)), optional(q.value(26)),
                              optional(q.value(27))};
        e.county = {q.value(28).toString(), q.value(29).toString(), q.value(30).toString()};
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
