#include "bulkreference.h"

#include "domain/ledgerband.h"
#include "domain/specialgroup.h"

#include <QFile>
#include <cstdio>
#include <memory>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace certdesk::bulkref
{

namespace
{
struct Closer {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
    void operator()(FILE *f) const { std::fclose(f); }
};
using Db = std::unique_ptr<sqlite3, Closer>;
using Stmt = std::unique_ptr<sqlite3_stmt, Closer>;
using File = std::unique_ptr<FILE, Closer>;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

Db openDb(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        fail(error, QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_close(db);
        return nullptr;
    }
    return Db(db);
}

Stmt prepare(sqlite3 *db, const QString &sql, QString *error)
{
    sqlite3_stmt *s = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &s, nullptr) != SQLITE_OK) {
        fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
        return nullptr;
    }
    return Stmt(s);
}

void bindText(sqlite3_stmt *s, int i, const QString &v)
{
    const QByteArray b = v.toUtf8();
    sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Stmt ledger(sqlite3 *db, const LedgerBinds &b, qint64 limit, QString *error)
{
    Stmt s = prepare(db, ledgerSql(limit), error);
    if (s) {
        bindText(s.get(), 1, b.district);
        bindText(s.get(), 2, iso(b.from));
        bindText(s.get(), 3, iso(b.to));
    }
    return s;
}

void jsonString(FILE *f, const unsigned char *t, int n)
{
    std::fputc('"', f);
    for (int i = 0; i < n; ++i) {
        const unsigned char c = t[i];
        if (c == '"' || c == '\\')
            std::fprintf(f, "\\%c", c);
        else if (c < 0x20)
            std::fprintf(f, "\\u%04x", c);
        else
            std::fputc(c, f);
    }
    std::fputc('"', f);
}

void csvField(FILE *f, sqlite3_stmt *s, int c)
{
    switch (sqlite3_column_type(s, c)) {
    case SQLITE_NULL:
        return;
    case SQLITE_INTEGER:
        std::fprintf(f, "%lld", sqlite3_column_int64(s, c));
        return;
    default:
        break;
    }
    const unsigned char *t = sqlite3_column_text(s, c);
    const int n = sqlite3_column_bytes(s, c);
    std::fputc('"', f);
    for (int i = 0; i < n; ++i) {
        if (t[i] == '"')
            std::fputc('"', f);
        std::fputc(t[i], f);
    }
    std::fputc('"', f);
}

bool stepAll(sqlite3 *db, sqlite3_stmt *s, QString *error)
{
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(s); ++c)
            (void)sqlite3_column_text(s, c);
    }
    return rc == SQLITE_DONE || fail(error, QString::fromUtf8(sqlite3_errmsg(db)));
}
} // namespace

