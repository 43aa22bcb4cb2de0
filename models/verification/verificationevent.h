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
    UnitConfirmation
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

// Contact data found wrong and corrected in the same check; unset = unchanged.
struct ContactUpdate {
    std::optional<QString> phone;
    std::optional<QString> householdAddress;
    std::optional<QString> residenceAddress;
    std::optional<QString> residenceType; // local, domestic, abroad
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
};

} // namespace certdesk
