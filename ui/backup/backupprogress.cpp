#include "backup/backupprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace certdesk
{

void runWithProgress(QWidget *parent, const QString &title, const QString &label,
                     const std::function<void(const BackupProgress &progress)> &work)
{
    QProgressDialog dialog(label, QCoreApplication::translate("certdesk::BackupActions", "Cancel"),
                           0, 1000, parent);
    dialog.setObjectName(QStringLiteral("backupProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("certdesk::BackupActions", "Stopping…"));
    });
    watcher.setFuture(QtConcurrent::run([&] {
        work([&](qint64 done, qint64 total) {
            permille = int(done * 1000 / qMax<qint64>(1, total));
            return !cancelled.load();
        });
    }));
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &dialog,
                     [&] { dialog.setValue(qBound(0, permille.load(), 1000)); });
    timer.start(100);
    loop.exec();
    dialog.reset();
}

} // namespace certdesk
