#pragma once

#include "domain/benefitlifecycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace certdesk
{

class Database;
class LifecycleService;

// A step that is due ("this month's actions"): the event to record once a user
// confirms it, and who it concerns.
struct LifecycleProposal {
    LifecycleEvent event; // actor is filled in on confirmation
    QString name;
    QString idNumber;
    QString communityCode;
    qint64 monthlyFen = 0;
};

// Works out which steps are due in a month (RULES.md §5), as of a given day:
//  - failed: the period ended before today (and by the month's end) without a
//    certification, after at least one recorded attempt (reminder or visit) in its
//    last month;
//  - suspended: confirmed failures, people recorded deceased / imprisoned / missing /
//    lost eligibility, and the big-data "disqualified" list; payment suspended from
//    the next month, list due by the profile's day of the next month;
//  - resumed: suspended or stopped people certified alive after the suspension,
//    with the suspended months as back pay (after an imprisonment only the months
//    after the release); confirmed failures certified alive
//    before they were suspended (no back pay; they leave the suspension list);
//  - stopped: suspended with no objection for the profile's window (3 months);
//  - sealed: suspended or stopped for the profile's months (24), except imprisonment.
class LifecycleProposals
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleProposals)
public:
    LifecycleProposals(const Database &db, const LifecycleService &service);

    // `month`: any day of the month; `node`: a district, street or community code,
    // empty for everyone. Ordered by kind (failed, suspended, resumed, stopped, sealed).
    QList<LifecycleProposal> compute(const QDate &month, const QDate &today, const QString &node,
                                     QString *error = nullptr) const;
    // Records the proposals' events for `actor`, all or nothing.
    bool confirm(const QList<LifecycleProposal> &proposals, const QString &actor,
                 QString *error = nullptr) const;
    // How many people each kind of step concerns, in the order compute() gives the
    // kinds: what a confirmation of many steps says before it asks and after it records.
    static QList<QPair<LifecycleKind, int>> countByKind(const QList<LifecycleProposal> &proposals);

private:
    QDate releaseDate(qint64 recipientId) const;
    bool addFailures(const QDate &month, const QDate &today, const QString &node,
                     QList<LifecycleProposal> &out, QString &why) const;
    bool addSuspensions(const QDate &month, const QDate &today, const QString &node,
                        QList<LifecycleProposal> &out, QString &why) const;
    bool addFollowUps(const QDate &month, const QDate &today, const QString &node,
                      QList<LifecycleProposal> &out, QString &why) const;

    const Database &m_db;
    const LifecycleService &m_service;
};

} // namespace certdesk
