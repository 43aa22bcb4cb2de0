#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace certdesk
{

// Which page of the user manual (docs/manual, built in under :/manual) speaks of
// a window or panel (issue 20: F1 opens the page for the window in focus).
struct HelpTopic {
    const char *className; // QMetaObject::className(), e.g. "certdesk::SyncDialog"
    const char *page;      // file under docs/manual
    // A word the page's title holds, and the window's title too when
    // `windowTitleHasWord` (panels have no title of their own).
    const char *word;
    bool windowTitleHasWord;
};

namespace HelpTopics
{
QList<HelpTopic> all();
// The page for the nearest of `widget` and its parents that has one; the
// contents page when none has.
QString pageFor(const QWidget *widget);
// The page's title: its first line without "# " (empty when there is no page).
QString titleOf(const QString &page);
QString contentsPage();
// The resource URL a page is read from.
QString resourcePath(const QString &page);
} // namespace HelpTopics

} // namespace certdesk
