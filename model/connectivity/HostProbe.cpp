#include "HostProbe.h"

#include <QDnsLookup>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslSocket>
#include <QtMath>

using namespace Connectivity;

namespace {
int timeoutSeconds(std::chrono::milliseconds timeout)
{
    return qMax(1, int(qCeil(timeout.count() / 1000.0)));
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: return QStringLiteral("TLS");
    }
}
} // namespace

HostProbe::HostProbe(const HostProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % before the bound
    connect(&m_timer, &QTimer::timeout, this, &HostProbe::timedOut);
    m_result.host = settings.host;
    m_result.port = settings.port;
    m_result.destination = settings.destination;
    m_result.preference = settings.preference;
    m_result.authenticated = settings.basicAuth ? Authenticated::NotTried : Authenticated::NotRequired;
    m_result.steps = settings.priorSteps;
}

HostProbe::~HostProbe()
{
    if (m_hostInfoId >= 0)
        QHostInfo::abortHostLookup(m_hostInfoId);
    // Destroyed outside the socket's own signals (ConnectivityTest documents it): delete now.
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        delete m_socket;
    }
    qDeleteAll(m_lookups);
}

void HostProbe::start()
{
    if (m_settings.hostIsAddress) {
        connectTo(QHostAddress(m_settings.host));
        return;
    }
    beginStep(StepKind::Resolve, Phase::Resolving);
    if (!m_settings.nameServers.isEmpty()) {
        resolveWithNameServers();
        return;
    }
    m_hostInfoId = QHostInfo::lookupHost(m_settings.host, this, [this](const QHostInfo &info) {
        m_hostInfoId = -1;
        if (m_finished)
            return;
        QHostAddress chosen;
        for (const QHostAddress &address : info.addresses()) {
            if (chosen.isNull() || (chosen.protocol() != QAbstractSocket::IPv4Protocol
                                    && address.protocol() == QAbstractSocket::IPv4Protocol))
                chosen = address;
        }
        if (info.error() != QHostInfo::NoError || chosen.isNull()) {
            fail(tr("%1 cannot be resolved: %2").arg(m_settings.host, info.errorString()));
            return;
        }
        endStep(StepOutcome::Succeeded, chosen.toString());
        connectTo(chosen);
    });
}

void HostProbe::resolveWithNameServers()
{
    // Qt 6.4 asks a name server on port 53 only, and one per lookup: the first external DNS
    // server answers (docs/decisions.md).
    for (QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        auto *lookup = new QDnsLookup(type, m_settings.host, m_settings.nameServers.constFirst(), this);
        connect(lookup, &QDnsLookup::finished, this, &HostProbe::lookupFinished);
        m_lookups.append(lookup);
    }
    for (QDnsLookup *lookup : std::as_const(m_lookups))
        lookup->lookup();
}

void HostProbe::lookupFinished()
{
    for (QDnsLookup *lookup : std::as_const(m_lookups)) {
        if (!lookup->isFinished())
            return;
    }
    QList<QHostAddress> addresses;
    QString errorText;
    for (QDnsLookup *lookup : std::as_const(m_lookups)) {
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
            addresses.append(record.value());
        if (lookup->error() != QDnsLookup::NoError && errorText.isEmpty())
            errorText = lookup->errorString();
    }
    dropLookups();
    if (addresses.isEmpty()) {
        fail(tr("%1 cannot be resolved by the DNS server %2: %3")
                 .arg(m_settings.host, m_settings.nameServers.constFirst().toString(),
                      errorText.isEmpty() ? tr("the name has no A or AAAA record.") : errorText));
        return;
    }
    endStep(StepOutcome::Succeeded, addresses.constFirst().toString());
    connectTo(addresses.constFirst()); // A records come first: IPv4 is preferred
}

