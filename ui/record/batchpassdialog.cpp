#include "record/batchpassdialog.h"

#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "verification/verificationservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk
{

BatchPassDialog::BatchPassDialog(const QList<qint64> &recipientIds, const QStringList &names,
                                 const VerificationService &service, const PolicyProfile &profile,
                                 EvidenceStore &evidence, const QString &worker, const QDate &today,
                                 QWidget *parent)
    : QDialog(parent), m_ids(recipientIds), m_service(service), m_profile(profile),
      m_evidence(evidence), m_worker(worker)
{
    setWindowTitle(tr("Batch pass"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *people = new QListWidget(this);
    people->setObjectName(QStringLiteral("people"));
    people->addItems(names);
    people->setMaximumHeight(120);
    layout->addWidget(people);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("checkDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    form->addRow(tr("Date of the check:"), m_date);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (VerificationMethod m : VerificationTerms::certifyingMethods()) {
        if (m != VerificationMethod::Proxy)
            m_method->addItem(VerificationTerms::displayName(m), int(m));
    }
    m_method->setCurrentIndex(m_method->findData(int(VerificationMethod::UnitConfirmation)));
    form->addRow(tr("Method:"), m_method);

    auto *fileRow = new QHBoxLayout;
    m_file =
        new QLabel(tr("(none — a sign-in sheet or a photo of the unit's list is required)"), this);
    m_file->setObjectName(QStringLiteral("evidenceFile"));
    m_file->setWordWrap(true);
    // Beside a button in a row, a wrapped label gets one line's height: room for
    // two, which the English text needs at 1366 pixels (issue 17).
    m_file->setMinimumHeight(2 * m_file->fontMetrics().lineSpacing());
    auto *add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addEvidence"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(add);
    form->addRow(tr("Shared evidence:"), fileRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Pass all"));
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &BatchPassDialog::chooseEvidence);
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchPassDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &BatchPassDialog::updateSummary);
    connect(m_method, &QComboBox::currentIndexChanged, this, &BatchPassDialog::updateSummary);

    if (!m_profile.allowsBatchPass()) {
        showError(tr("Batch pass is not allowed under the %1 rules; record each person's check.")
                      .arg(m_profile.displayName()));
        add->setEnabled(false);
    }
    updateSummary();
    setMinimumWidth(520);
}

void BatchPassDialog::updateSummary()
{
    const auto method = VerificationMethod(m_method->currentData().toInt());
    m_summary->setText(
        tr("%n people will be recorded as alive (%1) on %2; each gets a new certification "
           "period from that date according to the %3 rules.",
           nullptr, int(m_ids.size()))
            .arg(VerificationTerms::displayName(method),
                 m_date->date().toString(QStringLiteral("yyyy-MM-dd")), m_profile.displayName()));
    m_ok->setEnabled(m_profile.allowsBatchPass() && m_item.has_value() && !m_ids.isEmpty());
}

void BatchPassDialog::chooseEvidence()
{
    QStringList patterns;
    for (const QString &f : EvidenceStore::acceptedFormats())
        patterns << QStringLiteral("*.%1").arg(f);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Sign-in sheet or unit list photo"), QString(),
                                     tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setEvidenceFile(path);
}

bool BatchPassDialog::setEvidenceFile(const QString &path)
{
    if (!m_profile.allowsBatchPass())
        return false; // the refusal stays on screen
    QString error;
    const auto item = m_evidence.intakeFile(path, &error);
    if (!item) {
        showError(error);
        return false;
    }
    m_item = item;
    m_file->setText(item->originalName);
    m_error->hide();
    updateSummary();
    return true;
}

QString BatchPassDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BatchPassDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void BatchPassDialog::save()
{
    if (!m_ok->isEnabled())
        return;
    VerificationEvent pattern;
    pattern.checkDate = m_date->date();
    pattern.method = VerificationMethod(m_method->currentData().toInt());
    pattern.status = LivingStatus::Alive;
    pattern.worker = m_worker;
    pattern.evidence.append({*m_item, EvidenceKind::SignInSheet});
    QString error;
    QList<VerificationEvent> saved;
    if (!m_service.recordBatch(m_ids, pattern, &saved, &error)) {
        showError(error);
        return;
    }
    m_saved = saved;
    accept();
}

} // namespace certdesk
