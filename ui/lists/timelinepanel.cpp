#include "lists/timelinepanel.h"

#include "domain/isodate.h"
#include "evidence/evidencestore.h"
#include "lifecycle/lifecycleservice.h"
#include "verification/contactchanges.h"
#include "verification/verificationservice.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>

#include "record/photoviewer.h"
#include <QPixmap>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
constexpr int ThumbSide = 56;
constexpr int MaxThumbs = 4;

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TimelinePanel::TimelinePanel(const VerificationService &service, const EvidenceStore &evidence,
                             QWidget *parent)
    : QWidget(parent), m_service(service), m_evidence(evidence), m_heading(new QLabel(this)),
      m_empty(new QLabel(this)), m_statusHistory(new QLabel(this)), m_column(new QVBoxLayout)
{
    m_statusHistory->setObjectName(QStringLiteral("statusHistory"));
    m_statusHistory->setWordWrap(true);
    m_statusHistory->setTextFormat(Qt::PlainText);
    m_statusHistory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusHistory->setFrameShape(QFrame::StyledPanel);
    m_statusHistory->setVisible(false);
    setObjectName(QStringLiteral("timeline"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(QStringLiteral("timelineHeading"));
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(6);
    innerLayout->addWidget(m_statusHistory);
    innerLayout->addWidget(m_empty);
    innerLayout->addLayout(m_column);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin / 2, margin, 0);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    rebuild();
}

void TimelinePanel::setLifecycle(const LifecycleService *service)
{
    m_lifecycle = service;
    refresh();
}

QString TimelinePanel::statusHistoryText() const
{
    return m_statusHistory->isVisibleTo(this) ? m_statusHistory->text() : QString();
}

void TimelinePanel::showRecipient(qint64 id)
{
    m_id = id;
    refresh();
}

void TimelinePanel::refresh()
{
    m_events = m_id > 0 ? m_service.events(m_id) : QList<VerificationEvent>();
    // Payment status history: who did what when and why, newest first.
    const QList<LifecycleEvent> steps =
        m_lifecycle && m_id > 0 ? m_lifecycle->events(m_id) : QList<LifecycleEvent>();
    if (m_lifecycle && m_id > 0) {
        const LifecycleState state = BenefitLifecycle::replay(steps);
        QStringList lines{
            tr("Payment status: %1").arg(BenefitLifecycle::displayName(state.status))};
        if (state.overpaid.fen() > 0)
            lines << tr("Overpayment balance: %1 yuan").arg(state.balance().toYuanString());
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            QString line =
                tr("%1 %2 — %3", "date, step, who")
                    .arg(isoDate(it->date), BenefitLifecycle::displayName(it->kind), it->actor);
            if (it->amountFen != 0)
                line = tr("%1, %2 yuan").arg(line, Money(it->amountFen).toYuanString());
            if (!it->reason.isEmpty())
                line = tr("%1: %2").arg(line, it->reason);
            lines << line;
        }
        m_statusHistory->setText(lines.join(QLatin1Char('\n')));
    }
    m_statusHistory->setVisible(m_lifecycle && m_id > 0);
    rebuild();
}

void TimelinePanel::rebuild()
{
    for (QWidget *w : std::as_const(m_entries))
        delete w;
    m_entries.clear();
    m_heading->setText(tr("Verification history (%n)", "", int(m_events.size())));
    m_empty->setText(m_id > 0 ? tr("No check recorded in CertDesk yet.") : QString());
    m_empty->setVisible(m_events.isEmpty());
    for (const VerificationEvent &e : std::as_const(m_events)) {
        QWidget *entry = makeEntry(e);
        m_column->addWidget(entry);
        m_entries << entry;
    }
}

QString TimelinePanel::entryText(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return QString();
    QStringList parts;
    const QList<QLabel *> labels = m_entries.at(index)->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (!l->text().isEmpty())
            parts << l->text();
    }
    return parts.join(QLatin1Char('\n'));
}

QString TimelinePanel::eventDate(const QString &uuid) const
{
    for (const VerificationEvent &e : m_events) {
        if (e.uuid == uuid)
            return e.checkDate.toString(Qt::ISODate);
    }
    return uuid.left(8); // corrected event not on this person's list: show its id
}

