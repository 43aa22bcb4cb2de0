// Dates in Qt's file dialog follow the program's language (issue 17: the Chinese
// window's file dialog showed "6 Dec" on a desktop with LANG=C), and the desktop's
// environment and C library locale are left as they were. CTest runs this with
// LANG=C.UTF-8 and no LC_TIME.
#include "window/systemdates.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>

using namespace certdesk;

namespace
{
QByteArray g_cLocaleBefore; // the C library's locale before the program touched it
}

class TestSystemDates : public QObject
{
    Q_OBJECT
private slots:
    void fileDialogDatesInTheProgramsLanguage();
    void desktopEnvironmentKept();
};

void TestSystemDates::fileDialogDatesInTheProgramsLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("认证照片.jpg")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    QFileDialog dialog(nullptr, QStringLiteral("x"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(model);
    QTRY_VERIFY(model->rowCount(model->index(dir.path())) == 1);
    const QModelIndex name = model->index(file.fileName());
    const QString shown = name.siblingAtColumn(3).data().toString();
    const QString chinese = QLocale(QLocale::Chinese, QLocale::China)
                                .toString(model->lastModified(name), QLocale::ShortFormat);
    QCOMPARE(shown, chinese);
}

void TestSystemDates::desktopEnvironmentKept()
{
    QVERIFY(!qEnvironmentVariableIsSet("LC_TIME"));
    QCOMPARE(QByteArray(std::setlocale(LC_ALL, nullptr)), g_cLocaleBefore);
}

int main(int argc, char **argv)
{
    // As the program starts: its language is Chinese by default.
    std::setlocale(LC_ALL, "");
    g_cLocaleBefore = std::setlocale(LC_ALL, nullptr);
    std::setlocale(LC_ALL, "C");
    SystemDates::followLanguage(argc, argv);
    QApplication app(argc, argv);
    SystemDates::settle();
    TestSystemDates test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_systemdates.moc"
