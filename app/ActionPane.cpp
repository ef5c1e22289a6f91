#include "ActionPane.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *makeTitle(const QString &objectName, QWidget *parent)
{
    auto *title = new QLabel(parent);
    title->setObjectName(objectName);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setAutoFillBackground(true);
    title->setBackgroundRole(QPalette::Midlight);
    title->setMargin(3);
    title->setWordWrap(true);
    return title;
}

} // namespace

ActionPane::ActionPane(QWidget *parent)
    : QWidget(parent)
    , m_nodeSection(new QWidget(this))
    , m_selectionSection(new QWidget(this))
    , m_nodeTitle(makeTitle(QStringLiteral("actionPaneNodeTitle"), m_nodeSection))
    , m_selectionTitle(makeTitle(QStringLiteral("actionPaneSelectionTitle"), m_selectionSection))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("actionPane"));
    setAccessibleName(tr("Actions"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *heading = new QLabel(tr("Actions"), this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    outer->addWidget(heading);

    for (QWidget *section : {m_nodeSection, m_selectionSection}) {
        auto *layout = new QVBoxLayout(section);
        layout->setContentsMargins(0, 0, 0, 6);
        layout->setSpacing(1);
        layout->addWidget(section == m_nodeSection ? m_nodeTitle : m_selectionTitle);
        outer->addWidget(section);
    }
    m_nodeSection->setObjectName(QStringLiteral("actionPaneNodeSection"));
    m_selectionSection->setObjectName(QStringLiteral("actionPaneSelectionSection"));

    m_explanation->setObjectName(QStringLiteral("actionExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(4);
    m_explanation->hide();
    outer->addWidget(m_explanation);
    outer->addStretch(1);

    setTitle(Section::Node, QString());
    setTitle(Section::Selection, QString());
}

QVBoxLayout *ActionPane::layoutOf(Section section) const
{
    return static_cast<QVBoxLayout *>((section == Section::Node ? m_nodeSection : m_selectionSection)->layout());
}

QToolButton *ActionPane::addAction(Section section, QAction *action)
{
    QWidget *parent = section == Section::Node ? m_nodeSection : m_selectionSection;
    auto *button = new QToolButton(parent);
    button->setObjectName(action->objectName() + QLatin1String("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The action's icon at the size of the EMC's action pane: that of a list's.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, button);
    button->setIconSize(QSize(iconSize, iconSize));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    // QToolButton follows its default action's text, state and tool tip, but not its visibility.
    button->setVisible(action->isVisible());
    connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
    layoutOf(section)->addWidget(button, 0, Qt::AlignLeft);
    return button;
}

void ActionPane::addSeparator(Section section)
{
    auto *line = new QFrame(section == Section::Node ? m_nodeSection : m_selectionSection);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layoutOf(section)->addWidget(line);
}

void ActionPane::setTitle(Section section, const QString &title)
{
    QLabel *label = section == Section::Node ? m_nodeTitle : m_selectionTitle;
    label->setText(title);
    (section == Section::Node ? m_nodeSection : m_selectionSection)->setVisible(!title.isEmpty());
}

void ActionPane::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

QString ActionPane::explanation() const
{
    return m_explanation->text();
}
