// The work dialogs around checks, driven as a user does (offscreen, in Chinese):
// batch pass, reminders, home-visit requests, paper register entry and the
// printable route sheet. CERTDESK_SHOTS=1 saves /tmp/dlg-*.png (or a folder name).
#include "documents/visitroutesheet.h"
#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "record/batchpassdialog.h"
#include "record/paperregisterdialog.h"
#include "record/reminderdialog.h"
#include "record/visitrequestdialog.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "store/recipientrepository.h"
#include "translations.h"
#include "verification/contactlog.h"
#include "verification/homevisitservice.h"
#include "verification/verificationservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kWorker = QStringLiteral("王芳");
} // namespace

class TestWorkDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void batchPass();
    void batchPassRefusedByProfile();
    void reminder();
    void visitRequest();
    void paperRegister();
    void routeSheet();

private:
    QList<qint64> ids(const QString &sql) const;
    QString writeImage(const QString &name, int seed) const;
    void shot(QWidget *w, const QString &name) const;
    QString name(qint64 id) const { return m_repo->detail(id)->recipient.name; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::optional<PolicyProfile> m_guangdong;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<VerificationService> m_service;
    std::unique_ptr<RecipientRepository> m_repo;
};

// People alive with complete contact data (the institution profile needs it),
// never checked here before, excluding those already used.
static const char kCompleteSql[] =
    "SELECT id FROM recipient WHERE living_status = 'alive' AND coalesce(phone, '') <> '' "
    "AND coalesce(household_address, '') <> '' AND coalesce(residence_address, '') <> '' "
    "AND id NOT IN (SELECT recipient_id FROM verification_event) ORDER BY id";

QList<qint64> TestWorkDialogs::ids(const QString &sql) const
{
    QList<qint64> out;
    QSqlQuery q(m_db->connection());
    if (q.exec(sql)) {
        while (q.next())
            out << q.value(0).toLongLong();
    }
    return out;
}

QString TestWorkDialogs::writeImage(const QString &name, int seed) const
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 240));
    QPainter p(&image);
    p.setPen(Qt::black);
    for (int y = 40; y < 480; y += 30)
        p.drawLine(20, y + seed, 620, y + seed);
    p.end();
    const QString path = m_dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

void TestWorkDialogs::shot(QWidget *w, const QString &name) const
{
    const QString setting = qEnvironmentVariable("CERTDESK_SHOTS");
    if (setting.isEmpty())
        return;
    const QString folder = setting == QLatin1String("1") ? QStringLiteral("/tmp") : setting;
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(folder).filePath(QStringLiteral("dlg-%1.png").arg(name))));
}

void TestWorkDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao-institution"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"), &error);
    QVERIFY2(m_guangdong, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("work.sqlite"));
    m_db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_db, qPrintable(error));
    DemoOptions options;
    options.persons = 1500;
    options.seed = 8;
    options.today = kToday;
    QVERIFY2(DemoGenerator::generate(*m_db, *m_profile, options, &error), qPrintable(error));
    m_evidence = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(path));
    m_service = std::make_unique<VerificationService>(*m_db, *m_profile, *m_evidence,
                                                      Session::commandLine());
    m_repo = std::make_unique<RecipientRepository>(*m_db, *m_profile);
}

void TestWorkDialogs::cleanupTestCase()
{
    m_repo.reset();
    m_service.reset();
    m_db.reset();
}

void TestWorkDialogs::batchPass()
{
    const QList<qint64> people = ids(QString::fromLatin1(kCompleteSql)).mid(0, 5);
    QCOMPARE(people.size(), 5);
    QStringList names;
    for (qint64 id : people)
        names << name(id);
    BatchPassDialog dialog(people, names, *m_service, *m_profile, *m_evidence, kWorker, kToday);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QLatin1String("5")) &&
                 summary.contains(QLatin1String("2026-11-23")) &&
                 summary.contains(m_profile->displayName()),
             qPrintable(summary));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("method"))->currentText(),
             VerificationTerms::displayName(VerificationMethod::UnitConfirmation));
    QVERIFY(!dialog.okButton()->isEnabled()); // no evidence yet
    QVERIFY(dialog.setEvidenceFile(writeImage(QStringLiteral("签到表.png"), 1)));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("evidenceFile"))->text(),
             QStringLiteral("签到表.png"));
    QVERIFY(dialog.okButton()->isEnabled());
    shot(&dialog, QStringLiteral("batchpass"));
    dialog.okButton()->click();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(dialog.savedEvents().size(), 5);
    const QString batch = dialog.savedEvents().first().batchId;
    QVERIFY(!batch.isEmpty());

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*), count(DISTINCT batch_id), min(batch_id) FROM verification_event "
        "WHERE batch_id IS NOT NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), batch);
}

