#pragma once

#include <QColor>

// Text colours that stay readable on the palette's backgrounds (docs/decisions.md#palette): WCAG 2
// contrast, and an accent colour moved in lightness (hue kept) until it reaches 4.5:1.
namespace Contrast {

constexpr double Minimum = 4.5; // WCAG 2, level AA, for text of normal size

// The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);

// `colour` itself when it reaches Minimum on `background` (and on `alsoOn`, when given and on the
// same side of light and dark); else the same hue, lighter on a dark background or darker on a
// light one, just enough to reach it.
QColor readable(const QColor &colour, const QColor &background, const QColor &alsoOn = QColor());

} // namespace Contrast