void HostProbe::connectTo(const QHostAddress &address)
{
    m_result.address = address.toString();
    beginStep(StepKind::Connect, Phase::Connecting);
    m_socket = new QSslSocket(this);
    // Qt never buffers more than one reply may hold: a hostile server cannot grow memory.
    m_socket->setReadBufferSize(SmtpReplyReader::MaxReplySize);
    m_socket->setSslConfiguration(m_settings.ssl);
    m_socket->setPeerVerifyName(m_settings.host);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_result.connected = true;
        endStep(StepOutcome::Succeeded, QString());
        beginStep(StepKind::Banner, Phase::Banner);
    });
    connect(m_socket, &QSslSocket::readyRead, this, &HostProbe::readReplies);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HostProbe::socketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Judged after the handshake (as Exchange 2007 does): only domain security fails on them.
        m_sslErrors = errors;
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &HostProbe::handshakeDone);
    m_socket->connectToHost(address, quint16(m_settings.port));
}

void HostProbe::beginStep(StepKind kind, Phase phase)
{
    m_stepKind = kind;
    m_phase = phase;
    m_stepOpen = true;
    m_stepClock.start();
    m_timer.start(m_settings.stepTimeout);
}

void HostProbe::endStep(StepOutcome outcome, const QString &reply, const QString &detail)
{
    if (!m_stepOpen)
        return;
    m_timer.stop();
    m_stepOpen = false;
    ConnectivityStep step;
    step.kind = m_stepKind;
    step.outcome = outcome;
    step.durationMs = m_stepClock.elapsed();
    step.reply = reply;
    step.detail = detail;
    m_result.steps.append(step);
    emit stepFinished(step);
}

void HostProbe::send(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
}

void HostProbe::readReplies()
{
    while (!m_finished && m_socket && m_socket->bytesAvailable() > 0) {
        if (m_phase == Phase::Handshake)
            return;
        m_buffer.append(m_socket->read(4096));
        while (!m_finished && m_phase != Phase::Handshake) {
            const SmtpReplyReader::State state = m_reader.feed(m_buffer);
            if (state == SmtpReplyReader::State::Incomplete)
                break;
            if (state == SmtpReplyReader::State::TooLong) {
                if (m_phase == Phase::Banner)
                    m_result.banner = m_reader.text();
                fail(tr("%1 sent a reply longer than %2 bytes, %3 lines or %4 bytes a line; the test stopped reading.")
                         .arg(m_settings.host)
                         .arg(SmtpReplyReader::MaxReplySize)
                         .arg(SmtpReplyReader::MaxLines)
                         .arg(SmtpReplyReader::MaxLineLength),
                     m_reader.text());
                return;
            }
            if (state == SmtpReplyReader::State::Malformed) {
                if (m_phase == Phase::Banner)
                    m_result.banner = m_reader.text();
                fail(tr("%1 does not answer as an SMTP server does: \"%2\"").arg(m_settings.host, m_reader.text()),
                     m_reader.text());
                return;
            }
            handleReply();
            m_reader.reset();
        }
    }
}

