#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QCommandLineOption;

// The product's languages (docs/decisions.md#languages). The catalogue is compiled into the
// model library; Qt's own (qtbase) comes from Qt's translations folder, so that QWizard's
// buttons and the standard dialogs speak the same language.
namespace Translations {

// The languages the product speaks, as --language takes them: "en" (the source texts) first.
QStringList languages();

// The value of --language in a raw command line ("--language de" or "--language=de"), empty
// when it is not given. Looked for before any QCommandLineParser runs, since the parser's own
// option descriptions are translated.
QString requestedLanguage(const QStringList &arguments);

// The --language option, for the programs' parsers (its description is translated).
QCommandLineOption languageOption();

// Installs the product's catalogue and Qt's for `language` ("" = the system locale's first UI
// language), replacing those installed before. A forced language also becomes the default
// QLocale (keeping the system's territory when it speaks that language), so that numbers follow
// it. Returns false, with `error` translated and naming the option, for a language the product
// does not speak; nothing is changed then.
bool install(QCoreApplication &application, const QString &language = QString(), QString *error = nullptr);

// The language in use after install(): "en" or one of languages().
QString current();

} // namespace Translations
