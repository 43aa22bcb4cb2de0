#include "recipientrepository.h"

#include "database.h"
#include "domain/isodate.h"
#include "domain/pinyininitials.h"
#include "domain/policyprofile.h"
#include "domain/serviceperiod.h"
#include "namesearch.h"
#include "store/sqlvalues.h"

#include <QSqlError>

namespace certdesk
{

RecipientRepository::RecipientRepository(const Database &db, const PolicyProfile &profile)
    : m_db(db), m_profile(profile)
{
}

RecipientRepository::~RecipientRepository() = default;

void RecipientRepository::deriveFields(Recipient &r, const PolicyProfile &profile)
{
    r.nameInitials = PinyinInitials::of(r.name);
    const PeriodFacts facts = r.periodFacts();
    QDate reference = facts.lastCertification.isValid() ? facts.lastCertification : r.benefitStart;
    // QD 10: a dependent's period starts at the minimum age at the earliest.
    const QDate adult = r.birth.addYears(profile.dependentMinAge().value_or(0));
    if (!reference.isValid() || reference < adult)
        reference = adult;
    const ServicePeriod p = ServicePeriod::compute(profile, facts, reference);
    r.periodStart = p.start;
    r.periodEnd = p.end;
}

QString RecipientRepository::insertSql()
{
    return QStringLiteral(
        "INSERT INTO recipient(id_number, name, name_initials, birth_date, sex, category, "
        "district_code, street_code, community_code, phone, household_address, "
        "residence_address, residence_type, benefit_start, last_cert_date, "
        "individual_months, period_start, period_end, special_flags, monthly_benefit_fen, "
        "bigdata_rank, bigdata_month, bigdata_detail, bigdata_source, bigdata_behaviour) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
}

bool RecipientRepository::insert(Recipient &r, QString *error, Derivation derivation)
{
    if (derivation == DeriveFields)
        deriveFields(r, m_profile);
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db.connection());
        m_insert->prepare(insertSql());
    }
    QSqlQuery &q = *m_insert;
    int i = 0;
    q.bindValue(i++, r.idNumber);
    q.bindValue(i++, r.name);
    q.bindValue(i++, r.nameInitials);
    q.bindValue(i++, sqlvalue::dateOrNull(r.birth));
    q.bindValue(i++, QString(r.sex));
    q.bindValue(i++, BenefitCategories::key(r.category));
    q.bindValue(i++, r.districtCode);
    q.bindValue(i++, r.streetCode);
    q.bindValue(i++, r.communityCode);
    q.bindValue(i++, sqlvalue::textOrNull(r.phone));
    q.bindValue(i++, sqlvalue::textOrNull(r.householdAddress));
    q.bindValue(i++, sqlvalue::textOrNull(r.residenceAddress));
    q.bindValue(i++, r.residenceType);
    q.bindValue(i++, sqlvalue::dateOrNull(r.benefitStart));
    q.bindValue(i++, sqlvalue::dateOrNull(r.lastCertification));
    q.bindValue(i++, r.individualMonths);
    q.bindValue(i++, sqlvalue::dateOrNull(r.periodStart));
    q.bindValue(i++, sqlvalue::dateOrNull(r.periodEnd));
    q.bindValue(i++, r.specialFlags);
    q.bindValue(i++, r.monthlyBenefitFen);
    q.bindValue(i++, r.conclusion ? QVariant(BigDataConclusions::rank(*r.conclusion)) : QVariant());
    q.bindValue(i++, sqlvalue::textOrNull(r.bigdataMonth));
    q.bindValue(i++, sqlvalue::textOrNull(r.bigdataDetail));
    q.bindValue(i++, sqlvalue::textOrNull(r.bigdataSource));
    q.bindValue(i++, sqlvalue::textOrNull(r.bigdataBehaviour));
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save recipient %1 (%2): %3")
                         .arg(r.name, r.idNumber, q.lastError().text());
        return false;
    }
    r.id = q.lastInsertId().toLongLong();
    if (!m_insertName) {
        m_insertName = std::make_unique<QSqlQuery>(m_db.connection());
        m_insertName->prepare(
            QStringLiteral("INSERT INTO recipient_name_fts(rowid, chars) VALUES(?, ?)"));
    }
    m_insertName->bindValue(0, r.id);
    m_insertName->bindValue(1, NameSearch::tokens(r.name));
    if (!m_insertName->exec()) {
        if (error)
            *error = tr("Cannot index the name of %1 (%2): %3")
                         .arg(r.name, r.idNumber, m_insertName->lastError().text());
        return false;
    }
    return true;
}

