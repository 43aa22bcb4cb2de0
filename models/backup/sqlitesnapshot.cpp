#include "sqlitesnapshot.h"

#include "store/database.h"
#include "sync/syncsettings.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace certdesk
{

namespace
{
QString districtNames(const QSqlDatabase &c)
{
    QSqlQuery q(c);
    QStringList names;
    if (q.exec(
            QStringLiteral("SELECT name, code FROM jurisdiction WHERE level = 1 ORDER BY code"))) {
        while (q.next())
            names << QStringLiteral("%1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    }
    return names.join(QStringLiteral(", "));
}

// A private connection, removed when this goes out of scope.
class PrivateConnection
{
public:
    PrivateConnection(const QString &path, bool readOnly) : m_path(path), m_readOnly(readOnly)
    {
        for (const QString &suffix : sidecars())
            m_existed << QFileInfo::exists(path + suffix);
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("certdesk-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        c.setDatabaseName(path);
        if (readOnly)
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        c.open();
    }
    ~PrivateConnection()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        // Reading a WAL database, even read-only, makes a -wal and a -shm; a file
        // that is only looked at must be left as it was found.
        if (m_readOnly) {
            for (int i = 0; i < sidecars().size(); ++i) {
                if (!m_existed.at(i))
                    QFile::remove(m_path + sidecars().at(i));
            }
        }
    }
    PrivateConnection(const PrivateConnection &) = delete;
    PrivateConnection &operator=(const PrivateConnection &) = delete;
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    static QStringList sidecars() { return {QStringLiteral("-wal"), QStringLiteral("-shm")}; }
    QString m_name;
    QString m_path;
    bool m_readOnly = false;
    QList<bool> m_existed;
};
} // namespace

bool SqliteSnapshot::vacuumInto(const Database &db, const QString &target, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (q.exec())
        return true;
    *error = tr("Cannot copy the database: %1").arg(q.lastError().text());
    return false;
}

std::optional<SnapshotFacts> SqliteSnapshot::inspect(const QString &path, bool checkIntegrity,
                                                     bool readOnly, QString *error)
{
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        *error = tr("There is no database in it.");
        return std::nullopt;
    }
    const PrivateConnection pc(path, readOnly);
    const QSqlDatabase c = pc.connection();
    if (!c.isOpen()) {
        *error = tr("The database cannot be opened: %1").arg(c.lastError().text());
        return std::nullopt;
    }
    SnapshotFacts facts;
    QSqlQuery q(c);
    auto fail = [&](const QString &what) {
        *error = tr("The database is damaged (%1): %2").arg(what, q.lastError().text());
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return fail(QStringLiteral("application_id"));
    facts.applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(QStringLiteral("user_version"));
    facts.schemaVersion = q.value(0).toInt();
    if (checkIntegrity) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
            return fail(QStringLiteral("integrity_check"));
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")}) {
            *error = tr("The database is damaged: %1").arg(problems.join(QStringLiteral("; ")));
            return std::nullopt;
        }
    }
    QStringList tables;
    if (!q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")))
        return fail(QStringLiteral("sqlite_master"));
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !q.next())
            return fail(table);
        facts.rowCounts.insert(table, q.value(0).toLongLong());
    }
    if (tables.contains(QStringLiteral("setting"))) {
        q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        q.addBindValue(SyncSettings::deviceSettingKey());
        if (q.exec() && q.next())
            facts.deskId = q.value(0).toString();
    }
    if (tables.contains(QStringLiteral("jurisdiction")))
        facts.deskName = districtNames(c);
    return facts;
}

QString DeskIdentity::ensure(const Database &db)
{
    return SyncSettings::load(db).device;
}

QString DeskIdentity::name(const Database &db)
{
    return districtNames(db.connection());
}

} // namespace certdesk
