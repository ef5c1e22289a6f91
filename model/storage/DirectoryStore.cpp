#include "DirectoryStore.h"

#include "DirectoryLogins.h"
#include "OrganizationEntries.h"
#include "OrganizationFile.h"
#include "OrganizationStore.h"
#include "OrganizationValidator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <atomic>

namespace {

std::atomic<bool> contextCsnUsed{true};
const QByteArray EntryCsn("entryCSN");
const QByteArray ContextCsn("contextCSN");

// The server id of a CSN ("20261201093000.123456Z#000000#001#000000": the third field).
QByteArray serverIdOf(const QByteArray &csn)
{
    const QList<QByteArray> parts = csn.split('#');
    return parts.size() >= 3 ? parts.at(2) : QByteArray();
}

QByteArray versionOf(QList<QByteArray> csns)
{
    std::sort(csns.begin(), csns.end());
    return csns.join(' ');
}

QList<QByteArray> csnsOf(const QByteArray &version)
{
    return version.isEmpty() ? QList<QByteArray>() : version.split(' ');
}

// One directory operation of a change, and how to take it back.
struct Operation
{
    enum class Kind { Add, Modify, Delete, Rename };
    Kind kind = Kind::Add;
    LdapEntry entry;                      // Add: the entry; Delete: the entry as it was (to restore it)
    QList<LdapModification> modifications; // Modify
    QList<LdapModification> restore;       // Modify: the values before
    QByteArray assertion;                  // Modify, Delete, Rename: "(entryCSN=…)" as read
    QByteArray newDn;                      // Rename: entry.dn becomes newDn (same parent)
};

// The modifications that turn `previous`'s attributes into `entry`'s (only the changed ones),
// and those that take them back; `skip` is left alone.
void difference(const LdapEntry &previous, const LdapEntry &entry, Operation &modify, const QByteArray &skip = QByteArray())
{
    QSet<QByteArray> names;
    for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it)
        names.insert(it.key());
    for (auto it = previous.attributes.cbegin(); it != previous.attributes.cend(); ++it)
        names.insert(it.key());
    QList<QByteArray> sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const QByteArray &name : sorted) {
        if (name == skip)
            continue;
        const QList<QByteArray> now = entry.attributes.value(name);
        const QList<QByteArray> then = previous.attributes.value(name);
        if (now == then)
            continue;
        // Replace with no values removes the attribute, and is no error when it is absent.
        modify.modifications.append(LdapModification{LdapModification::Operation::Replace, name, now});
        modify.restore.append(LdapModification{LdapModification::Operation::Replace, name, then});
    }
}

int depthOf(const QByteArray &dn)
{
    int depth = 0;
    QByteArray parent = dn;
    while (!parent.isEmpty()) {
        parent = LdapConnection::parentDn(parent);
        ++depth;
    }
    return depth;
}

} // namespace

struct DirectoryStore::Private
{
    QString display;
    QMutex mutex; // guards everything below
    LdapConnection connection;
    QByteArray namingContext; // the naming context holding the base DN (where contextCSN is)
    std::optional<Organization> organization;
    Problems warnings;
    QByteArray version;
    QHash<QByteArray, QByteArray> csns; // normalized DN -> entryCSN, of the entries read or written
    int reads = 0;
    bool lastModifyRead = false;

    void forget()
    {
        organization.reset();
        warnings.clear();
        version.clear();
        csns.clear();
    }

    Problem problem(const QString &code, const LdapError &error) const
    {
        return Problem::error(code, display, error.message);
    }

    Problem failure(const LdapError &error) const
    {
        if (error.isBindRefused())
            return problem(QStringLiteral("Directory.BindRefused"), error);
        if (error.isUnreachable())
            return problem(QStringLiteral("Directory.Unreachable"), error);
        if (error.isAccessDenied())
            return problem(QStringLiteral("Directory.AccessDenied"), error);
        return problem(QStringLiteral("Directory.WriteFailed"), error);
    }

    bool open(const OrganizationLocation &location, LdapError *error)
    {
        if (connection.isOpen())
            return true;
        namingContext.clear();
        LdapCredentials credentials = DirectoryLogins::credentials(location);
        return connection.open(location, credentials, LdapConnection::Options(), error);
    }

