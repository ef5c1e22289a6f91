#pragma once

#include "OrganizationLocation.h"
#include "Problem.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File > Open Directory: where an organization in an LDAP directory is (its URI, several for
// failover, checked as typed by OrganizationLocation::parse) and how to bind to it. An empty bind
// DN binds with SASL EXTERNAL over ldapi://, anonymously over TCP; a bind DN needs its password.
// The password is never kept here: accepting hands it to DirectoryLogins (memory, this session
// only) and clears the field (docs/ldap-directory.md#organization-uris). When the directory refused
// the last bind, the dialog is shown again with the reason (setRefusal()).
class OpenDirectoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenDirectoryDialog(QWidget *parent = nullptr);

    void setLocationText(const QString &text);
    QString locationText() const;
    void setBindDn(const QString &bindDn);
    QString bindDn() const;
    // The location typed, when it is a valid directory location (what OK needs).
    std::optional<OrganizationLocation> location() const;
    // Why the directory refused the login given last ("Directory.BindRefused"): shown above the
    // fields, and the password field gets the focus.
    void setRefusal(const Problems &problems);

    // Whether `problems` say the directory refused the bind DN or password ("Directory.BindRefused").
    static bool isBindRefusal(const Problems &problems);

    // Remembers the login in DirectoryLogins, clears the password field, then closes the dialog.
    void accept() override;

private:
    void validate();
    void fitContents();

    QLabel *m_refusalLabel = nullptr;
    QLineEdit *m_uriEdit = nullptr;
    QLabel *m_uriProblem = nullptr;
    QLineEdit *m_bindDnEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_passwordProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
