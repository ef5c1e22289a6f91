// send-connector-console: opens an organization file (by default the user's copy of the bundled
// sample) and shows its transport servers and Send connectors.
#include "OrganizationOverview.h"
#include "OrganizationStore.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("send-connector-console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Exchange Send connector console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption organizationOption(
        QStringLiteral("organization"),
        QApplication::translate("main", "The organization file to open (default: your copy of the sample organization)."),
        QApplication::translate("main", "file"));
    parser.addOption(organizationOption);
    parser.process(app);

    OrganizationOverview window;
    QString path = parser.value(organizationOption);
    if (path.isEmpty()) {
        const Parsed<QString> created = OrganizationStore::ensureDefaultFile();
        if (!created.ok()) {
            window.showProblems(OrganizationStore::defaultFilePath(), created.problems);
            window.show();
            return QApplication::exec();
        }
        path = *created.value;
    }
    const Parsed<Organization> loaded = OrganizationStore(path).load();
    if (loaded.ok())
        window.showOrganization(path, *loaded.value, loaded.problems);
    else
        window.showProblems(path, loaded.problems);
    window.show();
    return QApplication::exec();
}
