#include "lists/recipientdetailpanel.h"

#include "window/screenfit.h"

#include "domain/benefitlifecycle.h"
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/ledgerband.h"
#include "domain/money.h"
#include "domain/serviceperiod.h"
#include "domain/specialgroup.h"
#include "lists/timelinepanel.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/privacy.h"
#include "security/session.h"
#include "store/recipientrepository.h"
#include "verification/verificationevent.h"
#include "workspace/workspacechanges.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}
} // namespace

RecipientDetailPanel::RecipientDetailPanel(const Database &db, const PolicyProfile &profile,
                                           const Session &session, const QDate &today,
                                           QWidget *parent)
    : QWidget(parent), m_db(db), m_profile(profile), m_today(today), m_session(session),
      m_form(new QFormLayout), m_title(new QLabel(this)), m_leftList(new QLabel(this)),
      m_reveal(new QPushButton(tr("Show full number"), this)),
      m_record(new QPushButton(tr("&Record verification…"), this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("recipientDetail"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    // Names, phones and addresses come from other desks through sync: shown as
    // plain text, never as markup (a name "<b>局长</b>" shows its brackets).
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_leftList->setObjectName(QStringLiteral("detailLeftList"));
    m_leftList->setWordWrap(true);
    m_leftList->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_leftList->hide();
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setToolTip(tr("Record a check of this person (Ctrl+R)"));
    m_record->setAutoDefault(false);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addField(QStringLiteral("idNumber"), tr("ID number"));
    m_form->addRow(QString(), m_reveal);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setAutoDefault(false);
    addField(QStringLiteral("sexAge"), tr("Sex / age"));
    addField(QStringLiteral("birth"), tr("Date of birth"));
    addField(QStringLiteral("category"), tr("Benefit"));
    addField(QStringLiteral("monthly"), tr("Monthly benefit"));
    addField(QStringLiteral("jurisdiction"), tr("Jurisdiction"));
    addField(QStringLiteral("phone"), tr("Phone"));
    addField(QStringLiteral("household"), tr("Household address"));
    addField(QStringLiteral("residence"), tr("Residence address"));
    addField(QStringLiteral("residenceType"), tr("Residence"));
    addField(QStringLiteral("lastCert"), tr("Last certified"));
    addField(QStringLiteral("livingStatus"), tr("Living status"));
    addField(QStringLiteral("benefitStatus"), tr("Payment status"));
    addField(QStringLiteral("period"), tr("Service period"));
    addField(QStringLiteral("band"), tr("Ledger band"));
    addField(QStringLiteral("conclusion"), tr("Big-data conclusion"));
    addField(QStringLiteral("detail"), tr("Description"));
    addField(QStringLiteral("source"), tr("Source"));
    addField(QStringLiteral("behaviour"), tr("Latest behaviour"));
    addField(QStringLiteral("special"), tr("Special group"));
    addField(QStringLiteral("visit"), tr("Home visit"));

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_form);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    ScreenFit::followWrappedHeight(scroll); // long addresses wrap, whole
    // Name and the record button stay in view however far the fields scroll.
    auto *header = new QHBoxLayout;
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    header->setContentsMargins(margin, margin, margin, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_record, 0, Qt::AlignTop);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    auto *note = new QHBoxLayout;
    note->setContentsMargins(margin, 0, margin, 0);
    note->addWidget(m_leftList);
    layout->addLayout(note);
    layout->addWidget(m_splitter, 1);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        QString refused;
        if (on && m_audit &&
            !Privacy::requestReveal(*m_audit, m_session, m_fullId, tr("person detail"), &refused)) {
            const QSignalBlocker block(m_reveal);
            m_reveal->setChecked(false);
            QMessageBox::warning(this, tr("Full ID number"), refused);
            return;
        }
        m_revealed = on;
        m_fields.value(QStringLiteral("idNumber"))
            ->setText(on ? m_fullId : IdNumber::mask(m_fullId));
        m_reveal->setText(on ? tr("Hide number") : tr("Show full number"));
    });
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (m_id > 0)
            emit recordRequested(m_id);
    });
    clear();
}