void HostProbe::handleReply()
{
    const int code = m_reader.code();
    const QString text = m_reader.text();
    switch (m_phase) {
    case Phase::Banner:
        m_result.banner = text;
        if (code != 220) {
            fail(tr("%1 refused the session: \"%2\"").arg(m_settings.host, text), text);
            return;
        }
        endStep(StepOutcome::Succeeded, text);
        beginStep(StepKind::Ehlo, Phase::Ehlo);
        send("EHLO " + m_settings.ehloName.toLatin1());
        return;
    case Phase::Ehlo:
    case Phase::EhloAfterTls:
        if (code != 250) {
            fail(tr("%1 rejected EHLO %2: \"%3\"").arg(m_settings.host, m_settings.ehloName, text), text);
            return;
        }
        m_result.extensions.clear();
        m_result.authMechanisms.clear();
        for (qsizetype i = 1; i < m_reader.lines().size(); ++i) {
            const QString line = SmtpReplyReader::printable(m_reader.lines().at(i)).trimmed();
            m_result.extensions.append(line.section(QLatin1Char(' '), 0, 0).toUpper());
            if (line.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive) && line.size() > 4
                && (line.at(4) == QLatin1Char(' ') || line.at(4) == QLatin1Char('='))) {
                for (const QString &mechanism : line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (!m_result.authMechanisms.contains(mechanism.toUpper()))
                        m_result.authMechanisms.append(mechanism.toUpper());
                }
            }
        }
        // The EHLO step stays open until its answer is judged (STARTTLS offered, AUTH offered).
        m_ehloReply = text;
        afterEhlo(m_phase == Phase::EhloAfterTls);
        return;
    case Phase::StartTls:
        if (code != 220) {
            m_result.startTls = StartTls::Failed;
            fail(tr("%1 offers STARTTLS but refused it: \"%2\"").arg(m_settings.host, text), text);
            return;
        }
        endStep(StepOutcome::Succeeded, text);
        m_buffer.clear(); // anything sent before the handshake is not trusted (RFC 3207 §5)
        beginStep(StepKind::TlsHandshake, Phase::Handshake);
        m_socket->startClientEncryption();
        return;
    case Phase::AuthStart:
        if (code == 334) {
            m_phase = Phase::AuthUser;
            send(m_settings.userName.toUtf8().toBase64());
            return;
        }
        break;
    case Phase::AuthUser:
        if (code == 334) {
            m_phase = Phase::AuthPassword;
            QByteArray secret = m_settings.password->toUtf8();
            send(secret.toBase64());
            secret.fill('\0');
            return;
        }
        break;
    case Phase::AuthPassword:
        if (code == 235) {
            m_result.authenticated = Authenticated::Succeeded;
            endStep(StepOutcome::Succeeded, text);
            sendQuit();
            return;
        }
        break;
    case Phase::Quit:
        endStep(code == 221 ? StepOutcome::Succeeded : StepOutcome::Warning, text);
        succeedHost();
        return;
    default:
        return; // no command is waiting for an answer: ignore
    }
    // An authentication phase got anything but the expected answer.
    m_result.authenticated = Authenticated::Failed;
    fail(tr("%1 rejected the credentials of %2: \"%3\"").arg(m_settings.host, m_settings.userName, text), text);
}

void HostProbe::afterEhlo(bool afterTls)
{
    if (!afterTls) {
        const bool offered = m_result.extensions.contains(QLatin1String("STARTTLS"));
        if (m_settings.ignoreStartTls && !m_settings.tlsRequired) {
            m_result.startTls = StartTls::NotRequired;
        } else if (offered) {
            endStep(StepOutcome::Succeeded, m_ehloReply);
            beginStep(StepKind::StartTls, Phase::StartTls);
            send("STARTTLS");
            return;
        } else {
            m_result.startTls = StartTls::NotOffered;
            if (m_settings.tlsRequired) {
                fail(tr("%1 does not offer STARTTLS, but the connector requires TLS.").arg(m_settings.host), m_ehloReply);
                return;
            }
        }
    }
    startAuthentication();
}

void HostProbe::startAuthentication()
{
    if (!m_settings.basicAuth) {
        endStep(StepOutcome::Succeeded, m_ehloReply);
        sendQuit();
        return;
    }
    if (m_result.authMechanisms.contains(QLatin1String("LOGIN")))
        m_authMechanism = "LOGIN";
    else if (m_result.authMechanisms.contains(QLatin1String("PLAIN")))
        m_authMechanism = "PLAIN";
    if (m_authMechanism.isEmpty()) {
        m_result.authenticated = Authenticated::Failed;
        fail(tr("%1 offers neither AUTH LOGIN nor AUTH PLAIN, which Basic authentication needs.").arg(m_settings.host),
             m_ehloReply);
        return;
    }
    if (!m_settings.password || m_settings.password->isEmpty() || m_settings.userName.isEmpty()) {
        m_result.authenticated = Authenticated::NotTried;
        const QString warning =
            tr("%1 offers Basic authentication; it was not tried because no password was given.").arg(m_settings.host);
        m_result.warnings.append(warning);
        endStep(StepOutcome::Warning, m_ehloReply, warning);
        sendQuit();
        return;
    }
    endStep(StepOutcome::Succeeded, m_ehloReply);
    beginStep(StepKind::Authenticate, Phase::AuthStart);
    if (m_authMechanism == "LOGIN") {
        send("AUTH LOGIN");
        return;
    }
    m_phase = Phase::AuthPassword;
    QByteArray secret = '\0' + m_settings.userName.toUtf8() + '\0' + m_settings.password->toUtf8();
    send("AUTH PLAIN " + secret.toBase64());
    secret.fill('\0');
}

