#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <functional>

#include "security/accessgate.h"

class QMessageBox;
class QPagedPaintDevice;
class QPrintPreviewDialog;
class QWidget;

namespace certdesk
{

class AuditTrail;
class Session;
enum class Action;
enum class AuditAction;
struct TableDocument;

// Print preview and PDF export of the program's documents. The page setup a user
// chooses in the preview (paper, orientation, margins) is remembered per kind of
// document ("list", "route", "notice", ...), so a ledger set to landscape once
// stays landscape; the first time, wide tables start in landscape.
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)
public:
    using PaintFn = std::function<bool(QPagedPaintDevice *device, QString *error)>;

    // Opens a window-modal preview (returned so tests can look at it); printing
    // from it paints the document on the printer. Deletes itself when closed.
    static QPrintPreviewDialog *preview(QWidget *parent, const QString &title, const QString &kind,
                                        QPageLayout::Orientation firstOrientation,
                                        const PaintFn &paint);
    static QPrintPreviewDialog *previewTable(QWidget *parent, const TableDocument &doc,
                                             const QString &kind);
    static QPrintPreviewDialog *previewHtml(QWidget *parent, const QString &title,
                                            const QString &html, const QString &kind);
    // Asks for a file name and writes the table as PDF/A; false when cancelled or failed
    // (a failure is shown to the user).
    static bool exportTablePdf(QWidget *parent, const TableDocument &doc,
                               const QString &suggestedName);
    static bool exportHtmlPdf(QWidget *parent, const QString &title, const QString &html,
                              const QString &suggestedName);

    // Documents leave the machine only through a logged action: asks the one
    // gate (AccessGate, as Workspace::authorize and the command line do) for the
    // role, duty and jurisdiction of `concerns` (a person or a node), writes the
    // audit entry before anything is shown or written, and tells the user when it
    // refuses. Without a session or audit trail it refuses.
    static bool allowAndLog(QWidget *window, const Session *session, const AuditTrail *audit,
                            Action action, AuditAction logged, const QString &target,
                            const QString &detail,
                            const AccessTarget &concerns = AccessTarget::none());

    // A save dialog that starts in the last export folder and remembers the new one
    // (the user's Documents folder the first time, never the program's); empty when
    // cancelled.
    static QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                               const QString &filter);
    // Where askSavePath() starts: the last export folder while it exists, else Documents.
    static QString exportFolder();
    // Tells that `path` was written, with an "Open folder" button (a message box
    // named "exportDoneBox", opened without a nested event loop; returned for tests).
    static QMessageBox *showExported(QWidget *parent, const QString &title, const QString &path);

    static QPageLayout rememberedLayout(const QString &kind,
                                        QPageLayout::Orientation firstOrientation);
    static void rememberLayout(const QString &kind, const QPageLayout &layout);

private:
    // Save dialog in the last export folder (remembered); empty when cancelled.
    static QString askPdfPath(QWidget *parent, const QString &suggestedName);
};

} // namespace certdesk
