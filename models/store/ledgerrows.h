#pragma once

#include "store/ledgerquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace certdesk
{

// Runs one page of a work list's SELECT (the column list LedgerQuery builds) and
// appends its rows. Through the sqlite3 C API on the connection's own handle
// instead of QSqlQuery: a QVariant per value, UTF-16 copies and QDate::fromString
// per date were most of the time of a whole-list export (issue 19 point 4).
class LedgerRows
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRows)
public:
    static bool read(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                     QList<RecipientRow> *rows, QString *error = nullptr);
    // YYYY-MM-DD as QDate::fromString(…, Qt::ISODate) reads it (other text goes to it).
    static QDate isoDate(const char *text, qsizetype size);
    static QDate isoDate(QStringView text);
};

} // namespace certdesk
