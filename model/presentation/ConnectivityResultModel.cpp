#include "ConnectivityResultModel.h"

#include "ConnectivityTest.h"
#include "SendConnector.h"

#include <QLocale>

using namespace Connectivity;

namespace {
// Top-level rows have internal id 0; a step row has its host's row + 1.
constexpr quintptr TopLevel = 0;

QString durationText(qint64 ms)
{
    return ConnectivityResultModel::tr("%1 ms").arg(QLocale().toString(ms));
}

ConnectivityResultModel::Outcome stepOutcome(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Succeeded: return ConnectivityResultModel::Outcome::Succeeded;
    case StepOutcome::Warning: return ConnectivityResultModel::Outcome::Warning;
    case StepOutcome::Failed: return ConnectivityResultModel::Outcome::Failed;
    }
    return ConnectivityResultModel::Outcome::None;
}
} // namespace

ConnectivityResultModel::ConnectivityResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ConnectivityResultModel::~ConnectivityResultModel()
{
    disconnectTest();
}

void ConnectivityResultModel::disconnectTest()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_test.clear();
}

void ConnectivityResultModel::clear()
{
    disconnectTest();
    beginResetModel();
    m_hosts.clear();
    m_verdict = ConnectivityVerdict();
    m_started = false;
    m_finished = false;
    endResetModel();
    emit statusChanged();
}

void ConnectivityResultModel::follow(ConnectivityTest *test)
{
    clear();
    if (!test)
        return;
    m_test = test;
    m_started = true;
    m_connections = {
        connect(test, &ConnectivityTest::hostStarted, this, &ConnectivityResultModel::onHostStarted),
        connect(test, &ConnectivityTest::stepFinished, this, &ConnectivityResultModel::onStepFinished),
        connect(test, &ConnectivityTest::hostFinished, this, &ConnectivityResultModel::onHostFinished),
        connect(test, &ConnectivityTest::finished, this, &ConnectivityResultModel::onFinished),
        // Destroyed before finishing: what was seen stays; nothing more comes.
        connect(test, &QObject::destroyed, this, [this] { disconnectTest(); }),
    };
    emit statusChanged();
}

void ConnectivityResultModel::ensureHost(int host, const QString &name)
{
    if (host < 0)
        return;
    if (host < m_hosts.size()) {
        if (!name.isEmpty() && m_hosts.at(host).name != name) {
            m_hosts[host].name = name;
            emitHostChanged(host);
        }
        return;
    }
    beginInsertRows(QModelIndex(), int(m_hosts.size()), host);
    while (m_hosts.size() <= host)
        m_hosts.append(HostRow());
    m_hosts[host].name = name;
    endInsertRows();
}

void ConnectivityResultModel::emitHostChanged(int host)
{
    emit dataChanged(index(host, 0), index(host, ColumnCount - 1));
}

void ConnectivityResultModel::onHostStarted(int host, const QString &name)
{
    if (!m_started || m_finished)
        return;
    ensureHost(host, name);
    emit statusChanged();
}

void ConnectivityResultModel::onStepFinished(int host, const ConnectivityStep &step)
{
    if (!m_started || m_finished)
        return;
    if (host < 0)
        return;
    ensureHost(host, QString());
    HostRow &row = m_hosts[host];
    if (row.done)
        return;
    const QModelIndex parent = index(host, 0);
    const int position = int(row.steps.size());
    beginInsertRows(parent, position, position);
    row.steps.append(step);
    endInsertRows();
    emitHostChanged(host); // its progress and duration
}

void ConnectivityResultModel::setSteps(int host, const QList<ConnectivityStep> &steps)
{
    HostRow &row = m_hosts[host];
    const QModelIndex parent = index(host, 0);
    const int common = int(qMin(row.steps.size(), steps.size()));
    if (row.steps.size() > steps.size()) {
        beginRemoveRows(parent, common, int(row.steps.size()) - 1);
        row.steps.resize(common);
        endRemoveRows();
    }
    for (int i = 0; i < common; ++i)
        row.steps[i] = steps.at(i);
    if (common > 0)
        emit dataChanged(index(0, 0, parent), index(common - 1, ColumnCount - 1, parent));
    if (steps.size() > common) {
        beginInsertRows(parent, common, int(steps.size()) - 1);
        row.steps.append(steps.mid(common));
        endInsertRows();
    }
}

