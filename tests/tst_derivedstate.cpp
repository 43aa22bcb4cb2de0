// One writer of a person's derived state (PersonState): the same events give the
// same recipient row whatever order they arrive in and whichever path brings
// them — checks and a correction recorded here, the same events pulled by sync,
// payment steps recorded here or pulled, a big-data import and a big-data
// result pulled by sync. Every derived column is compared.
#include "lifecycletest.h"

#include "domain/bigdataconclusion.h"
#include "io/bigdataimport.h"
#include "store/personstate.h"
#include "sync/changeapplier.h"
#include "sync/eventcodec.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <functional>

using namespace certdesk;

using lifecycletest::District;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kDerivedColumns =
    QStringLiteral("phone, household_address, residence_address, residence_type, last_check_date, "
                   "living_status, period_start, "
                   "period_end, benefit_status, bigdata_rank, bigdata_month, bigdata_detail, "
                   "bigdata_source, bigdata_behaviour");

// One fact as it can travel: a pulled change, or how to record it here.
struct Fact {
    QJsonObject change;               // as ChangeApplier receives it
    std::function<bool()> recordHere; // the same fact through the local path
    QString corrects;                 // a correction comes after the event it corrects
    QString uuid;
};
} // namespace

class TestDerivedState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void localPathGivesTheExpectedRow();
    void pulledInAnyOrderGivesTheSameRow_data();
    void pulledInAnyOrderGivesTheSameRow();
    void mixedPathsGiveTheSameRow();

private:
    static QString derivedRow(const Database &db, qint64 id);
    // A fresh district with the same person (same ID number) and no events.
    static std::unique_ptr<District> emptyDistrict(qint64 *id);
    static bool pull(District &d, const QJsonObject &change, QString *error);
    QList<Fact> facts(District &target, qint64 id) const;

    std::unique_ptr<District> m_source;
    qint64 m_person = 0;
    QString m_sourceRow;
    // What the source recorded, in recording order: kind and uuid.
    QList<std::pair<EventCodec::Kind, QString>> m_recorded;
    QList<VerificationEvent> m_checks;
    QList<LifecycleEvent> m_steps;
    QJsonObject m_bigDataPulled;
    QString m_photoPath;
    ImportChange m_bigDataImported;
};

QString TestDerivedState::derivedRow(const Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM recipient WHERE id = %2")
                    .arg(kDerivedColumns)
                    .arg(id)) ||
        !q.next())
        return QStringLiteral("(no row: %1)").arg(q.lastError().text());
    QStringList values;
    const QStringList names = kDerivedColumns.split(QStringLiteral(", "));
    for (int i = 0; i < names.size(); ++i)
        values << names.at(i) + QLatin1Char('=') +
                      (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
    return values.join(QLatin1Char('\n'));
}

std::unique_ptr<District> TestDerivedState::emptyDistrict(qint64 *id)
{
    auto d = std::make_unique<District>();
    if (!d->open())
        return nullptr;
    d->setToday(kToday);
    *id = d->person(QStringLiteral("张秀英"), QDate(2025, 12, 1), 250000);
    return d;
}

bool TestDerivedState::pull(District &d, const QJsonObject &change, QString *error)
{
    // One page per change, so the state is recomputed after every arrival.
    ChangeApplier applier(*d.m_db, *d.m_profile);
    return d.m_db->beginWrite(error) && applier.apply(change, error) && applier.finish(error) &&
           d.m_db->commit(error);
}

