#include "demopersonfactory.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "recipientrepository.h"

#include <cstring>
#include <utility>

namespace certdesk
{

namespace
{

const char *const kStreetNames[] = {"东山街道", "西湖街道", "南港街道", "北岭街道", "中心街道",
                                    "滨海街道", "翠屏街道", "金沙街道", "银河街道", "青峰街道"};
const char *const kCommunityNames[] = {"海韵", "松涛", "望海", "春晖", "和平", "幸福",
                                       "福泽", "兴隆", "桃源", "柳岸", "锦绣", "安居"};
const char *const kRoads[] = {"建设路", "人民路", "解放路", "和平路", "海滨路",
                              "青年路", "文化路", "中山路", "胜利路", "长江路"};
// Birthplace area codes: mostly local (Qingdao), some from elsewhere.
const char *const kAreaCodes[] = {"370202", "370203", "370211", "370212", "370213", "370214",
                                  "370281", "370283", "370285", "370102", "370602", "370702",
                                  "110105", "120101", "210102", "230102", "320102", "410102"};
const char *const kQualifiedBehaviours[] = {"社保卡就医结算",    "高铁出行",         "银行柜台业务",
                                            "长护险服务记录",    "家庭医生签约随访", "民航出行",
                                            "掌上12333人脸认证", "社区活动签到"};
const char *const kToVerifyDetails[] = {
    "公安户籍状态为注销，社保状态正常，数据来源矛盾", "连续12个月无任何行为数据",
    "异地居住，无本地就医及出行记录", "人脸识别比对未通过", "民政殡葬数据疑似匹配，需核实"};
const char *const kDisqualifiedDetails[] = {"人社死亡数据", "全国人口库死亡标识",
                                            "户籍注销（死亡）", "火化记录", "服刑人员信息"};
const char *const kDisqualifiedReasons[] = {"death-hr", "death-population", "death-household",
                                            "cremation", "imprisoned"};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

template <typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&array)[N])
{
    return array[rng.bounded(quint32(N))];
}

QDate randomDate(QRandomGenerator &rng, const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(qint64(rng.bounded(quint32(span + 1))));
}

// The demo district's mix of categories, by share of 100.
constexpr std::pair<BenefitCategory, int> kCategoryShares[] = {
    {BenefitCategory::Enterprise, 55},  {BenefitCategory::Institution, 10},
    {BenefitCategory::Resident, 23},    {BenefitCategory::WorkInjury, 4},
    {BenefitCategory::Unemployment, 2}, {BenefitCategory::Dependent, 6}};

// A category the region's profile covers (one it has a period for): a category
// the rules leave out (GD's draft covers residents and the unemployed only, QI
// institutions and dependents) is drawn as the covered one with the largest
// share, so the generator's stream of numbers stays the same for every region.
BenefitCategory randomCategory(QRandomGenerator &rng, const PolicyProfile &profile)
{
    const int p = int(rng.bounded(100));
    int below = 0;
    BenefitCategory drawn = BenefitCategory::Enterprise;
    for (const auto &[category, share] : kCategoryShares) {
        below += share;
        if (p < below) {
            drawn = category;
            break;
        }
    }
    if (profile.rule(drawn))
        return drawn;
    BenefitCategory fallback = drawn;
    int largest = 0;
    for (const auto &[category, share] : kCategoryShares) {
        if (share > largest && profile.rule(category)) {
            fallback = category;
            largest = share;
        }
    }
    return fallback;
}

// Age range [min, max] per category, skewed toward the younger end (more living people).
int randomAge(QRandomGenerator &rng, BenefitCategory c)
{
    int lo = 60, hi = 100;
    switch (c) {
    case BenefitCategory::Enterprise:
    case BenefitCategory::Institution:
        lo = 55;
        hi = 100;
        break;
    case BenefitCategory::Resident:
        lo = 60;
        hi = 100;
        break;
    case BenefitCategory::WorkInjury:
        lo = 35;
        hi = 90;
        break;
    case BenefitCategory::Unemployment:
        lo = 20;
        hi = 58;
        break;
    case BenefitCategory::Dependent:
        lo = 4;
        hi = 95;
        break;
    }
    const int a = int(rng.bounded(quint32(hi - lo + 1)));
    const int b = int(rng.bounded(quint32(hi - lo + 1)));
    return lo + qMin(a, b);
}

