#include "OrganizationWriter.h"

#include "OrganizationKeys.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

const char *const LocalScope = "Local";

// Writes JSON text straight into bytes, exactly as nlohmann::json's dump(2, ' ', false,
// error_handler_t::replace) writes the same document (the file's format has always been that
// dump's, and files are compared byte for byte), without building a DOM first: a change to a
// large organization costs about one dump (docs/organization-file.md#caching).
//   - an object or array: "{" / "[", then each member on its own line indented by two more
//     spaces, separated by ",", then the closing bracket on a line of its own at the opening's
//     indentation; empty ones as "{}" and "[]";
//   - a member: "\"key\": value";
//   - a string: printable ASCII other than '"' and '\' is copied; any other string is escaped
//     by nlohmann::json itself, so that control characters, non-ASCII text and invalid UTF-16
//     come out exactly as before.
class JsonText
{
public:
    QByteArray take()
    {
        Q_ASSERT(m_levels.empty());
        return std::move(m_out);
    }

    void beginObject()
    {
        beforeValue();
        m_out.append('{');
        m_levels.push_back(Level{true});
    }
    void endObject() { end('}'); }
    void beginArray()
    {
        beforeValue();
        m_out.append('[');
        m_levels.push_back(Level{true});
    }
    void endArray() { end(']'); }

    // `name` is one of Keys' (plain ASCII, nothing to escape).
    void key(const char *name)
    {
        newMember();
        m_out.append('"');
        m_out.append(name, qsizetype(std::strlen(name)));
        m_out.append("\": ", 3);
        m_afterKey = true;
    }

    void value(const QString &text)
    {
        beforeValue();
        appendString(text);
    }
    void value(const char *ascii)
    {
        beforeValue();
        m_out.append('"');
        m_out.append(ascii, qsizetype(std::strlen(ascii)));
        m_out.append('"');
    }
    void value(bool flag)
    {
        beforeValue();
        if (flag)
            m_out.append("true", 4);
        else
            m_out.append("false", 5);
    }
    void value(qint64 number)
    {
        beforeValue();
        char digits[24];
        int length = 0;
        // As nlohmann's dump_integer: the magnitude's digits, '-' in front.
        quint64 magnitude = number < 0 ? quint64(0) - quint64(number) : quint64(number);
        do {
            digits[length++] = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (number < 0)
            m_out.append('-');
        while (length > 0)
            m_out.append(digits[--length]);
    }
    void value(int number) { value(qint64(number)); }
    void null()
    {
        beforeValue();
        m_out.append("null", 4);
    }
    void nullableValue(const QString &text)
    {
        if (text.isEmpty())
            null();
        else
            value(text);
    }
    void value(const QStringList &list)
    {
        beginArray();
        for (const QString &entry : list)
            value(entry);
        endArray();
    }

    // A value dumped by nlohmann::json (two-space indent), placed at the current indentation.
    void dumped(const Json &json)
    {
        beforeValue();
        const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
        // Strings in it hold no raw line break (they are escaped): every '\n' starts a line.
        const QByteArray indentation(qsizetype(2 * m_levels.size()), ' ');
        for (const char c : text) {
            m_out.append(c);
            if (c == '\n')
                m_out.append(indentation);
        }
    }

private:
    struct Level
    {
        bool empty;
    };

    void indent() { m_out.append(qsizetype(2 * m_levels.size()), ' '); }

    void newMember()
    {
        Level &level = m_levels.back();
        if (level.empty)
            m_out.append('\n');
        else
            m_out.append(",\n", 2);
        level.empty = false;
        indent();
    }

    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_levels.empty())
            newMember(); // an array's element
    }

    void end(char bracket)
    {
        const bool empty = m_levels.back().empty;
        m_levels.pop_back();
        if (!empty) {
            m_out.append('\n');
            indent();
        }
        m_out.append(bracket);
    }

    void appendString(const QString &text)
    {
        const char16_t *const begin = reinterpret_cast<const char16_t *>(text.utf16());
        const char16_t *const end = begin + text.size();
        const bool plain = std::all_of(begin, end, [](char16_t c) { return c >= 0x20 && c < 0x7F && c != u'"' && c != u'\\'; });
        if (!plain) {
            const std::string escaped = Json(text.toStdString()).dump(-1, ' ', false, Json::error_handler_t::replace);
            m_out.append(escaped.data(), qsizetype(escaped.size()));
            return;
        }
        const qsizetype start = m_out.size();
        m_out.resize(start + text.size() + 2);
        char *out = m_out.data() + start;
        *out++ = '"';
        for (const char16_t *c = begin; c != end; ++c)
            *out++ = char(*c);
        *out = '"';
    }

    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

