#include "OrganizationReader.h"

#include "OrganizationFile.h"
#include "OrganizationKeys.h"

#include "ConnectorRules.h"
#include "DomainName.h"
#include "JsonLocator.h"
#include "OrganizationValidator.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

// Builds the DOM nlohmann::json::parse() builds (the last of repeated keys wins), noting whether
// an object repeats a key, so that the positions of the text (JsonLocator) are indexed only when
// there is something to report. Parse errors throw as Json::parse() throws them.
class DomBuilder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    explicit DomBuilder(Json &root)
        : m_root(root)
    {
    }

    bool repeatsAKey() const { return m_repeatsAKey; }
    // True when the parse stopped at a list or object nested too deep (tooDeepAt() finds where).
    bool tooDeep() const { return m_tooDeep; }

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(number_integer_t value) { return add(value); }
    bool number_unsigned(number_unsigned_t value) { return add(value); }
    bool number_float(number_float_t value, const string_t &) { return add(value); }
    bool string(string_t &value) { return add(std::move(value)); }
    bool binary(binary_t &value) { return add(Json::binary(std::move(value))); }
    bool start_object(std::size_t)
    {
        if (!deeper())
            return false;
        m_stack.push_back(place(Json::value_t::object));
        return true;
    }
    bool key(string_t &name)
    {
        // An ordered object is a vector of (const key, value) pairs, which std::vector grows by
        // copying (the key is const): values already read would be copied whole at each growth.
        // Grown here by moving them instead.
        Json::object_t &object = m_stack.back()->get_ref<Json::object_t &>();
        for (auto &member : object) {
            if (member.first == name) {
                m_repeatsAKey = true; // the last value wins, as in Json::parse()
                member.second = Json();
                m_member = &member.second;
                return true;
            }
        }
        if (object.size() == object.capacity()) {
            Json::object_t larger;
            larger.reserve(std::max<std::size_t>(8, object.capacity() * 2));
            for (auto &member : object)
                larger.Container::emplace_back(member.first, std::move(member.second));
            object.swap(larger);
        }
        object.Container::emplace_back(std::move(name), Json());
        m_member = &object.back().second;
        return true;
    }
    bool end_object()
    {
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t)
    {
        if (!deeper())
            return false;
        m_stack.push_back(place(Json::value_t::array));
        return true;
    }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }
    template<class Exception>
    bool parse_error(std::size_t, const std::string &, const Exception &exception)
    {
        throw exception;
    }

private:
    bool deeper()
    {
        m_tooDeep = m_stack.size() >= static_cast<std::size_t>(OrganizationFile::MaximumNesting);
        return !m_tooDeep;
    }
    template<typename Value>
    bool add(Value &&value)
    {
        place(std::forward<Value>(value));
        return true;
    }
    template<typename Value>
    Json *place(Value &&value)
    {
        if (m_stack.empty()) {
            m_root = Json(std::forward<Value>(value));
            return &m_root;
        }
        if (m_stack.back()->is_array()) {
            Json::array_t &array = m_stack.back()->get_ref<Json::array_t &>();
            array.emplace_back(std::forward<Value>(value));
            return &array.back();
        }
        *m_member = Json(std::forward<Value>(value));
        return m_member;
    }

    Json &m_root;
    std::vector<Json *> m_stack;
    Json *m_member = nullptr;
    bool m_repeatsAKey = false;
    bool m_tooDeep = false;
};

// The range of an AD site link cost, as Active Directory Sites and Services takes it.
constexpr qint64 MinimumSiteLinkCost = 1;
constexpr qint64 MaximumSiteLinkCost = 99999;
const char *const LocalScope = "Local";
const QString AllAcceptedDomains = QStringLiteral("--");

QStringList keyList(std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *key : keys)
        list.append(QString::fromLatin1(key));
    return list;
}

const QStringList &topLevelKeys()
{
    static const QStringList keys = keyList({Keys::SchemaVersion, Keys::Organization, Keys::ExchangeVersion,
                                             Keys::LocalServer, Keys::Sites, Keys::Servers, Keys::RoleAssignments,
                                             Keys::AcceptedDomains, Keys::SendConnectors});
    return keys;
}

const QStringList &siteKeys()
{
    static const QStringList keys = keyList({Keys::Name, Keys::SiteLinks});
    return keys;
}

const QStringList &siteLinkKeys()
{
    static const QStringList keys = keyList({Keys::Site, Keys::Cost});
    return keys;
}

const QStringList &serverKeys()
{
    static const QStringList keys = keyList({Keys::Name, Keys::Role, Keys::Site, Keys::Subscribed, Keys::ExternalDnsServers,
                                             Keys::SendConnectors});
    return keys;
}

const QStringList &acceptedDomainKeys()
{
    static const QStringList keys = keyList({Keys::DomainName, Keys::DomainType, Keys::Default});
    return keys;
}

const QStringList &roleAssignmentKeys()
{
    static const QStringList keys = keyList({Keys::OrganizationAdministrators, Keys::EdgeAdministrators});
    return keys;
}

const QStringList &connectorKeys()
{
    static const QStringList keys = keyList(
        {Keys::Name, Keys::Usage, Keys::AddressSpaces, Keys::IsScopedConnector, Keys::DnsRoutingEnabled,
         Keys::SmartHosts, Keys::SmartHostAuthMechanism, Keys::AuthenticationCredential, Keys::SourceTransportServers,
         Keys::UseExternalDnsServersEnabled, Keys::MaxMessageSize, Keys::Port, Keys::ConnectionInactivityTimeOut,
         Keys::Enabled, Keys::Comment, Keys::Fqdn, Keys::ForceHelo, Keys::IgnoreStartTls, Keys::RequireTls,
         Keys::DomainSecureEnabled, Keys::ProtocolLoggingLevel, Keys::SourceIpAddress, Keys::LinkedReceiveConnector,
         Keys::WhenChanged});
    return keys;
}

const QStringList &addressSpaceKeys()
{
    static const QStringList keys = keyList({Keys::Type, Keys::Address, Keys::Cost, Keys::Scope});
    return keys;
}

const QStringList &credentialKeys()
{
    static const QStringList keys = keyList({Keys::UserName});
    return keys;
}

