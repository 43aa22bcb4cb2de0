#pragma once

#include "verification/verificationevent.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk
{

class EvidenceStore;
class RecipientRepository;
class VerificationService;

// "Paper register entry" (纸质台账录入, the Zibo case): checks kept on paper by a
// community without the platform, typed in later from the keyboard. One row per
// check; each row is validated as it is typed and its problem shown in the last
// column. The whole page shares one evidence item: a photo of the register page.
class PaperRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        DateColumn,
        MethodColumn,
        ResultColumn,
        NoteColumn,
        ProblemColumn,
        ColumnCount
    };

    PaperRegisterDialog(const VerificationService &service, const RecipientRepository &people,
                        EvidenceStore &evidence, const QString &worker, const QDate &today,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    bool setRegisterPhoto(const QString &path);
    QString problem(int row) const; // empty when the row is fine or empty
    QString errorText() const;
    const QList<VerificationEvent> &savedEvents() const { return m_saved; }

    // Method and result as typed: a stable key ("home-visit") or the shown name.
    static std::optional<VerificationMethod> parseMethod(const QString &text);
    static std::optional<LivingStatus> parseStatus(const QString &text);

public slots:
    void saveAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEmptyRow();
    bool rowIsEmpty(int row) const;
    QString text(int row, int column) const;
    // The event a row describes, or nullopt with *problem.
    std::optional<VerificationEvent> eventFor(int row, QString *problem) const;
    void validateRow(int row);
    void validateAll();
    void moveToNextCell();
    void chooseRegisterPhoto();
    void showError(const QString &message);

    const VerificationService &m_service;
    const RecipientRepository &m_people;
    EvidenceStore &m_evidence;
    QString m_worker;
    QDate m_today;
    std::optional<EvidenceItem> m_photo;
    QList<VerificationEvent> m_saved;
    bool m_updating = false;

    QTableWidget *m_table = nullptr;
    QLabel *m_photoLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace certdesk
