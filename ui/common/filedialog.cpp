#include "filedialog.h"

#include <QFileDialog>

namespace releve::ui {

namespace {
QString nextFileName;
} // namespace

QString FileDialog::saveFileName(QWidget *parent, const QString &caption,
                                 const QString &suggestedPath, const QString &filter)
{
    if (!nextFileName.isEmpty()) {
        const QString fileName = nextFileName;
        nextFileName.clear();
        return fileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    if (!nextFileName.isEmpty()) {
        const QString fileName = nextFileName;
        nextFileName.clear();
        return fileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

} // namespace releve::ui