QString fromStd(const std::string &text)
{
    // Every address space's type is nearly always "SMTP": shared rather than allocated each time.
    static const QString smtp = QStringLiteral("SMTP");
    if (text.size() == 4 && text == "SMTP")
        return smtp;
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

enum class Presence { Required, Optional };
enum class NullValue { Refused, MeansAbsent };

// A short rendering of a JSON value for messages.
QString shown(const Json &value)
{
    QString text = fromStd(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    constexpr int MaximumShown = 60;
    if (text.size() > MaximumShown)
        text = text.left(MaximumShown - 1) + QChar(0x2026);
    return text;
}

QString describe(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return OrganizationFile::tr("null");
    case Json::value_t::boolean:
        return OrganizationFile::tr("the value %1").arg(shown(value));
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return OrganizationFile::tr("the number %1").arg(shown(value));
    case Json::value_t::string:
        return OrganizationFile::tr("the text %1").arg(shown(value));
    case Json::value_t::array:
        return OrganizationFile::tr("a list");
    case Json::value_t::object:
        return OrganizationFile::tr("an object");
    default:
        return shown(value);
    }
}

// Reads an organization file's parsed JSON into an Organization, collecting every problem with
// its JSON path and position.
class FileReader
{
public:
    explicit FileReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    Problems takeProblems()
    {
        // In file order, which is how a person fixes them.
        std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        return std::move(m_problems);
    }

    // Reads the whole document. After a File.NewerSchema problem the organization is meaningless.
    // `repeatsAKey`: whether an object of the text repeats a key (DomBuilder says). The document
    // is freed once read, before the organization's rules run.
    void read(Json &&document, bool repeatsAKey, Organization &organization);

private:
    enum class At { Value, Key };

    void report(Problem::Severity severity, const QString &code, const QString &path, const QString &text,
                At at = At::Value)
    {
        const JsonLocator::Position position = at == At::Key ? locator().nearestKey(path) : locator().nearestValue(path);
        Problem problem;
        problem.severity = severity;
        problem.code = code;
        problem.parameter = path;
        problem.line = position.line;
        problem.column = position.column;
        // The position lives in line/column (Problem::toString() shows it), not in the sentence.
        problem.message = text;
        m_problems.append(problem);
    }
    void error(const char *code, const QString &path, const QString &text, At at = At::Value)
    {
        report(Problem::Severity::Error, QString::fromLatin1(code), path, text, at);
    }
    // Problems of the model's parsers and rules, moved to a JSON path.
    void append(const Problems &problems, const QString &path)
    {
        for (const Problem &problem : problems)
            report(problem.severity, problem.code, path, problem.message);
    }

    // The name of the value at `path` for messages: its key, or "List[2]" for a list entry.
    static QString label(const QString &path)
    {
        if (path.isEmpty())
            return OrganizationFile::tr("The file");
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        QString token = path.mid(slash + 1);
        bool isIndex = false;
        const int index = token.toInt(&isIndex);
        if (isIndex)
            return label(JsonLocator::parent(path)) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        return token;
    }

    void typeError(const QString &path, const Json &value, const QString &expected)
    {
        error("File.Type", path,
              OrganizationFile::tr("%1 must be %2, not %3.").arg(label(path), expected, describe(value)));
    }

    static const Json *find(const Json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    // The member `key` of `object`, reporting it when it is required and missing.
    const Json *member(const Json &object, const QString &objectPath, const char *key, Presence presence)
    {
        const Json *value = find(object, key);
        if (!value && presence == Presence::Required) {
            const QString where = objectPath.isEmpty() ? OrganizationFile::tr("the top level of the file")
                                                       : OrganizationFile::tr("the object at %1").arg(objectPath);
            error("File.MissingKey", JsonLocator::child(objectPath, QString::fromLatin1(key)),
                  OrganizationFile::tr("The required key \"%1\" is missing from %2. Add it.")
                      .arg(QString::fromLatin1(key), where));
        }
        return value;
    }

    bool expectObject(const Json &value, const QString &path)
    {
        if (value.is_object())
            return true;
        typeError(path, value, OrganizationFile::tr("an object ({ … })"));
        return false;
    }

    bool expectArray(const Json &value, const QString &path)
    {
        if (value.is_array())
            return true;
        typeError(path, value, OrganizationFile::tr("a list ([ … ])"));
        return false;
    }

    void checkKeys(const Json &object, const QString &path, const QStringList &allowed,
                   const QStringList &handledElsewhere = {})
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Known keys are ASCII: compared without converting them first.
            const QLatin1String bytes(it.key().data(), static_cast<qsizetype>(it.key().size()));
            if (allowed.contains(bytes) || handledElsewhere.contains(bytes))
                continue;
            const QString key = fromStd(it.key());
            if (allowed.contains(key) || handledElsewhere.contains(key))
                continue;
            const QString keyPath = JsonLocator::child(path, key);
            // A key that differs only in letter case, or by a missing or extra letter or two at the
            // end ("SmartHost", "AddressSpace"), is most likely that key.
            const auto similar = std::find_if(allowed.cbegin(), allowed.cend(), [&key](const QString &candidate) {
                const QString &shorter = candidate.size() < key.size() ? candidate : key;
                const QString &longer = candidate.size() < key.size() ? key : candidate;
                return longer.size() - shorter.size() <= 2 && shorter.size() >= 4
                    && longer.startsWith(shorter, Qt::CaseInsensitive);
            });
            if (similar != allowed.cend()) {
                error("File.UnknownKey", keyPath,
                      OrganizationFile::tr("\"%1\" is not a known key here; did you mean \"%2\"? Key names are "
                                           "case-sensitive.")
                          .arg(key, *similar),
                      At::Key);
            } else {
                error("File.UnknownKey", keyPath,
                      OrganizationFile::tr("\"%1\" is not a known key here. The allowed keys are: %2.")
                          .arg(key, allowed.join(QLatin1String(", "))),
                      At::Key);
            }
        }
    }

    std::optional<QString> readString(const Json &object, const QString &objectPath, const char *key,
                                      Presence presence, NullValue nullValue = NullValue::Refused)
    {
        const Json *value = member(object, objectPath, key, presence);
        if (!value)
            return std::nullopt;
        if (value->is_null() && nullValue == NullValue::MeansAbsent)
            return std::nullopt;
        if (!value->is_string()) {
            typeError(JsonLocator::child(objectPath, QString::fromLatin1(key)), *value,
                      nullValue == NullValue::MeansAbsent ? OrganizationFile::tr("text in quotes, or null")
                                                          : OrganizationFile::tr("text in quotes"));
            return std::nullopt;
        }
        return fromStd(value->get_ref<const std::string &>());
    }

    // Reports a control character (a NUL, a tab, a line break...) in a name; true when there is one.
    // Such characters are invisible in every list that shows the name.
    bool reportControlCharacter(const QString &text, const QString &path)
    {
        const auto control = std::find_if(text.cbegin(), text.cend(), [](QChar c) {
            const QChar::Category category = c.category();
            return category == QChar::Other_Control || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph;
        });
        if (control == text.cend())
            return false;
        error("File.InvalidValue", path,
              OrganizationFile::tr("%1 contains a control character (U+%2), such as a NUL, a tab or a line break. "
                                   "Use only printable characters.")
                  .arg(label(path))
                  .arg(control->unicode(), 4, 16, QLatin1Char('0')));
        return true;
    }

    // A name that must not be blank.
    std::optional<QString> readName(const Json &object, const QString &objectPath, const char *key)
    {
        std::optional<QString> name = readString(object, objectPath, key, Presence::Required);
        const QString path = JsonLocator::child(objectPath, QString::fromLatin1(key));
        if (name && name->trimmed().isEmpty()) {
            error("File.InvalidValue", path,
                  OrganizationFile::tr("%1 is empty. Enter a name.").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        if (name && reportControlCharacter(*name, path))
            return std::nullopt;
        return name;
    }

    std::optional<bool> readBool(const Json &object, const QString &objectPath, const char *key)
    {
        const Json *value = member(object, objectPath, key, Presence::Optional);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean()) {
            typeError(JsonLocator::child(objectPath, QString::fromLatin1(key)), *value,
                      OrganizationFile::tr("true or false (without quotes)"));
            return std::nullopt;
        }
        return value->get<bool>();
    }

    // Integers are checked against their range before they are stored anywhere: nlohmann::json
    // would otherwise narrow 70000 into a 16-bit port without a word.
    std::optional<qint64> readInteger(const Json &value, const QString &path, qint64 minimum, qint64 maximum)
    {
        const auto outOfRange = [&](bool tooLarge) {
            error("File.OutOfRange", path,
                  (tooLarge ? OrganizationFile::tr("%1 must be a whole number from %2 to %3; %4 is too large.")
                            : OrganizationFile::tr("%1 must be a whole number from %2 to %3; %4 is too small."))
                      .arg(label(path), QString::number(minimum), QString::number(maximum), shown(value)));
        };
        if (value.is_number_unsigned()) {
            const std::uint64_t number = value.get<std::uint64_t>();
            if (number > static_cast<std::uint64_t>(maximum)) {
                outOfRange(true);
                return std::nullopt;
            }
            if (static_cast<qint64>(number) < minimum) {
                outOfRange(false);
                return std::nullopt;
            }
            return static_cast<qint64>(number);
        }
        if (value.is_number_integer()) {
            const std::int64_t number = value.get<std::int64_t>();
            if (number < minimum || number > maximum) {
                outOfRange(number > maximum);
                return std::nullopt;
            }
            return number;
        }
        if (value.is_number_float()) {
            const double number = value.get<double>();
            if (number > static_cast<double>(maximum)) {
                outOfRange(true);
                return std::nullopt;
            }
            if (number < static_cast<double>(minimum)) {
                outOfRange(false);
                return std::nullopt;
            }
            // 25.0 is the whole number 25 (as JSON Schema's "integer" has it); 1.5 is not.
            if (number != static_cast<double>(static_cast<qint64>(number))) {
                error("File.Type", path,
                      OrganizationFile::tr("%1 must be a whole number from %2 to %3; %4 is not a whole number.")
                          .arg(label(path), QString::number(minimum), QString::number(maximum), shown(value)));
                return std::nullopt;
            }
            return static_cast<qint64>(number);
        }
        typeError(path, value,
                  OrganizationFile::tr("a whole number from %1 to %2").arg(QString::number(minimum), QString::number(maximum)));
        return std::nullopt;
    }

    std::optional<qint64> readInteger(const Json &object, const QString &objectPath, const char *key, qint64 minimum,
                                      qint64 maximum, Presence presence)
    {
        const Json *value = member(object, objectPath, key, presence);
        if (!value)
            return std::nullopt;
        // The usual case, without building the path that only a problem needs.
        if (value->is_number_integer()) {
            const bool inRange = value->is_number_unsigned()
                ? value->get<std::uint64_t>() <= static_cast<std::uint64_t>(maximum)
                      && static_cast<qint64>(value->get<std::uint64_t>()) >= minimum
                : value->get<std::int64_t>() >= minimum && value->get<std::int64_t>() <= maximum;
            if (inRange)
                return value->is_number_unsigned() ? static_cast<qint64>(value->get<std::uint64_t>())
                                                   : static_cast<qint64>(value->get<std::int64_t>());
        }
        return readInteger(*value, JsonLocator::child(objectPath, QString::fromLatin1(key)), minimum, maximum);
    }

    template <typename E>
    std::optional<E> readEnum(const Json &object, const QString &objectPath, const char *key, Presence presence,
                              std::optional<E> (*parse)(const QString &), const QStringList &names)
    {
        const Json *value = member(object, objectPath, key, presence);
        if (!value)
            return std::nullopt;
        if (value->is_string()) { // the usual case, without building what only a problem needs
            if (const std::optional<E> parsed = parse(fromStd(value->get_ref<const std::string &>())))
                return parsed;
        }
        const QString path = JsonLocator::child(objectPath, QString::fromLatin1(key));
        const QString allowed = names.join(QLatin1String(", "));
        if (!value->is_string()) {
            typeError(path, *value, OrganizationFile::tr("one of %1, in quotes").arg(allowed));
            return std::nullopt;
        }
        const QString text = fromStd(value->get_ref<const std::string &>());
        const std::optional<E> parsed = parse(text);
        if (!parsed) {
            error("File.UnknownValue", path,
                  OrganizationFile::tr("%1 cannot be \"%2\". Use one of: %3.").arg(label(path), text, allowed));
        }
        return parsed;
    }

    // A list of non-blank strings; entries of the wrong type are reported and skipped.
    std::optional<QStringList> readStringList(const Json &object, const QString &objectPath, const char *key,
                                              Presence presence)
    {
        const Json *value = member(object, objectPath, key, presence);
        if (!value)
            return std::nullopt;
        return readStringList(*value, JsonLocator::child(objectPath, QString::fromLatin1(key)));
    }

    std::optional<QStringList> readStringList(const Json &value, const QString &path)
    {
        if (!value.is_array()) {
            typeError(path, value, OrganizationFile::tr("a list of texts in quotes"));
            return std::nullopt;
        }
        QStringList list;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const QString entryPath = JsonLocator::child(path, static_cast<int>(i));
            const Json &entry = value.at(i);
            if (!entry.is_string()) {
                typeError(entryPath, entry, OrganizationFile::tr("text in quotes"));
                continue;
            }
            const QString text = fromStd(entry.get_ref<const std::string &>());
            if (text.trimmed().isEmpty()) {
                error("File.InvalidValue", entryPath,
                      OrganizationFile::tr("%1 is empty. Remove the entry or fill it in.").arg(label(entryPath)));
                continue;
            }
            if (reportControlCharacter(text, entryPath))
                continue;
            list.append(text);
        }
        return list;
    }

    void readSites(const Json &value, const QString &path, Organization &organization);
    void readServers(const Json &value, const QString &path, Organization &organization);
    std::optional<RoleAssignments> readRoleAssignments(const Json &value, const QString &path);
    void readAcceptedDomains(const Json &value, const QString &path, Organization &organization);
    QList<SendConnector> readConnectors(const Json &value, const QString &path, const Organization &organization);
    SendConnector readConnector(const Json &object, const QString &path, const Organization &organization);
    QList<AddressSpace> readAddressSpaces(const Json &value, const QString &path, Exchange::Version version);
    QList<SmartHost> readSmartHosts(const Json &value, const QString &path, Exchange::Version version);
    QStringList readSourceServers(const Json &value, const QString &path);
    QList<QHostAddress> readDnsServers(const Json &value, const QString &path);
    void applyRules(const Organization &organization);
    QString filePath(const QString &memoryPath) const;
    QString locatedMessage(const QString &message) const;

    // Notes where an entry read into memory stands in the file, when that differs.
    void mapPath(const QString &memoryPath, const QString &filePath)
    {
        if (memoryPath != filePath)
            m_filePaths.insert(memoryPath, filePath);
    }

    // Where the values are in the text: indexed at the first problem to locate, never otherwise.
    const JsonLocator &locator() const
    {
        if (!m_locator)
            m_locator.emplace(m_bytes);
        return *m_locator;
    }

    const QByteArray &m_bytes;
    mutable std::optional<JsonLocator> m_locator;
    Problems m_problems;
    // Where a list entry read into memory stands in the file, by its path in memory (as
    // OrganizationValidator names it), when entries before it were left out.
    QHash<QString, QString> m_filePaths;
    QList<int> m_sourceServerIndexes; // of the connector read last: the file index of each name kept
    QStringList m_incomplete; // objects read without a value the rules depend on (a server's role)
};