void TestWorkDialogs::batchPassRefusedByProfile()
{
    VerificationService guangdong(*m_db, *m_guangdong, *m_evidence, Session::commandLine());
    const QList<qint64> people = ids(QString::fromLatin1(kCompleteSql)).mid(0, 3);
    BatchPassDialog dialog(people, {name(people[0]), name(people[1]), name(people[2])}, guangdong,
                           *m_guangdong, *m_evidence, kWorker, kToday);
    QVERIFY(dialog.errorText().contains(m_guangdong->displayName()));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.setEvidenceFile(writeImage(QStringLiteral("list.png"), 2)));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.errorText().contains(m_guangdong->displayName())); // still explained
    shot(&dialog, QStringLiteral("batchpass-refused"));
}

void TestWorkDialogs::reminder()
{
    ContactLog log(*m_db, *m_profile, Session::commandLine());
    const qint64 id = ids(QString::fromLatin1(kCompleteSql)).first();
    const auto person = m_repo->detail(id);
    {
        ReminderDialog dialog(id, person->recipient.name, person->recipient.phone, log, kWorker,
                              kToday);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("phone"))->text(),
                 person->recipient.phone);
        auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channel"));
        auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcome"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("sms")));
        QCOMPARE(outcome->count(), 2); // sent, wrong number
        QCOMPARE(outcome->findData(QStringLiteral("reached")), -1);
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("sent")));
        dialog.findChild<QLineEdit *>(QStringLiteral("note"))
            ->setText(QStringLiteral("提醒刷脸认证"));
        dialog.save();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    }
    const QList<ContactEntry> entries = log.entries(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().channel, QStringLiteral("sms"));
    QCOMPARE(entries.first().outcome, QStringLiteral("sent"));
    QCOMPARE(entries.first().worker, kWorker);

    // The combo offers no "reached" for a text message; a forced one is refused
    // by the service and the reason shows in the dialog.
    ReminderDialog dialog(id, person->recipient.name, person->recipient.phone, log, kWorker,
                          kToday);
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("history"))->count(), 1);
    auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channel"));
    auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcome"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("sms")));
    outcome->addItem(ContactLog::outcomeName(QStringLiteral("reached")), QStringLiteral("reached"));
    outcome->setCurrentIndex(outcome->count() - 1);
    dialog.save();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(log.entries(id).size(), 1);
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    shot(&dialog, QStringLiteral("reminder"));
}

void TestWorkDialogs::visitRequest()
{
    HomeVisitService visits(*m_db, *m_profile, WorkingCalendar::builtin(), Session::commandLine());
    const QList<qint64> old =
        ids(QStringLiteral("SELECT id FROM recipient WHERE birth_date <= '1946-11-20' AND "
                           "id NOT IN (SELECT recipient_id FROM visit_request) ORDER BY id"));
    QVERIFY(!old.isEmpty());
    const qint64 id = old.first();
    VisitRequestDialog dialog(id, name(id), visits, kWorker, kToday);
    QVERIFY(!dialog.visit());
    shot(&dialog, QStringLiteral("visit-new"));
    dialog.findChild<QDateEdit *>(QStringLiteral("requestedOn"))->setDate(QDate(2026, 11, 20));
    dialog.findChild<QLineEdit *>(QStringLiteral("requestedBy"))
        ->setText(QStringLiteral("女儿 李娟"));
    auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channel"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("family")));
    dialog.findChild<QLineEdit *>(QStringLiteral("reason"))
        ->setText(QStringLiteral("卧床，无法到窗口"));
    dialog.findChild<QPushButton *>(QStringLiteral("create"))
        ->click(); // works whether or not the offscreen dialog is mapped
    QVERIFY2(dialog.visit(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.visit()->dueOn, QDate(2026, 11, 27));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("due"))->text(),
             QStringLiteral("2026-11-27"));

    dialog.findChild<QLineEdit *>(QStringLiteral("assignee"))->setText(QStringLiteral("张伟"));
    dialog.findChild<QDateEdit *>(QStringLiteral("plannedOn"))->setDate(QDate(2026, 11, 24));
    dialog.findChild<QPushButton *>(QStringLiteral("assign"))
        ->click(); // works whether or not the offscreen dialog is mapped
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(visits.openFor(id)->assignedTo, QStringLiteral("张伟"));
    QCOMPARE(visits.openFor(id)->plannedOn, QDate(2026, 11, 24));

    auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("attemptOutcome"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("not-home")));
    dialog.findChild<QLineEdit *>(QStringLiteral("attemptNote"))
        ->setText(QStringLiteral("邻居说去医院复查"));
    dialog.findChild<QPushButton *>(QStringLiteral("addAttempt"))
        ->click(); // works whether or not the offscreen dialog is mapped
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(visits.openFor(id)->attempts.size(), 1);
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("attempts"))->count(), 1);
    shot(&dialog, QStringLiteral("visit-open"));

    // Seen a week later the request is overdue and says so.
    VisitRequestDialog later(id, name(id), visits, kWorker, QDate(2026, 11, 30));
    QVERIFY(later.findChild<QLabel *>(QStringLiteral("due"))
                ->text()
                .contains(QLatin1String("2026-11-27")));
    QVERIFY(later.findChild<QLabel *>(QStringLiteral("due"))
                ->styleSheet()
                .contains(QLatin1String("#c00000")));
}

