#pragma once

#include "store/jurisdictionrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;

// An evidence file as the archive needs it.
struct ArchiveEvidence {
    QString sha256;
    QString kind; // key: person, id-card, power-of-attorney, ...
    QString originalName;
    QString format; // jpeg, png, bmp, webp
    QDateTime capturedAt;
    bool hasOriginal = true;
};

// One recorded check with the person it is about, as it goes into the volume.
struct ArchiveEntry {
    QString uuid;
    qint64 recipientId = 0;
    QString name;
    QString idNumber; // canonical; the PDF masks it, the JSON keeps it
    QString streetCode;
    QString communityCode;
    QString communityName;
    QDate checkDate;
    QDateTime occurredAt; // UTC
    QDateTime recordedAt; // UTC
    QString method;       // keys, see VerificationTerms
    QString status;
    QDate deathDate;
    QString deathSource;
    QString lossReason;
    QString worker;
    QString note;
    QString corrects;
    QString batchId;
    QDate periodStart;
    QDate periodEnd;
    QList<ArchiveEvidence> evidence;
};

// Reads what a month's volume contains: every check dated in the month of a
// person in the node (corrections included: the volume is the trail, not the
// current state), in community, date and time order.
class ArchiveSource
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSource)
public:
    explicit ArchiveSource(const Database &db) : m_db(db) {}

    std::optional<JurisdictionNode> node(const QString &code) const;
    // The children of a node with their names (for the summary by street or community).
    QList<JurisdictionNode> children(const QString &code) const;
    std::optional<QList<ArchiveEntry>> entries(const JurisdictionNode &node, const QDate &month,
                                               QString *error = nullptr) const;
    // How many checks entries() gives, without reading their evidence.
    std::optional<int> countOfMonth(const JurisdictionNode &node, const QDate &month,
                                    QString *error = nullptr) const;
    // Who recorded what in a year: the latest effective check of each person of the
    // node in the year, for the public notice (公示). Persons without one are left out.
    std::optional<QList<ArchiveEntry>> latestChecksOfYear(const JurisdictionNode &node, int year,
                                                          QString *error = nullptr) const;

private:
    std::optional<QList<ArchiveEntry>> ofMonth(const JurisdictionNode &node, const QDate &month,
                                               bool withEvidence, QString *error) const;
    std::optional<QList<ArchiveEntry>> query(const QString &where, const QVariantList &binds,
                                             bool withEvidence, QString *error) const;
    const Database &m_db;
};

} // namespace certdesk