void FileReader::read(Json &&document, bool repeatsAKey, Organization &organization)
{
    Json root = std::move(document);
    for (const JsonLocator::DuplicateKey &duplicate : repeatsAKey ? locator().duplicateKeys() : QList<JsonLocator::DuplicateKey>()) {
        error("File.Duplicate", duplicate.pointer,
              OrganizationFile::tr("The key \"%1\" appears more than once in the same object. Keep only one; "
                                   "otherwise only the last would be used.")
                  .arg(label(duplicate.pointer)),
              At::Key);
    }

    if (!root.is_object()) {
        error("File.Type", QString(),
              OrganizationFile::tr("An organization file holds one JSON object ({ … }), not %1.").arg(describe(root)));
        return;
    }

    // The schema version comes first: a newer file may mean anything, so nothing else is judged.
    const QString schemaPath = JsonLocator::child(QString(), QString::fromLatin1(Keys::SchemaVersion));
    if (const Json *schema = member(root, QString(), Keys::SchemaVersion, Presence::Required)) {
        const bool newer = (schema->is_number_unsigned()
                            && schema->get<std::uint64_t>() > static_cast<std::uint64_t>(Organization::CurrentSchemaVersion))
                        || (schema->is_number_float() && schema->get<double>() > Organization::CurrentSchemaVersion
                            && std::floor(schema->get<double>()) == schema->get<double>());
        if (newer) {
            m_problems.clear();
            error("File.NewerSchema", schemaPath,
                  OrganizationFile::tr("This file uses version %1 of the organization file format, but this "
                                       "program reads versions up to %2. Open it with a newer version of the "
                                       "program.")
                      .arg(shown(*schema), QString::number(Organization::CurrentSchemaVersion)));
            return;
        }
        // 1.5 is no version of the format at all: say so, rather than that it is too large.
        if (schema->is_number_float() && std::floor(schema->get<double>()) != schema->get<double>()) {
            error("File.Type", schemaPath,
                  OrganizationFile::tr("SchemaVersion must be a whole number (the version of the file format, "
                                       "%1 for this program); %2 is not a whole number.")
                      .arg(QString::number(Organization::CurrentSchemaVersion), shown(*schema)));
        } else if (const auto version = readInteger(*schema, schemaPath, 1, Organization::CurrentSchemaVersion)) {
            organization.schemaVersion = static_cast<int>(*version);
        }
    }

    checkKeys(root, QString(), topLevelKeys());

    if (const auto name = readName(root, QString(), Keys::Organization))
        organization.name = *name;
    if (const auto version = readEnum(root, QString(), Keys::ExchangeVersion, Presence::Optional,
                                      &Exchange::parseVersion, Exchange::names(Exchange::Version{})))
        organization.exchangeVersion = *version;

    if (const Json *sites = member(root, QString(), Keys::Sites, Presence::Required))
        readSites(*sites, JsonLocator::child(QString(), QString::fromLatin1(Keys::Sites)), organization);

    if (const Json *servers = member(root, QString(), Keys::Servers, Presence::Required))
        readServers(*servers, JsonLocator::child(QString(), QString::fromLatin1(Keys::Servers)), organization);

    if (const auto local = readName(root, QString(), Keys::LocalServer))
        organization.localServer = *local;

    if (const Json *roles = member(root, QString(), Keys::RoleAssignments, Presence::Optional); roles && !roles->is_null())
        organization.roleAssignments =
            readRoleAssignments(*roles, JsonLocator::child(QString(), QString::fromLatin1(Keys::RoleAssignments)));

    if (const Json *domains = member(root, QString(), Keys::AcceptedDomains, Presence::Optional))
        readAcceptedDomains(*domains, JsonLocator::child(QString(), QString::fromLatin1(Keys::AcceptedDomains)), organization);

    if (const Json *connectors = member(root, QString(), Keys::SendConnectors, Presence::Optional)) {
        organization.sendConnectors =
            readConnectors(*connectors, JsonLocator::child(QString(), QString::fromLatin1(Keys::SendConnectors)),
                           organization);
    }

    root = Json(); // no longer needed: the rules judge the organization

    // The organization's rules need the whole organization, so they run last.
    applyRules(organization);
}

