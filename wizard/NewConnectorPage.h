#pragma once

#include <QWizardPage>

class ConnectorDraft;
class QLabel;
class RoutingImpactView;
class QTextBrowser;

// The wizard's New Connector page: the read-only configuration summary of everything that will
// be created (ConnectorSummary), with the connector's remaining problems and its routing impact
// (RoutingImpactView). A commit page whose button reads "New".
class NewConnectorPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewConnectorPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showState();

    ConnectorDraft *m_draft;
    QTextBrowser *m_summaryView;
    QLabel *m_problemsLabel;
    RoutingImpactView *m_impactView;
};
