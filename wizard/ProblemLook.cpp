#include "ProblemLook.h"

#include "Contrast.h"
#include "Icons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QStyle>

namespace ProblemLook {

namespace {

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

QColor textColor(const QPalette &palette, Severity severity)
{
    // The hue says the severity; from its fullest, the lightness moves just far enough towards
    // white on a dark window, towards black on a light one, for the text to read well.
    const int hue = severity == Severity::Error ? 0 : 35;
    return Contrast::readable(QColor::fromHsl(hue, 220, 128), palette.color(QPalette::Window),
                              palette.color(QPalette::Base));
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