void FileReader::readSites(const Json &value, const QString &path, Organization &organization)
{
    if (!expectArray(value, path))
        return;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString sitePath = JsonLocator::child(path, static_cast<int>(i));
        const Json &siteJson = value.at(i);
        if (!expectObject(siteJson, sitePath))
            continue;
        checkKeys(siteJson, sitePath, siteKeys());
        const auto name = readName(siteJson, sitePath, Keys::Name);
        if (!name)
            continue;
        AdSite site;
        site.name = *name;
        const QString memorySitePath = JsonLocator::child(path, static_cast<int>(organization.sites.size()));
        if (const Json *links = member(siteJson, sitePath, Keys::SiteLinks, Presence::Optional)) {
            const QString linksPath = JsonLocator::child(sitePath, QString::fromLatin1(Keys::SiteLinks));
            if (expectArray(*links, linksPath)) {
                for (std::size_t j = 0; j < links->size(); ++j) {
                    const QString linkPath = JsonLocator::child(linksPath, static_cast<int>(j));
                    const Json &linkJson = links->at(j);
                    if (!expectObject(linkJson, linkPath))
                        continue;
                    checkKeys(linkJson, linkPath, siteLinkKeys());
                    const auto other = readName(linkJson, linkPath, Keys::Site);
                    const auto cost = readInteger(linkJson, linkPath, Keys::Cost, MinimumSiteLinkCost,
                                                  MaximumSiteLinkCost, Presence::Required);
                    if (!other || !cost)
                        continue;
                    mapPath(JsonLocator::child(JsonLocator::child(memorySitePath, QString::fromLatin1(Keys::SiteLinks)),
                                                          static_cast<int>(site.siteLinks.size())),
                                       linkPath);
                    site.siteLinks.append(SiteLink{*other, static_cast<int>(*cost)});
                }
            }
        }
        mapPath(memorySitePath, sitePath);
        organization.sites.append(site);
    }
}