void TestDerivedState::initTestCase()
{
    m_source = emptyDistrict(&m_person);
    QVERIFY(m_source && m_person > 0);
    District &d = *m_source;
    QString error;
    m_photoPath = d.m_dir.filePath(QStringLiteral("person.png"));
    const QString &photoPath = m_photoPath;
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(0xff336699u);
    QVERIFY(image.save(photoPath, "PNG"));
    const auto photo = d.m_store->intakeFile(photoPath, &error);
    QVERIFY2(photo, qPrintable(error));

    auto check = [&](const QDate &on, const QString &at, LivingStatus status,
                     const ContactUpdate &contact, const QString &corrects = QString()) {
        VerificationEvent e;
        e.recipientId = m_person;
        e.checkDate = on;
        e.occurredAt = QDateTime::fromString(at, Qt::ISODate);
        e.method = VerificationMethod::HomeVisit;
        e.status = status;
        e.worker = QStringLiteral("王芳");
        e.contact = contact;
        e.corrects = corrects;
        if (status == LivingStatus::Alive)
            e.evidence << EvidenceLink{*photo, EvidenceKind::Person};
        QString why;
        if (!d.m_checks->record(e, &why))
            qWarning() << why;
        m_checks << e;
        m_recorded.append({EventCodec::Kind::Verification, e.uuid});
        return e.uuid;
    };
    auto step = [&](LifecycleKind kind, const QDate &on, const QDate &month) {
        LifecycleEvent e;
        e.recipientId = m_person;
        e.kind = kind;
        e.date = on;
        e.effectiveMonth = month;
        e.reason = QStringLiteral("未按期认证");
        e.cause = QStringLiteral("failed");
        e.actor = QStringLiteral("王芳");
        QString why;
        if (!d.m_lifecycle->record(e, &why))
            qWarning() << why;
        m_steps << e;
        m_recorded.append({EventCodec::Kind::Lifecycle, e.uuid});
    };
    ContactUpdate firstPhone;
    firstPhone.phone = QStringLiteral("13911112222");
    firstPhone.householdAddress = QStringLiteral("市南区太平角一路1号");
    check(QDate(2026, 3, 10), QStringLiteral("2026-03-10T02:00:00.000Z"), LivingStatus::Alive,
          firstPhone);
    step(LifecycleKind::Failed, QDate(2026, 4, 1), QDate());
    step(LifecycleKind::Suspended, QDate(2026, 5, 1), QDate(2026, 5, 1));
    ContactUpdate secondPhone;
    secondPhone.phone = QStringLiteral("13933334444");
    const QString wrong = check(QDate(2026, 6, 15), QStringLiteral("2026-06-15T03:00:00.000Z"),
                                LivingStatus::Unreachable, secondPhone);
    // The correction says the person was found alive and drops the wrong phone.
    ContactUpdate moved;
    moved.residenceAddress = QStringLiteral("市南区八大关路2号");
    moved.residenceType = QStringLiteral("domestic");
    check(QDate(2026, 6, 15), QStringLiteral("2026-06-15T03:30:00.000Z"), LivingStatus::Alive,
          moved, wrong);
    step(LifecycleKind::Resumed, QDate(2026, 7, 1), QDate(2026, 7, 1));
    // A check written up late: older than the others, recorded last; it decides nothing.
    ContactUpdate oldPhone;
    oldPhone.phone = QStringLiteral("13955556666");
    check(QDate(2026, 2, 1), QStringLiteral("2026-02-01T01:00:00.000Z"), LivingStatus::Alive,
          oldPhone);

    // Two big-data results: the October import and the September one from the
    // server, which arrives later here but must not replace October's.
    m_bigDataImported =
        ImportChange{2, m_person, BigDataConclusions::rank(BigDataConclusion::Qualified),
                     QStringLiteral("社保卡就医记录"), QStringLiteral("医保"),
                     QStringLiteral("2026-10"), d.idNumber(m_person), QString(),
                     // The result's own certification (a big-data check)
                     // is not one of the facts replayed here.
                     QDate()};
    ImportPlan plan;
    plan.changes << m_bigDataImported;
    QVERIFY2(BigDataImport(*d.m_db, *d.m_profile).apply(plan, Session::commandLine(), &error),
             qPrintable(error));
    m_bigDataPulled = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("bigdata")},
        {QStringLiteral("seq"), 9001},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("idNumber"), d.idNumber(m_person)},
                                             {QStringLiteral("conclusion"),
                                              BigDataConclusions::key(BigDataConclusion::ToVerify)},
                                             {QStringLiteral("month"), QStringLiteral("2026-09")},
                                             {QStringLiteral("detail"), QStringLiteral("疑似死亡")},
                                             {QStringLiteral("source"), QStringLiteral("公安")},
                                             {QStringLiteral("behaviour"), QStringLiteral("无")}}}};
    QVERIFY2(pull(d, m_bigDataPulled, &error), qPrintable(error));
    QCOMPARE(m_recorded.size(), 7);
    m_sourceRow = derivedRow(*d.m_db, m_person);
}

