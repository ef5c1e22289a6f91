#include "IntroductionPage.h"

#include "ConnectorDraft.h"
#include "ProblemLabel.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

IntroductionPage::IntroductionPage(ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("introductionPage"));
    setTitle(tr("Introduction"));
    setSubTitle(tr("This wizard creates a new Send connector. Give it a name that identifies it, and select "
                   "what it is meant for: the intended use decides its defaults and the permission set it "
                   "grants."));

    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("connectorNameEdit"));
    m_nameEdit->setAccessibleName(tr("Name"));
    nameLabel->setBuddy(m_nameEdit);

    auto *usageBox = new QGroupBox(tr("Select the intended use for this Send connector:"), this);
    usageBox->setObjectName(QStringLiteral("usageList"));
    auto *usageLayout = new QVBoxLayout(usageBox);
    m_usageGroup = new QButtonGroup(this);
    const struct
    {
        Exchange::Usage usage;
        const char *objectName;
        QString text;
    } usages[] = {
        {Exchange::Usage::Custom, "customRadio", tr("&Custom")},
        {Exchange::Usage::Internal, "internalRadio", tr("&Internal")},
        {Exchange::Usage::Internet, "internetRadio", tr("In&ternet")},
        {Exchange::Usage::Partner, "partnerRadio", tr("&Partner")},
    };
    for (const auto &entry : usages) {
        auto *radio = new QRadioButton(entry.text, usageBox);
        radio->setObjectName(QString::fromLatin1(entry.objectName));
        // What the use means, read with the choice (the panel below shows it for the checked one only).
        radio->setAccessibleDescription(UsageRules::description(entry.usage));
        m_usageGroup->addButton(radio, int(entry.usage));
        usageLayout->addWidget(radio);
    }

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("usageDescriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setFrameShape(QFrame::StyledPanel);
    m_descriptionLabel->setMargin(6);
    m_descriptionLabel->setMinimumHeight(m_descriptionLabel->fontMetrics().lineSpacing() * 4);
    m_descriptionLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_problemsLabel = ProblemLabel::create(QStringLiteral("introductionProblemsLabel"), this);
    ProblemLabel::setFields(m_problemsLabel, {m_nameEdit});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(m_nameEdit);
    layout->addSpacing(8);
    layout->addWidget(usageBox);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_problemsLabel);
    layout->addStretch(1);

    // textChanged, not textEdited: a value set through the accessibility interface (AT-SPI
    // setTextContents, voice control) must count exactly like typed text. Only a text that differs
    // from the draft's is the user's: initializePage() showing the draft's name is not.
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text == m_draft->connector().name)
            return;
        m_nameEdited = true;
        m_draft->setName(text);
    });
    connect(m_usageGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_draft->setUsage(static_cast<Exchange::Usage>(id));
    });
    connect(m_draft, &ConnectorDraft::changed, this, &IntroductionPage::showState);
    connect(m_draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
    showState();
}

void IntroductionPage::initializePage()
{
    if (m_nameEdit->text() != m_draft->connector().name)
        m_nameEdit->setText(m_draft->connector().name);
    showState();
}

bool IntroductionPage::isComplete() const
{
    return m_draft->isSectionComplete(ConnectorDraft::Section::Introduction);
}

void IntroductionPage::showState()
{
    const Exchange::Usage usage = m_draft->connector().usage;
    if (QAbstractButton *radio = m_usageGroup->button(int(usage)); radio && !radio->isChecked())
        radio->setChecked(true);
    m_descriptionLabel->setText(UsageRules::description(usage));

    Problems shown;
    for (const Problem &problem : m_draft->problems(ConnectorDraft::Section::Introduction)) {
        if (problem.code == QLatin1String("Name.Empty") && !m_nameEdited)
            continue;
        shown.append(problem);
    }
    ProblemLabel::show(m_problemsLabel, shown);
}