void FileReader::readServers(const Json &value, const QString &path, Organization &organization)
{
    if (!expectArray(value, path))
        return;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString serverPath = JsonLocator::child(path, static_cast<int>(i));
        const Json &serverJson = value.at(i);
        TransportServer server;
        if (!expectObject(serverJson, serverPath)) {
            organization.servers.append(server); // keeps indexes aligned with the file
            continue;
        }
        checkKeys(serverJson, serverPath, serverKeys());
        const auto name = readName(serverJson, serverPath, Keys::Name);
        if (name)
            server.name = *name;
        const auto role = readEnum(serverJson, serverPath, Keys::Role, Presence::Required, &Exchange::parseServerRole,
                                   Exchange::names(Exchange::ServerRole{}));
        const QString sitePath = JsonLocator::child(serverPath, QString::fromLatin1(Keys::Site));
        const QString subscribedPath = JsonLocator::child(serverPath, QString::fromLatin1(Keys::Subscribed));
        const QString connectorsPath = JsonLocator::child(serverPath, QString::fromLatin1(Keys::SendConnectors));
        if (!role) {
            // Without its role, nothing else of the server can be judged.
            m_incomplete.append(serverPath);
            organization.servers.append(server);
            continue;
        }
        server.role = *role;

        const Json *siteJson = find(serverJson, Keys::Site);
        const bool hasSite = siteJson && !siteJson->is_null();
        if (server.isHub()) {
            if (find(serverJson, Keys::Subscribed)) {
                error("File.NotAllowed", subscribedPath,
                      OrganizationFile::tr("Subscribed applies only to Edge Transport servers; \"%1\" is a Hub "
                                           "Transport server. Remove the key.")
                          .arg(server.name),
                      At::Key);
            }
        } else if (const auto subscribed = readBool(serverJson, serverPath, Keys::Subscribed)) {
            server.subscribed = *subscribed;
        }

        const bool needsSite = server.isHub() || server.subscribed;
        if (needsSite && !hasSite) {
            error("File.MissingKey", sitePath,
                  server.isHub()
                      ? OrganizationFile::tr("The Hub Transport server \"%1\" needs its Active Directory site: add "
                                             "\"Site\" with the name of one of the Sites.")
                            .arg(server.name)
                      : OrganizationFile::tr("The subscribed Edge Transport server \"%1\" needs the site of its Edge "
                                             "Subscription: add \"Site\" with the name of one of the Sites.")
                            .arg(server.name));
        } else if (!needsSite && hasSite) {
            error("File.NotAllowed", sitePath,
                  OrganizationFile::tr("The Edge Transport server \"%1\" is not subscribed, so it belongs to no "
                                       "Active Directory site. Remove \"Site\" (or make it null), or set "
                                       "\"Subscribed\" to true.")
                      .arg(server.name));
        } else if (needsSite) {
            if (const auto site = readName(serverJson, serverPath, Keys::Site))
                server.site = *site;
        }

        if (const Json *dnsServers = find(serverJson, Keys::ExternalDnsServers)) {
            server.externalDnsServers =
                readDnsServers(*dnsServers, JsonLocator::child(serverPath, QString::fromLatin1(Keys::ExternalDnsServers)));
        }

        if (const Json *connectors = find(serverJson, Keys::SendConnectors)) {
            if (server.isEdge() && !server.subscribed) {
                // An Edge's own connectors take no source servers (the rules say so); nothing to resolve.
                server.sendConnectors = readConnectors(*connectors, connectorsPath, organization);
            } else {
                error("File.NotAllowed", connectorsPath,
                      server.isHub()
                          ? OrganizationFile::tr("A Hub Transport server keeps no Send connectors of its own: put "
                                                 "them in the organization's SendConnectors, with \"%1\" among "
                                                 "their SourceTransportServers.")
                                .arg(server.name)
                          : OrganizationFile::tr("The Edge Transport server \"%1\" is subscribed: EdgeSync replaces "
                                                 "its Send connectors. Put them in the organization's "
                                                 "SendConnectors instead.")
                                .arg(server.name),
                      At::Key);
            }
        }
        organization.servers.append(server);
    }
}

std::optional<RoleAssignments> FileReader::readRoleAssignments(const Json &value, const QString &path)
{
    if (!expectObject(value, path))
        return std::nullopt;
    checkKeys(value, path, roleAssignmentKeys());
    RoleAssignments roles;
    if (const auto administrators = readStringList(value, path, Keys::OrganizationAdministrators, Presence::Optional))
        roles.organizationAdministrators = *administrators;

    const Json *edges = member(value, path, Keys::EdgeAdministrators, Presence::Optional);
    const QString edgesPath = JsonLocator::child(path, QString::fromLatin1(Keys::EdgeAdministrators));
    if (edges && expectObject(*edges, edgesPath)) {
        for (auto it = edges->begin(); it != edges->end(); ++it) {
            const QString serverName = fromStd(it.key());
            const QString serverPath = JsonLocator::child(edgesPath, serverName);
            if (const auto members = readStringList(it.value(), serverPath))
                roles.edgeAdministrators.insert(serverName, *members);
        }
    }
    return roles;
}

// The syntax and types of the accepted domains; their rules (valid names, duplicates, one
// Default) are OrganizationValidator's. A valid name is kept in lower-case ACE form.
void FileReader::readAcceptedDomains(const Json &value, const QString &path, Organization &organization)
{
    if (!expectArray(value, path))
        return;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString domainPath = JsonLocator::child(path, static_cast<int>(i));
        const Json &domainJson = value.at(i);
        if (!expectObject(domainJson, domainPath))
            continue;
        checkKeys(domainJson, domainPath, acceptedDomainKeys());
        const auto name = readName(domainJson, domainPath, Keys::DomainName);
        const auto type = readEnum(domainJson, domainPath, Keys::DomainType, Presence::Required,
                                   &Exchange::parseAcceptedDomainType, Exchange::names(Exchange::AcceptedDomainType{}));
        const auto isDefault = readBool(domainJson, domainPath, Keys::Default);
        if (!name || !type) {
            m_incomplete.append(domainPath);
            continue;
        }
        AcceptedDomain domain;
        domain.domainName = name->trimmed();
        const bool wildcard = domain.domainName.startsWith(QLatin1String("*."));
        const Parsed<QString> normalised = DomainName::parse(wildcard ? domain.domainName.mid(2) : domain.domainName,
                                                             QString::fromLatin1(Keys::DomainName));
        if (normalised.ok())
            domain.domainName = (wildcard ? QStringLiteral("*.") : QString()) + *normalised.value;
        domain.domainType = *type;
        domain.isDefault = isDefault.value_or(false);
        mapPath(JsonLocator::child(path, static_cast<int>(organization.acceptedDomains.size())), domainPath);
        organization.acceptedDomains.append(domain);
    }
}

QList<SendConnector> FileReader::readConnectors(const Json &value, const QString &path,
                                                const Organization &organization)
{
    QList<SendConnector> connectors;
    if (!expectArray(value, path))
        return connectors;
    connectors.reserve(static_cast<qsizetype>(value.size()));
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString connectorPath = JsonLocator::child(path, static_cast<int>(i));
        const Json &connectorJson = value.at(i);
        if (!expectObject(connectorJson, connectorPath))
            continue;
        // `path` is the list's path in memory too (servers are kept in file order, even damaged).
        const QString memoryPath = JsonLocator::child(path, static_cast<int>(connectors.size()));
        m_sourceServerIndexes.clear();
        connectors.append(readConnector(connectorJson, connectorPath, organization));
        mapPath(memoryPath, connectorPath);
        const QString serversKey = QString::fromLatin1(Keys::SourceTransportServers);
        for (int j = 0; j < m_sourceServerIndexes.size(); ++j) {
            // The paths differ only when the connector or the name moved (nothing to build otherwise).
            if (memoryPath == connectorPath && m_sourceServerIndexes.at(j) == j)
                continue;
            mapPath(JsonLocator::child(JsonLocator::child(memoryPath, serversKey), j),
                               JsonLocator::child(JsonLocator::child(connectorPath, serversKey), m_sourceServerIndexes.at(j)));
        }
    }
    return connectors;
}

