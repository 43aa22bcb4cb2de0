// Renders the main window to a PNG for docs/ (QWidget::grab, offscreen):
//   QT_QPA_PLATFORM=offscreen build/bench/docs_screenshot --db FILE --out docs/x.png
//       [--lang zh_CN|en] [--node CODE] [--list KEY] [--search TEXT] [--row N]
#include "domain/policyprofile.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientlistmodel.h"
#include "record/recordverificationdialog.h"
#include "store/database.h"
#include "translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <cstdio>

using namespace certdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertDeskScreenshot"));
    QCommandLineParser p;
    for (const char *o :
         {"db", "out", "lang", "node", "list", "search", "row", "today", "record-out"})
        p.addOption({QString::fromLatin1(o), QString::fromLatin1(o), QStringLiteral("V")});
    p.process(app);
    installTranslations(app, p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                             : QStringLiteral("zh_CN"));
    QString error;
    auto db =
        Database::open(p.value(QStringLiteral("db")), Database::OpenMode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto profile =
        PolicyProfile::builtin(db->setting(QStringLiteral("profile"), QStringLiteral("qingdao")));
    const QDate today = p.isSet(QStringLiteral("today"))
                            ? QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate)
                            : QDate(2026, 11, 23);
    MainWindow window(*db, *profile, today, Session::commandLine());
    window.resize(1500, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (p.isSet(QStringLiteral("node")))
        window.jurisdiction()->selectCode(p.value(QStringLiteral("node")));
    window.jurisdiction()->view()->expandAll();
    if (const auto list = Ledgers::fromKey(p.value(QStringLiteral("list"))))
        window.ledgers()->showList(*list);
    if (p.isSet(QStringLiteral("search"))) {
        window.ledgers()->searchField()->setText(p.value(QStringLiteral("search")));
        window.ledgers()->search(p.value(QStringLiteral("search")));
    }
    QSignalSpy counted(window.ledgers(), &LedgerPanel::countsUpdated);
    counted.wait(5000);
    QTableView *table = window.ledgers()->table();
    const int row = p.value(QStringLiteral("row")).toInt();
    if (table->model()->rowCount() > row)
        table->selectRow(row);
    QTest::qWait(200);
    if (!window.grab().save(p.value(QStringLiteral("out"))))
        return 1;
    // --record-out: also the "record verification" form for the selected person.
    if (p.isSet(QStringLiteral("record-out")) && table->model()->rowCount() > row) {
        if (QDialog *dialog =
                window.recordVerification(window.ledgers()->model()->recipientId(row))) {
            QTest::qWait(300);
            if (!dialog->grab().save(p.value(QStringLiteral("record-out"))))
                return 1;
        }
    }
    return 0;
}
