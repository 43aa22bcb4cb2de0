#include "pulledeventcheck.h"

#include "domain/isodate.h"
#include "protocolfields.h"
#include "verification/verificationservice.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace certdesk
{

namespace
{

// A date field: absent or empty is "none"; anything else must be a date.
bool readDate(const QJsonObject &o, QLatin1String key, QDate *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(v.toString(), Qt::ISODate);
    if (out->isValid())
        return true;
    *why = PulledEventCheck::tr("%1 is not a date (YYYY-MM-DD).").arg(key);
    return false;
}

bool readText(const QJsonObject &o, QLatin1String key, QString *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *why = PulledEventCheck::tr("%1 is not text.").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readCount(const QJsonObject &o, QLatin1String key, qint64 *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    // Integers only, and within what a double carries exactly.
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d)) || qAbs(d) > 9007199254740991.0) {
        *why = PulledEventCheck::tr("%1 is not a whole number.").arg(key);
        return false;
    }
    *out = qint64(d);
    return true;
}

} // namespace

PulledEventCheck::PulledEventCheck(const PolicyProfile &profile, const QDate &today)
    : m_profile(profile), m_today(today)
{
}

std::optional<VerificationEvent> PulledEventCheck::decodeCheck(const QJsonObject &o,
                                                               QString *why) const
{
    VerificationEvent e;
    e.uuid = o.value(ProtocolField::uuid).toString();
    const auto method = VerificationTerms::methodFromKey(o.value(ProtocolField::method).toString());
    if (!method) {
        *why = tr("Unknown method '%1'.").arg(o.value(ProtocolField::method).toString());
        return std::nullopt;
    }
    e.method = *method;
    const auto status = VerificationTerms::statusFromKey(o.value(ProtocolField::status).toString());
    if (!status) {
        *why = tr("Unknown living status '%1'.").arg(o.value(ProtocolField::status).toString());
        return std::nullopt;
    }
    e.status = *status;
    if (!readDate(o, ProtocolField::checkDate, &e.checkDate, why) ||
        !readDate(o, ProtocolField::deathDate, &e.deathDate, why) ||
        !readDate(o, ProtocolField::lossDate, &e.lossDate, why) ||
        !readDate(o, ProtocolField::releaseDate, &e.releaseDate, why) ||
        !readText(o, ProtocolField::deathSource, &e.deathSource, why) ||
        !readText(o, ProtocolField::lossReason, &e.lossReason, why) ||
        !readText(o, ProtocolField::worker, &e.worker, why) ||
        !readText(o, ProtocolField::note, &e.note, why) ||
        !readText(o, ProtocolField::corrects, &e.corrects, why) ||
        !readText(o, ProtocolField::batchId, &e.batchId, why))
        return std::nullopt;
    const QJsonValue contact = o.value(ProtocolField::contact);
    if (!contact.isUndefined() && !contact.isNull() && !contact.isObject()) {
        *why = tr("contact is not an object.");
        return std::nullopt;
    }
    const QJsonObject c = contact.toObject();
    const struct {
        QLatin1String key;
        std::optional<QString> *field;
    } contactFields[] = {
        {ProtocolField::phone, &e.contact.phone},
        {ProtocolField::householdAddress, &e.contact.householdAddress},
        {ProtocolField::residenceAddress, &e.contact.residenceAddress},
        {ProtocolField::residenceType, &e.contact.residenceType},
    };
    for (const auto &f : contactFields) {
        if (!c.contains(f.key))
            continue;
        QString value;
        if (!readText(c, f.key, &value, why))
            return std::nullopt;
        *f.field = value;
    }
    const QJsonValue evidence = o.value(ProtocolField::evidence);
    if (!evidence.isUndefined() && !evidence.isNull() && !evidence.isArray()) {
        *why = tr("evidence is not a list.");
        return std::nullopt;
    }
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &v : evidence.toArray()) {
        const QJsonObject x = v.toObject();
        EvidenceLink link;
        link.item.sha256 = x.value(QLatin1String("sha256")).toString();
        if (!sha.match(link.item.sha256).hasMatch()) {
            *why = tr("An evidence item is not named by a lower-case SHA-256.");
            return std::nullopt;
        }
        const auto kind =
            VerificationTerms::evidenceKindFromKey(x.value(ProtocolField::kind).toString());
        if (!kind) {
            *why = tr("Unknown evidence kind '%1'.").arg(x.value(ProtocolField::kind).toString());
            return std::nullopt;
        }
        link.kind = *kind;
        link.item.originalName = x.value(ProtocolField::name).toString();
        e.evidence << link;
    }
    return e;
}