SendConnector FileReader::readConnector(const Json &object, const QString &path, const Organization &organization)
{
    const Exchange::Version version = organization.exchangeVersion;
    const auto childPath = [&path](const char *key) { return JsonLocator::child(path, QString::fromLatin1(key)); };
    SendConnector connector;
    checkKeys(object, path, connectorKeys());

    if (const auto name = readName(object, path, Keys::Name))
        connector.name = name->trimmed();
    if (const auto usage = readEnum(object, path, Keys::Usage, Presence::Optional, &Exchange::parseUsage,
                                    Exchange::names(Exchange::Usage{})))
        connector.usage = *usage;
    if (const Json *spaces = member(object, path, Keys::AddressSpaces, Presence::Required))
        connector.addressSpaces = readAddressSpaces(*spaces, childPath(Keys::AddressSpaces), version);
    if (const auto scoped = readBool(object, path, Keys::IsScopedConnector))
        connector.isScopedConnector = *scoped;
    if (const auto dns = readBool(object, path, Keys::DnsRoutingEnabled))
        connector.dnsRoutingEnabled = *dns;
    if (const Json *hosts = member(object, path, Keys::SmartHosts, Presence::Optional))
        connector.smartHosts = readSmartHosts(*hosts, childPath(Keys::SmartHosts), version);
    if (const auto mechanism = readEnum(object, path, Keys::SmartHostAuthMechanism, Presence::Optional,
                                        &Exchange::parseSmartHostAuthMechanism,
                                        Exchange::names(Exchange::SmartHostAuthMechanism{})))
        connector.smartHostAuthMechanism = *mechanism;

    if (const Json *credential = member(object, path, Keys::AuthenticationCredential, Presence::Optional);
        credential && !credential->is_null()) {
        const QString credentialPath = childPath(Keys::AuthenticationCredential);
        if (!credential->is_object()) {
            typeError(credentialPath, *credential, OrganizationFile::tr("an object such as {\"UserName\": "
                                                                        "\"CONTOSO\\\\relay\"}, or null"));
        } else {
            checkKeys(*credential, credentialPath, credentialKeys(), {QString::fromLatin1(Keys::Password)});
            if (find(*credential, Keys::Password)) {
                error("File.PasswordNotStored", JsonLocator::child(credentialPath, QString::fromLatin1(Keys::Password)),
                      OrganizationFile::tr("Passwords are never stored in the organization file. Remove "
                                           "\"Password\"; the program asks for the password when it is needed "
                                           "and keeps it only in memory."),
                      At::Key);
            }
            if (const auto userName = readString(*credential, credentialPath, Keys::UserName, Presence::Required))
                connector.authenticationCredential = AuthenticationCredential{*userName};
        }
    }

    if (const Json *servers = member(object, path, Keys::SourceTransportServers, Presence::Optional))
        connector.sourceTransportServers =
            readSourceServers(*servers, childPath(Keys::SourceTransportServers));
    if (const auto external = readBool(object, path, Keys::UseExternalDnsServersEnabled))
        connector.useExternalDnsServersEnabled = *external;

    if (const Json *size = member(object, path, Keys::MaxMessageSize, Presence::Optional)) {
        const QString sizePath = childPath(Keys::MaxMessageSize);
        if (size->is_string()) {
            const Parsed<ByteQuantity> parsed =
                QuantityParser::parseBytes(fromStd(size->get_ref<const std::string &>()), QString::fromLatin1(Keys::MaxMessageSize));
            append(parsed.problems, sizePath);
            if (parsed.ok())
                connector.maxMessageSize = *parsed.value;
        } else if (size->is_number()) {
            if (const auto bytes = readInteger(*size, sizePath, 0, ByteQuantity::Maximum))
                connector.maxMessageSize = ByteQuantity::fromBytes(*bytes);
        } else {
            typeError(sizePath, *size,
                      OrganizationFile::tr("a whole number of bytes from 0 to %1, or \"Unlimited\"")
                          .arg(QString::number(ByteQuantity::Maximum)));
        }
    }
    if (const auto port = readInteger(object, path, Keys::Port, 0, ConnectorValidator::MaximumPort, Presence::Optional))
        connector.port = static_cast<int>(*port);
    if (const auto timeOut = readString(object, path, Keys::ConnectionInactivityTimeOut, Presence::Optional)) {
        const Parsed<TimeSpan> parsed =
            QuantityParser::parseTimeSpan(*timeOut, QString::fromLatin1(Keys::ConnectionInactivityTimeOut));
        append(parsed.problems, childPath(Keys::ConnectionInactivityTimeOut));
        if (parsed.ok())
            connector.connectionInactivityTimeOut = *parsed.value;
    }
    if (const auto enabled = readBool(object, path, Keys::Enabled))
        connector.enabled = *enabled;
    if (const auto comment = readString(object, path, Keys::Comment, Presence::Optional, NullValue::MeansAbsent))
        connector.comment = *comment;
    if (const auto fqdn = readString(object, path, Keys::Fqdn, Presence::Optional, NullValue::MeansAbsent))
        connector.fqdn = *fqdn;
    if (const auto forceHelo = readBool(object, path, Keys::ForceHelo))
        connector.forceHelo = *forceHelo;
    if (const auto ignore = readBool(object, path, Keys::IgnoreStartTls))
        connector.ignoreStartTls = *ignore;
    if (const auto require = readBool(object, path, Keys::RequireTls))
        connector.requireTls = *require;
    if (const auto domainSecure = readBool(object, path, Keys::DomainSecureEnabled))
        connector.domainSecureEnabled = *domainSecure;
    if (const auto logging = readEnum(object, path, Keys::ProtocolLoggingLevel, Presence::Optional,
                                      &Exchange::parseProtocolLoggingLevel,
                                      Exchange::names(Exchange::ProtocolLoggingLevel{})))
        connector.protocolLoggingLevel = *logging;
    if (const auto address = readString(object, path, Keys::SourceIpAddress, Presence::Optional, NullValue::MeansAbsent))
        connector.sourceIpAddress = *address;
    if (const auto linked = readString(object, path, Keys::LinkedReceiveConnector, Presence::Optional,
                                       NullValue::MeansAbsent))
        connector.linkedReceiveConnector = *linked;
    if (const auto changed = readString(object, path, Keys::WhenChanged, Presence::Optional, NullValue::MeansAbsent)) {
        // ISO 8601 with its offset from UTC ("2026-12-01T09:30:00Z"): a time without one would
        // mean a different moment on every machine.
        const QDateTime when = QDateTime::fromString(*changed, Qt::ISODateWithMs);
        if (when.isValid() && when.timeSpec() != Qt::LocalTime) {
            connector.whenChanged = when.toUTC();
        } else {
            error("File.InvalidValue", JsonLocator::child(path, QString::fromLatin1(Keys::WhenChanged)),
                  OrganizationFile::tr("WhenChanged \"%1\" is not a date and time in the form "
                                       "2026-12-01T09:30:00Z (ISO 8601, with Z or an offset such as +01:00).")
                      .arg(*changed));
        }
    }
    return connector;
}

QList<AddressSpace> FileReader::readAddressSpaces(const Json &value, const QString &path, Exchange::Version version)
{
    QList<AddressSpace> spaces;
    if (!expectArray(value, path))
        return spaces;
    spaces.reserve(static_cast<qsizetype>(value.size()));
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString spacePath = JsonLocator::child(path, static_cast<int>(i));
        const auto childPath = [&spacePath](const char *key) {
            return JsonLocator::child(spacePath, QString::fromLatin1(key));
        };
        const Json &spaceJson = value.at(i);
        if (!spaceJson.is_object()) {
            typeError(spacePath, spaceJson,
                      OrganizationFile::tr("an object such as {\"Type\": \"SMTP\", \"Address\": \"contoso.com\", "
                                           "\"Cost\": 1}"));
            continue;
        }
        checkKeys(spaceJson, spacePath, addressSpaceKeys());
        bool usable = true;
        const auto type = readString(spaceJson, spacePath, Keys::Type, Presence::Optional);
        usable = usable && (type || !find(spaceJson, Keys::Type));
        const auto address = readString(spaceJson, spacePath, Keys::Address, Presence::Required);
        usable = usable && address;
        const auto cost = readInteger(spaceJson, spacePath, Keys::Cost, AddressSpaceParser::MinimumCost,
                                      AddressSpaceParser::MaximumCost, Presence::Optional);
        usable = usable && (cost || !find(spaceJson, Keys::Cost));

        bool localScope = false;
        if (const Json *scope = find(spaceJson, Keys::Scope); scope && !scope->is_null()) {
            const QString scopePath = childPath(Keys::Scope);
            if (version != Exchange::Version::Rtm2007) {
                error("File.ScopeNotInSp1", scopePath,
                      OrganizationFile::tr("\"Scope\" is used only in Exchange 2007 RTM files. In 2007 SP1 a "
                                           "connector is scoped as a whole: remove \"Scope\" and set "
                                           "\"IsScopedConnector\" to true."),
                      At::Key);
                usable = false;
            } else if (!scope->is_string()) {
                typeError(scopePath, *scope, OrganizationFile::tr("\"Local\" or null"));
                usable = false;
            } else if (!sameName(fromStd(scope->get_ref<const std::string &>()), QString::fromLatin1(LocalScope))) {
                error("File.UnknownValue", scopePath,
                      OrganizationFile::tr("Scope cannot be \"%1\". The only scope is \"Local\" (only Hub Transport "
                                           "servers in the source servers' site use the connector); leave Scope "
                                           "out otherwise.")
                          .arg(fromStd(scope->get_ref<const std::string &>())));
                usable = false;
            } else {
                localScope = true;
            }
        }
        if (!usable)
            continue;

        const Parsed<AddressSpace> parsed =
            AddressSpaceParser::fromParts(type.value_or(QStringLiteral("SMTP")), *address,
                                          static_cast<int>(cost.value_or(1)), localScope, version);
        for (const Problem &problem : parsed.problems) {
            const char *key = Keys::Address;
            if (problem.code == QLatin1String("AddressSpace.InvalidType"))
                key = Keys::Type;
            else if (problem.code.startsWith(QLatin1String("AddressSpace.Cost")))
                key = Keys::Cost;
            else if (problem.code == QLatin1String("AddressSpace.LocalScopeNotInSp1"))
                key = Keys::Scope;
            append({problem}, childPath(key));
        }
        if (parsed.ok())
            spaces.append(*parsed.value);
    }
    return spaces;
}

