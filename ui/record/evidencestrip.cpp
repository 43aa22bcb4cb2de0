#include "record/evidencestrip.h"

#include "evidence/evidencestore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
constexpr int ThumbSide = 96;
constexpr int TileWidth = ThumbSide + 40;
} // namespace

EvidenceStrip::EvidenceStrip(EvidenceStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_scroll(new QScrollArea(this)), m_row(new QHBoxLayout),
      m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceStrip"));
    m_placeholder->setObjectName(QStringLiteral("evidencePlaceholder"));
    m_placeholder->setText(tr("No evidence yet. Add photos, drop image files on this window or "
                              "paste an image (Ctrl+V)."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // greyed, like a placeholder text

    auto *inner = new QWidget;
    auto *innerLayout = new QHBoxLayout(inner);
    innerLayout->setContentsMargins(4, 4, 4, 4);
    innerLayout->addLayout(m_row);
    innerLayout->addWidget(m_placeholder, 1);
    innerLayout->addStretch(0);
    m_row->setSpacing(8);
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room for one row of tiles plus the horizontal scroll bar.
    const int tileHeight = ThumbSide + 2 * fontMetrics().height() + 48;
    m_scroll->setMinimumHeight(tileHeight + m_scroll->horizontalScrollBar()->sizeHint().height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    updatePlaceholder();
}

QStringList EvidenceStrip::addFiles(const QStringList &paths)
{
    QStringList refusals;
    for (const QString &path : paths) {
        QString error;
        const auto item = m_store.intakeFile(path, &error);
        if (!item) {
            refusals << (error.isEmpty() ? tr("%1: not accepted").arg(QFileInfo(path).fileName())
                                         : error);
            continue;
        }
        addItem(*item);
    }
    return refusals;
}

bool EvidenceStrip::addImage(const QImage &image, const QString &name, QString *error)
{
    const auto item = m_store.intakeImage(image, name, error);
    if (!item)
        return false;
    addItem(*item);
    return true;
}

void EvidenceStrip::addLink(const EvidenceLink &link)
{
    const int before = int(m_tiles.size());
    addItem(link.item);
    if (m_tiles.size() > before)
        setKind(int(m_tiles.size()) - 1, link.kind);
}

void EvidenceStrip::addItem(const EvidenceItem &item)
{
    for (const Tile &t : std::as_const(m_tiles)) {
        if (t.item.sha256 == item.sha256)
            return; // the same picture chosen twice
    }
    Tile tile;
    tile.item = item;
    tile.widget = makeTile(item, &tile.kind);
    m_row->addWidget(tile.widget, 0, Qt::AlignTop);
    m_tiles << tile;
    updatePlaceholder();
    // Show the newest tile once the layout has placed it.
    QWidget *added = tile.widget;
    QTimer::singleShot(0, added, [this, added] { m_scroll->ensureWidgetVisible(added); });
    emit changed();
}

QWidget *EvidenceStrip::makeTile(const EvidenceItem &item, QComboBox **kindOut)
{
    auto *tile = new QFrame;
    tile->setObjectName(QStringLiteral("evidenceTile"));
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setFixedWidth(TileWidth);

    auto *thumb = new QLabel(tile);
    thumb->setObjectName(QStringLiteral("evidenceThumb"));
    thumb->setFixedSize(ThumbSide, ThumbSide);
    thumb->setAlignment(Qt::AlignCenter);
    QPixmap pixmap(m_store.thumbnailPath(item.sha256));
    if (pixmap.isNull())
        pixmap.load(m_store.archivePath(item.sha256));
    if (pixmap.isNull())
        thumb->setText(item.format.toUpper());
    else
        thumb->setPixmap(
            pixmap.scaled(ThumbSide, ThumbSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    const QString size =
        item.width > 0 ? tr("%1 × %2 px").arg(item.width).arg(item.height) : QString();
    thumb->setToolTip(size.isEmpty() ? item.originalName
                                     : tr("%1\n%2").arg(item.originalName, size));

    auto *name = new QLabel(tile);
    name->setText(
        name->fontMetrics().elidedText(item.originalName, Qt::ElideMiddle, TileWidth - 36));
    name->setToolTip(item.originalName);

    auto *remove = new QToolButton(tile);
    remove->setObjectName(QStringLiteral("evidenceRemove"));
    remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this item"));
    remove->setAccessibleName(tr("Remove %1").arg(item.originalName));

    auto *kind = new QComboBox(tile);
    kind->setObjectName(QStringLiteral("evidenceKind"));
    kind->setToolTip(tr("What the picture shows"));
    for (EvidenceKind k : VerificationTerms::evidenceKinds())
        kind->addItem(VerificationTerms::displayName(k), int(k));
    kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kind->setMinimumContentsLength(4);
    *kindOut = kind;

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(name, 1);
    top->addWidget(remove);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(thumb, 0, Qt::AlignHCenter);
    layout->addWidget(kind);

    connect(kind, &QComboBox::currentIndexChanged, this, &EvidenceStrip::changed);
    connect(remove, &QToolButton::clicked, this, [this, tile] {
        for (int i = 0; i < m_tiles.size(); ++i) {
            if (m_tiles.at(i).widget == tile) {
                removeAt(i);
                return;
            }
        }
    });
    return tile;
}

void EvidenceStrip::removeAt(int index)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    const Tile tile = m_tiles.takeAt(index);
    tile.widget->hide();
    tile.widget->deleteLater(); // may be the sender of the click being handled
    updatePlaceholder();
    emit changed();
}

void EvidenceStrip::setKind(int index, EvidenceKind kind)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    QComboBox *combo = m_tiles.at(index).kind;
    combo->setCurrentIndex(combo->findData(int(kind)));
}

QList<EvidenceLink> EvidenceStrip::links() const
{
    QList<EvidenceLink> out;
    out.reserve(m_tiles.size());
    for (const Tile &t : m_tiles) {
        EvidenceLink link;
        link.item = t.item;
        link.kind = EvidenceKind(t.kind->currentData().toInt());
        out << link;
    }
    return out;
}

void EvidenceStrip::updatePlaceholder()
{
    m_placeholder->setVisible(m_tiles.isEmpty());
}

} // namespace certdesk
