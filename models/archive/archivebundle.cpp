#include "archivebundle.h"

#include "faulthooks.h"

#include "archivesource.h"
#include "archivevolume.h"
#include "evidence/evidencestore.h"
#include "security/accessgate.h"
#include "security/session.h"
#include "store/database.h"
#include "zip/zipfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

namespace certdesk
{

namespace
{
// JPEG and PDF do not compress further; JSON does.
constexpr ZipWriter::Method kStored = ZipWriter::Stored;
constexpr ZipWriter::Method kDeflated = ZipWriter::Deflated;
const QString kManifest = QStringLiteral("manifest.json");

QString bundleIdFor(const QString &node, const QDate &month, const QList<ArchiveEntry> &entries)
{
    // The identifier follows the content: the same records give the same id,
    // a changed or added record a different one.
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const ArchiveEntry &e : entries)
        h.addData(e.uuid.toLatin1());
    return QStringLiteral("CD-%1-%2-%3")
        .arg(node, month.toString(QStringLiteral("yyyyMM")),
             QString::fromLatin1(h.result().toHex().left(8)));
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const ArchiveEntry &e, const QHash<QString, QString> &bundlePaths)
{
    QJsonArray files;
    for (const ArchiveEvidence &f : e.evidence) {
        files.append(QJsonObject{{QStringLiteral("sha256"), f.sha256},
                                 {QStringLiteral("kind"), f.kind},
                                 {QStringLiteral("originalName"), f.originalName},
                                 {QStringLiteral("format"), f.format},
                                 {QStringLiteral("capturedAt"), f.capturedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("file"), bundlePaths.value(f.sha256)}});
    }
    return QJsonObject{{QStringLiteral("uuid"), e.uuid},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("idNumber"), e.idNumber},
                       {QStringLiteral("community"), e.communityCode},
                       {QStringLiteral("checkDate"), iso(e.checkDate)},
                       {QStringLiteral("occurredAt"), e.occurredAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("recordedAt"), e.recordedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("method"), e.method},
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("deathDate"), iso(e.deathDate)},
                       {QStringLiteral("deathSource"), e.deathSource},
                       {QStringLiteral("lossReason"), e.lossReason},
                       {QStringLiteral("worker"), e.worker},
                       {QStringLiteral("note"), e.note},
                       {QStringLiteral("corrects"), e.corrects},
                       {QStringLiteral("batchId"), e.batchId},
                       {QStringLiteral("periodStart"), iso(e.periodStart)},
                       {QStringLiteral("periodEnd"), iso(e.periodEnd)},
                       {QStringLiteral("evidence"), files}};
}

// events.json as QJsonDocument(QJsonArray(events)).toJson(Indented) writes it, byte
// for byte, but made one event at a time as the zip reads it (issue 19.5): the
// whole array and its text for a 1,000-check month were the last megabytes of the
// archive's peak memory. tst_archive::eventsJsonAsOneDocument compares the two.
class EventsJson : public QIODevice
{
public:
    EventsJson(const QList<ArchiveEntry> &entries, const QHash<QString, QString> &bundlePaths)
        : m_entries(entries), m_bundlePaths(bundlePaths)
    {
        m_chunk = QByteArrayLiteral("[\n");
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_offset == m_chunk.size() && m_next > m_entries.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 copied = 0;
        while (copied < maxSize) {
            if (m_offset == m_chunk.size() && !nextChunk())
                break;
            const qint64 n = qMin(maxSize - copied, qint64(m_chunk.size() - m_offset));
            std::memcpy(data + copied, m_chunk.constData() + m_offset, size_t(n));
            copied += n;
            m_offset += int(n);
        }
        return copied;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool nextChunk()
    {
        if (m_next > m_entries.size())
            return false;
        m_offset = 0;
        if (m_next == m_entries.size()) {
            m_chunk = QByteArrayLiteral("]\n");
            ++m_next;
            return true;
        }
        // The element's own document, each line indented one level as in the array.
        const QByteArray text = QJsonDocument(toJson(m_entries.at(m_next), m_bundlePaths))
                                    .toJson(QJsonDocument::Indented);
        m_chunk.clear();
        for (qsizetype from = 0; from < text.size();) {
            qsizetype end = text.indexOf('\n', from);
            if (end < 0)
                end = text.size();
            m_chunk += "    ";
            m_chunk += QByteArrayView(text).sliced(from, end - from);
            from = end + 1;
            if (from < text.size())
                m_chunk += '\n';
        }
        ++m_next;
        m_chunk += m_next < m_entries.size() ? ",\n" : "\n";
        return true;
    }

    const QList<ArchiveEntry> &m_entries;
    const QHash<QString, QString> &m_bundlePaths;
    qsizetype m_next = 0; // the next event to write; size() + 1 once "]" is written
    QByteArray m_chunk;
    int m_offset = 0;
};

// A zip entry per file, each recorded with its hash for the manifest.
class ListedZip
{
public:
    explicit ListedZip(const QString &path) : m_zip(path) {}
    bool open() const { return m_zip.isOpen(); }
    // `knownSha256`: the hash the content must have, listed as is (not recomputed).
    bool add(const QString &name, QIODevice &source, ZipWriter::Method method,
             const QString &knownSha256 = QString())
    {
        QString sha = knownSha256;
        qint64 bytes = 0;
        if (!m_zip.add(name, source, method, knownSha256.isEmpty() ? &sha : nullptr, &bytes))
            return false;
        m_listed.append(QJsonObject{{QStringLiteral("path"), name},
                                    {QStringLiteral("sha256"), sha},
                                    {QStringLiteral("bytes"), bytes}});
        return true;
    }
    bool addBytes(const QString &name, const QByteArray &bytes, ZipWriter::Method method)
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return add(name, buffer, method);
    }
    QJsonArray listed() const { return m_listed; }
    bool close() { return m_zip.close(); }

private:
    ZipWriter m_zip;
    QJsonArray m_listed;
};
} // namespace

