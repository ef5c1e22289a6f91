#pragma once

#include <QStringList>
#include <QWizardPage>

class ConnectorDraft;
class QLabel;
class QPushButton;
class QTreeWidget;

// The wizard's Source Server page (Hub only): the servers that send the connector's mail,
// pre-filled with the local Hub Transport server; Add picks more, Remove takes them off. Warns
// when they span several Active Directory sites. Every change goes to the draft at once.
class SourceServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SourceServerPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateButtons();
    void addServers();
    void removeSelected();
    void showServers(const QStringList &servers);

    ConnectorDraft *m_draft;
    QStringList m_servers; // as listed in the view
    QTreeWidget *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_warningLabel;
    QLabel *m_problemsLabel;
};
