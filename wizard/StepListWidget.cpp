#include "StepListWidget.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

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
    qDeleteAll(m_labels);
    m_labels.clear();
    m_titles = titles;
    m_states = QList<StepState>(titles.size(), StepState::Pending);
    for (int i = 0; i < titles.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        box->insertWidget(i, label);
        m_labels.append(label);
        render(i);
    }
    announceCurrentStep();
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
    QWidget::changeEvent(event);
}

void StepListWidget::render(int index)
{
    QLabel *label = m_labels.at(index);
    const QString title = m_titles.at(index);
    // A marker column in text, not only colour, so that the state also reads in high contrast;
    // the title wraps beside it.
    QString marker;
    QString stateName;
    QFont font = this->font();
    QPalette palette = this->palette();
    bool enabled = true;
    switch (m_states.at(index)) {
    case StepState::Pending:
        stateName = tr("not done yet");
        break;
    case StepState::Current:
        marker = QStringLiteral("\u25B6");
        stateName = tr("current step");
        font.setBold(true);
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Highlight));
        break;
    case StepState::Done:
        marker = QStringLiteral("\u2713");
        stateName = tr("done");
        break;
    case StepState::Skipped:
        stateName = tr("skipped");
        enabled = false; // greyed by the style
        break;
    }
    label->setEnabled(enabled);
    label->setFont(font);
    label->setPalette(palette);
    label->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"18\">%1</td>"
                                  "<td>%2</td></tr></table>")
                       .arg(marker, title.toHtmlEscaped()));
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
