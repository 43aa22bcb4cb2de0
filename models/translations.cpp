#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace certdesk
{

QStringList shippedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString installedTranslationsPath()
{
    // Relative to the executable, so the packages (/usr/bin -> /usr/share/certdesk/
    // translations) and any other prefix work alike; a build tree has no such
    // folder and uses the copies embedded at :/i18n.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/certdesk/translations"));
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (!shippedLanguages().contains(language))
        return false;
    QLocale::setDefault(QLocale(language));
    auto *ours = new QTranslator(&app);
    const QString file = QStringLiteral("certdesk_%1.qm").arg(language);
    // The installed file first: a corrected translation can be dropped in
    // without rebuilding; the embedded copy is the fallback.
    if (ours->load(file, installedTranslationsPath()) ||
        ours->load(QStringLiteral(":/i18n/") + file)) {
        qCInfo(lcI18n) << "translation loaded from" << ours->filePath();
        QCoreApplication::installTranslator(ours);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace certdesk
