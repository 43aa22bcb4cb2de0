#pragma once

#include "domain/policyprofile.h"
#include "security/session.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace certdesk
{

class Database;
class EvidenceStore;
struct BundleResult;

// Makes the month's archive volume and electronic bundle of the selected node
// (每月装订成册): month, output folder (remembered), who prepared it. The work
// runs off the GUI thread with a progress bar; Cancel leaves no file behind.
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    // As `session`: the bundle asks the gate whether it may export the node.
    ArchiveDialog(const Database &db, const EvidenceStore &store, const PolicyProfile &profile,
                  const Session &session, const QString &nodeCode, const QString &nodeName,
                  const QDate &today, const QString &preparedBy, QWidget *parent = nullptr);
    ~ArchiveDialog() override;

    QDateEdit *monthField() const { return m_month; }
    QLineEdit *folderField() const { return m_folder; }
    QPushButton *startButton() const { return m_start; }
    QLabel *resultLabel() const { return m_result; }
    // The open warning before an unfinished or empty month is bound, else null.
    QMessageBox *question() const { return m_question; }

signals:
    void finishedBundle(bool ok);

private:
    void start(); // asks first when the month is unfinished or empty
    void run();
    void chooseFolder();
    void showOutcome(const QString &error, const BundleResult &result);

    const Database &m_db;
    const EvidenceStore &m_store;
    QString m_nodeCode;
    QString m_preparedBy;
    QDateEdit *m_month;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_close;
    QDate m_today;
    QPointer<QMessageBox> m_question;
    QFutureWatcher<void> m_watcher;
    std::atomic_bool m_cancel{false};
    // Copies: the bundle is made on a worker thread that may outlive the caller's.
    PolicyProfile m_profile;
    Session m_session;
};

} // namespace certdesk
