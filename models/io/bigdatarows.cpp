#include "bigdatarows.h"

#include "domain/idnumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace certdesk
{

namespace
{
int findColumn(const QStringList &headers, std::initializer_list<const char *> names)
{
    for (int i = 0; i < headers.size(); ++i) {
        const QString h = headers.at(i).trimmed().toLower();
        for (const char *n : names) {
            if (h == QString::fromUtf8(n))
                return i;
        }
    }
    return -1;
}
} // namespace

ImportMapping ImportMapping::guess(const QStringList &headers)
{
    ImportMapping m;
    m.idNumber = findColumn(
        headers, {"身份证号", "身份证号码", "公民身份号码", "id number", "id_number", "idnumber"});
    m.conclusion = findColumn(headers, {"结论", "比对结论", "认证结论", "conclusion"});
    m.name = findColumn(headers, {"姓名", "name"});
    m.detail = findColumn(headers, {"详情", "比对详情", "原因", "detail"});
    m.source = findColumn(headers, {"来源", "数据来源", "source"});
    m.month = findColumn(headers, {"月份", "比对月份", "month"});
    m.behaviour =
        findColumn(headers, {"行为", "最近行为", "最新行为", "行为信息", "behaviour", "behavior"});
    return m;
}

// The messages keep their BigDataImport context: that is where the shipped
// translations of them live.
BigDataRows readBigDataRows(const ReadTable &table, const ImportMapping &mapping,
                            const QString &defaultMonth)
{
    BigDataRows out;
    auto header = [&](int col) { return table.headers.value(col); };
    if (!mapping.isComplete()) {
        out.problems.append(
            {1, QString(),
             QCoreApplication::translate(
                 "BigDataImport",
                 "The file needs an ID-number column and a conclusion column; found: %1")
                 .arg(table.headers.join(QStringLiteral(", ")))});
        return out;
    }
    QSet<QString> seen;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &cells = table.rows.at(i);
        const int rowNumber = i + 2; // the header is row 1
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        const QString idText = cells.value(mapping.idNumber).trimmed();
        const IdNumber id = IdNumber::parse(idText);
        if (!id.isValid()) {
            out.problems.append(
                {rowNumber, header(mapping.idNumber),
                 QCoreApplication::translate("BigDataImport", "bad ID number %1: %2")
                     .arg(idText, id.reasonText())}); // translated, as the message around it
            continue;
        }
        if (seen.contains(id.canonical())) {
            out.problems.append(
                {rowNumber, header(mapping.idNumber),
                 QCoreApplication::translate("BigDataImport", "%1 appears twice in the file")
                     .arg(id.masked())});
            continue;
        }
        seen.insert(id.canonical());
        const auto conclusion = BigDataConclusions::parse(cells.value(mapping.conclusion));
        if (!conclusion) {
            out.problems.append(
                {rowNumber, header(mapping.conclusion),
                 QCoreApplication::translate(
                     "BigDataImport", "unknown conclusion code '%1' (丧失资格, 待核实 or 具备资格)")
                     .arg(cells.value(mapping.conclusion))});
            continue;
        }
        QString month = defaultMonth;
        if (mapping.month >= 0 && !cells.value(mapping.month).trimmed().isEmpty()) {
            month = cells.value(mapping.month).trimmed();
            if (!QDate::fromString(month, QStringLiteral("yyyy-MM")).isValid()) {
                out.problems.append(
                    {rowNumber, header(mapping.month),
                     QCoreApplication::translate("BigDataImport", "'%1' is not a month (YYYY-MM)")
                         .arg(month)});
                continue;
            }
        }
        out.rows.append({rowNumber, id.canonical(), id.masked(), *conclusion,
                         cells.value(mapping.name).trimmed(), cells.value(mapping.detail).trimmed(),
                         cells.value(mapping.source).trimmed(), month,
                         cells.value(mapping.behaviour).trimmed()});
    }
    return out;
}

} // namespace certdesk
