#include "ConnectorDraft.h"

#include "ConnectorParameter.h"
#include "OrganizationRules.h"
#include "RoutingAnalysis.h"

#include <algorithm>
#include <utility>

namespace {

bool isBasic(Exchange::SmartHostAuthMechanism mechanism)
{
    return Exchange::isBasicAuthentication(mechanism);
}

const AddressSpace *firstNonSmtp(const QList<AddressSpace> &spaces)
{
    const auto it = std::find_if(spaces.cbegin(), spaces.cend(), [](const AddressSpace &a) { return !a.isSmtp(); });
    return it == spaces.cend() ? nullptr : &*it;
}

// The server's own spelling, or the text given when the organization does not know it.
QString canonicalServerName(const Organization &organization, const QString &server)
{
    const TransportServer *known = organization.server(server.trimmed());
    return known ? known->name : server.trimmed();
}

bool isEdgeServer(const Organization &organization, const QString &server)
{
    const TransportServer *known = organization.server(server.trimmed());
    return known && known->isEdge();
}

} // namespace

ConnectorDraft::ConnectorDraft(Organization organization, QString server, QObject *parent)
    : QObject(parent)
    , m_organization(std::move(organization))
{
    m_server = canonicalServerName(m_organization, server);
    m_connector = UsageRules::applyDefaults(SendConnector(), Exchange::Usage::Custom, onEdge());
    m_authMechanism = m_connector.smartHostAuthMechanism;
    if (!onEdge())
        m_connector.sourceTransportServers = QStringList{m_server};
    applyEntered();
}

ConnectorDraft::ConnectorDraft(Organization organization, QString server, const SendConnector &existing,
                               QObject *parent)
    : QObject(parent)
    , m_organization(std::move(organization))
    , m_editing(true)
{
    m_server = canonicalServerName(m_organization, server);
    loadExisting(existing, existing.name, false);
}

void ConnectorDraft::loadExisting(const SendConnector &connector, const QString &originalName, bool modified)
{
    m_connector = connector;
    m_originalName = originalName;
    m_smartHosts = connector.smartHosts;
    m_authMechanism = connector.smartHostAuthMechanism;
    m_userName = connector.authenticationCredential ? connector.authenticationCredential->userName : QString();
    m_storedUserName.reset();
    if (isBasic(connector.smartHostAuthMechanism) && connector.authenticationCredential)
        m_storedUserName = connector.authenticationCredential->userName;
    // What the connector holds was chosen: nothing follows a usage's defaults any more.
    m_chosenDnsRouting = connector.dnsRoutingEnabled;
    m_chosenAuthMechanism = connector.smartHostAuthMechanism;
    m_chosenExternalDns = connector.useExternalDnsServersEnabled;
    applyEntered();
    m_modified = modified;
    emit changed();
}

void ConnectorDraft::refreshOrganization(Organization organization)
{
    m_organization = std::move(organization);
    emit changed();
}

bool ConnectorDraft::onEdge() const
{
    return isEdgeServer(m_organization, m_server);
}

Problems ConnectorDraft::startProblems() const
{
    return startProblems(m_organization, m_server);
}

Problems ConnectorDraft::startProblems(const Organization &organization, const QString &server)
{
    const QString name = server.trimmed();
    const TransportServer *known = organization.server(name);
    if (!known) {
        QStringList candidates;
        for (const TransportServer &candidate : organization.servers) {
            if (candidate.isHub() || !candidate.subscribed)
                candidates.append(candidate.name);
        }
        const QString message = name.isEmpty()
            ? tr("No server was given. Choose the Hub Transport server or unsubscribed Edge Transport server to "
                 "create the connector on: %1.")
                  .arg(candidates.join(QLatin1String(", ")))
            : tr("The organization \"%1\" has no server named \"%2\". Choose a Hub Transport server or an "
                 "unsubscribed Edge Transport server: %3.")
                  .arg(organization.name, name, candidates.join(QLatin1String(", ")));
        return {Problem::error(QStringLiteral("Draft.UnknownServer"), QStringLiteral("Server"), message)};
    }
    if (!known->isEdge())
        return {};

    // The validator's side check carries the advice for a subscribed Edge (docs/domain-rules.md#concepts).
    ConnectorContext context;
    context.organization = &organization;
    context.version = organization.exchangeVersion;
    context.edgeServer = known->name;
    Problems found;
    for (const Problem &problem : ConnectorValidator::validate(SendConnector(), context)) {
        if (problem.parameter.isEmpty() && problem.isError())
            found.append(problem);
    }
    return found;
}

