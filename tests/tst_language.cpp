// The GUI in German (docs/decisions.md#languages): every wizard page (RTM and SP1, Hub and Edge),
// every dialog, the Properties sheet's tabs, the console's menus, action pane, tabs and columns,
// the file dialog's name filters and the message boxes are opened once in English and once in
// German, and each visible text must differ from its English counterpart unless it is made only
// of words both languages share (SMTP, Internet, names from the organization file...). Runs with
// a German system locale (see tests/CMakeLists.txt), so that --language en is seen to win over it.
#include "support/GuiTestSupport.h"
#include "support/ModelTestSupport.h"
#include "AddressSpaceDialog.h"
#include "ConnectorDraft.h"
#include "ConnectorListModel.h"
#include "ConnectorPropertiesSheet.h"
#include "ConsoleTree.h"
#include "ConsoleWindow.h"
#include "ListExporter.h"
#include "OrganizationStore.h"
#include "Quantities.h"
#include "SendConnectorWizard.h"
#include "SmartHostDialog.h"
#include "SourceServerDialog.h"
#include "StepListWidget.h"
#include "TestRoutingDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QWizard>

#include <functional>
#include <memory>

namespace {

using ModelTestSupport::sampleOrganization;

// Each visible text of a scenario, under a key that names the same widget in both languages.
using Texts = QList<std::pair<QString, QString>>;

// Words a German text may share with the English one: protocol and product names, Exchange's own
// terms that the German Exchange console keeps, units. Lower case.
const QSet<QString> &sharedWords()
{
    static const QSet<QString> words = {
        QStringLiteral("ok"),       QStringLiteral("smtp"),     QStringLiteral("internet"), QStringLiteral("partner"),
        QStringLiteral("dns"),      QStringLiteral("mx"),       QStringLiteral("tls"),      QStringLiteral("ip"),
        QStringLiteral("ipsec"),    QStringLiteral("fqdn"),     QStringLiteral("helo"),     QStringLiteral("ehlo"),
        QStringLiteral("starttls"), QStringLiteral("exchange"), QStringLiteral("x"),        QStringLiteral("rtm"),
        QStringLiteral("sp"),       QStringLiteral("sp1"),      QStringLiteral("routing"),  QStringLiteral("edgesync"), QStringLiteral("name"),     QStringLiteral("status"),
        QStringLiteral("port"),     QStringLiteral("server"),   QStringLiteral("kb"),       QStringLiteral("mb"),
        QStringLiteral("gb"),       QStringLiteral("local"),    QStringLiteral("json"),     QStringLiteral("txt"),
        QStringLiteral("csv"),      QStringLiteral("utf"),      QStringLiteral("unicode"),  QStringLiteral("s"),
    };
    return words;
}

// The words of the organization's own names (servers, sites, connectors, domains), which no
// language translates.
QSet<QString> organizationWords(const Organization &organization)
{
    QStringList names{organization.name, organization.localServer};
    for (const AdSite &site : organization.sites)
        names.append(site.name);
    for (const TransportServer &server : organization.servers) {
        names << server.name << server.site;
        for (const SendConnector &connector : server.sendConnectors)
            names.append(connector.name);
    }
    for (const SendConnector &connector : organization.sendConnectors) {
        names << connector.name << connector.fqdn;
        for (const AddressSpace &space : connector.addressSpaces)
            names.append(space.address);
    }
    for (const AcceptedDomain &domain : organization.acceptedDomains)
        names.append(domain.domain());
    QSet<QString> words;
    for (const QString &name : std::as_const(names)) {
        for (const QString &word : name.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")),
                                                          Qt::SkipEmptyParts))
            words.insert(word);
    }
    return words;
}

// Whether a text may read the same in both languages: all its words are shared ones or names,
// or it is a file's path.
bool sharedByBothLanguages(const QString &text, const QSet<QString> &names)
{
    if (QDir::isAbsolutePath(text))
        return true;
    const QStringList words = QString(text).remove(QLatin1Char('&')).toLower().split(
        QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        const bool letters = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        return !letters || sharedWords().contains(word) || names.contains(word);
    });
}

