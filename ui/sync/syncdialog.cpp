#include "sync/syncdialog.h"

#include "security/audittrail.h"
#include "sync/servertrustbox.h"
#include "sync/synccontroller.h"
#include "sync/syncrunlog.h"
#include "sync/syncstatusindicator.h"
#include "window/screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
// An empty line of text takes no room: at 150 % the window has none to spare.
void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QString();
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

SyncDialog::SyncDialog(SyncController &controller, const Database &db, const Session &session,
                       const AuditTrail *audit, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_db(db), m_session(session), m_audit(audit),
      m_status(new SyncStatusIndicator(this)), m_server(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_trust(new ServerTrustBox(this)),
      m_interval(new QSpinBox(this)), m_device(new QLabel(this)),
      m_save(new QPushButton(tr("Sa&ve settings"), this)), m_password(new QLineEdit(this)),
      m_signIn(new QPushButton(tr("Sign &in"), this)),
      m_syncNow(new QPushButton(tr("Sync &now"), this)),
      m_cancel(new QPushButton(tr("&Cancel sync"), this)), m_progress(new QProgressBar(this)),
      m_phase(new QLabel(this)), m_report(new QLabel(this)), m_message(new QLabel(this)),
      m_runs(new QTableWidget(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync with the district server"));
    m_status->setFocusPolicy(Qt::NoFocus);
    m_status->setCursor(Qt::ArrowCursor);

    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://upstream.example:8470"));
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("off (sync by hand)"));
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveSyncSettings"));
    auto *settingsBox = new QGroupBox(tr("Server"), this);
    auto *settingsForm = new QFormLayout(settingsBox);
    settingsForm->addRow(tr("Server &address:"), m_server);
    settingsForm->addRow(tr("&User name:"), m_user);
    settingsForm->addRow(tr("Automatic sync &every:"), m_interval);
    settingsForm->addRow(tr("This device:"), m_device);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    settingsForm->addRow(QString(), saveRow);

    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    auto *signInBox = new QGroupBox(tr("Sign in to the server"), this);
    auto *signInRow = new QHBoxLayout(signInBox);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    signInRow->addWidget(passwordLabel);
    signInRow->addWidget(m_password, 1);
    signInRow->addWidget(m_signIn);

    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_phase->setObjectName(QStringLiteral("syncPhase"));
    m_report->setObjectName(QStringLiteral("syncReport"));
    m_report->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText); // server messages and synced values
    m_phase->hide();
    m_report->hide();
    m_message->hide();
    auto *runBox = new QGroupBox(tr("Sync"), this);
    auto *runLayout = new QVBoxLayout(runBox);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_syncNow);
    runButtons->addWidget(m_cancel);
    runButtons->addStretch(1);
    runLayout->addLayout(runButtons);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_phase);
    runLayout->addWidget(m_report);

    m_runs->setObjectName(QStringLiteral("syncRuns"));
    m_runs->setColumnCount(7);
    m_runs->setHorizontalHeaderLabels({tr("Started"), tr("Finished"), tr("Outcome"),
                                       tr("Evidence uploaded"), tr("Records sent"),
                                       tr("Changes received"), tr("Message")});
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    auto *runsLabel = new QLabel(tr("Recent runs:"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // The settings scroll where the screen is short (1920x1080 at 150 % leaves
    // 1280x720: the dialog's 721 px did not fit; issue 17). What a worker does every
    // day, 立即同步 with its progress and result, stays in view below them, and the
    // runs keep the rest.
    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(m_status);
    settingsLayout->addWidget(settingsBox);
    settingsLayout->addWidget(m_trust);
    settingsLayout->addWidget(signInBox);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("syncSettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(settings);
    ScreenFit::followWrappedHeight(scroll);
    m_syncNow->setProperty("mustBeInView", true); // tests/screencheck.cpp
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(runBox);
    layout->addWidget(m_message);
    layout->addWidget(runsLabel);
    // Four runs in view (the list scrolls); the settings above get the rest.
    m_runs->setFixedHeight(m_runs->horizontalHeader()->sizeHint().height() +
                           4 * m_runs->verticalHeader()->defaultSectionSize() +
                           2 * m_runs->frameWidth());
    layout->addWidget(m_runs);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SyncDialog::saveSettings);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_password->text().isEmpty()) {
            showMessage(tr("Type the password of your account on the server."), true);
            return;
        }
        showMessage(tr("Signing in…"), false);
        m_signIn->setEnabled(false);
        // Kept only until this sign-in ends: a first contact stops before the
        // password is sent, and goes on with it once the key is accepted.
        m_signInPassword = m_password->text();
        m_controller.signIn(m_signInPassword);
        m_password->clear();
    });
    connect(m_password, &QLineEdit::returnPressed, m_signIn, &QPushButton::click);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (!m_controller.isSignedIn()) {
            showMessage(tr("Sign in with your server password first."), true);
            m_password->setFocus();
            return;
        }
        m_controller.syncNow();
    });
    connect(m_cancel, &QPushButton::clicked, &m_controller, &SyncController::cancel);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncDialog::statusChanged);
    connect(&m_controller, &SyncController::progress, this, &SyncDialog::showProgress);
    connect(&m_controller, &SyncController::finished, this, &SyncDialog::runFinished);
    connect(&m_controller, &SyncController::signInFinished, this, &SyncDialog::signInFinished);
    connect(&m_controller, &SyncController::serverKeyToAccept, this,
            &SyncDialog::serverKeyToAccept);
    m_keyQuestion = [this](const QString &server, const QString &fingerprint) {
        return ServerTrustBox::askToAccept(this, server, fingerprint);
    };

    if (!restoreGeometry(QSettings().value(QStringLiteral("syncDialog/geometry")).toByteArray()))
        ScreenFit::resize(this, {760, 720});
    ScreenFit::keepInside(this); // remembered on a larger screen
    showSettings();
    statusChanged(m_controller.status());
    reloadRuns();
    if (!m_session.allows(Action::Sync))
        showMessage(m_session.refusal(Action::Sync), true);
}

