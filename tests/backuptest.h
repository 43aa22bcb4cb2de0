#pragma once

// Shared by the backup tests: a desk with evidence recorded through the real
// services, the whole content of a database and an evidence folder to compare,
// and ways to damage or forge backup files.
#include "backup/backupmanifest.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "verification/verificationservice.h"
#include "zip/zipfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <functional>
#include <optional>

using namespace certdesk;

namespace backuptest
{

inline const QDate Today(2026, 11, 23);

// A desk: a demo database at `path` with `checks` alive checks recorded through
// VerificationService, each with a photo of its own colour. Empty string when
// all went well, else the error.
inline QString makeDesk(const QString &path, int persons, int seed, int checks)
{
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    if (!profile)
        return error;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    if (!db)
        return error;
    DemoOptions o;
    o.persons = persons;
    o.seed = seed;
    o.today = Today;
    if (!DemoGenerator::generate(*db, *profile, o, &error))
        return error;
    EvidenceStore store(EvidenceStore::folderFor(db->path()));
    VerificationService service(*db, *profile, store, Session::commandLine());
    service.setToday(Today);
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
               "SELECT id FROM recipient WHERE living_status = 'alive' AND category = 'enterprise' "
               "ORDER BY id LIMIT %1")
               .arg(checks));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (int i = 0; i < ids.size(); ++i) {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(qRgb(40 + i * 20, 200 - i * 15, (seed * 37 + i * 50) % 256));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const auto item = store.intakeBytes(png, QStringLiteral("photo%1.png").arg(i), &error);
        if (!item)
            return error;
        VerificationEvent e;
        e.recipientId = ids.at(i);
        e.checkDate = Today.addDays(-3);
        e.occurredAt = QDateTime(e.checkDate, QTime(9, 30));
        e.method = VerificationMethod::Window;
        e.status = LivingStatus::Alive;
        e.worker = QStringLiteral("王社工");
        e.evidence << EvidenceLink{*item, EvidenceKind::Person};
        if (!service.record(e, &error))
            return error;
    }
    return QString();
}

// Every row of every table, each row as text, sorted (tables without rowid and
// FTS shadow tables included): two databases with equal maps hold the same data.
inline QMap<QString, QStringList> allRows(const QString &path)
{
    QMap<QString, QStringList> out;
    const QString name = QStringLiteral("backuptest-rows");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery t(c);
            t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%'"));
            QStringList tables;
            while (t.next())
                tables << t.value(0).toString();
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery q(c);
                q.setForwardOnly(true);
                q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                QStringList rows;
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i) {
                        const QVariant v = q.value(i);
                        cells << (v.isNull() ? QStringLiteral("<null>")
                                  : v.typeId() == QMetaType::QByteArray
                                      ? QString::fromLatin1(v.toByteArray().toHex())
                                      : v.toString());
                    }
                    rows << cells.join(QChar(0x1f));
                }
                rows.sort();
                out.insert(table, rows);
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    h.addData(&f);
    return h.result().toHex();
}

// Relative path -> SHA-256 of every file under `folder`.
inline QMap<QString, QByteArray> folderHashes(const QString &folder)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(folder).relativeFilePath(path), fileHash(path));
    }
    return out;
}

// The database file, its -wal and the evidence folder, as bytes' hashes: "untouched" means equal.
inline QMap<QString, QByteArray> deskFiles(const QString &dbPath)
{
    QMap<QString, QByteArray> out = folderHashes(EvidenceStore::folderFor(dbPath));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(dbPath + suffix))
            out.insert(QFileInfo(dbPath).fileName() + suffix, fileHash(dbPath + suffix));
    }
    return out;
}

// Copies a zip entry by entry; `edit` may change an entry's bytes (return false
// to leave it out); `extra` entries are appended as they are (names unchecked).
inline bool rewriteZip(const QString &from, const QString &to,
                       const std::function<bool(const QString &name, QByteArray &bytes)> &edit,
                       const QList<QPair<QString, QByteArray>> &extra = {})
{
    ZipReader in(from);
    ZipWriter out(to);
    bool ok = in.isOpen() && out.isOpen();
    in.forEach([&](const QString &name, qint64, const ZipReader::ReadFn &read) {
        QByteArray bytes;
        ok = read([&](const QByteArray &chunk) { bytes += chunk; }) && ok;
        if (edit(name, bytes))
            ok = out.addBytes(name, bytes, ZipWriter::Stored) && ok;
    });
    for (const auto &e : extra)
        ok = out.addBytes(e.first, e.second, ZipWriter::Stored) && ok;
    return out.close() && ok;
}

// A changed manifest entry: `change` edits the parsed JSON object.
inline QByteArray editedManifest(const QByteArray &json,
                                 const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    change(o);
    return QJsonDocument(o).toJson();
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace backuptest
