#include "record/paperregisterdialog.h"

#include "domain/idnumber.h"
#include "evidence/evidencestore.h"
#include "store/recipientrepository.h"
#include "verification/verificationservice.h"
#include "window/screenfit.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace certdesk
{

PaperRegisterDialog::PaperRegisterDialog(const VerificationService &service,
                                         const RecipientRepository &people, EvidenceStore &evidence,
                                         const QString &worker, const QDate &today, QWidget *parent)
    : QDialog(parent), m_service(service), m_people(people), m_evidence(evidence), m_worker(worker),
      m_today(today)
{
    setWindowTitle(tr("Paper register entry"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(
        tr("Type one check per row from the paper register. Enter or Tab moves to the next "
           "cell; a new row appears at the end. Method and result may be typed as a key "
           "(home-visit, alive) or by name."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("register"));
    m_table->setHorizontalHeaderLabels({tr("ID number"), tr("Date (YYYY-MM-DD)"), tr("Method"),
                                        tr("Result"), tr("Note"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true); // problems can be long sentences
    m_table->setColumnWidth(IdColumn, 180);
    m_table->setColumnWidth(DateColumn, 130);
    m_table->setColumnWidth(MethodColumn, 110);
    m_table->setColumnWidth(ResultColumn, 80);
    m_table->setColumnWidth(NoteColumn, 140);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto *photoRow = new QHBoxLayout;
    auto *addPhoto = new QPushButton(tr("Add register photo…"), this);
    addPhoto->setObjectName(QStringLiteral("addPhoto"));
    m_photoLabel = new QLabel(
        tr("(required: a photo of this register page, kept as the evidence of every row)"), this);
    m_photoLabel->setObjectName(QStringLiteral("photo"));
    m_photoLabel->setWordWrap(true);
    photoRow->addWidget(addPhoto);
    photoRow->addWidget(m_photoLabel, 1);
    layout->addLayout(photoRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save all"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveAll"));
    layout->addWidget(buttons);

    connect(addPhoto, &QPushButton::clicked, this, &PaperRegisterDialog::chooseRegisterPhoto);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperRegisterDialog::saveAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_confirmEighteen = [this](const QString &typed, const QString &eighteen) {
        return QMessageBox::question(
                   this, tr("15-digit ID number"),
                   tr("%1 is a first-generation 15-digit ID number. Use its 18-digit form %2?")
                       .arg(typed, eighteen)) == QMessageBox::Yes;
    };
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() == ProblemColumn)
            return;
        if (item->column() == IdColumn)
            takeCanonicalId(item);
        validateRow(item->row());
        if (!rowIsEmpty(m_table->rowCount() - 1))
            addEmptyRow();
        validateAll();
    });
    addEmptyRow();
    validateAll();
    ScreenFit::resize(this, {1000, 460});
}

void PaperRegisterDialog::takeCanonicalId(QTableWidgetItem *item)
{
    // What was typed or pasted is read by the one normaliser; a valid number is
    // shown (and saved) canonical, a 15-digit one becomes its 18-digit form once
    // the user confirms it (GB 11643).
    const IdNumber number = IdNumber::parse(item->text(), m_today);
    QString canonical = number.isValid() ? number.canonical() : QString();
    if (number.error() == IdNumber::Error::FirstGeneration &&
        m_confirmEighteen(item->text().trimmed(), number.eighteenDigitForm()))
        canonical = number.eighteenDigitForm();
    if (canonical.isEmpty() || canonical == item->text())
        return;
    m_updating = true;
    item->setText(canonical);
    m_updating = false;
}

void PaperRegisterDialog::addEmptyRow()
{
    const bool was = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem;
        if (c == ProblemColumn) {
            item->setFlags(Qt::NoItemFlags); // Tab skips it
            item->setForeground(QColor(0xc0, 0, 0));
        }
        m_table->setItem(row, c, item);
    }
    m_updating = was;
}

QString PaperRegisterDialog::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool PaperRegisterDialog::rowIsEmpty(int row) const
{
    for (int c = 0; c < ProblemColumn; ++c) {
        if (!text(row, c).isEmpty())
            return false;
    }
    return true;
}

std::optional<VerificationMethod> PaperRegisterDialog::parseMethod(const QString &text)
{
    for (VerificationMethod m : VerificationTerms::certifyingMethods()) {
        if (text.compare(VerificationTerms::key(m), Qt::CaseInsensitive) == 0 ||
            text == VerificationTerms::displayName(m))
            return m;
    }
    return std::nullopt;
}

std::optional<LivingStatus> PaperRegisterDialog::parseStatus(const QString &text)
{
    for (LivingStatus s : VerificationTerms::statuses()) {
        if (text.compare(VerificationTerms::key(s), Qt::CaseInsensitive) == 0 ||
            text == VerificationTerms::displayName(s))
            return s;
    }
    return std::nullopt;
}

std::optional<VerificationEvent> PaperRegisterDialog::eventFor(int row, QString *problem) const
{
    auto fail = [problem](const QString &message) {
        *problem = message;
        return std::optional<VerificationEvent>();
    };
    const IdNumber number = IdNumber::parse(text(row, IdColumn), m_today);
    if (!number.isValid())
        return fail(tr("ID number: %1").arg(number.reasonText()));
    const auto id = m_people.idForNumber(number.canonical());
    if (!id)
        return fail(
            tr("No person with ID number %1 in this office's roster.").arg(number.masked()));
    const auto person = m_people.detail(*id);
    if (!person)
        return fail(
            tr("No person with ID number %1 in this office's roster.").arg(number.masked()));
    if (!m_service.session().covers(person->recipient))
        return fail(m_service.session().outsideScope());
    VerificationEvent e;
    e.recipientId = *id;
    e.checkDate = QDate::fromString(text(row, DateColumn), QStringLiteral("yyyy-MM-dd"));
    if (!e.checkDate.isValid())
        return fail(
            tr("Date '%1' is not a date in the form YYYY-MM-DD.").arg(text(row, DateColumn)));
    const auto method = parseMethod(text(row, MethodColumn));
    if (!method)
        return fail(tr("Unknown method '%1'.").arg(text(row, MethodColumn)));
    const auto status = parseStatus(text(row, ResultColumn));
    if (!status)
        return fail(tr("Unknown result '%1'.").arg(text(row, ResultColumn)));
    e.method = *method;
    e.status = *status;
    e.worker = m_worker;
    e.note = text(row, NoteColumn);
    if (m_photo)
        e.evidence.append({*m_photo, EvidenceKind::SignInSheet});
    const QString rule = m_service.check(e, person->recipient);
    if (!rule.isEmpty())
        return fail(tr("%1: %2").arg(person->recipient.name, rule));
    return e;
}

void PaperRegisterDialog::validateRow(int row)
{
    QString problem;
    if (!rowIsEmpty(row))
        eventFor(row, &problem);
    const bool was = m_updating;
    m_updating = true;
    m_table->item(row, ProblemColumn)->setText(problem);
    m_table->item(row, ProblemColumn)->setToolTip(problem);
    m_table->resizeRowToContents(row);
    m_updating = was;
}

void PaperRegisterDialog::validateAll()
{
    int filled = 0;
    bool ok = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        validateRow(r);
        if (rowIsEmpty(r))
            continue;
        ++filled;
        ok = ok && problem(r).isEmpty();
    }
    m_save->setEnabled(ok && filled > 0 && m_photo.has_value());
}

