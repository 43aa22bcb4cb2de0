#include "citystore.h"

#include "../tests/syncharness.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <chrono>
#include <unistd.h>

namespace certdesk::city
{

namespace
{
// Connections of this program are named so, and left out of the counts.
const QString kApplication = QStringLiteral("bench_city");

QSqlDatabase openStore(const QString &url, const QString &name, QString *error)
{
    QSqlDatabase db;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        const QUrl u(url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        db.setConnectOptions(QStringLiteral("application_name=%1").arg(kApplication));
    }
    if (!db.open() && error)
        *error =
            QStringLiteral("%1: %2").arg(url.section(QLatin1Char('@'), -1), db.lastError().text());
    return db;
}

// The IN (...) list of `values`, quoted (hex hashes and UUIDs only).
QString quotedList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << QLatin1Char('\'') + v + QLatin1Char('\'');
    return out.join(QLatin1Char(','));
}
} // namespace

double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    // After "pid (name) ": state is field 3; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

CityStore::CityStore(const QString &url, QString *error)
    : m_name(QStringLiteral("city-store")), m_postgres(!url.startsWith(QLatin1String("sqlite:")))
{
    m_db = openStore(url, m_name, error);
}

CityStore::~CityStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool CityStore::reset(const QString &url, QString *error)
{
    if (!url.startsWith(QLatin1String("sqlite:")))
        return synctest::resetPostgres(url, error);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(url.mid(7) + QLatin1String(suffix));
    return true;
}

QString CityStore::ownDatabase(const QString &url, const QString &name, QString *error)
{
    return synctest::ownPostgresDatabase(url, name, error);
}

QStringList CityStore::codes(int level) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code FROM jurisdiction WHERE level = ? ORDER BY code"));
    q.addBindValue(level);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

qint64 CityStore::scalar(const QString &sql) const
{
    QSqlQuery q(m_db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool CityStore::copyUsers(const QString &from, const QList<User> &users, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    q.addBindValue(from);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("user %1 not found: %2").arg(from, q.lastError().text());
        return false;
    }
    const QString hash = q.value(0).toString();
    q.finish();
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO users (name, display_name, password_hash, role, scope_code, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET password_hash = "
        "excluded.password_hash, role = excluded.role, scope_code = excluded.scope_code"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const User &u : users) {
        q.addBindValue(u.name);
        q.addBindValue(u.name);
        q.addBindValue(hash);
        q.addBindValue(u.role);
        q.addBindValue(u.scope);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = QStringLiteral("user %1: %2").arg(u.name, q.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

double CityStore::backendCpuSeconds() const
{
    if (!m_postgres)
        return 0;
    QSqlQuery q(m_db);
    double sum = 0;
    if (q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = "
                              "current_database() AND application_name <> '%1'")
                   .arg(kApplication))) {
        while (q.next())
            sum += processCpuSeconds(q.value(0).toLongLong());
    }
    return sum;
}

bool CityStore::resetStatements() const
{
    QSqlQuery q(m_db);
    return m_postgres && q.exec(QStringLiteral("SELECT pg_stat_statements_reset()"));
}

QList<CityStore::StatementCost> CityStore::heaviestStatements(int count) const
{
    QList<StatementCost> out;
    QSqlQuery q(m_db);
    // Not this bench's own reads (its connection's application_name is not
    // kept by pg_stat_statements, but its statements name pg_stat_*).
    if (!q.exec(QStringLiteral("SELECT calls, total_exec_time, regexp_replace(query, '\\s+', ' ', "
                               "'g') FROM pg_stat_statements WHERE dbid = (SELECT oid FROM "
                               "pg_database WHERE datname = current_database()) AND query NOT "
                               "LIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT %1")
                    .arg(count)))
        return out;
    while (q.next())
        out << StatementCost{q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toString()};
    return out;
}

CityStore::Stored CityStore::stored(const QString &devicePrefix, const QStringList &pushed,
                                    const QStringList &uploaded) const
{
    Stored s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid FROM event WHERE device LIKE ?"));
    q.addBindValue(devicePrefix + QLatin1Char('%'));
    QSet<QString> uuids;
    if (q.exec()) {
        while (q.next()) {
            ++s.events;
            uuids.insert(q.value(0).toString());
        }
    }
    s.distinctEvents = uuids.size();
    QHash<QString, int> changes;
    for (qsizetype first = 0; first < pushed.size(); first += 500) {
        const QStringList part = pushed.mid(first, 500);
        for (const QString &uuid : part)
            s.missingEvents += uuids.contains(uuid) ? 0 : 1;
        if (q.exec(QStringLiteral("SELECT key FROM change WHERE type = 'event' AND key IN (%1)")
                       .arg(quotedList(part)))) {
            while (q.next())
                ++changes[q.value(0).toString()];
        }
    }
    for (const QString &uuid : pushed)
        s.badChanges += changes.value(uuid) == 1 ? 0 : 1;
    const QStringList photos(QSet<QString>(uploaded.cbegin(), uploaded.cend()).values());
    for (qsizetype first = 0; first < photos.size(); first += 500) {
        const QStringList part = photos.mid(first, 500);
        if (q.exec(QStringLiteral("SELECT count(*) FROM evidence WHERE sha256 IN (%1)")
                       .arg(quotedList(part))) &&
            q.next())
            s.missingPhotos += part.size() - q.value(0).toLongLong();
    }
    return s;
}

CityServer::CityServer(const QString &store, const QString &evidenceDir, int threads)
    : m_store(store), m_evidence(evidenceDir), m_threads(threads)
{
}

CityServer::~CityServer()
{
    stop();
}

bool CityServer::start(QString *error)
{
    // The server's own complaints (store failures, logged) reach our stderr.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(m_program, {QStringLiteral("serve"), QStringLiteral("--db"), m_store,
                                QStringLiteral("--evidence"), m_evidence,
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--threads"), QString::number(m_threads)});
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QByteArray out;
    while (m_process.waitForReadyRead(30000)) {
        out += m_process.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = m.captured(1).toInt();
            return true;
        }
    }
    *error = QStringLiteral("the server did not start: %1").arg(QString::fromUtf8(out));
    return false;
}

void CityServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
}

Sampler::Sampler(qint64 pid, const QString &postgresUrl) : m_pid(pid), m_url(postgresUrl) {}

Sampler::~Sampler()
{
    stop();
}

void Sampler::start()
{
    m_thread = std::make_unique<std::thread>([this] { run(); });
}

void Sampler::stop()
{
    m_stop = true;
    if (m_thread && m_thread->joinable())
        m_thread->join();
}

void Sampler::run()
{
    const QString name = QStringLiteral("city-sampler");
    {
        QString error;
        QSqlDatabase db = m_url.isEmpty() ? QSqlDatabase() : openStore(m_url, name, &error);
        QSqlQuery q(db);
        for (int tick = 0; !m_stop; ++tick) {
            QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    const qint64 kb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
                    if (line.startsWith("VmRSS:"))
                        m_peakRss = std::max<qint64>(m_peakRss, kb);
                    else if (line.startsWith("VmHWM:"))
                        m_hwm = kb;
                }
            }
            if (db.isOpen() && tick % 5 == 0 &&
                q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE state = "
                                      "'active') FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND application_name <> '%1'")
                           .arg(kApplication)) &&
                q.next()) {
                m_peakConnections = std::max(m_peakConnections.load(), q.value(0).toInt());
                m_peakActive = std::max(m_peakActive.load(), q.value(1).toInt());
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace certdesk::city
