#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace releve::ui {

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

QString interfaceLanguage()
{
    const QString language = QSettings().value(languageKey).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("fr");
}

void setInterfaceLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

bool installTranslations(QCoreApplication *application, const QString &language)
{
    auto *qt = new QTranslator(application);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(application);
    if (!own->load(QStringLiteral(":/i18n/releve_") + language)) {
        delete own;
        return language == QLatin1String("en");
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace releve::ui
