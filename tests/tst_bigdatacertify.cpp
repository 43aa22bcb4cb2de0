// Big-data results certify (issue 15 point 2): a qualified result (认证合格 /
// 视同认证合格; QD 13-14 and 17, QI 三(一), UR 六(二), GD 14) becomes an append-only
// check with method big-data, its source, behaviour date and import batch, audited
// and queued for sync like any check; the period renews as the profile lays it out
// (through PersonState). To-verify and disqualified results renew nothing.
// Importing the same file again creates nothing new.
#include "domain/bigdataconclusion.h"
#include "domain/serviceperiod.h"
#include "evidence/evidencestore.h"
#include "io/bigdataimport.h"
#include "securitytest.h"
#include "store/ledgerquery.h"
#include "testdatabase.h"
#include "verification/bigdatacertification.h"
#include "verification/verificationservice.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

struct Person {
    qint64 id = 0;
    QString idNumber;
    QString name;
    QDate periodEnd;
};

QVariant value(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// People alive, paid normally, whose period ends within the month: the ≤1-month ledger.
QList<Person> withinOneMonth(const Database &db, int n)
{
    QList<Person> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, id_number, name, period_end FROM recipient WHERE living_status = 'alive' "
        "AND benefit_status = 'normal' AND period_end >= ? AND period_end <= ? ORDER BY id "
        "LIMIT ?"));
    q.addBindValue(kToday.toString(Qt::ISODate));
    q.addBindValue(kToday.addMonths(1).toString(Qt::ISODate));
    q.addBindValue(n);
    q.exec();
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    return out;
}

ReadTable resultsFile(const QList<std::pair<Person, QString>> &rows, const QString &behaviour)
{
    ReadTable t;
    t.headers = {QStringLiteral("身份证号"), QStringLiteral("姓名"),     QStringLiteral("结论"),
                 QStringLiteral("来源"),     QStringLiteral("最近行为"), QStringLiteral("月份")};
    for (const auto &[p, conclusion] : rows)
        t.rows << QStringList{p.idNumber, p.name,
                              conclusion, QStringLiteral("rail"),
                              behaviour,  QStringLiteral("2026-11")};
    return t;
}

ImportMapping mappingFor(const ReadTable &t)
{
    return ImportMapping::guess(t.headers);
}

bool inLedger(const Database &db, Ledger list, qint64 id)
{
    // The whole list in one page: a small demo district.
    const LedgerQuery q(list, {1, QString()}, kToday);
    QList<RecipientRow> rows;
    if (!q.fetch(db.connection(), QVariant(), 0, 100000, &rows))
        return false;
    return std::any_of(rows.cbegin(), rows.cend(),
                       [id](const RecipientRow &r) { return r.id == id; });
}
} // namespace

class TestBigDataCertify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qualifiedResultLeavesTheOneMonthLedger();
    void toVerifyAndDisqualifiedRenewNothing();
    void reimportCreatesNothingNew();
    void naturalKeyMakesTheSameEventEverywhere();
    void guangdongCycleStartsTheNextMonth();
    void timelineShowsTheBigDataCheck();

private:
    QTemporaryDir m_dir;
    TestDatabase m_qd;
    Session m_admin = securitytest::administrator();
};

void TestBigDataCertify::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_qd = TestDatabase::demo(m_dir.filePath(QStringLiteral("qd.sqlite")), 600, 11, kToday);
    QVERIFY2(m_qd.db, qPrintable(m_qd.error));
}