    // Runs `work` on an open connection; when the server stops answering, opens the location
    // again (the next server that answers: failover) and runs it once more.
    template <typename Work>
    bool run(const OrganizationLocation &location, LdapError *error, Work work)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!open(location, error))
                return false;
            if (work(error))
                return true;
            if (!error->isUnreachable())
                return false;
            connection.close();
        }
        return false;
    }

    // The naming context holding `baseDn`, where the directory keeps its contextCSN.
    QByteArray findNamingContext(const QByteArray &baseDn, LdapError *error)
    {
        if (!namingContext.isEmpty())
            return namingContext;
        const std::optional<QList<LdapEntry>> root =
            connection.search(QByteArray(), LdapConnection::Scope::Base, "(objectClass=*)", {"namingContexts"}, error);
        if (!root)
            return QByteArray();
        const QByteArray base = LdapConnection::normalizedDn(baseDn);
        QByteArray best;
        for (const LdapEntry &entry : *root) {
            for (const QByteArray &context : entry.values("namingContexts")) {
                const QByteArray normalized = LdapConnection::normalizedDn(context);
                if ((base == normalized || base.endsWith(QByteArray(',' + normalized))) && context.size() > best.size())
                    best = context;
            }
        }
        namingContext = best.isEmpty() ? baseDn : best;
        return namingContext;
    }

    // The directory's version now: its contextCSN values (one per provider), which change with
    // every change anyone makes, deletions included (docs/ldap-directory.md#live-view).
    std::optional<QByteArray> readVersion(const QByteArray &baseDn, LdapError *error)
    {
        const QByteArray context = findNamingContext(baseDn, error);
        if (context.isEmpty())
            return std::nullopt;
        const std::optional<QList<LdapEntry>> found =
            connection.search(context, LdapConnection::Scope::Base, "(objectClass=*)", {ContextCsn}, error);
        if (!found)
            return std::nullopt;
        const QList<QByteArray> csns = found->isEmpty() ? QList<QByteArray>() : found->first().values(ContextCsn);
        if (!csns.isEmpty() && contextCsnUsed.load())
            return versionOf(csns);
        // A server without the syncprov overlay keeps no contextCSN: the version is then every
        // entry's entryCSN (or modifyTimestamp) below the base DN, hashed, which changes with any
        // change, deletions included. It costs a search of every entry's DN and stamp.
        const std::optional<QList<LdapEntry>> stamps = connection.search(
            baseDn, LdapConnection::Scope::Subtree, "(objectClass=*)", {EntryCsn, "modifyTimestamp"}, error);
        if (!stamps)
            return std::nullopt;
        QList<QByteArray> lines;
        lines.reserve(stamps->size());
        for (const LdapEntry &entry : *stamps) {
            const QList<QByteArray> csn = entry.values(EntryCsn);
            lines.append(LdapConnection::normalizedDn(entry.dn) + '='
                         + (csn.isEmpty() ? entry.values("modifyTimestamp").value(0) : csn.first()));
        }
        std::sort(lines.begin(), lines.end());
        return "entries:" + QByteArray::number(lines.size()) + ':'
             + QCryptographicHash::hash(lines.join('\n'), QCryptographicHash::Sha256).toHex();
    }

    Parsed<Organization> current(const OrganizationLocation &location);
    std::optional<Problems> write(const Organization &organization, const std::optional<ConnectorChange> &touched,
                                  const QList<Operation> &operations, int attempt, const QByteArray &baseDn);
};

DirectoryStore::DirectoryStore(OrganizationLocation location, QString display)
    : d(std::make_unique<Private>())
    , m_location(std::move(location))
{
    d->display = std::move(display);
}

DirectoryStore::~DirectoryStore() = default;

void DirectoryStore::setContextCsnUsed(bool used)
{
    contextCsnUsed.store(used);
}

QByteArray DirectoryStore::version() const
{
    const QMutexLocker locker(&d->mutex);
    return d->version;
}

int DirectoryStore::reads() const
{
    const QMutexLocker locker(&d->mutex);
    return d->reads;
}

bool DirectoryStore::lastModifyRead() const
{
    const QMutexLocker locker(&d->mutex);
    return d->lastModifyRead;
}

