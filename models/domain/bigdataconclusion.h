#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

// The monthly big-data comparison files each recipient into one of three lists
// (RULES.md §3). Rank orders lists as the institution portal shows them:
// disqualified, then to-verify, then qualified.
enum class BigDataConclusion { Disqualified = 0, ToVerify = 1, Qualified = 2 };

class BigDataConclusions
{
    Q_DECLARE_TR_FUNCTIONS(BigDataConclusions)
public:
    static int rank(BigDataConclusion c) { return int(c); }
    static std::optional<BigDataConclusion> fromRank(int rank);
    // Stable keys: "disqualified", "to-verify", "qualified".
    static QString key(BigDataConclusion c);
    static std::optional<BigDataConclusion> fromKey(QStringView key);
    static QString displayName(BigDataConclusion c); // 丧失资格 / 待核实 / 具备资格
    // A conclusion as a comparison file writes it: its key, its rank, its name in
    // the UI language, or its Chinese name whatever the UI language.
    static std::optional<BigDataConclusion> parse(const QString &text);

    // Channels that prove a person qualified, and reasons for disqualification,
    // as stable keys with translated names.
    static QStringList qualifiedChannelKeys();
    static QString qualifiedChannelName(const QString &key);
    static QStringList disqualifiedReasonKeys();
    static QString disqualifiedReasonName(const QString &key);
};

} // namespace certdesk
