#include "lists/workactions.h"

#include "documents/documentprinting.h"
#include "documents/visitroutesheet.h"
#include "domain/workingcalendar.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "record/batchpassdialog.h"
#include "record/checkapprovalsdialog.h"
#include "record/paperregisterdialog.h"
#include "record/reminderdialog.h"
#include "record/visitrequestdialog.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "store/recipientrepository.h"
#include "verification/contactlog.h"
#include "verification/homevisitservice.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace certdesk
{

WorkActions::WorkActions(const Database &db, const PolicyProfile &profile, const QDate &today,
                         const QString &worker, EvidenceStore &evidence,
                         const VerificationService &verification, LedgerPanel *lists,
                         RecipientDetailPanel *detail, QWidget *window)
    : QObject(window), m_db(db), m_profile(profile), m_today(today), m_worker(worker),
      m_evidence(evidence), m_verification(verification), m_lists(lists), m_detail(detail),
      m_window(window)
{
}

WorkActions::~WorkActions() = default;

void WorkActions::setSecurity(const Session &session, const AuditTrail *audit,
                              WorkspaceChanges *changes)
{
    m_session = &session;
    m_audit = audit;
    m_changes = changes;
    // Reminders and home visits are logged as the signed-in user and announce
    // themselves: the lists and the detail panel follow. Visit deadlines count on
    // the profile's calendar (UR: with Xinjiang's own days off).
    m_contacts = std::make_unique<ContactLog>(m_db, m_profile, session);
    m_contacts->setChanges(changes);
    m_visits = std::make_unique<HomeVisitService>(m_db, m_profile, m_profile.calendar(), session);
    m_visits->setChanges(changes);
}

void WorkActions::addTo(QMenu *menu)
{
    m_reminder = menu->addAction(tr("Log &reminder…"), this, &WorkActions::logReminder);
    m_reminder->setObjectName(QStringLiteral("reminderAction"));
    m_reminder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_visit = menu->addAction(tr("&Home visit request…"), this, &WorkActions::homeVisit);
    m_visit->setObjectName(QStringLiteral("homeVisitAction"));
    m_visit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    menu->addSeparator();
    m_batch =
        menu->addAction(tr("&Batch pass selected rows…"), this, &WorkActions::batchPassSelection);
    m_batch->setObjectName(QStringLiteral("batchPassAction"));
    m_batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *paper =
        menu->addAction(tr("&Paper register entry…"), this, &WorkActions::paperRegister);
    paper->setObjectName(QStringLiteral("paperRegisterAction"));
    if (!m_profile.allowsPaperRegister()) {
        // GD 5: batch certification tables are abolished; the entry is closed.
        paper->setEnabled(false);
        paper->setStatusTip(tr("Not under the %1 rules (%2): batch certification tables are "
                               "abolished.")
                                .arg(m_profile.displayName(), m_profile.ruleCite(QStringLiteral(
                                                                  "batchCertificationAbolished"))));
        paper->setToolTip(paper->statusTip());
    }
    if (m_profile.countyCheckApprovalWorkingDays() > 0) {
        // GD 21-22: the county's approval of on-site and home checks.
        QAction *approvals = menu->addAction(tr("Checks awaiting county &approval…"), this,
                                             &WorkActions::checkApprovals);
        approvals->setObjectName(QStringLiteral("checkApprovalsAction"));
    }
    QAction *printRoute =
        menu->addAction(tr("Print visit route sheet…"), this, &WorkActions::printRouteSheet);
    printRoute->setObjectName(QStringLiteral("printRouteSheetAction"));
    QAction *route = menu->addAction(tr("Export visit route &sheet (PDF)…"), this,
                                     &WorkActions::exportRouteSheet);
    route->setObjectName(QStringLiteral("routeSheetAction"));
    updateEnabled();
}

void WorkActions::updateEnabled()
{
    const bool one = m_detail->recipientId() > 0;
    if (m_reminder)
        m_reminder->setEnabled(one);
    if (m_visit)
        m_visit->setEnabled(one);
}

void WorkActions::logReminder()
{
    const auto person = RecipientRepository(m_db, m_profile).detail(m_detail->recipientId());
    if (!person)
        return;
    auto *dialog =
        new ReminderDialog(person->recipient.id, person->recipient.name, person->recipient.phone,
                           *m_contacts, m_worker, m_today, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkActions::homeVisit()
{
    const auto person = RecipientRepository(m_db, m_profile).detail(m_detail->recipientId());
    if (!person)
        return;
    auto *dialog = new VisitRequestDialog(person->recipient.id, person->recipient.name, *m_visits,
                                          m_worker, m_today, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkActions::batchPassSelection()
{
    QList<qint64> ids;
    QStringList names;
    const QModelIndexList rows = m_lists->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const qint64 id = m_lists->model()->recipientId(row.row());
        if (id > 0 && !ids.contains(id)) {
            ids << id;
            names << row.siblingAtColumn(0).data().toString();
        }
    }
    if (ids.isEmpty()) {
        QMessageBox::information(m_window, tr("Batch pass"),
                                 tr("Select the people to pass in the list first (Shift or Ctrl + "
                                    "click, Ctrl+A for the page)."));
        return;
    }
    // The service announces the saved checks (WorkspaceChanges); the views follow.
    auto *dialog = new BatchPassDialog(ids, names, m_verification, m_profile, m_evidence, m_worker,
                                       m_today, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkActions::paperRegister()
{
    auto *people = new RecipientRepository(m_db, m_profile);
    auto *dialog =
        new PaperRegisterDialog(m_verification, *people, m_evidence, m_worker, m_today, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [people] { delete people; });
    // Saved entries are announced by the service (WorkspaceChanges).
    dialog->open();
}

void WorkActions::checkApprovals()
{
    if (!m_session)
        return;
    auto *dialog = new CheckApprovalsDialog(m_db, m_profile, *m_session, m_today, m_window);
    dialog->setChanges(m_changes);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<RouteStop> WorkActions::routeStops()
{
    if (m_session && !m_session->allows(Action::Print)) {
        QMessageBox::warning(m_window, tr("Visit route sheet"), m_session->refusal(Action::Print));
        return {};
    }
    // The open requests of the home-visit list of the selected node, due first.
    m_lists->showList(Ledger::HomeVisit);
    RecipientListModel *model = m_lists->model();
    RecipientRepository repo(m_db, m_profile);
    QList<RouteStop> stops;
    // Page by page as the rows reach it (the model keeps only the pages used last).
    for (int r = 0;; ++r) {
        if (r >= model->rowCount() && model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        if (r >= model->rowCount())
            break;
        const auto visit = m_visits->openFor(model->recipientId(r));
        if (!visit)
            continue;
        const auto person = repo.detail(visit->recipientId);
        if (!person)
            continue;
        const Recipient &p = person->recipient;
        stops.append({p.name, p.idNumber,
                      p.residenceAddress.isEmpty() ? p.householdAddress : p.residenceAddress,
                      p.phone, visit->dueOn});
    }
    std::sort(stops.begin(), stops.end(),
              [](const RouteStop &a, const RouteStop &b) { return a.dueOn < b.dueOn; });
    if (stops.isEmpty())
        QMessageBox::information(m_window, tr("Visit route sheet"),
                                 tr("No open home-visit requests here."));
    return stops;
}

void WorkActions::printRouteSheet()
{
    const QList<RouteStop> stops = routeStops();
    if (!stops.isEmpty() &&
        DocumentPrinting::allowAndLog(m_window, m_session, m_audit, Action::Print,
                                      AuditAction::Print, QStringLiteral("visit route sheet"),
                                      QStringLiteral("%1 stops, print preview").arg(stops.size())))
        DocumentPrinting::previewHtml(m_window, tr("Home-visit route"),
                                      VisitRouteSheet::html(stops, m_today, m_worker),
                                      QStringLiteral("route"));
}

void WorkActions::exportRouteSheet()
{
    const QList<RouteStop> stops = routeStops();
    if (stops.isEmpty())
        return;
    const QString path = DocumentPrinting::askSavePath(
        m_window, tr("Save the visit route sheet"),
        tr("route-%1.pdf").arg(m_today.toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // Logged before the file exists: no print leaves without its trace.
    if (!DocumentPrinting::allowAndLog(
            m_window, m_session, m_audit, Action::Print, AuditAction::Print,
            QStringLiteral("visit route sheet"),
            QStringLiteral("%1 stops to %2").arg(stops.size()).arg(path)))
        return;
    QString error;
    if (!VisitRouteSheet::writePdf(VisitRouteSheet::html(stops, m_today, m_worker), path, &error))
        QMessageBox::warning(m_window, tr("Visit route sheet"), error);
    else
        DocumentPrinting::showExported(m_window, tr("Visit route sheet"), path);
}

} // namespace certdesk
