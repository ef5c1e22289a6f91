#pragma once

#include <QWidget>

class ConnectorDraft;
class ListEditor;
class QLabel;
class SourceServerModel;

// The source servers of a Hub connector (the wizard's Source Server page, the Properties sheet's
// Source Server tab): the servers that send the connector's mail,
// pre-filled with the local Hub Transport server; Add picks more, Remove takes them off. Warns
// when they span several Active Directory sites. Every change goes to the draft at once; the list
// shows the draft's.
class SourceServerForm : public QWidget
{
    Q_OBJECT
public:
    explicit SourceServerForm(ConnectorDraft *draft, QWidget *parent = nullptr);

    // Called when the form is shown: shows the draft and moves off a choice it does not offer.
    void initialize();
    // Shows the draft as it stands (it also follows the draft's changed() by itself).
    void refresh();

private:
    void addServers();
    void removeServers(const QList<int> &rows);

    ConnectorDraft *m_draft;
    SourceServerModel *m_model;
    ListEditor *m_list;
    QLabel *m_warningLabel;
    QLabel *m_problemsLabel;
};
