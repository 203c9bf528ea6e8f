// The few colours that carry a meaning (error, warning, success, information), chosen for the
// system palette in use: darker on a light window, lighter on a dark one, so that text in them
// stays readable in both (no colour is hard-coded against a light background).
#pragma once

#include <QColor>
#include <QPalette>

namespace releve::ui::statuscolours {

enum class Meaning { Error, Warning, Success, Information };

// True when the palette's window is dark (a dark theme).
bool isDark(const QPalette &palette);
// A text colour with this meaning that reads well on the palette's base and window.
QColor text(Meaning meaning, const QPalette &palette);
// A background for a badge or chip with white or near-white text on it.
QColor fill(Meaning meaning, const QPalette &palette);

} // namespace releve::ui::statuscolours
