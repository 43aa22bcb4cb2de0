// District-scale timings for docs/performance.md. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_district --db /tmp/district.sqlite [--persons
//   1000000]
// The database is generated first when missing (and that generation is timed).
#include "domain/policyprofile.h"
#include "lists/bandcounter.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientlistmodel.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "store/jurisdictionrepository.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <cstdio>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

void figure(const char *name, double value, const char *unit)
{
    std::printf("%-44s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// VmRSS (now) or VmHWM (the peak) of this process, in MB.
double memoryMegabytes(const QByteArray &field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertDeskBench"));
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE"),
                 QStringLiteral("/tmp/certdesk-bench.sqlite")});
    p.addOption({QStringLiteral("persons"), QStringLiteral("persons when generating"),
                 QStringLiteral("N"), QStringLiteral("1000000")});
    p.process(app);
    const QString path = p.value(QStringLiteral("db"));
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"));

    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
        DemoOptions o;
        o.persons = p.value(QStringLiteral("persons")).toLongLong();
        o.today = kToday;
        if (!db || !DemoGenerator::generate(*db, *profile, o, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        figure("demo generation", ms(t) / 1000.0, "s");
        sinceStart.restart();
    }

    // Window open to first ledger shown: open the file, build the window (tree with
    // counts, first page of the remembered list), show it, wait for the band counts.
    QElapsedTimer t;
    t.start();
    Database::setMemoryBudget(Database::DeskMemoryBudget); // as app/gui/main.cpp
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    figure("open database", ms(t), "ms");
    MainWindow window(*db, *profile, kToday, Session::commandLine());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    figure("window shown with first ledger page", ms(t), "ms");
    figure("  ... since process start", ms(sinceStart), "ms");
    LedgerPanel *lists = window.ledgers();
    QSignalSpy counted(lists, &LedgerPanel::countsUpdated);
    counted.wait(10000);
    figure("band counts shown (off the GUI thread)", ms(t), "ms");

    // Switching node and band: synchronous part (first page) on the GUI thread.
    JurisdictionRepository repo(*db);
    QStringList communities;
    QString street;
    for (const JurisdictionNode &n : repo.all()) {
        if (n.level == JurisdictionNode::Community)
            communities << n.code;
        if (n.level == JurisdictionNode::Street && street.isEmpty())
            street = n.code;
    }
    double worst = 0, total = 0;
    int runs = 0;
    for (int i = 0; i < 10; ++i) {
        for (Ledger w : Ledgers::tabs()) {
            t.restart();
            window.jurisdiction()->selectCode(communities.at(i * 7 % communities.size()));
            lists->showList(w);
            QCoreApplication::processEvents();
            const double e = ms(t);
            worst = qMax(worst, e);
            total += e;
            ++runs;
        }
    }
    figure("switch community+band, mean", total / runs, "ms");
    figure("switch community+band, worst", worst, "ms");
    worst = total = 0;
    runs = 0;
    for (const QString &code : {QStringLiteral("370299"), street}) {
        for (Ledger w : Ledgers::tabs()) {
            t.restart();
            window.jurisdiction()->selectCode(code);
            lists->showList(w);
            QCoreApplication::processEvents();
            worst = qMax(worst, ms(t));
            total += ms(t);
            ++runs;
        }
    }
    figure("switch district/street+band, mean", total / runs, "ms");
    figure("switch district/street+band, worst", worst, "ms");

    // Counts of every list for a node (the worker thread's job), per level.
    for (const auto &[label, scope] :
         {std::pair{"counts of all lists, district", Scope{1, QStringLiteral("370299")}},
          std::pair{"counts of all lists, street", Scope{2, street}},
          std::pair{"counts of all lists, community", Scope{3, communities.first()}}}) {
        t.restart();
        BandCounter::countAll(*db, scope, kToday);
        figure(label, ms(t), "ms");
    }

    // Searches at district scope: first page plus the capped count, as the panel does.
    window.jurisdiction()->selectCode(QStringLiteral("370299"));
    for (const auto &[label, text] :
         {std::pair{"search ID prefix 370202", QStringLiteral("370202")},
          std::pair{"search full ID number", QString()},
          std::pair{"search initials 'zs'", QStringLiteral("zs")},
          std::pair{"search initials 'wxm'", QStringLiteral("wxm")},
          std::pair{"search name part '王'", QStringLiteral("王")},
          std::pair{"search name part '欧阳'", QStringLiteral("欧阳")},
          std::pair{"search name part '素彩' (rare)", QStringLiteral("素彩")},
          std::pair{"search no match '龘'", QStringLiteral("龘")}}) {
        QString query = text;
        if (query.isEmpty()) {
            query = lists->model()->rowCount() > 0 ? QString() : QString();
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT id_number FROM recipient WHERE id = 500000"));
            query = q.next() ? q.value(0).toString() : QStringLiteral("370202");
        }
        t.restart();
        lists->search(query);
        QCoreApplication::processEvents();
        figure(label, ms(t), "ms");
        LedgerQuery q(Ledger::Search, {1, QStringLiteral("370299")}, kToday);
        q.setSearchText(query);
        t.restart();
        q.count(db->connection(), 10000);
        figure("  ... capped count alone", ms(t), "ms");
        t.restart();
        QList<RecipientRow> rows;
        q.fetch(db->connection(), QVariant(), 0, RecipientListModel::PageSize, &rows);
        figure("  ... first page alone", ms(t), "ms");
    }
    lists->search(QString());

    // Scroll to the end of the biggest ledgers, page by page as the view asks, and
    // back to the top a screen at a time (pages dropped from memory are read again).
    for (Ledger w : {Ledger::Within3Cumulative, Ledger::HomeVisit, Ledger::BigData}) {
        lists->showList(w);
        RecipientListModel *model = lists->model();
        QTableView *table = lists->table();
        double worstPage = 0;
        t.restart();
        QElapsedTimer page;
        while (model->canFetchMore(QModelIndex())) {
            page.restart();
            model->fetchMore(QModelIndex());
            worstPage = qMax(worstPage, ms(page));
        }
        table->scrollToBottom();
        QCoreApplication::processEvents();
        const QByteArray name = "scroll to end: " + Ledgers::key(w).toUtf8();
        figure((name + " rows").constData(), model->rowCount(), "rows");
        figure((name + " total").constData(), ms(t), "ms");
        figure((name + " worst page").constData(), worstPage, "ms");
        figure("GUI memory (RSS) at the end", memoryMegabytes(), "MB");
        // Back up, a screenful per step as Page Up does, each screen painted.
        const int screen =
            qMax(1, table->viewport()->height() / table->verticalHeader()->defaultSectionSize());
        double worstScreen = 0;
        int screens = 0;
        t.restart();
        for (int row = model->rowCount() - 1; row >= 0; row -= screen * 50) {
            page.restart();
            table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
            table->viewport()->repaint();
            worstScreen = qMax(worstScreen, ms(page));
            ++screens;
        }
        table->scrollToTop();
        table->viewport()->repaint();
        const QByteArray back = "scroll back: " + Ledgers::key(w).toUtf8();
        figure((back + " screens").constData(), screens, "(every 50th)");
        figure((back + " total").constData(), ms(t), "ms");
        figure((back + " worst screen").constData(), worstScreen, "ms");
        figure("GUI memory (RSS) back at the top", memoryMegabytes(), "MB");
        figure("  pages of rows in memory", model->pagesInMemory(), "pages");
    }
    figure("GUI memory peak (VmHWM)", memoryMegabytes("VmHWM:"), "MB");
    return 0;
}
