#include "ProblemLook.h"

#include "Icons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QStyle>

#include <cmath>

namespace ProblemLook {

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

constexpr double MinimumContrast = 4.5; // WCAG 2, level AA, for text of normal size

// The icon beside a problem label's text; it also keeps the label's colour in step with the palette.
class Decoration : public QLabel
{
public:
    explicit Decoration(QLabel *label)
        : QLabel(label)
        , m_label(label)
    {
        setObjectName(QStringLiteral("problemIcon"));
        const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
        setFixedSize(size, size);
        QMargins margins = label->contentsMargins();
        const int spacing = label->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
        margins.setLeft(margins.left() + size + (spacing >= 0 ? spacing : 6));
        label->setContentsMargins(margins);
        move(0, qMax(0, (label->fontMetrics().height() - size) / 2));
        show(); // with the label
    }

    void setSeverity(Severity severity)
    {
        m_severity = severity;
        setAccessibleName(severity == Severity::Error ? QCoreApplication::translate("ProblemLabel", "Error")
                                                      : QCoreApplication::translate("ProblemLabel", "Warning"));
        refreshIcon();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        // The label's (and so this child's) palette changed, e.g. to a dark one: new colour, new icon.
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
            refreshIcon();
            QPalette palette = m_label->palette();
            const QColor colour = textColor(palette, m_severity);
            if (palette.color(QPalette::WindowText) != colour) {
                palette.setColor(QPalette::WindowText, colour);
                m_label->setPalette(palette);
            }
        }
        QLabel::changeEvent(event);
    }

private:
    void refreshIcon()
    {
        const QIcon icon =
            Icons::get(m_severity == Severity::Error ? Icons::Purpose::ProblemError : Icons::Purpose::ProblemWarning);
        setPixmap(icon.pixmap(size(), devicePixelRatioF()));
    }

    QLabel *m_label;
    Severity m_severity = Severity::Error;
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColor(const QPalette &palette, Severity severity)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // The hue says the severity; the lightness moves from the hue's fullest towards white on a dark
    // window, towards black on a light one, until the text reads well. At this threshold white and
    // black contrast equally with the window, so the far end always reaches 4.5:1 against it.
    constexpr double DarkBelow = 0.179;
    const int hue = severity == Severity::Error ? 0 : 35;
    const bool darkWindow = luminance(window) < DarkBelow;
    const bool baseOnSameSide = (luminance(base) < DarkBelow) == darkWindow;
    for (const bool againstBase : {baseOnSameSide, false}) {
        for (int step = 0; step <= 128; step += 4) {
            const int lightness = darkWindow ? qMin(255, 128 + step) : qMax(0, 128 - step);
            const QColor candidate = QColor::fromHsl(hue, 220, lightness);
            if (contrastRatio(candidate, window) >= MinimumContrast
                && (!againstBase || contrastRatio(candidate, base) >= MinimumContrast)) {
                return candidate;
            }
        }
    }
    return QColor::fromHsl(hue, 220, darkWindow ? 255 : 0); // not reached: the loop ends there
}

QColor decorate(QLabel *label, const QPalette &palette, Severity severity)
{
    auto *decoration = static_cast<Decoration *>(
        label->findChild<QLabel *>(QStringLiteral("problemIcon"), Qt::FindDirectChildrenOnly));
    if (!decoration)
        decoration = new Decoration(label);
    decoration->setSeverity(severity);
    return textColor(palette, severity);
}

} // namespace ProblemLook
