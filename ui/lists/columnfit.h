#pragma once

class QTableView;

namespace certdesk
{

// Column widths from what a column shows - its header and its first rows -
// instead of fixed pixels that cut Chinese text ('自 2027-01 …', an ID number,
// '死亡（国家人口库标识）'; issue 17). Only `sampleRows` rows are measured:
// ResizeToContents over a whole list is quadratic. A column is no wider than
// `maxWidth`; the last one still stretches when the header says so.
namespace ColumnFit
{
void fit(QTableView *view, int sampleRows = 64, int maxWidth = 360);
} // namespace ColumnFit

} // namespace certdesk
