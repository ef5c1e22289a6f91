#pragma once

#include "ConnectivityResult.h"
#include "SendConnector.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <chrono>

class ConnectivityRun;
class QThread;
struct Organization;

// Tests whether a connector's next hops accept mail as it is configured: its smart hosts, or
// the MX hosts of its domains (docs/domain-rules.md#connector-settings). Every host is tested
// in parallel on a worker thread of its own (named WorkerThreadName), so a slow TLS handshake or
// name lookup never holds up the caller; the signals arrive on the caller's thread. Each step
// is bounded by stepTimeout(); nothing is ever sent (no MAIL FROM). The password lives only in
// memory (docs/decisions.md#connectivity-test).
//
// The worker thread exists only while a test runs: when finished() is emitted, the thread has
// ended and every socket is closed. Destroying the object, or calling cancel() or start(), at
// any time (also from a slot of its own signals) stops the run at once.
class ConnectivityTest : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultStepTimeout{10000};
    // The worker thread's name, as /proc/self/task/*/comm shows it (Linux keeps 15 characters).
    static constexpr const char *WorkerThreadName = "scc-connectivit";

    explicit ConnectivityTest(QObject *parent = nullptr);
    ~ConnectivityTest() override;

    // DNS routing: the domain to test. Empty: every SMTP address space without a wildcard.
    void setRecipientDomain(const QString &domain);
    // Basic authentication: the password for the connector's user name, for this test only.
    void setPassword(const QString &password);
    // The DNS servers asked when the connector does not use the transport server's external
    // ones (or that server lists none); empty (the default): the system's resolver. Tests point
    // it at their own DNS server on loopback.
    void setDefaultDnsServers(const QList<QHostAddress> &servers);
    // Certification authorities trusted besides the system's.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    void setStepTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds stepTimeout() const { return m_stepTimeout; }

    // Starts testing `connector` as sent from `serverName` (its EHLO name when the connector has
    // no Fqdn; its ExternalDNSServers when the connector has UseExternalDNSServersEnabled, asked
    // on port 53 as Qt 6.4 can). Empty serverName: the connector's first source server, else the
    // organization's local server. A running test is cancelled first.
    void start(const SendConnector &connector, const Organization &organization, const QString &serverName = QString());
    // Stops every lookup and connection and ends the worker thread before it returns; finished()
    // is emitted with cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    const ConnectivityVerdict &verdict() const { return m_verdict; }

    // Whether the test authenticates with a password: Basic authentication, which a connector
    // uses only towards smart hosts (docs/domain-rules.md#connector-settings).
    static bool authenticates(const SendConnector &connector);
    // The domains DNS routing would test for `connector` and `recipientDomain`.
    static QStringList domainsToTest(const SendConnector &connector, const QString &recipientDomain);

signals:
    void hostStarted(int host, const QString &name);
    void stepFinished(int host, const ConnectivityStep &step);
    void hostFinished(int host, const HostConnectivity &result);
    void finished(const ConnectivityVerdict &verdict);

private:
    void stopWorker();
    void clearPassword();
    bool isCurrent(quint64 generation) const { return generation == m_generation && m_run; }

    QString m_recipientDomain;
    QString m_password;
    QList<QHostAddress> m_defaultDnsServers;
    QList<QSslCertificate> m_extraCaCertificates;
    std::chrono::milliseconds m_stepTimeout = DefaultStepTimeout;

    QThread *m_thread = nullptr;
    ConnectivityRun *m_run = nullptr; // lives on m_thread
    quint64 m_generation = 0;         // signals of an earlier run still queued are dropped
    QString m_connectorName;
    QList<HostConnectivity> m_hosts; // what the running test has reported so far
    QList<bool> m_hostDone;
    ConnectivityVerdict m_verdict;
    bool m_running = false;
};
