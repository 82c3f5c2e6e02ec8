#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace adp::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString chosen = QStringLiteral("en");
    if (locale.language() == QLocale::Chinese)
        chosen = QStringLiteral("zh_CN");

    // Translators belong to the application object for its whole life.
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/adp_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(chosen));
    return chosen;
}

} // namespace adp::i18n
