// certdesk: the desktop program. Parses the command line, installs the
// language, opens (or on first start creates) the database and shows the window.
#include "backup/backupactions.h"
#include "backup/backupprogress.h"
#include "backup/backuprestorer.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "help/firstdayguide.h"
#include "lists/ledgerpanel.h"
#include "security/audittrail.h"
#include "security/signindialog.h"
#include "security/userformdialog.h"
#include "security/userrepository.h"
#include "store/database.h"
#include "translations.h"
#include "window/mainwindow.h"
#include "window/startup.h"
#include "window/systemdates.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>

using namespace certdesk;

namespace
{
// --exit-after-start: once the first list has its count, prints what is shown as
// one JSON line and quits. Lets the package test prove that the installed program
// starts, signs in, finds its translation and reads the database.
void exitOnceShown(QApplication &app, MainWindow &window)
{
    auto *poll = new QTimer(&window);
    QElapsedTimer started;
    started.start();
    QObject::connect(poll, &QTimer::timeout, &app, [&app, &window, poll, started] {
        LedgerPanel *lists = window.ledgers();
        const qint64 count = lists->shownCount(lists->currentList());
        if (count < 0 && started.elapsed() < 120000)
            return;
        poll->stop();
        if (count < 0) {
            std::fputs("error: the first list was not counted within 2 minutes\n", stderr);
            app.exit(1);
            return;
        }
        const QTabBar *tabs = lists->tabBar();
        const QJsonObject shown{{QStringLiteral("user"), window.session().user().username},
                                {QStringLiteral("node"), lists->scope().code},
                                {QStringLiteral("tab"), tabs->tabText(tabs->currentIndex())},
                                {QStringLiteral("count"), count},
                                {QStringLiteral("rows"), lists->table()->model()->rowCount()}};
        std::fputs(QJsonDocument(shown).toJson(QJsonDocument::Compact).append('\n').constData(),
                   stdout);
        std::fflush(stdout);
        app.exit(0);
    });
    poll->start(100);
}
} // namespace

