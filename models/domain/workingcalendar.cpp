#include "workingcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>
#include <algorithm>

namespace certdesk
{

// Format (resources/data/cn-holidays.json):
//   { "years": { "2026": { "off":  [["2026-10-01", "2026-10-07", "国庆节"], ...],
//                          "work": ["2026-10-10", ...] }, ... } }
// "off" ranges are inclusive and may include weekend days. "off" is required for
// every listed year, "work" is optional. Dates are strict ISO "yyyy-MM-dd"; an
// "off" range starts in its year and is at most 31 days long.

namespace
{

QDate isoDate(const QJsonValue &v)
{
    if (!v.isString())
        return QDate();
    return QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void noteUncovered(const WorkingCalendar &calendar, int year, QList<int> *uncovered)
{
    if (uncovered && !calendar.covers(year) && !uncovered->contains(year))
        uncovered->append(year);
}

} // namespace

WorkingCalendar WorkingCalendar::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return WorkingCalendar();
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("holiday calendar is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("holiday calendar: the top level must be an object"));
    const QJsonValue yearsValue = doc.object().value(QLatin1String("years"));
    if (!yearsValue.isObject())
        return fail(tr("holiday calendar: 'years' is missing or not an object"));
    const QJsonObject years = yearsValue.toObject();

    WorkingCalendar cal;
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || year < 1900 || year > 9999 || it.key().size() != 4)
            return fail(
                tr("holiday calendar: year key '%1' is not a four-digit year").arg(it.key()));
        if (!it.value().isObject())
            return fail(tr("year %1: the entry must be an object").arg(year));
        const QJsonObject entry = it.value().toObject();

        const QJsonValue offValue = entry.value(QLatin1String("off"));
        if (!offValue.isArray())
            return fail(tr("year %1: 'off' is missing or not an array").arg(year));
        const QJsonArray off = offValue.toArray();
        for (qsizetype i = 0; i < off.size(); ++i) {
            const int n = int(i + 1);
            const QJsonValue item = off.at(i);
            if (!item.isArray() || item.toArray().size() != 3)
                return fail(
                    tr("year %1: 'off' entry %2 must be [from, to, name]").arg(year).arg(n));
            const QJsonArray range = item.toArray();
            QDate ends[2];
            for (int k = 0; k < 2; ++k) {
                ends[k] = isoDate(range.at(k));
                if (!ends[k].isValid())
                    return fail(tr("year %1: 'off' entry %2 has an invalid date '%3'")
                                    .arg(year)
                                    .arg(n)
                                    .arg(shown(range.at(k))));
            }
            const QDate from = ends[0], to = ends[1];
            if (from.year() != year)
                return fail(tr("year %1: 'off' entry %2 starts in another year (%3)")
                                .arg(year)
                                .arg(n)
                                .arg(from.toString(Qt::ISODate)));
            if (to < from || from.daysTo(to) > 30)
                return fail(tr("year %1: 'off' entry %2 has a bad range %3 to %4")
                                .arg(year)
                                .arg(n)
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
            if (!range.at(2).isString() || range.at(2).toString().trimmed().isEmpty())
                return fail(tr("year %1: 'off' entry %2 has no name").arg(year).arg(n));
            const QString name = range.at(2).toString();
            for (QDate d = from; d <= to; d = d.addDays(1))
                cal.m_off.insert(d, name);
        }

        const QJsonValue workValue = entry.value(QLatin1String("work"));
        if (!workValue.isUndefined() && !workValue.isArray())
            return fail(tr("year %1: 'work' is not an array").arg(year));
        const QJsonArray work = workValue.toArray();
        for (qsizetype i = 0; i < work.size(); ++i) {
            const int n = int(i + 1);
            const QDate d = isoDate(work.at(i));
            if (!d.isValid())
                return fail(tr("year %1: 'work' entry %2 has an invalid date '%3'")
                                .arg(year)
                                .arg(n)
                                .arg(shown(work.at(i))));
            if (d.year() != year)
                return fail(tr("year %1: 'work' entry %2 (%3) is in another year")
                                .arg(year)
                                .arg(n)
                                .arg(d.toString(Qt::ISODate)));
            cal.m_work.insert(d);
        }
        cal.m_years.insert(year);
    }
    // Checked after all years are read: a range may run into the next year.
    for (const QDate &d : std::as_const(cal.m_work)) {
        if (cal.m_off.contains(d))
            return fail(tr("year %1: %2 is listed both as a day off and as a working day")
                            .arg(d.year())
                            .arg(d.toString(Qt::ISODate)));
    }
    if (error)
        error->clear();
    return cal;
}

const WorkingCalendar &WorkingCalendar::builtin()
{
    static const WorkingCalendar calendar = [] {
        QFile file(QStringLiteral(":/data/cn-holidays.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("WorkingCalendar: cannot open :/data/cn-holidays.json; weekends only");
            return WorkingCalendar();
        }
        QString error;
        WorkingCalendar cal = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("WorkingCalendar: %s; weekends only", qUtf8Printable(error));
        return cal;
    }();
    return calendar;
}

QList<int> WorkingCalendar::coveredYears() const
{
    QList<int> years(m_years.cbegin(), m_years.cend());
    std::sort(years.begin(), years.end());
    return years;
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    if (!day.isValid())
        return false;
    if (m_work.contains(day))
        return true;
    if (m_off.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QString WorkingCalendar::holidayName(const QDate &day) const
{
    return m_off.value(day);
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int days, QList<int> *uncoveredYears) const
{
    if (!from.isValid())
        return QDate();
    const int step = days < 0 ? -1 : 1;
    int left = days < 0 ? -days : days;
    QDate d = from;
    while (left > 0) {
        d = d.addDays(step);
        noteUncovered(*this, d.year(), uncoveredYears);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to,
                                        QList<int> *uncoveredYears) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        noteUncovered(*this, d.year(), uncoveredYears);
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

} // namespace certdesk
