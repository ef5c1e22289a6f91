#include "TestRoutingDialog.h"

#include "ValueLabel.h"
#include "ProblemLabel.h"
#include "Quantities.h"
#include "RouteExplanation.h"
#include "RouteExplanationModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The largest size the Properties sheet takes for MaxMessageSize, in KB (ByteQuantity::Maximum).
constexpr int MaximumMessageSizeKb = int(ByteQuantity::Maximum / 1024);

} // namespace

TestRoutingDialog::TestRoutingDialog(const Organization &organization, const QString &preferredServer,
                                     QWidget *parent)
    : QDialog(parent)
    , m_organization(organization)
    , m_resolver(std::make_unique<RouteResolver>(organization))
{
    setObjectName(QStringLiteral("testRoutingDialog"));
    setWindowTitle(tr("Test Routing"));

    auto *intro = new QLabel(tr("Which Send connector carries a message for a recipient, from a sending server, "
                                "as the organization is now. Nothing is changed."),
                             this);
    intro->setObjectName(QStringLiteral("testRoutingIntroLabel"));
    intro->setWordWrap(true);

    m_recipientEdit = new QLineEdit(this);
    m_recipientEdit->setObjectName(QStringLiteral("recipientEdit"));
    m_recipientEdit->setAccessibleName(tr("Recipient"));
    m_recipientEdit->setPlaceholderText(tr("name@domain, for example julia@contoso.com"));
    m_recipientProblem = ProblemLabel::create(QStringLiteral("recipientProblemLabel"), this);

    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("messageSizeSpin"));
    m_sizeSpin->setAccessibleName(tr("Message size in KB"));
    m_sizeSpin->setRange(0, MaximumMessageSizeKb);
    m_sizeSpin->setSuffix(tr(" KB"));
    m_sizeSpin->setToolTip(tr("Send connectors whose maximum message size is smaller are not used."));
    m_sizeProblem = ProblemLabel::create(QStringLiteral("messageSizeProblemLabel"), this);

    m_serverCombo = new QComboBox(this);
    m_serverCombo->setObjectName(QStringLiteral("sendingServerCombo"));
    m_serverCombo->setAccessibleName(tr("Sending server"));
    m_serverProblem = ProblemLabel::create(QStringLiteral("sendingServerProblemLabel"), this);
    m_serverNote = new QLabel(this);
    m_serverNote->setObjectName(QStringLiteral("sendingServerNoteLabel"));
    m_serverNote->setWordWrap(true);
    m_serverNote->setTextFormat(Qt::PlainText);
    auto *serverBox = ProblemLabel::withField(m_serverCombo, m_serverProblem, this);
    ProblemLabel::setFields(m_recipientProblem, {m_recipientEdit});
    ProblemLabel::setFields(m_sizeProblem, {m_sizeSpin});
    ProblemLabel::setFields(m_serverProblem, {m_serverCombo});
    serverBox->layout()->addWidget(m_serverNote);

    // The mnemonics go to the fields themselves, not to the boxes holding them with their problems.
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Recipient:"), m_recipientEdit),
                 ProblemLabel::withField(m_recipientEdit, m_recipientProblem, this));
    form->addRow(buddyLabel(tr("Message &size:"), m_sizeSpin), ProblemLabel::withField(m_sizeSpin, m_sizeProblem, this));
    form->addRow(buddyLabel(tr("Sending ser&ver:"), m_serverCombo), serverBox);

    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testRoutingButton"));
    m_testButton->setAccessibleName(tr("Test routing"));
    m_testButton->setDefault(true);
    connect(m_testButton, &QPushButton::clicked, this, &TestRoutingDialog::test);

    // The answer.
    auto *results = new QGroupBox(tr("Result"), this);
    results->setObjectName(QStringLiteral("testRoutingResultBox"));
    m_resultPanel = results;
    m_outcomeLabel = makeValueLabel(QStringLiteral("outcomeLabel"), tr("Outcome"), results);
    m_connectorLabel = makeValueLabel(QStringLiteral("connectorLabel"), tr("Send connector"), results);
    m_addressSpaceLabel = makeValueLabel(QStringLiteral("addressSpaceLabel"), tr("Matched address space"), results);
    m_sourceServerLabel = makeValueLabel(QStringLiteral("sourceServerLabel"), tr("Source server"), results);
    m_costLabel = makeValueLabel(QStringLiteral("costLabel"), tr("Cost"), results);
    m_nextHopLabel = makeValueLabel(QStringLiteral("nextHopLabel"), tr("Next hop"), results);
    m_reasonLabel = makeValueLabel(QStringLiteral("reasonLabel"), tr("Reason"), results);
    m_outcomeLabel->setText(tr("Type a recipient and press Test."));
    auto *resultForm = new QFormLayout;
    resultForm->addRow(tr("Outcome:"), m_outcomeLabel);
    resultForm->addRow(tr("Send connector:"), m_connectorLabel);
    resultForm->addRow(tr("Address space:"), m_addressSpaceLabel);
    resultForm->addRow(tr("Source server:"), m_sourceServerLabel);
    resultForm->addRow(tr("Cost:"), m_costLabel);
    resultForm->addRow(tr("Next hop:"), m_nextHopLabel);
    resultForm->addRow(tr("Reason:"), m_reasonLabel);

    m_explanationModel = new RouteExplanationModel(this);
    m_explanationView = new QTableView(results);
    m_explanationView->setObjectName(QStringLiteral("explanationView"));
    m_explanationView->setAccessibleName(tr("Every Send connector and why it was or was not chosen"));
    m_explanationView->setModel(m_explanationModel);
    m_explanationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_explanationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_explanationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_explanationView->setTabKeyNavigation(false);
    m_explanationView->verticalHeader()->hide();
    m_explanationView->horizontalHeader()->setStretchLastSection(true);
    auto *explanationLabel = new QLabel(tr("&Explanation (every Send connector):"), results);
    explanationLabel->setBuddy(m_explanationView);

    auto *resultLayout = new QVBoxLayout(results);
    resultLayout->addLayout(resultForm);
    resultLayout->addWidget(explanationLabel);
    resultLayout->addWidget(m_explanationView, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("testRoutingButtonBox"));
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    // Enter tests; only Esc or the Close button closes.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(results, 1);
    layout->addWidget(buttons);

    setTabOrder(m_recipientEdit, m_sizeSpin);
    setTabOrder(m_sizeSpin, m_serverCombo);
    setTabOrder(m_serverCombo, m_testButton);
    setTabOrder(m_testButton, m_explanationView);

    fillServers(RouteExplanation::defaultSendingServer(m_organization, preferredServer));
    m_recipientEdit->setFocus();
    resize(760, 560);
}

