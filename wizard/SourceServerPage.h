#pragma once

#include <QWizardPage>

class ConnectorDraft;
class ListEditor;
class QLabel;
class SourceServerModel;

// The wizard's Source Server page (Hub only): the servers that send the connector's mail,
// pre-filled with the local Hub Transport server; Add picks more, Remove takes them off. Warns
// when they span several Active Directory sites. Every change goes to the draft at once; the list
// shows the draft's.
class SourceServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SourceServerPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();
    void addServers();
    void removeServers(const QList<int> &rows);

    ConnectorDraft *m_draft;
    SourceServerModel *m_model;
    ListEditor *m_list;
    QLabel *m_warningLabel;
    QLabel *m_problemsLabel;
};
