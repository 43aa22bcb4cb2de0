// Issue 17, "data lost by a slip", in the record form (offscreen, in Chinese):
// emptying a known phone or address with the clear button asks first and the
// timeline shows the change old -> new; a filled-in form asks before Esc, the
// close button or Cancel throw it away, a clean one closes at once.
#include "lists/recipientdetailpanel.h"
#include "lists/timelinepanel.h"
#include "modaltest.h"
#include "record/recordverificationdialog.h"
#include "securitytest.h"
#include "translations.h"
#include "verification/verificationevent.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kDiscard = QStringLiteral("discardConfirmation");
const QString kClear = QStringLiteral("clearConfirmation");

QString writePhoto(const QString &path, int seed)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(40 * seed % 256, 120, 200));
    return image.save(path, "PNG") ? path : QString();
}

// Clicks the clear (ⓧ) button Qt puts into a line edit with setClearButtonEnabled()
// (a tool button shown while the field holds text).
void clickClearButton(QLineEdit *edit)
{
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QVERIFY(buttons.first()->isVisible());
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
}
} // namespace

class TestRecordSlips : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dirtyFormAsksBeforeClosing();
    void clearingKnownContactAsks();

private:
    qint64 sqlCount(const QString &sql, const QVariantList &binds = {}) const;
    QPointer<RecordVerificationDialog> openDialogFor(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_personId = 0;
};

qint64 TestRecordSlips::sqlCount(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QPointer<RecordVerificationDialog> TestRecordSlips::openDialogFor(qint64 id)
{
    QPointer<RecordVerificationDialog> dialog = m_window->recordVerification(id);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestRecordSlips::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("slips.sqlite")), *m_profile,
                                      300, 5, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM recipient WHERE living_status = 'alive'")));
    QVERIFY(q.next());
    m_personId = q.value(0).toLongLong();
    m_window =
        std::make_unique<MainWindow>(*m_db, *m_profile, kToday, securitytest::administrator());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRecordSlips::cleanupTestCase()
{
    m_window.reset();
    m_db.reset();
}

void TestRecordSlips::dirtyFormAsksBeforeClosing()
{
    const qint64 events = sqlCount(QStringLiteral("SELECT count(*) FROM verification_event"));
    // A clean form closes at once by Esc, Cancel, the close button and reject().
    const auto closesWithoutAsking = [this](const std::function<void(QDialog *)> &close) {
        QPointer<RecordVerificationDialog> dialog = openDialogFor(m_personId);
        QVERIFY(dialog);
        modaltest::Answerer keep(kDiscard, QMessageBox::RejectRole);
        close(dialog);
        QCOMPARE(keep.asked, 0);
        QTRY_VERIFY(!dialog);
    };
    closesWithoutAsking([](QDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
    closesWithoutAsking([](QDialog *d) { d->reject(); });
    closesWithoutAsking([](QDialog *d) { d->close(); });
    closesWithoutAsking([](QDialog *d) {
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
    });

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM recipient WHERE id = %1").arg(m_personId)));
    QVERIFY(q.next());
    const QString name = q.value(0).toString();
    q.finish();

    // A note typed in: every way of closing asks, and "keep editing" keeps the form
    // open with what was typed.
    QPointer<RecordVerificationDialog> dialog = openDialogFor(m_personId);
    QVERIFY(dialog);
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("in hospital, seen by daughter"));
    QSignalSpy finished(dialog.data(), &QDialog::finished);
    {
        modaltest::Answerer keep(kDiscard, QMessageBox::RejectRole);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(keep.asked, 1);
        QVERIFY2(keep.text.contains(name), qPrintable(keep.text)); // whose form it is
        dialog->reject();
        QCOMPARE(keep.asked, 2);
        dialog->close();
        QCOMPARE(keep.asked, 3);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QCOMPARE(keep.asked, 4);
    }
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(note->toPlainText(), QStringLiteral("in hospital, seen by daughter"));
    // Typed and taken out again: clean, closes without asking.
    note->clear();
    {
        modaltest::Answerer keep(kDiscard, QMessageBox::RejectRole);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(keep.asked, 0);
    }
    QTRY_VERIFY(!dialog);

    // A photo alone makes the form dirty; discarding closes it and stores nothing.
    dialog = openDialogFor(m_personId);
    QVERIFY(dialog);
    const QString photo = writePhoto(m_dir.filePath(QStringLiteral("dirty.png")), 4);
    QCOMPARE(dialog->addEvidenceFiles({photo}), 1);
    {
        modaltest::Answerer discard(kDiscard, QMessageBox::DestructiveRole);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(discard.asked, 1);
    }
    QTRY_VERIFY(!dialog);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), events);
}