void RecipientDetailPanel::setTimeline(TimelinePanel *timeline)
{
    m_timeline = timeline;
    m_splitter->addWidget(timeline);
    // Proportions, not pixels: the fields need about 3/5 of the height, the
    // history the rest (both scroll; the user can move the handle).
    m_splitter->setSizes({600, 400});
    timeline->showRecipient(m_id);
}

QLabel *RecipientDetailPanel::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(key);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    m_fields.insert(key, value);
    return value;
}

QString RecipientDetailPanel::fieldText(const QString &field) const
{
    if (field == QLatin1String("title"))
        return m_title->text();
    if (field == QLatin1String("leftList"))
        return m_leftList->isVisibleTo(this) ? m_leftList->text() : QString();
    const QLabel *l = m_fields.value(field);
    return l ? l->text() : QString();
}

void RecipientDetailPanel::noteLeftList(qint64 id, const QString &listName)
{
    if (id != m_id || id <= 0)
        return;
    m_leftList->setText(
        tr("No longer in the list “%1”: the change just saved moved this person out of it.")
            .arg(listName));
    m_leftList->show();
}

void RecipientDetailPanel::clear()
{
    m_leftList->hide();
    m_id = 0;
    m_fullId.clear();
    m_title->setText(tr("Select a person in a list"));
    for (QLabel *l : std::as_const(m_fields))
        l->clear();
    m_reveal->setEnabled(false);
    m_record->setEnabled(false);
    if (m_timeline)
        m_timeline->showRecipient(0);
    emit personChanged(0);
}

void RecipientDetailPanel::follow(WorkspaceChanges *changes)
{
    connect(changes, &WorkspaceChanges::changed, this, [this](const WorkspaceChange &change) {
        if (m_id > 0 && change.concerns(m_id))
            showRecipient(m_id);
    });
}

