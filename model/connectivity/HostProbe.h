#pragma once

#include "ConnectivityResult.h"
#include "SmtpReply.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <chrono>

class QDnsLookup;
class QSslSocket;

// What one host is tested for, derived from the connector by ConnectivityTest.
struct HostProbeSettings
{
    QString host;          // a name or an address
    bool hostIsAddress = false;
    QString destination;   // DNS routing: the recipient domain
    int preference = -1;   // DNS routing: the MX preference
    int port = 25;
    QString ehloName;
    bool tlsRequired = false;     // RequireTLS, BasicAuthRequireTLS or DomainSecureEnabled
    bool ignoreStartTls = false;
    bool domainSecure = false;    // certificate errors fail the host
    bool basicAuth = false;       // BasicAuth or BasicAuthRequireTLS
    bool authRequiresTls = false; // BasicAuthRequireTLS
    QString userName;
    const QString *password = nullptr; // owned by ConnectivityTest; never copied into results
    QList<QHostAddress> nameServers;   // empty: the system resolver
    QSslConfiguration ssl;
    std::chrono::milliseconds stepTimeout{10000};
    QList<ConnectivityStep> priorSteps; // DNS routing: the MX lookup that named this host
};

// Tests one next hop: resolve, connect, banner, EHLO, STARTTLS and the TLS handshake, AUTH,
// QUIT (never MAIL FROM); each step bounded by the step timeout. Internal to ConnectivityTest.
class HostProbe : public QObject
{
    Q_OBJECT
public:
    HostProbe(const HostProbeSettings &settings, QObject *parent);
    ~HostProbe() override;

    void start();
    // Stops at once: the socket is aborted and scheduled for deletion, lookups are dropped; no
    // signal follows.
    void cancel();
    bool isFinished() const { return m_finished; }
    const HostConnectivity &result() const { return m_result; }
    const HostProbeSettings &settings() const { return m_settings; }

signals:
    void stepFinished(const ConnectivityStep &step);
    void finished();

private:
    enum class Phase { Idle, Resolving, Connecting, Banner, Ehlo, StartTls, Handshake, EhloAfterTls,
                       AuthStart, AuthUser, AuthPassword, Quit, Done };

    void beginStep(Connectivity::StepKind kind, Phase phase);
    void endStep(Connectivity::StepOutcome outcome, const QString &reply, const QString &detail = QString());
    void fail(const QString &error, const QString &reply = QString());
    void succeedHost();
    void finish();
    void stopEverything();
    void dropLookups();
    void dropSocket();

    void resolveWithNameServers();
    void lookupFinished();
    void connectTo(const QHostAddress &address);
    void send(const QByteArray &line);
    void readReplies();
    void handleReply();
    void afterEhlo(bool afterTls);
    void startAuthentication();
    void sendQuit();
    void handshakeDone();
    void socketError();
    void timedOut();

    HostProbeSettings m_settings;
    HostConnectivity m_result;
    Phase m_phase = Phase::Idle;
    Connectivity::StepKind m_stepKind = Connectivity::StepKind::Resolve;
    QElapsedTimer m_stepClock;
    QTimer m_timer;
    QSslSocket *m_socket = nullptr;
    QList<QDnsLookup *> m_lookups;
    int m_hostInfoId = -1;
    QByteArray m_buffer;
    SmtpReplyReader m_reader;
    QList<QSslError> m_sslErrors;
    QByteArray m_authMechanism;
    QString m_ehloReply;
    bool m_finished = false;
    bool m_stepOpen = false;
    bool m_peerClosed = false;
};
