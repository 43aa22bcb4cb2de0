#include "verificationeventrows.h"

#include "domain/isodate.h"
#include "store/sqlitestatement.h"
#include "store/sqlvalues.h"

namespace certdesk
{

VerificationEventRows::VerificationEventRows(const QSqlDatabase &connection)
    : m_connection(connection)
{
}

VerificationEventRows::~VerificationEventRows() = default;

SqliteStatement &VerificationEventRows::statement(std::unique_ptr<SqliteStatement> &slot,
                                                  const QString &sql)
{
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_connection, sql);
    return *slot;
}

bool VerificationEventRows::append(const QSqlDatabase &c, const VerificationEvent &e, bool outbox,
                                   QString *error)
{
    VerificationEventRows rows(c);
    return rows.write(e, outbox, error);
}

bool VerificationEventRows::exists(const QSqlDatabase &c, const QString &uuid, bool *found,
                                   QString *error)
{
    VerificationEventRows rows(c);
    return rows.contains(uuid, found, error);
}

bool VerificationEventRows::write(const VerificationEvent &e, bool outbox, QString *error)
{
    SqliteStatement &ev = statement(
        m_event,
        QStringLiteral(
            "INSERT INTO verification_event(uuid, recipient_id, check_date, occurred_at, "
            "recorded_at, "
            "method, living_status, death_date, death_source, loss_reason, worker, note, phone, "
            "household_address, residence_address, residence_type, corrects, batch_id, "
            "period_start, "
            "period_end, source, bigdata_month, import_batch, loss_date, release_date, "
            "previous_phone, "
            "previous_household_address, previous_residence_address, previous_residence_type) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ev.run({QVariant(e.uuid),
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
                 sqlvalue::optionalText(e.contact.previous.residenceType)},
                error))
        return false;

    for (const EvidenceLink &link : e.evidence) {
        const EvidenceItem &item = link.item;
        SqliteStatement &file = statement(
            m_file,
            QStringLiteral("INSERT OR IGNORE INTO evidence(sha256, original_name, format, width, "
                           "height, bytes, captured_at, has_original, added_at) "
                           "VALUES(?,?,?,?,?,?,?,?,?)"));
        SqliteStatement &use = statement(
            m_use,
            QStringLiteral("INSERT INTO event_evidence(event_uuid, sha256, kind) VALUES(?,?,?)"));
        if (!file.run({QVariant(item.sha256), QVariant(item.originalName), QVariant(item.format),
                       QVariant(item.width), QVariant(item.height), QVariant(item.bytes),
                       item.capturedAt.isValid() ? QVariant(item.capturedAt.toString(Qt::ISODate))
                                                 : QVariant(),
                       QVariant(item.hasOriginal ? 1 : 0), QVariant(sqlvalue::utc(e.recordedAt))},
                      error) ||
            !use.run({e.uuid, item.sha256, VerificationTerms::key(link.kind)}, error))
            return false;
    }
    if (!outbox)
        return true;
    SqliteStatement &out = statement(
        m_outbox, QStringLiteral(
                      "INSERT INTO outbox(event_uuid, state, updated_at) VALUES(?, 'pending', ?)"));
    return out.run({e.uuid, sqlvalue::utc(e.recordedAt)}, error);
}

bool VerificationEventRows::contains(const QString &uuid, bool *found, QString *error)
{
    SqliteStatement &q =
        statement(m_exists, QStringLiteral("SELECT 1 FROM verification_event WHERE uuid = ?"));
    if (!q.select({uuid}, error))
        return false;
    *found = q.next();
    q.finish();
    return true;
}

} // namespace certdesk
