#include "AddressSpaceDialog.h"

#include "ConnectorParameter.h"
#include "ProblemLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString &smtpType()
{
    static const QString type = QStringLiteral("SMTP");
    return type;
}

bool hasWildcard(const QString &address)
{
    return address.contains(QLatin1Char('*'));
}

QString smtpHint()
{
    return AddressSpaceDialog::tr("Enter a domain such as contoso.com. The wildcard character may start the "
                                  "address: \"*\", \"*.com\" and \"*.contoso.com\" are allowed, \"*contoso.com\" "
                                  "is not.");
}

// The cost field: typing is never clamped (a spin box would silently turn 0 into 1 and refuse the
// last digit of 150): every whole number up to three digits shows as typed and the parser judges
// it. The arrows and Page Up/Down stay within the valid costs.
class CostSpinBox : public QSpinBox
{
public:
    explicit CostSpinBox(QWidget *parent)
        : QSpinBox(parent)
    {
        setRange(0, 999);
    }

    void stepBy(int steps) override
    {
        setValue(qBound(AddressSpaceParser::MinimumCost, value() + steps, AddressSpaceParser::MaximumCost));
        selectAll();
    }

protected:
    StepEnabled stepEnabled() const override
    {
        StepEnabled enabled = StepNone;
        if (value() > AddressSpaceParser::MinimumCost)
            enabled |= StepDownEnabled;
        if (value() < AddressSpaceParser::MaximumCost)
            enabled |= StepUpEnabled;
        return enabled;
    }
};

} // namespace

AddressSpaceDialog::AddressSpaceDialog(Kind kind, Exchange::Version version, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_version(version)
{
    setObjectName(QStringLiteral("addressSpaceDialog"));
    auto *form = new QFormLayout;

    if (m_kind == Kind::Custom) {
        m_typeEdit = new QLineEdit(this);
        m_typeEdit->setObjectName(QStringLiteral("typeEdit"));
        m_typeEdit->setPlaceholderText(tr("for example X400"));
        form->addRow(tr("&Type:"), m_typeEdit);
    }

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    // RTM's dialog takes SMTP domains only and calls its field what it is.
    form->addRow(m_version == Exchange::Version::Rtm2007 ? tr("&Domain:") : tr("&Address:"), m_addressEdit);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("addressHintLabel"));
    m_hintLabel->setWordWrap(true);
    form->addRow(QString(), m_hintLabel);

    if (m_kind == Kind::Smtp) {
        m_includeSubdomainsCheck = new QCheckBox(tr("&Include all subdomains"), this);
        m_includeSubdomainsCheck->setObjectName(QStringLiteral("includeSubdomainsCheck"));
        form->addRow(QString(), m_includeSubdomainsCheck);
    }

    if (m_version == Exchange::Version::Sp12007) {
        m_costSpin = new CostSpinBox(this);
        m_costSpin->setObjectName(QStringLiteral("costSpin"));
        m_costSpin->setValue(AddressSpaceParser::MinimumCost);
        m_costSpin->setToolTip(tr("When several connectors match a destination equally well, the lowest cost "
                                  "wins. From %1 to %2.")
                                   .arg(QString::number(AddressSpaceParser::MinimumCost),
                                        QString::number(AddressSpaceParser::MaximumCost)));
        form->addRow(tr("&Cost:"), m_costSpin);
    }

    m_problemLabel = ProblemLabel::create(QStringLiteral("addressProblemLabel"), this);
    ProblemLabel::setFields(m_problemLabel, {m_typeEdit, m_addressEdit});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Grow with the explanations that change as the user types, instead of overlapping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (m_typeEdit) {
        connect(m_typeEdit, &QLineEdit::textChanged, this, [this] {
            updateHint();
            validate();
        });
    }
    // textChanged, not textEdited: a value set through the accessibility interface counts as
    // typed (setAddressSpace(), the only programmatic setText(), marks the entry edited anyway).
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this] {
        m_addressEdited = true;
        updateWildcardLock();
        validate();
    });
    if (m_includeSubdomainsCheck) {
        connect(m_includeSubdomainsCheck, &QCheckBox::toggled, this, [this](bool checked) {
            if (m_includeSubdomainsCheck->isEnabled())
                m_userIncludesSubdomains = checked;
            validate();
        });
    }
    if (m_costSpin)
        connect(m_costSpin, &QSpinBox::valueChanged, this, &AddressSpaceDialog::validate);

    updateTitle();
    updateHint();
    validate();
}

AddressSpaceDialog::Kind AddressSpaceDialog::kindFor(const AddressSpace &addressSpace)
{
    return addressSpace.isSmtp() ? Kind::Smtp : Kind::Custom;
}

