#include "payments/paymentactions.h"

#include "lifecycle/lifecycleservice.h"
#include "lists/jurisdictionpanel.h"
#include "lists/recipientdetailpanel.h"
#include "payments/lifecycleactionsdialog.h"
#include "payments/lifecyclestepdialog.h"
#include "payments/serverapprovaldialog.h"
#include "store/jurisdictionrepository.h"
#include "store/recipientrepository.h"

#include <QAction>
#include <QMenu>

namespace certdesk
{

PaymentActions::PaymentActions(const Database &db, const PolicyProfile &profile,
                               const LifecycleService &service, const QString &worker,
                               JurisdictionPanel *tree, RecipientDetailPanel *detail,
                               QWidget *window)
    : QObject(window), m_db(db), m_profile(profile), m_service(service), m_worker(worker),
      m_tree(tree), m_detail(detail), m_window(window)
{
}

void PaymentActions::addTo(QMenu *menu)
{
    QAction *monthly =
        menu->addAction(tr("This month's &actions…"), this, [this] { openMonthlyActions(); });
    monthly->setObjectName(QStringLiteral("monthlyActionsAction"));
    monthly->setStatusTip(
        tr("Failures, suspensions, stops, resumptions and sealings due this month"));
    m_personSteps =
        menu->addAction(tr("Payment &steps of this person…"), this, [this] { openPersonSteps(); });
    m_personSteps->setObjectName(QStringLiteral("personStepsAction"));
    m_personSteps->setStatusTip(
        tr("Objection, back pay, repayment notice, agreement, repayments, refusal, unsealing"));
    QAction *approve = menu->addAction(tr("Approve steps on the &server…"), this,
                                       [this] { openServerApprovals(); });
    approve->setObjectName(QStringLiteral("serverApprovalsAction"));
    approve->setStatusTip(
        tr("Steps recorded here that name you as their approver: approve them on the district "
           "server"));
    updateEnabled();
}

void PaymentActions::updateEnabled()
{
    if (m_personSteps)
        m_personSteps->setEnabled(m_detail->recipientId() > 0);
}

LifecycleActionsDialog *PaymentActions::openMonthlyActions()
{
    const QString code = m_tree->currentCode();
    const auto node = JurisdictionRepository(m_db).find(code);
    auto *dialog =
        new LifecycleActionsDialog(m_db, m_service, m_service.today(), code,
                                   node ? node->name : tr("all communities"), m_worker, m_window);
    dialog->setSecurity(m_session, m_audit);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LifecycleActionsDialog::changed, this, &PaymentActions::changed);
    dialog->open();
    return dialog;
}

ServerApprovalDialog *PaymentActions::openServerApprovals()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new ServerApprovalDialog(m_db, m_profile, *m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LifecycleStepDialog *PaymentActions::openPersonSteps()
{
    const auto person = RecipientRepository(m_db, m_profile).detail(m_detail->recipientId());
    if (!person)
        return nullptr;
    const Recipient &r = person->recipient;
    auto *dialog = new LifecycleStepDialog(m_service, r.id, r.name, r.idNumber, r.monthlyBenefitFen,
                                           m_worker, person->communityName, m_window);
    dialog->setSecurity(m_session, m_audit);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LifecycleStepDialog::recorded, this, &PaymentActions::changed);
    dialog->open();
    return dialog;
}

} // namespace certdesk
