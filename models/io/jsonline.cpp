#include "jsonline.h"

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
    // yyyy-MM-dd for the years a roster holds (what Qt::ISODate writes for 0-9999).
    const int y = value.year(), m = value.month(), d = value.day();
    if (y < 0 || y > 9999) {
        appendString(m_out, value.toString(Qt::ISODate));
        return *this;
    }
    const char text[] = {'"',
                         char('0' + y / 1000),
                         char('0' + y / 100 % 10),
                         char('0' + y / 10 % 10),
                         char('0' + y % 10),
                         '-',
                         char('0' + m / 10),
                         char('0' + m % 10),
                         '-',
                         char('0' + d / 10),
                         char('0' + d % 10),
                         '"'};
    m_out.append(text, sizeof text);
    return *this;
}

void JsonLine::appendString(QByteArray &out, const QString &value)
{
    out.append('"');
    const char16_t *src = reinterpret_cast<const char16_t *>(value.constData());
    const char16_t *const end = src + value.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out.append(char(u));
                continue;
            }
            out.append('\\');
            switch (u) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case 0x8:
                out.append('b');
                break;
            case 0xc:
                out.append('f');
                break;
            case 0xa:
                out.append('n');
                break;
            case 0xd:
                out.append('r');
                break;
            case 0x9:
                out.append('t');
                break;
            default:
                out.append("u00", 3);
                out.append(hexDigit(u >> 4));
                out.append(hexDigit(u & 0xf));
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (u < 0xd800 || u > 0xdfff) {
            out.append(char(0xe0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (*src++ - 0xdc00);
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            // An unpaired surrogate: QJsonDocument writes it as an escape.
            const char esc[] = {'\\',
                                'u',
                                hexDigit((u >> 12) & 0xf),
                                hexDigit((u >> 8) & 0xf),
                                hexDigit((u >> 4) & 0xf),
                                hexDigit(u & 0xf)};
            out.append(esc, sizeof esc);
        }
    }
    out.append('"');
}

} // namespace certdesk
