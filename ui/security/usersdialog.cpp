#include "security/usersdialog.h"

#include "lists/columnfit.h"
#include "security/audittrail.h"
#include "security/userformdialog.h"
#include "security/userrepository.h"
#include "store/jurisdictionrepository.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

UsersDialog::UsersDialog(const Database &db, const PolicyProfile &profile, const Session &session,
                         const AuditTrail &audit, QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_session(session), m_audit(audit),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"),
                                        tr("Jurisdiction"), tr("Duties"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(tr("&New user…"), QDialogButtonBox::ActionRole)
        ->setObjectName(QStringLiteral("newUser"));
    QPushButton *reset = buttons->addButton(tr("&Reset password…"), QDialogButtonBox::ActionRole);
    QPushButton *active =
        buttons->addButton(tr("&Deactivate / activate"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, reset, active](QAbstractButton *b) {
        if (b == reset)
            resetPassword();
        else if (b == active)
            toggleActive();
        else if (b->objectName() == QLatin1String("newUser"))
            newUser();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

QString UsersDialog::dutyName(const QString &key)
{
    if (key == QLatin1String("certify"))
        return tr("records checks");
    if (key == QLatin1String("approve-benefit"))
        return tr("approves benefits");
    return key;
}

void UsersDialog::reload()
{
    const QList<User> users = UserRepository(m_db, m_profile).all();
    // Names, not keys: the node's name (its code beside it) and the duties in words.
    const QHash<QString, QString> nodeNames = JurisdictionRepository(m_db).names();
    m_table->setRowCount(int(users.size()));
    for (int r = 0; r < users.size(); ++r) {
        const User &u = users.at(r);
        QStringList duties;
        for (const QString &d : u.duties)
            duties << dutyName(d);
        const QString node = u.nodeCode.isEmpty()
                                 ? tr("whole file")
                                 : (nodeNames.contains(u.nodeCode)
                                        ? tr("%1 (%2)", "node name (code)")
                                              .arg(nodeNames.value(u.nodeCode), u.nodeCode)
                                        : u.nodeCode);
        const QStringList cells = {u.username,
                                   u.displayName,
                                   Permissions::roleName(u.role),
                                   node,
                                   duties.join(tr(", ", "between duties")),
                                   u.active ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, u.id);
            m_table->setItem(r, c, item);
        }
    }
    ColumnFit::fit(m_table); // the node's name with its code was cut
}

qint64 UsersDialog::selectedId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void UsersDialog::newUser()
{
    UserFormDialog form(m_db, m_profile, m_audit, &m_session, false, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::resetPassword()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset password"), tr("New password for %1:").arg(name),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!UserRepository(m_db, m_profile).resetPassword(id, password, &error)) {
        QMessageBox::warning(this, tr("Reset password"), error);
        return;
    }
    m_audit.record(m_session, AuditAction::UserChange, name, QStringLiteral("password reset"),
                   &error);
}

void UsersDialog::toggleActive()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    if (name == m_session.user().username) {
        QMessageBox::warning(this, tr("Users"), tr("You cannot deactivate your own account."));
        return;
    }
    const bool active = !UserRepository(m_db, m_profile).find(name)->active;
    QString error;
    if (!UserRepository(m_db, m_profile).setActive(id, active, &error)) {
        QMessageBox::warning(this, tr("Users"), error);
        return;
    }
    m_audit.record(m_session, AuditAction::UserChange, name,
                   active ? QStringLiteral("activated") : QStringLiteral("deactivated"), &error);
    reload();
}

} // namespace certdesk
