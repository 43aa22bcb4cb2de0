#pragma once

#include "domain/policyprofile.h"
#include "store/personstate.h"
#include "store/sqlitestatement.h"
#include "verificationevent.h"
#include "verificationeventrows.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace certdesk
{

// A qualified big-data result (认证合格 / 视同认证合格) is a certification: QD 13-14
// (the platform "directly updates the certification state"; each update restarts
// the period), QD 17 (the qualified list), QI 三(一), UR 六(二) ("视同认证合格进行
// 记录备案"), GD 14 (results "形成认证记录"). It becomes an append-only check with
// method `big-data`, status alive, the comparison's source, month and behaviour,
// and the import batch; the period renews through PersonState as the profile lays
// it out. To-verify and disqualified results certify nobody.
//
// The event's uuid is made from the natural key (ID number, month, source, date),
// so a result brought again, by any path (the window's or the CLI's import, the
// server's ingest-bigdata, a sync pull), is the same event and nothing new is
// stored. The server recomputes the uuid of a pushed big-data event to check it.
class BigDataCertification
{
    Q_DECLARE_TR_FUNCTIONS(BigDataCertification)
public:
    // The date the result certifies: the behaviour's leading date (YYYY-MM-DD, as
    // the comparison writes "2026-11-12 高铁出行") when it is a real date not after
    // `today`; otherwise the first day of the comparison month (the earliest the
    // result speaks for: a period is never renewed from a later day than shown).
    static QDate certificationDate(const QString &month, const QString &behaviour,
                                   const QDate &today);
    static QString uuidFor(const QString &idNumber, const QString &month, const QString &source,
                           const QDate &date);
    // The event for a result, or std::nullopt when the result does not certify
    // (to-verify, disqualified, or no valid month). recordedAt is now.
    static std::optional<VerificationEvent>
    eventFor(qint64 recipientId, const QString &idNumber, const BigDataResult &result,
             const QString &worker, const QString &importBatch, const QDate &today);
    // A pushed event that claims to be a big-data certification: empty when its
    // fields fit (status alive, a month, a uuid made from the natural key),
    // otherwise the reason.
    static QString protocolProblem(const QString &uuid, const QString &idNumber,
                                   const QString &month, const QString &source,
                                   const QDate &checkDate, const QString &status);
    // GD 9 for a pushed big-data certification (the server's check of a desk's
    // import): its batch marked `qualified` people qualified and was approved, in
    // order, by users at the node levels `approverLevels`. Empty when the
    // profile's cap and approval levels hold (or it sets neither).
    static QString batchProblem(const PolicyProfile &profile, int qualified,
                                const QList<int> &approverLevels);
    // Whether the profile caps or approves big-data batches at all (GD 9).
    static bool batchesAreRuled(const PolicyProfile &profile);
};

// Appends big-data certifications in the caller's write transaction, each
// unless it is stored (or the person's account is sealed: GD 9 allows nothing
// but unsealing), with the person's derived state worked out through `state`
// first so the row keeps the period it gave. Statements are prepared once: keep
// one writer for a batch, on the thread whose connection it was made with.
class BigDataCertificationWriter
{
public:
    BigDataCertificationWriter(const QSqlDatabase &connection, PersonState &state);
    ~BigDataCertificationWriter();
    // *created tells whether the event was appended.
    bool append(VerificationEvent &e, bool outbox, bool *created, QString *error);

private:
    PersonState &m_state;
    VerificationEventRows m_rows;
    SqliteStatement m_sealed;
};

} // namespace certdesk
