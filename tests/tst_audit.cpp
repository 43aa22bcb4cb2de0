// The audit trail: append-only, hash-chained, every edit or deletion found by
// `certdesk-cli verify-audit` naming the entry; off-hours flags from the working
// calendar and the profile's hours with fixed clocks; checks, corrections and
// reveals of full ID numbers leave entries; the auditor's filters and CSV.
#include "clitest.h"
#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "security/auditedsettings.h"
#include "security/audittrail.h"
#include "security/privacy.h"
#include "securitytest.h"
#include "store/demogenerator.h"
#include "verification/verificationservice.h"

#include <QFile>
#include <QTest>

using namespace certdesk;

using clitest::runCli;

namespace
{
const QDate kToday(2026, 11, 23);
QDateTime at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void offHours_data();
    void offHours();
    void chainVerifies();
    void batchKeepsTheChainBesideOtherWriters();
    void updateAndDeleteRefused();
    void editedByteNamesTheEntry();
    void editWithTriggersDroppedNamesTheEntry();
    void deletedRowsDetected();
    void recordAndCorrectionLogged();
    void refusedRecordLeavesNoEntry();
    void revealLoggedOnlyWhenAllowed();
    void publicNoticeNeverShowsFullData();
    void filtersAndCsv();
    void settingChangesAudited();

private:
    std::unique_ptr<Database> makeDatabase(const QString &name) const;
    QString m_path;
    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    QString m_community;
};

std::unique_ptr<Database> TestAudit::makeDatabase(const QString &name) const
{
    QString error;
    auto db = Database::open(m_dir.filePath(name), Database::OpenMode::CreateIfMissing, &error);
    if (!db)
        qWarning() << error;
    return db;
}

void TestAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    QCOMPARE(m_profile->workStart(), QTime(8, 30));
    QCOMPARE(m_profile->workEnd(), QTime(17, 30));
    auto db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("people.sqlite")),
                                         *m_profile, 200, 5, kToday, &error);
    QVERIFY2(db, qPrintable(error));
    m_path = db->path();
    m_community = securitytest::nodes(*db, 3).value(0);
}

void TestAudit::offHours_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("off");
    QTest::newRow("monday morning") << at(2026, 11, 23, 10, 0) << false;
    QTest::newRow("monday 08:30 opens") << at(2026, 11, 23, 8, 30) << false;
    QTest::newRow("monday 08:29 early") << at(2026, 11, 23, 8, 29) << true;
    QTest::newRow("monday 17:29") << at(2026, 11, 23, 17, 29) << false;
    QTest::newRow("monday 17:30 closed") << at(2026, 11, 23, 17, 30) << true;
    QTest::newRow("monday evening") << at(2026, 11, 23, 21, 15) << true;
    QTest::newRow("saturday") << at(2026, 11, 21, 10, 0) << true;
    QTest::newRow("sunday") << at(2026, 11, 22, 10, 0) << true;
    QTest::newRow("national day, a thursday") << at(2026, 10, 1, 10, 0) << true;
    QTest::newRow("spring festival weekday") << at(2026, 2, 17, 10, 0) << true;
    QTest::newRow("make-up working saturday") << at(2026, 10, 10, 10, 0) << false;
    QTest::newRow("make-up saturday evening") << at(2026, 10, 10, 20, 0) << true;
}

void TestAudit::offHours()
{
    QFETCH(QDateTime, when);
    QFETCH(bool, off);
    auto db = makeDatabase(QStringLiteral("hours.sqlite"));
    QVERIFY(db);
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    audit.setClock([when] { return when; });
    QCOMPARE(audit.isOffHours(when), off);
    QString error;
    QVERIFY2(audit.record(Session::commandLine(), AuditAction::Export, QStringLiteral("list"),
                          QString(), &error),
             qPrintable(error));
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.last().offHours, off);
    QCOMPARE(all.last().at, when.toUTC());
    AuditFilter onlyOff;
    onlyOff.offHoursOnly = true;
    QCOMPARE(audit.entries(onlyOff).size(),
             int(std::count_if(all.cbegin(), all.cend(),
                               [](const AuditEntry &e) { return e.offHours; })));
}

