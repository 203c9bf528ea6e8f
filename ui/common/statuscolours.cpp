#include "statuscolours.h"

namespace releve::ui::statuscolours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor text(Meaning meaning, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (meaning) {
    case Meaning::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Meaning::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa3, 0x4e, 0x00);
    case Meaning::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case Meaning::Information:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    }
    return palette.color(QPalette::Text);
}

QColor fill(Meaning meaning, const QPalette &)
{
    // Mid-dark fills: white text on them has a contrast of at least 4.5:1 (WCAG AA).
    switch (meaning) {
    case Meaning::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Meaning::Warning:
        return QColor(0x9a, 0x4a, 0x00);
    case Meaning::Success:
        return QColor(0x1b, 0x5e, 0x20);
    case Meaning::Information:
        return QColor(0x15, 0x65, 0xc0);
    }
    return QColor(0x45, 0x5a, 0x64);
}

} // namespace releve::ui::statuscolours
