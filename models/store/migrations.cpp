#include "migrations.h"

#include "faulthooks.h"

#include "logging.h"
#include "namesearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
// Steps SQL cannot express, run inside the migration's transaction after its SQL.
bool fillNameSearch(QSqlDatabase &db, QString *error)
{
    // Recipients stored before version 2 get their name tokens (see NameSearch).
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO recipient_name_fts(rowid, chars) VALUES(?, ?)"));
    if (!read.exec(QStringLiteral("SELECT id, name FROM recipient"))) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        write.bindValue(0, read.value(0));
        write.bindValue(1, NameSearch::tokens(read.value(1).toString()));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

struct Migration {
    const char *file;
    bool (*after)(QSqlDatabase &, QString *);
};

// Listed explicitly: the order is the schema history and must never change.
const Migration kMigrations[] = {
    {":/sql/001_initial.sql", nullptr},
    {":/sql/002_worklists.sql", fillNameSearch},
    {":/sql/003_verification.sql", nullptr},
    {":/sql/004_users_audit.sql", nullptr},
    {":/sql/005_lifecycle.sql", nullptr},
    {":/sql/006_import_batches.sql", nullptr},
    {":/sql/007_sync.sql", nullptr},
    {":/sql/008_benefit_amounts.sql", nullptr},
    {":/sql/009_bigdata_certification.sql", nullptr},
    {":/sql/010_append_only.sql", nullptr},
    {":/sql/011_id_tail.sql", nullptr},
    {":/sql/012_contact_previous.sql", nullptr},
    {":/sql/013_import_batch_uuid.sql", nullptr},
    {":/sql/014_check_decision_sync.sql", nullptr},
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kMigrations));
}

QStringList Migrations::statements(int version)
{
    if (version < 1 || version > latestVersion())
        return {};
    QFile f(QString::fromLatin1(kMigrations[version - 1].file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QStringList out;
    // A statement ends with a semicolon at the end of a line; a trigger only at
    // "END;" (its body holds semicolons of its own). Comment lines are dropped.
    QString current;
    auto flush = [&] {
        QString stmt = current.trimmed();
        if (stmt.endsWith(QLatin1Char(';')))
            stmt.chop(1); // a trigger's closing "END" needs no terminator either
        if (!stmt.isEmpty())
            out << stmt;
        current.clear();
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (inTrigger ? t.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                      : t.endsWith(QLatin1Char(';')))
            flush();
    }
    flush();
    return out;
}

bool Migrations::migrate(QSqlDatabase &db, int current, int target, QString *error)
{
    for (int v = current + 1; v <= target; ++v) {
        const QStringList stmts = statements(v);
        if (stmts.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Migrations",
                                                     "Migration %1 is missing from the program.")
                             .arg(v);
            return false;
        }
        QString why;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &why)) {
            if (error)
                *error = QCoreApplication::translate("Migrations", "Cannot start migration %1: %2")
                             .arg(v)
                             .arg(why);
            return false;
        }
        bool ok = true;
        for (const QString &s : stmts) {
            if (!exec(db, s, &why)) {
                ok = false;
                why = QStringLiteral("%1 [%2]").arg(why, s.left(80));
                break;
            }
        }
        if (ok && kMigrations[v - 1].after)
            ok = kMigrations[v - 1].after(db, &why);
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v), &why);
        if (ok)
            ok = exec(db, QStringLiteral("COMMIT"), &why);
        if (ok)
            FaultHooks::killPoint("migration-step"); // test builds only
        if (!ok) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            if (error)
                *error = QCoreApplication::translate("Migrations",
                                                     "Migration to schema version %1 failed: %2")
                             .arg(v)
                             .arg(why);
            return false;
        }
        qCInfo(lcStore) << "migrated to schema version" << v;
    }
    return true;
}

} // namespace certdesk