ConnectorContext ConnectorDraft::context() const
{
    ConnectorContext context;
    context.organization = &m_organization;
    context.version = m_organization.exchangeVersion;
    if (onEdge())
        context.edgeServer = m_server;
    context.originalName = m_originalName;
    return context;
}

void ConnectorDraft::setName(const QString &name)
{
    if (m_connector.name == name)
        return;
    m_connector.name = name;
    update();
}

void ConnectorDraft::setUsage(Exchange::Usage usage)
{
    if (m_connector.usage == usage)
        return;
    m_connector = UsageRules::applyDefaults(std::move(m_connector), usage, onEdge());
    m_authMechanism = m_chosenAuthMechanism.value_or(m_connector.smartHostAuthMechanism);
    if (m_chosenExternalDns)
        m_connector.useExternalDnsServersEnabled = *m_chosenExternalDns;
    if (m_chosenDnsRouting && (*m_chosenDnsRouting ? dnsRoutingOffered() : smartHostsOffered()))
        m_connector.dnsRoutingEnabled = *m_chosenDnsRouting;
    else if (!dnsRoutingOffered())
        m_connector.dnsRoutingEnabled = false;
    else if (!smartHostsOffered())
        m_connector.dnsRoutingEnabled = true;
    applyEntered();
    update();
}

void ConnectorDraft::setAddressSpaces(const QList<AddressSpace> &addressSpaces)
{
    if (m_connector.addressSpaces == addressSpaces)
        return;
    m_connector.addressSpaces = addressSpaces;
    // A non-SMTP address space is reached through smart hosts only.
    if (m_connector.dnsRoutingEnabled && !dnsRoutingOffered() && smartHostsOffered()) {
        m_connector.dnsRoutingEnabled = false;
        applyEntered();
    }
    update();
}

void ConnectorDraft::setScopedConnector(bool scoped)
{
    if (m_connector.isScopedConnector == scoped)
        return;
    m_connector.isScopedConnector = scoped;
    update();
}

bool ConnectorDraft::offersCustomAddressSpaces() const
{
    return version() == Exchange::Version::Sp12007 && !onEdge();
}

bool ConnectorDraft::offersScoping() const
{
    return version() == Exchange::Version::Sp12007 && !onEdge();
}

bool ConnectorDraft::dnsRoutingOffered() const
{
    return UsageRules::offersDnsRouting(m_connector.usage) && !firstNonSmtp(m_connector.addressSpaces);
}

bool ConnectorDraft::smartHostsOffered() const
{
    return UsageRules::offersSmartHosts(m_connector.usage);
}

QString ConnectorDraft::dnsRoutingUnavailableReason() const
{
    const QString byUsage = UsageRules::dnsRoutingUnavailableReason(m_connector.usage);
    if (!byUsage.isEmpty())
        return byUsage;
    if (const AddressSpace *space = firstNonSmtp(m_connector.addressSpaces)) {
        return tr("The address space \"%1\" is of type %2, not SMTP: DNS MX records cannot find its servers, so "
                  "mail to it always goes to a smart host (over SMTP).")
            .arg(space->address, space->type);
    }
    return QString();
}

QString ConnectorDraft::smartHostsUnavailableReason() const
{
    return UsageRules::smartHostsUnavailableReason(m_connector.usage);
}

void ConnectorDraft::setDnsRoutingEnabled(bool enabled)
{
    if (m_connector.dnsRoutingEnabled == enabled)
        return;
    m_chosenDnsRouting = enabled;
    m_connector.dnsRoutingEnabled = enabled;
    applyEntered();
    update();
}

void ConnectorDraft::setSmartHosts(const QList<SmartHost> &hosts)
{
    if (m_smartHosts == hosts && (m_connector.dnsRoutingEnabled || m_connector.smartHosts == hosts))
        return;
    m_smartHosts = hosts;
    applyEntered();
    update();
}

void ConnectorDraft::setUseExternalDnsServersEnabled(bool enabled)
{
    if (m_connector.useExternalDnsServersEnabled == enabled)
        return;
    m_chosenExternalDns = enabled;
    m_connector.useExternalDnsServersEnabled = enabled;
    update();
}

bool ConnectorDraft::offersExternalDnsSetting() const
{
    return version() == Exchange::Version::Sp12007;
}

void ConnectorDraft::setSmartHostAuthMechanism(Exchange::SmartHostAuthMechanism mechanism)
{
    if (m_authMechanism == mechanism)
        return;
    m_chosenAuthMechanism = mechanism;
    m_authMechanism = mechanism;
    applyEntered();
    update();
}

