// Tests the icons and the look (docs/decisions.md#icons, docs/decisions.md#palette): every purpose
// has an icon that draws something, from the Breeze theme and without any theme; the console tree,
// the action pane, the menus, the connector list's states, the wizard's step list and the list
// editors' buttons show the icons meant for them; the application icon renders at 16 and 256
// pixels; problem labels keep a WCAG contrast of 4.5:1 in light and dark palettes and say their
// severity with an icon.
#include "support/ModelTestSupport.h"
#include "ActionPane.h"
#include "ConnectorListModel.h"
#include "ConsoleTree.h"
#include "ConsoleWindow.h"
#include "Icons.h"
#include "ListEditor.h"
#include "OrganizationStore.h"
#include "ProblemLabel.h"
#include "StepListWidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

using Purpose = Icons::Purpose;
using Kind = ConsoleTree::NodeKind;

class tst_Icons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyPurposeDrawsAnIcon_data();
    void everyPurposeDrawsAnIcon();
    void anotherDesktopThemeComesFirst();
    void darkPaletteTakesBreezeDark();
    void applicationIconRenders_data();
    void applicationIconRenders();
    void consoleShowsItsIcons();
    void stepListShowsEachStatesIcon();
    void currentStepReadsWell_data();
    void currentStepReadsWell();
    void listEditorButtonsShowIcons_data();
    void listEditorButtonsShowIcons();
    void problemLabelContrast_data();
    void problemLabelContrast();
    void problemLabelSaysItsSeverityWithAnIcon();

private:
    QStringList m_themeSearchPaths; // as Icons::install() left them: Breeze available
    QString m_themeName;
    QPalette m_palette;
    QTemporaryDir m_dir;
    QTemporaryDir m_noThemes; // an empty folder: no icon theme at all
};

namespace {

// What an icon draws at `size` pixels; a null image when it draws nothing at all.
QImage drawn(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return image;
        }
    }
    return QImage();
}

QImage drawn(Purpose purpose)
{
    return drawn(Icons::get(purpose), 16);
}

// The WCAG 2 relative luminance and contrast ratio, computed here apart from the product's own.
double relativeLuminance(const QColor &colour)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Breeze's own light and dark colour schemes, as a desktop would set them.
QPalette breezePalette(bool dark)
{
    QPalette palette;
    const QColor window = dark ? QColor(0x2a, 0x2e, 0x32) : QColor(0xef, 0xf0, 0xf1);
    const QColor base = dark ? QColor(0x1b, 0x1e, 0x20) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x29);
    const QColor button = dark ? QColor(0x31, 0x36, 0x3b) : QColor(0xfc, 0xfc, 0xfc);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, window);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(group, QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    }
    return palette;
}

Purpose purposeOf(Kind kind)
{
    switch (kind) {
    case Kind::Organization:
        return Purpose::Organization;
    case Kind::OrganizationConfiguration:
        return Purpose::OrganizationConfiguration;
    case Kind::HubTransport:
        return Purpose::HubTransport;
    case Kind::EdgeTransport:
        return Purpose::EdgeTransport;
    case Kind::EdgeServer:
        break;
    }
    return Purpose::EdgeServer;
}

} // namespace

void tst_Icons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_noThemes.isValid());
    m_palette = QApplication::palette();
    Icons::install();
    m_themeSearchPaths = QIcon::themeSearchPaths();
    m_themeName = QIcon::themeName();
    // The platform of the tests (offscreen, or a bare Xvfb) names no theme: Breeze is chosen.
    QCOMPARE(m_themeName, QStringLiteral("breeze"));
    QVERIFY2(QIcon::hasThemeIcon(QStringLiteral("list-add")), "breeze-icon-theme and libqt6svg6 are installed");
}

void tst_Icons::cleanup()
{
    QApplication::setPalette(m_palette);
    QIcon::setThemeSearchPaths(m_themeSearchPaths);
    QIcon::setThemeName(m_themeName);
    const QWidgetList left = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [](const QWidget *w) { return w->isVisible(); }));
}

