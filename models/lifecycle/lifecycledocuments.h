#pragma once

#include "lifecycleproposals.h"

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

// The printable papers of the benefit lifecycle as HTML (for QTextDocument, print
// preview or a PDF writer) and the suspension list as CSV. No widgets: the
// archive code can bind the same documents into the monthly volume.
class LifecycleDocuments
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleDocuments)
public:
    // The month's suspension list (暂停发放名单) with its deadline; only the
    // Suspended proposals are listed. ID numbers masked.
    static QString suspensionListHtml(const QList<LifecycleProposal> &proposals, const QDate &month,
                                      const QDate &deadline, const QString &office);
    static QByteArray suspensionListCsv(const QList<LifecycleProposal> &proposals);
    // The back-pay form (恢复发放及补发审批表) of a resumption.
    static QString backPayFormHtml(const QString &name, const QString &idNumber,
                                   const LifecycleEvent &resumption, qint64 monthlyFen);
    // 限期退还多领社会保险待遇通知书 for an overpayment notice event.
    static QString repaymentNoticeHtml(const QString &name, const QString &idNumber,
                                       const LifecycleEvent &notice, const QString &office);
};

} // namespace certdesk