void TestRecordSlips::clearingKnownContactAsks()
{
    // Someone else with a phone and a residence address on file, shown in the panel.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT id, phone, residence_address, household_address FROM recipient WHERE id <> "
            "%1 AND coalesce(phone, '') <> '' AND coalesce(residence_address, '') <> '' AND "
            "living_status = 'alive' ORDER BY id LIMIT 1")
            .arg(m_personId)));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString phone = q.value(1).toString();
    const QString residence = q.value(2).toString();
    const QString household = q.value(3).toString();
    q.finish();
    m_window->detail()->showRecipient(id); // the timeline follows the detail panel
    TimelinePanel *timeline = m_window->timeline();
    QTRY_COMPARE(timeline->recipientId(), id);
    const int before = timeline->count();
    const qint64 events = sqlCount(QStringLiteral("SELECT count(*) FROM verification_event"));

    QPointer<RecordVerificationDialog> dialog = openDialogFor(id);
    QVERIFY(dialog);
    auto *phoneEdit = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
    auto *residenceEdit = dialog->findChild<QLineEdit *>(QStringLiteral("residenceAddress"));
    auto *householdEdit = dialog->findChild<QLineEdit *>(QStringLiteral("householdAddress"));
    QCOMPARE(phoneEdit->text(), phone);
    QCOMPARE(residenceEdit->text(), residence);
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(int(VerificationMethod::Window)));
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("livingStatus"));
    status->setCurrentIndex(status->findData(int(LivingStatus::Alive)));
    const QString photo = writePhoto(m_dir.filePath(QStringLiteral("clear.png")), 5);
    QCOMPARE(dialog->addEvidenceFiles({photo}), 1);
    // The ⓧ buttons, as a slip of the mouse; the household address is corrected.
    clickClearButton(phoneEdit);
    clickClearButton(residenceEdit);
    QVERIFY(phoneEdit->text().isEmpty() && residenceEdit->text().isEmpty());
    const QString newHousehold = QStringLiteral("青岛市崂山区海尔路1号");
    householdEdit->setText(newHousehold);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));

    // "Go back": asked, naming both fields with their old values; nothing saved,
    // the form stays open as it was.
    QSignalSpy finished(dialog.data(), &QDialog::finished);
    {
        modaltest::Answerer back(kClear, QMessageBox::RejectRole);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(back.asked, 1);
        for (const QString &shown :
             {QStringLiteral("联系电话"), phone, QStringLiteral("居住地址"), residence})
            QVERIFY2(back.text.contains(shown), qPrintable(back.text));
        QVERIFY2(!back.text.contains(QStringLiteral("户籍地址")), qPrintable(back.text));
    }
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), events);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM recipient WHERE id = ? AND phone = ? "
                                     "AND residence_address = ?"),
                      {id, phone, residence}),
             1);
    // Going back, the slip is undone in the field as the question says.
    QVERIFY(phoneEdit->text().isEmpty());
    phoneEdit->setFocus();
    QTest::keyClick(phoneEdit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(phoneEdit->text(), phone);
    clickClearButton(phoneEdit); // and cleared again, on purpose this time
    QVERIFY(phoneEdit->text().isEmpty());

    // "Empty and save": recorded; the timeline says old -> new for every field.
    {
        modaltest::Answerer empty(kClear, QMessageBox::DestructiveRole);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(empty.asked, 1);
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event")), events + 1);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM verification_event WHERE "
                                     "recipient_id = ? AND phone = '' AND previous_phone = ? AND "
                                     "residence_address = '' AND previous_residence_address = ?"),
                      {id, phone, residence}),
             1);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM recipient WHERE id = ? AND "
                                     "coalesce(phone, '') = '' AND household_address = ?"),
                      {id, newHousehold}),
             1);
    QTRY_COMPARE(timeline->count(), before + 1);
    const QString text = timeline->entryText(0);
    for (const QString &line :
         {QStringLiteral("联系电话：%1 → （清空）").arg(phone),
          QStringLiteral("居住地址：%1 → （清空）").arg(residence),
          QStringLiteral("户籍地址：%1 → %2")
              .arg(household.isEmpty() ? QStringLiteral("（空）") : household, newHousehold)})
        QVERIFY2(text.contains(line), qPrintable(text + QStringLiteral("\n--- wanted: ") + line));
    QVERIFY2(!text.contains(QStringLiteral("改为")), qPrintable(text));
}

QTEST_MAIN(TestRecordSlips)
#include "tst_recordslips.moc"