QString ledgerSql(qint64 limit)
{
    QString sql = QStringLiteral(
        "SELECT r.id AS id, r.id_number, r.name, r.sex, r.birth_date, r.category, "
        "(SELECT name FROM jurisdiction WHERE code = r.community_code) AS community, r.phone, "
        "r.period_end, r.special_flags, r.bigdata_rank, r.bigdata_detail, r.bigdata_source, "
        "r.bigdata_behaviour, "
        "(SELECT requested_on FROM visit_request v WHERE v.recipient_id = r.id AND v.status = "
        "'open' ORDER BY due_on LIMIT 1) AS visit_requested, "
        "(SELECT nullif(due_on, '9999-12-31') FROM visit_request v WHERE v.recipient_id = r.id AND "
        "v.status = 'open' ORDER BY due_on LIMIT 1) AS visit_due, "
        "r.period_end AS sk, "
        "(SELECT contacted_on || '|' || outcome FROM contact_log l WHERE l.recipient_id = r.id "
        "ORDER BY contacted_on DESC, id DESC LIMIT 1) AS last_contact, r.last_check_date, "
        "r.living_status, r.benefit_status "
        "FROM recipient r WHERE r.district_code = ?1 AND r.period_end >= ?2 AND r.period_end <= "
        "?3 ORDER BY r.period_end, r.id");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

bool ledgerJson(const QString &path, const LedgerBinds &b, qint64 limit, const QString &out,
                QString *error)
{
    const Db db = openDb(path, error);
    const Stmt s = db ? ledger(db.get(), b, limit, error) : nullptr;
    const File f(std::fopen(QFile::encodeName(out).constData(), "wb"));
    if (!s || !f)
        return s && fail(error, QStringLiteral("cannot write %1").arg(out));
    const int columns = sqlite3_column_count(s.get());
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        std::fputc('{', f.get());
        for (int c = 0; c < columns; ++c) {
            std::fprintf(f.get(), c ? ",\"%s\":" : "\"%s\":", sqlite3_column_name(s.get(), c));
            switch (sqlite3_column_type(s.get(), c)) {
            case SQLITE_NULL:
                std::fputs("null", f.get());
                break;
            case SQLITE_INTEGER:
                std::fprintf(f.get(), "%lld", sqlite3_column_int64(s.get(), c));
                break;
            default:
                jsonString(f.get(), sqlite3_column_text(s.get(), c),
                           sqlite3_column_bytes(s.get(), c));
            }
        }
        std::fputs("}\n", f.get());
    }
    return rc == SQLITE_DONE || fail(error, QString::fromUtf8(sqlite3_errmsg(db.get())));
}

bool ledgerCsv(const QString &path, const LedgerBinds &b, const QString &out, QString *error)
{
    const Db db = openDb(path, error);
    const Stmt s = db ? ledger(db.get(), b, -1, error) : nullptr;
    const File f(std::fopen(QFile::encodeName(out).constData(), "wb"));
    if (!s || !f)
        return s && fail(error, QStringLiteral("cannot write %1").arg(out));
    std::fputs("\xEF\xBB\xBF", f.get());
    const int columns = sqlite3_column_count(s.get());
    for (int c = 0; c < columns; ++c)
        std::fprintf(f.get(), c ? ",\"%s\"" : "\"%s\"", sqlite3_column_name(s.get(), c));
    std::fputs("\r\n", f.get());
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (c)
                std::fputc(',', f.get());
            csvField(f.get(), s.get(), c);
        }
        std::fputs("\r\n", f.get());
    }
    return rc == SQLITE_DONE || fail(error, QString::fromUtf8(sqlite3_errmsg(db.get())));
}

bool ledgerXlsx(const QString &path, const LedgerBinds &b, const QString &out, QString *error)
{
    const Db db = openDb(path, error);
    const Stmt s = db ? ledger(db.get(), b, -1, error) : nullptr;
    if (!s)
        return false;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray name = QFile::encodeName(out);
    lxw_workbook *book = workbook_new_opt(name.constData(), &options);
    if (!book)
        return fail(error, QStringLiteral("cannot write %1").arg(out));
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Sheet1");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *text = workbook_add_format(book);
    format_set_num_format(text, "@");
    const int columns = sqlite3_column_count(s.get());
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 16, nullptr);
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), sqlite3_column_name(s.get(), c), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 0;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        ++row;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(s.get(), c)) {
            case SQLITE_NULL:
                break;
            case SQLITE_INTEGER:
                worksheet_write_number(sheet, row, lxw_col_t(c),
                                       double(sqlite3_column_int64(s.get(), c)), nullptr);
                break;
            default:
                worksheet_write_string(
                    sheet, row, lxw_col_t(c),
                    reinterpret_cast<const char *>(sqlite3_column_text(s.get(), c)), text);
            }
        }
    }
    const lxw_error closed = workbook_close(book);
    if (rc != SQLITE_DONE)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(db.get())));
    return closed == LXW_NO_ERROR || fail(error, QString::fromUtf8(lxw_strerror(closed)));
}

