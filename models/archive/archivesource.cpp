#include "archivesource.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
QDateTime utcOf(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}
} // namespace

std::optional<JurisdictionNode> ArchiveSource::node(const QString &code) const
{
    return JurisdictionRepository(m_db).find(code);
}

QList<JurisdictionNode> ArchiveSource::children(const QString &code) const
{
    QList<JurisdictionNode> out;
    const QList<JurisdictionNode> all = JurisdictionRepository(m_db).all();
    for (const JurisdictionNode &n : all) {
        if (n.parentCode == code)
            out.append(n);
    }
    return out;
}

std::optional<QList<ArchiveEntry>> ArchiveSource::entries(const JurisdictionNode &node,
                                                          const QDate &month, QString *error) const
{
    return ofMonth(node, month, true, error);
}

std::optional<int> ArchiveSource::countOfMonth(const JurisdictionNode &node, const QDate &month,
                                               QString *error) const
{
    const auto rows = ofMonth(node, month, false, error);
    return rows ? std::optional<int>(int(rows->size())) : std::nullopt;
}

std::optional<QList<ArchiveEntry>> ArchiveSource::ofMonth(const JurisdictionNode &node,
                                                          const QDate &month, bool withEvidence,
                                                          QString *error) const
{
    const QDate first(month.year(), month.month(), 1);
    const QString where = QStringLiteral("r.%1 = ? AND e.check_date BETWEEN ? AND ?")
                              .arg(JurisdictionRepository::scopeColumn(node.level));
    return query(where,
                 {node.code, first.toString(Qt::ISODate),
                  first.addMonths(1).addDays(-1).toString(Qt::ISODate)},
                 withEvidence, error);
}

std::optional<QList<ArchiveEntry>> ArchiveSource::latestChecksOfYear(const JurisdictionNode &node,
                                                                     int year, QString *error) const
{
    // Effective = not corrected by a later event; latest = no effective event of
    // the same person later in the year.
    const QString where =
        QStringLiteral(
            "r.%1 = ? AND e.check_date BETWEEN ? AND ? "
            "AND NOT EXISTS (SELECT 1 FROM verification_event c WHERE c.corrects = e.uuid) "
            "AND NOT EXISTS (SELECT 1 FROM verification_event l WHERE l.recipient_id = "
            "e.recipient_id "
            "  AND l.check_date BETWEEN ? AND ? "
            "  AND NOT EXISTS (SELECT 1 FROM verification_event c2 WHERE c2.corrects = l.uuid) "
            "  AND (l.check_date > e.check_date OR (l.check_date = e.check_date AND l.recorded_at "
            "> e.recorded_at)))")
            .arg(JurisdictionRepository::scopeColumn(node.level));
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year, 12, 31).toString(Qt::ISODate);
    return query(where, {node.code, from, to, from, to}, false, error);
}

std::optional<QList<ArchiveEntry>> ArchiveSource::query(const QString &where,
                                                        const QVariantList &binds,
                                                        bool withEvidence, QString *error) const
{
    const QSqlDatabase c = m_db.connection();
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.uuid, e.recipient_id, r.name, r.id_number, "
                             "r.community_code, j.name, e.check_date, "
                             "e.occurred_at, e.recorded_at, e.method, e.living_status, "
                             "e.death_date, e.death_source, "
                             "e.loss_reason, e.worker, e.note, e.corrects, e.batch_id, "
                             "e.period_start, e.period_end, r.street_code "
                             "FROM verification_event e JOIN recipient r ON r.id = e.recipient_id "
                             "JOIN jurisdiction j ON j.code = r.community_code WHERE %1 "
                             "ORDER BY r.community_code, e.check_date, e.occurred_at, e.uuid")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = tr("Reading the recorded checks failed: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<ArchiveEntry> out;
    while (q.next()) {
        ArchiveEntry e;
        e.uuid = q.value(0).toString();
        e.recipientId = q.value(1).toLongLong();
        e.name = q.value(2).toString();
        e.idNumber = q.value(3).toString();
        e.communityCode = q.value(4).toString();
        e.communityName = q.value(5).toString();
        e.checkDate = sqlvalue::date(q.value(6));
        e.occurredAt = utcOf(q.value(7));
        e.recordedAt = utcOf(q.value(8));
        e.method = q.value(9).toString();
        e.status = q.value(10).toString();
        e.deathDate = sqlvalue::date(q.value(11));
        e.deathSource = q.value(12).toString();
        e.lossReason = q.value(13).toString();
        e.worker = q.value(14).toString();
        e.note = q.value(15).toString();
        e.corrects = q.value(16).toString();
        e.batchId = q.value(17).toString();
        e.periodStart = sqlvalue::date(q.value(18));
        e.periodEnd = sqlvalue::date(q.value(19));
        e.streetCode = q.value(20).toString();
        out.append(e);
    }
    if (!withEvidence)
        return out;
    QSqlQuery files(c);
    files.prepare(QStringLiteral(
        "SELECT x.kind, f.sha256, f.original_name, f.format, f.captured_at, f.has_original "
        "FROM event_evidence x JOIN evidence f ON f.sha256 = x.sha256 WHERE x.event_uuid = ? "
        "ORDER BY f.added_at, f.original_name"));
    for (ArchiveEntry &e : out) {
        files.bindValue(0, e.uuid);
        if (!files.exec()) {
            if (error)
                *error = tr("Reading the evidence list failed: %1").arg(files.lastError().text());
            return std::nullopt;
        }
        while (files.next()) {
            ArchiveEvidence f;
            f.kind = files.value(0).toString();
            f.sha256 = files.value(1).toString();
            f.originalName = files.value(2).toString();
            f.format = files.value(3).toString();
            f.capturedAt = QDateTime::fromString(files.value(4).toString(), Qt::ISODate);
            f.hasOriginal = files.value(5).toBool();
            e.evidence.append(f);
        }
    }
    return out;
}

} // namespace certdesk
