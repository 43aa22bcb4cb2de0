#include "profilerules.h"

#include "benefitcategory.h"
#include "workingcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk
{

namespace
{

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    // Range first: converting a double outside qint64 (1e49 in a crafted profile,
    // found by fuzz_profile) is undefined behaviour.
    return d >= -9.0e15 && d <= 9.0e15 && d == double(qint64(d));
}

// Fields of `o` that are not in `allowed`, as a message naming the first one.
QString unknownField(const QJsonObject &o, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return ProfileRules::tr("unknown field '%1'").arg(it.key());
    }
    return {};
}

QString checkPeriod(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString unknown = unknownField(o, {QStringLiteral("rule"), QStringLiteral("months")});
    if (!unknown.isEmpty())
        return unknown;
    const QString rule = o.value(QLatin1String("rule")).toString();
    static const QStringList rules = {
        QStringLiteral("same-day"), QStringLiteral("next-month"), QStringLiteral("operation-month"),
        QStringLiteral("annual-window"), QStringLiteral("calendar-period")};
    if (!rules.contains(rule))
        return ProfileRules::tr("\"rule\" must be one of %1").arg(rules.join(QLatin1String(", ")));
    const QJsonValue months = o.value(QLatin1String("months"));
    if (months.isUndefined())
        return rule == QLatin1String("annual-window") ? QString()
                                                      : ProfileRules::tr("\"months\" is missing");
    if (!isInteger(months))
        return ProfileRules::tr("\"months\" must be a whole number");
    const int n = months.toInt();
    if (rule == QLatin1String("calendar-period") && (n < 1 || n > 12 || 12 % n != 0))
        return ProfileRules::tr("\"months\" must divide the year (1, 2, 3, 4, 6 or 12) for a "
                                "calendar period");
    if (n < 1 || n > 120)
        return ProfileRules::tr("\"months\" must be from 1 to 120");
    return {};
}

QString checkWindow(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString unknown = unknownField(o, {QStringLiteral("start"), QStringLiteral("end")});
    if (!unknown.isEmpty())
        return unknown;
    int sm = 0, sd = 0, em = 0, ed = 0;
    if (!parseMonthDay(o.value(QLatin1String("start")), &sm, &sd) ||
        !parseMonthDay(o.value(QLatin1String("end")), &em, &ed))
        return ProfileRules::tr("\"start\" and \"end\" must be a month and day like \"04-01\"");
    if (QDate(2000, sm, sd) > QDate(2000, em, ed))
        return ProfileRules::tr("\"start\" must not be after \"end\"");
    return {};
}

QString checkHours(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString unknown = unknownField(o, {QStringLiteral("spans"), QStringLiteral("summer")});
    if (!unknown.isEmpty())
        return unknown;
    if (parseTimeSpans(o.value(QLatin1String("spans"))).isEmpty())
        return ProfileRules::tr("\"spans\" must be a list of [\"start\", \"end\"] times like "
                                "[\"08:30\", \"17:30\"], in order, each start before its end");
    const QJsonValue summer = o.value(QLatin1String("summer"));
    if (summer.isUndefined())
        return {};
    const QJsonObject s = summer.toObject();
    int m = 0, d = 0;
    if (!summer.isObject() || !parseMonthDay(s.value(QLatin1String("from")), &m, &d) ||
        !parseMonthDay(s.value(QLatin1String("to")), &m, &d) ||
        parseTimeSpans(s.value(QLatin1String("spans"))).isEmpty() ||
        !unknownField(s, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("spans")})
             .isEmpty())
        return ProfileRules::tr("\"summer\" must be an object with \"from\", \"to\" (like "
                                "\"05-01\") and \"spans\"");
    return {};
}

