#include "ListExporter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSaveFile>
#include <QStringEncoder>

QList<ListExporter::Format> ListExporter::formats()
{
    return {Format::UnicodeTab, Format::UnicodeComma, Format::Utf8Tab, Format::Utf8Comma};
}

QString ListExporter::formatName(Format format)
{
    switch (format) {
    case Format::UnicodeTab:
        return tr("Unicode Text (Tab Delimited)");
    case Format::UnicodeComma:
        return tr("Unicode Text (Comma Delimited)");
    case Format::Utf8Tab:
        return tr("UTF-8 Text (Tab Delimited)");
    case Format::Utf8Comma:
        return tr("UTF-8 Text (Comma Delimited)");
    }
    return QString();
}

QString ListExporter::suffix(Format format)
{
    return separator(format) == QLatin1Char('\t') ? QStringLiteral("txt") : QStringLiteral("csv");
}

QString ListExporter::nameFilter(Format format)
{
    return tr("%1 (*.%2)").arg(formatName(format), suffix(format));
}

std::optional<ListExporter::Format> ListExporter::formatOfNameFilter(const QString &filter)
{
    for (Format format : formats()) {
        if (nameFilter(format) == filter)
            return format;
    }
    return std::nullopt;
}

QChar ListExporter::separator(Format format)
{
    return format == Format::UnicodeTab || format == Format::Utf8Tab ? QLatin1Char('\t') : QLatin1Char(',');
}

QString ListExporter::field(const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))
        || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ListExporter::text(const QAbstractItemModel &model, const QList<int> &columns, QChar separator)
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            shown.append(column);
    }
    const QLatin1String lineEnd("\r\n");
    QString result;
    QStringList fields;
    fields.reserve(shown.size());
    for (int column : shown)
        fields.append(field(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), separator));
    result += fields.join(separator) + lineEnd;
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column : shown)
            fields.append(field(model.index(row, column).data(Qt::DisplayRole).toString(), separator));
        result += fields.join(separator) + lineEnd;
    }
    return result;
}

QByteArray ListExporter::encoded(const QString &text, Format format)
{
    const bool unicode = format == Format::UnicodeTab || format == Format::UnicodeComma;
    QStringEncoder encoder(unicode ? QStringConverter::Utf16LE : QStringConverter::Utf8,
                           QStringConverter::Flag::WriteBom);
    QByteArray bytes = encoder.encode(text);
    return bytes;
}

Problems ListExporter::write(const QString &path, const QAbstractItemModel &model, const QList<int> &columns,
                             Format format)
{
    const QByteArray bytes = encoded(text(model, columns, separator(format)), format);
    QSaveFile file(path);
    const auto failed = [&path](const QString &reason) {
        return Problems{Problem::error(QStringLiteral("Export.CannotWrite"), QStringLiteral("File"),
                                       tr("The list could not be written to %1: %2")
                                           .arg(QDir::toNativeSeparators(path), reason))};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}
