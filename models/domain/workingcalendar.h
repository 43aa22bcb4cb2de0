#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace certdesk
{

// National working-day calendar: a day is a working day when it is a weekday not
// listed as off, or a listed make-up working day. Years the data does not cover
// fall back to "weekends only" and are reported so the user can be warned.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    WorkingCalendar() = default;
    // Parses the cn-holidays.json format; on failure returns an empty calendar
    // and sets *error to a message naming what is wrong.
    static WorkingCalendar fromJson(const QByteArray &json, QString *error = nullptr);
    // The calendar shipped as resource :/data/cn-holidays.json.
    static const WorkingCalendar &builtin();

    bool covers(int year) const { return m_years.contains(year); }
    QList<int> coveredYears() const;
    bool isWorkingDay(const QDate &day) const;
    QString holidayName(const QDate &day) const; // empty when not a listed day off

    // The date that is `days` working days after `from` (from itself not counted).
    // Years crossed that the data does not cover are appended to *uncoveredYears.
    QDate addWorkingDays(const QDate &from, int days, QList<int> *uncoveredYears = nullptr) const;
    // Working days strictly after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(const QDate &from, const QDate &to,
                           QList<int> *uncoveredYears = nullptr) const;

private:
    QSet<int> m_years;
    QHash<QDate, QString> m_off;
    QSet<QDate> m_work;
};

} // namespace certdesk
