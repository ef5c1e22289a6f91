#include "ConnectivityRun.h"

#include "ConnectivityTest.h"

#include "HostProbe.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QSslConfiguration>
#include <QTimer>
#include <QtMath>

#include <algorithm>

using namespace Connectivity;

ConnectivityRun::ConnectivityRun(ConnectivityRunSettings settings, const QString &password)
    : m_settings(std::move(settings))
    // A copy of its own (not shared with the caller's string), overwritten when the run ends.
    , m_password(password.constData(), password.size())
{
}

ConnectivityRun::~ConnectivityRun()
{
    // Deleted from the worker thread's event loop, outside every socket's and lookup's signal:
    // everything goes now. The sockets are closed before ConnectivityTest's cancel() returns.
    qDeleteAll(m_probes);
    m_probes.clear();
    for (DomainLookup &entry : m_domainLookups) {
        if (entry.lookup)
            entry.lookup->abort();
        delete entry.lookup;
        delete entry.timer;
    }
    m_domainLookups.clear();
    // Overwrite the characters before letting the memory go (docs/decisions.md#connectivity-test).
    if (!m_password.isEmpty())
        m_password.fill(QChar(u'\0'));
}

QList<QHostAddress> ConnectivityRun::nameServers() const
{
    // A server without ExternalDNSServers asks its adapter's DNS servers, as for any other
    // connector (docs/organization-file.md#external-dns-servers).
    return m_connector.useExternalDnsServersEnabled && !m_settings.externalDnsServers.isEmpty()
               ? m_settings.externalDnsServers
               : m_settings.defaultDnsServers;
}

HostProbeSettings ConnectivityRun::baseSettings() const
{
    using Mechanism = Exchange::SmartHostAuthMechanism;
    const bool smartHosts = !m_connector.dnsRoutingEnabled;
    const Mechanism mechanism = smartHosts ? m_connector.smartHostAuthMechanism : Mechanism::None;
    HostProbeSettings settings;
    settings.port = m_connector.port;
    settings.ehloName = !m_connector.fqdn.isEmpty() ? m_connector.fqdn
                        : !m_settings.serverName.isEmpty() ? m_settings.serverName
                                                  : QHostInfo::localHostName();
    settings.basicAuth = ConnectivityTest::authenticates(m_connector);
    settings.authRequiresTls = mechanism == Mechanism::BasicAuthRequireTLS;
    settings.domainSecure = m_connector.domainSecureEnabled;
    settings.tlsRequired = m_connector.requireTls || settings.authRequiresTls || settings.domainSecure;
    settings.ignoreStartTls = m_connector.ignoreStartTls;
    if (m_connector.authenticationCredential)
        settings.userName = m_connector.authenticationCredential->userName;
    settings.password = &m_password;
    settings.nameServers = nameServers();
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_settings.extraCaCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    settings.ssl = ssl;
    settings.stepTimeout = m_settings.stepTimeout;
    return settings;
}

void ConnectivityRun::start()
{
    const SendConnector &connector = m_connector;
    m_running = true;

    if (!connector.dnsRoutingEnabled) {
        if (connector.smartHosts.isEmpty())
            m_setupError = ConnectivityTest::tr("Connector %1 has no smart host to test.").arg(connector.name);
        for (const SmartHost &smartHost : connector.smartHosts) {
            HostProbeSettings settings = baseSettings();
            settings.host = smartHost.host;
            settings.hostIsAddress = smartHost.kind == SmartHost::Kind::IpAddress;
            startHost(settings);
        }
    } else {
        const QStringList domains = ConnectivityTest::domainsToTest(connector, m_settings.recipientDomain);
        if (domains.isEmpty())
            m_setupError = ConnectivityTest::tr("Connector %1 routes by DNS but names no single domain: give a recipient domain to test.")
                               .arg(connector.name);
        for (const QString &domain : domains)
            lookUpMx(domain);
    }
    // Everything that fails at once is reported from the event loop, as any other result.
    QTimer::singleShot(0, this, &ConnectivityRun::checkFinished);
}

