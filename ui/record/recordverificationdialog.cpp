#include "record/recordverificationdialog.h"

#include "domain/idnumber.h"
#include "evidence/evidencestore.h"
#include "record/evidencestrip.h"
#include "verification/contactchanges.h"
#include "verification/verificationservice.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
const QString kErrorStyle = QStringLiteral("color: #b02020;");
const QString kLastMethodKey = QStringLiteral("record/method");

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(kErrorStyle);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
} // namespace

namespace
{
// An optional date left empty: the editor's minimum, shown as "not known".
const QDate kNotKnown(1900, 1, 1);
} // namespace

RecordVerificationDialog::RecordVerificationDialog(const RecipientDetail &person,
                                                   const VerificationService &service,
                                                   EvidenceStore &evidence, const QString &worker,
                                                   const QDate &today, QWidget *parent)
    : QDialog(parent), m_person(person), m_service(service), m_evidence(evidence), m_worker(worker),
      m_today(today)
{
    setObjectName(QStringLiteral("recordVerificationDialog"));
    const Recipient &r = m_person.recipient;
    setWindowTitle(tr("Record verification — %1").arg(r.name));
    setAcceptDrops(true);

    auto *name = new QLabel(r.name, this);
    name->setObjectName(QStringLiteral("personName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    name->setFont(big);
    const QString where = tr("%1 / %2").arg(m_person.streetName, m_person.communityName);
    const QDate last = r.periodFacts().lastCertification; // on file or recorded here, the later
    auto *facts = new QLabel(
        last.isValid() ? tr("ID %1 · %2 · last certified %3")
                             .arg(IdNumber::mask(r.idNumber), where, last.toString(Qt::ISODate))
                       : tr("ID %1 · %2 · never certified").arg(IdNumber::mask(r.idNumber), where),
        this);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error = errorLabel(QStringLiteral("saveError"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the check (Ctrl+Enter)"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Close without saving (Esc)"));
    // Enter in a field must not save a half-filled check: only Ctrl+Enter or a click does.
    for (QPushButton *b : {m_save, cancel})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);

    auto *sections = new QHBoxLayout;
    sections->addWidget(createCheckSection(), 3);
    sections->addWidget(createContactSection(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(facts);
    layout->addLayout(sections);
    layout->addWidget(createEvidenceSection(), 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &RecordVerificationDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &RecordVerificationDialog::save);
    // Ctrl+V outside a text field takes an image; inside one, eventFilter decides.
    connect(new QShortcut(QKeySequence::Paste, this), &QShortcut::activated, this, [this] {
        if (!pasteEvidence())
            showRefusals({tr("The clipboard holds no image or image file.")});
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_deathSource, m_lossReason, m_note, m_phone,
                                                       m_household, m_residence})
        w->installEventFilter(this);

    updateStatusFields();
    updatePhoneHint();
    connectRecheck();
    // Wide enough for a full Chinese address and the check column's placeholders.
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 110, 0)));
    m_method->setFocus();
    m_cleanState = formState();
}

QString RecordVerificationDialog::formState() const
{
    QStringList state{m_method->currentData().toString(),
                      m_date->date().toString(Qt::ISODate),
                      m_time->time().toString(Qt::ISODate),
                      m_status->currentData().toString(),
                      m_deathDate->date().toString(Qt::ISODate),
                      m_deathSource->text(),
                      m_lossReason->text(),
                      m_lossDate->date().toString(Qt::ISODate),
                      m_releaseDate->date().toString(Qt::ISODate),
                      m_note->toPlainText(),
                      m_phone->text(),
                      m_household->text(),
                      m_residence->text(),
                      m_residenceType->currentData().toString()};
    for (const EvidenceLink &link : m_strip->links())
        state << link.item.sha256 + VerificationTerms::key(link.kind);
    return state.join(QChar(0x1f));
}

bool RecordVerificationDialog::isDirty() const
{
    return formState() != m_cleanState;
}

