// Issue 17.3: the window tour (windowtour.cpp) in Chinese with Qt's own zh_CN
// catalogue loaded. Fails on a visible string - window title, label, button,
// group box, tab, header, menu action, line edit hint, a first row's cell - that
// is still an English source of our catalogue (translations/certdesk_en.ts, with
// its %1 arguments), English text of Qt's standard dialogs or of stored details
// (the audit's "63 rows, print preview"), an English month ("6 Dec"), or a raw
// jurisdiction code where the node has a name ("370299").
#include "screencheck.h"
#include "security/auditwording.h"
#include "security/permissions.h"
#include "translations.h"
#include "verification/verificationevent.h"
#include "windowtour.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace certdesk;
using windowtour::WindowTour;

namespace
{
constexpr int FirstRows = 6;

struct Shown {
    QString where; // object path
    QString text;
    bool cell = false; // a table cell: user data such as user names may be Latin
};

QString withoutMnemonic(const QString &text)
{
    return screencheck::withoutMnemonic(text).trimmed();
}

void addCells(QAbstractItemView *view, QList<Shown> &out)
{
    QAbstractItemModel *model = view->model();
    auto *tree = qobject_cast<QTreeView *>(view);
    if (!model)
        return;
    QModelIndex row = model->index(0, 0, view->rootIndex());
    for (int r = 0; r < FirstRows && row.isValid(); ++r) {
        for (int c = 0; c < model->columnCount(row.parent()); ++c)
            out << Shown{screencheck::objectPath(view), row.siblingAtColumn(c).data().toString(),
                         true};
        row = tree ? tree->indexBelow(row) : row.sibling(row.row() + 1, 0);
    }
}

// Every string a user reads in `window`.
QList<Shown> visibleStrings(QWidget *window)
{
    QList<Shown> out;
    const QString path = screencheck::objectPath(window);
    out << Shown{path, window->windowTitle()};
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = main->menuBar()->actions();
        for (QAction *m : menus) {
            out << Shown{path + QStringLiteral("/menu"), withoutMnemonic(m->text())};
            if (m->menu()) {
                const QList<QAction *> actions = m->menu()->actions();
                for (QAction *a : actions) {
                    if (a->isVisible())
                        out << Shown{path + QStringLiteral("/menu/") + withoutMnemonic(m->text()),
                                     withoutMnemonic(a->text())};
                }
            }
        }
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window)
            continue;
        const QString where = screencheck::objectPath(w);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            QString text = label->text();
            if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(text)) {
                QTextDocument doc;
                doc.setHtml(text);
                text = doc.toPlainText();
            }
            out << Shown{where, withoutMnemonic(text)};
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            out << Shown{where, withoutMnemonic(button->text())};
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            out << Shown{where, withoutMnemonic(box->title())};
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            out << Shown{where, edit->placeholderText()};
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    out << Shown{where, withoutMnemonic(tabs->tabText(i))};
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() == Qt::Horizontal && header->model()) {
                for (int i = 0; i < header->count(); ++i) {
                    if (!header->isSectionHidden(i))
                        out << Shown{where,
                                     header->model()->headerData(i, Qt::Horizontal).toString()};
                }
            }
        }
        if (qobject_cast<QTableView *>(w) || qobject_cast<QTreeView *>(w))
            addCells(static_cast<QAbstractItemView *>(w), out);
    }
    return out;
}

// The catalogue's English sources whose Chinese differs, as one pattern each
// (a %1 stands for any text), read from the en .ts file.
QStringList englishPatterns(const QString &tsFile, QString *error)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList patterns;
    static const QRegularExpression arg(QStringLiteral("%L?n|%L?\\d"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement() || xml.name() != QLatin1String("source"))
            continue;
        const QString source = withoutMnemonic(xml.readElementText());
        if (!source.contains(word))
            continue; // "%1 (%2)", "—"
        QString pattern;
        qsizetype at = 0;
        for (auto it = arg.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) +
                       QStringLiteral(".*");
            at = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(at));
        patterns << pattern;
    }
    return patterns;
}
} // namespace

class TestChineseWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qtCatalogueIsLoaded();
    void auditDetailsReadInChinese();
    void noEnglishOrRawCodes();

private:
    QTemporaryDir m_dir;
    bool isEnglishSource(const QString &text) const;
    QList<QRegularExpression> m_english; // in parts: one pattern of all is too large for PCRE
};

bool TestChineseWalk::isEnglishSource(const QString &text) const
{
    for (const QRegularExpression &part : m_english) {
        if (part.match(text).hasMatch())
            return true;
    }
    return false;
}

