#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QCommandLineOption;

// The product's languages (docs/decisions.md#languages). The catalogues are .qm files in
// catalogueDirectory(); Qt's own (qtbase) comes from Qt's translations folder, so that QWizard's
// buttons and the standard dialogs speak the same language.
namespace Translations {

// The languages the product speaks, as --language takes them: "en" (the source texts) first.
QStringList languages();

// The value of --language in a raw command line ("--language de" or "--language=de"), empty
// when it is not given. Looked for before any QCommandLineParser runs, since the parser's own
// option descriptions are translated.
QString requestedLanguage(const QStringList &arguments);

// Where the product's .qm catalogues are: <the executable's folder>/../share/send-connector-console/
// translations, in the build tree as in the installed tree (CMake: SCC_QM_FILES, SCC_TRANSLATIONS_DIR).
// Needs a QCoreApplication.
QString catalogueDirectory();

// The catalogue file of `language` in catalogueDirectory() (whether or not it exists).
QString catalogueFile(const QString &language);

// The --language option, for the programs' parsers (its description is translated).
QCommandLineOption languageOption();

// Installs the product's catalogue and Qt's for `language` ("" = the system locale's first UI
// language), replacing those installed before. A forced language also becomes the default
// QLocale (keeping the system's territory when it speaks that language), so that numbers follow
// it. Returns false, with `error` translated and naming the option, for a language the product
// does not speak, or for a forced language whose catalogue is missing; nothing is changed then.
// The system's language without its catalogue falls back to English, with a warning.
bool install(QCoreApplication &application, const QString &language = QString(), QString *error = nullptr);

// The language in use after install(): "en" or one of languages().
QString current();

} // namespace Translations
