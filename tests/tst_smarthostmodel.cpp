// Tests the smart host list model of the Network settings page: one row per host as entered,
// its kind as tooltip and accessible text, read-only, reset on every change.
#include "support/ModelTestSupport.h"
#include "SmartHostModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;

class tst_SmartHostModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void setSmartHostsResets();
    void readOnly();
};

void tst_SmartHostModel::rows_data()
{
    QTest::addColumn<SmartHost>("host");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<QString>("accessible");

    QTest::newRow("ip") << ipHost(QStringLiteral("192.168.1.20")) << QStringLiteral("IP address")
                        << QStringLiteral("Smart host 192.168.1.20, an IP address");
    QTest::newRow("fqdn") << fqdnHost(QStringLiteral("relay.contoso.com"))
                          << QStringLiteral("Fully qualified domain name")
                          << QStringLiteral("Smart host relay.contoso.com, a fully qualified domain name");
}

void tst_SmartHostModel::rows()
{
    QFETCH(SmartHost, host);
    QFETCH(QString, toolTip);
    QFETCH(QString, accessible);

    SmartHostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSmartHosts({ipHost(QStringLiteral("10.0.0.1")), host});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(static_cast<const QAbstractItemModel &>(model).columnCount(), 1);
    const QModelIndex index = model.index(1, 0);
    QCOMPARE(index.data().toString(), host.host);
    QCOMPARE(index.data(Qt::EditRole).toString(), host.host);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), accessible);
    QCOMPARE(model.smartHost(1), host);
    QCOMPARE(model.smartHost(2), SmartHost());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Smart host"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void tst_SmartHostModel::setSmartHostsResets()
{
    SmartHostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QList<SmartHost> hosts{ipHost(QStringLiteral("10.0.0.1")), fqdnHost(QStringLiteral("a.contoso.com"))};
    model.setSmartHosts(hosts);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.smartHosts(), hosts);
    model.setSmartHosts({});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void tst_SmartHostModel::readOnly()
{
    SmartHostModel model;
    model.setSmartHosts({ipHost(QStringLiteral("10.0.0.1"))});
    const QModelIndex index = model.index(0, 0);
    QVERIFY(!(model.flags(index) & Qt::ItemIsEditable));
    QVERIFY(model.flags(index) & Qt::ItemIsSelectable);
    QVERIFY(!model.setData(index, QStringLiteral("10.0.0.2")));
    QCOMPARE(index.data().toString(), QStringLiteral("10.0.0.1"));
}

QTEST_GUILESS_MAIN(tst_SmartHostModel)
#include "tst_smarthostmodel.moc"
