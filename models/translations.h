#pragma once

#include <QString>

class QCoreApplication;

namespace certdesk
{

// Installs the program's translation (zh_CN by default, en on request) and Qt's
// own for standard dialogs. Returns false when the language is not shipped.
// Our .qm files come from installedTranslationsPath() when present there,
// otherwise from the copies embedded in the program.
bool installTranslations(QCoreApplication &app, const QString &language);
QStringList shippedLanguages(); // zh_CN, en
// <executable's folder>/../share/certdesk/translations (/usr/share/certdesk/translations when
// installed).
QString installedTranslationsPath();

} // namespace certdesk
