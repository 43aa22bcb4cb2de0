#pragma once

#include "evidence/evidenceitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk
{

// How a person was checked (RULES.md §4).
enum class VerificationMethod {
    Window,
    AppFace,
    HomeVisit,
    VideoCall,
    Phone,
    Proxy,
    SocialActivity,
    HealthCheck,
    HouseholdSurvey,
    UnitConfirmation,
    // A qualified big-data comparison result (视同认证合格: QD 13-14/17, QI 三(一),
    // UR 六(二), GD 14); made by imports and the server, never typed in a form.
    BigData
};
// What the check found.
enum class LivingStatus { Alive, Deceased, Imprisoned, Missing, Unreachable, OtherLoss };
// What a piece of evidence shows.
enum class EvidenceKind { Person, IdCard, PowerOfAttorney, SignInSheet, Form, Other };

class VerificationTerms
{
    Q_DECLARE_TR_FUNCTIONS(VerificationTerms)
public:
    // Stable keys (JSON, CLI, database) and translated names.
    static QList<VerificationMethod> methods();
    // The methods a new check may use: all but Phone, which no seed accepts as a
    // certification (QD 21); stored phone events stay readable and renew nothing.
    static QList<VerificationMethod> certifyingMethods();
    static QString key(VerificationMethod m);
    static std::optional<VerificationMethod> methodFromKey(QStringView key);
    static QString displayName(VerificationMethod m);

    static QList<LivingStatus> statuses();
    static QString key(LivingStatus s);
    static std::optional<LivingStatus> statusFromKey(QStringView key);
    static QString displayName(LivingStatus s);

    static QList<EvidenceKind> evidenceKinds();
    static QString key(EvidenceKind k);
    static std::optional<EvidenceKind> evidenceKindFromKey(QStringView key);
    static QString displayName(EvidenceKind k);
};

// A stored evidence file attached to an event, with what it shows.
struct EvidenceLink {
    EvidenceItem item;
    EvidenceKind kind = EvidenceKind::Person;
};

// Contact data found wrong and corrected in the same check; unset = unchanged,
// an empty value clears the field.
struct ContactUpdate {
    std::optional<QString> phone;
    std::optional<QString> householdAddress;
    std::optional<QString> residenceAddress;
    std::optional<QString> residenceType; // local, domestic, abroad
    // What each changed field held on this desk when the check was recorded
    // (VerificationService::record sets it; schema 12). Unset on older events and
    // on events pulled from other desks: the sync protocol does not carry it.
    struct Previous {
        std::optional<QString> phone;
        std::optional<QString> householdAddress;
        std::optional<QString> residenceAddress;
        std::optional<QString> residenceType;
    } previous;
    bool isEmpty() const
    {
        return !phone && !householdAddress && !residenceAddress && !residenceType;
    }
};

// One recorded check (认证信息核实): an immutable event with a client-made UUID.
struct VerificationEvent {
    QString uuid; // made by record() when empty
    qint64 recipientId = 0;
    QDate checkDate;      // civil date of the check
    QDateTime occurredAt; // when the check happened (stored as UTC)
    QDateTime recordedAt; // set by record()
    VerificationMethod method = VerificationMethod::Window;
    LivingStatus status = LivingStatus::Alive;
    QDate deathDate;
    QString deathSource;
    QString lossReason; // other loss of eligibility
    QString worker;     // the signed-in user
    QString note;
    ContactUpdate contact;
    QList<EvidenceLink> evidence;
    QString corrects;  // uuid of the event this one corrects
    QString batchId;   // set for batch passes
    QDate periodStart; // the period this event gave; set by record()
    QDate periodEnd;
    // Big-data certifications: the comparison's source channel, its month and the
    // import batch that brought the result.
    QString source;
    QString bigDataMonth;
    QString importBatch;
    // UR 七(六)2: the time of a loss (the date of imprisonment, since when missing)
    // and, on the check that finds the person back, the date of release.
    QDate lossDate;
    QDate releaseDate;
    // GD 21-22: the county's decision on an on-site or home check, for the
    // timeline (CheckApprovals): "pending", "approved" or "refused"; empty when
    // the check needed none. Not part of the event itself.
    struct CountyDecision {
        QString state;
        QString by;
        QString reason;
    } county;
};

} // namespace certdesk
