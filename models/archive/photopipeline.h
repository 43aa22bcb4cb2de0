#pragma once

#include <QFuture>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QThreadPool>
#include <deque>
#include <optional>

namespace certdesk
{

// A photo of the volume decoded to fit its printed box.
struct DecodedPhoto {
    QImage image;
    QSize size;           // the decoded size (fits the box, never larger than the file)
    bool missing = false; // the file is not on this computer or cannot be read
};

// Decodes a volume's photos on two worker threads a few photos ahead of the
// painter (issue 19.5): decoding the 2048-px archive copies was three quarters of
// the volume's time and ran on the painting thread alone. The painter takes the
// photos in the order given, each with the box it prints it in; a photo ahead is
// decoded for the box last used for a photo of the same slot (photos of a first
// page share one box size, those of the continued pages another), and decoded
// again on the painter's thread if its box turns out different, so the volume is
// the same as when every photo is decoded where it is painted. At most `ahead`
// decoded photos wait (each well under 1 MB at print size): memory stays flat.
class PhotoPipeline
{
public:
    struct Photo {
        QString path; // the archive copy
        int slot = 0; // photos of one slot are printed in boxes of one size
    };
    explicit PhotoPipeline(QList<Photo> sequence, int ahead = 2);
    ~PhotoPipeline(); // waits for the decodes in flight
    PhotoPipeline(const PhotoPipeline &) = delete;
    PhotoPipeline &operator=(const PhotoPipeline &) = delete;

    // The next photo of the sequence, `path`, decoded to fit `box` (pixels).
    DecodedPhoto next(const QString &path, const QSize &box);

    // Decodes the file at `path` to fit `box` (libjpeg scales by DCT on the way).
    static DecodedPhoto decode(const QString &path, const QSize &box);

private:
    struct Pending {
        int index;
        QSize box;
        QFuture<DecodedPhoto> result;
    };
    void queueAhead();

    QList<Photo> m_sequence;
    int m_ahead;
    int m_next = 0;           // index of the photo the painter takes next
    int m_queuedUpTo = 0;     // photos before this index were queued or passed
    QList<QSize> m_slotBoxes; // the box last used per slot
    std::deque<Pending> m_pending;
    QThreadPool m_pool;
};

} // namespace certdesk