bool ArchiveBundle::create(const BundleRequest &request, BundleResult *result, QString *error,
                           const Progress &progress) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString why;
    if (!AccessGate::allows(m_db, m_profile, m_session, Action::Export,
                            AccessTarget::node(request.nodeCode), &why))
        return fail(why);
    ArchiveSource source(m_db);
    const auto node = source.node(request.nodeCode);
    if (!node)
        return fail(tr("No jurisdiction with code %1 in this database.").arg(request.nodeCode));
    if (!request.month.isValid())
        return fail(tr("The month is not a valid month."));
    if (!QDir().mkpath(request.outputFolder))
        return fail(tr("Cannot create the folder %1.").arg(request.outputFolder));
    const auto entries = source.entries(*node, request.month, &why);
    if (!entries)
        return fail(why);

    BundleResult r;
    r.bundleId = bundleIdFor(node->code, request.month, *entries);
    r.events = int(entries->size());
    const QDir out(request.outputFolder);
    r.pdfPath = out.filePath(r.bundleId + QStringLiteral(".pdf"));
    r.zipPath = out.filePath(r.bundleId + QStringLiteral(".zip"));

    // Each distinct evidence file once: the original when kept, else the archive copy.
    QHash<QString, QString> bundlePaths;
    QStringList order;
    for (const ArchiveEntry &e : *entries) {
        for (const ArchiveEvidence &f : e.evidence) {
            if (bundlePaths.contains(f.sha256))
                continue;
            const QString original = m_store.originalPath(f.sha256);
            const QString file =
                QFileInfo::exists(original) ? original : m_store.archivePath(f.sha256);
            const QString suffix =
                file == original ? QFileInfo(original).suffix() : QStringLiteral("archive.jpg");
            bundlePaths.insert(f.sha256, QStringLiteral("evidence/%1.%2").arg(f.sha256, suffix));
            order.append(f.sha256);
        }
    }
    r.evidenceFiles = int(order.size());
    const int total = r.events + r.evidenceFiles + 1;

    // Written beside its final name and renamed over it when complete.
    const QString partPath = r.zipPath + QStringLiteral(".part");
    QFile::remove(partPath);
    ListedZip zip(partPath);
    const QString writeFailed = tr("Writing the bundle %1 failed.").arg(r.zipPath);
    auto failZip = [&](const QString &why) {
        zip.close();
        QFile::remove(partPath);
        return fail(why);
    };
    if (!zip.open())
        return failZip(writeFailed);

    // The evidence goes into the zip on a second thread while this one paints the
    // volume: copying gigabytes of photos waits on the disk, painting on the CPU.
    std::atomic_bool cancelled{false};
    std::atomic_int copied{0};
    QStringList unreadable;
    bool copyFailed = false;
    std::thread copier([&] {
        for (const QString &sha : std::as_const(order)) {
            if (cancelled)
                return;
            const QString original = m_store.originalPath(sha);
            const bool isOriginal = QFileInfo::exists(original);
            QFile f(isOriginal ? original : m_store.archivePath(sha));
            if (!f.open(QIODevice::ReadOnly)) {
                unreadable.append(sha);
                continue;
            }
            // An original is named by the SHA-256 taken at intake and listed with
            // it: a file damaged on disk since then fails verify-bundle.
            if (!zip.add(bundlePaths.value(sha), f, kStored, isOriginal ? sha : QString())) {
                copyFailed = true;
                return;
            }
            ++copied;
        }
    });
    VolumeHeading heading{*node,       request.month,
                          r.bundleId,  request.preparedBy,
                          request.now, source.children(node->code)};
    ArchiveVolume volume(heading, *entries, m_store);
    const auto pdfProgress = [&](int done, int) {
        if (progress && !progress(done + copied, total))
            cancelled = true;
        return !cancelled;
    };
    const bool painted = volume.writePdf(r.pdfPath, pdfProgress, &why);
    if (!painted)
        cancelled = true;
    copier.join();
    if (!painted)
        return failZip(why);
    if (copyFailed || cancelled) {
        QFile::remove(r.pdfPath); // the two files come together or not at all
        return failZip(cancelled ? tr("Cancelled: the bundle was not written.") : writeFailed);
    }
    r.pages = volume.pagesPainted();
    r.missingEvidence = volume.missingEvidence();
    for (const QString &sha : std::as_const(unreadable)) {
        if (!r.missingEvidence.contains(sha))
            r.missingEvidence.append(sha);
        bundlePaths.remove(sha); // events.json then names no file for it
    }
    QFile pdf(r.pdfPath);
    if (!pdf.open(QIODevice::ReadOnly) ||
        !zip.add(r.bundleId + QStringLiteral(".pdf"), pdf, kStored)) {
        QFile::remove(r.pdfPath);
        return failZip(writeFailed);
    }
    EventsJson events(*entries, bundlePaths);
    if (!zip.add(QStringLiteral("events.json"), events, kDeflated))
        return failZip(writeFailed);
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("certdesk-archive-bundle")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("bundleId"), r.bundleId},
        {QStringLiteral("node"),
         QJsonObject{{QStringLiteral("code"), node->code}, {QStringLiteral("name"), node->name}}},
        {QStringLiteral("month"), request.month.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("generatedAt"), request.now.toString(Qt::ISODate)},
        {QStringLiteral("preparedBy"), request.preparedBy},
        {QStringLiteral("events"), r.events},
        {QStringLiteral("files"), zip.listed()}};
    QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!zip.addBytes(kManifest, manifestBytes, kDeflated) || !zip.close())
        return failZip(writeFailed);
    FaultHooks::killPoint("bundle-before-rename"); // test builds only
    // rename(2) replaces an older bundle of the same content in one step.
    if (std::rename(QFile::encodeName(partPath).constData(),
                    QFile::encodeName(r.zipPath).constData()) != 0)
        return failZip(
            tr("Cannot write %1: %2").arg(r.zipPath, QString::fromLocal8Bit(std::strerror(errno))));
    if (progress)
        progress(total, total);
    if (result)
        *result = r;
    return true;
}

