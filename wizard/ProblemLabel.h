#pragma once

#include "Problem.h"

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
    // Dark enough to read on the light backgrounds of the usual styles.
    palette.setColor(QPalette::WindowText, hasErrors(problems) ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x4b, 0x00));
    label->setPalette(palette);
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

} // namespace ProblemLabel
