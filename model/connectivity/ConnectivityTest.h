#pragma once

#include "ConnectivityResult.h"
#include "SendConnector.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <chrono>

class HostProbe;
struct HostProbeSettings;
class QDnsLookup;
class QTimer;
struct Organization;

// Tests whether a connector's next hops accept mail as it is configured: its smart hosts, or
// the MX hosts of its domains (docs/domain-rules.md#connector-settings). Every host is tested
// in parallel on the caller's event loop; each step is bounded by stepTimeout(); nothing is
// ever sent (no MAIL FROM). The password lives only in this object's memory.
//
// Destroy it with deleteLater() from a slot connected to its own signals.
class ConnectivityTest : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultStepTimeout{10000};

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
    // Stops every lookup and connection at once; finished() is emitted with cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    const ConnectivityVerdict &verdict() const { return m_verdict; }

    // The domains DNS routing would test for `connector` and `recipientDomain`.
    static QStringList domainsToTest(const SendConnector &connector, const QString &recipientDomain);

signals:
    void hostStarted(int host, const QString &name);
    void stepFinished(int host, const ConnectivityStep &step);
    void hostFinished(int host, const HostConnectivity &result);
    void finished(const ConnectivityVerdict &verdict);

private:
    struct DomainLookup
    {
        QString domain;
        QDnsLookup *lookup = nullptr;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
    };

    void startHost(const HostProbeSettings &settings);
    void lookUpMx(const QString &domain);
    void mxFinished(int index, bool timedOut);
    void addFailedDomain(const QString &domain, const ConnectivityStep &step);
    void checkFinished();
    void finishVerdict(bool cancelled);
    void stopEverything();
    void clearPassword();

    HostProbeSettings baseSettings() const;
    QList<QHostAddress> nameServers() const; // empty: the system's resolver

    SendConnector m_connector;
    QString m_serverName;
    QString m_recipientDomain;
    QString m_password;
    QList<QHostAddress> m_externalDnsServers;
    QList<QHostAddress> m_defaultDnsServers;
    QList<QSslCertificate> m_extraCaCertificates;
    std::chrono::milliseconds m_stepTimeout = DefaultStepTimeout;

    QList<HostProbe *> m_probes;       // index = host number in the signals; null: a domain whose MX lookup failed
    QList<HostConnectivity> m_results; // the same indexes; filled when the host finishes
    QList<bool> m_hostDone;
    QList<DomainLookup> m_domainLookups;
    ConnectivityVerdict m_verdict;
    QString m_setupError;
    bool m_running = false;
};
