#pragma once

#include "domain/policyprofile.h"
#include "security/session.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QFormLayout;
class QSplitter;

namespace certdesk
{

class AuditTrail;
class Database;

class TimelinePanel;
class WorkspaceChanges;

// What is known about one recipient: identity (ID number masked until asked),
// benefit, jurisdiction, contact data, service period and band, big-data result;
// below them the person's verification history (a TimelinePanel the window hands in).
class RecipientDetailPanel : public QWidget
{
    Q_OBJECT
public:
    // As `session`: the gate (AccessGate) decides whether a person is shown (people
    // outside the user's node are not); showing a full ID number needs the role's
    // permission and is written to the audit trail set with setAudit().
    RecipientDetailPanel(const Database &db, const PolicyProfile &profile, const Session &session,
                         const QDate &today, QWidget *parent = nullptr);
    void setAudit(const AuditTrail *audit) { m_audit = audit; }
    void showRecipient(qint64 id);
    // The person shown (`id`) is no longer in the list beside, named `listName`:
    // said above the fields until another person is shown (issue 17).
    void noteLeftList(qint64 id, const QString &listName);
    // Reloads the person shown when a committed change concerns them.
    void follow(WorkspaceChanges *changes);
    qint64 recipientId() const { return m_id; }
    // Puts the timeline under the fields; it follows the person shown.
    void setTimeline(TimelinePanel *timeline);
    TimelinePanel *timeline() const { return m_timeline; }
    QPushButton *recordButton() const { return m_record; }
    QSplitter *splitter() const { return m_splitter; }
    // The text shown for a field (tests read it), by object name such as "idNumber";
    // "title" and "leftList" (the note above the fields) too.
    QString fieldText(const QString &field) const;

signals:
    // The "Record verification" button was pressed for the person shown.
    void recordRequested(qint64 id);
    // A person was (re)loaded into the panel: lets tests count the refreshes.
    void shown(qint64 id);
    // The person in the panel is now `id` (0: nobody, e.g. no longer visible);
    // the window enables its person actions from this.
    void personChanged(qint64 id);

private:
    QLabel *addField(const QString &key, const QString &label);
    void clear();

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    qint64 m_id = 0;
    QString m_fullId;
    bool m_revealed = false;
    Session m_session;
    const AuditTrail *m_audit = nullptr;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_leftList;
    QPushButton *m_reveal;
    QPushButton *m_record;
    QSplitter *m_splitter;
    TimelinePanel *m_timeline = nullptr;
    QHash<QString, QLabel *> m_fields;
};

} // namespace certdesk
