#pragma once

#include "benefitlifecycle.h"
#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <utility>

namespace certdesk
{

// The money of a payment step follows from the months it covers and the
// person's recorded monthly amount (RULES.md §5; QD 24, ZB 四(二)): back pay at
// resumption and a repayment notice are months x monthly amount, the months
// counted from the first to the last month of the step. A step that carries a
// different sum is refused, wherever it was recorded.
class StepAmounts
{
    Q_DECLARE_TR_FUNCTIONS(StepAmounts)
public:
    // Why `e`'s amount or months do not follow from `monthly`; empty when they do.
    // With `history` (BenefitAmounts, UR 八(二)) each month counts at the amount in
    // force that month (the district server builds it with historyFrom()).
    static QString problem(const LifecycleEvent &e, Money monthly,
                           const QMap<QDate, Money> &history = {});
    // The amounts in force from the monthly amounts a person's roster row carried, in
    // the order they arrived, each with the day it arrived: as BenefitAmounts::change
    // keeps them on a desk, the first amount from the benefit start and each new one
    // from the month it arrived (UR 八(二)). Empty when the amount never changed.
    static QMap<QDate, Money> historyFrom(const QDate &benefitStart,
                                          const QList<std::pair<QDate, Money>> &arrivals);
    // Months from first to last (1st of each), both included; 0 when invalid.
    static int monthsBetween(const QDate &first, const QDate &last);
};

} // namespace certdesk