void ConnectivityResultModel::onHostFinished(int host, const HostConnectivity &result)
{
    if (!m_started || m_finished)
        return;
    if (host < 0)
        return;
    ensureHost(host, result.host);
    // The result's steps are the whole story: any step not signalled is added.
    setSteps(host, result.steps);
    HostRow &row = m_hosts[host];
    row.result = result;
    row.done = true;
    emitHostChanged(host);
    emit statusChanged();
}

void ConnectivityResultModel::onFinished(const ConnectivityVerdict &verdict)
{
    if (!m_started || m_finished)
        return;
    disconnectTest();
    for (int i = 0; i < m_hosts.size(); ++i) {
        HostRow &row = m_hosts[i];
        if (row.done)
            continue;
        row.done = true;
        row.cancelled = verdict.cancelled;
        row.result = verdict.hosts.value(i);
        if (row.result.host.isEmpty())
            row.result.host = row.name;
        row.result.steps = row.steps;
        emitHostChanged(i);
    }
    m_verdict = verdict;
    m_finished = true;
    emit statusChanged();
    emit finished();
}

ConnectivityResultModel::Outcome ConnectivityResultModel::hostOutcome(const HostRow &row) const
{
    if (!row.done)
        return Outcome::Running;
    if (row.cancelled)
        return Outcome::Cancelled;
    if (row.result.result == Result::Failure)
        return Outcome::Failed;
    return row.result.warnings.isEmpty() ? Outcome::Succeeded : Outcome::Warning;
}

ConnectivityResultModel::Outcome ConnectivityResultModel::verdictOutcome() const
{
    if (!m_started)
        return Outcome::None;
    if (!m_finished)
        return Outcome::Running;
    if (m_verdict.cancelled)
        return Outcome::Cancelled;
    if (m_verdict.result == Result::Failure)
        return Outcome::Failed;
    // Mail flows, but some next hop failed or warned: worth a look.
    for (const HostRow &row : m_hosts) {
        if (hostOutcome(row) != Outcome::Succeeded)
            return Outcome::Warning;
    }
    return Outcome::Succeeded;
}

QString ConnectivityResultModel::statusText() const
{
    if (!m_started)
        return QString();
    if (m_finished)
        return m_verdict.reason;
    int done = 0;
    for (const HostRow &row : m_hosts) {
        if (row.done)
            ++done;
    }
    if (m_hosts.isEmpty())
        return tr("Testing…");
    return tr("Testing: %1 of %n host(s) tested…", nullptr, int(m_hosts.size())).arg(done);
}

QString ConnectivityResultModel::untestableReason(const SendConnector &connector)
{
    if (!connector.dnsRoutingEnabled)
        return connector.smartHosts.isEmpty() ? tr("There is nothing to test yet: the connector has no smart host.")
                                              : QString();
    if (ConnectivityTest::domainsToTest(connector, QString()).isEmpty())
        return tr("There is nothing to test: the connector routes through DNS, but its address spaces name no "
                  "single domain whose MX hosts could be looked up (only wildcards such as *).");
    return QString();
}

QString ConnectivityResultModel::outcomeText(Outcome outcome, bool step)
{
    switch (outcome) {
    case Outcome::None: return QString();
    case Outcome::Running: return tr("Testing…");
    case Outcome::Succeeded: return step ? tr("Succeeded") : tr("Success");
    case Outcome::Warning: return step ? tr("Warning") : tr("Success, with warnings");
    case Outcome::Failed: return step ? tr("Failed") : tr("Failure");
    case Outcome::Cancelled: return tr("Cancelled");
    }
    return QString();
}

