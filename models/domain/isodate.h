#pragma once

#include <QDate>
#include <QString>

namespace certdesk
{

// YYYY-MM-DD for years 1..9999 without QDate::toString(), which goes through
// printf-style formatting and showed up as a tenth of the bulk-load time.
inline QString isoDate(const QDate &d)
{
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return QString();
    char16_t buf[10];
    const int y = d.year(), m = d.month(), day = d.day();
    buf[0] = char16_t(u'0' + y / 1000);
    buf[1] = char16_t(u'0' + y / 100 % 10);
    buf[2] = char16_t(u'0' + y / 10 % 10);
    buf[3] = char16_t(u'0' + y % 10);
    buf[4] = u'-';
    buf[5] = char16_t(u'0' + m / 10);
    buf[6] = char16_t(u'0' + m % 10);
    buf[7] = u'-';
    buf[8] = char16_t(u'0' + day / 10);
    buf[9] = char16_t(u'0' + day % 10);
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

} // namespace certdesk
