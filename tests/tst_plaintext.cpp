// Issue 16, point 7: names, phones and addresses come from other desks through
// sync, so the detail panel and the timeline show them as plain text — a name
// "<b>局长</b>" shows its angle brackets, a link in an address is not a link.
// Before the fix the detail panel's labels were Qt::AutoText and rendered the
// markup.
#include "evidence/evidencestore.h"
#include "lists/recipientdetailpanel.h"
#include "lists/timelinepanel.h"
#include "testdatabase.h"
#include "verification/verificationservice.h"

#include <QApplication>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kName = QStringLiteral("<b>局长</b>");
const QString kPhone = QStringLiteral("<i>13900000001</i>");
const QString kAddress = QStringLiteral("<a href=\"http://x.example\">点这里</a>");
} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void syncedTextIsPlain();
};

void TestPlainText::syncedTextIsPlain()
{
    QTemporaryDir dir;
    TestDatabase t = TestDatabase::demo(dir.filePath(QStringLiteral("p.sqlite")), 5, 2, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient ORDER BY id LIMIT 1")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    // As a pulled roster row or another desk's check would leave them.
    q.prepare(QStringLiteral("UPDATE recipient SET name = ?, phone = ?, household_address = ?, "
                             "residence_address = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(kName), QVariant(kPhone), QVariant(kAddress), QVariant(kAddress), QVariant(id)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral(
        "INSERT INTO verification_event(uuid, recipient_id, check_date, occurred_at, recorded_at, "
        "method, living_status, worker, note, phone) VALUES('<b>u</b>', ?, '2026-11-20', "
        "'2026-11-20T09:00:00.000Z', '2026-11-20T09:05:00.000Z', 'home-visit', 'unreachable', ?, "
        "?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(kName), QVariant(kAddress), QVariant(kPhone)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    EvidenceStore store(EvidenceStore::folderFor(t.db->path()));
    VerificationService service(*t.db, *t.profile, store, Session::commandLine());
    RecipientDetailPanel panel(*t.db, *t.profile, Session::commandLine(), kToday);
    auto *timeline = new TimelinePanel(service, store);
    panel.setTimeline(timeline);
    panel.resize(800, 900);
    panel.show();
    panel.showRecipient(id);
    QCOMPARE(panel.fieldText(QStringLiteral("title")), kName);

    // Every label that shows one of the synced values shows it as plain text.
    int shown = 0;
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!text.contains(kName) && !text.contains(kPhone) && !text.contains(kAddress))
            continue;
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(QStringLiteral("%1: '%2' is rendered as rich text")
                                .arg(label->objectName(), text)));
    }
    // Title, phone, two addresses in the panel; worker, phone and note in the timeline.
    QVERIFY2(shown >= 6, qPrintable(QString::number(shown)));
    // Tooltips are rich text when they look like it: the event's id is escaped.
    for (const QWidget *w : timeline->findChildren<QWidget *>(QStringLiteral("timelineEntry")))
        QVERIFY(!Qt::mightBeRichText(w->toolTip()) ||
                !w->toolTip().contains(QStringLiteral("<b>")));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
