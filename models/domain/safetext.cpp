#include "safetext.h"

namespace certdesk
{

namespace
{
bool isControl(QChar c, bool allowLineBreaks)
{
    if (allowLineBreaks &&
        (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
        return false;
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator;
}
} // namespace

QString SafeText::nameProblem(const QString &field, const QString &value)
{
    for (const QChar c : value) {
        if (isControl(c, false))
            return tr("%1: a name may not contain control characters or line breaks.").arg(field);
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&'))
            return tr("%1: a name may not contain markup (<, > or &).").arg(field);
    }
    return {};
}

QString SafeText::textProblem(const QString &field, const QString &value)
{
    for (const QChar c : value) {
        if (isControl(c, true))
            return tr("%1: the text contains a control character (code %2).")
                .arg(field)
                .arg(c.unicode());
    }
    return {};
}

} // namespace certdesk