Parsed<QByteArray> DirectoryStore::currentVersion() const
{
    const QMutexLocker locker(&d->mutex);
    Parsed<QByteArray> result;
    LdapError error;
    std::optional<QByteArray> version;
    if (!d->run(m_location, &error, [&](LdapError *e) {
            version = d->readVersion(m_location.baseDn().toUtf8(), e);
            return version.has_value();
        })) {
        result.problems.append(d->failure(error));
        return result;
    }
    result.value = *version;
    return result;
}

// The organization as the directory holds it now: the one in memory while the directory's
// version is the one it was read at, else searched and read again. Called with the mutex held.
Parsed<Organization> DirectoryStore::Private::current(const OrganizationLocation &location)
{
    Private &d = *this;
    Parsed<Organization> result;
    const QByteArray baseDn = location.baseDn().toUtf8();
    LdapError error;
    QList<LdapEntry> entries;
    QByteArray version;
    QByteArray organizationDn;
    bool cached = false;
    Problems problems;
    const bool ok = d.run(location, &error, [&](LdapError *e) {
        const std::optional<QByteArray> now = d.readVersion(baseDn, e);
        if (!now)
            return false;
        if (d.organization && !now->isEmpty() && *now == d.version) {
            cached = true;
            return true;
        }
        version = *now;
        const std::optional<QList<LdapEntry>> tops = d.connection.search(
            baseDn, LdapConnection::Scope::OneLevel, "(objectClass=sccOrganization)", {"o"}, e);
        if (!tops)
            return false;
        if (tops->isEmpty()) {
            problems.append(Problem::error(
                QStringLiteral("Directory.NoOrganization"), d.display,
                DirectoryStore::tr("The directory holds no organization below %1. Import one there with "
                                   "Import-Organization, or check the base DN.")
                    .arg(QString::fromUtf8(baseDn))));
            return true;
        }
        if (tops->size() > 1) {
            QStringList names;
            for (const LdapEntry &top : *tops)
                names.append(QString::fromUtf8(top.dn));
            problems.append(Problem::error(
                QStringLiteral("Directory.SeveralOrganizations"), d.display,
                DirectoryStore::tr("The directory holds %n organizations below %1 (%2); give the base DN of one "
                                   "that holds only one.",
                                   nullptr, int(tops->size()))
                    .arg(QString::fromUtf8(baseDn), names.join(QStringLiteral("; ")))));
            return true;
        }
        organizationDn = tops->first().dn;
        std::optional<QList<LdapEntry>> found = d.connection.search(
            organizationDn, LdapConnection::Scope::Subtree, "(objectClass=*)", {"*", EntryCsn}, e);
        if (!found)
            return false;
        entries = std::move(*found);
        return true;
    });
    if (!ok) {
        d.forget();
        result.problems.append(d.failure(error));
        return result;
    }
    if (cached) {
        result.value = *d.organization;
        result.problems = d.warnings;
        return result;
    }
    d.forget();
    if (!problems.isEmpty()) {
        result.problems = problems;
        return result;
    }
    ++d.reads;
    if (entries.size() > DirectoryStore::MaximumEntries) {
        result.problems.append(Problem::error(
            QStringLiteral("Directory.TooLarge"), d.display,
            DirectoryStore::tr("The organization at %1 has %2 entries, far more than any organization (the "
                               "limit is %3), so it was not read. Check the base DN.")
                .arg(QString::fromUtf8(organizationDn))
                .arg(entries.size())
                .arg(DirectoryStore::MaximumEntries)));
        return result;
    }
    result = OrganizationEntries::fromEntries(entries, organizationDn);
    if (result.ok()) {
        d.organization = *result.value;
        d.warnings = result.problems;
        d.version = version;
        for (const LdapEntry &entry : entries) {
            const QList<QByteArray> csn = entry.values(EntryCsn);
            if (!csn.isEmpty())
                d.csns.insert(LdapConnection::normalizedDn(entry.dn), csn.first());
        }
    }
    return result;
}

Parsed<Organization> DirectoryStore::load() const
{
    const QMutexLocker locker(&d->mutex);
    return d->current(m_location);
}

