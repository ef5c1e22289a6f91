#pragma once

#include "ConnectivityOptions.h"
#include "ConnectivityResult.h"
#include "Organization.h"

#include <QDialog>

#include <optional>

class ConnectivityTest;
class ConnectivityView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The console's Test Connectivity dialog for one Send connector: would its smart hosts, or the MX
// hosts of a recipient domain, accept mail as the connector is configured (ConnectivityTest,
// docs/domain-rules.md#connector-settings)? The administrator picks the sending server (one of the
// connector's source servers), a recipient domain for DNS routing and, for Basic authentication,
// the password of the connector's user; each host's progress and the verdict show in a
// ConnectivityView. Nothing in the organization is changed and nothing is sent.
//
// Like Test Routing it follows each version of the organization the window reads
// (setOrganization()): the next test uses the connector as it is then. The password lives only in
// the password field and the running test's memory; both are wiped when the dialog closes.
// Cancel (or Esc) stops a running test at once; when no test runs the button reads Close.
class ConnectivityDialog : public QDialog
{
    Q_OBJECT
public:
    // `connectorName` on `side` (an Edge's name for its own connectors, empty for the
    // organization's); `preferredServer` is the sending server chosen first when it is one of the
    // connector's source servers (e.g. the subscribed Edge the console shows).
    ConnectivityDialog(const Organization &organization, const QString &connectorName, const QString &side,
                       const QString &preferredServer = QString(), QWidget *parent = nullptr);
    ~ConnectivityDialog() override;

    void setOrganization(const Organization &organization);
    // DNS servers, trusted CAs and the step timeout for the next tests (--dns-server, --trust-ca).
    void setConnectivityOptions(const ConnectivityOptions &options);

    QString connectorName() const { return m_connectorName; }
    QString side() const { return m_side; }
    QString sendingServer() const;
    bool isRunning() const;
    // The last test's verdict; std::nullopt before the first one ends.
    const std::optional<ConnectivityVerdict> &verdict() const { return m_verdict; }
    ConnectivityView *view() const { return m_view; }

public slots:
    // Tests with what the fields say, or shows why it cannot under the field concerned.
    void test();
    // Stops a running test at once; nothing otherwise.
    void cancel();
    // Esc: stops a running test; closes only when none runs.
    void reject() override;
    void done(int result) override;

signals:
    // A test ended: finished, or cancelled (verdict.cancelled).
    void testFinished(const ConnectivityVerdict &verdict);

protected:
    // The title bar's close button closes even during a test, which it stops first.
    void closeEvent(QCloseEvent *event) override;

private:
    const SendConnector *connector() const;
    void fillServers(const QString &preferred);
    void updateFields();
    void updateButtons();
    void finished(const ConnectivityVerdict &verdict);
    void wipePassword();

    Organization m_organization;
    QString m_connectorName;
    QString m_side;
    ConnectivityOptions m_options;
    ConnectivityTest *m_test = nullptr;
    std::optional<ConnectivityVerdict> m_verdict;
    bool m_running = false; // from Test until the test's finished()

    QLabel *m_connectorLabel = nullptr;
    QLabel *m_nextHopsLabel = nullptr;
    QLabel *m_goneLabel = nullptr;
    QComboBox *m_serverCombo = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    QLabel *m_domainProblem = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_passwordNote = nullptr;
    ConnectivityView *m_view = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
