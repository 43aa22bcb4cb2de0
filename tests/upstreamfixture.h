#pragma once

// A throwaway certdesk-upstream for integration tests: a fresh store (SQLite
// in a temporary folder, or a new PostgreSQL database made beside the one
// CERTDESK_TEST_PG_URL names and dropped afterwards, so tests run in parallel
// by ctest -j do not share a store), the admin commands, and `serve` as a child
// process on a free loopback port that can be killed and restarted on the same
// database and evidence folder. Plus a small blocking HTTP client
// for JSON calls. Needs CERTDESK_UPSTREAM_BIN (the built executable) as a
// compile definition; scripts/test.sh sets CERTDESK_TEST_PG_URL.
//
// CMake (see tst_upstream in tests/CMakeLists.txt):
//     certdesk_add_test(tst_x SOURCES tst_x.cpp upstreamfixture.h LIBS certdesk_models)
//     target_compile_definitions(tst_x PRIVATE
//         CERTDESK_UPSTREAM_BIN="$<TARGET_FILE:certdesk-upstream>"
//         CERTDESK_CLI_BIN="$<TARGET_FILE:certdesk-cli>")   # for loadDemoRoster()
//     add_dependencies(tst_x certdesk-upstream certdesk-cli)
//
// Usage in a data-driven test:
//     void tst::x_data() { UpstreamFixture::addBackendRows(); }
//     void tst::x() {
//         QFETCH(QString, backend);
//         UpstreamFixture up;
//         UPSTREAM_PREPARE_OR_SKIP(up, backend);
//         QVERIFY2(up.loadDemoRoster() && up.addDemoUsers() && up.start(),
//         qPrintable(up.lastError())); const QString token = up.signIn("wang", "device-1"); auto r
//         = JsonHttp::call("GET", up.url("/v1/health"));
//     }

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <memory>

#ifndef CERTDESK_UPSTREAM_BIN
#error "CERTDESK_UPSTREAM_BIN must name the certdesk-upstream executable"
#endif

#define UPSTREAM_PREPARE_OR_SKIP(fixture, backend)                                                 \
    do {                                                                                           \
        QString upstreamSkipReason_;                                                               \
        if (!(fixture).prepare(backend, &upstreamSkipReason_)) {                                   \
            if ((fixture).lastError().isEmpty())                                                   \
                QSKIP(qPrintable(upstreamSkipReason_));                                            \
            QFAIL(qPrintable((fixture).lastError()));                                              \
        }                                                                                          \
    } while (false)

// Blocking JSON-over-HTTP calls for tests (a nested event loop, a timeout).
struct JsonHttp {
    struct Reply {
        int status = 0; // 0 when no HTTP answer (connection dropped, timeout)
        QByteArray body;
        QJsonObject json; // the body when it is a JSON object
        QJsonArray jsonArray;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        QString error() const { return json.value(QStringLiteral("error")).toString(); }
    };

    static QNetworkAccessManager &manager()
    {
        static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
        return *nam;
    }

