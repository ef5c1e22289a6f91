#pragma once

// For the tests of the wizard's Test button (tst_networksettingspage, tst_smarthostsecuritypage):
// a wizard opened on the page under test for a draft that points at the test servers of
// tests/servers/ through a PortForwarder on 127.0.0.1:25, and a count of the process's open
// sockets, so that a test can show that a cancelled connectivity test leaves none behind.
// Header-only.

#include "ConnectivityOptions.h"
#include "ConnectivityResultModel.h"
#include "ConnectivityTestPanel.h"
#include "ConnectivityView.h"
#include "ConnectorDraft.h"
#include "OrganizationStore.h"
#include "SendConnectorWizard.h"

#include "PortForwarder.h"
#include "ProcessResources.h"
#include "TestServers.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSslCertificate>
#include <QTreeView>

#include <memory>

#include <unistd.h>

namespace WizardConnectivity {

// The port a new connector sends to (SendConnector's default; the wizard does not edit it).
constexpr quint16 SmtpPort = 25;
constexpr int VerdictWaitMs = 60000; // far beyond any step bound: a test fails, never hangs

// Sockets this process holds open now (TCP and UDP alike).
inline int openSockets()
{
    return ProcessResources::openSocketCount();
}

// The sample organization in `version`, its Edge's external DNS servers replaced by the test's
// own (the sample names addresses that must never be asked).
inline Organization organization(Exchange::Version version, const TestServers &servers)
{
    Organization organization = OrganizationStore::sampleOrganization();
    organization.exchangeVersion = version;
    for (TransportServer &server : organization.servers) {
        if (!server.externalDnsServers.isEmpty())
            server.externalDnsServers = {QHostAddress(servers.externalDnsServer)};
    }
    return organization;
}

// What the wizard's connectivity tests use: the test CA; the test DNS server when asked (it knows
// only .test names, so smart host "localhost" is left to the system's resolver otherwise).
inline ConnectivityOptions options(const TestServers &servers, bool testDns, std::chrono::milliseconds stepTimeout)
{
    ConnectivityOptions options;
    options.caCertificates = QSslCertificate::fromPath(servers.caFile);
    if (testDns)
        options.dnsServers = {QHostAddress(servers.dnsServer)};
    options.stepTimeout = stepTimeout;
    return options;
}

// Port 25 of 127.0.0.1 (where the wizard's connectors send) forwarded to `endpoint`; false when
// the forwarder cannot listen there.
inline bool forwardSmtpPortTo(PortForwarder &forwarder, const TestSmtpEndpoint &endpoint)
{
    if (!forwarder.isListening() && !forwarder.listen(QHostAddress::LocalHost, SmtpPort))
        return false;
    forwarder.setTarget(endpoint.port);
    return true;
}

inline ConnectivityTestPanel *panel(const QWizard &wizard)
{
    return wizard.currentPage() ? wizard.currentPage()->findChild<ConnectivityTestPanel *>() : nullptr;
}

inline QPushButton *testButton(const QWizard &wizard)
{
    return wizard.currentPage() ? wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("testConnectivityButton"))
                                : nullptr;
}

inline QLabel *verdictLabel(const QWizard &wizard)
{
    return wizard.currentPage() ? wizard.currentPage()->findChild<QLabel *>(QStringLiteral("connectivityVerdict")) : nullptr;
}

} // namespace WizardConnectivity
