#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

// The EMC's left-hand pane: every step of the wizard, the current one highlighted, the done ones
// ticked and the skipped ones greyed out.
class StepListWidget : public QWidget
{
    Q_OBJECT
public:
    enum class StepState { Pending, Current, Done, Skipped };
    Q_ENUM(StepState)

    explicit StepListWidget(QWidget *parent = nullptr);

    // One step per title, all pending.
    void setSteps(const QStringList &titles);
    int count() const { return int(m_labels.size()); }
    QString title(int index) const;

    void setState(int index, StepState state);
    StepState state(int index) const;
    // The icon beside a step, showing its state (objectName "step<index>Icon").
    QLabel *iconLabel(int index) const { return m_icons.value(index); }
    // The label showing a step (objectName "step<index>"), for tests and accessibility checks.
    QLabel *label(int index) const;
    // The current step's index, or -1.
    int currentIndex() const { return int(m_states.indexOf(StepState::Current)); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(int index);
    void fitLongestWord();
    void announceCurrentStep();

    QStringList m_titles;
    QList<StepState> m_states;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_icons; // parallel to m_labels
};
