// Recording checks: every policy rule refuses with a message and stores nothing;
// a saved check is an immutable event with its evidence and an outbox row, and
// moves the person's period; corrections are new events.
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "store/recipientrepository.h"
#include "verification/contactchanges.h"
#include "verification/verificationservice.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QDate kCheck(2026, 11, 20);
} // namespace

class TestVerification : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void phoneNumbers_data();
    void phoneNumbers();
    void aliveNeedsEvidence();
    void aliveRestartsPeriod();
    void proxyNeedsPowerOfAttorney();
    void deceasedDates();
    void correctionIsANewEvent();
    void eventsAreAppendOnly();
    void unknownEvidenceRefused();
    void institutionNeedsContact();
    void contactChangesReadOldToNew();
    void cliRecordAndEvents(); // last: closes the database for the CLI

private:
    qint64 personWhere(const QString &where) const;
    qint64 count(const QString &table) const;
    QVariant column(qint64 id, const QString &column) const;
    EvidenceLink photo(const QString &name, EvidenceKind kind = EvidenceKind::Person,
                       QRgb colour = 0xff3366aa);
    VerificationEvent alive(qint64 id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<EvidenceStore> m_store;
    std::unique_ptr<VerificationService> m_service;
};

void TestVerification::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = Database::open(m_dir.filePath(QStringLiteral("v.sqlite")),
                          Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_db, qPrintable(error));
    DemoOptions o;
    o.persons = 600;
    o.seed = 9;
    o.today = kToday;
    QVERIFY2(DemoGenerator::generate(*m_db, *m_profile, o, &error), qPrintable(error));
    m_store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db->path()));
    m_service =
        std::make_unique<VerificationService>(*m_db, *m_profile, *m_store, Session::commandLine());
}

void TestVerification::cleanupTestCase()
{
    m_service.reset();
    m_db.reset();
}

qint64 TestVerification::personWhere(const QString &where) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id FROM recipient WHERE living_status = 'alive' AND "
                               "last_check_date IS NULL AND ") +
                where + QStringLiteral(" ORDER BY id LIMIT 1")) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 TestVerification::count(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

QVariant TestVerification::column(qint64 id, const QString &column) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recipient WHERE id = ?").arg(column));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

EvidenceLink TestVerification::photo(const QString &name, EvidenceKind kind, QRgb colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir.filePath(name);
    image.save(path, "PNG");
    QString error;
    const auto item = m_store->intakeFile(path, &error);
    if (!item)
        qWarning() << error;
    return EvidenceLink{item.value_or(EvidenceItem()), kind};
}

VerificationEvent TestVerification::alive(qint64 id) const
{
    VerificationEvent e;
    e.recipientId = id;
    e.checkDate = kCheck;
    e.occurredAt = QDateTime(kCheck, QTime(9, 30));
    e.method = VerificationMethod::Window;
    e.status = LivingStatus::Alive;
    e.worker = QStringLiteral("王社工");
    return e;
}

void TestVerification::phoneNumbers_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("ok");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << true;
    QTest::newRow("mobile with spaces") << QStringLiteral("138 1234 5678") << true;
    QTest::newRow("landline with dash") << QStringLiteral("0532-88886666") << true;
    QTest::newRow("landline") << QStringLiteral("053288886666") << true;
    QTest::newRow("beijing") << QStringLiteral("010-62345678") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("10 digits") << QStringLiteral("1381234567") << false;
    QTest::newRow("starts 12") << QStringLiteral("12812345678") << false;
    QTest::newRow("no area code") << QStringLiteral("88886666") << false;
    QTest::newRow("letters") << QStringLiteral("13812abc678") << false;
}

void TestVerification::phoneNumbers()
{
    QFETCH(QString, phone);
    QFETCH(bool, ok);
    const QString problem = VerificationService::phoneProblem(phone);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        QVERIFY(problem.contains(phone));
}

void TestVerification::aliveNeedsEvidence()
{
    const qint64 id = personWhere(QStringLiteral("category = 'enterprise'"));
    QVERIFY(id > 0);
    VerificationEvent e = alive(id);
    QString error;
    QVERIFY(!m_service->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("evidence")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("verification_event")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), 0);
}

