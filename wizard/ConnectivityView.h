#pragma once

#include <QWidget>

class ConnectivityResultModel;
class ConnectivityTest;
class QLabel;
class QTreeView;

// A connectivity test's progress and result (docs/wizard.md#testing-connectivity): a tree of the
// next hops and their steps (ConnectivityResultModel) and the connector's verdict in a label with
// the icon and colour of its outcome (ProblemLook, Icons). Shown by the wizard's Test button and
// by the console's Test Connectivity dialog.
class ConnectivityView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectivityView(QWidget *parent = nullptr);

    // Shows `test` from now on (call before starting it); the tree and the verdict follow it.
    void follow(ConnectivityTest *test);
    // Nothing shown; no test followed.
    void clear();
    // Instead of a test: why there is nothing to test (ConnectivityResultModel::untestableReason).
    void showUntestable(const QString &reason);

    ConnectivityResultModel *model() const { return m_model; }
    // The verdict label's text.
    QString verdictText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateVerdict();

    ConnectivityResultModel *m_model;
    QTreeView *m_hosts;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QString m_untestable;
};
