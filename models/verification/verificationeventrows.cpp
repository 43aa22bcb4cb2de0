#include "verificationeventrows.h"

#include "domain/isodate.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace certdesk
{

bool VerificationEventRows::append(const QSqlDatabase &c, const VerificationEvent &e, bool outbox,
                                   QString *error)
{
    QSqlQuery ev(c);
    ev.prepare(QStringLiteral(
        "INSERT INTO verification_event(uuid, recipient_id, check_date, occurred_at, recorded_at, "
        "method, living_status, death_date, death_source, loss_reason, worker, note, phone, "
        "household_address, residence_address, residence_type, corrects, batch_id, period_start, "
        "period_end, source, bigdata_month, import_batch, loss_date, release_date, previous_phone, "
        "previous_household_address, previous_residence_address, previous_residence_type) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
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
                              sqlvalue::dateOrNull(e.periodEnd),
                              sqlvalue::textOrNull(e.source),
                              sqlvalue::textOrNull(e.bigDataMonth),
                              sqlvalue::textOrNull(e.importBatch),
                              sqlvalue::dateOrNull(e.lossDate),
                              sqlvalue::dateOrNull(e.releaseDate),
                              sqlvalue::optionalText(e.contact.previous.phone),
                              sqlvalue::optionalText(e.contact.previous.householdAddress),
                              sqlvalue::optionalText(e.contact.previous.residenceAddress),
                              sqlvalue::optionalText(e.contact.previous.residenceType)})
        ev.addBindValue(v);
    if (!sqlvalue::exec(ev, error))
        return false;

    for (const EvidenceLink &link : e.evidence) {
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
        if (!sqlvalue::exec(file, error) || !sqlvalue::exec(use, error))
            return false;
    }
    if (!outbox)
        return true;
    QSqlQuery out(c);
    out.prepare(QStringLiteral(
        "INSERT INTO outbox(event_uuid, state, updated_at) VALUES(?, 'pending', ?)"));
    out.addBindValue(e.uuid);
    out.addBindValue(sqlvalue::utc(e.recordedAt));
    return sqlvalue::exec(out, error);
}

bool VerificationEventRows::exists(const QSqlDatabase &c, const QString &uuid, bool *found,
                                   QString *error)
{
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT 1 FROM verification_event WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!sqlvalue::exec(q, error))
        return false;
    *found = q.next();
    return true;
}

} // namespace certdesk