void TestDerivedState::localPathGivesTheExpectedRow()
{
    const QStringList row = m_sourceRow.split(QLatin1Char('\n'));
    // The newest check that set each field, the corrected one left out.
    QVERIFY2(row.contains(QStringLiteral("phone=13911112222")), qPrintable(m_sourceRow));
    QVERIFY(row.contains(QStringLiteral("household_address=市南区太平角一路1号")));
    QVERIFY(row.contains(QStringLiteral("residence_address=市南区八大关路2号")));
    QVERIFY(row.contains(QStringLiteral("residence_type=domestic")));
    // The correction decides the status; the late, older check does not.
    QVERIFY(row.contains(QStringLiteral("living_status=alive")));
    QVERIFY(row.contains(QStringLiteral("last_check_date=2026-06-15")));
    QVERIFY(!row.contains(QStringLiteral("period_start=NULL")));
    // Failed, suspended, resumed: normal again, as the service's own replay says.
    QVERIFY(row.contains(QStringLiteral("benefit_status=normal")));
    QCOMPARE(BenefitLifecycle::key(m_source->m_lifecycle->state(m_person).status),
             QStringLiteral("normal"));
    // October's result stands; September's, pulled later, is not applied.
    QVERIFY(row.contains(QStringLiteral("bigdata_month=2026-10")));
    QVERIFY(row.contains(QStringLiteral("bigdata_rank=%1")
                             .arg(BigDataConclusions::rank(BigDataConclusion::Qualified))));
    QVERIFY(row.contains(QStringLiteral("bigdata_behaviour=NULL")));
    // A recompute from the stored events changes nothing.
    PersonState state(*m_source->m_db, *m_source->m_profile);
    QString error;
    QVERIFY2(state.recompute(m_person, &error), qPrintable(error));
    QCOMPARE(derivedRow(*m_source->m_db, m_person), m_sourceRow);
}