namespace {

// The directory operations that turn `before` into `after` (both OrganizationEntries::toEntries):
// adds parents first, modifies of the changed attributes only, deletes children first.
QList<Operation> operationsFor(const QList<LdapEntry> &before, const QList<LdapEntry> &after,
                               const QHash<QByteArray, QByteArray> &csns)
{
    QHash<QByteArray, const LdapEntry *> old;
    for (const LdapEntry &entry : before)
        old.insert(LdapConnection::normalizedDn(entry.dn), &entry);
    QSet<QByteArray> kept;
    QList<Operation> adds, modifies, deletes;
    const auto assertion = [&csns](const QByteArray &key) {
        const QByteArray csn = csns.value(key);
        return csn.isEmpty() ? QByteArray() : LdapConnection::equalityAssertion(EntryCsn, {csn});
    };
    for (const LdapEntry &entry : after) {
        const QByteArray key = LdapConnection::normalizedDn(entry.dn);
        const LdapEntry *previous = old.value(key);
        if (!previous) {
            Operation add;
            add.kind = Operation::Kind::Add;
            add.entry = entry;
            adds.append(add);
            continue;
        }
        kept.insert(key);
        Operation modify;
        modify.kind = Operation::Kind::Modify;
        modify.entry.dn = previous->dn;
        difference(*previous, entry, modify);
        if (!modify.modifications.isEmpty()) {
            modify.assertion = assertion(key);
            modifies.append(modify);
        }
    }
    for (const LdapEntry &entry : before) {
        const QByteArray key = LdapConnection::normalizedDn(entry.dn);
        if (kept.contains(key))
            continue;
        Operation remove;
        remove.kind = Operation::Kind::Delete;
        remove.entry = entry;
        remove.assertion = assertion(key);
        deletes.append(remove);
    }
    // One entry gone and one come in the same container, of the same class: a rename (a
    // connector's new name). Renamed in place (modrdn), so that it keeps its place in the list
    // a search gives back, and then changed like any other.
    QList<Operation> renames;
    for (qsizetype i = 0; i < deletes.size(); ++i) {
        const QByteArray parent = LdapConnection::normalizedDn(LdapConnection::parentDn(deletes.at(i).entry.dn));
        const auto sameParent = [&parent](const Operation &operation) {
            return LdapConnection::normalizedDn(LdapConnection::parentDn(operation.entry.dn)) == parent;
        };
        if (std::count_if(deletes.cbegin(), deletes.cend(), sameParent) != 1
            || std::count_if(adds.cbegin(), adds.cend(), sameParent) != 1)
            continue;
        const auto added = std::find_if(adds.begin(), adds.end(), sameParent);
        if (added->entry.attributes.value("objectClass") != deletes.at(i).entry.attributes.value("objectClass"))
            continue;
        Operation rename;
        rename.kind = Operation::Kind::Rename;
        rename.entry = deletes.at(i).entry;
        rename.newDn = added->entry.dn;
        rename.assertion = deletes.at(i).assertion;
        Operation modify;
        modify.kind = Operation::Kind::Modify;
        modify.entry.dn = added->entry.dn;
        difference(deletes.at(i).entry, added->entry, modify, "cn");
        renames.append(rename);
        if (!modify.modifications.isEmpty())
            renames.append(modify);
        adds.erase(added);
        deletes.removeAt(i);
        --i;
    }
    std::stable_sort(deletes.begin(), deletes.end(), [](const Operation &a, const Operation &b) {
        return depthOf(a.entry.dn) > depthOf(b.entry.dn);
    });
    return renames + adds + modifies + deletes;
}

// The operations of a change that names its connector (`touched`) and changes nothing else: that
// connector's entry added, changed (renamed in place first when its name changed) or deleted.
// nullopt when anything else differs too: then the whole organization is compared.
std::optional<QList<Operation>> connectorOperations(const Organization &original, const Organization &organization,
                                                    const ConnectorChange &touched, const QByteArray &baseDn,
                                                    const QHash<QByteArray, QByteArray> &csns)
{
    Organization rest = original;
    Organization changedRest = organization;
    QList<SendConnector> *before = rest.mutableConnectorsFor(touched.side);
    QList<SendConnector> *after = changedRest.mutableConnectorsFor(touched.side);
    if (!before || !after)
        return std::nullopt;
    const auto inRange = [&touched](const QList<SendConnector> *list) {
        return touched.index >= 0 && touched.index < list->size();
    };
    std::optional<SendConnector> old;
    std::optional<SendConnector> now;
    if (touched.kind != ConnectorChange::Kind::Added) {
        if (!inRange(before))
            return std::nullopt;
        old = before->takeAt(touched.index);
    }
    if (touched.kind != ConnectorChange::Kind::Removed) {
        if (!inRange(after))
            return std::nullopt;
        now = after->takeAt(touched.index);
    }
    if (!(rest == changedRest))
        return std::nullopt;

    const auto assertion = [&csns](const QByteArray &dn) {
        const QByteArray csn = csns.value(LdapConnection::normalizedDn(dn));
        return csn.isEmpty() ? QByteArray() : LdapConnection::equalityAssertion(EntryCsn, {csn});
    };
    QList<Operation> operations;
    const std::optional<LdapEntry> oldEntry =
        old ? std::optional<LdapEntry>(OrganizationEntries::connectorEntry(original, touched.side, *old, baseDn)) : std::nullopt;
    const std::optional<LdapEntry> newEntry =
        now ? std::optional<LdapEntry>(OrganizationEntries::connectorEntry(organization, touched.side, *now, baseDn))
            : std::nullopt;
    if (!oldEntry) {
        Operation add;
        add.kind = Operation::Kind::Add;
        add.entry = *newEntry;
        operations.append(add);
    } else if (!newEntry) {
        Operation remove;
        remove.kind = Operation::Kind::Delete;
        remove.entry = *oldEntry;
        remove.assertion = assertion(oldEntry->dn);
        operations.append(remove);
    } else {
        const bool renamed = LdapConnection::normalizedDn(oldEntry->dn) != LdapConnection::normalizedDn(newEntry->dn);
        Operation modify;
        modify.kind = Operation::Kind::Modify;
        modify.entry.dn = newEntry->dn;
        if (renamed) {
            Operation rename;
            rename.kind = Operation::Kind::Rename;
            rename.entry = *oldEntry;
            rename.newDn = newEntry->dn;
            rename.assertion = assertion(oldEntry->dn);
            operations.append(rename);
            difference(*oldEntry, *newEntry, modify, "cn");
        } else {
            difference(*oldEntry, *newEntry, modify);
            modify.assertion = assertion(oldEntry->dn);
        }
        if (!modify.modifications.isEmpty())
            operations.append(modify);
    }
    return operations;
}

bool apply(LdapConnection &connection, const Operation &operation, LdapError *error)
{
    switch (operation.kind) {
    case Operation::Kind::Add:
        return connection.add(operation.entry, error);
    case Operation::Kind::Modify:
        return connection.modify(operation.entry.dn, operation.modifications, operation.assertion, error);
    case Operation::Kind::Delete:
        return connection.remove(operation.entry.dn, operation.assertion, error);
    case Operation::Kind::Rename:
        return connection.rename(operation.entry.dn, LdapConnection::rdnOf(operation.newDn), operation.assertion, error);
    }
    return false;
}

// Takes back what `done` did, newest first, so that a change stopped half-way leaves the
// directory as it was. Best effort: it asserts nothing (these entries are the ones just written).
void takeBack(LdapConnection &connection, const QList<Operation> &done)
{
    for (auto it = done.crbegin(); it != done.crend(); ++it) {
        LdapError ignored;
        switch (it->kind) {
        case Operation::Kind::Add:
            connection.remove(it->entry.dn, QByteArray(), &ignored);
            break;
        case Operation::Kind::Modify:
            connection.modify(it->entry.dn, it->restore, QByteArray(), &ignored);
            break;
        case Operation::Kind::Delete:
            connection.add(it->entry, &ignored);
            break;
        case Operation::Kind::Rename:
            connection.rename(it->newDn, LdapConnection::rdnOf(it->entry.dn), QByteArray(), &ignored);
            break;
        }
    }
}

} // namespace

