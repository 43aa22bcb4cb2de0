#include "idnumber.h"

#include "localtoday.h"

namespace certdesk
{

namespace
{

constexpr int IdLength = 18;

// Reason templates: reason() formats them untranslated (stable English for logs
// and the CLI), reasonText() through tr(). QT_TRANSLATE_NOOP lets lupdate see them.
const char *const EmptyReason = QT_TRANSLATE_NOOP("IdNumber", "ID number is empty");
const char *const LengthReason = QT_TRANSLATE_NOOP("IdNumber", "must be 18 characters, got %1");
const char *const NotDigitReason = QT_TRANSLATE_NOOP("IdNumber", "character %1 is not a digit");
const char *const MisplacedXReason = QT_TRANSLATE_NOOP(
    "IdNumber", "character %1 is not a digit (X is only allowed as the last character)");
const char *const LastCharacterReason =
    QT_TRANSLATE_NOOP("IdNumber", "character %1 is not a digit or X");
const char *const AreaCodeReason = QT_TRANSLATE_NOOP("IdNumber", "area code %1 is not valid");
const char *const InvalidDateReason =
    QT_TRANSLATE_NOOP("IdNumber", "birth date %1 is not a valid date");
const char *const FutureDateReason =
    QT_TRANSLATE_NOOP("IdNumber", "birth date %1 is in the future");
const char *const EarlyDateReason = QT_TRANSLATE_NOOP("IdNumber", "birth date %1 is before 1900");
const char *const CheckReason =
    QT_TRANSLATE_NOOP("IdNumber", "wrong check character (expected %1)");
const char *const ScientificReason =
    QT_TRANSLATE_NOOP("IdNumber", "%1 is a number a spreadsheet shortened to scientific notation; "
                                  "its last digits are lost: format the column as text and copy "
                                  "the ID number again");
const char *const FirstGenerationReason =
    QT_TRANSLATE_NOOP("IdNumber", "15-digit first-generation number; its 18-digit form is %1");

// Eight ASCII digits (checked before): read as numbers, not through
// QDate::fromString's format parser (a pull of a million people reads a
// million of them). An impossible date (month 13, 30 February, year 0) is
// invalid, as fromString made it.
QDate birthFromDigits(const QString &digits)
{
    int value[3] = {0, 0, 0};
    const int widths[3] = {4, 2, 2};
    qsizetype at = 0;
    for (int part = 0; part < 3; ++part) {
        for (int i = 0; i < widths[part]; ++i, ++at) {
            const char16_t c = at < digits.size() ? digits.at(at).unicode() : u'x';
            if (c < u'0' || c > u'9')
                return {};
            value[part] = value[part] * 10 + (c - u'0');
        }
    }
    return digits.size() == 8 ? QDate(value[0], value[1], value[2]) : QDate();
}

// The template for the current error and its argument.
struct ReasonParts {
    const char *format = nullptr;
    QString argument;
};

} // namespace

IdNumber IdNumber::parse(const QString &text)
{
    return parse(text, localToday());
}

IdNumber IdNumber::parse(const QString &text, const QDate &today)
{
    IdNumber id;
    if (looksLikeScientificNotation(text)) {
        id.m_error = Error::ScientificNotation;
        id.m_detail = text.trimmed();
        return id;
    }
    const QString s = normalizeInput(text).toUpper();
    id.m_length = int(s.size());
    if (s.isEmpty()) {
        id.m_error = Error::Empty;
        return id;
    }
    const QString upgraded = s.size() == 15 ? eighteenDigitForm(s) : QString();
    if (!upgraded.isEmpty()) {
        // GB 11643-1999: a first-generation number is offered as its 18-digit form
        // once its area code and birth date hold; the user confirms it.
        IdNumber full = parse(upgraded, today);
        if (full.m_error == Error::AreaCode || full.m_error == Error::BirthDate)
            return full;
        id.m_error = Error::FirstGeneration;
        id.m_upgraded = upgraded;
        id.m_detail = upgraded;
        return id;
    }
    if (s.size() != IdLength) {
        id.m_error = Error::Length;
        return id;
    }
    for (int i = 0; i < IdLength; ++i) {
        const QChar c = s.at(i);
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (digit || (i == IdLength - 1 && c == QLatin1Char('X')))
            continue;
        id.m_error = Error::Characters;
        id.m_badPosition = i + 1;
        id.m_detail = QString(c);
        return id;
    }
    const QChar area = s.at(0);
    if (area == QLatin1Char('0') || area == QLatin1Char('9')) {
        id.m_error = Error::AreaCode;
        id.m_detail = s.left(6);
        return id;
    }
    const QString birthDigits = s.mid(6, 8);
    const QDate birth = birthFromDigits(birthDigits);
    if (!birth.isValid() || birth.year() < 1900 || (today.isValid() && birth > today)) {
        id.m_error = Error::BirthDate;
        id.m_detail = birthDigits;
        return id;
    }
    const QChar expected = checkCharacterFor(QStringView(s).left(17));
    if (s.at(17) != expected) {
        id.m_error = Error::CheckCharacter;
        id.m_expectedCheck = expected;
        return id;
    }
    id.m_error = Error::None;
    id.m_canonical = s;
    id.m_birth = birth;
    id.m_expectedCheck = expected;
    id.m_sex = (s.at(16).digitValue() % 2 == 1) ? Sex::Male : Sex::Female;
    return id;
}

QChar IdNumber::checkCharacterFor(QStringView first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[12] = "10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QChar();
        sum += (c.unicode() - u'0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

QString IdNumber::mask(const QString &canonical)
{
    const qsizetype n = canonical.size();
    if (n < 10)
        return QString(n, QLatin1Char('*'));
    return canonical.left(6) + QString(n - 10, QLatin1Char('*')) + canonical.right(4);
}

QString IdNumber::errorKey() const
{
    switch (m_error) {
    case Error::None:
        return QString();
    case Error::Empty:
        return QStringLiteral("empty");
    case Error::Length:
        return QStringLiteral("length");
    case Error::Characters:
        return QStringLiteral("characters");
    case Error::AreaCode:
        return QStringLiteral("area-code");
    case Error::BirthDate:
        return QStringLiteral("birth-date");
    case Error::CheckCharacter:
        return QStringLiteral("check-character");
    case Error::ScientificNotation:
        return QStringLiteral("scientific-notation");
    case Error::FirstGeneration:
        return QStringLiteral("first-generation");
    }
    return QString();
}

static ReasonParts reasonParts(IdNumber::Error error, int length, int badPosition,
                               const QString &detail, QChar expected)
{
    using Error = IdNumber::Error;
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return {EmptyReason, QString()};
    case Error::Length:
        return {LengthReason, QString::number(length)};
    case Error::Characters:
        if (badPosition == IdLength)
            return {LastCharacterReason, QString::number(badPosition)};
        if (detail == QLatin1String("X"))
            return {MisplacedXReason, QString::number(badPosition)};
        return {NotDigitReason, QString::number(badPosition)};
    case Error::AreaCode:
        return {AreaCodeReason, detail};
    case Error::BirthDate: {
        const QDate d = birthFromDigits(detail);
        if (!d.isValid())
            return {InvalidDateReason, detail};
        if (d.year() < 1900)
            return {EarlyDateReason, detail};
        return {FutureDateReason, detail};
    }
    case Error::CheckCharacter:
        return {CheckReason, QString(expected)};
    case Error::ScientificNotation:
        return {ScientificReason, detail};
    case Error::FirstGeneration:
        return {FirstGenerationReason, detail};
    }
    return {};
}

QString IdNumber::reason() const
{
    const ReasonParts p = reasonParts(m_error, m_length, m_badPosition, m_detail, m_expectedCheck);
    if (!p.format)
        return QString();
    const QString format = QString::fromLatin1(p.format);
    return p.argument.isNull() ? format : format.arg(p.argument);
}

QString IdNumber::reasonText() const
{
    const ReasonParts p = reasonParts(m_error, m_length, m_badPosition, m_detail, m_expectedCheck);
    if (!p.format)
        return QString();
    const QString format = tr(p.format);
    return p.argument.isNull() ? format : format.arg(p.argument);
}

int IdNumber::ageOn(const QDate &day) const
{
    return isValid() ? certdesk::ageOn(m_birth, day) : -1;
}

int ageOn(const QDate &birth, const QDate &day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    // QDate::addYears maps 29 Feb to 28 Feb in common years, which is the
    // birthday rule we want.
    int age = day.year() - birth.year();
    if (birth.addYears(age) > day)
        --age;
    return age;
}

} // namespace certdesk
