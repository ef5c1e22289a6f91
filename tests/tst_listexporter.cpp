// ListExporter: the EMC's Export List text (header row, separators, quoting, CR LF), its two
// encodings with their byte-order marks, the file dialog's formats, and the atomic write.
#include "ConnectorListModel.h"
#include "ListExporter.h"
#include "OrganizationStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Format = ListExporter::Format;

// A table of texts whose first row is the header.
class TextTable : public QAbstractTableModel
{
public:
    explicit TextTable(QList<QStringList> rows)
        : m_rows(std::move(rows))
    {
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size()) - 1;
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.first().size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row() + 1).at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
            return {};
        return m_rows.first().at(section);
    }

private:
    QList<QStringList> m_rows;
};

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

class TestListExporter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void text_data();
    void text();
    void encoded_data();
    void encoded();
    void formats();
    void sortedAndFilteredConnectorList_data();
    void sortedAndFilteredConnectorList();
    void writeFailureLeavesNothing();
};

void TestListExporter::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QChar tab('\t');
    const QChar comma(',');
    QTest::newRow("plain, tab") << QStringLiteral("Contoso") << tab << QStringLiteral("Contoso");
    QTest::newRow("plain, comma") << QStringLiteral("Contoso") << comma << QStringLiteral("Contoso");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("comma in comma file") << QStringLiteral("a, b") << comma << QStringLiteral("\"a, b\"");
    QTest::newRow("comma in tab file") << QStringLiteral("a, b") << tab << QStringLiteral("a, b");
    QTest::newRow("tab in tab file") << QStringLiteral("a\tb") << tab << QStringLiteral("\"a\tb\"");
    QTest::newRow("tab in comma file") << QStringLiteral("a\tb") << comma << QStringLiteral("a\tb");
    QTest::newRow("quote, tab") << QStringLiteral("say \"hi\"") << tab << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("quote, comma") << QStringLiteral("\"") << comma << QStringLiteral("\"\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << tab << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return") << QStringLiteral("one\rtwo") << comma << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("spaces kept as they are") << QStringLiteral(" a ") << comma << QStringLiteral(" a ");
    QTest::newRow("non-ASCII unquoted") << QStringLiteral("Zürich €") << comma << QStringLiteral("Zürich €");
}

void TestListExporter::field()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(ListExporter::field(text, separator), expected);
}

void TestListExporter::text_data()
{
    QTest::addColumn<QList<QStringList>>("table");
    QTest::addColumn<QList<int>>("columns");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QList<QStringList> table{{QStringLiteral("Name"), QStringLiteral("Address spaces"), QStringLiteral("Note")},
                                   {QStringLiteral("A"), QStringLiteral("SMTP:*;1, SMTP:b.com;2"), QString()},
                                   {QStringLiteral("B \"x\""), QStringLiteral("SMTP:c.com;1"), QStringLiteral("l1\nl2")}};
    QTest::newRow("every column, tab")
        << table << QList<int>() << QChar('\t')
        << QStringLiteral("Name\tAddress spaces\tNote\r\n"
                          "A\tSMTP:*;1, SMTP:b.com;2\t\r\n"
                          "\"B \"\"x\"\"\"\tSMTP:c.com;1\t\"l1\nl2\"\r\n");
    QTest::newRow("every column, comma")
        << table << QList<int>() << QChar(',')
        << QStringLiteral("Name,Address spaces,Note\r\n"
                          "A,\"SMTP:*;1, SMTP:b.com;2\",\r\n"
                          "\"B \"\"x\"\"\",SMTP:c.com;1,\"l1\nl2\"\r\n");
    QTest::newRow("columns chosen and reordered")
        << table << QList<int>{1, 0} << QChar(',')
        << QStringLiteral("Address spaces,Name\r\n"
                          "\"SMTP:*;1, SMTP:b.com;2\",A\r\n"
                          "SMTP:c.com;1,\"B \"\"x\"\"\"\r\n");
    QTest::newRow("header only") << QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("Status")}}
                                 << QList<int>() << QChar('\t') << QStringLiteral("Name\tStatus\r\n");
}

void TestListExporter::text()
{
    QFETCH(QList<QStringList>, table);
    QFETCH(QList<int>, columns);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    TextTable model(table);
    QAbstractItemModelTester tester(&model);
    QCOMPARE(ListExporter::text(model, columns, separator), expected);
}

