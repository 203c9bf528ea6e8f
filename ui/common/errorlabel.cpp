#include "errorlabel.h"

using namespace Qt::StringLiterals;

namespace releve::ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(u"color: #b3261e;"_s);
    setAccessibleName(tr("Error"));
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

} // namespace releve::ui
