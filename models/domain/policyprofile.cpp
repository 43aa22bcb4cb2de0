#include "policyprofile.h"

#include "serviceperiod.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk
{

// Policy profile JSON (resources/profiles/<id>.json), schema version 1:
//
// {
//   "schema": 1,                         // optional; if present it must be 1
//   "id": "qingdao",                     // required, [a-z0-9-]+, the file's name
//   "displayName": "青岛市（默认）",       // required, non-empty (shown as is, Chinese)
//   "source": "青人社字[2018]47号 ...",    // optional free text: where the rules come from
//   "categories": {                      // required, all six keys, no others:
//     "enterprise":   { "rule": "same-day", "months": 12 },
//     "institution":  { ... }, "resident": { ... }, "work-injury": { ... },
//     "unemployment": { ... }, "dependent": { ... }
//   },
//   "dependentMinAge": 16,               // optional, default 16, 0..30
//   "maxPeriodMonths": 24,               // optional, default 24, 1..120
//   "homeVisitWorkingDays": 5,           // optional, default 5, 1..60
//   "annualWindow": { "start": "04-01", "end": "12-31" }, // optional, "MM-dd", start <= end
//   "toVerifyDeadlineMonths": 3,         // optional, default 3, 0..24; 0 = within the month
//   "requiresCompleteContact": false,    // optional, default false: a check can only be saved
//                                        // with phone, household and residence address (seed 003)
//   "allowsBatchPass": true,             // optional, default true: "pass this page" (seed 003 step
//   9) "objectionWindowMonths": 3,          // optional, default 3, 1..24: suspended without
//   objection -> stop "sealAfterMonths": 24,               // optional, default 24, 1..120:
//   suspended this long -> seal "suspensionDeadlineDay": 8,          // optional, default 8, 1..28:
//   a month's suspension list is due
//                                        // by this day of the next month
//   "repaymentNoticeDays": 30            // optional, default 30, 1..365: deadline of a repayment
//   notice
// }
//
// Category rules ("rule" is required, "months" is an integer):
//   "same-day"        start = certification date, end = start + months (clamped to month end)
//   "next-month"      months whole months from the 1st of the following month (Guangdong)
//   "operation-month" months whole months from the 1st of the operation's month
//   "annual-window"   once per year inside annualWindow (Zibo); "months" optional, ignored
//   "calendar-period" once per calendar period of "months" (3 = quarter); months divides 12
// For the first three, 1 <= months <= maxPeriodMonths. Unknown top-level keys are
// rejected too, so a typo ("maxPeriodMonth") cannot silently fall back to a default.

namespace
{

struct RuleName {
    PeriodRule rule;
    const char *name;
};

const RuleName RuleNames[] = {
    {PeriodRule::SameDay, "same-day"},
    {PeriodRule::NextMonth, "next-month"},
    {PeriodRule::OperationMonth, "operation-month"},
    {PeriodRule::AnnualWindow, "annual-window"},
    {PeriodRule::CalendarPeriod, "calendar-period"},
};

std::optional<PeriodRule> ruleFromName(const QString &name)
{
    for (const RuleName &r : RuleNames) {
        if (name == QLatin1String(r.name))
            return r.rule;
    }
    return std::nullopt;
}

QString ruleNameList()
{
    QStringList names;
    for (const RuleName &r : RuleNames)
        names << QLatin1String(r.name);
    return names.join(QLatin1String(", "));
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    // Range first: converting a double outside qint64 (1e49 in a crafted
    // profile, found by fuzz_profile) is undefined behaviour.
    if (!(d >= -9.0e15 && d <= 9.0e15))
        return false;
    return d == double(qint64(d));
}

// Parses "MM-dd" (checked against a leap year, so 02-29 is accepted).
bool parseMonthDay(const QJsonValue &v, int *month, int *day)
{
    if (!v.isString())
        return false;
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(v.toString());
    if (!m.hasMatch())
        return false;
    const int mm = m.captured(1).toInt();
    const int dd = m.captured(2).toInt();
    if (!QDate(2000, mm, dd).isValid())
        return false;
    *month = mm;
    *day = dd;
    return true;
}

QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return QDate();
    return QDate(year, month, qMin(day, first.daysInMonth()));
}

// "workingHours": {"start": "08:30", "end": "17:30"}; absent keeps the defaults.
QString readWorkingHours(const QJsonValue &v, QTime *start, QTime *end)
{
    if (v.isUndefined())
        return {};
    if (!v.isObject())
        return PolicyProfile::tr("'workingHours' must be an object with \"start\" and \"end\"");
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("start") && it.key() != QLatin1String("end"))
            return PolicyProfile::tr("workingHours: unknown field '%1'").arg(it.key());
    }
    const QTime s =
        QTime::fromString(o.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
    const QTime e =
        QTime::fromString(o.value(QLatin1String("end")).toString(), QStringLiteral("HH:mm"));
    if (!s.isValid() || !e.isValid())
        return PolicyProfile::tr("workingHours.start and .end must be times like \"08:30\"");
    if (s >= e)
        return PolicyProfile::tr("workingHours.start must be before workingHours.end");
    *start = s;
    *end = e;
    return {};
}

