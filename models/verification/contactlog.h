#pragma once

#include "security/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk
{

class Database;
class PolicyProfile;
class WorkspaceChanges;

// A reminder: a phone call or text message asking a person to certify (face
// recognition in the app), with its outcome.
struct ContactEntry {
    qint64 id = 0;
    qint64 recipientId = 0;
    QDate date;
    QString channel; // phone, sms
    QString outcome; // reached, no-answer, wrong-number, will-certify, refused, sent
    QString worker;
    QString note;
};

class ContactLog
{
    Q_DECLARE_TR_FUNCTIONS(ContactLog)
public:
    // `session` is who logs: people outside their node are refused, and so is a
    // role that may not (docs/decisions.md, "One way in").
    ContactLog(const Database &db, const PolicyProfile &profile, const Session &session)
        : m_db(db), m_profile(profile), m_session(session)
    {
    }
    // The views follow what is logged (the reminder moves the person's lists).
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }
    bool add(ContactEntry &entry, QString *error = nullptr) const;
    QList<ContactEntry> entries(qint64 recipientId) const; // newest first
    static QStringList channels();
    static QStringList outcomes();
    static QString outcomeName(const QString &key);

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    Session m_session;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
