#include "sync/conflictsdialog.h"

#include "domain/idnumber.h"
#include "window/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
enum Column {
    PersonColumn,
    IdColumn,
    TypeColumn,
    FieldColumn,
    EarlierColumn,
    NewerColumn,
    StateColumn,
    ColumnCount
};

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}
} // namespace

ConflictsDialog::ConflictsDialog(const Database &db, const Session &session,
                                 const AuditTrail *audit, QWidget *parent)
    : QDialog(parent), m_repository(db, session, audit), m_session(session),
      m_table(new QTableWidget(this)),
      m_showResolved(new QCheckBox(tr("Show &resolved conflicts"), this)),
      m_decisionGroup(new QGroupBox(tr("Decision"), this)), m_selected(new QLabel(this)),
      m_decision(new QComboBox(this)), m_valueLabel(new QLabel(this)), m_value(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_note(new QLineEdit(this)),
      m_record(new QPushButton(tr("Record &decision"), this)), m_message(new QLabel(this))
{
    // Names and values come from other desks: plain text, never markup.
    m_selected->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("ID number"), tr("Conflict"), tr("Field"),
                                        tr("Earlier value"), tr("Newer value"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_showResolved->setObjectName(QStringLiteral("showResolved"));

    auto *intro = new QLabel(
        tr("The server keeps both records of a conflict. Until a supervisor decides, the "
           "newer value is the one in effect. A decision is sent at the next sync."),
        this);
    intro->setWordWrap(true);

    m_decision->setObjectName(QStringLiteral("decisionBox"));
    m_value->setObjectName(QStringLiteral("valueBox"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("How it was verified, e.g. phoned the family"));
    m_record->setObjectName(QStringLiteral("recordDecision"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_selected->setWordWrap(true);
    auto *valueRow = new QHBoxLayout;
    valueRow->setContentsMargins(0, 0, 0, 0);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_date, 1);
    auto *form = new QFormLayout(m_decisionGroup);
    form->addRow(m_selected);
    form->addRow(tr("D&ecision:"), m_decision);
    form->addRow(m_valueLabel, valueRow);
    form->addRow(tr("&Note:"), m_note);
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_record);
    recordRow->addStretch(1);
    form->addRow(QString(), recordRow);
    m_valueLabel->setBuddy(m_value);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_showResolved);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_decisionGroup);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showCurrent);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &ConflictsDialog::updateValueChoice);
    connect(m_record, &QPushButton::clicked, this, &ConflictsDialog::recordDecision);

    if (!restoreGeometry(
            QSettings().value(QStringLiteral("conflictsDialog/geometry")).toByteArray()))
        ScreenFit::resize(this, {1080, 620});
    ScreenFit::keepInside(this); // remembered on a larger screen
    reload();
}

void ConflictsDialog::done(int result)
{
    QSettings().setValue(QStringLiteral("conflictsDialog/geometry"), saveGeometry());
    QDialog::done(result);
}

void ConflictsDialog::reload()
{
    const QString selected = current() ? current()->id : QString();
    QString error;
    m_conflicts = m_repository.list(m_showResolved->isChecked(), &error);
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const SyncConflict &c = m_conflicts.at(row);
        const QString name = c.personName.isEmpty() ? tr("(not on this device)") : c.personName;
        QString state;
        if (c.state == QLatin1String("resolved")) {
            const QString decision =
                c.value.isEmpty() ? ConflictRepository::decisionName(c.decision)
                                  : tr("%1: %2").arg(ConflictRepository::decisionName(c.decision),
                                                     ConflictRepository::valueName(c, c.value));
            state =
                tr("Resolved by %1 on %2\n%3").arg(c.decidedBy, localTime(c.decidedAt), decision);
        } else if (c.decisionWaiting) {
            state = tr("Decided here, sent at the next sync");
        } else {
            state = tr("Open");
        }
        // Values: the older first; the newer is the one in effect until a decision.
        QString earlier, newer;
        if (!c.values.isEmpty()) {
            const ConflictValue &last = c.values.last();
            newer = c.state == QLatin1String("open") && c.type == QLatin1String("contact-field")
                        ? tr("%1\n%2 · in effect")
                              .arg(ConflictRepository::valueName(c, last.value), localTime(last.at))
                        : tr("%1\n%2").arg(ConflictRepository::valueName(c, last.value),
                                           localTime(last.at));
        }
        if (c.values.size() > 1)
            earlier = tr("%1\n%2").arg(ConflictRepository::valueName(c, c.values.first().value),
                                       localTime(c.values.first().at));
        const QStringList cells = {name,
                                   IdNumber::mask(c.idNumber),
                                   ConflictRepository::typeName(c.type),
                                   ConflictRepository::subjectName(c),
                                   earlier,
                                   newer,
                                   state};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            if (column == NewerColumn && c.state == QLatin1String("open") &&
                c.type == QLatin1String("contact-field")) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    // Value cells have two lines; the size hint measures them with the Latin
    // font, and Chinese text (a fallback font, taller) would then be cut off.
    const QFontMetrics fm(m_table->font());
    const int twoLines =
        2 * qMax(fm.lineSpacing(), fm.boundingRect(QStringLiteral("国")).height()) + 6;
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHeight(row, qMax(m_table->rowHeight(row), twoLines));
    if (!selectConflict(selected) && !m_conflicts.isEmpty())
        m_table->selectRow(0);
    showCurrent();
    if (!error.isEmpty())
        showMessage(error, true);
    else if (m_conflicts.isEmpty())
        showMessage(m_showResolved->isChecked()
                        ? tr("There are no conflicts in your jurisdiction.")
                        : tr("There are no open conflicts in your jurisdiction."),
                    false);
}

