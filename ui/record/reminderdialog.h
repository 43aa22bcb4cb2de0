#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace certdesk
{

class ContactLog;

// Logs a reminder (a phone call or a text message asking the person to certify)
// for one person, beside the reminders already logged.
class ReminderDialog : public QDialog
{
    Q_OBJECT
public:
    ReminderDialog(qint64 recipientId, const QString &name, const QString &phone,
                   const ContactLog &log, const QString &worker, const QDate &today,
                   QWidget *parent = nullptr);

    QString errorText() const;

public slots:
    // Adds the entry; on refusal shows the reason and stays open.
    void save();

private:
    void fillOutcomes();
    void reloadHistory();

    qint64 m_recipientId;
    const ContactLog &m_log;
    QString m_worker;

    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace certdesk
