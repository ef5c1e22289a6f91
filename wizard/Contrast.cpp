#include "Contrast.h"

#include <cmath>

namespace Contrast {

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

// At this luminance white and black contrast equally with a background, so moving towards the far
// one always reaches Minimum against that background.
constexpr double DarkBelow = 0.179;

} // namespace

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &colour, const QColor &background, const QColor &alsoOn)
{
    const bool dark = luminance(background) < DarkBelow;
    const bool both = alsoOn.isValid() && (luminance(alsoOn) < DarkBelow) == dark;
    const int hue = colour.hslHue();
    const int saturation = colour.hslSaturation();
    for (const bool againstBoth : {both, false}) {
        for (int lightness = colour.lightness(); lightness >= 0 && lightness <= 255; lightness += dark ? 4 : -4) {
            const QColor candidate = QColor::fromHsl(hue, saturation, lightness);
            if (ratio(candidate, background) >= Minimum && (!againstBoth || ratio(candidate, alsoOn) >= Minimum))
                return candidate;
        }
    }
    return QColor::fromHsl(hue, saturation, dark ? 255 : 0); // white or black: reaches Minimum
}

} // namespace Contrast
