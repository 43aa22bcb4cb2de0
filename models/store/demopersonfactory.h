#pragma once

#include "demonames.h"
#include "recipient.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace certdesk
{

class PolicyProfile;

// Makes the synthetic persons of the demo district, one after another, from one
// seeded random generator (same seed, same people). Used by DemoGenerator on a
// worker thread while the previous batch is inserted.
class DemoPersonFactory
{
public:
    struct Community {
        QString street, code, name;
        QString district; // empty: the factory's district
    };

    DemoPersonFactory(quint32 seed, const QDate &today, const PolicyProfile &profile,
                      const QString &districtCode, const QList<Community> &communities);
    bool isValid() const { return m_names.isValid(); }
    // The next person, with derived fields (initials, stored period) filled in.
    // *wantsVisit: whether this person gets an open home-visit request.
    Recipient next(bool *wantsVisit);
    // A home-visit request date in the last week (from the same generator).
    QDate visitRequestDate();

    static QString districtCode() { return QStringLiteral("370299"); }
    static QString districtName();
    static QString streetName(int index);
    static QString communityName(const QString &streetName, int index);

private:
    QRandomGenerator m_rng;
    QDate m_today;
    const PolicyProfile &m_profile;
    QString m_district;
    QList<Community> m_communities;
    DemoNames m_names;
    QSet<qint64> m_usedIds;
    QString m_bigdataMonth;
};

} // namespace certdesk
