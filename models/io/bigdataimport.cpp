#include "bigdataimport.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "security/scopeguard.h"
#include "security/session.h"
#include "store/database.h"
#include "store/personstate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
int findColumn(const QStringList &headers, std::initializer_list<const char *> names)
{
    for (int i = 0; i < headers.size(); ++i) {
        const QString h = headers.at(i).trimmed().toLower();
        for (const char *n : names) {
            if (h == QString::fromUtf8(n))
                return i;
        }
    }
    return -1;
}

std::optional<BigDataConclusion> conclusionOf(const QString &text)
{
    const QString t = text.trimmed();
    if (const auto byKey = BigDataConclusions::fromKey(t.toLower()))
        return byKey;
    for (const BigDataConclusion c : {BigDataConclusion::Disqualified, BigDataConclusion::ToVerify, BigDataConclusion::Qualified}) {
        if (t == BigDataConclusions::displayName(c) || t == QString::number(BigDataConclusions::rank(c)))
            return c;
    }
    // The Chinese names as the comparison system writes them, whatever the UI language.
    if (t == QStringLiteral("丧失资格"))
        return BigDataConclusion::Disqualified;
    if (t == QStringLiteral("待核实"))
        return BigDataConclusion::ToVerify;
    if (t == QStringLiteral("具备资格"))
        return BigDataConclusion::Qualified;
    return std::nullopt;
}
} // namespace

ImportMapping ImportMapping::guess(const QStringList &headers)
{
    ImportMapping m;
    m.idNumber = findColumn(headers, {"身份证号", "身份证号码", "公民身份号码", "id number", "id_number", "idnumber"});
    m.conclusion = findColumn(headers, {"结论", "比对结论", "认证结论", "conclusion"});
    m.name = findColumn(headers, {"姓名", "name"});
    m.detail = findColumn(headers, {"详情", "比对详情", "原因", "detail"});
    m.source = findColumn(headers, {"来源", "数据来源", "source"});
    m.month = findColumn(headers, {"月份", "比对月份", "month"});
    return m;
}

ImportPlan BigDataImport::validate(const ReadTable &table, const ImportMapping &mapping, const QDate &today) const
{
    ImportPlan plan;
    plan.rows = int(table.rows.size());
    auto header = [&](int col) { return table.headers.value(col); };
    if (!mapping.isComplete()) {
        plan.problems.append({1, QString(), tr("The file needs an ID-number column and a conclusion column; found: %1")
                                                .arg(table.headers.join(QStringLiteral(", ")))});
        return plan;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, bigdata_rank, bigdata_detail, bigdata_source, bigdata_month "
                             "FROM recipient WHERE id_number = ?"));
    const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
    QSet<QString> seen;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &cells = table.rows.at(i);
        const int rowNumber = i + 2; // the header is row 1
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        const QString idText = cells.value(mapping.idNumber).trimmed();
        const IdNumber id = IdNumber::parse(idText);
        if (!id.isValid()) {
            plan.problems.append({rowNumber, header(mapping.idNumber), tr("bad ID number %1: %2").arg(idText, id.reason())});
            continue;
        }
        if (seen.contains(id.canonical())) {
            plan.problems.append({rowNumber, header(mapping.idNumber), tr("%1 appears twice in the file").arg(id.masked())});
            continue;
        }
        seen.insert(id.canonical());
        const auto conclusion = conclusionOf(cells.value(mapping.conclusion));
        if (!conclusion) {
            plan.problems.append({rowNumber, header(mapping.conclusion),
                                  tr("unknown conclusion code '%1' (丧失资格, 待核实 or 具备资格)").arg(cells.value(mapping.conclusion))});
            continue;
        }
        QString month = thisMonth;
        if (mapping.month >= 0 && !cells.value(mapping.month).trimmed().isEmpty()) {
            month = cells.value(mapping.month).trimmed();
            if (!QDate::fromString(month, QStringLiteral("yyyy-MM")).isValid()) {
                plan.problems.append({rowNumber, header(mapping.month), tr("'%1' is not a month (YYYY-MM)").arg(month)});
                continue;
            }
        }
        q.bindValue(0, id.canonical());
        if (!q.exec() || !q.next()) {
            plan.problems.append({rowNumber, header(mapping.idNumber), tr("unknown person: %1 is not in the roster").arg(id.masked())});
            continue;
        }
        const QString name = cells.value(mapping.name).trimmed();
        if (mapping.name >= 0 && !name.isEmpty() && name != q.value(1).toString()) {
            plan.problems.append({rowNumber, header(mapping.name),
                                  tr("name %1 does not match the roster's %2 for %3").arg(name, q.value(1).toString(), id.masked())});
            continue;
        }
        ImportChange change{rowNumber, q.value(0).toLongLong(), BigDataConclusions::rank(*conclusion),
                            cells.value(mapping.detail).trimmed(), cells.value(mapping.source).trimmed(), month};
        const bool same = !q.value(2).isNull() && q.value(2).toInt() == change.rank && q.value(3).toString() == change.detail
                          && q.value(4).toString() == change.source && q.value(5).toString() == change.month;
        if (same) {
            ++plan.unchanged;
            continue;
        }
        if (*conclusion == BigDataConclusion::Qualified)
            ++plan.qualified;
        plan.changes.append(change);
    }
    return plan;
}

bool BigDataImport::apply(const ImportPlan &plan, QString *error, const Session *session) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!plan.problems.isEmpty())
        return fail(tr("Nothing was imported: %n row(s) have problems.", nullptr, int(plan.problems.size())));
    if (session && !session->allows(Action::Import))
        return fail(session->refusal(Action::Import));
    for (const ImportChange &c : plan.changes) {
        QString outside;
        if (session && !ScopeGuard::allowsRecipient(m_db, *session, c.recipientId, &outside))
            return fail(tr("Row %1: %2").arg(c.row).arg(outside));
    }
    return inWriteTransaction(m_db, error, [&] { return write(plan.changes, error); });
}

bool BigDataImport::write(const QList<ImportChange> &changes, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    PersonState state(m_db, m_profile);
    QString why;
    for (const ImportChange &c : changes) {
        const BigDataResult result{c.rank, c.month, c.detail, c.source, QString()};
        if (!state.applyBigData(c.recipientId, result, &why))
            return fail(tr("Row %1 could not be saved: %2").arg(c.row).arg(why));
    }
    return true;
}
