// The "rules" of a policy profile: each rule with the seed article it comes from,
// {"<key>": {"value": <json>, "cite": "GD 22"}}. A rule a seed does not state is
// absent from the profile, and the feature then does what the other regions do.
#include "policyprofile.h"

#include <QJsonArray>

namespace certdesk
{

QString PolicyProfile::readRules(const QJsonValue &rules)
{
    if (rules.isUndefined())
        return {};
    if (!rules.isObject())
        return tr("'rules' must be an object of {\"value\": ..., \"cite\": \"...\"}");
    const QJsonObject o = rules.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject rule = it.value().toObject();
        if (!it.value().isObject() || !rule.contains(QLatin1String("value")))
            return tr("rules.%1 must be an object with \"value\" and \"cite\"").arg(it.key());
        for (auto f = rule.begin(); f != rule.end(); ++f) {
            if (f.key() != QLatin1String("value") && f.key() != QLatin1String("cite"))
                return tr("rules.%1: unknown field '%2'").arg(it.key(), f.key());
        }
        const QString cite = rule.value(QLatin1String("cite")).toString().trimmed();
        if (cite.isEmpty())
            return tr("rules.%1 has no citation (\"cite\": \"GD 22\")").arg(it.key());
        m_ruleValues.insert(it.key(), rule.value(QLatin1String("value")));
        m_ruleCites.insert(it.key(), cite);
    }
    const QStringList levels = qualifiedImportLevels();
    if (!levels.isEmpty() && levels.size() != m_qualifiedImportApprovals)
        return tr("rules.qualifiedImportApprovalLevels names %1 levels but "
                  "'qualifiedImportApprovals' is %2")
            .arg(levels.size())
            .arg(m_qualifiedImportApprovals);
    return {};
}

QStringList PolicyProfile::ruleStrings(const QString &key) const
{
    QStringList out;
    for (const QJsonValue &v : m_ruleValues.value(key).toArray())
        out << v.toString();
    return out;
}

bool PolicyProfile::inPersonOnly() const
{
    return m_ruleValues.value(QLatin1String("inPersonOnly")).toBool(false);
}

bool PolicyProfile::allowsPaperRegister() const
{
    return !m_ruleValues.value(QLatin1String("batchCertificationAbolished")).toBool(false);
}

QStringList PolicyProfile::onSiteEvidenceKinds() const
{
    return ruleStrings(QStringLiteral("onSiteEvidence"));
}

int PolicyProfile::countyCheckApprovalWorkingDays() const
{
    return m_ruleValues.value(QLatin1String("countyCheckApprovalWorkingDays")).toInt(0);
}

QStringList PolicyProfile::qualifiedImportLevels() const
{
    return ruleStrings(QStringLiteral("qualifiedImportApprovalLevels"));
}

QString PolicyProfile::paymentStepDuty() const
{
    return m_ruleValues.value(QLatin1String("paymentStepDuty")).toString();
}

} // namespace certdesk
