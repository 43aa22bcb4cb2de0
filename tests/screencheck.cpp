#include "screencheck.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

namespace screencheck
{

namespace
{
constexpr int FirstRows = 6;

// The widest line of a (possibly multi-line) plain text.
int textWidth(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

// The part of `w` not clipped by its ancestors (a scroll area's viewport, a pane).
QRect shownRect(const QWidget *w)
{
    return w->visibleRegion().boundingRect();
}

QString describe(const QWidget *w, const QString &what, const QString &text, int needed, int room)
{
    return QStringLiteral("%1: %2 \"%3\" needs %4 px, has %5")
        .arg(objectPath(w), what, text)
        .arg(needed)
        .arg(room);
}

void checkLabel(QLabel *label, QStringList &out)
{
    const QString text = label->text();
    if (text.isEmpty() || !label->pixmap().isNull())
        return;
    const int m = label->margin() + qMax(0, label->indent());
    const QRect contents = label->contentsRect().adjusted(m, 0, -m, 0);
    const QRect shown = shownRect(label) & contents;
    if (shown.isEmpty())
        return; // scrolled out of view: the user scrolls to it
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    const int room = shown.width();
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        if (label->wordWrap()) {
            doc.setTextWidth(room);
            if (doc.size().height() > contents.height() + 1 || doc.idealWidth() > room + 1)
                out << describe(label, QStringLiteral("label (wrapped) height"),
                                doc.toPlainText().left(60), int(doc.size().height()),
                                contents.height());
        } else if (doc.idealWidth() > room + 1) {
            out << describe(label, QStringLiteral("label"), doc.toPlainText().left(60),
                            int(doc.idealWidth()), room);
        }
        return;
    }
    // A mnemonic works only through a buddy; without one QLabel prints the '&'
    // ("区 CA 文件(&C)" in the sync window, issue 17).
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])(&&)*&[^&\\s]"));
    if (!label->buddy() && mnemonic.match(text).hasMatch())
        out << QStringLiteral("%1: label \"%2\" shows its '&' (no buddy)")
                   .arg(objectPath(label), text.left(60));
    const QString plain = label->buddy() ? withoutMnemonic(text) : text;
    const QFontMetrics fm = label->fontMetrics();
    if (label->wordWrap()) {
        const QRect need = fm.boundingRect(QRect(0, 0, room, 100000),
                                           int(label->alignment()) | Qt::TextWordWrap, plain);
        if (need.height() > contents.height() + 1 || need.width() > room + 1)
            out << describe(label, QStringLiteral("label (wrapped) height"), plain.left(60),
                            need.height(), contents.height());
        return;
    }
    const int needed = textWidth(fm, plain);
    if (needed > room)
        out << describe(label, QStringLiteral("label"), plain.left(60), needed, room);
}

void checkButton(QAbstractButton *button, QStringList &out)
{
    const QString text = withoutMnemonic(button->text());
    if (text.isEmpty())
        return;
    const QRect shown = shownRect(button);
    if (shown.isEmpty())
        return;
    QStyle *style = button->style();
    int padding = 0;
    const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    if (qobject_cast<QPushButton *>(button)) {
        padding = style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button) +
                  2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button) + icon;
    } else if (qobject_cast<QCheckBox *>(button)) {
        padding = style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button) +
                  style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button) + icon;
    } else if (qobject_cast<QRadioButton *>(button)) {
        padding = style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button) +
                  style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button) + icon;
    } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !button->icon().isNull())
            return;
        padding = 6 + (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon ? icon : 0);
    }
    const int needed = button->fontMetrics().horizontalAdvance(text);
    const int room = shown.width() - padding;
    if (needed > room)
        out << describe(button, QStringLiteral("button"), text, needed, room);
}

void checkLineEdit(QLineEdit *edit, QStringList &out)
{
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
        return;
    const QRect shown = shownRect(edit);
    if (shown.isEmpty())
        return;
    const int frame =
        edit->hasFrame()
            ? 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit)
            : 0;
    const QMargins margins = edit->textMargins();
    const int room = shown.width() - frame - 4 - margins.left() - margins.right() -
                     (edit->isClearButtonEnabled() ? 22 : 0);
    const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (needed > room)
        out << describe(edit, QStringLiteral("placeholder"), edit->placeholderText(), needed, room);
}

void checkHeader(QHeaderView *header, QStringList &out)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const QFontMetrics fm = header->fontMetrics();
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const QString text =
            header->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == i;
        const int needed = textWidth(fm, text) + 2 * margin + (sorted ? mark + margin : 0);
        if (needed > header->sectionSize(i))
            out << describe(header, QStringLiteral("column %1 header").arg(i), text, needed,
                            header->sectionSize(i));
    }
}

