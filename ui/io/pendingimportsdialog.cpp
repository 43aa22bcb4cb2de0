#include "io/pendingimportsdialog.h"

#include "io/bigdataimport.h"
#include "lists/columnfit.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "sync/serverapproval.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

PendingImportsDialog::PendingImportsDialog(const BigDataImport &importer, const Session &session,
                                           const AuditTrail &audit, QWidget *parent)
    : QDialog(parent), m_importer(importer), m_session(session), m_audit(audit),
      m_table(new QTableWidget(this)), m_password(new QLineEdit(this)),
      m_passwordLabel(new QLabel(tr("Your &server password:"), this)),
      m_approve(new QPushButton(tr("&Approve selected batch"), this))
{
    setWindowTitle(tr("Import batches waiting for approval"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("File"), tr("Submitted by"),
                                        tr("Submitted"), tr("People (qualified)"),
                                        tr("Approved by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &PendingImportsDialog::approveSelected);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    // GD 9: approvals count on the district server only when given there.
    const bool server =
        ServerApproval::batchNeedsServer(m_audit.profile(), SyncSettings::load(m_audit.database()));
    m_password->setVisible(server);
    m_passwordLabel->setVisible(server);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 360);
    reload();
}

void PendingImportsDialog::reload()
{
    QString error;
    const QList<PendingImport> batches = m_importer.pendingBatches(&error);
    m_table->setRowCount(int(batches.size()));
    for (int r = 0; r < batches.size(); ++r) {
        const PendingImport &b = batches.at(r);
        const QStringList cells{
            QString::number(b.id),
            b.fileName,
            b.submittedBy,
            b.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            tr("%1 (%2)").arg(b.people).arg(b.qualified),
            b.approvedBy.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    ColumnFit::fit(m_table); // headers such as "People (qualified)" whole (issue 17)
    m_approve->setEnabled(!batches.isEmpty() && m_session.allows(Action::Import));
    if (!batches.isEmpty())
        m_table->selectRow(0);
}

void PendingImportsDialog::approveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 batch = m_table->item(row, 0)->text().toLongLong();
    QString error;
    bool done = false;
    int approvals = 0;
    // The approval's entry through the gate, as the command line's import-approve.
    const AccessTarget logged = AccessTarget::none().logAs(
        AuditAction::Import, QStringLiteral("approve batch %1").arg(batch));
    if (!AccessGate::authorize(m_audit.database(), m_audit.profile(), m_audit, m_session,
                               Action::Import, logged, &error) ||
        !approveOnServer(batch, &error) ||
        !m_importer.approve(batch, m_session, &done, &approvals, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (done)
        emit applied();
    reload();
}

bool PendingImportsDialog::approveOnServer(qint64 batch, QString *error) const
{
    const SyncSettings sync = SyncSettings::load(m_audit.database());
    if (!ServerApproval::batchNeedsServer(m_audit.profile(), sync))
        return true;
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        *error = tr("Type your password for the district server: GD 9 approvals count only "
                    "when given there.");
        return false;
    }
    const auto pending = m_importer.pendingBatch(batch, error);
    if (!pending)
        return false;
    // The request waits in a local event loop: no second click meanwhile.
    m_approve->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const SyncReport r =
        ServerApproval::approveBatch(sync, m_session.user().username, m_password->text(),
                                     {pending->uuid, pending->qualified, pending->submittedBy});
    QGuiApplication::restoreOverrideCursor();
    m_approve->setEnabled(true);
    m_password->clear();
    if (r.outcome == SyncReport::Outcome::Ok)
        return true;
    *error = r.message;
    return false;
}

} // namespace certdesk
