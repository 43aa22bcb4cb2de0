#include "archivevolume.h"

#include "documentpainter.h"
#include "domain/idnumber.h"
#include "evidence/evidencestore.h"
#include "pdfoutput.h"
#include "photopipeline.h"
#include "tablepainting.h"
#include "verification/verificationevent.h"

#include <QMap>
#include <QPagedPaintDevice>
#include <QScopeGuard>
#include <QSet>

namespace certdesk
{

namespace
{
constexpr double kIndexRowMm = 6.5;
constexpr double kHeadingMm = 16;
constexpr double kSignatureMm = 28;
constexpr double kImageDpi = 150; // photos are embedded at this resolution, not at full size

QString methodName(const QString &key)
{
    const auto m = VerificationTerms::methodFromKey(key);
    return m ? VerificationTerms::displayName(*m) : key;
}

QString statusName(const QString &key)
{
    const auto s = VerificationTerms::statusFromKey(key);
    return s ? VerificationTerms::displayName(*s) : key;
}

QString kindName(const QString &key)
{
    const auto k = VerificationTerms::evidenceKindFromKey(key);
    return k ? VerificationTerms::displayName(*k) : key;
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

int morePhotoPages(int photos)
{
    const int rest = photos - ArchiveVolume::PhotosOnFirstPage;
    return rest > 0
               ? (rest + ArchiveVolume::PhotosOnMorePages - 1) / ArchiveVolume::PhotosOnMorePages
               : 0;
}
} // namespace

ArchiveVolume::ArchiveVolume(const VolumeHeading &heading, const QList<ArchiveEntry> &entries,
                             const EvidenceStore &store)
    : m_heading(heading), m_entries(entries), m_store(store)
{
}

ArchiveVolume::Plan ArchiveVolume::plan(const PageMetrics &metrics) const
{
    Plan plan;
    const double rowsHeight =
        metrics.body().height() - metrics.mm(kHeadingMm) - metrics.mm(kIndexRowMm);
    plan.indexRowsPerPage = qMax(1, int(rowsHeight / metrics.mm(kIndexRowMm)));
    const int n = int(m_entries.size());
    plan.indexPages = qMax(1, (n + plan.indexRowsPerPage - 1) / plan.indexRowsPerPage);
    int page = 2 + plan.indexPages; // cover, then the index
    for (const ArchiveEntry &e : m_entries) {
        plan.entryFirstPage.append(page);
        page += 1 + morePhotoPages(int(e.evidence.size()));
    }
    plan.summaryPage = page;
    return plan;
}

int ArchiveVolume::pageCount(QPagedPaintDevice *device) const
{
    return plan(PageMetrics(device)).summaryPage;
}

bool ArchiveVolume::writePdf(const QString &path, const Progress &progress, QString *error) const
{
    return PdfOutput::write(
        path, tr("Certification archive volume %1").arg(m_heading.bundleId), QPageLayout::Portrait,
        error,
        [&](QPagedPaintDevice *device, QString *why) { return paint(device, progress, why); });
}

bool ArchiveVolume::paint(QPagedPaintDevice *device, const Progress &progress, QString *error) const
{
    m_missing.clear();
    const Plan pages = plan(PageMetrics(device));
    DocumentPainter p(device, m_heading.bundleId, pages.summaryPage);
    if (!p.isActive()) {
        if (error)
            *error = tr("The printer or file could not be opened for painting.");
        return false;
    }
    QList<PhotoPipeline::Photo> sequence; // in the order painted
    for (const ArchiveEntry &e : m_entries) {
        for (int k = 0; k < e.evidence.size(); ++k)
            sequence.append(
                {m_store.archivePath(e.evidence.at(k).sha256), k < PhotosOnFirstPage ? 0 : 1});
    }
    PhotoPipeline photos(std::move(sequence));
    m_photos = &photos;
    const auto done = qScopeGuard([this] { m_photos = nullptr; });
    p.painter().setPen(QPen(Qt::black, p.mm(0.25)));
    paintCover(p);
    p.newPage();
    paintIndex(p, pages);
    for (int i = 0; i < m_entries.size(); ++i) {
        p.newPage();
        if (!paintEntry(p, i) || (progress && !progress(i + 1, int(m_entries.size())))) {
            if (error)
                *error = tr("Cancelled: the volume was not written.");
            return false;
        }
    }
    p.newPage();
    paintSummary(p, pages);
    if (!p.finish()) {
        if (error)
            *error = tr("Painting the volume failed.");
        return false;
    }
    m_pagesPainted = p.page();
    return true;
}

double ArchiveVolume::paintHeading(DocumentPainter &p, const QString &title) const
{
    const double w = p.body().width();
    p.drawText(QRectF(0, 0, w, p.mm(8)), title, DocumentPainter::font(14, true),
               Qt::AlignHCenter | Qt::AlignTop);
    p.drawText(QRectF(0, p.mm(8), w, p.mm(6)),
               tr("%1 · %2 · volume %3")
                   .arg(m_heading.node.name, m_heading.month.toString(QStringLiteral("yyyy-MM")),
                        m_heading.bundleId),
               DocumentPainter::font(8), Qt::AlignHCenter | Qt::AlignTop);
    return p.mm(kHeadingMm);
}

void ArchiveVolume::paintCover(DocumentPainter &p) const
{
    const double w = p.body().width();
    double y = p.mm(30);
    y += p.drawText(QRectF(0, y, w, p.mm(20)), tr("Benefit eligibility certification archive"),
                    DocumentPainter::font(22, true), Qt::AlignHCenter | Qt::AlignTop) +
         p.mm(4);
    y += p.drawText(QRectF(0, y, w, p.mm(12)),
                    tr("%1 (%2) · %3")
                        .arg(m_heading.node.name, m_heading.node.code,
                             tr("%1-%2")
                                 .arg(m_heading.month.year())
                                 .arg(m_heading.month.month(), 2, 10, QLatin1Char('0'))),
                    DocumentPainter::font(14), Qt::AlignHCenter | Qt::AlignTop) +
         p.mm(14);

    const QFont body = DocumentPainter::font(10);
    QSet<qint64> persons;
    QMap<QString, QMap<QString, int>> byMethod; // method -> status -> count
    QStringList statuses;
    int photos = 0;
    for (const ArchiveEntry &e : m_entries) {
        persons.insert(e.recipientId);
        byMethod[e.method][e.status] += 1;
        if (!statuses.contains(e.status))
            statuses.append(e.status);
        photos += int(e.evidence.size());
    }
    y += p.drawText(QRectF(0, y, w, p.mm(30)),
                    tr("Recorded checks: %1    Persons: %2    Evidence files: %3")
                        .arg(m_entries.size())
                        .arg(persons.size())
                        .arg(photos),
                    body) +
         p.mm(4);
    if (m_entries.isEmpty()) {
        y += p.drawText(
                 QRectF(0, y, w, p.mm(30)),
                 tr("No checks were recorded in this month. This volume is intentionally empty."),
                 body) +
             p.mm(4);
    } else {
        QStringList header{tr("Method")};
        for (const QString &s : statuses)
            header.append(statusName(s));
        header.append(tr("Total"));
        const QList<double> widths = TablePainting::columnWidths({2.5}, int(header.size()), w);
        const double rowH = TablePainting::rowHeight(p.metrics(), header, widths, body);
        y = TablePainting::drawRow(p, y, header, widths, rowH, DocumentPainter::font(10, true));
        for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it) {
            QStringList row{methodName(it.key())};
            int total = 0;
            for (const QString &s : statuses) {
                row.append(QString::number(it.value().value(s)));
                total += it.value().value(s);
            }
            row.append(QString::number(total));
            y = TablePainting::drawRow(p, y, row, widths, rowH, body);
        }
        y += p.mm(6);
    }
    const QStringList lines{
        tr("Volume: %1").arg(m_heading.bundleId),
        tr("Generated: %1").arg(localTime(m_heading.generatedAt)),
        tr("Prepared by: %1        Date: ____________").arg(m_heading.preparedBy),
        tr("Reviewed by: ____________        Date: ____________"),
        tr("Kept by: ____________        Place: ____________"),
    };
    const double bottom = p.body().height() - p.mm(60);
    p.drawText(QRectF(0, qMax(y, bottom), w, p.mm(60)), lines.join(QStringLiteral("\n\n")),
               DocumentPainter::font(11));
}

void ArchiveVolume::paintIndex(DocumentPainter &p, const Plan &plan) const
{
    const double w = p.body().width();
    const QFont body = DocumentPainter::font(8.5);
    const QStringList header{tr("No."),    tr("Name"),   tr("ID number"), tr("Community"),
                             tr("Method"), tr("Result"), tr("Date"),      tr("Page")};
    const QList<double> widths = TablePainting::columnWidths(
        {0.6, 1.3, 2.0, 1.7, 2.0, 1.1, 1.3, 0.6}, int(header.size()), w);
    const double rowH = p.mm(kIndexRowMm);
    for (int page = 0; page < plan.indexPages; ++page) {
        if (page > 0)
            p.newPage();
        double y = paintHeading(p, tr("Index"));
        y = TablePainting::drawRow(p, y, header, widths, rowH, DocumentPainter::font(8.5, true));
        const int first = page * plan.indexRowsPerPage;
        const int last = qMin(int(m_entries.size()), first + plan.indexRowsPerPage);
        for (int i = first; i < last; ++i) {
            const ArchiveEntry &e = m_entries.at(i);
            const QFontMetricsF fm(body, p.painter().device());
            const QStringList row{
                QString::number(i + 1),
                fm.elidedText(e.name, Qt::ElideRight, widths.at(1) - p.mm(2.4)),
                IdNumber::mask(e.idNumber),
                fm.elidedText(e.communityName, Qt::ElideRight, widths.at(3) - p.mm(2.4)),
                fm.elidedText(methodName(e.method), Qt::ElideRight, widths.at(4) - p.mm(2.4)),
                statusName(e.status),
                e.checkDate.toString(Qt::ISODate),
                QString::number(plan.entryFirstPage.at(i))};
            y = TablePainting::drawRow(p, y, row, widths, rowH, body);
        }
        if (m_entries.isEmpty())
            p.drawText(QRectF(0, y + p.mm(4), w, p.mm(10)), tr("(no recorded checks)"), body);
    }
}

bool ArchiveVolume::paintEntry(DocumentPainter &p, int index) const
{
    const ArchiveEntry &e = m_entries.at(index);
    const double w = p.body().width();
    double y =
        paintHeading(p, tr("Record %1 of %2: %3").arg(index + 1).arg(m_entries.size()).arg(e.name));
    const QFont body = DocumentPainter::font(9);
    QList<QStringList> fields{
        {tr("Name"), e.name, tr("ID number"), IdNumber::mask(e.idNumber)},
        {tr("Community"), e.communityName, tr("Method"), methodName(e.method)},
        {tr("Result"), statusName(e.status), tr("Date of the check"),
         e.checkDate.toString(Qt::ISODate)},
        {tr("Worker"), e.worker, tr("Time of the check"), localTime(e.occurredAt)},
        {tr("Recorded at"), localTime(e.recordedAt), tr("Period given"),
         e.periodStart.isValid()
             ? tr("%1 to %2")
                   .arg(e.periodStart.toString(Qt::ISODate), e.periodEnd.toString(Qt::ISODate))
             : QString()},
    };
    if (e.deathDate.isValid() || !e.deathSource.isEmpty())
        fields.append(
            {tr("Date of death"), e.deathDate.toString(Qt::ISODate), tr("Source"), e.deathSource});
    if (!e.lossReason.isEmpty() || !e.batchId.isEmpty())
        fields.append({tr("Reason"), e.lossReason, tr("Batch"), e.batchId});
    if (!e.corrects.isEmpty())
        fields.append({tr("Corrects record"), e.corrects, QString(), QString()});
    fields.append({tr("Note"), e.note, tr("Record ID"), e.uuid});
    const QList<double> widths = TablePainting::columnWidths({1.0, 2.2, 1.0, 2.2}, 4, w);
    for (const QStringList &row : fields)
        y = TablePainting::drawRow(p, y, row, widths,
                                   TablePainting::rowHeight(p.metrics(), row, widths, body), body);
    y += p.mm(3);

    const QRectF signatures(0, p.body().height() - p.mm(kSignatureMm), w, p.mm(kSignatureMm));
    const QList<ArchiveEvidence> first = e.evidence.mid(0, PhotosOnFirstPage);
    if (first.isEmpty())
        p.drawText(QRectF(0, y, w, p.mm(8)), tr("No evidence files."), body);
    else
        paintPhotos(p, first, QRectF(0, y, w, signatures.top() - y - p.mm(3)), 2, 2);
    const QStringList boxes{tr("Worker's signature"), tr("Person or proxy's signature"),
                            tr("Seal")};
    const double boxW = w / boxes.size();
    for (int i = 0; i < boxes.size(); ++i) {
        const QRectF box(i * boxW, signatures.top(), boxW, signatures.height());
        p.painter().drawRect(box);
        p.drawText(box.adjusted(p.mm(2), p.mm(1.5), -p.mm(2), 0), boxes.at(i),
                   DocumentPainter::font(8));
    }
    for (int more = 0; more < morePhotoPages(int(e.evidence.size())); ++more) {
        p.newPage();
        const double top = paintHeading(p, tr("Record %1 of %2: %3 (evidence, continued)")
                                               .arg(index + 1)
                                               .arg(m_entries.size())
                                               .arg(e.name));
        paintPhotos(p,
                    e.evidence.mid(PhotosOnFirstPage + more * PhotosOnMorePages, PhotosOnMorePages),
                    QRectF(0, top, w, p.body().height() - top), 2, 3);
    }
    return true;
}

void ArchiveVolume::paintPhotos(DocumentPainter &p, const QList<ArchiveEvidence> &photos,
                                const QRectF &area, int columns, int rows) const
{
    const double gap = p.mm(3);
    const double cellW = (area.width() - gap * (columns - 1)) / columns;
    const double cellH = (area.height() - gap * (rows - 1)) / rows;
    const double captionH = p.mm(9);
    const QFont caption = DocumentPainter::font(7.5);
    for (int i = 0; i < photos.size(); ++i) {
        const ArchiveEvidence &f = photos.at(i);
        const QRectF cell(area.left() + (i % columns) * (cellW + gap),
                          area.top() + (i / columns) * (cellH + gap), cellW, cellH);
        const QRectF frame(cell.left(), cell.top(), cell.width(), cell.height() - captionH);
        p.painter().drawRect(frame);
        p.drawText(
            QRectF(cell.left(), frame.bottom() + p.mm(0.8), cell.width(), captionH),
            tr("%1 · %2 · SHA-256 %3…").arg(kindName(f.kind), f.originalName, f.sha256.left(16)),
            caption);
        // Decoded straight to the printed size (the PDF stays small, memory flat),
        // by the pipeline's workers ahead of this page.
        const QSizeF boxMm(frame.width() / p.mm(1), frame.height() / p.mm(1));
        const QSize box(int(boxMm.width() / 25.4 * kImageDpi),
                        int(boxMm.height() / 25.4 * kImageDpi));
        const DecodedPhoto photo = m_photos
                                       ? m_photos->next(m_store.archivePath(f.sha256), box)
                                       : PhotoPipeline::decode(m_store.archivePath(f.sha256), box);
        if (photo.missing) {
            m_missing.append(f.sha256);
            p.drawText(frame.adjusted(p.mm(2), p.mm(2), -p.mm(2), -p.mm(2)),
                       tr("Evidence file missing from this computer: %1").arg(f.sha256), caption,
                       Qt::AlignCenter);
            continue;
        }
        const QSizeF drawn =
            QSizeF(photo.size).scaled(frame.size() - QSizeF(p.mm(2), p.mm(2)), Qt::KeepAspectRatio);
        p.painter().drawImage(
            QRectF(frame.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn),
            photo.image);
    }
}

void ArchiveVolume::paintSummary(DocumentPainter &p, const Plan &plan) const
{
    const double w = p.body().width();
    double y = paintHeading(p, tr("Summary"));
    const QFont body = DocumentPainter::font(9);
    // One row per child node (or the node itself for a community).
    QList<JurisdictionNode> groups = m_heading.children;
    if (groups.isEmpty())
        groups.append(m_heading.node);
    auto groupOf = [&](const ArchiveEntry &e) -> QString {
        for (const JurisdictionNode &g : groups) {
            if (g.code == (g.level == JurisdictionNode::Street ? e.streetCode : e.communityCode))
                return g.code;
        }
        return QString();
    };
    struct Tally {
        int events = 0;
        QSet<qint64> persons;
        int alive = 0;
        int other = 0;
        int photos = 0;
        int corrections = 0;
    };
    QMap<QString, Tally> tally;
    Tally total;
    for (const ArchiveEntry &e : m_entries) {
        for (Tally *t : {&tally[groupOf(e)], &total}) {
            t->events += 1;
            t->persons.insert(e.recipientId);
            (e.status == QLatin1String("alive") ? t->alive : t->other) += 1;
            t->photos += int(e.evidence.size());
            t->corrections += e.corrects.isEmpty() ? 0 : 1;
        }
    }
    const QStringList header{tr("Jurisdiction"),  tr("Checks"),        tr("Persons"),
                             tr("Alive"),         tr("Other results"), tr("Corrections"),
                             tr("Evidence files")};
    const QList<double> widths = TablePainting::columnWidths({2.6}, int(header.size()), w);
    auto row = [](const QString &name, const Tally &t) {
        return QStringList{name,
                           QString::number(t.events),
                           QString::number(t.persons.size()),
                           QString::number(t.alive),
                           QString::number(t.other),
                           QString::number(t.corrections),
                           QString::number(t.photos)};
    };
    const QFont bold = DocumentPainter::font(9, true);
    y = TablePainting::drawRow(p, y, header, widths,
                               TablePainting::rowHeight(p.metrics(), header, widths, bold), bold);
    for (const JurisdictionNode &g : groups) {
        const QStringList r = row(g.name, tally.value(g.code));
        y = TablePainting::drawRow(p, y, r, widths,
                                   TablePainting::rowHeight(p.metrics(), r, widths, body), body);
    }
    const QStringList totals = row(tr("Total"), total);
    y = TablePainting::drawRow(p, y, totals, widths,
                               TablePainting::rowHeight(p.metrics(), totals, widths, bold), bold);
    y += p.mm(8);
    const QStringList lines{
        tr("This volume has %1 pages: a cover, %2 index pages, the sections of %3 recorded checks "
           "and this summary.")
            .arg(plan.summaryPage)
            .arg(plan.indexPages)
            .arg(m_entries.size()),
        tr("The electronic bundle with the same identifier holds this PDF, the original evidence "
           "files, the records "
           "as JSON and a manifest with the SHA-256 of every file."),
        QString(),
        tr("Prepared by: %1        Reviewed by: ____________        Date: ____________")
            .arg(m_heading.preparedBy),
    };
    p.drawText(QRectF(0, y, w, p.body().height() - y), lines.join(QLatin1Char('\n')),
               DocumentPainter::font(10));
}

} // namespace certdesk
