#include "ConnectorPropertiesDialog.h"

#include "CommandGenerator.h"
#include "ConnectorSummary.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ConnectorPropertiesDialog::ConnectorPropertiesDialog(const SendConnector &connector, Exchange::Version version,
                                                     const QString &edgeServer, QWidget *parent)
    : QDialog(parent)
    , m_propertiesView(new QTextBrowser(this))
    , m_commandEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("connectorPropertiesDialog"));
    setWindowTitle(tr("%1 Properties").arg(connector.name));

    // The file never holds a password, so there is none to report as set.
    const QList<ConnectorSummary::Group> groups =
        ConnectorSummary::groups(connector, version, edgeServer, /*passwordSet=*/false);
    m_plainText = ConnectorSummary::toPlainText(groups);

    auto *propertiesLabel = new QLabel(tr("&Properties:"), this);
    propertiesLabel->setBuddy(m_propertiesView);
    m_propertiesView->setObjectName(QStringLiteral("propertiesView"));
    m_propertiesView->setOpenLinks(false);
    m_propertiesView->setHtml(ConnectorSummary::toHtml(groups));
    m_propertiesView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *commandLabel = new QLabel(tr("Exchange Management Shell &command that creates this connector:"), this);
    commandLabel->setBuddy(m_commandEdit);
    m_commandEdit->setObjectName(QStringLiteral("commandLineEdit"));
    m_commandEdit->setReadOnly(true);
    m_commandEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandEdit->setPlainText(CommandGenerator::newSendConnector(connector, version, !edgeServer.isEmpty()));
    m_commandEdit->setMaximumHeight(m_commandEdit->fontMetrics().lineSpacing() * 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("Cop&y Command"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyCommandButton"));
    copyButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commandEdit->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(propertiesLabel);
    layout->addWidget(m_propertiesView, 1);
    layout->addWidget(commandLabel);
    layout->addWidget(m_commandEdit);
    layout->addWidget(buttons);
    resize(560, 620);
}

QString ConnectorPropertiesDialog::commandLine() const
{
    return m_commandEdit->toPlainText();
}
