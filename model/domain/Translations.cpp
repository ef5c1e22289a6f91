#include "Translations.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {

namespace {

const QString CatalogueName = QStringLiteral("send-connector-console");

// The translators installed last, removed when another language is installed.
QPointer<QTranslator> installedProduct;
QPointer<QTranslator> installedQt;
QString currentLanguage = QStringLiteral("en");

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&installedProduct, &installedQt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

// The language a locale's user interface asks for, among those the product speaks.
QString spokenLanguage(const QLocale &locale)
{
    const QStringList spoken = languages();
    for (const QString &ui : locale.uiLanguages()) {
        const QString language = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (spoken.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    QString value;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break; // the rest are positional
        if (argument == option && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(option + QLatin1Char('=')))
            value = argument.mid(option.size() + 1);
    }
    return value.trimmed();
}

QString catalogueDirectory()
{
    // bin/../share/send-connector-console/translations, in the build tree as when installed.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1String("/../")
                           + QLatin1String(SCC_TRANSLATIONS_DIR));
}

QString catalogueFile(const QString &language)
{
    return catalogueDirectory() + QLatin1Char('/') + CatalogueName + QLatin1Char('_') + language
        + QLatin1String(".qm");
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("language"),
        QCoreApplication::translate("Translations", "The language of the program's texts: %1 (default: the "
                                                    "system's language when the program speaks it, else English).")
            .arg(languages().join(QStringLiteral(", "))),
        QCoreApplication::translate("Translations", "language"));
}

bool install(QCoreApplication &application, const QString &language, QString *error)
{
    const QString requested = language.trimmed().toLower();
    if (!requested.isEmpty() && !languages().contains(requested)) {
        if (error) {
            *error = QCoreApplication::translate("Translations", "--language: \"%1\" is not a language this program "
                                                                 "speaks. Use one of: %2.")
                         .arg(language, languages().join(QStringLiteral(", ")));
        }
        return false;
    }

    QLocale locale = QLocale::system();
    if (!requested.isEmpty() && locale.language() != QLocale(requested).language())
        locale = QLocale(requested);
    QString chosen = requested.isEmpty() ? spokenLanguage(locale) : requested;

    // The product's catalogue first: a forced language without it is an incomplete
    // installation, said as such; the system's language without it falls back to English.
    QTranslator *product = nullptr;
    if (chosen == QLatin1String("en")) {
        // English needs only the plural forms of the source texts ("1 value", "2 values"); without
        // them it still reads, as "value(s)".
        product = new QTranslator(&application);
        if (!product->load(catalogueFile(chosen))) {
            delete product;
            product = nullptr;
        }
    } else {
        const QString file = catalogueFile(chosen);
        // Parented to the application: it must live as long as it does.
        product = new QTranslator(&application);
        if (!product->load(file)) {
            delete product;
            product = nullptr;
            if (!requested.isEmpty()) {
                if (error) {
                    *error = QCoreApplication::translate("Translations", "--language: the catalogue of \"%1\" is "
                                                                         "missing or damaged: %2. Reinstall the program.")
                                 .arg(requested, QDir::toNativeSeparators(file));
                }
                return false;
            }
            qWarning("The catalogue %s is missing or damaged: the program speaks English.", qPrintable(file));
            chosen = QStringLiteral("en");
        }
    }

    QLocale::setDefault(locale);
    removeInstalled();
    currentLanguage = chosen;
    if (!product)
        return true; // the source texts; Qt's own are English too
    QCoreApplication::installTranslator(product);
    installedProduct = product;
    if (chosen == QLatin1String("en"))
        return true; // Qt's own are English
    // Qt's own (QWizard's buttons, standard dialogs); without it those stay English.
    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt = qt;
    } else {
        delete qt;
    }
    return true;
}

QString current()
{
    return currentLanguage;
}

} // namespace Translations
