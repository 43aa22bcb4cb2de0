#pragma once

#include "archivesource.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace certdesk
{

class EvidenceStore;
class PageMetrics;
class DocumentPainter;
class PhotoPipeline;

// What the cover and footers of a volume say.
struct VolumeHeading {
    JurisdictionNode node;
    QDate month;                      // any day of the month
    QString bundleId;                 // on every page
    QString preparedBy;               // the user who bound it
    QDateTime generatedAt;            // UTC
    QList<JurisdictionNode> children; // summary rows (streets or communities)
};

// The month's bound volume (每月装订成册) as an A4 PDF: a cover with the counts by
// method and result and the prepared/reviewed lines, an index with page numbers,
// one section per recorded check (person, masked ID number, method, result,
// worker, time, the evidence photos scaled to fit, signature and seal boxes) and
// a summary page. Pages are laid out by arithmetic first (the index and "page x
// of y" need the count), then painted one check at a time, reading each photo
// only while its page is painted, so memory does not grow with the month.
class ArchiveVolume
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveVolume)
public:
    // Called after each check's pages; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    ArchiveVolume(const VolumeHeading &heading, const QList<ArchiveEntry> &entries,
                  const EvidenceStore &store);

    int pageCount(QPagedPaintDevice *device) const;
    bool paint(QPagedPaintDevice *device, const Progress &progress, QString *error) const;
    bool writePdf(const QString &path, const Progress &progress, QString *error) const;
    // Evidence whose archive copy was missing while painting (drawn as a marked box).
    QStringList missingEvidence() const { return m_missing; }
    int pagesPainted() const { return m_pagesPainted; }

    static constexpr int PhotosOnFirstPage = 4;
    static constexpr int PhotosOnMorePages = 6;

private:
    struct Plan {
        int indexRowsPerPage = 1;
        int indexPages = 1;
        QList<int> entryFirstPage; // 1-based page of each check's section
        int summaryPage = 1;
    };
    Plan plan(const PageMetrics &metrics) const;
    void paintCover(DocumentPainter &p) const;
    void paintIndex(DocumentPainter &p, const Plan &plan) const;
    bool paintEntry(DocumentPainter &p, int index) const;
    void paintPhotos(DocumentPainter &p, const QList<ArchiveEvidence> &photos, const QRectF &area,
                     int columns, int rows) const;
    void paintSummary(DocumentPainter &p, const Plan &plan) const;
    double paintHeading(DocumentPainter &p, const QString &title) const;

    VolumeHeading m_heading;
    const QList<ArchiveEntry> &m_entries;
    const EvidenceStore &m_store;
    mutable QStringList m_missing;
    mutable PhotoPipeline *m_photos = nullptr; // while paint() runs
    mutable int m_pagesPainted = 0;
};

} // namespace certdesk