// The widget's place under `root`, by object names where they exist, else class and position.
QString pathOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o && o != root; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            parts.prepend(o->objectName());
            continue;
        }
        int index = 0;
        if (const QObject *parent = o->parent()) {
            for (const QObject *sibling : parent->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject())
                    ++index;
            }
        }
        parts.prepend(QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index));
    }
    return parts.join(QLatin1Char('/'));
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addText(Texts &texts, const QString &key, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.append({key, text});
}

void collectMenu(const QMenu *menu, const QString &key, Texts &texts)
{
    addText(texts, key + QStringLiteral("/title"), menu->title());
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString actionKey = key + QStringLiteral("/%1").arg(action->objectName().isEmpty()
                                                                      ? QString::number(i)
                                                                      : action->objectName());
        if (action->menu())
            collectMenu(action->menu(), actionKey, texts);
        else if (!action->data().isValid()) // recent files carry their path: not text of ours
            addText(texts, actionKey, action->text());
    }
}

void collectTreeItem(const QTreeWidgetItem *item, const QString &key, Texts &texts)
{
    for (int column = 0; column < item->columnCount(); ++column)
        addText(texts, key + QStringLiteral("/%1").arg(column), item->text(column));
    for (int i = 0; i < item->childCount(); ++i)
        collectTreeItem(item->child(i), key + QStringLiteral("/%1").arg(i), texts);
}

// Every visible text of a window and its children: labels, buttons, group boxes, tabs, column
// headers, placeholders, combo box entries, tree nodes, menus, the window title.
void collect(QWidget *root, const QString &scenario, Texts &texts)
{
    addText(texts, scenario + QStringLiteral("/windowTitle"), root->windowTitle());
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        const QString key = scenario + QLatin1Char('/') + pathOf(widget, root);
        if (const auto *label = qobject_cast<QLabel *>(widget))
            addText(texts, key, plain(label->text()));
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            addText(texts, key, button->text());
        if (const auto *group = qobject_cast<QGroupBox *>(widget))
            addText(texts, key + QStringLiteral("/title"), group->title());
        if (const auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                addText(texts, key + QStringLiteral("/tab%1").arg(i), tabs->tabText(i));
        }
        if (const auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    addText(texts, key + QStringLiteral("/section%1").arg(i),
                            header->model()->headerData(i, header->orientation()).toString());
            }
        }
        if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            addText(texts, key + QStringLiteral("/placeholder"), edit->placeholderText());
        if (const auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                addText(texts, key + QStringLiteral("/item%1").arg(i), combo->itemText(i));
        }
        if (const auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                collectTreeItem(tree->topLevelItem(i), key + QStringLiteral("/item%1").arg(i), texts);
        }
        if (const auto *wizard = qobject_cast<QWizard *>(widget); wizard && wizard->currentPage()) {
            addText(texts, key + QStringLiteral("/pageTitle"), wizard->currentPage()->title());
            addText(texts, key + QStringLiteral("/pageSubTitle"), wizard->currentPage()->subTitle());
        }
        if (const auto *bar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> menus = bar->actions();
            for (int i = 0; i < menus.size(); ++i) {
                if (menus.at(i)->menu())
                    collectMenu(menus.at(i)->menu(), key + QStringLiteral("/menu%1").arg(i), texts);
            }
        }
    }
}

bool showAndWait(QWidget *widget)
{
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

// The visible top-level widget with that object name, once it shows (dialogs opened with open()).
QWidget *waitForTopLevel(const QString &objectName)
{
    QWidget *found = nullptr;
    // found stays null when it never shows: the caller's check fails then.
    (void)QTest::qWaitFor([&] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (widget->isVisible() && widget->objectName() == objectName) {
                found = widget;
                return true;
            }
        }
        return false;
    });
    return found;
}

QString consolePath()
{
    return QStringLiteral(SCC_BIN_DIR "/send-connector-console");
}

struct ConsoleRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