void TestWorkDialogs::paperRegister()
{
    const QList<qint64> people = ids(QString::fromLatin1(kCompleteSql)).mid(0, 3);
    QCOMPARE(people.size(), 3);
    PaperRegisterDialog dialog(*m_service, *m_repo, *m_evidence, kWorker, kToday);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableWidget *table = dialog.table();
    QString good;
    QString bad;
    for (int i = 0; i < people.size(); ++i) {
        const QString number = m_repo->detail(people[i])->recipient.idNumber;
        QString typed = number;
        if (i == 1) {
            good = number;
            const QChar wrong =
                number.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
            typed = number.left(17) + wrong;
            bad = typed;
        }
        // Keyboard only: type, Tab to the next cell; after the note, Enter
        // goes on to the first cell of the next row.
        table->setFocus();
        table->setCurrentCell(i, 0);
        const QStringList cells{typed, QStringLiteral("2026-11-20"), QStringLiteral("home-visit"),
                                QStringLiteral("alive"), QString()};
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells[c].isEmpty()) {
                for (QChar ch : cells[c]) // the editor opens on the first key
                    QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
            }
            QTest::keyClick(QApplication::focusWidget(),
                            c == cells.size() - 1 ? Qt::Key_Return : Qt::Key_Tab);
        }
        QTRY_COMPARE(table->currentRow(), i + 1);
        QCOMPARE(table->currentColumn(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }
    QCOMPARE(table->rowCount(), 4); // a fresh empty row at the end
    QCOMPARE(table->item(0, PaperRegisterDialog::IdColumn)->text(),
             m_repo->detail(people[0])->recipient.idNumber);
    // A Chinese method name is taken as well as a key.
    table->item(2, PaperRegisterDialog::MethodColumn)
        ->setText(VerificationTerms::displayName(VerificationMethod::Window));
    QCOMPARE(PaperRegisterDialog::parseMethod(
                 VerificationTerms::displayName(VerificationMethod::Window)),
             VerificationMethod::Window);

    const QString problem = dialog.problem(1);
    QVERIFY2(problem.contains(IdNumber::parse(bad, kToday).reasonText()), qPrintable(problem));
    QVERIFY2(problem.contains(good.at(17)), qPrintable(problem));
    QVERIFY(!dialog.saveButton()->isEnabled());
    table->item(1, PaperRegisterDialog::IdColumn)->setText(good);
    QVERIFY(dialog.problem(1).contains(QCoreApplication::translate(
        "VerificationService", "A person confirmed alive needs at least one evidence item "
                               "(a photo of the person, the ID card or a signed form).")));
    QVERIFY(!dialog.saveButton()->isEnabled()); // no register photo yet
    QVERIFY(dialog.setRegisterPhoto(writeImage(QStringLiteral("台账第3页.png"), 3)));
    for (int r = 0; r < 3; ++r)
        QVERIFY2(dialog.problem(r).isEmpty(), qPrintable(dialog.problem(r)));
    QVERIFY(dialog.saveButton()->isEnabled());
    table->item(1, PaperRegisterDialog::IdColumn)->setText(bad); // for the screenshot
    shot(&dialog, QStringLiteral("paperregister"));
    table->item(1, PaperRegisterDialog::IdColumn)->setText(good);

    const qint64 before = ids(QStringLiteral("SELECT count(*) FROM verification_event")).first();
    dialog.saveButton()->click();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(dialog.savedEvents().size(), 3);
    QCOMPARE(ids(QStringLiteral("SELECT count(*) FROM verification_event")).first(), before + 3);
}

void TestWorkDialogs::routeSheet()
{
    const QList<qint64> people =
        ids(QStringLiteral("SELECT id FROM recipient ORDER BY id LIMIT 4"));
    QList<RouteStop> stops;
    for (qint64 id : people) {
        const Recipient r = m_repo->detail(id)->recipient;
        stops.append({r.name, r.idNumber, r.residenceAddress, r.phone, kToday.addDays(3)});
    }
    const QString html = VisitRouteSheet::html(stops, kToday, kWorker);
    QVERIFY(html.contains(stops.first().name));
    QVERIFY(html.contains(IdNumber::mask(stops.first().idNumber)));
    QVERIFY(!html.contains(stops.first().idNumber));
    const QString path = m_dir.filePath(QStringLiteral("route.pdf"));
    QString error;
    QVERIFY2(VisitRouteSheet::writePdf(html, path, &error), qPrintable(error));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return;
    QProcess p;
    p.start(tool, {path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(stops.first().name), qPrintable(text.left(400)));
    if (!qEnvironmentVariableIsEmpty("CERTDESK_SHOTS")) {
        QFile::remove(QStringLiteral("/tmp/dlg-route.pdf"));
        QFile::copy(path, QStringLiteral("/tmp/dlg-route.pdf"));
    }
}

QTEST_MAIN(TestWorkDialogs)
#include "tst_workdialogs.moc"