QString idNumber(QRandomGenerator &rng, const QDate &birth, bool male, QSet<qint64> &used)
{
    for (;;) {
        int seq = int(rng.bounded(500)) * 2 + (male ? 1 : 0);
        if (seq == 0)
            seq = 2;
        // Digits written by hand: QString::arg() was a visible share of a 1M-person run.
        char digits[18];
        std::memcpy(digits, pick(rng, kAreaCodes), 6);
        const int y = birth.year(), m = birth.month(), d = birth.day();
        const int parts[] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10,        m / 10,  m % 10,
                             d / 10,   d % 10,       seq / 100,   seq / 10 % 10, seq % 10};
        for (int i = 0; i < 11; ++i)
            digits[6 + i] = char('0' + parts[i]);
        digits[17] = 0;
        const QString first17 = QString::fromLatin1(digits, 17);
        const qint64 key = QByteArray::fromRawData(digits, 17).toLongLong();
        if (used.contains(key))
            continue;
        used.insert(key);
        return first17 + IdNumber::checkCharacterFor(first17);
    }
}

QString phone(QRandomGenerator &rng)
{
    static const char *const prefixes[] = {"130", "131", "132", "135", "136", "137", "138",
                                           "139", "150", "151", "152", "158", "186", "188"};
    return utf8(pick(rng, prefixes)) + QString::number(10000000 + rng.bounded(90000000u));
}

} // namespace

DemoPersonFactory::DemoPersonFactory(quint32 seed, const QDate &today, const PolicyProfile &profile,
                                     const QString &districtCode,
                                     const QList<Community> &communities)
    : m_rng(seed), m_today(today), m_profile(profile), m_district(districtCode),
      m_communities(communities), m_bigdataMonth(today.toString(QStringLiteral("yyyy-MM")))
{
}

QString DemoPersonFactory::districtName()
{
    return utf8("海岳区");
}

QString DemoPersonFactory::streetName(int index)
{
    return utf8(kStreetNames[index % int(std::size(kStreetNames))]);
}

QString DemoPersonFactory::communityName(const QString &streetName, int index)
{
    return streetName.left(2) + utf8(kCommunityNames[index % int(std::size(kCommunityNames))]) +
           QStringLiteral("社区");
}

QDate DemoPersonFactory::visitRequestDate()
{
    return randomDate(m_rng, m_today.addDays(-7), m_today);
}

