#include "ledgerquery.h"

#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/ledgerband.h"
#include "domain/specialgroup.h"
#include "jurisdictionrepository.h"
#include "ledgerrows.h"
#include "namesearch.h"
#include "store/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
QString iso(const QDate &d)
{
    return isoDate(d);
}
} // namespace

LedgerQuery::LedgerQuery(Ledger list, const Scope &scope, const QDate &today)
    : m_list(list), m_scope(scope), m_today(today)
{
}

void LedgerQuery::setSearchText(const QString &text)
{
    // An ID number as typed or pasted (full-width digits, spaces, dashes ...)
    // searches as the canonical prefix, the same normaliser as everywhere.
    static const QRegularExpression idPrefix(QStringLiteral("^[0-9]+X?$"));
    const QString id = IdNumber::normalizeInput(text).toUpper();
    m_search = idPrefix.match(id).hasMatch() ? id : text.trimmed();
}

SearchMode LedgerQuery::searchMode(const QString &text)
{
    static const QRegularExpression idTail(QStringLiteral("^[0-9]{3}[0-9Xx]$"));
    static const QRegularExpression idPrefix(QStringLiteral("^[0-9]{1,17}[0-9Xx]?$"));
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
    const QString t = text.trimmed();
    if (idTail.match(t).hasMatch())
        return SearchMode::IdTail;
    if (idPrefix.match(t).hasMatch())
        return SearchMode::IdPrefix;
    if (letters.match(t).hasMatch())
        return SearchMode::Initials;
    return SearchMode::NameSubstring;
}

void LedgerQuery::setSort(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    m_order = order;
}

QString LedgerQuery::sortExpression() const
{
    switch (m_sortKey) {
    case SortKey::Name:
        return QStringLiteral("r.name");
    case SortKey::IdNumber:
        return QStringLiteral("r.id_number");
    case SortKey::Birth:
        return QStringLiteral("r.birth_date");
    case SortKey::PeriodEnd:
        return QStringLiteral("coalesce(r.period_end, '9999-12-31')");
    case SortKey::Community:
        return QStringLiteral("r.community_code");
    case SortKey::Default:
        break;
    }
    switch (m_list) {
    case Ledger::ToVerify:
    case Ledger::BigData:
        return QStringLiteral("r.bigdata_rank");
    case Ledger::HomeVisit:
        return QStringLiteral("r.birth_date");
    case Ledger::DrillDown:
    case Ledger::LostEligibility:
        return QStringLiteral("r.id"); // unique, never NULL (the dead have no period end)
    case Ledger::Search:
        switch (searchMode(m_search)) {
        case SearchMode::IdPrefix:
        case SearchMode::IdTail:
            return QStringLiteral("r.id_number");
        case SearchMode::Initials:
            return QStringLiteral("r.name_initials");
        case SearchMode::NameSubstring:
            return QStringLiteral("f.rowid");
        }
        break;
    default:
        break;
    }
    // Expiry ledgers never hold a NULL end; the bare column lets the index order the rows.
    return QStringLiteral("r.period_end");
}

bool LedgerQuery::searchesNames() const
{
    return m_list == Ledger::Search && m_sortKey == SortKey::Default &&
           searchMode(m_search) == SearchMode::NameSubstring;
}

QString LedgerQuery::fromClause() const
{
    // Driven by the name index: FTS5 yields matching rowids in order, so a page
    // stops after `limit` matches instead of collecting every match first.
    if (m_list == Ledger::Search && searchMode(m_search) == SearchMode::NameSubstring)
        return QStringLiteral("recipient_name_fts f JOIN recipient r ON r.id = f.rowid");
    return QStringLiteral("recipient r");
}

bool LedgerQuery::sortsByBandKey() const
{
    return m_sortKey == SortKey::Default && Ledgers::isExpiryLedger(m_list);
}

