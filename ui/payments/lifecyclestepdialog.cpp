#include "payments/lifecyclestepdialog.h"

#include "security/audittrail.h"
#include "security/session.h"

#include "documents/documentprinting.h"
#include "domain/isodate.h"
#include "lifecycle/lifecycledocuments.h"
#include "lifecycle/lifecycleservice.h"
#include "window/messages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{

// The steps recorded one person at a time; the monthly ones go through the actions view.
const QList<LifecycleKind> kSingleSteps{
    LifecycleKind::Objection,         LifecycleKind::BackPay,
    LifecycleKind::OverpaymentNotice, LifecycleKind::RepaymentAgreement,
    LifecycleKind::Repayment,         LifecycleKind::Refusal,
    LifecycleKind::Unsealed};

std::optional<LifecycleEvent> latest(const QList<LifecycleEvent> &events, LifecycleKind kind)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == kind)
            return *it;
    }
    return std::nullopt;
}

} // namespace

LifecycleStepDialog::LifecycleStepDialog(const LifecycleService &service, qint64 recipientId,
                                         const QString &name, const QString &idNumber,
                                         qint64 monthlyFen, const QString &actor,
                                         const QString &office, QWidget *parent)
    : QDialog(parent), m_service(service), m_id(recipientId), m_name(name), m_idNumber(idNumber),
      m_monthlyFen(monthlyFen), m_actor(actor), m_office(office), m_kind(new QComboBox(this)),
      m_date(new QDateEdit(service.today(), this)), m_reason(new QLineEdit(this)),
      m_objector(new QLineEdit(this)), m_approver(new QLineEdit(this)),
      m_amount(new QLineEdit(this)), m_instalments(new QSpinBox(this)),
      m_paidThrough(new QDateEdit(this)), m_state(new QLabel(this)),
      m_printBackPay(new QPushButton(tr("Print &back-pay form…"), this)),
      m_printNotice(new QPushButton(tr("Print repayment &notice…"), this)),
      m_pdfBackPay(new QPushButton(tr("Back-pay form as PDF…"), this)),
      m_pdfNotice(new QPushButton(tr("Repayment notice as PDF…"), this))
{
    setObjectName(QStringLiteral("lifecycleStepDialog"));
    setWindowTitle(tr("Payment steps — %1").arg(name));
    for (LifecycleKind k : kSingleSteps)
        m_kind->addItem(BenefitLifecycle::displayName(k), int(k));
    m_kind->setObjectName(QStringLiteral("stepKind"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(service.today());
    m_date->setCalendarPopup(true);
    m_reason->setObjectName(QStringLiteral("stepReason"));
    m_objector->setObjectName(QStringLiteral("stepObjector"));
    m_approver->setObjectName(QStringLiteral("stepApprover"));
    m_amount->setObjectName(QStringLiteral("stepAmount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 3200.00"));
    m_instalments->setRange(1, 60);
    m_paidThrough->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_paidThrough->setDate(QDate(service.today().year(), service.today().month(), 1));
    m_state->setObjectName(QStringLiteral("stepState"));
    m_state->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Step:"), m_kind);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Reason / what is objected:"), m_reason);
    form->addRow(tr("Objection by:"), m_objector);
    form->addRow(tr("Approved by:"), m_approver);
    form->addRow(tr("Amount (yuan):"), m_amount);
    form->addRow(tr("Instalments:"), m_instalments);
    form->addRow(tr("Paid through month:"), m_paidThrough);
    auto *prints = new QHBoxLayout;
    prints->addWidget(m_printBackPay);
    prints->addWidget(m_printNotice);
    prints->addWidget(m_pdfBackPay);
    prints->addWidget(m_pdfNotice);
    prints->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Record step"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("recordStep"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addLayout(prints);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LifecycleStepDialog::updateFields);
    connect(save, &QPushButton::clicked, this, [this] { recordStep(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Papers leave the office only through a logged action (print, or PDF as export).
    auto paper = [this](const QString &title, const QString &html, bool pdf, const QString &file) {
        if (!DocumentPrinting::allowAndLog(
                this, m_session, m_audit, pdf ? Action::Export : Action::Print,
                pdf ? AuditAction::Export : AuditAction::Print,
                QStringLiteral("%1 of recipient %2").arg(title).arg(m_id), QString(),
                AccessTarget::person(m_id)))
            return;
        if (pdf)
            DocumentPrinting::exportHtmlPdf(this, title, html, file);
        else
            DocumentPrinting::previewHtml(this, title, html, QStringLiteral("lifecycle-paper"));
    };
    connect(m_printBackPay, &QPushButton::clicked, this,
            [this, paper] { paper(tr("Back-pay form"), backPayFormHtml(), false, {}); });
    connect(m_printNotice, &QPushButton::clicked, this,
            [this, paper] { paper(tr("Repayment notice"), repaymentNoticeHtml(), false, {}); });
    connect(m_pdfBackPay, &QPushButton::clicked, this, [this, paper] {
        paper(tr("Back-pay form"), backPayFormHtml(), true, tr("back-pay-form.pdf"));
    });
    connect(m_pdfNotice, &QPushButton::clicked, this, [this, paper] {
        paper(tr("Repayment notice"), repaymentNoticeHtml(), true, tr("repayment-notice.pdf"));
    });
    updateFields();
    updateState();
}

void LifecycleStepDialog::setKind(LifecycleKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void LifecycleStepDialog::updateFields()
{
    const auto kind = LifecycleKind(m_kind->currentData().toInt());
    m_objector->setEnabled(kind == LifecycleKind::Objection);
    m_approver->setEnabled(kind == LifecycleKind::Unsealed);
    m_amount->setEnabled(kind == LifecycleKind::Repayment);
    m_instalments->setEnabled(kind == LifecycleKind::RepaymentAgreement);
    m_paidThrough->setEnabled(kind == LifecycleKind::OverpaymentNotice);
}

void LifecycleStepDialog::updateState()
{
    const LifecycleState s = m_service.state(m_id);
    QStringList lines{tr("Payment status: %1").arg(BenefitLifecycle::displayName(s.status))};
    if (s.suspendedOn.isValid())
        lines << tr("Suspended on %1, from %2")
                     .arg(isoDate(s.suspendedOn),
                          s.suspendedFrom.toString(QStringLiteral("yyyy-MM")));
    if (s.objectionOpen())
        lines << tr("Objection made on %1").arg(isoDate(s.objectionOn));
    if (s.backPayDue)
        lines << tr("Back pay due: %1 yuan for %2 months")
                     .arg(s.backPay.toYuanString())
                     .arg(s.backPayMonths);
    if (s.overpaid.fen() > 0)
        lines << tr("Overpaid %1 yuan, repaid %2 yuan, balance %3 yuan (deadline %4, refusals: %5)")
                     .arg(s.overpaid.toYuanString(), s.repaid.toYuanString(),
                          s.balance().toYuanString(), isoDate(s.repaymentDeadline))
                     .arg(s.refusals);
    m_state->setText(lines.join(QLatin1Char('\n')));
    m_printBackPay->setEnabled(!backPayFormHtml().isEmpty());
    m_printNotice->setEnabled(!repaymentNoticeHtml().isEmpty());
    m_pdfBackPay->setEnabled(m_printBackPay->isEnabled());
    m_pdfNotice->setEnabled(m_printNotice->isEnabled());
}

bool LifecycleStepDialog::fail(const QString &message)
{
    m_lastError = message;
    showMessage(this, QMessageBox::Warning, message);
    return false;
}

bool LifecycleStepDialog::recordStep()
{
    LifecycleEvent e;
    e.recipientId = m_id;
    e.kind = LifecycleKind(m_kind->currentData().toInt());
    e.date = m_date->date();
    e.actor = m_actor;
    e.reason = m_reason->text().trimmed();
    e.objector = m_objector->text().trimmed();
    e.approvedBy = m_approver->text().trimmed();
    e.instalments = e.kind == LifecycleKind::RepaymentAgreement ? m_instalments->value() : 0;
    QString error;
    if (e.kind == LifecycleKind::Repayment) {
        Money amount;
        if (!Money::parseYuan(m_amount->text().trimmed(), &amount))
            return fail(tr("'%1' is not an amount in yuan (e.g. 3200.00).").arg(m_amount->text()));
        e.amountFen = amount.fen();
    } else if (e.kind == LifecycleKind::BackPay) {
        e.amountFen = m_service.state(m_id).backPay.fen();
    } else if (e.kind == LifecycleKind::OverpaymentNotice) {
        const auto notice =
            m_service.overpaymentNotice(m_id, m_paidThrough->date(), m_actor, &error);
        if (!notice)
            return fail(error);
        e = *notice;
    }
    if (!m_service.record(e, &error))
        return fail(error);
    m_lastError.clear();
    updateState();
    emit recorded();
    return true;
}

QString LifecycleStepDialog::backPayFormHtml() const
{
    const QList<LifecycleEvent> events = m_service.events(m_id);
    const auto resumption = latest(events, LifecycleKind::Resumed);
    if (!resumption)
        return {};
    return LifecycleDocuments::backPayFormHtml(m_name, m_idNumber, *resumption, m_monthlyFen);
}

QString LifecycleStepDialog::repaymentNoticeHtml() const
{
    const auto notice = latest(m_service.events(m_id), LifecycleKind::OverpaymentNotice);
    return notice ? LifecycleDocuments::repaymentNoticeHtml(m_name, m_idNumber, *notice, m_office)
                  : QString();
}

} // namespace certdesk