std::optional<LifecycleEvent> PulledEventCheck::decodeStep(const QJsonObject &o, QString *why) const
{
    LifecycleEvent e;
    e.uuid = o.value(ProtocolField::uuid).toString();
    const auto kind = BenefitLifecycle::kindFromKey(o.value(ProtocolField::step).toString());
    if (!kind) {
        *why = tr("Unknown payment step '%1'.").arg(o.value(ProtocolField::step).toString());
        return std::nullopt;
    }
    e.kind = *kind;
    qint64 months = 0, instalments = 0;
    if (!readDate(o, ProtocolField::eventDate, &e.date, why) ||
        !readDate(o, ProtocolField::effectiveMonth, &e.effectiveMonth, why) ||
        !readDate(o, ProtocolField::firstMonth, &e.firstMonth, why) ||
        !readDate(o, ProtocolField::lastMonth, &e.lastMonth, why) ||
        !readDate(o, ProtocolField::deadline, &e.deadline, why) ||
        !readText(o, ProtocolField::reason, &e.reason, why) ||
        !readText(o, ProtocolField::cause, &e.cause, why) ||
        !readText(o, ProtocolField::actor, &e.actor, why) ||
        !readText(o, ProtocolField::approvedBy, &e.approvedBy, why) ||
        !readText(o, ProtocolField::objector, &e.objector, why) ||
        !readText(o, ProtocolField::ref, &e.ref, why) ||
        !readCount(o, ProtocolField::amountFen, &e.amountFen, why) ||
        !readCount(o, ProtocolField::months, &months, why) ||
        !readCount(o, ProtocolField::instalments, &instalments, why))
        return std::nullopt;
    if (months > 1200 || instalments > 1200) {
        *why = tr("months and instalments are at most 1200.");
        return std::nullopt;
    }
    e.months = int(months);
    e.instalments = int(instalments);
    e.recordedAt =
        QDateTime::fromString(o.value(ProtocolField::recordedAt).toString(), Qt::ISODateWithMs);
    return e;
}

QString PulledEventCheck::checkProblem(const QJsonObject &event, const Recipient &person) const
{
    QString why;
    const auto e = decodeCheck(event, &why);
    if (!e)
        return why;
    // The rules recording runs here (VerificationService), except that the
    // evidence files need not be here yet: they are fetched after the pull.
    const QString dates = VerificationService::statedDatesProblem(*e, person);
    if (!dates.isEmpty())
        return dates;
    return VerificationService::ruleProblem(m_profile, m_today.addDays(1), *e, person);
}

QString PulledEventCheck::stepProblem(const QJsonObject &event, const Recipient &person,
                                      const LifecycleState &state) const
{
    QString why;
    const auto e = decodeStep(event, &why);
    if (!e)
        return why;
    if (e->date.isValid() && e->date > m_today.addDays(1))
        return tr("The date of the step (%1) is in the future.").arg(isoDate(e->date));
    // The state machine, as LifecycleService runs it before recording (RULES.md §5).
    const QString refused = BenefitLifecycle::refusal(state, *e);
    if (!refused.isEmpty())
        return refused;
    return backPayProblem(*e, person, state);
}

QString PulledEventCheck::backPayProblem(const LifecycleEvent &e, const Recipient &person,
                                         const LifecycleState &state)
{
    if (e.kind != LifecycleKind::Resumed)
        return {};
    if (e.amountFen == 0 && e.months == 0)
        return {};
    // QD 26, ZB 四(二)4, UR 八(一): a resumption pays back what the suspension
    // withheld: whole months of the recorded monthly amount, no month before the
    // suspension's first unpaid month nor from the resumption's month on.
    if (!state.suspendedFrom.isValid())
        return tr("Back pay follows a suspension; this resumption has none before it.");
    const QDate before = BenefitLifecycle::firstOfMonth(e.effectiveMonth).addMonths(-1);
    const Overpayment most =
        BenefitLifecycle::backPay(Money(person.monthlyBenefitFen), state.suspendedFrom, before);
    if (e.months > most.months)
        return tr("Back pay for %1 months, but the payment was suspended for %2.")
            .arg(e.months)
            .arg(most.months);
    const qint64 expected = qint64(e.months) * person.monthlyBenefitFen;
    if (e.amountFen != expected)
        return tr("The back pay of %1 months is %2 yuan (%3 yuan a month), not %4 yuan.")
            .arg(e.months)
            .arg(Money(expected).toYuanString(), Money(person.monthlyBenefitFen).toYuanString(),
                 Money(e.amountFen).toYuanString());
    return {};
}

} // namespace certdesk