void AddressSpaceDialog::updateTitle()
{
    if (m_version == Exchange::Version::Rtm2007)
        setWindowTitle(m_editing ? tr("Edit Address Space") : tr("Add Address Space"));
    else
        setWindowTitle(m_kind == Kind::Smtp ? tr("SMTP Address Space") : tr("Custom Address Space"));
}

void AddressSpaceDialog::updateHint()
{
    const QString type = typeText();
    if (type.compare(smtpType(), Qt::CaseInsensitive) == 0)
        m_hintLabel->setText(smtpHint());
    else if (type.compare(QLatin1String("X400"), Qt::CaseInsensitive) == 0)
        m_hintLabel->setText(tr("Enter an X.400 address (RFC 1685) such as o=MySite;p=MyOrg;a=adatum;c=us."));
    else if (type.isEmpty())
        m_hintLabel->setText(tr("Enter the type first: SMTP and X400 addresses are checked; any other type made of "
                                "letters and digits takes free text."));
    else
        m_hintLabel->setText(tr("An address of type %1 is free text.").arg(type));
}

void AddressSpaceDialog::setAddressSpace(const AddressSpace &addressSpace)
{
    m_editing = true;
    m_localScope = addressSpace.localScope;
    if (m_typeEdit)
        m_typeEdit->setText(addressSpace.type);
    if (m_includeSubdomainsCheck) {
        const bool subdomains = addressSpace.address.startsWith(QLatin1String("*."));
        m_userIncludesSubdomains = subdomains;
        m_includeSubdomainsCheck->setChecked(subdomains);
        m_addressEdit->setText(subdomains ? addressSpace.address.mid(2) : addressSpace.address);
    } else {
        m_addressEdit->setText(addressSpace.address);
    }
    if (m_costSpin)
        m_costSpin->setValue(addressSpace.cost);
    m_addressEdited = true;
    updateTitle();
    validate();
}

void AddressSpaceDialog::setOtherAddressSpaces(const QList<AddressSpace> &others)
{
    m_others = others;
    validate();
}

QString AddressSpaceDialog::typeText() const
{
    return m_typeEdit ? m_typeEdit->text().trimmed() : smtpType();
}

QString AddressSpaceDialog::addressText() const
{
    const bool smtp = typeText().compare(smtpType(), Qt::CaseInsensitive) == 0;
    // Surrounding blanks are never part of a domain; other types keep them ("a= " is X.400's blank ADMD).
    const QString typed = smtp ? m_addressEdit->text().trimmed() : m_addressEdit->text();
    if (m_includeSubdomainsCheck && m_includeSubdomainsCheck->isChecked() && !typed.isEmpty() && !hasWildcard(typed))
        return QStringLiteral("*.") + typed;
    return typed;
}

void AddressSpaceDialog::updateWildcardLock()
{
    if (!m_includeSubdomainsCheck)
        return;
    const bool wildcard = hasWildcard(m_addressEdit->text());
    if (wildcard == !m_includeSubdomainsCheck->isEnabled())
        return;
    // Disable first, so that the toggle below is not taken for the user's own choice.
    if (wildcard) {
        m_includeSubdomainsCheck->setEnabled(false);
        m_includeSubdomainsCheck->setChecked(true);
    } else {
        m_includeSubdomainsCheck->setChecked(m_userIncludesSubdomains);
        m_includeSubdomainsCheck->setEnabled(true);
    }
}

void AddressSpaceDialog::validate()
{
    if (!m_buttons)
        return; // still being built
    const int cost = m_costSpin ? m_costSpin->value() : AddressSpaceParser::MinimumCost;
    const Parsed<AddressSpace> parsed =
        AddressSpaceParser::fromParts(typeText(), addressText(), cost, m_localScope, m_version);

    Problems problems;
    m_result.reset();
    if (parsed.ok()) {
        const AddressSpace &space = *parsed.value;
        const auto duplicate = std::find_if(m_others.cbegin(), m_others.cend(),
                                            [&space](const AddressSpace &other) { return other.sameDestination(space); });
        if (duplicate != m_others.cend())
            problems.append(Problem::error(QStringLiteral("AddressSpace.Duplicate"), Parameter::name(ConnectorParameter::AddressSpaces),
                                           tr("The address space %1:%2 is already in the list. Edit that entry "
                                              "instead, or enter another address.")
                                               .arg(duplicate->type, duplicate->address)));
        else
            m_result = space;
    } else {
        problems = parsed.problems;
    }

    // A fresh dialog does not open with a complaint; OK stays disabled until an address is typed.
    const bool untouched =
        !m_addressEdited && m_addressEdit->text().isEmpty() && (!m_typeEdit || m_typeEdit->text().isEmpty());
    ProblemLabel::show(m_problemLabel, untouched ? Problems() : problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.has_value());
}
