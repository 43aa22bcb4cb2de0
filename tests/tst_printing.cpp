// Printing from the GUI: the list on screen as a table (landscape when wide,
// header on every page, total at the end), the print preview with its page setup
// remembered, the public notice without phones, addresses or full ID numbers,
// and the monthly archive made from its dialog off the GUI thread.
#include "archive/documentpainter.h"
#include "archive/listdocuments.h"
#include "documents/archivedialog.h"
#include "documents/documentprinting.h"
#include "documents/printactions.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientlistmodel.h"
#include "modaltest.h"
#include "security/audittrail.h"
#include "testdatabase.h"
#include "translations.h"
#include "verification/verificationservice.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            args << QStringLiteral("-layout") << path << QStringLiteral("-"));
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path, QString *size = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    if (size)
        *size = QRegularExpression(QStringLiteral("Page size:\\s+(.*)\\n")).match(info).captured(1);
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// CERTDESK_SHOTS=1 saves what the user sees to /tmp/print-*.png (or a folder).
void shot(QWidget *w, const QString &name)
{
    const QString setting = qEnvironmentVariable("CERTDESK_SHOTS");
    if (setting.isEmpty())
        return;
    w->show();
    QApplication::processEvents();
    w->grab().save(QDir(setting == QLatin1String("1") ? QStringLiteral("/tmp") : setting)
                       .filePath(QStringLiteral("print-%1.png").arg(name)));
}

QPrintPreviewDialog *openPreview()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QPrintPreviewDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}
} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT
private slots:
    void wideListKeepsIdNumbersWhole();
    void initTestCase();
    void wideListPrintsLandscapeWithHeaderOnEveryPage();
    void previewRemembersPageSetup();
    void publicNoticeShowsNoPrivateData();
    void archiveFromTheDialog();
    void archiveAsksBeforeUnfinishedOrEmptyMonth();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<EvidenceStore> m_store;
    std::unique_ptr<LedgerPanel> m_lists;
    std::unique_ptr<PrintActions> m_print;
    std::unique_ptr<AuditTrail> m_audit;
    Session m_session = Session::commandLine();
};

void TestPrinting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("p.sqlite")), 1500, 5, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    m_db = std::move(t.db);
    m_profile = t.profile;
    m_store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db->path()));
    m_lists = std::make_unique<LedgerPanel>(*m_db, kToday);
    m_lists->setScope({1, QStringLiteral("370299")}, QStringLiteral("海岳区"));
    m_print = std::make_unique<PrintActions>(*m_db, *m_store, kToday, QStringLiteral("李四"),
                                             m_lists.get(), m_lists.get());
    // Printing needs someone acting (the gate refuses nobody): the local actor.
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
    m_print->setSecurity(&m_session, m_audit.get());

    // A few checks this year, so the notice has rows.
    VerificationService service(*m_db, *m_profile, *m_store, Session::commandLine());
    service.setToday(kToday);
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QString error;
    const auto item = m_store->intakeImage(image, QStringLiteral("p.png"), &error);
    QVERIFY2(item, qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient WHERE community_code = '370299001001' "
                                  "AND coalesce(phone, '') <> '' AND coalesce(residence_address, "
                                  "'') <> '' ORDER BY id LIMIT 6")));
    int n = 0;
    while (q.next()) {
        VerificationEvent e;
        e.recipientId = q.value(0).toLongLong();
        e.checkDate = QDate(2026, 10, 1 + n++);
        e.occurredAt = QDateTime(e.checkDate, QTime(9, 0));
        e.worker = QStringLiteral("张三");
        e.evidence = {EvidenceLink{*item, EvidenceKind::Person}};
        QVERIFY2(service.record(e, &error), qPrintable(error));
    }
    QCOMPARE(n, 6);
}