QWidget *TimelinePanel::makeEntry(const VerificationEvent &e)
{
    auto *entry = new QFrame;
    entry->setObjectName(QStringLiteral("timelineEntry"));
    entry->setFrameShape(QFrame::StyledPanel);
    // Tooltips are rich text when they look like it: synced values are escaped.
    entry->setToolTip(tr("Recorded %1\n%2").arg(dateTime(e.recordedAt), e.uuid.toHtmlEscaped()));
    auto *layout = new QVBoxLayout(entry);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);

    const QString when =
        e.occurredAt.isValid() ? dateTime(e.occurredAt) : e.checkDate.toString(Qt::ISODate);
    auto *header = wrapped(tr("%1 — %2", "timeline entry: when, how")
                               .arg(when, VerificationTerms::displayName(e.method)),
                           entry);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(header, 1);
    auto *correct = new QToolButton(entry);
    correct->setObjectName(QStringLiteral("correctButton"));
    correct->setText(tr("Correct / add evidence…"));
    correct->setAutoRaise(true);
    connect(correct, &QToolButton::clicked, this, [this, e] { emit correctRequested(e); });
    top->addWidget(correct, 0, Qt::AlignTop);
    layout->addLayout(top);

    const QString status = VerificationTerms::displayName(e.status);
    QString result = status;
    if (e.status == LivingStatus::Deceased)
        result = e.deathSource.isEmpty()
                     ? tr("%1, died %2").arg(status, e.deathDate.toString(Qt::ISODate))
                     : tr("%1, died %2 (source: %3)")
                           .arg(status, e.deathDate.toString(Qt::ISODate), e.deathSource);
    else if (e.status == LivingStatus::OtherLoss && !e.lossReason.isEmpty())
        result = tr("%1: %2").arg(status, e.lossReason);
    auto *resultLabel = wrapped(result, entry);
    if (e.status != LivingStatus::Alive)
        resultLabel->setStyleSheet(QStringLiteral("color: #b02020;"));
    layout->addWidget(resultLabel);
    if (e.periodEnd.isValid())
        layout->addWidget(wrapped(
            tr("Service period %1 to %2")
                .arg(e.periodStart.toString(Qt::ISODate), e.periodEnd.toString(Qt::ISODate)),
            entry));
    layout->addWidget(wrapped(tr("Worker: %1").arg(e.worker), entry));
    if (!e.corrects.isEmpty())
        layout->addWidget(
            wrapped(tr("Corrects the event of %1").arg(eventDate(e.corrects)), entry));
    if (!e.batchId.isEmpty())
        layout->addWidget(wrapped(tr("Passed in a batch"), entry));
    if (e.method == VerificationMethod::BigData) {
        // QD 13-14/17, GD 14: the comparison result is the certification.
        QLabel *bigData = wrapped(tr("Big-data comparison %1, source %2 (import %3)")
                                      .arg(e.bigDataMonth, e.source, e.importBatch),
                                  entry);
        bigData->setObjectName(QStringLiteral("timelineBigData"));
        layout->addWidget(bigData);
    }
    // GD 21-22: the county's decision; a refused check certifies nothing.
    if (!e.county.state.isEmpty()) {
        QString text = tr("Awaiting the county's approval");
        if (e.county.state == QLatin1String("approved"))
            text = tr("Approved by the county (%1)").arg(e.county.by);
        else if (e.county.state == QLatin1String("refused"))
            text = tr("Refused by the county (%1): %2 — this check certifies nothing")
                       .arg(e.county.by, e.county.reason);
        QLabel *county = wrapped(text, entry);
        county->setObjectName(QStringLiteral("timelineCounty"));
        if (e.county.state == QLatin1String("refused"))
            county->setStyleSheet(QStringLiteral("color: #b02020;"));
        layout->addWidget(county);
    }
    if (e.lossDate.isValid())
        layout->addWidget(
            wrapped(tr("Date of the loss: %1").arg(e.lossDate.toString(Qt::ISODate)), entry));
    if (e.releaseDate.isValid())
        layout->addWidget(
            wrapped(tr("Released on %1").arg(e.releaseDate.toString(Qt::ISODate)), entry));
    // Contact data the check changed, old -> new (a cleared field says so).
    for (const QString &line : ContactChanges::lines(e.contact)) {
        QLabel *change = wrapped(line, entry);
        change->setObjectName(QStringLiteral("timelineContact"));
        layout->addWidget(change);
    }
    if (!e.note.isEmpty()) {
        QLabel *note = wrapped(e.note, entry);
        note->setObjectName(QStringLiteral("timelineNote"));
        layout->addWidget(note);
    }
    if (!e.evidence.isEmpty())
        layout->addWidget(makeThumbnails(e.evidence, entry));
    return entry;
}

QWidget *TimelinePanel::makeThumbnails(const QList<EvidenceLink> &evidence, QWidget *parent) const
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < evidence.size() && i < MaxThumbs; ++i) {
        const EvidenceLink &link = evidence.at(i);
        auto *thumb = new QLabel(row);
        thumb->setObjectName(QStringLiteral("timelineThumb"));
        thumb->setFixedSize(ThumbSide, ThumbSide);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setFrameShape(QFrame::Box);
        const QPixmap pixmap(m_evidence.thumbnailPath(link.item.sha256));
        if (pixmap.isNull())
            thumb->setToolTip(tr("%1 (file missing)").arg(link.item.originalName.toHtmlEscaped()));
        else {
            thumb->setPixmap(pixmap.scaled(ThumbSide - 2, ThumbSide - 2, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation));
            thumb->setToolTip(tr("%1: %2").arg(VerificationTerms::displayName(link.kind),
                                               link.item.originalName.toHtmlEscaped()));
            // A click opens the archive copy in the photo viewer.
            thumb->setProperty("evidencePath", m_evidence.archivePath(link.item.sha256));
            thumb->setProperty("evidenceTitle", link.item.originalName);
            thumb->setCursor(Qt::PointingHandCursor);
            thumb->installEventFilter(const_cast<TimelinePanel *>(
                this)); // makeThumbnails() is const; the filter only opens a viewer
        }
        layout->addWidget(thumb);
    }
    if (evidence.size() > MaxThumbs)
        layout->addWidget(new QLabel(tr("+%1").arg(evidence.size() - MaxThumbs), row));
    layout->addStretch(1);
    return row;
}

bool TimelinePanel::eventFilter(QObject *watched, QEvent *event)
{
    const QString path = watched->property("evidencePath").toString();
    // The second click of a double-click lands on the viewer or is swallowed here.
    if (event->type() == QEvent::MouseButtonDblClick && !path.isEmpty())
        return true;
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        if (!path.isEmpty()) {
            auto *viewer =
                new PhotoViewer(path, watched->property("evidenceTitle").toString(), this);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            viewer->open();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace certdesk