void RecordVerificationDialog::reject()
{
    if (isDirty()) {
        QMessageBox box(QMessageBox::Question, tr("Discard the form?"),
                        tr("Discard what you entered for %1?").arg(m_person.recipient.name),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardConfirmation"));
        box.setInformativeText(tr("Nothing of it has been saved yet."));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

bool RecordVerificationDialog::confirmClearing(const QStringList &cleared)
{
    QMessageBox box(QMessageBox::Warning, tr("Empty contact data?"),
                    tr("Saving this check empties these contact fields of %1:\n%2")
                        .arg(m_person.recipient.name, cleared.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("clearConfirmation"));
    box.setInformativeText(
        tr("Empty them only if the person no longer has them. To keep them, go back and undo "
           "in the field (Ctrl+Z)."));
    QPushButton *empty = box.addButton(tr("&Empty and save"), QMessageBox::DestructiveRole);
    QPushButton *back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == empty;
}

void RecordVerificationDialog::connectRecheck()
{
    // Once a rule has been shown, it follows the fields: it changes or goes away as
    // soon as the user fixes what it named, instead of lingering until the next Save.
    const auto recheck = [this] {
        if (!m_error->isHidden())
            showError(m_service.check(draftEvent(), m_person.recipient));
    };
    connect(m_strip, &EvidenceStrip::changed, this, recheck);
    for (QComboBox *c : {m_method, m_status, m_residenceType})
        connect(c, &QComboBox::currentIndexChanged, this, recheck);
    for (QDateEdit *d : {m_date, m_deathDate, m_lossDate, m_releaseDate})
        connect(d, &QDateEdit::dateChanged, this, recheck);
    for (QLineEdit *e : {m_deathSource, m_lossReason, m_phone, m_household, m_residence})
        connect(e, &QLineEdit::textChanged, this, recheck);
}

QWidget *RecordVerificationDialog::createCheckSection()
{
    auto *box = new QGroupBox(tr("Check"), this);
    m_checkForm = new QFormLayout(box);
    m_checkForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("method"));
    for (VerificationMethod m : VerificationTerms::certifyingMethods())
        m_method->addItem(VerificationTerms::displayName(m), int(m));
    // Staff tend to work in runs of one kind (a morning of home visits): start with the last one
    // used.
    const auto last =
        VerificationTerms::methodFromKey(QSettings().value(kLastMethodKey).toString());
    if (last)
        m_method->setCurrentIndex(m_method->findData(int(*last)));

    m_date = new QDateEdit(m_today, box);
    m_date->setObjectName(QStringLiteral("checkDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(m_today);
    if (m_person.recipient.birth.isValid())
        m_date->setMinimumDate(m_person.recipient.birth);
    m_time = new QTimeEdit(QTime::currentTime(), box);
    m_time->setObjectName(QStringLiteral("checkTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    // One field for both, so the row's label has a buddy (and its Alt+D works).
    auto *when = new QWidget(box);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date, 1);
    whenLayout->addWidget(m_time);
    when->setFocusProxy(m_date);

    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("livingStatus"));
    for (LivingStatus s : VerificationTerms::statuses())
        m_status->addItem(VerificationTerms::displayName(s), int(s));

    m_deathDate = new QDateEdit(m_today, box);
    m_deathDate->setObjectName(QStringLiteral("deathDate"));
    m_deathDate->setCalendarPopup(true);
    m_deathDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deathDate->setMaximumDate(m_today);
    if (m_person.recipient.birth.isValid())
        m_deathDate->setMinimumDate(m_person.recipient.birth);
    m_deathSource = lineEdit(QStringLiteral("deathSource"), box);
    m_deathSource->setPlaceholderText(tr("e.g. death certificate, hospital, relative"));
    m_lossReason = lineEdit(QStringLiteral("lossReason"), box);
    m_lossReason->setPlaceholderText(tr("Why the person no longer qualifies"));
    // UR 七(六)2: the time of the loss (date of imprisonment, missing since) and,
    // when a person comes back from prison, the date of release. Optional: the
    // earliest date reads "not known".
    for (QDateEdit **edit : {&m_lossDate, &m_releaseDate}) {
        *edit = new QDateEdit(box);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        (*edit)->setMinimumDate(kNotKnown);
        (*edit)->setSpecialValueText(tr("not known"));
        (*edit)->setMaximumDate(m_today);
        (*edit)->setDate(kNotKnown);
    }
    m_lossDate->setObjectName(QStringLiteral("lossDate"));
    m_releaseDate->setObjectName(QStringLiteral("releaseDate"));

    auto *worker = new QLabel(m_worker, box);
    worker->setObjectName(QStringLiteral("worker"));
    m_note = new QPlainTextEdit(box);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was seen or said, who was present"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    m_checkForm->addRow(tr("&Method"), m_method);
    m_checkForm->addRow(tr("&Date and time"), when);
    m_checkForm->addRow(tr("&Result"), m_status);
    m_checkForm->addRow(tr("Date of d&eath"), m_deathDate);
    // Source and reason share Alt+O: they are never shown together.
    m_checkForm->addRow(tr("S&ource"), m_deathSource);
    m_checkForm->addRow(tr("Reas&on"), m_lossReason);
    m_checkForm->addRow(tr("Date of the &loss"), m_lossDate);
    m_checkForm->addRow(tr("Date of re&lease"), m_releaseDate);
    m_checkForm->addRow(tr("Worker"), worker);
    m_checkForm->addRow(tr("&Note"), m_note);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            &RecordVerificationDialog::updateStatusFields);
    // A death cannot come after the check that found it.
    connect(m_date, &QDateEdit::dateChanged, this,
            [this](const QDate &d) { m_deathDate->setMaximumDate(d); });
    return box;
}

QWidget *RecordVerificationDialog::createContactSection()
{
    const Recipient &r = m_person.recipient;
    auto *box = new QGroupBox(tr("Contact data"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_phone = lineEdit(QStringLiteral("phone"), box);
    m_phone->setText(r.phone);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneHint = errorLabel(QStringLiteral("phoneHint"), box);
    // Edit and hint share one field so a hidden hint takes no room.
    auto *phoneField = new QWidget(box);
    auto *phoneLayout = new QVBoxLayout(phoneField);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    phoneLayout->setSpacing(2);
    phoneLayout->addWidget(m_phone);
    phoneLayout->addWidget(m_phoneHint);

    m_household = lineEdit(QStringLiteral("householdAddress"), box);
    m_household->setText(r.householdAddress);
    m_residence = lineEdit(QStringLiteral("residenceAddress"), box);
    m_residence->setText(r.residenceAddress);
    m_residenceType = new QComboBox(box);
    m_residenceType->setObjectName(QStringLiteral("residenceType"));
    m_residenceType->addItem(tr("Local"), QStringLiteral("local"));
    m_residenceType->addItem(tr("Elsewhere in China"), QStringLiteral("domestic"));
    m_residenceType->addItem(tr("Abroad"), QStringLiteral("abroad"));
    m_residenceType->setCurrentIndex(qMax(0, m_residenceType->findData(r.residenceType)));
    for (QLineEdit *e : {m_phone, m_household, m_residence})
        e->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 32);

    auto *hint = new QLabel(tr("Correct what was found wrong; only changed fields are saved with "
                               "the check."),
                            box);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    form->addRow(tr("&Phone"), phoneField);
    form->addRow(tr("&Household address"), m_household);
    form->addRow(tr("Res&idence address"), m_residence);
    form->addRow(tr("Residen&ce"), m_residenceType);
    form->addRow(hint);

    connect(m_phone, &QLineEdit::textChanged, this, &RecordVerificationDialog::updatePhoneHint);
    return box;
}

QWidget *RecordVerificationDialog::createEvidenceSection()
{
    auto *box = new QGroupBox(tr("Evidence"), this);
    m_strip = new EvidenceStrip(m_evidence, box);
    m_refusals = errorLabel(QStringLiteral("evidenceRefusals"), box);

    auto *add = new QPushButton(tr("&Add photos…"), box);
    add->setObjectName(QStringLiteral("addPhotos"));
    add->setAutoDefault(false);
    auto *paste = new QPushButton(tr("Paste ima&ge"), box);
    paste->setObjectName(QStringLiteral("pasteImage"));
    paste->setAutoDefault(false);
    paste->setToolTip(tr("Add the image (or image files) on the clipboard (Ctrl+V)"));
    auto *rule = new QLabel(tr("A person found alive needs at least one photo; a proxy check needs "
                               "the power of attorney."),
                            box);
    rule->setWordWrap(true);
    rule->setEnabled(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(paste);
    actions->addWidget(rule, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_strip, 1);
    layout->addLayout(actions);
    layout->addWidget(m_refusals);

    connect(add, &QPushButton::clicked, this, &RecordVerificationDialog::chooseEvidenceFiles);
    connect(paste, &QPushButton::clicked, this, [this] {
        if (!pasteEvidence())
            showRefusals({tr("The clipboard holds no image or image file.")});
    });
    return box;
}

void RecordVerificationDialog::updateStatusFields()
{
    const auto status = LivingStatus(m_status->currentData().toInt());
    const bool deceased = status == LivingStatus::Deceased;
    m_checkForm->setRowVisible(m_deathDate, deceased);
    m_checkForm->setRowVisible(m_deathSource, deceased);
    m_checkForm->setRowVisible(m_lossReason, status == LivingStatus::OtherLoss);
    m_checkForm->setRowVisible(m_lossDate, status == LivingStatus::Imprisoned ||
                                               status == LivingStatus::Missing ||
                                               status == LivingStatus::OtherLoss);
    m_checkForm->setRowVisible(m_releaseDate,
                               status == LivingStatus::Alive &&
                                   m_person.recipient.livingStatus == QLatin1String("imprisoned"));
}

void RecordVerificationDialog::updatePhoneHint()
{
    const QString problem = VerificationService::phoneProblem(m_phone->text().trimmed());
    m_phoneHint->setText(problem);
    m_phoneHint->setVisible(!problem.isEmpty());
}

VerificationEvent RecordVerificationDialog::draftEvent() const
{
    const Recipient &r = m_person.recipient;
    VerificationEvent e;
    e.recipientId = r.id;
    e.checkDate = m_date->date();
    e.occurredAt = QDateTime(e.checkDate, m_time->time()).toUTC();
    e.method = VerificationMethod(m_method->currentData().toInt());
    e.status = LivingStatus(m_status->currentData().toInt());
    if (e.status == LivingStatus::Deceased) {
        e.deathDate = m_deathDate->date();
        e.deathSource = m_deathSource->text().trimmed();
    } else if (e.status == LivingStatus::OtherLoss) {
        e.lossReason = m_lossReason->text().trimmed();
    }
    if (m_checkForm->isRowVisible(m_lossDate) && m_lossDate->date() != kNotKnown)
        e.lossDate = m_lossDate->date();
    if (m_checkForm->isRowVisible(m_releaseDate) && m_releaseDate->date() != kNotKnown)
        e.releaseDate = m_releaseDate->date();
    e.worker = m_worker;
    e.note = m_note->toPlainText().trimmed();

    auto changed = [](const QLineEdit *edit, const QString &current) -> std::optional<QString> {
        // An emptied field is '' (a null string would be stored as "unchanged").
        const QString text = edit->text().trimmed();
        if (text == current.trimmed())
            return std::nullopt;
        return text.isEmpty() ? QStringLiteral("") : text;
    };
    e.contact.phone = changed(m_phone, r.phone);
    e.contact.householdAddress = changed(m_household, r.householdAddress);
    e.contact.residenceAddress = changed(m_residence, r.residenceAddress);
    const QString type = m_residenceType->currentData().toString();
    const QString currentType =
        r.residenceType.isEmpty() ? QStringLiteral("local") : r.residenceType;
    if (type != currentType)
        e.contact.residenceType = type;
    e.evidence = m_strip->links();
    e.corrects = m_corrects;
    return e;
}

void RecordVerificationDialog::correct(const VerificationEvent &earlier)
{
    m_corrects = earlier.uuid;
    setWindowTitle(tr("Correct the check of %1 (%2)")
                       .arg(m_person.recipient.name, earlier.checkDate.toString(Qt::ISODate)));
    m_method->setCurrentIndex(m_method->findData(int(earlier.method)));
    m_status->setCurrentIndex(m_status->findData(int(earlier.status)));
    m_date->setDate(earlier.checkDate);
    if (earlier.occurredAt.isValid())
        m_time->setTime(earlier.occurredAt.toLocalTime().time());
    if (earlier.deathDate.isValid())
        m_deathDate->setDate(earlier.deathDate);
    m_deathSource->setText(earlier.deathSource);
    m_lossReason->setText(earlier.lossReason);
    m_lossDate->setDate(earlier.lossDate.isValid() ? earlier.lossDate : kNotKnown);
    m_releaseDate->setDate(earlier.releaseDate.isValid() ? earlier.releaseDate : kNotKnown);
    m_note->setPlainText(earlier.note);
    for (const EvidenceLink &link : earlier.evidence)
        m_strip->addLink(link);
    m_cleanState = formState(); // the earlier check as it stands is not a change
}

void RecordVerificationDialog::save()
{
    VerificationEvent e = draftEvent();
    const QString problem = m_service.check(e, m_person.recipient);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    // Issue 17: a known phone or address emptied by a slip (the clear button) is
    // not saved without a word; the user sees what goes and may go back.
    ContactUpdate contact = e.contact;
    ContactChanges::rememberPrevious(contact, m_person.recipient);
    const QStringList cleared = ContactChanges::clearings(contact);
    if (!cleared.isEmpty() && !confirmClearing(cleared))
        return;
    QString error;
    if (!m_service.record(e, &error)) {
        showError(error.isEmpty() ? tr("The check could not be saved.") : error);
        return;
    }
    m_saved = e;
    QSettings().setValue(kLastMethodKey, VerificationTerms::key(e.method));
    accept();
}

void RecordVerificationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RecordVerificationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int RecordVerificationDialog::addEvidenceFiles(const QStringList &paths)
{
    const int before = m_strip->count();
    showRefusals(m_strip->addFiles(paths));
    return m_strip->count() - before;
}

void RecordVerificationDialog::chooseEvidenceFiles()
{
    QSettings settings;
    const QString folderKey = QStringLiteral("record/evidenceFolder");
    QStringList patterns;
    for (const QString &format : EvidenceStore::acceptedFormats()) {
        patterns << QStringLiteral("*.%1").arg(format);
        if (format == QLatin1String("jpeg"))
            patterns << QStringLiteral("*.jpg");
    }
    const QString filter = tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add photos"), settings.value(folderKey).toString(),
                                      tr("%1;;All files (*)").arg(filter));
    if (files.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(files.first()).absolutePath());
    addEvidenceFiles(files);
}

void RecordVerificationDialog::showRefusals(const QStringList &refusals)
{
    if (refusals.isEmpty()) {
        m_refusals->clear();
        m_refusals->hide();
        return;
    }
    m_refusals->setText(tr("Not added:\n%1").arg(refusals.join(QLatin1Char('\n'))));
    m_refusals->show();
}

bool RecordVerificationDialog::hasEvidence(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool RecordVerificationDialog::takeMimeData(const QMimeData *mime)
{
    if (!hasEvidence(mime))
        return false;
    // File URLs first: a file manager's copy may carry an icon as image data too.
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        addEvidenceFiles(files);
        return true;
    }
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QString error;
    const QString name =
        QStringLiteral("clipboard-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (image.isNull() || !m_strip->addImage(image, name, &error))
        showRefusals(
            {error.isEmpty() ? tr("%1: the pasted image could not be read").arg(name) : error});
    else
        showRefusals({});
    return true;
}

bool RecordVerificationDialog::pasteEvidence()
{
    return takeMimeData(QApplication::clipboard()->mimeData());
}

void RecordVerificationDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasEvidence(event->mimeData()))
        event->acceptProposedAction();
}

void RecordVerificationDialog::dropEvent(QDropEvent *event)
{
    if (takeMimeData(event->mimeData()))
        event->acceptProposedAction();
}

bool RecordVerificationDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+V in a text field pastes text, unless the clipboard holds a picture.
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste) &&
        hasEvidence(QApplication::clipboard()->mimeData())) {
        pasteEvidence();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace certdesk
