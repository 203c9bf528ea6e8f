// The interface language: French by default (the users are French), English on request.
// Installs Relève's translation and Qt's own (dialog buttons, print preview…).
#pragma once

#include <QString>

class QCoreApplication;

namespace releve::ui {

// "fr" or "en", from the settings key "ui/language"; French when unset or unknown.
QString interfaceLanguage();
void setInterfaceLanguage(const QString &language); // takes effect at the next start
// Loads the translations of the given language into the application; false when Relève's
// own translation could not be loaded (English, the source language, needs none).
bool installTranslations(QCoreApplication *application, const QString &language);

} // namespace releve::ui