bool RecipientRepository::idsForBatchPass(int level, const QString &code, QList<qint64> *ids,
                                          QString *error) const
{
    static const char *const columns[] = {"district_code", "street_code", "community_code"};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM recipient WHERE %1 = ? AND living_status = 'alive' "
                             "AND benefit_status = 'normal' ORDER BY id")
                  .arg(QLatin1String(columns[qBound(1, level, 3) - 1])));
    q.addBindValue(code);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}

bool RecipientRepository::insertVisitRequest(VisitRequest &v, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO visit_request(recipient_id, requested_on, due_on, "
                             "status, note) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(v.recipientId);
    q.addBindValue(sqlvalue::dateOrNull(v.requestedOn));
    q.addBindValue(sqlvalue::dateOrNull(v.dueOn));
    q.addBindValue(v.status.isEmpty() ? QStringLiteral("open") : v.status);
    q.addBindValue(sqlvalue::textOrNull(v.note));
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save the home-visit request: %1").arg(q.lastError().text());
        return false;
    }
    v.id = q.lastInsertId().toLongLong();
    return true;
}

std::optional<RecipientDetail> RecipientRepository::detail(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.id_number, r.name, r.name_initials, r.birth_date, r.sex, r.category, "
        "r.district_code, r.street_code, r.community_code, r.phone, r.household_address, "
        "r.residence_address, r.residence_type, r.benefit_start, r.last_cert_date, "
        "r.individual_months, r.period_start, r.period_end, r.special_flags, "
        "r.monthly_benefit_fen, r.bigdata_rank, r.bigdata_month, r.bigdata_detail, "
        "r.bigdata_source, r.bigdata_behaviour, d.name, s.name, c.name, r.last_check_date, "
        "r.living_status, r.benefit_status "
        "FROM recipient r JOIN jurisdiction d ON d.code = r.district_code "
        "JOIN jurisdiction s ON s.code = r.street_code "
        "JOIN jurisdiction c ON c.code = r.community_code WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RecipientDetail d;
    Recipient &r = d.recipient;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.idNumber = q.value(i++).toString();
    r.name = q.value(i++).toString();
    r.nameInitials = q.value(i++).toString();
    r.birth = sqlvalue::date(q.value(i++));
    const QString sex = q.value(i++).toString();
    r.sex = sex.isEmpty() ? QChar() : sex.at(0);
    r.category =
        BenefitCategories::fromKey(q.value(i++).toString()).value_or(BenefitCategory::Enterprise);
    r.districtCode = q.value(i++).toString();
    r.streetCode = q.value(i++).toString();
    r.communityCode = q.value(i++).toString();
    r.phone = q.value(i++).toString();
    r.householdAddress = q.value(i++).toString();
    r.residenceAddress = q.value(i++).toString();
    r.residenceType = q.value(i++).toString();
    r.benefitStart = sqlvalue::date(q.value(i++));
    r.lastCertification = sqlvalue::date(q.value(i++));
    r.individualMonths = q.value(i++).toInt();
    r.periodStart = sqlvalue::date(q.value(i++));
    r.periodEnd = sqlvalue::date(q.value(i++));
    r.specialFlags = q.value(i++).toInt();
    r.monthlyBenefitFen = q.value(i++).toLongLong();
    const QVariant rank = q.value(i++);
    if (!rank.isNull())
        r.conclusion = BigDataConclusions::fromRank(rank.toInt());
    r.bigdataMonth = q.value(i++).toString();
    r.bigdataDetail = q.value(i++).toString();
    r.bigdataSource = q.value(i++).toString();
    r.bigdataBehaviour = q.value(i++).toString();
    d.districtName = q.value(i++).toString();
    d.streetName = q.value(i++).toString();
    d.communityName = q.value(i++).toString();
    r.lastCheck = sqlvalue::date(q.value(i++));
    r.livingStatus = q.value(i++).toString();
    r.benefitStatus = q.value(i++).toString();

    QSqlQuery v(m_db.connection());
    v.prepare(QStringLiteral(
        "SELECT id, requested_on, nullif(due_on, '9999-12-31'), status, coalesce(note, '') "
        "FROM visit_request WHERE recipient_id = ? AND status = 'open' "
        "ORDER BY due_on LIMIT 1"));
    v.addBindValue(id);
    if (v.exec() && v.next())
        d.openVisit = VisitRequest{v.value(0).toLongLong(),    id,
                                   sqlvalue::date(v.value(1)), sqlvalue::date(v.value(2)),
                                   v.value(3).toString(),      v.value(4).toString()};
    return d;
}

std::optional<qint64> RecipientRepository::idForNumber(const QString &canonicalIdNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM recipient WHERE id_number = ?"));
    q.addBindValue(canonicalIdNumber);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 RecipientRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM recipient")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace certdesk
