#include "io/importdialog.h"

#include "domain/policyprofile.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "window/screenfit.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certdesk
{

namespace
{
constexpr int kPreviewRows = 20;

QTableWidget *table(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

ImportDialog::ImportDialog(const Database &db, const PolicyProfile &profile, const QDate &today,
                           const Session &session, const AuditTrail &audit, QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_today(today), m_session(session),
      m_audit(audit), m_file(new QLabel(tr("(no file chosen)"), this)),
      m_encoding(new QComboBox(this)), m_preview(table(this)), m_report(table(this)),
      m_summary(new QLabel(this)), m_check(new QPushButton(tr("&Check every row"), this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import big-data comparison results"));
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Big-data results"),
            QSettings().value(QStringLiteral("import/folder")).toString(),
            tr("Tables (*.xlsx *.csv)"));
        if (!path.isEmpty()) {
            QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
            setFile(path);
        }
    });
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GB18030 (Chinese Excel)"), QStringLiteral("GB18030"));
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::reload);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(new QLabel(tr("Encoding:"), this));
    fileRow->addWidget(m_encoding);
    fileRow->addWidget(choose);

    auto *form = new QFormLayout;
    const QStringList labels{tr("ID number:"), tr("Conclusion:"), tr("Name (checked):"),
                             tr("Detail:"),    tr("Source:"),     tr("Month:")};
    for (const QString &label : labels) {
        auto *box = new QComboBox(this);
        connect(box, &QComboBox::activated, this, [this] {
            m_plan.reset();
            showPlan();
        });
        m_fields << box;
        form->addRow(label, box);
    }
    m_summary->setWordWrap(true);
    m_import->setEnabled(false);
    m_check->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::doImport);
    connect(&m_watcher, &QFutureWatcher<ImportPlan>::finished, this, [this] {
        m_plan = m_watcher.result();
        showPlan();
        emit validated();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First rows:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    layout->addWidget(m_report, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {900, 700});
}

ImportDialog::~ImportDialog()
{
    m_watcher.waitForFinished();
}

QString ImportDialog::sourceKey(const QStringList &headers)
{
    return QString::fromLatin1(QCryptographicHash::hash(headers.join(QLatin1Char('\x1f')).toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

bool ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_encoding->setCurrentIndex(0);
    reload();
    return m_table.has_value();
}

void ImportDialog::reload()
{
    m_plan.reset();
    QString error;
    m_table = TableReader::read(m_path, m_encoding->currentData().toString(), &error);
    if (!m_table) {
        m_summary->setText(error);
        m_check->setEnabled(false);
        m_import->setEnabled(false);
        return;
    }
    if (m_table->format == QLatin1String("csv"))
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(m_table->encoding)));
    m_encoding->setEnabled(m_table->format == QLatin1String("csv"));
    showTable();
}

ImportMapping ImportDialog::mapping() const
{
    auto at = [this](int field) { return m_fields.at(field)->currentData().toInt(); };
    return ImportMapping{at(0), at(1), at(2), at(3), at(4), at(5)};
}

void ImportDialog::showTable()
{
    // The mapping this source had last time, else a guess from the header.
    const QVariantList remembered =
        QSettings().value(QStringLiteral("import/mapping/") + sourceKey(m_table->headers)).toList();
    const ImportMapping guess = ImportMapping::guess(m_table->headers);
    const QList<int> guessed{guess.idNumber, guess.conclusion, guess.name,
                             guess.detail,   guess.source,     guess.month};
    for (int f = 0; f < m_fields.size(); ++f) {
        QComboBox *box = m_fields.at(f);
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_table->headers.size(); ++c)
            box->addItem(m_table->headers.at(c), c);
        const int column =
            remembered.size() == m_fields.size() ? remembered.at(f).toInt() : guessed.at(f);
        box->setCurrentIndex(qMax(0, box->findData(column)));
    }
    m_preview->clear();
    m_preview->setColumnCount(int(m_table->headers.size()));
    m_preview->setHorizontalHeaderLabels(m_table->headers);
    const int rows = int(qMin<qsizetype>(kPreviewRows, m_table->rows.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_table->rows.at(r).size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table->rows.at(r).at(c)));
    }
    m_preview->resizeColumnsToContents(); // 20 rows: cheap, and ID numbers show whole
    m_check->setEnabled(true);
    showPlan();
}