// The text of a view's first rows against their column widths (the delegate
// elides what does not fit: "自 2027-01 …", "东山…").
void checkCells(QAbstractItemView *view, QStringList &out)
{
    QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return;
    const int margin =
        2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    auto *tree = qobject_cast<QTreeView *>(view);
    auto *table = qobject_cast<QTableView *>(view);
    QModelIndex row = model->index(0, 0, view->rootIndex());
    for (int r = 0; r < FirstRows && row.isValid(); ++r) {
        for (int c = 0; c < model->columnCount(row.parent()); ++c) {
            if ((tree && tree->isColumnHidden(c)) || (table && table->isColumnHidden(c)))
                continue;
            const QModelIndex index = row.siblingAtColumn(c);
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect rect = view->visualRect(index);
            if (text.isEmpty() || rect.isEmpty())
                continue;
            QFont font = view->font();
            const QVariant f = index.data(Qt::FontRole);
            if (f.isValid())
                font = f.value<QFont>();
            const bool icon = index.data(Qt::DecorationRole).isValid();
            const int needed = textWidth(QFontMetrics(font), text) + margin +
                               (icon ? view->iconSize().width() + 4 : 0);
            if (needed > rect.width())
                out << describe(view, QStringLiteral("row %1 column %2").arg(r).arg(c), text,
                                needed, rect.width());
        }
        row = tree ? tree->indexBelow(row) : row.sibling(row.row() + 1, 0);
    }
}

void checkTabs(QTabBar *bar, QStringList &out)
{
    const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect rect = bar->tabRect(i);
        if (!rect.intersects(bar->rect()))
            continue; // scrolled: the scroll buttons reach it
        const QString text = withoutMnemonic(bar->tabText(i));
        const int icon = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4;
        const int needed = bar->fontMetrics().horizontalAdvance(text) + icon;
        if (needed > rect.width() - space)
            out << describe(bar, QStringLiteral("tab %1").arg(i), text, needed,
                            rect.width() - space);
    }
}

void checkSplitter(QSplitter *splitter, QStringList &out)
{
    const QList<int> sizes = splitter->sizes();
    for (int i = 0; i < splitter->count(); ++i) {
        QWidget *pane = splitter->widget(i);
        if (pane->isHidden())
            continue;
        const bool horizontal = splitter->orientation() == Qt::Horizontal;
        const int set = horizontal ? pane->minimumWidth() : pane->minimumHeight();
        const QSize hint = pane->minimumSizeHint();
        const int minimum = set > 0 ? set : (horizontal ? hint.width() : hint.height());
        if (sizes.value(i) == 0 || sizes.value(i) < minimum)
            out << QStringLiteral("%1: pane %2 (%3) is %4 px, its minimum %5")
                       .arg(objectPath(splitter))
                       .arg(i)
                       .arg(objectPath(pane))
                       .arg(sizes.value(i))
                       .arg(minimum);
    }
}
} // namespace

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString objectPath(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName();
        parts.prepend(name.isEmpty()
                          ? QString::fromLatin1(p->metaObject()->className())
                          : QStringLiteral("%1#%2").arg(
                                QString::fromLatin1(p->metaObject()->className()), name));
        if (p->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/'));
}

QStringList layoutProblems(QWidget *window)
{
    QStringList out;
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (frame.width() > available.width() || frame.height() > available.height())
        out << QStringLiteral("%1 \"%2\": the window is %3x%4, the screen has %5x%6")
                   .arg(objectPath(window), window->windowTitle())
                   .arg(frame.width())
                   .arg(frame.height())
                   .arg(available.width())
                   .arg(available.height());
    else if (!available.contains(frame))
        out << QStringLiteral("%1 \"%2\": partly off the screen at %3,%4")
                   .arg(objectPath(window), window->windowTitle())
                   .arg(frame.x())
                   .arg(frame.y());
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || (w != window && w->window() != window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, out);
        // The window's everyday action is never scrolled away (issue 17: the sync
        // window at 150 % had 立即同步 below the fold).
        if (w->property("mustBeInView").toBool() && shownRect(w) != w->rect())
            out << QStringLiteral("%1: \"%2\" must be in view, %3 of its %4 px height shown")
                       .arg(objectPath(w), w->property("text").toString())
                       .arg(shownRect(w).height())
                       .arg(w->height());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            checkLineEdit(edit, out);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header, out);
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            checkTabs(tabs, out);
        else if (auto *splitter = qobject_cast<QSplitter *>(w))
            checkSplitter(splitter, out);
        // Not inside Qt's own file dialog: its columns are Qt's (and the user's to widen).
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && (qobject_cast<QTableView *>(w) || qobject_cast<QTreeView *>(w)) &&
            !qobject_cast<QFileDialog *>(window))
            checkCells(view, out);
        if (auto *box = qobject_cast<QGroupBox *>(w)) {
            const int needed = box->fontMetrics().horizontalAdvance(withoutMnemonic(box->title()));
            if (!box->title().isEmpty() && needed + 16 > box->width())
                out << describe(box, QStringLiteral("group title"), box->title(), needed,
                                box->width() - 16);
        }
        if (auto *area = qobject_cast<QScrollArea *>(w);
            area && area->horizontalScrollBar()->isVisible())
            out << QStringLiteral("%1: scrolls sideways (%2 px wide content in %3 px)")
                       .arg(objectPath(area))
                       .arg(area->widget() ? area->widget()->width() : 0)
                       .arg(area->viewport()->width());
    }
    return out;
}

} // namespace screencheck