    static Reply call(const QByteArray &method, const QUrl &url, const QString &token = QString(),
                      const QByteArray &body = QByteArray(),
                      const QByteArray &contentType = QByteArrayLiteral("application/json"),
                      int timeoutMs = 60000)
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!body.isNull() || method == "POST" || method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = manager().sendCustomRequest(request, method, body);
        // Test servers use throwaway self-signed certificates.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply] { reply->ignoreSslErrors(); });
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.networkError = reply->error();
        r.errorString = reply->errorString();
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        r.json = doc.object();
        r.jsonArray = doc.array();
        reply->deleteLater();
        return r;
    }

    static Reply get(const QUrl &url, const QString &token = QString())
    {
        return call("GET", url, token);
    }
    static Reply post(const QUrl &url, const QJsonObject &body, const QString &token = QString())
    {
        return call("POST", url, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    static Reply put(const QUrl &url, const QByteArray &bytes, const QString &token)
    {
        return call("PUT", url, token, bytes, QByteArrayLiteral("application/octet-stream"));
    }
};

class UpstreamFixture
{
public:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    };

    UpstreamFixture() = default;
    UpstreamFixture(const UpstreamFixture &) = delete;
    UpstreamFixture &operator=(const UpstreamFixture &) = delete;
    ~UpstreamFixture()
    {
        kill();
        dropOwnDatabase();
    }

    static QString binary() { return QStringLiteral(CERTDESK_UPSTREAM_BIN); }

    // The rows "sqlite" and "postgresql" of a data-driven test (column "backend").
    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // A fresh, empty store for `backend`. False with *skipReason (and an empty
    // lastError()) when PostgreSQL is not configured; false with lastError()
    // on a real failure.
    bool prepare(const QString &backend, QString *skipReason)
    {
        m_error.clear();
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        m_evidence = m_dir.filePath(QStringLiteral("evidence"));
        if (backend == QLatin1String("sqlite")) {
            m_db = QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("upstream.db")));
        } else {
            const QString url = QString::fromLocal8Bit(qgetenv("CERTDESK_TEST_PG_URL"));
            if (url.isEmpty()) {
                *skipReason = QStringLiteral(
                    "CERTDESK_TEST_PG_URL is not set (scripts/test.sh starts a throwaway "
                    "PostgreSQL and sets it)");
                return false;
            }
            if (!resetPostgres(url))
                return false;
            m_db = m_pgUrl;
        }
        const Result r = admin(QStringLiteral("init"));
        if (r.exitCode != 0) {
            m_error = QStringLiteral("init failed: %1").arg(QString::fromUtf8(r.err));
            return false;
        }
        return true;
    }

    QString dbUrl() const { return m_db; }
    QString evidenceDir() const { return m_evidence; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    QString lastError() const { return m_error; }

    // Runs `certdesk-upstream command --db <url> args...`.
    Result admin(const QString &command, const QStringList &args = {}, int timeoutMs = 120000) const
    {
        return run(QStringList{command, QStringLiteral("--db"), m_db} + args, timeoutMs);
    }
    static Result run(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(binary(), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out or did not start: " + p.errorString().toUtf8();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

#ifdef CERTDESK_CLI_BIN
    // A client database made by `certdesk-cli demo` (district 370299 > streets
    // 370299001.. > communities 370299001001..; same seed, same people),
    // loaded with load-roster. Its path is demoDatabase().
    bool loadDemoRoster(int persons = 200)
    {
        m_demo = m_dir.filePath(QStringLiteral("demo-%1.db").arg(persons));
        if (!QFileInfo::exists(m_demo)) {
            QProcess p;
            p.start(QStringLiteral(CERTDESK_CLI_BIN),
                    {QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                     QStringLiteral("--persons"), QString::number(persons),
                     QStringLiteral("--today"), QStringLiteral("2026-11-23")});
            if (!p.waitForFinished(120000) || p.exitCode() != 0) {
                m_error = QStringLiteral("certdesk-cli demo failed: %1")
                              .arg(QString::fromUtf8(p.readAllStandardError()));
                return false;
            }
        }
        const Result r = admin(QStringLiteral("load-roster"), {QStringLiteral("--from"), m_demo});
        if (r.exitCode != 0) {
            m_error = QStringLiteral("load-roster failed: %1").arg(QString::fromUtf8(r.err));
            return false;
        }
        return true;
    }
    QString demoDatabase() const
    {
        return m_demo;
    }
#endif

    // Users on the demo tree (password password()): "admin" (district admin),
    // "super" (supervisor of street 370299001), "wang" and "li" (workers of
    // communities 370299001001 and 370299001002).
    bool addDemoUsers()
    {
        const QList<QStringList> users = {
            {QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("370299")},
            {QStringLiteral("super"), QStringLiteral("supervisor"), QStringLiteral("370299001")},
            {QStringLiteral("wang"), QStringLiteral("worker"), QStringLiteral("370299001001")},
            {QStringLiteral("li"), QStringLiteral("worker"), QStringLiteral("370299001002")},
        };
        for (const QStringList &u : users) {
            const Result r =
                admin(QStringLiteral("add-user"),
                      {QStringLiteral("--user"), u.at(0), QStringLiteral("--password"), password(),
                       QStringLiteral("--role"), u.at(1), QStringLiteral("--scope"), u.at(2)});
            if (r.exitCode != 0) {
                m_error =
                    QStringLiteral("add-user %1 failed: %2").arg(u.at(0), QString::fromUtf8(r.err));
                return false;
            }
        }
        return true;
    }
    static QString password()
    {
        return QStringLiteral("secret-pass-1");
    }

    // Starts `serve` on a free port. `fault` goes to CERTDESK_UPSTREAM_FAULT.
    bool start(const QString &fault = QString(), const QStringList &extraArgs = {})
    {
        kill();
        m_server = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (fault.isEmpty())
            env.remove(QStringLiteral("CERTDESK_UPSTREAM_FAULT"));
        else
            env.insert(QStringLiteral("CERTDESK_UPSTREAM_FAULT"), fault);
        m_server->setProcessEnvironment(env);
        m_server->setProcessChannelMode(QProcess::SeparateChannels);
        m_server->start(binary(),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--evidence"), m_evidence,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extraArgs);
        if (!m_server->waitForStarted(10000)) {
            m_error = QStringLiteral("serve did not start: %1").arg(m_server->errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        QByteArray line;
        while (timer.elapsed() < 20000) {
            if (m_server->canReadLine()) {
                line = m_server->readLine().trimmed();
                break;
            }
            if (m_server->state() != QProcess::Running)
                break;
            m_server->waitForReadyRead(200);
        }
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix)) {
            m_error = QStringLiteral("serve did not report its port: '%1' %2")
                          .arg(QString::fromUtf8(line),
                               QString::fromUtf8(m_server->readAllStandardError()));
            kill();
            return false;
        }
        m_base = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        return true;
    }

    // SIGKILL, as a crash would; the store and the evidence folder stay.
    void kill()
    {
        if (!m_server)
            return;
        if (m_server->state() != QProcess::NotRunning) {
            m_server->kill();
            m_server->waitForFinished(10000);
        }
        m_server.reset();
    }
    bool restart(const QString &fault = QString())
    {
        return start(fault);
    }
    // Waits for the server to end by itself (an injected kill).
    bool waitForExit(int timeoutMs = 10000)
    {
        return !m_server || m_server->state() == QProcess::NotRunning ||
               m_server->waitForFinished(timeoutMs);
    }
    bool isRunning() const
    {
        return m_server && m_server->state() == QProcess::Running;
    }
    // The running server's process id (for /proc/PID/status), 0 when none.
    qint64 serverPid() const
    {
        return m_server ? m_server->processId() : 0;
    }
    // What the server has written to stdout and stderr so far.
    QByteArray serverOutput()
    {
        if (m_server) {
            m_output += m_server->readAllStandardOutput();
            m_output += m_server->readAllStandardError();
        }
        return m_output;
    }

    QUrl baseUrl() const
    {
        return m_base;
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_base.toString() + pathAndQuery);
    }

    // Signs in; the token, or empty (with the reply in *reply).
    QString signIn(const QString &user, const QString &device, JsonHttp::Reply *reply = nullptr,
                   const QString &pass = password()) const
    {
        const JsonHttp::Reply r = JsonHttp::post(url(QStringLiteral("/v1/session")),
                                                 {{QStringLiteral("user"), user},
                                                  {QStringLiteral("password"), pass},
                                                  {QStringLiteral("device"), device}});
        if (reply)
            *reply = r;
        return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
    }

    // {"events":N,"evidence":N,"changes":N,"conflicts":N,"recipients":N}
    QJsonObject counts() const
    {
        return admin(QStringLiteral("count")).json();
    }

private:
    // Runs statements on the database of `urlText`; false with m_error.
    bool onPostgres(const QString &urlText, const QStringList &statements)
    {
        const QUrl url(urlText);
        const QString name = QStringLiteral("upstream-fixture-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open()) {
                m_error = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                              .arg(urlText, db.lastError().text());
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages = WARNING"));
                ok = true;
                for (const QString &sql : statements) {
                    if (!q.exec(sql)) {
                        m_error =
                            QStringLiteral("PostgreSQL: %1: %2").arg(sql, q.lastError().text());
                        ok = false;
                        break;
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A database of this fixture's own beside CERTDESK_TEST_PG_URL's (ctest -j
    // runs several server tests at once; they must not reset each other's
    // store). Dropped again by the destructor. Without the right to create
    // databases: the given database with its `public` schema dropped and
    // recreated.
    bool resetPostgres(const QString &urlText)
    {
        static int counter = 0;
        QUrl url(urlText);
        const QString own = QStringLiteral("%1_%2_%3")
                                .arg(url.path().mid(1))
                                .arg(QCoreApplication::applicationPid())
                                .arg(++counter);
        if (onPostgres(urlText, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(own),
                                 QStringLiteral("CREATE DATABASE %1").arg(own)})) {
            m_adminUrl = urlText;
            m_ownDatabase = own;
            url.setPath(QLatin1Char('/') + own);
            m_pgUrl = url.toString();
            return true;
        }
        m_error.clear();
        m_pgUrl = urlText;
        return onPostgres(urlText, {QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"),
                                    QStringLiteral("CREATE SCHEMA public")});
    }

    void dropOwnDatabase()
    {
        if (m_ownDatabase.isEmpty())
            return;
        onPostgres(m_adminUrl,
                   {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_ownDatabase)});
        m_ownDatabase.clear();
    }

    QString m_adminUrl;
    QString m_ownDatabase;
    QString m_pgUrl;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_demo;
    QString m_evidence;
    QString m_error;
    QUrl m_base;
    QByteArray m_output;
    std::unique_ptr<QProcess> m_server;
};