void tst_Icons::everyPurposeDrawsAnIcon_data()
{
    QTest::addColumn<Purpose>("purpose");
    QTest::addColumn<bool>("withTheme");
    const QMetaEnum purposes = QMetaEnum::fromType<Purpose>();
    QVERIFY(purposes.keyCount() > 0);
    for (int i = 0; i < purposes.keyCount(); ++i) {
        for (bool withTheme : {true, false}) {
            QTest::addRow("%s, %s", purposes.key(i), withTheme ? "Breeze" : "no theme")
                << Purpose(purposes.value(i)) << withTheme;
        }
    }
}

// With Breeze, every purpose comes from the theme (its names exist there); without any theme,
// the last resort still draws something, at the sizes the console uses.
void tst_Icons::everyPurposeDrawsAnIcon()
{
    QFETCH(Purpose, purpose);
    QFETCH(bool, withTheme);
    if (!withTheme)
        QIcon::setThemeSearchPaths({m_noThemes.path()});

    const QIcon icon = Icons::get(purpose);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.name().isEmpty(), !withTheme); // a theme icon is named after its theme name
    for (int size : {16, 22, 32})
        QVERIFY2(!drawn(icon, size).isNull(), qPrintable(QStringLiteral("nothing drawn at %1 px").arg(size)));
}

// On a desktop with another theme, its icons come first; the names it lacks come from Breeze.
void tst_Icons::anotherDesktopThemeComesFirst()
{
    QTemporaryDir themes;
    QVERIFY(themes.isValid());
    QDir root(themes.path());
    QVERIFY(root.mkpath(QStringLiteral("Other/16")));
    QFile index(root.filePath(QStringLiteral("Other/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Other\nDirectories=16\n\n[16]\nSize=16\nType=Fixed\n");
    index.close();
    QImage own(16, 16, QImage::Format_ARGB32);
    own.fill(QColor(0x12, 0x34, 0x56));
    QVERIFY(own.save(root.filePath(QStringLiteral("Other/16/list-add.png"))));

    QIcon::setThemeSearchPaths(QStringList{themes.path()} + m_themeSearchPaths);
    QIcon::setThemeName(QStringLiteral("Other"));
    QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("breeze"));

    const QImage add = drawn(Icons::get(Purpose::ListAdd), 16);
    QCOMPARE(add.pixelColor(8, 8), QColor(0x12, 0x34, 0x56)); // the desktop theme's own
    const QIcon refresh = Icons::get(Purpose::Refresh);         // not in that theme: Breeze's
    QCOMPARE(refresh.name(), QStringLiteral("view-refresh"));
    QVERIFY(!drawn(refresh, 16).isNull());
}

// Breeze's glyphs are dark: on a dark palette the icons come from breeze-dark, and the icons the
// widgets already hold change with it.
void tst_Icons::darkPaletteTakesBreezeDark()
{
    const QIcon held = Icons::get(Purpose::Refresh);
    const QImage light = drawn(held, 16);
    QVERIFY(!light.isNull());

    QApplication::setPalette(breezePalette(true));
    QCOMPARE(QIcon::themeName(), QStringLiteral("breeze-dark"));
    const QImage dark = drawn(held, 16);
    QVERIFY(!dark.isNull());
    QVERIFY(dark != light);
    QCOMPARE(drawn(Icons::get(Purpose::Refresh), 16), dark);

    QApplication::setPalette(breezePalette(false));
    QCOMPARE(QIcon::themeName(), QStringLiteral("breeze"));
    QCOMPARE(drawn(held, 16), light);
}

void tst_Icons::applicationIconRenders_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 256})
        QTest::addRow("%d px", size) << size;
}

