#pragma once

#include "benefitcategory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QStringList>
#include <QTime>
#include <optional>

namespace certdesk
{

// How a category's service period is laid out from its start date (RULES.md §2).
enum class PeriodRule {
    SameDay,        // qingdao: start = certification date, end = start + N months (clamped)
    NextMonth,      // guangdong: cycle from the 1st of the following month, N whole months
    OperationMonth, // qingdao-institution: N whole months from the 1st of the operation month
    AnnualWindow,   // zibo: certify once in the yearly window (1 Apr - 31 Dec)
    CalendarPeriod  // urumqi residents: once per calendar period of N months (3 = quarter)
};

struct CategoryRule {
    PeriodRule rule = PeriodRule::SameDay;
    int months = 12;
};

// A policy profile: the local rules as data (resources/profiles/<id>.json) plus
// the code in ServicePeriod that interprets them.
class PolicyProfile
{
    Q_DECLARE_TR_FUNCTIONS(PolicyProfile)
public:
    static QStringList builtinIds(); // qingdao, qingdao-institution, guangdong, zibo, urumqi
    static QString defaultId() { return QStringLiteral("qingdao"); }
    // Loads :/profiles/<id>.json; std::nullopt with *error naming the problem.
    static std::optional<PolicyProfile> builtin(const QString &id, QString *error = nullptr);
    static std::optional<PolicyProfile> fromJson(const QByteArray &json, QString *error = nullptr);
    // The largest profile JSON read (the built-in ones are about 5 KB).
    static constexpr qsizetype MaxJsonBytes = 256 * 1024;

    QString id() const { return m_id; }
    QString displayName() const { return m_displayName; } // Chinese name from the JSON

    CategoryRule rule(BenefitCategory c) const;
    int dependentMinAge() const { return m_dependentMinAge; }           // 16
    int maxPeriodMonths() const { return m_maxPeriodMonths; }           // 24
    int homeVisitWorkingDays() const { return m_homeVisitWorkingDays; } // 5
    // Zibo's annual window as month/day pairs (default 1 Apr - 31 Dec).
    QDate annualWindowStart(int year) const;
    QDate annualWindowEnd(int year) const;
    // How long a to-verify list may stay open after it arrives: months (Zibo 3);
    // 0 means "clear within the month it arrives" (Guangdong 当月清零).
    int toVerifyDeadlineMonths() const { return m_toVerifyDeadlineMonths; }
    QDate toVerifyDeadline(const QDate &listReceived) const;
    // Institution units may only submit a check with phone, household address and
    // residence address complete (seed 003 step 7).
    bool requiresCompleteContact() const { return m_requiresCompleteContact; }
    // Whether a page of people may be passed at once (本页批量通过).
    bool allowsBatchPass() const { return m_allowsBatchPass; }
    // Big-data imports that mark people qualified (Guangdong art. 9): at most this
    // many in one batch (0 = no cap), applied only after this many approvals by
    // different users (0 = at once).
    int qualifiedImportCap() const { return m_qualifiedImportCap; }
    int qualifiedImportApprovals() const { return m_qualifiedImportApprovals; }
    // Benefit lifecycle (RULES.md §5): months a suspended person has to object
    // before the payment is stopped (3); months of suspension before the account is
    // sealed (24); the day of the next month by which a month's suspension list is
    // due (Qingdao: before the 8th); days a repayment notice gives (30).
    int objectionWindowMonths() const { return m_objectionWindowMonths; }
    int sealAfterMonths() const { return m_sealAfterMonths; }
    int suspensionDeadlineDay() const { return m_suspensionDeadlineDay; }
    int repaymentNoticeDays() const { return m_repaymentNoticeDays; }

    // Office hours (default 08:30-17:30); audit entries outside them, or on a day
    // off of the working calendar, are flagged for the auditor.
    QTime workStart() const { return m_workStart; }
    QTime workEnd() const { return m_workEnd; }
    // Separation of duties (Guangdong art. 9): pairs of duties one user may not
    // hold together, e.g. ("approve-benefit", "certify").
    QList<QPair<QString, QString>> incompatibleDuties() const { return m_incompatibleDuties; }
    // The first incompatible pair within `duties`, as a message; empty when none.
    QString dutyConflict(const QStringList &duties) const;

    // An individual period set by the agency: true when allowed, otherwise false
    // with *error explaining ("at most 24 months").
    bool validateIndividualMonths(int months, QString *error = nullptr) const;

private:
    QString m_id;
    QString m_displayName;
    QHash<BenefitCategory, CategoryRule> m_rules;
    int m_dependentMinAge = 16;
    int m_maxPeriodMonths = 24;
    int m_homeVisitWorkingDays = 5;
    int m_windowStartMonth = 4, m_windowStartDay = 1, m_windowEndMonth = 12, m_windowEndDay = 31;
    int m_toVerifyDeadlineMonths = 3;
    bool m_requiresCompleteContact = false;
    bool m_allowsBatchPass = true;
    int m_qualifiedImportCap = 0;
    int m_qualifiedImportApprovals = 0;
    QTime m_workStart = QTime(8, 30);
    QTime m_workEnd = QTime(17, 30);
    QList<QPair<QString, QString>> m_incompatibleDuties;
    int m_objectionWindowMonths = 3;
    int m_sealAfterMonths = 24;
    int m_suspensionDeadlineDay = 8;
    int m_repaymentNoticeDays = 30;
};

} // namespace certdesk