namespace
{
// Opens the desk, signs in and runs the window until it closes. *restore is set
// when the window closed for a restore, with who asked and which database.
// How the first sign-in goes: --user/--password-file fill the real dialog (checked
// and audited as if typed); --exit-after-start shows the first list and quits.
struct SignInOptions {
    QString user;
    QString passwordFile;
    bool exitAfterStart = false;
};

int runDesk(const StartupOptions &options, const PolicyProfile &requested, bool profileGiven,
            const SignInOptions &given, std::unique_ptr<RestoreRequest> *restore, Session *who,
            QString *databasePath)
{
    QString error;
    auto db = Startup::openWorkspace(options, requested, nullptr, &error);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                              error);
        return 1;
    }
    // The database remembers the profile its periods were laid out with; --profile
    // overrides it, and an unknown stored one falls back to the requested one.
    WorkspaceOptions open;
    if (profileGiven)
        open.profile = requested;
    else
        open.fallbackProfile = requested;
    // First start: no users yet, so the district administrator is created first.
    // Then everyone signs in; the session decides what the window shows.
    int refused = 0; // the exit code when nobody signs in
    const Workspace::SignIn signInDialogs =
        [&](const Database &opened, const PolicyProfile &profile, const AuditTrail &audit,
            QString *) -> std::optional<Session> {
        QString firstName = given.user;
        if (UserRepository(opened, profile).count() == 0) {
            if (given.exitAfterStart) {
                std::fputs("error: --exit-after-start: the database has no user accounts yet\n",
                           stderr);
                refused = 1;
                return std::nullopt;
            }
            UserFormDialog first(opened, profile, audit, nullptr, true);
            if (first.exec() != QDialog::Accepted)
                return std::nullopt;
            firstName = first.created().username;
        }
        SignInDialog signIn(opened, profile, audit, SignInDialog::Mode::SignIn, firstName);
        if (!given.user.isEmpty() && !given.passwordFile.isEmpty()) {
            QFile file(given.passwordFile);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "error: --password-file: cannot read %s: %s\n",
                             qPrintable(file.fileName()), qPrintable(file.errorString()));
                refused = 2;
                return std::nullopt;
            }
            signIn.passwordEdit()->setText(QString::fromUtf8(file.readLine())
                                               .remove(QLatin1Char('\n'))
                                               .remove(QLatin1Char('\r')));
            signIn
                .accept(); // the dialog's own check: wrong passwords are audited and leave it open
        }
        if (!signIn.session()) {
            if (given.exitAfterStart) {
                std::fprintf(
                    stderr, "error: --exit-after-start: sign-in failed: %s\n",
                    qPrintable(signIn.errorText().isEmpty()
                                   ? QStringLiteral("--user and --password-file are required")
                                   : signIn.errorText()));
                refused = 1;
                return std::nullopt;
            }
            if (signIn.exec() != QDialog::Accepted || !signIn.session())
                return std::nullopt;
        }
        return *signIn.session();
    };
    const QString path = db->path();
    auto workspace = Workspace::open(std::move(db), open, signInDialogs, &error);
    if (!workspace) {
        if (!error.isEmpty()) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Cannot open the database"), error);
            return 1;
        }
        return refused;
    }
    *databasePath = path;
    int code = 0;
    {
        MainWindow window(*workspace, options.today);
        window.show();
        if (given.exitAfterStart)
            exitOnceShown(*qApp, window);
        else // a new user's first start: five steps, skippable (issue 20)
            FirstDayGuide::offer(workspace->database(), window.session().user().username, &window);
        code = QApplication::exec();
        if (window.pendingRestore()) {
            *restore = std::make_unique<RestoreRequest>(*window.pendingRestore());
            *who = window.session();
        }
    }
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    SystemDates::followLanguage(argc, argv);
    QApplication app(argc, argv);
    SystemDates::settle();
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Lets the desktop match windows to the installed entry (and its icon),
    // packaging/certdesk/org.certdesk.CertDesk.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.certdesk.CertDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CertDesk - benefit eligibility certification workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("language: zh_CN (default) or en"),
                      QStringLiteral("LANG"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("database file (default: in the user's data folder; created "
                                     "with demo data on first start)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("work as if today were this date"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("policy profile (default: the database's, else qingdao)"),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("demo-persons"),
                      QStringLiteral("size of the demo database made on first start"),
                      QStringLiteral("N"), QStringLiteral("5000")});
    // The same two options as certdesk-cli (docs/cli.md, "Who is acting"): the
    // password is checked and audited exactly as if typed into the sign-in dialog.
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("sign in as this user (the dialog asks for the password "
                                     "unless --password-file is given)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("password-file"),
                      QStringLiteral("file whose first line is the password of --user"),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("exit-after-start"),
         QStringLiteral("for tests: sign in without asking (needs --user and --password-file), "
                        "show the first list, print it as JSON and quit")});
    parser.process(app);

    const QString lang = parser.value(QStringLiteral("lang"));
    if (!installTranslations(app, lang)) {
        QMessageBox::critical(nullptr, QStringLiteral("CertDesk"),
                              QStringLiteral("Unknown language '%1' (use zh_CN or en).").arg(lang));
        return 2;
    }
    StartupOptions options;
    options.databasePath = parser.value(QStringLiteral("db"));
    options.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            QMessageBox::critical(
                nullptr, QStringLiteral("CertDesk"),
                QApplication::translate("main", "--today: '%1' is not a date (YYYY-MM-DD).")
                    .arg(parser.value(QStringLiteral("today"))));
            return 2;
        }
    }
    options.demoPersons = qBound<qint64>(
        qint64(1), parser.value(QStringLiteral("demo-persons")).toLongLong(), qint64(5000000));

    QString error;
    auto requested = PolicyProfile::builtin(parser.isSet(QStringLiteral("profile"))
                                                ? parser.value(QStringLiteral("profile"))
                                                : PolicyProfile::defaultId(),
                                            &error);
    if (!requested) {
        QMessageBox::critical(nullptr, QStringLiteral("CertDesk"), error);
        return 2;
    }
    // A restore needs the database closed: the window closes for it, the backup is
    // put in place here, and the desk opens again (with a new sign-in).
    SignInOptions given;
    given.user = parser.value(QStringLiteral("user"));
    given.passwordFile = parser.value(QStringLiteral("password-file"));
    given.exitAfterStart = parser.isSet(QStringLiteral("exit-after-start"));
    for (;;) {
        std::unique_ptr<RestoreRequest> restore;
        Session who;
        QString databasePath;
        const int code = runDesk(options, *requested, parser.isSet(QStringLiteral("profile")),
                                 given, &restore, &who, &databasePath);
        if (!restore)
            return code;
        RestoreResult result;
        RestoreOptions how;
        how.moveDesk = restore->moveDesk;
        how.now = restore->now;
        runWithProgress(nullptr, QApplication::translate("main", "Restore from backup"),
                        QApplication::translate("main", "Checking and restoring the backup…"),
                        [&](const BackupProgress &progress) {
                            result = BackupRestorer::restore(restore->backup, databasePath, who,
                                                             how, progress);
                        });
        if (result.ok)
            QMessageBox::information(
                nullptr, QApplication::translate("main", "Restore from backup"),
                QApplication::translate("main", "The backup was restored. The data it replaced "
                                                "is kept in:\n%1")
                    .arg(result.keptAside.isEmpty() ? QStringLiteral("-")
                                                    : QDir::toNativeSeparators(result.keptAside)));
        else if (!result.cancelled)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Restore from backup"),
                                 QApplication::translate("main", "The backup was not restored:\n%1")
                                     .arg(result.message));
        options.databasePath = databasePath;
        given = SignInOptions(); // after a restore, whoever is at the desk signs in again
    }
}
