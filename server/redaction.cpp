#include "redaction.h"

#include <QRegularExpression>
#include <cstdio>

namespace certdesk
{

QString Redaction::maskIdNumbers(const QString &text)
{
    // 18-character (and old 15-digit) ID numbers standing on their own.
    static const QRegularExpression id(
        QStringLiteral("(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])"));
    QString out;
    qsizetype last = 0;
    auto it = id.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString number = m.captured(1);
        out += text.mid(last, m.capturedStart(1) - last);
        out += number.left(6) + QString(number.size() - 10, QLatin1Char('*')) + number.right(4);
        last = m.capturedEnd(1);
    }
    out += text.mid(last);
    return out;
}

QString Redaction::withoutSql(const QString &detail)
{
    // execQuery() appends " (<statement>)"; drivers may quote statements too.
    QString d = detail;
    for (const char *verb : {" (SELECT", " (INSERT", " (UPDATE", " (DELETE", " (CREATE", " (BEGIN",
                             " (COMMIT", " (WITH"}) {
        const qsizetype at = d.indexOf(QLatin1String(verb), 0, Qt::CaseInsensitive);
        if (at >= 0)
            d.truncate(at);
    }
    return maskIdNumbers(d.simplified());
}

QString Redaction::storeFailure(const QString &where, const QString &detail)
{
    std::fprintf(stderr, "store error in %s: %s\n", qPrintable(where),
                 qPrintable(withoutSql(detail)));
    std::fflush(stderr);
    return QStringLiteral("The server could not complete this request; try again later.");
}

} // namespace certdesk
