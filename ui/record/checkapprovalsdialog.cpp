#include "record/checkapprovalsdialog.h"

#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "verification/checkapprovals.h"
#include "verification/verificationevent.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

CheckApprovalsDialog::CheckApprovalsDialog(const Database &db, const PolicyProfile &profile,
                                           const Session &session, const QDate &today,
                                           QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_session(session), m_today(today),
      m_table(new QTableWidget(this)), m_summary(new QLabel(this)), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("checkApprovalsDialog"));
    setWindowTitle(tr("Checks awaiting county approval"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Method"),
                                        tr("Date of check"), tr("Worker"), tr("Due"),
                                        tr("Overdue")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    approve->setObjectName(QStringLiteral("approve"));
    QPushButton *refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::ActionRole);
    refuse->setObjectName(QStringLiteral("refuse"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(refuse, &QPushButton::clicked, this, [this] { decideSelected(false); });
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the check is refused (the worker sees it)"));
    auto *reasonRow = new QFormLayout;
    reasonRow->addRow(tr("Reason for a &refusal:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void CheckApprovalsDialog::reload()
{
    QString error;
    const QList<PendingApproval> open =
        CheckApprovals(m_db, m_profile).pending(m_session, m_today, &error);
    m_table->setRowCount(int(open.size()));
    int overdue = 0;
    for (int r = 0; r < open.size(); ++r) {
        const PendingApproval &a = open.at(r);
        overdue += a.overdue ? 1 : 0;
        const auto method = VerificationTerms::methodFromKey(a.method);
        const QStringList cells = {a.name,
                                   IdNumber::mask(a.idNumber),
                                   method ? VerificationTerms::displayName(*method) : a.method,
                                   isoDate(a.checkDate),
                                   a.worker,
                                   isoDate(a.due),
                                   a.overdue ? tr("overdue") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.eventUuid);
            item->setData(Qt::UserRole + 1, a.recipientId);
            if (a.overdue)
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            m_table->setItem(r, c, item);
        }
    }
    m_summary->setText(error.isEmpty()
                           ? tr("%n check(s) await approval; %1 overdue (GD 21-22: within 1 "
                                "working day).",
                                nullptr, int(open.size()))
                                 .arg(overdue)
                           : error);
}

bool CheckApprovalsDialog::decideSelected(bool approve)
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return false;
    QString error;
    CheckApprovals approvals(m_db, m_profile);
    approvals.setChanges(m_changes);
    if (!approvals.decide(item->data(Qt::UserRole).toString(), approve,
                          approve ? QString() : m_reason->text(), m_session, m_today, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        if (!approve)
            m_reason->setFocus();
        return false;
    }
    const qint64 person = item->data(Qt::UserRole + 1).toLongLong();
    m_reason->clear();
    reload();
    emit decided(person);
    return true;
}

} // namespace certdesk