void TestChineseWalk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    const QStringList patterns =
        englishPatterns(QStringLiteral(CERTDESK_SOURCE_DIR "/translations/certdesk_en.ts"), &error);
    QVERIFY2(patterns.size() > 500, qPrintable(error));
    for (qsizetype at = 0; at < patterns.size(); at += 200) {
        QRegularExpression part(
            QStringLiteral("^(?:%1)$").arg(patterns.mid(at, 200).join(QLatin1Char('|'))));
        QVERIFY2(part.isValid(), qPrintable(part.errorString()));
        part.optimize();
        m_english << part;
    }
}

// Qt's standard dialogs speak Chinese only with qtbase_zh_CN.qm from Debian's
// qt6-translations-l10n (scripts/setup.sh); installTranslations loads it from
// QLibraryInfo's translations folder.
void TestChineseWalk::qtCatalogueIsLoaded()
{
    QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_zh_CN.qm")),
             "qtbase_zh_CN.qm is missing: install qt6-translations-l10n");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

// The audit trail keeps what was written (its hash chain covers it); rows written
// before this change and after read alike, in the user's language.
void TestChineseWalk::auditDetailsReadInChinese()
{
    QCOMPARE(AuditWording::detail(QStringLiteral("67 rows, print preview")),
             QStringLiteral("67 行，打印预览"));
    QCOMPARE(
        AuditWording::detail(QStringLiteral("created district-admin at 370299 duties certify")),
        QStringLiteral("创建：%1，辖区 370299")
            .arg(Permissions::roleName(Role::DistrictAdministrator)));
    QCOMPARE(AuditWording::detail(
                 QStringLiteral("3354d2bc-9c4b-4d6e-ac15-0a168ddd297c alive home-visit")),
             QStringLiteral("%1，%2（记录 3354d2bc-9c4b-4d6e-ac15-0a168ddd297c）")
                 .arg(VerificationTerms::displayName(LivingStatus::Alive),
                      VerificationTerms::displayName(VerificationMethod::HomeVisit)));
    QCOMPARE(AuditWording::target(QStringLiteral("monthly archive 370299")),
             QStringLiteral("月度归档 370299"));
    // A text of no known form is shown as stored.
    QCOMPARE(AuditWording::detail(QStringLiteral("手工备注")), QStringLiteral("手工备注"));
}

void TestChineseWalk::noEnglishOrRawCodes()
{
    WindowTour tour(m_dir.path());
    QVERIFY2(tour.window(), qPrintable(tour.error()));
    // Latin that is right in Chinese too: names of programs, formats and standards.
    static const QRegularExpression allowed(QStringLiteral(
        "^(CertDesk|PDF|CSV|XLSX|Excel|SHA-256|CA|HTTPS?|https?://\\S*|Ctrl\\+\\S+|F\\d+)$"));
    // Latin only, with two words of three letters or more apart (not a file name).
    static const QRegularExpression latinOnly(QStringLiteral("^[\\x20-\\x7e…—]+$"));
    static const QRegularExpression twoWords(
        QStringLiteral("(^|[\\s,;(])[A-Za-z]{3,}[\\s,;:)]+.*[A-Za-z]{3,}"));
    static const QRegularExpression oneWord(QStringLiteral("^[A-Za-z][a-z]{2,}[:.…]?$"));
    static const QRegularExpression month(
        QStringLiteral("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b"));
    static const QRegularExpression rawCode(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12})$"));
    // Qt's file dialog dates follow the system locale (LANG), not the program's
    // language: "6 Dec" under LANG=C, "2026/12/6" on a Chinese desk.
    const QString fileDialog = QStringLiteral("QFileDialog");
    QStringList problems;
    const bool ran = tour.run([&](const QString &stop, QWidget *window) {
        const QList<Shown> strings = visibleStrings(window);
        for (const Shown &s : strings) {
            const QString text = s.text.trimmed();
            if (text.isEmpty() || allowed.match(text).hasMatch())
                continue;
            QString why;
            if (isEnglishSource(text))
                why = QStringLiteral("English source");
            else if (latinOnly.match(text).hasMatch() && twoWords.match(text).hasMatch())
                why = QStringLiteral("English words");
            else if (!s.cell && oneWord.match(text).hasMatch())
                why = QStringLiteral("English word");
            else if (month.match(text).hasMatch() && !s.where.startsWith(fileDialog))
                why = QStringLiteral("English month");
            else if (rawCode.match(text).hasMatch())
                why = QStringLiteral("raw node code");
            if (why.isEmpty())
                continue;
            const QString line = QStringLiteral("[%1] %2: %3 \"%4\"").arg(stop, s.where, why, text);
            if (!problems.contains(line))
                problems << line;
        }
    });
    QVERIFY2(ran, qPrintable(tour.error()));
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p)); // all of them: a failure message is cut at 1,000 bytes
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above; the first: %2")
                            .arg(problems.size())
                            .arg(problems.value(0))));
}

QTEST_MAIN(TestChineseWalk)
#include "tst_chinesewalk.moc"
