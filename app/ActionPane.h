#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;
class QVBoxLayout;

// The console's action pane: the actions of the selected console tree node and of the selected
// connector as buttons under two headings, and why any of them is unavailable.
class ActionPane : public QWidget
{
    Q_OBJECT
public:
    enum class Section { Node, Selection };
    Q_ENUM(Section)

    explicit ActionPane(QWidget *parent = nullptr);

    // A button for `action` in a section; the button follows the action's text, enabled state,
    // tool tip and visibility. Its objectName is the action's plus "Button".
    QToolButton *addAction(Section section, QAction *action);
    void addSeparator(Section section);
    // The heading of a section; an empty title hides the whole section.
    void setTitle(Section section, const QString &title);
    // The reasons that actions are unavailable; empty hides the label.
    void setExplanation(const QString &text);
    QString explanation() const;

private:
    QVBoxLayout *layoutOf(Section section) const;

    QWidget *m_nodeSection;
    QWidget *m_selectionSection;
    QLabel *m_nodeTitle;
    QLabel *m_selectionTitle;
    QLabel *m_explanation;
};