void TestPrinting::wideListPrintsLandscapeWithHeaderOnEveryPage()
{
    m_lists->showList(Ledger::HomeVisit);
    const TableDocument doc = m_print->currentListDocument();
    QVERIFY2(doc.headers.size() > 7, qPrintable(doc.headers.join(QLatin1Char(','))));
    QVERIFY(doc.rows.size() > 60); // several pages
    QCOMPARE(doc.preferredOrientation(), QPageLayout::Landscape);
    // The rows are the list's, with ID numbers masked.
    QTRY_VERIFY(m_lists->shownCount(Ledger::HomeVisit) >= 0); // counted off the GUI thread
    const qint64 shown = m_lists->shownCount(Ledger::HomeVisit);
    QCOMPARE(qint64(doc.rows.size()), shown);
    const int idColumn = int(
        doc.headers.indexOf(RecipientListModel::columnTitle(RecipientListModel::IdNumberColumn)));
    QVERIFY(idColumn >= 0);
    for (const QStringList &row : doc.rows)
        QVERIFY2(row.at(idColumn).contains(QStringLiteral("********")),
                 qPrintable(row.at(idColumn)));

    const QString path = m_dir.filePath(QStringLiteral("list.pdf"));
    QString error;
    QVERIFY2(doc.writePdf(path, &error), qPrintable(error));
    QString size;
    const int pages = pdfPages(path, &size);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY2(size.startsWith(QStringLiteral("842 x 595")), qPrintable(size));
    const QString firstHeader = doc.headers.first();
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(firstHeader),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(300))));
        QVERIFY(text.contains(QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages)));
    }
    QVERIFY(pdfText(path, pages).contains(QStringLiteral("合计：%1 人").arg(doc.rows.size())));
    // A narrow table stays portrait.
    TableDocument narrow = doc;
    narrow.headers = narrow.headers.mid(0, 4);
    QCOMPARE(narrow.preferredOrientation(), QPageLayout::Portrait);
}

void TestPrinting::previewRemembersPageSetup()
{
    m_lists->showList(Ledger::HomeVisit);
    m_print->printList(); // the list is read off the GUI thread first
    QTRY_VERIFY(openPreview());
    QPrintPreviewDialog *dialog = openPreview();
    QVERIFY(dialog);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QTRY_VERIFY(preview->pageCount() >= 3);
    QCOMPARE(preview->orientation(), QPageLayout::Landscape); // wide list, first time
    shot(dialog, QStringLiteral("preview"));
    preview->setPortraitOrientation();
    const int portraitPages = preview->pageCount();
    dialog->reject();
    QTRY_VERIFY(!openPreview());
    QCOMPARE(QSettings().value(QStringLiteral("print/list/orientation")).toInt(),
             int(QPageLayout::Portrait));

    m_print->printList();
    QTRY_VERIFY(openPreview());
    dialog = openPreview();
    QVERIFY(dialog);
    preview = dialog->findChild<QPrintPreviewWidget *>();
    QTRY_COMPARE(preview->pageCount(), portraitPages);
    QCOMPARE(preview->orientation(), QPageLayout::Portrait); // remembered
    dialog->reject();
    QTRY_VERIFY(!openPreview());
}

void TestPrinting::publicNoticeShowsNoPrivateData()
{
    QString error;
    const auto doc = ListDocuments::publicNotice(*m_db, *m_profile, Session::commandLine(),
                                                 QStringLiteral("370299001001"), 2026,
                                                 QStringLiteral("0532-12345678"), kToday, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->rows.size(), 6);
    const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
    QVERIFY2(doc->writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path).remove(QLatin1Char(' '));
    QVERIFY(text.contains(QStringLiteral("0532-12345678")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT r.name, r.id_number, r.phone, r.residence_address, "
                                  "r.household_address FROM recipient r "
                                  "WHERE r.id IN (SELECT recipient_id FROM verification_event)")));
    int checked = 0;
    while (q.next()) {
        QVERIFY2(text.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
        const QString id = q.value(1).toString();
        QVERIFY(!text.contains(id));
        QVERIFY(text.contains(id.left(6) + QStringLiteral("********") + id.right(4)));
        QVERIFY2(!text.contains(q.value(2).toString()), qPrintable(q.value(2).toString()));
        for (int c : {3, 4}) {
            const QString address = q.value(c).toString().remove(QLatin1Char(' '));
            QVERIFY2(address.isEmpty() || !text.contains(address.right(6)), qPrintable(address));
        }
        ++checked;
    }
    QCOMPARE(checked, 6);
}

void TestPrinting::archiveFromTheDialog()
{
    ArchiveDialog dialog(*m_db, *m_store, *m_profile, Session::commandLine(),
                         QStringLiteral("370299001001"), QStringLiteral("测试社区"), kToday,
                         QStringLiteral("李四"));
    QCOMPARE(dialog.monthField()->date().month(), 10); // last month by default
    dialog.folderField()->setText(m_dir.filePath(QStringLiteral("archive")));
    QSignalSpy finished(&dialog, &ArchiveDialog::finishedBundle);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(!dialog.question()); // a past month with checks: made without asking
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    shot(&dialog, QStringLiteral("archive"));
    const QStringList made = QDir(m_dir.filePath(QStringLiteral("archive")))
                                 .entryList({QStringLiteral("CD-370299001001-202610-*")});
    QCOMPARE(made.size(), 2); // the PDF and the zip, no leftovers
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("6")));
    QCOMPARE(QSettings().value(QStringLiteral("archive/folder")).toString(),
             m_dir.filePath(QStringLiteral("archive")));
}

