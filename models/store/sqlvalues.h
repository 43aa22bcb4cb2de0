#pragma once

#include "domain/isodate.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace certdesk
{

// Conversions between values and SQLite columns (ISO text dates, NULL for "none").
namespace sqlvalue
{

inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
inline QVariant optionalText(const std::optional<QString> &s)
{
    return s ? QVariant(*s) : QVariant();
}
inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}
inline QDate date(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
// Runs a prepared query; on failure puts the driver's message into *error.
inline bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace sqlvalue

} // namespace certdesk
