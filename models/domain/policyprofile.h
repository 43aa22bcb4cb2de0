#pragma once

#include "benefitcategory.h"
#include "profilerules.h"
#include "workingcalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QPair>
#include <QStringList>
#include <QTime>
#include <optional>

namespace certdesk
{

// How a category's service period is laid out from its start date (RULES.md §2).
enum class PeriodRule {
    SameDay,        // QD 12: start = certification date, end = start + N months (clamped)
    NextMonth,      // GD 6: cycle from the 1st of the following month, N whole months
    OperationMonth, // QI 三(二): N whole months from the 1st of the operation month
    AnnualWindow,   // ZB 二: certify once in the yearly window (1 Apr - 31 Dec)
    CalendarPeriod  // UR 五(一) residents: once per calendar period of N months (3 = quarter)
};

struct CategoryRule {
    PeriodRule rule = PeriodRule::SameDay;
    int months = 12;
};

// When a loss of eligibility must be suspended (QD 25, UR 八(一), ZB 四(二)4).
struct SuspensionDeadlineRule {
    enum Kind { DayOfNextMonth, WorkingDays, Immediate } kind = DayOfNextMonth;
    int n = 0; // the day, or the number of working days
};

// A policy profile: the rules of one region as data (resources/profiles/<id>.json),
// each with the seed article it comes from, plus the code that interprets them.
// A rule the region's seed does not state is absent: the accessors return
// std::nullopt (or false for "may"/"must" flags) and the feature says
// notSetText() where a user would look for it.
class PolicyProfile
{
    Q_DECLARE_TR_FUNCTIONS(PolicyProfile)
public:
    // The profiles shipped as :/profiles/*.json, in a stable order (qingdao first).
    static QStringList builtinIds();
    static QString defaultId() { return QStringLiteral("qingdao"); }
    // Loads :/profiles/<id>.json; std::nullopt with *error naming the file and problem.
    static std::optional<PolicyProfile> builtin(const QString &id, QString *error = nullptr);
    // A profile from any file (a region added as a JSON file alone).
    static std::optional<PolicyProfile> fromFile(const QString &path, QString *error = nullptr);
    static std::optional<PolicyProfile> fromJson(const QByteArray &json, QString *error = nullptr);
    // "not set by this region's rules"
    static QString notSetText();
    // The largest profile JSON read (the built-in ones are about 5 KB).
    static constexpr qsizetype MaxJsonBytes = 256 * 1024;

    QString id() const { return m_id; }
    QString displayName() const { return m_displayName; } // Chinese name from the JSON
    QString source() const { return m_source; }           // the seed document

    // Every rule as written, with its citation.
    const certdesk::ProfileRules &rules() const { return m_rules; }
    bool hasRule(const QString &key) const { return m_rules.has(key); }
    QJsonValue ruleValue(const QString &key) const { return m_rules.value(key); }
    QString ruleCite(const QString &key) const { return m_rules.cite(key); }

