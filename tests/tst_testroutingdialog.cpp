// The Test Routing dialog driven by keys: a recipient typed, Enter, the answer and its
// explanation; invalid input under its field; the sending server changing the answer.

#include "support/ModelTestSupport.h"
#include "RouteExplanationModel.h"
#include "TestRoutingDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ModelTestSupport;

namespace {

SendConnector connector(const QString &name, const AddressSpace &space, const QStringList &sources)
{
    SendConnector result;
    result.name = name;
    result.addressSpaces = {space};
    result.sourceTransportServers = sources;
    return result;
}

// The sample (EX01, EX02 in Seattle; EX03 in Portland, 10 away; EDGE01 subscribed; EDGE02 with
// its own connectors; contoso.com authoritative) with fabrikam.example reachable from both sites
// and a connector scoped to Portland.
Organization routingOrganization()
{
    Organization organization = sampleOrganization();
    organization.sendConnectors.append(
        connector(QStringLiteral("Fabrikam from Seattle"), smtp(QStringLiteral("fabrikam.example"), 5),
                  {QStringLiteral("EX01")}));
    organization.sendConnectors.append(
        connector(QStringLiteral("Fabrikam from Portland"), smtp(QStringLiteral("fabrikam.example"), 1),
                  {QStringLiteral("EX03")}));
    SendConnector scoped = connector(QStringLiteral("Adatum (Portland only)"), smtp(QStringLiteral("adatum.example")),
                                     {QStringLiteral("EX03")});
    scoped.isScopedConnector = true;
    organization.sendConnectors.append(scoped);
    return organization;
}

} // namespace

class TestTestRoutingDialog : public QObject
{
    Q_OBJECT

private:
    // The dialog shown, with its widgets found by their object names.
    struct Fixture
    {
        explicit Fixture(const Organization &organization, const QString &preferred = QString())
            : dialog(organization, preferred)
        {
            recipient = dialog.findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
            size = dialog.findChild<QSpinBox *>(QStringLiteral("messageSizeSpin"));
            server = dialog.findChild<QComboBox *>(QStringLiteral("sendingServerCombo"));
            table = dialog.findChild<QTableView *>(QStringLiteral("explanationView"));
        }
        QString label(const char *name) const
        {
            const auto *found = dialog.findChild<QLabel *>(QLatin1String(name));
            return found ? found->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
        }
        bool labelVisible(const char *name) const
        {
            const auto *found = dialog.findChild<QLabel *>(QLatin1String(name));
            return found && found->isVisible();
        }
        // The explanation's step id for a connector; "<absent>" when it has no row.
        QString step(const QString &connector) const
        {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, int(RouteExplanationModel::Column::Connector)).data().toString() == connector)
                    return model->index(row, int(RouteExplanationModel::Column::Step))
                        .data(RouteExplanationModel::StepRole)
                        .toString();
            }
            return QStringLiteral("<absent>");
        }

        TestRoutingDialog dialog;
        QLineEdit *recipient = nullptr;
        QSpinBox *size = nullptr;
        QComboBox *server = nullptr;
        QTableView *table = nullptr;
    };

private slots:
    void routes_data();
    void routes();
    void invalidRecipient_data();
    void invalidRecipient();
    void switchingServerChangesAnswer();
    void subscribedEdgeOfferedDisabled();
    void preferredEdgeSendsWithItsOwnConnectors();
    void answerFollowsTheOrganization();
    void escapeCloses();
};

void TestTestRoutingDialog::routes_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("sizeKb"); // typed into the size field
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("addressSpace");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("nextHop");
    QTest::addColumn<QStringList>("steps"); // "connector=StepId"

    QTest::newRow("specificity beats cost") << "julia@fabrikam.example" << "EX01" << "100" << "Routed"
                                            << "Fabrikam from Seattle" << "SMTP:fabrikam.example;5" << "5"
                                            << "DNS MX (fabrikam.example)"
                                            << QStringList{"Fabrikam from Seattle=Chosen",
                                                           "Fabrikam from Portland=HigherCost",
                                                           "Contoso to Internet=LessSpecific",
                                                           "Northwind Traders (retired)=Disabled",
                                                           "Fabrikam X.400 gateway=NoMatchingAddressSpace"};
    QTest::newRow("smart host next hop") << "ann@tailspintoys.com" << "EX01" << "0" << "Routed"
                                         << "Contoso to Tailspin Toys relay" << "SMTP:tailspintoys.com;2" << "12"
                                         << "relay.tailspintoys.com"
                                         << QStringList{"Contoso to Tailspin Toys relay=Chosen",
                                                        "Contoso to Internet=LessSpecific"};
    QTest::newRow("too large for every connector")
        << "julia@example.org" << "EX01" << "30000" << "Unreachable" << "" << "" << "" << ""
        << QStringList{"Contoso to Internet=MessageTooLarge", "Woodgrove Bank (domain secured)=MessageTooLarge"};
    QTest::newRow("scoped, from another site") << "kim@adatum.example" << "EX01" << "1" << "Routed"
                                               << "Contoso to Internet" << "SMTP:*;1" << "1"
                                               << "DNS MX (adatum.example)"
                                               << QStringList{"Adatum (Portland only)=OutOfScope",
                                                              "Contoso to Internet=Chosen"};
}

