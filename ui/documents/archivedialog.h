#pragma once

#include <QDialog>
#include <QFutureWatcher>

class Database;
class EvidenceStore;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class Session;
struct BundleResult;

// Makes the month's archive volume and electronic bundle of the selected node
// (每月装订成册): month, output folder (remembered), who prepared it. The work
// runs off the GUI thread with a progress bar; Cancel leaves no file behind.
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    ArchiveDialog(const Database &db, const EvidenceStore &store, const QString &nodeCode,
                  const QString &nodeName, const QDate &today, const QString &preparedBy,
                  QWidget *parent = nullptr);
    ~ArchiveDialog() override;

    QDateEdit *monthField() const { return m_month; }
    QLineEdit *folderField() const { return m_folder; }
    QPushButton *startButton() const { return m_start; }
    QLabel *resultLabel() const { return m_result; }
    // The signed-in user: the bundle code checks their export right and node too.
    void setSession(const Session *session) { m_session = session; }

signals:
    void finishedBundle(bool ok);

private:
    void start();
    void chooseFolder();
    void done(const QString &error, const BundleResult &result);

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
    QFutureWatcher<void> m_watcher;
    std::atomic_bool m_cancel{false};
    const Session *m_session = nullptr;
};
