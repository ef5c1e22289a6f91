#include "support/ModelTestSupport.h"
#include "AddressSpaceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Exchange::Version;

// Checks AddressSpaceModel: its columns per Exchange version, its roles, and that every change
// announces itself with the right signals.
class tst_AddressSpaceModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void columns_data();
    void columns();
    void displayAndEdit_data();
    void displayAndEdit();
    void toolTipAndAccessibleText();
    void addSignals();
    void replaceSignals();
    void removeSignals();
    void outOfRangeIsIgnored();
    void setAddressSpacesResets();
    void setVersionResets();
    void flags();
};

namespace {

using ModelTestSupport::space;

const QString smtp = QStringLiteral("SMTP");

QList<AddressSpace> seedSpaces()
{
    return {space(smtp, QStringLiteral("*.contoso.com"), 5), space(smtp, QStringLiteral("*.fabrikam.com"), 8),
            space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=MyOrg"), 3)};
}

} // namespace

void tst_AddressSpaceModel::modelTester()
{
    AddressSpaceModel model(Version::Sp12007);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setAddressSpaces(seedSpaces());
    model.add(space(smtp, QStringLiteral("*")));
    model.replace(0, space(smtp, QStringLiteral("contoso.com"), 2));
    model.remove(1);
    model.setVersion(Version::Rtm2007);
    model.remove(0);
    model.setAddressSpaces({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_AddressSpaceModel::columns_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QStringList>("headers");

    QTest::newRow("SP1") << Version::Sp12007
                         << QStringList{QStringLiteral("Type"), QStringLiteral("Address"), QStringLiteral("Cost")};
    QTest::newRow("RTM: SMTP domains only, no cost") << Version::Rtm2007 << QStringList{QStringLiteral("Address")};
}

void tst_AddressSpaceModel::columns()
{
    QFETCH(Version, version);
    QFETCH(QStringList, headers);

    AddressSpaceModel model(version);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), headers.size());
    QStringList actual;
    for (int section = 0; section < model.columnCount(); ++section)
        actual.append(model.headerData(section, Qt::Horizontal).toString());
    QCOMPARE(actual, headers);
    QVERIFY(!model.headerData(model.columnCount(), Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());

    QCOMPARE(model.sectionOf(AddressSpaceModel::Column::Address), version == Version::Rtm2007 ? 0 : 1);
    QCOMPARE(model.sectionOf(AddressSpaceModel::Column::Cost), version == Version::Rtm2007 ? -1 : 2);
    QCOMPARE(model.columnAt(model.sectionOf(AddressSpaceModel::Column::Address)), AddressSpaceModel::Column::Address);
}

void tst_AddressSpaceModel::displayAndEdit_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<int>("row");
    QTest::addColumn<QVariantList>("expected"); // one value per column

    QTest::newRow("SP1 SMTP") << Version::Sp12007 << 0
                              << QVariantList{smtp, QStringLiteral("*.contoso.com"), 5};
    QTest::newRow("SP1 X400") << Version::Sp12007 << 2
                              << QVariantList{QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=MyOrg"), 3};
    QTest::newRow("RTM address only") << Version::Rtm2007 << 1 << QVariantList{QStringLiteral("*.fabrikam.com")};
}

void tst_AddressSpaceModel::displayAndEdit()
{
    QFETCH(Version, version);
    QFETCH(int, row);
    QFETCH(QVariantList, expected);

    AddressSpaceModel model(version);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());
    QCOMPARE(model.rowCount(), 3);
    for (int column = 0; column < expected.size(); ++column) {
        const QModelIndex index = model.index(row, column);
        QCOMPARE(model.data(index, Qt::DisplayRole), expected.at(column));
        QCOMPARE(model.data(index, Qt::EditRole), expected.at(column));
    }
    QVERIFY(!model.data(model.index(row, 0), Qt::DecorationRole).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    // A cost is an int, so that views sort it numerically.
    if (version == Version::Sp12007)
        QCOMPARE(model.data(model.index(row, 2)).typeId(), QMetaType::Int);
}

void tst_AddressSpaceModel::toolTipAndAccessibleText()
{
    AddressSpaceModel sp1(Version::Sp12007);
    sp1.setAddressSpaces(seedSpaces());
    QCOMPARE(sp1.data(sp1.index(0, 1), Qt::ToolTipRole).toString(), QStringLiteral("SMTP:*.contoso.com;5"));
    QCOMPARE(sp1.data(sp1.index(2, 0), Qt::ToolTipRole).toString(), QStringLiteral("X400:c=us;a= ;p=MyOrg;3"));
    QCOMPARE(sp1.data(sp1.index(1, 2), Qt::AccessibleTextRole).toString(),
             QStringLiteral("SMTP address space *.fabrikam.com, cost 8"));

    AddressSpaceModel rtm(Version::Rtm2007);
    rtm.setAddressSpaces({space(smtp, QStringLiteral("*.contoso.com")), space(smtp, QStringLiteral("contoso.com")),
                          space(smtp, QStringLiteral("*"))});
    QCOMPARE(rtm.data(rtm.index(0, 0), Qt::AccessibleTextRole).toString(),
             QStringLiteral("SMTP address space *.contoso.com, including all subdomains"));
    QCOMPARE(rtm.data(rtm.index(1, 0), Qt::AccessibleTextRole).toString(),
             QStringLiteral("SMTP address space contoso.com"));
    QCOMPARE(rtm.data(rtm.index(2, 0), Qt::AccessibleTextRole).toString(), QStringLiteral("SMTP address space *"));
}

void tst_AddressSpaceModel::addSignals()
{
    AddressSpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const int row = model.add(space(smtp, QStringLiteral("*")));

    QCOMPARE(row, 3);
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(model.addressSpaces().last(), space(smtp, QStringLiteral("*")));
    QCOMPARE(model.addressSpace(3), space(smtp, QStringLiteral("*")));
}

void tst_AddressSpaceModel::replaceSignals()
{
    AddressSpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QVERIFY(model.replace(1, space(smtp, QStringLiteral("fabrikam.com"), 9)));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, 2));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("fabrikam.com"));
    QCOMPARE(model.data(model.index(1, 2)).toInt(), 9);
    QCOMPARE(model.rowCount(), 3);
}

