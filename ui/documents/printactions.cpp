#include "documents/printactions.h"

#include "archive/listdocuments.h"
#include "documents/archivedialog.h"
#include "documents/documentprinting.h"
#include "io/tableexport.h"
#include "lists/ledgerpanel.h"
#include "lists/listtable.h"
#include "security/audittrail.h"
#include "security/session.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QtConcurrent>

namespace certdesk
{

PrintActions::PrintActions(const Database &db, const EvidenceStore &evidence, const QDate &today,
                           const QString &user, LedgerPanel *lists, QWidget *window)
    : QObject(window), m_db(db), m_evidence(evidence), m_today(today), m_user(user), m_lists(lists),
      m_window(window)
{
}

void PrintActions::setSecurity(const Session *session, const AuditTrail *audit)
{
    m_session = session;
    m_audit = audit;
}

void PrintActions::addTo(QMenu *menu)
{
    QAction *print = menu->addAction(tr("&Print list…"), this, &PrintActions::printList);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("printListAction"));
    QAction *pdf = menu->addAction(tr("&Export list as PDF…"), this, &PrintActions::exportListPdf);
    pdf->setObjectName(QStringLiteral("exportListPdfAction"));
    QAction *xlsx =
        menu->addAction(tr("Export list to E&xcel (XLSX)…"), this, &PrintActions::exportListXlsx);
    xlsx->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    xlsx->setObjectName(QStringLiteral("exportListXlsxAction"));
    QAction *csv = menu->addAction(tr("Export list as &CSV…"), this, &PrintActions::exportListCsv);
    csv->setObjectName(QStringLiteral("exportListCsvAction"));
    menu->addSeparator();
    QAction *notice =
        menu->addAction(tr("Public &notice list…"), this, &PrintActions::publicNotice);
    notice->setObjectName(QStringLiteral("publicNoticeAction"));
    QAction *archive = menu->addAction(tr("Monthly &archive volume and bundle…"), this,
                                       &PrintActions::monthlyArchive);
    archive->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    archive->setObjectName(QStringLiteral("monthlyArchiveAction"));
    menu->addSeparator();
}

namespace
{
// Every row of a list as a printable table, or why a page could not be read;
// runs on any thread (the calling thread's database connection).
struct ListRead {
    std::optional<TableDocument> doc;
    QString error;
};

ListRead listDocument(const Database &db, const std::optional<LedgerQuery> &query,
                      const Scope &limit, const QDate &today, const QString &title,
                      const QStringList &subtitle, const QString &id)
{
    ListRead read;
    if (!query) { // no list chosen yet: an empty table
        read.doc = TableDocument{};
        read.doc->title = title;
        read.doc->subtitle = subtitle;
        read.doc->documentId = id;
        return read;
    }
    read.doc = ListDocuments::fromList(ListTable(db, *query, limit, today), title, subtitle, id,
                                       &read.error);
    return read;
}
} // namespace

TableDocument PrintActions::currentListDocument() const
{
    const Ledger list = m_lists->currentList();
    const Scope scope = m_lists->scope();
    const ListRead read = listDocument(
        m_db, m_lists->model()->query(), m_session ? m_session->accessScope() : Scope{}, m_today,
        Ledgers::displayName(list),
        {tr("%1    As of %2").arg(m_lists->scopeName(), m_today.toString(Qt::ISODate))},
        QStringLiteral("LB-%1-%2-%3")
            .arg(scope.code, Ledgers::key(list), m_today.toString(QStringLiteral("yyyyMMdd"))));
    return read.doc.value_or(TableDocument{});
}