void TestTestRoutingDialog::routes()
{
    QFETCH(QString, recipient);
    QFETCH(QString, server);
    QFETCH(QString, sizeKb);
    QFETCH(QString, outcome);
    QFETCH(QString, connector);
    QFETCH(QString, addressSpace);
    QFETCH(QString, cost);
    QFETCH(QString, nextHop);
    QFETCH(QStringList, steps);

    Fixture f(routingOrganization());
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EX01")); // the LocalServer first
    QTest::keyClicks(f.server, server);
    QCOMPARE(f.dialog.sendingServer(), server);
    f.size->selectAll();
    QTest::keyClicks(f.size, sizeKb);
    QTest::keyClicks(f.recipient, recipient);
    QTest::keyClick(f.recipient, Qt::Key_Return);

    QVERIFY(f.dialog.route().has_value());
    QCOMPARE(f.dialog.route()->messageSize, sizeKb.toLongLong() * 1024);
    QCOMPARE(f.label("outcomeLabel"), outcome);
    QCOMPARE(f.label("connectorLabel"), connector);
    QCOMPARE(f.label("addressSpaceLabel"), addressSpace);
    QCOMPARE(f.label("sourceServerLabel").isEmpty(), connector.isEmpty());
    QCOMPARE(f.label("costLabel"), cost);
    QCOMPARE(f.label("nextHopLabel"), nextHop);
    QCOMPARE(f.label("reasonLabel"), f.dialog.route()->reason());
    QVERIFY(!f.label("reasonLabel").isEmpty());
    QVERIFY(!f.labelVisible("recipientProblemLabel"));
    // Every connector of the side has a row.
    QCOMPARE(f.table->model()->rowCount(), routingOrganization().sendConnectors.size());
    for (const QString &expected : steps) {
        const QString name = expected.section(QLatin1Char('='), 0, 0);
        QCOMPARE(name + QLatin1Char('=') + f.step(name), expected);
    }
    // The step column is translated text, not the id, for the winner too.
    const QModelIndex first = f.table->model()->index(0, int(RouteExplanationModel::Column::Step));
    QVERIFY(!first.data().toString().isEmpty());
}

void TestTestRoutingDialog::invalidRecipient_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // part of the message

    QTest::newRow("no at") << "julia" << "\"julia\" is not an e-mail address";
    QTest::newRow("empty local part") << "@contoso.com" << "nothing before the \"@\"";
    QTest::newRow("domain literal") << "julia@[10.0.0.1]" << "IP address";
    QTest::newRow("bad domain") << "julia@-bad-.com" << "invalid domain";
    QTest::newRow("empty") << "" << "is not an e-mail address";
}

void TestTestRoutingDialog::invalidRecipient()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    Fixture f(routingOrganization());
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    // A good answer first, so that the bad input must clear it.
    QTest::keyClicks(f.recipient, QStringLiteral("julia@fabrikam.example"));
    QTest::keyClick(f.recipient, Qt::Key_Return);
    QCOMPARE(f.label("outcomeLabel"), QStringLiteral("Routed"));

    f.recipient->selectAll();
    QTest::keyClick(f.recipient, Qt::Key_Delete);
    QTest::keyClicks(f.recipient, typed);
    QTest::keyClick(f.recipient, Qt::Key_Enter);

    QVERIFY(f.labelVisible("recipientProblemLabel"));
    QVERIFY2(f.label("recipientProblemLabel").contains(expected), qPrintable(f.label("recipientProblemLabel")));
    QVERIFY(f.label("recipientProblemLabel").startsWith(QStringLiteral("The recipient")));
    QVERIFY(!f.labelVisible("sendingServerProblemLabel"));
    QVERIFY(!f.dialog.route().has_value());
    QCOMPARE(f.label("outcomeLabel"), QString());
    QCOMPARE(f.table->model()->rowCount(), 0);
    QVERIFY(f.dialog.isVisible()); // a problem never closes the dialog

    // Corrected, the problem goes.
    f.recipient->selectAll();
    QTest::keyClicks(f.recipient, QStringLiteral("julia@contoso.com"));
    QTest::keyClick(f.recipient, Qt::Key_Return);
    QVERIFY(!f.labelVisible("recipientProblemLabel"));
    QCOMPARE(f.label("outcomeLabel"), QStringLiteral("Delivered internally"));
    QCOMPARE(f.label("connectorLabel"), QString());
    QCOMPARE(f.label("addressSpaceLabel"), QStringLiteral("Accepted domain contoso.com"));
    QVERIFY(f.label("reasonLabel").contains(QStringLiteral("authoritative")));
}

