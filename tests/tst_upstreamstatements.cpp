// The server's statements made cheaper (issue 19 point 2): on PostgreSQL each
// statement text prepared once per connection and run as EXECUTE (the cache
// dies with the connection); the values escaped as before; texts PostgreSQL
// cannot prepare run as before. And an upload counted against the day's quota
// once, in the transaction that records the file. And a push that reads
// before it holds the change order reads again when a change came between.
#include "eventingest.h"
#include "eventwriter.h"
#include "hostilehttp.h"
#include "preparedstatements.h"
#include "pushcontext.h"
#include "sync/protocolfields.h"
#include "upstreamstorefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestUpstreamStatements : public QObject
{
    Q_OBJECT
private slots:
    void valuesComeBackAsSent_data() { UpstreamFixture::addBackendRows(); }
    void valuesComeBackAsSent();
    void preparedOncePerConnection();
    void statementsDieWithTheConnection();
    void unpreparableTextRunsAsBefore();
    void unpreparableTextInsideATransaction();
    void statementLostByTheSessionIsPreparedAgain();
    void chunkedUploadCountedOnce_data() { UpstreamFixture::addBackendRows(); }
    void chunkedUploadCountedOnce();
    void pushReadsAgainAfterAChangeToItsPeople_data() { UpstreamFixture::addBackendRows(); }
    void pushReadsAgainAfterAChangeToItsPeople();
    void eventStoredInItsCanonicalForm_data() { UpstreamFixture::addBackendRows(); }
    void eventStoredInItsCanonicalForm();
};

namespace
{
using Store = OpenedUpstreamStore;

#define OPEN_STORE(s, backend)                                                                     \
    Store s;                                                                                       \
    UPSTREAM_PREPARE_OR_SKIP(s.fixture, backend);                                                  \
    do {                                                                                           \
        QString openError;                                                                         \
        QVERIFY2(openStore(s, &openError), qPrintable(openError));                                 \
        QVERIFY(makeProbe(s.db));                                                                  \
    } while (false)

// The statements this PostgreSQL session holds whose text contains `marker`.
int sessionStatements(QSqlDatabase &db, const QString &marker)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%%1%'")
               .arg(marker));
    return q.next() ? q.value(0).toInt() : -1;
}

const QString kInsert =
    QStringLiteral("INSERT INTO probe (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)");
const QString kSelect = QStringLiteral(
    "SELECT actor, target, detail FROM probe WHERE action = ? AND at = ? ORDER BY actor");

bool makeProbe(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("CREATE TABLE probe (at TEXT, actor TEXT, action TEXT, target "
                                 "TEXT, detail TEXT)"));
}
} // namespace

// What the driver escaped into the text before is what an EXECUTE's values
// carry now: quotes, backslashes, CJK, emoji, control characters, NULL.
void TestUpstreamStatements::valuesComeBackAsSent()
{
    QFETCH(QString, backend);
    OPEN_STORE(s, backend);
    const QStringList awkward{QStringLiteral("O'Brien \\ '' ?"), QStringLiteral("王小明 \"引号\""),
                              QString::fromUtf8("😀 \u2028 \t\n end"),
                              QStringLiteral("$1 $$ E'\\x41'"), QString()};
    QString error;
    QSqlQuery q(s.db);
    for (int i = 0; i < awkward.size(); ++i) {
        const QVariant detail = awkward.at(i).isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(awkward.at(i));
        QVERIFY2(execQuery(q, kInsert,
                           {QStringLiteral("t0"), QStringLiteral("a%1").arg(i),
                            QStringLiteral("probe"), awkward.at(qMax(0, i - 1)), detail},
                           &error),
                 qPrintable(error));
    }
    QVERIFY2(execQuery(q, kSelect, {QStringLiteral("probe"), QStringLiteral("t0")}, &error),
             qPrintable(error));
    for (int i = 0; i < awkward.size(); ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a%1").arg(i));
        QCOMPARE(q.value(1).toString(), awkward.at(qMax(0, i - 1)));
        QCOMPARE(q.value(2).isNull(), awkward.at(i).isNull());
        QCOMPARE(q.value(2).toString(), awkward.at(i));
    }
    QVERIFY(!q.next());
}

