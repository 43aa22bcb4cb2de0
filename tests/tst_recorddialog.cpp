// Recording a check as a user does it (offscreen, in Chinese): pick an overdue
// person, open "Record verification" with Ctrl+R, be refused without evidence,
// add a photo, save with Ctrl+Enter, and see the timeline, the lists and the
// period follow. Set CERTDESK_SHOTS=<folder> to also save screenshots there.
#include "domain/policyprofile.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "lists/timelinepanel.h"
#include "modaltest.h"
#include "record/evidencestrip.h"
#include "record/photoviewer.h"
#include "record/recordverificationdialog.h"
#include "securitytest.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "translations.h"
#include "verification/verificationevent.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

// A photo-like test image (a gradient with a face-ish circle), written as PNG.
QString writePhoto(const QString &path, int seed)
{
    QImage image(800, 600, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(
                x, y,
                qRgb((x + seed * 40) % 256, (y * 255) / image.height(), (x + y + seed) % 256));
    }
    QPainter p(&image);
    p.setBrush(QColor(240, 200, 160));
    p.drawEllipse(QPoint(400, 280), 150, 190);
    p.end();
    return image.save(path, "PNG") ? path : QString();
}

// The record form's question before its content is thrown away (issue 17).
const QString kDiscard = QStringLiteral("discardConfirmation");

} // namespace

class TestRecordDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordOverduePerson();
    void phoneValidationFeedback();
    void statusRevealsItsFields();
    void refusedFilesAreNamed();
    void pasteAndDropEvidence();
    void correctionAddsEvidence(); // last: it adds an event

private:
    qint64 sqlCount(const QString &sql, const QVariantList &binds = {}) const;
    bool listContains(qint64 id) const;
    QPointer<RecordVerificationDialog> openDialogFor(qint64 id);
    static QString shotsFolder() { return qEnvironmentVariable("CERTDESK_SHOTS"); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_personId = 0;
    QString m_community;
};

qint64 TestRecordDialog::sqlCount(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool TestRecordDialog::listContains(qint64 id) const
{
    RecipientListModel *model = m_window->ledgers()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->recipientId(r) == id)
            return true;
    }
    return false;
}

void TestRecordDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = Database::open(m_dir.filePath(QStringLiteral("record.sqlite")),
                          Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_db, qPrintable(error));
    DemoOptions options;
    options.persons = 2000;
    options.seed = 3;
    options.today = kToday;
    QVERIFY2(DemoGenerator::generate(*m_db, *m_profile, options, &error), qPrintable(error));

    // Someone in a community's overdue ledger (period ended before today).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT id, community_code FROM recipient WHERE period_end < '2026-11-23' "
                       "ORDER BY community_code, period_end DESC, id LIMIT 1")));
    QVERIFY(q.next());
    m_personId = q.value(0).toLongLong();
    m_community = q.value(1).toString();

    m_window =
        std::make_unique<MainWindow>(*m_db, *m_profile, kToday, securitytest::administrator());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRecordDialog::cleanupTestCase()
{
    m_window.reset();
    m_db.reset();
}

