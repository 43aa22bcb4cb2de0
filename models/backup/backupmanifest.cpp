#include "backupmanifest.h"

#include "evidence/evidencestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk
{

namespace
{
const QString kFormat = QStringLiteral("format");
const QString kFormatVersion = QStringLiteral("formatVersion");
const QString kAppVersion = QStringLiteral("appVersion");
const QString kSchema = QStringLiteral("schemaVersion");
const QString kCreated = QStringLiteral("createdAt");
const QString kDesk = QStringLiteral("desk");
const QString kDeskName = QStringLiteral("deskName");
const QString kAutomatic = QStringLiteral("automatic");
const QString kRows = QStringLiteral("rowCounts");
const QString kEntries = QStringLiteral("entries");
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

bool isSha256(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}
} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject rows;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonArray list;
    for (const BackupEntry &e : entries)
        list.append(QJsonObject{{QStringLiteral("name"), e.name},
                                {QStringLiteral("size"), e.size},
                                {QStringLiteral("sha256"), e.sha256}});
    const QJsonObject o{{kFormat, BackupFormat::formatKey()},
                        {kFormatVersion, formatVersion},
                        {kAppVersion, appVersion},
                        {kSchema, schemaVersion},
                        {kCreated, createdAt.toUTC().toString(Qt::ISODate)},
                        {kDesk, deskId},
                        {kDeskName, deskName},
                        {kAutomatic, automatic},
                        {kRows, rows},
                        {kEntries, list}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = BackupFormat::tr("The backup's list of contents (manifest.json) is not valid: %1")
                     .arg(why);
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail(BackupFormat::tr("it is not JSON (%1)").arg(parse.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(kFormat).toString() != BackupFormat::formatKey())
        return fail(BackupFormat::tr("it does not say it describes a CertDesk backup"));
    BackupManifest m;
    m.formatVersion = o.value(kFormatVersion).toInt(-1);
    if (m.formatVersion < 1)
        return fail(BackupFormat::tr("no format version"));
    if (m.formatVersion > FormatVersion) {
        *error = BackupFormat::tr("The backup was made by a newer CertDesk (backup format %1; this "
                                  "program reads up to %2). Please update CertDesk.")
                     .arg(m.formatVersion)
                     .arg(FormatVersion);
        return std::nullopt;
    }
    m.appVersion = o.value(kAppVersion).toString();
    m.schemaVersion = o.value(kSchema).toInt(-1);
    m.createdAt = QDateTime::fromString(o.value(kCreated).toString(), Qt::ISODate).toUTC();
    m.deskId = o.value(kDesk).toString();
    m.deskName = o.value(kDeskName).toString();
    m.automatic = o.value(kAutomatic).toBool();
    if (m.schemaVersion < 1 || !m.createdAt.isValid() || m.deskId.isEmpty())
        return fail(BackupFormat::tr("the schema version, the time or the desk is missing"));
    const QJsonObject rows = o.value(kRows).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            return fail(BackupFormat::tr("the row count of %1 is not a number").arg(it.key()));
        m.rowCounts.insert(it.key(), qint64(it.value().toDouble()));
    }
    const QJsonArray list = o.value(kEntries).toArray();
    QSet<QString> seen;
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        BackupEntry entry{e.value(QStringLiteral("name")).toString(),
                          qint64(e.value(QStringLiteral("size")).toDouble(-1)),
                          e.value(QStringLiteral("sha256")).toString()};
        if (!BackupFormat::isAllowedEntryName(entry.name) ||
            entry.name == BackupFormat::manifestName())
            return fail(
                BackupFormat::tr("it lists an entry named \"%1\", which a backup never holds")
                    .arg(entry.name));
        if (entry.size < 0 || !isSha256(entry.sha256))
            return fail(BackupFormat::tr("the size or checksum of %1 is missing").arg(entry.name));
        if (seen.contains(entry.name))
            return fail(BackupFormat::tr("it lists %1 twice").arg(entry.name));
        seen.insert(entry.name);
        m.entries << entry;
    }
    if (!seen.contains(BackupFormat::databaseName()))
        return fail(BackupFormat::tr("it lists no database"));
    return m;
}

const BackupEntry *BackupManifest::entry(const QString &name) const
{
    for (const BackupEntry &e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

qint64 BackupManifest::totalSize() const
{
    qint64 total = 0;
    for (const BackupEntry &e : entries)
        total += e.size;
    return total;
}

QString BackupFormat::appVersion()
{
    return QStringLiteral(CERTDESK_VERSION);
}

bool BackupFormat::isAllowedEntryName(const QString &name)
{
    if (name == manifestName() || name == databaseName())
        return true;
    return name.startsWith(evidencePrefix()) &&
           EvidenceStore::isStoredFile(name.mid(evidencePrefix().size()));
}

QString BackupFormat::shortDesk(const QString &deskId)
{
    QString s = deskId.left(8).toLower();
    s.remove(QRegularExpression(QStringLiteral("[^0-9a-z]")));
    return s.isEmpty() ? QStringLiteral("desk") : s;
}

QString BackupFormat::fileName(const QString &deskId, bool automatic, const QDateTime &nowUtc)
{
    return QStringLiteral("CertDesk-%1-%2%3%4")
        .arg(shortDesk(deskId), automatic ? QStringLiteral("auto-") : QString(),
             nowUtc.toUTC().toString(kTimeFormat), suffix());
}

QDateTime BackupFormat::automaticTime(const QString &fileName, const QString &deskId)
{
    const QRegularExpression pattern(QStringLiteral("^CertDesk-%1-auto-(\\d{8}-\\d{6})%2$")
                                         .arg(QRegularExpression::escape(shortDesk(deskId)),
                                              QRegularExpression::escape(suffix())));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return QDateTime();
    QDateTime t = QDateTime::fromString(m.captured(1), kTimeFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace certdesk