void TestTestRoutingDialog::switchingServerChangesAnswer()
{
    Fixture f(routingOrganization());
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    QTest::keyClicks(f.recipient, QStringLiteral("julia@fabrikam.example"));
    QTest::keyClick(f.recipient, Qt::Key_Return);
    QCOMPARE(f.label("connectorLabel"), QStringLiteral("Fabrikam from Seattle"));
    QCOMPARE(f.step(QStringLiteral("Fabrikam from Portland")), QStringLiteral("HigherCost"));

    // From Portland the site-link cost turns the other way round.
    QTest::keyClick(&f.dialog, Qt::Key_V, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), f.server);
    QTest::keyClicks(f.server, QStringLiteral("EX03"));
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EX03"));
    // A mnemonic clicks its button after a short animation.
    QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(f.dialog.route() ? f.dialog.route()->server : QString(), QStringLiteral("EX03"));
    QCOMPARE(f.label("connectorLabel"), QStringLiteral("Fabrikam from Portland"));
    QCOMPARE(f.label("sourceServerLabel"), QStringLiteral("EX03"));
    QCOMPARE(f.label("costLabel"), QStringLiteral("1"));
    QCOMPARE(f.step(QStringLiteral("Fabrikam from Seattle")), QStringLiteral("HigherCost"));

    // And the scoped connector is seen from its own site only.
    f.recipient->selectAll();
    QTest::keyClicks(f.recipient, QStringLiteral("kim@adatum.example"));
    QTest::keyClick(f.recipient, Qt::Key_Return);
    QCOMPARE(f.label("connectorLabel"), QStringLiteral("Adatum (Portland only)"));
    QCOMPARE(f.step(QStringLiteral("Contoso to Internet")), QStringLiteral("LessSpecific"));
}

void TestTestRoutingDialog::subscribedEdgeOfferedDisabled()
{
    Fixture f(routingOrganization(), QStringLiteral("EDGE01"));
    // A subscribed Edge cannot be the default, even when asked for.
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EX01"));
    const int row = f.server->findData(QStringLiteral("EDGE01"));
    QVERIFY(row >= 0);
    const auto *model = qobject_cast<QStandardItemModel *>(f.server->model());
    QVERIFY(model);
    QVERIFY(!model->item(row)->isEnabled());
    QVERIFY(model->item(row)->toolTip().contains(QStringLiteral("subscribed")));
    QVERIFY(!f.dialog.selectSendingServer(QStringLiteral("EDGE01")));
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    QVERIFY(f.labelVisible("sendingServerNoteLabel"));
    QVERIFY(f.label("sendingServerNoteLabel").contains(QStringLiteral("EDGE01")));
    // Every Hub and Edge is listed.
    QCOMPARE(f.server->count(), routingOrganization().servers.size());
}

void TestTestRoutingDialog::preferredEdgeSendsWithItsOwnConnectors()
{
    Fixture f(routingOrganization(), QStringLiteral("EDGE02"));
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EDGE02"));
    QTest::keyClicks(f.recipient, QStringLiteral("julia@fabrikam.example"));
    QTest::keyClick(f.recipient, Qt::Key_Return);
    QCOMPARE(f.label("connectorLabel"), QStringLiteral("EDGE02 to Internet"));
    // The Edge's own connectors, not the organization's.
    QCOMPARE(f.table->model()->rowCount(), 2);
    QCOMPARE(f.step(QStringLiteral("EDGE02 to Contoso")), QStringLiteral("NoMatchingAddressSpace"));
}

void TestTestRoutingDialog::answerFollowsTheOrganization()
{
    Organization organization = routingOrganization();
    Fixture f(organization);
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    QTest::keyClicks(f.recipient, QStringLiteral("julia@fabrikam.example"));
    QTest::keyClick(f.recipient, Qt::Key_Return);
    QCOMPARE(f.label("connectorLabel"), QStringLiteral("Fabrikam from Seattle"));

    // Another program disables the winner: the dialog shows the new answer at once.
    for (SendConnector &connector : organization.sendConnectors) {
        if (connector.name == QLatin1String("Fabrikam from Seattle"))
            connector.enabled = false;
    }
    f.dialog.setOrganization(organization);
    QCOMPARE(f.dialog.sendingServer(), QStringLiteral("EX01"));
    QCOMPARE(f.label("connectorLabel"), QStringLiteral("Fabrikam from Portland"));
    QCOMPARE(f.step(QStringLiteral("Fabrikam from Seattle")), QStringLiteral("Disabled"));
}

void TestTestRoutingDialog::escapeCloses()
{
    Fixture f(routingOrganization());
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    // Keys go to the active window: under a real X server that is not a given.
    f.dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
    QTest::keyClicks(f.recipient, QStringLiteral("julia@contoso.com"));
    QTest::keyClick(f.recipient, Qt::Key_Escape);
    QVERIFY(!f.dialog.isVisible());
    QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestTestRoutingDialog)
#include "tst_testroutingdialog.moc"
