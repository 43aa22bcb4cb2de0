#include "documents/archivedialog.h"

#include "archive/archivebundle.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certdesk
{

ArchiveDialog::ArchiveDialog(const Database &db, const EvidenceStore &store,
                             const PolicyProfile &profile, const Session &session,
                             const QString &nodeCode, const QString &nodeName, const QDate &today,
                             const QString &preparedBy, QWidget *parent)
    : QDialog(parent), m_db(db), m_store(store), m_nodeCode(nodeCode), m_preparedBy(preparedBy),
      m_month(new QDateEdit(this)), m_folder(new QLineEdit(this)),
      m_progress(new QProgressBar(this)), m_result(new QLabel(this)),
      m_start(new QPushButton(tr("&Make volume and bundle"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_today(today), m_profile(profile),
      m_session(session)
{
    setWindowTitle(tr("Monthly archive — %1").arg(nodeName));
    // Last month by default: a month is bound after it has ended.
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(today.addMonths(-1));
    m_month->setMaximumDate(today);
    QSettings settings;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(settings
                          .value(QStringLiteral("archive/folder"),
                                 QDir(documents).filePath(QStringLiteral("CertDesk-archive")))
                          .toString());
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ArchiveDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Jurisdiction:"),
                 new QLabel(QStringLiteral("%1 (%2)").arg(nodeName, nodeCode), this));
    form->addRow(tr("&Month:"), m_month);
    auto *folderLabel = new QLabel(tr("Save &in:"), this);
    folderLabel->setBuddy(m_folder); // a layout row gets no buddy, so Alt+I needs one
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Prepared by:"), new QLabel(preparedBy, this));
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &ArchiveDialog::start);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_watcher.isRunning())
            m_cancel = true; // the worker stops after the current page and removes its files
        else
            reject();
    });
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(
        tr("The volume (PDF/A) is for printing and binding; the bundle (zip) holds it with the "
           "original photos, the records and a manifest of SHA-256 hashes for the disc archive."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ArchiveDialog::~ArchiveDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ArchiveDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Save the archive in"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ArchiveDialog::start()
{
    if (m_folder->text().trimmed().isEmpty()) {
        m_result->setText(tr("Choose the folder to save the archive in."));
        return;
    }
    if (m_question)
        return; // already asking
    // An unfinished or empty month is bound only when the user says so (issue 17).
    QString error;
    const auto caution = ArchiveBundle(m_db, m_store, m_profile, m_session)
                             .caution(m_nodeCode, m_month->date(), m_today, &error);
    if (!caution) {
        m_result->setText(error);
        return;
    }
    if (caution->isEmpty()) {
        run();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                tr("%1\n\nMake the volume and bundle anyway?").arg(*caution),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("archiveCaution"));
    QPushButton *make = box->addButton(tr("&Make anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, make] {
        m_question = nullptr; // the box deletes itself later
        if (box->clickedButton() == make)
            run();
        else
            m_result->setText(tr("No volume was made."));
    });
    m_question = box;
    box->open(); // window-modal without a nested event loop
}

void ArchiveDialog::run()
{
    QSettings().setValue(QStringLiteral("archive/folder"), m_folder->text());
    m_cancel = false;
    m_start->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_result->setText(tr("Working…"));
    BundleRequest request{m_nodeCode, m_month->date(), m_folder->text().trimmed(), m_preparedBy};
    m_watcher.setFuture(QtConcurrent::run([this, request] {
        BundleResult result;
        QString error;
        const bool ok = ArchiveBundle(m_db, m_store, m_profile, m_session)
                            .create(request, &result, &error, [this](int done, int total) {
                                QMetaObject::invokeMethod(this, [this, done, total] {
                                    m_progress->setRange(0, total);
                                    m_progress->setValue(done);
                                });
                                return !m_cancel.load();
                            });
        QMetaObject::invokeMethod(
            this, [this, ok, error, result] { showOutcome(ok ? QString() : error, result); });
    }));
}

void ArchiveDialog::showOutcome(const QString &error, const BundleResult &result)
{
    m_start->setEnabled(true);
    m_close->setText(tr("Close"));
    m_progress->setVisible(false);
    if (!error.isEmpty()) {
        m_result->setText(error);
        emit finishedBundle(false);
        return;
    }
    QString text =
        tr("Volume %1: %2 pages, %3 recorded checks, %4 evidence files.\nPDF: %5\nBundle: %6")
            .arg(result.bundleId)
            .arg(result.pages)
            .arg(result.events)
            .arg(result.evidenceFiles)
            .arg(QDir::toNativeSeparators(result.pdfPath),
                 QDir::toNativeSeparators(result.zipPath));
    if (!result.missingEvidence.isEmpty())
        text += QLatin1Char('\n') + tr("%n evidence file(s) were not on this computer and are "
                                       "marked as missing in the volume.",
                                       nullptr, int(result.missingEvidence.size()));
    m_result->setText(text);
    emit finishedBundle(true);
}

} // namespace certdesk
