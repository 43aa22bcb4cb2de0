#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

QStringList shippedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (!shippedLanguages().contains(language))
        return false;
    QLocale::setDefault(QLocale(language));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/certdesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}