bool counts(const QString &path, const QString &district, const QDate &today, QString *error)
{
    const Db db = openDb(path, error);
    if (!db)
        return false;
    auto range = [&](LedgerBand band) { return LedgerBands::range(band, today); };
    const DateRange w3 = LedgerBands::within3(today);
    const QString where = QStringLiteral("SELECT count(*) FROM recipient r WHERE "
                                         "r.district_code = ?1 AND ");
    const QString cutoff = iso(SpecialGroup::latestBirthForAge(today, 80));
    struct Count {
        QString sql;
        QStringList binds;
    };
    const QList<Count> all = {
        {where + QStringLiteral("r.period_end <= ?2"), {iso(range(LedgerBand::Overdue).last)}},
        {where + QStringLiteral("r.period_end >= ?2 AND r.period_end <= ?3"),
         {iso(range(LedgerBand::Within1).first), iso(range(LedgerBand::Within1).last)}},
        {where + QStringLiteral("r.period_end >= ?2 AND r.period_end <= ?3"),
         {iso(range(LedgerBand::Within2).first), iso(range(LedgerBand::Within2).last)}},
        {where + QStringLiteral("r.period_end >= ?2 AND r.period_end <= ?3"),
         {iso(range(LedgerBand::Within3).first), iso(range(LedgerBand::Within3).last)}},
        {where + QStringLiteral("r.period_end >= ?2 AND r.period_end <= ?3"),
         {iso(w3.first), iso(w3.last)}},
        {where + QStringLiteral("r.bigdata_rank = 1"), {}},
        {where + QStringLiteral("r.bigdata_rank IS NOT NULL"), {}},
        {QStringLiteral("SELECT (SELECT count(*) FROM recipient WHERE district_code = ?1 AND "
                        "birth_date <= ?2) + (SELECT count(*) FROM recipient WHERE district_code "
                        "= ?1 AND special_flags <> 0 AND birth_date > ?2)"),
         {cutoff}},
        // As LedgerQuery counts the lost list: two index ranges as a set of ids.
        {where + QStringLiteral(
                     "r.id IN (SELECT id FROM recipient WHERE district_code = ?1 AND "
                     "bigdata_rank = 0 AND benefit_status = 'normal' UNION ALL SELECT id FROM "
                     "recipient WHERE living_status IN ('deceased', 'imprisoned', 'missing', "
                     "'other-loss') AND benefit_status IN ('normal', 'failed'))"),
         {}},
    };
    for (const Count &c : all) {
        const Stmt s = prepare(db.get(), c.sql, error);
        if (!s)
            return false;
        bindText(s.get(), 1, district);
        for (int i = 0; i < c.binds.size(); ++i)
            bindText(s.get(), i + 2, c.binds.at(i));
        if (!stepAll(db.get(), s.get(), error))
            return false;
    }
    return true;
}

