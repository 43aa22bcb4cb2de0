#include "security/securityactions.h"

#include "security/auditdialog.h"
#include "security/auditedsettings.h"
#include "security/idlelock.h"
#include "security/session.h"
#include "security/usersdialog.h"
#include "store/database.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace certdesk
{

SecurityActions::SecurityActions(QMainWindow *window, const Database &db,
                                 const PolicyProfile &profile, const Session &session,
                                 const AuditTrail &audit)
    : QObject(window), m_window(window), m_db(db), m_profile(profile), m_session(session),
      m_audit(audit), m_lock(new IdleLock(window, db, profile, session, audit))
{
}

void SecurityActions::addTo(QMenu *menu)
{
    QAction *lock = menu->addAction(tr("&Lock screen"), m_lock, &IdleLock::lockNow);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *minutes =
        menu->addAction(tr("Lock after idle &minutes…"), this, &SecurityActions::setLockMinutes);
    minutes->setEnabled(m_session.allows(Action::ChangeSettings));
    menu->addSeparator();
    QAction *users = menu->addAction(tr("&Users…"), this, &SecurityActions::showUsers);
    users->setObjectName(QStringLiteral("usersAction"));
    users->setEnabled(m_session.allows(Action::ManageUsers));
    QAction *audit = menu->addAction(tr("&Audit trail…"), this, &SecurityActions::showAudit);
    audit->setObjectName(QStringLiteral("auditAction"));
    audit->setEnabled(m_session.allows(Action::ViewAudit));
}

void SecurityActions::showUsers()
{
    if (!m_session.allows(Action::ManageUsers))
        return;
    auto *dialog = new UsersDialog(m_db, m_profile, m_session, m_audit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SecurityActions::showAudit()
{
    if (!m_session.allows(Action::ViewAudit))
        return;
    auto *dialog = new AuditDialog(m_audit, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SecurityActions::setLockMinutes()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(m_window, tr("Screen lock"),
                                             tr("Lock the screen after this many idle minutes:"),
                                             m_lock->timeoutMs() / 60000, 1, 240, 1, &ok);
    if (!ok)
        return;
    QString error;
    if (!AuditedSettings(m_db, m_audit)
             .set(m_session, QStringLiteral("security.lockMinutes"), QString::number(minutes),
                  &error)) {
        QMessageBox::warning(m_window, tr("Screen lock"), error);
        return;
    }
    m_lock->setTimeoutMs(minutes * 60000);
}

} // namespace certdesk
