// File dialogs with a seam for tests: a file name set in advance is returned without showing
// anything (after KeePassXC's FileDialog).
#pragma once

#include <QString>

class QWidget;

namespace releve::ui {

class FileDialog
{
public:
    // An empty result means the person cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedPath, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    // The next save or open dialog returns this name without showing anything (tests).
    static void setNextFileName(const QString &fileName);
};

} // namespace releve::ui
