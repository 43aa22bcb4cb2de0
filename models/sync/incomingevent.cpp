#include "incomingevent.h"

#include "domain/isodate.h"
#include "domain/safetext.h"
#include "domain/stepamounts.h"
#include "protocolfields.h"
#include "verification/verificationservice.h"

#include <QJsonArray>

namespace certdesk
{

namespace
{
// A civil date, or a month given as YYYY-MM (its 1st). Absent is fine (invalid
// date); present and unreadable is a problem.
bool readDate(const QJsonObject &o, QLatin1String field, QDate *out, QString *problem)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return true;
    QString text = v.toString();
    if (text.size() == 7)
        text += QStringLiteral("-01");
    *out = QDate::fromString(text, Qt::ISODate);
    if (!v.isString() || !out->isValid()) {
        *problem = IncomingEvent::tr("%1: not a date (YYYY-MM-DD).").arg(field);
        return false;
    }
    return true;
}

bool readTime(const QJsonObject &o, QLatin1String field, QDateTime *out, QString *problem)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return true;
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !out->isValid()) {
        *problem = IncomingEvent::tr("%1: not a time (ISO 8601).").arg(field);
        return false;
    }
    return true;
}

bool readInt(const QJsonObject &o, QLatin1String field, qint64 *out, QString *problem)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d)) || qAbs(d) > 1e15) {
        *problem = IncomingEvent::tr("%1: not a whole number.").arg(field);
        return false;
    }
    *out = qint64(d);
    return true;
}

std::optional<QString> optionalText(const QJsonObject &o, QLatin1String field)
{
    const QJsonValue v = o.value(field);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

// Walks every string of a JSON value.
QString walk(const QJsonValue &v, const QString &path)
{
    if (v.isString())
        return SafeText::textProblem(path, v.toString());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = walk(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!p.isEmpty())
                return p;
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = SafeText::textProblem(path, it.key());
            if (!key.isEmpty())
                return key;
            const QString p =
                walk(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key());
            if (!p.isEmpty())
                return p;
        }
    }
    return {};
}
} // namespace

QString IncomingEvent::textProblem(const QJsonObject &event)
{
    const QString any = walk(event, QString());
    if (!any.isEmpty())
        return any;
    for (const QLatin1String field : {ProtocolField::worker, ProtocolField::actor,
                                      ProtocolField::approvedBy, ProtocolField::objector}) {
        const QString p = SafeText::nameProblem(field, event.value(field).toString());
        if (!p.isEmpty())
            return p;
    }
    return {};
}

std::optional<VerificationEvent> IncomingEvent::verification(const QJsonObject &o, QString *problem)
{
    VerificationEvent e;
    e.uuid = o.value(ProtocolField::uuid).toString();
    const auto method = VerificationTerms::methodFromKey(o.value(ProtocolField::method).toString());
    if (!method) {
        *problem = tr("method: '%1' is not a way of checking.")
                       .arg(o.value(ProtocolField::method).toString());
        return std::nullopt;
    }
    e.method = *method;
    const auto status = VerificationTerms::statusFromKey(o.value(ProtocolField::status).toString());
    if (!status) {
        *problem = tr("status: '%1' is not a living status.")
                       .arg(o.value(ProtocolField::status).toString());
        return std::nullopt;
    }
    e.status = *status;
    if (!readDate(o, ProtocolField::checkDate, &e.checkDate, problem) ||
        !readDate(o, ProtocolField::deathDate, &e.deathDate, problem) ||
        !readDate(o, ProtocolField::lossDate, &e.lossDate, problem) ||
        !readDate(o, ProtocolField::releaseDate, &e.releaseDate, problem) ||
        !readDate(o, ProtocolField::periodStart, &e.periodStart, problem) ||
        !readDate(o, ProtocolField::periodEnd, &e.periodEnd, problem) ||
        !readTime(o, ProtocolField::occurredAt, &e.occurredAt, problem) ||
        !readTime(o, ProtocolField::recordedAt, &e.recordedAt, problem))
        return std::nullopt;
    e.deathSource = o.value(ProtocolField::deathSource).toString();
    e.lossReason = o.value(ProtocolField::lossReason).toString();
    e.worker = o.value(ProtocolField::worker).toString();
    e.note = o.value(ProtocolField::note).toString();
    e.corrects = o.value(ProtocolField::corrects).toString();
    e.batchId = o.value(ProtocolField::batchId).toString();
    const QJsonObject contact = o.value(ProtocolField::contact).toObject();
    e.contact.phone = optionalText(contact, ProtocolField::phone);
    e.contact.householdAddress = optionalText(contact, ProtocolField::householdAddress);
    e.contact.residenceAddress = optionalText(contact, ProtocolField::residenceAddress);
    e.contact.residenceType = optionalText(contact, ProtocolField::residenceType);
    for (const QJsonValue &v : o.value(ProtocolField::evidence).toArray()) {
        const QJsonObject item = v.toObject();
        EvidenceLink link;
        link.item.sha256 = item.value(QStringLiteral("sha256")).toString();
        link.item.originalName = item.value(ProtocolField::name).toString();
        link.item.format = item.value(QStringLiteral("format")).toString();
        link.item.width = item.value(QStringLiteral("width")).toInt();
        link.item.height = item.value(QStringLiteral("height")).toInt();
        link.item.bytes = item.value(QStringLiteral("bytes")).toInteger();
        // A missing kind is "other"; a kind that is no kind is refused.
        const QString kindKey = item.value(ProtocolField::kind).toString(QStringLiteral("other"));
        const auto kind = VerificationTerms::evidenceKindFromKey(kindKey);
        if (!kind) {
            *problem = tr("evidence: '%1' is not a kind of evidence.")
                           .arg(item.value(ProtocolField::kind).toString());
            return std::nullopt;
        }
        link.kind = *kind;
        e.evidence.append(link);
    }
    return e;
}

