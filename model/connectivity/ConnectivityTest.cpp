#include "ConnectivityTest.h"

#include "ConnectivityRun.h"
#include "Organization.h"

#include <QThread>

ConnectivityTest::ConnectivityTest(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectivityStep>();
    qRegisterMetaType<HostConnectivity>();
    qRegisterMetaType<ConnectivityVerdict>();
}

ConnectivityTest::~ConnectivityTest()
{
    stopWorker();
    clearPassword();
}

void ConnectivityTest::setRecipientDomain(const QString &domain)
{
    m_recipientDomain = domain.trimmed().toLower();
}

void ConnectivityTest::setPassword(const QString &password)
{
    clearPassword();
    // A copy of its own (not shared with the caller's string), so that clearPassword() overwrites
    // the only characters this object holds.
    m_password = QString(password.constData(), password.size());
}

void ConnectivityTest::clearPassword()
{
    // Overwrite the characters before letting the memory go (docs/decisions.md#connectivity-test).
    if (!m_password.isEmpty())
        m_password.fill(QChar(u'\0'));
    m_password.clear();
}

void ConnectivityTest::setDefaultDnsServers(const QList<QHostAddress> &servers)
{
    m_defaultDnsServers = servers;
}

void ConnectivityTest::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
}

void ConnectivityTest::setStepTimeout(std::chrono::milliseconds timeout)
{
    m_stepTimeout = timeout;
}

bool ConnectivityTest::authenticates(const SendConnector &connector)
{
    return !connector.dnsRoutingEnabled && Exchange::isBasicAuthentication(connector.smartHostAuthMechanism);
}

QStringList ConnectivityTest::domainsToTest(const SendConnector &connector, const QString &recipientDomain)
{
    if (!recipientDomain.trimmed().isEmpty())
        return {recipientDomain.trimmed().toLower()};
    QStringList domains;
    for (const AddressSpace &space : connector.addressSpaces) {
        // "*", "*.contoso.com" and "--" name no single domain to look up.
        if (!space.isSmtp() || space.address.contains(QLatin1Char('*')) || space.address == QLatin1String("--"))
            continue;
        const QString domain = space.address.toLower();
        if (!domains.contains(domain))
            domains.append(domain);
    }
    return domains;
}

void ConnectivityTest::start(const SendConnector &connector, const Organization &organization, const QString &serverName)
{
    if (m_running)
        cancel();
    stopWorker();

    ConnectivityRunSettings settings;
    settings.connector = connector;
    settings.serverName = !serverName.isEmpty() ? serverName
                          : !connector.sourceTransportServers.isEmpty() ? connector.sourceTransportServers.constFirst()
                                                                        : organization.localServer;
    if (const TransportServer *server = organization.server(settings.serverName))
        settings.externalDnsServers = server->externalDnsServers;
    settings.recipientDomain = m_recipientDomain;
    settings.defaultDnsServers = m_defaultDnsServers;
    settings.extraCaCertificates = m_extraCaCertificates;
    settings.stepTimeout = m_stepTimeout;

    m_connectorName = connector.name;
    m_hosts.clear();
    m_hostDone.clear();
    m_verdict = ConnectivityVerdict();
    m_running = true;
    const quint64 generation = ++m_generation;

    m_thread = new QThread;
    m_thread->setObjectName(QString::fromLatin1(WorkerThreadName));
    m_run = new ConnectivityRun(std::move(settings), m_password);
    m_run->moveToThread(m_thread);
    // Queued onto this object's thread; a signal still queued from an earlier run is dropped.
    connect(m_run, &ConnectivityRun::hostStarted, this, [this, generation](int host, const QString &name) {
        if (!isCurrent(generation))
            return;
        while (m_hosts.size() <= host) {
            m_hosts.append(HostConnectivity());
            m_hostDone.append(false);
        }
        m_hosts[host].host = name;
        emit hostStarted(host, name);
    });
    connect(m_run, &ConnectivityRun::stepFinished, this, [this, generation](int host, const ConnectivityStep &step) {
        if (!isCurrent(generation))
            return;
        if (host < m_hosts.size())
            m_hosts[host].steps.append(step);
        emit stepFinished(host, step);
    });
    connect(m_run, &ConnectivityRun::hostFinished, this, [this, generation](int host, const HostConnectivity &result) {
        if (!isCurrent(generation))
            return;
        if (host < m_hosts.size()) {
            m_hosts[host] = result;
            m_hostDone[host] = true;
        }
        emit hostFinished(host, result);
    });
    connect(m_run, &ConnectivityRun::finished, this, [this, generation](const ConnectivityVerdict &verdict) {
        if (!isCurrent(generation))
            return;
        m_running = false;
        m_verdict = verdict;
        stopWorker(); // idle by now: ends at once
        emit finished(m_verdict);
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_run, &ConnectivityRun::start, Qt::QueuedConnection);
}

void ConnectivityTest::stopWorker()
{
    if (!m_thread)
        return;
    ++m_generation;
    // The run is deleted on its own thread, from its event loop or, at the latest, as the thread
    // finishes (Qt delivers deferred deletes then): its sockets are closed and its lookups
    // dropped before wait() returns.
    m_run->deleteLater();
    m_run = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ConnectivityTest::cancel()
{
    if (!m_running)
        return;
    stopWorker();
    m_running = false;
    ConnectivityVerdict verdict;
    verdict.cancelled = true;
    verdict.result = Connectivity::Result::Failure;
    verdict.reason = tr("The test of connector %1 was cancelled.").arg(m_connectorName);
    for (int i = 0; i < m_hosts.size(); ++i) {
        HostConnectivity host = m_hosts.at(i);
        if (!m_hostDone.at(i)) {
            host.result = Connectivity::Result::Failure;
            host.error = tr("The test of %1 was cancelled.").arg(host.host);
        }
        verdict.hosts.append(host);
    }
    m_verdict = verdict;
    emit finished(m_verdict);
}
