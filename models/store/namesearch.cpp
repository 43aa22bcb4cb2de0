#include "namesearch.h"

#include <QStringList>

namespace certdesk
{

QString NameSearch::tokens(const QString &name)
{
    QStringList parts;
    const QList<uint> codePoints = name.toUcs4();
    for (uint cp : codePoints) {
        const char32_t c = char32_t(cp);
        if (QChar::isLetterOrNumber(c))
            parts << QString::fromUcs4(&c, 1).toLower();
    }
    return parts.join(QLatin1Char(' '));
}

QString NameSearch::phrase(const QString &text)
{
    const QString t = tokens(text);
    // Tokens hold only letters and digits, so nothing in them needs quoting.
    return t.isEmpty() ? QString() : QStringLiteral("\"%1\"").arg(t);
}

} // namespace certdesk
