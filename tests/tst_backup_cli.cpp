// certdesk-cli backup, verify-backup and restore, run as the real executable.
#include "backup/backupmanifest.h"
#include "backuptest.h"
#include "clitest.h"

#include <QtTest>

using namespace certdesk;

using namespace clitest;

class TestBackupCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backupVerifyRestore();
    void damagedAndForeignAreRefused();
    void automaticRotates();
    void usage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A demo database made by the CLI, with one check and photo recorded by the CLI.
    void makeDesk(const QString &db, int seed);
    QJsonObject backUp(const QString &db, const QString &out, const QStringList &more = {});

    QTemporaryDir m_dir;
    QString m_db;
    QString m_other;
};

void TestBackupCli::makeDesk(const QString &db, int seed)
{
    const CliResult demo =
        runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("150"),
                QStringLiteral("--db"), db, QStringLiteral("--seed"), QString::number(seed),
                QStringLiteral("--today"), Today});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    QString idNumber;
    {
        Sql sql(db);
        idNumber = sql.scalar(QStringLiteral(
                                  "SELECT id_number FROM recipient WHERE living_status = 'alive' "
                                  "AND category = 'enterprise' ORDER BY id LIMIT 1"))
                       .toString();
    }
    QVERIFY(!idNumber.isEmpty());
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(qRgb(seed * 40 % 256, 120, 30));
    const QString photo = path(QStringLiteral("photo%1.png").arg(seed));
    QVERIFY(image.save(photo, "PNG"));
    const CliResult record =
        runCli({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--person"),
                idNumber, QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                QStringLiteral("--method"), QStringLiteral("window"), QStringLiteral("--status"),
                QStringLiteral("alive"), QStringLiteral("--worker"), QStringLiteral("王社工"),
                QStringLiteral("--evidence"), photo});
    QVERIFY2(record.exitCode == 0, qPrintable(describe(record)));
}

QJsonObject TestBackupCli::backUp(const QString &db, const QString &out, const QStringList &more)
{
    const CliResult r = runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db,
                                           QStringLiteral("--out"), out} +
                               more);
    if (r.exitCode != 0 || r.lines.size() != 1) {
        qWarning() << describe(r);
        return {};
    }
    return r.lines.first();
}

void TestBackupCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("desk/certdesk.sqlite"));
    m_other = path(QStringLiteral("other/certdesk.sqlite"));
    QDir().mkpath(path(QStringLiteral("desk")));
    QDir().mkpath(path(QStringLiteral("other")));
    makeDesk(m_db, 3);
    makeDesk(m_other, 4);
}

void TestBackupCli::backupVerifyRestore()
{
    const QJsonObject made = backUp(m_db, path(QStringLiteral("usb")));
    const QString file = made.value(QStringLiteral("path")).toString();
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(qint64(made.value(QStringLiteral("size")).toDouble()), QFileInfo(file).size());
    QCOMPARE(made.value(QStringLiteral("sha256")).toString().toLatin1(),
             backuptest::fileHash(file));
    QCOMPARE(made.value(QStringLiteral("entries")).toInt(),
             1 + 3 + 1); // database, one photo's 3 files, manifest

    const CliResult verified = runCli({QStringLiteral("verify-backup"), file});
    QVERIFY2(verified.exitCode == 0 && verified.lines.size() == 1, qPrintable(describe(verified)));
    const QJsonObject v = verified.lines.first();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("entries")).toInt(), 5);
    QCOMPARE(
        v.value(QStringLiteral("rowCounts")).toObject().value(QStringLiteral("recipient")).toInt(),
        150);
    QCOMPARE(v.value(QStringLiteral("rowCounts"))
                 .toObject()
                 .value(QStringLiteral("verification_event"))
                 .toInt(),
             1);
    QVERIFY(file.contains(BackupFormat::shortDesk(v.value(QStringLiteral("desk")).toString())));

    // The backup is in the trail, as the "cli" actor.
    const CliResult audit = runCli({QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--action"), QStringLiteral("backup")});
    QVERIFY2(audit.exitCode == 0 && audit.lines.size() == 1, qPrintable(describe(audit)));
    QCOMPARE(audit.lines.first().value(QStringLiteral("user")).toString(), QStringLiteral("cli"));

    // Damage the database, restore, and everything is back.
    const auto rowsBefore = backuptest::allRows(m_db);
    const auto evidenceBefore = backuptest::folderHashes(EvidenceStore::folderFor(m_db));
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(4096));
    }
    QVERIFY(runCli({QStringLiteral("verify-audit"), QStringLiteral("--db"), m_db}).exitCode == 1);
    const CliResult restored = runCli(
        {QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), file});
    QVERIFY2(restored.exitCode == 0 && restored.lines.size() == 1, qPrintable(describe(restored)));
    const QString kept = restored.lines.first().value(QStringLiteral("keptAside")).toString();
    QVERIFY(QFileInfo(kept + QStringLiteral("/certdesk.sqlite")).size() == 4096);
    auto rowsAfter = backuptest::allRows(m_db);
    QCOMPARE(rowsAfter.value(QStringLiteral("recipient")),
             rowsBefore.value(QStringLiteral("recipient")));
    QCOMPARE(rowsAfter.value(QStringLiteral("verification_event")),
             rowsBefore.value(QStringLiteral("verification_event")));
    // The trail as it was in the backup (the backup's own entry came after its
    // snapshot), and the restore.
    const int auditInBackup =
        v.value(QStringLiteral("rowCounts")).toObject().value(QStringLiteral("audit_log")).toInt();
    QCOMPARE(rowsAfter.value(QStringLiteral("audit_log")).size(), auditInBackup + 1);
    QCOMPARE(rowsAfter.value(QStringLiteral("audit_log"))
                 .filter(QStringLiteral("\x1frestore\x1f"))
                 .size(),
             1);
    QCOMPARE(backuptest::folderHashes(EvidenceStore::folderFor(m_db)), evidenceBefore);
    const CliResult chain = runCli({QStringLiteral("verify-audit"), QStringLiteral("--db"), m_db});
    QVERIFY2(chain.exitCode == 0, qPrintable(describe(chain)));
}

