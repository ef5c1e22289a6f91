#include "OpenDirectoryDialog.h"

#include "DirectoryLogins.h"
#include "ProblemLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

OpenDirectoryDialog::OpenDirectoryDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openDirectoryDialog"));
    setWindowTitle(tr("Open Directory"));

    auto *intro = new QLabel(tr("Open the organization kept in an LDAP directory. List several servers, separated "
                                "by commas, to use the next one when a server is down."),
                             this);
    intro->setObjectName(QStringLiteral("openDirectoryIntroLabel"));
    intro->setWordWrap(true);

    m_refusalLabel = ProblemLabel::create(QStringLiteral("bindRefusedLabel"), this);

    m_uriEdit = new QLineEdit(this);
    m_uriEdit->setObjectName(QStringLiteral("directoryUriEdit"));
    m_uriEdit->setAccessibleName(tr("Directory URI"));
    m_uriEdit->setPlaceholderText(QStringLiteral("ldap://ldap1.contoso.com,ldap://ldap2.contoso.com/dc=contoso,dc=com"));
    m_uriEdit->setToolTip(tr("ldap://, ldaps:// or ldapi:// URIs followed by the base DN the organization lives "
                             "below; add ?x-starttls to require StartTLS on ldap://"));
    m_uriEdit->setMinimumWidth(460);
    m_uriProblem = ProblemLabel::create(QStringLiteral("directoryUriProblemLabel"), this);
    ProblemLabel::setFields(m_uriProblem, {m_uriEdit});

    m_bindDnEdit = new QLineEdit(this);
    m_bindDnEdit->setObjectName(QStringLiteral("bindDnEdit"));
    m_bindDnEdit->setAccessibleName(tr("Bind DN"));
    m_bindDnEdit->setPlaceholderText(tr("empty: SASL EXTERNAL on ldapi://, anonymous otherwise"));
    m_bindDnEdit->setToolTip(tr("The DN to bind as, e.g. cn=admin,dc=contoso,dc=com; leave it empty to bind as the "
                                "local user over ldapi:// (SASL EXTERNAL) or anonymously over the network"));

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("bindPasswordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setToolTip(tr("The bind DN's password: kept in memory for this session only, never saved"));
    m_passwordProblem = ProblemLabel::create(QStringLiteral("bindPasswordProblemLabel"), this);
    ProblemLabel::setFields(m_passwordProblem, {m_passwordEdit});

    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Directory &URI:"), m_uriEdit), ProblemLabel::withField(m_uriEdit, m_uriProblem, this));
    form->addRow(buddyLabel(tr("&Bind DN:"), m_bindDnEdit), m_bindDnEdit);
    form->addRow(buddyLabel(tr("&Password:"), m_passwordEdit),
                 ProblemLabel::withField(m_passwordEdit, m_passwordProblem, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("openDirectoryButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openDirectoryOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("openDirectoryCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenDirectoryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_refusalLabel);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_uriEdit, m_bindDnEdit);
    setTabOrder(m_bindDnEdit, m_passwordEdit);

    connect(m_uriEdit, &QLineEdit::textChanged, this, &OpenDirectoryDialog::validate);
    connect(m_bindDnEdit, &QLineEdit::textChanged, this, &OpenDirectoryDialog::validate);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &OpenDirectoryDialog::validate);
    validate();
}

void OpenDirectoryDialog::setLocationText(const QString &text)
{
    m_uriEdit->setText(text);
}

QString OpenDirectoryDialog::locationText() const
{
    return m_uriEdit->text().trimmed();
}

void OpenDirectoryDialog::setBindDn(const QString &bindDn)
{
    m_bindDnEdit->setText(bindDn);
}

QString OpenDirectoryDialog::bindDn() const
{
    return m_bindDnEdit->text().trimmed();
}

std::optional<OrganizationLocation> OpenDirectoryDialog::location() const
{
    const QString text = locationText();
    if (!OrganizationLocation::looksLikeDirectory(text))
        return std::nullopt;
    const Parsed<OrganizationLocation> parsed = OrganizationLocation::parse(text);
    if (!parsed.ok() || parsed.value->kind() != OrganizationLocation::Kind::Directory)
        return std::nullopt;
    return parsed.value;
}

void OpenDirectoryDialog::setRefusal(const Problems &problems)
{
    Problems shown;
    for (const Problem &problem : problems) {
        shown.append(Problem::error(problem.code, problem.parameter,
                                    tr("The directory refused the login: %1 Check the bind DN and type the "
                                       "password again.")
                                        .arg(problem.message)));
    }
    ProblemLabel::show(m_refusalLabel, shown);
    ProblemLabel::setFields(m_refusalLabel, {m_bindDnEdit, m_passwordEdit});
    fitContents();
    if (!problems.isEmpty())
        (m_passwordEdit->isEnabled() ? m_passwordEdit : m_bindDnEdit)->setFocus();
}

void OpenDirectoryDialog::validate()
{
    const QString text = locationText();
    Problems uriProblems;
    if (!text.isEmpty()) {
        if (!OrganizationLocation::looksLikeDirectory(text)) {
            uriProblems.append(Problem::error(QStringLiteral("OpenDirectory.NotDirectory"), QStringLiteral("Organization"),
                                              tr("\"%1\" is not a directory URI: it must start with ldap://, ldaps:// "
                                                 "or ldapi://. Open a file with File > Open Organization.")
                                                  .arg(text)));
        } else {
            uriProblems = errorsOnly(OrganizationLocation::parse(text).problems);
        }
    }
    ProblemLabel::show(m_uriProblem, uriProblems);

    // A bind DN without its password would be an unauthenticated bind (RFC 4513 5.1.2): refused here.
    const bool named = !bindDn().isEmpty();
    m_passwordEdit->setEnabled(named);
    Problems passwordProblems;
    if (named && m_passwordEdit->text().isEmpty()) {
        passwordProblems.append(Problem::error(QStringLiteral("OpenDirectory.NoPassword"), QStringLiteral("Password"),
                                               tr("Type the password of the bind DN.")));
    }
    ProblemLabel::show(m_passwordProblem, passwordProblems);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && uriProblems.isEmpty()
                                                        && passwordProblems.isEmpty());
    fitContents();
}

void OpenDirectoryDialog::fitContents()
{
    // A problem shown wraps over several lines: the dialog grows until each is shown whole
    // (never shrinking below what the user made it).
    if (!layout())
        return;
    for (int round = 0; round < 4; ++round) {
        layout()->activate();
        int missing = 0;
        for (const QLabel *label : {m_refusalLabel, m_uriProblem, m_passwordProblem}) {
            if (label->isVisibleTo(this))
                missing += qMax(0, label->heightForWidth(label->width()) - label->height());
        }
        if (missing == 0)
            return;
        resize(width(), height() + missing);
    }
}

bool OpenDirectoryDialog::isBindRefusal(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &problem) {
        return problem.code == QLatin1String("Directory.BindRefused");
    });
}

void OpenDirectoryDialog::accept()
{
    const std::optional<OrganizationLocation> parsed = location();
    if (!parsed || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QByteArray password = bindDn().isEmpty() ? QByteArray() : m_passwordEdit->text().toUtf8();
    DirectoryLogins::remember(*parsed, bindDn().toUtf8(), std::move(password));
    {
        const QSignalBlocker quiet(m_passwordEdit); // no "type the password" for a field emptied on purpose
        m_passwordEdit->clear();
    }
    QDialog::accept();
}
