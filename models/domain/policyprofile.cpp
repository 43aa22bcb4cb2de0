#include "policyprofile.h"

#include "serviceperiod.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk
{

// Policy profile JSON (resources/profiles/<id>.json), schema version 2:
//
// {
//   "schema": 2,                          // required
//   "id": "zibo",                         // required, [a-z0-9-]+, the file's name
//   "displayName": "淄博市",               // required, non-empty (shown as is, Chinese)
//   "source": "淄博市社会保险事业中心 ...", // required: the seed document
//   "rules": {                            // only the rules the seed states
//     "period.enterprise": { "value": { "rule": "annual-window" }, "cite": "ZB 一, 二",
//                            "test": "tst_rules::periodRules" },
//     ...
//   }
// }
//
// The keys, their types and their checks are ProfileRules::specs(); docs/rules.md
// is generated from the profiles (tools/rulesdoc). Period rules ("rule" is required,
// "months" an integer):
//   "same-day"        start = certification date, end = start + months (clamped to month end)
//   "next-month"      months whole months from the 1st of the following month (GD 6)
//   "operation-month" months whole months from the 1st of the operation's month (QI 三(二))
//   "annual-window"   once per year inside annualWindow (ZB 二); "months" ignored
//   "calendar-period" once per calendar period of "months" (3 = quarter, UR 五(一))

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

PeriodRule ruleFromName(const QString &name)
{
    for (const RuleName &r : RuleNames) {
        if (name == QLatin1String(r.name))
            return r.rule;
    }
    return PeriodRule::SameDay; // ProfileRules checked the name
}

QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return QDate();
    return QDate(year, month, qMin(day, first.daysInMonth()));
}

bool inSeason(const QJsonObject &season, const QDate &day)
{
    int fm = 0, fd = 0, tm = 0, td = 0;
    if (!certdesk::parseMonthDay(season.value(QLatin1String("from")), &fm, &fd) ||
        !certdesk::parseMonthDay(season.value(QLatin1String("to")), &tm, &td))
        return false;
    const int d = day.month() * 100 + day.day();
    const int from = fm * 100 + fd, to = tm * 100 + td;
    return from <= to ? d >= from && d <= to : d >= from || d <= to; // a season may wrap the year
}

} // namespace

QStringList PolicyProfile::builtinIds()
{
    QStringList ids;
    const QStringList files =
        QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &f : files)
        ids << QFileInfo(f).completeBaseName();
    ids.sort();
    ids.removeAll(defaultId());
    ids.prepend(defaultId());
    return ids;
}

QString PolicyProfile::notSetText()
{
    return tr("not set by this region's rules");
}

std::optional<PolicyProfile> PolicyProfile::builtin(const QString &id, QString *error)
{
    if (!builtinIds().contains(id)) {
        if (error)
            *error = tr("unknown policy profile '%1'").arg(id);
        return std::nullopt;
    }
    std::optional<PolicyProfile> profile =
        fromFile(QStringLiteral(":/profiles/%1.json").arg(id), error);
    if (profile && profile->id() != id) {
        if (error)
            *error = tr("policy profile %1: 'id' is '%2'").arg(id, profile->id());
        return std::nullopt;
    }
    return profile;
}

