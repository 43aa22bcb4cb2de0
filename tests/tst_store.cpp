// The SQLite store (models/store/database.*, migrations.*, resources/sql/*.sql):
// creating, migrating and refusing files. Every refusal must leave the file
// byte-for-byte as it was.

#include "domain/policyprofile.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "store/ledgerquery.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace certdesk;

namespace
{

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Hash of the -wal file beside `path`, or "absent".
QByteArray walState(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    return QFileInfo::exists(wal) ? sha256(wal) : QByteArrayLiteral("absent");
}

// user_version read straight from the 100-byte header (offset 60, big-endian).
qint32 headerUserVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray b = f.read(100);
    if (b.size() < 100)
        return -1;
    return qint32(qFromBigEndian<quint32>(b.constData() + 60));
}

// A plain QSQLITE connection that is closed and removed when it goes out of scope.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &path)
        : m_name(QStringLiteral("plain-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~PlainConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    bool isOpen() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next())
            return q.value(0);
        return QVariant();
    }

private:
    static int s_counter;
    QString m_name;
    bool m_ok = false;
};
int PlainConnection::s_counter = 0;

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return QVariant();
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        out << q.value(1).toString();
    return out;
}

bool hasObject(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

// Creates a database at the latest version and closes it again.
bool createLatest(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    if (!db)
        qWarning() << error;
    return db != nullptr;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void newDatabase();
    void migratesOldVersion();
    void migratedNamesAreSearchable();
    void refusesNewerVersion();
    void refusesNonDatabase();
    void refusesForeignSqlite();
    void refusesTruncatedCopy();
    void refusesLockedFile();
    void refusesReadOnlyFile();
    void openExistingMissing();
    void settingsRoundTrip();
    void rollbackLeavesNoChange();
    void migrationStatements();
};

void TestStore::newDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(Database::latestVersion() >= 2);
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QVERIFY(db->backupPath().isEmpty()); // nothing to back up for a new file

    const QSqlDatabase c = db->connection();
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(Database::ApplicationId, qint32(0x43455254));
    QVERIFY(hasObject(c, QStringLiteral("recipient")));
    QVERIFY(hasObject(c, QStringLiteral("jurisdiction")));
    QVERIFY(hasObject(c, QStringLiteral("setting")));
    QVERIFY(hasObject(c, QStringLiteral("visit_request")));

    // Foreign keys are really enforced: a recipient pointing at no jurisdiction fails.
    QSqlQuery q(c);
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO recipient(id_number, name, name_initials, birth_date, sex, category, "
        "district_code, street_code, community_code) VALUES('11010519491231002X', 'x', 'x', "
        "'1949-12-31', 'F', 'enterprise', 'nope', 'nope', 'nope')")));

    // Reopening an up-to-date file neither migrates nor backs up.
    db.reset();
    db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QVERIFY(db->backupPath().isEmpty());
}

namespace
{
// Builds a version-1 file holding one jurisdiction tree and one recipient.
bool makeV1File(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error, 1);
    if (!db) {
        qWarning() << error;
        return false;
    }
    if (db->schemaVersion() != 1) {
        qWarning() << "version" << db->schemaVersion();
        return false;
    }
    QSqlQuery q(db->connection());
    const QStringList sql = {
        QStringLiteral("INSERT INTO jurisdiction(code, parent_code, level, name) VALUES('370299', "
                       "NULL, 1, '海岳区')"),
        QStringLiteral("INSERT INTO jurisdiction(code, parent_code, level, name) "
                       "VALUES('370299001', '370299', 2, '东山街道')"),
        QStringLiteral("INSERT INTO jurisdiction(code, parent_code, level, name) "
                       "VALUES('370299001001', '370299001', 3, '东山海韵社区')"),
        QStringLiteral(
            "INSERT INTO recipient(id_number, name, name_initials, birth_date, sex, category, "
            "district_code, street_code, community_code, last_cert_date, period_start, period_end) "
            "VALUES('11010519491231002X', '王小明', 'wxm', '1949-12-31', 'F', 'enterprise', "
            "'370299', '370299001', '370299001001', '2026-01-31', '2026-01-31', '2027-01-31')"),
        QStringLiteral("INSERT INTO setting(key, value) VALUES('profile', 'qingdao')"),
    };
    for (const QString &s : sql) {
        if (!q.exec(s)) {
            qWarning() << q.lastError().text() << s;
            return false;
        }
    }
    return true;
}
} // namespace