QList<SmartHost> FileReader::readSmartHosts(const Json &value, const QString &path, Exchange::Version version)
{
    QList<SmartHost> hosts;
    const std::optional<QStringList> texts = readStringList(value, path);
    if (!texts)
        return hosts;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value.at(i).is_string())
            continue;
        const QString text = fromStd(value.at(i).get_ref<const std::string &>());
        const QString hostPath = JsonLocator::child(path, static_cast<int>(i));
        if (text.trimmed().isEmpty())
            continue; // already reported by readStringList
        // EdgeSync's "--" (the Hub servers of the organization); ConnectorValidator judges where it may stand.
        if (text.trimmed() == AllAcceptedDomains) {
            hosts.append(SmartHost{SmartHost::Kind::Fqdn, AllAcceptedDomains});
            continue;
        }
        const Parsed<SmartHost> parsed = SmartHostParser::parse(text, version);
        append(parsed.problems, hostPath);
        if (parsed.ok())
            hosts.append(*parsed.value);
    }
    return hosts;
}

// The source servers' names; whether they name servers is OrganizationValidator's to judge.
QStringList FileReader::readSourceServers(const Json &value, const QString &path)
{
    QStringList names;
    if (!readStringList(value, path))
        return names;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json &entry = value.at(i);
        if (!entry.is_string())
            continue; // reported by readStringList
        const QString name = fromStd(entry.get_ref<const std::string &>());
        // Skipped as readStringList() skips them (it reported them).
        const bool control = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
            const QChar::Category category = c.category();
            return category == QChar::Other_Control || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph;
        });
        if (name.trimmed().isEmpty() || control)
            continue;
        names.append(name);
        m_sourceServerIndexes.append(static_cast<int>(i));
    }
    return names;
}

// A server's ExternalDNSServers: a list of IP addresses in their written form
// (TransportServer::parseDnsServerAddress). An entry that is no address is reported and left out;
// whether an address may serve (not 0.0.0.0, IPv6 only from 2007 SP1, listed once) is
// OrganizationValidator's to judge, at the entry's place in the file.
QList<QHostAddress> FileReader::readDnsServers(const Json &value, const QString &path)
{
    QList<QHostAddress> addresses;
    if (!value.is_array()) {
        typeError(path, value, OrganizationFile::tr("a list of IP addresses in quotes, such as [\"192.168.1.53\"]"));
        return addresses;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString entryPath = JsonLocator::child(path, static_cast<int>(i));
        const Json &entry = value.at(i);
        if (!entry.is_string()) {
            typeError(entryPath, entry, OrganizationFile::tr("an IP address in quotes"));
            continue;
        }
        const QString text = fromStd(entry.get_ref<const std::string &>()).trimmed();
        if (text.isEmpty()) {
            error("File.InvalidValue", entryPath,
                  OrganizationFile::tr("%1 is empty. Remove the entry, or give the IP address of a DNS server, "
                                       "such as 192.168.1.53.")
                      .arg(label(entryPath)));
            continue;
        }
        const std::optional<QHostAddress> address = TransportServer::parseDnsServerAddress(text);
        if (!address) {
            const qsizetype percent = text.indexOf(QLatin1Char('%'));
            if (percent > 0 && TransportServer::parseDnsServerAddress(text.left(percent))) {
                error("File.InvalidValue", entryPath,
                      OrganizationFile::tr("%1: \"%2\" has a zone suffix (%3), which names a network interface of "
                                           "one machine. Give the DNS server's address without it: %4.")
                          .arg(label(entryPath), text, text.mid(percent), text.left(percent)));
            } else {
                error("File.InvalidValue", entryPath,
                      OrganizationFile::tr("%1: \"%2\" is not an IP address. Give IPv4 or IPv6 addresses, such as "
                                           "192.168.1.53.")
                          .arg(label(entryPath), text));
            }
            continue;
        }
        // Servers keep their file index in memory; an entry moves up when one before it was left out.
        mapPath(JsonLocator::child(path, static_cast<int>(addresses.size())), entryPath);
        addresses.append(*address);
    }
    return addresses;
}

QString FileReader::filePath(const QString &memoryPath) const
{
    // Prefix by prefix: "/SendConnectors/3" may stand at "/SendConnectors/4" when an entry
    // before it was not an object, and its source server 1 at index 2.
    QString memory;
    QString file;
    const QStringList tokens = memoryPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        memory += QLatin1Char('/') + token;
        const auto known = m_filePaths.constFind(memory);
        file = known != m_filePaths.cend() ? *known : file + QLatin1Char('/') + token;
    }
    return file;
}

// A validator message that names another entry by its path in memory ("the Send connector at
// /SendConnectors/0") names it by its path and line in the file.
QString FileReader::locatedMessage(const QString &message) const
{
    static const QRegularExpression memoryPath(QStringLiteral("(?<=\\s)/(?:SendConnectors|Servers|Sites|AcceptedDomains)/[0-9][^\\s\"]*"));
    QString located = message;
    QRegularExpressionMatchIterator it = memoryPath.globalMatch(message);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next()); // replaced from the end, so that earlier offsets stay valid
    for (const QRegularExpressionMatch &match : std::as_const(matches)) {
        const QString path = filePath(match.captured());
        const JsonLocator::Position position = locator().nearestValue(path);
        located.replace(match.capturedStart(), match.capturedLength(),
                        OrganizationFile::tr("%1 (line %2)").arg(path, QString::number(position.line)));
    }
    return located;
}

