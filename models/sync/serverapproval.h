#pragma once

#include "syncrun.h"
#include "syncsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;
class Session;

// A supervisor's approval of a payment step on the district server (issue 16
// point 1: an approver is a user of the server, with the role and the duty, who
// approved there). A step that needs an approval (unsealing, GD 9 / QD 26) is
// recorded on this desk naming its approver; the approver, signed in on this
// desk or any other, approves it on the server (POST /v1/approvals) and the
// desk's next push is accepted. Without that approval the server refuses it.
class ServerApproval
{
    Q_DECLARE_TR_FUNCTIONS(ServerApproval)
public:
    struct Step {
        QString uuid;
        QDate date;
        qint64 recipientId = 0;
        QString idNumber;
        QString kind;       // BenefitLifecycle key ("unsealed")
        QString approvedBy; // the approver the step names
    };
    // Steps recorded on this desk, not yet pushed, that name `session`'s user as
    // their approver and that the gate lets the user act on (RecordPaymentStep on
    // the person: role, duty, jurisdiction). Oldest first.
    static QList<Step> waitingFor(const Database &db, const PolicyProfile &profile,
                                  const Session &session, QString *error = nullptr);
    // The payment step `uuid` as recorded on this desk; nullopt with *error.
    static std::optional<Step> find(const Database &db, const QString &uuid, QString *error);
    // Why `user` may not approve `step` (it names someone else, or nobody); empty
    // when they may ask the server.
    static QString mismatch(const Step &step, const QString &user);
    // Signs in to the desk's server as `user` with the desk's trust settings and
    // a device id of this user on this desk (a device belongs to one user, so
    // the desk's own id stays its worker's), then approves `step`. The report's
    // outcome is Ok, or says why not (the server's reason in the message).
    static SyncReport approve(const SyncSettings &desk, const QString &user,
                              const QString &password, const Step &step);
    // The device id `user` signs in with from the desk `deskDevice`.
    static QString deviceFor(const QString &deskDevice, const QString &user);

    // A big-data import batch held on this desk for its approvals (GD 9).
    struct Batch {
        QString uuid; // the desk's name for it, sent with its certifications
        int qualified = 0;
        QString submittedBy;
    };
    // Whether an approval of an import batch must be given on the server too:
    // the profile approves batches (GD 9) and the desk has a server. Only
    // approvals given there count for the server (it refuses the batch's
    // certifications otherwise); a desk without a server keeps its own.
    static bool batchNeedsServer(const PolicyProfile &profile, const SyncSettings &desk);
    // Approves `batch` on the server as `user` (POST /v1/import-approvals); the
    // server checks the role, the level (street, then county) and the cap again.
    static SyncReport approveBatch(const SyncSettings &desk, const QString &user,
                                   const QString &password, const Batch &batch);

private:
    static SyncReport postAs(const SyncSettings &desk, const QString &user, const QString &password,
                             const QString &path, const QJsonObject &body,
                             QJsonObject *answer = nullptr);
};

} // namespace certdesk
