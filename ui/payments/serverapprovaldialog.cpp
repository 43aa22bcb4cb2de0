#include "payments/serverapprovaldialog.h"

#include "domain/benefitlifecycle.h"
#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "security/session.h"
#include "sync/syncsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

ServerApprovalDialog::ServerApprovalDialog(const Database &db, const PolicyProfile &profile,
                                           const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_session(session),
      m_table(new QTableWidget(this)), m_password(new QLineEdit(this)), m_status(new QLabel(this)),
      m_approve(nullptr)
{
    setObjectName(QStringLiteral("serverApprovalDialog"));
    setWindowTitle(tr("Approve payment steps on the district server"));
    auto *intro = new QLabel(tr("Steps recorded on this desk that name you (%1) as their approver. "
                                "Your approval is recorded on the district server; the desk's "
                                "next sync then sends the step.")
                                 .arg(session.user().username),
                             this);
    intro->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Date"), tr("ID number")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Your &server password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approve on the server"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approveOnServer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 360);
    reload();
}

void ServerApprovalDialog::reload()
{
    QString error;
    m_steps = ServerApproval::waitingFor(m_db, m_profile, m_session, &error);
    m_table->setRowCount(int(m_steps.size()));
    for (int r = 0; r < m_steps.size(); ++r) {
        const ServerApproval::Step &s = m_steps.at(r);
        const auto kind = BenefitLifecycle::kindFromKey(s.kind);
        const QStringList cells = {kind ? BenefitLifecycle::displayName(*kind) : s.kind,
                                   isoDate(s.date), IdNumber::mask(s.idNumber)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    if (!m_steps.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    m_approve->setEnabled(!m_steps.isEmpty());
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_steps.isEmpty())
        m_status->setText(tr("No step waits for your approval."));
}

bool ServerApprovalDialog::approveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_steps.size())
        return false;
    if (m_password->text().isEmpty()) {
        m_status->setText(tr("Type your password for the district server."));
        m_password->setFocus();
        return false;
    }
    const ServerApproval::Step step = m_steps.at(row);
    // The request waits in a local event loop: no second click meanwhile.
    m_approve->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const SyncReport r = ServerApproval::approve(
        SyncSettings::load(m_db), m_session.user().username, m_password->text(), step);
    QGuiApplication::restoreOverrideCursor();
    m_approve->setEnabled(true);
    if (r.outcome != SyncReport::Outcome::Ok) {
        m_status->setText(r.message);
        return false;
    }
    m_steps.removeAt(row);
    m_table->removeRow(row);
    m_approve->setEnabled(!m_steps.isEmpty());
    m_status->setText(tr("Approved on the server; the next sync sends the step."));
    return true;
}

} // namespace certdesk
