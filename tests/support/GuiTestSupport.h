#pragma once

// Helpers shared by the GUI tests: reading and writing files, and acting on widgets the way a
// person does (clicks on a radio button's indicator, menus and modal dialogs that run their own
// event loops). Header-only; each test includes it once.

#include "ConnectorListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace GuiTestSupport {

// The row of the connector `name` in a console's connector list (ConnectorListModel's name
// role), or an invalid index.
inline QModelIndex connectorRow(const QAbstractItemView *view, const QString &name)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConnectorListModel::ConnectorNameRole).toString() == name)
            return index;
    }
    return QModelIndex();
}

// Clicks the connector `name` in the list, as a person does (scrolled into view first).
inline bool clickConnectorRow(QAbstractItemView *view, const QString &name)
{
    const QModelIndex index = connectorRow(view, name);
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return true;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A radio button or check box toggles only when its indicator or text is clicked.
inline QPoint onIndicator(const QWidget *button)
{
    return QPoint(button->height() / 2, button->height() / 2);
}

// Clicks a visible, enabled button (a radio button on its indicator); false when it cannot be.
inline bool click(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    const bool radio = qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, radio ? onIndicator(button) : QPoint());
    return true;
}

// Polls from the event loop (a menu runs its own) for a visible popup menu and acts on it;
// sets *done once it did. Gives up after five seconds.
inline void whenMenuShows(const std::function<void(QMenu *)> &act, bool *done)
{
    auto *timer = new QTimer;
    const QDeadlineTimer deadline(5000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, act, done] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && menu->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(menu);
            *done = true;
        } else if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

// The visible modal widget of type T with that object name, once it shows; nullptr on time-out.
template <typename T>
T *waitForModal(const QString &objectName)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = qobject_cast<T *>(QApplication::activeModalWidget());
        return found && found->objectName() == objectName && found->isVisible();
    });
    return shown ? found : nullptr;
}

inline bool waitUntilClosed(QWidget *dialog)
{
    const QPointer<QWidget> guard(dialog);
    return QTest::qWaitFor([&] { return !guard || !guard->isVisible(); });
}

} // namespace GuiTestSupport
