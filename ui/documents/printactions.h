#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace certdesk
{

class AuditTrail;
class Database;
class EvidenceStore;
class JurisdictionPanel;
class Session;
class LedgerPanel;
struct TableDocument;

// The File menu's printing: the current list as a table (print preview or PDF),
// the annual public notice, and the monthly archive volume and bundle.
class PrintActions : public QObject
{
    Q_OBJECT
public:
    PrintActions(const Database &db, const EvidenceStore &evidence, const QDate &today,
                 const QString &user, LedgerPanel *lists, QWidget *window);

    // The signed-in user: what they may print or export, logged before it happens.
    void setSecurity(const Session *session, const AuditTrail *audit);
    void addTo(QMenu *menu);
    // The list on screen, every row, ID numbers masked.
    TableDocument currentListDocument() const;

    void printList();
    void exportListPdf();
    void exportListXlsx();
    void exportListCsv();
    void publicNotice();
    void monthlyArchive();

private:
    void exportList(bool xlsx);
    // Builds the current list's document off the GUI thread (a district ledger
    // has hundreds of thousands of rows) behind a progress dialog, then calls `then`.
    void withListDocument(const std::function<void(const TableDocument &)> &then);

    const Database &m_db;
    const EvidenceStore &m_evidence;
    QDate m_today;
    QString m_user;
    LedgerPanel *m_lists;
    QWidget *m_window;
    const Session *m_session = nullptr;
    const AuditTrail *m_audit = nullptr;
};

} // namespace certdesk
