#pragma once

#include "security/session.h"
#include "sync/conflictrepository.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace certdesk
{

class AuditTrail;
class Database;

// The conflicts the server flagged within the user's node, both values with
// their times, and for an open one the supervisor's decision. Deciding is
// refused (with the reason shown) for roles that may not; the repository checks
// again, so the dialog is only the first line.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(const Database &db, const Session &session, const AuditTrail *audit,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *showResolved() const { return m_showResolved; }
    QComboBox *decisionBox() const { return m_decision; }
    QComboBox *valueBox() const { return m_value; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *messageLabel() const { return m_message; }
    // Decisions are announced there (the status bar's counts, the detail panel follow).
    void setChanges(WorkspaceChanges *changes) { m_repository.setChanges(changes); }
    // Selects the row of a conflict; false when it is not listed.
    bool selectConflict(const QString &id);

public slots:
    void reload();
    void recordDecision();

signals:
    void decided(); // a decision was stored (the repository has announced it)

protected:
    void done(int result) override;

private:
    const SyncConflict *current() const;
    void showCurrent();
    void updateValueChoice();
    void showMessage(const QString &text, bool problem);

    ConflictRepository m_repository;
    Session m_session;
    QList<SyncConflict> m_conflicts;
    QTableWidget *m_table;
    QCheckBox *m_showResolved;
    QGroupBox *m_decisionGroup;
    QLabel *m_selected;
    QComboBox *m_decision;
    QLabel *m_valueLabel;
    QComboBox *m_value;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QPushButton *m_record;
    QLabel *m_message;
};

} // namespace certdesk
