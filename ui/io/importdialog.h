#pragma once

#include "io/bigdataimport.h"
#include "security/session.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk
{

class WorkspaceChanges;
class AuditTrail;
class Database;
class PolicyProfile;

// Importing a big-data comparison result file (大数据比对结果): the encoding is
// detected and can be overridden, the column mapping is guessed from the header
// and remembered per source (the same header row), the first rows are previewed,
// every row is validated off the GUI thread with a report of row, column and
// reason, and nothing is written until the user confirms — then one transaction,
// or a pending batch where the profile requires approvals.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // As `session` (a test passes Session::commandLine() on purpose): the import
    // asks the gate, which writes its audit entry into `audit`.
    ImportDialog(const Database &db, const PolicyProfile &profile, const QDate &today,
                 const Session &session, const AuditTrail &audit, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Where the import announces what it changed once committed.
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }
    bool setFile(const QString &path);
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *mappingBox(int field) const { return m_fields.value(field); }
    QTableWidget *preview() const { return m_preview; }
    QTableWidget *report() const { return m_report; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    ImportMapping mapping() const;

    // The remembered mapping of a source, keyed by its header row.
    static QString sourceKey(const QStringList &headers);

signals:
    void validated();
    void imported(bool applied);

private:
    void reload();
    void showTable();
    void check();
    void showPlan();
    void doImport();

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    Session m_session;
    const AuditTrail &m_audit;
    WorkspaceChanges *m_changes = nullptr;
    QString m_path;
    std::optional<ReadTable> m_table;
    std::optional<ImportPlan> m_plan;
    QLabel *m_file;
    QComboBox *m_encoding;
    QList<QComboBox *> m_fields; // id, conclusion, name, detail, source, month
    QTableWidget *m_preview;
    QTableWidget *m_report;
    QLabel *m_summary;
    QPushButton *m_check;
    QPushButton *m_import;
    QFutureWatcher<ImportPlan> m_watcher;
};

} // namespace certdesk