bool ConflictsDialog::selectConflict(const QString &id)
{
    for (int row = 0; row < m_conflicts.size(); ++row) {
        if (!id.isEmpty() && m_conflicts.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const SyncConflict *ConflictsDialog::current() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void ConflictsDialog::showCurrent()
{
    const SyncConflict *c = current();
    m_message->clear();
    const QSignalBlocker blocker(m_decision);
    m_decision->clear();
    m_note->clear();
    const bool mayDecide = m_session.allows(Action::ResolveConflict);
    if (!mayDecide) {
        m_selected->setText(m_session.refusal(Action::ResolveConflict));
    } else if (!c) {
        m_selected->setText(tr("Select a conflict to decide it."));
    } else if (c->state != QLatin1String("open")) {
        m_selected->setText(tr("This conflict is resolved."));
    } else if (c->decisionWaiting) {
        m_selected->setText(
            tr("A decision on this conflict is recorded here and is sent at the next sync."));
    } else {
        m_selected->setText(
            tr("%1 (%2): %3")
                .arg(c->personName.isEmpty() ? tr("(not on this device)") : c->personName,
                     IdNumber::mask(c->idNumber), ConflictRepository::typeName(c->type)));
        for (const QString &d : ConflictRepository::decisions(c->type))
            m_decision->addItem(ConflictRepository::decisionName(d), d);
    }
    const bool open = mayDecide && c && c->state == QLatin1String("open") && !c->decisionWaiting;
    for (QWidget *w : {static_cast<QWidget *>(m_decision), static_cast<QWidget *>(m_value),
                       static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_record)})
        w->setEnabled(open);
    updateValueChoice();
}

void ConflictsDialog::updateValueChoice()
{
    const SyncConflict *c = current();
    const QString decision = m_decision->currentData().toString();
    const bool pickValue = decision == QLatin1String("use-value");
    const bool pickDate = decision == QLatin1String("use-date");
    m_value->clear();
    if (c && pickValue) {
        // Newer first: it is the one in effect and the likelier choice.
        for (auto it = c->values.crbegin(); it != c->values.crend(); ++it)
            m_value->addItem(
                tr("%1 (%2)").arg(ConflictRepository::valueName(*c, it->value), localTime(it->at)),
                it->value);
    }
    if (c && pickDate) {
        const QDate newer =
            c->values.isEmpty() ? QDate() : QDate::fromString(c->values.last().value, Qt::ISODate);
        m_date->setMaximumDate(QDate::currentDate());
        m_date->setDate(newer.isValid() ? newer : QDate::currentDate());
    }
    m_valueLabel->setText(pickDate ? tr("Date of death &kept:") : tr("&Value kept:"));
    m_valueLabel->setBuddy(pickDate ? static_cast<QWidget *>(m_date)
                                    : static_cast<QWidget *>(m_value));
    m_value->setVisible(pickValue);
    m_date->setVisible(pickDate);
    m_valueLabel->setVisible(pickValue || pickDate);
    // The label column was sized for the previous text.
    m_decisionGroup->layout()->invalidate();
}

void ConflictsDialog::recordDecision()
{
    const SyncConflict *c = current();
    if (!c)
        return;
    const QString id = c->id;
    const QString decision = m_decision->currentData().toString();
    QString value;
    if (decision == QLatin1String("use-value"))
        value = m_value->currentData().toString();
    else if (decision == QLatin1String("use-date"))
        value = m_date->date().toString(Qt::ISODate);
    QString error;
    if (!m_repository.resolve(id, decision, value, m_note->text(), &error)) {
        showMessage(error, true);
        return;
    }
    reload();
    selectConflict(id);
    showMessage(tr("Decision recorded. It is sent to the server at the next sync."), false);
    emit decided();
}

void ConflictsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b02020;") : QString());
}

} // namespace certdesk