// The organization's rules (OrganizationValidator), located in the file.
void FileReader::applyRules(const Organization &organization)
{
    // The paths already reported while reading: a rule that fails only because a value was
    // refused (and so left out) would repeat the same fault in other words. Sorted, so that the
    // paths at or below a given path are found by binary search.
    QStringList reported;
    for (const Problem &problem : std::as_const(m_problems)) {
        if (problem.isError())
            reported.append(problem.parameter);
    }
    reported += m_incomplete;
    std::sort(reported.begin(), reported.end());
    const auto isReported = [&reported](const QString &path) {
        return std::binary_search(reported.cbegin(), reported.cend(), path);
    };
    const auto overlapsReported = [&](const QString &path) {
        // At or below the path.
        const QString below = path + QLatin1Char('/');
        const auto from = std::lower_bound(reported.cbegin(), reported.cend(), path);
        const auto under = std::lower_bound(reported.cbegin(), reported.cend(), below);
        if ((from != reported.cend() && *from == path) || (under != reported.cend() && under->startsWith(below)))
            return true;
        // Above it.
        for (QString ancestor = JsonLocator::parent(path); !ancestor.isEmpty(); ancestor = JsonLocator::parent(ancestor)) {
            if (isReported(ancestor))
                return true;
        }
        return false;
    };

    const QString connectorsKey = QString::fromLatin1(Keys::SendConnectors);
    const QString edgeAdministrators = JsonLocator::child(
        JsonLocator::child(QString(), QString::fromLatin1(Keys::RoleAssignments)), QString::fromLatin1(Keys::EdgeAdministrators));
    // Address spaces were each parsed here, with the organization's version, and kept only when valid.
    for (const Problem &problem :
         OrganizationValidator::validate(organization, ConnectorContext::AddressSpaceEntries::ParsedByCaller)) {
        const QString path = filePath(problem.parameter);
        // A problem of a connector as a whole (where it stands) is not a repetition.
        const bool wholeConnector = JsonLocator::parent(path).endsWith(QLatin1Char('/') + connectorsKey);
        if (!wholeConnector && overlapsReported(path))
            continue;
        // An EdgeAdministrators entry is about its key, the server's name.
        const At at = JsonLocator::parent(path) == edgeAdministrators ? At::Key : At::Value;
        report(problem.severity, problem.code, path, locatedMessage(problem.message), at);
    }
}

// The offset of the first '[' or '{' nested deeper than OrganizationFile::MaximumNesting, or -1.
// nlohmann::json parses any depth, but copies and prints nested values recursively.
qsizetype tooDeepAt(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > OrganizationFile::MaximumNesting)
                return i;
        } else if (c == ']' || c == '}') {
            --depth; // unbalanced text is the parser's to report
        }
    }
    return -1;
}

// The problem of a file nested deeper than an organization file ever is, at the first list or
// object too deep; nothing when it is not. Judged before the syntax: a damaged file of another
// kind is named as such rather than by its first syntax error.
// `known`: the parser found it too deep (the scan agrees with the parser on text that parses).
std::optional<Problem> tooDeepProblem(const QByteArray &bytes, bool known = false)
{
    const qsizetype deep = tooDeepAt(bytes);
    if (deep < 0 && !known)
        return std::nullopt;
    const JsonLocator::Position position = JsonLocator(bytes).positionOfOffset(std::max<qsizetype>(0, deep));
    Problem problem = Problem::error(
        QStringLiteral("File.TooDeep"), QString(),
        OrganizationFile::tr("Lists and objects are nested more than %1 levels deep here; an organization file nests at most "
           "6. This is not an organization file, or it is damaged.")
            .arg(OrganizationFile::MaximumNesting));
    problem.line = position.line;
    problem.column = position.column;
    return problem;
}

} // namespace

Parsed<Organization> OrganizationReader::read(const QByteArray &bytes)
{
    Parsed<Organization> result;
    // The nesting is counted while parsing (DomBuilder); the text is scanned for where it is too
    // deep only when the parse stops, so that a file that parses costs no second pass.
    const auto tooDeep = [&bytes, &result] {
        const std::optional<Problem> problem = tooDeepProblem(bytes);
        if (problem)
            result.problems.append(*problem);
        return problem.has_value();
    };
    Json root;
    bool repeatsAKey = false;
    try {
        DomBuilder builder(root);
        Json::sax_parse(bytes.cbegin(), bytes.cend(), &builder);
        repeatsAKey = builder.repeatsAKey();
        if (builder.tooDeep()) {
            result.problems.append(*tooDeepProblem(bytes, true));
            return result;
        }
    } catch (const Json::parse_error &e) {
        if (tooDeep())
            return result;
        const JsonLocator locator(bytes);
        // parse_error::byte is 1-based and points at the character that could not be read.
        const qsizetype offset = static_cast<qsizetype>(e.byte) - 1;
        JsonLocator::Position position = locator.positionOfOffset(offset);
        QString message;
        // UTF-16 and UTF-32 (what some Windows editors save) start with a byte order mark or, for
        // JSON's ASCII first character, with a zero byte among the first four.
        const bool otherEncoding = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
                                || bytes.left(4).contains('\0');
        if (otherEncoding) {
            message = OrganizationFile::tr("The file is not UTF-8 text: it looks like UTF-16 or UTF-32 (Unicode, as some Windows "
                         "editors save it). Save it again as UTF-8.");
            position = JsonLocator::Position{1, 1};
        } else if (bytes.trimmed().isEmpty() || (bytes.startsWith("\xEF\xBB\xBF") && bytes.mid(3).trimmed().isEmpty())) {
            message = OrganizationFile::tr("The file is empty. An organization file holds one JSON object; "
                         "start from the sample organization.");
        } else if (offset >= bytes.size()) {
            message = OrganizationFile::tr("The file ends too early. It is cut short, or a closing brace, "
                         "bracket or quote is missing.");
        } else {
            // The parser's own words (English) say what it expected; they follow the translated part.
            QString detail = QString::fromUtf8(e.what());
            const qsizetype dash = detail.indexOf(QLatin1String(" - "));
            if (dash >= 0)
                detail = detail.mid(dash + 3);
            const qsizetype lastRead = detail.indexOf(QLatin1String("; last read:"));
            if (lastRead >= 0)
                detail = detail.left(lastRead);
            message = OrganizationFile::tr("This is not valid JSON (%1). Look for a missing comma, quote, "
                         "brace or bracket at or just before this point.")
                          .arg(detail);
        }
        Problem problem = Problem::error(QStringLiteral("File.Syntax"), QString(), message);
        problem.line = position.line;
        problem.column = position.column;
        result.problems.append(problem);
        return result;
    } catch (const Json::exception &e) {
        if (tooDeep())
            return result;
        // A number too large for a double ("1e999"): nlohmann names it but gives no position.
        const QString what = QString::fromUtf8(e.what());
        const qsizetype open = what.indexOf(QLatin1Char('\''));
        const qsizetype close = what.lastIndexOf(QLatin1Char('\''));
        const QByteArray token = open >= 0 && close > open ? what.mid(open + 1, close - open - 1).toUtf8() : QByteArray();
        const JsonLocator locator(bytes);
        const JsonLocator::Position position =
            locator.positionOfOffset(token.isEmpty() ? 0 : std::max<qsizetype>(0, bytes.indexOf(token)));
        Problem problem = Problem::error(
            QStringLiteral("File.Syntax"), QString(),
            OrganizationFile::tr("The number %1 is too large to be read. Use a number within the range the "
               "key allows.")
                .arg(QString::fromUtf8(token)));
        problem.line = position.line;
        problem.column = position.column;
        result.problems.append(problem);
        return result;
    }

    FileReader reader(bytes);
    Organization organization;
    reader.read(std::move(root), repeatsAKey, organization);
    result.problems = reader.takeProblems();
    if (!hasErrors(result.problems))
        result.value = std::move(organization);
    return result;
}
