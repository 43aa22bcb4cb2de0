#pragma once

namespace certdesk
{

// Dates in Qt's own dialogs in the program's language, not the desktop's.
//
// Qt's file dialog writes a file's date with QLocale::system(), which Qt reads
// once from LC_ALL, LC_TIME or LANG; under LANG=C the Chinese window showed
// "6 Dec" (issue 17). The C library's locale, which the rest of the desktop
// (and programs we start) see, stays the desktop's.
class SystemDates
{
public:
    // Before QApplication: LC_TIME from the --lang option (zh_CN by default),
    // unless LC_ALL, which the user set on purpose, overrides everything.
    static void followLanguage(int argc, char **argv);
    // After QApplication: Qt has read LC_TIME; the environment and the C
    // library's locale are put back as the desktop had them.
    static void settle();
};

} // namespace certdesk