// The demo finding of issue 15: a person whose result is 认证合格 with a behaviour
// on 2026-11-12 kept a period ending within the month and sat in the ≤1-month
// ledger. QD 13 (each update restarts the period), 14 and 17 (the qualified list).
void TestBigDataCertify::qualifiedResultLeavesTheOneMonthLedger()
{
    const Database &db = *m_qd.db;
    const QList<Person> people = withinOneMonth(db, 1);
    QCOMPARE(people.size(), 1);
    const Person p = people.first();
    QVERIFY(inLedger(db, Ledger::Within1, p.id));
    const ReadTable file =
        resultsFile({{p, QStringLiteral("认证合格")}}, QStringLiteral("2026-11-12 高铁出行"));
    const BigDataImport importer(db, *m_qd.profile);
    const ImportPlan plan = importer.validate(file, mappingFor(file), kToday);
    QVERIFY2(plan.problems.isEmpty(),
             qPrintable(plan.problems.isEmpty() ? QString() : plan.problems.first().reason));
    QCOMPARE(plan.qualified, 1);
    QString error;
    QVERIFY2(importer.apply(plan, m_admin, &error), qPrintable(error));

    // One append-only check, method big-data, from the behaviour's date.
    QCOMPARE(value(db,
                   QStringLiteral("SELECT count(*) FROM verification_event WHERE recipient_id = ? "
                                  "AND method = 'big-data' AND living_status = 'alive' AND "
                                  "check_date = '2026-11-12' AND source = 'rail' AND "
                                  "bigdata_month = '2026-11' AND import_batch IS NOT NULL"),
                   {p.id})
                 .toInt(),
             1);
    // Queued for sync and audited like any check.
    QCOMPARE(value(db,
                   QStringLiteral("SELECT count(*) FROM outbox o JOIN verification_event e ON "
                                  "e.uuid = o.event_uuid WHERE e.recipient_id = ? AND "
                                  "e.method = 'big-data' AND o.state = 'pending'"),
                   {p.id})
                 .toInt(),
             1);
    QVERIFY(value(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record' AND "
                                     "detail LIKE '%big-data%'"))
                .toInt() >= 1);
    // Qingdao (QD 12-13): the new certification date starts a 12-month period.
    QCOMPARE(value(db, QStringLiteral("SELECT period_start FROM recipient WHERE id = ?"), {p.id})
                 .toString(),
             QStringLiteral("2026-11-12"));
    QCOMPARE(value(db, QStringLiteral("SELECT period_end FROM recipient WHERE id = ?"), {p.id})
                 .toString(),
             QStringLiteral("2027-11-12"));
    QVERIFY(!inLedger(db, Ledger::Within1, p.id));
    QVERIFY(!inLedger(db, Ledger::Within3Cumulative, p.id));
}

void TestBigDataCertify::toVerifyAndDisqualifiedRenewNothing()
{
    const Database &db = *m_qd.db;
    const QList<Person> people = withinOneMonth(db, 3);
    QCOMPARE(people.size(), 3);
    const int eventsBefore =
        value(db, QStringLiteral("SELECT count(*) FROM verification_event")).toInt();
    const ReadTable file = resultsFile(
        {{people.at(1), QStringLiteral("待核实")}, {people.at(2), QStringLiteral("丧失资格")}},
        QStringLiteral("2026-11-15 无"));
    const BigDataImport importer(db, *m_qd.profile);
    const ImportPlan plan = importer.validate(file, mappingFor(file), kToday);
    QVERIFY(plan.problems.isEmpty());
    QString error;
    QVERIFY2(importer.apply(plan, m_admin, &error), qPrintable(error));
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM verification_event")).toInt(),
             eventsBefore);
    for (int i : {1, 2}) {
        QCOMPARE(value(db, QStringLiteral("SELECT period_end FROM recipient WHERE id = ?"),
                       {people.at(i).id})
                     .toString(),
                 people.at(i).periodEnd.toString(Qt::ISODate));
    }
    QVERIFY(inLedger(db, Ledger::Within1, people.at(1).id));
}

void TestBigDataCertify::reimportCreatesNothingNew()
{
    const Database &db = *m_qd.db;
    const QList<Person> people = withinOneMonth(db, 6);
    QVERIFY(people.size() >= 5);
    QList<std::pair<Person, QString>> rows;
    for (int i = 3; i < 5; ++i)
        rows.append({people.at(i), QStringLiteral("具备资格")});
    const ReadTable file = resultsFile(rows, QStringLiteral("2026-11-20 银行柜台业务"));
    const BigDataImport importer(db, *m_qd.profile);
    QString error;
    const ImportPlan first = importer.validate(file, mappingFor(file), kToday);
    QVERIFY2(importer.apply(first, m_admin, &error), qPrintable(error));
    const QString count = QStringLiteral("SELECT count(*) FROM verification_event WHERE "
                                         "method = 'big-data'");
    const QString outbox = QStringLiteral("SELECT count(*) FROM outbox");
    const int events = value(db, count).toInt(), queued = value(db, outbox).toInt();
    const ImportPlan again = importer.validate(file, mappingFor(file), kToday);
    QCOMPARE(again.changes.size(), 0);
    QCOMPARE(again.unchanged, 2);
    QVERIFY2(importer.apply(again, m_admin, &error), qPrintable(error));
    QCOMPARE(value(db, count).toInt(), events);
    QCOMPARE(value(db, outbox).toInt(), queued);
}

