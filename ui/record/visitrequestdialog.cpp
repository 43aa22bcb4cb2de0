#include "record/visitrequestdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QDateEdit *dateEdit(const QDate &date, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(kDateFormat);
    return edit;
}
} // namespace

QStringList VisitRequestDialog::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("window"), QStringLiteral("family"),
            QStringLiteral("neighbour"), QStringLiteral("other")};
}

QString VisitRequestDialog::channelName(const QString &key)
{
    if (key == QLatin1String("phone"))
        return tr("By phone");
    if (key == QLatin1String("window"))
        return tr("At the window");
    if (key == QLatin1String("family"))
        return tr("Through family");
    if (key == QLatin1String("neighbour"))
        return tr("Through a neighbour");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

VisitRequestDialog::VisitRequestDialog(qint64 recipientId, const QString &name,
                                       const HomeVisitService &service, const QString &worker,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent), m_recipientId(recipientId), m_service(service), m_worker(worker),
      m_today(today)
{
    setWindowTitle(tr("Home visit — %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createRequestPage());
    m_pages->addWidget(createOpenPage());
    layout->addWidget(m_pages);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    m_visit = m_service.openFor(recipientId);
    showVisit();
    setMinimumWidth(560);
}

QWidget *VisitRequestDialog::createRequestPage()
{
    auto *page = new QGroupBox(tr("New home-visit request"), this);
    auto *form = new QFormLayout(page);
    m_requestedOn = dateEdit(m_today, QStringLiteral("requestedOn"), page);
    m_requestedOn->setMaximumDate(m_today);
    form->addRow(tr("Requested on:"), m_requestedOn);
    m_requestedBy = new QLineEdit(page);
    m_requestedBy->setObjectName(QStringLiteral("requestedBy"));
    m_requestedBy->setPlaceholderText(tr("The person or relative who asked"));
    form->addRow(tr("Requested by:"), m_requestedBy);
    m_channel = new QComboBox(page);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &key : channels())
        m_channel->addItem(channelName(key), key);
    form->addRow(tr("Asked:"), m_channel);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("reason"));
    form->addRow(tr("Reason:"), m_reason);
    auto *create = new QPushButton(tr("Create request"), page);
    create->setObjectName(QStringLiteral("create"));
    form->addRow(QString(), create);
    connect(create, &QPushButton::clicked, this, &VisitRequestDialog::createRequest);
    return page;
}

QWidget *VisitRequestDialog::createOpenPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *request = new QGroupBox(tr("Open request"), page);
    auto *form = new QFormLayout(request);
    m_requested = new QLabel(request);
    m_requested->setObjectName(QStringLiteral("requested"));
    m_requested->setWordWrap(true);
    form->addRow(tr("Requested:"), m_requested);
    m_due = new QLabel(request);
    m_due->setObjectName(QStringLiteral("due"));
    form->addRow(tr("Visit due by:"), m_due);
    layout->addWidget(request);

    auto *assignment = new QGroupBox(tr("Assignment"), page);
    auto *assignForm = new QFormLayout(assignment);
    m_assignee = new QLineEdit(assignment);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    assignForm->addRow(tr("Worker:"), m_assignee);
    m_planned = dateEdit(m_today, QStringLiteral("plannedOn"), assignment);
    assignForm->addRow(tr("Planned date:"), m_planned);
    auto *assignButton = new QPushButton(tr("Assign"), assignment);
    assignButton->setObjectName(QStringLiteral("assign"));
    assignForm->addRow(QString(), assignButton);
    connect(assignButton, &QPushButton::clicked, this, &VisitRequestDialog::assign);
    layout->addWidget(assignment);

    auto *attempts = new QGroupBox(tr("Attempts that did not reach the person"), page);
    auto *attemptLayout = new QVBoxLayout(attempts);
    m_attempts = new QListWidget(attempts);
    m_attempts->setObjectName(QStringLiteral("attempts"));
    m_attempts->setMaximumHeight(90);
    attemptLayout->addWidget(m_attempts);
    auto *row = new QHBoxLayout;
    m_outcome = new QComboBox(attempts);
    m_outcome->setObjectName(QStringLiteral("attemptOutcome"));
    for (const QString &key : HomeVisitService::attemptOutcomes())
        m_outcome->addItem(HomeVisitService::attemptOutcomeName(key), key);
    m_attemptDate = dateEdit(m_today, QStringLiteral("attemptDate"), attempts);
    m_attemptDate->setMaximumDate(m_today);
    m_attemptNote = new QLineEdit(attempts);
    m_attemptNote->setObjectName(QStringLiteral("attemptNote"));
    m_attemptNote->setPlaceholderText(tr("Note"));
    auto *add = new QPushButton(tr("Add attempt"), attempts);
    add->setObjectName(QStringLiteral("addAttempt"));
    row->addWidget(m_outcome);
    row->addWidget(m_attemptDate);
    row->addWidget(m_attemptNote, 1);
    row->addWidget(add);
    attemptLayout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &VisitRequestDialog::addAttempt);
    layout->addWidget(attempts);
    return page;
}

