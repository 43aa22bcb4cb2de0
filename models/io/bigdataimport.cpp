#include "bigdataimport.h"

#include "faulthooks.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/workingcalendar.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "store/database.h"
#include "store/personstate.h"
#include "store/sqlitestatement.h"
#include "verification/bigdatacertification.h"
#include "verification/verificationeventrows.h"
#include "workspace/workspacechanges.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace certdesk
{

ImportPlan BigDataImport::validate(const ReadTable &table, const ImportMapping &mapping,
                                   const QDate &today) const
{
    ImportPlan plan;
    plan.rows = int(table.rows.size());
    // The checks that need no roster are shared with the district server.
    const BigDataRows read =
        readBigDataRows(table, mapping, today.toString(QStringLiteral("yyyy-MM")));
    plan.problems = read.problems;
    auto header = [&](int col) { return table.headers.value(col); };
    SqliteStatement q(m_db.connection(),
                      QStringLiteral("SELECT id, name, bigdata_rank, bigdata_detail, "
                                     "bigdata_source, bigdata_month FROM recipient WHERE "
                                     "id_number = ?"));
    VerificationEventRows events(m_db.connection());
    for (const BigDataRow &row : read.rows) {
        QString lookupError;
        const bool found = q.select({row.idNumber}, &lookupError) && q.next();
        if (!found && lookupError.isEmpty())
            lookupError = q.error();
        if (!lookupError.isEmpty()) {
            // The roster could not be read: said as such, not as an unknown
            // person; the rows after it would fail alike.
            plan.problems.append(
                {row.row, header(mapping.idNumber),
                 tr("the roster could not be read (%1), so the file cannot be checked and "
                    "nothing was changed; if this happens again, restore the database from a "
                    "backup")
                     .arg(lookupError)});
            break;
        }
        if (!found) {
            plan.problems.append({row.row, header(mapping.idNumber),
                                  tr("unknown person: %1 is not in the roster").arg(row.maskedId)});
            continue;
        }
        if (mapping.name >= 0 && !row.name.isEmpty() && row.name != q.value(1).toString()) {
            plan.problems.append({row.row, header(mapping.name),
                                  tr("name %1 does not match the roster's %2 for %3")
                                      .arg(row.name, q.value(1).toString(), row.maskedId)});
            continue;
        }
        ImportChange change{row.row,
                            q.value(0).toLongLong(),
                            BigDataConclusions::rank(row.conclusion),
                            row.detail,
                            row.source,
                            row.month,
                            row.idNumber,
                            row.behaviour,
                            QDate()};
        bool certified = true; // nothing to certify, or its event is stored
        if (row.conclusion == BigDataConclusion::Qualified) {
            change.certifies =
                BigDataCertification::certificationDate(row.month, row.behaviour, today);
            const QString uuid = BigDataCertification::uuidFor(row.idNumber, row.month, row.source,
                                                               change.certifies);
            QString why;
            if (!events.contains(uuid, &certified, &why))
                certified = false;
        }
        const bool same = !q.isNull(2) && q.value(2).toInt() == change.rank &&
                          q.value(3).toString() == change.detail &&
                          q.value(4).toString() == change.source &&
                          q.value(5).toString() == change.month;
        q.finish();
        if (same && certified) {
            ++plan.unchanged;
            continue;
        }
        if (row.conclusion == BigDataConclusion::Qualified) {
            ++plan.qualified;
            plan.certifications += certified ? 0 : 1;
        }
        plan.changes.append(change);
    }
    // One problem per row at most, listed in file order as before the split.
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    return plan;
}

bool BigDataImport::apply(const ImportPlan &plan, const Session &session, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!plan.problems.isEmpty())
        return fail(tr("Nothing was imported: %n row(s) have problems.", nullptr,
                       int(plan.problems.size())));
    QString why;
    if (!AccessGate::allows(m_db, m_profile, session, Action::Import, AccessTarget::none(), &why))
        return fail(why);
    for (const ImportChange &c : plan.changes) {
        if (!AccessGate::allows(m_db, m_profile, session, Action::Import,
                                AccessTarget::person(c.recipientId), &why))
            return fail(tr("Row %1: %2").arg(c.row).arg(why));
    }
    const QString batch =
        QStringLiteral("import-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!inWriteTransaction(m_db, error, [&] {
            if (!write(plan.changes, session, batch, error))
                return false;
            FaultHooks::killPoint("import-before-commit"); // test builds only
            return true;
        }))
        return false;
    announce();
    return true;
}

void BigDataImport::announce() const
{
    // Many people at once: the views reload rather than follow a list of ids.
    if (m_changes)
        m_changes->announce({WorkspaceChange::People | WorkspaceChange::Counts, {}});
}

bool BigDataImport::write(const QList<ImportChange> &changes, const Session &session,
                          const QString &batch, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    PersonState state(m_db, m_profile);
    BigDataCertificationWriter certifications(m_db.connection(), state);
    const AuditTrail audit(m_db, m_profile, WorkingCalendar::builtin());
    AuditTrail::Batch audited(audit);
    QString why;
    for (const ImportChange &c : changes) {
        const BigDataResult result{c.rank, c.month, c.detail, c.source, c.behaviour};
        if (!state.applyBigData(c.recipientId, result, &why))
            return fail(tr("Row %1 could not be saved: %2").arg(c.row).arg(why));
        if (!c.certifies.isValid())
            continue;
        // The qualified result is a certification: an append-only check, audited
        // and queued for sync like any (QD 13-14/17, QI 三(一), UR 六(二), GD 14).
        auto event = BigDataCertification::eventFor(c.recipientId, c.idNumber, result,
                                                    session.user().username, batch, c.certifies);
        bool created = false;
        if (event && (!certifications.append(*event, true, &created, &why) ||
                      (created &&
                       !audited.record(
                           session, AuditAction::Record, IdNumber::mask(c.idNumber),
                           QStringLiteral("%1 alive big-data %2").arg(event->uuid, batch), &why))))
            return fail(tr("Row %1 could not be saved: %2").arg(c.row).arg(why));
    }
    return true;
}

} // namespace certdesk
