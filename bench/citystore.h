#pragma once

// bench_city's side of the server: its store read and set up by SQL (users,
// the count of what was stored), the serving process, and a sampler of the
// server's memory and of PostgreSQL's connections while the devices run.
#include <QList>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

namespace certdesk::city
{

// CPU seconds (user + system) a process has used, from /proc/PID/stat.
double processCpuSeconds(qint64 pid);

class CityStore
{
public:
    CityStore(const QString &url, QString *error);
    ~CityStore();
    bool isOpen() const { return m_db.isOpen(); }
    bool isPostgres() const { return m_postgres; }

    // Empties the store (the server makes its schema again).
    static bool reset(const QString &url, QString *error);
    // A database of its own on the test PostgreSQL server (CTest runs suites in parallel).
    static QString ownDatabase(const QString &url, const QString &name, QString *error);

    QStringList codes(int level) const; // jurisdiction codes of a level, sorted
    qint64 scalar(const QString &sql) const;

    struct User {
        QString name, role, scope;
    };
    // Adds (or updates) `users` with the password hash of `from`, in one
    // transaction: the bulk way to make 200 users without 200 Argon2id hashes.
    bool copyUsers(const QString &from, const QList<User> &users, QString *error);

    // CPU seconds of the PostgreSQL backends serving other clients (the server).
    double backendCpuSeconds() const;

    // pg_stat_statements, when the cluster loads it: emptied before a phase,
    // then its heaviest statements (server time inside PostgreSQL's executor;
    // parse, bind and the wire are in backendCpuSeconds only).
    struct StatementCost {
        qint64 calls = 0;
        double execMs = 0;
        QString query;
    };
    bool resetStatements() const;
    QList<StatementCost> heaviestStatements(int count) const;

    // What the server holds of a run: events of the devices named `devicePrefix`...
    struct Stored {
        qint64 events = 0;
        qint64 distinctEvents = 0;
        qint64 missingEvents = 0; // pushed and answered accepted, but not stored
        qint64 badChanges = 0;    // pushed uuids without exactly one `event` change
        qint64 missingPhotos = 0;
    };
    Stored stored(const QString &devicePrefix, const QStringList &pushed,
                  const QStringList &uploaded) const;

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_postgres = false;
};

// certdesk-upstream serve on 127.0.0.1, a free port.
class CityServer
{
public:
    CityServer(const QString &store, const QString &evidenceDir, int threads);
    ~CityServer();
    // Another build's certdesk-upstream (bench_city --server), to compare.
    void setProgram(const QString &program) { m_program = program; }
    bool start(QString *error);
    void stop();
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    double cpuSeconds() const { return processCpuSeconds(pid()); }

private:
    QString m_store, m_evidence;
    QString m_program = QStringLiteral(CERTDESK_UPSTREAM_BIN);
    int m_threads;
    int m_port = 0;
    QProcess m_process;
};

// Samples the server's VmRSS/VmHWM every 200 ms and, on PostgreSQL, the
// connections to the store's database every second (its own connection).
class Sampler
{
public:
    Sampler(qint64 pid, const QString &postgresUrl);
    ~Sampler();
    void start();
    void stop();
    qint64 peakRssKb() const { return m_peakRss; }
    qint64 hwmKb() const { return m_hwm; }
    int peakConnections() const { return m_peakConnections; }
    int peakActive() const { return m_peakActive; }

private:
    void run();
    qint64 m_pid;
    QString m_url;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_peakRss{0}, m_hwm{0};
    std::atomic<int> m_peakConnections{0}, m_peakActive{0};
    std::unique_ptr<std::thread> m_thread;
};

} // namespace certdesk::city
