-- Schema version 8: the monthly benefit amount in force month by month, so that an
-- overpayment is counted from the amount paid in each month (UR 八(二)), not from
-- today's amount for every month. recipient.monthly_benefit_fen stays the current
-- amount; this table holds when each amount took effect. A person without rows has
-- been paid the current amount throughout (BenefitAmounts::change() writes the old
-- amount, from the benefit start, before the first change).
CREATE TABLE benefit_amount (
    recipient_id INTEGER NOT NULL REFERENCES recipient(id),
    from_month   TEXT NOT NULL,          -- 1st of the first month the amount was paid (YYYY-MM-DD)
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    PRIMARY KEY (recipient_id, from_month)
) WITHOUT ROWID;
