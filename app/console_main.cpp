// send-connector-console: the Exchange Management Console window on an organization file (by
// default the user's copy of the bundled sample) or an organization in an LDAP directory
// (--organization ldap://…, repeated for failover; --bind-dn DN asks for its password in a dialog
// at start); with --new-send-connector it opens the New SMTP Send Connector wizard straight away
// instead.
//
// Exit codes with --new-send-connector: 0 the connector was created, 1 the wizard could not start
// (the file cannot be read or parsed, the server is unknown or a subscribed Edge, or the operator,
// --as or the login name, may not create connectors there; a message box says why and the file is
// left untouched), 2 the wizard was cancelled.
#include "ConnectivityOptions.h"
#include "ConsoleWindow.h"
#include "CredentialStore.h"
#include "DirectoryLogins.h"
#include "Icons.h"
#include "OpenDirectoryDialog.h"
#include "OrganizationLocation.h"
#include "OperatorPermissions.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

enum ExitCode { Created = 0, CannotStart = 1, Cancelled = 2 };

int refuse(const QString &text, const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "New SMTP Send Connector"), text,
                    QMessageBox::Close);
    box.setObjectName(QStringLiteral("startProblemsMessageBox"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.exec();
    return CannotStart;
}

// Asks for the login of the directory `path` (the password of `bindDn`; with the reason when the
// directory refused the last one): the location accepted (the user may correct it), or nothing.
std::optional<QString> askLogin(const QString &path, const QString &bindDn, const Problems &refusal)
{
    OpenDirectoryDialog dialog;
    dialog.setLocationText(path);
    dialog.setBindDn(bindDn);
    dialog.setRefusal(refusal);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.locationText();
}

int runWizard(QString path, const QString &bindDn, const QString &requestedServer, const QString &operatorName,
              const ConnectivityOptions &connectivity)
{
    Problems refusal;
    if (!bindDn.isEmpty()) {
        const std::optional<QString> accepted = askLogin(path, bindDn, refusal);
        if (!accepted)
            return Cancelled;
        path = *accepted;
    }
    Parsed<Organization> loaded = OrganizationStore(path).load();
    // A refused login is asked again, with the directory's reason, until it is accepted or cancelled.
    while (!loaded.ok() && OpenDirectoryDialog::isBindRefusal(loaded.problems)) {
        const Parsed<OrganizationLocation> location = OrganizationLocation::parse(path);
        const std::optional<QString> accepted =
            askLogin(path, location.ok() ? QString::fromUtf8(DirectoryLogins::bindDn(*location.value)) : bindDn,
                     errorsOnly(loaded.problems));
        if (!accepted)
            return Cancelled;
        path = *accepted;
        loaded = OrganizationStore(path).load();
    }
    if (!loaded.ok()) {
        if (OrganizationStore::isDirectoryLocation(path)) {
            return refuse(QApplication::translate("main", "The organization in the directory %1 cannot be used, so "
                                                          "the wizard cannot start. Nothing was changed.")
                              .arg(path),
                          errorsOnly(loaded.problems));
        }
        return refuse(QApplication::translate("main", "The organization file %1 cannot be used, so the wizard "
                                                      "cannot start. The file was not changed.")
                          .arg(QDir::toNativeSeparators(path)),
                      errorsOnly(loaded.problems));
    }
    const Organization &organization = *loaded.value;
    const QString server = requestedServer.isEmpty() ? organization.localServer : requestedServer;
    Problems startProblems = SendConnectorWizard::startProblems(organization, server);
    if (!hasErrors(startProblems)) {
        const TransportServer *target = organization.server(server);
        const QString edge = target && target->isEdge() ? target->name : QString();
        startProblems = OperatorPermissions::check(organization, operatorName, edge,
                                                   OperatorPermissions::Action::CreateConnector);
    }
    if (hasErrors(startProblems)) {
        return refuse(QApplication::translate("main", "A Send connector cannot be created on %1.")
                          .arg(server.isEmpty() ? QApplication::translate("main", "this server") : server),
                      startProblems);
    }

    SendConnectorWizard wizard(organization, server, path);
    wizard.setOperatorName(operatorName);
    wizard.setConnectivityOptions(connectivity);
    bool created = false;
    QObject::connect(&wizard, &SendConnectorWizard::connectorCreated, &wizard, [&created] { created = true; });
    wizard.show();
    QApplication::exec();
    return created ? Created : Cancelled;
}

// The command line's options, with their descriptions in the user's language.
struct Options
{
    QCommandLineOption organization{
        QStringLiteral("organization"),
        QApplication::translate("main", "The organization file to open (default: your copy of the sample "
                                        "organization), or the organization in an LDAP directory: "
                                        "ldap[s]://host[:port]/<base DN> or ldapi://<socket>/<base DN>; give several "
                                        "URIs (comma-separated, or this option repeated) for failover."),
        QApplication::translate("main", "file|URI")};
    QCommandLineOption bindDn{
        QStringLiteral("bind-dn"),
        QApplication::translate("main", "The DN to bind to the directory as; its password is asked in a dialog at "
                                        "start (default: SASL EXTERNAL over ldapi://, anonymous otherwise)."),
        QApplication::translate("main", "DN")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QApplication::translate("main", "The server to act on: a Hub Transport server or an unsubscribed Edge "
                                        "Transport server (default: the file's LocalServer)."),
        QApplication::translate("main", "name")};
    QCommandLineOption as{
        QStringLiteral("as"),
        QApplication::translate("main", "The operator the console acts as, checked against the organization file's "
                                        "role assignments (default: your login name). Give a domain account in "
                                        "full, e.g. 'CONTOSO\\Administrator'."),
        QApplication::translate("main", "name")};
    QCommandLineOption newSendConnector{
        QStringLiteral("new-send-connector"),
        QApplication::translate("main", "Open the New SMTP Send Connector wizard straight away.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QApplication::translate("main", "Exchange Send connector console."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({organization, bindDn, server, as, newSendConnector, Translations::languageOption()});
        parser.addOptions(ConnectivityOptions::commandLineOptions());
    }
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("send-connector-console"));
    QCoreApplication::setApplicationName(QStringLiteral("send-connector-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sendconnectorconsole.Console"));
}

// The language asked for by --language (or the system's); a language the program does not
// speak ends the program with the parser's exit status for a wrong command line.
void installLanguage(QCoreApplication &application)
{
    QString error;
    if (!Translations::install(application, Translations::requestedLanguage(QCoreApplication::arguments()), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(EXIT_FAILURE);
    }
}

// --help, --version and a wrong --language are answered on the terminal, without a display
// (e.g. in an SSH session): QApplication would abort there before the parser could answer.
void answerInTerminalIfAsked(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser probe;
    Options().addTo(probe);
    // A parse error here may be one of Qt's own options (-platform, -style): QApplication takes
    // those out first, so only the questions are answered here.
    probe.parse(arguments);
    const QString language = Translations::requestedLanguage(arguments);
    const bool unknownLanguage = !language.isEmpty() && !Translations::languages().contains(language.toLower());
    if (!unknownLanguage && !probe.isSet(QStringLiteral("help")) && !probe.isSet(QStringLiteral("help-all"))
        && !probe.isSet(QStringLiteral("version"))) {
        return;
    }
    QCoreApplication core(argc, argv);
    setApplicationNames();
    installLanguage(core); // exits for an unknown language
    QCommandLineParser parser;
    Options().addTo(parser); // again: now translated
    parser.process(core); // prints and exits
}

// One location from the --organization values: one value as given (the store reports a bad
// value as it reports a bad file), several as the one URI list they make
// (OrganizationLocation::joined, docs/ldap-directory.md#organization-uris).
Parsed<QString> organizationOf(const QStringList &values)
{
    if (values.size() == 1)
        return {values.first(), {}};
    return OrganizationLocation::joined(values);
}

} // namespace

int main(int argc, char *argv[])
{
    answerInTerminalIfAsked(argc, argv);

    QApplication app(argc, argv);
    Icons::install(); // the icon theme's fallback and the window icon of the console and the wizard
    // The wizard's Smart Host Security page may hold a password at any time: no core dumps.
    ProcessProtection::disableCoreDumps();
    // A directory server that goes away leaves libldap writing to a closed socket: that is an
    // error the store reports (and fails over from), not a reason to end the program.
    std::signal(SIGPIPE, SIG_IGN);
    setApplicationNames();
    installLanguage(app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &organizationOption = options.organization;
    const QCommandLineOption &serverOption = options.server;
    const QCommandLineOption &asOption = options.as;
    const QCommandLineOption &newSendConnectorOption = options.newSendConnector;

    QString connectivityError;
    const std::optional<ConnectivityOptions> connectivity = ConnectivityOptions::fromCommandLine(parser, &connectivityError);
    if (!connectivity) {
        std::fprintf(stderr, "%s\n", qPrintable(connectivityError));
        return EXIT_FAILURE; // as the parser ends for a wrong command line
    }

    const QString operatorName = parser.isSet(asOption) ? parser.value(asOption).trimmed()
                                                        : OperatorPermissions::currentOperator();

    const QStringList organizations = parser.values(organizationOption);
    const Parsed<QString> organization =
        organizations.isEmpty() ? Parsed<QString>{QString(), {}} : organizationOf(organizations);
    if (!organization.ok()) {
        const QString named = organizations.join(QLatin1String(", "));
        if (parser.isSet(newSendConnectorOption)) {
            return refuse(QApplication::translate("main", "The organization %1 cannot be used, so the wizard cannot "
                                                          "start.").arg(named),
                          organization.problems);
        }
        ConsoleWindow window(operatorName);
        window.setConnectivityOptions(*connectivity);
        window.show();
        window.showFileProblems(named, organization.problems);
        return QApplication::exec();
    }
    QString path = *organization.value;
    const QString bindDn = parser.value(options.bindDn).trimmed();
    if (parser.isSet(options.bindDn) && !OrganizationStore::isDirectoryLocation(path)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "--bind-dn applies to an organization in a directory: "
                                                                "give --organization ldap://, ldaps:// or ldapi:// "
                                                                "too.")));
        return EXIT_FAILURE; // as the parser ends for a wrong command line
    }
    if (parser.isSet(options.bindDn) && bindDn.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "--bind-dn needs a DN, e.g. "
                                                                "--bind-dn cn=admin,dc=contoso,dc=com.")));
        return EXIT_FAILURE;
    }
    if (path.isEmpty()) {
        const Parsed<QString> created = OrganizationStore::ensureDefaultFile();
        if (!created.ok()) {
            if (parser.isSet(newSendConnectorOption)) {
                return refuse(QApplication::translate("main", "The default organization file %1 could not be "
                                                              "created, so the wizard cannot start.")
                                  .arg(QDir::toNativeSeparators(OrganizationStore::defaultFilePath())),
                              created.problems);
            }
            ConsoleWindow window(operatorName);
            window.setConnectivityOptions(*connectivity);
            window.show();
            window.showFileProblems(OrganizationStore::defaultFilePath(), created.problems);
            return QApplication::exec();
        }
        path = *created.value;
    }

    if (parser.isSet(newSendConnectorOption))
        return runWizard(path, bindDn, parser.value(serverOption), operatorName, *connectivity);

    ConsoleWindow window(operatorName);
    window.setConnectivityOptions(*connectivity);
    window.show();
    // A file that cannot be used is reported in a dialog over the (empty) window; a bind DN's
    // password is asked in the Open Directory dialog first.
    if (!bindDn.isEmpty())
        window.askDirectoryLogin(path, bindDn, {}, parser.value(serverOption));
    else
        window.openOrganization(path, parser.value(serverOption));
    return QApplication::exec();
}
