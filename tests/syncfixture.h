#pragma once

// The fixture of the sync integration suites (tst_sync: what a sync carries;
// tst_sync_faults: kills, resumes, backoff and answers outside the protocol):
// every case runs once with SQLite storage and once with PostgreSQL (the rows of
// addStorageRows(); PostgreSQL skips without CERTDESK_TEST_PG_URL), against a
// fresh real upstream server per case holding the demo district's roster and
// three users, with clients made on demand and certdesk-cli as a process.
//
// A suite derives from QObject and SyncFixture, names its own PostgreSQL
// database (CTest runs the suites in parallel, and each empties its store) and
// forwards its slots:
//     TestX() : SyncFixture(QStringLiteral("certdesk_test_x")) {}
//     void initTestCase_data() { SyncFixture::addStorageRows(); }
//     void initTestCase() { QVERIFY2(prepareRoster(), qPrintable(m_error)); }
//     void init() { SYNC_START_OR_SKIP(*this); }
//     void cleanup() { finishCase(); }
#include "syncharness.h"

#include "store/demogenerator.h"

#include <QTemporaryDir>
#include <QtTest>
#include <map>

#define SYNC_START_OR_SKIP(fixture)                                                                \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, storage);                                                           \
        QString syncSkipReason_;                                                                   \
        const bool syncStarted_ = (fixture).startCase(storage, &syncSkipReason_);                  \
        if (!syncSkipReason_.isEmpty())                                                            \
            QSKIP(qPrintable(syncSkipReason_));                                                    \
        QVERIFY2(syncStarted_, qPrintable((fixture).m_error));                                     \
    } while (false)

namespace synctest
{

inline const QDate kToday(2026, 11, 23);

class SyncFixture
{
public:
    explicit SyncFixture(const QString &postgresDatabase) : m_postgresDatabase(postgresDatabase) {}

    // The two storage rows of initTestCase_data.
    static void addStorageRows()
    {
        QTest::addColumn<QString>("storage");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // The district's roster, as `certdesk-cli demo` makes it, loaded into every
    // server; false with m_error otherwise.
    bool prepareRoster()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        QString error;
        m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
        if (!m_profile)
            return fail(error);
        m_rosterPath = m_dir.filePath(QStringLiteral("roster.sqlite"));
        auto db = Database::open(m_rosterPath, Database::OpenMode::CreateIfMissing, &error);
        if (!db)
            return fail(error);
        DemoOptions o;
        o.persons = 400;
        o.seed = 77;
        o.today = kToday;
        if (!DemoGenerator::generate(*db, *m_profile, o, &error))
            return fail(error);
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("SELECT community_code, street_code, count(*) FROM recipient "
                                   "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1")) ||
            !q.next())
            return fail(q.lastError().text());
        m_community = q.value(0).toString();
        m_street = q.value(1).toString();
        m_inScope = q.value(2).toInt();
        q.prepare(QStringLiteral(
            "SELECT id_number FROM recipient WHERE community_code = ? AND living_status = 'alive' "
            "AND benefit_status = 'normal' ORDER BY id_number"));
        q.addBindValue(m_community);
        if (!q.exec())
            return fail(q.lastError().text());
        while (q.next())
            m_people << q.value(0).toString();
        if (m_people.size() < 20)
            return fail(QStringLiteral("the demo community is too small for these tests"));
        return true;
    }

    // A fresh store of `storage` with the roster and the users wang and li
    // (workers of m_community) and zhao (supervisor of m_street), served. False
    // with m_error, or with *skip when PostgreSQL is not available.
    bool startCase(const QString &storage, QString *skip)
    {
        m_testDir = m_dir.filePath(QStringLiteral("run-%1").arg(++m_run));
        QDir().mkpath(m_testDir);
        QString url, error;
        if (storage == QLatin1String("sqlite")) {
            url = QStringLiteral("sqlite:%1/upstream.sqlite").arg(m_testDir);
        } else {
            url = qEnvironmentVariable("CERTDESK_TEST_PG_URL");
            if (url.isEmpty()) {
                *skip = QStringLiteral("CERTDESK_TEST_PG_URL is not set: scripts/test.sh starts "
                                       "PostgreSQL and sets it");
                return false;
            }
            url = ownPostgresDatabase(url, m_postgresDatabase, &error);
            if (!error.isEmpty() || !resetPostgres(url, &error))
                return fail(error);
        }
        m_upstream =
            std::make_unique<Upstream>(url, m_testDir + QStringLiteral("/upstream-evidence"));
        m_upstream->admin({QStringLiteral("load-roster"), QStringLiteral("--from"), m_rosterPath},
                          &error);
        if (!error.isEmpty())
            return fail(error);
        for (const auto &[user, role, scope] :
             {std::tuple{"wang", "worker", m_community}, std::tuple{"li", "worker", m_community},
              std::tuple{"zhao", "supervisor", m_street}}) {
            m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"),
                               QLatin1String(user), QStringLiteral("--password"), kPassword,
                               QStringLiteral("--role"), QLatin1String(role),
                               QStringLiteral("--scope"), scope},
                              &error);
            if (!error.isEmpty())
                return fail(error);
        }
        return m_upstream->start(QString(), &error) || fail(error);
    }

    void finishCase()
    {
        m_clients.clear();
        m_upstream.reset();
    }

    // The device `name` (made on first use) whose sync user is `user`.
    Client &client(const QString &name, const QString &user = QStringLiteral("wang"))
    {
        auto &slot = m_clients[name];
        if (!slot)
            slot = std::make_unique<Client>(m_testDir + QLatin1Char('/') + name, *m_profile, user);
        return *slot;
    }

    // certdesk-cli with the server password in its environment (and `env`,
    // "NAME=VALUE" each); stdout and stderr, *exitCode -1 when it did not exit.
    QString cli(const QStringList &args, int *exitCode, const QByteArrayList &env = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CERTDESK_SERVER_PASSWORD"), kPassword);
        for (const QByteArray &kv : env)
            e.insert(QString::fromUtf8(kv.left(kv.indexOf('='))),
                     QString::fromUtf8(kv.mid(kv.indexOf('=') + 1)));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(CERTDESK_CLI_BIN), args);
        p.waitForFinished(120000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    int serverEvents() const { return m_upstream->count("events"); }

    QString m_error;

protected:
    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    QString m_rosterPath;
    QString m_community;
    QString m_street;
    QStringList m_people; // ID numbers of alive people in m_community
    int m_inScope = 0;    // people in m_community
    int m_run = 0;
    QString m_testDir;
    std::unique_ptr<Upstream> m_upstream;
    std::map<QString, std::unique_ptr<Client>> m_clients;

private:
    QString m_postgresDatabase;
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
};

} // namespace synctest