QPointer<RecordVerificationDialog> TestRecordDialog::openDialogFor(qint64 id)
{
    QPointer<RecordVerificationDialog> dialog = m_window->recordVerification(id);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestRecordDialog::recordOverduePerson()
{
    // The community's overdue list, and the person's row in it.
    m_window->jurisdiction()->selectCode(m_community);
    QCOMPARE(m_window->jurisdiction()->currentCode(), m_community);
    LedgerPanel *lists = m_window->ledgers();
    lists->showList(Ledger::Overdue);
    QCOMPARE(lists->currentList(), Ledger::Overdue);
    QVERIFY(listContains(m_personId));
    int row = -1;
    for (int r = 0; r < lists->model()->rowCount(); ++r) {
        if (lists->model()->recipientId(r) == m_personId)
            row = r;
    }
    QVERIFY(row >= 0);
    QTableView *table = lists->table();
    QVERIFY(!m_window->recordAction()->isEnabled()); // nobody selected yet
    table->setFocus();
    table->selectRow(row);
    QTRY_COMPARE(m_window->detail()->recipientId(), m_personId);
    QVERIFY(m_window->recordAction()->isEnabled());
    QVERIFY(m_window->detail()->recordButton()->isEnabled());
    QCOMPARE(m_window->timeline()->count(), 0);

    // Ctrl+R opens the dialog for the selected person.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QPointer<RecordVerificationDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<RecordVerificationDialog *>()));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->recipientId(), m_personId);
    const QString name = m_window->detail()->fieldText(QStringLiteral("title"));
    QCOMPARE(dialog->windowTitle(),
             QCoreApplication::translate("certdesk::RecordVerificationDialog",
                                         "Record verification — %1")
                 .arg(name));
    // The signed-in user does the check.
    QCOMPARE(m_window->workerName(), securitytest::administrator().user().displayName);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("worker"))->text(), m_window->workerName());
    QSignalSpy finished(dialog.data(), &QDialog::finished);

    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(int(VerificationMethod::Window)));
    QCOMPARE(method->currentText(), VerificationTerms::displayName(VerificationMethod::Window));
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("livingStatus"));
    status->setCurrentIndex(status->findData(int(LivingStatus::Alive)));
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("checkDate"));
    QCOMPARE(date->date(), kToday);
    QCOMPARE(date->maximumDate(), kToday); // no checks in the future
    const QDate checkDate = kToday.addDays(-2);
    date->setDate(checkDate);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"))
        ->setPlainText(QStringLiteral("本人到社区窗口办理，核对身份证原件与本人相符。"));
    QVERIFY(dialog->draftEvent().contact.isEmpty()); // nothing changed in the contact section

    // Alive without evidence: the rule is shown, the dialog stays, nothing is stored.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("佐证")) ||
                 error->text().contains(QStringLiteral("evidence")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), 0);

    // A photo through the same helper the file dialog uses.
    const QString photo = writePhoto(m_dir.filePath(QStringLiteral("窗口照片.png")), 1);
    QVERIFY(!photo.isEmpty());
    QCOMPARE(dialog->addEvidenceFiles({photo}), 1);
    QCOMPARE(dialog->evidenceStrip()->count(), 1);
    QCOMPARE(dialog->addEvidenceFiles({photo}), 0); // the same picture again is not added twice
    QCOMPARE(dialog->evidenceStrip()->links().first().kind, EvidenceKind::Person);
    QVERIFY2(!error->isVisible(),
             qPrintable(error->text())); // the rule is met now and its message gone
    if (!shotsFolder().isEmpty()) {
        QTest::qWait(50); // let the layouts take the new tile
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
        const QString original = phone->text();
        phone->setText(QStringLiteral("1381234"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QDir(shotsFolder()).filePath(QStringLiteral("record-dialog-hint.png"))));
        phone->setText(original);
        QTest::qWait(50);
        QVERIFY(
            dialog->grab().save(QDir(shotsFolder()).filePath(QStringLiteral("record-dialog.png"))));
    }

    // Ctrl+Enter saves.
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QTRY_VERIFY(!dialog); // closed and deleted

    QCOMPARE(
        sqlCount(QStringLiteral("SELECT count(*) FROM verification_event WHERE recipient_id = ?"),
                 {m_personId}),
        1);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), 1);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM event_evidence")), 1);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")), 1);
    QCOMPARE(
        sqlCount(QStringLiteral("SELECT count(*) FROM verification_event WHERE method = 'window' "
                                "AND living_status = 'alive' AND check_date = ?"),
                 {checkDate.toString(Qt::ISODate)}),
        1);

    // The timeline shows the check; the person left the overdue list; the period starts on the
    // check date.
    TimelinePanel *timeline = m_window->timeline();
    QCOMPARE(timeline->count(), 1);
    QVERIFY2(
        timeline->entryText(0).contains(VerificationTerms::displayName(VerificationMethod::Window)),
        qPrintable(timeline->entryText(0)));
    QVERIFY2(timeline->entryText(0).contains(m_window->workerName()),
             qPrintable(timeline->entryText(0)));
    QVERIFY2(timeline->entryText(0).contains(QStringLiteral("核对身份证原件")),
             qPrintable(timeline->entryText(0)));
    QCOMPARE(lists->currentList(), Ledger::Overdue);
    QVERIFY(!listContains(m_personId));
    QCOMPARE(m_window->detail()->recipientId(), m_personId);
    // ...and the detail says so, naming the list (issue 17: it kept the person silently).
    const QString note = m_window->detail()->fieldText(QStringLiteral("leftList"));
    QVERIFY2(note.contains(QStringLiteral("已不在")) && note.contains(QStringLiteral("逾期")),
             qPrintable(note));
    const QString period = m_window->detail()->fieldText(QStringLiteral("period"));
    QVERIFY2(period.startsWith(checkDate.toString(Qt::ISODate)), qPrintable(period));
    QCOMPARE(m_window->detail()->fieldText(QStringLiteral("lastCert")),
             checkDate.toString(Qt::ISODate));
    // One click on the evidence thumbnail opens the photo (it took a double-click).
    QLabel *thumb = nullptr;
    for (QLabel *l : timeline->findChildren<QLabel *>()) {
        if (!l->property("evidencePath").toString().isEmpty())
            thumb = l;
    }
    QVERIFY(thumb);
    QTest::mouseClick(thumb, Qt::LeftButton);
    PhotoViewer *viewer = nullptr;
    QTRY_VERIFY((viewer = timeline->findChild<PhotoViewer *>()) != nullptr);
    QVERIFY(viewer->isLoaded());
    viewer->close();
    QTRY_VERIFY(!timeline->findChild<PhotoViewer *>());

    if (!shotsFolder().isEmpty()) {
        QTest::qWait(50);
        QVERIFY(
            timeline->grab().save(QDir(shotsFolder()).filePath(QStringLiteral("timeline.png"))));
        QVERIFY(m_window->detail()->grab().save(
            QDir(shotsFolder()).filePath(QStringLiteral("detail-panel.png"))));
        QVERIFY(m_window->grab().save(
            QDir(shotsFolder()).filePath(QStringLiteral("main-window-after-record.png"))));
    }
}

