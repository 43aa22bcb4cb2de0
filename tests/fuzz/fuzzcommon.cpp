#include "fuzzcommon.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QtGlobal>

#include <cstdio>

namespace fuzz
{

namespace
{
// Never destroyed: destroying a QGuiApplication during static destruction,
// after Qt's own globals, crashes. libFuzzer never returns from main either.
QCoreApplication *g_app = nullptr;
std::unique_ptr<QTemporaryDir> g_scratch;

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

void init(int *argc, char ***argv)
{
    if (g_app)
        return;
    if (qEnvironmentVariableIsEmpty("CERTDESK_FUZZ_VERBOSE"))
        qInstallMessageHandler(quiet);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication: image plugins (WebP) and fonts; offscreen needs no display.
    g_app = new QGuiApplication(*argc, *argv);
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    g_scratch = std::make_unique<QTemporaryDir>(base + QStringLiteral("/certdesk-fuzz-XXXXXX"));
    if (!g_scratch->isValid())
        fail("no scratch folder");
}

QString scratch()
{
    return g_scratch->path();
}

QString writeFile(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = g_scratch->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail("cannot write the scratch file");
    return path;
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz target broke a promise: %s\n", what);
    std::abort();
}

} // namespace fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::init(argc, argv);
    return 0;
}
