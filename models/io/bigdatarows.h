#pragma once

#include "domain/bigdataconclusion.h"
#include "tablereader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk
{

// Which column of a big-data comparison file holds what; -1 = not in the file.
struct ImportMapping {
    int idNumber = -1;
    int conclusion = -1;
    int name = -1; // checked against the roster when present
    int detail = -1;
    int source = -1;
    int month = -1;     // YYYY-MM of the comparison; else the import's month
    int behaviour = -1; // the server's change carries it (docs/sync-protocol.md, "bigdata")
    // From header texts (身份证号 / ID number, 结论 / conclusion, ...).
    static ImportMapping guess(const QStringList &headers);
    bool isComplete() const { return idNumber >= 0 && conclusion >= 0; }
};

// One problem of one row: the row number as the user sees it in the file
// (header = row 1), the column's header text, and the reason.
struct ImportProblem {
    int row = 0;
    QString column;
    QString reason;
};

// One row read and checked on its own, before anyone's roster is asked.
struct BigDataRow {
    int row = 0;
    QString idNumber; // canonical
    QString maskedId;
    BigDataConclusion conclusion = BigDataConclusion::ToVerify;
    QString name; // empty when the file has no name column or cell
    QString detail;
    QString source;
    QString month; // YYYY-MM
    QString behaviour;
};

struct BigDataRows {
    QList<BigDataRow> rows;
    QList<ImportProblem> problems; // at most one per row, in row order
};

// Reading a big-data comparison file (大数据比对结果): the column matching and
// the row checks that need no roster (ID number, the same person twice, the
// conclusion, the month). The desk's import (BigDataImport) and the district
// server's `ingest-bigdata` both read files through this, so a file means the
// same in both places. Blank rows are skipped. `defaultMonth` is the month of a
// row whose file has no month column or an empty cell.
BigDataRows readBigDataRows(const ReadTable &table, const ImportMapping &mapping,
                            const QString &defaultMonth);

} // namespace certdesk
