#pragma once

#include "Organization.h"
#include "Problem.h"

#include <QMainWindow>

class QTreeWidget;
class QLabel;

// A read-only view of an organization's transport servers and Send connectors: the console's
// stand-in until the Exchange Management Console window and the wizard arrive.
class OrganizationOverview : public QMainWindow
{
    Q_OBJECT
public:
    explicit OrganizationOverview(QWidget *parent = nullptr);

    void showOrganization(const QString &path, const Organization &organization, const Problems &warnings);
    void showProblems(const QString &path, const Problems &problems);

private:
    QTreeWidget *m_tree = nullptr;
    QLabel *m_notice = nullptr;
};
