// Issue 16, point 7: the append-only tables cannot be rewritten by any
// statement. Each table gets one stored row, then every kind of write that
// could change or remove it — UPDATE, UPDATE OR REPLACE, DELETE, INSERT OR
// REPLACE and REPLACE on its key, the same on its rowid with a new key, an
// UPSERT — and the row must read exactly as before, with the table's row
// count unchanged. Without migration 010 the REPLACE rows fail: SQLite's
// REPLACE deletes the row in the way without firing DELETE triggers.
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

struct Table {
    const char *name;
    QStringList key;    // primary / unique key columns
    const char *change; // a non-key column a rewrite would change
    bool separateRowid; // a rowid apart from the key (a TEXT primary key on a rowid table)
};

const Table kTables[] = {
    {"audit_log", {QStringLiteral("id")}, "detail", false},
    {"verification_event", {QStringLiteral("uuid")}, "living_status", true},
    {"lifecycle_event", {QStringLiteral("seq"), QStringLiteral("uuid")}, "reason", false},
    {"event_evidence", {QStringLiteral("event_uuid"), QStringLiteral("sha256")}, "kind", false},
    {"sync_origin", {QStringLiteral("event_uuid")}, "user_name", true},
    {"upstream_status", {QStringLiteral("uuid")}, "status", true},
    {"import_approval",
     {QStringLiteral("batch_id"), QStringLiteral("approved_by")},
     "approved_at",
     false},
    {"contact_log", {QStringLiteral("id")}, "note", false},
    {"visit_attempt", {QStringLiteral("id")}, "note", false},
    {"sync_resolution", {QStringLiteral("uuid")}, "decision", true},
};
} // namespace

class TestAppendOnly : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rewriteRefused_data();
    void rewriteRefused();
    void programInsertsStillWork();

private:
    QString snapshot(const QString &table) const;
    QSqlRecord firstRow(const QString &table) const;
    QTemporaryDir m_dir;
    TestDatabase m_t;
};

void TestAppendOnly::initTestCase()
{
    m_t = TestDatabase::demo(m_dir.filePath(QStringLiteral("d.sqlite")), 5, 3, kToday);
    QVERIFY2(m_t.db, qPrintable(m_t.error));
    QSqlQuery q(m_t.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient ORDER BY id LIMIT 1")) && q.next());
    const QString person = q.value(0).toString();
    const QStringList rows = {
        QStringLiteral("INSERT INTO audit_log(at, username, role, action, target, detail, place, "
                       "prev_hash, hash) VALUES('2026-11-23T08:00:00.000Z', 'wang', "
                       "'community-worker', 'record', 't', 'the entry', 'pc', 'p', 'h')"),
        QStringLiteral("INSERT INTO verification_event(uuid, recipient_id, check_date, "
                       "occurred_at, recorded_at, method, living_status, worker) VALUES('e-1', "
                       "%1, '2026-11-20', '2026-11-20T09:00:00.000Z', "
                       "'2026-11-20T09:05:00.000Z', 'home-visit', 'alive', 'wang')")
            .arg(person),
        QStringLiteral("INSERT INTO lifecycle_event(uuid, recipient_id, kind, event_date, reason, "
                       "actor, recorded_at) VALUES('l-1', %1, 'failed', '2026-11-21', 'no check', "
                       "'wang', '2026-11-21T09:00:00.000Z')")
            .arg(person),
        QStringLiteral("INSERT INTO evidence(sha256, original_name, format, width, height, bytes, "
                       "added_at) VALUES('%1', 'p.jpg', 'jpeg', 1, 1, 1, "
                       "'2026-11-20T09:05:00.000Z')")
            .arg(QString(64, QLatin1Char('a'))),
        QStringLiteral("INSERT INTO event_evidence(event_uuid, sha256, kind) VALUES('e-1', '%1', "
                       "'person')")
            .arg(QString(64, QLatin1Char('a'))),
        QStringLiteral("INSERT INTO sync_origin(event_uuid, device, user_name, received_at, seq) "
                       "VALUES('e-1', 'd', 'wang', '2026-11-20T10:00:00.000Z', 5)"),
        QStringLiteral("INSERT INTO upstream_status(uuid, recipient_id, id_number, status, "
                       "status_date, seq) VALUES('s-1', %1, 'x', 'deceased', '2026-11-01', 6)")
            .arg(person),
        QStringLiteral("INSERT INTO import_batch(id, file_name, created_by, created_at, changes, "
                       "qualified) VALUES(1, 'f.xlsx', 'wang', '2026-11-20T10:00:00.000Z', "
                       "'[]', 0)"),
        QStringLiteral("INSERT INTO import_approval(batch_id, approved_by, approved_at) VALUES(1, "
                       "'li', '2026-11-21T10:00:00.000Z')"),
        QStringLiteral("INSERT INTO contact_log(recipient_id, contacted_on, channel, outcome, "
                       "worker, note) VALUES(%1, '2026-11-19', 'phone', 'reached', 'wang', 'ok')")
            .arg(person),
        QStringLiteral("INSERT INTO visit_request(id, recipient_id, requested_on, due_on) "
                       "VALUES(900, %1, '2026-11-18', '2026-11-25')")
            .arg(person),
        QStringLiteral("INSERT INTO visit_attempt(request_id, attempted_on, outcome, worker, note) "
                       "VALUES(900, '2026-11-19', 'not-home', 'wang', 'came back')"),
        QStringLiteral("INSERT INTO sync_resolution(uuid, conflict_id, decision, value, "
                       "decided_by, decided_at) VALUES('r-1', 'c-1', 'use-value', '139', "
                       "'super', '2026-11-22T10:00:00.000Z')"),
    };
    for (const QString &sql : rows)
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1Char(' ') + sql));
}