void TestAudit::chainVerifies()
{
    auto db = makeDatabase(QStringLiteral("chain.sqlite"));
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    QCOMPARE(audit.verify().ok, true);
    QCOMPARE(audit.verify().entries, 0);
    const Session s = securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("x"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(audit.record(s, AuditAction::Print, QStringLiteral("route sheet %1").arg(i)));
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().prevHash, AuditTrail::genesisHash());
    for (int i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
    QCOMPARE(all.first().username, QStringLiteral("tester"));
    QCOMPARE(all.first().role, QStringLiteral("community-worker"));
    QCOMPARE(all.first().place, QStringLiteral("test-host"));
    const AuditCheck check = audit.verify();
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.entries, 5);

    const QString path = db->path();
    db.reset();
    const clitest::CliResult r =
        runCli({QStringLiteral("verify-audit"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.lines.first().value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(r.lines.first().value(QLatin1String("entries")).toInt(), 5);
}

// An import writes its certifications' entries through one Batch (statements
// prepared once); another writer in the same transaction must not fork the chain.
void TestAudit::batchKeepsTheChainBesideOtherWriters()
{
    auto db = makeDatabase(QStringLiteral("batch.sqlite"));
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    const Session s = securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("x"));
    QVERIFY(audit.record(s, AuditAction::Print, QStringLiteral("before")));
    QString error;
    QVERIFY2(inWriteTransaction(
                 *db, &error,
                 [&] {
                     AuditTrail::Batch batch(audit);
                     for (int i = 0; i < 6; ++i) {
                         if (!batch.record(s, AuditAction::Record, QStringLiteral("b%1").arg(i),
                                           QString(), &error))
                             return false;
                         if (i % 2 == 0 &&
                             !audit.recordWithin(s, AuditAction::Print,
                                                 QStringLiteral("w%1").arg(i), QString(), &error))
                             return false;
                     }
                     return true;
                 }),
             qPrintable(error));
    const QList<AuditEntry> all = audit.entries();
    QStringList targets;
    for (const AuditEntry &e : all)
        targets << e.target;
    QCOMPARE(targets, QStringList({QStringLiteral("before"), QStringLiteral("b0"),
                                   QStringLiteral("w0"), QStringLiteral("b1"), QStringLiteral("b2"),
                                   QStringLiteral("w2"), QStringLiteral("b3"), QStringLiteral("b4"),
                                   QStringLiteral("w4"), QStringLiteral("b5")}));
    for (int i = 1; i < all.size(); ++i) {
        QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
        QCOMPARE(all.at(i).id, all.at(i - 1).id + 1);
    }
    const AuditCheck check = audit.verify();
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.entries, 10);
}

void TestAudit::updateAndDeleteRefused()
{
    auto db = makeDatabase(QStringLiteral("chain.sqlite"));
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QVERIFY(AuditTrail(*db, *m_profile, WorkingCalendar::builtin()).verify().ok);
}

void TestAudit::editedByteNamesTheEntry()
{
    QString path;
    {
        auto db = makeDatabase(QStringLiteral("byte.sqlite"));
        AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(
                audit.record(Session::commandLine(), AuditAction::Export,
                             QStringLiteral("MARKER-ENTRY-%1").arg(i, 4, 10, QLatin1Char('0'))));
        path = db->path();
    }
    // One byte of entry 3's text, changed in the file itself (no SQL, no triggers).
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype pos = bytes.indexOf("MARKER-ENTRY-0003");
    QVERIFY(pos > 0);
    QCOMPARE(bytes.indexOf("MARKER-ENTRY-0003", pos + 1), qsizetype(-1));
    bytes[pos + 16] = '9';
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();

    const clitest::CliResult r =
        runCli({QStringLiteral("verify-audit"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.lines.first().value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(r.lines.first().value(QLatin1String("entry")).toInt(), 3);
    QVERIFY2(r.err.contains(QLatin1String("entry 3")), qPrintable(r.err));
}

void TestAudit::editWithTriggersDroppedNamesTheEntry()
{
    auto db = makeDatabase(QStringLiteral("chain.sqlite"));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    // A forger who also recomputes the row's own hash still breaks the link to entry 3.
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET target = 'forged' WHERE id = 2")));
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    AuditCheck check = audit.verify();
    QVERIFY(!check.ok);
    QCOMPARE(check.badId, 2);
    AuditEntry forged = audit.entries().at(1);
    const QString newHash = AuditTrail::entryHash(forged.prevHash, forged);
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 2").arg(newHash)));
    check = audit.verify();
    QVERIFY(!check.ok);
    QCOMPARE(check.badId, 3);
    QVERIFY(check.message.contains(QLatin1String("entry 3")));
}

void TestAudit::deletedRowsDetected()
{
    for (const int victim : {3, 5}) {
        auto db = makeDatabase(QStringLiteral("delete-%1.sqlite").arg(victim));
        AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
        for (int i = 0; i < 5; ++i)
            QVERIFY(audit.record(Session::commandLine(), AuditAction::Sync, QString::number(i)));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim)));
        const AuditCheck check = audit.verify();
        QVERIFY2(!check.ok, qPrintable(QString::number(victim)));
        QCOMPARE(check.badId, victim);
        QVERIFY(check.message.contains(QLatin1String("deleted")));
        const QString path = db->path();
        db.reset();
        const clitest::CliResult r =
            runCli({QStringLiteral("verify-audit"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lines.first().value(QLatin1String("entry")).toInt(), victim);
    }
}

void TestAudit::recordAndCorrectionLogged()
{
    QString error;
    auto db = Database::open(m_path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    EvidenceStore store(EvidenceStore::folderFor(db->path()));
    VerificationService service(*db, *m_profile, store, Session::commandLine());
    service.setToday(kToday);
    service.setSession(securitytest::sessionAt(Role::CommunityWorker, 3, m_community));
    service.setAuditClock([] { return at(2026, 11, 21, 22, 0); }); // a Saturday night
    QSqlQuery q(db->connection());
    q.prepare(
        QStringLiteral("SELECT id, id_number FROM recipient WHERE community_code = ? LIMIT 1"));
    q.addBindValue(m_community);
    QVERIFY(q.exec() && q.next());
    VerificationEvent e;
    e.recipientId = q.value(0).toLongLong();
    const QString idNumber = q.value(1).toString();
    e.checkDate = kToday;
    e.method = VerificationMethod::Window;
    e.status = LivingStatus::Unreachable;
    e.worker = QStringLiteral("测试员");
    QVERIFY2(service.record(e, &error), qPrintable(error));
    VerificationEvent fix = e;
    fix.uuid.clear();
    fix.corrects = e.uuid;
    fix.status = LivingStatus::Missing;
    QVERIFY2(service.record(fix, &error), qPrintable(error));

    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).action, QStringLiteral("record"));
    QCOMPARE(all.at(1).action, QStringLiteral("correction"));
    for (const AuditEntry &entry : all) {
        QCOMPARE(entry.username, QStringLiteral("tester"));
        QCOMPARE(entry.target, IdNumber::mask(idNumber)); // never the full number
        QVERIFY(entry.offHours);
    }
    QVERIFY(all.at(0).detail.contains(e.uuid));
    QVERIFY(all.at(1).detail.contains(e.uuid) && all.at(1).detail.contains(fix.uuid));
    QVERIFY(audit.verify().ok);
}

void TestAudit::refusedRecordLeavesNoEntry()
{
    QString error;
    auto db = Database::open(m_path, Database::OpenMode::OpenExisting, &error);
    EvidenceStore store(EvidenceStore::folderFor(db->path()));
    VerificationService service(*db, *m_profile, store, Session::commandLine());
    service.setToday(kToday);
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    const qsizetype before = audit.entries().size();
    VerificationEvent e;
    e.recipientId = 1;
    e.checkDate = kToday;
    e.method = VerificationMethod::Window;
    e.status = LivingStatus::Alive; // without evidence: refused
    e.worker = QStringLiteral("x");
    QVERIFY(!service.record(e, &error));
    QCOMPARE(audit.entries().size(), before);
}

void TestAudit::revealLoggedOnlyWhenAllowed()
{
    auto db = makeDatabase(QStringLiteral("reveal.sqlite"));
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    const QString number = QStringLiteral("370202194501011234");
    const Session worker = securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("c"));
    const Session auditor = securitytest::sessionAt(Role::Auditor, 1, QStringLiteral("d"));
    QString error;
    QVERIFY(
        !Privacy::requestReveal(audit, auditor, number, QStringLiteral("detail panel"), &error));
    QCOMPARE(error, Permissions::refusal(Role::Auditor, Action::RevealIdNumber));
    QCOMPARE(audit.entries().size(), 0);
    QCOMPARE(Privacy::idNumber(number, auditor, true, Privacy::Audience::Screen),
             IdNumber::mask(number));

    QVERIFY(Privacy::requestReveal(audit, worker, number, QStringLiteral("detail panel"), &error));
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().action, QStringLiteral("reveal-id"));
    QCOMPARE(all.first().target, IdNumber::mask(number));
    QCOMPARE(all.first().detail, QStringLiteral("detail panel"));
    QCOMPARE(Privacy::idNumber(number, worker, true, Privacy::Audience::Screen), number);
    QCOMPARE(Privacy::idNumber(number, worker, false, Privacy::Audience::Export),
             IdNumber::mask(number));
}

