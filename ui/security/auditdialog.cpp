#include "security/auditdialog.h"

#include "documents/documentprinting.h"
#include "lists/columnfit.h"
#include "security/audittrail.h"
#include "security/auditwording.h"
#include "security/session.h"
#include "window/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

AuditDialog::AuditDialog(const AuditTrail &audit, const Session &session, QWidget *parent)
    : QDialog(parent), m_audit(audit), m_session(session), m_user(new QLineEdit(this)),
      m_action(new QComboBox(this)), m_useDates(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(QDate::currentDate().addDays(-30), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_offHours(new QCheckBox(tr("Outside working hours only"), this)), m_chain(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    m_user->setPlaceholderText(tr("all users"));
    m_action->addItem(tr("all actions"), QString());
    for (AuditAction a : AuditTrail::actions())
        m_action->addItem(AuditTrail::actionName(AuditTrail::actionKey(a)),
                          AuditTrail::actionKey(a));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_offHours);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Time"), tr("User"), tr("Action"),
                                        tr("Concerning"), tr("Detail"), tr("Where"),
                                        tr("Off hours")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = DocumentPrinting::askSavePath(
            this, tr("Export the audit trail"), tr("audit.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (path.isEmpty())
            return;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Audit trail"), error);
        else
            DocumentPrinting::showExported(this, tr("Export the audit trail"), path);
    });
    connect(m_user, &QLineEdit::editingFinished, this, &AuditDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_useDates, &QCheckBox::toggled, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_offHours, &QCheckBox::toggled, this, &AuditDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_chain);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {1100, 600});
    const AuditCheck check = m_audit.verify();
    m_chain->setText(check.ok
                         ? tr("Chain intact: %n entries verified.", nullptr, int(check.entries))
                         : tr("The audit trail was tampered with: %1").arg(check.message));
    m_chain->setStyleSheet(check.ok ? QString()
                                    : QStringLiteral("color: #b02020; font-weight: bold;"));
    reload();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.username = m_user->text().trimmed();
    f.action = m_action->currentData().toString();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.offHoursOnly = m_offHours->isChecked();
    return f;
}

void AuditDialog::reload()
{
    const QList<AuditEntry> entries = m_audit.entries(filter());
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(r);
        const QStringList cells = {
            QString::number(e.id),
            e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.username,
            AuditTrail::actionName(e.action),
            // Stored as written (the chain covers them), shown in the user's language.
            AuditWording::target(e.target), AuditWording::detail(e.detail), e.place,
            e.offHours ? tr("yes") : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    ColumnFit::fit(m_table, 64, 480); // times, document numbers and details were cut
}

bool AuditDialog::exportCsv(const QString &path, QString *error)
{
    if (!m_session.allows(Action::ViewAudit)) {
        if (error)
            *error = m_session.refusal(Action::ViewAudit);
        return false;
    }
    const QList<AuditEntry> entries = m_audit.entries(filter());
    if (!m_audit.record(m_session, AuditAction::Export, QStringLiteral("audit trail"),
                        QStringLiteral("%1 entries to %2").arg(entries.size()).arg(path), error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(AuditTrail::toCsv(entries).toUtf8()) < 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace certdesk