void TestRecordDialog::correctionAddsEvidence()
{
    // Evidence joins a saved check only through a new event that replaces it.
    TimelinePanel *timeline = m_window->timeline();
    QCOMPARE(timeline->count(), 1);
    const VerificationEvent first = timeline->events().first();
    // Activating a row (double-click, Enter) opens the record form too (then closed unchanged).
    QTableView *table = m_window->ledgers()->table();
    if (table->model()->rowCount() > 0) {
        emit table->activated(table->model()->index(0, 0)); // a double-click or Enter
        RecordVerificationDialog *opened = nullptr;
        QTRY_VERIFY((opened = m_window->findChild<RecordVerificationDialog *>()) != nullptr);
        opened->reject();
        QTRY_VERIFY(!m_window->findChild<RecordVerificationDialog *>());
    }
    emit timeline->correctRequested(first); // what the entry's button does
    RecordVerificationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RecordVerificationDialog *>()) != nullptr);
    QCOMPARE(dialog->evidenceStrip()->links().size(), first.evidence.size());
    QImage card(120, 80, QImage::Format_RGB32);
    card.fill(0xff2255aa);
    const QString path = m_dir.filePath(QStringLiteral("card.png"));
    QVERIFY(card.save(path));
    QCOMPARE(dialog->addEvidenceFiles({path}), 1);
    dialog->save();
    QTRY_COMPARE(timeline->count(), 2);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event WHERE corrects = ?"),
                      {first.uuid}),
             1);
    QCOMPARE(timeline->events().first().corrects, first.uuid);
    QCOMPARE(timeline->events().first().evidence.size(), first.evidence.size() + 1);
    QCOMPARE(timeline->events().last().evidence.size(),
             first.evidence.size()); // the old event is unchanged
}

void TestRecordDialog::phoneValidationFeedback()
{
    QPointer<RecordVerificationDialog> dialog = openDialogFor(m_personId);
    QVERIFY(dialog);
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("phoneHint"));
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("12345"));
    QCOMPARE(phone->text(), QStringLiteral("12345"));
    QVERIFY(hint->isVisible());
    QVERIFY(!hint->text().isEmpty());
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("13812345678"));
    QVERIFY(!hint->isVisible());
    // Only what changed goes into the contact update.
    const ContactUpdate contact = dialog->draftEvent().contact;
    QVERIFY(contact.phone);
    QCOMPARE(*contact.phone, QStringLiteral("13812345678"));
    QVERIFY(!contact.householdAddress && !contact.residenceAddress && !contact.residenceType);

    // Esc on the changed form asks; discarding cancels and stores nothing.
    QSignalSpy finished(dialog.data(), &QDialog::finished);
    modaltest::Answerer discard(kDiscard, QMessageBox::DestructiveRole);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(discard.asked, 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), 1);
    QTRY_VERIFY(!dialog);
}

