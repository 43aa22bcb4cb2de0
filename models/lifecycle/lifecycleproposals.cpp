#include "lifecycleproposals.h"

#include "domain/policyprofile.h"
#include "lifecycleservice.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "verification/verificationevent.h"

namespace certdesk
{

using namespace sqlvalue;

namespace
{

// The node filter: any level of the jurisdiction tree, or everyone when empty.
// Bind the node twice (Qt's SQLite binding does not reuse numbered parameters).
const char kInNode[] =
    "(coalesce(?, '') = '' OR ? IN (r.district_code, r.street_code, r.community_code))";

// Runs `sql` whose %1 is the node filter: `binds` first, then the node.
bool selectInNode(QSqlQuery &q, const char *sql, const QStringList &binds, const QString &node,
                  QString &why)
{
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql).arg(QLatin1String(kInNode)));
    for (const QString &v : binds + QStringList{node, node})
        q.addBindValue(v);
    return exec(q, &why);
}

// A qualifying check after `since` (a failure or suspension) that is not in the future.
bool certifiedSince(const QString &livingStatus, const QDate &lastAlive, const QDate &since,
                    const QDate &today)
{
    return livingStatus == QLatin1String("alive") && lastAlive.isValid() && lastAlive > since &&
           lastAlive <= today;
}

LifecycleProposal proposalFor(const QSqlQuery &q, LifecycleKind kind, const QDate &today)
{
    // Columns 0-4 of every query below: id, name, id_number, community_code, monthly_benefit_fen.
    LifecycleProposal p;
    p.event.recipientId = q.value(0).toLongLong();
    p.event.kind = kind;
    p.event.date = today;
    p.name = q.value(1).toString();
    p.idNumber = q.value(2).toString();
    p.communityCode = q.value(3).toString();
    p.monthlyFen = q.value(4).toLongLong();
    return p;
}

} // namespace

LifecycleProposals::LifecycleProposals(const Database &db, const LifecycleService &service)
    : m_db(db), m_service(service)
{
}

QList<LifecycleProposal> LifecycleProposals::compute(const QDate &month, const QDate &today,
                                                     const QString &node, QString *error) const
{
    QList<LifecycleProposal> out;
    QString why;
    const QDate first = BenefitLifecycle::firstOfMonth(month);
    if (!first.isValid() || !today.isValid()) {
        if (error)
            *error = tr("Give the month and the day to work out the steps for.");
        return out;
    }
    if (!addFailures(first, today, node, out, why) ||
        !addSuspensions(first, today, node, out, why) ||
        !addFollowUps(first, today, node, out, why)) {
        if (error)
            *error = why;
        return {};
    }
    // Kinds in the order the work is done; within a kind by community and name.
    const QList<LifecycleKind> order{LifecycleKind::Failed, LifecycleKind::Suspended,
                                     LifecycleKind::Resumed, LifecycleKind::Stopped,
                                     LifecycleKind::Sealed};
    std::stable_sort(
        out.begin(), out.end(), [&order](const LifecycleProposal &a, const LifecycleProposal &b) {
            const auto ka = order.indexOf(a.event.kind), kb = order.indexOf(b.event.kind);
            if (ka != kb)
                return ka < kb;
            if (a.communityCode != b.communityCode)
                return a.communityCode < b.communityCode;
            return a.event.recipientId < b.event.recipientId;
        });
    return out;
}

bool LifecycleProposals::addFailures(const QDate &month, const QDate &today, const QString &node,
                                     QList<LifecycleProposal> &out, QString &why) const
{
    // QD 24: not certified within the last month of the period, and the agency's own
    // attempts (counted from the period's last month) failed. QI 三(一): the period's
    // end alone stops the pay from the next month, no attempt needed. Regions without
    // the rule (ZB, UR: the unreachable are verified and suspended) have no failure step.
    const std::optional<bool> needsAttempts = m_service.profile().failureNeedsAttempts();
    if (!needsAttempts)
        return true;
    const QDate endedBefore = qMin(today, month.addMonths(1));
    QSqlQuery q(m_db.connection());
    const char sql[] =
        "SELECT * FROM (SELECT r.id, r.name, r.id_number, r.community_code, r.monthly_benefit_fen, "
        "r.period_end, "
        "(SELECT count(*) FROM contact_log l WHERE l.recipient_id = r.id "
        "  AND l.contacted_on >= date(r.period_end, '-1 month') AND l.contacted_on <= ?) + "
        "(SELECT count(*) FROM visit_attempt a JOIN visit_request v ON v.id = a.request_id WHERE "
        "v.recipient_id = r.id "
        "  AND a.attempted_on >= date(r.period_end, '-1 month') AND a.attempted_on <= ?) AS "
        "attempts "
        "FROM recipient r WHERE r.benefit_status = 'normal' AND r.living_status IN ('alive', "
        "'unreachable', 'missing') "
        "AND r.period_end < ? AND %1) WHERE attempts >= ?";
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql).arg(QLatin1String(kInNode)));
    for (const QString &v : {isoDate(today), isoDate(today), isoDate(endedBefore), node, node})
        q.addBindValue(v);
    q.addBindValue(*needsAttempts ? 1 : 0);
    if (!exec(q, &why))
        return false;
    while (q.next()) {
        LifecycleProposal p = proposalFor(q, LifecycleKind::Failed, today);
        p.event.cause = QStringLiteral("failed");
        p.event.reason =
            *needsAttempts
                ? tr("The period ended on %1 without a certification; %2 recorded attempts to "
                     "reach the person did not lead to one.")
                      .arg(isoDate(date(q.value(5))))
                      .arg(q.value(6).toInt())
                : tr("The period ended on %1 without a certification; pay stops from the next "
                     "month.")
                      .arg(isoDate(date(q.value(5))));
        out << p;
    }
    return true;
}