ConsoleRun runConsole(const QStringList &arguments, const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES"})
        environment.insert(QLatin1String(name), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(consolePath(), arguments);
    ConsoleRun run;
    run.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void languageWinsOverTheSystemLocale();
    void wizardPages_data();
    void wizardPages();
    void wizardFitsItsTexts_data();
    void wizardFitsItsTexts();
    void dialogs_data();
    void dialogs();
    void propertiesSheet_data();
    void propertiesSheet();
    void console_data();
    void console();
    void consoleDialogs_data();
    void consoleDialogs();
    void fileProblemsMessageBox();
    void exportListNameFilters();
    void consoleCommandLine_data();
    void consoleCommandLine();

private:
    // Runs `scenario` once in English and once in German and lists each text left English.
    QStringList untranslated(const std::function<bool(Texts &)> &scenario, int *compared = nullptr);

    QTemporaryDir m_dir;
    QString m_path;
    Organization m_organization;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    // tests/CMakeLists.txt runs this test on a German system locale.
    QCOMPARE(QLocale::system().language(), QLocale::German);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("organization.json"));
    m_organization = OrganizationStore::sampleOrganization();
    const Problems created = OrganizationStore::create(m_path, m_organization);
    QVERIFY2(!hasErrors(created), qPrintable(created.value(0).toString()));
    QVERIFY2(QFile::exists(Translations::catalogueFile(QStringLiteral("de"))),
             qPrintable(Translations::catalogueFile(QStringLiteral("de"))));
}

void TestLanguage::cleanup()
{
    // Close whatever a failed scenario left open.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            widget->close();
    }
}

void TestLanguage::cleanupTestCase()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
}

QStringList TestLanguage::untranslated(const std::function<bool(Texts &)> &scenario, int *compared)
{
    QStringList problems;
    Texts english;
    Texts german;
    if (!Translations::install(*qApp, QStringLiteral("en")) || !scenario(english))
        return {QStringLiteral("the scenario could not run in English")};
    QString error;
    if (!Translations::install(*qApp, QStringLiteral("de"), &error) || !scenario(german))
        return {QStringLiteral("the scenario could not run in German: %1").arg(error)};
    Translations::install(*qApp, QStringLiteral("en"));

    QHash<QString, QString> germanByKey;
    for (const auto &[key, text] : std::as_const(german))
        germanByKey.insert(key, text);
    const QSet<QString> names = organizationWords(m_organization);
    int count = 0;
    for (const auto &[key, text] : std::as_const(english)) {
        const auto found = germanByKey.constFind(key);
        if (found == germanByKey.cend()) {
            problems.append(QStringLiteral("%1: \"%2\" has no German counterpart").arg(key, text));
            continue;
        }
        ++count;
        if (*found == text && !sharedByBothLanguages(text, names))
            problems.append(QStringLiteral("%1: \"%2\"").arg(key, text));
    }
    if (compared)
        *compared = count;
    return problems;
}

// --language en on a German system: English, numbers included; no --language: German.
void TestLanguage::languageWinsOverTheSystemLocale()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    {
        SendConnectorWizard wizard(m_organization, QStringLiteral("EX01"), m_path);
        QVERIFY(showAndWait(&wizard));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancel"));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("New SMTP Send Connector"));
    }
    QCOMPARE(ConnectorListModel::tr("Enabled"), QStringLiteral("Enabled"));
    // Sizes in prose follow the language; Exchange's syntax (commands, fields the parser reads) not.
    const ByteQuantity tenMegabytes = ByteQuantity::fromBytes(10485760);
    QVERIFY2(tenMegabytes.toDisplayString().contains(QLatin1String("10,485,760")),
             qPrintable(tenMegabytes.toDisplayString()));
    QCOMPARE(tenMegabytes.toString(), QStringLiteral("10MB"));

    QVERIFY(Translations::install(*qApp, QString()));
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1048576), QStringLiteral("1.048.576"));
    {
        SendConnectorWizard wizard(m_organization, QStringLiteral("EX01"), m_path);
        QVERIFY(showAndWait(&wizard));
        // Qt's own catalogue: QWizard's buttons are German too.
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));
        QVERIFY(wizard.windowTitle() != QLatin1String("New SMTP Send Connector"));
    }
    QVERIFY(ConnectorListModel::tr("Enabled") != QLatin1String("Enabled"));
    QVERIFY2(tenMegabytes.toDisplayString().contains(QLatin1String("10.485.760")),
             qPrintable(tenMegabytes.toDisplayString()));
    QCOMPARE(tenMegabytes.toString(), QStringLiteral("10MB"));
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
}

