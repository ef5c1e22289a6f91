#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QAbstractItemModel;

// Writes a list as the Exchange Management Console's Export List does: a header row of the
// column titles, then one line per row of the model in its order (a sort/filter proxy gives the
// view's order), fields separated by a tab or a comma, each line ended by CR LF. A field holding
// the separator, a double quote, CR or LF is put in double quotes, its quotes doubled. "Unicode"
// text is UTF-16 little-endian, as Windows names it; both encodings start with a byte-order mark
// (docs/decisions.md).
class ListExporter
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ListExporter)
public:
    enum class Format { UnicodeTab, UnicodeComma, Utf8Tab, Utf8Comma };
    Q_ENUM(Format)

    static QList<Format> formats();
    // "Unicode Text (Tab Delimited)" and so on: the file dialog's names, translated.
    static QString formatName(Format format);
    // The file name ending without the dot: "txt" for tab-delimited, "csv" for comma-delimited.
    static QString suffix(Format format);
    // A file dialog name filter: "Unicode Text (Tab Delimited) (*.txt)".
    static QString nameFilter(Format format);
    static std::optional<Format> formatOfNameFilter(const QString &filter);
    static QChar separator(Format format);

    // One field as written: quoted when it holds the separator, a quote, CR or LF.
    static QString field(const QString &text, QChar separator);
    // The header row and every row of `model` (top level), for the given columns in that order
    // (empty: every column), DisplayRole text, each line ended by CR LF.
    static QString text(const QAbstractItemModel &model, const QList<int> &columns, QChar separator);
    // `text` encoded as `format` says, with its byte-order mark.
    static QByteArray encoded(const QString &text, Format format);
    // Writes the list to `path` atomically (QSaveFile): on failure the file is left as it was and
    // the problem ("Export.CannotWrite", File) names the file and the reason.
    static Problems write(const QString &path, const QAbstractItemModel &model, const QList<int> &columns,
                          Format format);
};
