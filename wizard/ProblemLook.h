#pragma once

#include <QColor>

class QLabel;
class QPalette;

// How problem labels look (docs/decisions.md#palette): the severity's icon beside the text, so
// that meaning is not carried by colour alone, and a text colour of the severity's hue (red for
// errors, amber for warnings) whose lightness is chosen from the palette, so that it keeps a WCAG
// contrast ratio of at least 4.5:1 in light and dark palettes alike.
namespace ProblemLook {

enum class Severity { Error, Warning };

// The text colour for `severity` on `palette`'s Window (and on its Base too, where both are on the
// same side of light and dark): at least 4.5:1 against them.
QColor textColor(const QPalette &palette, Severity severity);

// Shows `severity`'s icon at the start of `label` (a child label, objectName "problemIcon", whose
// accessible name says the severity) and returns the text colour for `palette`, which the caller
// sets. The label keeps its colour and icon right when the palette changes later.
QColor decorate(QLabel *label, const QPalette &palette, Severity severity);

} // namespace ProblemLook