void tst_AddressSpaceModel::removeSignals()
{
    AddressSpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(model.remove(0));

    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.addressSpaces().first().address, QStringLiteral("*.fabrikam.com"));
}

void tst_AddressSpaceModel::outOfRangeIsIgnored()
{
    AddressSpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(!model.replace(3, space(smtp, QStringLiteral("x.com"))));
    QVERIFY(!model.replace(-1, space(smtp, QStringLiteral("x.com"))));
    QVERIFY(!model.remove(3));
    QVERIFY(!model.remove(-1));

    QCOMPARE(changed.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.addressSpaces(), seedSpaces());
    QVERIFY(!model.data(model.index(3, 0)).isValid());
}

void tst_AddressSpaceModel::setAddressSpacesResets()
{
    AddressSpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setAddressSpaces(seedSpaces());

    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.addressSpaces(), seedSpaces());
}

void tst_AddressSpaceModel::setVersionResets()
{
    AddressSpaceModel model(Version::Sp12007);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setVersion(Version::Sp12007);
    QCOMPARE(reset.size(), 0);
    model.setVersion(Version::Rtm2007);
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.version() == Version::Rtm2007);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("*.contoso.com"));
}

void tst_AddressSpaceModel::flags()
{
    AddressSpaceModel model;
    model.setAddressSpaces(seedSpaces());
    const Qt::ItemFlags flags = model.flags(model.index(0, 1));
    QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
    QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
    QVERIFY(!flags.testFlag(Qt::ItemIsEditable));
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
}

QTEST_GUILESS_MAIN(tst_AddressSpaceModel)
#include "tst_addressspacemodel.moc"