// Our own SVG, compiled in: it renders at every size, crisply (a real SVG, not a scaled bitmap),
// and it is the window icon of the console and the wizard.
void tst_Icons::applicationIconRenders()
{
    QFETCH(int, size);
    const QIcon icon(Icons::applicationIconPath());
    QVERIFY(Icons::applicationIconPath().endsWith(QLatin1String("/org.sendconnectorconsole.Console.svg")));
    QVERIFY(!icon.isNull());
    const QImage image = drawn(icon, size);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    // Mostly opaque at its centre (the envelope), transparent at a corner.
    QVERIFY(qAlpha(image.pixel(size * 2 / 5, size / 2)) == 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);

    QVERIFY(!QApplication::windowIcon().isNull());
    QCOMPARE(drawn(QApplication::windowIcon(), size), image);
}

// The console as a person sees it: every tree node, action-pane entry, menu command (but the
// View menu's check boxes and the recent files) and connector state shows the icon meant for it.
void tst_Icons::consoleShowsItsIcons()
{
    Organization organization = OrganizationStore::sampleOrganization();
    // A copy of the Internet connector that costs more never wins: the list marks it.
    SendConnector copy = organization.sendConnectors.at(0);
    copy.name = QStringLiteral("Copy of Contoso to Internet");
    copy.addressSpaces = {ModelTestSupport::smtp(QStringLiteral("*"), 50)};
    organization.sendConnectors.append(copy);
    const QString path = m_dir.filePath(QStringLiteral("organization.json"));
    QFile::remove(path);
    QVERIFY(!hasErrors(OrganizationStore::create(path, organization)));

    auto window = std::make_unique<ConsoleWindow>(ModelTestSupport::OrganizationAdministrator);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy loaded(window.get(), &ConsoleWindow::organizationLoaded);
    QVERIFY(window->openOrganization(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading() && !loaded.isEmpty(), 60000);
    QVERIFY(loaded.last().first().toBool());

    // The console tree: each kind of node its own icon.
    auto *tree = window->findChild<ConsoleTree *>(QStringLiteral("consoleTree"));
    QVERIFY(tree);
    QSet<int> kinds;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const Kind kind = ConsoleTree::nodeOf(*it).kind;
        kinds.insert(int(kind));
        QVERIFY2(!drawn((*it)->icon(0), 16).isNull(), qPrintable((*it)->text(0)));
        QCOMPARE(drawn((*it)->icon(0), 16), drawn(purposeOf(kind)));
    }
    QCOMPARE(kinds.size(), 5); // every kind of node is there: each was checked
    QVERIFY(drawn(Purpose::HubTransport) != drawn(Purpose::EdgeTransport));

    // The action pane: every entry, whether shown now or not.
    tree->selectNode({Kind::HubTransport, QString()});
    auto *pane = window->findChild<ActionPane *>(QStringLiteral("actionPane"));
    QVERIFY(pane);
    const QList<QToolButton *> entries = pane->findChildren<QToolButton *>();
    QVERIFY(entries.size() >= 8);
    for (const QToolButton *entry : entries) {
        QVERIFY2(!drawn(entry->icon(), 16).isNull(), qPrintable(entry->objectName()));
        QCOMPARE(entry->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }
    const auto paneIcon = [pane](const char *action) {
        auto *button = pane->findChild<QToolButton *>(QLatin1String(action) + QLatin1String("Button"));
        return button ? drawn(button->icon(), 16) : QImage();
    };
    QCOMPARE(paneIcon("newSendConnectorAction"), drawn(Purpose::NewConnector));
    QCOMPARE(paneIcon("enableConnectorAction"), drawn(Purpose::EnableConnector));
    QCOMPARE(paneIcon("disableConnectorAction"), drawn(Purpose::DisableConnector));
    QCOMPARE(paneIcon("removeConnectorAction"), drawn(Purpose::RemoveConnector));
    QCOMPARE(paneIcon("propertiesAction"), drawn(Purpose::Properties));
    QCOMPARE(paneIcon("refreshAction"), drawn(Purpose::Refresh));
    QCOMPARE(paneIcon("exportListAction"), drawn(Purpose::ExportList));
    QCOMPARE(paneIcon("testRoutingAction"), drawn(Purpose::TestRouting));

    // The menus' commands.
    int commands = 0;
    for (const char *name : {"fileMenu", "editMenu", "actionMenu", "helpMenu"}) {
        auto *menu = window->menuBar()->findChild<QMenu *>(QLatin1String(name));
        QVERIFY2(menu, name);
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || action->isCheckable())
                continue;
            QVERIFY2(!drawn(action->icon(), 16).isNull(), qPrintable(action->objectName()));
            ++commands;
        }
    }
    QVERIFY(commands >= 14);

    // The list: an enabled and a disabled connector show their states' icons; the copy that never
    // wins shows the warning on its Routing check; the others none there.
    auto *view = window->findChild<QTreeView *>(QStringLiteral("connectorView"));
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();
    QTRY_VERIFY(model->rowCount() > 0);
    QSet<bool> states;
    const int status = int(ConnectorListModel::Column::Status);
    const int check = int(ConnectorListModel::Column::RoutingCheck);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, 0).data(ConnectorListModel::ConnectorNameRole).toString();
        const bool enabled = model->index(row, status).data().toString() == QLatin1String("Enabled");
        states.insert(enabled);
        const QIcon icon = model->index(row, status).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(drawn(icon, 16), drawn(enabled ? Purpose::ConnectorEnabled : Purpose::ConnectorDisabled));
        if (name == copy.name) {
            QTRY_VERIFY(model->index(row, check).data(Qt::DecorationRole).isValid());
            QCOMPARE(drawn(model->index(row, check).data(Qt::DecorationRole).value<QIcon>(), 16),
                     drawn(Purpose::RoutingWarning));
        }
    }
    QCOMPARE(states.size(), 2); // the sample has a disabled connector
    QVERIFY(drawn(Purpose::ConnectorEnabled) != drawn(Purpose::ConnectorDisabled));

    // Edge Transport's list of Edge servers.
    QVERIFY(tree->selectNode({Kind::EdgeTransport, QString()}));
    auto *edges = window->findChild<QTreeWidget *>(QStringLiteral("edgeServerList"));
    QVERIFY(edges && edges->topLevelItemCount() > 0);
    for (int row = 0; row < edges->topLevelItemCount(); ++row)
        QCOMPARE(drawn(edges->topLevelItem(row)->icon(0), 16), drawn(Purpose::EdgeServer));
}