void ImportDialog::check()
{
    if (!m_table || m_watcher.isRunning())
        return;
    QVariantList columns;
    const ImportMapping m = mapping();
    for (int c : {m.idNumber, m.conclusion, m.name, m.detail, m.source, m.month})
        columns << c;
    QSettings().setValue(QStringLiteral("import/mapping/") + sourceKey(m_table->headers), columns);
    m_check->setEnabled(false);
    m_summary->setText(tr("Checking %n row(s)…", nullptr, int(m_table->rows.size())));
    const ReadTable table = *m_table;
    m_watcher.setFuture(QtConcurrent::run(
        [this, table, m] { return BigDataImport(m_db, m_profile).validate(table, m, m_today); }));
}

void ImportDialog::showPlan()
{
    m_report->clear();
    m_report->setColumnCount(3);
    m_report->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_report->setRowCount(0);
    m_check->setEnabled(m_table.has_value() && !m_watcher.isRunning());
    if (!m_plan) {
        m_import->setEnabled(false);
        if (m_table)
            m_summary->setText(tr("%n row(s) read. Check every row before importing.", nullptr,
                                  int(m_table->rows.size())));
        return;
    }
    m_report->setRowCount(int(m_plan->problems.size()));
    for (int i = 0; i < m_plan->problems.size(); ++i) {
        const ImportProblem &p = m_plan->problems.at(i);
        m_report->setItem(i, 0, new QTableWidgetItem(QString::number(p.row)));
        m_report->setItem(i, 1, new QTableWidgetItem(p.column));
        m_report->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    const QString rows = QString::number(m_plan->rows),
                  changes = QString::number(m_plan->changes.size()),
                  qualified = QString::number(m_plan->qualified),
                  same = QString::number(m_plan->unchanged);
    m_summary->setText(
        m_plan->problems.isEmpty()
            ? tr("%1 rows: %2 to change (%3 marked qualified), %4 already as in the file.")
                  .arg(rows, changes, qualified, same)
            : tr("%1 rows: %2 to change (%3 marked qualified), %4 already as in the file, %5 with "
                 "problems. Nothing will be imported until they are corrected.")
                  .arg(rows, changes, qualified, same, QString::number(m_plan->problems.size())));
    m_import->setEnabled(m_plan->problems.isEmpty() && !m_plan->changes.isEmpty());
}

void ImportDialog::doImport()
{
    if (!m_plan || !m_plan->problems.isEmpty())
        return;
    QString error;
    // Logged first through the gate: no import lands without its trace.
    if (!AccessGate::authorize(
            m_db, m_profile, m_audit, m_session, Action::Import,
            AccessTarget::none().logAs(AuditAction::Import, QFileInfo(m_path).fileName(),
                                       QStringLiteral("%1 changes").arg(m_plan->changes.size())),
            &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    qint64 batch = 0;
    BigDataImport importer(m_db, m_profile);
    importer.setChanges(m_changes);
    const auto outcome =
        importer.submit(*m_plan, QFileInfo(m_path).fileName(), m_session, &batch, &error);
    if (outcome == BigDataImport::Outcome::Refused) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    const bool applied = outcome == BigDataImport::Outcome::Applied;
    m_summary->setText(
        applied ? tr("Imported: %n person(s) updated.", nullptr, int(m_plan->changes.size()))
                : tr("Held as batch %1: the %2 rules need %3 approvals by other users before it "
                     "takes effect.")
                      .arg(batch)
                      .arg(m_profile.displayName())
                      .arg(m_profile.qualifiedImportApprovals()));
    m_plan.reset();
    m_import->setEnabled(false);
    emit imported(applied);
}

} // namespace certdesk
