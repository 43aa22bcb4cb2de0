#include "photopipeline.h"

#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

#include <malloc.h>
#include <mutex>

namespace certdesk
{

PhotoPipeline::PhotoPipeline(QList<Photo> sequence, int ahead)
    : m_sequence(std::move(sequence)), m_ahead(qMax(0, ahead))
{
    m_pool.setMaxThreadCount(2);
    // Each decoding thread allocates from its own glibc arena, and past the first
    // freed image glibc keeps blocks of an image's size inside the arenas (its
    // mmap threshold rises): each arena then held its own highest use, 3.4-5 MB,
    // at the same time, and the two decoders raised the archive's peak by 6-7 MB
    // (issue 19.5). A fixed threshold maps every block of 512 KB or more (decoded
    // photos, libjpeg's and the PDF engine's image buffers) and returns it when
    // freed: the peak is what is in use at once. Set for the process, once.
    static std::once_flag fixedThreshold;
    std::call_once(fixedThreshold, [] { mallopt(M_MMAP_THRESHOLD, 512 << 10); });
}

PhotoPipeline::~PhotoPipeline()
{
    m_pool.clear(); // decodes not yet started are dropped; the pool waits for the rest
    m_pool.waitForDone();
}

DecodedPhoto PhotoPipeline::decode(const QString &path, const QSize &box)
{
    DecodedPhoto d;
    QImageReader reader(path);
    const QSize full = reader.size();
    if (!full.isValid()) {
        d.missing = true;
        return d;
    }
    d.size = full.scaled(box, Qt::KeepAspectRatio);
    if (d.size.width() > full.width())
        d.size = full;
    reader.setScaledSize(d.size);
    d.image = reader.read();
    if (d.image.hasAlphaChannel()) // PDF/A-1 allows no transparency; JPEGs arrive without
        d.image = d.image.convertToFormat(QImage::Format_RGB32);
    return d;
}

DecodedPhoto PhotoPipeline::next(const QString &path, const QSize &box)
{
    const int index = m_next++;
    const bool inSequence = index < m_sequence.size() && m_sequence.at(index).path == path;
    if (inSequence) {
        const int slot = m_sequence.at(index).slot;
        if (m_slotBoxes.size() <= slot)
            m_slotBoxes.resize(slot + 1);
        m_slotBoxes[slot] = box;
    }
    // Decodes queued for photos before this one are no longer wanted.
    while (!m_pending.empty() && m_pending.front().index < index) {
        m_pending.front().result.waitForFinished();
        m_pending.pop_front();
    }
    m_queuedUpTo = qMax(m_queuedUpTo, index + 1);
    std::optional<Pending> mine;
    if (!m_pending.empty() && m_pending.front().index == index) {
        mine = std::move(m_pending.front());
        m_pending.pop_front();
    }
    queueAhead(); // the workers go on while this photo is finished or waited for
    if (inSequence && mine && mine->box == box)
        return mine->result.result();
    if (mine)
        mine->result.waitForFinished();
    return decode(path, box);
}

void PhotoPipeline::queueAhead()
{
    while (m_queuedUpTo < m_sequence.size() && m_queuedUpTo <= m_next - 1 + m_ahead) {
        const Photo &photo = m_sequence.at(m_queuedUpTo);
        if (photo.slot < m_slotBoxes.size() && m_slotBoxes.at(photo.slot).isValid()) {
            const QSize box = m_slotBoxes.at(photo.slot);
            m_pending.push_back(
                {m_queuedUpTo, box,
                 QtConcurrent::run(&m_pool, &PhotoPipeline::decode, photo.path, box)});
        }
        ++m_queuedUpTo;
    }
}

} // namespace certdesk