// Issue 17: a volume of the unfinished current month, or of a month without
// checks, was made without a word. Now the dialog says which and asks; "no"
// writes nothing.
void TestPrinting::archiveAsksBeforeUnfinishedOrEmptyMonth()
{
    const QString community = QStringLiteral("370299001001");
    const auto checksIn = [&](const QString &month) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM verification_event e JOIN recipient r ON "
                                 "r.id = e.recipient_id WHERE r.community_code = ? AND "
                                 "substr(e.check_date, 1, 7) = ?"));
        q.addBindValue(community);
        q.addBindValue(month);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const QDir folder(m_dir.filePath(QStringLiteral("warned")));
    const auto made = [&](const QString &yyyyMM) {
        return folder.entryList({QStringLiteral("CD-%1-%2-*").arg(community, yyyyMM)}).size();
    };
    ArchiveDialog dialog(*m_db, *m_store, *m_profile, Session::commandLine(), community,
                         QStringLiteral("测试社区"), kToday, QStringLiteral("李四"));
    dialog.folderField()->setText(folder.path());
    QSignalSpy finished(&dialog, &ArchiveDialog::finishedBundle);

    // The current month (today 2026-11-23): says it is unfinished, with the count.
    dialog.monthField()->setDate(QDate(2026, 11, 1));
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QMessageBox *question = dialog.question();
    QVERIFY2(question, "the unfinished month was archived without asking");
    QVERIFY2(question->text().contains(QStringLiteral("本月（2026-11）尚未结束")),
             qPrintable(question->text()));
    QVERIFY2(
        question->text().contains(
            QStringLiteral("截至今天的 %1 条认证记录").arg(checksIn(QStringLiteral("2026-11")))),
        qPrintable(question->text()));
    QVERIFY(modaltest::answer(question, QMessageBox::RejectRole));
    QVERIFY(!dialog.question());
    QCOMPARE(made(QStringLiteral("202611")), 0);
    QCOMPARE(finished.size(), 0);

    // A month without checks: says the volume will be empty; "no" writes nothing,
    // "make anyway" makes it.
    QCOMPARE(checksIn(QStringLiteral("2019-01")), 0);
    dialog.monthField()->setDate(QDate(2019, 1, 1));
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    question = dialog.question();
    QVERIFY2(question, "the empty month was archived without asking");
    QVERIFY2(question->text().contains(QStringLiteral("2019-01 没有认证记录，将生成空卷")),
             qPrintable(question->text()));
    QVERIFY(modaltest::answer(question, QMessageBox::RejectRole));
    QCOMPARE(made(QStringLiteral("201901")), 0);
    QCOMPARE(finished.size(), 0);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(modaltest::answer(dialog.question(), QMessageBox::AcceptRole));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(made(QStringLiteral("201901")), 2);
}

void TestPrinting::wideListKeepsIdNumbersWhole()
{
    // A list of 13 columns on a landscape page: scaled to the page, the ID-number
    // and phone columns were narrower than their text and cut it at the cell's
    // edge, while the Chinese columns beside them could have wrapped.
    TableDocument doc;
    doc.title = QStringLiteral("上门认证");
    for (int c = 0; c < 13; ++c)
        doc.headers << QStringLiteral("列%1").arg(c);
    const QString id = QStringLiteral("370602********5463");
    const QString phone = QStringLiteral("13287459399");
    for (int r = 0; r < 20; ++r) {
        QStringList row;
        for (int c = 0; c < 13; ++c)
            row << QStringLiteral("本地区规定未设定期限本地区");
        row[1] = id;
        row[6] = phone;
        doc.rows << row;
    }
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("w.pdf")));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), doc.preferredOrientation(), QMarginsF()));
    const QList<double> widths = doc.columnWidths(&writer);
    QCOMPARE(widths.size(), 13);
    const QFontMetricsF fm(DocumentPainter::font(9.0), &writer);
    QVERIFY2(
        widths.at(1) > fm.horizontalAdvance(id),
        qPrintable(QStringLiteral("%1 <= %2").arg(widths.at(1)).arg(fm.horizontalAdvance(id))));
    QVERIFY(widths.at(6) > fm.horizontalAdvance(phone));
    double sum = 0;
    for (const double w : widths)
        sum += w;
    QVERIFY(sum <= PageMetrics(&writer).body().width() + 0.5); // still fits the page
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
