#include "recipientdetailpanel.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/ledgerband.h"
#include "domain/money.h"
#include "domain/serviceperiod.h"
#include "domain/specialgroup.h"
#include "store/recipientrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}
} // namespace

RecipientDetailPanel::RecipientDetailPanel(const Database &db, const PolicyProfile &profile,
                                           const QDate &today, QWidget *parent)
    : QWidget(parent), m_db(db), m_profile(profile), m_today(today), m_form(new QFormLayout),
      m_title(new QLabel(this)), m_reveal(new QPushButton(tr("Show full number"), this))
{
    setObjectName(QStringLiteral("recipientDetail"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addField(QStringLiteral("idNumber"), tr("ID number"));
    m_form->addRow(QString(), m_reveal);
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
    innerLayout->addWidget(m_title);
    innerLayout->addLayout(m_form);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        m_revealed = on;
        m_fields.value(QStringLiteral("idNumber"))->setText(on ? m_fullId : IdNumber::mask(m_fullId));
        m_reveal->setText(on ? tr("Hide number") : tr("Show full number"));
    });
    clear();
}

QLabel *RecipientDetailPanel::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(key);
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
    const QLabel *l = m_fields.value(field);
    return l ? l->text() : QString();
}

void RecipientDetailPanel::clear()
{
    m_id = 0;
    m_fullId.clear();
    m_title->setText(tr("Select a person in a list"));
    for (QLabel *l : std::as_const(m_fields))
        l->clear();
    m_reveal->setEnabled(false);
}

void RecipientDetailPanel::showRecipient(qint64 id)
{
    RecipientRepository repo(m_db, m_profile);
    const auto detail = repo.detail(id);
    if (!detail) {
        clear();
        return;
    }
    const Recipient &r = detail->recipient;
    m_id = id;
    m_fullId = r.idNumber;
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
        m_reveal->setText(tr("Show full number"));
    }
    m_reveal->setEnabled(true);
    auto set = [this](const QString &key, const QString &text) {
        m_fields.value(key)->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    m_title->setText(r.name);
    set(QStringLiteral("idNumber"), IdNumber::mask(r.idNumber));
    set(QStringLiteral("sexAge"), tr("%1, %2 years").arg(r.sex == QLatin1Char('F') ? tr("Female") : tr("Male")).arg(ageOn(r.birth, m_today)));
    set(QStringLiteral("birth"), dateText(r.birth));
    set(QStringLiteral("category"), BenefitCategories::displayName(r.category));
    set(QStringLiteral("monthly"), tr("%1 yuan").arg(Money(r.monthlyBenefitFen).toYuanString()));
    set(QStringLiteral("jurisdiction"), tr("%1 / %2 / %3").arg(detail->districtName, detail->streetName, detail->communityName));
    set(QStringLiteral("phone"), r.phone);
    set(QStringLiteral("household"), r.householdAddress);
    set(QStringLiteral("residence"), r.residenceAddress);
    const QString residence = r.residenceType == QLatin1String("domestic") ? tr("Elsewhere in China")
        : r.residenceType == QLatin1String("abroad")                       ? tr("Abroad")
                                                                           : tr("Local");
    set(QStringLiteral("residenceType"), residence);
    set(QStringLiteral("lastCert"), r.lastCertification.isValid() ? dateText(r.lastCertification)
                                                                  : tr("Never (benefit confirmed %1)").arg(dateText(r.benefitStart)));
    const PeriodFacts facts = r.periodFacts();
    const ServicePeriod period = ServicePeriod::compute(m_profile, facts, m_today);
    if (!period.applies()) {
        set(QStringLiteral("period"), tr("No period (dependent under %1)").arg(m_profile.dependentMinAge()));
        set(QStringLiteral("band"), QString());
    } else {
        set(QStringLiteral("period"), tr("%1 to %2").arg(dateText(period.start), dateText(period.end)));
        const qint64 days = m_today.daysTo(period.end);
        const QString left = days < 0 ? tr("%n day(s) overdue", "", int(-days)) : tr("%n day(s) left", "", int(days));
        set(QStringLiteral("band"), tr("%1 (%2)").arg(LedgerBands::displayName(LedgerBands::bandFor(period.end, m_today)), left));
    }
    if (r.conclusion) {
        set(QStringLiteral("conclusion"), tr("%1 (%2)").arg(BigDataConclusions::displayName(*r.conclusion), r.bigdataMonth));
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
    set(QStringLiteral("special"), SpecialGroup::reasons(r.birth, r.specialFlags, m_today).join(QStringLiteral("、")));
    if (detail->openVisit)
        set(QStringLiteral("visit"), tr("Requested %1, due %2").arg(dateText(detail->openVisit->requestedOn), dateText(detail->openVisit->dueOn)));
    else
        set(QStringLiteral("visit"), QString());
}
