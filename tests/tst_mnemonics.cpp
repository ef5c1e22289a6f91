// No two mnemonics clash anywhere a person meets them at once: every wizard page (2007 RTM and SP1,
// Hub Transport and Edge Transport) with the wizard's own buttons, every dialog and message box
// the wizard and the console open, each node of the console window with its menu bar, every menu
// and submenu, the context menu — in English and in German (the product's catalogue and Qt's, as
// --language installs them). A label's mnemonic must also lead to a buddy.
#include "support/AccessibilityAudit.h"
#include "support/WindowTour.h"

#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void auditFindsClashes();
    void wizard_data();
    void wizard();
    void console_data();
    void console();

private:
    QTemporaryDir m_dir;
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMnemonics::cleanupTestCase()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

// The audit itself: what it must report, on a dialog made for it.
void TestMnemonics::auditFindsClashes()
{
    QDialog dialog;
    auto *apply = new QPushButton(QStringLiteral("&Apply"), &dialog);
    apply->setObjectName(QStringLiteral("applyButton"));
    auto *add = new QPushButton(QStringLiteral("&add"), &dialog);
    add->setObjectName(QStringLiteral("addButton"));
    auto *edit = new QLineEdit(&dialog);
    auto *buddy = new QLabel(QStringLiteral("&Name:"), &dialog);
    buddy->setBuddy(edit);
    new QLabel(QStringLiteral("&Lonely"), &dialog); // leads nowhere
    new QLabel(QStringLiteral("Tom && Jerry"), &dialog); // a literal ampersand: fine
    auto *hidden = new QPushButton(QStringLiteral("&No"), &dialog); // hidden: not shown at once with Name
    hidden->hide();
    auto *layout = new QVBoxLayout(&dialog);
    for (QWidget *widget : dialog.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        layout->addWidget(widget);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QStringList defects = AccessibilityAudit::mnemonicClashes(&dialog);
    QCOMPARE(defects.size(), 2);
    const QString all = defects.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Alt+A is the mnemonic of")) && all.contains(QLatin1String("(applyButton)"))
                 && all.contains(QLatin1String("(addButton)")),
             qPrintable(all));
    QVERIFY2(defects.join(QLatin1Char('\n')).contains(QLatin1String("\"&Lonely\"")), qPrintable(defects.join(QLatin1Char('\n'))));

    QMenu menu;
    menu.setObjectName(QStringLiteral("menu"));
    menu.addAction(QStringLiteral("&Open"));
    menu.addMenu(QStringLiteral("&Recent"))->addActions({new QAction(QStringLiteral("&1 a"), &menu), new QAction(QStringLiteral("&1 b"), &menu)});
    menu.addAction(QStringLiteral("Ex&it"))->setVisible(false); // hidden entries take no key
    menu.addAction(QStringLiteral("&Options"));
    const QStringList menuDefects = AccessibilityAudit::menuClashes(&menu);
    QCOMPARE(menuDefects.size(), 2); // O twice; 1 twice in the submenu
}

void TestMnemonics::wizard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("server");
    QTest::addColumn<Exchange::Version>("version");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
            for (const QString &server : {QStringLiteral("EX01"), QStringLiteral("EDGE02")}) {
                QTest::addRow("%s %s %s", qPrintable(language), qPrintable(WindowTour::versionName(version)),
                              qPrintable(server))
                    << language << server << version;
            }
        }
    }
}

void TestMnemonics::wizard()
{
    QFETCH(QString, language);
    QFETCH(QString, server);
    QFETCH(Exchange::Version, version);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));

    QStringList clashes;
    int stops = 0;
    const QStringList unreachable =
        WindowTour::wizard(m_dir.filePath(QStringLiteral("wizard.json")), server, version,
                           [&](const QString &where, QWidget *window) {
                               ++stops;
                               clashes += AccessibilityAudit::auditMnemonics(where, window);
                           });
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QLatin1Char('\n'))));
    for (const QString &clash : std::as_const(clashes))
        qInfo().noquote() << clash;
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(clashes.size())));
    // Introduction (+ Help, Cancel), Address space (+ 2-3 dialogs), Network settings (+ 2 dialogs),
    // ..., New Connector, Completion: the tour went through every page.
    QVERIFY2(stops >= 12, qPrintable(QString::number(stops)));
}

void TestMnemonics::console_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Exchange::Version>("version");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        for (const Exchange::Version version : {Exchange::Version::Rtm2007, Exchange::Version::Sp12007}) {
            QTest::addRow("%s %s", qPrintable(language), qPrintable(WindowTour::versionName(version)))
                << language << version;
        }
    }
}

void TestMnemonics::console()
{
    QFETCH(QString, language);
    QFETCH(Exchange::Version, version);
    QVERIFY(Translations::install(*QCoreApplication::instance(), language));

    QStringList clashes;
    QStringList seen;
    const QStringList unreachable = WindowTour::console(m_dir.filePath(QStringLiteral("console.json")), version,
                                                        [&](const QString &where, QWidget *window) {
                                                            seen.append(where);
                                                            clashes += AccessibilityAudit::auditMnemonics(where, window);
                                                        });
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QLatin1Char('\n'))));
    for (const QString &clash : std::as_const(clashes))
        qInfo().noquote() << clash;
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(clashes.size())));
    QVERIFY2(seen.size() >= 20, qPrintable(seen.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