void HostProbe::sendQuit()
{
    beginStep(StepKind::Quit, Phase::Quit);
    send("QUIT");
}

void HostProbe::handshakeDone()
{
    TlsDetails &tls = m_result.tls;
    tls.protocol = protocolName(m_socket->sessionProtocol());
    tls.cipher = m_socket->sessionCipher().name();
    const QSslCertificate certificate = m_socket->peerCertificate();
    tls.subject = certificate.subjectDisplayName();
    tls.issuer = certificate.issuerDisplayName();
    tls.notBefore = certificate.effectiveDate();
    tls.notAfter = certificate.expiryDate();
    tls.hostNameMatches = true;
    tls.trusted = true;
    for (const QSslError &error : std::as_const(m_sslErrors)) {
        switch (error.error()) {
        case QSslError::HostNameMismatch: tls.hostNameMatches = false; break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid: tls.expired = true; break;
        default: tls.trusted = false; break;
        }
    }
    m_result.tlsEstablished = true;
    m_result.startTls = StartTls::Succeeded;
    // Whether it matches and is trusted: the warnings say so in sentences of their own.
    m_result.certificate = tr("%1, issued by %2, valid from %3 to %4")
                               .arg(tls.subject, tls.issuer,
                                    tls.notBefore.toUTC().toString(Qt::ISODate),
                                    tls.notAfter.toUTC().toString(Qt::ISODate));

    QStringList problems;
    if (!tls.trusted)
        problems.append(tr("The certificate of %1 is not trusted: its issuer %2 is not a trusted certification authority.")
                            .arg(m_settings.host, tls.issuer));
    if (!tls.hostNameMatches)
        problems.append(tr("The certificate of %1 is issued to %2, not to %1.").arg(m_settings.host, tls.subject));
    if (tls.expired)
        problems.append(tr("The certificate of %1 is valid only from %2 to %3.")
                            .arg(m_settings.host, tls.notBefore.toUTC().toString(Qt::ISODate),
                                 tls.notAfter.toUTC().toString(Qt::ISODate)));
    const QString detail = tls.protocol + QLatin1String(", ") + tls.cipher;
    if (!problems.isEmpty() && m_settings.domainSecure) {
        problems.append(tr("Domain security (DomainSecureEnabled) accepts only a valid certificate."));
        fail(problems.join(QLatin1Char(' ')), detail);
        return;
    }
    // Exchange 2007 sends over opportunistic TLS and Basic over TLS whatever the certificate:
    // a warning (docs/decisions.md).
    m_result.warnings.append(problems);
    endStep(problems.isEmpty() ? StepOutcome::Succeeded : StepOutcome::Warning, detail, problems.join(QLatin1Char(' ')));
    beginStep(StepKind::EhloAfterTls, Phase::EhloAfterTls);
    send("EHLO " + m_settings.ehloName.toLatin1());
}

