#pragma once

#include "store/recipientrepository.h"
#include "verification/verificationevent.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace certdesk
{

class EvidenceStore;
class EvidenceStrip;
class VerificationService;

// "Record verification" (记录认证核实) for one person: how and when the check
// happened, what it found, contact data corrected on the way, and the evidence.
// Saving asks the service for the rule a check breaks first and shows it in red
// (the dialog stays open); the service checks again when it records.
class RecordVerificationDialog : public QDialog
{
    Q_OBJECT
public:
    RecordVerificationDialog(const RecipientDetail &person, const VerificationService &service,
                             EvidenceStore &evidence, const QString &worker, const QDate &today,
                             QWidget *parent = nullptr);

    qint64 recipientId() const { return m_person.recipient.id; }
    // Turns the dialog into a correction of an earlier check: its fields and
    // evidence are filled in, and saving records a new event that replaces it
    // (how evidence is added to a check: never by editing the old event).
    void correct(const VerificationEvent &earlier);
    // The event as the fields describe it now (what Save would record). Not
    // called event(): that would hide QWidget::event(QEvent *).
    VerificationEvent draftEvent() const;
    // The event as recorded (uuid, period filled in); valid after accept().
    const VerificationEvent &savedEvent() const { return m_saved; }

    // Stores and adds evidence files (the file dialog, drops and pasted file URLs
    // use this); refusals are listed under the strip. Returns how many were taken.
    int addEvidenceFiles(const QStringList &paths);
    // Takes an image or image files from the clipboard; false when it holds neither.
    bool pasteEvidence();
    EvidenceStrip *evidenceStrip() const { return m_strip; }
    // The rule shown after a refused save, empty when none.
    QString errorText() const;

    // Anything entered or changed since the form opened (or was filled in for a
    // correction): a field, a photo.
    bool isDirty() const;

public slots:
    // Checks, records and accepts; on a broken rule shows it and stays open. A
    // contact field emptied that held a value is saved only after the user agrees.
    void save();
    // Esc, the close button and Cancel: a dirty form asks before its content is
    // thrown away; a clean one closes at once.
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createCheckSection();
    QWidget *createContactSection();
    QWidget *createEvidenceSection();
    void chooseEvidenceFiles();
    bool takeMimeData(const QMimeData *mime);
    static bool hasEvidence(const QMimeData *mime);
    void showRefusals(const QStringList &refusals);
    void updateStatusFields();
    void updatePhoneHint();
    void connectRecheck();
    void showError(const QString &message);
    QString formState() const;
    bool confirmClearing(const QStringList &cleared);

    RecipientDetail m_person;
    const VerificationService &m_service;
    EvidenceStore &m_evidence;
    QString m_worker;
    QDate m_today;
    VerificationEvent m_saved;
    QString m_corrects;   // uuid of the check this one replaces
    QString m_cleanState; // formState() when nothing had been entered yet

    QComboBox *m_method = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_status = nullptr;
    QFormLayout *m_checkForm = nullptr;
    QDateEdit *m_deathDate = nullptr;
    QLineEdit *m_deathSource = nullptr;
    QLineEdit *m_lossReason = nullptr;
    QDateEdit *m_lossDate = nullptr;
    QDateEdit *m_releaseDate = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLineEdit *m_household = nullptr;
    QLineEdit *m_residence = nullptr;
    QComboBox *m_residenceType = nullptr;
    EvidenceStrip *m_strip = nullptr;
    QLabel *m_refusals = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace certdesk