QList<Fact> TestDerivedState::facts(District &target, qint64 id) const
{
    QList<Fact> out;
    // The photo of the checks, for the ones recorded there.
    QString error;
    if (!target.m_store->intakeFile(m_photoPath, &error))
        qWarning() << error;
    EventCodec codec(m_source->m_db->connection());
    const auto contentOf = [](const QString &sha256, bool) { return sha256; };
    int seq = 100;
    for (const auto &[kind, uuid] : m_recorded) {
        const QJsonObject event = codec.read(kind, uuid, contentOf, &error);
        if (event.isEmpty())
            qWarning() << error;
        Fact f;
        f.uuid = uuid;
        f.change = QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                               {QStringLiteral("seq"), ++seq},
                               {QStringLiteral("data"),
                                QJsonObject{{QStringLiteral("event"), event},
                                            {QStringLiteral("device"), QStringLiteral("desk-a")},
                                            {QStringLiteral("user"), QStringLiteral("wangfang")},
                                            {QStringLiteral("receivedAt"),
                                             QStringLiteral("2026-11-23T08:00:00.000Z")}}}};
        District *d = &target;
        if (kind == EventCodec::Kind::Verification) {
            auto it =
                std::find_if(m_checks.cbegin(), m_checks.cend(),
                             [&uuid = uuid](const VerificationEvent &e) { return e.uuid == uuid; });
            VerificationEvent e = *it;
            e.recipientId = id;
            f.corrects = e.corrects;
            f.recordHere = [d, e]() mutable {
                QString why;
                const bool ok = d->m_checks->record(e, &why);
                if (!ok)
                    qWarning() << why;
                return ok;
            };
        } else {
            auto it =
                std::find_if(m_steps.cbegin(), m_steps.cend(),
                             [&uuid = uuid](const LifecycleEvent &e) { return e.uuid == uuid; });
            LifecycleEvent e = *it;
            e.recipientId = id;
            f.recordHere = [d, e]() mutable {
                QString why;
                const bool ok = d->m_lifecycle->record(e, &why);
                if (!ok)
                    qWarning() << why;
                return ok;
            };
        }
        out << f;
    }
    Fact pulled;
    pulled.change = m_bigDataPulled;
    out << pulled;
    Fact imported;
    imported.uuid = QStringLiteral("import");
    ImportChange change = m_bigDataImported;
    change.recipientId = id;
    imported.recordHere = [d = &target, change]() {
        ImportPlan plan;
        plan.changes << change;
        QString why;
        const bool ok =
            BigDataImport(*d->m_db, *d->m_profile).apply(plan, Session::commandLine(), &why);
        if (!ok)
            qWarning() << why;
        return ok;
    };
    out << imported;
    return out;
}

void TestDerivedState::pulledInAnyOrderGivesTheSameRow_data()
{
    QTest::addColumn<int>("seed");
    for (int seed : {0, 1, 2, 3, 4, 5, 6, 7})
        QTest::newRow(qPrintable(QStringLiteral("order %1").arg(seed))) << seed;
}

void TestDerivedState::pulledInAnyOrderGivesTheSameRow()
{
    QFETCH(int, seed);
    qint64 id = 0;
    auto d = emptyDistrict(&id);
    QVERIFY(d);
    QList<Fact> all = facts(*d, id);
    // Seed 0 is the order of recording, 1 the reverse, the others shuffled; a
    // correction still comes after the check it corrects (the server keeps that).
    if (seed == 1)
        std::reverse(all.begin(), all.end());
    else if (seed > 1)
        std::shuffle(all.begin(), all.end(), QRandomGenerator(quint32(seed)));
    for (int i = 0; i < all.size(); ++i) {
        for (int j = i + 1; j < all.size(); ++j) {
            if (!all.at(i).corrects.isEmpty() && all.at(i).corrects == all.at(j).uuid)
                all.swapItemsAt(i, j);
        }
    }
    QString error;
    for (const Fact &f : std::as_const(all)) {
        // Everything arrives through sync except the big-data file, which is imported here.
        if (f.change.isEmpty())
            QVERIFY(f.recordHere());
        else
            QVERIFY2(pull(*d, f.change, &error), qPrintable(error));
    }
    QCOMPARE(derivedRow(*d->m_db, id), m_sourceRow);
}

void TestDerivedState::mixedPathsGiveTheSameRow()
{
    // The first check, its payment steps and the import recorded here; the rest
    // (the wrong check and its correction, the resumption, the late check, the
    // September result) pulled, newest first.
    qint64 id = 0;
    auto d = emptyDistrict(&id);
    QVERIFY(d);
    QList<Fact> all = facts(*d, id);
    QString error;
    for (int i : {0, 1, 2, 8})
        QVERIFY(all.at(i).recordHere());
    for (int i : {7, 6, 5, 3, 4})
        QVERIFY2(pull(*d, all.at(i).change, &error), qPrintable(error));
    QCOMPARE(derivedRow(*d->m_db, id), m_sourceRow);
}

QTEST_GUILESS_MAIN(TestDerivedState)
#include "tst_derivedstate.moc"
