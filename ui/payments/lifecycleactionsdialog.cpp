#include "payments/lifecycleactionsdialog.h"

#include "security/audittrail.h"
#include "security/session.h"

#include "documents/documentprinting.h"
#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "lifecycle/lifecycledocuments.h"
#include "lifecycle/lifecycleservice.h"
#include "lists/columnfit.h"
#include "store/jurisdictionrepository.h"
#include "window/messages.h"
#include "window/screenfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
QString monthText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM")) : QString();
}
} // namespace

LifecycleActionsDialog::LifecycleActionsDialog(const Database &db, const LifecycleService &service,
                                               const QDate &today, const QString &nodeCode,
                                               const QString &nodeName, const QString &actor,
                                               QWidget *parent)
    : QDialog(parent), m_db(db), m_service(service), m_today(today), m_node(nodeCode),
      m_nodeName(nodeName), m_actor(actor), m_month(new QDateEdit(this)),
      m_kind(new QComboBox(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_confirmSelected(new QPushButton(tr("Confirm &selected"), this)),
      m_confirmAll(new QPushButton(tr("Confirm &all shown"), this))
{
    setObjectName(QStringLiteral("lifecycleActionsDialog"));
    setWindowTitle(tr("This month's actions — %1").arg(nodeName));
    m_month->setObjectName(QStringLiteral("actionsMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_kind->setObjectName(QStringLiteral("actionsKind"));
    m_kind->addItem(tr("All steps"));
    for (LifecycleKind k : {LifecycleKind::Failed, LifecycleKind::Suspended, LifecycleKind::Resumed,
                            LifecycleKind::Stopped, LifecycleKind::Sealed})
        m_kind->addItem(BenefitLifecycle::displayName(k), BenefitLifecycle::key(k));
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Name"), tr("ID number"), tr("Community"),
                                        tr("Reason"), tr("From / deadline"),
                                        tr("Back pay (yuan)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_confirmSelected->setObjectName(QStringLiteral("confirmSelected"));
    m_confirmAll->setObjectName(QStringLiteral("confirmAll"));
    auto *exportButton = new QPushButton(tr("&Export suspension list…"), this);
    auto *printButton = new QPushButton(tr("&Print suspension list…"), this);
    printButton->setObjectName(QStringLiteral("printSuspensionList"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addWidget(m_kind);
    top->addWidget(m_summary, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_confirmSelected);
    actions->addWidget(m_confirmAll);
    actions->addStretch(1);
    actions->addWidget(exportButton);
    actions->addWidget(printButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);
    ScreenFit::resize(this, {1000, 560});

    connect(m_month, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_confirmSelected, &QPushButton::clicked, this, [this] { confirmSelected(); });
    connect(m_confirmAll, &QPushButton::clicked, this, [this] { confirmAllShown(); });
    connect(exportButton, &QPushButton::clicked, this,
            &LifecycleActionsDialog::exportSuspensionList);
    connect(printButton, &QPushButton::clicked, this, &LifecycleActionsDialog::printSuspensionList);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void LifecycleActionsDialog::setMonth(const QDate &month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1)); // reloads
}

void LifecycleActionsDialog::reload()
{
    QString error;
    m_all = LifecycleProposals(m_db, m_service).compute(m_month->date(), m_today, m_node, &error);
    const QString kind = m_kind->currentData().toString();
    m_shown.clear();
    for (const LifecycleProposal &p : std::as_const(m_all)) {
        if (kind.isEmpty() || BenefitLifecycle::key(p.event.kind) == kind)
            m_shown << p;
    }
    // The community's name where the tree has it (its code stays in the tooltip).
    const QHash<QString, QString> names = JurisdictionRepository(m_db).names();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const LifecycleProposal &p = m_shown.at(row);
        const LifecycleEvent &e = p.event;
        QString when;
        if (e.kind == LifecycleKind::Suspended)
            when = tr("from %1, list by %2").arg(monthText(e.effectiveMonth), isoDate(e.deadline));
        else if (e.kind == LifecycleKind::Resumed)
            when = tr("from %1").arg(monthText(e.effectiveMonth));
        const QStringList cells{BenefitLifecycle::displayName(e.kind),
                                p.name,
                                IdNumber::mask(p.idNumber),
                                names.value(p.communityCode, p.communityCode),
                                e.reason,
                                when,
                                e.kind == LifecycleKind::Resumed ? Money(e.amountFen).toYuanString()
                                                                 : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(
                c == 3 ? tr("%1 (%2)", "node name (code)").arg(cells.at(c), p.communityCode)
                       : cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    ColumnFit::fit(m_table); // the masked ID and 'from 2027-01, list by …' were cut
    m_summary->setText(error.isEmpty()
                           ? tr("%1 steps due (%2 shown)").arg(m_all.size()).arg(m_shown.size())
                           : tr("The steps could not be worked out: %1").arg(error));
    m_confirmSelected->setEnabled(!m_shown.isEmpty());
    m_confirmAll->setEnabled(!m_shown.isEmpty());
}

bool LifecycleActionsDialog::confirmSelected()
{
    QList<LifecycleProposal> chosen;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        chosen << m_shown.value(index.row());
    if (chosen.isEmpty()) {
        m_lastError = tr("Select the steps to confirm.");
        showMessage(this, QMessageBox::Information, m_lastError);
        return false;
    }
    return ask(chosen);
}

bool LifecycleActionsDialog::confirmAllShown()
{
    if (m_shown.isEmpty()) {
        m_lastError = tr("No steps are shown to confirm.");
        showMessage(this, QMessageBox::Information, m_lastError);
        return false;
    }
    return ask(m_shown);
}

// One line per kind of step: "暂停发放：30 人".
QStringList LifecycleActionsDialog::kindLines(const QList<LifecycleProposal> &proposals) const
{
    QStringList lines;
    for (const auto &[kind, people] : LifecycleProposals::countByKind(proposals)) {
        if (kind != LifecycleKind::Resumed) {
            lines
                << tr("%1: %n person(s)", nullptr, people).arg(BenefitLifecycle::displayName(kind));
            continue;
        }
        qint64 backPay = 0;
        for (const LifecycleProposal &p : proposals)
            backPay += p.event.kind == kind ? p.event.amountFen : 0;
        lines << tr("%1: %n person(s), back pay %2 yuan in total", nullptr, people)
                     .arg(BenefitLifecycle::displayName(kind), Money(backPay).toYuanString());
    }
    return lines;
}

// A slip must not record dozens of payment steps: say what will happen to how
// many people and ask first (issue 17).
bool LifecycleActionsDialog::ask(const QList<LifecycleProposal> &proposals)
{
    if (m_question)
        return false; // one question at a time
    const QString text =
        tr("Record these payment steps for %n person(s)?\n\n%1\n\nEach step is recorded under "
           "your name and written to the audit trail; a recorded step cannot be deleted, only "
           "followed by another step.",
           nullptr, int(proposals.size()))
            .arg(kindLines(proposals).join(QLatin1Char('\n')));
    auto *box =
        new QMessageBox(QMessageBox::Question, windowTitle(), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmStepsQuestion"));
    QPushButton *yes = box->addButton(tr("&Record %n step(s)", nullptr, int(proposals.size())),
                                      QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, proposals] {
        m_question = nullptr; // the box deletes itself later
        if (box->clickedButton() == yes)
            confirm(proposals);
    });
    m_question = box;
    box->open();
    return true;
}

bool LifecycleActionsDialog::confirm(const QList<LifecycleProposal> &proposals)
{
    if (!LifecycleProposals(m_db, m_service).confirm(proposals, m_actor, &m_lastError)) {
        // All or nothing (docs/decisions.md, "The benefit lifecycle is events too"):
        // the refused step is named with its reason.
        m_lastResult = tr("Nothing was recorded: %1\n\nThe steps are recorded all or nothing. "
                          "Leave the refused step out (select the other rows) or settle it "
                          "first, then confirm again.")
                           .arg(m_lastError);
        showMessage(this, QMessageBox::Warning, m_lastResult);
        return false;
    }
    m_lastError.clear();
    m_lastResult = tr("%n payment step(s) recorded and written to the audit trail:\n%1", nullptr,
                      int(proposals.size()))
                       .arg(kindLines(proposals).join(QLatin1Char('\n')));
    reload();
    emit changed();
    showMessage(this, QMessageBox::Information, m_lastResult);
    return true;
}

QString LifecycleActionsDialog::suspensionListHtml() const
{
    return LifecycleDocuments::suspensionListHtml(
        m_all, m_month->date(),
        BenefitLifecycle::suspensionDeadline(m_service.profile(), m_month->date()), m_nodeName);
}

void LifecycleActionsDialog::exportSuspensionList()
{
    const QString path = DocumentPrinting::askSavePath(
        this, tr("Export suspension list"),
        tr("suspension-list-%1.csv").arg(monthText(m_month->date())), tr("CSV files (*.csv)"));
    if (path.isEmpty() ||
        !DocumentPrinting::allowAndLog(
            this, m_session, m_audit, Action::Export, AuditAction::Export,
            QStringLiteral("suspension list %1").arg(monthText(m_month->date())), path))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(LifecycleDocuments::suspensionListCsv(m_all)) < 0 || !file.commit())
        showMessage(this, QMessageBox::Warning,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    else
        DocumentPrinting::showExported(this, tr("Export suspension list"), path);
}

void LifecycleActionsDialog::printSuspensionList()
{
    if (DocumentPrinting::allowAndLog(
            this, m_session, m_audit, Action::Print, AuditAction::Print,
            QStringLiteral("suspension list %1").arg(monthText(m_month->date())), QString()))
        DocumentPrinting::previewHtml(this, tr("Suspension list"), suspensionListHtml(),
                                      QStringLiteral("suspension-list"));
}

} // namespace certdesk
