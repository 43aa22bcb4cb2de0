#include "dashboard/dashboardpanel.h"

#include "archive/tabledocument.h"
#include "documents/documentprinting.h"
#include "domain/benefitlifecycle.h"
#include "domain/policyprofile.h"
#include "io/tableexport.h"
#include "lifecycle/lifecycleproposals.h"
#include "lifecycle/lifecycleservice.h"
#include "verification/verificationevent.h"
#include "workspace/workspacechanges.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace certdesk
{

namespace
{
enum Tab {
    BandsTab,
    MethodsTab,
    TrendTab,
    ToVerifyTab,
    ForecastTab,
    VisitsTab,
    StatusTab,
    ActionsTab
};
const QList<LifecycleKind> kActionKinds{LifecycleKind::Failed, LifecycleKind::Suspended,
                                        LifecycleKind::Resumed, LifecycleKind::Stopped,
                                        LifecycleKind::Sealed};

// The highest bar (a stacked bar: its whole height).
qreal tallestBar(const QAbstractBarSeries *series)
{
    const bool stacked = qobject_cast<const QStackedBarSeries *>(series) != nullptr;
    QList<qreal> heights;
    for (const QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i) {
            if (heights.size() <= i)
                heights.append(0);
            heights[i] = stacked ? heights[i] + set->at(i) : qMax(heights[i], set->at(i));
        }
    }
    qreal top = 0;
    for (qreal h : std::as_const(heights))
        top = qMax(top, h);
    return top;
}

// People are counted in whole numbers: ticks 0, step, 2·step … up to the first
// multiple of a 1-2-5 step at or above the highest bar, at most about six of them
// (the nice numbers of QValueAxis gave 0, 0.2 … 1 shown as "0, 0, 0, 0, 0, 1").
void integerAxis(QValueAxis *y, qreal highest)
{
    const qint64 max = qMax<qint64>(1, qint64(std::ceil(highest)));
    qint64 step = 1;
    for (qint64 scale = 1;; scale *= 10) {
        const qint64 candidates[] = {scale, 2 * scale, 5 * scale};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [max](qint64 s) { return max <= 5 * s; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const qint64 top = (max + step - 1) / step * step;
    y->setRange(0, qreal(top));
    y->setTickType(QValueAxis::TicksFixed);
    y->setTickCount(int(top / step) + 1);
    y->setMinorTickCount(0);
    y->setLabelFormat(QStringLiteral("%d"));
}

QChart *barChart(QAbstractBarSeries *series, const QStringList &categories, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 8) // twelve months side by side: slanted, not elided
        x->setLabelsAngle(-45);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    integerAxis(y, tallestBar(series));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QString statusName(const QString &key)
{
    if (key == QLatin1String("failed"))
        return DashboardPanel::tr("Certification failed");
    if (key == QLatin1String("suspended"))
        return DashboardPanel::tr("Suspended");
    if (key == QLatin1String("stopped"))
        return DashboardPanel::tr("Stopped");
    if (key == QLatin1String("sealed"))
        return DashboardPanel::tr("Sealed");
    return key;
}

QDate monthStart(const QString &yyyyMM)
{
    return QDate::fromString(yyyyMM, QStringLiteral("yyyy-MM"));
}

const QList<Ledger> kBands{Ledger::Overdue, Ledger::Within1, Ledger::Within2, Ledger::Within3};
} // namespace

DashboardPanel::DashboardPanel(const Database &db, const PolicyProfile &profile, const QDate &today,
                               const Scope &limit, QWidget *parent)
    : QWidget(parent), m_db(db), m_profile(profile), m_today(today), m_limit(limit),
      m_tabs(new QTabWidget(this)), m_status(new QLabel(this))
{
    auto *png = new QPushButton(tr("Save chart as &PNG…"), this);
    auto *numbers = new QPushButton(tr("Export the &numbers…"), this);
    connect(png, &QPushButton::clicked, this, &DashboardPanel::savePng);
    connect(numbers, &QPushButton::clicked, this, &DashboardPanel::exportNumbers);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(png);
    buttons->addWidget(numbers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(&m_watcher, &QFutureWatcher<std::optional<DashboardData>>::finished, this, [this] {
        m_data = m_watcher.result();
        if (!m_data) {
            m_status->setText(m_error);
            return;
        }
        show(*m_data);
        emit loaded();
    });
    connect(&m_actionsWatcher, &QFutureWatcher<QMap<QString, int>>::finished, this, [this] {
        auto *view = qobject_cast<QChartView *>(m_tabs->widget(ActionsTab));
        if (!view)
            return;
        QChart *old = view->chart();
        view->setChart(actionsChart(m_actionsWatcher.result()));
        delete old;
        emit actionsLoaded();
    });
}

DashboardPanel::~DashboardPanel()
{
    m_watcher.waitForFinished();
    m_actionsWatcher.waitForFinished();
}

void DashboardPanel::follow(WorkspaceChanges *changes)
{
    connect(changes, &WorkspaceChanges::changed, this, [this](const WorkspaceChange &change) {
        if (!m_code.isEmpty() &&
            (change.has(WorkspaceChange::People) || change.has(WorkspaceChange::Counts)))
            setNode(m_code);
    });
}

void DashboardPanel::setNode(const QString &code)
{
    m_watcher.waitForFinished();
    m_actionsWatcher.waitForFinished();
    m_code = code;
    m_status->setText(tr("Counting…"));
    // Off the GUI thread: Database hands the worker thread its own connection.
    m_watcher.setFuture(QtConcurrent::run([this, code] {
        return DashboardData::load(m_db, m_profile, code, m_today, m_limit, &m_error);
    }));
}

QChart *DashboardPanel::chart(int tab) const
{
    auto *view = qobject_cast<QChartView *>(m_tabs->widget(tab));
    return view ? view->chart() : nullptr;
}

QChartView *DashboardPanel::addChart(QChart *chart, const QString &title)
{
    auto *view = new QChartView(chart, m_tabs);
    view->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(view, title);
    return view;
}

void DashboardPanel::show(const DashboardData &d)
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    addChart(bandsChart(d), tr("Expiry bands"));
    addChart(methodsChart(d), tr("Methods this month"));
    addChart(trendChart(d), tr("12-month trend"));
    addChart(toVerifyChart(d), tr("To-verify list"));
    addChart(forecastChart(d), tr("Workload forecast"));
    addChart(visitsChart(d), tr("Home visits"));
    addChart(statusChart(d), tr("Payment status"));
    auto *pending = new QChart;
    pending->setTitle(tr("Counting this month's payment actions…"));
    addChart(pending, tr("This month's payment actions"));
    m_actionsWatcher.setFuture(QtConcurrent::run([this, code = m_code] {
        QMap<QString, int> due;
        // Only computes proposals for `code`, a node within the user's (records nothing).
        const LifecycleService service(m_db, m_profile, Session::commandLine());
        for (const LifecycleProposal &p :
             LifecycleProposals(m_db, service).compute(m_today, m_today, code))
            due[BenefitLifecycle::key(p.event.kind)] += 1;
        return due;
    }));
    m_tabs->setCurrentIndex(qMax(0, current));
    m_status->setText(tr("%1 · as of %2 · click a bar to open its list")
                          .arg(d.node.name, d.today.toString(Qt::ISODate)));
}

void DashboardPanel::drill(const LedgerQuery::DrillDown &drill, const QString &title)
{
    emit openDrillDown({m_data->node.level, m_data->node.code}, m_data->node.name, drill, title);
}

QChart *DashboardPanel::bandsChart(const DashboardData &d)
{
    auto *series = new QStackedBarSeries;
    QStringList names;
    for (const auto &c : d.children)
        names << c.node.name;
    for (const Ledger band : kBands) {
        auto *set = new QBarSet(Ledgers::shortName(band));
        set->setObjectName(Ledgers::key(band));
        for (const auto &c : d.children)
            *set << qreal(c.bands.value(band));
        connect(set, &QBarSet::clicked, this, [this, band](int index) {
            const auto &child = m_data->children.at(index).node;
            emit openList({child.level, child.code}, child.name, band);
        });
        series->append(set);
    }
    return barChart(series, names, tr("Certification periods ending, by %1").arg(d.node.name));
}

QChart *DashboardPanel::methodsChart(const DashboardData &d)
{
    auto *series = new QPieSeries;
    for (auto it = d.methodsThisMonth.cbegin(); it != d.methodsThisMonth.cend(); ++it) {
        const auto method = VerificationTerms::methodFromKey(it.key());
        QPieSlice *slice =
            series->append(QStringLiteral("%1 %2")
                               .arg(method ? VerificationTerms::displayName(*method) : it.key())
                               .arg(it.value()),
                           it.value());
        const QString key = it.key(),
                      name = method ? VerificationTerms::displayName(*method) : it.key();
        connect(slice, &QPieSlice::clicked, this, [this, key, name] {
            const QDate first(m_today.year(), m_today.month(), 1);
            drill({{}, {}, first, first.addMonths(1).addDays(-1), key, {}},
                  tr("checked by %1 in %2").arg(name, first.toString(QStringLiteral("yyyy-MM"))));
        });
    }
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(
        d.methodsThisMonth.isEmpty()
            ? tr("No checks recorded this month yet")
            : tr("Checks by method, %1").arg(d.today.toString(QStringLiteral("yyyy-MM"))));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardPanel::trendChart(const DashboardData &d)
{
    auto *set = new QBarSet(tr("Checks recorded"));
    for (const QString &m : d.trendMonths())
        *set << qreal(d.trend.value(m));
    connect(set, &QBarSet::clicked, this, [this](int index) {
        const QString month = m_data->trendMonths().value(index);
        drill({{}, {}, monthStart(month), monthStart(month).addMonths(1).addDays(-1), {}, {}},
              tr("checked in %1").arg(month));
    });
    auto *series = new QBarSeries;
    series->append(set);
    return barChart(series, d.trendMonths(), tr("Checks per month, last 12 months"));
}

QChart *DashboardPanel::toVerifyChart(const DashboardData &d)
{
    auto *done = new QBarSet(tr("Checked"));
    auto *left = new QBarSet(tr("Still to check"));
    *done << qreal(d.toVerifyChecked);
    *left << qreal(d.toVerify - d.toVerifyChecked);
    auto *series = new QStackedBarSeries;
    series->append(done);
    series->append(left);
    for (QBarSet *set : {done, left}) {
        connect(set, &QBarSet::clicked, this, [this](int) {
            emit openList({m_data->node.level, m_data->node.code}, m_data->node.name,
                          Ledger::ToVerify);
        });
    }
    const QString deadline = d.toVerifyDeadline.isValid() ? d.toVerifyDeadline.toString(Qt::ISODate)
                             : m_profile.toVerifyDeadlineMonths()
                                 ? tr("none")
                                 : tr("not set by this region's rules");
    return barChart(series, {Ledgers::shortName(Ledger::ToVerify)},
                    tr("To-verify list: %1 of %2 checked, deadline %3")
                        .arg(d.toVerifyChecked)
                        .arg(d.toVerify)
                        .arg(deadline));
}

QChart *DashboardPanel::forecastChart(const DashboardData &d)
{
    auto *series = new QStackedBarSeries;
    for (const auto &c : d.children) {
        auto *set = new QBarSet(c.node.name);
        for (const QString &m : d.forecastMonths())
            *set << qreal(c.forecast.value(m));
        const JurisdictionNode child = c.node;
        connect(set, &QBarSet::clicked, this, [this, child](int index) {
            const QString month = m_data->forecastMonths().value(index);
            // This month counts from today, like the forecast.
            const QDate from = index == 0 ? m_today : monthStart(month);
            emit openDrillDown({child.level, child.code}, child.name,
                               {from, monthStart(month).addMonths(1).addDays(-1), {}, {}, {}, {}},
                               tr("period ends in %1").arg(month));
        });
        series->append(set);
    }
    return barChart(series, d.forecastMonths(),
                    tr("Certification periods ending per month, next 12 months"));
}

QChart *DashboardPanel::visitsChart(const DashboardData &d)
{
    auto *set = new QBarSet(tr("Open home-visit requests"));
    *set << qreal(d.visitsDue) << qreal(d.visitsOverdue);
    connect(set, &QBarSet::clicked, this, [this](int) {
        emit openList({m_data->node.level, m_data->node.code}, m_data->node.name,
                      Ledger::HomeVisit);
    });
    auto *series = new QBarSeries;
    series->append(set);
    return barChart(series, {tr("Due"), tr("Overdue")}, tr("Home visits"));
}

QChart *DashboardPanel::statusChart(const DashboardData &d)
{
    auto *set = new QBarSet(tr("People"));
    QStringList names;
    const QStringList keys{QStringLiteral("failed"), QStringLiteral("suspended"),
                           QStringLiteral("stopped"), QStringLiteral("sealed")};
    int people = 0;
    for (const QString &key : keys)
        people += d.benefitStatus.value(key);
    if (people == 0) {
        // Nothing to draw: a sentence, not empty axes (nor Qt's "[nan - nan]" warning).
        delete set;
        auto *chart = new QChart;
        chart->setObjectName(QStringLiteral("emptyChart"));
        chart->setTitle(
            tr("Everybody in %1 is in normal payment: nobody is failed, suspended, stopped or "
               "sealed.")
                .arg(d.node.name));
        return chart;
    }
    for (const QString &key : keys) {
        names << statusName(key);
        *set << qreal(d.benefitStatus.value(key));
    }
    connect(set, &QBarSet::clicked, this, [this, keys](int index) {
        drill({{}, {}, {}, {}, {}, keys.value(index)},
              tr("payment status: %1").arg(statusName(keys.value(index))));
    });
    auto *series = new QBarSeries;
    series->append(set);
    return barChart(series, names, tr("People not in normal payment"));
}

QChart *DashboardPanel::actionsChart(const QMap<QString, int> &due)
{
    auto *set = new QBarSet(tr("People"));
    QStringList names;
    for (const LifecycleKind kind : kActionKinds) {
        names << BenefitLifecycle::displayName(kind);
        *set << qreal(due.value(BenefitLifecycle::key(kind)));
    }
    connect(set, &QBarSet::clicked, this, [this](int) { emit openPaymentActions(); });
    auto *series = new QBarSeries;
    series->append(set);
    return barChart(series, names,
                    tr("Payment actions due this month (click to review and confirm)"));
}

TableDocument DashboardPanel::table(int tab) const
{
    TableDocument t;
    t.title = m_tabs->tabText(tab);
    if (!m_data)
        return t;
    const DashboardData &d = *m_data;
    switch (tab) {
    case BandsTab:
        t.headers = {tr("Jurisdiction")};
        for (const Ledger band : kBands)
            t.headers << Ledgers::shortName(band);
        for (const auto &c : d.children) {
            QStringList row{c.node.name};
            for (const Ledger band : kBands)
                row << QString::number(c.bands.value(band));
            t.rows << row;
        }
        break;
    case ForecastTab:
        t.headers = QStringList{tr("Jurisdiction")} + d.forecastMonths();
        for (const auto &c : d.children) {
            QStringList row{c.node.name};
            for (const QString &m : d.forecastMonths())
                row << QString::number(c.forecast.value(m));
            t.rows << row;
        }
        break;
    default: {
        // The one-series charts: each bar or slice is a row.
        t.headers = {tr("Item"), tr("Count")};
        const QChart *c = chart(tab);
        for (QAbstractSeries *s : c->series()) {
            if (auto *pie = qobject_cast<QPieSeries *>(s)) {
                for (const QPieSlice *slice : pie->slices())
                    t.rows << QStringList{slice->label(), QString::number(qint64(slice->value()))};
            } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                const auto *axis =
                    qobject_cast<QBarCategoryAxis *>(c->axes(Qt::Horizontal).value(0));
                for (const QBarSet *set : bars->barSets()) {
                    for (int i = 0; i < set->count(); ++i)
                        t.rows << QStringList{QStringLiteral("%1 · %2").arg(
                                                  axis ? axis->at(i) : QString(), set->label()),
                                              QString::number(qint64(set->at(i)))};
                }
            }
        }
    }
    }
    return t;
}

void DashboardPanel::savePng()
{
    auto *view = qobject_cast<QChartView *>(m_tabs->currentWidget());
    if (!view)
        return;
    const QString path = DocumentPrinting::askSavePath(
        this, tr("Save chart as PNG"),
        m_tabs->tabText(m_tabs->currentIndex()) + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!view->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save chart as PNG"), tr("Cannot write %1.").arg(path));
    else
        DocumentPrinting::showExported(this, tr("Save chart as PNG"), path);
}

void DashboardPanel::exportNumbers()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0)
        return;
    const QString path = DocumentPrinting::askSavePath(
        this, tr("Export the numbers"), m_tabs->tabText(tab) + QStringLiteral(".xlsx"),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    QString error;
    if (!TableExport::write(table(tab), csv ? TableExport::Format::Csv : TableExport::Format::Xlsx,
                            path, &error))
        QMessageBox::warning(this, tr("Export the numbers"), error);
    else
        DocumentPrinting::showExported(this, tr("Export the numbers"), path);
}

} // namespace certdesk
