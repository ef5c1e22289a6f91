#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// What a connectivity test found: one record per next hop with the properties of
// Test-SendConnector's output, the steps that led there, and a verdict for the connector.
namespace Connectivity {
Q_NAMESPACE

enum class StartTls { NotRequired, NotOffered, Succeeded, Failed };
Q_ENUM_NS(StartTls)
enum class Authenticated { NotRequired, Succeeded, Failed, NotTried };
Q_ENUM_NS(Authenticated)
enum class Result { Success, Failure };
Q_ENUM_NS(Result)

enum class StepKind { LookUpMx, Resolve, Connect, Banner, Ehlo, StartTls, TlsHandshake, EhloAfterTls, Authenticate, Quit };
Q_ENUM_NS(StepKind)
enum class StepOutcome { Succeeded, Warning, Failed };
Q_ENUM_NS(StepOutcome)

// The enum values' names, as the shell prints them ("NotOffered", "Success").
QString valueName(StartTls value);
QString valueName(Authenticated value);
QString valueName(Result value);
} // namespace Connectivity

struct ConnectivityStep
{
    Connectivity::StepKind kind = Connectivity::StepKind::Connect;
    Connectivity::StepOutcome outcome = Connectivity::StepOutcome::Succeeded;
    qint64 durationMs = 0;
    QString reply;  // the server's exact reply (control characters replaced), or empty
    QString detail; // a translated sentence when the step failed or warned

    QString name() const { return name(kind); } // translated ("Connect", "TLS handshake")
    static QString name(Connectivity::StepKind kind);
};

// The TLS session of a host after STARTTLS.
struct TlsDetails
{
    QString protocol; // "TLS 1.3"
    QString cipher;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    bool hostNameMatches = false;
    bool trusted = false;
    bool expired = false; // or not yet valid
};

// One next hop: a smart host, or an MX host (or the domain itself, falling back to A/AAAA).
struct HostConnectivity
{
    Q_DECLARE_TR_FUNCTIONS(HostConnectivity)
public:
    // The properties of Test-SendConnector's output (issue 13), in this order.
    QString host;
    QString address;
    int port = 0;
    bool connected = false;
    QString banner;
    Connectivity::StartTls startTls = Connectivity::StartTls::NotRequired;
    QString certificate; // a translated one-line description, empty without TLS
    QStringList authMechanisms;
    Connectivity::Authenticated authenticated = Connectivity::Authenticated::NotRequired;
    Connectivity::Result result = Connectivity::Result::Failure;
    QString error; // the reason of a failure, a whole translated sentence; empty on success

    // More for the wizard and the console.
    QString destination; // DNS routing: the recipient domain this host serves; empty for a smart host
    int preference = -1; // DNS routing: the MX preference; -1 for a smart host or the A/AAAA fallback
    QStringList extensions; // EHLO keywords (after TLS when TLS was started)
    bool tlsEstablished = false;
    TlsDetails tls;
    QStringList warnings; // translated sentences; the host may still succeed
    QList<ConnectivityStep> steps;

    // The reason in plain words: the error on failure, else the warnings, else a success sentence.
    QString reason() const;
};

// The connector's verdict: would mail flow as configured?
struct ConnectivityVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ConnectivityVerdict)
public:
    Connectivity::Result result = Connectivity::Result::Failure;
    bool cancelled = false;
    QString reason; // a translated sentence
    QList<HostConnectivity> hosts;

    bool allHostsSucceeded() const;
};

Q_DECLARE_METATYPE(ConnectivityStep)
Q_DECLARE_METATYPE(HostConnectivity)
Q_DECLARE_METATYPE(ConnectivityVerdict)
