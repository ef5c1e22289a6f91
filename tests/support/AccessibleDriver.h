#pragma once

// Drives the application the way assistive technology does: controls are found by their
// accessible name (and role) in the accessibility tree from the application's root, and are
// acted on through the accessible interface only (actions, editable text, values, table cells).
// Names are looked up through the catalogue (uiName), so that a walk works in every language.
// Header-only; each test includes it once.

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAccessibleEditableTextInterface>
#include <QAccessibleTableCellInterface>
#include <QAccessibleTableInterface>
#include <QAccessibleValueInterface>
#include <QCoreApplication>
#include <QString>

namespace AccessibleDriver {

// The text a control shows for `source` in `context`, as assistive technology names it: the
// translation with its mnemonic marker removed ("&Next >" -> "Next >", "Tom && Jerry" -> "Tom & Jerry").
inline QString uiName(const char *context, const char *source)
{
    const QString text = QCoreApplication::translate(context, source);
    QString name;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                name.append(QLatin1Char('&'));
                ++i;
            }
            continue;
        }
        name.append(text.at(i));
    }
    return name;
}

inline QAccessibleInterface *application()
{
    return QAccessible::queryAccessibleInterface(QCoreApplication::instance());
}

// The first shown object under `root` (depth first) with that name and, unless NoRole, that role.
inline QAccessibleInterface *find(QAccessibleInterface *root, const QString &name,
                                  QAccessible::Role role = QAccessible::NoRole)
{
    if (!root || root->state().invisible)
        return nullptr;
    if (root->text(QAccessible::Name) == name && (role == QAccessible::NoRole || root->role() == role))
        return root;
    for (int i = 0; i < root->childCount(); ++i) {
        if (QAccessibleInterface *found = find(root->child(i), name, role))
            return found;
    }
    return nullptr;
}

// The tree under `root`, one line per object (role, name, states that matter), for failure messages.
inline QString dump(QAccessibleInterface *root, int depth = 0)
{
    if (!root)
        return QString();
    QString line = QString(depth * 2, QLatin1Char(' '))
        + QStringLiteral("%1 \"%2\"%3%4\n")
              .arg(QString::number(int(root->role()), 16), root->text(QAccessible::Name),
                   root->state().invisible ? QStringLiteral(" invisible") : QString(),
                   root->state().disabled ? QStringLiteral(" disabled") : QString());
    for (int i = 0; i < root->childCount(); ++i)
        line += dump(root->child(i), depth + 1);
    return line;
}

// A top-level window (the wizard, a dialog) by its accessible name: its title.
inline QAccessibleInterface *window(const QString &title)
{
    QAccessibleInterface *root = application();
    for (int i = 0; root && i < root->childCount(); ++i) {
        QAccessibleInterface *child = root->child(i);
        if (child && !child->state().invisible && child->text(QAccessible::Name) == title)
            return child;
    }
    return nullptr;
}

inline bool doAction(QAccessibleInterface *control, const QString &action)
{
    QAccessibleActionInterface *actions = control ? control->actionInterface() : nullptr;
    if (!actions || !actions->actionNames().contains(action) || control->state().disabled)
        return false;
    actions->doAction(action);
    return true;
}

// Presses a button (push button, tool button, a menu entry).
inline bool press(QAccessibleInterface *control)
{
    return doAction(control, QAccessibleActionInterface::pressAction());
}

// Checks a check box or radio button that is not checked yet.
inline bool check(QAccessibleInterface *control)
{
    if (!control)
        return false;
    if (control->state().checked)
        return true;
    return doAction(control, QAccessibleActionInterface::toggleAction());
}

// Replaces the text of an editable control, as a screen reader's "set text" does.
inline bool setText(QAccessibleInterface *control, const QString &text)
{
    if (!control || control->state().disabled || control->state().readOnly)
        return false;
    if (QAccessibleEditableTextInterface *editable = control->editableTextInterface()) {
        QAccessibleTextInterface *current = control->textInterface();
        editable->replaceText(0, current ? current->characterCount() : 0, text);
    } else {
        control->setText(QAccessible::Value, text);
    }
    return true;
}

// Sets the value of a spin box or slider.
inline bool setValue(QAccessibleInterface *control, const QVariant &value)
{
    QAccessibleValueInterface *values = control ? control->valueInterface() : nullptr;
    if (!values || control->state().disabled)
        return false;
    values->setCurrentValue(value);
    return true;
}

// Selects the row of a list, tree or table whose cell shows `text`, as AT-SPI's Table.selectRow
// does: Qt 6.4 has no selection interface, and a tree item's toggle action selects the row with
// the item's number under its parent instead of its own row in the tree (the table interface
// takes the row the cell reports, which is right).
inline bool select(QAccessibleInterface *view, const QString &text)
{
    for (const QAccessible::Role role : {QAccessible::TreeItem, QAccessible::Cell, QAccessible::ListItem}) {
        QAccessibleInterface *cell = find(view, text, role);
        if (!cell)
            continue;
        if (cell->state().selected)
            return true;
        QAccessibleTableCellInterface *position = cell->tableCellInterface();
        QAccessibleTableInterface *table = view->tableInterface();
        if (position && table)
            return table->selectRow(position->rowIndex());
        return doAction(cell, QAccessibleActionInterface::toggleAction());
    }
    return false;
}

} // namespace AccessibleDriver