QSqlRecord TestAppendOnly::firstRow(const QString &table) const
{
    QSqlQuery q(m_t.db->connection());
    q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(table));
    return q.next() ? q.record() : QSqlRecord();
}

// Every row, every column, as text: what "unchanged" is compared on.
QString TestAppendOnly::snapshot(const QString &table) const
{
    QSqlQuery q(m_t.db->connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        return q.lastError().text();
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

void TestAppendOnly::rewriteRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("how"); // statement kind
    const char *const hows[] = {"update",     "update-or-replace", "delete",
                                "delete-all", "insert-or-replace", "replace",
                                "upsert",     "rowid-replace",     "insert-or-replace-rt"};
    for (const Table &t : kTables) {
        for (const char *how : hows) {
            if (!t.separateRowid && QLatin1String(how) == QLatin1String("rowid-replace"))
                continue;
            QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(t.name), QLatin1String(how))))
                << QString::fromLatin1(t.name) << QString::fromLatin1(how);
        }
    }
}

void TestAppendOnly::rewriteRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, how);
    const Table *t = nullptr;
    for (const Table &candidate : kTables) {
        if (table == QLatin1String(candidate.name))
            t = &candidate;
    }
    QVERIFY(t);
    const QString change = QString::fromLatin1(t->change);
    const QSqlRecord row = firstRow(table);
    QVERIFY(!row.isEmpty());
    QStringList columns, marks;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        columns << row.fieldName(i);
        marks << QStringLiteral("?");
        values << (row.fieldName(i) == change ? QVariant(QStringLiteral("evil")) : row.value(i));
    }
    QString keyWhere;
    for (const QString &k : t->key)
        keyWhere += (keyWhere.isEmpty() ? QString() : QStringLiteral(" AND ")) +
                    QStringLiteral("%1 = '%2'").arg(k, row.value(k).toString());
    const QString insert =
        QStringLiteral("INTO %1(%2) VALUES(%3)")
            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    QString sql;
    bool bindRow = false;
    if (how == QLatin1String("update"))
        sql = QStringLiteral("UPDATE %1 SET %2 = 'evil' WHERE %3").arg(table, change, keyWhere);
    else if (how == QLatin1String("update-or-replace"))
        sql = QStringLiteral("UPDATE OR REPLACE %1 SET %2 = 'evil'").arg(table, change);
    else if (how == QLatin1String("delete"))
        sql = QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, keyWhere);
    else if (how == QLatin1String("delete-all"))
        sql = QStringLiteral("DELETE FROM %1").arg(table);
    else if (how == QLatin1String("insert-or-replace") ||
             how == QLatin1String("insert-or-replace-rt")) {
        sql = QStringLiteral("INSERT OR REPLACE ") + insert;
        bindRow = true;
    } else if (how == QLatin1String("replace")) {
        sql = QStringLiteral("REPLACE ") + insert;
        bindRow = true;
    } else if (how == QLatin1String("upsert")) {
        sql = QStringLiteral("INSERT ") + insert +
              QStringLiteral(" ON CONFLICT DO UPDATE SET %1 = 'evil'").arg(change);
        bindRow = true;
    } else if (how == QLatin1String("rowid-replace")) {
        // Same rowid, a new key: REPLACE would delete the stored row by its rowid.
        QSqlQuery r(m_t.db->connection());
        QVERIFY(r.exec(QStringLiteral("SELECT rowid FROM %1 WHERE %2").arg(table, keyWhere)) &&
                r.next());
        QStringList keyless = columns;
        QVariantList newValues = values;
        for (int i = 0; i < columns.size(); ++i) {
            if (t->key.contains(columns.at(i)) && row.value(i).typeId() == QMetaType::QString)
                newValues[i] = row.value(i).toString() + QStringLiteral("-new");
            else if (t->key.contains(columns.at(i)))
                newValues[i] = row.value(i).toLongLong() + 1000;
        }
        sql = QStringLiteral("INSERT OR REPLACE INTO %1(rowid,%2) VALUES(%3,%4)")
                  .arg(table, columns.join(QLatin1Char(',')), r.value(0).toString(),
                       marks.join(QLatin1Char(',')));
        values = newValues;
        bindRow = true;
    }
    const QString before = snapshot(table);
    QSqlQuery q(m_t.db->connection());
    if (how == QLatin1String("insert-or-replace-rt"))
        QVERIFY(q.exec(QStringLiteral("PRAGMA recursive_triggers = ON")));
    QVERIFY(q.prepare(sql));
    if (bindRow) {
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
    }
    const bool ran = q.exec();
    const QString why = q.lastError().text();
    QSqlQuery off(m_t.db->connection());
    off.exec(QStringLiteral("PRAGMA recursive_triggers = OFF"));
    // Refused, or (where the program itself relies on INSERT OR IGNORE) dropped:
    // either way the stored row reads as before and nothing was added.
    QCOMPARE(snapshot(table), before);
    if (ran && (how.startsWith(QLatin1String("update")) || how.startsWith(QLatin1String("delete"))))
        QFAIL(qPrintable(QStringLiteral("%1 ran: %2").arg(sql, why)));
}

// The program's own writes keep working: a new row of each append-only table
// goes in, and the INSERT OR IGNORE the sync pull uses still ignores.
void TestAppendOnly::programInsertsStillWork()
{
    QSqlQuery q(m_t.db->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO sync_origin(event_uuid, device, user_name, "
                                   "received_at, seq) VALUES('e-2', 'd', 'li', 'now', 7)")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("INSERT OR IGNORE INTO sync_origin(event_uuid, device, "
                                   "user_name, received_at, seq) VALUES('e-2', 'x', 'x', 'x', 8)")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT user_name FROM sync_origin WHERE event_uuid = 'e-2'")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("li"));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log(at, username, role, action, place, "
                                   "prev_hash, hash) VALUES('t', 'u', 'r', 'a', 'p', 'x', 'y')")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("UPDATE sync_resolution SET state = 'accepted', last_error = "
                                   "NULL WHERE uuid = 'r-1'")),
             qPrintable(q.lastError().text()));
}

QTEST_GUILESS_MAIN(TestAppendOnly)
#include "tst_appendonly.moc"