TestRoutingDialog::~TestRoutingDialog() = default;

void TestRoutingDialog::setOrganization(const Organization &organization)
{
    const QString kept = sendingServer();
    m_organization = organization;
    m_resolver = std::make_unique<RouteResolver>(m_organization);
    fillServers(RouteExplanation::defaultSendingServer(m_organization, kept));
    // The answer shown follows the organization; a question not yet asked waits for Test.
    if (m_tested)
        test();
}

QString TestRoutingDialog::sendingServer() const
{
    return m_serverCombo->currentData().toString();
}

bool TestRoutingDialog::selectSendingServer(const QString &name)
{
    for (int row = 0; row < m_serverCombo->count(); ++row) {
        const auto *model = qobject_cast<QStandardItemModel *>(m_serverCombo->model());
        const bool enabled = !model || model->item(row)->isEnabled();
        if (enabled && m_serverCombo->itemData(row).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_serverCombo->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

void TestRoutingDialog::fillServers(const QString &preferred)
{
    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->clear();
    QStringList notes;
    auto *model = qobject_cast<QStandardItemModel *>(m_serverCombo->model());
    for (const RouteExplanation::SendingServer &server : RouteExplanation::sendingServers(m_organization)) {
        m_serverCombo->addItem(server.description, server.name);
        if (!server.available) {
            // Offered, but not choosable: the reason is in its tool tip and under the combo box.
            if (model) {
                QStandardItem *item = model->item(m_serverCombo->count() - 1);
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(server.reason);
            }
            notes.append(server.reason);
        }
    }
    m_serverNote->setText(notes.join(QLatin1Char('\n')));
    m_serverNote->setVisible(!notes.isEmpty());
    if (!selectSendingServer(preferred))
        m_serverCombo->setCurrentIndex(-1);
}

void TestRoutingDialog::test()
{
    m_tested = true;
    const Parsed<Route> resolved = m_resolver->resolve(m_recipientEdit->text(), qint64(m_sizeSpin->value()) * 1024,
                                                       sendingServer(), RouteResolver::Detail::Explanation);
    if (!resolved.ok()) {
        m_route.reset();
        showProblems(resolved.problems);
    } else {
        m_route = resolved.value;
        showProblems({});
    }
    showRoute();
}

void TestRoutingDialog::showProblems(const Problems &problems)
{
    Problems recipient;
    Problems size;
    Problems server;
    for (const Problem &problem : problems) {
        if (problem.parameter == QLatin1String("Server"))
            server.append(problem);
        else if (problem.parameter == QLatin1String("MessageSize"))
            size.append(problem);
        else
            recipient.append(problem);
    }
    ProblemLabel::show(m_recipientProblem, recipient);
    ProblemLabel::show(m_sizeProblem, size);
    ProblemLabel::show(m_serverProblem, server);
    if (!recipient.isEmpty())
        m_recipientEdit->setFocus();
    else if (!server.isEmpty())
        m_serverCombo->setFocus();
}

void TestRoutingDialog::showRoute()
{
    if (!m_route) {
        for (QLabel *label : {m_outcomeLabel, m_connectorLabel, m_addressSpaceLabel, m_sourceServerLabel, m_costLabel,
                              m_nextHopLabel, m_reasonLabel})
            label->clear();
        m_explanationModel->clear();
        return;
    }
    const Route &route = *m_route;
    m_outcomeLabel->setText(RouteExplanation::outcomeText(route.outcome));
    m_connectorLabel->setText(RouteExplanation::connectorText(route));
    m_addressSpaceLabel->setText(RouteExplanation::addressSpaceText(route));
    m_sourceServerLabel->setText(RouteExplanation::sourceServerText(route));
    m_costLabel->setText(RouteExplanation::costText(route));
    m_nextHopLabel->setText(route.nextHop());
    m_reasonLabel->setText(route.reason());
    m_explanationModel->setCandidates(route.candidates);
    m_explanationView->resizeColumnsToContents();
}
