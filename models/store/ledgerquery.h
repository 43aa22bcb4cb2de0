#pragma once

#include "ledger.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

namespace certdesk
{

// A row of a work list: what the list views show, nothing more.
struct RecipientRow {
    qint64 id = 0;
    QString idNumber;
    QString name;
    QChar sex;
    QDate birth;
    QString category; // key
    QString communityName;
    QString phone;
    QDate periodEnd;
    int specialFlags = 0;
    std::optional<int> conclusionRank;
    QString bigdataDetail;
    QString bigdataSource;
    QString bigdataBehaviour;
    QDate visitRequested;
    QDate visitDue;
    QDate lastContact;          // latest reminder (phone call, text message)
    QString lastContactOutcome; // its outcome key
    QDate lastCheck;            // latest recorded check that found the person alive
    QString livingStatus;       // from the latest effective check
    QString benefitStatus;      // normal, failed, suspended, stopped, sealed (lifecycle events)
    QVariant sortKey;           // keyset position
};

// Which part of the jurisdiction a list covers: the node's level and code.
// An empty code means every recipient.
struct Scope {
    int level = 1;
    QString code;
};

// How a search text is understood: exactly four digits (the last may be X) are the
// last four of an ID number, what workers are most often given over the phone (an
// ID prefix that short is the region code everybody shares); other digits (and a
// final X) are an ID-number prefix, Latin letters are pinyin initials (prefix),
// anything else is part of a name.
enum class SearchMode { IdPrefix, IdTail, Initials, NameSubstring };

// Builds the SQL of one work list and reads it a page at a time, by key: each
// page continues after the (sort key, id) of the last row, so a page costs the
// same at row 300,000 as at row 0 and no list is ever loaded whole.
class LedgerQuery
{
public:
    enum class SortKey { Default, Name, IdNumber, Birth, PeriodEnd, Community };

    LedgerQuery(Ledger list, const Scope &scope, const QDate &today);

    void setSearchText(const QString &text); // for Ledger::Search
    // What a dashboard count stands for (Ledger::DrillDown); unset parts are not filters.
    struct DrillDown {
        QDate endsFrom, endsTo;       // period ends in this range
        QDate checkedFrom, checkedTo; // a check recorded in this range ...
        QString method;               // ... by this method (key)
        QString status;               // payment status (BenefitLifecycle key)
    };
    void setDrillDown(const DrillDown &d) { m_drill = d; }
    static SearchMode searchMode(const QString &text);
    void setSort(SortKey key, Qt::SortOrder order);
    // Age from which a person belongs to the home-visit ledger (80).
    void setHomeVisitAge(int age) { m_homeVisitAge = age; }
    // Only people in this payment status (BenefitLifecycle key); empty = everyone.
    void setStatusFilter(const QString &benefitStatus) { m_status = benefitStatus; }
    QString statusFilter() const { return m_status; }

    // The part of the jurisdiction the user may see (Session::accessScope()):
    // every row and count is limited to it on top of the requested scope, so a
    // request for another node returns nothing rather than its people.
    void limitTo(const Scope &allowed) { m_limit = allowed; }
    Scope limit() const { return m_limit; }

    Ledger list() const { return m_list; }
    // Rows after `afterKey`/`afterId` (nothing = from the start). Returns false on SQL error.
    bool fetch(const QSqlDatabase &db, const QVariant &afterKey, qint64 afterId, int limit,
               QList<RecipientRow> *rows, QString *error = nullptr) const;
    // Whether the person is one of the list's rows (false also on SQL error).
    bool contains(const QSqlDatabase &db, qint64 recipientId) const;
    // Number of rows in the list; a search counts at most `cap` (+1 to tell "more").
    qint64 count(const QSqlDatabase &db, qint64 cap = -1, QString *error = nullptr) const;

private:
    // withKeyRange = false leaves out the band's range on period_end, for the part of
    // a page that pins period_end to one value (the planner would take the range).
    QString whereClause(QVariantList *binds, bool withKeyRange = true) const;
    bool sortsByBandKey() const;
    // The rows of `where` in `sort` order (then id) after (afterKey, afterId).
    bool fetchRange(const QSqlDatabase &db, const QString &sort, const QString &where,
                    const QVariantList &whereBinds, const QVariant &afterKey, qint64 afterId,
                    int limit, QList<RecipientRow> *rows, QString *error) const;
    // The home-visit list's own order: open requests by due date, then the rest by age.
    bool fetchByUrgency(const QSqlDatabase &db, const QVariant &afterKey, qint64 afterId, int limit,
                        QList<RecipientRow> *rows, QString *error) const;
    bool searchesNames() const;
    QString fromClause() const;
    QString sortExpression() const;

    Ledger m_list;
    Scope m_scope;
    Scope m_limit; // empty code: no limit
    QDate m_today;
    QString m_search;
    SortKey m_sortKey = SortKey::Default;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_homeVisitAge = 80;
    QString m_status;
    DrillDown m_drill;
};

} // namespace certdesk
