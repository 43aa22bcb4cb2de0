#pragma once

#include "domain/money.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace certdesk
{

// The monthly benefit amount in force month by month (table benefit_amount). The
// overpayment of a month is what was paid in that month (UR 八(二)), so a raise or a
// cut in between is counted right.
class BenefitAmounts
{
    Q_DECLARE_TR_FUNCTIONS(BenefitAmounts)
public:
    explicit BenefitAmounts(const Database &db) : m_db(db) {}

    // From `month` (any day of it) on, the person is paid `amount`. The first change
    // also writes the amount paid until then (recipient.monthly_benefit_fen, from the
    // benefit start). Call before the recipient row takes the new amount; within the
    // caller's transaction when there is one. No change: nothing written.
    bool change(qint64 recipientId, const QDate &month, Money amount, QString *error) const;
    // The first month of each amount, oldest first; empty when none is on file.
    QMap<QDate, Money> history(qint64 recipientId, QString *error = nullptr) const;

private:
    const Database &m_db;
};

} // namespace certdesk