    // The category's period; none when the region's rules do not cover the category.
    std::optional<CategoryRule> rule(BenefitCategory c) const;
    std::optional<int> dependentMinAge() const { return m_rules.integer(Key::DependentMinAge); }
    std::optional<int> maxIndividualMonths() const
    {
        return m_rules.integer(Key::MaxIndividualMonths);
    }
    std::optional<int> homeVisitWorkingDays() const
    {
        return m_rules.integer(Key::HomeVisitWorkingDays);
    }
    // Home visits only for people on the special-group ledger (QD 23, GD 22, UR 七(三));
    // ZB 三(二) accepts every request (不得推诿).
    bool homeVisitSpecialGroupOnly() const
    {
        return m_rules.flag(Key::HomeVisitSpecialGroupOnly).value_or(false);
    }
    // Every office records a walk-in from another community (ZB 三(一), 五(一)).
    bool walkInAnyOffice() const { return m_rules.flag(Key::WalkInAnyOffice).value_or(false); }
    // ZB 四(二)4, UR 八(一): a person whom no means of checking could reach is
    // suspended (by the suspension deadline), as a loss of eligibility is.
    bool unreachableSuspended() const
    {
        return m_rules.flag(Key::UnreachableSuspended).value_or(false);
    }
    // The yearly window (ZB 二); invalid dates when the region has none.
    QDate annualWindowStart(int year) const;
    QDate annualWindowEnd(int year) const;
    // Months to clear a to-verify list (ZB 四(二)3: 3); 0 = by the last day of the month
    // it arrives (GD 12 当月清零, QI 附件6). toVerifyDeadline() is invalid when not set.
    std::optional<int> toVerifyDeadlineMonths() const
    {
        return m_rules.integer(Key::ToVerifyDeadlineMonths);
    }
    QDate toVerifyDeadline(const QDate &listReceived) const;
    // QD 24: a period end is a failure once attempts to reach the person failed;
    // QI 三(一): pay stops from the next month at once. Not set: no failure step.
    std::optional<bool> failureNeedsAttempts() const
    {
        return m_rules.flag(Key::FailureNeedsAttempts);
    }
    std::optional<SuspensionDeadlineRule> suspensionDeadline() const;
    // ZB 四(二)4, UR 八(一): suspended without objection this long -> stopped.
    std::optional<int> objectionStopAfterMonths() const
    {
        return m_rules.integer(Key::ObjectionStopAfterMonths);
    }
    // GD 9: suspended this long -> the account is sealed (prisoners excepted).
    std::optional<int> sealAfterMonths() const { return m_rules.integer(Key::SealAfterMonths); }
    // QI 三(三): "补发业务复核通过后次月恢复并补发" - pay resumes, and the suspended
    // months are back-paid, in the month after the review (our resumption step);
    // elsewhere in the month of the step (QD 26).
    bool resumeMonthAfterReview() const
    {
        return m_rules.flag(Key::ResumeMonthAfterReview).value_or(false);
    }
    // QI 附件7: phone, household and residence address complete before a check is saved.
    bool requiresCompleteContact() const
    {
        return m_rules.flag(Key::RequiresCompleteContact).value_or(false);
    }
    // QI 附件9 本页批量通过; GD 5 abolishes batch certification; elsewhere not offered.
    bool allowsBatchPass() const { return m_rules.flag(Key::AllowsBatchPass).value_or(false); }
    // GD 9: at most this many qualified results in one import (0 = no cap), applied
    // after this many approvals (0 = at once).
    int qualifiedImportCap() const { return m_rules.integer(Key::QualifiedImportCap).value_or(0); }
    int qualifiedImportApprovals() const
    {
        return m_rules.integer(Key::QualifiedImportApprovals).value_or(0);
    }
    // UR 八(二)3: instalments only with the city agency's consent.
    bool instalmentsNeedConsent() const
    {
        return m_rules.flag(Key::InstalmentsNeedConsent).value_or(false);
    }
    // UR 八(二)2: overpayment may be deducted from the funeral grant and pension.
    bool recoverFromFuneralGrant() const
    {
        return m_rules.flag(Key::RecoverFromFuneralGrant).value_or(false);
    }
    std::optional<int> repaymentNoticeDays() const
    {
        return m_rules.integer(Key::RepaymentNoticeDays);
    }

    // GD 21: 现场认证只适用于待遇领取人员本人办理 — no check through a proxy.
    bool inPersonOnly() const { return m_rules.flag(Key::InPersonOnly).value_or(false); }
    // GD 5: 取消批量认证方式 — no paper register entered in bulk.
    bool allowsPaperRegister() const
    {
        return !m_rules.flag(Key::BatchCertificationAbolished).value_or(false);
    }
    // GD 22: the evidence kinds an on-site or home check keeps (person and ID card);
    // empty: any one item.
    QStringList onSiteEvidenceKinds() const { return ruleStrings(Key::OnSiteEvidence); }
    // GD 21-22: working days within which the county approves an on-site or home
    // check; 0: no approval.
    int countyCheckApprovalWorkingDays() const
    {
        return m_rules.integer(Key::CountyCheckApprovalWorkingDays).value_or(0);
    }
    // GD 9: the levels a capped import is approved at, in order ("street", "county");
    // empty: any users (qualifiedImportApprovals of them).
    QStringList qualifiedImportLevels() const
    {
        return ruleStrings(Key::QualifiedImportApprovalLevels);
    }
    // GD 9: the duty a payment step (resumption, back pay, ...) is; empty: none.
    QString paymentStepDuty() const { return m_rules.value(Key::PaymentStepDuty).toString(); }