void TestAudit::publicNoticeNeverShowsFullData()
{
    const QString number = QStringLiteral("370202194501011234");
    const Session admin =
        securitytest::sessionAt(Role::DistrictAdministrator, 1, QStringLiteral("d"));
    QCOMPARE(Privacy::idNumber(number, admin, true, Privacy::Audience::PublicNotice),
             QStringLiteral("370202********1234"));
    QCOMPARE(Privacy::idNumber(number, admin, true, Privacy::Audience::Print), number);
    QCOMPARE(Privacy::phone(QStringLiteral("13812345678"), Privacy::Audience::PublicNotice),
             QStringLiteral("138****5678"));
    QCOMPARE(Privacy::phone(QStringLiteral("13812345678"), Privacy::Audience::Print),
             QStringLiteral("13812345678"));
    QCOMPARE(Privacy::address(QStringLiteral("青岛市市南区香港中路1号"),
                              Privacy::Audience::PublicNotice),
             QString());
}

void TestAudit::filtersAndCsv()
{
    auto db = makeDatabase(QStringLiteral("filters.sqlite"));
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    const Session a = securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("c"));
    QDateTime now = at(2026, 11, 20, 10, 0);
    audit.setClock([&now] { return now; });
    QVERIFY(audit.record(a, AuditAction::SignIn, QString()));
    now = at(2026, 11, 21, 10, 0); // Saturday
    QVERIFY(audit.record(a, AuditAction::Export, QStringLiteral("list, \"to-verify\"")));
    now = at(2026, 11, 23, 9, 0);
    QVERIFY(audit.record(Session::commandLine(), AuditAction::Export, QStringLiteral("ledger")));

    AuditFilter f;
    f.username = QStringLiteral("tester");
    QCOMPARE(audit.entries(f).size(), 2);
    f.action = QStringLiteral("export");
    QCOMPARE(audit.entries(f).size(), 1);
    f = {};
    f.from = QDate(2026, 11, 21);
    f.to = QDate(2026, 11, 21);
    QCOMPARE(audit.entries(f).size(), 1);
    f = {};
    f.offHoursOnly = true;
    QCOMPARE(audit.entries(f).size(), 1);
    const QString csv = AuditTrail::toCsv(audit.entries());
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().startsWith(QLatin1String("id,at_utc,user,role,action")));
    QVERIFY2(lines.at(2).contains(QLatin1String("\"list, \"\"to-verify\"\"\"")),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).contains(QLatin1String(",cli,")));
}