// Every page of the wizard, as each version and side has it.
void TestLanguage::wizardPages_data()
{
    QTest::addColumn<Exchange::Version>("version");
    QTest::addColumn<QString>("server");

    QTest::newRow("RTM, Hub") << Exchange::Version::Rtm2007 << QStringLiteral("EX01");
    QTest::newRow("SP1, Hub") << Exchange::Version::Sp12007 << QStringLiteral("EX01");
    QTest::newRow("RTM, Edge") << Exchange::Version::Rtm2007 << QStringLiteral("EDGE02");
    QTest::newRow("SP1, Edge") << Exchange::Version::Sp12007 << QStringLiteral("EDGE02");
}

void TestLanguage::wizardPages()
{
    QFETCH(Exchange::Version, version);
    QFETCH(QString, server);

    const Organization organization = sampleOrganization(version);
    QStringList pagesSeen;
    int compared = 0;
    const QStringList problems = untranslated(
        [&](Texts &texts) {
            SendConnectorWizard wizard(organization, server, m_path);
            if (!showAndWait(&wizard))
                return false;
            pagesSeen.clear();
            for (const int id : wizard.pageIds()) {
                wizard.setStartId(id);
                wizard.restart();
                QCoreApplication::processEvents();
                if (wizard.currentId() != id)
                    return false;
                pagesSeen.append(QString::number(id));
                collect(&wizard, QStringLiteral("page%1").arg(id), texts);
                const QList<QWizard::WizardButton> buttons{QWizard::BackButton, QWizard::NextButton,
                                                           QWizard::CancelButton, QWizard::CommitButton,
                                                           QWizard::FinishButton};
                for (const QWizard::WizardButton button : buttons) {
                    if (wizard.button(button)->isVisible())
                        addText(texts, QStringLiteral("page%1/button%2").arg(id).arg(int(button)),
                                wizard.button(button)->text());
                }
            }
            return true;
        },
        &compared);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(pagesSeen.size() >= 5, qPrintable(pagesSeen.join(QLatin1Char(','))));
    QVERIFY(compared > 30);
}

// Longer German texts fit: the wizard keeps one size from page to page, no button or choice is
// cut short, and no step title is cut inside a word (titles wrap between words only).
void TestLanguage::wizardFitsItsTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestLanguage::wizardFitsItsTexts()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(*qApp, language));
    SendConnectorWizard wizard(sampleOrganization(Exchange::Version::Sp12007), QStringLiteral("EX01"), m_path);
    QVERIFY(showAndWait(&wizard));
    const QSize size = wizard.size();
    auto *steps = wizard.findChild<StepListWidget *>();
    QVERIFY(steps);
    for (const int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QCoreApplication::processEvents();
        QCOMPARE(wizard.currentId(), id);
        QCOMPARE(wizard.size(), size);
        for (const QAbstractButton *button : wizard.currentPage()->findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
        }
        for (int i = 0; i < steps->count(); ++i) {
            const QLabel *label = steps->label(i);
            const QFontMetrics metrics(label->font());
            for (const QString &word : steps->title(i).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                QVERIFY2(metrics.horizontalAdvance(word) <= label->contentsRect().width(),
                         qPrintable(QStringLiteral("%1 in %2 px").arg(word).arg(label->contentsRect().width())));
            }
        }
    }
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
}

