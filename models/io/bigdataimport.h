#pragma once

#include "bigdatarows.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class WorkspaceChanges;
class Database;
class PolicyProfile;
class Session;

// A valid row and what it changes.
struct ImportChange {
    int row = 0;
    qint64 recipientId = 0;
    int rank = 0; // BigDataConclusion rank
    QString detail;
    QString source;
    QString month;
    QString idNumber;  // canonical
    QString behaviour; // "2026-11-12 高铁出行": its date is the day a qualified result certifies
    QDate certifies;   // that day for a qualified result; invalid otherwise
};

// A batch waiting for approvals.
struct PendingImport {
    qint64 id = 0;
    QString fileName;
    QString submittedBy;
    QDateTime submittedAt; // UTC
    int people = 0;
    int qualified = 0;
    QStringList approvedBy;
    QString nextLevel; // the level the next approval must come from; empty: any
    QString uuid;      // names the batch to the district server (GD 9)
};

struct ImportPlan {
    int rows = 0;
    QList<ImportProblem> problems;
    QList<ImportChange> changes; // rows whose stored conclusion differs
    int unchanged = 0;           // valid rows already stored as they are
    int qualified = 0;           // changes that mark people qualified
    int certifications = 0;      // of them, results that become a certification event
};

// Big-data comparison results (大数据比对结果) into the roster: every row validated
// first (bad ID number, unknown person, name that does not match, unknown
// conclusion, bad month), nothing written while any row has a problem, then one
// transaction. Rows equal to what is stored are not written again, so importing
// the same file twice changes nothing the second time.
//
// A qualified result is a certification (QD 13-14/17, QI 三(一), UR 六(二), GD 14):
// writing it appends a big-data check (BigDataCertification), audited and queued
// for sync, and the person's period renews. A row whose result is stored and whose
// certification exists is unchanged, so a file imported again creates nothing.
//
// Where the profile caps imports of "qualified" results (Guangdong art. 9: 2,000
// people, two-level approval), a plan that marks anyone qualified is refused above
// the cap and otherwise held as a pending batch until enough different users
// (not the one who submitted it) approve; the last approval applies it.
class BigDataImport
{
    Q_DECLARE_TR_FUNCTIONS(BigDataImport)
public:
    BigDataImport(const Database &db, const PolicyProfile &profile) : m_db(db), m_profile(profile)
    {
    }
    // Where to announce an import once it is committed (people and counts).
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }
    ImportPlan validate(const ReadTable &table, const ImportMapping &mapping,
                        const QDate &today) const;
    // Applies the plan at once (no approval needed), as `session`: the gate
    // (AccessGate) must allow it to import and every person must be within its
    // node. The front end has written the import's audit entry through the gate.
    bool apply(const ImportPlan &plan, const Session &session, QString *error = nullptr) const;

    enum class Outcome { Refused, Applied, Pending };
    // Applies the plan, or holds it for approval when the profile requires it;
    // *batch receives the pending batch's number.
    Outcome submit(const ImportPlan &plan, const QString &fileName, const Session &session,
                   qint64 *batch, QString *error) const;
    // One user's approval of a pending batch; the last needed one applies it.
    // *applied tells whether it did; *approvals how many there are now.
    bool approve(qint64 batch, const Session &session, bool *applied, int *approvals,
                 QString *error) const;
    bool needsApproval(const ImportPlan &plan) const;
    QList<PendingImport> pendingBatches(QString *error = nullptr) const;
    // One pending batch; nullopt with *error when there is none of that number.
    std::optional<PendingImport> pendingBatch(qint64 batch, QString *error) const;

private:
    bool write(const QList<ImportChange> &changes, const Session &session, const QString &batch,
               QString *error) const;
    void announce() const;
    const Database &m_db;
    const PolicyProfile &m_profile;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