void TestBigDataCertify::naturalKeyMakesTheSameEventEverywhere()
{
    const QString id = QStringLiteral("11010519491231002X");
    const QString a = BigDataCertification::uuidFor(id, QStringLiteral("2026-11"),
                                                    QStringLiteral("rail"), QDate(2026, 11, 12));
    QCOMPARE(a, BigDataCertification::uuidFor(id, QStringLiteral("2026-11"), QStringLiteral("rail"),
                                              QDate(2026, 11, 12)));
    QVERIFY(a != BigDataCertification::uuidFor(id, QStringLiteral("2026-11"), QStringLiteral("air"),
                                               QDate(2026, 11, 12)));
    QCOMPARE(BigDataCertification::certificationDate(QStringLiteral("2026-11"),
                                                     QStringLiteral("2026-11-12 高铁出行"), kToday),
             QDate(2026, 11, 12));
    // No date in the behaviour: the first day of the comparison month, never later.
    QCOMPARE(BigDataCertification::certificationDate(QStringLiteral("2026-11"),
                                                     QStringLiteral("高铁出行"), kToday),
             QDate(2026, 11, 1));
    // A behaviour "seen" after today is not believed.
    QCOMPARE(BigDataCertification::certificationDate(QStringLiteral("2026-11"),
                                                     QStringLiteral("2026-12-01 x"), kToday),
             QDate(2026, 11, 1));
    QVERIFY(BigDataCertification::protocolProblem(a, id, QStringLiteral("2026-11"),
                                                  QStringLiteral("rail"), QDate(2026, 11, 12),
                                                  QStringLiteral("alive"))
                .isEmpty());
    QVERIFY(!BigDataCertification::protocolProblem(a, id, QStringLiteral("2026-11"),
                                                   QStringLiteral("rail"), QDate(2026, 11, 13),
                                                   QStringLiteral("alive"))
                 .isEmpty());
    const BigDataResult toVerify{1, QStringLiteral("2026-11"), {}, QStringLiteral("x"), {}};
    QVERIFY(!BigDataCertification::eventFor(1, id, toVerify, QStringLiteral("w"), {}, kToday));
}

// GD 6: the 12-month cycle counts from the month after the confirmation; GD 14:
// the result is a certification record.
void TestBigDataCertify::guangdongCycleStartsTheNextMonth()
{
    TestDatabase gd = TestDatabase::demo(m_dir.filePath(QStringLiteral("gd.sqlite")), 300, 5,
                                         kToday, QStringLiteral("guangdong"));
    QVERIFY2(gd.db, qPrintable(gd.error));
    const QList<Person> people = withinOneMonth(*gd.db, 1);
    QCOMPARE(people.size(), 1);
    const ReadTable file = resultsFile({{people.first(), QStringLiteral("具备资格")}},
                                       QStringLiteral("2026-11-12 社保卡就医结算"));
    const BigDataImport importer(*gd.db, *gd.profile);
    const ImportPlan plan = importer.validate(file, mappingFor(file), kToday);
    QCOMPARE(plan.qualified, 1);
    QVERIFY(importer.needsApproval(plan)); // GD 9 holds for a big-data certification
    QCOMPARE(value(*gd.db, QStringLiteral("SELECT period_end FROM recipient WHERE id = ?"),
                   {people.first().id})
                 .toString(),
             people.first().periodEnd.toString(Qt::ISODate));
}

void TestBigDataCertify::timelineShowsTheBigDataCheck()
{
    const Database &db = *m_qd.db;
    const qint64 id =
        value(db, QStringLiteral("SELECT recipient_id FROM verification_event WHERE method = "
                                 "'big-data' ORDER BY recipient_id LIMIT 1"))
            .toLongLong();
    QVERIFY(id > 0);
    EvidenceStore evidence(m_dir.filePath(QStringLiteral("evidence")));
    const VerificationService service(db, *m_qd.profile, evidence, m_admin);
    const QList<VerificationEvent> events = service.events(id);
    QVERIFY(!events.isEmpty());
    const VerificationEvent &e = events.first();
    QCOMPARE(e.method, VerificationMethod::BigData);
    QCOMPARE(e.source, QStringLiteral("rail"));
    QCOMPARE(e.bigDataMonth, QStringLiteral("2026-11"));
    QVERIFY(!e.importBatch.isEmpty());
    QVERIFY(!VerificationTerms::displayName(e.method).isEmpty());
}

QTEST_GUILESS_MAIN(TestBigDataCertify)
#include "tst_bigdatacertify.moc"
