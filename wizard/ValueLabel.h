#pragma once

#include <QLabel>
#include <QString>

// A label that shows a value read from the organization or a result (a connector's name, a
// next hop, a reason): plain text, wrapped, and selectable by mouse and keyboard so that an
// administrator can copy it; named for assistive technology.
inline QLabel *makeValueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