std::optional<QString> ArchiveBundle::caution(const QString &nodeCode, const QDate &month,
                                              const QDate &today, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString why;
    if (!AccessGate::allows(m_db, m_profile, m_session, Action::Export,
                            AccessTarget::node(nodeCode), &why))
        return fail(why);
    ArchiveSource source(m_db);
    const auto node = source.node(nodeCode);
    if (!node)
        return fail(tr("No jurisdiction with code %1 in this database.").arg(nodeCode));
    if (!month.isValid() || !today.isValid())
        return fail(tr("The month is not a valid month."));
    const auto checks = source.countOfMonth(*node, month, &why);
    if (!checks)
        return fail(why);
    const QDate first(month.year(), month.month(), 1);
    const QDate thisMonth(today.year(), today.month(), 1);
    const QString name = first.toString(QStringLiteral("yyyy-MM"));
    // QD 29, UR 九(二): bound each month, once the month is over.
    if (first > thisMonth)
        return tr("%1 has not begun yet: the volume will be empty.").arg(name);
    if (first == thisMonth)
        return tr("This month (%1) has not ended yet: the volume holds only the %n check(s) "
                  "recorded up to today.",
                  nullptr, *checks)
            .arg(name);
    if (*checks == 0)
        return tr("No checks were recorded in %1: the volume will be empty.").arg(name);
    return QString();
}

} // namespace certdesk