void ConnectivityRun::startHost(const HostProbeSettings &settings)
{
    const int index = int(m_probes.size());
    auto *probe = new HostProbe(settings, this);
    m_probes.append(probe);
    m_results.append(HostConnectivity());
    m_hostDone.append(false);
    connect(probe, &HostProbe::stepFinished, this, [this, index](const ConnectivityStep &step) {
        emit stepFinished(index, step);
    });
    connect(probe, &HostProbe::finished, this, [this, index, probe] {
        m_results[index] = probe->result();
        m_hostDone[index] = true;
        emit hostFinished(index, m_results.at(index));
        checkFinished();
    });
    emit hostStarted(index, settings.host);
    for (const ConnectivityStep &step : settings.priorSteps)
        emit stepFinished(index, step);
    probe->start();
}

void ConnectivityRun::lookUpMx(const QString &domain)
{
    const int index = int(m_domainLookups.size());
    DomainLookup entry;
    entry.domain = domain;
    entry.lookup = new QDnsLookup(QDnsLookup::MX, domain, this);
    if (!nameServers().isEmpty())
        entry.lookup->setNameserver(nameServers().constFirst());
    entry.timer = new QTimer(this);
    entry.timer->setSingleShot(true);
    entry.timer->setTimerType(Qt::PreciseTimer);
    entry.clock.start();
    connect(entry.lookup, &QDnsLookup::finished, this, [this, index] { mxFinished(index, false); });
    connect(entry.timer, &QTimer::timeout, this, [this, index] { mxFinished(index, true); });
    m_domainLookups.append(entry);
    entry.timer->start(m_settings.stepTimeout);
    entry.lookup->lookup();
}

