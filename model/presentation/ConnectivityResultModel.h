#pragma once

#include "ConnectivityResult.h"

#include <QAbstractItemModel>
#include <QList>
#include <QMetaObject>
#include <QPointer>

class ConnectivityTest;
struct SendConnector;

// A connectivity test as a tree, while it runs and after (docs/wizard.md#testing-connectivity):
// one top-level row per next hop (host, address, its progress and then its result, the reason in
// plain words, its duration), its steps as child rows (step, outcome, duration, the detail and
// the server's exact reply), and a verdict for the connector. DisplayRole gives translated text;
// OutcomeRole an Outcome, for views to show an icon; ReplyRole a step's exact reply. Read-only.
class ConnectivityResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // Host rows: Host, Address, Result (or progress), Duration, Details (the reason).
    // Step rows: the step's name, -, its outcome, Duration, Details (detail and reply).
    enum class Column { Host, Address, Result, Duration, Details };
    Q_ENUM(Column)
    static constexpr int ColumnCount = 5;

    // What a row (or the verdict) looks like: a host still running, a success, a success with
    // warnings (or a step that warned), a failure, or a host whose test was cancelled.
    enum class Outcome { None, Running, Succeeded, Warning, Failed, Cancelled };
    Q_ENUM(Outcome)

    enum Role {
        OutcomeRole = Qt::UserRole + 1, // Outcome
        ReplyRole,                      // step rows: the server's exact reply (QString)
        StepKindRole,                   // step rows: Connectivity::StepKind
    };

    explicit ConnectivityResultModel(QObject *parent = nullptr);
    ~ConnectivityResultModel() override;

    // Clears the model, then follows `test` (to be started after this call) until it finishes or
    // is destroyed. Null: only clears.
    void follow(ConnectivityTest *test);
    // No hosts, no verdict; stops following any test.
    void clear();

    bool hasStarted() const { return m_started; }  // follow() was called since the last clear()
    bool isFinished() const { return m_finished; } // the followed test emitted finished()
    ConnectivityVerdict verdict() const { return m_verdict; } // meaningful once isFinished()
    // The verdict's look: None before a test, Running during it, then Succeeded (every host
    // succeeded without warning), Warning (mail would flow, but a host failed or warned), Failed
    // or Cancelled.
    Outcome verdictOutcome() const;
    // A sentence for the verdict: progress while running ("Tested 1 of 2 hosts…"), then the
    // verdict's reason; empty before a test.
    QString statusText() const;

    int hostCount() const { return int(m_hosts.size()); }

    // Why `connector` cannot be tested without a recipient domain, or empty when it can: smart
    // host routing without a smart host, DNS routing whose address spaces name no single domain
    // (ConnectivityTest::domainsToTest).
    static QString untestableReason(const SendConnector &connector);
    // The translated name of an outcome ("Success", "Failed", ...), as the Result column says it.
    static QString outcomeText(Outcome outcome, bool step);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // statusText(), verdictOutcome() or isFinished() changed.
    void statusChanged();
    // The followed test finished (or was cancelled); verdict() holds its verdict.
    void finished();

private:
    struct HostRow
    {
        QString name;
        HostConnectivity result;           // filled when done
        QList<ConnectivityStep> steps;
        bool done = false;
        bool cancelled = false;
    };

    void disconnectTest();
    void onHostStarted(int host, const QString &name);
    void onStepFinished(int host, const ConnectivityStep &step);
    void onHostFinished(int host, const HostConnectivity &result);
    void onFinished(const ConnectivityVerdict &verdict);
    void setSteps(int host, const QList<ConnectivityStep> &steps);
    void ensureHost(int host, const QString &name);
    void emitHostChanged(int host);

    Outcome hostOutcome(const HostRow &row) const;
    QString progressText(const HostRow &row) const;
    QVariant hostData(const HostRow &row, Column column, int role) const;
    QVariant stepData(const ConnectivityStep &step, Column column, int role) const;

    QPointer<ConnectivityTest> m_test;
    QList<QMetaObject::Connection> m_connections;
    QList<HostRow> m_hosts;
    ConnectivityVerdict m_verdict;
    bool m_started = false;
    bool m_finished = false;
};
