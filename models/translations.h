#pragma once

#include <QString>

class QCoreApplication;

// Installs the program's translation (zh_CN by default, en on request) and Qt's
// own for standard dialogs. Returns false when the language is not shipped.
bool installTranslations(QCoreApplication &app, const QString &language);
QStringList shippedLanguages(); // zh_CN, en