void writeConnector(JsonText &json, const SendConnector &connector)
{
    json.beginObject();
    json.key(Keys::Name);
    json.value(connector.name);
    json.key(Keys::Usage);
    json.value(Exchange::toString(connector.usage));
    json.key(Keys::AddressSpaces);
    json.beginArray();
    for (const AddressSpace &space : connector.addressSpaces) {
        json.beginObject();
        json.key(Keys::Type);
        json.value(space.type);
        json.key(Keys::Address);
        json.value(space.address);
        json.key(Keys::Cost);
        json.value(space.cost);
        if (space.localScope) {
            json.key(Keys::Scope);
            json.value(LocalScope);
        }
        json.endObject();
    }
    json.endArray();
    json.key(Keys::IsScopedConnector);
    json.value(connector.isScopedConnector);
    json.key(Keys::DnsRoutingEnabled);
    json.value(connector.dnsRoutingEnabled);
    json.key(Keys::SmartHosts);
    json.beginArray();
    for (const SmartHost &host : connector.smartHosts)
        json.value(host.host);
    json.endArray();
    json.key(Keys::SmartHostAuthMechanism);
    json.value(Exchange::toString(connector.smartHostAuthMechanism));
    json.key(Keys::AuthenticationCredential);
    if (connector.authenticationCredential) {
        json.beginObject();
        json.key(Keys::UserName);
        json.value(connector.authenticationCredential->userName);
        json.endObject();
    } else {
        json.null();
    }
    json.key(Keys::SourceTransportServers);
    json.value(connector.sourceTransportServers);
    json.key(Keys::UseExternalDnsServersEnabled);
    json.value(connector.useExternalDnsServersEnabled);
    json.key(Keys::MaxMessageSize);
    if (connector.maxMessageSize.unlimited)
        json.value("Unlimited");
    else
        json.value(static_cast<qint64>(connector.maxMessageSize.bytes));
    json.key(Keys::Port);
    json.value(connector.port);
    json.key(Keys::ConnectionInactivityTimeOut);
    json.value(connector.connectionInactivityTimeOut.toString());
    json.key(Keys::Enabled);
    json.value(connector.enabled);
    json.key(Keys::Comment);
    json.nullableValue(connector.comment);
    json.key(Keys::Fqdn);
    json.nullableValue(connector.fqdn);
    json.key(Keys::ForceHelo);
    json.value(connector.forceHelo);
    json.key(Keys::IgnoreStartTls);
    json.value(connector.ignoreStartTls);
    json.key(Keys::RequireTls);
    json.value(connector.requireTls);
    json.key(Keys::DomainSecureEnabled);
    json.value(connector.domainSecureEnabled);
    json.key(Keys::ProtocolLoggingLevel);
    json.value(Exchange::toString(connector.protocolLoggingLevel));
    json.key(Keys::SourceIpAddress);
    json.value(connector.sourceIpAddress);
    json.key(Keys::LinkedReceiveConnector);
    json.nullableValue(connector.linkedReceiveConnector);
    if (connector.whenChanged.isValid()) {
        json.key(Keys::WhenChanged);
        json.value(connector.whenChanged.toUTC().toString(Qt::ISODate));
    }
    json.endObject();
}

void writeConnectors(JsonText &json, const QList<SendConnector> &connectors)
{
    json.beginArray();
    for (const SendConnector &connector : connectors)
        writeConnector(json, connector);
    json.endArray();
}