void ConnectivityRun::mxFinished(int index, bool timedOut)
{
    DomainLookup &entry = m_domainLookups[index];
    if (!entry.lookup)
        return;
    QDnsLookup *lookup = entry.lookup;
    ConnectivityStep step;
    step.kind = StepKind::LookUpMx;
    step.durationMs = entry.clock.elapsed();
    const QString domain = entry.domain;
    const QDnsLookup::Error error = timedOut ? QDnsLookup::OperationCancelledError : lookup->error();
    const QString errorText = lookup->errorString();
    QList<QDnsMailExchangeRecord> records = timedOut ? QList<QDnsMailExchangeRecord>() : lookup->mailExchangeRecords();
    // Possibly inside the lookup's own signal: detach now, delete from the event loop.
    disconnect(lookup, nullptr, this, nullptr);
    lookup->abort();
    lookup->setParent(nullptr);
    lookup->deleteLater();
    entry.lookup = nullptr;
    entry.timer->stop();
    entry.timer->deleteLater(); // possibly inside its own signal
    entry.timer = nullptr;

    if (timedOut) {
        const int seconds = qMax(1, int(qCeil(m_settings.stepTimeout.count() / 1000.0)));
        step.outcome = StepOutcome::Failed;
        step.detail = ConnectivityTest::tr("The MX lookup for %1 got no answer within %n second(s).", nullptr, seconds).arg(domain);
        addFailedDomain(domain, step);
        return;
    }
    if (error == QDnsLookup::NotFoundError) {
        step.outcome = StepOutcome::Failed;
        step.detail = ConnectivityTest::tr("The domain %1 does not exist.").arg(domain);
        addFailedDomain(domain, step);
        return;
    }
    // Qt 6.4 reports a name without MX records as InvalidReplyError, as it reports a DNS server
    // that does not answer: both go on to the domain's own A/AAAA records, whose lookup tells them
    // apart.
    if (error != QDnsLookup::NoError && error != QDnsLookup::InvalidReplyError) {
        step.outcome = StepOutcome::Failed;
        step.detail = ConnectivityTest::tr("The MX lookup for %1 failed: %2").arg(domain, errorText);
        addFailedDomain(domain, step);
        return;
    }
    std::stable_sort(records.begin(), records.end(), [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
        return a.preference() < b.preference();
    });
    QStringList answer;
    for (const QDnsMailExchangeRecord &record : std::as_const(records))
        answer.append(QStringLiteral("%1 %2").arg(record.preference()).arg(record.exchange()));
    step.reply = answer.join(QLatin1Char('\n'));

    if (records.size() == 1 && (records.constFirst().exchange().isEmpty() || records.constFirst().exchange() == QLatin1String("."))) {
        step.outcome = StepOutcome::Failed;
        step.detail = ConnectivityTest::tr("%1 accepts no mail: its only MX record is the null MX.").arg(domain);
        addFailedDomain(domain, step);
        return;
    }
    HostProbeSettings settings = baseSettings();
    settings.destination = domain;
    if (records.isEmpty()) {
        // No MX: SMTP falls back to the domain's own A/AAAA records (RFC 5321 §5.1).
        step.outcome = StepOutcome::Warning;
        step.detail = ConnectivityTest::tr("%1 has no MX record; mail goes to the address of the domain itself.").arg(domain);
        settings.host = domain;
        settings.priorSteps = {step};
        startHost(settings);
        return;
    }
    step.outcome = StepOutcome::Succeeded;
    QStringList seen;
    for (const QDnsMailExchangeRecord &record : std::as_const(records)) {
        QString host = record.exchange().toLower();
        if (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (host.isEmpty() || seen.contains(host))
            continue;
        seen.append(host);
        HostProbeSettings hostSettings = settings;
        hostSettings.host = host;
        hostSettings.preference = int(record.preference());
        hostSettings.priorSteps = {step};
        startHost(hostSettings);
    }
}

void ConnectivityRun::addFailedDomain(const QString &domain, const ConnectivityStep &step)
{
    const int index = int(m_probes.size());
    HostConnectivity result;
    result.host = domain;
    result.destination = domain;
    result.port = m_connector.port;
    result.result = Result::Failure;
    result.error = step.detail;
    result.steps = {step};
    m_probes.append(nullptr);
    m_results.append(result);
    m_hostDone.append(true);
    emit hostStarted(index, domain);
    emit stepFinished(index, step);
    emit hostFinished(index, result);
    checkFinished();
}

void ConnectivityRun::checkFinished()
{
    if (!m_running)
        return;
    for (const DomainLookup &entry : std::as_const(m_domainLookups)) {
        if (entry.lookup)
            return;
    }
    for (bool done : std::as_const(m_hostDone)) {
        if (!done)
            return;
    }
    finishVerdict();
}

void ConnectivityRun::finishVerdict()
{
    m_running = false;
    ConnectivityVerdict verdict;
    verdict.hosts = m_results;
    verdict.result = Result::Failure;
    if (!m_setupError.isEmpty()) {
        verdict.reason = m_setupError;
    } else {
        // Exchange moves on to the next smart host, or the next MX host of a domain, when one
        // fails: a group of next hops carries mail when one of them does (docs/decisions.md).
        QStringList groups;
        for (const HostConnectivity &host : std::as_const(m_results)) {
            if (!groups.contains(host.destination))
                groups.append(host.destination);
        }
        const HostConnectivity *failedGroupHost = nullptr;
        const HostConnectivity *failedHost = nullptr;
        for (const QString &group : std::as_const(groups)) {
            bool groupSucceeds = false;
            const HostConnectivity *firstFailure = nullptr;
            for (const HostConnectivity &host : std::as_const(m_results)) {
                if (host.destination != group)
                    continue;
                if (host.result == Result::Success)
                    groupSucceeds = true;
                else if (!firstFailure)
                    firstFailure = &host;
            }
            if (!failedHost)
                failedHost = firstFailure;
            if (!groupSucceeds && !failedGroupHost)
                failedGroupHost = firstFailure;
        }
        if (failedGroupHost) {
            verdict.reason = ConnectivityTest::tr("Mail would not flow through connector %1: %2").arg(m_connector.name, failedGroupHost->error);
        } else if (failedHost) {
            verdict.result = Result::Success;
            verdict.reason = ConnectivityTest::tr("Mail would flow through connector %1, but not every next hop accepts it: %2")
                                 .arg(m_connector.name, failedHost->error);
        } else {
            verdict.result = Result::Success;
            verdict.reason = ConnectivityTest::tr("Mail would flow through connector %1: every next hop accepts it as configured.")
                                 .arg(m_connector.name);
        }
    }
    emit finished(verdict);
}
