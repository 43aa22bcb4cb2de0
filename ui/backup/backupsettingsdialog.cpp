#include "backup/backupsettingsdialog.h"

#include "backup/backupschedule.h"
#include "security/auditedsettings.h"
#include "security/session.h"
#include "window/messages.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk
{

BackupSettingsDialog::BackupSettingsDialog(const Database &db, const Session &session,
                                           const AuditTrail &audit, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_audit(audit), m_enabled(new QCheckBox(this)),
      m_folder(new QLineEdit(this)), m_keep(new QSpinBox(this)), m_last(new QLabel(this))
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Automatic backup"));
    const BackupSettings settings = BackupSettings::load(db);
    m_enabled->setText(tr("&Back up automatically once a day"));
    m_enabled->setChecked(settings.enabled);
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    m_folder->setMinimumWidth(360);
    m_keep->setRange(1, BackupSettings::MaxKeep);
    m_keep->setValue(settings.keep);
    m_keep->setSuffix(tr(" backups"));
    m_last->setText(
        settings.lastAutomatic.isValid()
            ? settings.lastAutomatic.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("none yet"));

    auto *browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, &BackupSettingsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *keepLabel = new QLabel(tr("&Keep the newest:"), this);
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, m_keep);
    form->addRow(tr("Last automatic backup:"), m_last);
    auto *hint = new QLabel(
        tr("A backup holds the whole database and every evidence photo. Choose a USB stick "
           "or another disk, so that the data survives if this PC breaks. Older automatic "
           "backups beyond the number kept are deleted; other files in the folder are "
           "never touched."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    const bool allowed = session.allows(Action::ChangeSettings);
    for (QWidget *w : std::initializer_list<QWidget *>{m_enabled, m_folder, m_keep, browse})
        w->setEnabled(allowed);
    if (!allowed) {
        auto *refusal = new QLabel(session.refusal(Action::ChangeSettings), this);
        refusal->setObjectName(QStringLiteral("refusal"));
        layout->insertWidget(1, refusal);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void BackupSettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for automatic backups"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupSettingsDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
        showMessage(this, QMessageBox::Warning, tr("Please choose a folder for the backups."));
        return;
    }
    const BackupSettings before = BackupSettings::load(m_db);
    const AuditedSettings settings(m_db, m_audit);
    QString error;
    // Only what changed is written, so the trail shows the real changes.
    const bool ok =
        (m_enabled->isChecked() == before.enabled ||
         settings.set(m_session, BackupSettings::enabledKey(),
                      m_enabled->isChecked() ? QStringLiteral("1") : QStringLiteral("0"),
                      &error)) &&
        (folder == before.folder ||
         settings.set(m_session, BackupSettings::folderKey(), folder, &error)) &&
        (m_keep->value() == before.keep || settings.set(m_session, BackupSettings::keepKey(),
                                                        QString::number(m_keep->value()), &error));
    if (!ok) {
        showMessage(this, QMessageBox::Warning, tr("The settings were not saved: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