// Written only when the server lists any, so that a file without them stays without them.
void writeDnsServers(JsonText &json, const QList<QHostAddress> &addresses)
{
    if (addresses.isEmpty())
        return;
    json.key(Keys::ExternalDnsServers);
    json.beginArray();
    for (const QHostAddress &address : addresses)
        json.value(address.toString());
    json.endArray();
}

void writeServer(JsonText &json, const TransportServer &server)
{
    json.beginObject();
    json.key(Keys::Name);
    json.value(server.name);
    json.key(Keys::Role);
    json.value(Exchange::toString(server.role));
    json.key(Keys::Site);
    if (server.isHub()) {
        json.value(server.site);
        writeDnsServers(json, server.externalDnsServers);
    } else {
        if (server.subscribed)
            json.value(server.site);
        else
            json.null();
        json.key(Keys::Subscribed);
        json.value(server.subscribed);
        writeDnsServers(json, server.externalDnsServers);
        if (!server.subscribed) {
            json.key(Keys::SendConnectors);
            writeConnectors(json, server.sendConnectors);
        }
    }
    json.endObject();
}

Json toStringArray(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &entry : list)
        array.push_back(entry.toStdString());
    return array;
}

// Small, and keyed by user text (two names may even be the same once converted to UTF-8): built
// as a DOM and dumped by nlohmann::json, as it always was.
Json roleAssignments(const RoleAssignments &roles)
{
    Json object = Json::object();
    object[Keys::OrganizationAdministrators] = toStringArray(roles.organizationAdministrators);
    Json edges = Json::object();
    for (auto it = roles.edgeAdministrators.cbegin(); it != roles.edgeAdministrators.cend(); ++it)
        edges[it.key().toStdString()] = toStringArray(it.value());
    object[Keys::EdgeAdministrators] = std::move(edges);
    return object;
}

} // namespace

QByteArray OrganizationWriter::write(const Organization &organization)
{
    JsonText json;
    json.beginObject();
    json.key(Keys::SchemaVersion);
    json.value(Organization::CurrentSchemaVersion);
    json.key(Keys::Organization);
    json.value(organization.name);
    json.key(Keys::ExchangeVersion);
    json.value(Exchange::toString(organization.exchangeVersion));
    json.key(Keys::LocalServer);
    json.value(organization.localServer);

    json.key(Keys::Sites);
    json.beginArray();
    for (const AdSite &site : organization.sites) {
        json.beginObject();
        json.key(Keys::Name);
        json.value(site.name);
        json.key(Keys::SiteLinks);
        json.beginArray();
        for (const SiteLink &link : site.siteLinks) {
            json.beginObject();
            json.key(Keys::Site);
            json.value(link.site);
            json.key(Keys::Cost);
            json.value(link.cost);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();

    json.key(Keys::Servers);
    json.beginArray();
    for (const TransportServer &server : organization.servers)
        writeServer(json, server);
    json.endArray();

    json.key(Keys::RoleAssignments);
    if (organization.roleAssignments)
        json.dumped(roleAssignments(*organization.roleAssignments));
    else
        json.null();

    // Optional in the file: an organization without accepted domains is written as before.
    if (!organization.acceptedDomains.isEmpty()) {
        json.key(Keys::AcceptedDomains);
        json.beginArray();
        for (const AcceptedDomain &domain : organization.acceptedDomains) {
            json.beginObject();
            json.key(Keys::DomainName);
            json.value(domain.domainName);
            json.key(Keys::DomainType);
            json.value(Exchange::toString(domain.domainType));
            json.key(Keys::Default);
            json.value(domain.isDefault);
            json.endObject();
        }
        json.endArray();
    }

    json.key(Keys::SendConnectors);
    writeConnectors(json, organization.sendConnectors);
    json.endObject();
    QByteArray bytes = json.take();
    bytes.append('\n');
    return bytes;
}

QByteArray OrganizationWriter::writeConnector(const SendConnector &connector)
{
    JsonText json;
    ::writeConnector(json, connector);
    QByteArray bytes = json.take();
    bytes.append('\n');
    return bytes;
}