void TestRecordDialog::statusRevealsItsFields()
{
    QPointer<RecordVerificationDialog> dialog = openDialogFor(m_personId);
    QVERIFY(dialog);
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("livingStatus"));
    auto *deathDate = dialog->findChild<QDateEdit *>(QStringLiteral("deathDate"));
    auto *deathSource = dialog->findChild<QLineEdit *>(QStringLiteral("deathSource"));
    auto *lossReason = dialog->findChild<QLineEdit *>(QStringLiteral("lossReason"));
    status->setCurrentIndex(status->findData(int(LivingStatus::Alive)));
    QVERIFY(!deathDate->isVisible() && !deathSource->isVisible() && !lossReason->isVisible());
    status->setCurrentIndex(status->findData(int(LivingStatus::Deceased)));
    QVERIFY(deathDate->isVisible() && deathSource->isVisible() && !lossReason->isVisible());
    if (!shotsFolder().isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QDir(shotsFolder()).filePath(QStringLiteral("record-dialog-deceased.png"))));
    }
    // A date of death after the check is refused by the service's rule, shown in the dialog.
    deathSource->setText(QStringLiteral("死亡医学证明"));
    QCOMPARE(dialog->draftEvent().deathSource, QStringLiteral("死亡医学证明"));
    QCOMPARE(deathDate->maximumDate(), kToday);
    status->setCurrentIndex(status->findData(int(LivingStatus::OtherLoss)));
    QVERIFY(!deathDate->isVisible() && lossReason->isVisible());
    dialog->save(); // no reason given
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    modaltest::Answerer discard(kDiscard, QMessageBox::DestructiveRole);
    dialog->reject();
    QCOMPARE(discard.asked, 1);
    QTRY_VERIFY(!dialog);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), 1);
}

void TestRecordDialog::refusedFilesAreNamed()
{
    QPointer<RecordVerificationDialog> dialog = openDialogFor(m_personId);
    QVERIFY(dialog);
    const QString fake = m_dir.filePath(QStringLiteral("not-a-photo.jpg"));
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is a text file with a photo's name");
    f.close();
    const QString good = writePhoto(m_dir.filePath(QStringLiteral("id-card.png")), 2);
    QCOMPARE(dialog->addEvidenceFiles({fake, good}), 1);
    auto *refusals = dialog->findChild<QLabel *>(QStringLiteral("evidenceRefusals"));
    QVERIFY(refusals->isVisible());
    QVERIFY2(refusals->text().contains(QStringLiteral("not-a-photo.jpg")),
             qPrintable(refusals->text()));
    QVERIFY2(!refusals->text().contains(QStringLiteral("id-card.png")),
             qPrintable(refusals->text()));
    if (!shotsFolder().isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QDir(shotsFolder()).filePath(QStringLiteral("record-dialog-refused.png"))));
    }
    // The remove button takes an item out again.
    QCOMPARE(dialog->evidenceStrip()->count(), 1);
    auto *remove =
        dialog->evidenceStrip()->findChild<QToolButton *>(QStringLiteral("evidenceRemove"));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog->evidenceStrip()->count(), 0);
    QVERIFY(dialog->evidenceStrip()->links().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestRecordDialog::pasteAndDropEvidence()
{
    QPointer<RecordVerificationDialog> dialog = openDialogFor(m_personId);
    QVERIFY(dialog);
    EvidenceStrip *strip = dialog->evidenceStrip();
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"));

    // Ctrl+V in the note with a picture on the clipboard: the picture is evidence.
    QImage red(320, 240, QImage::Format_RGB32);
    red.fill(QColor(200, 30, 30));
    QApplication::clipboard()->setImage(red);
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClick(note, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(strip->count(), 1);
    QVERIFY(note->toPlainText().isEmpty());

    // With text on the clipboard, Ctrl+V in the note pastes the text.
    QApplication::clipboard()->setText(QStringLiteral("由女儿陪同"));
    QTest::keyClick(note, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(note->toPlainText(), QStringLiteral("由女儿陪同"));
    QCOMPARE(strip->count(), 1);

    // Outside a text field the dialog's own Ctrl+V takes the picture.
    QImage blue(320, 240, QImage::Format_RGB32);
    blue.fill(QColor(30, 30, 200));
    QApplication::clipboard()->setImage(blue);
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("method"));
    method->setFocus();
    QTRY_VERIFY(method->hasFocus());
    QTest::keyClick(method, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(strip->count(), 2);

    // Files dropped on the dialog are added like chosen ones.
    const QString photo = writePhoto(m_dir.filePath(QStringLiteral("dropped.png")), 3);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo)});
    const QPoint at = dialog->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dialog, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dialog, &drop);
    QCOMPARE(strip->count(), 3);
    // Text alone is not evidence: the dialog does not take the drag.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(dialog, &refused);
    QVERIFY(!refused.isAccepted());

    QApplication::clipboard()->clear();
    modaltest::Answerer discard(kDiscard, QMessageBox::DestructiveRole);
    dialog->reject();
    QCOMPARE(discard.asked, 1);
    QTRY_VERIFY(!dialog);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), 1);
}

QTEST_MAIN(TestRecordDialog)
#include "tst_recorddialog.moc"
