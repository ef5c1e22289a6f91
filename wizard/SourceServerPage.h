#pragma once

#include <QWizardPage>

class ConnectorDraft;
class SourceServerForm;

// The wizard's Source Server page (Hub only): its SourceServerForm under the page's title.
class SourceServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SourceServerPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    SourceServerForm *form() const { return m_form; }

    void initializePage() override;
    bool isComplete() const override;

private:
    ConnectorDraft *m_draft;
    SourceServerForm *m_form;
};
