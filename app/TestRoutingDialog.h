#pragma once

#include "Organization.h"
#include "Problem.h"
#include "RouteResolver.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class RouteExplanationModel;

// The console's Test Routing dialog: a recipient, a message size and a sending server, and which
// Send connector the organization as the console shows it picks for them (RouteResolver), with
// the next hop, the reason and every candidate with the step that eliminated it. It never writes;
// the window hands it each new version of the organization (setOrganization()) and the shown
// answer is computed again.
class TestRoutingDialog : public QDialog
{
    Q_OBJECT
public:
    // `preferredServer`: the server to test from first when it may send (an Edge the console shows).
    explicit TestRoutingDialog(const Organization &organization, const QString &preferredServer = QString(),
                               QWidget *parent = nullptr);
    ~TestRoutingDialog() override;

    void setOrganization(const Organization &organization);
    QString sendingServer() const;
    bool selectSendingServer(const QString &name);
    // The last answer shown; std::nullopt before the first test or after invalid input.
    const std::optional<Route> &route() const { return m_route; }

public slots:
    // Resolves what the fields say and shows the answer, or the problems under their fields.
    void test();

private:
    void fillServers(const QString &preferred);
    void showRoute();
    void showProblems(const Problems &problems);

    Organization m_organization;
    std::unique_ptr<RouteResolver> m_resolver;
    std::optional<Route> m_route;
    bool m_tested = false;

    QLineEdit *m_recipientEdit = nullptr;
    QLabel *m_recipientProblem = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    QLabel *m_sizeProblem = nullptr;
    QComboBox *m_serverCombo = nullptr;
    QLabel *m_serverProblem = nullptr;
    QLabel *m_serverNote = nullptr;
    QPushButton *m_testButton = nullptr;

    QWidget *m_resultPanel = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLabel *m_connectorLabel = nullptr;
    QLabel *m_addressSpaceLabel = nullptr;
    QLabel *m_sourceServerLabel = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_nextHopLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QTableView *m_explanationView = nullptr;
    RouteExplanationModel *m_explanationModel = nullptr;
};
