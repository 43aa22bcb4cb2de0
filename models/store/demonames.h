#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace certdesk
{

// Plausible Chinese names for demo data, from the lists in resources/demo/.
class DemoNames
{
public:
    DemoNames(); // loads :/demo/surnames.txt and :/demo/given.txt
    bool isValid() const
    {
        return !m_surnames.isEmpty() && !m_male.isEmpty() && !m_female.isEmpty();
    }
    QString name(QRandomGenerator &rng, bool male) const;

private:
    QStringList m_surnames;
    QList<int> m_cumulativeWeights;
    QStringList m_male;
    QStringList m_female;
};

} // namespace certdesk