QString ConnectivityResultModel::progressText(const HostRow &row) const
{
    // What the host is doing now, from the last step it finished (the order of
    // docs/wizard.md#testing-connectivity).
    if (row.steps.isEmpty())
        return tr("Connecting…");
    switch (row.steps.constLast().kind) {
    case StepKind::LookUpMx:
    case StepKind::Resolve:
        return tr("Connecting…");
    case StepKind::Connect:
        return tr("Waiting for the banner…");
    case StepKind::Banner:
        return tr("Sending EHLO…");
    case StepKind::Ehlo:
    case StepKind::EhloAfterTls:
        return tr("Continuing the SMTP session…");
    case StepKind::StartTls:
        return tr("TLS handshake…");
    case StepKind::TlsHandshake:
        return tr("Sending EHLO again over TLS…");
    case StepKind::Authenticate:
    case StepKind::Quit:
        return tr("Ending the session…");
    }
    return tr("Testing…");
}

QVariant ConnectivityResultModel::hostData(const HostRow &row, Column column, int role) const
{
    const Outcome outcome = hostOutcome(row);
    if (role == OutcomeRole)
        return QVariant::fromValue(outcome);
    if (role == Qt::ToolTipRole) {
        if (column == Column::Host && !row.result.destination.isEmpty()) {
            if (row.result.preference >= 0)
                return tr("MX host of %1, preference %2").arg(row.result.destination).arg(row.result.preference);
            return tr("Next hop for %1").arg(row.result.destination);
        }
        if (column == Column::Details && row.done)
            return row.result.reason();
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (column) {
    case Column::Host:
        return row.name;
    case Column::Address:
        return row.result.address;
    case Column::Result:
        return outcome == Outcome::Running ? progressText(row) : outcomeText(outcome, false);
    case Column::Duration: {
        if (row.steps.isEmpty())
            return QString();
        qint64 total = 0;
        for (const ConnectivityStep &step : row.steps)
            total += step.durationMs;
        return durationText(total);
    }
    case Column::Details:
        if (!row.done)
            return QString();
        return outcome == Outcome::Cancelled ? row.result.error : row.result.reason();
    }
    return QVariant();
}

QVariant ConnectivityResultModel::stepData(const ConnectivityStep &step, Column column, int role) const
{
    if (role == OutcomeRole)
        return QVariant::fromValue(stepOutcome(step.outcome));
    if (role == ReplyRole)
        return step.reply;
    if (role == StepKindRole)
        return QVariant::fromValue(step.kind);
    if (role == Qt::ToolTipRole) {
        if (column == Column::Details && !step.reply.isEmpty())
            return tr("The server replied:\n%1").arg(step.reply);
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (column) {
    case Column::Host:
        return step.name();
    case Column::Address:
        return QString();
    case Column::Result:
        return outcomeText(stepOutcome(step.outcome), true);
    case Column::Duration:
        return durationText(step.durationMs);
    case Column::Details:
        // The sentence first, then the server's own words, line for line.
        if (step.detail.isEmpty())
            return step.reply;
        if (step.reply.isEmpty())
            return step.detail;
        return QString(step.detail + QLatin1Char('\n') + step.reply);
    }
    return QVariant();
}

QModelIndex ConnectivityResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ConnectivityResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int ConnectivityResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_hosts.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel)
        return 0;
    return int(m_hosts.at(parent.row()).steps.size());
}

int ConnectivityResultModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant ConnectivityResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const auto column = Column(index.column());
    if (index.internalId() == TopLevel)
        return hostData(m_hosts.at(index.row()), column, role);
    const HostRow &host = m_hosts.at(int(index.internalId() - 1));
    return stepData(host.steps.at(index.row()), column, role);
}

QVariant ConnectivityResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Host: return tr("Host / Step");
    case Column::Address: return tr("Address");
    case Column::Result: return tr("Result");
    case Column::Duration: return tr("Duration");
    case Column::Details: return tr("Details");
    }
    return QVariant();
}

Qt::ItemFlags ConnectivityResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopLevel)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}
