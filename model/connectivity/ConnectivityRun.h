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

// What one run of a connectivity test is given; ConnectivityTest fills it in.
struct ConnectivityRunSettings
{
    SendConnector connector;
    QString serverName;                     // the sending server: its name is the EHLO name without an Fqdn
    QList<QHostAddress> externalDnsServers; // that server's ExternalDNSServers
    QString recipientDomain;
    QList<QHostAddress> defaultDnsServers;
    QList<QSslCertificate> extraCaCertificates;
    std::chrono::milliseconds stepTimeout{10000};
};

// One run of ConnectivityTest on its worker thread: the MX lookups and a HostProbe per next
// hop, all on this object's thread, and the verdict. Internal to ConnectivityTest, which starts
// it and deletes it (never from inside one of its own signals).
class ConnectivityRun : public QObject
{
    Q_OBJECT
public:
    ConnectivityRun(ConnectivityRunSettings settings, const QString &password);
    ~ConnectivityRun() override;

    void start();

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
    void finishVerdict();

    HostProbeSettings baseSettings() const;
    QList<QHostAddress> nameServers() const; // empty: the system's resolver

    ConnectivityRunSettings m_settings;
    const SendConnector &m_connector = m_settings.connector;
    QString m_password;

    QList<HostProbe *> m_probes;       // index = host number in the signals; null: a domain whose MX lookup failed
    QList<HostConnectivity> m_results; // the same indexes; filled when the host finishes
    QList<bool> m_hostDone;
    QList<DomainLookup> m_domainLookups;
    QString m_setupError;
    bool m_running = false;
};