// Each state of a step has its own icon, greyed for a skipped step, beside the title.
void tst_Icons::stepListShowsEachStatesIcon()
{
    StepListWidget steps;
    steps.setSteps({QStringLiteral("Introduction"), QStringLiteral("Address space"),
                    QStringLiteral("Network settings"), QStringLiteral("Completion")});
    steps.setState(0, StepListWidget::StepState::Done);
    steps.setState(1, StepListWidget::StepState::Skipped);
    steps.setState(2, StepListWidget::StepState::Current);
    steps.show();
    QVERIFY(QTest::qWaitForWindowExposed(&steps));

    const Purpose expected[] = {Purpose::StepDone, Purpose::StepSkipped, Purpose::StepCurrent, Purpose::StepPending};
    QList<QImage> shown;
    for (int i = 0; i < steps.count(); ++i) {
        QLabel *icon = steps.iconLabel(i);
        QVERIFY(icon);
        QCOMPARE(icon->objectName(), QStringLiteral("step%1Icon").arg(i));
        QVERIFY(icon->isVisible());
        const QImage image = drawn(QIcon(icon->pixmap()), 16);
        QVERIFY(!image.isNull());
        QCOMPARE(image, drawn(expected[i]));
        QVERIFY(!shown.contains(image)); // four states, four icons
        shown.append(image);
        // Beside its title, on the same line.
        QCOMPARE(icon->geometry().top() <= steps.label(i)->geometry().center().y(), true);
        QVERIFY(icon->geometry().right() < steps.label(i)->geometry().left());
    }
    QVERIFY(!steps.iconLabel(1)->isEnabled()); // skipped: greyed

    // A state changes, its icon with it.
    steps.setState(2, StepListWidget::StepState::Done);
    QCOMPARE(drawn(QIcon(steps.iconLabel(2)->pixmap()), 16), drawn(Purpose::StepDone));
}

