#include "serverapproval.h"

#include "protocolfields.h"
#include "security/accessgate.h"
#include "security/session.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "syncclient.h"
#include "verification/bigdatacertification.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace certdesk
{

QList<ServerApproval::Step> ServerApproval::waitingFor(const Database &db,
                                                       const PolicyProfile &profile,
                                                       const Session &session, QString *error)
{
    QList<Step> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.uuid, e.event_date, e.recipient_id, r.id_number, e.kind, e.approved_by FROM "
        "lifecycle_event e JOIN recipient r ON r.id = e.recipient_id JOIN lifecycle_outbox o ON "
        "o.event_uuid = e.uuid WHERE e.approved_by = ? AND o.state = 'pending' ORDER BY e.seq"));
    q.addBindValue(session.user().username);
    if (!sqlvalue::exec(q, error))
        return out;
    while (q.next()) {
        Step s{q.value(0).toString(), sqlvalue::date(q.value(1)), q.value(2).toLongLong(),
               q.value(3).toString(), q.value(4).toString(),      q.value(5).toString()};
        if (AccessGate::allows(db, profile, session, Action::RecordPaymentStep,
                               AccessTarget::person(s.recipientId)))
            out.append(s);
    }
    return out;
}

std::optional<ServerApproval::Step> ServerApproval::find(const Database &db, const QString &uuid,
                                                         QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT e.event_date, e.recipient_id, r.id_number, e.kind, "
                             "e.approved_by FROM lifecycle_event e JOIN recipient r ON r.id = "
                             "e.recipient_id WHERE e.uuid = ?"));
    q.addBindValue(uuid);
    if (!sqlvalue::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = tr("No payment step %1 is recorded on this desk.").arg(uuid);
        return std::nullopt;
    }
    return Step{uuid,
                sqlvalue::date(q.value(0)),
                q.value(1).toLongLong(),
                q.value(2).toString(),
                q.value(3).toString(),
                q.value(4).toString()};
}

QString ServerApproval::mismatch(const Step &step, const QString &user)
{
    if (step.approvedBy.trimmed().isEmpty())
        return tr("The step %1 names no approver; it needs none.").arg(step.uuid);
    if (step.approvedBy != user)
        return tr("The step %1 names %2 as its approver, not %3.")
            .arg(step.uuid, step.approvedBy, user);
    return {};
}

QString ServerApproval::deviceFor(const QString &deskDevice, const QString &user)
{
    // Device ids are plain ASCII (the server refuses anything else); a user name
    // may be Chinese, so the user is named by a hash.
    const QByteArray tag = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256);
    return deskDevice + QStringLiteral(":approver-") + QString::fromLatin1(tag.toHex().left(12));
}

// Signs in to the desk's server as `user` with a device id of their own on this
// desk, and posts `body` to `path`.
SyncReport ServerApproval::postAs(const SyncSettings &desk, const QString &user,
                                  const QString &password, const QString &path,
                                  const QJsonObject &body, QJsonObject *answer)
{
    SyncReport report;
    if (!desk.isConfigured()) {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = tr("This desk has no district server set up; set up sync first.");
        return report;
    }
    SyncSettings as = desk;
    as.user = user;
    as.device = deviceFor(desk.device, user);
    as.deviceKey.clear();
    SyncClient client(as.server, as.trust);
    report = SyncRun::signIn(client, &as, password);
    if (report.outcome != SyncReport::Outcome::Ok)
        return report;
    const HttpReply reply = client.post(path, body);
    if (!reply.ok()) {
        report.outcome = reply.transportFailed || reply.status >= 500
                             ? SyncReport::Outcome::RetryLater
                             : SyncReport::Outcome::NeedsPerson;
        report.message = tr("The server did not record the approval: %1").arg(reply.message);
    } else if (answer) {
        *answer = reply.json;
    }
    return report;
}

SyncReport ServerApproval::approve(const SyncSettings &desk, const QString &user,
                                   const QString &password, const Step &step)
{
    return postAs(desk, user, password, QStringLiteral("/v1/approvals"),
                  {{ProtocolField::event, step.uuid},
                   {ProtocolField::idNumber, step.idNumber},
                   {ProtocolField::step, step.kind}});
}

bool ServerApproval::batchNeedsServer(const PolicyProfile &profile, const SyncSettings &desk)
{
    return BigDataCertification::batchesAreRuled(profile) && desk.isConfigured();
}

SyncReport ServerApproval::approveBatch(const SyncSettings &desk, const QString &user,
                                        const QString &password, const Batch &batch)
{
    if (batch.uuid.isEmpty()) {
        SyncReport report;
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = tr("The import batch has no uuid; it cannot be approved on the server.");
        return report;
    }
    return postAs(desk, user, password, QStringLiteral("/v1/import-approvals"),
                  {{QStringLiteral("batch"), batch.uuid},
                   {QStringLiteral("qualified"), batch.qualified},
                   {QStringLiteral("submittedBy"), batch.submittedBy}});
}

} // namespace certdesk
