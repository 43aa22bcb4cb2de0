#include "window/startup.h"

#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "verification/verificationservice.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace certdesk
{

QString Startup::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("certdesk.sqlite"));
}

std::unique_ptr<Database> Startup::openWorkspace(const StartupOptions &options,
                                                 const PolicyProfile &profile, QWidget *parent,
                                                 QString *error)
{
    const QString path =
        options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    const bool firstStart = !QFileInfo::exists(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, error);
    if (db && !firstStart) {
        // Files of a save that was cut off (power loss, a killed process) have no
        // event; they are removed here, before this window records anything.
        EvidenceStore store(EvidenceStore::folderFor(db->path()));
        VerificationService::removeOrphanEvidence(*db, store);
    }
    if (!db || !firstStart)
        return db;

    QProgressDialog dialog(
        tr("Creating the demo database with %Ln people…", "", int(options.demoPersons)),
        tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(tr("First start"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    DemoOptions demo;
    demo.persons = options.demoPersons;
    demo.today = options.today;
    QString generationError;
    const Database *raw = db.get();
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    watcher.setFuture(QtConcurrent::run([&, raw] {
        return DemoGenerator::generate(*raw, profile, demo, &generationError,
                                       [&](qint64 done, qint64 total) {
                                           permille = int(done * 1000 / qMax<qint64>(1, total));
                                           return !cancelled.load();
                                       });
    }));
    QObject timerOwner;
    auto *timer = new QTimer(&timerOwner);
    QObject::connect(timer, &QTimer::timeout, &dialog, [&] { dialog.setValue(permille.load()); });
    timer->start(100);
    loop.exec();
    const bool ok = watcher.result();
    dialog.reset();
    if (ok)
        return db;
    if (error)
        *error = generationError;
    db.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return nullptr;
}

} // namespace certdesk