void TestVerification::aliveRestartsPeriod()
{
    const qint64 id = personWhere(QStringLiteral(
        "category = 'enterprise' AND individual_months = 0 AND period_end < '2026-11-23'"));
    QVERIFY(id > 0);
    VerificationEvent e = alive(id);
    e.evidence << photo(QStringLiteral("face.png"));
    e.contact.phone = QStringLiteral("13912345678");
    QString error;
    QVERIFY2(m_service->record(e, &error), qPrintable(error));
    QCOMPARE(e.uuid.size(), 36);
    QCOMPARE(e.periodStart, kCheck);
    QCOMPARE(e.periodEnd, QDate(2027, 11, 20)); // qingdao: 12 months from the check
    QCOMPARE(column(id, QStringLiteral("period_end")).toString(), QStringLiteral("2027-11-20"));
    QCOMPARE(column(id, QStringLiteral("last_check_date")).toString(),
             QStringLiteral("2026-11-20"));
    QCOMPARE(column(id, QStringLiteral("phone")).toString(), QStringLiteral("13912345678"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT o.state, x.kind, v.worker, v.period_end FROM outbox o JOIN event_evidence x ON "
        "x.event_uuid = o.event_uuid "
        "JOIN verification_event v ON v.uuid = o.event_uuid WHERE o.event_uuid = ?"));
    q.addBindValue(e.uuid);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("person"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("王社工"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2027-11-20"));
    const QList<VerificationEvent> timeline = m_service->events(id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().evidence.size(), 1);
    QCOMPARE(timeline.first().evidence.first().item.sha256, e.evidence.first().item.sha256);
}

void TestVerification::proxyNeedsPowerOfAttorney()
{
    const qint64 id = personWhere(QStringLiteral("category = 'resident'"));
    VerificationEvent e = alive(id);
    e.method = VerificationMethod::Proxy;
    e.evidence << photo(QStringLiteral("relative.png"), EvidenceKind::Person, 0xff22aa22);
    QString error;
    QVERIFY(!m_service->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("power of attorney")), qPrintable(error));
    e.evidence << photo(QStringLiteral("poa.png"), EvidenceKind::PowerOfAttorney, 0xffaa2222);
    QVERIFY2(m_service->record(e, &error), qPrintable(error));
}

void TestVerification::deceasedDates()
{
    const qint64 id = personWhere(QStringLiteral(
        "category = 'enterprise' AND period_end BETWEEN '2026-11-23' AND '2027-02-23'"));
    QVERIFY(id > 0);
    const QDate birth =
        QDate::fromString(column(id, QStringLiteral("birth_date")).toString(), Qt::ISODate);
    const qint64 before = count(QStringLiteral("verification_event"));
    VerificationEvent e = alive(id);
    e.status = LivingStatus::Deceased;
    e.method = VerificationMethod::HomeVisit;
    QString error;
    QVERIFY(!m_service->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("date of death")), qPrintable(error));
    e.deathDate = kCheck.addDays(1);
    QVERIFY(!m_service->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("after")), qPrintable(error));
    e.deathDate = birth.addDays(-1);
    QVERIFY(!m_service->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("before")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("verification_event")), before);
    e.deathDate = QDate(2026, 11, 2);
    e.deathSource = QStringLiteral("家属申报");
    QVERIFY2(m_service->record(e, &error), qPrintable(error));
    QCOMPARE(column(id, QStringLiteral("living_status")).toString(), QStringLiteral("deceased"));
    QVERIFY(column(id, QStringLiteral("period_end")).isNull()); // out of the expiry ledgers
}

void TestVerification::correctionIsANewEvent()
{
    // The person recorded deceased by mistake: a correction says alive.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT uuid, recipient_id FROM verification_event WHERE "
                                  "living_status = 'deceased'")) &&
            q.next());
    const QString wrong = q.value(0).toString();
    const qint64 id = q.value(1).toLongLong();
    VerificationEvent fix = alive(id);
    fix.checkDate = QDate(2026, 11, 21);
    fix.corrects = wrong;
    fix.note = QStringLiteral("误报死亡，本人到窗口认证");
    fix.evidence << photo(QStringLiteral("fix.png"), EvidenceKind::Person, 0xff999999);
    QString error;
    QVERIFY2(m_service->record(fix, &error), qPrintable(error));
    QCOMPARE(column(id, QStringLiteral("living_status")).toString(), QStringLiteral("alive"));
    QCOMPARE(column(id, QStringLiteral("period_start")).toString(), QStringLiteral("2026-11-21"));
    const QList<VerificationEvent> timeline = m_service->events(id);
    QCOMPARE(timeline.size(), 2); // nothing edited in place
    QCOMPARE(timeline.first().corrects, wrong);
    // A correction must point at one of the same person's events.
    VerificationEvent stray = alive(id == 1 ? 2 : 1);
    stray.corrects = wrong;
    stray.evidence = fix.evidence;
    QVERIFY(!m_service->record(stray, &error));
    QVERIFY2(error.contains(wrong), qPrintable(error));
}

void TestVerification::eventsAreAppendOnly()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE verification_event SET worker = 'someone else'")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM verification_event")));
    QVERIFY(count(QStringLiteral("verification_event")) >= 3);
}

void TestVerification::unknownEvidenceRefused()
{
    const qint64 id = personWhere(QStringLiteral("1"));
    VerificationEvent e = alive(id);
    EvidenceItem ghost;
    ghost.sha256 = QString(64, QLatin1Char('a'));
    ghost.originalName = QStringLiteral("ghost.jpg");
    e.evidence << EvidenceLink{ghost, EvidenceKind::Person};
    QString error;
    QVERIFY(!m_service->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("ghost.jpg")), qPrintable(error));
}

