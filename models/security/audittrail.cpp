#include "audittrail.h"

#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "session.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
// A null QString would bind as SQL NULL; the columns are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// Fields separated by control characters no text field can be confused with.
QByteArray canonical(const AuditEntry &e)
{
    const QStringList fields = {QString::number(e.id),
                                sqlvalue::utc(e.at),
                                e.username,
                                e.role,
                                e.action,
                                e.target,
                                e.detail,
                                e.place,
                                e.offHours ? QStringLiteral("1") : QStringLiteral("0")};
    return fields.join(QChar(0x1f)).toUtf8();
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.username = q.value(2).toString();
    e.role = q.value(3).toString();
    e.action = q.value(4).toString();
    e.target = q.value(5).toString();
    e.detail = q.value(6).toString();
    e.place = q.value(7).toString();
    e.offHours = q.value(8).toInt() != 0;
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const char kColumns[] =
    "id, at, username, role, action, target, detail, place, off_hours, prev_hash, hash";

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

AuditTrail::AuditTrail(const Database &db, const PolicyProfile &profile,
                       const WorkingCalendar &calendar)
    : m_db(db), m_profile(profile), m_calendar(calendar)
{
}

QDateTime AuditTrail::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

bool AuditTrail::isOffHours(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    if (!m_calendar.isWorkingDay(local.date()))
        return true;
    return !m_profile.isOfficeTime(local); // UR: Xinjiang hours, summer and winter
}

bool AuditTrail::record(const Session &session, AuditAction action, const QString &target,
                        const QString &detail, QString *error) const
{
    return inWriteTransaction(m_db, error,
                              [&] { return recordWithin(session, action, target, detail, error); });
}

bool AuditTrail::recordWithin(const Session &session, AuditAction action, const QString &target,
                              const QString &detail, QString *error) const
{
    Batch batch(*this);
    return batch.record(session, action, target, detail, error);
}

AuditTrail::Batch::Batch(const AuditTrail &trail) : m_trail(trail) {}

AuditTrail::Batch::~Batch() = default;

bool AuditTrail::Batch::record(const Session &session, AuditAction action, const QString &target,
                               const QString &detail, QString *error)
{
    const QSqlDatabase c = m_trail.m_db.connection();
    auto fail = [error](const QString &why) {
        if (error)
            *error = tr("The audit trail could not be written: %1").arg(why);
        return false;
    };
    if (!m_head) {
        // The chain continues from the last row; the id comes from sqlite_sequence so
        // an id once used (even by a row deleted behind the triggers' back) is never
        // reused. One statement, one row even on an empty trail.
        m_head = std::make_unique<SqliteStatement>(
            c, QStringLiteral("SELECT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), "
                              "(SELECT seq FROM sqlite_sequence WHERE name = 'audit_log')"));
        m_insert = std::make_unique<SqliteStatement>(
            c, QStringLiteral("INSERT INTO audit_log(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?)")
                   .arg(QLatin1String(kColumns)));
    }
    QString why;
    if (!m_head->select({}, &why))
        return fail(why);
    if (!m_head->next())
        return fail(m_head->error());
    AuditEntry e;
    e.prevHash = m_head->isNull(0) ? genesisHash() : m_head->value(0).toString();
    e.id = m_head->value(1).toLongLong() + 1;
    m_head->finish();
    // Stored with millisecond precision, so the hash is computed over what is stored.
    e.at = QDateTime::fromString(sqlvalue::utc(m_trail.now()), Qt::ISODateWithMs);
    e.username = session.user().username;
    // A failed sign-in has a name but nobody signed in: no role.
    e.role =
        action == AuditAction::SignInFailed ? QString() : Permissions::roleKey(session.user().role);
    e.action = actionKey(action);
    e.username = notNull(e.username);
    e.role = notNull(e.role);
    e.target = notNull(target);
    e.detail = notNull(detail);
    e.place = notNull(session.place());
    e.offHours = m_trail.isOffHours(e.at);
    e.hash = entryHash(e.prevHash, e);
    if (!m_insert->run({QVariant(e.id), QVariant(sqlvalue::utc(e.at)), QVariant(e.username),
                        QVariant(e.role), QVariant(e.action), QVariant(e.target),
                        QVariant(e.detail), QVariant(e.place), QVariant(e.offHours ? 1 : 0),
                        QVariant(e.prevHash), QVariant(e.hash)},
                       &why))
        return fail(why);
    return true;
}

QString AuditTrail::entryHash(const QString &prevHash, const AuditEntry &entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\x1e", 1));
    h.addData(canonical(entry));
    return QString::fromLatin1(h.result().toHex());
}

AuditCheck AuditTrail::verify() const
{
    AuditCheck check;
    auto bad = [&check](qint64 id, const QString &message) {
        check.ok = false;
        check.badId = id;
        check.message = message;
        return check;
    };
    const QSqlDatabase c = m_db.connection();
    QSqlQuery q(c);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns))))
        return bad(0, tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.id != expectedId)
            return bad(expectedId,
                       tr("Audit entry %1 is missing: it was deleted.").arg(expectedId));
        if (e.prevHash != expectedPrev)
            return bad(e.id, tr("Audit entry %1 does not follow entry %2: the chain was altered.")
                                 .arg(e.id)
                                 .arg(e.id - 1));
        if (entryHash(e.prevHash, e) != e.hash)
            return bad(e.id, tr("Audit entry %1 was altered after it was written.").arg(e.id));
        expectedPrev = e.hash;
        ++expectedId;
        ++check.entries;
    }
    QSqlQuery seq(c);
    if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) &&
        seq.next() && seq.value(0).toLongLong() >= expectedId)
        return bad(expectedId, tr("Audit entry %1 is missing: it was deleted.").arg(expectedId));
    return check;
}

