#include "changepage.h"
#include "sync/protocolfields.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk
{

namespace
{
// Stored data as it goes into the page. What the server's writers store is a
// compact JSON object, spliced as it is (QJsonDocument writes it again the
// same). Anything else (none of the writers makes it) goes the old way:
// parsed, and written as the object it holds ({} when it holds none).
QByteArray dataJson(const QByteArray &stored)
{
    if (stored.startsWith('{') && stored.endsWith('}'))
        return stored;
    return QJsonDocument(QJsonDocument::fromJson(stored).object()).toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray jsonString(const QString &s)
{
    const QByteArray one = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return one.mid(1, one.size() - 2); // ["…"] without its brackets
}

QJsonArray ChangePage::changes() const
{
    QJsonArray out;
    for (const Row &row : rows)
        out.append(QJsonObject{{ProtocolField::seq, row.seq},
                               {ProtocolField::type, row.type},
                               {ProtocolField::data, QJsonDocument::fromJson(row.data).object()}});
    return out;
}

QByteArray ChangePage::answer() const
{
    // Key order as QJsonObject writes it (sorted): a change is data, seq, type;
    // the page changes, more, next.
    const QByteArray changesKey = jsonString(ProtocolField::changes);
    const QByteArray dataKey = jsonString(ProtocolField::data);
    const QByteArray seqKey = jsonString(ProtocolField::seq);
    const QByteArray typeKey = jsonString(ProtocolField::type);
    qsizetype bytes = 64;
    for (const Row &row : rows)
        bytes += row.data.size() + 64;
    QByteArray out;
    out.reserve(bytes);
    out += '{';
    out += changesKey;
    out += ":[";
    QHash<QString, QByteArray> types; // a handful of change types
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        auto type = types.constFind(row.type);
        if (type == types.cend())
            type = types.insert(row.type, jsonString(row.type));
        if (i > 0)
            out += ',';
        out += '{';
        out += dataKey;
        out += ':';
        out += dataJson(row.data);
        out += ',';
        out += seqKey;
        out += ':';
        out += QByteArray::number(row.seq);
        out += ',';
        out += typeKey;
        out += ':';
        out += *type;
        out += '}';
    }
    out += "],";
    out += jsonString(ProtocolField::more);
    out += more ? ":true," : ":false,";
    out += jsonString(ProtocolField::next);
    out += ':';
    out += QByteArray::number(next);
    out += '}';
    return out;
}

} // namespace certdesk