std::optional<PolicyProfile> PolicyProfile::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read policy profile %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    std::optional<PolicyProfile> profile = fromJson(file.readAll(), &parseError);
    if (!profile) {
        if (error)
            *error = tr("policy profile %1: %2").arg(path, parseError);
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
    static const QStringList knownKeys = {QStringLiteral("schema"), QStringLiteral("id"),
                                          QStringLiteral("displayName"), QStringLiteral("source"),
                                          QStringLiteral("rules")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(tr("unknown field '%1' (rules go inside \"rules\")").arg(it.key()));
    }
    const QJsonValue schema = o.value(QLatin1String("schema"));
    if (schema.toInt(-1) != 2)
        return fail(tr("'schema' must be 2"));

    PolicyProfile p;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
        return fail(tr("'id' is missing or not a lower-case name like \"qingdao\""));
    p.m_id = id.toString();
    const QJsonValue displayName = o.value(QLatin1String("displayName"));
    if (!displayName.isString() || displayName.toString().trimmed().isEmpty())
        return fail(tr("'displayName' is missing or empty"));
    p.m_displayName = displayName.toString();
    const QJsonValue source = o.value(QLatin1String("source"));
    if (!source.isString() || source.toString().trimmed().isEmpty())
        return fail(tr("'source' (the seed document) is missing or empty"));
    p.m_source = source.toString();

    QString message;
    std::optional<ProfileRules> rules =
        ProfileRules::fromJson(o.value(QLatin1String("rules")), &message);
    if (!rules)
        return fail(message);
    p.m_rules = *rules;

    for (BenefitCategory c : BenefitCategories::all()) {
        const QString key = Key::period(c);
        if (!p.m_rules.has(key))
            continue;
        const QJsonObject r = p.m_rules.value(key).toObject();
        CategoryRule cr;
        cr.rule = ruleFromName(r.value(QLatin1String("rule")).toString());
        cr.months = r.value(QLatin1String("months")).toInt(12);
        if (cr.rule == PeriodRule::AnnualWindow && !p.m_rules.has(Key::AnnualWindow))
            return fail(
                tr("rules.%1 is an annual window but rules.annualWindow is not set").arg(key));
        const std::optional<int> max = p.maxIndividualMonths();
        if (max && cr.rule != PeriodRule::AnnualWindow && cr.rule != PeriodRule::CalendarPeriod &&
            cr.months > *max)
            return fail(
                tr("rules.%1: months must not exceed maxIndividualMonths (%2)").arg(key).arg(*max));
        p.m_periods.insert(c, cr);
    }
    if (p.m_rules.has(Key::RegionalHolidays)) {
        QString calendarError;
        const WorkingCalendar regional = WorkingCalendar::fromJson(
            QJsonDocument(p.m_rules.value(Key::RegionalHolidays).toObject()).toJson(),
            &calendarError);
        if (!calendarError.isEmpty())
            return fail(tr("rules.regionalHolidays.value: %1").arg(calendarError));
        p.m_calendar = WorkingCalendar::builtin().withRegional(regional);
    }
    const QStringList levels = p.qualifiedImportLevels();
    if (!levels.isEmpty() && levels.size() != p.qualifiedImportApprovals())
        return fail(tr("rules.qualifiedImportApprovalLevels names %1 levels but "
                       "rules.qualifiedImportApprovals is %2")
                        .arg(levels.size())
                        .arg(p.qualifiedImportApprovals()));
    if (error)
        error->clear();
    return p;
}

QStringList PolicyProfile::ruleStrings(const QString &key) const
{
    QStringList out;
    for (const QJsonValue &v : m_rules.value(key).toArray())
        out << v.toString();
    return out;
}

std::optional<CategoryRule> PolicyProfile::rule(BenefitCategory c) const
{
    const auto it = m_periods.constFind(c);
    return it == m_periods.constEnd() ? std::nullopt : std::optional<CategoryRule>(*it);
}

QDate PolicyProfile::annualWindowStart(int year) const
{
    int m = 0, d = 0;
    const QJsonObject w = m_rules.value(Key::AnnualWindow).toObject();
    return certdesk::parseMonthDay(w.value(QLatin1String("start")), &m, &d)
               ? clampedDate(year, m, d)
               : QDate();
}

QDate PolicyProfile::annualWindowEnd(int year) const
{
    int m = 0, d = 0;
    const QJsonObject w = m_rules.value(Key::AnnualWindow).toObject();
    return certdesk::parseMonthDay(w.value(QLatin1String("end")), &m, &d) ? clampedDate(year, m, d)
                                                                          : QDate();
}