void ConnectorDraft::setCredential(const QString &userName, const QString &password)
{
    if (m_userName == userName && m_password == password)
        return;
    m_userName = userName;
    m_password = password;
    applyEntered();
    update();
}

QString ConnectorDraft::password() const
{
    return m_password;
}

bool ConnectorDraft::credentialRequired() const
{
    return isBasic(m_authMechanism);
}

void ConnectorDraft::setProtocolLoggingLevel(Exchange::ProtocolLoggingLevel level)
{
    if (m_connector.protocolLoggingLevel == level)
        return;
    m_connector.protocolLoggingLevel = level;
    update();
}

void ConnectorDraft::setFqdn(const QString &fqdn)
{
    if (m_connector.fqdn == fqdn)
        return;
    m_connector.fqdn = fqdn;
    update();
}

void ConnectorDraft::setMaxMessageSize(const ByteQuantity &size)
{
    if (m_connector.maxMessageSize == size)
        return;
    m_connector.maxMessageSize = size;
    update();
}

void ConnectorDraft::setSourceTransportServers(const QStringList &servers)
{
    if (m_connector.sourceTransportServers == servers)
        return;
    m_connector.sourceTransportServers = servers;
    update();
}

QStringList ConnectorDraft::candidateSourceServers() const
{
    QStringList names;
    for (const TransportServer &server : m_organization.servers) {
        if (server.isHub() || server.subscribed)
            names.append(server.name);
    }
    return names;
}

Problems ConnectorDraft::problems() const
{
    const ConnectorContext where = context();
    Problems found = ConnectorValidator::validate(m_connector, where);
    for (Problem &problem : found)
        fitToWizard(problem);
    // Advice about the side as this connector leaves it (docs/domain-rules.md#routing-checks).
    found.append(OrganizationRules::reviewChange(m_organization, where.edgeServer, m_connector,
                                                 m_editing ? m_originalName : QString()));
    if (usesSmartHosts() && credentialRequired()) {
        const QString parameter = Parameter::name(ConnectorParameter::AuthenticationCredential);
        const bool storedCredential = m_storedUserName && *m_storedUserName == m_userName.trimmed();
        if (m_password.isEmpty() && !storedCredential) {
            found.append(Problem::error(QStringLiteral("Draft.PasswordRequired"), parameter,
                                        tr("Basic authentication needs a password as well as the user name. Enter "
                                           "it; it is kept in memory only and never written to the organization "
                                           "file.")));
        } else if (m_password.size() > MaximumPasswordLength) {
            found.append(Problem::error(QStringLiteral("Draft.PasswordTooLong"), parameter,
                                        tr("The password has %1 characters; it can have at most %2.")
                                            .arg(m_password.size())
                                            .arg(MaximumPasswordLength)));
        }
    }
    return found;
}

QStringList ConnectorDraft::routingImpact() const
{
    if (hasErrors(problems()))
        return {tr("The routing impact is shown once the connector has no errors.")};
    const RoutingAnalysis::Impact impact = RoutingAnalysis::impact(
        m_organization, context().edgeServer, connectorToCreate(), m_editing ? m_originalName : QString());
    if (impact.isEmpty())
        return {tr("No change to routing: the same connectors carry mail for the same domains as before.")};
    return impact.sentences();
}