bool LifecycleProposals::addSuspensions(const QDate &month, const QDate &today, const QString &node,
                                        QList<LifecycleProposal> &out, QString &why) const
{
    const QDate from = month.addMonths(1);
    QSqlQuery q(m_db.connection());
    const char sql[] =
        "SELECT r.id, r.name, r.id_number, r.community_code, r.monthly_benefit_fen, "
        "r.benefit_status, "
        "r.living_status, r.bigdata_rank, r.bigdata_detail, "
        "(SELECT max(e.check_date) FROM verification_event e WHERE e.recipient_id = r.id), "
        "r.last_check_date "
        "FROM recipient r WHERE (r.benefit_status = 'failed' OR (r.benefit_status = 'normal' AND "
        "(r.living_status IN ('deceased', 'imprisoned', 'missing', 'other-loss', ?) OR "
        "r.bigdata_rank = 0))) AND "
        "%1";
    // ZB 四(二)4, UR 八(一): the unreachable too, where the region's rules say so.
    const QString unreachable = m_service.profile().unreachableSuspended()
                                    ? QStringLiteral("unreachable")
                                    : QStringLiteral("-");
    if (!selectInNode(q, sql, {unreachable}, node, why))
        return false;
    while (q.next()) {
        LifecycleProposal p = proposalFor(q, LifecycleKind::Suspended, today);
        p.event.effectiveMonth = from;
        // When it was found: the failure, the check that found the loss, or the comparison.
        QDate foundOn = date(q.value(9)).isValid() ? date(q.value(9)) : today;
        const QString status = q.value(5).toString();
        const QString living = q.value(6).toString();
        if (status == QLatin1String("failed")) {
            const LifecycleState s = m_service.state(p.event.recipientId);
            if (certifiedSince(q.value(6).toString(), date(q.value(10)), s.failedOn, today))
                continue; // reinstated instead (a Resumed proposal)
            foundOn = s.failedOn;
            p.event.cause = QStringLiteral("failed");
            p.event.reason = tr("Certification failed: %1").arg(s.failureReason);
        } else if (living == QLatin1String("unreachable") &&
                   m_service.profile().unreachableSuspended()) {
            p.event.cause = living;
            p.event.reason = tr("The check of %1 could not reach the person by any means.")
                                 .arg(isoDate(date(q.value(9))));
        } else if (living != QLatin1String("alive") && living != QLatin1String("unreachable")) {
            // QD 18(一), GD 3, UR 六(五)1: missing is a loss like death and imprisonment.
            p.event.cause = living;
            const auto s = VerificationTerms::statusFromKey(living);
            p.event.reason = tr("The check of %1 found: %2")
                                 .arg(isoDate(date(q.value(9))),
                                      s ? VerificationTerms::displayName(*s) : living);
        } else {
            p.event.cause = QStringLiteral("bigdata");
            p.event.reason =
                tr("Big-data comparison: disqualified (%1)").arg(q.value(8).toString());
            foundOn = today;
        }
        p.event.deadline = BenefitLifecycle::suspensionDue(m_service.profile(), foundOn);
        out << p;
    }
    return true;
}

