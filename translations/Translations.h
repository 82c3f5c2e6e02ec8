#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace adp::i18n {

// Languages the clients ship, as locale names.
QStringList availableLanguages();
// Loads ADP's and Qt's translations for `language` ("en", "zh_CN"), or for
// the system locale when empty. Returns the language in effect.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace adp::i18n