void TestAudit::settingChangesAudited()
{
    auto db = makeDatabase(QStringLiteral("settings.sqlite"));
    AuditTrail audit(*db, *m_profile, WorkingCalendar::builtin());
    AuditedSettings settings(*db, audit);
    QVERIFY(db->setSetting(QStringLiteral("security.lockMinutes"), QStringLiteral("10")));
    QString error;
    const Session worker = securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("c"));
    QVERIFY(!settings.set(worker, QStringLiteral("security.lockMinutes"), QStringLiteral("60"),
                          &error));
    QCOMPARE(error, Permissions::refusal(Role::CommunityWorker, Action::ChangeSettings));
    QCOMPARE(db->setting(QStringLiteral("security.lockMinutes")), QStringLiteral("10"));
    QVERIFY(audit.entries().isEmpty());
    const Session admin =
        securitytest::sessionAt(Role::DistrictAdministrator, 1, QStringLiteral("d"));
    QVERIFY2(
        settings.set(admin, QStringLiteral("security.lockMinutes"), QStringLiteral("5"), &error),
        qPrintable(error));
    QCOMPARE(db->setting(QStringLiteral("security.lockMinutes")), QStringLiteral("5"));
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().action, QStringLiteral("setting"));
    QCOMPARE(all.first().target, QStringLiteral("security.lockMinutes"));
    QCOMPARE(all.first().detail, QStringLiteral("10 -> 5"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
