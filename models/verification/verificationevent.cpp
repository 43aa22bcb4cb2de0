#include "verificationevent.h"

namespace certdesk
{

namespace
{
template <typename E> struct Term {
    E value;
    const char *key;
};

const Term<VerificationMethod> kMethods[] = {
    {VerificationMethod::Window, "window"},
    {VerificationMethod::AppFace, "app-face"},
    {VerificationMethod::HomeVisit, "home-visit"},
    {VerificationMethod::VideoCall, "video-call"},
    {VerificationMethod::Phone, "phone"},
    {VerificationMethod::Proxy, "proxy"},
    {VerificationMethod::SocialActivity, "social-activity"},
    {VerificationMethod::HealthCheck, "health-check"},
    {VerificationMethod::HouseholdSurvey, "household-survey"},
    {VerificationMethod::UnitConfirmation, "unit-confirmation"},
};
const Term<LivingStatus> kStatuses[] = {
    {LivingStatus::Alive, "alive"},
    {LivingStatus::Deceased, "deceased"},
    {LivingStatus::Imprisoned, "imprisoned"},
    {LivingStatus::Missing, "missing"},
    {LivingStatus::Unreachable, "unreachable"},
    {LivingStatus::OtherLoss, "other-loss"},
};
const Term<EvidenceKind> kKinds[] = {
    {EvidenceKind::Person, "person"},
    {EvidenceKind::IdCard, "id-card"},
    {EvidenceKind::PowerOfAttorney, "power-of-attorney"},
    {EvidenceKind::SignInSheet, "sign-in-sheet"},
    {EvidenceKind::Form, "form"},
    {EvidenceKind::Other, "other"},
};

template <typename E, size_t N> QString keyOf(const Term<E> (&terms)[N], E value)
{
    for (const Term<E> &t : terms) {
        if (t.value == value)
            return QString::fromLatin1(t.key);
    }
    return {};
}

template <typename E, size_t N> std::optional<E> fromKey(const Term<E> (&terms)[N], QStringView key)
{
    for (const Term<E> &t : terms) {
        if (key == QLatin1String(t.key))
            return t.value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QList<E> valuesOf(const Term<E> (&terms)[N])
{
    QList<E> out;
    for (const Term<E> &t : terms)
        out << t.value;
    return out;
}
} // namespace

QList<VerificationMethod> VerificationTerms::methods()
{
    return valuesOf(kMethods);
}
QString VerificationTerms::key(VerificationMethod m)
{
    return keyOf(kMethods, m);
}
std::optional<VerificationMethod> VerificationTerms::methodFromKey(QStringView key)
{
    return fromKey(kMethods, key);
}

QList<LivingStatus> VerificationTerms::statuses()
{
    return valuesOf(kStatuses);
}
QString VerificationTerms::key(LivingStatus s)
{
    return keyOf(kStatuses, s);
}
std::optional<LivingStatus> VerificationTerms::statusFromKey(QStringView key)
{
    return fromKey(kStatuses, key);
}

QList<EvidenceKind> VerificationTerms::evidenceKinds()
{
    return valuesOf(kKinds);
}
QString VerificationTerms::key(EvidenceKind k)
{
    return keyOf(kKinds, k);
}
std::optional<EvidenceKind> VerificationTerms::evidenceKindFromKey(QStringView key)
{
    return fromKey(kKinds, key);
}

QString VerificationTerms::displayName(VerificationMethod m)
{
    switch (m) {
    case VerificationMethod::Window:
        return tr("Window visit");
    case VerificationMethod::AppFace:
        return tr("App / terminal face recognition");
    case VerificationMethod::HomeVisit:
        return tr("Home visit");
    case VerificationMethod::VideoCall:
        return tr("Video call");
    case VerificationMethod::Phone:
        return tr("Phone");
    case VerificationMethod::Proxy:
        return tr("Relative with power of attorney");
    case VerificationMethod::SocialActivity:
        return tr("Social-service activity");
    case VerificationMethod::HealthCheck:
        return tr("Health check");
    case VerificationMethod::HouseholdSurvey:
        return tr("Household survey");
    case VerificationMethod::UnitConfirmation:
        return tr("Unit confirmation");
    }
    return {};
}

QString VerificationTerms::displayName(LivingStatus s)
{
    switch (s) {
    case LivingStatus::Alive:
        return tr("Alive");
    case LivingStatus::Deceased:
        return tr("Deceased");
    case LivingStatus::Imprisoned:
        return tr("Imprisoned");
    case LivingStatus::Missing:
        return tr("Missing");
    case LivingStatus::Unreachable:
        return tr("Unreachable");
    case LivingStatus::OtherLoss:
        return tr("Other loss of eligibility");
    }
    return {};
}

QString VerificationTerms::displayName(EvidenceKind k)
{
    switch (k) {
    case EvidenceKind::Person:
        return tr("Photo of the person");
    case EvidenceKind::IdCard:
        return tr("ID card");
    case EvidenceKind::PowerOfAttorney:
        return tr("Power of attorney");
    case EvidenceKind::SignInSheet:
        return tr("Sign-in sheet");
    case EvidenceKind::Form:
        return tr("Form");
    case EvidenceKind::Other:
        return tr("Other");
    }
    return {};
}

} // namespace certdesk
