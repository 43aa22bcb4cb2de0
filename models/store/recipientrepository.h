#pragma once

#include "recipient.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;

// A recipient with what the detail panel shows beside the row itself.
struct RecipientDetail {
    Recipient recipient;
    QString districtName;
    QString streetName;
    QString communityName;
    std::optional<VisitRequest> openVisit;
};

// Owns every statement on `recipient` and `visit_request` rows.
class RecipientRepository
{
    Q_DECLARE_TR_FUNCTIONS(RecipientRepository)
public:
    RecipientRepository(const Database &db, const PolicyProfile &profile);
    ~RecipientRepository();

    enum Derivation { DeriveFields, FieldsDerived };
    // Fills in the derived fields (initials, stored period; unless the caller did,
    // FieldsDerived) and inserts. Call inside a write transaction when inserting
    // many. Sets r.id.
    bool insert(Recipient &r, QString *error = nullptr, Derivation derivation = DeriveFields);
    // The INSERT of a new row, its 25 values in the order insert() binds them
    // (RecipientBulkInsert binds the same).
    static QString insertSql();
    bool insertVisitRequest(VisitRequest &v, QString *error = nullptr);
    std::optional<RecipientDetail> detail(qint64 id) const;
    std::optional<qint64> idForNumber(const QString &canonicalIdNumber) const;
    qint64 count() const;
    // Everyone of the node (level 1 district, 2 street, 3 community) who is alive
    // and paid, by id: the people a batch pass covers.
    bool idsForBatchPass(int level, const QString &code, QList<qint64> *ids,
                         QString *error = nullptr) const;

    // The period kept in the row: as the profile lays it out, with a dependent's
    // first period counted from the 16th birthday even before it arrives (its end is
    // then more than 3 months away, so it appears in no ledger until it applies).
    static void deriveFields(Recipient &r, const PolicyProfile &profile);

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertName;
};

} // namespace certdesk
