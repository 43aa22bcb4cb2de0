#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace certdesk
{

// A resident identity number per GB 11643-1999: 6-digit area code, 8-digit
// birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
// Parsing never throws; an invalid number carries the exact reason.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    enum class Error {
        None,
        Empty,
        Length,
        Characters,
        AreaCode,
        BirthDate,
        CheckCharacter,
        ScientificNotation, // a spreadsheet showed the number as 1.10105E+17: digits are lost
        FirstGeneration     // a valid 15-digit number: eighteenDigitForm() is offered, not taken
    };
    enum class Sex { Male, Female };

    IdNumber() = default;
    // What a person typed or pasted, normalised first (normalizeInput); a valid
    // 15-digit number is reported as FirstGeneration with its 18-digit form, for
    // the user to confirm (GB 11643-1999), never taken silently.
    static IdNumber parse(const QString &text);
    // The same with "today" fixed (a birth date after it is rejected); parse(text)
    // uses today's local date (localToday()).
    static IdNumber parse(const QString &text, const QDate &today);
    // Check character for the first 17 digits; QChar() if they are not 17 digits.
    static QChar checkCharacterFor(QStringView first17);
    // The one normaliser of typed or pasted input (idnumberinput.cpp): full-width
    // digits and X from a Chinese input method, a lower-case x, spaces (also
    // no-break and ideographic), zero-width characters, dashes between groups and
    // the apostrophe a spreadsheet puts before a number stored as text.
    static QString normalizeInput(const QString &typed);
    // 1.10105E+17 and the like: what a spreadsheet shows of a long number.
    static bool looksLikeScientificNotation(const QString &typed);
    // The 18-digit form of 15 digits (19 inserted before the year, check character
    // appended); empty when `fifteen` is not 15 digits.
    static QString eighteenDigitForm(QStringView fifteen);
    // Masks the middle: 370202********123X (first 6 and last 4 kept).
    static QString mask(const QString &canonical);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // Stable machine key: "empty", "length", "characters", "area-code",
    // "birth-date", "check-character"; empty when valid.
    QString errorKey() const;
    // Stable English reason, e.g. "wrong check character (expected X)".
    QString reason() const;
    // The same reason, translated for the user.
    QString reasonText() const;

    QString canonical() const { return m_canonical; } // 18 chars, upper-case X
    QString masked() const { return mask(m_canonical); }
    QDate birthDate() const { return m_birth; }
    Sex sex() const { return m_sex; }
    int ageOn(const QDate &day) const;
    QChar expectedCheck() const { return m_expectedCheck; }
    // For FirstGeneration: the 18-digit number to offer; empty otherwise.
    QString eighteenDigitForm() const { return m_upgraded; }

private:
    QString m_canonical;
    QDate m_birth;
    Sex m_sex = Sex::Male;
    Error m_error = Error::Empty;
    QChar m_expectedCheck;
    int m_length = 0;
    int m_badPosition = -1;
    QString m_detail; // the offending part (area code, birth date digits) for reason()
    QString m_upgraded;
};

// Age in whole years on `day` (a person born 29 Feb has birthdays on 28 Feb in common years);
// -1 when a date is invalid or `day` is before the birth.
int ageOn(const QDate &birth, const QDate &day);

} // namespace certdesk
