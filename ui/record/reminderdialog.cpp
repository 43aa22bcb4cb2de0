#include "record/reminderdialog.h"

#include "verification/contactlog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
QString channelName(const QString &key)
{
    if (key == QLatin1String("phone"))
        return ReminderDialog::tr("Phone call");
    if (key == QLatin1String("sms"))
        return ReminderDialog::tr("Text message");
    return key;
}
} // namespace

ReminderDialog::ReminderDialog(qint64 recipientId, const QString &name, const QString &phone,
                               const ContactLog &log, const QString &worker, const QDate &today,
                               QWidget *parent)
    : QDialog(parent), m_recipientId(recipientId), m_log(log), m_worker(worker)
{
    setWindowTitle(tr("Log a reminder — %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *phoneLabel = new QLabel(phone.isEmpty() ? tr("(no phone number on file)") : phone, this);
    phoneLabel->setObjectName(QStringLiteral("phone"));
    phoneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Phone:"), phoneLabel);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &key : ContactLog::channels())
        m_channel->addItem(channelName(key), key);
    form->addRow(tr("Channel:"), m_channel);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    form->addRow(tr("Outcome:"), m_outcome);

    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    form->addRow(tr("Date:"), m_date);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Earlier reminders:"), this));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setMaximumHeight(110);
    layout->addWidget(m_history);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReminderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReminderDialog::fillOutcomes);
    connect(m_channel, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    connect(m_outcome, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);

    fillOutcomes();
    reloadHistory();
    setMinimumWidth(420);
}

// A text message can only be sent (or bounce off a wrong number); the service
// enforces it too, so the full list is offered for phone calls only.
void ReminderDialog::fillOutcomes()
{
    const QString current = m_outcome->currentData().toString();
    const bool sms = m_channel->currentData().toString() == QLatin1String("sms");
    m_outcome->clear();
    for (const QString &key : ContactLog::outcomes()) {
        const bool smsOutcome =
            key == QLatin1String("sent") || key == QLatin1String("wrong-number");
        if (sms ? smsOutcome : key != QLatin1String("sent"))
            m_outcome->addItem(ContactLog::outcomeName(key), key);
    }
    const int keep = m_outcome->findData(current);
    m_outcome->setCurrentIndex(keep >= 0 ? keep : 0);
}

void ReminderDialog::reloadHistory()
{
    m_history->clear();
    const QList<ContactEntry> entries = m_log.entries(m_recipientId);
    for (const ContactEntry &e : entries) {
        const QString line =
            e.note.isEmpty()
                ? tr("%1  %2: %3 (%4)")
                      .arg(e.date.toString(QStringLiteral("yyyy-MM-dd")), channelName(e.channel),
                           ContactLog::outcomeName(e.outcome), e.worker)
                : tr("%1  %2: %3 (%4) — %5")
                      .arg(e.date.toString(QStringLiteral("yyyy-MM-dd")), channelName(e.channel),
                           ContactLog::outcomeName(e.outcome), e.worker, e.note);
        m_history->addItem(line);
    }
    if (entries.isEmpty())
        m_history->addItem(tr("(none yet)"));
}

QString ReminderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReminderDialog::save()
{
    ContactEntry entry;
    entry.recipientId = m_recipientId;
    entry.date = m_date->date();
    entry.channel = m_channel->currentData().toString();
    entry.outcome = m_outcome->currentData().toString();
    entry.worker = m_worker;
    entry.note = m_note->text().trimmed();
    QString error;
    if (!m_log.add(entry, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace certdesk
