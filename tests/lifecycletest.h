#pragma once

// Shared by the lifecycle suites: a small synthetic district in a fresh database,
// people with chosen facts, and checks recorded through the real service.
#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "lifecycle/lifecycleservice.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/recipientrepository.h"
#include "verification/verificationservice.h"

#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;

namespace lifecycletest
{

inline const QString Community = QStringLiteral("370202001001");

// A failure step of one person on `date` (the simplest step a normal person allows).
inline LifecycleEvent failure(qint64 recipientId, const QDate &date, const QString &actor,
                              const QString &reason)
{
    LifecycleEvent e;
    e.recipientId = recipientId;
    e.kind = LifecycleKind::Failed;
    e.date = date;
    e.actor = actor;
    e.reason = reason;
    return e;
}

class District
{
public:
    bool open(const QString &profileId = QStringLiteral("qingdao"))
    {
        QString error;
        if (!m_dir.isValid())
            return false;
        m_profile = PolicyProfile::builtin(profileId, &error);
        m_db = Database::open(m_dir.filePath(QStringLiteral("l.sqlite")),
                              Database::OpenMode::CreateIfMissing, &error);
        if (!m_profile || !m_db) {
            qWarning() << error;
            return false;
        }
        m_db->setSetting(QStringLiteral("profile"), profileId);
        JurisdictionRepository places(*m_db);
        for (const JurisdictionNode &n :
             {JurisdictionNode{QStringLiteral("370202"), QString(), JurisdictionNode::District,
                               QStringLiteral("市南区")},
              JurisdictionNode{QStringLiteral("370202001"), QStringLiteral("370202"),
                               JurisdictionNode::Street, QStringLiteral("八大关街道")},
              JurisdictionNode{Community, QStringLiteral("370202001"), JurisdictionNode::Community,
                               QStringLiteral("太平角社区")}}) {
            if (!places.insert(n, &error)) {
                qWarning() << error;
                return false;
            }
        }
        m_store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db->path()));
        m_checks = std::make_unique<VerificationService>(*m_db, *m_profile, *m_store,
                                                         Session::commandLine());
        m_lifecycle = std::make_unique<LifecycleService>(*m_db, *m_profile, Session::commandLine());
        return true;
    }
    void setToday(const QDate &today)
    {
        m_checks->setToday(today);
        m_lifecycle->setToday(today);
    }

    // A retiree with a valid ID number; lastCert decides the period (12 months in Qingdao).
    qint64 person(const QString &name, const QDate &lastCert, qint64 monthlyFen,
                  int bigdataRank = -1)
    {
        Recipient r;
        const QDate birth(1950, 1 + int(m_next % 12), 1 + int(m_next % 28));
        const QString first17 = QStringLiteral("370202%1%2")
                                    .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                    .arg(100 + m_next++, 3, 10, QLatin1Char('0'));
        r.idNumber = first17 + IdNumber::checkCharacterFor(first17);
        r.name = name;
        r.birth = birth;
        r.sex = QLatin1Char('M');
        r.districtCode = QStringLiteral("370202");
        r.streetCode = QStringLiteral("370202001");
        r.communityCode = Community;
        r.phone = QStringLiteral("13900000000");
        r.benefitStart = QDate(2010, 1, 1);
        r.lastCertification = lastCert;
        r.monthlyBenefitFen = monthlyFen;
        if (bigdataRank >= 0) {
            r.conclusion = BigDataConclusions::fromRank(bigdataRank);
            r.bigdataDetail = QStringLiteral("公安死亡比对");
        }
        QString error;
        if (!RecipientRepository(*m_db, *m_profile).insert(r, &error))
            qWarning() << error;
        return r.id;
    }
    QString idNumber(qint64 id) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT id_number FROM recipient WHERE id = %1").arg(id)) &&
                       q.next()
                   ? q.value(0).toString()
                   : QString();
    }

    // A reminder that did not reach the person. Written directly: ContactLog refuses
    // dates after the real clock's today, and the simulation runs in 2027-2029.
    bool remind(qint64 id, const QDate &on)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO contact_log(recipient_id, contacted_on, channel, outcome, worker) "
            "VALUES(?, ?, 'phone', 'no-answer', '王芳')"));
        q.addBindValue(id);
        q.addBindValue(isoDate(on));
        const bool ok = q.exec();
        if (!ok)
            qWarning() << q.lastError().text();
        return ok;
    }

    // A check through the real service: alive (with a photo), deceased, imprisoned.
    bool check(qint64 id, const QDate &on, LivingStatus status, const QDate &death = QDate(),
               QString *error = nullptr)
    {
        VerificationEvent e;
        e.recipientId = id;
        e.checkDate = on;
        e.method = VerificationMethod::HomeVisit;
        e.status = status;
        e.deathDate = death;
        e.deathSource = status == LivingStatus::Deceased ? QStringLiteral("家属告知") : QString();
        e.worker = QStringLiteral("王芳");
        if (status == LivingStatus::Alive) {
            QImage image(32, 24, QImage::Format_RGB32);
            image.fill(0xff000000u + quint32(id * 977 + on.toJulianDay()) % 0xffffff);
            const QString path = m_dir.filePath(QStringLiteral("p%1.png").arg(++m_photos));
            image.save(path, "PNG");
            const auto item = m_store->intakeFile(path, error);
            if (!item)
                return false;
            e.evidence << EvidenceLink{*item, EvidenceKind::Person};
        }
        QString why;
        const bool ok = m_checks->record(e, &why);
        if (error)
            *error = why;
        else if (!ok)
            qWarning() << why;
        return ok;
    }

    QString status(qint64 id) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(
                   QStringLiteral("SELECT benefit_status FROM recipient WHERE id = %1").arg(id)) &&
                       q.next()
                   ? q.value(0).toString()
                   : QString();
    }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvidenceStore> m_store;
    std::unique_ptr<VerificationService> m_checks;
    std::unique_ptr<LifecycleService> m_lifecycle;

private:
    int m_next = 0;
    int m_photos = 0;
};

} // namespace lifecycletest