void TestStore::migratesOldVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeV1File(path));
    // The v1 file has none of the v2 schema.
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!columns(plain.db(), QStringLiteral("recipient"))
                     .contains(QStringLiteral("bigdata_rank")));
        QVERIFY(!hasObject(plain.db(), QStringLiteral("visit_request")));
    }

    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    const QSqlDatabase c = db->connection();

    // The data survived.
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM jurisdiction")).toInt(), 3);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM recipient")).toInt(), 1);
    QCOMPARE(scalar(c, QStringLiteral(
                           "SELECT name FROM recipient WHERE id_number = '11010519491231002X'"))
                 .toString(),
             QStringLiteral("王小明"));
    QCOMPARE(scalar(c, QStringLiteral("SELECT period_end FROM recipient")).toString(),
             QStringLiteral("2027-01-31"));
    QCOMPARE(db->setting(QStringLiteral("profile")), QStringLiteral("qingdao"));

    // The v2 schema is there.
    const QStringList cols = columns(c, QStringLiteral("recipient"));
    QVERIFY(cols.contains(QStringLiteral("bigdata_rank")));
    QVERIFY(cols.contains(QStringLiteral("bigdata_month")));
    QVERIFY(hasObject(c, QStringLiteral("visit_request")));
    QVERIFY(hasObject(c, QStringLiteral("recipient_name_fts")));
    QVERIFY(scalar(c, QStringLiteral("SELECT bigdata_rank FROM recipient")).isNull());
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    // The backup is the old file, as it was: version 1, same data, no v2 schema.
    const QString backup = db->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QVERIFY(backup != db->path());
    QCOMPARE(headerUserVersion(backup), 1);
    {
        PlainConnection plain(backup);
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(plain.scalar(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        QCOMPARE(plain.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), 1);
        QCOMPARE(plain.scalar(QStringLiteral("SELECT name FROM recipient")).toString(),
                 QStringLiteral("王小明"));
        QVERIFY(!columns(plain.db(), QStringLiteral("recipient"))
                     .contains(QStringLiteral("bigdata_rank")));
        QVERIFY(!hasObject(plain.db(), QStringLiteral("visit_request")));
    }

    // Opening again: already current, no second backup.
    db.reset();
    db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QVERIFY(db->backupPath().isEmpty());
}

// Recipients that were in a v1 file must be found by the name search the v2
// schema introduces (recipient_name_fts), just like recipients inserted later.
void TestStore::migratedNamesAreSearchable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeV1File(path));
    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());

    // Initials and ID prefix work on the plain columns.
    for (const QString &text : {QStringLiteral("wxm"), QStringLiteral("110105")}) {
        LedgerQuery query(Ledger::Search, Scope{}, QDate(2026, 11, 23));
        query.setSearchText(text);
        QList<RecipientRow> rows;
        QVERIFY2(query.fetch(db->connection(), QVariant(), 0, 10, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().name, QStringLiteral("王小明"));
    }
    // Part of the name goes through the FTS table, which must hold every recipient.
    QCOMPARE(
        scalar(db->connection(), QStringLiteral("SELECT count(*) FROM recipient_name_fts")).toInt(),
        scalar(db->connection(), QStringLiteral("SELECT count(*) FROM recipient")).toInt());
    LedgerQuery query(Ledger::Search, Scope{}, QDate(2026, 11, 23));
    query.setSearchText(QStringLiteral("小明"));
    QList<RecipientRow> rows;
    QVERIFY2(query.fetch(db->connection(), QVariant(), 0, 10, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().name, QStringLiteral("王小明"));
}

void TestStore::refusesNewerVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(createLatest(path));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QString error;
        QVERIFY2(plain.exec(
                     QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1),
                     &error),
                 qPrintable(error));
    }
    QCOMPARE(headerUserVersion(path), Database::latestVersion() + 1);
    const QByteArray before = sha256(path);
    const QByteArray walBefore = walState(path);
    QVERIFY(!before.isEmpty());

    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("newer"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(walState(path), walBefore);
    // CreateIfMissing must not touch it either.
    db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("newer"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(headerUserVersion(path), Database::latestVersion() + 1);
}

void TestStore::refusesNonDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text;
        while (text.size() < 4096)
            text += "These are meeting notes, not a database. ";
        text.truncate(4096);
        QCOMPARE(f.write(text), qint64(4096));
    }
    const QByteArray before = sha256(path);
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("not a CertDesk database")), qPrintable(error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo(path).size(), qint64(4096));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void TestStore::refusesForeignSqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QVERIFY(plain.exec(
            QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(plain.exec(QStringLiteral("INSERT INTO contacts(name) VALUES('Alice')")));
        QCOMPARE(plain.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }
    QCOMPARE(headerUserVersion(path), 0);
    const QByteArray before = sha256(path);
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    // Same with a foreign user_version (and no CertDesk application_id).
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QVERIFY(plain.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    const QByteArray before2 = sha256(path);
    db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    QCOMPARE(sha256(path), before2);
}

void TestStore::refusesTruncatedCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    {
        QString error;
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
        QVERIFY2(profile, qPrintable(error));
        DemoOptions options;
        options.persons = 300;
        options.seed = 42;
        options.today = QDate(2026, 11, 23);
        QVERIFY2(DemoGenerator::generate(*db, *profile, options, &error), qPrintable(error));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM recipient")).toInt(),
                 300);
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(path, copy));
    const qint64 fullSize = QFileInfo(copy).size();
    QVERIFY2(fullSize > 16 * 4096, qPrintable(QString::number(fullSize)));
    QVERIFY(QFile::resize(copy, fullSize / 2));
    QCOMPARE(QFileInfo(copy).size(), fullSize / 2);
    const QByteArray before = sha256(copy);

    QString error;
    auto db = Database::open(copy, Database::OpenMode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(sha256(copy), before);
    QCOMPARE(QFileInfo(copy).size(), fullSize / 2);
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));

    // The original still opens.
    db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM recipient")).toInt(),
             300);
}

