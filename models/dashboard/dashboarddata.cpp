#include "dashboarddata.h"

#include "domain/ledgerband.h"
#include "domain/policyprofile.h"
#include "lists/bandcounter.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
QString month(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

bool run(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (q.exec())
        return true;
    if (error)
        *error =
            DashboardData::tr("The dashboard could not be computed: %1").arg(q.lastError().text());
    return false;
}
} // namespace

QStringList DashboardData::forecastMonths() const
{
    QStringList out;
    for (int i = 0; i < 12; ++i)
        out << month(today.addMonths(i));
    return out;
}

QStringList DashboardData::trendMonths() const
{
    QStringList out;
    for (int i = 11; i >= 0; --i)
        out << month(today.addMonths(-i));
    return out;
}

std::optional<DashboardData> DashboardData::load(const Database &db, const PolicyProfile &profile,
                                                 const QString &nodeCode, const QDate &today,
                                                 const Scope &limit, QString *error)
{
    const JurisdictionRepository jurisdictions(db);
    const auto node = jurisdictions.find(nodeCode);
    if (!node) {
        if (error)
            *error = tr("No jurisdiction with code %1 in this database.").arg(nodeCode);
        return std::nullopt;
    }
    // A user sees their own node and below: walk up from the node to the limit.
    if (!limit.code.isEmpty()) {
        QString code = node->code;
        while (!code.isEmpty() && code != limit.code) {
            const auto up = jurisdictions.find(code);
            code = up ? up->parentCode : QString();
        }
        if (code.isEmpty()) {
            if (error)
                *error = tr("%1 is outside your jurisdiction.").arg(node->name);
            return std::nullopt;
        }
    }
    DashboardData d;
    d.node = *node;
    d.today = today;
    const QString scopeColumn = JurisdictionRepository::scopeColumn(node->level);
    QList<JurisdictionNode> children;
    for (const JurisdictionNode &n : jurisdictions.all()) {
        if (n.parentCode == node->code)
            children << n;
    }
    if (children.isEmpty())
        children << *node;
    for (const JurisdictionNode &c : std::as_const(children))
        d.children << Child{c, {}, {}};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Per child, one covering scan of its (code, period_end) index grouped by day
    // gives both the four expiry bands (the ledgers' LedgerBands date ranges) and
    // the periods ending in each of the coming 12 months (the workload). People
    // who left the ledgers (deceased, imprisoned, missing) have no period_end.
    const QDate horizon = QDate(today.year(), today.month(), 1).addMonths(12).addDays(-1);
    const QList<Ledger> lists{Ledger::Overdue, Ledger::Within1, Ledger::Within2, Ledger::Within3};
    QList<DateRange> ranges;
    for (const LedgerBand band :
         {LedgerBand::Overdue, LedgerBand::Within1, LedgerBand::Within2, LedgerBand::Within3})
        ranges << LedgerBands::range(band, today);
    for (Child &c : d.children) {
        q.prepare(QStringLiteral("SELECT period_end, count(*) FROM recipient WHERE %1 = ? AND "
                                 "period_end <= ? GROUP BY period_end")
                      .arg(JurisdictionRepository::scopeColumn(c.node.level)));
        if (!run(q, {c.node.code, qMax(horizon, ranges.last().last).toString(Qt::ISODate)}, error))
            return std::nullopt;
        for (const Ledger list : lists)
            c.bands.insert(list, 0);
        while (q.next()) {
            const QDate end = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const int n = q.value(1).toInt();
            for (int i = 0; i < ranges.size(); ++i) {
                if ((!ranges.at(i).first.isValid() || end >= ranges.at(i).first) &&
                    end <= ranges.at(i).last)
                    c.bands[lists.at(i)] += n;
            }
            if (end >= today && end <= horizon)
                c.forecast[month(end)] += n;
        }
    }
    // Checks by method this month, and per month over the last 12.
    const QDate monthStart(today.year(), today.month(), 1);
    q.prepare(QStringLiteral(
                  "SELECT e.method, substr(e.check_date, 1, 7), count(*) FROM verification_event e "
                  "JOIN recipient r ON r.id = e.recipient_id WHERE +r.%1 = ? AND e.check_date >= ? "
                  "GROUP BY 1, 2")
                  .arg(scopeColumn));
    if (!run(q, {node->code, monthStart.addMonths(-11).toString(Qt::ISODate)}, error))
        return std::nullopt;
    while (q.next()) {
        d.trend[q.value(1).toString()] += q.value(2).toInt();
        if (q.value(1).toString() == month(today))
            d.methodsThisMonth[q.value(0).toString()] += q.value(2).toInt();
    }
    // The to-verify list: how many are checked since their list arrived.
    q.prepare(
        QStringLiteral(
            "SELECT count(*), sum(last_check_date >= bigdata_month || '-01'), min(bigdata_month) "
            "FROM recipient WHERE %1 = ? AND bigdata_rank = 1")
            .arg(scopeColumn));
    if (!run(q, {node->code}, error) || !q.next())
        return std::nullopt;
    d.toVerify = q.value(0).toInt();
    d.toVerifyChecked = q.value(1).toInt();
    const QDate listMonth = QDate::fromString(q.value(2).toString(), QStringLiteral("yyyy-MM"));
    if (listMonth.isValid())
        d.toVerifyDeadline = listMonth.addMonths(profile.toVerifyDeadlineMonths()).addDays(-1);
    // Home visits: open requests, due or overdue.
    q.prepare(QStringLiteral(
                  "SELECT sum(v.due_on < ?), sum(v.due_on >= ?) FROM visit_request v "
                  "JOIN recipient r ON r.id = v.recipient_id WHERE +r.%1 = ? AND v.status = 'open'")
                  .arg(scopeColumn));
    if (!run(q, {today.toString(Qt::ISODate), today.toString(Qt::ISODate), node->code}, error) ||
        !q.next())
        return std::nullopt;
    d.visitsOverdue = q.value(0).toInt();
    d.visitsDue = q.value(1).toInt();
    // Payment status (the lifecycle): people not in normal payment.
    q.prepare(QStringLiteral("SELECT benefit_status, count(*) FROM recipient WHERE +%1 = ? AND "
                             "benefit_status <> 'normal' "
                             "GROUP BY 1")
                  .arg(scopeColumn));
    if (!run(q, {node->code}, error))
        return std::nullopt;
    while (q.next())
        d.benefitStatus[q.value(0).toString()] = q.value(1).toInt();
    return d;
}

} // namespace certdesk
