#include "firstdayguide.h"

#include "help/helpwindow.h"
#include "store/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
struct Step {
    const char *title;
    const char *text;
    const char *page;
};

// The five things a community worker does most, in the order of a first day.
const Step kSteps[] = {
    {QT_TRANSLATE_NOOP("certdesk::FirstDayGuide", "Find a person"),
     QT_TRANSLATE_NOOP("certdesk::FirstDayGuide",
                       "Type an ID number, its last four digits, a name or pinyin initials in "
                       "the search box (Ctrl+F). The result line says where it searched; "
                       "Ctrl+Shift+F searches all of your area."),
     "02-ledgers.md"},
    {QT_TRANSLATE_NOOP("certdesk::FirstDayGuide", "Record a check with photos"),
     QT_TRANSLATE_NOOP("certdesk::FirstDayGuide",
                       "Select the person and press Enter (or Ctrl+R). Choose how and what you "
                       "found, add photos with “Add photo…” or Ctrl+V, and save with "
                       "Ctrl+Enter. A check once saved is kept; a mistake is corrected by a "
                       "new record."),
     "05-record-check.md"},
    {QT_TRANSLATE_NOOP("certdesk::FirstDayGuide", "Work the ledgers"),
     QT_TRANSLATE_NOOP("certdesk::FirstDayGuide",
                       "The tabs list whose certification runs out: overdue, within one, two "
                       "and three months, the to-verify list and the home visits. Start each "
                       "day with the overdue list and the one-month list (Ctrl+1, Ctrl+2…)."),
     "02-ledgers.md"},
    {QT_TRANSLATE_NOOP("certdesk::FirstDayGuide", "Sync with the district"),
     QT_TRANSLATE_NOOP("certdesk::FirstDayGuide",
                       "Press F9 to upload your checks and photos and receive the district's "
                       "changes. Without a network you work as usual; everything waits on "
                       "this PC until the next sync."),
     "11-sync.md"},
    {QT_TRANSLATE_NOOP("certdesk::FirstDayGuide", "Print the month"),
     QT_TRANSLATE_NOOP("certdesk::FirstDayGuide",
                       "When the month is over, File → Monthly archive (Ctrl+Shift+A) makes the "
                       "volume to print and bind and the electronic package to keep on disc."),
     "09-archive.md"},
};
} // namespace

QString FirstDayGuide::settingKey(const QString &username)
{
    return QStringLiteral("guide.done.") + username;
}

FirstDayGuide *FirstDayGuide::offer(const Database &db, const QString &username, QWidget *parent)
{
    if (username.isEmpty() || !db.setting(settingKey(username)).isEmpty())
        return nullptr;
    auto *guide = new FirstDayGuide(db, username, parent);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
    return guide;
}

FirstDayGuide::FirstDayGuide(const Database &db, const QString &username, QWidget *parent)
    : QDialog(parent), m_db(db), m_username(username)
{
    setObjectName(QStringLiteral("firstDayGuide"));
    setWindowTitle(tr("Your first day with CertDesk"));
    m_counter = new QLabel(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(420);
    auto *manual = new QPushButton(tr("Read this in the &manual"), this);
    connect(manual, &QPushButton::clicked, this,
            [this] { HelpWindow::showPage(stepPage(), this); });
    auto *skip = new QPushButton(tr("&Skip the guide"), this);
    connect(skip, &QPushButton::clicked, this, &QDialog::reject);
    m_back = new QPushButton(tr("&Back"), this);
    connect(m_back, &QPushButton::clicked, this, &FirstDayGuide::back);
    m_next = new QPushButton(this);
    m_next->setDefault(true);
    connect(m_next, &QPushButton::clicked, this, &FirstDayGuide::next);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(skip);
    buttons->addWidget(manual);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    showStep();
}

int FirstDayGuide::stepCount() const
{
    return int(std::size(kSteps));
}

QString FirstDayGuide::stepTitle() const
{
    return tr(kSteps[m_step].title);
}

QString FirstDayGuide::stepPage() const
{
    return QString::fromLatin1(kSteps[m_step].page);
}

void FirstDayGuide::showStep()
{
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_title->setText(stepTitle());
    m_text->setText(tr(kSteps[m_step].text));
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 < stepCount() ? tr("&Next") : tr("&Done"));
}

void FirstDayGuide::next()
{
    if (m_step + 1 >= stepCount()) {
        accept();
        return;
    }
    ++m_step;
    showStep();
}

void FirstDayGuide::back()
{
    if (m_step > 0) {
        --m_step;
        showStep();
    }
}

void FirstDayGuide::done(int result)
{
    // Done, skipped or closed: seen. A setting that cannot be written only means
    // the guide comes again next time.
    m_db.setSetting(settingKey(m_username),
                    result == Accepted ? QStringLiteral("done") : QStringLiteral("skipped"));
    QDialog::done(result);
}

} // namespace certdesk