// The wizard's dialogs: address space (SMTP and custom), smart host, source server.
void TestLanguage::dialogs_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<Exchange::Version>("version");

    QTest::newRow("SMTP address space, SP1") << QStringLiteral("smtp") << Exchange::Version::Sp12007;
    QTest::newRow("SMTP address space, RTM") << QStringLiteral("smtp") << Exchange::Version::Rtm2007;
    QTest::newRow("custom address space") << QStringLiteral("custom") << Exchange::Version::Sp12007;
    QTest::newRow("smart host") << QStringLiteral("smartHost") << Exchange::Version::Sp12007;
    QTest::newRow("source server") << QStringLiteral("sourceServer") << Exchange::Version::Sp12007;
}

void TestLanguage::dialogs()
{
    QFETCH(QString, dialog);
    QFETCH(Exchange::Version, version);

    int compared = 0;
    const QStringList problems = untranslated(
        [&](Texts &texts) {
            SendConnectorWizard wizard(sampleOrganization(version), QStringLiteral("EX01"), m_path);
            std::unique_ptr<QDialog> shown;
            if (dialog == QLatin1String("smtp"))
                shown = std::make_unique<AddressSpaceDialog>(AddressSpaceDialog::Kind::Smtp, version);
            else if (dialog == QLatin1String("custom"))
                shown = std::make_unique<AddressSpaceDialog>(AddressSpaceDialog::Kind::Custom, version);
            else if (dialog == QLatin1String("smartHost"))
                shown = std::make_unique<SmartHostDialog>(version);
            else
                shown = std::make_unique<SourceServerDialog>(wizard.draft());
            if (!showAndWait(shown.get()))
                return false;
            collect(shown.get(), dialog, texts);
            return true;
        },
        &compared);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(compared >= 3);
}

// The Properties sheet, each tab, of a Hub connector and of an Edge's own.
void TestLanguage::propertiesSheet_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("connector");

    QTest::newRow("Hub") << QString() << QStringLiteral("Contoso to Internet");
    QTest::newRow("Edge") << QStringLiteral("EDGE02") << QStringLiteral("EDGE02 to Internet");
}

void TestLanguage::propertiesSheet()
{
    QFETCH(QString, server);
    QFETCH(QString, connector);

    const SendConnector *found = nullptr;
    if (server.isEmpty()) {
        found = m_organization.connector(connector);
    } else {
        for (const TransportServer &s : std::as_const(m_organization.servers)) {
            for (const SendConnector &c : s.sendConnectors) {
                if (c.name == connector)
                    found = &c;
            }
        }
    }
    QVERIFY(found);
    int tabs = 0;
    int compared = 0;
    const QStringList problems = untranslated(
        [&](Texts &texts) {
            ConnectorPropertiesSheet sheet(m_path, OperationScope{QStringLiteral("tester"), server, std::nullopt},
                                           m_organization, *found);
            if (!showAndWait(&sheet))
                return false;
            auto *tabWidget = sheet.findChild<QTabWidget *>();
            if (!tabWidget)
                return false;
            tabs = tabWidget->count();
            for (int i = 0; i < tabWidget->count(); ++i) {
                tabWidget->setCurrentIndex(i);
                QCoreApplication::processEvents();
                collect(&sheet, QStringLiteral("tab%1").arg(i), texts);
            }
            return true;
        },
        &compared);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(tabs >= 3);
    QVERIFY(compared > 20);
}

// The console window on each kind of node: menus, action pane, tree, tabs, column headers.
void TestLanguage::console_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");

    QTest::newRow("organization") << int(ConsoleTree::NodeKind::Organization) << QString();
    QTest::newRow("Hub Transport") << int(ConsoleTree::NodeKind::HubTransport) << QString();
    QTest::newRow("Edge Transport") << int(ConsoleTree::NodeKind::EdgeTransport) << QString();
    QTest::newRow("Edge server") << int(ConsoleTree::NodeKind::EdgeServer) << QStringLiteral("EDGE02");
}