    // Office hours on `day` (summer hours where the region has them); empty when the
    // profile sets none. Audit entries outside them are flagged for the auditor.
    QList<QPair<QTime, QTime>> officeHours(const QDate &day) const;
    bool isOfficeTime(const QDateTime &local) const;
    QTime workStart() const; // first start of the (non-summer) hours; invalid when none
    QTime workEnd() const;
    // The national calendar with the region's own days off (UR: 肉孜节, 古尔邦节); a
    // year counts as covered only when both cover it.
    const WorkingCalendar &calendar() const { return m_calendar; }

    // GD 9: pairs of duties one user may not hold together.
    QList<QPair<QString, QString>> incompatibleDuties() const;
    // The first incompatible pair within `duties`, as a message; empty when none.
    QString dutyConflict(const QStringList &duties) const;

    // An individual period set by the agency: true when allowed, otherwise false
    // with *error explaining ("at most 24 months", or not set by the region).
    bool validateIndividualMonths(int months, QString *error = nullptr) const;

    struct Key {
        static inline const QString DependentMinAge = QStringLiteral("dependentMinAge");
        static inline const QString MaxIndividualMonths = QStringLiteral("maxIndividualMonths");
        static inline const QString AnnualWindow = QStringLiteral("annualWindow");
        static inline const QString ToVerifyDeadlineMonths =
            QStringLiteral("toVerifyDeadlineMonths");
        static inline const QString HomeVisitWorkingDays = QStringLiteral("homeVisitWorkingDays");
        static inline const QString HomeVisitSpecialGroupOnly =
            QStringLiteral("homeVisitSpecialGroupOnly");
        static inline const QString WalkInAnyOffice = QStringLiteral("walkInAnyOffice");
        static inline const QString UnreachableSuspended = QStringLiteral("unreachableSuspended");
        static inline const QString FailureNeedsAttempts = QStringLiteral("failureNeedsAttempts");
        static inline const QString SuspensionDeadline = QStringLiteral("suspensionDeadline");
        static inline const QString ObjectionStopAfterMonths =
            QStringLiteral("objectionStopAfterMonths");
        static inline const QString SealAfterMonths = QStringLiteral("sealAfterMonths");
        static inline const QString ResumeMonthAfterReview =
            QStringLiteral("resumeMonthAfterReview");
        static inline const QString RequiresCompleteContact =
            QStringLiteral("requiresCompleteContact");
        static inline const QString AllowsBatchPass = QStringLiteral("allowsBatchPass");
        static inline const QString QualifiedImportCap = QStringLiteral("qualifiedImportCap");
        static inline const QString QualifiedImportApprovals =
            QStringLiteral("qualifiedImportApprovals");
        static inline const QString IncompatibleDuties = QStringLiteral("incompatibleDuties");
        static inline const QString InstalmentsNeedConsent =
            QStringLiteral("instalmentsNeedConsent");
        static inline const QString RecoverFromFuneralGrant =
            QStringLiteral("recoverFromFuneralGrant");
        static inline const QString WorkingHours = QStringLiteral("workingHours");
        static inline const QString RegionalHolidays = QStringLiteral("regionalHolidays");
        static inline const QString RepaymentNoticeDays = QStringLiteral("repaymentNoticeDays");
        static inline const QString InPersonOnly = QStringLiteral("inPersonOnly");
        static inline const QString BatchCertificationAbolished =
            QStringLiteral("batchCertificationAbolished");
        static inline const QString OnSiteEvidence = QStringLiteral("onSiteEvidence");
        static inline const QString CountyCheckApprovalWorkingDays =
            QStringLiteral("countyCheckApprovalWorkingDays");
        static inline const QString QualifiedImportApprovalLevels =
            QStringLiteral("qualifiedImportApprovalLevels");
        static inline const QString PaymentStepDuty = QStringLiteral("paymentStepDuty");
        static QString period(BenefitCategory c)
        {
            return QStringLiteral("period.") + BenefitCategories::key(c);
        }
    };

private:
    QStringList ruleStrings(const QString &key) const;

    QString m_id;
    QString m_displayName;
    QString m_source;
    certdesk::ProfileRules m_rules;
    QHash<BenefitCategory, CategoryRule> m_periods;
    WorkingCalendar m_calendar = WorkingCalendar::builtin(); // with regionalHolidays merged
};

} // namespace certdesk
