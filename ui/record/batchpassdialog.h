#pragma once

#include "verification/verificationevent.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace certdesk
{

class EvidenceStore;
class PolicyProfile;
class VerificationService;

// "Batch pass" (本页批量通过): one check for a page of people, recorded by
// VerificationService::recordBatch with one shared piece of evidence (a sign-in
// sheet or a photo of the unit's list). All or nothing.
class BatchPassDialog : public QDialog
{
    Q_OBJECT
public:
    BatchPassDialog(const QList<qint64> &recipientIds, const QStringList &names,
                    const VerificationService &service, const PolicyProfile &profile,
                    EvidenceStore &evidence, const QString &worker, const QDate &today,
                    QWidget *parent = nullptr);

    // Stores the shared evidence file; false (and the reason shown) when refused.
    bool setEvidenceFile(const QString &path);
    QString errorText() const;
    QPushButton *okButton() const { return m_ok; }
    const QList<VerificationEvent> &savedEvents() const { return m_saved; }

public slots:
    void save();

private:
    void chooseEvidence();
    void updateSummary();
    void showError(const QString &message);

    QList<qint64> m_ids;
    const VerificationService &m_service;
    const PolicyProfile &m_profile;
    EvidenceStore &m_evidence;
    QString m_worker;
    std::optional<EvidenceItem> m_item;
    QList<VerificationEvent> m_saved;

    QLabel *m_summary = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace certdesk
