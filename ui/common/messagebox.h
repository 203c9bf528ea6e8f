// Message boxes with a seam for tests: an answer set in advance is returned without showing
// anything, so a test never blocks on a modal box (after KeePassXC's MessageBox).
#pragma once

#include <QMessageBox>

namespace releve::ui {

class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The next box returns this answer at once (then the seam is cleared).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown or answered, for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace releve::ui
