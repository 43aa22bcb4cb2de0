// Automatic backups (models/backup/backupschedule): daily, the newest N of this
// desk kept, every other file in the folder left alone; with a fixed clock.
#include "backup/backupschedule.h"
#include "backup/backupverifier.h"
#include "backup/deskbackup.h"
#include "backuptest.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;

using namespace backuptest;

class TestBackupSchedule : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rotationKeepsTheNewest();

private:
    QTemporaryDir m_dir;
    QString m_deskB;   // the desk whose automatic backups rotate
    QString m_backupB; // one manual backup of it, for its desk id
};

void TestBackupSchedule::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_deskB = m_dir.filePath(QStringLiteral("b/certdesk.sqlite"));
    const QString error = makeDesk(m_deskB, 80, 8, 2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString openError;
    auto db = Database::open(m_deskB, Database::OpenMode::OpenExisting, &openError);
    QVERIFY2(db, qPrintable(openError));
    BackupOptions o;
    o.folder = m_dir.filePath(QStringLiteral("usb"));
    const BackupResult b = DeskBackup(*db, Session::commandLine()).write(o);
    QVERIFY2(b.ok, qPrintable(b.message));
    m_backupB = b.path;
}

void TestBackupSchedule::rotationKeepsTheNewest()
{
    const QString folder = m_dir.filePath(QStringLiteral("rotation"));
    QDir().mkpath(folder);
    // Files that are not this desk's automatic backups, which rotation must leave alone.
    const BackupCheck b = BackupVerifier::verify(m_backupB, BackupVerifier::Depth::Entries);
    const QString deskB = b.manifest.deskId;
    const QStringList others{
        QStringLiteral("notes.txt"),
        QStringLiteral("CertDesk-ffffffff-auto-20200101-000000.cdbackup"),
        BackupFormat::fileName(deskB, false, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)),
        QStringLiteral("CertDesk-%1-auto-20200101-000000.cdbackup.copy")
            .arg(BackupFormat::shortDesk(deskB))};
    for (const QString &name : others) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QString error;
    auto db = Database::open(m_deskB, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    BackupSettings settings = BackupSettings::load(*db);
    QCOMPARE(settings.keep, 7);
    QVERIFY(settings.enabled);
    QCOMPARE(settings.folder, QFileInfo(m_deskB).absoluteDir().filePath(QStringLiteral("backups")));
    const QDateTime start(QDate(2026, 11, 1), QTime(22, 0), Qt::UTC);
    QVERIFY(BackupSchedule::isDue(settings, start));
    QStringList made;
    for (int day = 0; day < 9; ++day) {
        const QDateTime now = start.addDays(day);
        BackupOptions o;
        o.folder = folder;
        o.automatic = true;
        o.keep = 3;
        o.now = now;
        const BackupResult r = DeskBackup(*db, Session::commandLine()).write(o);
        QVERIFY2(r.ok, qPrintable(r.message));
        made << QFileInfo(r.path).fileName();
        QCOMPARE(r.removed.size(), day < 3 ? 0 : 1);
        settings = BackupSettings::load(*db);
        QCOMPARE(settings.lastAutomatic, now);
        QVERIFY(!BackupSchedule::isDue(settings, now.addSecs(23 * 3600)));
        QVERIFY(BackupSchedule::isDue(settings, now.addDays(1)));
    }
    QStringList expected = others + made.mid(6);
    expected.sort();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
    for (const QString &name : others) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
    settings.enabled = false;
    QVERIFY(!BackupSchedule::isDue(settings, start.addYears(1)));
}

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backupschedule.moc"
