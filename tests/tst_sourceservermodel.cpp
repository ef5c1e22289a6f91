// Tests the source server table of the Source Server page: Name | Role | Site from the
// organization, a sentence for screen readers, unknown names kept, reset on every change.
#include "support/ModelTestSupport.h"
#include "SourceServerModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ModelTestSupport::sampleOrganization;

class tst_SourceServerModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void headers();
    void setServersResets();
};

void tst_SourceServerModel::rows_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("accessible");

    QTest::newRow("hub") << QStringLiteral("EX03")
                         << QStringList{QStringLiteral("EX03"), QStringLiteral("Hub Transport"), QStringLiteral("Portland")}
                         << QStringLiteral("EX03, Hub Transport, site Portland");
    QTest::newRow("edge subscription")
        << QStringLiteral("EDGE01")
        << QStringList{QStringLiteral("EDGE01"), QStringLiteral("Edge Subscription"), QStringLiteral("Seattle")}
        << QStringLiteral("EDGE01, Edge Subscription, site Seattle");
    QTest::newRow("unknown") << QStringLiteral("GONE") << QStringList{QStringLiteral("GONE"), QString(), QString()}
                             << QStringLiteral("GONE, not a server of this organization");
}

void tst_SourceServerModel::rows()
{
    QFETCH(QString, server);
    QFETCH(QStringList, columns);
    QFETCH(QString, accessible);

    SourceServerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Organization organization = sampleOrganization();
    model.setServers({QStringLiteral("EX01"), server}, organization);
    QCOMPARE(model.rowCount(), 2);
    QStringList actual;
    for (int column = 0; column < model.columnCount(); ++column)
        actual.append(model.index(1, column).data().toString());
    QCOMPARE(actual, columns);
    QCOMPARE(model.index(1, 2).data(Qt::AccessibleTextRole).toString(), accessible);
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), accessible);
    QCOMPARE(model.server(1), server);
    QCOMPARE(SourceServerModel::roleText(organization, server), columns.at(1));
    QCOMPARE(SourceServerModel::siteText(organization, server), columns.at(2));
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEditable));
}

void tst_SourceServerModel::headers()
{
    SourceServerModel model;
    QStringList headers;
    for (int section = 0; section < model.columnCount(); ++section)
        headers.append(model.headerData(section, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Site")}));
    QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void tst_SourceServerModel::setServersResets()
{
    SourceServerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Organization organization = sampleOrganization();
    model.setServers({QStringLiteral("EX01"), QStringLiteral("EX02")}, organization);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.servers(), (QStringList{QStringLiteral("EX01"), QStringLiteral("EX02")}));
    model.setServers({}, organization);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SourceServerModel)
#include "tst_sourceservermodel.moc"