// Applies `operations`, taking back what was done when one fails. Returns nullopt when an entry
// changed meanwhile (the caller applies the change again, up to MaximumAttempts), the problems
// when the directory refused, or nothing when written; then keeps `organization` in memory when
// it knows it is what the directory now holds.
std::optional<Problems> DirectoryStore::Private::write(const Organization &organization,
                                                       const std::optional<ConnectorChange> &touched,
                                                       const QList<Operation> &operations, int attempt,
                                                       const QByteArray &baseDn)
{
    Private *d = this;
    QList<Operation> done;
    LdapError error;
    bool failed = false;
    for (const Operation &operation : operations) {
        if (!apply(d->connection, operation, &error)) {
            failed = true;
            break;
        }
        done.append(operation);
    }
    if (failed) {
        takeBack(d->connection, done);
        d->forget();
        if (error.isChangedMeanwhile() || error.isAlreadyExists() || error.isNoSuchObject()) {
            // Someone changed these entries since they were read: apply the change again to
            // the organization as it is now, where the operations layer sees the conflict.
            if (attempt < MaximumAttempts)
                return std::nullopt;
            return Problems{Problem::error(
                QStringLiteral("Directory.ChangedMeanwhile"), d->display,
                tr("The organization in the directory kept changing while this change was being saved (%1), "
                   "so nothing was changed. Try again.")
                    .arg(error.message))};
        }
        if (error.isUnreachable())
            d->connection.close();
        return Problems{d->failure(error)};
    }
    // What was written is what is known now, when nobody else wrote meanwhile: the entries
    // written carry our CSN, and every other provider's contextCSN is as it was.
    const QByteArray previousVersion = d->version;
    QList<QByteArray> written;
    QHash<QByteArray, QByteArray> newCsns;
    LdapError readError;
    bool known = !previousVersion.isEmpty();
    for (const Operation &operation : done) {
        if (!known || operation.kind == Operation::Kind::Delete)
            continue;
        const QByteArray dn = operation.kind == Operation::Kind::Rename ? operation.newDn : operation.entry.dn;
        const std::optional<QList<LdapEntry>> read = d->connection.search(
            dn, LdapConnection::Scope::Base, "(objectClass=*)", {EntryCsn}, &readError);
        if (!read || read->isEmpty() || read->first().values(EntryCsn).isEmpty()) {
            known = false;
            break;
        }
        const QByteArray csn = read->first().values(EntryCsn).first();
        newCsns.insert(LdapConnection::normalizedDn(dn), csn);
        written.append(csn);
    }
    const std::optional<QByteArray> now = known ? d->readVersion(baseDn, &readError) : std::nullopt;
    if (known && now && !written.isEmpty()) {
        const QByteArray newest = *std::max_element(written.cbegin(), written.cend());
        const QByteArray ours = serverIdOf(newest);
        const QList<QByteArray> before = csnsOf(previousVersion);
        for (const QByteArray &csn : csnsOf(*now)) {
            if (before.contains(csn))
                continue;
            if (serverIdOf(csn) != ours || csn != newest)
                known = false;
        }
    } else {
        known = false;
    }
    // The organization in memory must be what a fresh read gives: only a change that names
    // its connector, which reads back as it is, is kept (as the file store keeps it).
    known = known && touched && operations.size() <= 2 && OrganizationFile::readsBackAsWritten(organization, *touched);
    if (known) {
        d->organization = organization;
        d->version = *now;
        for (const Operation &operation : done) {
            if (operation.kind == Operation::Kind::Delete || operation.kind == Operation::Kind::Rename)
                d->csns.remove(LdapConnection::normalizedDn(operation.entry.dn));
        }
        for (auto it = newCsns.cbegin(); it != newCsns.cend(); ++it)
            d->csns.insert(it.key(), it.value());
    } else {
        d->forget();
    }
return Problems();
}