std::optional<LifecycleEvent> IncomingEvent::lifecycle(const QJsonObject &o, QString *problem)
{
    LifecycleEvent e;
    e.uuid = o.value(ProtocolField::uuid).toString();
    const auto kind = BenefitLifecycle::kindFromKey(o.value(ProtocolField::step).toString());
    if (!kind) {
        *problem =
            tr("step: '%1' is not a payment step.").arg(o.value(ProtocolField::step).toString());
        return std::nullopt;
    }
    e.kind = *kind;
    qint64 months = 0, instalments = 0;
    if (!readDate(o, ProtocolField::eventDate, &e.date, problem) ||
        !readDate(o, ProtocolField::effectiveMonth, &e.effectiveMonth, problem) ||
        !readDate(o, ProtocolField::firstMonth, &e.firstMonth, problem) ||
        !readDate(o, ProtocolField::lastMonth, &e.lastMonth, problem) ||
        !readDate(o, ProtocolField::deadline, &e.deadline, problem) ||
        !readTime(o, ProtocolField::recordedAt, &e.recordedAt, problem) ||
        !readInt(o, ProtocolField::amountFen, &e.amountFen, problem) ||
        !readInt(o, ProtocolField::months, &months, problem) ||
        !readInt(o, ProtocolField::instalments, &instalments, problem))
        return std::nullopt;
    if (months > 1200 || instalments > 1200 || months < -1 || instalments < -1) {
        *problem = tr("months: at most 1200.");
        return std::nullopt;
    }
    e.months = int(months);
    e.instalments = int(instalments);
    e.reason = o.value(ProtocolField::reason).toString();
    e.cause = o.value(ProtocolField::cause).toString();
    e.actor = o.value(ProtocolField::actor).toString();
    e.approvedBy = o.value(ProtocolField::approvedBy).toString();
    e.objector = o.value(ProtocolField::objector).toString();
    e.ref = o.value(ProtocolField::ref).toString();
    return e;
}

Recipient IncomingEvent::person(const QJsonObject &d)
{
    Recipient r;
    const auto date = [&d](const char *key) {
        return QDate::fromString(d.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    r.idNumber = d.value(ProtocolField::idNumber).toString();
    r.name = d.value(ProtocolField::name).toString();
    r.birth = date("birthDate");
    r.category = BenefitCategories::fromKey(d.value(QStringLiteral("category")).toString())
                     .value_or(BenefitCategory::Enterprise);
    r.districtCode = d.value(QStringLiteral("district")).toString();
    r.streetCode = d.value(QStringLiteral("street")).toString();
    r.communityCode = d.value(QStringLiteral("community")).toString();
    r.phone = d.value(ProtocolField::phone).toString();
    r.householdAddress = d.value(ProtocolField::householdAddress).toString();
    r.residenceAddress = d.value(ProtocolField::residenceAddress).toString();
    r.residenceType = d.value(ProtocolField::residenceType).toString(QStringLiteral("local"));
    r.benefitStart = date("benefitStart");
    r.lastCertification = date("lastCertDate");
    r.individualMonths = d.value(ProtocolField::individualMonths).toInt();
    r.specialFlags = d.value(ProtocolField::specialFlags).toInt();
    r.monthlyBenefitFen = d.value(ProtocolField::monthlyBenefitFen).toInteger();
    return r;
}

QString IncomingEvent::checkProblem(const VerificationEvent &e, const Recipient &person,
                                    const PolicyProfile &profile, const QDate &today)
{
    const QString dates = VerificationService::statedDatesProblem(e, person);
    if (!dates.isEmpty())
        return dates;
    return VerificationService::ruleProblem(profile, today, e, person);
}

QString IncomingEvent::stepProblem(const LifecycleState &before, const LifecycleEvent &e,
                                   const Recipient &person, const QDate &today,
                                   const QMap<QDate, Money> &history)
{
    if (e.date.isValid() && e.date > today)
        return tr("The date of the step (%1) is in the future.").arg(isoDate(e.date));
    const QString refused = BenefitLifecycle::refusal(before, e);
    if (!refused.isEmpty())
        return refused;
    const QString bound = backPayBound(before, e);
    if (!bound.isEmpty())
        return bound;
    return StepAmounts::problem(e, Money(person.monthlyBenefitFen), history);
}

QString IncomingEvent::backPayBound(const LifecycleState &before, const LifecycleEvent &e)
{
    if (e.kind != LifecycleKind::Resumed || (e.amountFen == 0 && e.months == 0))
        return {};
    // QD 26, ZB 四(二)4, UR 八(一): a resumption pays back what the suspension
    // withheld, no month before the suspension's first unpaid month nor from the
    // resumption's month on.
    if (!before.suspendedFrom.isValid())
        return tr("Back pay follows a suspension; this resumption has none before it.");
    const QDate last = BenefitLifecycle::firstOfMonth(e.effectiveMonth).addMonths(-1);
    const int most = StepAmounts::monthsBetween(before.suspendedFrom, last);
    if (e.months > most)
        return tr("Back pay for %1 months, but the payment was suspended for %2.")
            .arg(e.months)
            .arg(most);
    return {};
}

bool IncomingEvent::stepsInOrder(const LifecycleEvent &a, const LifecycleEvent &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    return a.recordedAt < b.recordedAt;
}

} // namespace certdesk