// "incompatibleDuties": [["approve-benefit", "certify"], ...]
QString readIncompatibleDuties(const QJsonValue &v, QList<QPair<QString, QString>> *out)
{
    if (v.isUndefined())
        return {};
    static const QRegularExpression dutyPattern(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    const QString message =
        PolicyProfile::tr("'incompatibleDuties' must be a list of pairs of duty names "
                          "like [\"approve-benefit\", \"certify\"]");
    if (!v.isArray())
        return message;
    for (const QJsonValue &pair : v.toArray()) {
        const QJsonArray a = pair.toArray();
        if (!pair.isArray() || a.size() != 2 || !a.at(0).isString() || !a.at(1).isString() ||
            !dutyPattern.match(a.at(0).toString()).hasMatch() ||
            !dutyPattern.match(a.at(1).toString()).hasMatch() ||
            a.at(0).toString() == a.at(1).toString())
            return message;
        out->append({a.at(0).toString(), a.at(1).toString()});
    }
    return {};
}

} // namespace

QStringList PolicyProfile::builtinIds()
{
    return {QStringLiteral("qingdao"), QStringLiteral("qingdao-institution"),
            QStringLiteral("guangdong"), QStringLiteral("zibo"), QStringLiteral("urumqi")};
}

std::optional<PolicyProfile> PolicyProfile::builtin(const QString &id, QString *error)
{
    if (!builtinIds().contains(id)) {
        if (error)
            *error = tr("unknown policy profile '%1'").arg(id);
        return std::nullopt;
    }
    QFile file(QStringLiteral(":/profiles/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("cannot read policy profile %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QString parseError;
    std::optional<PolicyProfile> profile = fromJson(file.readAll(), &parseError);
    if (!profile) {
        if (error)
            *error = tr("policy profile %1: %2").arg(id, parseError);
        return std::nullopt;
    }
    if (profile->id() != id) {
        if (error)
            *error = tr("policy profile %1: 'id' is '%2'").arg(id, profile->id());
        return std::nullopt;
    }
    if (error)
        error->clear();
    return profile;
}

std::optional<PolicyProfile> PolicyProfile::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PolicyProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Reads an optional integer field within [lo, hi].
    auto readInt = [](const QJsonObject &o, const char *field, int lo, int hi, int *out,
                      QString *message) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            return true;
        if (!isInteger(v) || v.toDouble() < lo || v.toDouble() > hi) {
            *message = tr("'%1' must be a whole number from %2 to %3")
                           .arg(QLatin1String(field))
                           .arg(lo)
                           .arg(hi);
            return false;
        }
        *out = v.toInt();
        return true;
    };

    // Bounds (docs/robustness.md): the size here; the nesting depth is Qt's
    // parser's (1024 levels, refused as "too deeply nested").
    if (json.size() > MaxJsonBytes)
        return fail(tr("the profile is %1 KB; at most %2 KB are accepted")
                        .arg(json.size() / 1024)
                        .arg(MaxJsonBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("the top level must be an object"));
    const QJsonObject o = doc.object();

    static const QStringList knownKeys = {QStringLiteral("schema"),
                                          QStringLiteral("id"),
                                          QStringLiteral("displayName"),
                                          QStringLiteral("source"),
                                          QStringLiteral("categories"),
                                          QStringLiteral("dependentMinAge"),
                                          QStringLiteral("maxPeriodMonths"),
                                          QStringLiteral("homeVisitWorkingDays"),
                                          QStringLiteral("annualWindow"),
                                          QStringLiteral("toVerifyDeadlineMonths"),
                                          QStringLiteral("requiresCompleteContact"),
                                          QStringLiteral("allowsBatchPass"),
                                          QStringLiteral("workingHours"),
                                          QStringLiteral("incompatibleDuties"),

                                          QStringLiteral("objectionWindowMonths"),
                                          QStringLiteral("sealAfterMonths"),
                                          QStringLiteral("suspensionDeadlineDay"),
                                          QStringLiteral("repaymentNoticeDays"),
                                          QStringLiteral("qualifiedImportCap"),
                                          QStringLiteral("qualifiedImportApprovals")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(tr("unknown field '%1'").arg(it.key()));
    }

    const QJsonValue schema = o.value(QLatin1String("schema"));
    if (!schema.isUndefined() && (!isInteger(schema) || schema.toInt() != 1))
        return fail(tr("'schema' must be 1"));

    PolicyProfile p;
    const QJsonValue id = o.value(QLatin1String("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
        return fail(tr("'id' is missing or not a lower-case name like \"qingdao\""));
    p.m_id = id.toString();

    const QJsonValue displayName = o.value(QLatin1String("displayName"));
    if (!displayName.isString() || displayName.toString().trimmed().isEmpty())
        return fail(tr("'displayName' is missing or empty"));
    p.m_displayName = displayName.toString();

    const QJsonValue source = o.value(QLatin1String("source"));
    if (!source.isUndefined() && !source.isString())
        return fail(tr("'source' must be a string"));

    QString message;
    if (!readInt(o, "dependentMinAge", 0, 30, &p.m_dependentMinAge, &message) ||
        !readInt(o, "maxPeriodMonths", 1, 120, &p.m_maxPeriodMonths, &message) ||
        !readInt(o, "homeVisitWorkingDays", 1, 60, &p.m_homeVisitWorkingDays, &message) ||
        !readInt(o, "toVerifyDeadlineMonths", 0, 24, &p.m_toVerifyDeadlineMonths, &message) ||
        !readInt(o, "objectionWindowMonths", 1, 24, &p.m_objectionWindowMonths, &message) ||
        !readInt(o, "sealAfterMonths", 1, 120, &p.m_sealAfterMonths, &message) ||
        !readInt(o, "suspensionDeadlineDay", 1, 28, &p.m_suspensionDeadlineDay, &message) ||
        !readInt(o, "repaymentNoticeDays", 1, 365, &p.m_repaymentNoticeDays, &message) ||
        !readInt(o, "qualifiedImportCap", 0, 1000000, &p.m_qualifiedImportCap, &message) ||
        !readInt(o, "qualifiedImportApprovals", 0, 5, &p.m_qualifiedImportApprovals, &message))
        return fail(message);
    const QJsonValue contact = o.value(QLatin1String("requiresCompleteContact"));
    if (!contact.isUndefined() && !contact.isBool())
        return fail(tr("'requiresCompleteContact' must be true or false"));
    p.m_requiresCompleteContact = contact.toBool(false);
    const QJsonValue batch = o.value(QLatin1String("allowsBatchPass"));
    if (!batch.isUndefined() && !batch.isBool())
        return fail(tr("'allowsBatchPass' must be true or false"));
    p.m_allowsBatchPass = batch.toBool(true);

    const QString hoursProblem =
        readWorkingHours(o.value(QLatin1String("workingHours")), &p.m_workStart, &p.m_workEnd);
    if (!hoursProblem.isEmpty())
        return fail(hoursProblem);
    const QString dutiesProblem = readIncompatibleDuties(
        o.value(QLatin1String("incompatibleDuties")), &p.m_incompatibleDuties);
    if (!dutiesProblem.isEmpty())
        return fail(dutiesProblem);

    const QJsonValue window = o.value(QLatin1String("annualWindow"));
    if (!window.isUndefined()) {
        if (!window.isObject())
            return fail(tr("'annualWindow' must be an object with \"start\" and \"end\""));
        const QJsonObject w = window.toObject();
        for (auto it = w.begin(); it != w.end(); ++it) {
            if (it.key() != QLatin1String("start") && it.key() != QLatin1String("end"))
                return fail(tr("annualWindow: unknown field '%1'").arg(it.key()));
        }
        if (!parseMonthDay(w.value(QLatin1String("start")), &p.m_windowStartMonth,
                           &p.m_windowStartDay))
            return fail(tr("annualWindow.start must be a month and day like \"04-01\""));
        if (!parseMonthDay(w.value(QLatin1String("end")), &p.m_windowEndMonth, &p.m_windowEndDay))
            return fail(tr("annualWindow.end must be a month and day like \"12-31\""));
        if (QDate(2000, p.m_windowStartMonth, p.m_windowStartDay) >
            QDate(2000, p.m_windowEndMonth, p.m_windowEndDay))
            return fail(tr("annualWindow.start must not be after annualWindow.end"));
    }

    const QJsonValue categoriesValue = o.value(QLatin1String("categories"));
    if (!categoriesValue.isObject())
        return fail(tr("'categories' is missing or not an object"));
    const QJsonObject categories = categoriesValue.toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        if (!BenefitCategories::fromKey(it.key()))
            return fail(tr("categories: unknown category '%1'").arg(it.key()));
    }
    const QList<BenefitCategory> all = BenefitCategories::all();
    for (BenefitCategory c : all) {
        const QString key = BenefitCategories::key(c);
        const QJsonValue v = categories.value(key);
        if (v.isUndefined())
            return fail(tr("categories: '%1' is missing").arg(key));
        if (!v.isObject())
            return fail(tr("categories.%1 must be an object").arg(key));
        const QJsonObject r = v.toObject();
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (it.key() != QLatin1String("rule") && it.key() != QLatin1String("months"))
                return fail(tr("categories.%1: unknown field '%2'").arg(key, it.key()));
        }
        const QJsonValue ruleValue = r.value(QLatin1String("rule"));
        const std::optional<PeriodRule> rule =
            ruleValue.isString() ? ruleFromName(ruleValue.toString()) : std::nullopt;
        if (!rule)
            return fail(tr("categories.%1.rule must be one of %2").arg(key, ruleNameList()));
        CategoryRule cr;
        cr.rule = *rule;
        const QJsonValue months = r.value(QLatin1String("months"));
        if (months.isUndefined()) {
            if (cr.rule != PeriodRule::AnnualWindow)
                return fail(tr("categories.%1.months is missing").arg(key));
        } else if (!isInteger(months)) {
            return fail(tr("categories.%1.months must be a whole number").arg(key));
        } else {
            cr.months = months.toInt();
        }
        if (cr.rule == PeriodRule::CalendarPeriod) {
            if (cr.months < 1 || cr.months > 12 || 12 % cr.months != 0)
                return fail(tr("categories.%1.months must divide the year (1, 2, 3, 4, 6 or 12) "
                               "for a calendar period")
                                .arg(key));
        } else if (cr.rule != PeriodRule::AnnualWindow &&
                   (cr.months < 1 || cr.months > p.m_maxPeriodMonths)) {
            return fail(tr("categories.%1.months must be from 1 to %2 (maxPeriodMonths)")
                            .arg(key)
                            .arg(p.m_maxPeriodMonths));
        }
        p.m_rules.insert(c, cr);
    }

    if (error)
        error->clear();
    return p;
}

CategoryRule PolicyProfile::rule(BenefitCategory c) const
{
    return m_rules.value(c);
}

QDate PolicyProfile::annualWindowStart(int year) const
{
    return clampedDate(year, m_windowStartMonth, m_windowStartDay);
}

QDate PolicyProfile::annualWindowEnd(int year) const
{
    return clampedDate(year, m_windowEndMonth, m_windowEndDay);
}

QDate PolicyProfile::toVerifyDeadline(const QDate &listReceived) const
{
    if (!listReceived.isValid())
        return QDate();
    if (m_toVerifyDeadlineMonths == 0)
        return QDate(listReceived.year(), listReceived.month(), listReceived.daysInMonth());
    return addMonthsClamped(listReceived, m_toVerifyDeadlineMonths);
}

QString PolicyProfile::dutyConflict(const QStringList &duties) const
{
    for (const auto &pair : m_incompatibleDuties) {
        if (duties.contains(pair.first) && duties.contains(pair.second))
            return tr("Under the %1 rules one person may not hold both duties \"%2\" and \"%3\" "
                      "(separation of duties).")
                .arg(m_displayName, pair.first, pair.second);
    }
    return {};
}

bool PolicyProfile::validateIndividualMonths(int months, QString *error) const
{
    if (months < 1) {
        if (error)
            *error = tr("An individual period must be at least 1 month (got %1).").arg(months);
        return false;
    }
    if (months > m_maxPeriodMonths) {
        if (error)
            *error = tr("An individual period can be at most %1 months (got %2).")
                         .arg(m_maxPeriodMonths)
                         .arg(months);
        return false;
    }
    if (error)
        error->clear();
    return true;
}

} // namespace certdesk