void TestVerification::institutionNeedsContact()
{
    const auto institution = PolicyProfile::builtin(QStringLiteral("qingdao-institution"));
    QVERIFY(institution && institution->requiresCompleteContact());
    VerificationService service(*m_db, *institution, *m_store, Session::commandLine());
    const qint64 id = personWhere(QStringLiteral(
        "category = 'institution' AND (phone IS NULL OR residence_address IS NULL)"));
    QVERIFY(id > 0);
    VerificationEvent e = alive(id);
    e.checkDate = QDate(2026, 11, 10);
    e.evidence << photo(QStringLiteral("unit.png"), EvidenceKind::Person, 0xff123456);
    QString error;
    QVERIFY(!service.record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("residence address")), qPrintable(error));
    e.contact.phone = QStringLiteral("0532-88886666");
    e.contact.householdAddress = QStringLiteral("市南区香港中路1号");
    e.contact.residenceAddress = QStringLiteral("市南区香港中路1号");
    QVERIFY2(service.record(e, &error), qPrintable(error));
    // RULES §7: a pass on 2026-11-10 gives 12 whole months from the operation month.
    QCOMPARE(e.periodStart, QDate(2026, 11, 1));
    QCOMPARE(e.periodEnd, QDate(2027, 10, 31));
}

void TestVerification::cliRecordAndEvents()
{
    const qint64 id = personWhere(QStringLiteral("category = 'enterprise'"));
    const QString number = column(id, QStringLiteral("id_number")).toString();
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(0xff445566);
    const QString photoPath = m_dir.filePath(QStringLiteral("cli.png"));
    QVERIFY(image.save(photoPath, "PNG"));
    const QString cli = QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli");
    m_db.reset(); // the CLI is another process; keep no connection in the way
    QProcess p;
    p.start(cli,
            {QStringLiteral("record"), QStringLiteral("--db"),
             m_dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("--person"), number,
             QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--method"),
             QStringLiteral("home-visit"), QStringLiteral("--status"), QStringLiteral("alive"),
             QStringLiteral("--worker"), QStringLiteral("李社工"), QStringLiteral("--evidence"),
             photoPath + QStringLiteral("=id-card")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject recorded = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(recorded.value(QStringLiteral("status")).toString(), QStringLiteral("alive"));
    QCOMPARE(recorded.value(QStringLiteral("periodStart")).toString(),
             QStringLiteral("2026-11-19"));
    p.start(cli, {QStringLiteral("events"), QStringLiteral("--db"),
                  m_dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("--person"), number});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject event = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(event.value(QStringLiteral("uuid")).toString(),
             recorded.value(QStringLiteral("uuid")).toString());
    QCOMPARE(event.value(QStringLiteral("worker")).toString(), QStringLiteral("李社工"));
    // A broken rule: exit 1 and the reason on stderr.
    p.start(cli, {QStringLiteral("record"), QStringLiteral("--db"),
                  m_dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("--person"), number,
                  QStringLiteral("--date"), QStringLiteral("2026-11-19"),
                  QStringLiteral("--method"), QStringLiteral("window"), QStringLiteral("--status"),
                  QStringLiteral("alive"), QStringLiteral("--worker"), QStringLiteral("李社工")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("evidence"));
}

void TestVerification::contactChangesReadOldToNew()
{
    // Issue 17: a check keeps what each contact field it changes held before, and
    // every change reads old -> new, a cleared field included.
    const qint64 id = personWhere(QStringLiteral("coalesce(phone, '') <> '' AND "
                                                 "coalesce(household_address, '') <> '' AND "
                                                 "coalesce(residence_type, 'local') = 'local'"));
    QVERIFY(id > 0);
    const QString phone = column(id, QStringLiteral("phone")).toString();
    const QString household = column(id, QStringLiteral("household_address")).toString();
    VerificationEvent e = alive(id);
    e.evidence << photo(QStringLiteral("contact.png"), EvidenceKind::Person, 0xff446688);
    e.contact.phone = QStringLiteral("13912345678");
    e.contact.householdAddress = QStringLiteral("");
    e.contact.residenceType = QStringLiteral("abroad");
    QString error;
    QVERIFY2(m_service->record(e, &error), qPrintable(error));
    const ContactUpdate stored = m_service->events(id).first().contact;
    QCOMPARE(stored.previous.phone, std::optional<QString>(phone));
    QCOMPARE(stored.previous.householdAddress, std::optional<QString>(household));
    QVERIFY(stored.previous.residenceType);     // kept as the desk had it ('' or local)
    QVERIFY(!stored.previous.residenceAddress); // not changed, so nothing kept
    QCOMPARE(ContactChanges::lines(stored),
             (QStringList{QStringLiteral("Phone: %1 → 13912345678").arg(phone),
                          QStringLiteral("Household address: %1 → (cleared)").arg(household),
                          QStringLiteral("Residence: Local → Abroad")}));
    QCOMPARE(ContactChanges::clearings(stored),
             QStringList{QStringLiteral("Household address: %1").arg(household)});
    // An event that does not carry the old value (pulled, or from before schema 12).
    ContactUpdate pulled;
    pulled.residenceAddress = QStringLiteral("");
    QCOMPARE(ContactChanges::lines(pulled),
             QStringList{QStringLiteral("Residence address: (not recorded) → (cleared)")});
    QVERIFY(ContactChanges::clearings(pulled).isEmpty()); // nothing known was emptied
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
