#include "dashboarddata.h"

#include "domain/policyprofile.h"
#include "lists/bandcounter.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
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
        *error = DashboardData::tr("The dashboard could not be computed: %1").arg(q.lastError().text());
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

std::optional<DashboardData> DashboardData::load(const Database &db, const PolicyProfile &profile, const QString &nodeCode,
                                                 const QDate &today, const Scope &limit, QString *error)
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
    const QString childColumn = JurisdictionRepository::scopeColumn(qMin(node->level + 1, 3));
    QList<JurisdictionNode> children;
    for (const JurisdictionNode &n : jurisdictions.all()) {
        if (n.parentCode == node->code)
            children << n;
    }
    if (children.isEmpty())
        children << *node;
    for (const JurisdictionNode &c : std::as_const(children)) {
        Child child{c, BandCounter::countAll(db, {c.level, c.code}, today, error, limit), {}};
        d.children << child;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Periods ending in each of the coming 12 months, per child (the workload).
    q.prepare(QStringLiteral("SELECT %1, substr(period_end, 1, 7), count(*) FROM recipient WHERE %2 = ? "
                             "AND period_end BETWEEN ? AND ? AND living_status = 'alive' GROUP BY 1, 2")
                  .arg(childColumn, scopeColumn));
    const QDate horizon = QDate(today.year(), today.month(), 1).addMonths(12).addDays(-1);
    if (!run(q, {node->code, today.toString(Qt::ISODate), horizon.toString(Qt::ISODate)}, error))
        return std::nullopt;
    while (q.next()) {
        for (Child &c : d.children) {
            if (c.node.code == q.value(0).toString())
                c.forecast[q.value(1).toString()] += q.value(2).toInt();
        }
    }
    // Checks by method this month, and per month over the last 12.
    const QDate monthStart(today.year(), today.month(), 1);
    q.prepare(QStringLiteral("SELECT e.method, substr(e.check_date, 1, 7), count(*) FROM verification_event e "
                             "JOIN recipient r ON r.id = e.recipient_id WHERE r.%1 = ? AND e.check_date >= ? "
                             "GROUP BY 1, 2").arg(scopeColumn));
    if (!run(q, {node->code, monthStart.addMonths(-11).toString(Qt::ISODate)}, error))
        return std::nullopt;
    while (q.next()) {
        d.trend[q.value(1).toString()] += q.value(2).toInt();
        if (q.value(1).toString() == month(today))
            d.methodsThisMonth[q.value(0).toString()] += q.value(2).toInt();
    }
    // The to-verify list: how many are checked since their list arrived.
    q.prepare(QStringLiteral("SELECT count(*), sum(last_check_date >= bigdata_month || '-01'), min(bigdata_month) "
                             "FROM recipient WHERE %1 = ? AND bigdata_rank = 1").arg(scopeColumn));
    if (!run(q, {node->code}, error) || !q.next())
        return std::nullopt;
    d.toVerify = q.value(0).toInt();
    d.toVerifyChecked = q.value(1).toInt();
    const QDate listMonth = QDate::fromString(q.value(2).toString(), QStringLiteral("yyyy-MM"));
    if (listMonth.isValid())
        d.toVerifyDeadline = listMonth.addMonths(profile.toVerifyDeadlineMonths()).addDays(-1);
    // Home visits: open requests, due or overdue.
    q.prepare(QStringLiteral("SELECT sum(v.due_on < ?), sum(v.due_on >= ?) FROM visit_request v "
                             "JOIN recipient r ON r.id = v.recipient_id WHERE r.%1 = ? AND v.status = 'open'").arg(scopeColumn));
    if (!run(q, {today.toString(Qt::ISODate), today.toString(Qt::ISODate), node->code}, error) || !q.next())
        return std::nullopt;
    d.visitsOverdue = q.value(0).toInt();
    d.visitsDue = q.value(1).toInt();
    // Payment status (the lifecycle): people not in normal payment.
    q.prepare(QStringLiteral("SELECT benefit_status, count(*) FROM recipient WHERE %1 = ? AND benefit_status <> 'normal' "
                             "GROUP BY 1").arg(scopeColumn));
    if (!run(q, {node->code}, error))
        return std::nullopt;
    while (q.next())
        d.benefitStatus[q.value(0).toString()] = q.value(1).toInt();
    return d;
}
