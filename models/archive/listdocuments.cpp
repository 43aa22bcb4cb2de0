#include "listdocuments.h"

#include "archivesource.h"
#include "lists/listtable.h"
#include "security/accessgate.h"
#include "security/privacy.h"
#include "security/session.h"
#include "verification/verificationevent.h"

#include <QAbstractItemModel>

namespace certdesk
{

TableDocument ListDocuments::fromModel(QAbstractItemModel &model, const QString &title,
                                       const QStringList &subtitle, const QString &documentId)
{
    TableDocument doc;
    doc.title = title;
    doc.subtitle = subtitle;
    doc.documentId = documentId;
    for (int c = 0; c < model.columnCount(); ++c)
        doc.headers.append(model.headerData(c, Qt::Horizontal).toString());
    // Each page is read as the rows reach it and used while it is in memory: the
    // list model keeps only the pages used last (PagedRows), so reading every page
    // first would read most of them twice.
    for (int r = 0;; ++r) {
        if (r >= model.rowCount() && model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        if (r >= model.rowCount())
            break;
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data().toString());
        doc.rows.append(row);
    }
    doc.totals.append(tr("Total: %n person(s)", nullptr, int(doc.rows.size())));
    return doc;
}

std::optional<TableDocument> ListDocuments::fromList(const ListTable &list, const QString &title,
                                                     const QStringList &subtitle,
                                                     const QString &documentId, QString *error)
{
    TableDocument doc;
    doc.title = title;
    doc.subtitle = subtitle;
    doc.documentId = documentId;
    doc.headers = list.headers();
    if (!list.forEachRow([&doc](const QStringList &cells) { doc.rows.append(cells); }, error))
        return std::nullopt;
    doc.totals.append(tr("Total: %n person(s)", nullptr, int(doc.rows.size())));
    return doc;
}

std::optional<TableDocument>
ListDocuments::publicNotice(const Database &db, const PolicyProfile &profile,
                            const Session &session, const QString &nodeCode, int year,
                            const QString &hotline, const QDate &today, QString *error)
{
    if (!AccessGate::allows(db, profile, session, Action::Print, AccessTarget::node(nodeCode),
                            error))
        return std::nullopt;
    ArchiveSource source(db);
    const auto node = source.node(nodeCode);
    if (!node) {
        if (error)
            *error = tr("No jurisdiction with code %1 in this database.").arg(nodeCode);
        return std::nullopt;
    }
    const auto entries = source.latestChecksOfYear(*node, year, error);
    if (!entries)
        return std::nullopt;
    TableDocument doc;
    doc.title = tr("Public notice of benefit eligibility certification results, %1").arg(year);
    doc.subtitle = {
        tr("%1 (%2)    Posted: %3").arg(node->name, node->code, today.toString(Qt::ISODate))};
    doc.documentId = QStringLiteral("GS-%1-%2").arg(node->code).arg(year);
    doc.headers = {tr("No."),       tr("Name"),   tr("ID number"),
                   tr("Community"), tr("Result"), tr("Date of the check")};
    doc.columnWeights = {0.6, 1.4, 2.2, 2.0, 1.4, 1.4};
    int n = 0;
    for (const ArchiveEntry &e : *entries) {
        const auto status = VerificationTerms::statusFromKey(e.status);
        doc.rows.append(
            {QString::number(++n), e.name,
             Privacy::idNumber(e.idNumber, session, false, Privacy::Audience::PublicNotice),
             e.communityName, status ? VerificationTerms::displayName(*status) : e.status,
             e.checkDate.toString(Qt::ISODate)});
    }
    doc.totals.append(tr("Total: %n person(s)", nullptr, n));
    doc.closingLines = {tr("Anyone who knows of a person listed here who has died, is imprisoned "
                           "or no longer qualifies, please tell "
                           "the community office or call the reporting line %1. Reporters' details "
                           "are kept confidential.")
                            .arg(hotline.isEmpty() ? QStringLiteral("__________") : hotline),
                        tr("Posted from ____________ to ____________        (seal)")};
    return doc;
}

} // namespace certdesk
