#include "StepListWidget.h"
#include "Contrast.h"
#include "Icons.h"

#include <QAccessible>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

StepListWidget::StepListWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Wizard steps"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addStretch(1);
    setMinimumWidth(190);
}

void StepListWidget::setSteps(const QStringList &titles)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    for (int i = 0; i < count(); ++i)
        delete box->takeAt(0); // a step's row; its labels go below
    qDeleteAll(m_icons);
    m_icons.clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    m_titles = titles;
    m_states = QList<StepState>(titles.size(), StepState::Pending);
    for (int i = 0; i < titles.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        // The state's icon, then the title wrapping beside it.
        auto *icon = new QLabel(this);
        icon->setObjectName(QStringLiteral("step%1Icon").arg(i));
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setFixedSize(iconSize, iconSize);
        m_icons.append(icon);
        auto *row = new QHBoxLayout;
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        box->insertLayout(i, row);
        m_labels.append(label);
        render(i);
    }
    fitLongestWord();
    announceCurrentStep();
}

void StepListWidget::fitLongestWord()
{
    // Titles wrap between words, never inside one: wide enough for the longest word in bold (the
    // current step's), which in German is long ("Netzwerkeinstellungen").
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int longest = 0;
    for (const QString &title : std::as_const(m_titles)) {
        for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word));
    }
    const QMargins margins = layout()->contentsMargins();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const int spacing = style()->layoutSpacing(QSizePolicy::Label, QSizePolicy::Label, Qt::Horizontal);
    setMinimumWidth(std::max(190, margins.left() + iconSize + std::max(spacing, 6) + longest + margins.right() + 4));
}

QString StepListWidget::title(int index) const
{
    return m_titles.value(index);
}

void StepListWidget::setState(int index, StepState state)
{
    if (index < 0 || index >= count() || m_states.at(index) == state)
        return;
    m_states[index] = state;
    render(index);
    announceCurrentStep();
}

StepListWidget::StepState StepListWidget::state(int index) const
{
    return m_states.value(index, StepState::Pending);
}

QLabel *StepListWidget::label(int index) const
{
    return m_labels.value(index);
}

void StepListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        for (int i = 0; i < count(); ++i)
            render(i);
    }
    if (event->type() == QEvent::FontChange)
        fitLongestWord();
    QWidget::changeEvent(event);
}

void StepListWidget::render(int index)
{
    QLabel *label = m_labels.at(index);
    const QString title = m_titles.at(index);
    // An icon per state, not only colour, so that the state also reads in high contrast.
    Icons::Purpose icon = Icons::Purpose::StepPending;
    QString stateName;
    QFont font = this->font();
    QPalette palette = this->palette();
    bool enabled = true;
    switch (m_states.at(index)) {
    case StepState::Pending:
        stateName = tr("not done yet");
        break;
    case StepState::Current:
        icon = Icons::Purpose::StepCurrent;
        stateName = tr("current step");
        font.setBold(true);
        // The highlight's hue, as light or dark as the list's background needs to read well; on
        // that Base background a label draws with its Text role.
        palette.setColor(label->foregroundRole(),
                         Contrast::readable(palette.color(QPalette::Highlight), palette.color(backgroundRole())));
        break;
    case StepState::Done:
        icon = Icons::Purpose::StepDone;
        stateName = tr("done");
        break;
    case StepState::Skipped:
        icon = Icons::Purpose::StepSkipped;
        stateName = tr("skipped");
        enabled = false; // greyed by the style
        break;
    }
    label->setEnabled(enabled);
    label->setFont(font);
    label->setPalette(palette);
    QLabel *iconLabel = m_icons.at(index);
    iconLabel->setEnabled(enabled); // a disabled label draws its pixmap greyed
    iconLabel->setPixmap(Icons::get(icon).pixmap(iconLabel->size(), devicePixelRatioF()));
    iconLabel->setAccessibleName(stateName);
    label->setText(title.toHtmlEscaped());
    label->setAccessibleName(tr("%1 (%2)").arg(title, stateName));
}

// Assistive technology hears which step is current, not only sees it highlighted
// (docs/decisions.md#accessibility): the list's description says it, and changes are announced.
void StepListWidget::announceCurrentStep()
{
    const int current = currentIndex();
    const QString description = current < 0
        ? QString()
        : tr("Step %1 of %2: %3").arg(QString::number(current + 1), QString::number(count()), m_titles.at(current));
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (current >= 0) {
        QAccessibleEvent stepChanged(m_labels.at(current), QAccessible::NameChanged);
        QAccessible::updateAccessibility(&stepChanged);
    }
}
