#pragma once

#include "Problem.h"
#include "ProblemLook.h"

#include <QAccessible>
#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QPointer>
#include <QStringList>
#include <QVBoxLayout>

#include <initializer_list>

// Shows problems inline under a page or a dialog: one message a line, in a red-ish colour while
// any is an error and an amber one for warnings only; hidden when there is nothing to say.
// Problems reach assistive technology as text, not only as colour (docs/decisions.md#accessibility):
// the fields a label speaks for carry its messages in their accessible description (restored
// when the problem is fixed), and a new message is announced with an accessible Alert event.
namespace ProblemLabel {

namespace Detail {
// The fields a label speaks for and their own descriptions, kept in a child of the label.
class Fields : public QObject
{
public:
    explicit Fields(QLabel *label)
        : QObject(label)
    {
        setObjectName(QStringLiteral("problemLabelFields"));
    }
    QList<std::pair<QPointer<QWidget>, QString>> fields; // the field, its description without problems
};

inline Fields *fieldsOf(const QLabel *label)
{
    return static_cast<Fields *>(label->findChild<QObject *>(QStringLiteral("problemLabelFields"),
                                                            Qt::FindDirectChildrenOnly));
}

inline QString describedWith(const QString &own, const QString &messages)
{
    if (messages.isEmpty())
        return own;
    return own.isEmpty() ? messages : messages + QLatin1Char('\n') + own;
}
} // namespace Detail

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

// The fields whose problems `label` shows: their accessible descriptions carry the messages. Call
// after the fields' own accessible descriptions are set (those stay, after the messages).
inline void setFields(QLabel *label, std::initializer_list<QWidget *> fields)
{
    Detail::Fields *known = Detail::fieldsOf(label);
    if (!known)
        known = new Detail::Fields(label);
    const QString messages = label->isHidden() ? QString() : label->text();
    for (QWidget *field : fields) {
        if (!field)
            continue;
        known->fields.append({field, field->accessibleDescription()});
        field->setAccessibleDescription(Detail::describedWith(field->accessibleDescription(), messages));
    }
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

    const QString text = messages.join(QLatin1Char('\n'));
    const bool changed = text != label->text() || label->isHidden() == !text.isEmpty();
    label->setText(text);
    label->setVisible(!messages.isEmpty());
    if (!changed)
        return;
    if (Detail::Fields *known = Detail::fieldsOf(label)) {
        for (const auto &[field, own] : std::as_const(known->fields)) {
            if (field)
                field->setAccessibleDescription(Detail::describedWith(own, text));
        }
    }
    // A new message is announced once; the same one shown again (every keystroke) is not.
    if (!text.isEmpty()) {
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

// A field with its problem label under it, as one form row of a dialog.
inline QWidget *withField(QWidget *field, QLabel *label, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

} // namespace ProblemLabel