void SyncDialog::setSyncAction(QAction *action)
{
    if (!action)
        return;
    addAction(action);
    m_syncTip = (tr("%1 (%2)").arg(action->toolTip(),
                                   action->shortcut().toString(QKeySequence::NativeText)));
    updateEnabled();
}

void SyncDialog::explainNoSync()
{
    if (!m_controller.settings().isConfigured()) {
        showMessage(tr("No district server is set up yet: enter its address and your user name, "
                       "save, then sign in."),
                    true);
        m_server->setFocus();
        return;
    }
    showMessage(tr("Not signed in to the district server yet. Sign in first."), true);
    m_password->setFocus();
}

void SyncDialog::done(int result)
{
    QSettings().setValue(QStringLiteral("syncDialog/geometry"), saveGeometry());
    QDialog::done(result);
}

void SyncDialog::showSettings()
{
    const SyncSettings s = m_controller.settings();
    m_server->setText(s.server.toString());
    m_user->setText(s.user);
    m_interval->setValue(s.intervalMinutes);
    m_device->setText(s.device);
    m_trust->setTrust(s.trust);
}

bool SyncDialog::saveSettings()
{
    if (!m_session.allows(Action::Sync)) {
        showMessage(m_session.refusal(Action::Sync), true);
        return false;
    }
    const QString address = m_server->text().trimmed();
    const QUrl url(address, QUrl::StrictMode);
    if (!address.isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
        showMessage(tr("The server address must begin with https:// (or http:// inside the office "
                       "network), "
                       "for example https://upstream.example:8470."),
                    true);
        m_server->setFocus();
        return false;
    }
    if (!address.isEmpty() && m_user->text().trimmed().isEmpty()) {
        showMessage(tr("Type your user name on the server."), true);
        m_user->setFocus();
        return false;
    }
    const ServerTrust trust = m_trust->trust();
    if (!trust.caFile.isEmpty()) {
        QString why;
        if (ServerTrustCheck::caCertificates(trust.caFile, &why).isEmpty()) {
            showMessage(tr("The CA file %1 cannot be used: %2").arg(trust.caFile, why), true);
            return false;
        }
    }
    SyncSettings s = m_controller.settings();
    const bool serverChanged = s.server != url || s.user != m_user->text().trimmed();
    const bool trustChanged = s.trust.pin != trust.pin || s.trust.caFile != trust.caFile ||
                              s.trust.allowPlainHttp != trust.allowPlainHttp;
    s.trust = trust;
    s.server = address.isEmpty() ? QUrl() : url;
    s.user = m_user->text().trimmed();
    s.intervalMinutes = m_interval->value();
    QString error;
    if (!m_controller.setSettings(s, &error)) {
        showMessage(tr("The sync settings were not saved: %1").arg(error), true);
        return false;
    }
    // Where a device sends its records is worth a line in the trail.
    if (m_audit && serverChanged) {
        QString ignored;
        m_audit->record(m_session, AuditAction::SettingChange, QStringLiteral("sync.server"),
                        QStringLiteral("%1 as %2").arg(s.server.toString(), s.user), &ignored);
    }
    // So is whom it trusts to be the server.
    if (m_audit && trustChanged) {
        QString ignored;
        m_audit->record(m_session, AuditAction::SettingChange, QStringLiteral("sync.trust"),
                        QStringLiteral("pin %1, CA file %2, plain HTTP %3")
                            .arg(s.trust.pin.isEmpty() ? QStringLiteral("none") : s.trust.pin,
                                 s.trust.caFile.isEmpty() ? QStringLiteral("none") : s.trust.caFile,
                                 s.trust.allowPlainHttp ? QStringLiteral("allowed")
                                                        : QStringLiteral("refused")),
                        &ignored);
    }
    showMessage(s.isConfigured()
                    ? tr("Settings saved. Sign in with your server password to sync.")
                    : tr("Settings saved. Sync stays off until a server and a user name are set."),
                false);
    updateEnabled();
    return true;
}

