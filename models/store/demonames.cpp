#include "demonames.h"

#include <QFile>

namespace certdesk
{

namespace
{
QStringList lines(const QString &resource)
{
    QFile f(resource);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}
} // namespace

DemoNames::DemoNames()
{
    int total = 0;
    for (const QString &line : lines(QStringLiteral(":/demo/surnames.txt"))) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2)
            continue;
        total += qMax(1, parts.at(1).toInt());
        m_surnames << parts.at(0);
        m_cumulativeWeights << total;
    }
    for (const QString &line : lines(QStringLiteral(":/demo/given.txt"))) {
        const QString tag = line.left(2);
        const QStringList chars = line.mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tag == QLatin1String("M:") || tag == QLatin1String("U:"))
            m_male << chars;
        if (tag == QLatin1String("F:") || tag == QLatin1String("U:"))
            m_female << chars;
    }
}

QString DemoNames::name(QRandomGenerator &rng, bool male) const
{
    const int pick = int(rng.bounded(quint32(m_cumulativeWeights.last())));
    const auto it = std::upper_bound(m_cumulativeWeights.begin(), m_cumulativeWeights.end(), pick);
    QString out = m_surnames.at(int(it - m_cumulativeWeights.begin()));
    const QStringList &given = male ? m_male : m_female;
    // About a third of names have a one-character given name.
    const int length = rng.bounded(3) == 0 ? 1 : 2;
    for (int i = 0; i < length; ++i)
        out += given.at(int(rng.bounded(quint32(given.size()))));
    return out;
}

} // namespace certdesk