QString checkDuties(const QJsonValue &v)
{
    static const QRegularExpression duty(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    for (const QJsonValue &pair : v.toArray()) {
        const QJsonArray a = pair.toArray();
        if (!pair.isArray() || a.size() != 2 || !duty.match(a.at(0).toString()).hasMatch() ||
            !duty.match(a.at(1).toString()).hasMatch() || a.at(0) == a.at(1))
            return ProfileRules::tr("must be a list of pairs of duty names like "
                                    "[\"approve-benefit\", \"certify\"]");
    }
    return {};
}

// A non-empty list of distinct names, each one of `allowed`.
QString checkNames(const QJsonValue &v, const QStringList &allowed)
{
    const QJsonArray a = v.toArray();
    QStringList seen;
    for (const QJsonValue &name : a) {
        if (!allowed.contains(name.toString()) || seen.contains(name.toString()))
            return ProfileRules::tr("must be a list of distinct names from: %1")
                .arg(allowed.join(QLatin1String(", ")));
        seen << name.toString();
    }
    return a.isEmpty() ? ProfileRules::tr("must not be empty") : QString();
}

QString checkEvidenceKinds(const QJsonValue &v)
{
    // The evidence kinds VerificationTerms knows (models/verification is above this layer).
    return checkNames(v, {QStringLiteral("person"), QStringLiteral("id-card"),
                          QStringLiteral("power-of-attorney"), QStringLiteral("sign-in-sheet"),
                          QStringLiteral("form"), QStringLiteral("other")});
}

QString checkLevels(const QJsonValue &v)
{
    return checkNames(
        v, {QStringLiteral("street"), QStringLiteral("county"), QStringLiteral("community")});
}

QString checkDutyName(const QJsonValue &v)
{
    static const QRegularExpression duty(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    return duty.match(v.toString()).hasMatch()
               ? QString()
               : ProfileRules::tr("must be a duty name like \"approve-benefit\"");
}

QString checkSuspensionDeadline(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString message =
        ProfileRules::tr("must be one of {\"dayOfNextMonth\": 1-28}, {\"workingDays\": 1-30} or "
                         "{\"immediate\": true}");
    if (o.size() != 1)
        return message;
    const QJsonValue day = o.value(QLatin1String("dayOfNextMonth"));
    const QJsonValue working = o.value(QLatin1String("workingDays"));
    const QJsonValue immediate = o.value(QLatin1String("immediate"));
    if (isInteger(day) && day.toInt() >= 1 && day.toInt() <= 28)
        return {};
    if (isInteger(working) && working.toInt() >= 1 && working.toInt() <= 30)
        return {};
    if (immediate.isBool() && immediate.toBool())
        return {};
    return message;
}

QString checkHolidays(const QJsonValue &v)
{
    QString error;
    WorkingCalendar::fromJson(QJsonDocument(v.toObject()).toJson(), &error);
    return error;
}

QList<ProfileRules::Spec> makeSpecs()
{
    using T = ProfileRules::Type;
    QList<ProfileRules::Spec> s;
    for (BenefitCategory c : BenefitCategories::all())
        s.append({QStringLiteral("period.") + BenefitCategories::key(c), T::Object, 0, 0,
                  checkPeriod, "service period of the category"});
    s.append({QStringLiteral("dependentMinAge"), T::Integer, 0, 30, nullptr,
              "no period for a dependent before this age"});
    s.append({QStringLiteral("maxIndividualMonths"), T::Integer, 1, 120, nullptr,
              "longest individual period the agency may set"});
    s.append({QStringLiteral("annualWindow"), T::Object, 0, 0, checkWindow,
              "the yearly certification window"});
    s.append({QStringLiteral("toVerifyDeadlineMonths"), T::Integer, 0, 24, nullptr,
              "months to clear a to-verify list (0: by the month's last day)"});
    s.append({QStringLiteral("homeVisitWorkingDays"), T::Integer, 1, 60, nullptr,
              "working days to arrange a requested home visit"});
    s.append({QStringLiteral("homeVisitSpecialGroupOnly"), T::Boolean, 0, 0, nullptr,
              "home visits only for the special-group ledger"});
    s.append({QStringLiteral("walkInAnyOffice"), T::Boolean, 0, 0, nullptr,
              "every office records a walk-in from anywhere"});
    s.append({QStringLiteral("failureNeedsAttempts"), T::Boolean, 0, 0, nullptr,
              "a period end is a failure only after logged attempts (false: at once)"});
    s.append({QStringLiteral("suspensionDeadline"), T::Object, 0, 0, checkSuspensionDeadline,
              "when a loss of eligibility must be suspended"});
    s.append({QStringLiteral("unreachableSuspended"), T::Boolean, 0, 0, nullptr,
              "a person no means of checking could reach is suspended"});
    s.append({QStringLiteral("objectionStopAfterMonths"), T::Integer, 1, 24, nullptr,
              "suspended this long without objection: stopped"});
    s.append({QStringLiteral("sealAfterMonths"), T::Integer, 1, 120, nullptr,
              "suspended this long: account sealed (prisoners excepted)"});
    s.append({QStringLiteral("resumeMonthAfterReview"), T::Boolean, 0, 0, nullptr,
              "pay resumes, with back pay, the month after the review"});
    s.append({QStringLiteral("requiresCompleteContact"), T::Boolean, 0, 0, nullptr,
              "phone and both addresses complete before a check is saved"});
    s.append({QStringLiteral("allowsBatchPass"), T::Boolean, 0, 0, nullptr,
              "a page of people may be passed at once"});
    s.append({QStringLiteral("qualifiedImportCap"), T::Integer, 1, 1000000, nullptr,
              "most qualified results in one import"});
    s.append({QStringLiteral("qualifiedImportApprovals"), T::Integer, 1, 5, nullptr,
              "approvals a qualified import needs"});
    s.append({QStringLiteral("incompatibleDuties"), T::Array, 0, 0, checkDuties,
              "duties one user may not hold together"});
    s.append({QStringLiteral("inPersonOnly"), T::Boolean, 0, 0, nullptr,
              "checks only of the person in person (no proxy)"});
    s.append({QStringLiteral("batchCertificationAbolished"), T::Boolean, 0, 0, nullptr,
              "no paper register entered in bulk"});
    s.append({QStringLiteral("onSiteEvidence"), T::Array, 0, 0, checkEvidenceKinds,
              "evidence kinds every on-site or home check keeps"});
    s.append({QStringLiteral("countyCheckApprovalWorkingDays"), T::Integer, 1, 30, nullptr,
              "working days for the county to approve an on-site or home check"});
    s.append({QStringLiteral("qualifiedImportApprovalLevels"), T::Array, 0, 0, checkLevels,
              "the levels a capped import is approved at, in order"});
    s.append({QStringLiteral("paymentStepDuty"), T::String, 0, 0, checkDutyName,
              "the duty a payment step is"});
    s.append({QStringLiteral("instalmentsNeedConsent"), T::Boolean, 0, 0, nullptr,
              "an instalment agreement needs the city agency's consent"});
    s.append({QStringLiteral("recoverFromFuneralGrant"), T::Boolean, 0, 0, nullptr,
              "overpayment may be deducted from funeral grant and pension"});
    s.append({QStringLiteral("workingHours"), T::Object, 0, 0, checkHours, "office hours"});
    s.append({QStringLiteral("regionalHolidays"), T::Object, 0, 0, checkHolidays,
              "regional days off beside the national calendar"});
    s.append({QStringLiteral("repaymentNoticeDays"), T::Integer, 1, 365, nullptr,
              "days a repayment notice gives"});
    return s;
}

// "rules.<key>.value must be ..." as one sentence per type.
QString wrongType(const QString &key, ProfileRules::Type t)
{
    switch (t) {
    case ProfileRules::Type::Boolean:
        return ProfileRules::tr("rules.%1.value must be true or false").arg(key);
    case ProfileRules::Type::Integer:
        return ProfileRules::tr("rules.%1.value must be a whole number").arg(key);
    case ProfileRules::Type::String:
        return ProfileRules::tr("rules.%1.value must be a text").arg(key);
    case ProfileRules::Type::Object:
        return ProfileRules::tr("rules.%1.value must be an object").arg(key);
    case ProfileRules::Type::Array:
        return ProfileRules::tr("rules.%1.value must be a list").arg(key);
    }
    return {};
}

bool hasType(const QJsonValue &v, ProfileRules::Type t)
{
    switch (t) {
    case ProfileRules::Type::Boolean:
        return v.isBool();
    case ProfileRules::Type::Integer:
        return isInteger(v);
    case ProfileRules::Type::String:
        return v.isString();
    case ProfileRules::Type::Object:
        return v.isObject();
    case ProfileRules::Type::Array:
        return v.isArray();
    }
    return false;
}

} // namespace

bool parseMonthDay(const QJsonValue &v, int *month, int *day)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(v.toString());
    // Checked against a leap year, so 02-29 is accepted.
    if (!v.isString() || !m.hasMatch() ||
        !QDate(2000, m.captured(1).toInt(), m.captured(2).toInt()).isValid())
        return false;
    *month = m.captured(1).toInt();
    *day = m.captured(2).toInt();
    return true;
}