void TestBackupCli::damagedAndForeignAreRefused()
{
    const QString file =
        backUp(m_db, path(QStringLiteral("usb2"))).value(QStringLiteral("path")).toString();
    QVERIFY(!file.isEmpty());
    const QString bad = path(QStringLiteral("bad.cdbackup"));
    QVERIFY(backuptest::rewriteZip(file, bad, [](const QString &name, QByteArray &bytes) {
        if (name.endsWith(QStringLiteral(".thumb.jpg")))
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 1);
        return true;
    }));
    const CliResult v = runCli({QStringLiteral("verify-backup"), bad});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.lines.size() == 1 && v.lines.first()
                                        .value(QStringLiteral("entry"))
                                        .toString()
                                        .endsWith(QStringLiteral(".thumb.jpg")),
             qPrintable(describe(v)));
    QVERIFY(v.err.contains(QStringLiteral("SHA-256")));
    const QByteArray before = backuptest::fileHash(m_db);
    const CliResult r = runCli(
        {QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(backuptest::fileHash(m_db), before);

    // Another desk's backup: refused without --move-desk, taken with it.
    const QString other =
        backUp(m_other, path(QStringLiteral("usb2"))).value(QStringLiteral("path")).toString();
    QVERIFY(!other.isEmpty());
    const CliResult foreign = runCli(
        {QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), other});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.err.contains(QStringLiteral("another desk")) &&
                 foreign.err.contains(QStringLiteral("--move-desk")),
             qPrintable(foreign.err));
    QCOMPARE(backuptest::fileHash(m_db), before);
    const QString moved = path(QStringLiteral("moved/certdesk.sqlite"));
    QDir().mkpath(path(QStringLiteral("moved")));
    QVERIFY(QFile::copy(m_db, moved));
    const CliResult move = runCli({QStringLiteral("restore"), QStringLiteral("--db"), moved,
                                   QStringLiteral("--from"), other, QStringLiteral("--move-desk")});
    QVERIFY2(move.exitCode == 0, qPrintable(describe(move)));
    QCOMPARE(contentHash(moved), contentHash(m_other));
}

void TestBackupCli::automaticRotates()
{
    const QString folder = path(QStringLiteral("auto"));
    const QJsonObject first = backUp(m_other, folder, {QStringLiteral("--auto")});
    const QString firstPath = first.value(QStringLiteral("path")).toString();
    QVERIFY(QFileInfo(firstPath).fileName().contains(QStringLiteral("-auto-")));
    // An older automatic backup of this desk (by its name) and a file of the user's.
    const QString desk = QFileInfo(firstPath).fileName().section(QLatin1Char('-'), 1, 1);
    const QString older = QDir(folder).filePath(
        QStringLiteral("CertDesk-%1-auto-20200101-000000.cdbackup").arg(desk));
    QVERIFY(QFile::copy(firstPath, older));
    QVERIFY(QFile::rename(
        firstPath, QDir(folder).filePath(
                       QStringLiteral("CertDesk-%1-auto-20200102-000000.cdbackup").arg(desk))));
    QFile mine(QDir(folder).filePath(QStringLiteral("mine.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.close();
    const QJsonObject second = backUp(
        m_other, folder, {QStringLiteral("--auto"), QStringLiteral("--keep"), QStringLiteral("2")});
    QCOMPARE(second.value(QStringLiteral("automatic")).toBool(), true);
    const QJsonArray removed = second.value(QStringLiteral("removed")).toArray();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().toString(), QDir::toNativeSeparators(older));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3); // two automatic backups and mine.txt
}

void TestBackupCli::usage()
{
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db}).exitCode, 2);
    QCOMPARE(
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                path(QStringLiteral("x")), QStringLiteral("--keep"), QStringLiteral("3")})
            .exitCode,
        2); // --keep only with --auto
    QCOMPARE(runCli({QStringLiteral("verify-backup")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db}).exitCode, 2);
    const CliResult missing =
        runCli({QStringLiteral("verify-backup"), path(QStringLiteral("none.cdbackup"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"
