#include "security/auditwording.h"

#include "domain/benefitlifecycle.h"
#include "security/permissions.h"
#include "verification/verificationevent.h"

#include <QRegularExpression>
#include <QStringList>
#include <functional>

namespace certdesk
{

namespace
{
// A stored form: the pattern it was written with (%1... where values went), the
// same form as the translatable source, and how each value is shown.
struct Form {
    QRegularExpression stored;
    const char *source;
    std::function<QString(const QStringList &)> shown;
};

// A stored key as its name, or as stored when it is not a key of that kind.
template <typename FromKey, typename Name>
QString named(const QString &key, FromKey fromKey, Name name)
{
    const auto value = fromKey(key);
    return value ? name(*value) : key;
}

QString roleName(const QString &key)
{
    return named(key, Permissions::roleFromKey, [](Role r) { return Permissions::roleName(r); });
}

QString statusName(const QString &key)
{
    return named(key, VerificationTerms::statusFromKey,
                 [](LivingStatus s) { return VerificationTerms::displayName(s); });
}

QString methodName(const QString &key)
{
    return named(key, VerificationTerms::methodFromKey,
                 [](VerificationMethod m) { return VerificationTerms::displayName(m); });
}

QString stepName(const QString &key)
{
    return named(key, BenefitLifecycle::kindFromKey,
                 [](LifecycleKind k) { return BenefitLifecycle::displayName(k); });
}

QString translated(const char *source, const QStringList &values)
{
    QString text = QCoreApplication::translate("certdesk::AuditWording", source);
    for (const QString &v : values)
        text = text.arg(v);
    return text;
}

// `pattern` is the stored form with (...) for each value, anchored.
Form plain(const char *pattern, const char *source)
{
    return {QRegularExpression(QStringLiteral("^%1$").arg(QLatin1String(pattern))), source,
            [source](const QStringList &v) { return translated(source, v); }};
}

const QList<Form> &detailForms()
{
    static const QString uuid = QStringLiteral("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                               "[0-9a-f]{12})");
    static const QList<Form> forms = {
        plain("(\\d+) rows, print preview",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 rows, print preview")),
        plain("(\\d+) rows, PDF", QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 rows, PDF")),
        plain("(\\d+) rows, public notice",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 rows, public notice")),
        plain("(\\d+) rows to (.+)", QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 rows to %2")),
        plain("(\\d+) stops, print preview",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 stops, print preview")),
        plain("(\\d+) stops to (.+)",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 stops to %2")),
        plain("(\\d+) entries to (.+)",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 entries to %2")),
        plain("(\\d+) entries", QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 entries")),
        plain("(\\d+) changes", QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 changes")),
        plain("approve batch (.+)",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "approve batch %1")),
        plain("password reset", QT_TRANSLATE_NOOP("certdesk::AuditWording", "password reset")),
        plain("activated", QT_TRANSLATE_NOOP("certdesk::AuditWording", "activated")),
        plain("deactivated", QT_TRANSLATE_NOOP("certdesk::AuditWording", "deactivated")),
        plain("pinned the key (\\S+) of (.+)",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "pinned the key %1 of %2")),
        plain("(.*) -> (.*)", QT_TRANSLATE_NOOP("certdesk::AuditWording", "%1 → %2")),
        {QRegularExpression(QStringLiteral("^created (\\S+) at (\\S*)(?: duties (\\S*))?$")),
         QT_TRANSLATE_NOOP("certdesk::AuditWording", "created: %1 at %2"),
         [](const QStringList &v) {
             return translated(QT_TRANSLATE_NOOP("certdesk::AuditWording", "created: %1 at %2"),
                               {roleName(v.value(0)), v.value(1).isEmpty()
                                                          ? AuditWording::tr("the whole file")
                                                          : v.value(1)});
         }},
        // A check (VerificationService): event, status key, method key[, corrected event]
        // [, ZB 三(一) walk-in from another community].
        {QRegularExpression(
             QStringLiteral("^%1 (\\S+) (\\S+)(?: %1)?(?: cross-community (\\S+))?$").arg(uuid)),
         nullptr,
         [](const QStringList &v) {
             QString text =
                 v.value(3).isEmpty()
                     ? AuditWording::tr("%1, %2 (event %3)")
                           .arg(statusName(v.value(1)), methodName(v.value(2)), v.value(0))
                     : AuditWording::tr("%1, %2, corrects %3 (event %4)")
                           .arg(statusName(v.value(1)), methodName(v.value(2)), v.value(3),
                                v.value(0));
             if (!v.value(4).isEmpty())
                 text = AuditWording::tr("%1; from another community (%2)").arg(text, v.value(4));
             return text;
         }},
        // A payment step (LifecycleService): event, step key.
        {QRegularExpression(QStringLiteral("^%1 ([a-z-]+)$").arg(uuid)), nullptr,
         [](const QStringList &v) {
             return AuditWording::tr("%1 (event %2)").arg(stepName(v.value(1)), v.value(0));
         }},
        {QRegularExpression(QStringLiteral("^%1 alive big-data (.+)$").arg(uuid)), nullptr,
         [](const QStringList &v) {
             return AuditWording::tr("alive by the big-data comparison, batch %1 (event %2)")
                 .arg(v.value(1), v.value(0));
         }},
        {QRegularExpression(QStringLiteral("^(automatic, )?(\\d+) entries, (\\d+) bytes, sha256 "
                                           "([0-9a-f]+)(?:, (\\d+) old removed)?$")),
         nullptr,
         [](const QStringList &v) {
             QString text = AuditWording::tr("%1 entries, %2 bytes, SHA-256 %3")
                                .arg(v.value(1), v.value(2), v.value(3));
             if (!v.value(0).isEmpty())
                 text = AuditWording::tr("automatic: %1").arg(text);
             if (!v.value(4).isEmpty())
                 text = AuditWording::tr("%1; %2 old backups removed").arg(text, v.value(4));
             return text;
         }},
    };
    return forms;
}

const QList<Form> &targetForms()
{
    static const QList<Form> forms = {
        plain("monthly archive (\\S+)",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "monthly archive %1")),
        plain("visit route sheet",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "visit route sheet")),
        plain("suspension list (\\S+)",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "suspension list %1")),
        plain("audit trail", QT_TRANSLATE_NOOP("certdesk::AuditWording", "audit trail")),
        plain("public notice (\\d+) ?",
              QT_TRANSLATE_NOOP("certdesk::AuditWording", "public notice %1")),
    };
    return forms;
}

QString reword(const QList<Form> &forms, const QString &stored)
{
    for (const Form &form : forms) {
        const QRegularExpressionMatch m = form.stored.match(stored);
        if (m.hasMatch()) {
            QStringList values = m.capturedTexts();
            values.removeFirst();
            return form.shown(values);
        }
    }
    return stored;
}
} // namespace

QString AuditWording::detail(const QString &stored)
{
    return reword(detailForms(), stored);
}

QString AuditWording::target(const QString &stored)
{
    return reword(targetForms(), stored);
}

} // namespace certdesk
