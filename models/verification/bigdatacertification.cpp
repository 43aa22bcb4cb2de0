#include "bigdatacertification.h"

#include "domain/approvallevels.h"
#include "domain/bigdataconclusion.h"
#include "domain/isodate.h"
#include "store/sqlvalues.h"
#include "verificationeventrows.h"

#include <QRegularExpression>
#include <QUuid>

namespace certdesk
{

namespace
{
// The namespace of the name-based (version 5) uuids of big-data certifications.
const QUuid kNamespace(QStringLiteral("{6d0f4a52-6c1b-4b8e-9a57-2f1c0e3b9d41}"));
} // namespace

QDate BigDataCertification::certificationDate(const QString &month, const QString &behaviour,
                                              const QDate &today)
{
    static const QRegularExpression leadingDate(QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch m = leadingDate.match(behaviour);
    if (m.hasMatch()) {
        const QDate seen = QDate::fromString(m.captured(1), Qt::ISODate);
        if (seen.isValid() && (!today.isValid() || seen <= today))
            return seen;
    }
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QString BigDataCertification::uuidFor(const QString &idNumber, const QString &month,
                                      const QString &source, const QDate &date)
{
    const QString key =
        QStringList{QStringLiteral("big-data"), idNumber, month, source, isoDate(date)}.join(
            QLatin1Char('|'));
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

std::optional<VerificationEvent>
BigDataCertification::eventFor(qint64 recipientId, const QString &idNumber,
                               const BigDataResult &result, const QString &worker,
                               const QString &importBatch, const QDate &today)
{
    if (result.rank != BigDataConclusions::rank(BigDataConclusion::Qualified))
        return std::nullopt; // to-verify and disqualified renew nothing
    const QDate date = certificationDate(result.month, result.behaviour, today);
    if (!date.isValid())
        return std::nullopt;
    VerificationEvent e;
    e.uuid = uuidFor(idNumber, result.month, result.source, date);
    e.recipientId = recipientId;
    e.checkDate = date;
    e.occurredAt = QDateTime(date, QTime(12, 0));
    e.recordedAt = QDateTime::currentDateTimeUtc();
    e.method = VerificationMethod::BigData;
    e.status = LivingStatus::Alive;
    e.worker = worker;
    e.note = QStringList{result.detail, result.behaviour}.join(QLatin1Char(' ')).trimmed();
    e.source = result.source;
    e.bigDataMonth = result.month;
    e.importBatch = importBatch;
    return e;
}

QString BigDataCertification::protocolProblem(const QString &uuid, const QString &idNumber,
                                              const QString &month, const QString &source,
                                              const QDate &checkDate, const QString &status)
{
    if (status != VerificationTerms::key(LivingStatus::Alive))
        return QStringLiteral("status: a big-data certification finds the person alive");
    if (!QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid())
        return QStringLiteral("bigdataMonth: missing or not YYYY-MM");
    if (!checkDate.isValid())
        return QStringLiteral("checkDate: missing");
    if (uuid != uuidFor(idNumber, month, source, checkDate))
        return QStringLiteral(
            "uuid: a big-data certification's uuid is made from its person, month, source "
            "and date");
    return QString();
}

bool BigDataCertification::batchesAreRuled(const PolicyProfile &profile)
{
    return profile.qualifiedImportCap() > 0 || profile.qualifiedImportApprovals() > 0;
}

QString BigDataCertification::batchProblem(const PolicyProfile &profile, int qualified,
                                           const QList<int> &approverLevels)
{
    // GD 9: at most 2,000 qualified people in one import batch.
    const int cap = profile.qualifiedImportCap();
    if (cap > 0 && (qualified < 1 || qualified > cap))
        return tr("The import batch marks %1 people qualified; the %2 rules allow 1 to %3 in one "
                  "batch.")
            .arg(qualified)
            .arg(profile.displayName())
            .arg(cap);
    // GD 9 两级审批: the street's approval, then the county's.
    const int needed = profile.qualifiedImportApprovals();
    if (approverLevels.size() < needed)
        return tr("The import batch has %1 of the %2 approvals the %3 rules require.")
            .arg(approverLevels.size())
            .arg(needed)
            .arg(profile.displayName());
    for (int i = 0; i < approverLevels.size(); ++i) {
        const QString refused =
            ApprovalLevels::refusal(profile.qualifiedImportLevels(), i, approverLevels.at(i));
        if (!refused.isEmpty())
            return refused;
    }
    return QString();
}

BigDataCertificationWriter::BigDataCertificationWriter(const QSqlDatabase &connection,
                                                       PersonState &state)
    : m_state(state), m_rows(connection),
      m_sealed(connection, QStringLiteral("SELECT benefit_status FROM recipient WHERE id = ?"))
{
}

BigDataCertificationWriter::~BigDataCertificationWriter() = default;

bool BigDataCertificationWriter::append(VerificationEvent &e, bool outbox, bool *created,
                                        QString *error)
{
    *created = false;
    bool found = false;
    if (!m_rows.contains(e.uuid, &found, error))
        return false;
    if (found)
        return true; // the same result brought again: nothing new
    if (!m_sealed.select({e.recipientId}, error))
        return false;
    const bool isSealed =
        m_sealed.next() && m_sealed.value(0).toString() == QLatin1String("sealed");
    m_sealed.finish();
    if (isSealed)
        return true; // GD 9: a sealed account takes nothing but unsealing
    const PendingCheck pending{e.uuid,       QString(),
                               e.checkDate,  e.occurredAt,
                               e.recordedAt, VerificationTerms::key(e.status),
                               {},           VerificationTerms::key(VerificationMethod::BigData)};
    CheckColumns derived;
    if (!m_state.applyCheck(e.recipientId, pending, &derived, error))
        return false;
    if (derived.livingStatus == VerificationTerms::key(LivingStatus::Alive)) {
        e.periodStart = derived.periodStart;
        e.periodEnd = derived.periodEnd;
    }
    if (!m_rows.write(e, outbox, error))
        return false;
    *created = true;
    return true;
}

} // namespace certdesk
