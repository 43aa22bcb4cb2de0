#pragma once

// Two (or more) CertDesk clients and the real upstream server on loopback, for
// the sync integration tests. The server is the built `certdesk-upstream`
// started as a separate process (so it can be killed mid-request); its store is
// SQLite in a temporary folder or the PostgreSQL server the test script started
// (CERTDESK_TEST_PG_URL), emptied before each test.
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "store/database.h"
#include "sync/syncclient.h"
#include "sync/syncrun.h"
#include "sync/syncsettings.h"
#include "verification/verificationservice.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>
#include <optional>

using namespace certdesk;

namespace synctest
{

const QString kPassword = QStringLiteral("correct-horse-7");

// Runs fn on a connection of its own to the PostgreSQL database `url` names.
inline bool withPostgres(const QString &url, const std::function<bool(QSqlQuery &)> &fn,
                         QString *error)
{
    const QUrl u(url);
    const QString name = QStringLiteral("synctest-pg");
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(u.host());
        c.setPort(u.port(5432));
        c.setUserName(u.userName());
        c.setPassword(u.password());
        c.setDatabaseName(u.path().mid(1));
        if (!c.open()) {
            *error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            ok = fn(q);
            if (!ok)
                *error = q.lastError().text();
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Empties the store: the server makes its schema again.
inline bool resetPostgres(const QString &url, QString *error)
{
    return withPostgres(
        url,
        [](QSqlQuery &q) {
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
            return q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                   q.exec(QStringLiteral("CREATE SCHEMA public"));
        },
        error);
}

// A database of its own on the test PostgreSQL server (CTest runs suites in
// parallel, and each empties its store): `name` is created when missing.
inline QString ownPostgresDatabase(const QString &url, const QString &name, QString *error)
{
    const bool ok = withPostgres(
        url,
        [&](QSqlQuery &q) {
            q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            q.addBindValue(name);
            if (!q.exec())
                return false;
            return q.next() || q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        },
        error);
    QUrl own(url);
    own.setPath(QLatin1Char('/') + name);
    return ok ? own.toString() : QString();
}

// The reference server: admin commands and the serving process.
class Upstream
{
public:
    Upstream(const QString &storeUrl, const QString &evidenceDir)
        : m_store(storeUrl), m_evidence(evidenceDir)
    {
    }
    ~Upstream() { stop(); }

    QString storeUrl() const { return m_store; }
    QUrl url() const { return m_url; }

    // Runs an admin command with --db; stdout, or empty with *error.
    QByteArray admin(QStringList args, QString *error = nullptr, int *exitCode = nullptr) const
    {
        args << QStringLiteral("--db") << m_store;
        QProcess p;
        p.start(QStringLiteral(CERTDESK_UPSTREAM_BIN), args);
        p.waitForFinished(900000); // load-roster of a 1,000,000 district (bench_sync)
        if (exitCode)
            *exitCode = p.exitCode();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(args.join(QLatin1Char(' ')),
                                                      QString::fromUtf8(p.readAllStandardError()));
            return {};
        }
        return p.readAllStandardOutput();
    }
    QJsonObject counts() const
    {
        return QJsonDocument::fromJson(admin({QStringLiteral("count")})).object();
    }
    int count(const char *what) const { return counts().value(QLatin1String(what)).toInt(-1); }
    QJsonArray conflicts() const
    {
        return QJsonDocument::fromJson(admin({QStringLiteral("conflicts")})).array();
    }

    // Starts serving on the same port as before (clients keep their address);
    // `fault` sets CERTDESK_UPSTREAM_FAULT.
    bool start(const QString &fault = QString(), QString *error = nullptr)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!fault.isEmpty())
            env.insert(QStringLiteral("CERTDESK_UPSTREAM_FAULT"), fault);
        m_process->setProcessEnvironment(env);
        m_process->start(QStringLiteral(CERTDESK_UPSTREAM_BIN),
                         {QStringLiteral("serve"), QStringLiteral("--db"), m_store,
                          QStringLiteral("--evidence"), m_evidence, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(m_url.isValid() ? m_url.port() : 0)});
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
        QByteArray out;
        while (m_process->waitForReadyRead(20000)) {
            out += m_process->readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_url = QUrl(m.captured(1));
                return true;
            }
        }
        if (error)
            *error = QStringLiteral("the server did not start: %1 %2")
                         .arg(QString::fromUtf8(out),
                              QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }
    // Waits for the server to die by itself (a fault it was told to inject).
    bool waitForDeath(int ms = 30000)
    {
        return m_process &&
               (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(ms));
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

private:
    QString m_store;
    QString m_evidence;
    QUrl m_url;
    std::unique_ptr<QProcess> m_process;
};

// Puts the district `code` of the roster at `rosterPath` under the rules of
// `profile` on the server (add-jurisdiction --profile); false with *error.
inline bool districtFollows(const Upstream &upstream, const QString &rosterPath,
                            const QString &code, const QString &profile, QString *error)
{
    auto roster = Database::open(rosterPath, Database::OpenMode::OpenExisting, error);
    if (!roster)
        return false;
    QSqlQuery q(roster->connection());
    q.prepare(QStringLiteral("SELECT name FROM jurisdiction WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("no district %1 in the roster").arg(code);
        return false;
    }
    upstream.admin({QStringLiteral("add-jurisdiction"), QStringLiteral("--code"), code,
                    QStringLiteral("--name"), q.value(0).toString(), QStringLiteral("--level"),
                    QStringLiteral("1"), QStringLiteral("--profile"), profile},
                   error);
    return error->isEmpty();
}

// A server that answers every request with whatever `answer(method, path)`
// gives (a JSON body, status 200): for clients facing answers no real server
// would send.
class FakeUpstream : public QObject
{
public:
    explicit FakeUpstream(std::function<QByteArray(const QByteArray &, const QByteArray &)> answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QList<QByteArray> head = buffer->left(end).split('\n');
                    qsizetype length = 0;
                    for (const QByteArray &line : head) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QList<QByteArray> request = head.value(0).split(' ');
                    const QByteArray body =
                        m_answer(request.value(0), request.value(1).split('?').value(0));
                    buffer->remove(0, end + 4 + length);
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

private:
    std::function<QByteArray(const QByteArray &, const QByteArray &)> m_answer;
    QTcpServer m_server;
};

// One device: its own database, evidence folder and sync settings.
class Client
{
public:
    Client(const QString &folder, const PolicyProfile &profile, const QString &user)
        : m_profile(profile)
    {
        QDir().mkpath(folder);
        QString error;
        m_db = Database::open(folder + QStringLiteral("/client.sqlite"),
                              Database::OpenMode::CreateIfMissing, &error);
        if (!m_db)
            qFatal("client database: %s", qPrintable(error));
        m_db->setSetting(QStringLiteral("profile"), profile.id());
        m_store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db->path()));
        m_settings = SyncSettings::load(*m_db);
        m_settings.user = user;
    }

    Database &db() const { return *m_db; }
    EvidenceStore &store() const { return *m_store; }
    SyncSettings &settings() { return m_settings; }

    SyncReport sync(const QUrl &server,
                    const std::function<void(const SyncProgress &)> &progress = {},
                    int pageSize = 2000, int pushBatch = 500)
    {
        m_settings.server = server;
        SyncClient client(server);
        SyncReport r = SyncRun::signIn(client, &m_settings, kPassword);
        if (r.outcome != SyncReport::Outcome::Ok)
            return r;
        m_settings.save(*m_db);
        SyncRun run(*m_db, m_profile, *m_store, m_settings, client);
        run.setPageSize(pageSize);
        run.setPushBatch(pushBatch);
        if (progress)
            run.setProgress(progress);
        return run.run();
    }

    qint64 idOf(const QString &idNumber) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM recipient WHERE id_number = ?"));
        q.addBindValue(idNumber);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QString column(const QString &idNumber, const QString &column) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT %1 FROM recipient WHERE id_number = ?").arg(column));
        q.addBindValue(idNumber);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    QStringList eventUuids() const
    {
        QStringList out;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT uuid FROM verification_event ORDER BY uuid"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // A photo unique to `seed`, of about `side`^2 * 3 bytes as PNG noise when noisy.
    EvidenceLink photo(int seed, int width = 64, int height = 48, bool noisy = false) const
    {
        QImage image(width, height, QImage::Format_RGB32);
        if (noisy) {
            QRandomGenerator gen(seed);
            for (int y = 0; y < height; ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < width; ++x)
                    line[x] = gen.generate() | 0xff000000u;
            }
        } else {
            image.fill(qRgb(seed % 256, (seed * 7) % 256, (seed * 13) % 256));
        }
        QString error;
        const auto item =
            m_store->intakeImage(image, QStringLiteral("photo-%1.png").arg(seed), &error);
        if (!item)
            qWarning() << error;
        return EvidenceLink{item.value_or(EvidenceItem()), EvidenceKind::Person};
    }

    // Records a check offline (nothing here talks to the server).
    QString record(const QString &idNumber, LivingStatus status, const QDate &checkDate,
                   const QDate &today, std::optional<QString> phone = std::nullopt,
                   const QDate &deathDate = QDate(), const QDateTime &occurredAt = QDateTime(),
                   QList<EvidenceLink> evidence = {})
    {
        VerificationService service(*m_db, m_profile, *m_store, Session::commandLine());
        service.setToday(today);
        VerificationEvent e;
        e.recipientId = idOf(idNumber);
        e.checkDate = checkDate;
        e.occurredAt = occurredAt;
        e.method = VerificationMethod::HomeVisit;
        e.status = status;
        e.deathDate = deathDate;
        e.worker = m_settings.user;
        e.contact.phone = phone;
        if (status == LivingStatus::Alive && evidence.isEmpty())
            evidence << photo(int(qHash(idNumber) % 100000) + checkDate.day());
        e.evidence = evidence;
        QString error;
        if (!service.record(e, &error)) {
            qWarning() << "record failed:" << error;
            return {};
        }
        return e.uuid;
    }

private:
    const PolicyProfile &m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvidenceStore> m_store;
    SyncSettings m_settings;
};

} // namespace synctest
