#include "SmartHostDialog.h"

#include "ConnectorParameter.h"
#include "ProblemLabel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

SmartHostDialog::SmartHostDialog(Exchange::Version version, QWidget *parent)
    : QDialog(parent)
    , m_version(version)
{
    setObjectName(QStringLiteral("smartHostDialog"));
    setWindowTitle(tr("Add Smart Host"));

    m_ipAddressRadio = new QRadioButton(tr("&IP Address:"), this);
    m_ipAddressRadio->setObjectName(QStringLiteral("ipAddressRadio"));
    m_ipAddressEdit = new QLineEdit(this);
    m_ipAddressEdit->setObjectName(QStringLiteral("ipAddressEdit"));
    m_ipAddressEdit->setAccessibleName(tr("IP Address"));
    m_ipAddressEdit->setPlaceholderText(m_version == Exchange::Version::Rtm2007 ? tr("for example 192.168.1.20")
                                                                                : tr("for example 192.168.1.20 or 2001:db8::20"));
    m_fqdnRadio = new QRadioButton(tr("Fully qualified &domain name (FQDN):"), this);
    m_fqdnRadio->setObjectName(QStringLiteral("fqdnRadio"));
    m_fqdnEdit = new QLineEdit(this);
    m_fqdnEdit->setObjectName(QStringLiteral("fqdnEdit"));
    m_fqdnEdit->setAccessibleName(tr("Fully qualified domain name (FQDN)"));
    m_fqdnEdit->setPlaceholderText(tr("for example relay.contoso.com"));
    // Wide enough for the examples: a clipped placeholder hides the IPv6 form it suggests.
    for (QLineEdit *edit : {m_ipAddressEdit, m_fqdnEdit}) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText())
                              + 4 * edit->fontMetrics().averageCharWidth());
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_ipAddressRadio);
    group->addButton(m_fqdnRadio);
    m_ipAddressRadio->setChecked(true);

    auto *fqdnNote = new QLabel(tr("The sending server must be able to resolve the name."), this);
    fqdnNote->setWordWrap(true);

    m_problemLabel = ProblemLabel::create(QStringLiteral("smartHostProblemLabel"), this);
    ProblemLabel::setFields(m_problemLabel, {m_ipAddressEdit, m_fqdnEdit});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_ipAddressRadio, 0, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_ipAddressEdit, 1, 1);
    grid->addWidget(m_fqdnRadio, 2, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_fqdnEdit, 3, 1);
    grid->addWidget(fqdnNote, 4, 1);
    grid->setColumnMinimumWidth(0, 16);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    // Grow with the explanations that change as the user types, instead of overlapping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(grid);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_ipAddressRadio, m_ipAddressEdit);
    setTabOrder(m_ipAddressEdit, m_fqdnRadio);
    setTabOrder(m_fqdnRadio, m_fqdnEdit);

    connect(m_ipAddressRadio, &QRadioButton::toggled, this, [this] {
        updateInputs();
        // The choice is made to type: go straight to its field.
        if (m_ipAddressRadio->hasFocus() || m_fqdnRadio->hasFocus())
            currentEdit()->setFocus(Qt::OtherFocusReason);
        validate();
    });
    // The mnemonic (or a click) of the choice already made toggles nothing, but still means "type
    // here": its field keeps (or gets) the focus rather than the radio button.
    for (QRadioButton *radio : {m_ipAddressRadio, m_fqdnRadio}) {
        connect(radio, &QRadioButton::clicked, this, [this, radio] {
            if (radio->isChecked())
                currentEdit()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    // textChanged, not textEdited: a value set through the accessibility interface counts as
    // typed (the only programmatic setText(), setSmartHost(), marks the entry edited anyway).
    for (QLineEdit *edit : {m_ipAddressEdit, m_fqdnEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_edited = true;
            validate();
        });
    }

    updateInputs();
    validate();
    // The dialog opens ready to type.
    m_ipAddressEdit->setFocus(Qt::OtherFocusReason);
}

SmartHost::Kind SmartHostDialog::kind() const
{
    return m_ipAddressRadio->isChecked() ? SmartHost::Kind::IpAddress : SmartHost::Kind::Fqdn;
}

QLineEdit *SmartHostDialog::currentEdit() const
{
    return kind() == SmartHost::Kind::IpAddress ? m_ipAddressEdit : m_fqdnEdit;
}

void SmartHostDialog::setSmartHost(const SmartHost &host)
{
    setWindowTitle(tr("Edit Smart Host"));
    if (host.kind == SmartHost::Kind::IpAddress) {
        m_ipAddressRadio->setChecked(true);
        m_ipAddressEdit->setText(host.host);
    } else {
        m_fqdnRadio->setChecked(true);
        m_fqdnEdit->setText(host.host);
    }
    m_edited = true;
    currentEdit()->setFocus(Qt::OtherFocusReason);
    validate();
}

void SmartHostDialog::setOtherSmartHosts(const QList<SmartHost> &others)
{
    m_others = others;
    validate();
}

void SmartHostDialog::updateInputs()
{
    m_ipAddressEdit->setEnabled(kind() == SmartHost::Kind::IpAddress);
    m_fqdnEdit->setEnabled(kind() == SmartHost::Kind::Fqdn);
}

void SmartHostDialog::validate()
{
    if (!m_buttons)
        return; // still being built
    const Parsed<SmartHost> parsed = SmartHostParser::parseAs(kind(), currentEdit()->text(), m_version);

    Problems problems;
    m_result.reset();
    if (parsed.ok()) {
        const SmartHost &host = *parsed.value;
        const bool duplicate = m_others.contains(host); // SmartHost's == ignores letter case
        if (duplicate)
            problems.append(Problem::error(QStringLiteral("SmartHost.Duplicate"), Parameter::name(ConnectorParameter::SmartHosts),
                                           tr("The smart host %1 is already in the list. Enter another one.")
                                               .arg(host.host)));
        else
            m_result = host;
    } else {
        problems = parsed.problems;
    }

    // A fresh dialog does not open with a complaint; OK stays disabled until something is typed.
    const bool untouched = !m_edited && currentEdit()->text().isEmpty();
    ProblemLabel::show(m_problemLabel, untouched ? Problems() : problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.has_value());
}