void PrintActions::withListDocument(const std::function<void(const TableDocument &)> &then)
{
    const Ledger list = m_lists->currentList();
    const Scope scope = m_lists->scope();
    const auto query = m_lists->model()->query();
    const Scope limit = m_session ? m_session->accessScope() : Scope{};
    const QString title = Ledgers::displayName(list);
    const QStringList subtitle{
        tr("%1    As of %2").arg(m_lists->scopeName(), m_today.toString(Qt::ISODate))};
    const QString id =
        QStringLiteral("LB-%1-%2-%3")
            .arg(scope.code, Ledgers::key(list), m_today.toString(QStringLiteral("yyyyMMdd")));
    auto *progress = new QProgressDialog(tr("Reading the list…"), QString(), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    auto *watcher = new QFutureWatcher<ListRead>(this);
    connect(watcher, &QFutureWatcher<ListRead>::finished, this, [this, watcher, progress, then] {
        progress->deleteLater();
        watcher->deleteLater();
        const ListRead read = watcher->result();
        if (read.doc)
            then(*read.doc);
        else // nothing is printed or written from a list read in part
            QMessageBox::warning(m_window, tr("Reading the list"),
                                 tr("The list could not be read: %1").arg(read.error));
    });
    const QDate today = m_today;
    const Database &db = m_db;
    watcher->setFuture(QtConcurrent::run([&db, query, limit, today, title, subtitle, id] {
        return listDocument(db, query, limit, today, title, subtitle, id);
    }));
}

void PrintActions::printList()
{
    withListDocument([this](const TableDocument &doc) {
        if (DocumentPrinting::allowAndLog(
                m_window, m_session, m_audit, Action::Print, AuditAction::Print, doc.documentId,
                QStringLiteral("%1 rows, print preview").arg(doc.rows.size()),
                AccessTarget::node(m_lists->scope().code)))
            DocumentPrinting::previewTable(m_window, doc, QStringLiteral("list"));
    });
}

void PrintActions::exportListPdf()
{
    withListDocument([this](const TableDocument &doc) {
        if (DocumentPrinting::allowAndLog(m_window, m_session, m_audit, Action::Export,
                                          AuditAction::Export, doc.documentId,
                                          QStringLiteral("%1 rows, PDF").arg(doc.rows.size()),
                                          AccessTarget::node(m_lists->scope().code)))
            DocumentPrinting::exportTablePdf(
                m_window, doc, tr("%1-%2.pdf").arg(doc.title, m_today.toString(Qt::ISODate)));
    });
}

void PrintActions::exportListXlsx()
{
    exportList(true);
}

void PrintActions::exportListCsv()
{
    exportList(false);
}

void PrintActions::exportList(bool xlsx)
{
    const QString title = xlsx ? tr("Export to Excel") : tr("Export as CSV");
    const QString name = tr("%1-%2").arg(Ledgers::displayName(m_lists->currentList()),
                                         m_today.toString(Qt::ISODate)) +
                         (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    const QString path = DocumentPrinting::askSavePath(
        m_window, title, name, xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    withListDocument([this, xlsx, path, title](const TableDocument &doc) {
        if (!DocumentPrinting::allowAndLog(
                m_window, m_session, m_audit, Action::Export, AuditAction::Export, doc.documentId,
                QStringLiteral("%1 rows to %2").arg(doc.rows.size()).arg(path),
                AccessTarget::node(m_lists->scope().code)))
            return;
        QString error;
        if (!TableExport::write(doc, xlsx ? TableExport::Format::Xlsx : TableExport::Format::Csv,
                                path, &error))
            QMessageBox::warning(m_window, title, error);
        else
            DocumentPrinting::showExported(m_window, title, path);
    });
}

void PrintActions::publicNotice()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Public notice list"));
    auto *year = new QSpinBox(&dialog);
    year->setRange(2000, m_today.year());
    year->setValue(m_today.year());
    auto *hotline =
        new QLineEdit(QSettings().value(QStringLiteral("print/hotline")).toString(), &dialog);
    hotline->setPlaceholderText(tr("e.g. 0532-12345678"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Jurisdiction:"), new QLabel(m_lists->scopeName(), &dialog));
    form->addRow(tr("&Year:"), year);
    form->addRow(tr("Reporting &line:"), hotline);
    form->addRow(new QLabel(
        tr("The notice shows names, masked ID numbers, community and result only — never phone "
           "numbers or addresses."),
        &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *preview =
        buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdf = buttons->addButton(tr("Export as &PDF…"), QDialogButtonBox::ActionRole);
    form->addRow(buttons);
    bool asPdf = false;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(preview, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(pdf, &QPushButton::clicked, &dialog, [&] {
        asPdf = true;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("print/hotline"), hotline->text().trimmed());
    QString error;
    if (!m_session || !m_audit) { // refused with the gate's "nobody is signed in"
        DocumentPrinting::allowAndLog(m_window, m_session, m_audit, Action::Print,
                                      AuditAction::Print, QString(), QString());
        return;
    }
    const auto doc =
        ListDocuments::publicNotice(m_db, m_audit->profile(), *m_session, m_lists->scope().code,
                                    year->value(), hotline->text().trimmed(), m_today, &error);
    if (!doc) {
        QMessageBox::warning(m_window, tr("Public notice list"), error);
        return;
    }
    if (!DocumentPrinting::allowAndLog(
            m_window, m_session, m_audit, Action::Print, AuditAction::Print, doc->documentId,
            QStringLiteral("%1 rows, public notice").arg(doc->rows.size()),
            AccessTarget::node(m_lists->scope().code)))
        return;
    if (asPdf)
        DocumentPrinting::exportTablePdf(m_window, *doc,
                                         tr("public-notice-%1.pdf").arg(year->value()));
    else
        DocumentPrinting::previewTable(m_window, *doc, QStringLiteral("notice"));
}

void PrintActions::monthlyArchive()
{
    if (!m_session || !m_audit) { // refused with the gate's "nobody is signed in"
        DocumentPrinting::allowAndLog(m_window, m_session, m_audit, Action::Export,
                                      AuditAction::Export, QString(), QString());
        return;
    }
    // The bundle holds full records and original photos: it leaves the machine
    // as an export, logged when the dialog is opened for the node.
    if (!DocumentPrinting::allowAndLog(
            m_window, m_session, m_audit, Action::Export, AuditAction::Export,
            QStringLiteral("monthly archive %1").arg(m_lists->scope().code), QString(),
            AccessTarget::node(m_lists->scope().code)))
        return;
    auto *dialog =
        new ArchiveDialog(m_db, m_evidence, m_audit->profile(), *m_session, m_lists->scope().code,
                          m_lists->scopeName(), m_today, m_user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace certdesk
