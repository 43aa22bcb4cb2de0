// What a person types or pastes into an ID-number field, made into the characters
// GB 11643 speaks of before any rule is checked (IdNumber::parse calls it). One
// normaliser for the window, the CLI, imports and the server.
#include "idnumber.h"

#include <QRegularExpression>

namespace certdesk
{

namespace
{

// Characters a spreadsheet cell or a web page carries around a number that are
// not part of it: spaces of every width, zero-width marks and byte-order marks.
bool isInvisibleOrSpace(char16_t c)
{
    switch (c) {
    case u'\u00A0': // no-break space (a spreadsheet cell)
    case u'\u2007': // figure space
    case u'\u202F': // narrow no-break space
    case u'\u3000': // ideographic space (Chinese input method)
    case u'\u200B': // zero-width space
    case u'\u200C':
    case u'\u200D':
    case u'\u2060': // word joiner
    case u'\uFEFF': // byte-order mark / zero-width no-break space
        return true;
    default:
        return QChar::isSpace(c);
    }
}

// Separators people put between the groups of digits (370202 1949 1231 002X).
bool isDash(char16_t c)
{
    return c == u'-' || (c >= u'\u2010' && c <= u'\u2015') || c == u'\u2212' || c == u'\uFF0D' ||
           c == u'\uFE63';
}

// The apostrophe a spreadsheet puts before a number stored as text.
bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2018' || c == u'\u2019' || c == u'\uFF07' || c == u'`';
}

} // namespace

QString IdNumber::normalizeInput(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    bool leading = true;
    for (const QChar qc : typed) {
        char16_t c = qc.unicode();
        if (isInvisibleOrSpace(c) || isDash(c))
            continue;
        if (leading && isApostrophe(c))
            continue; // only before the number: an apostrophe inside stays and is refused
        leading = false;
        if (c >= u'\uFF10' && c <= u'\uFF19') // full-width digits from a Chinese input method
            c = char16_t(u'0' + (c - u'\uFF10'));
        else if (c == u'\uFF38' || c == u'\uFF58' || c == u'x') // full-width X or x, lower x
            c = u'X';
        out.append(QChar(c));
    }
    return out;
}

bool IdNumber::looksLikeScientificNotation(const QString &typed)
{
    // 1.10105E+17, 1.10105e17, 110105E12: what Excel shows for a long number typed
    // into a general cell. The digits after the first few are gone for good.
    static const QRegularExpression scientific(
        QStringLiteral("^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]{1,2}$"));
    return scientific.match(normalizeInput(typed)).hasMatch();
}

QString IdNumber::eighteenDigitForm(QStringView fifteen)
{
    // GB 11643-1999 replaces the 15-digit first-generation number: the two-digit
    // year becomes 19YY (first-generation numbers were issued to people born in
    // the 1900s) and a check character is appended.
    if (fifteen.size() != 15)
        return QString();
    for (const QChar c : fifteen) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QString();
    }
    const QString first17 =
        fifteen.left(6).toString() + QStringLiteral("19") + fifteen.mid(6).toString();
    return first17 + checkCharacterFor(first17);
}

} // namespace certdesk
