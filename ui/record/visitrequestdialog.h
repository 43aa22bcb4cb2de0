#pragma once

#include "verification/homevisitservice.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace certdesk
{

// Home-visit request (上门认证申请) for one person: a form to create one when none
// is open; otherwise the request with its due date, the assignment and the
// failed attempts. The service does the rules; its refusals show in red.
class VisitRequestDialog : public QDialog
{
    Q_OBJECT
public:
    VisitRequestDialog(qint64 recipientId, const QString &name, const HomeVisitService &service,
                       const QString &worker, const QDate &today, QWidget *parent = nullptr);

    std::optional<HomeVisit> visit() const { return m_visit; }
    QString errorText() const;
    static QStringList channels(); // phone, window, family, neighbour, other
    static QString channelName(const QString &key);

public slots:
    void createRequest();
    void assign();
    void addAttempt();

private:
    QWidget *createRequestPage();
    QWidget *createOpenPage();
    void showVisit();
    void showError(const QString &message);

    qint64 m_recipientId;
    const HomeVisitService &m_service;
    QString m_worker;
    QDate m_today;
    std::optional<HomeVisit> m_visit;

    QStackedWidget *m_pages = nullptr;
    QDateEdit *m_requestedOn = nullptr;
    QLineEdit *m_requestedBy = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_requested = nullptr;
    QLabel *m_due = nullptr;
    QLineEdit *m_assignee = nullptr;
    QDateEdit *m_planned = nullptr;
    QListWidget *m_attempts = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_attemptDate = nullptr;
    QLineEdit *m_attemptNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace certdesk