Recipient DemoPersonFactory::next(bool *wantsVisit)
{
    QRandomGenerator &rng = m_rng;
    const QDate &today = m_today;
    Recipient r;
    const Community &home = m_communities.at(int(rng.bounded(quint32(m_communities.size()))));
    r.districtCode = home.district.isEmpty() ? m_district : home.district;
    r.streetCode = home.street;
    r.communityCode = home.code;
    r.category = randomCategory(rng, m_profile);
    const bool male = rng.bounded(2) == 0;
    r.sex = male ? QLatin1Char('M') : QLatin1Char('F');
    const int age = randomAge(rng, r.category);
    const QDate birthYearStart = today.addYears(-age - 1).addDays(1);
    r.birth = randomDate(rng, birthYearStart, today.addYears(-age));
    r.idNumber = idNumber(rng, r.birth, male, m_usedIds);
    r.name = m_names.name(rng, male);
    // Last certification: 4% overdue (13-15 months ago), 1% new and never certified,
    // the rest spread over the last 12 months so every band is populated.
    const int p = int(rng.bounded(100));
    const int months = r.category == BenefitCategory::Dependent ? 6 : 12;
    if (p < 1) {
        r.benefitStart = randomDate(rng, today.addMonths(-months - 1), today.addDays(-1));
    } else {
        r.benefitStart =
            randomDate(rng, r.birth.addYears(qMin(age, 60)), today.addMonths(-months - 2));
        if (p < 5)
            r.lastCertification =
                randomDate(rng, today.addMonths(-months - 3), today.addMonths(-months).addDays(-1));
        else
            r.lastCertification = randomDate(rng, today.addMonths(-months), today.addDays(-1));
    }
    if (r.benefitStart > today || r.benefitStart < r.birth)
        r.benefitStart = r.lastCertification.isValid() ? r.lastCertification : today.addMonths(-12);
    if (rng.bounded(100) < 2)
        r.individualMonths = 24;
    if (rng.bounded(100) < 92)
        r.phone = phone(rng);
    r.householdAddress =
        home.name + utf8(pick(rng, kRoads)) + QString::number(rng.bounded(1, 200)) +
        QStringLiteral("号") + QString::number(rng.bounded(1, 6)) + QStringLiteral("单元") +
        QString::number(rng.bounded(1, 7) * 100 + rng.bounded(1, 5)) + QStringLiteral("户");
    const int where = int(rng.bounded(100));
    r.residenceType = where < 92   ? QStringLiteral("local")
                      : where < 99 ? QStringLiteral("domestic")
                                   : QStringLiteral("abroad");
    r.residenceAddress = r.residenceType == QLatin1String("local") ? r.householdAddress : QString();
    int flags = 0;
    const int frailty = age >= 75 ? 12 : 3;
    if (int(rng.bounded(100)) < frailty)
        flags |= SpecialGroup::Ill;
    if (int(rng.bounded(100)) < 2)
        flags |= SpecialGroup::Disabled;
    if (int(rng.bounded(100)) < (age >= 70 ? 6 : 1))
        flags |= SpecialGroup::LivingAlone;
    if (rng.bounded(1000) < 5)
        flags |= SpecialGroup::MentalIllness;
    r.specialFlags = flags;
    switch (r.category) {
    case BenefitCategory::Resident:
        r.monthlyBenefitFen = qint64(rng.bounded(15000, 60000));
        break;
    case BenefitCategory::Unemployment:
        r.monthlyBenefitFen = qint64(rng.bounded(150000, 220000));
        break;
    case BenefitCategory::Dependent:
        r.monthlyBenefitFen = qint64(rng.bounded(80000, 200000));
        break;
    default:
        r.monthlyBenefitFen = qint64(rng.bounded(200000, 800000));
        break;
    }
    // Big-data comparison of this month.
    const int b = int(rng.bounded(1000));
    r.bigdataMonth = m_bigdataMonth;
    if (b < 25) {
        r.conclusion = BigDataConclusion::Disqualified;
        const int k = int(rng.bounded(quint32(std::size(kDisqualifiedReasons))));
        r.bigdataSource = utf8(kDisqualifiedReasons[k]);
        r.bigdataDetail = utf8(kDisqualifiedDetails[k]);
    } else if (b < 135) {
        r.conclusion = BigDataConclusion::ToVerify;
        r.bigdataDetail = utf8(pick(rng, kToVerifyDetails));
        r.bigdataSource = QStringLiteral("other");
    } else {
        r.conclusion = BigDataConclusion::Qualified;
        const QStringList channels = BigDataConclusions::qualifiedChannelKeys();
        r.bigdataSource = channels.at(int(rng.bounded(quint32(channels.size()))));
    }
    if (r.conclusion != BigDataConclusion::Disqualified || rng.bounded(2) == 0) {
        const QDate seen = randomDate(rng, today.addDays(-60), today.addDays(-1));
        r.bigdataBehaviour =
            isoDate(seen) + QLatin1Char(' ') + utf8(pick(rng, kQualifiedBehaviours));
    }
    RecipientRepository::deriveFields(r, m_profile);
    *wantsVisit = SpecialGroup::isMember(r.birth, r.specialFlags, today) && rng.bounded(100) < 5;
    return r;
}

} // namespace certdesk
