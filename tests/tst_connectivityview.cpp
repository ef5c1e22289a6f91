// Tests ConnectivityView following a real ConnectivityTest against the SMTP test servers on
// loopback (tests/servers/): the tree of hosts and steps, the verdict label's text, colour, icon
// and accessible names for success, warning and failure, failing hosts expanded, the reason
// shown when there is nothing to test, and clearing.
#include "ConnectivityView.h"

#include "ConnectivityResultModel.h"
#include "ConnectivityTest.h"
#include "Icons.h"
#include "Organization.h"
#include "ProblemLook.h"

#include "support/TestServers.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QTreeView>

using Outcome = ConnectivityResultModel::Outcome;

class TestConnectivityView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesAndStartState();
    void verdict_data();
    void verdict();
    void untestable();

private:
    TestServers m_servers;
    Organization m_organization;
};

void TestConnectivityView::initTestCase()
{
    Icons::install();
    m_servers = TestServers::load(TestServers::Smtp);
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    m_organization.localServer = QStringLiteral("EX01");
}

void TestConnectivityView::namesAndStartState()
{
    ConnectivityView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *hosts = view.findChild<QTreeView *>(QStringLiteral("connectivityHosts"));
    auto *verdict = view.findChild<QLabel *>(QStringLiteral("connectivityVerdict"));
    QVERIFY(hosts);
    QVERIFY(verdict);
    QCOMPARE(hosts->model(), view.model());
    QVERIFY(!hosts->accessibleName().isEmpty());
    QVERIFY(hosts->focusPolicy() & Qt::TabFocus);
    // Before any test, no verdict is shown.
    QVERIFY(verdict->isHidden());
    QVERIFY(view.verdictText().isEmpty());
}

void TestConnectivityView::verdict_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("iconName");
    QTest::newRow("success") << "starttls" << true << Outcome::Succeeded << "Success";
    QTest::newRow("warning: wrong name") << "wrong-name" << true << Outcome::Warning << "Success, with warnings";
    QTest::newRow("failure: no STARTTLS") << "no-starttls" << true << Outcome::Failed << "Failure";
}

void TestConnectivityView::verdict()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, requireTls);
    QFETCH(Outcome, outcome);
    QFETCH(QString, iconName);

    SendConnector connector;
    connector.name = QStringLiteral("Relay");
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {SmartHost{SmartHost::Kind::Fqdn, QStringLiteral("localhost")}};
    connector.port = m_servers.endpoint(endpoint).port;
    connector.requireTls = requireTls;

    ConnectivityView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *hosts = view.findChild<QTreeView *>(QStringLiteral("connectivityHosts"));
    auto *verdict = view.findChild<QLabel *>(QStringLiteral("connectivityVerdict"));
    auto *icon = view.findChild<QLabel *>(QStringLiteral("connectivityVerdictIcon"));
    QVERIFY(hosts && verdict && icon);

    ConnectivityTest test;
    test.setExtraCaCertificates(QSslCertificate::fromPath(m_servers.caFile));
    test.setStepTimeout(std::chrono::seconds(5));
    view.follow(&test);
    QSignalSpy finished(view.model(), &ConnectivityResultModel::finished);
    test.start(connector, m_organization);
    QVERIFY(verdict->isVisible());
    QVERIFY(view.verdictText().startsWith(QLatin1String("Testing")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    QVERIFY(hosts->isVisible());
    QCOMPARE(view.model()->verdictOutcome(), outcome);
    QCOMPARE(view.verdictText(), test.verdict().reason);
    QCOMPARE(icon->accessibleName(), iconName);
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(verdict->accessibleName(), QStringLiteral("Connectivity verdict: %1").arg(iconName));
    QCOMPARE(verdict->accessibleDescription(), test.verdict().reason);
    // Failures and warnings in their severity's colour; success in the ordinary one.
    const QColor colour = verdict->palette().color(QPalette::WindowText);
    if (outcome == Outcome::Failed)
        QCOMPARE(colour, ProblemLook::textColor(view.palette(), ProblemLook::Severity::Error));
    else if (outcome == Outcome::Warning)
        QCOMPARE(colour, ProblemLook::textColor(view.palette(), ProblemLook::Severity::Warning));
    else
        QCOMPARE(colour, view.palette().color(QPalette::WindowText));
    // A dark palette later: the colour is chosen for it.
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    view.setPalette(dark);
    const QColor darkColour = verdict->palette().color(QPalette::WindowText);
    if (outcome == Outcome::Failed)
        QCOMPARE(darkColour, ProblemLook::textColor(dark, ProblemLook::Severity::Error));
    else if (outcome == Outcome::Warning)
        QCOMPARE(darkColour, ProblemLook::textColor(dark, ProblemLook::Severity::Warning));
    else
        QCOMPARE(darkColour, QColor(Qt::white));
    if (outcome != Outcome::Succeeded)
        QVERIFY(darkColour != colour);
    // A host that failed or warned shows its steps at once.
    QCOMPARE(hosts->isExpanded(view.model()->index(0, 0)), outcome != Outcome::Succeeded);

    view.clear();
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(verdict->isHidden());
}

void TestConnectivityView::untestable()
{
    SendConnector connector;
    AddressSpace everything;
    everything.address = QStringLiteral("*");
    connector.addressSpaces = {everything};
    const QString reason = ConnectivityResultModel::untestableReason(connector);
    QVERIFY(!reason.isEmpty());

    ConnectivityView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showUntestable(reason);
    QCOMPARE(view.verdictText(), reason);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("connectivityVerdict"))->isVisible());
    QVERIFY(view.findChild<QTreeView *>(QStringLiteral("connectivityHosts"))->isHidden());
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("connectivityVerdictIcon"))->accessibleName(),
             QStringLiteral("Nothing to test"));
}

QTEST_MAIN(TestConnectivityView)
#include "tst_connectivityview.moc"