// Run three times with other values, prepared once: the session holds one
// statement for the text (none before issue 19: the values were written in).
void TestUpstreamStatements::preparedOncePerConnection()
{
    OPEN_STORE(s, QStringLiteral("postgresql"));
    QString error;
    QSqlQuery q(s.db);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(execQuery(q, kInsert,
                           {QStringLiteral("t1"), QStringLiteral("b%1").arg(i),
                            QStringLiteral("once"), QString(), QString()},
                           &error),
                 qPrintable(error));
    QCOMPARE(sessionStatements(s.db, QStringLiteral("INSERT INTO probe")), 1);
    QCOMPARE(PreparedStatements::count(s.db), 1);
    QVERIFY2(execQuery(q, kSelect, {QStringLiteral("once"), QStringLiteral("t1")}, &error),
             qPrintable(error));
    int rows = 0;
    while (q.next())
        ++rows;
    QCOMPARE(rows, 3);
    QCOMPARE(PreparedStatements::count(s.db), 2);
    // A statement prepared inside a transaction that rolls back stays.
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY2(execQuery(q, QStringLiteral("SELECT count(*) FROM probe WHERE actor = ?"),
                       {QStringLiteral("b1")}, &error),
             qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(execQuery(q, QStringLiteral("SELECT count(*) FROM probe WHERE actor = ?"),
                       {QStringLiteral("b2")}, &error),
             qPrintable(error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(PreparedStatements::count(s.db), 3);
}

// Opened again, the connection is a new session: its cache starts empty and
// the statement is prepared in the new session.
void TestUpstreamStatements::statementsDieWithTheConnection()
{
    OPEN_STORE(s, QStringLiteral("postgresql"));
    QString error;
    {
        QSqlQuery q(s.db);
        QVERIFY2(execQuery(q, kSelect, {QStringLiteral("x"), QStringLiteral("y")}, &error),
                 qPrintable(error));
    }
    QCOMPARE(PreparedStatements::count(s.db), 1);
    s.db.close();
    s.db = s.store->connection(&error);
    QVERIFY2(s.db.isOpen(), qPrintable(error));
    QCOMPARE(PreparedStatements::count(s.db), 0);
    QCOMPARE(sessionStatements(s.db, QStringLiteral("FROM probe")), 0);
    QSqlQuery q(s.db);
    QVERIFY2(execQuery(q, kSelect, {QStringLiteral("x"), QStringLiteral("y")}, &error),
             qPrintable(error));
    QCOMPARE(sessionStatements(s.db, QStringLiteral("FROM probe")), 1);
}

// PostgreSQL cannot infer the type of "? IS NULL": outside a transaction the
// text runs with its values written in, as before, and is not tried again.
void TestUpstreamStatements::unpreparableTextRunsAsBefore()
{
    OPEN_STORE(s, QStringLiteral("postgresql"));
    QString error;
    QSqlQuery q(s.db);
    for (const QVariant &value : {QVariant(QMetaType(QMetaType::QString)), QVariant(1)}) {
        QVERIFY2(execQuery(q, QStringLiteral("SELECT ? IS NULL"), {value}, &error),
                 qPrintable(error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toBool(), value.isNull());
    }
    QCOMPARE(PreparedStatements::count(s.db), 0);
    // Not a statement PREPARE takes: written in.
    QVERIFY2(
        execQuery(q, QStringLiteral("SET application_name = ?"), {QStringLiteral("probe")}, &error),
        qPrintable(error));
    QCOMPARE(PreparedStatements::count(s.db), 0);
}

// The same kind of text met first inside a transaction: PostgreSQL refuses its
// PREPARE, which used to abort the transaction and fail the call. Now the
// PREPARE is tried under a savepoint: the call answers, and what the
// transaction wrote before and after it is committed.
void TestUpstreamStatements::unpreparableTextInsideATransaction()
{
    OPEN_STORE(s, QStringLiteral("postgresql"));
    QString error;
    QSqlQuery q(s.db);
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY2(execQuery(q, kInsert,
                       {QStringLiteral("t"), QStringLiteral("before"), QStringLiteral("tx"),
                        QStringLiteral("x"), QStringLiteral("")},
                       &error),
             qPrintable(error));
    QVERIFY2(execQuery(q, QStringLiteral("SELECT ? IS NULL AND ? IS NULL"), {1, 2}, &error),
             qPrintable(error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toBool(), false);
    QVERIFY2(execQuery(q, kInsert,
                       {QStringLiteral("t"), QStringLiteral("after"), QStringLiteral("tx"),
                        QStringLiteral("x"), QStringLiteral("")},
                       &error),
             qPrintable(error));
    QVERIFY2(q.exec(QStringLiteral("COMMIT")), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM probe WHERE action = 'tx'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // A text PostgreSQL takes is prepared in a transaction as outside one.
    QCOMPARE(sessionStatements(s.db, QStringLiteral("INTO probe")), 1);
}

// DEALLOCATE ALL behind the cache's back (as a session reset would): the
// next call prepares the text again instead of failing.
void TestUpstreamStatements::statementLostByTheSessionIsPreparedAgain()
{
    OPEN_STORE(s, QStringLiteral("postgresql"));
    QString error;
    QSqlQuery q(s.db);
    QVERIFY2(execQuery(q, kSelect, {QStringLiteral("x"), QStringLiteral("y")}, &error),
             qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("DEALLOCATE ALL")));
    QVERIFY2(execQuery(q, kSelect, {QStringLiteral("x"), QStringLiteral("y")}, &error),
             qPrintable(error));
    QCOMPARE(sessionStatements(s.db, QStringLiteral("FROM probe")), 1);
}

// A file sent in two chunks counts its bytes once against the day's quota;
// the chunk that would pass the quota is refused and cut off the partial file
// (the first chunk stays, the upload resumes there), and nothing is counted for it.
void TestUpstreamStatements::chunkedUploadCountedOnce()
{
    START_DEMO(up);
    QVERIFY2(up.start(QString(), {QStringLiteral("--upload-quota-mb"), QStringLiteral("1")}),
             qPrintable(up.lastError()));
    const QString wang = up.signIn(QStringLiteral("wang"), QStringLiteral("pc-wang"));
    const auto sendChunk = [&](const QByteArray &file, qint64 offset, qint64 length) {
        return JsonHttp::put(up.url(QStringLiteral("/v1/evidence/%1?offset=%2&total=%3")
                                        .arg(upstreamtest::sha256(file))
                                        .arg(offset)
                                        .arg(file.size())),
                             file.mid(offset, length), wang);
    };
    const auto sentToday = [&]() {
        QString error;
        auto store = UpstreamStore::open(up.dbUrl(), &error);
        QSqlDatabase db = store->connection(&error);
        QSqlQuery q(db);
        const bool read =
            q.exec(QStringLiteral("SELECT bytes FROM upload_day WHERE user_name = 'wang'"));
        return read && q.next() ? q.value(0).toLongLong() : (read ? 0 : -1);
    };
    const QByteArray first = QByteArray(400 << 10, 'a') + upstreamtest::newUuid().toLatin1();
    auto r = sendChunk(first, 0, 300 << 10);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("complete")).toBool(), false);
    QCOMPARE(sentToday(), qint64(300 << 10));
    r = sendChunk(first, 300 << 10, first.size());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(sentToday(), qint64(first.size()));
    // 700 KiB more would pass 1 MiB: its first chunk fits, its last does not.
    const QByteArray second = QByteArray(700 << 10, 'b') + upstreamtest::newUuid().toLatin1();
    r = sendChunk(second, 0, 500 << 10);
    QCOMPARE(r.status, 200);
    const qint64 counted = first.size() + (500 << 10);
    QCOMPARE(sentToday(), counted);
    r = sendChunk(second, 500 << 10, second.size());
    QCOMPARE(r.status, 429);
    QCOMPARE(r.error(), QStringLiteral("quota-exceeded"));
    QCOMPARE(sentToday(), counted);
    r = JsonHttp::get(
        up.url(QStringLiteral("/v1/evidence/%1/upload").arg(upstreamtest::sha256(second))), wang);
    QCOMPARE(r.json.value(QStringLiteral("received")).toInteger(), qint64(500 << 10));
    QCOMPARE(r.json.value(QStringLiteral("complete")).toBool(), false);
}

// Issue 19 point 2: on PostgreSQL a push reads what its batch needs before it
// holds the change order (EventIngest::push). A change written in between to
// one of the batch's people, or an event stored with one of its uuids, means
// those reads may be out of date (PushContext::changedSinceLoad: read again);
// a change to anybody else does not. The same answers on SQLite.
void TestUpstreamStatements::pushReadsAgainAfterAChangeToItsPeople()
{
    QFETCH(QString, backend);
    Store s;
    UPSTREAM_PREPARE_OR_SKIP(s.fixture, backend);
    QString error;
    QVERIFY2(openStore(s, &error), qPrintable(error));
    const QString person = QStringLiteral("370202194501011234");
    const QString other = QStringLiteral("370202194501015678");
    const auto append = [&](const QString &type, const QString &key, const QString &idNumber,
                            int count = 1) {
        QString failure;
        const bool ok = appendCommitted(s, type, key, idNumber, {}, {}, &failure, count);
        if (!ok)
            qWarning("%s", qPrintable(failure));
        return ok;
    };
    const auto movedSince = [&](PushContext &context) {
        QString failure;
        const auto moved = context.changedSinceLoad(&failure);
        if (!moved)
            qWarning("%s", qPrintable(failure));
        return moved ? int(*moved) : -1;
    };
    QTemporaryDir files;
    EvidenceVault vault(*s.store, files.path());
    Caller caller{
        QStringLiteral("wang"), QString(), QStringLiteral("worker"), QStringLiteral("pc-wang"), {}};
    const QString uuid = upstreamtest::newUuid();
    const QJsonObject event{{ProtocolField::uuid, uuid},
                            {ProtocolField::kind, ProtocolValue::verification},
                            {ProtocolField::idNumber, person}};
    // A change to the person before the reads is what they read.
    QVERIFY(append(ProtocolValue::status, person, person));
    PushContext context(s.db, caller, vault);
    QVERIFY2(context.load({event}, &error), qPrintable(error));
    QCOMPARE(movedSince(context), 0);
    QVERIFY(append(ProtocolValue::recipient, other, other));
    QCOMPARE(movedSince(context), 0);
    QVERIFY(append(ProtocolValue::status, person, person));
    QCOMPARE(movedSince(context), 1);
    // Read again: current, until an event with the batch's uuid is stored
    // (another desk's, for another person).
    context.clear();
    QVERIFY2(context.load({event}, &error), qPrintable(error));
    QCOMPARE(movedSince(context), 0);
    QVERIFY(append(ProtocolValue::event, uuid, other));
    QCOMPARE(movedSince(context), 1);
    // After a bulk writer (more than 10,000 changes, none of them the batch's)
    // it reads again rather than look at them all.
    context.clear();
    QVERIFY2(context.load({event}, &error), qPrintable(error));
    QVERIFY(append(ProtocolValue::recipient, other, other, 10000));
    QCOMPARE(movedSince(context), 0);
    QVERIFY(append(ProtocolValue::recipient, other, other));
    QCOMPARE(movedSince(context), 1);
}

// An event's canonical JSON is written once (issue 19 point 1) and spliced
// into its change: both stored texts are what QJsonDocument writes for them,
// awkward text included.
void TestUpstreamStatements::eventStoredInItsCanonicalForm()
{
    QFETCH(QString, backend);
    OPEN_STORE(s, backend);
    const Caller caller{QStringLiteral("wang \"王\""),
                        QString(),
                        QStringLiteral("worker"),
                        QStringLiteral("pc-wang's"),
                        {}};
    const QJsonObject event{
        {ProtocolField::uuid, upstreamtest::newUuid()},
        {ProtocolField::kind, ProtocolValue::verification},
        {ProtocolField::idNumber, QStringLiteral("370202194501011234")},
        {ProtocolField::note, QString::fromUtf8("O'Brien \\ \"引号\" 😀 \u2028 \t end")},
        {ProtocolField::evidence, QJsonArray{QJsonObject{{QStringLiteral("bytes"), 12345}}}}};
    AcceptedEvent a;
    a.uuid = event.value(ProtocolField::uuid).toString();
    a.kind = ProtocolValue::verification;
    a.idNumber = event.value(ProtocolField::idNumber).toString();
    a.payload = EventIngest::canonical(event);
    a.contentHash = QString::fromLatin1(EventIngest::hashOf(a.payload));
    a.receivedAt = UpstreamStore::nowIso();
    a.event = event;
    QList<AcceptedEvent> events{a};
    QString error;
    QVERIFY2(EventWriter::write(s.db, caller, events, &error), qPrintable(error));
    QSqlQuery q(s.db);
    QVERIFY2(
        execQuery(q,
                  QStringLiteral("SELECT c.data, e.payload, e.content_hash FROM change c "
                                 "JOIN event e ON e.seq = c.seq WHERE c.type = ? AND c.key = ?"),
                  {QString(ProtocolValue::event), a.uuid}, &error),
        qPrintable(error));
    QVERIFY(q.next());
    const QJsonObject change{{ProtocolField::device, caller.device},
                             {ProtocolField::event, event},
                             {QStringLiteral("receivedAt"), a.receivedAt},
                             {ProtocolField::user, caller.user}};
    QCOMPARE(q.value(0).toString(),
             QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
    QCOMPARE(q.value(1).toString(),
             QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    QCOMPARE(q.value(2).toString(), QString::fromLatin1(EventIngest::contentHash(event)));
}

QTEST_GUILESS_MAIN(TestUpstreamStatements)
#include "tst_upstreamstatements.moc"
