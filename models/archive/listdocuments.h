#pragma once

#include "tabledocument.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

class QAbstractItemModel;

namespace certdesk
{

class Database;
class ListTable;
class PolicyProfile;
class Session;

// Builds the printable tables the program offers.
class ListDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ListDocuments)
public:
    // Any list or ledger exactly as the model shows it (masked ID numbers unless the
    // model reveals them), every row fetched, with the count as the total.
    static TableDocument fromModel(QAbstractItemModel &model, const QString &title,
                                   const QStringList &subtitle, const QString &documentId);
    // The same from a whole list read in large pages (exports and printouts of
    // lists: several times faster than through a model). Nothing when a page
    // cannot be read (`error` says why).
    static std::optional<TableDocument> fromList(const ListTable &list, const QString &title,
                                                 const QStringList &subtitle,
                                                 const QString &documentId,
                                                 QString *error = nullptr);
    // The annual public notice (公示) of a node: name, masked ID number, community,
    // result and date of each person's latest check of the year. Never phone
    // numbers or addresses (Qingdao art. 31; the reporting line of art. 32 goes
    // at the foot).
    // As `session`: the gate (AccessGate) must allow it to print the node; the
    // front end writes the print's audit entry through the gate once the
    // document's rows are known.
    static std::optional<TableDocument>
    publicNotice(const Database &db, const PolicyProfile &profile, const Session &session,
                 const QString &nodeCode, int year, const QString &hotline, const QDate &today,
                 QString *error = nullptr);
};

} // namespace certdesk