void HostProbe::socketError()
{
    if (m_finished || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    switch (m_phase) {
    case Phase::Connecting:
        if (error == QAbstractSocket::ConnectionRefusedError)
            fail(tr("%1 refused the connection on port %2.").arg(m_settings.host).arg(m_settings.port));
        else
            fail(tr("Connecting to %1 on port %2 failed: %3").arg(m_settings.host).arg(m_settings.port).arg(m_socket->errorString()));
        return;
    case Phase::Handshake:
        m_result.startTls = StartTls::Failed;
        fail(tr("The TLS handshake with %1 failed: %2").arg(m_settings.host, m_socket->errorString()));
        return;
    case Phase::Quit:
        endStep(StepOutcome::Succeeded, QString());
        succeedHost();
        return;
    default:
        m_peerClosed = error == QAbstractSocket::RemoteHostClosedError;
        if (m_peerClosed)
            fail(tr("%1 closed the connection during the step \"%2\".").arg(m_settings.host, ConnectivityStep::name(m_stepKind)));
        else
            fail(tr("The connection to %1 failed during the step \"%2\": %3")
                     .arg(m_settings.host, ConnectivityStep::name(m_stepKind), m_socket->errorString()));
        return;
    }
}

void HostProbe::timedOut()
{
    if (m_finished)
        return;
    const int seconds = timeoutSeconds(m_settings.stepTimeout);
    switch (m_phase) {
    case Phase::Resolving:
        fail(tr("%1 could not be resolved within %n second(s).", nullptr, seconds).arg(m_settings.host));
        return;
    case Phase::Connecting:
        fail(tr("%1 did not accept a connection on port %2 within %n second(s).", nullptr, seconds)
                 .arg(m_settings.host).arg(m_settings.port));
        return;
    case Phase::Banner:
        fail(tr("%1 accepted the connection but sent no banner within %n second(s).", nullptr, seconds).arg(m_settings.host));
        return;
    case Phase::Handshake:
        m_result.startTls = StartTls::Failed;
        fail(tr("The TLS handshake with %1 did not finish within %n second(s).", nullptr, seconds).arg(m_settings.host));
        return;
    case Phase::Quit:
        endStep(StepOutcome::Warning, QString(), tr("%1 did not answer QUIT within %n second(s).", nullptr, seconds).arg(m_settings.host));
        succeedHost();
        return;
    default:
        if (m_phase == Phase::AuthStart || m_phase == Phase::AuthUser || m_phase == Phase::AuthPassword)
            m_result.authenticated = Authenticated::Failed;
        fail(tr("%1 did not answer the step \"%2\" within %n second(s).", nullptr, seconds)
                 .arg(m_settings.host, ConnectivityStep::name(m_stepKind)));
        return;
    }
}

void HostProbe::fail(const QString &error, const QString &reply)
{
    if (m_finished)
        return;
    endStep(StepOutcome::Failed, reply, error);
    m_result.result = Result::Failure;
    m_result.error = error;
    // Leave politely when the server is between commands; never wait for the answer.
    if (m_socket && !m_peerClosed && m_socket->state() == QAbstractSocket::ConnectedState && m_phase != Phase::Handshake
        && m_phase != Phase::Connecting) {
        m_socket->write("QUIT\r\n");
        m_socket->flush();
    }
    finish();
}

void HostProbe::succeedHost()
{
    if (m_finished)
        return;
    m_result.result = Result::Success;
    finish();
}

void HostProbe::finish()
{
    stopEverything();
    emit finished();
}

void HostProbe::cancel()
{
    if (m_finished)
        return;
    stopEverything();
}

// Done: the timer, a name lookup, the DNS lookups and the socket, all let go at once.
void HostProbe::stopEverything()
{
    m_finished = true;
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_hostInfoId >= 0) {
        QHostInfo::abortHostLookup(m_hostInfoId);
        m_hostInfoId = -1;
    }
    dropLookups();
    dropSocket();
}

void HostProbe::dropLookups()
{
    // Possibly inside a lookup's own signal: detach now, delete from the event loop.
    for (QDnsLookup *lookup : std::as_const(m_lookups)) {
        disconnect(lookup, nullptr, this, nullptr);
        lookup->abort();
        lookup->setParent(nullptr);
        lookup->deleteLater();
    }
    m_lookups.clear();
}

void HostProbe::dropSocket()
{
    if (!m_socket)
        return;
    // Possibly inside the socket's own signal: abort and detach now, delete from the event loop.
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    m_socket->setParent(nullptr);
    m_socket->deleteLater();
    m_socket = nullptr;
}
