#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace certdesk
{

// One rule of a policy profile as written in resources/profiles/<id>.json:
//   "<key>": { "value": <json>, "cite": "ZB 一", "test": "tst_x::fn", "note": "..." }
// "cite" names the seed and article (or says "setting" for a product choice that no
// seed states); "test" names the test function that shows the rule; "note" says what
// is uncertain about the value.
struct ProfileRule {
    QJsonValue value;
    QString cite;
    QString test;
    QString note;
};

// The rules of one profile: only the keys its seed states. A key a profile lacks is
// "not set by this region's rules"; the code then does not apply the rule at all.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)
public:
    enum class Type { Boolean, Integer, String, Object, Array };
    // What a key may hold: its JSON type, for integers the range, and a check of
    // the value's shape (returns a message, empty when fine).
    struct Spec {
        QString key;
        Type type;
        int min = 0;
        int max = 0;
        QString (*check)(const QJsonValue &value) = nullptr;
        const char *about = ""; // English, for docs/rules.md
    };
    static const QList<Spec> &specs(); // every key a profile may use, in document order
    static const Spec *spec(const QString &key);

    // Parses the "rules" object. An unknown key, a rule without "cite", a value of
    // the wrong type or shape: std::nullopt and *error naming the key.
    static std::optional<ProfileRules> fromJson(const QJsonValue &rules, QString *error);

    bool has(const QString &key) const { return m_rules.contains(key); }
    QJsonValue value(const QString &key) const { return m_rules.value(key).value; }
    QString cite(const QString &key) const { return m_rules.value(key).cite; }
    QString test(const QString &key) const { return m_rules.value(key).test; }
    QString note(const QString &key) const { return m_rules.value(key).note; }
    QStringList keys() const { return m_rules.keys(); }

    std::optional<int> integer(const QString &key) const;
    std::optional<bool> flag(const QString &key) const;

private:
    QMap<QString, ProfileRule> m_rules;
};

// "MM-dd" (checked against a leap year, so 02-29 passes); false when malformed.
bool parseMonthDay(const QJsonValue &v, int *month, int *day);
// [["08:30", "12:00"], ["13:30", "17:30"]]: in order, each start before its end;
// empty when malformed.
QList<QPair<QTime, QTime>> parseTimeSpans(const QJsonValue &v);

} // namespace certdesk
