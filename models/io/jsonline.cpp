#include "jsonline.h"

#include "domain/isodate.h"

#include <cstring>

namespace certdesk
{

namespace
{
char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}
} // namespace

JsonLine::JsonLine(QByteArray &out) : m_out(out)
{
    m_out.append('{');
}

JsonLine::~JsonLine()
{
    m_out.append("}\n", 2);
}

void JsonLine::key(const char *key)
{
    Q_ASSERT(!m_lastKey || std::strcmp(m_lastKey, key) < 0);
    if (m_lastKey)
        m_out.append(',');
    m_lastKey = key;
    m_out.append('"');
    m_out.append(key);
    m_out.append("\":", 2);
}

JsonLine &JsonLine::text(const char *k, const QString &value)
{
    key(k);
    appendString(m_out, value);
    return *this;
}

JsonLine &JsonLine::number(const char *k, qint64 value)
{
    key(k);
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    quint64 v = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        *--p = '-';
    m_out.append(p, end - p);
    return *this;
}

JsonLine &JsonLine::boolean(const char *k, bool value)
{
    key(k);
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonLine &JsonLine::null(const char *k)
{
    key(k);
    m_out.append("null", 4);
    return *this;
}

JsonLine &JsonLine::date(const char *k, const QDate &value)
{
    if (!value.isValid())
        return null(k);
    key(k);
    // yyyy-MM-dd for the years a roster holds (what Qt::ISODate writes for 1-9999).
    if (value.year() < 1 || value.year() > 9999) {
        appendString(m_out, value.toString(Qt::ISODate));
        return *this;
    }
    char text[12];
    text[0] = text[11] = '"';
    writeIsoDate(value, text + 1);
    m_out.append(text, sizeof text);
    return *this;
}

void JsonLine::appendString(QByteArray &out, const QString &value)
{
    // Written through a pointer into room for the worst case (6 bytes a unit, as
    // \u00xx), then cut to size: appending byte by byte was most of the cost.
    const qsizetype start = out.size();
    out.resize(start + 2 + value.size() * 6);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(value.constData());
    const char16_t *const end = src + value.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case 0x8:
                *p++ = 'b';
                break;
            case 0xc:
                *p++ = 'f';
                break;
            case 0xa:
                *p++ = 'n';
                break;
            case 0xd:
                *p++ = 'r';
                break;
            case 0x9:
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (*src++ - 0xdc00);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            // An unpaired surrogate: QJsonDocument writes it as an escape.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hexDigit((u >> 12) & 0xf);
            *p++ = hexDigit((u >> 8) & 0xf);
            *p++ = hexDigit((u >> 4) & 0xf);
            *p++ = hexDigit(u & 0xf);
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

} // namespace certdesk