bool lifecycleScans(const QString &path, const QDate &month, const QDate &today, QString *error)
{
    const Db db = openDb(path, error);
    if (!db)
        return false;
    const char node[] =
        "(coalesce(?9, '') = '' OR ?9 IN (r.district_code, r.street_code, r.community_code))";
    const QDate endedBefore = qMin(today, month.addMonths(1));
    const QStringList sql = {
        QStringLiteral(
            "SELECT * FROM (SELECT r.id, r.name, r.id_number, r.community_code, "
            "r.monthly_benefit_fen, r.period_end, "
            "(SELECT count(*) FROM contact_log l WHERE l.recipient_id = r.id "
            "  AND l.contacted_on >= date(r.period_end, '-1 month') AND l.contacted_on <= ?1) + "
            "(SELECT count(*) FROM visit_attempt a JOIN visit_request v ON v.id = a.request_id "
            "WHERE v.recipient_id = r.id "
            "  AND a.attempted_on >= date(r.period_end, '-1 month') AND a.attempted_on <= ?1) AS "
            "attempts FROM recipient r WHERE r.benefit_status = 'normal' AND r.living_status IN "
            "('alive', 'unreachable', 'missing') AND r.period_end < ?2 AND %1) WHERE attempts >= "
            "1")
            .arg(QLatin1String(node)),
        QStringLiteral(
            "SELECT r.id, r.name, r.id_number, r.community_code, r.monthly_benefit_fen, "
            "r.benefit_status, r.living_status, r.bigdata_rank, r.bigdata_detail, "
            "(SELECT max(e.check_date) FROM verification_event e WHERE e.recipient_id = r.id), "
            "r.last_check_date FROM recipient r WHERE (r.benefit_status = 'failed' OR "
            "(r.benefit_status = 'normal' AND (r.living_status IN ('deceased', 'imprisoned', "
            "'missing', 'other-loss', '-') OR r.bigdata_rank = 0))) AND %1")
            .arg(QLatin1String(node)),
        QStringLiteral(
            "SELECT r.id, r.name, r.id_number, r.community_code, r.monthly_benefit_fen, "
            "r.living_status, r.last_check_date, (SELECT e.uuid FROM verification_event e WHERE "
            "e.recipient_id = r.id AND e.living_status = 'alive' ORDER BY e.check_date DESC, "
            "e.occurred_at DESC LIMIT 1) FROM recipient r WHERE r.benefit_status IN ('failed', "
            "'suspended', 'stopped') AND %1")
            .arg(QLatin1String(node)),
    };
    for (const QString &text : sql) {
        const Stmt s = prepare(db.get(), text, error);
        if (!s)
            return false;
        bindText(s.get(), 1, iso(today));
        bindText(s.get(), 2, iso(endedBefore));
        bindText(s.get(), 9, QString());
        if (!stepAll(db.get(), s.get(), error))
            return false;
    }
    return true;
}

namespace
{
// What the reference does for a qualified row beyond the UPDATE (importResults).
struct CertificationStatements {
    Stmt checks, event, outbox, derived, audit;
    bool prepare(sqlite3 *db, QString *error)
    {
        checks = bulkref::prepare(db,
                                  QStringLiteral("SELECT uuid, check_date, living_status FROM "
                                                 "verification_event WHERE recipient_id = ?"),
                                  error);
        event = bulkref::prepare(
            db,
            QStringLiteral("INSERT INTO verification_event(uuid, recipient_id, check_date, "
                           "occurred_at, recorded_at, method, living_status, worker, note, "
                           "period_start, period_end, source, bigdata_month, import_batch) "
                           "VALUES(?1, ?2, ?3, ?3 || 'T04:00:00.000Z', "
                           "strftime('%Y-%m-%dT%H:%M:%fZ'), 'big-data', 'alive', 'cli', ?4, ?3, "
                           "date(?3, '+1 year', '-1 day'), NULL, ?5, 'reference')"),
            error);
        outbox = bulkref::prepare(
            db,
            QStringLiteral("INSERT INTO outbox(event_uuid, state, updated_at) VALUES(?, "
                           "'pending', strftime('%Y-%m-%dT%H:%M:%fZ'))"),
            error);
        derived = bulkref::prepare(
            db,
            QStringLiteral("UPDATE recipient SET last_check_date = ?1, living_status = 'alive', "
                           "period_start = ?1, period_end = date(?1, '+1 year', '-1 day') "
                           "WHERE id = ?2"),
            error);
        audit = bulkref::prepare(
            db,
            QStringLiteral("INSERT INTO audit_log(at, username, role, action, target, detail, "
                           "place, off_hours, prev_hash, hash) VALUES(strftime('%Y-%m-%dT%H:%M:"
                           "%fZ'), 'cli', 'admin', 'record', ?1, ?2, 'cli', 0, ?3, ?3)"),
            error);
        return checks && event && outbox && derived && audit;
    }
    bool write(qint64 id, const QByteArray &idNumber, const QByteArray &month,
               const QByteArray &detail)
    {
        const QByteArray uuid = idNumber + '|' + month, date = month + "-01";
        const QByteArray hash(64, '0');
        sqlite3_reset(checks.get());
        sqlite3_bind_int64(checks.get(), 1, id);
        while (sqlite3_step(checks.get()) == SQLITE_ROW) {
        }
        auto text = [](sqlite3_stmt *s, int i, const QByteArray &v) {
            sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        };
        sqlite3_reset(event.get());
        text(event.get(), 1, uuid);
        sqlite3_bind_int64(event.get(), 2, id);
        text(event.get(), 3, date);
        text(event.get(), 4, detail);
        text(event.get(), 5, month);
        sqlite3_reset(outbox.get());
        text(outbox.get(), 1, uuid);
        sqlite3_reset(derived.get());
        text(derived.get(), 1, date);
        sqlite3_bind_int64(derived.get(), 2, id);
        sqlite3_reset(audit.get());
        text(audit.get(), 1, idNumber);
        text(audit.get(), 2, uuid);
        text(audit.get(), 3, hash);
        for (sqlite3_stmt *s : {event.get(), outbox.get(), derived.get(), audit.get()})
            if (sqlite3_step(s) != SQLITE_DONE)
                return false;
        return true;
    }
};
} // namespace