void TestLanguage::console()
{
    QFETCH(int, kind);
    QFETCH(QString, server);

    const ConsoleTree::Node node{ConsoleTree::NodeKind(kind), server};
    int compared = 0;
    const QStringList problems = untranslated(
        [&](Texts &texts) {
            ConsoleWindow window(QStringLiteral("tester"));
            if (!showAndWait(&window))
                return false;
            QSignalSpy loaded(&window, &ConsoleWindow::organizationLoaded);
            if (!window.openOrganization(m_path)
                || !QTest::qWaitFor([&] { return !window.isLoading() && !loaded.isEmpty(); }, 60000))
                return false;
            auto *tree = window.findChild<ConsoleTree *>(QStringLiteral("consoleTree"));
            if (!tree || !tree->selectNode(node))
                return false;
            QCoreApplication::processEvents();
            // A selected connector: the actions that act on one are enabled, with their texts.
            if (node.isSide()
                && !window.selectConnector(node.kind == ConsoleTree::NodeKind::HubTransport
                                               ? QStringLiteral("Contoso to Internet")
                                               : QStringLiteral("EDGE02 to Internet")))
                return false;
            // Each tab of the result pane (the tabs the product does not implement show a note).
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("resultTabs"));
            if (!tabs)
                return false;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                collect(&window, QStringLiteral("console/tab%1").arg(i), texts);
            }
            return true;
        },
        &compared);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(compared > 30);
}

// What the console's actions open: Options, Test Routing, the wizard, the Properties sheet, the
// removal question, Export List's and Open's file dialogs, About.
void TestLanguage::consoleDialogs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialog");

    QTest::newRow("Options") << QStringLiteral("optionsAction") << QStringLiteral("optionsDialog");
    QTest::newRow("remove question") << QStringLiteral("removeConnectorAction")
                                     << QStringLiteral("removeConfirmationMessageBox");
    QTest::newRow("Export List") << QStringLiteral("exportListAction") << QStringLiteral("exportListFileDialog");
    QTest::newRow("Open Organization") << QStringLiteral("openOrganizationAction")
                                       << QStringLiteral("openOrganizationFileDialog");
    QTest::newRow("About") << QStringLiteral("aboutAction") << QStringLiteral("aboutMessageBox");
    QTest::newRow("Test Routing") << QStringLiteral("testRoutingAction") << QString();
    QTest::newRow("New Send Connector") << QStringLiteral("newSendConnectorAction") << QString();
    QTest::newRow("Properties") << QStringLiteral("propertiesAction") << QString();
}

void TestLanguage::consoleDialogs()
{
    QFETCH(QString, action);
    QFETCH(QString, dialog);

    int compared = 0;
    const QStringList problems = untranslated(
        [&](Texts &texts) {
            ConsoleWindow window(QStringLiteral("tester"));
            if (!showAndWait(&window))
                return false;
            QSignalSpy loaded(&window, &ConsoleWindow::organizationLoaded);
            if (!window.openOrganization(m_path)
                || !QTest::qWaitFor([&] { return !window.isLoading() && !loaded.isEmpty(); }, 60000))
                return false;
            auto *tree = window.findChild<ConsoleTree *>(QStringLiteral("consoleTree"));
            if (!tree || !tree->selectNode({ConsoleTree::NodeKind::HubTransport, QString()})
                || !window.selectConnector(QStringLiteral("Contoso to Internet")))
                return false;
            const QWidgetList before = QApplication::topLevelWidgets();
            auto *trigger = window.findChild<QAction *>(action);
            if (!trigger || !trigger->isEnabled())
                return false;
            trigger->trigger();
            QWidget *opened = nullptr;
            if (!dialog.isEmpty()) {
                opened = waitForTopLevel(dialog);
            } else {
                (void)QTest::qWaitFor([&] { // checked below through `opened`
                    for (QWidget *widget : QApplication::topLevelWidgets()) {
                        if (widget->isVisible() && widget != &window && !before.contains(widget)
                            && qobject_cast<QDialog *>(widget))
                            opened = widget;
                    }
                    return opened != nullptr;
                });
            }
            if (!opened || !QTest::qWaitForWindowExposed(opened))
                return false;
            collect(opened, action, texts);
            if (auto *fileDialog = qobject_cast<QFileDialog *>(opened)) {
                const QStringList filters = fileDialog->nameFilters();
                for (int i = 0; i < filters.size(); ++i)
                    addText(texts, action + QStringLiteral("/nameFilter%1").arg(i), filters.at(i));
            }
            opened->close();
            return GuiTestSupport::waitUntilClosed(opened);
        },
        &compared);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(compared >= 2);
}

