#pragma once

#include "Problem.h"
#include "ProblemLook.h"

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QStringList>

// Shows problems inline under a page or a dialog: one message a line, in a red-ish colour while
// any is an error and an amber one for warnings only; hidden when there is nothing to say.
namespace ProblemLabel {

inline QLabel *create(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

inline void show(QLabel *label, const Problems &problems)
{
    QStringList messages;
    for (const Problem &problem : problems)
        messages.append(problem.message);
    QPalette palette = label->palette();
    const auto severity = hasErrors(problems) ? ProblemLook::Severity::Error : ProblemLook::Severity::Warning;
    palette.setColor(QPalette::WindowText, ProblemLook::decorate(label, palette, severity)); // and its icon
    label->setPalette(palette);
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

} // namespace ProblemLabel