QString LedgerQuery::whereClause(QVariantList *binds, bool withKeyRange) const
{
    QStringList terms;
    for (const Scope &s : {m_scope, m_limit}) {
        if (s.code.isEmpty())
            continue;
        // A search is driven by its own index (ID number, initials, name tokens);
        // the unary + keeps the planner from scanning the node's index instead.
        const bool search = m_list == Ledger::Search;
        terms << QStringLiteral("%1r.%2 = ?")
                     .arg(search ? QStringLiteral("+") : QString(),
                          JurisdictionRepository::scopeColumn(s.level));
        binds->append(s.code);
    }
    if (!m_status.isEmpty()) {
        terms << QStringLiteral("r.benefit_status = ?");
        binds->append(m_status);
    }
    auto range = [&](const DateRange &r) {
        if (!withKeyRange)
            return;
        if (r.first.isValid()) {
            terms << QStringLiteral("r.period_end >= ?");
            binds->append(iso(r.first));
        }
        terms << QStringLiteral("r.period_end <= ?");
        binds->append(iso(r.last));
    };
    switch (m_list) {
    case Ledger::Overdue:
        range(LedgerBands::range(LedgerBand::Overdue, m_today));
        break;
    case Ledger::Within1:
        range(LedgerBands::range(LedgerBand::Within1, m_today));
        break;
    case Ledger::Within2:
        range(LedgerBands::range(LedgerBand::Within2, m_today));
        break;
    case Ledger::Within3:
        range(LedgerBands::range(LedgerBand::Within3, m_today));
        break;
    case Ledger::Within3Cumulative:
        range(LedgerBands::within3(m_today));
        break;
    case Ledger::ToVerify:
        terms << QStringLiteral("r.bigdata_rank = 1");
        break;
    case Ledger::BigData:
        terms << QStringLiteral("r.bigdata_rank IS NOT NULL");
        break;
    case Ledger::LostEligibility:
        // QD 18(一), GD 3, UR 六(五)1: death, missing, imprisonment and other losses
        // (and a disqualified comparison result) until the suspension is recorded.
        // Two index ranges (the loss index; the node's big-data index at rank 0),
        // as a set of ids: written as one OR, SQLite read every person of the node
        // (2.4 s of a 1M district's counts, against 0.08 s).
        {
            QStringList nodeTerms;
            for (const Scope &s : {m_scope, m_limit}) {
                if (s.code.isEmpty())
                    continue;
                nodeTerms << QStringLiteral("%1 = ? AND ")
                                 .arg(JurisdictionRepository::scopeColumn(s.level));
                binds->append(s.code);
            }
            terms << QStringLiteral(
                         "r.id IN (SELECT id FROM recipient WHERE %1bigdata_rank = 0 AND "
                         "benefit_status = 'normal' UNION ALL SELECT id FROM recipient WHERE "
                         "living_status IN ('deceased', 'imprisoned', 'missing', 'other-loss') "
                         "AND benefit_status IN ('normal', 'failed'))")
                         .arg(nodeTerms.join(QString()));
        }
        break;
    case Ledger::HomeVisit:
        terms << QStringLiteral("(r.birth_date <= ? OR r.special_flags <> 0)");
        binds->append(iso(SpecialGroup::latestBirthForAge(m_today, m_homeVisitAge)));
        break;
    case Ledger::DrillDown:
        if (m_drill.endsFrom.isValid()) {
            terms << QStringLiteral("r.period_end BETWEEN ? AND ?");
            binds->append(iso(m_drill.endsFrom));
            binds->append(iso(m_drill.endsTo));
        }
        if (m_drill.checkedFrom.isValid()) {
            terms << QStringLiteral("r.id IN (SELECT recipient_id FROM verification_event WHERE "
                                    "check_date BETWEEN ? AND ?%1)")
                         .arg(m_drill.method.isEmpty() ? QString()
                                                       : QStringLiteral(" AND method = ?"));
            binds->append(iso(m_drill.checkedFrom));
            binds->append(iso(m_drill.checkedTo));
            if (!m_drill.method.isEmpty())
                binds->append(m_drill.method);
        }
        if (!m_drill.status.isEmpty()) {
            terms << QStringLiteral("r.benefit_status = ?");
            binds->append(m_drill.status);
        }
        break;
    case Ledger::Search:
        switch (searchMode(m_search)) {
        case SearchMode::IdPrefix:
            // 'Z' sorts after every digit and X, so [p, p+'Z') is "starts with p".
            terms << QStringLiteral("r.id_number >= ? AND r.id_number < ?");
            binds->append(m_search.toUpper());
            binds->append(m_search.toUpper() + QLatin1Char('Z'));
            break;
        case SearchMode::IdTail:
            // The same expression as the index recipient_id_tail (migration 011).
            terms << QStringLiteral("substr(r.id_number, 15) = ?");
            binds->append(m_search.toUpper());
            break;
        case SearchMode::Initials:
            terms << QStringLiteral("r.name_initials >= ? AND r.name_initials < ?");
            binds->append(m_search.toLower());
            binds->append(m_search.toLower() + QLatin1Char('{'));
            break;
        case SearchMode::NameSubstring:
            // fromClause() joins the name index; a text without letters or digits
            // matches nobody.
            if (NameSearch::phrase(m_search).isEmpty()) {
                terms << QStringLiteral("0");
            } else {
                terms << QStringLiteral("f.recipient_name_fts MATCH ?");
                binds->append(NameSearch::phrase(m_search));
            }
            break;
        }
        break;
    }
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

bool LedgerQuery::fetch(const QSqlDatabase &db, const QVariant &afterKey, qint64 afterId, int limit,
                        QList<RecipientRow> *rows, QString *error) const
{
    if (m_list == Ledger::HomeVisit && m_sortKey == SortKey::Default)
        return fetchByUrgency(db, afterKey, afterId, limit, rows, error);
    QVariantList whereBinds;
    const QString where = whereClause(&whereBinds);
    return fetchRange(db, sortExpression(), where, whereBinds, afterKey, afterId, limit, rows,
                      error);
}

bool LedgerQuery::fetchByUrgency(const QSqlDatabase &db, const QVariant &afterKey, qint64 afterId,
                                 int limit, QList<RecipientRow> *rows, QString *error) const
{
    // The home-visit list by urgency: first the people with an open request, the
    // earliest due date (the most overdue) first, requests without a deadline (stored
    // as 9999-12-31) after them; then everyone else, oldest first. Two ranges paged by
    // key one after the other, rather than one key computed and sorted for every
    // person of the node (270,000 at district scale) on each page. A row's key is
    // {range, key} so that a page knows in which range to continue.
    static const QString open =
        QStringLiteral("r.id IN (SELECT recipient_id FROM visit_request WHERE status = 'open')");
    // The rest: a lookup per row by the request index. "NOT r.id IN (…)" built the
    // list of every open request again for each page (13,818 in the 1M demo: 3 ms
    // a page, 9 s of scrolling the list to its end).
    static const QString noneOpen = QStringLiteral(
        "EXISTS (SELECT 1 FROM visit_request o WHERE o.recipient_id = r.id AND o.status = "
        "'open')");
    static const QString due =
        QStringLiteral("(SELECT min(due_on) FROM visit_request v WHERE v.recipient_id = r.id AND "
                       "v.status = 'open')");
    QVariantList binds;
    const QString where = whereClause(&binds);
    const QVariantList after = afterKey.toList();
    int range = after.isEmpty() ? 0 : after.at(0).toInt();
    QVariant key = after.value(1);
    qint64 id = after.isEmpty() ? 0 : afterId;
    for (; range < 2; ++range) {
        const qsizetype first = rows->size();
        const bool ok = range == 0
                            ? fetchRange(db, due, QStringLiteral("%1 AND %2").arg(where, open),
                                         binds, key, id, limit, rows, error)
                            : fetchRange(db, QStringLiteral("r.birth_date"),
                                         QStringLiteral("%1 AND NOT %2").arg(where, noneOpen),
                                         binds, key, id, limit, rows, error);
        if (!ok)
            return false;
        for (qsizetype i = first; i < rows->size(); ++i)
            (*rows)[i].sortKey = QVariantList{range, rows->at(i).sortKey};
        if (rows->size() >= limit)
            break;
        key = QVariant();
        id = 0;
    }
    return true;
}

bool LedgerQuery::fetchRange(const QSqlDatabase &db, const QString &sort, const QString &where,
                             const QVariantList &whereBinds, const QVariant &afterKey,
                             qint64 afterId, int limit, QList<RecipientRow> *rows,
                             QString *error) const
{
    const bool desc = m_order == Qt::DescendingOrder;
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString after = desc ? QStringLiteral("<") : QStringLiteral(">");
    const QString columns = QStringLiteral(
        "r.id AS id, r.id_number, r.name, r.sex, r.birth_date, r.category, "
        "(SELECT name FROM jurisdiction WHERE code = r.community_code), r.phone, r.period_end, "
        "r.special_flags, r.bigdata_rank, r.bigdata_detail, r.bigdata_source, "
        "r.bigdata_behaviour, "
        "(SELECT requested_on FROM visit_request v WHERE v.recipient_id = r.id AND v.status = "
        "'open' ORDER BY due_on LIMIT 1), "
        "(SELECT nullif(due_on, '9999-12-31') FROM visit_request v WHERE v.recipient_id = r.id AND "
        "v.status = 'open' "
        "ORDER BY due_on LIMIT 1), "
        "%1 AS sk, "
        "(SELECT contacted_on || '|' || outcome FROM contact_log l WHERE l.recipient_id = r.id "
        "ORDER BY contacted_on DESC, id DESC LIMIT 1), r.last_check_date, r.living_status, "
        "r.benefit_status");
    // Keyset continuation in two index ranges, run one after the other: the rest of
    // the rows that share the last sort key (in id order), then, if the page is not
    // full, the rows after that key. SQLite seeds a row-value range
    // (key, id) > (?, ?) from the key alone, so a single query re-scanned every row
    // sharing the key on each page (thousands per day at district scale).
    struct Part {
        QString sql;
        QVariantList binds;
    };
    QList<Part> parts;
    const QString select =
        QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(columns.arg(sort), fromClause());
    if (searchesNames()) {
        // The key is the rowid itself: unique, so no tie-break (which would force a sort).
        QVariantList binds = whereBinds;
        QString sql = select + where;
        if (afterId > 0) {
            sql += QStringLiteral(" AND f.rowid %1 ?").arg(after);
            binds << afterId;
        }
        parts.append({sql + QStringLiteral(" ORDER BY f.rowid %1").arg(dir), binds});
    } else if (afterId <= 0) {
        parts.append({select + QStringLiteral("%1 ORDER BY %2 %3, r.id %3").arg(where, sort, dir),
                      whereBinds});
    } else {
        // Rows sharing the key lie inside the band by construction: without the band
        // range the planner uses (node, period_end = ?, rowid > ?) instead of the range.
        QVariantList pinnedBinds = whereBinds;
        QString pinned = where;
        if (sortsByBandKey()) {
            pinnedBinds.clear();
            pinned = whereClause(&pinnedBinds, false);
        }
        parts.append({select + QStringLiteral("%1 AND %2 = ? AND r.id %3 ? ORDER BY r.id %4")
                                   .arg(pinned, sort, after, dir),
                      pinnedBinds + QVariantList{afterKey, afterId}});
        parts.append({select + QStringLiteral("%1 AND %2 %3 ? ORDER BY %2 %4, r.id %4")
                                   .arg(where, sort, after, dir),
                      whereBinds + QVariantList{afterKey}});
    }
    for (const Part &part : std::as_const(parts)) {
        const qint64 wanted = limit - rows->size();
        if (wanted <= 0)
            break;
        if (!LedgerRows::read(db, part.sql + QStringLiteral(" LIMIT %1").arg(wanted), part.binds,
                              rows, error))
            return false;
    }
    return true;
}

bool LedgerQuery::contains(const QSqlDatabase &db, qint64 recipientId) const
{
    QVariantList binds;
    const QString where = whereClause(&binds);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND r.id = ?").arg(fromClause(), where));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(recipientId);
    return q.exec() && q.next();
}

qint64 LedgerQuery::count(const QSqlDatabase &db, qint64 cap, QString *error) const
{
    QVariantList binds;
    QString sql;
    if (m_list == Ledger::HomeVisit && m_status.isEmpty()) {
        // Two index ranges instead of one OR that would scan the node: the 80+ by
        // birth date, plus the flagged younger ones through the partial index.
        QStringList scopeTerms = {QStringLiteral("1")};
        QVariantList scopeBinds;
        for (const Scope &s : {m_scope, m_limit}) {
            if (!s.code.isEmpty()) {
                scopeTerms << QStringLiteral("%1 = ?").arg(
                    JurisdictionRepository::scopeColumn(s.level));
                scopeBinds << s.code;
            }
        }
        const QString cutoff = iso(SpecialGroup::latestBirthForAge(m_today, m_homeVisitAge));
        sql =
            QStringLiteral("SELECT (SELECT count(*) FROM recipient WHERE %1 AND birth_date <= ?) + "
                           "(SELECT count(*) FROM recipient WHERE %1 AND special_flags <> 0 AND "
                           "birth_date > ?)")
                .arg(scopeTerms.join(QLatin1String(" AND ")));
        binds << scopeBinds << cutoff << scopeBinds << cutoff;
    } else {
        const QString where = whereClause(&binds);
        sql = cap > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)")
                            .arg(fromClause(), where)
                            .arg(cap + 1)
                      : QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(fromClause(), where);
    }
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace certdesk
