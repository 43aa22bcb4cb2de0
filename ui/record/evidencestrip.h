#pragma once

#include "verification/verificationevent.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QImage;
class QLabel;
class QScrollArea;

namespace certdesk
{

class EvidenceStore;

// The evidence (佐证资料) gathered in one check: a row of thumbnails, each with
// what it shows and a remove button. Every file goes through the EvidenceStore
// first, so what the strip holds is already stored, checked and thumbnailed; a
// removed item only leaves an orphan file that removeOrphans() sweeps later.
class EvidenceStrip : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceStrip(EvidenceStore &store, QWidget *parent = nullptr);

    // Stores and adds each file; returns one message per refused file (naming
    // the file and the reason). The same content twice is added once.
    QStringList addFiles(const QStringList &paths);
    // A pasted image, stored as PNG under `name`.
    bool addImage(const QImage &image, const QString &name, QString *error = nullptr);

    QList<EvidenceLink> links() const;
    // Shows an already stored item (from an earlier check) with its kind.
    void addLink(const EvidenceLink &link);
    int count() const { return int(m_tiles.size()); }
    void setKind(int index, EvidenceKind kind);
    void removeAt(int index);

signals:
    void changed();

private:
    struct Tile {
        EvidenceItem item;
        QWidget *widget = nullptr;
        QComboBox *kind = nullptr;
    };
    void addItem(const EvidenceItem &item);
    QWidget *makeTile(const EvidenceItem &item, QComboBox **kindOut);
    void updatePlaceholder();

    EvidenceStore &m_store;
    QList<Tile> m_tiles;
    QScrollArea *m_scroll;
    QHBoxLayout *m_row;
    QLabel *m_placeholder;
};

} // namespace certdesk
