#include "OrganizationEntries.h"

#include "JsonLocator.h"
#include "OrganizationFile.h"
#include "OrganizationKeys.h"
#include "OrganizationWriter.h"

#include <QDateTime>
#include <QHash>
#include <QStringDecoder>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <string>

using Json = nlohmann::json;

const char *const OrganizationEntries::SitesContainer = "Sites";
const char *const OrganizationEntries::SiteLinksContainer = "Site Links";
const char *const OrganizationEntries::ServersContainer = "Servers";
const char *const OrganizationEntries::ConnectorsContainer = "Send Connectors";
const char *const OrganizationEntries::AcceptedDomainsContainer = "Accepted Domains";
const char *const OrganizationEntries::RolesContainer = "Role Assignments";

namespace {

const QByteArray ObjectClass("objectClass");
const QByteArray OrganizationClass("sccOrganization");
const QByteArray SiteClass("sccADSite");
const QByteArray SiteLinkClass("sccADSiteLink");
const QByteArray ServerClass("sccTransportServer");
const QByteArray ConnectorClass("sccSendConnector");
const QByteArray AcceptedDomainClass("sccAcceptedDomain");
const QByteArray RoleClass("sccRoleAssignment");
const QByteArray UnitClass("organizationalUnit");

const QByteArray SchemaVersionAttribute("sccSchemaVersion");
const QByteArray ExchangeVersionAttribute("sccExchangeVersion");
const QByteArray LocalServerAttribute("sccLocalServer");
const QByteArray SitesAttribute("sccSites");
const QByteArray CostAttribute("sccCost");
const QByteArray ServerRoleAttribute("sccServerRole");
const QByteArray SiteAttribute("sccSite");
const QByteArray SubscribedAttribute("sccSubscribed");
const QByteArray DnsServersAttribute("sccExternalDNSServers");
const QByteArray RoleAttribute("sccRole");
const QByteArray ServerAttribute("sccServer");
const QByteArray MembersAttribute("sccMembers");
const QByteArray DomainNameAttribute("sccDomainName");
const QByteArray DomainTypeAttribute("sccDomainType");
const QByteArray DefaultAttribute("sccDefault");

const char *const OrganizationAdministratorsRole = "ExchangeOrganizationAdministrators";
const char *const EdgeAdministratorsRole = "EdgeAdministrators";

// How a connector's value is written in its attribute (docs/ldap-directory.md#values).
enum class Kind {
    Text,          // one value; absent: the reader's default
    NullableText,  // one value; absent: null
    Boolean,       // TRUE / FALSE
    Integer,       // a whole number
    Size,          // a whole number of bytes, or Unlimited
    TextList,      // one value per entry, in order
    AddressSpaces, // [Local:]Type:Address;Cost, one per value
    Credential,    // the user name; absent: null
    Time,          // GeneralizedTime in UTC
};

struct ConnectorKey
{
    const char *key;
    Kind kind;
};

const QList<ConnectorKey> &connectorKeys()
{
    static const QList<ConnectorKey> keys = {
        {Keys::Usage, Kind::Text},
        {Keys::AddressSpaces, Kind::AddressSpaces},
        {Keys::IsScopedConnector, Kind::Boolean},
        {Keys::DnsRoutingEnabled, Kind::Boolean},
        {Keys::SmartHosts, Kind::TextList},
        {Keys::SmartHostAuthMechanism, Kind::Text},
        {Keys::AuthenticationCredential, Kind::Credential},
        {Keys::SourceTransportServers, Kind::TextList},
        {Keys::UseExternalDnsServersEnabled, Kind::Boolean},
        {Keys::MaxMessageSize, Kind::Size},
        {Keys::Port, Kind::Integer},
        {Keys::ConnectionInactivityTimeOut, Kind::Text},
        {Keys::Enabled, Kind::Boolean},
        {Keys::Comment, Kind::NullableText},
        {Keys::Fqdn, Kind::NullableText},
        {Keys::ForceHelo, Kind::Boolean},
        {Keys::IgnoreStartTls, Kind::Boolean},
        {Keys::RequireTls, Kind::Boolean},
        {Keys::DomainSecureEnabled, Kind::Boolean},
        {Keys::ProtocolLoggingLevel, Kind::Text},
        {Keys::SourceIpAddress, Kind::Text},
        {Keys::LinkedReceiveConnector, Kind::NullableText},
        {Keys::WhenChanged, Kind::Time},
    };
    return keys;
}

QByteArray attributeOf(const char *key)
{
    return QByteArray("scc") + key;
}

QString text(const Json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

std::string utf8(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QByteArray container(const char *name, const QByteArray &parent)
{
    return LdapConnection::childDn("ou", QString::fromLatin1(name), parent);
}

LdapEntry unit(const QByteArray &dn, const char *name)
{
    LdapEntry entry;
    entry.dn = dn;
    entry.attributes.insert(ObjectClass, {UnitClass});
    entry.attributes.insert("ou", {QByteArray(name)});
    return entry;
}

LdapEntry named(const QByteArray &objectClass, const QString &name, const QByteArray &parent)
{
    LdapEntry entry;
    entry.dn = LdapConnection::childDn("cn", name, parent);
    entry.attributes.insert(ObjectClass, {objectClass});
    entry.attributes.insert("cn", {name.toUtf8()});
    return entry;
}

QByteArray booleanText(bool value)
{
    return value ? QByteArray("TRUE") : QByteArray("FALSE");
}

QList<QByteArray> textValues(const Json &array)
{
    QList<QByteArray> values;
    for (const Json &value : array)
        values.append(QByteArray::fromStdString(value.get<std::string>()));
    return values;
}

// "2026-12-01T09:30:00Z" (the file) -> "20261201093000Z" (GeneralizedTime).
QByteArray generalizedTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return iso.toUtf8();
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

std::optional<QString> isoTime(const QByteArray &generalized)
{
    QByteArray digits = generalized;
    if (!digits.endsWith('Z'))
        return std::nullopt;
    digits.chop(1);
    const qsizetype dot = digits.indexOf('.');
    if (dot >= 0)
        digits.truncate(dot); // fractions of a second: the file keeps whole seconds
    if (digits.size() != 14)
        return std::nullopt;
    QDateTime time = QDateTime::fromString(QString::fromLatin1(digits), QStringLiteral("yyyyMMddHHmmss"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return time.toString(Qt::ISODate);
}

QByteArray addressSpaceText(const Json &space)
{
    QString result;
    if (space.contains(Keys::Scope) && space[Keys::Scope].is_string() && text(space[Keys::Scope]) == QLatin1String("Local"))
        result += QLatin1String("Local:");
    result += text(space[Keys::Type]) + QLatin1Char(':') + text(space[Keys::Address]) + QLatin1Char(';')
            + QString::number(space[Keys::Cost].get<int>());
    return result.toUtf8();
}

// "[Local:]Type:Address;Cost" as the file's object; nullopt when it has not that shape (the
// values inside are the reader's to judge).
std::optional<Json> addressSpaceObject(const QString &value)
{
    QString rest = value;
    bool local = false;
    if (rest.startsWith(QLatin1String("Local:"), Qt::CaseInsensitive)) {
        local = true;
        rest = rest.mid(6);
    }
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const qsizetype semicolon = rest.lastIndexOf(QLatin1Char(';'));
    if (colon <= 0 || semicolon <= colon)
        return std::nullopt;
    bool isNumber = false;
    const int cost = rest.mid(semicolon + 1).toInt(&isNumber);
    if (!isNumber)
        return std::nullopt;
    Json object = Json::object();
    object[Keys::Type] = rest.left(colon).toStdString();
    object[Keys::Address] = rest.mid(colon + 1, semicolon - colon - 1).toStdString();
    object[Keys::Cost] = cost;
    if (local)
        object[Keys::Scope] = "Local";
    return object;
}

LdapEntry connectorEntry(const Json &connector, const QByteArray &parent)
{
    LdapEntry entry = named(ConnectorClass, text(connector[Keys::Name]), parent);
    for (const ConnectorKey &key : connectorKeys()) {
        if (!connector.contains(key.key))
            continue;
        const Json &value = connector[key.key];
        if (value.is_null())
            continue;
        QList<QByteArray> values;
        switch (key.kind) {
        case Kind::Boolean:
            values = {booleanText(value.get<bool>())};
            break;
        case Kind::Integer:
        case Kind::Size:
            values = {value.is_number() ? QByteArray::number(value.get<qint64>())
                                        : QByteArray::fromStdString(value.get<std::string>())};
            break;
        case Kind::Text:
        case Kind::NullableText:
            values = {QByteArray::fromStdString(value.get<std::string>())};
            break;
        case Kind::TextList:
            values = textValues(value);
            break;
        case Kind::AddressSpaces:
            for (const Json &space : value)
                values.append(addressSpaceText(space));
            break;
        case Kind::Credential:
            values = {QByteArray::fromStdString(value[Keys::UserName].get<std::string>())};
            break;
        case Kind::Time:
            values = {generalizedTime(text(value))};
            break;
        }
        if (!values.isEmpty())
            entry.attributes.insert(attributeOf(key.key), values);
    }
    return entry;
}

void appendConnectors(QList<LdapEntry> &entries, const Json &connectors, const QByteArray &parent)
{
    const QByteArray dn = container(OrganizationEntries::ConnectorsContainer, parent);
    entries.append(unit(dn, OrganizationEntries::ConnectorsContainer));
    for (const Json &connector : connectors)
        entries.append(connectorEntry(connector, dn));
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

bool hasClass(const LdapEntry &entry, const QByteArray &objectClass)
{
    for (const QByteArray &value : entry.values(ObjectClass)) {
        if (value.compare(objectClass, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isOurs(const LdapEntry &entry)
{
    for (const QByteArray &value : entry.values(ObjectClass)) {
        if (value.startsWith("scc") || value.startsWith("SCC") || value.startsWith("Scc"))
            return true;
    }
    return false;
}

// An entry's name: its RDN's value, spelled as its cn attribute spells it (a change of letter
// case changes cn, while the DN, compared without regard to case, stays as it was).
QString nameOf(const LdapEntry &entry)
{
    const QString rdn = LdapConnection::rdnValue(entry.dn);
    for (const QByteArray &value : entry.values("cn")) {
        const QString cn = QString::fromUtf8(value);
        if (cn.compare(rdn, Qt::CaseInsensitive) == 0)
            return cn;
    }
    return rdn;
}

// Where each JSON value came from, to move the reader's problems to entries.
struct Place
{
    QByteArray dn;
    QByteArray attribute;
};

// Reads entries into the file's JSON form, remembering where each value came from.
class Reader
{
public:
    Problems problems;
    QHash<QString, Place> places; // JSON pointer -> entry (and attribute)

    void place(const QString &pointer, const QByteArray &dn, const QByteArray &attribute = QByteArray())
    {
        places.insert(pointer, Place{dn, attribute});
    }

    void bad(const LdapEntry &entry, const QByteArray &attribute, const QString &message)
    {
        Problem problem = Problem::error(QStringLiteral("Directory.BadEntry"), parameterOf(entry.dn, attribute), message);
        problems.append(problem);
    }

    static QString parameterOf(const QByteArray &dn, const QByteArray &attribute)
    {
        if (attribute.isEmpty())
            return QString::fromUtf8(dn);
        return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(dn), QString::fromUtf8(attribute));
    }

    // The one value of a single-valued attribute, or nullopt when absent.
    std::optional<QByteArray> single(const LdapEntry &entry, const QByteArray &attribute)
    {
        const QList<QByteArray> values = entry.values(attribute);
        if (values.isEmpty())
            return std::nullopt;
        if (values.size() > 1) {
            bad(entry, attribute,
                OrganizationEntries::tr("The entry %1 has %n values of %2, which takes one.", nullptr, int(values.size()))
                    .arg(QString::fromUtf8(entry.dn), QString::fromUtf8(attribute)));
        }
        return values.first();
    }

    std::optional<bool> boolean(const LdapEntry &entry, const QByteArray &attribute)
    {
        const std::optional<QByteArray> value = single(entry, attribute);
        if (!value)
            return std::nullopt;
        if (*value == "TRUE")
            return true;
        if (*value == "FALSE")
            return false;
        bad(entry, attribute,
            OrganizationEntries::tr("%1 of the entry %2 must be TRUE or FALSE, not \"%3\".")
                .arg(QString::fromUtf8(attribute), QString::fromUtf8(entry.dn), QString::fromUtf8(*value)));
        return std::nullopt;
    }

    std::optional<qint64> integer(const LdapEntry &entry, const QByteArray &attribute)
    {
        const std::optional<QByteArray> value = single(entry, attribute);
        if (!value)
            return std::nullopt;
        bool ok = false;
        const qint64 number = value->toLongLong(&ok);
        if (ok)
            return number;
        bad(entry, attribute,
            OrganizationEntries::tr("%1 of the entry %2 must be a whole number, not \"%3\".")
                .arg(QString::fromUtf8(attribute), QString::fromUtf8(entry.dn), QString::fromUtf8(*value)));
        return std::nullopt;
    }

    Json connector(const LdapEntry &entry, const QString &pointer)
    {
        Json object = Json::object();
        object[Keys::Name] = nameOf(entry).toStdString();
        place(pointer, entry.dn);
        place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Name)), entry.dn, "cn");
        for (const ConnectorKey &key : connectorKeys()) {
            const QByteArray attribute = attributeOf(key.key);
            const QString keyPointer = JsonLocator::child(pointer, QString::fromLatin1(key.key));
            place(keyPointer, entry.dn, attribute);
            const QList<QByteArray> values = entry.values(attribute);
            switch (key.kind) {
            case Kind::Text:
                if (const std::optional<QByteArray> value = single(entry, attribute))
                    object[key.key] = utf8(*value);
                break;
            case Kind::NullableText:
                if (const std::optional<QByteArray> value = single(entry, attribute))
                    object[key.key] = utf8(*value);
                else
                    object[key.key] = nullptr;
                break;
            case Kind::Boolean:
                if (const std::optional<bool> value = boolean(entry, attribute))
                    object[key.key] = *value;
                break;
            case Kind::Integer:
                if (const std::optional<qint64> value = integer(entry, attribute))
                    object[key.key] = *value;
                break;
            case Kind::Size:
                if (const std::optional<QByteArray> value = single(entry, attribute)) {
                    bool ok = false;
                    const qint64 bytes = value->toLongLong(&ok);
                    if (ok)
                        object[key.key] = bytes;
                    else
                        object[key.key] = utf8(*value); // "Unlimited", or the reader's to refuse
                }
                break;
            case Kind::TextList: {
                Json array = Json::array();
                for (const QByteArray &value : values)
                    array.push_back(utf8(value));
                object[key.key] = std::move(array);
                break;
            }
            case Kind::AddressSpaces: {
                Json array = Json::array();
                for (const QByteArray &value : values) {
                    const std::optional<Json> space = addressSpaceObject(QString::fromUtf8(value));
                    if (!space) {
                        bad(entry, attribute,
                            OrganizationEntries::tr("The address space \"%1\" of the entry %2 is not written as "
                                                    "Type:Address;Cost (for example SMTP:*.contoso.com;1).")
                                .arg(QString::fromUtf8(value), QString::fromUtf8(entry.dn)));
                        continue;
                    }
                    place(JsonLocator::child(keyPointer, int(array.size())), entry.dn, attribute);
                    array.push_back(*space);
                }
                object[key.key] = std::move(array);
                break;
            }
            case Kind::Credential:
                if (const std::optional<QByteArray> value = single(entry, attribute))
                    object[key.key] = Json{{Keys::UserName, utf8(*value)}};
                else
                    object[key.key] = nullptr;
                break;
            case Kind::Time:
                if (const std::optional<QByteArray> value = single(entry, attribute)) {
                    const std::optional<QString> iso = isoTime(*value);
                    if (iso) {
                        object[key.key] = iso->toStdString();
                    } else {
                        bad(entry, attribute,
                            OrganizationEntries::tr("%1 of the entry %2 must be a time in UTC such as "
                                                    "20261201093000Z, not \"%3\".")
                                .arg(QString::fromUtf8(attribute), QString::fromUtf8(entry.dn),
                                     QString::fromUtf8(*value)));
                    }
                }
                break;
            }
        }
        return object;
    }

    // The problems of OrganizationFile::parse(), moved from JSON paths to entries.
    Problems located(Problems parsed) const
    {
        for (Problem &problem : parsed) {
            problem.line = 0;
            problem.column = 0;
            QString pointer = problem.parameter;
            if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
                continue; // not a JSON path (the validator's own parameters are paths too)
            while (true) {
                const auto found = places.constFind(pointer);
                if (found != places.constEnd()) {
                    problem.parameter = parameterOf(found->dn, found->attribute);
                    break;
                }
                if (pointer.isEmpty())
                    break;
                pointer = JsonLocator::parent(pointer);
            }
        }
        return parsed;
    }
};

} // namespace

QByteArray OrganizationEntries::organizationDn(const QString &name, const QByteArray &baseDn)
{
    return LdapConnection::childDn("o", name, baseDn);
}

QList<LdapEntry> OrganizationEntries::toEntries(const Organization &organization, const QByteArray &baseDn)
{
    const Json file = Json::parse(OrganizationWriter::write(organization).toStdString());
    QList<LdapEntry> entries;

    const QByteArray organizationDn = OrganizationEntries::organizationDn(text(file[Keys::Organization]), baseDn);
    LdapEntry top;
    top.dn = organizationDn;
    top.attributes.insert(ObjectClass, {OrganizationClass});
    top.attributes.insert("o", {QByteArray::fromStdString(file[Keys::Organization].get<std::string>())});
    top.attributes.insert(SchemaVersionAttribute, {QByteArray::number(file[Keys::SchemaVersion].get<int>())});
    top.attributes.insert(ExchangeVersionAttribute,
                          {QByteArray::fromStdString(file[Keys::ExchangeVersion].get<std::string>())});
    if (file[Keys::LocalServer].is_string() && !file[Keys::LocalServer].get<std::string>().empty())
        top.attributes.insert(LocalServerAttribute, {QByteArray::fromStdString(file[Keys::LocalServer].get<std::string>())});
    entries.append(top);

    const QByteArray sitesDn = container(SitesContainer, organizationDn);
    const QByteArray linksDn = container(SiteLinksContainer, organizationDn);
    entries.append(unit(sitesDn, SitesContainer));
    QList<LdapEntry> links;
    for (const Json &site : file[Keys::Sites]) {
        const QString siteName = text(site[Keys::Name]);
        entries.append(named(SiteClass, siteName, sitesDn));
        for (const Json &link : site[Keys::SiteLinks]) {
            // One entry per declaration, named after the declaring site first
            // (docs/ldap-directory.md#layout), so that a file reads back as it was.
            const QString other = text(link[Keys::Site]);
            LdapEntry entry = named(SiteLinkClass, siteName + QLatin1Char('-') + other, linksDn);
            entry.attributes.insert(SitesAttribute, {siteName.toUtf8(), other.toUtf8()});
            entry.attributes.insert(CostAttribute, {QByteArray::number(link[Keys::Cost].get<int>())});
            links.append(entry);
        }
    }
    entries.append(unit(linksDn, SiteLinksContainer));
    entries += links;

    const QByteArray serversDn = container(ServersContainer, organizationDn);
    entries.append(unit(serversDn, ServersContainer));
    for (const Json &server : file[Keys::Servers]) {
        LdapEntry entry = named(ServerClass, text(server[Keys::Name]), serversDn);
        entry.attributes.insert(ServerRoleAttribute, {QByteArray::fromStdString(server[Keys::Role].get<std::string>())});
        if (server.contains(Keys::Site) && server[Keys::Site].is_string())
            entry.attributes.insert(SiteAttribute, {QByteArray::fromStdString(server[Keys::Site].get<std::string>())});
        if (server.contains(Keys::Subscribed))
            entry.attributes.insert(SubscribedAttribute, {booleanText(server[Keys::Subscribed].get<bool>())});
        if (server.contains(Keys::ExternalDnsServers) && !server[Keys::ExternalDnsServers].empty())
            entry.attributes.insert(DnsServersAttribute, textValues(server[Keys::ExternalDnsServers]));
        entries.append(entry);
        if (server.contains(Keys::SendConnectors))
            appendConnectors(entries, server[Keys::SendConnectors], entry.dn);
    }

    if (file[Keys::RoleAssignments].is_object()) {
        const Json &roles = file[Keys::RoleAssignments];
        const QByteArray rolesDn = container(RolesContainer, organizationDn);
        entries.append(unit(rolesDn, RolesContainer));
        LdapEntry administrators = named(RoleClass, QStringLiteral("Exchange Organization Administrators"), rolesDn);
        administrators.attributes.insert(RoleAttribute, {OrganizationAdministratorsRole});
        if (!roles[Keys::OrganizationAdministrators].empty())
            administrators.attributes.insert(MembersAttribute, textValues(roles[Keys::OrganizationAdministrators]));
        entries.append(administrators);
        for (auto it = roles[Keys::EdgeAdministrators].begin(); it != roles[Keys::EdgeAdministrators].end(); ++it) {
            const QString server = QString::fromStdString(it.key());
            // A DN, not a message: never translated.
            LdapEntry edge = named(RoleClass, server + QLatin1String(" Edge Administrators"), rolesDn);
            edge.attributes.insert(RoleAttribute, {EdgeAdministratorsRole});
            edge.attributes.insert(ServerAttribute, {server.toUtf8()});
            if (!it.value().empty())
                edge.attributes.insert(MembersAttribute, textValues(it.value()));
            entries.append(edge);
        }
    }

    if (file.contains(Keys::AcceptedDomains)) {
        const QByteArray domainsDn = container(AcceptedDomainsContainer, organizationDn);
        entries.append(unit(domainsDn, AcceptedDomainsContainer));
        for (const Json &domain : file[Keys::AcceptedDomains]) {
            const QString name = text(domain[Keys::DomainName]);
            LdapEntry entry = named(AcceptedDomainClass, name, domainsDn);
            entry.attributes.insert(DomainNameAttribute, {name.toUtf8()});
            entry.attributes.insert(DomainTypeAttribute,
                                    {QByteArray::fromStdString(domain[Keys::DomainType].get<std::string>())});
            entry.attributes.insert(DefaultAttribute, {booleanText(domain[Keys::Default].get<bool>())});
            entries.append(entry);
        }
    }

    appendConnectors(entries, file[Keys::SendConnectors], organizationDn);
    return entries;
}

LdapEntry OrganizationEntries::connectorEntry(const Organization &organization, const QString &side,
                                              const SendConnector &connector, const QByteArray &baseDn)
{
    const QByteArray organizationDn = OrganizationEntries::organizationDn(organization.name, baseDn);
    QByteArray parent = organizationDn;
    if (!side.isEmpty()) {
        const TransportServer *server = organization.server(side);
        parent = LdapConnection::childDn("cn", server ? server->name : side, container(ServersContainer, organizationDn));
    }
    const QByteArray json = OrganizationWriter::writeConnector(connector);
    return ::connectorEntry(Json::parse(json.constData(), json.constData() + json.size()),
                            container(ConnectorsContainer, parent));
}

Parsed<Organization> OrganizationEntries::fromEntries(const QList<LdapEntry> &entries, const QByteArray &organizationDn)
{
    Reader reader;
    const auto normalized = [](const QByteArray &dn) { return LdapConnection::normalizedDn(dn); };
    const QByteArray organizationKey = normalized(organizationDn);
    const QByteArray sitesKey = normalized(container(SitesContainer, organizationDn));
    const QByteArray linksKey = normalized(container(SiteLinksContainer, organizationDn));
    const QByteArray serversKey = normalized(container(ServersContainer, organizationDn));
    const QByteArray rolesKey = normalized(container(RolesContainer, organizationDn));
    const QByteArray domainsKey = normalized(container(AcceptedDomainsContainer, organizationDn));
    const QByteArray connectorsKey = normalized(container(ConnectorsContainer, organizationDn));

    const LdapEntry *top = nullptr;
    bool hasRoles = false;
    bool hasDomains = false;
    QList<const LdapEntry *> sites, links, servers, roles, domains, connectors;
    QHash<QByteArray, QList<const LdapEntry *>> edgeConnectors; // normalized container DN -> entries
    QHash<QByteArray, int> serverContainers;                    // normalized container DN -> server index
    QList<QPair<const LdapEntry *, QByteArray>> others;         // our entries, with their parent

    for (const LdapEntry &entry : entries) {
        // Text attributes are UTF-8 (RFC 4517); a server that stores other bytes, or a damaged
        // entry, is refused here, naming the attribute, before any value is used.
        for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it) {
            for (const QByteArray &value : it.value()) {
                if (!isUtf8(value)) {
                    reader.bad(entry, it.key(),
                               tr("A value of %1 of the entry %2 is not UTF-8 text.")
                                   .arg(QString::fromUtf8(it.key()), QString::fromUtf8(entry.dn)));
                    break;
                }
            }
        }
        const QByteArray key = normalized(entry.dn);
        if (key == organizationKey) {
            top = &entry;
            continue;
        }
        if (key == rolesKey)
            hasRoles = true;
        if (key == domainsKey)
            hasDomains = true;
        if (!isOurs(entry))
            continue;
        const QByteArray parent = normalized(LdapConnection::parentDn(entry.dn));
        if (parent == sitesKey && hasClass(entry, SiteClass))
            sites.append(&entry);
        else if (parent == linksKey && hasClass(entry, SiteLinkClass))
            links.append(&entry);
        else if (parent == serversKey && hasClass(entry, ServerClass)) {
            serverContainers.insert(normalized(container(ConnectorsContainer, entry.dn)), int(servers.size()));
            servers.append(&entry);
        } else if (parent == rolesKey && hasClass(entry, RoleClass))
            roles.append(&entry);
        else if (parent == domainsKey && hasClass(entry, AcceptedDomainClass))
            domains.append(&entry);
        else if (parent == connectorsKey && hasClass(entry, ConnectorClass))
            connectors.append(&entry);
        else
            others.append({&entry, parent});
    }
    for (const auto &[entry, parent] : others) {
        if (hasClass(*entry, ConnectorClass) && serverContainers.contains(parent)) {
            edgeConnectors[parent].append(entry);
            continue;
        }
        reader.bad(*entry, QByteArray(),
                   tr("The entry %1 is not where the layout puts an entry of its class; move it to its container "
                      "or remove it (docs/ldap-directory.md).")
                       .arg(QString::fromUtf8(entry->dn)));
    }

    Parsed<Organization> result;
    if (!top || !hasClass(*top, OrganizationClass)) {
        result.problems.append(Problem::error(
            QStringLiteral("Directory.NoOrganization"), QString::fromUtf8(organizationDn),
            tr("The entry %1 is not an organization (object class sccOrganization).").arg(QString::fromUtf8(organizationDn))));
        return result;
    }

    Json file = Json::object();
    reader.place(QString(), top->dn);
    reader.place(QStringLiteral("/SchemaVersion"), top->dn, SchemaVersionAttribute);
    reader.place(QStringLiteral("/Organization"), top->dn, "o");
    reader.place(QStringLiteral("/ExchangeVersion"), top->dn, ExchangeVersionAttribute);
    reader.place(QStringLiteral("/LocalServer"), top->dn, LocalServerAttribute);
    if (const std::optional<qint64> version = reader.integer(*top, SchemaVersionAttribute))
        file[Keys::SchemaVersion] = *version;
    QString organizationName = LdapConnection::rdnValue(top->dn);
    for (const QByteArray &value : top->values("o")) {
        if (QString::fromUtf8(value).compare(organizationName, Qt::CaseInsensitive) == 0)
            organizationName = QString::fromUtf8(value); // as typed, when only the letter case changed
    }
    file[Keys::Organization] = organizationName.toStdString();
    if (const std::optional<QByteArray> version = reader.single(*top, ExchangeVersionAttribute))
        file[Keys::ExchangeVersion] = utf8(*version);
    if (const std::optional<QByteArray> local = reader.single(*top, LocalServerAttribute))
        file[Keys::LocalServer] = utf8(*local);
    else
        file[Keys::LocalServer] = "";

    // Sites, and each link below the site that declared it (the first of its sccSites).
    Json siteArray = Json::array();
    QHash<QString, int> siteIndex;
    for (const LdapEntry *site : sites) {
        const QString name = nameOf(*site);
        const QString pointer = JsonLocator::child(QStringLiteral("/Sites"), int(siteArray.size()));
        reader.place(pointer, site->dn);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Name)), site->dn, "cn");
        siteIndex.insert(name.toLower(), int(siteArray.size()));
        siteArray.push_back(Json{{Keys::Name, name.toStdString()}, {Keys::SiteLinks, Json::array()}});
    }
    for (const LdapEntry *link : links) {
        const QList<QByteArray> ends = link->values(SitesAttribute);
        if (ends.size() != 2) {
            reader.bad(*link, SitesAttribute,
                       tr("The site link %1 must name exactly two sites in %2; it names %n.", nullptr, int(ends.size()))
                           .arg(QString::fromUtf8(link->dn), QString::fromUtf8(SitesAttribute)));
            continue;
        }
        const auto declaring = siteIndex.constFind(QString::fromUtf8(ends.first()).toLower());
        if (declaring == siteIndex.constEnd()) {
            reader.bad(*link, SitesAttribute,
                       tr("The site link %1 starts at \"%2\", which is not an Active Directory site of the "
                          "organization.")
                           .arg(QString::fromUtf8(link->dn), QString::fromUtf8(ends.first())));
            continue;
        }
        Json &siteLinks = siteArray[size_t(*declaring)][Keys::SiteLinks];
        const QString pointer = JsonLocator::child(
            JsonLocator::child(JsonLocator::child(QStringLiteral("/Sites"), *declaring), QString::fromLatin1(Keys::SiteLinks)),
            int(siteLinks.size()));
        reader.place(pointer, link->dn);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Site)), link->dn, SitesAttribute);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Cost)), link->dn, CostAttribute);
        Json object = Json{{Keys::Site, utf8(ends.at(1))}};
        if (const std::optional<qint64> cost = reader.integer(*link, CostAttribute))
            object[Keys::Cost] = *cost;
        siteLinks.push_back(std::move(object));
    }
    file[Keys::Sites] = std::move(siteArray);

    // Servers, with an unsubscribed Edge's own connectors.
    Json serverArray = Json::array();
    for (int i = 0; i < servers.size(); ++i) {
        const LdapEntry &server = *servers.at(i);
        const QString pointer = JsonLocator::child(QStringLiteral("/Servers"), i);
        reader.place(pointer, server.dn);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Name)), server.dn, "cn");
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Role)), server.dn, ServerRoleAttribute);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Site)), server.dn, SiteAttribute);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Subscribed)), server.dn, SubscribedAttribute);
        reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::ExternalDnsServers)), server.dn,
                     DnsServersAttribute);
        Json object = Json::object();
        object[Keys::Name] = nameOf(server).toStdString();
        const std::optional<QByteArray> role = reader.single(server, ServerRoleAttribute);
        if (role)
            object[Keys::Role] = utf8(*role);
        if (const std::optional<QByteArray> site = reader.single(server, SiteAttribute))
            object[Keys::Site] = utf8(*site);
        else
            object[Keys::Site] = nullptr;
        const std::optional<bool> subscribed = reader.boolean(server, SubscribedAttribute);
        if (subscribed)
            object[Keys::Subscribed] = *subscribed;
        const QList<QByteArray> dnsServers = server.values(DnsServersAttribute);
        if (!dnsServers.isEmpty()) {
            Json array = Json::array();
            for (const QByteArray &address : dnsServers)
                array.push_back(utf8(address));
            object[Keys::ExternalDnsServers] = std::move(array);
        }
        const QByteArray connectorsDn = normalized(container(ConnectorsContainer, server.dn));
        const bool isEdge = role && role->compare("EdgeTransport", Qt::CaseInsensitive) == 0;
        const QList<const LdapEntry *> own = edgeConnectors.value(connectorsDn);
        if ((isEdge && subscribed == false) || !own.isEmpty()) {
            Json array = Json::array();
            const QString connectorsPointer = JsonLocator::child(pointer, QString::fromLatin1(Keys::SendConnectors));
            for (const LdapEntry *connector : own)
                array.push_back(reader.connector(*connector, JsonLocator::child(connectorsPointer, int(array.size()))));
            object[Keys::SendConnectors] = std::move(array);
        }
        serverArray.push_back(std::move(object));
    }
    file[Keys::Servers] = std::move(serverArray);

    if (hasRoles) {
        reader.place(QStringLiteral("/RoleAssignments"), container(RolesContainer, organizationDn));
        Json object = Json::object();
        object[Keys::OrganizationAdministrators] = Json::array();
        object[Keys::EdgeAdministrators] = Json::object();
        for (const LdapEntry *role : roles) {
            const std::optional<QByteArray> kind = reader.single(*role, RoleAttribute);
            Json members = Json::array();
            for (const QByteArray &member : role->values(MembersAttribute))
                members.push_back(utf8(member));
            if (kind && kind->compare(OrganizationAdministratorsRole, Qt::CaseInsensitive) == 0) {
                reader.place(QStringLiteral("/RoleAssignments/ExchangeOrganizationAdministrators"), role->dn,
                             MembersAttribute);
                object[Keys::OrganizationAdministrators] = std::move(members);
            } else if (kind && kind->compare(EdgeAdministratorsRole, Qt::CaseInsensitive) == 0) {
                const std::optional<QByteArray> server = reader.single(*role, ServerAttribute);
                if (!server) {
                    reader.bad(*role, ServerAttribute,
                               tr("The role assignment %1 is for Edge administrators but names no server in %2.")
                                   .arg(QString::fromUtf8(role->dn), QString::fromUtf8(ServerAttribute)));
                    continue;
                }
                reader.place(JsonLocator::child(QStringLiteral("/RoleAssignments/EdgeAdministrators"),
                                                QString::fromUtf8(*server)),
                             role->dn, MembersAttribute);
                object[Keys::EdgeAdministrators][utf8(*server)] = std::move(members);
            } else {
                reader.bad(*role, RoleAttribute,
                           tr("The role assignment %1 has the role \"%2\"; use ExchangeOrganizationAdministrators or "
                              "EdgeAdministrators.")
                               .arg(QString::fromUtf8(role->dn), QString::fromUtf8(kind.value_or(QByteArray()))));
            }
        }
        file[Keys::RoleAssignments] = std::move(object);
    } else {
        file[Keys::RoleAssignments] = nullptr;
    }

    if (hasDomains) {
        Json array = Json::array();
        for (const LdapEntry *domain : domains) {
            const QString pointer = JsonLocator::child(QStringLiteral("/AcceptedDomains"), int(array.size()));
            reader.place(pointer, domain->dn);
            reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::DomainName)), domain->dn, DomainNameAttribute);
            reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::DomainType)), domain->dn, DomainTypeAttribute);
            reader.place(JsonLocator::child(pointer, QString::fromLatin1(Keys::Default)), domain->dn, DefaultAttribute);
            Json object = Json::object();
            if (const std::optional<QByteArray> name = reader.single(*domain, DomainNameAttribute))
                object[Keys::DomainName] = utf8(*name);
            if (const std::optional<QByteArray> type = reader.single(*domain, DomainTypeAttribute))
                object[Keys::DomainType] = utf8(*type);
            if (const std::optional<bool> isDefault = reader.boolean(*domain, DefaultAttribute))
                object[Keys::Default] = *isDefault;
            else
                object[Keys::Default] = false;
            array.push_back(std::move(object));
        }
        file[Keys::AcceptedDomains] = std::move(array);
    }

    Json connectorArray = Json::array();
    for (const LdapEntry *connector : connectors)
        connectorArray.push_back(reader.connector(*connector, JsonLocator::child(QStringLiteral("/SendConnectors"),
                                                                                 int(connectorArray.size()))));
    file[Keys::SendConnectors] = std::move(connectorArray);

    if (hasErrors(reader.problems)) {
        result.problems = reader.problems;
        return result;
    }
    // Every value was checked to be UTF-8 above; replacing what is not is only a safety net.
    const std::string dumped = file.dump(-1, ' ', false, Json::error_handler_t::replace);
    result = OrganizationFile::parse(QByteArray(dumped.data(), qsizetype(dumped.size())));
    result.problems = reader.problems + reader.located(result.problems);
    return result;
}
