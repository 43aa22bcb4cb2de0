#pragma once

// Shared by the kill -9 suites (issue 18 point 5): runs a real program and kills
// it, either at a named fault point (CERTDESK_FAULT=kill-at:NAME[#N], see
// models/faulthooks.h) or after a delay drawn from a seeded generator over the
// length of an uninterrupted run, then checks the file it was writing.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTest>

namespace killtest
{

struct KillPoint {
    QString fault;    // CERTDESK_FAULT value, or empty
    int delayMs = -1; // a kill after this long, or -1
    QString label() const
    {
        return fault.isEmpty() ? QStringLiteral("after %1 ms").arg(delayMs) : fault;
    }
};

// The named points, then `random` delays in [0, runMs) from a fixed seed.
inline QList<KillPoint> plan(const QStringList &named, int random, qint64 runMs, quint32 seed)
{
    QList<KillPoint> points;
    for (const QString &fault : named)
        points.append({fault, -1});
    QRandomGenerator rng(seed);
    for (int i = 0; i < random; ++i)
        points.append({QString(), int(rng.bounded(quint32(qMax<qint64>(runMs, 2))))});
    return points;
}

struct Run {
    bool killed = false; // died by SIGKILL (ours or its own fault point)
    int exitCode = -1;
    QString output;
};

inline Run run(const QString &program, const QStringList &args, const KillPoint &point = {},
               const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!point.fault.isEmpty())
        e.insert(QStringLiteral("CERTDESK_FAULT"), point.fault);
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(20000))
        return r;
    if (point.delayMs >= 0 && !p.waitForFinished(point.delayMs))
        p.kill();
    p.waitForFinished(600000);
    r.killed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.killed ? -1 : p.exitCode();
    r.output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return r;
}

// A plain connection (no migration, no checks of ours) for looking at a file.
class Look
{
public:
    explicit Look(const QString &path) : m_name(QStringLiteral("kill-look-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Look()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QStringList rows(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + sql};
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(QLatin1Char('|'));
        }
        return out;
    }
    QString one(const QString &sql) const { return rows(sql).value(0); }
    // integrity_check "ok" and no foreign key violation; else what is wrong.
    QString soundness() const
    {
        const QStringList integrity = rows(QStringLiteral("PRAGMA integrity_check"));
        if (integrity != QStringList{QStringLiteral("ok")})
            return QStringLiteral("integrity_check: ") + integrity.join(QLatin1Char(';'));
        const QStringList keys = rows(QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys.isEmpty())
            return QStringLiteral("foreign_key_check: ") + keys.join(QLatin1Char(';'));
        return QString();
    }

private:
    QString m_name;
    bool m_ok = false;
    static inline int s_counter = 0;
};

// Copies an SQLite file with its write-ahead log (a program killed with -9
// leaves committed transactions there); the target's old -wal/-shm go first.
inline bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    const QString wal = from + QStringLiteral("-wal");
    if (QFile::exists(wal) && !QFile::copy(wal, to + QStringLiteral("-wal")))
        return false;
    return QFile::copy(from, to);
}

// Files under `folder` (recursively), relative, sorted.
inline QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(folder).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace killtest
