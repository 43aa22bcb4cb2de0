#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace certdesk
{

class Database;
class PolicyProfile;
class SqliteStatement;
class Session;
class WorkingCalendar;

// What an audit entry records (stored as its key).
enum class AuditAction {
    SignIn,
    SignInFailed,
    SignOut,
    Lock,
    Unlock,
    RevealIdNumber,
    Record,
    Correction,
    BatchPass,
    Import,
    Export,
    Print,
    Sync,
    SettingChange,
    UserChange,
    ResolveConflict,
    Backup,
    Restore,
    PaymentStep, // a benefit lifecycle step (LifecycleService)
    ApproveCheck // the county's decision on an on-site or home check (GD 21-22)
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString username;
    QString role;
    QString action; // key
    QString target; // what it concerned: a person's masked ID number, a setting key, a file
    QString detail;
    QString place; // machine name or "cli"
    bool offHours = false;
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString username; // empty: everyone
    QString action;   // key; empty: every action
    QDate from, to;   // local civil dates, inclusive; invalid: open
    bool offHoursOnly = false;
    int limit = 100000;
};

// The result of checking the chain: the first bad entry and why.
struct AuditCheck {
    bool ok = true;
    qint64 entries = 0;
    qint64 badId = 0;
    QString message;
};

// The audit trail (RULES.md §6): who did what, when and where. Rows are only
// ever appended (triggers refuse UPDATE and DELETE) and hash-chained: each row's
// hash is SHA-256 over the previous row's hash and its own canonical content, so
// an edit anywhere, a deleted row or a re-ordered row breaks the chain at that
// entry and verify() names it. Operations outside the profile's working hours or
// on a day off of the working calendar are flagged as they are written.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    using Clock = std::function<QDateTime()>;

    AuditTrail(const Database &db, const PolicyProfile &profile, const WorkingCalendar &calendar);
    // Tests fix the time; the system clock otherwise.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;
    // What the trail writes into and under which profile (the gate needs both).
    const Database &database() const { return m_db; }
    const PolicyProfile &profile() const { return m_profile; }
    bool isOffHours(const QDateTime &when) const;

    // Appends in a transaction of its own.
    bool record(const Session &session, AuditAction action, const QString &target,
                const QString &detail = QString(), QString *error = nullptr) const;
    // Appends inside the caller's write transaction (BEGIN IMMEDIATE already
    // taken), so the entry commits or rolls back with the change it describes.
    bool recordWithin(const Session &session, AuditAction action, const QString &target,
                      const QString &detail, QString *error) const;

    // Appends many entries inside one caller's write transaction, as recordWithin
    // does, with its two statements prepared once (an import's tens of
    // thousands of certifications each have an entry). Each entry still reads the
    // chain's head from the table, so other writers in the same transaction keep
    // the chain whole. Use it on the thread that made it.
    class Batch
    {
    public:
        explicit Batch(const AuditTrail &trail);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        bool record(const Session &session, AuditAction action, const QString &target,
                    const QString &detail, QString *error);

    private:
        const AuditTrail &m_trail;
        std::unique_ptr<SqliteStatement> m_head, m_insert;
    };

    AuditCheck verify() const;
    QList<AuditEntry> entries(const AuditFilter &filter = {}, QString *error = nullptr) const;
    static QString toCsv(const QList<AuditEntry> &entries);

    static QString actionKey(AuditAction action);
    static QList<AuditAction> actions();
    static QString actionName(const QString &key); // translated; the key itself when unknown
    // SHA-256 (hex) over the previous hash and the entry's canonical content.
    static QString entryHash(const QString &prevHash, const AuditEntry &entry);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    const WorkingCalendar &m_calendar;
    Clock m_clock;
};

} // namespace certdesk