void SyncDialog::reloadRuns()
{
    QString error;
    const QList<SyncRunLine> runs = SyncRunLog(m_db).recent(20, &error);
    m_runs->setRowCount(int(runs.size()));
    for (int row = 0; row < runs.size(); ++row) {
        const SyncRunLine &r = runs.at(row);
        const QStringList cells = {localTime(r.startedAt),
                                   localTime(r.finishedAt),
                                   SyncRunLog::outcomeName(r.outcome),
                                   QString::number(r.uploaded),
                                   QString::number(r.pushed),
                                   QString::number(r.pulled),
                                   r.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column)); // long messages are cut in the column
            m_runs->setItem(row, column, item);
        }
    }
    // Size the short columns; the message takes what is left.
    for (int column = 0; column < m_runs->columnCount() - 1; ++column)
        m_runs->resizeColumnToContents(column);
    if (!error.isEmpty())
        showMessage(error, true);
}

void SyncDialog::statusChanged(const SyncStatus &status)
{
    m_status->setStatus(status);
    if (status.state == SyncStatus::State::NeedsPerson && !status.message.isEmpty())
        showMessage(status.message, true);
    updateEnabled();
}

void SyncDialog::updateEnabled()
{
    const bool may = m_session.allows(Action::Sync);
    const bool configured = m_controller.settings().isConfigured();
    const bool running =
        m_controller.isRunning() || m_status->status().state == SyncStatus::State::Syncing;
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_interval), static_cast<QWidget *>(m_save),
                       static_cast<QWidget *>(m_trust)})
        w->setEnabled(may && !running);
    m_password->setEnabled(may && configured && !running);
    m_signIn->setEnabled(may && configured && !running);
    m_syncNow->setEnabled(may && configured && !running);
    m_cancel->setEnabled(running);
    m_syncNow->setToolTip(configured ? m_syncTip
                                     : tr("Set the server address and your user name first."));
}