void tst_Icons::currentStepReadsWell_data()
{
    QTest::addColumn<QString>("palette");
    for (const char *palette : {"style", "light", "dark"})
        QTest::newRow(palette) << QString::fromLatin1(palette);
}

// The current step's title is in the highlight's hue, yet reads well on the list's background.
void tst_Icons::currentStepReadsWell()
{
    QFETCH(QString, palette);
    const QPalette wanted = palette == QLatin1String("style") ? QApplication::style()->standardPalette()
                                                               : breezePalette(palette == QLatin1String("dark"));
    StepListWidget steps;
    steps.setSteps({QStringLiteral("Introduction"), QStringLiteral("Address space")});
    steps.setState(0, StepListWidget::StepState::Current);
    steps.show();
    QVERIFY(QTest::qWaitForWindowExposed(&steps));
    QApplication::setPalette(wanted);

    QTRY_COMPARE(steps.palette().color(steps.backgroundRole()), wanted.color(QPalette::Base));
    const QColor background = steps.palette().color(steps.backgroundRole());
    // What the labels draw their text with.
    const auto textOf = [&steps](int step) {
        const QLabel *label = steps.label(step);
        return label->palette().color(label->foregroundRole());
    };
    QTRY_COMPARE(textOf(1), wanted.color(QPalette::Text));
    const QColor current = textOf(0);
    QVERIFY(current != textOf(1));
    QVERIFY2(contrast(current, background) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2").arg(current.name(), background.name())));
    const int hue = wanted.color(QPalette::Highlight).hslHue();
    QVERIFY2(qAbs(current.hslHue() - hue) <= 3, qPrintable(current.name()));
}

void tst_Icons::listEditorButtonsShowIcons_data()
{
    QTest::addColumn<bool>("splitAdd");
    QTest::newRow("plain Add") << false;
    QTest::newRow("split Add") << true;
}

void tst_Icons::listEditorButtonsShowIcons()
{
    QFETCH(bool, splitAdd);
    QStringListModel model({QStringLiteral("a")});
    QAbstractButton *add = nullptr;
    if (splitAdd) {
        auto *split = new QToolButton;
        split->setText(QStringLiteral("&Add"));
        split->setToolButtonStyle(Qt::ToolButtonTextOnly);
        split->setPopupMode(QToolButton::MenuButtonPopup);
        add = split;
    }
    ListEditor editor(&model, ListEditor::Selection::Single, /*editable=*/true, add);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QCOMPARE(drawn(editor.addButton()->icon(), 16), drawn(Purpose::ListAdd));
    QCOMPARE(drawn(editor.editButton()->icon(), 16), drawn(Purpose::ListEdit));
    QCOMPARE(drawn(editor.removeButton()->icon(), 16), drawn(Purpose::ListRemove));
    QVERIFY(!drawn(Purpose::ListAdd).isNull());
    if (auto *split = qobject_cast<QToolButton *>(editor.addButton())) {
        // The split button shows its icon and keeps its text.
        QCOMPARE(split->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        QCOMPARE(split->text(), QStringLiteral("&Add"));
    }
}

void tst_Icons::problemLabelContrast_data()
{
    QTest::addColumn<QString>("palette"); // "style", "light", "dark"
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("shownBeforeThePaletteChanged");
    for (const char *palette : {"style", "light", "dark"}) {
        for (bool error : {true, false}) {
            for (bool before : {false, true}) {
                QTest::addRow("%s palette, %s, %s", palette, error ? "error" : "warning",
                              before ? "shown before the palette changed" : "shown after")
                    << QString::fromLatin1(palette) << error << before;
            }
        }
    }
}

// WCAG AA for text: at least 4.5:1 between the label's text and its background, and against the
// Base of the pages that have one; still the severity's hue (red for errors, amber for warnings).
void tst_Icons::problemLabelContrast()
{
    QFETCH(QString, palette);
    QFETCH(bool, error);
    QFETCH(bool, shownBeforeThePaletteChanged);

    const QPalette wanted = palette == QLatin1String("style") ? QApplication::style()->standardPalette()
                                                               : breezePalette(palette == QLatin1String("dark"));
    const Problems problems{error ? Problem::error(QStringLiteral("Test.Error"), QStringLiteral("Name"),
                                                   QStringLiteral("The name is missing."))
                                  : Problem::warning(QStringLiteral("Test.Warning"), QStringLiteral("Name"),
                                                     QStringLiteral("The name is long."))};
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    QLabel *label = ProblemLabel::create(QStringLiteral("problemLabel"), &page);
    layout->addWidget(label);
    if (shownBeforeThePaletteChanged) {
        ProblemLabel::show(label, problems);
        QApplication::setPalette(wanted);
    } else {
        QApplication::setPalette(wanted);
        ProblemLabel::show(label, problems);
    }
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const QColor text = label->palette().color(label->foregroundRole());
    const QColor background = page.palette().color(page.backgroundRole());
    QCOMPARE(background, wanted.color(QPalette::Window));
    QTRY_VERIFY2(contrast(text, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(text.name(), background.name())
                                .arg(contrast(text, background), 0, 'f', 2)));
    QVERIFY(contrast(text, wanted.color(QPalette::Base)) >= 4.5);
    // The hue still says the severity: red for an error, amber (between red and yellow) for a warning.
    const int hue = text.hslHue();
    if (error)
        QVERIFY2(hue <= 10 || hue >= 350, qPrintable(text.name()));
    else
        QVERIFY2(hue >= 20 && hue <= 50, qPrintable(text.name()));
}

// Not only colour: an icon beside the text says error or warning, by picture and by name.
void tst_Icons::problemLabelSaysItsSeverityWithAnIcon()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    QLabel *label = ProblemLabel::create(QStringLiteral("problemLabel"), &page);
    layout->addWidget(label);
    ProblemLabel::show(label, {Problem::warning(QStringLiteral("Test.Warning"), QString(), QStringLiteral("Long."))});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *icon = label->findChild<QLabel *>(QStringLiteral("problemIcon"));
    QVERIFY(icon);
    QVERIFY(icon->isVisible());
    QCOMPARE(drawn(QIcon(icon->pixmap()), 16), drawn(Purpose::ProblemWarning));
    QCOMPARE(icon->accessibleName(), QStringLiteral("Warning"));
    QVERIFY(label->contentsRect().left() > icon->geometry().right()); // the text starts after it

    ProblemLabel::show(label, {Problem::warning(QStringLiteral("Test.Warning"), QString(), QStringLiteral("Long.")),
                               Problem::error(QStringLiteral("Test.Error"), QString(), QStringLiteral("Missing."))});
    QCOMPARE(label->findChildren<QLabel *>(QStringLiteral("problemIcon")).size(), 1);
    QCOMPARE(drawn(QIcon(icon->pixmap()), 16), drawn(Purpose::ProblemError));
    QCOMPARE(icon->accessibleName(), QStringLiteral("Error"));
    QVERIFY(drawn(Purpose::ProblemError) != drawn(Purpose::ProblemWarning));

    ProblemLabel::show(label, {});
    QVERIFY(!icon->isVisible()); // hidden with the label
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