bool LifecycleProposals::addFollowUps(const QDate &month, const QDate &today, const QString &node,
                                      QList<LifecycleProposal> &out, QString &why) const
{
    const PolicyProfile &profile = m_service.profile();
    QSqlQuery q(m_db.connection());
    const char sql[] =
        "SELECT r.id, r.name, r.id_number, r.community_code, r.monthly_benefit_fen, "
        "r.living_status, "
        "r.last_check_date, (SELECT e.uuid FROM verification_event e WHERE e.recipient_id = r.id "
        "  AND e.living_status = 'alive' ORDER BY e.check_date DESC, e.occurred_at DESC LIMIT 1) "
        "FROM recipient r WHERE r.benefit_status IN ('failed', 'suspended', 'stopped') AND %1";
    if (!selectInNode(q, sql, {}, node, why))
        return false;
    while (q.next()) {
        const LifecycleState s = m_service.state(q.value(0).toLongLong());
        const bool failed = s.status == BenefitStatus::Failed;
        const QDate lastAlive = date(q.value(6));
        if (certifiedSince(q.value(5).toString(), lastAlive, failed ? s.failedOn : s.suspendedOn,
                           today)) {
            // Certified after the failure or suspension: resume from this month and
            // back-pay the suspended months before it (none for a failure not yet
            // suspended), QD 26. QI 三(三): the review of the back pay (this step)
            // passes first, pay resumes the month after it.
            LifecycleProposal p = proposalFor(q, LifecycleKind::Resumed, today);
            const QDate resumeMonth = profile.resumeMonthAfterReview() ? month.addMonths(1) : month;
            // After a release only the months after it are back-paid: in prison the
            // person had no eligibility (QD 18(一), GD 3); QD 26 back-pays the months
            // of someone found eligible all along.
            QDate backFrom = s.suspendedFrom;
            const bool imprisoned = s.suspensionCause == QLatin1String("imprisoned");
            const QDate release = imprisoned ? releaseDate(p.event.recipientId) : QDate();
            if (imprisoned) // no release date: nothing proposed
                backFrom =
                    release.isValid()
                        ? qMax(backFrom, BenefitLifecycle::firstOfMonth(release).addMonths(1))
                        : resumeMonth;
            const Overpayment back = failed
                                         ? Overpayment()
                                         : BenefitLifecycle::backPay(Money(p.monthlyFen), backFrom,
                                                                     resumeMonth.addMonths(-1));
            p.event.effectiveMonth = resumeMonth;
            p.event.firstMonth = back.firstMonth;
            p.event.lastMonth = back.lastMonth;
            p.event.months = back.months;
            p.event.amountFen = back.amount.fen();
            p.event.ref = q.value(7).toString();
            if (failed)
                p.event.reason = tr("Certified alive on %1 after the failure of %2.")
                                     .arg(isoDate(lastAlive), isoDate(s.failedOn));
            else if (!imprisoned)
                p.event.reason = tr("Certified alive on %1 after the suspension of %2.")
                                     .arg(isoDate(lastAlive), isoDate(s.suspendedOn));
            else if (release.isValid())
                p.event.reason =
                    tr("Certified alive on %1 after the suspension of %2; released "
                       "on %3, the months from the next one are back-paid.")
                        .arg(isoDate(lastAlive), isoDate(s.suspendedOn), isoDate(release));
            else
                p.event.reason = tr("Certified alive on %1 after the suspension of %2; no date "
                                    "of release is recorded, so no back pay is proposed.")
                                     .arg(isoDate(lastAlive), isoDate(s.suspendedOn));
            out << p;
            continue;
        }
        if (failed)
            continue; // failures go on the suspension list, not to stop or sealing
        // GD 9: sealing, prisoners excepted; other regions never seal.
        const QDate sealDue = BenefitLifecycle::sealDue(profile, s.sealClockFrom);
        if (sealDue.isValid() && today >= sealDue &&
            s.suspensionCause != QLatin1String("imprisoned")) {
            LifecycleProposal p = proposalFor(q, LifecycleKind::Sealed, today);
            p.event.reason =
                tr("Suspended since %1 for %2 months without resumption or termination.")
                    .arg(isoDate(s.sealClockFrom))
                    .arg(profile.sealAfterMonths().value_or(0));
            out << p;
            continue;
        }
        // ZB 四(二)4, UR 八(一): stopped after 3 months without objection; elsewhere
        // a suspension stays until resumed.
        const QDate stopDue = BenefitLifecycle::stopDue(profile, s.suspendedOn);
        if (s.status == BenefitStatus::Suspended && !s.objectionOpen() && stopDue.isValid() &&
            today >= stopDue) {
            LifecycleProposal p = proposalFor(q, LifecycleKind::Stopped, today);
            p.event.reason = tr("Suspended since %1 with no objection within %2 months.")
                                 .arg(isoDate(s.suspendedOn))
                                 .arg(profile.objectionStopAfterMonths().value_or(0));
            out << p;
        }
    }
    return true;
}

QDate LifecycleProposals::releaseDate(qint64 recipientId) const
{
    // UR 七(六)2: the latest release recorded with a check that found the person back.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT max(release_date) FROM verification_event e WHERE recipient_id = ? AND "
        "release_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM verification_event c WHERE "
        "c.corrects = e.uuid)"));
    q.addBindValue(recipientId);
    return q.exec() && q.next() ? date(q.value(0)) : QDate();
}

bool LifecycleProposals::confirm(const QList<LifecycleProposal> &proposals, const QString &actor,
                                 QString *error) const
{
    QList<LifecycleEvent> events;
    for (const LifecycleProposal &p : proposals) {
        LifecycleEvent e = p.event;
        e.actor = actor;
        events << e;
    }
    return m_service.recordMany(events, error);
}

QList<QPair<LifecycleKind, int>>
LifecycleProposals::countByKind(const QList<LifecycleProposal> &proposals)
{
    QList<QPair<LifecycleKind, int>> out;
    for (const LifecycleProposal &p : proposals) {
        auto same = std::find_if(out.begin(), out.end(), [&p](const QPair<LifecycleKind, int> &c) {
            return c.first == p.event.kind;
        });
        if (same == out.end())
            out.append({p.event.kind, 1});
        else
            ++same->second;
    }
    return out;
}

} // namespace certdesk
