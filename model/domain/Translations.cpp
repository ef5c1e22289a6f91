#include "Translations.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {

namespace {

const QString CatalogueName = QStringLiteral("send-connector-console");
const QString CatalogueDirectory = QStringLiteral(":/i18n");

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
    QLocale::setDefault(locale);
    const QString chosen = requested.isEmpty() ? spokenLanguage(locale) : requested;

    removeInstalled();
    currentLanguage = chosen;
    if (chosen == QLatin1String("en"))
        return true; // the source texts; Qt's own are English too

    // Parented to the application: they must live as long as it does.
    auto *product = new QTranslator(&application);
    if (product->load(CatalogueName + QLatin1Char('_') + chosen, CatalogueDirectory)) {
        QCoreApplication::installTranslator(product);
        installedProduct = product;
    } else {
        delete product;
    }
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
