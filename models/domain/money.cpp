#include "money.h"

#include <QRegularExpression>

namespace certdesk
{

namespace
{

// Digits with optional correct thousands grouping, then up to two decimals.
// Eleven integer digits at most (~ 100 billion yuan) keeps fen far inside qint64.
const QRegularExpression &yuanPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(-)?(\\d{1,11}|\\d{1,3}(?:,\\d{3}){1,3})(?:\\.(\\d{1,2}))?$"));
    return re;
}

QString groupThousands(const QString &digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

} // namespace

bool Money::parseYuan(const QString &text, Money *out)
{
    const QRegularExpressionMatch m = yuanPattern().match(text.trimmed());
    if (!m.hasMatch())
        return false;
    QString integer = m.captured(2);
    integer.remove(QLatin1Char(','));
    if (integer.size() > 11)
        return false;
    QString decimals = m.captured(3);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    qint64 fen = integer.toLongLong() * 100 + decimals.toLongLong();
    if (!m.captured(1).isEmpty())
        fen = -fen;
    if (out)
        *out = Money(fen);
    return true;
}

QString Money::toPlainYuan() const
{
    const quint64 abs = m_fen < 0 ? quint64(-(m_fen + 1)) + 1 : quint64(m_fen);
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toYuanString() const
{
    const quint64 abs = m_fen < 0 ? quint64(-(m_fen + 1)) + 1 : quint64(m_fen);
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(groupThousands(QString::number(abs / 100)))
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

Overpayment Overpayment::compute(Money monthly, const QDate &eventDate, const QDate &paidThrough)
{
    Overpayment o;
    if (!eventDate.isValid() || !paidThrough.isValid())
        return o;
    const QDate eventMonth(eventDate.year(), eventDate.month(), 1);
    const QDate paidMonth(paidThrough.year(), paidThrough.month(), 1);
    if (paidMonth <= eventMonth)
        return o;
    o.firstMonth = eventMonth.addMonths(1);
    o.lastMonth = paidMonth;
    o.months = (paidMonth.year() - eventMonth.year()) * 12 + paidMonth.month() - eventMonth.month();
    o.amount = monthly * o.months;
    return o;
}

} // namespace certdesk
