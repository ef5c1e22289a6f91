// The screenshot tool (tests/helpers/screenshots.cpp, run by .ci/screenshots for the README)
// still takes every picture after a change of the console or the wizard: for each language it
// runs the tool offscreen into a temporary folder and checks that exactly the expected PNGs are
// there, at their sizes (the console at its fixed size, every wizard page and every Properties
// tab alike), and that none is blank.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Tool = QStringLiteral(SCC_BIN_DIR "/screenshots");

// The pictures the README shows, in the order the tool takes them.
const QStringList ExpectedNames = {
    QStringLiteral("01-console.png"),
    QStringLiteral("02-wizard-introduction.png"),
    QStringLiteral("03-address-space-dialog.png"),
    QStringLiteral("04-custom-address-space-dialog.png"),
    QStringLiteral("05-wizard-address-space.png"),
    QStringLiteral("06-smart-host-dialog.png"),
    QStringLiteral("07-wizard-network-settings.png"),
    QStringLiteral("08-wizard-smart-host-security.png"),
    QStringLiteral("09-source-server-dialog.png"),
    QStringLiteral("10-wizard-source-server.png"),
    QStringLiteral("11-wizard-new-connector.png"),
    QStringLiteral("12-wizard-completion.png"),
    QStringLiteral("13-properties-general.png"),
    QStringLiteral("14-properties-address-space.png"),
    QStringLiteral("15-properties-network.png"),
    QStringLiteral("16-test-routing.png"),
};

constexpr QSize ConsoleSize(1100, 700);

// How many different colours the picture has (up to `enough`): a blank window has one or two.
int distinctColours(const QImage &image, int enough)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(image.pixel(x, y));
            if (colours.size() >= enough)
                return enough;
        }
    }
    return colours.size();
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runTool(const QStringList &arguments)
{
    QProcess tool;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // As .ci/screenshots runs it, also when this test runs on a display (Xvfb).
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    tool.setProcessEnvironment(environment);
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(Tool, arguments);
    Run run;
    if (!tool.waitForFinished(240000) || tool.exitStatus() != QProcess::NormalExit) {
        tool.kill();
        tool.waitForFinished();
        run.output = QStringLiteral("did not finish: ") + tool.errorString();
        return run;
    }
    run.exitCode = tool.exitCode();
    run.output = QString::fromLocal8Bit(tool.readAll());
    return run;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void everyPicture_data();
    void everyPicture();
    void unknownLanguageIsRefused();
};

void TestScreenshots::everyPicture_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestScreenshots::everyPicture()
{
    QFETCH(QString, language);
    QTemporaryDir output;
    QVERIFY(output.isValid());
    const Run run = runTool({QStringLiteral("--language"), language, QStringLiteral("--output"), output.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));

    const QDir folder(output.filePath(language));
    QCOMPARE(folder.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name), ExpectedNames);

    QSize wizardSize;
    QSize sheetSize;
    for (const QString &name : ExpectedNames) {
        const QImage image(folder.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        const QSize size = image.size();
        const QByteArray where = name.toUtf8() + ' ' + QByteArray::number(size.width()) + 'x'
                                 + QByteArray::number(size.height());
        // Text, lines, buttons: a window that rendered has many colours.
        QVERIFY2(distinctColours(image, 16) >= 16, where.constData());

        if (name.contains(QLatin1String("-console"))) {
            QCOMPARE(size, ConsoleSize);
        } else if (name.contains(QLatin1String("-wizard-"))) {
            // The wizard keeps its size from page to page.
            if (!wizardSize.isValid())
                wizardSize = size;
            QVERIFY2(size == wizardSize, where.constData());
            QVERIFY2(size.width() >= 400 && size.height() >= 300, where.constData());
        } else if (name.contains(QLatin1String("-properties-"))) {
            if (!sheetSize.isValid())
                sheetSize = size;
            QVERIFY2(size == sheetSize, where.constData());
            QVERIFY2(size.width() >= 300 && size.height() >= 300, where.constData());
        } else {
            QVERIFY2(size.width() >= 150 && size.height() >= 80, where.constData());
        }
        QVERIFY2(size.width() <= 1280 && size.height() <= 1024, where.constData());
    }
}

void TestScreenshots::unknownLanguageIsRefused()
{
    QTemporaryDir output;
    QVERIFY(output.isValid());
    const Run run =
        runTool({QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("--output"), output.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(QDir(output.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