Parsed<Organization> DirectoryStore::modifyConnectors(const ConnectorChangeFunction &change) const
{
    const QMutexLocker locker(&d->mutex);
    d->lastModifyRead = false;
    const QByteArray baseDn = m_location.baseDn().toUtf8();
    Parsed<Organization> result;
    for (int attempt = 1; attempt <= MaximumAttempts; ++attempt) {
        const int readsBefore = d->reads;
        Parsed<Organization> parsed = d->current(m_location);
        d->lastModifyRead = d->lastModifyRead || d->reads != readsBefore;
        if (!parsed.ok()) {
            result.problems = parsed.problems;
            return result;
        }
        const Organization original = std::move(*parsed.value);
        OrganizationStore::AppliedChange applied = OrganizationStore::applyChange(original, change);
        if (!applied.ok()) {
            result.problems = applied.errors();
            return result;
        }
        Organization &organization = applied.organization;
        const std::optional<ConnectorChange> &touched = applied.touched;
        const Problems &checked = applied.checked;
        if (organization == original) {
            result.value = std::move(organization);
            result.problems = applied.warnings();
            return result;
        }

        // A change that names its connector, and changed nothing else, is that connector's entry
        // alone: compared without writing out the whole organization (docs/performance.md).
        std::optional<QList<Operation>> single =
            touched ? connectorOperations(original, organization, *touched, baseDn, d->csns) : std::nullopt;
        if (single) {
            const std::optional<Problems> outcome = d->write(organization, touched, *single, attempt, baseDn);
            if (!outcome)
                continue;
            if (hasErrors(*outcome)) {
                result.problems = *outcome;
                return result;
            }
            d->warnings = d->organization ? warningsOnly(checked) : Problems();
            result.value = std::move(organization);
            result.problems = applied.warnings();
            return result;
        }
        const QList<LdapEntry> after = OrganizationEntries::toEntries(organization, baseDn);
        // A new organization name renames the organization entry with everything below it
        // (one modrdn); the rest is then compared below the new name.
        QList<Operation> operations;
        Organization renamedOriginal = original;
        const QByteArray oldDn = OrganizationEntries::organizationDn(original.name, baseDn);
        const QByteArray newDn = OrganizationEntries::organizationDn(organization.name, baseDn);
        if (LdapConnection::normalizedDn(oldDn) != LdapConnection::normalizedDn(newDn)) {
            Operation rename;
            rename.kind = Operation::Kind::Rename;
            rename.entry.dn = oldDn;
            rename.newDn = newDn;
            rename.assertion = d->csns.contains(LdapConnection::normalizedDn(oldDn))
                ? LdapConnection::equalityAssertion(EntryCsn, {d->csns.value(LdapConnection::normalizedDn(oldDn))})
                : QByteArray();
            operations.append(rename);
            renamedOriginal.name = organization.name;
        }
        operations += operationsFor(OrganizationEntries::toEntries(renamedOriginal, baseDn), after, d->csns);
        const std::optional<Problems> outcome = d->write(organization, touched, operations, attempt, baseDn);
        if (!outcome)
            continue; // changed meanwhile: again, on the organization as it is now
        if (hasErrors(*outcome)) {
            result.problems = *outcome;
            return result;
        }
        d->warnings = d->organization ? warningsOnly(checked) : Problems();
        result.value = std::move(organization);
        result.problems = applied.warnings();
        return result;
    }
    return result;
}

