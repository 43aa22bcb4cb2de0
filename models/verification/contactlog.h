#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk
{

class Database;

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
    explicit ContactLog(const Database &db) : m_db(db) {}
    bool add(ContactEntry &entry, QString *error = nullptr) const;
    QList<ContactEntry> entries(qint64 recipientId) const; // newest first
    static QStringList channels();
    static QStringList outcomes();
    static QString outcomeName(const QString &key);

private:
    const Database &m_db;
};

} // namespace certdesk