void SyncDialog::showProgress(const SyncProgress &p)
{
    // Bytes can pass 2 GB, so the bar shows per mille, not raw counts.
    if (p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), p.done * 1000 / p.total, qint64(1000))));
    } else if (p.phase == SyncProgress::Phase::Done) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
    } else {
        m_progress->setRange(0, 0); // busy: the total is not known yet
    }
    QString text;
    switch (p.phase) {
    case SyncProgress::Phase::SigningIn:
        text = tr("Signing in…");
        break;
    case SyncProgress::Phase::UploadingEvidence:
        text =
            p.total > 0
                ? tr("Uploading evidence photos: %1 of %2").arg(dataSize(p.done), dataSize(p.total))
                : tr("Uploading evidence photos: %1").arg(dataSize(p.done));
        break;
    case SyncProgress::Phase::Pushing:
        text = p.total > 0 ? tr("Sending records: %1 of %2").arg(p.done).arg(p.total)
                           : tr("Sending records: %1").arg(p.done);
        break;
    case SyncProgress::Phase::Pulling:
        text = p.total > 0 ? tr("Receiving changes: %1 of %2").arg(p.done).arg(p.total)
                           : tr("Receiving changes: %1").arg(p.done);
        break;
    case SyncProgress::Phase::Done:
        text = tr("Finished.");
        break;
    }
    showText(m_phase, text);
    updateEnabled();
}

void SyncDialog::runFinished(const SyncReport &r)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(r.outcome == SyncReport::Outcome::Ok ? 1000 : 0);
    QString outcome;
    switch (r.outcome) {
    case SyncReport::Outcome::Ok:
        outcome = tr("Sync completed.");
        break;
    case SyncReport::Outcome::RetryLater:
        outcome = tr("The server could not be reached; CertDesk tries again by itself.");
        break;
    case SyncReport::Outcome::SignInNeeded:
        outcome = tr("Sign in again with your server password.");
        break;
    case SyncReport::Outcome::NeedsPerson:
        outcome = tr("The server refused something that needs a person to look at it.");
        break;
    case SyncReport::Outcome::Cancelled:
        outcome = tr("Sync cancelled. What was already sent stays on the server.");
        break;
    }
    showText(m_phase, outcome);
    showText(
        m_report,
        tr("Last run: %1 records sent, %2 new conflicts, %3 refused, %4 evidence files uploaded, "
           "%5 changes received, %6 refused by this device's rules.")
            .arg(r.pushed)
            .arg(r.conflicts)
            .arg(r.rejected)
            .arg(r.uploaded)
            .arg(r.pulled)
            .arg(r.refusedPulled));
    if (!r.message.isEmpty())
        showMessage(r.message, r.outcome != SyncReport::Outcome::Ok);
    else if (r.outcome == SyncReport::Outcome::Ok)
        showMessage(QString(), false);
    reloadRuns();
    updateEnabled();
}

void SyncDialog::serverKeyToAccept(const QString &fingerprint)
{
    const QString server = m_controller.settings().server.toDisplayString();
    const QString password = m_signInPassword;
    m_signInPassword.clear();
    if (!m_keyQuestion || !m_keyQuestion(server, fingerprint)) {
        showMessage(tr("The server's key was not accepted; nothing was sent to it. Sign in again "
                       "once the district confirmed the fingerprint."),
                    true);
        return;
    }
    QString error;
    if (!m_controller.acceptServerKey(fingerprint, &error)) {
        showMessage(tr("The server's key could not be kept: %1").arg(error), true);
        return;
    }
    if (m_audit) {
        QString ignored;
        m_audit->record(m_session, AuditAction::SettingChange, QStringLiteral("sync.trust"),
                        QStringLiteral("pinned the key %1 of %2").arg(fingerprint, server),
                        &ignored);
    }
    m_trust->setTrust(m_controller.settings().trust);
    showMessage(tr("Key accepted. Signing in…"), false);
    m_controller.signIn(password);
}

void SyncDialog::signInFinished(bool ok, const QString &message)
{
    if (!ok && m_controller.isRunning())
        return; // the first sign-in goes on with the accepted key
    m_signInPassword.clear();
    // The bar and "Signing in…" stop here; a sync that follows a sign-in starts its own.
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    // The controller's message is already a whole sentence ("Signing in to … failed: …").
    const QString text = !message.isEmpty() ? message
                         : ok               ? tr("Signed in.")
                                            : tr("Sign-in failed.");
    showText(m_phase, text);
    showMessage(text, !ok);
    if (!ok)
        reloadRuns(); // the failure is listed with its time and reason
    updateEnabled();
}

void SyncDialog::showMessage(const QString &text, bool problem)
{
    showText(m_message, text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b02020;") : QString());
}

} // namespace certdesk
