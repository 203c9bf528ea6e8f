#include "errorlabel.h"

#include "statuscolours.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace releve::ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    updateColour();
    setAccessibleName(tr("Error"));
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColour();
}

void ErrorLabel::updateColour()
{
    // The error colour for the palette in use (light or dark), never a fixed dark red.
    const QColor colour = statuscolours::text(statuscolours::Meaning::Error, palette());
    if (palette().color(QPalette::WindowText) == colour)
        return;
    QPalette own = palette();
    own.setColor(QPalette::WindowText, colour);
    setPalette(own);
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

} // namespace releve::ui
