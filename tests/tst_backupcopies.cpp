// Half-written migration backups beside a desk database (models/store/database.cpp),
// split from tst_store to keep each suite small.

#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;

class TestBackupCopies : public QObject
{
    Q_OBJECT

private slots:
    void sweepsAbandonedBackupCopies();
};

// A migration killed while writing its backup copy leaves "….bak.part" (and
// SQLite's journal beside it), as big as the database. The next open removes
// such copies of this database once nothing has written them for ten minutes;
// a copy being written now, a finished backup and another database's copies
// stay.
void TestBackupCopies::sweepsAbandonedBackupCopies()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        QString error;
        QVERIFY2(Database::open(path, Database::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
    }
    const auto make = [&](const QString &name, qint64 minutesAgo) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        QVERIFY(f.flush()); // a write at close would touch the time again
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60 * minutesAgo),
                              QFileDevice::FileModificationTime));
    };
    const QString abandoned = QStringLiteral("desk.sqlite.v3-20261101080000.bak.part");
    const QString abandonedJournal = abandoned + QStringLiteral("-journal");
    const QString writingNow = QStringLiteral("desk.sqlite.v3-20261207080000-2.bak.part");
    const QString finished = QStringLiteral("desk.sqlite.v3-20261101070000.bak");
    const QString otherDesks = QStringLiteral("other.sqlite.v3-20261101080000.bak.part");
    make(abandoned, 60);
    make(abandonedJournal, 60);
    make(writingNow, 1);
    make(finished, 60 * 24);
    make(otherDesks, 60);

    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(abandoned)));
    QVERIFY(!QFileInfo::exists(dir.filePath(abandonedJournal)));
    QVERIFY(QFileInfo::exists(dir.filePath(writingNow)));
    QVERIFY(QFileInfo::exists(dir.filePath(finished)));
    QVERIFY(QFileInfo::exists(dir.filePath(otherDesks)));
}

QTEST_GUILESS_MAIN(TestBackupCopies)
#include "tst_backupcopies.moc"
