#include "SmartHostSecurityForm.h"

#include "ConnectorDraft.h"
#include "ProblemLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

const QString &basicInClearCode()
{
    static const QString code = QStringLiteral("Connector.BasicAuthInClear");
    return code;
}

} // namespace

SmartHostSecurityForm::SmartHostSecurityForm(ConnectorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{

    m_noneRadio = new QRadioButton(tr("N&one"), this);
    m_noneRadio->setObjectName(QStringLiteral("authNoneRadio"));
    m_basicRadio = new QRadioButton(tr("B&asic Authentication"), this);
    m_basicRadio->setObjectName(QStringLiteral("authBasicRadio"));
    m_basicTlsCheck = new QCheckBox(tr("Basic Authentication over &TLS"), this);
    m_basicTlsCheck->setObjectName(QStringLiteral("authBasicTlsCheck"));
    m_basicTlsCheck->setToolTip(tr("Authenticate only after STARTTLS has encrypted the session; the smart host "
                                   "needs a certificate."));
    m_exchangeServerRadio = new QRadioButton(tr("E&xchange Server Authentication"), this);
    m_exchangeServerRadio->setObjectName(QStringLiteral("authExchangeServerRadio"));
    m_exchangeServerRadio->setToolTip(tr("Kerberos between Exchange servers of the organization."));
    m_externalRadio = new QRadioButton(tr("Externally &Secured (for example, with IPsec)"), this);
    m_externalRadio->setObjectName(QStringLiteral("authExternalRadio"));
    m_externalRadio->setToolTip(tr("The network between this server and the smart hosts is secured by other "
                                   "means and trusted."));

    m_group = new QButtonGroup(this);
    for (QRadioButton *radio : {m_noneRadio, m_basicRadio, m_exchangeServerRadio, m_externalRadio})
        m_group->addButton(radio);

    m_userNameEdit = new QLineEdit(this);
    m_userNameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_userNameEdit->setMaxLength(ConnectorValidator::MaximumUserNameLength);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(ConnectorDraft::MaximumPasswordLength);
    m_passwordEdit->setToolTip(tr("Kept in memory only: the organization file never holds the password."));

    auto *credential = new QFormLayout;
    credential->addRow(tr("&User name:"), m_userNameEdit);
    credential->addRow(tr("&Password:"), m_passwordEdit);

    m_basicWarningLabel = ProblemLabel::create(QStringLiteral("basicWarningLabel"), this);
    m_problemsLabel = ProblemLabel::create(QStringLiteral("smartHostSecurityProblemsLabel"), this);
    ProblemLabel::setFields(m_basicWarningLabel, {m_basicRadio, m_basicTlsCheck});
    ProblemLabel::setFields(m_problemsLabel, {m_userNameEdit, m_passwordEdit});

    auto *grid = new QGridLayout;
    grid->addWidget(m_noneRadio, 0, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_basicRadio, 1, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_basicTlsCheck, 2, 1, Qt::AlignLeft);
    grid->addLayout(credential, 3, 1);
    grid->addWidget(m_basicWarningLabel, 4, 1);
    grid->addWidget(m_exchangeServerRadio, 5, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_externalRadio, 6, 0, 1, 2, Qt::AlignLeft);
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select the method used to authenticate to the smart hosts:"), this));
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_problemsLabel);

    setTabOrder(m_noneRadio, m_basicRadio);
    setTabOrder(m_basicRadio, m_basicTlsCheck);
    setTabOrder(m_basicTlsCheck, m_userNameEdit);
    setTabOrder(m_userNameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_exchangeServerRadio);
    setTabOrder(m_exchangeServerRadio, m_externalRadio);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            m_draft->setSmartHostAuthMechanism(mechanism());
    });
    connect(m_basicTlsCheck, &QCheckBox::toggled, this, [this] { m_draft->setSmartHostAuthMechanism(mechanism()); });
    for (QLineEdit *edit : {m_userNameEdit, m_passwordEdit}) {
        connect(edit, &QLineEdit::textChanged, this,
                [this] { m_draft->setCredential(m_userNameEdit->text(), m_passwordEdit->text()); });
    }
    connect(m_draft, &ConnectorDraft::changed, this, &SmartHostSecurityForm::refresh);

    refresh();
}

Exchange::SmartHostAuthMechanism SmartHostSecurityForm::mechanism() const
{
    using Mechanism = Exchange::SmartHostAuthMechanism;
    if (m_basicRadio->isChecked())
        return m_basicTlsCheck->isChecked() ? Mechanism::BasicAuthRequireTLS : Mechanism::BasicAuth;
    if (m_exchangeServerRadio->isChecked())
        return Mechanism::ExchangeServer;
    if (m_externalRadio->isChecked())
        return Mechanism::ExternalAuthoritative;
    return Mechanism::None;
}

void SmartHostSecurityForm::setMechanism(Exchange::SmartHostAuthMechanism mechanism)
{
    using Mechanism = Exchange::SmartHostAuthMechanism;
    // The draft already holds this choice: showing it must not write it back. The group signals
    // even when its buttons are blocked (and would write back "Basic" before the TLS box is set).
    const QSignalBlocker groupBlocker(m_group);
    const QSignalBlocker noneBlocker(m_noneRadio);
    const QSignalBlocker basicBlocker(m_basicRadio);
    const QSignalBlocker tlsBlocker(m_basicTlsCheck);
    const QSignalBlocker exchangeServerBlocker(m_exchangeServerRadio);
    const QSignalBlocker externalBlocker(m_externalRadio);
    switch (mechanism) {
    case Mechanism::None:
        m_noneRadio->setChecked(true);
        break;
    case Mechanism::BasicAuth:
    case Mechanism::BasicAuthRequireTLS:
        m_basicRadio->setChecked(true);
        m_basicTlsCheck->setChecked(mechanism == Mechanism::BasicAuthRequireTLS);
        break;
    case Mechanism::ExchangeServer:
        m_exchangeServerRadio->setChecked(true);
        break;
    case Mechanism::ExternalAuthoritative:
        m_externalRadio->setChecked(true);
        break;
    }
}

void SmartHostSecurityForm::initialize()
{
    refresh();
}

void SmartHostSecurityForm::refresh()
{
    setMechanism(m_draft->smartHostAuthMechanism());
    if (m_userNameEdit->text() != m_draft->userName()) {
        const QSignalBlocker blocker(m_userNameEdit);
        m_userNameEdit->setText(m_draft->userName());
    }
    if (m_passwordEdit->text() != m_draft->password()) {
        const QSignalBlocker blocker(m_passwordEdit);
        m_passwordEdit->setText(m_draft->password());
    }
    updateInputs();

    // The clear-text warning sits under the Basic choice; everything else under the page.
    Problems warning;
    Problems others;
    for (const Problem &problem : m_draft->problems(ConnectorDraft::Section::SmartHostSecurity))
        (problem.code == basicInClearCode() ? warning : others).append(problem);
    ProblemLabel::show(m_basicWarningLabel, warning);
    ProblemLabel::show(m_problemsLabel, others);
}

void SmartHostSecurityForm::updateInputs()
{
    const bool basic = m_basicRadio->isChecked();
    m_basicTlsCheck->setEnabled(basic);
    m_userNameEdit->setEnabled(basic);
    m_passwordEdit->setEnabled(basic);
}
