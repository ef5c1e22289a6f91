#include "OrganizationWriter.h"

#include "OrganizationKeys.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace {

using Json = nlohmann::ordered_json;

const char *const LocalScope = "Local";

std::string toStd(const QString &text)
{
    return text.toStdString();
}

Json toJson(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &entry : list)
        array.push_back(toStd(entry));
    return array;
}

Json nullableString(const QString &text)
{
    return text.isEmpty() ? Json(nullptr) : Json(toStd(text));
}

Json toJson(const SendConnector &connector)
{
    Json object = Json::object();
    object[Keys::Name] = toStd(connector.name);
    object[Keys::Usage] = toStd(Exchange::toString(connector.usage));
    Json spaces = Json::array();
    for (const AddressSpace &space : connector.addressSpaces) {
        Json entry = Json::object();
        entry[Keys::Type] = toStd(space.type);
        entry[Keys::Address] = toStd(space.address);
        entry[Keys::Cost] = space.cost;
        if (space.localScope)
            entry[Keys::Scope] = LocalScope;
        spaces.push_back(std::move(entry));
    }
    object[Keys::AddressSpaces] = std::move(spaces);
    object[Keys::IsScopedConnector] = connector.isScopedConnector;
    object[Keys::DnsRoutingEnabled] = connector.dnsRoutingEnabled;
    Json hosts = Json::array();
    for (const SmartHost &host : connector.smartHosts)
        hosts.push_back(toStd(host.host));
    object[Keys::SmartHosts] = std::move(hosts);
    object[Keys::SmartHostAuthMechanism] = toStd(Exchange::toString(connector.smartHostAuthMechanism));
    if (connector.authenticationCredential) {
        Json credential = Json::object();
        credential[Keys::UserName] = toStd(connector.authenticationCredential->userName);
        object[Keys::AuthenticationCredential] = std::move(credential);
    } else {
        object[Keys::AuthenticationCredential] = nullptr;
    }
    object[Keys::SourceTransportServers] = toJson(connector.sourceTransportServers);
    object[Keys::UseExternalDnsServersEnabled] = connector.useExternalDnsServersEnabled;
    if (connector.maxMessageSize.unlimited)
        object[Keys::MaxMessageSize] = "Unlimited";
    else
        object[Keys::MaxMessageSize] = static_cast<std::int64_t>(connector.maxMessageSize.bytes);
    object[Keys::Port] = connector.port;
    object[Keys::ConnectionInactivityTimeOut] = toStd(connector.connectionInactivityTimeOut.toString());
    object[Keys::Enabled] = connector.enabled;
    object[Keys::Comment] = nullableString(connector.comment);
    object[Keys::Fqdn] = nullableString(connector.fqdn);
    object[Keys::ForceHelo] = connector.forceHelo;
    object[Keys::IgnoreStartTls] = connector.ignoreStartTls;
    object[Keys::RequireTls] = connector.requireTls;
    object[Keys::DomainSecureEnabled] = connector.domainSecureEnabled;
    object[Keys::ProtocolLoggingLevel] = toStd(Exchange::toString(connector.protocolLoggingLevel));
    object[Keys::SourceIpAddress] = toStd(connector.sourceIpAddress);
    object[Keys::LinkedReceiveConnector] = nullableString(connector.linkedReceiveConnector);
    if (connector.whenChanged.isValid())
        object[Keys::WhenChanged] = toStd(connector.whenChanged.toUTC().toString(Qt::ISODate));
    return object;
}

Json toJson(const QList<SendConnector> &connectors)
{
    Json array = Json::array();
    for (const SendConnector &connector : connectors)
        array.push_back(toJson(connector));
    return array;
}

Json toJson(const TransportServer &server)
{
    Json object = Json::object();
    object[Keys::Name] = toStd(server.name);
    object[Keys::Role] = toStd(Exchange::toString(server.role));
    if (server.isHub()) {
        object[Keys::Site] = toStd(server.site);
    } else {
        object[Keys::Site] = server.subscribed ? Json(toStd(server.site)) : Json(nullptr);
        object[Keys::Subscribed] = server.subscribed;
        if (!server.subscribed)
            object[Keys::SendConnectors] = toJson(server.sendConnectors);
    }
    return object;
}

QByteArray toBytes(const Json &json)
{
    const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
    QByteArray bytes(text.data(), static_cast<qsizetype>(text.size()));
    bytes.append('\n');
    return bytes;
}


} // namespace

QByteArray OrganizationWriter::write(const Organization &organization)
{
    Json root = Json::object();
    root[Keys::SchemaVersion] = Organization::CurrentSchemaVersion;
    root[Keys::Organization] = toStd(organization.name);
    root[Keys::ExchangeVersion] = toStd(Exchange::toString(organization.exchangeVersion));
    root[Keys::LocalServer] = toStd(organization.localServer);

    Json sites = Json::array();
    for (const AdSite &site : organization.sites) {
        Json object = Json::object();
        object[Keys::Name] = toStd(site.name);
        Json links = Json::array();
        for (const SiteLink &link : site.siteLinks) {
            Json linkObject = Json::object();
            linkObject[Keys::Site] = toStd(link.site);
            linkObject[Keys::Cost] = link.cost;
            links.push_back(std::move(linkObject));
        }
        object[Keys::SiteLinks] = std::move(links);
        sites.push_back(std::move(object));
    }
    root[Keys::Sites] = std::move(sites);

    Json servers = Json::array();
    for (const TransportServer &server : organization.servers)
        servers.push_back(toJson(server));
    root[Keys::Servers] = std::move(servers);

    if (organization.roleAssignments) {
        Json roles = Json::object();
        roles[Keys::OrganizationAdministrators] = toJson(organization.roleAssignments->organizationAdministrators);
        Json edges = Json::object();
        for (auto it = organization.roleAssignments->edgeAdministrators.cbegin();
             it != organization.roleAssignments->edgeAdministrators.cend(); ++it)
            edges[toStd(it.key())] = toJson(it.value());
        roles[Keys::EdgeAdministrators] = std::move(edges);
        root[Keys::RoleAssignments] = std::move(roles);
    } else {
        root[Keys::RoleAssignments] = nullptr;
    }

    // Optional in the file: an organization without accepted domains is written as before.
    if (!organization.acceptedDomains.isEmpty()) {
        Json domains = Json::array();
        for (const AcceptedDomain &domain : organization.acceptedDomains) {
            Json object = Json::object();
            object[Keys::DomainName] = toStd(domain.domainName);
            object[Keys::DomainType] = toStd(Exchange::toString(domain.domainType));
            object[Keys::Default] = domain.isDefault;
            domains.push_back(std::move(object));
        }
        root[Keys::AcceptedDomains] = std::move(domains);
    }

    root[Keys::SendConnectors] = toJson(organization.sendConnectors);
    return toBytes(root);
}

QByteArray OrganizationWriter::writeConnector(const SendConnector &connector)
{
    return toBytes(toJson(connector));
}
