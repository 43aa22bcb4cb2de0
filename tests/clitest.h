#pragma once

// Shared by the certdesk-cli suites: run the real executable and read its JSON
// lines, and look at the database file with plain SQL.
#include "store/database.h"
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;

namespace clitest
{

inline const QString Today = QStringLiteral("2026-11-23");

struct CliResult {
    int exitCode = -1;
    bool finished = false;
    QList<QJsonObject> lines; // stdout, one JSON object per line
    QByteArray out;
    QString err;
    bool allJson = true;
};

inline CliResult runCli(const QStringList &args, int timeoutMs = 120000)
{
    CliResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli"), args);
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject()) {
            r.allJson = false;
            continue;
        }
        r.lines << doc.object();
    }
    return r;
}

inline QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1; stderr: %2; stdout: %3")
        .arg(r.exitCode)
        .arg(r.err.left(400), QString::fromUtf8(r.out.left(400)));
}

// One plain QSQLITE connection per call, closed again before the CLI runs next.
class Sql
{
public:
    explicit Sql(const QString &path) : m_name(QStringLiteral("tst-cli-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Sql()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;
    bool isOpen() const { return m_ok; }

    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {}) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning() << q.lastError().text() << sql;
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        const auto r = rows(sql, binds);
        return r.isEmpty() ? QVariant() : r.first().value(0);
    }
    qint64 count(const QString &where, const QVariantList &binds = {}) const
    {
        const QVariant v =
            scalar(QStringLiteral("SELECT count(*) FROM recipient WHERE %1").arg(where), binds);
        return v.isValid() ? v.toLongLong() : -1;
    }

private:
    static int s_counter;
    QString m_name;
    bool m_ok = false;
};
int Sql::s_counter = 0;

inline QByteArray contentHash(const QString &path)
{
    Sql sql(path);
    if (!sql.isOpen())
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto rows =
        sql.rows(QStringLiteral("SELECT id_number, name, period_end FROM recipient ORDER BY id"));
    for (const QVariantList &r : rows) {
        for (const QVariant &v : r) {
            h.addData(v.toString().toUtf8());
            h.addData(QByteArrayView("\x1f", 1));
        }
        h.addData(QByteArrayView("\x1e", 1));
    }
    h.addData(QByteArray::number(rows.size()));
    return h.result().toHex();
}

inline QStringList ledgerArgs(const QString &db, const QStringList &more)
{
    return QStringList{QStringLiteral("ledger"), QStringLiteral("--db"), db,
                       QStringLiteral("--today"), Today} +
           more;
}

inline QList<qint64> idsOf(const QList<QJsonObject> &lines)
{
    QList<qint64> out;
    for (const QJsonObject &o : lines)
        out << qint64(o.value(QStringLiteral("id")).toDouble());
    return out;
}

inline QList<qint64> idsOf(const QList<QVariantList> &rows)
{
    QList<qint64> out;
    for (const QVariantList &r : rows)
        out << r.value(0).toLongLong();
    return out;
}

} // namespace clitest
