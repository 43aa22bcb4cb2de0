#include "serverconfig.h"

#include <QFile>
#include <QStringList>

namespace certdesk
{

bool ServerConfig::merge(const QString &path, QHash<QString, QString> *options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("--config: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // A typo in a key would otherwise silently fall back to a default (say, an
    // empty evidence folder), so only the known keys are accepted.
    const QStringList known = {QStringLiteral("db"),
                               QStringLiteral("listen"),
                               QStringLiteral("evidence"),
                               QStringLiteral("cert"),
                               QStringLiteral("key"),
                               QStringLiteral("threads"),
                               QStringLiteral("insecure-http"),
                               QStringLiteral("upload-quota-mb")};
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        if (eq < 0 || !known.contains(key)) {
            *error = QStringLiteral("%1:%2: expected one of %3 = VALUE, found '%4'")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(known.join(QStringLiteral(", ")), line);
            return false;
        }
        const QString value = line.mid(eq + 1).trimmed();
        if (!options->contains(key) && !value.isEmpty())
            options->insert(key, value);
    }
    return true;
}

} // namespace certdesk
