#pragma once

#include <QDate>
#include <QString>

namespace certdesk
{

// The ten characters of YYYY-MM-DD written to `out`, for years 1..9999 (the
// caller checks): for text built without a QString (JSON lines, bound UTF-8).
template <typename Char> void writeIsoDate(const QDate &d, Char *out)
{
    const int y = d.year(), m = d.month(), day = d.day();
    out[0] = Char('0' + y / 1000);
    out[1] = Char('0' + y / 100 % 10);
    out[2] = Char('0' + y / 10 % 10);
    out[3] = Char('0' + y % 10);
    out[4] = Char('-');
    out[5] = Char('0' + m / 10);
    out[6] = Char('0' + m % 10);
    out[7] = Char('-');
    out[8] = Char('0' + day / 10);
    out[9] = Char('0' + day % 10);
}

// YYYY-MM-DD for years 1..9999 without QDate::toString(), which goes through
// printf-style formatting and showed up as a tenth of the bulk-load time.
inline QString isoDate(const QDate &d)
{
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return QString();
    char16_t buf[10];
    writeIsoDate(d, buf);
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

} // namespace certdesk