QList<QPair<QTime, QTime>> parseTimeSpans(const QJsonValue &v)
{
    QList<QPair<QTime, QTime>> spans;
    for (const QJsonValue &span : v.toArray()) {
        const QJsonArray a = span.toArray();
        const QTime s = QTime::fromString(a.at(0).toString(), QStringLiteral("HH:mm"));
        const QTime e = QTime::fromString(a.at(1).toString(), QStringLiteral("HH:mm"));
        if (a.size() != 2 || !s.isValid() || !e.isValid() || s >= e ||
            (!spans.isEmpty() && s < spans.last().second))
            return {};
        spans.append({s, e});
    }
    return spans;
}

const QList<ProfileRules::Spec> &ProfileRules::specs()
{
    static const QList<Spec> all = makeSpecs();
    return all;
}

const ProfileRules::Spec *ProfileRules::spec(const QString &key)
{
    for (const Spec &s : specs()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

std::optional<ProfileRules> ProfileRules::fromJson(const QJsonValue &rules, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ProfileRules> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!rules.isObject())
        return fail(tr("'rules' is missing or not an object"));
    ProfileRules out;
    const QJsonObject o = rules.toObject();
    static const QRegularExpression testName(QStringLiteral("^tst_[a-z0-9_]+::[A-Za-z0-9_]+$"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &key = it.key();
        const Spec *s = spec(key);
        if (!s)
            return fail(tr("rules: unknown rule '%1'").arg(key));
        if (!it.value().isObject())
            return fail(tr("rules.%1 must be an object with \"value\" and \"cite\"").arg(key));
        const QJsonObject r = it.value().toObject();
        const QString unknown = unknownField(r, {QStringLiteral("value"), QStringLiteral("cite"),
                                                 QStringLiteral("test"), QStringLiteral("note")});
        if (!unknown.isEmpty())
            return fail(tr("rules.%1: %2").arg(key, unknown));
        ProfileRule rule;
        rule.value = r.value(QLatin1String("value"));
        rule.cite = r.value(QLatin1String("cite")).toString().trimmed();
        rule.test = r.value(QLatin1String("test")).toString();
        rule.note = r.value(QLatin1String("note")).toString();
        if (rule.cite.isEmpty())
            return fail(
                tr("rules.%1 has no \"cite\" (the seed and article it comes from)").arg(key));
        if (rule.value.isUndefined())
            return fail(tr("rules.%1 has no \"value\"").arg(key));
        if (!hasType(rule.value, s->type))
            return fail(wrongType(key, s->type));
        if (s->type == Type::Integer &&
            (rule.value.toInt() < s->min || rule.value.toInt() > s->max))
            return fail(
                tr("rules.%1.value must be from %2 to %3").arg(key).arg(s->min).arg(s->max));
        const QString problem = s->check ? s->check(rule.value) : QString();
        if (!problem.isEmpty())
            return fail(tr("rules.%1.value: %2").arg(key, problem));
        if (r.contains(QLatin1String("test")) && !testName.match(rule.test).hasMatch())
            return fail(
                tr("rules.%1.test must name a test function like \"tst_rules::fn\"").arg(key));
        out.m_rules.insert(key, rule);
    }
    if (error)
        error->clear();
    return out;
}

std::optional<int> ProfileRules::integer(const QString &key) const
{
    return has(key) ? std::optional<int>(value(key).toInt()) : std::nullopt;
}

std::optional<bool> ProfileRules::flag(const QString &key) const
{
    return has(key) ? std::optional<bool>(value(key).toBool()) : std::nullopt;
}

} // namespace certdesk