void VisitRequestDialog::showVisit()
{
    // Size the dialog to the page shown, not to the larger of the two.
    m_pages->setCurrentIndex(m_visit ? 1 : 0);
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy =
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->updateGeometry();
    if (layout()) {
        layout()->invalidate();
        layout()->activate();
    }
    adjustSize();
    if (!m_visit)
        return;
    const HomeVisit &v = *m_visit;
    const QString channel = v.channel.isEmpty() ? QString() : channelName(v.channel);
    m_requested->setText(
        tr("%1 by %2 (%3)").arg(v.requestedOn.toString(kDateFormat), v.requestedBy, channel));
    const bool overdue = v.dueOn.isValid() && v.dueOn < m_today;
    m_due->setText(overdue ? tr("%1 (overdue)").arg(v.dueOn.toString(kDateFormat))
                           : v.dueOn.toString(kDateFormat));
    m_due->setStyleSheet(overdue ? QStringLiteral("color: #c00000; font-weight: bold;")
                                 : QString());
    m_assignee->setText(v.assignedTo.isEmpty() ? m_worker : v.assignedTo);
    m_planned->setMinimumDate(v.requestedOn);
    m_planned->setDate(v.plannedOn.isValid() ? v.plannedOn : qMax(m_today, v.requestedOn));
    m_attemptDate->setMinimumDate(v.requestedOn);
    m_attempts->clear();
    for (const VisitAttempt &a : v.attempts) {
        m_attempts->addItem(
            a.note.isEmpty()
                ? tr("%1  %2 (%3)")
                      .arg(a.date.toString(kDateFormat),
                           HomeVisitService::attemptOutcomeName(a.outcome), a.worker)
                : tr("%1  %2 (%3) — %4")
                      .arg(a.date.toString(kDateFormat),
                           HomeVisitService::attemptOutcomeName(a.outcome), a.worker, a.note));
    }
    if (v.attempts.isEmpty())
        m_attempts->addItem(tr("(none yet)"));
}

QString VisitRequestDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VisitRequestDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void VisitRequestDialog::createRequest()
{
    QString error;
    const auto visit =
        m_service.request(m_recipientId, m_requestedOn->date(), m_requestedBy->text().trimmed(),
                          m_channel->currentData().toString(), m_reason->text().trimmed(), &error);
    if (!visit)
        return showError(error);
    showError(QString());
    m_visit = visit;
    showVisit();
}

void VisitRequestDialog::assign()
{
    if (!m_visit)
        return;
    QString error;
    if (!m_service.assign(m_visit->id, m_assignee->text().trimmed(), m_planned->date(), &error))
        return showError(error);
    showError(QString());
    m_visit = m_service.find(m_visit->id);
    showVisit();
}

void VisitRequestDialog::addAttempt()
{
    if (!m_visit)
        return;
    VisitAttempt attempt;
    attempt.date = m_attemptDate->date();
    attempt.outcome = m_outcome->currentData().toString();
    attempt.worker = m_worker;
    attempt.note = m_attemptNote->text().trimmed();
    QString error;
    if (!m_service.addAttempt(m_visit->id, attempt, &error))
        return showError(error);
    showError(QString());
    m_attemptNote->clear();
    m_visit = m_service.find(m_visit->id);
    showVisit();
}

} // namespace certdesk