bool importResults(const QString &path, const QString &csv, const QString &month, bool certify,
                   QString *error)
{
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot read %1").arg(csv));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const Db db = openDb(path, error);
    if (!db)
        return false;
    const Stmt find = prepare(db.get(),
                              QStringLiteral("SELECT id, name, bigdata_rank, bigdata_detail, "
                                             "bigdata_source, bigdata_month FROM recipient WHERE "
                                             "id_number = ?"),
                              error);
    const Stmt update = prepare(
        db.get(),
        QStringLiteral("UPDATE recipient SET bigdata_rank = ?, bigdata_month = ?, bigdata_detail "
                       "= ?, bigdata_source = ?, bigdata_behaviour = ? WHERE id = ? AND "
                       "(bigdata_month IS NULL OR bigdata_month <= ?)"),
        error);
    // The desk's connection settings (Database::openConnection): the same work
    // under the same cache, foreign keys and sync level as ours.
    sqlite3_exec(db.get(),
                 "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                 "PRAGMA cache_size = -65536",
                 nullptr, nullptr, nullptr);
    CertificationStatements certification;
    if (!find || !update || (certify && !certification.prepare(db.get(), error)))
        return false;
    sqlite3_exec(db.get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const QByteArray m = month.toUtf8();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
        if (cells.size() < 4)
            continue;
        auto cell = [&](int c) {
            QByteArray v = cells.at(c);
            return v.startsWith('"') ? v.mid(1, v.size() - 2) : v;
        };
        const QByteArray id = cell(0), conclusion = cell(2), detail = cell(3);
        sqlite3_reset(find.get());
        sqlite3_bind_text(find.get(), 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(find.get()) != SQLITE_ROW)
            continue;
        const int rank = conclusion.contains("\xE4\xB8\xA7")   ? 0
                         : conclusion.contains("\xE5\xBE\x85") ? 1
                                                               : 2;
        sqlite3_reset(update.get());
        sqlite3_bind_int(update.get(), 1, rank);
        sqlite3_bind_text(update.get(), 2, m.constData(), int(m.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(update.get(), 3, detail.constData(), int(detail.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_null(update.get(), 4);
        sqlite3_bind_null(update.get(), 5);
        sqlite3_bind_int64(update.get(), 6, sqlite3_column_int64(find.get(), 0));
        sqlite3_bind_text(update.get(), 7, m.constData(), int(m.size()), SQLITE_TRANSIENT);
        const qint64 person = sqlite3_column_int64(find.get(), 0);
        if (sqlite3_step(update.get()) != SQLITE_DONE ||
            (certify && rank == 2 && !certification.write(person, id, m, detail))) {
            sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(error, QString::fromUtf8(sqlite3_errmsg(db.get())));
        }
    }
    return sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK ||
           fail(error, QString::fromUtf8(sqlite3_errmsg(db.get())));
}

} // namespace certdesk::bulkref