QString PaperRegisterDialog::problem(int row) const
{
    return text(row, ProblemColumn);
}

QString PaperRegisterDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PaperRegisterDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool PaperRegisterDialog::setRegisterPhoto(const QString &path)
{
    QString error;
    const auto item = m_evidence.intakeFile(path, &error);
    if (!item) {
        showError(error);
        return false;
    }
    m_photo = item;
    m_photoLabel->setText(item->originalName);
    showError(QString());
    validateAll();
    return true;
}

void PaperRegisterDialog::chooseRegisterPhoto()
{
    QStringList patterns;
    for (const QString &f : EvidenceStore::acceptedFormats())
        patterns << QStringLiteral("*.%1").arg(f);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Photo of the register page"), QString(),
                                     tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setRegisterPhoto(path);
}

void PaperRegisterDialog::moveToNextCell()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    int row = current.row();
    int column = current.column() + 1;
    if (column >= ProblemColumn) {
        column = IdColumn;
        ++row;
    }
    if (row >= m_table->rowCount())
        addEmptyRow();
    m_table->setCurrentCell(row, column); // opens the editor (CurrentChanged trigger)
}

bool PaperRegisterDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Enter moves on as Tab does. From an open editor the key arrives here
        // after the delegate has queued its commit, so move after that.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            QTimer::singleShot(0, this, &PaperRegisterDialog::moveToNextCell);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// All rows are saved in one transaction (VerificationService::recordMany): if
// any row is refused, nothing is saved and the message names the person.
void PaperRegisterDialog::saveAll()
{
    validateAll();
    if (!m_save->isEnabled())
        return;
    QList<VerificationEvent> events;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QString problem;
        if (rowIsEmpty(r))
            continue;
        const auto e = eventFor(r, &problem);
        if (!e)
            return showError(problem);
        events << *e;
    }
    QString error;
    if (!m_service.recordMany(events, &error))
        return showError(tr("Nothing was saved: %1").arg(error));
    m_saved << events;
    accept();
}

} // namespace certdesk
