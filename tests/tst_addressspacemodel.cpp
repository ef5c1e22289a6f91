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
    void outOfRangeIsIgnored();
    void setAddressSpacesResets();
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
    model.setAddressSpaces({space(smtp, QStringLiteral("*"))});
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

    QCOMPARE(model.columnAt(version == Version::Rtm2007 ? 0 : 1), AddressSpaceModel::Column::Address);
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

void tst_AddressSpaceModel::outOfRangeIsIgnored()
{
    AddressSpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAddressSpaces(seedSpaces());

    QCOMPARE(model.addressSpace(3), AddressSpace());
    QCOMPARE(model.addressSpace(-1), AddressSpace());
    QVERIFY(!model.index(3, 0).isValid());
    QCOMPARE(model.addressSpaces(), seedSpaces());
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
