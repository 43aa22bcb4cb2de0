#pragma once

#include "benefitlifecycle.h"
#include "money.h"

#include <QCoreApplication>
#include <QString>

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
    // force that month; the district server has no history and passes none.
    static QString problem(const LifecycleEvent &e, Money monthly,
                           const QMap<QDate, Money> &history = {});
    // Months from first to last (1st of each), both included; 0 when invalid.
    static int monthsBetween(const QDate &first, const QDate &last);
};

} // namespace certdesk
