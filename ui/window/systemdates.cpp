#include "window/systemdates.h"

#include <QByteArray>
#include <QLocale>
#include <clocale>
#include <cstring>

namespace certdesk
{

namespace
{
bool g_changed = false;
bool g_hadTime = false;
QByteArray g_time; // LC_TIME as the desktop set it

QByteArray languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if ((std::strcmp(a, "--lang") == 0 || std::strcmp(a, "-lang") == 0) && i + 1 < argc)
            return argv[i + 1];
        if (std::strncmp(a, "--lang=", 7) == 0)
            return a + 7;
    }
    return "zh_CN";
}
} // namespace

void SystemDates::followLanguage(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("LC_ALL"))
        return;
    const QByteArray language = languageArgument(argc, argv);
    // Only the languages the program has; another is refused later with a message.
    if (language != "zh_CN" && language != "en")
        return;
    g_hadTime = qEnvironmentVariableIsSet("LC_TIME");
    g_time = qgetenv("LC_TIME");
    qputenv("LC_TIME", language == "en" ? "en_US.UTF-8" : "zh_CN.UTF-8");
    g_changed = true;
}

void SystemDates::settle()
{
    if (!g_changed)
        return;
    // Qt keeps what it read here for the rest of the run.
    (void)QLocale::system();
    if (g_hadTime)
        qputenv("LC_TIME", g_time);
    else
        qunsetenv("LC_TIME");
    // QApplication set the C library from the changed environment; where the
    // desktop lacks that locale the whole call failed and left "C".
    std::setlocale(LC_ALL, "");
    g_changed = false;
}

} // namespace certdesk
