#pragma once

#include "verification/verificationevent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace certdesk
{

class EvidenceStore;
class LifecycleService;
class VerificationService;

// A person's verification history, newest first: when and how each check was
// made, what it found, who made it, corrections, and the evidence as thumbnails.
// Events come from VerificationService (which owns the SQL); a person has tens
// of events at most, so each is a small widget in a scrolling column.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(const VerificationService &service, const EvidenceStore &evidence,
                  QWidget *parent = nullptr);

    // Shows the person's payment status history (lifecycle steps) above the checks.
    void setLifecycle(const LifecycleService *service);
    void showRecipient(qint64 id); // 0 clears
    void refresh();
    qint64 recipientId() const { return m_id; }
    int count() const { return int(m_events.size()); }
    // All text shown for an entry (tests read it), newest first.
    QString entryText(int index) const;
    // The payment status and its steps as shown, newest first (tests read it).
    QString statusHistoryText() const;
    const QList<VerificationEvent> &events() const { return m_events; }

signals:
    // The user wants to correct a check or add evidence to it (a new event).
    void correctRequested(const VerificationEvent &event);

private:
    QWidget *makeEntry(const VerificationEvent &e);
    QWidget *makeThumbnails(const QList<EvidenceLink> &evidence, QWidget *parent) const;
    QString eventDate(const QString &uuid) const;
    void rebuild();
    bool eventFilter(QObject *watched, QEvent *event) override; // double-click on a thumbnail

    const VerificationService &m_service;
    const EvidenceStore &m_evidence;
    qint64 m_id = 0;
    QList<VerificationEvent> m_events;
    QList<QWidget *> m_entries;
    QLabel *m_heading;
    QLabel *m_empty;
    QLabel *m_statusHistory;
    const LifecycleService *m_lifecycle = nullptr;
    QVBoxLayout *m_column;
};

} // namespace certdesk