void TestListExporter::encoded_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    const QString text = QStringLiteral("Zürich €\r\n");
    QTest::newRow("Unicode, tab") << Format::UnicodeTab << text << utf16le(text);
    QTest::newRow("Unicode, comma") << Format::UnicodeComma << text << utf16le(text);
    QTest::newRow("Unicode bytes spelled out")
        << Format::UnicodeTab << QStringLiteral("A\u20AC") << QByteArray("\xFF\xFE" "A\x00" "\xAC\x20", 6);
    QTest::newRow("UTF-8, tab") << Format::Utf8Tab << text << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("UTF-8, comma") << Format::Utf8Comma << text << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("UTF-8 bytes spelled out")
        << Format::Utf8Comma << QStringLiteral("\u00FC") << QByteArray("\xEF\xBB\xBF\xC3\xBC");
    QTest::newRow("outside the BMP, UTF-16") << Format::UnicodeComma << QStringLiteral("\U0001F4E7")
                                             << QByteArray("\xFF\xFE\x3D\xD8\xE7\xDC", 6);
}

void TestListExporter::encoded()
{
    QFETCH(Format, format);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(ListExporter::encoded(text, format).toHex(' '), expected.toHex(' '));
}

void TestListExporter::formats()
{
    const QList<Format> all = ListExporter::formats();
    QCOMPARE(all.size(), 4);
    QCOMPARE(ListExporter::nameFilter(Format::UnicodeTab), QStringLiteral("Unicode Text (Tab Delimited) (*.txt)"));
    QCOMPARE(ListExporter::nameFilter(Format::UnicodeComma), QStringLiteral("Unicode Text (Comma Delimited) (*.csv)"));
    QCOMPARE(ListExporter::nameFilter(Format::Utf8Tab), QStringLiteral("UTF-8 Text (Tab Delimited) (*.txt)"));
    QCOMPARE(ListExporter::nameFilter(Format::Utf8Comma), QStringLiteral("UTF-8 Text (Comma Delimited) (*.csv)"));
    for (Format format : all)
        QCOMPARE(ListExporter::formatOfNameFilter(ListExporter::nameFilter(format)), std::optional<Format>(format));
    QCOMPARE(ListExporter::formatOfNameFilter(QStringLiteral("All files (*)")), std::optional<Format>());
    QCOMPARE(ListExporter::separator(Format::Utf8Tab), QChar('\t'));
    QCOMPARE(ListExporter::separator(Format::UnicodeComma), QChar(','));
}

void TestListExporter::sortedAndFilteredConnectorList_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("expected");

    // The sample's Hub connectors containing "to", sorted by name descending; Name, Status and
    // Address spaces only.
    QTest::newRow("tab") << Format::UnicodeTab
                         << QStringLiteral("Name\tStatus\tAddress spaces\r\n"
                                           "Contoso to Tailspin Toys relay\tEnabled\tSMTP:tailspintoys.com;2\r\n"
                                           "Contoso to Internet\tEnabled\tSMTP:*;1\r\n");
    QTest::newRow("comma") << Format::Utf8Comma
                           << QStringLiteral("Name,Status,Address spaces\r\n"
                                             "Contoso to Tailspin Toys relay,Enabled,SMTP:tailspintoys.com;2\r\n"
                                             "Contoso to Internet,Enabled,SMTP:*;1\r\n");
}

void TestListExporter::sortedAndFilteredConnectorList()
{
    QFETCH(Format, format);
    QFETCH(QString, expected);

    ConnectorListModel model;
    model.setOrganization(OrganizationStore::sampleOrganization());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ConnectorListModel::SortRole);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterFixedString(QStringLiteral("Contoso to"));
    proxy.sort(0, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&proxy);

    const QList<int> columns{int(ConnectorListModel::Column::Name), int(ConnectorListModel::Column::Status),
                             int(ConnectorListModel::Column::AddressSpaces)};
    QCOMPARE(ListExporter::text(proxy, columns, ListExporter::separator(format)), expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("list.") + ListExporter::suffix(format));
    QVERIFY(ListExporter::write(path, proxy, columns, format).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().toHex(' '), ListExporter::encoded(expected, format).toHex(' '));
}

void TestListExporter::writeFailureLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TextTable model({{QStringLiteral("Name")}, {QStringLiteral("A")}});
    // A folder that does not exist: nothing is created, and the problem names the file.
    const QString path = dir.filePath(QStringLiteral("missing/list.txt"));
    const Problems problems = ListExporter::write(path, model, {}, Format::UnicodeTab);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("Export.CannotWrite"));
    QCOMPARE(problems.first().parameter, QStringLiteral("File"));
    QVERIFY2(problems.first().message.contains(QDir::toNativeSeparators(path)), qPrintable(problems.first().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());

    // An existing file is replaced whole.
    const QString existing = dir.filePath(QStringLiteral("list.csv"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QVERIFY(old.write(QByteArray(4096, 'x')) == 4096);
    old.close();
    QVERIFY(ListExporter::write(existing, model, {}, Format::Utf8Comma).isEmpty());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("\xEF\xBB\xBF" "Name\r\nA\r\n"));
}

QTEST_GUILESS_MAIN(TestListExporter)
#include "tst_listexporter.moc"
