#pragma once

// Checks a window the way a keyboard or screen reader user meets it: every control that takes
// the focus has an accessible name; no two mnemonics (Alt+letter) of what is shown at once
// clash, in the window, its menu bar and each menu; a mnemonic always leads somewhere; text
// boxes never swallow Tab. Each check returns the defects found, one sentence each (empty: none).
// Header-only; each test includes it once.

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace AccessibilityAudit {

// The mnemonic a text gives ("Na&me" -> Alt+M; "&&" is a literal ampersand), or empty.
inline QKeySequence mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}

inline QString describe(const QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                        : widget->objectName();
    return name;
}

// The widgets of `window` shown with it (those of hidden pages, tabs and panels are not).
inline QList<QWidget *> shownWidgets(QWidget *window)
{
    QList<QWidget *> shown;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() == window && widget->isVisibleTo(window))
            shown.append(widget);
    }
    return shown;
}

// Every mnemonic and Alt shortcut active in `window` at once: buttons (including explicit Alt
// shortcuts), labels with a buddy, group boxes, tabs, and the menu bar's titles.
inline QMultiMap<QString, QString> mnemonicsOf(QWidget *window, QStringList *defects = nullptr)
{
    QMultiMap<QString, QString> keys; // portable key text -> "text" (objectName)
    const auto add = [&keys](const QKeySequence &key, const QString &text, const QWidget *widget) {
        if (key.isEmpty() || !(key[0].keyboardModifiers() & Qt::AltModifier))
            return;
        keys.insert(key.toString(QKeySequence::PortableText),
                    QStringLiteral("\"%1\" (%2)").arg(text, describe(widget)));
    };
    for (QWidget *widget : shownWidgets(window)) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->shortcut(), button->text(), button);
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            const QKeySequence key = mnemonicOf(label->text());
            if (key.isEmpty() || label->textFormat() == Qt::RichText)
                continue;
            if (!label->buddy() && defects)
                defects->append(QStringLiteral("the label \"%1\" (%2) has a mnemonic but no buddy")
                                    .arg(label->text(), describe(label)));
            else
                add(key, label->text(), label);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(mnemonicOf(group->title()), group->title(), group);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(mnemonicOf(tabs->tabText(i)), tabs->tabText(i), tabs);
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible() && !action->isSeparator())
                    add(mnemonicOf(action->text()), action->text(), bar);
            }
        }
    }
    return keys;
}

inline QStringList clashesIn(const QMultiMap<QString, QString> &keys)
{
    QStringList clashes;
    for (const QString &key : keys.uniqueKeys()) {
        const QStringList owners = keys.values(key);
        if (owners.size() > 1)
            clashes.append(QStringLiteral("%1 is the mnemonic of %2").arg(key, owners.join(QLatin1String(" and "))));
    }
    return clashes;
}

// Mnemonics shown at once in `window` that clash, and labels whose mnemonic leads nowhere.
inline QStringList mnemonicClashes(QWidget *window)
{
    QStringList defects;
    defects += clashesIn(mnemonicsOf(window, &defects));
    return defects;
}

// Clashes among the visible entries of `menu` and, recursively, of its submenus.
inline QStringList menuClashes(QMenu *menu)
{
    QMultiMap<QString, QString> keys;
    QStringList defects;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QKeySequence key = mnemonicOf(action->text());
        if (!key.isEmpty())
            keys.insert(key.toString(QKeySequence::PortableText),
                        QStringLiteral("\"%1\" (%2)").arg(action->text(), action->objectName()));
        if (QMenu *submenu = action->menu())
            defects += menuClashes(submenu);
    }
    for (const QString &clash : clashesIn(keys))
        defects.append(QStringLiteral("menu %1: %2").arg(menu->objectName(), clash));
    return defects;
}

// Whether the widget takes the focus by Tab itself (not an inner part that hands it on).
inline bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// Focusable controls shown in `window` that have no accessible name (neither their own nor one
// derived from their text or their buddy label), and text boxes that keep Tab for themselves.
inline QStringList unnamedControls(QWidget *window)
{
    QStringList defects;
    for (QWidget *widget : shownWidgets(window)) {
        if (!takesTabFocus(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        // A name of punctuation only ("<", "...") says nothing.
        const bool meaningful = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!meaningful) {
            defects.append(QStringLiteral("%1 (%2) has no accessible name%3")
                               .arg(describe(widget), QString::fromLatin1(widget->metaObject()->className()),
                                    name.isEmpty() ? QString() : QStringLiteral(" (only \"%1\")").arg(name)));
        }
        const auto *plain = qobject_cast<const QPlainTextEdit *>(widget);
        const auto *rich = qobject_cast<const QTextEdit *>(widget);
        if ((plain && !plain->tabChangesFocus()) || (rich && !rich->tabChangesFocus()))
            defects.append(QStringLiteral("%1 keeps Tab: the keyboard cannot leave it").arg(describe(widget)));
    }
    return defects;
}

// Every defect of `window`, each prefixed with `where`.
inline QStringList auditNames(const QString &where, QWidget *window)
{
    QStringList defects;
    for (const QString &defect : unnamedControls(window))
        defects.append(where + QStringLiteral(": ") + defect);
    return defects;
}

inline QStringList auditMnemonics(const QString &where, QWidget *window)
{
    QStringList defects;
    if (auto *menu = qobject_cast<QMenu *>(window)) {
        for (const QString &defect : menuClashes(menu))
            defects.append(where + QStringLiteral(": ") + defect);
        return defects;
    }
    for (const QString &defect : mnemonicClashes(window))
        defects.append(where + QStringLiteral(": ") + defect);
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            if (QMenu *menu = action->menu()) {
                for (const QString &defect : menuClashes(menu))
                    defects.append(where + QStringLiteral(": ") + defect);
            }
        }
    }
    return defects;
}

} // namespace AccessibilityAudit