void RecipientDetailPanel::showRecipient(qint64 id)
{
    if (id <= 0) { // nobody: the person shown left the list
        clear();
        return;
    }
    RecipientRepository repo(m_db, m_profile);
    const bool allowed =
        AccessGate::allows(m_db, m_profile, m_session, Action::ViewLists, AccessTarget::person(id));
    const auto detail = allowed ? repo.detail(id) : std::nullopt;
    if (!detail) {
        clear();
        return;
    }
    const Recipient &r = detail->recipient;
    if (id != m_id)
        m_leftList->hide(); // the note was about the person shown before
    m_id = id;
    m_fullId = r.idNumber;
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
        m_reveal->setText(tr("Show full number"));
    }
    m_reveal->setEnabled(m_session.allows(Action::RevealIdNumber));
    m_record->setEnabled(m_session.allows(Action::RecordCheck));
    if (m_timeline)
        m_timeline->showRecipient(id);
    emit shown(id);
    emit personChanged(id);
    auto set = [this](const QString &key, const QString &text) {
        m_fields.value(key)->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    m_title->setText(r.name);
    set(QStringLiteral("idNumber"), IdNumber::mask(r.idNumber));
    set(QStringLiteral("sexAge"), tr("%1, %2 years")
                                      .arg(r.sex == QLatin1Char('F') ? tr("Female") : tr("Male"))
                                      .arg(ageOn(r.birth, m_today)));
    set(QStringLiteral("birth"), dateText(r.birth));
    set(QStringLiteral("category"), BenefitCategories::displayName(r.category));
    set(QStringLiteral("monthly"), tr("%1 yuan").arg(Money(r.monthlyBenefitFen).toYuanString()));
    set(QStringLiteral("jurisdiction"),
        tr("%1 / %2 / %3").arg(detail->districtName, detail->streetName, detail->communityName));
    set(QStringLiteral("phone"), r.phone);
    set(QStringLiteral("household"), r.householdAddress);
    set(QStringLiteral("residence"), r.residenceAddress);
    const QString residence = r.residenceType == QLatin1String("domestic")
                                  ? tr("Elsewhere in China")
                              : r.residenceType == QLatin1String("abroad") ? tr("Abroad")
                                                                           : tr("Local");
    set(QStringLiteral("residenceType"), residence);
    // The certification on file or a later check recorded here, whichever is newer.
    const PeriodFacts facts = r.periodFacts();
    set(QStringLiteral("lastCert"),
        facts.lastCertification.isValid()
            ? dateText(facts.lastCertification)
            : tr("Never (benefit confirmed %1)").arg(dateText(r.benefitStart)));
    const auto status = VerificationTerms::statusFromKey(r.livingStatus);
    set(QStringLiteral("livingStatus"),
        status ? VerificationTerms::displayName(*status) : r.livingStatus);
    m_fields.value(QStringLiteral("livingStatus"))
        ->setStyleSheet(status && *status != LivingStatus::Alive
                            ? QStringLiteral("color: #b02020; font-weight: bold;")
                            : QString());
    const auto payment = BenefitLifecycle::statusFromKey(r.benefitStatus);
    set(QStringLiteral("benefitStatus"),
        payment ? BenefitLifecycle::displayName(*payment) : r.benefitStatus);
    m_fields.value(QStringLiteral("benefitStatus"))
        ->setStyleSheet(payment && *payment != BenefitStatus::Normal
                            ? QStringLiteral("color: #b02020; font-weight: bold;")
                            : QString());
    const ServicePeriod period = ServicePeriod::compute(m_profile, facts, m_today);
    if (!period.applies()) {
        // A category the region's seed does not cover has no period at all.
        set(QStringLiteral("period"), period.note == QLatin1String("not set")
                                          ? tr("No period: not set by this region's rules (%1)")
                                                .arg(BenefitCategories::displayName(facts.category))
                                          : tr("No period (dependent under %1)")
                                                .arg(m_profile.dependentMinAge().value_or(0)));
        set(QStringLiteral("band"), QString());
    } else {
        set(QStringLiteral("period"),
            tr("%1 to %2").arg(dateText(period.start), dateText(period.end)));
        const qint64 days = m_today.daysTo(period.end);
        const QString left = days < 0 ? tr("%n day(s) overdue", "", int(-days))
                                      : tr("%n day(s) left", "", int(days));
        set(QStringLiteral("band"),
            tr("%1 (%2)").arg(LedgerBands::displayName(LedgerBands::bandFor(period.end, m_today)),
                              left));
    }
    if (r.conclusion) {
        set(QStringLiteral("conclusion"),
            tr("%1 (%2)").arg(BigDataConclusions::displayName(*r.conclusion), r.bigdataMonth));
        const QString source = *r.conclusion == BigDataConclusion::Disqualified
                                   ? BigDataConclusions::disqualifiedReasonName(r.bigdataSource)
                                   : BigDataConclusions::qualifiedChannelName(r.bigdataSource);
        set(QStringLiteral("source"), source.isEmpty() ? r.bigdataSource : source);
    } else {
        set(QStringLiteral("conclusion"), tr("No comparison yet"));
        set(QStringLiteral("source"), QString());
    }
    set(QStringLiteral("detail"), r.bigdataDetail);
    set(QStringLiteral("behaviour"), r.bigdataBehaviour);
    set(QStringLiteral("special"),
        SpecialGroup::reasons(r.birth, r.specialFlags, m_today).join(QStringLiteral("、")));
    if (detail->openVisit)
        set(QStringLiteral("visit"),
            tr("Requested %1, due %2")
                .arg(dateText(detail->openVisit->requestedOn), dateText(detail->openVisit->dueOn)));
    else
        set(QStringLiteral("visit"), QString());
}

} // namespace certdesk
