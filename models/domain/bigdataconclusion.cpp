#include "bigdataconclusion.h"

#include <QStringList>

namespace certdesk
{

namespace
{

struct KeyName {
    const char *key;
    const char *name; // English source, translated in context BigDataConclusions
};

// Qualified channels (Qingdao art. 15-17, Urumqi 六).
const KeyName QualifiedChannels[] = {
    {"window", QT_TRANSLATE_NOOP("BigDataConclusions", "Window visit")},
    {"app-face", QT_TRANSLATE_NOOP("BigDataConclusions", "App face recognition")},
    {"bank", QT_TRANSLATE_NOOP("BigDataConclusions", "Partner bank")},
    {"time-bank", QT_TRANSLATE_NOOP("BigDataConclusions", "Volunteer time bank")},
    {"unit", QT_TRANSLATE_NOOP("BigDataConclusions", "Managing unit")},
    {"medical-records",
     QT_TRANSLATE_NOOP("BigDataConclusions",
                       "Medical insurance, long-term care or family-doctor records")},
    {"hospital-stay", QT_TRANSLATE_NOOP("BigDataConclusions", "Non-critical hospital stay")},
    {"travel", QT_TRANSLATE_NOOP("BigDataConclusions", "Air or rail travel")},
    {"bank-business", QT_TRANSLATE_NOOP("BigDataConclusions", "In-person bank business")},
    {"border", QT_TRANSLATE_NOOP("BigDataConclusions", "Border crossing")},
    {"video-face", QT_TRANSLATE_NOOP("BigDataConclusions", "Public video face match")},
    {"model", QT_TRANSLATE_NOOP("BigDataConclusions", "Big-data model")},
    {"other", QT_TRANSLATE_NOOP("BigDataConclusions", "Other")},
};

// Reasons for loss of eligibility (Qingdao art. 18, Urumqi 六).
const KeyName DisqualifiedReasons[] = {
    {"death-hr", QT_TRANSLATE_NOOP("BigDataConclusions", "Death (HR database)")},
    {"death-population",
     QT_TRANSLATE_NOOP("BigDataConclusions", "Death (national population database)")},
    {"death-household",
     QT_TRANSLATE_NOOP("BigDataConclusions", "Death (household registration cancelled)")},
    {"death-court", QT_TRANSLATE_NOOP("BigDataConclusions", "Death (declared by a court)")},
    {"cremation", QT_TRANSLATE_NOOP("BigDataConclusions", "Death (cremation record)")},
    {"death-certificate",
     QT_TRANSLATE_NOOP("BigDataConclusions", "Death (medical death certificate)")},
    {"family-report", QT_TRANSLATE_NOOP("BigDataConclusions", "Death (reported by family)")},
    {"missing", QT_TRANSLATE_NOOP("BigDataConclusions", "Missing")},
    {"imprisoned", QT_TRANSLATE_NOOP("BigDataConclusions", "Imprisoned")},
    {"adopted", QT_TRANSLATE_NOOP("BigDataConclusions", "Adopted")},
    {"spouse-remarried", QT_TRANSLATE_NOOP("BigDataConclusions", "Spouse remarried")},
    {"employed-or-enlisted",
     QT_TRANSLATE_NOOP("BigDataConclusions", "Child or sibling employed or enlisted")},
    {"re-employed", QT_TRANSLATE_NOOP("BigDataConclusions", "Re-employed")},
    {"emigrated", QT_TRANSLATE_NOOP("BigDataConclusions", "Emigrated")},
    {"drawing-pension", QT_TRANSLATE_NOOP("BigDataConclusions", "Drawing a pension")},
    {"refused-work", QT_TRANSLATE_NOOP("BigDataConclusions", "Refused suitable work or training")},
};

template <size_t N> QStringList keysOf(const KeyName (&table)[N])
{
    QStringList keys;
    keys.reserve(qsizetype(N));
    for (const KeyName &k : table)
        keys.append(QLatin1String(k.key));
    return keys;
}

template <size_t N> const char *nameOf(const KeyName (&table)[N], const QString &key)
{
    for (const KeyName &k : table) {
        if (key == QLatin1String(k.key))
            return k.name;
    }
    return nullptr;
}

} // namespace

std::optional<BigDataConclusion> BigDataConclusions::fromRank(int rank)
{
    switch (rank) {
    case 0:
        return BigDataConclusion::Disqualified;
    case 1:
        return BigDataConclusion::ToVerify;
    case 2:
        return BigDataConclusion::Qualified;
    default:
        return std::nullopt;
    }
}

QString BigDataConclusions::key(BigDataConclusion c)
{
    switch (c) {
    case BigDataConclusion::Disqualified:
        return QStringLiteral("disqualified");
    case BigDataConclusion::ToVerify:
        return QStringLiteral("to-verify");
    case BigDataConclusion::Qualified:
        return QStringLiteral("qualified");
    }
    return QString();
}

std::optional<BigDataConclusion> BigDataConclusions::fromKey(QStringView key)
{
    for (BigDataConclusion c : {BigDataConclusion::Disqualified, BigDataConclusion::ToVerify,
                                BigDataConclusion::Qualified}) {
        if (key == BigDataConclusions::key(c))
            return c;
    }
    return std::nullopt;
}

QString BigDataConclusions::displayName(BigDataConclusion c)
{
    switch (c) {
    case BigDataConclusion::Disqualified:
        return tr("Disqualified");
    case BigDataConclusion::ToVerify:
        return tr("To verify");
    case BigDataConclusion::Qualified:
        return tr("Qualified");
    }
    return QString();
}

QStringList BigDataConclusions::qualifiedChannelKeys()
{
    return keysOf(QualifiedChannels);
}

// Unknown keys (e.g. from a newer upstream) are shown as they are.
QString BigDataConclusions::qualifiedChannelName(const QString &key)
{
    const char *name = nameOf(QualifiedChannels, key);
    return name ? tr(name) : key;
}

QStringList BigDataConclusions::disqualifiedReasonKeys()
{
    return keysOf(DisqualifiedReasons);
}

QString BigDataConclusions::disqualifiedReasonName(const QString &key)
{
    const char *name = nameOf(DisqualifiedReasons, key);
    return name ? tr(name) : key;
}

std::optional<BigDataConclusion> BigDataConclusions::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (const auto byKey = fromKey(t.toLower()))
        return byKey;
    for (const BigDataConclusion c : {BigDataConclusion::Disqualified, BigDataConclusion::ToVerify,
                                      BigDataConclusion::Qualified}) {
        if (t == displayName(c) || t == QString::number(rank(c)))
            return c;
    }
    // The Chinese names as the comparison system writes them, whatever the UI language.
    if (t == QStringLiteral("丧失资格"))
        return BigDataConclusion::Disqualified;
    if (t == QStringLiteral("待核实"))
        return BigDataConclusion::ToVerify;
    if (t == QStringLiteral("具备资格"))
        return BigDataConclusion::Qualified;
    return std::nullopt;
}

} // namespace certdesk
