// The explanation table of a route: every candidate with its step, translated for display and
// stable through StepRole.

#include "support/ModelTestSupport.h"
#include "RouteExplanation.h"
#include "RouteExplanationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTestSupport;

class TestRouteExplanationModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyUntilSet();
    void rowsOfAResolvedRoute();
    void cells_data();
    void cells();
    void headers();
    void clearResets();
};

namespace {

RouteCandidate candidate(const QString &name, std::optional<AddressSpace> space, const QString &source,
                         std::optional<int> cost, RouteStep step)
{
    RouteCandidate result;
    result.connector = name;
    result.addressSpace = std::move(space);
    result.sourceServer = source;
    result.cost = cost;
    result.step = step;
    return result;
}

} // namespace

void TestRouteExplanationModel::emptyUntilSet()
{
    RouteExplanationModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), RouteExplanationModel::ColumnCount);
}

void TestRouteExplanationModel::rowsOfAResolvedRoute()
{
    RouteExplanationModel model;
    QAbstractItemModelTester tester(&model);
    const Organization organization = sampleOrganization();
    const RouteResolver resolver(organization);
    const Parsed<Route> route = resolver.resolve(QStringLiteral("ann@tailspintoys.com"), 0, QStringLiteral("EX01"),
                                                 RouteResolver::Detail::Explanation);
    QVERIFY2(route.ok(), qPrintable(describe(route.problems)));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCandidates(route.value->candidates);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), organization.sendConnectors.size());
    // Rows in the side's order; the winner's step says Chosen, in words and as its id.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, 0).data().toString();
        QCOMPARE(name, organization.sendConnectors.at(row).name);
        const QModelIndex step = model.index(row, int(RouteExplanationModel::Column::Step));
        if (name == QLatin1String("Contoso to Tailspin Toys relay")) {
            QCOMPARE(step.data(RouteExplanationModel::StepRole).toString(), QStringLiteral("Chosen"));
            QCOMPARE(step.data().toString(), RouteExplanation::stepText(RouteStep::Chosen));
            QCOMPARE(model.index(row, int(RouteExplanationModel::Column::Cost)).data().toString(),
                     QStringLiteral("12"));
            QCOMPARE(model.index(row, int(RouteExplanationModel::Column::SourceServer)).data().toString(),
                     QStringLiteral("EX03"));
        }
    }
}

void TestRouteExplanationModel::cells_data()
{
    QTest::addColumn<RouteStep>("step");
    QTest::addColumn<bool>("hasMatch");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<QString>("stepText");

    QTest::newRow("chosen") << RouteStep::Chosen << true << "Chosen" << "Chosen";
    QTest::newRow("less specific") << RouteStep::LessSpecific << true << "LessSpecific" << "Less specific";
    QTest::newRow("higher cost") << RouteStep::HigherCost << true << "HigherCost" << "Higher cost";
    QTest::newRow("farther away") << RouteStep::FartherAway << true << "FartherAway" << "Farther away";
    QTest::newRow("later name") << RouteStep::LaterName << true << "LaterName" << "Later name";
    QTest::newRow("disabled") << RouteStep::Disabled << false << "Disabled" << "Disabled";
    QTest::newRow("too large") << RouteStep::MessageTooLarge << false << "MessageTooLarge" << "Message too large";
    QTest::newRow("no source") << RouteStep::NoSourceServer << false << "NoSourceServer"
                               << "No source server reachable";
    QTest::newRow("out of scope") << RouteStep::OutOfScope << false << "OutOfScope" << "Out of scope";
    QTest::newRow("no match") << RouteStep::NoMatchingAddressSpace << false << "NoMatchingAddressSpace"
                              << "No matching address space";
}

void TestRouteExplanationModel::cells()
{
    QFETCH(RouteStep, step);
    QFETCH(bool, hasMatch);
    QFETCH(QString, stepId);
    QFETCH(QString, stepText);

    RouteExplanationModel model;
    QAbstractItemModelTester tester(&model);
    model.setCandidates({candidate(QStringLiteral("A & B"),
                                   hasMatch ? std::optional<AddressSpace>(smtp(QStringLiteral("*.contoso.com"), 3))
                                            : std::nullopt,
                                   hasMatch ? QStringLiteral("EX02") : QString(),
                                   hasMatch ? std::optional<int>(13) : std::nullopt, step)});
    const auto cell = [&](RouteExplanationModel::Column column, int role = Qt::DisplayRole) {
        return model.index(0, int(column)).data(role);
    };
    QCOMPARE(cell(RouteExplanationModel::Column::Connector).toString(), QStringLiteral("A & B"));
    QCOMPARE(cell(RouteExplanationModel::Column::AddressSpace).toString(),
             hasMatch ? QStringLiteral("SMTP:*.contoso.com;3") : QString());
    QCOMPARE(cell(RouteExplanationModel::Column::SourceServer).toString(), hasMatch ? QStringLiteral("EX02") : QString());
    QCOMPARE(cell(RouteExplanationModel::Column::Cost).toString(), hasMatch ? QStringLiteral("13") : QString());
    QCOMPARE(cell(RouteExplanationModel::Column::Step).toString(), stepText);
    QCOMPARE(cell(RouteExplanationModel::Column::Step, RouteExplanationModel::StepRole).toString(), stepId);
    QCOMPARE(stepId, RouteResolver::toString(step));
    // A sentence as the step's tool tip and accessible description; none on other cells.
    const QString tip = cell(RouteExplanationModel::Column::Step, Qt::ToolTipRole).toString();
    QVERIFY(tip.endsWith(QLatin1Char('.')));
    QCOMPARE(tip, RouteExplanation::stepDescription(step));
    QCOMPARE(cell(RouteExplanationModel::Column::Step, Qt::AccessibleDescriptionRole).toString(), tip);
    QVERIFY(!cell(RouteExplanationModel::Column::Connector, Qt::ToolTipRole).isValid());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
}

void TestRouteExplanationModel::headers()
{
    RouteExplanationModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{"Send Connector", "Address Space", "Source Server", "Cost", "Step"}));
}

void TestRouteExplanationModel::clearResets()
{
    RouteExplanationModel model;
    QAbstractItemModelTester tester(&model);
    model.setCandidates({candidate(QStringLiteral("A"), std::nullopt, QString(), std::nullopt, RouteStep::Disabled)});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRouteExplanationModel)
#include "tst_routeexplanationmodel.moc"