// A damaged organization file: the message box that names its problems.
void TestLanguage::fileProblemsMessageBox()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QVERIFY(GuiTestSupport::writeAll(damaged, QByteArrayLiteral("{\"SchemaVersion\": 1, \"Organization\": ")));
    int compared = 0;
    const QStringList problems = untranslated(
        [&](Texts &texts) {
            ConsoleWindow window(QStringLiteral("tester"));
            if (!showAndWait(&window))
                return false;
            window.openOrganization(damaged);
            QWidget *box = waitForTopLevel(QStringLiteral("fileProblemsMessageBox"));
            if (!box || !QTest::qWaitForWindowExposed(box))
                return false;
            collect(box, QStringLiteral("fileProblems"), texts);
            box->close();
            return GuiTestSupport::waitUntilClosed(box);
        },
        &compared);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(compared >= 2);
}

// Export List offers its formats by name: German names, the same patterns.
void TestLanguage::exportListNameFilters()
{
    QStringList english;
    QStringList german;
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    for (const ListExporter::Format format : ListExporter::formats())
        english.append(ListExporter::nameFilter(format));
    QVERIFY(Translations::install(*qApp, QStringLiteral("de")));
    for (const ListExporter::Format format : ListExporter::formats())
        german.append(ListExporter::nameFilter(format));
    QVERIFY(Translations::install(*qApp, QStringLiteral("en")));
    QCOMPARE(german.size(), english.size());
    for (int i = 0; i < english.size(); ++i) {
        QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
        const auto pattern = [](const QString &filter) { return filter.section(QLatin1Char('('), -1); };
        QCOMPARE(pattern(german.at(i)), pattern(english.at(i)));
    }
}

// send-connector-console's command line: --language on a German system, and a language the
// product does not speak (answered on the terminal, before any window).
void TestLanguage::consoleCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");   // on standard output or error
    QTest::addColumn<QStringList>("unexpected"); // nowhere

    // The product's own description and Qt's own word, in English.
    const QStringList english{QStringLiteral("Exchange Send connector console."), QStringLiteral("Usage:")};
    QTest::newRow("German system: German help")
        << QStringList{QStringLiteral("--help")} << QStringLiteral("de_DE.UTF-8") << 0
        << QStringList{QStringLiteral("--language")} << english;
    QTest::newRow("German system, --language en: English help")
        << QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")}
        << QStringLiteral("de_DE.UTF-8") << 0 << english << QStringList();
    QTest::newRow("English system, --language de: German help")
        << QStringList{QStringLiteral("--language=de"), QStringLiteral("--help")} << QStringLiteral("en_US.UTF-8") << 0
        << QStringList{QStringLiteral("--language")} << english;
    QTest::newRow("--language fr")
        << QStringList{QStringLiteral("--language"), QStringLiteral("fr")} << QStringLiteral("en_US.UTF-8") << 1
        << QStringList{QStringLiteral("--language: \"fr\" is not a language this program speaks"),
                       QStringLiteral("en, de")}
        << QStringList();
}

void TestLanguage::consoleCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);

    const ConsoleRun run = runConsole(arguments, locale);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    const QString all = run.out + run.err;
    for (const QString &text : std::as_const(expected))
        QVERIFY2(all.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + all));
    for (const QString &text : std::as_const(unexpected))
        QVERIFY2(!all.contains(text), qPrintable(text + QStringLiteral(" in:\n") + all));
    if (exitCode != 0) {
        QCOMPARE(run.out, QString()); // the message goes to standard error
        QVERIFY(!run.err.isEmpty());
    }
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
