#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace certdesk
{

class AuditTrail;
class Database;
class Session;

// The automatic backup's settings: on or off, the folder (a USB stick or a
// network folder the user picks) and how many to keep. Saved through
// AuditedSettings: only a role that may change settings can, and each change
// is in the audit trail.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupSettingsDialog(const Database &db, const Session &session, const AuditTrail &audit,
                         QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepBox() const { return m_keep; }

public slots:
    void accept() override;

private:
    void chooseFolder();

    const Database &m_db;
    const Session &m_session;
    const AuditTrail &m_audit;
    QCheckBox *m_enabled;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QLabel *m_last;
};

} // namespace certdesk