Problems DirectoryStore::importOrganization(const OrganizationLocation &location, const QString &display,
                                            const Organization &organization)
{
    const Problems checked = OrganizationValidator::validate(organization);
    if (hasErrors(checked))
        return errorsOnly(checked);
    Private d;
    d.display = display;
    const QByteArray baseDn = location.baseDn().toUtf8();
    LdapError error;
    Problems refused;
    const bool ok = d.run(location, &error, [&](LdapError *e) {
        const std::optional<QList<LdapEntry>> base =
            d.connection.search(baseDn, LdapConnection::Scope::Base, "(objectClass=*)", {"1.1"}, e);
        if (!base) {
            if (e->isNoSuchObject()) {
                refused.append(Problem::error(
                    QStringLiteral("Directory.NoBase"), display,
                    tr("The base DN %1 does not exist in the directory. Ask its administrator for the entry the "
                       "organization goes below (for example dc=contoso,dc=com).")
                        .arg(QString::fromUtf8(baseDn))));
                return true;
            }
            return false;
        }
        const std::optional<QList<LdapEntry>> tops = d.connection.search(
            baseDn, LdapConnection::Scope::OneLevel, "(objectClass=sccOrganization)", {"o"}, e);
        if (!tops)
            return false;
        if (!tops->isEmpty()) {
            refused.append(Problem::error(
                QStringLiteral("Directory.OrganizationExists"), display,
                tr("The directory already holds the organization %1 below %2, so nothing was imported. Remove it "
                   "first, or import below another base DN.")
                    .arg(QString::fromUtf8(tops->first().dn), QString::fromUtf8(baseDn))));
        }
        return true;
    });
    if (!ok)
        return {d.failure(error)};
    if (!refused.isEmpty())
        return refused;
    QList<Operation> done;
    for (const LdapEntry &entry : OrganizationEntries::toEntries(organization, baseDn)) {
        Operation add;
        add.entry = entry;
        if (!d.connection.add(entry, &error)) {
            takeBack(d.connection, done);
            return {d.failure(error)};
        }
        done.append(add);
    }
    return warningsOnly(checked);
}