void TestStore::refusesLockedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    QString error;
    auto first = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->setSetting(QStringLiteral("k"), QStringLiteral("before")));

    PlainConnection other(path);
    QVERIFY(other.isOpen());
    QVERIFY2(other.exec(QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
    QVERIFY(other.exec(
        QStringLiteral("INSERT INTO setting(key, value) VALUES('other', 'uncommitted')")));

    QElapsedTimer timer;
    timer.start();
    auto second = Database::open(path, Database::OpenMode::OpenExisting, &error);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!second);
    QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));

    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    second = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->setting(QStringLiteral("k")), QStringLiteral("before"));
    QCOMPARE(second->setting(QStringLiteral("other"), QStringLiteral("none")),
             QStringLiteral("none"));
}

void TestStore::refusesReadOnlyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        QString error;
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);

    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    const bool opened = db != nullptr;
    db.reset();
    const QByteArray after = sha256(path);
    const bool walLeft = QFileInfo::exists(path + QStringLiteral("-wal"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);

    QVERIFY2(!opened, "a file without any write permission bit was opened for writing");
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(after, before);
    QVERIFY(!walLeft);
}

void TestStore::openExistingMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/missing.sqlite"));
    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));

    const QString flat = dir.filePath(QStringLiteral("missing.sqlite"));
    db = Database::open(flat, Database::OpenMode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY(!QFileInfo::exists(flat));

    // CreateIfMissing makes the folder and the file.
    db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
}