QDate PolicyProfile::toVerifyDeadline(const QDate &listReceived) const
{
    const std::optional<int> months = toVerifyDeadlineMonths();
    if (!listReceived.isValid() || !months)
        return QDate();
    if (*months == 0) // GD 12 当月清零; QI 附件6 每月最后一日前
        return QDate(listReceived.year(), listReceived.month(), listReceived.daysInMonth());
    return addMonthsClamped(listReceived, *months); // ZB 四(二)3: 3 months from receipt
}

std::optional<SuspensionDeadlineRule> PolicyProfile::suspensionDeadline() const
{
    if (!m_rules.has(Key::SuspensionDeadline))
        return std::nullopt;
    const QJsonObject o = m_rules.value(Key::SuspensionDeadline).toObject();
    SuspensionDeadlineRule r;
    if (o.contains(QLatin1String("dayOfNextMonth"))) {
        r.kind = SuspensionDeadlineRule::DayOfNextMonth; // QD 25
        r.n = o.value(QLatin1String("dayOfNextMonth")).toInt();
    } else if (o.contains(QLatin1String("workingDays"))) {
        r.kind = SuspensionDeadlineRule::WorkingDays; // UR 八(一)
        r.n = o.value(QLatin1String("workingDays")).toInt();
    } else {
        r.kind = SuspensionDeadlineRule::Immediate; // ZB 四(二)4, 五(二)
    }
    return r;
}

QList<QPair<QTime, QTime>> PolicyProfile::officeHours(const QDate &day) const
{
    const QJsonObject hours = m_rules.value(Key::WorkingHours).toObject();
    const QJsonObject summer = hours.value(QLatin1String("summer")).toObject();
    if (day.isValid() && !summer.isEmpty() && inSeason(summer, day))
        return certdesk::parseTimeSpans(summer.value(QLatin1String("spans")));
    return certdesk::parseTimeSpans(hours.value(QLatin1String("spans")));
}

bool PolicyProfile::isOfficeTime(const QDateTime &local) const
{
    const QList<QPair<QTime, QTime>> spans = officeHours(local.date());
    if (spans.isEmpty())
        return true; // no hours set: nothing is "outside" them
    for (const auto &span : spans) {
        if (local.time() >= span.first && local.time() < span.second)
            return true;
    }
    return false;
}

QTime PolicyProfile::workStart() const
{
    const auto spans = officeHours(QDate());
    return spans.isEmpty() ? QTime() : spans.first().first;
}

QTime PolicyProfile::workEnd() const
{
    const auto spans = officeHours(QDate());
    return spans.isEmpty() ? QTime() : spans.last().second;
}

QList<QPair<QString, QString>> PolicyProfile::incompatibleDuties() const
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &pair : m_rules.value(Key::IncompatibleDuties).toArray())
        out.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return out;
}

QString PolicyProfile::dutyConflict(const QStringList &duties) const
{
    for (const auto &pair : incompatibleDuties()) {
        if (duties.contains(pair.first) && duties.contains(pair.second))
            return tr("Under the %1 rules one person may not hold both duties \"%2\" and \"%3\" "
                      "(separation of duties).")
                .arg(m_displayName, pair.first, pair.second);
    }
    return {};
}

bool PolicyProfile::validateIndividualMonths(int months, QString *error) const
{
    const std::optional<int> max = maxIndividualMonths();
    QString message;
    if (!max)
        message =
            tr("Individual periods are not set by this region's rules (%1).").arg(m_displayName);
    else if (months < 1)
        message = tr("An individual period must be at least 1 month (got %1).").arg(months);
    else if (months > *max)
        message = tr("An individual period can be at most %1 months (got %2; %3).")
                      .arg(*max)
                      .arg(months)
                      .arg(ruleCite(Key::MaxIndividualMonths));
    if (error)
        *error = message;
    return message.isEmpty();
}

} // namespace certdesk
