#pragma once

#include <QWidget>

class ConnectorDraft;
class QLabel;
class QTextBrowser;
class QTimer;

// "Routing impact": what the connector being created or changed does to routing
// (ConnectorDraft::routingImpact(), docs/wizard.md#routing-impact), shown under the New Connector
// page's summary and under the Properties sheet's tabs. Read-only, reachable with Tab, and
// recomputed shortly after the draft stops changing, only while it is shown.
class RoutingImpactView : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingImpactView(ConnectorDraft *draft, QWidget *parent = nullptr);

    // Recomputes now (a page being shown; a test that does not want to wait).
    void refresh();
    // The text shown, one sentence a line.
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    ConnectorDraft *m_draft;
    QTextBrowser *m_view;
    QTimer *m_timer;
    bool m_stale = true;
};
