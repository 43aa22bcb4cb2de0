#include "benefitamounts.h"

#include "domain/isodate.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace certdesk
{

bool BenefitAmounts::change(qint64 recipientId, const QDate &month, Money amount,
                            QString *error) const
{
    if (!month.isValid() || amount.fen() < 0) {
        if (error)
            *error = tr("A benefit amount needs the month it starts and an amount of 0 or more.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT monthly_benefit_fen, benefit_start, (SELECT count(*) FROM "
                             "benefit_amount WHERE recipient_id = r.id) FROM recipient r WHERE "
                             "r.id = ?"));
    q.addBindValue(recipientId);
    if (!sqlvalue::exec(q, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("No recipient with id %1.").arg(recipientId);
        return false;
    }
    const qint64 current = q.value(0).toLongLong();
    const QDate start = sqlvalue::date(q.value(1));
    const bool first = q.value(2).toInt() == 0;
    q.finish();
    if (current == amount.fen())
        return true; // the column is always the current amount: nothing changed
    const auto insert = [&](const QDate &from, qint64 fen) {
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral("INSERT OR REPLACE INTO benefit_amount(recipient_id, "
                                   "from_month, amount_fen) VALUES(?, ?, ?)"));
        ins.addBindValue(recipientId);
        ins.addBindValue(isoDate(QDate(from.year(), from.month(), 1)));
        ins.addBindValue(fen);
        return sqlvalue::exec(ins, error);
    };
    if (first && current > 0 && !insert(start.isValid() ? start : QDate(1900, 1, 1), current))
        return false;
    return insert(month, amount.fen());
}

QMap<QDate, Money> BenefitAmounts::history(qint64 recipientId, QString *error) const
{
    QMap<QDate, Money> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT from_month, amount_fen FROM benefit_amount WHERE "
                             "recipient_id = ? ORDER BY from_month"));
    q.addBindValue(recipientId);
    if (!sqlvalue::exec(q, error))
        return out;
    while (q.next())
        out.insert(sqlvalue::date(q.value(0)), Money(q.value(1).toLongLong()));
    return out;
}

} // namespace certdesk
