#include "security/idlelock.h"

#include "security/audittrail.h"
#include "security/session.h"
#include "security/signindialog.h"
#include "store/database.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>

namespace certdesk
{

IdleLock::IdleLock(QMainWindow *window, const Database &db, const PolicyProfile &profile,
                   const Session &session, const AuditTrail &audit)
    : QObject(window), m_window(window), m_db(db), m_profile(profile), m_session(session),
      m_audit(audit)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultTimeoutMs(db));
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    qApp->installEventFilter(this);
    m_timer.start();
}

int IdleLock::defaultTimeoutMs(const Database &db)
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CERTDESK_LOCK_SECONDS", &ok);
    if (ok && seconds > 0)
        return seconds * 1000;
    const int minutes =
        db.setting(QStringLiteral("security.lockMinutes"), QStringLiteral("10")).toInt(&ok);
    return (ok && minutes > 0 ? minutes : 10) * 60 * 1000;
}

SignInDialog *IdleLock::unlockDialog() const
{
    return m_dialog;
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timer.setInterval(ms);
    if (!isLocked())
        m_timer.start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow()
{
    if (isLocked())
        return;
    m_timer.stop();
    QString ignored;
    m_audit.record(m_session, AuditAction::Lock, m_session.user().username, QString(), &ignored);
    // Nothing personal stays on screen behind the dialog: the window's contents
    // and any dialog it had open (a half-filled record form) are hidden.
    if (m_window->centralWidget())
        m_window->centralWidget()->hide();
    const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (d->isVisible()) {
            m_hidden << d;
            d->hide();
        }
    }
    m_window->menuBar()->setEnabled(false);
    m_dialog = new SignInDialog(m_db, m_profile, m_audit, SignInDialog::Mode::Unlock,
                                m_session.user().username, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &IdleLock::unlocked);
    m_dialog->open();
    emit lockedChanged(true);
}

void IdleLock::unlocked()
{
    if (m_window->centralWidget())
        m_window->centralWidget()->show();
    m_window->menuBar()->setEnabled(true);
    for (const QPointer<QWidget> &d : std::as_const(m_hidden)) {
        if (d)
            d->show();
    }
    m_hidden.clear();
    m_dialog = nullptr;
    m_timer.start();
    emit lockedChanged(false);
}

} // namespace certdesk
