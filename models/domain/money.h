#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace certdesk
{

// Money in integer fen (分); never floating point.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    // Parses "3200", "3200.5", "3,200.00"; false on anything else (or more than 2 decimals).
    static bool parseYuan(const QString &text, Money *out);
    constexpr qint64 fen() const { return m_fen; }
    QString toYuanString() const; // "12,800.00" (thousands separators, 2 decimals)
    QString toPlainYuan() const;  // "12800.00"
    constexpr Money operator*(qint64 n) const { return Money(m_fen * n); }
    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr bool operator==(Money o) const { return m_fen == o.m_fen; }
    constexpr bool operator!=(Money o) const { return m_fen != o.m_fen; }

private:
    qint64 m_fen = 0;
};

// Benefits are due up to and including the month of the event (death,
// imprisonment); months paid after it are overpaid (RULES.md §5).
struct Overpayment {
    QDate firstMonth; // 1st of the first overpaid month; invalid when none
    QDate lastMonth;  // 1st of the last overpaid month
    int months = 0;
    Money amount;

    // paidThrough: any day of the last month that was paid.
    static Overpayment compute(Money monthly, const QDate &eventDate, const QDate &paidThrough);
};

} // namespace certdesk