void TestStore::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.sqlite"));
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));

    QCOMPARE(db->setting(QStringLiteral("missing")), QString());
    QCOMPARE(db->setting(QStringLiteral("missing"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    QVERIFY2(db->setSetting(QStringLiteral("profile"), QStringLiteral("guangdong"), &error),
             qPrintable(error));
    QCOMPARE(db->setting(QStringLiteral("profile"), QStringLiteral("fallback")),
             QStringLiteral("guangdong"));
    QVERIFY(db->setSetting(QStringLiteral("profile"), QStringLiteral("urumqi"), &error));
    QCOMPARE(db->setting(QStringLiteral("profile")), QStringLiteral("urumqi"));
    QVERIFY(db->setSetting(QStringLiteral("name"), QStringLiteral("海岳区 社保中心")));
    QCOMPARE(db->setting(QStringLiteral("name")), QStringLiteral("海岳区 社保中心"));
    QVERIFY(db->setSetting(QStringLiteral("empty"), QStringLiteral("")));
    QCOMPARE(db->setting(QStringLiteral("empty"), QStringLiteral("fallback")), QString());
    QCOMPARE(scalar(db->connection(),
                    QStringLiteral("SELECT count(*) FROM setting WHERE key = 'profile'"))
                 .toInt(),
             1);

    // Persisted.
    db.reset();
    db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->setting(QStringLiteral("profile")), QStringLiteral("urumqi"));
    QCOMPARE(db->setting(QStringLiteral("name")), QStringLiteral("海岳区 社保中心"));
}

void TestStore::rollbackLeavesNoChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tx.sqlite"));
    QString error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("committed")));

    QVERIFY2(db->beginWrite(&error), qPrintable(error));
    QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("changed")));
    QVERIFY(db->setSetting(QStringLiteral("new"), QStringLiteral("x")));
    QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("changed")); // visible inside
    db->rollback();
    QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("committed"));
    QCOMPARE(db->setting(QStringLiteral("new"), QStringLiteral("none")), QStringLiteral("none"));

    // beginWrite/commit keeps the change.
    QVERIFY(db->beginWrite(&error));
    QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("second")));
    QVERIFY2(db->commit(&error), qPrintable(error));
    QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("second"));

    // inWriteTransaction: false from the body rolls back.
    QVERIFY(!inWriteTransaction(*db, &error, [&] {
        return db->setSetting(QStringLiteral("k"), QStringLiteral("third")) && false;
    }));
    QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("second"));
    QVERIFY(inWriteTransaction(*db, &error, [&] {
        return db->setSetting(QStringLiteral("k"), QStringLiteral("fourth"));
    }));
    QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("fourth"));

    // Another connection sees only committed data.
    db.reset();
    PlainConnection plain(path);
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'k'")).toString(),
             QStringLiteral("fourth"));
    QCOMPARE(plain.scalar(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'new'")).toInt(),
             0);
}

void TestStore::migrationStatements()
{
    const int latest = Migrations::latestVersion();
    QCOMPARE(latest, Database::latestVersion());
    QCOMPARE(latest, 14); // 1 initial, 2 work lists, 3 verification events, 4 users and audit
                          // trail, 5 benefit lifecycle, 6 import batches, 7 sync, 8 benefit
                          // amounts, 9 big-data certification, 10 append-only guards, 11 the
                          // index of the ID number's last four, 12 the contact values a
                          // check replaced, 13 the import batch's uuid, 14 county decisions
                          // to send
    // A trigger body keeps its inner statements: one CREATE TRIGGER, not split at ';'.
    const QStringList v3 = Migrations::statements(3);
    const auto trigger = std::find_if(v3.cbegin(), v3.cend(), [](const QString &s) {
        return s.startsWith(QLatin1String("CREATE TRIGGER verification_event_no_update"));
    });
    QVERIFY(trigger != v3.cend());
    QVERIFY(trigger->contains(QLatin1String("RAISE(ABORT")) &&
            trigger->endsWith(QLatin1String("END")));
    for (int v = 1; v <= latest; ++v) {
        const QStringList stmts = Migrations::statements(v);
        QVERIFY2(!stmts.isEmpty(), qPrintable(QString::number(v)));
        for (const QString &s : stmts) {
            QVERIFY2(!s.trimmed().isEmpty(), qPrintable(QString::number(v)));
            QVERIFY2(!s.trimmed().startsWith(QLatin1String("--")), qPrintable(s));
            QVERIFY2(!s.endsWith(QLatin1Char(';')), qPrintable(s));
        }
    }
    const QStringList v1 = Migrations::statements(1);
    QVERIFY(v1.first().startsWith(QLatin1String("PRAGMA application_id")));
    QVERIFY(
        v1.contains(QStringLiteral("CREATE INDEX recipient_initials ON recipient(name_initials)")));
    QVERIFY(Migrations::statements(0).isEmpty());
    QVERIFY(Migrations::statements(-1).isEmpty());
    QVERIFY(Migrations::statements(latest + 1).isEmpty());

    // migrate() to a version the program does not have fails and leaves the version.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("m.sqlite")),
                             Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlDatabase c = db->connection();
    QVERIFY(!Migrations::migrate(c, latest, latest + 1, &error));
    QVERIFY2(error.contains(QString::number(latest + 1)), qPrintable(error));
    QCOMPARE(db->schemaVersion(), latest);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