void ConnectorDraft::fitToWizard(Problem &problem) const
{
    // The validator names the shell's parameters; the wizard's screens offer other remedies:
    // these problems show where they can be fixed, saying what to change there.
    // An existing connector's usage cannot change (Set-SendConnector has no -Usage): the
    // Properties sheet offers only the address space as a remedy.
    // RequireTLS has no control on the wizard's screens nor on the Properties sheet (the shell
    // sets it): the address space "*" is what the administrator changes here.
    if (problem.code == QLatin1String("Connector.RequireTlsOnWildcard")) {
        problem.parameter = Parameter::name(ConnectorParameter::AddressSpaces);
        return;
    }
    if (m_editing && problem.code == QLatin1String("Connector.DomainSecureWithWildcard")) {
        problem.message = tr("A Partner connector uses domain security (mutual TLS), which cannot be used with the "
                             "address space \"*\". Replace \"*\" with the partner's domains.");
    } else if (problem.code == QLatin1String("Connector.DomainSecureWithWildcard")) {
        problem.message = tr("A Partner connector uses domain security (mutual TLS), which cannot be used with the "
                             "address space \"*\". Replace \"*\" with the partner's domains here, or click Back "
                             "and choose another usage on the Introduction page.");
    } else if (problem.code == QLatin1String("Connector.NonSmtpNeedsSmartHosts") && !smartHostsOffered()) {
        // Neither routing can reach it (DNS cannot, the usage refuses smart hosts): the address
        // space page, where it was added, is where it is fixed.
        const AddressSpace *space = firstNonSmtp(m_connector.addressSpaces);
        problem.parameter = Parameter::name(ConnectorParameter::AddressSpaces);
        if (m_editing) {
            problem.message = tr("The address space \"%1\" is of type %2, not SMTP: DNS cannot find its servers, and "
                                 "a %3 connector cannot route mail through smart hosts. Remove the address space.")
                                  .arg(space ? space->address : QString(), space ? space->type : QString(),
                                       Exchange::toString(m_connector.usage));
            return;
        }
        problem.message = tr("The address space \"%1\" is of type %2, not SMTP: DNS cannot find its servers, and "
                             "a %3 connector cannot route mail through smart hosts. Remove the address space here, "
                             "or click Back and choose the Custom, Internal or Internet usage on the Introduction "
                             "page.")
                              .arg(space ? space->address : QString(), space ? space->type : QString(),
                                   Exchange::toString(m_connector.usage));
    }
}

Problems ConnectorDraft::problems(Section section) const
{
    Problems found;
    for (const Problem &problem : problems()) {
        if (sectionOf(problem.parameter) == section)
            found.append(problem);
    }
    return found;
}

Problems ConnectorDraft::problems(const QList<ConnectorParameter> &parameters) const
{
    Problems found;
    for (const Problem &problem : problems()) {
        QString name = problem.parameter.trimmed();
        const qsizetype bracket = name.indexOf(QLatin1Char('['));
        if (bracket >= 0)
            name.truncate(bracket);
        const std::optional<ConnectorParameter> known = Parameter::fromName(name);
        if (known && parameters.contains(*known))
            found.append(problem);
    }
    return found;
}

ConnectorDraft::Section ConnectorDraft::sectionOf(const QString &parameter)
{
    // "AddressSpaces[2]" concerns the address spaces; a name that is no connector parameter (a
    // problem about the whole connector) belongs to the first page.
    QString name = parameter.trimmed();
    const qsizetype bracket = name.indexOf(QLatin1Char('['));
    if (bracket >= 0)
        name.truncate(bracket);
    const std::optional<ConnectorParameter> known = Parameter::fromName(name);
    if (!known)
        return Section::Introduction;
    using P = ConnectorParameter;
    switch (*known) {
    case P::AddressSpaces:
    case P::IsScopedConnector:
    case P::LinkedReceiveConnector:
    case P::DomainSecureEnabled:
    case P::MaxMessageSize:
        return Section::AddressSpace;
    case P::DNSRoutingEnabled:
    case P::SmartHosts:
    case P::UseExternalDNSServersEnabled:
    case P::Port:
    case P::Fqdn:
    case P::ForceHELO:
    case P::IgnoreSTARTTLS:
    case P::RequireTLS:
    case P::ConnectionInactivityTimeOut:
    case P::ProtocolLoggingLevel:
    case P::SourceIPAddress:
        return Section::NetworkSettings;
    case P::SmartHostAuthMechanism:
    case P::AuthenticationCredential:
        return Section::SmartHostSecurity;
    case P::SourceTransportServers:
        return Section::SourceServer;
    default:
        return Section::Introduction;
    }
}

SendConnector ConnectorDraft::connectorToCreate() const
{
    SendConnector connector = m_connector;
    connector.name = connector.name.trimmed();
    return connector;
}

void ConnectorDraft::update()
{
    m_modified = true;
    emit changed();
}

void ConnectorDraft::applyEntered()
{
    using Mechanism = Exchange::SmartHostAuthMechanism;
    if (m_connector.dnsRoutingEnabled) {
        // A page skipped because DNS routing was chosen leaves authentication at None.
        m_connector.smartHosts.clear();
        m_connector.smartHostAuthMechanism = Mechanism::None;
        m_connector.authenticationCredential.reset();
        return;
    }
    m_connector.smartHosts = m_smartHosts;
    m_connector.smartHostAuthMechanism = m_authMechanism;
    if (isBasic(m_authMechanism))
        m_connector.authenticationCredential = AuthenticationCredential{m_userName.trimmed()};
    else
        m_connector.authenticationCredential.reset();
}