QList<AuditEntry> AuditTrail::entries(const AuditFilter &filter, QString *error) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.username.isEmpty()) {
        where << QStringLiteral("username = ?");
        binds << filter.username;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    // Civil dates are local; the stored times are UTC.
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << sqlvalue::utc(QDateTime(filter.from, QTime(0, 0)));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << sqlvalue::utc(QDateTime(filter.to.addDays(1), QTime(0, 0)));
    }
    if (filter.offHoursOnly)
        where << QStringLiteral("off_hours = 1");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id LIMIT %3")
                  .arg(QLatin1String(kColumns),
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")))
                  .arg(filter.limit));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<AuditEntry> out;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << entryFrom(q);
    return out;
}

QString AuditTrail::toCsv(const QList<AuditEntry> &entries)
{
    QString out = QStringLiteral("id,at_utc,user,role,action,target,detail,place,off_hours,hash\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields = {QString::number(e.id),
                                    sqlvalue::utc(e.at),
                                    e.username,
                                    e.role,
                                    e.action,
                                    e.target,
                                    e.detail,
                                    e.place,
                                    e.offHours ? QStringLiteral("1") : QStringLiteral("0"),
                                    e.hash};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QList<AuditAction> AuditTrail::actions()
{
    QList<AuditAction> out;
    for (int a = int(AuditAction::SignIn); a <= int(AuditAction::ApproveCheck); ++a)
        out << AuditAction(a);
    return out;
}

QString AuditTrail::actionKey(AuditAction action)
{
    static const char *const keys[] = {
        "sign-in",          "sign-in-failed", "sign-out",   "lock",         "unlock",
        "reveal-id",        "record",         "correction", "batch-pass",   "import",
        "export",           "print",          "sync",       "setting",      "user",
        "resolve-conflict", "backup",         "restore",    "payment-step", "approve-check"};
    return QString::fromLatin1(keys[int(action)]);
}

QString AuditTrail::actionName(const QString &key)
{
    static const char *const names[] = {QT_TR_NOOP("sign-in"),
                                        QT_TR_NOOP("failed sign-in"),
                                        QT_TR_NOOP("sign-out"),
                                        QT_TR_NOOP("screen locked"),
                                        QT_TR_NOOP("screen unlocked"),
                                        QT_TR_NOOP("full ID number shown"),
                                        QT_TR_NOOP("check recorded"),
                                        QT_TR_NOOP("check corrected"),
                                        QT_TR_NOOP("batch pass"),
                                        QT_TR_NOOP("import"),
                                        QT_TR_NOOP("export"),
                                        QT_TR_NOOP("print"),
                                        QT_TR_NOOP("synchronisation"),
                                        QT_TR_NOOP("setting changed"),
                                        QT_TR_NOOP("user account changed"),
                                        QT_TR_NOOP("sync conflict decided"),
                                        QT_TR_NOOP("backup made"),
                                        QT_TR_NOOP("backup restored"),
                                        QT_TR_NOOP("payment step recorded"),
                                        QT_TR_NOOP("check approved by the county")};
    const QList<AuditAction> all = actions();
    for (AuditAction a : all) {
        if (actionKey(a) == key)
            return tr(names[int(a)]);
    }
    return key;
}

} // namespace certdesk
