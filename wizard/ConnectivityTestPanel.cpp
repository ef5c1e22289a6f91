#include "ConnectivityTestPanel.h"

#include "ConnectivityOptions.h"
#include "ConnectivityResultModel.h"
#include "ConnectivityTest.h"
#include "ConnectivityView.h"
#include "ConnectorDraft.h"
#include "SendConnectorWizard.h"

#include <QHBoxLayout>
#include <QHideEvent>
#include <QPushButton>
#include <QVBoxLayout>

ConnectivityTestPanel::ConnectivityTestPanel(ConnectorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_button(new QPushButton(this))
    , m_view(new ConnectivityView(this))
{
    setObjectName(QStringLiteral("connectivityTestPanel"));
    m_button->setObjectName(QStringLiteral("testConnectivityButton"));
    m_button->setAutoDefault(false); // Enter stays Next
    m_button->setToolTip(tr("Connects to the next hops of the connector as it is set up now, as Exchange would, "
                            "without sending any mail."));
    m_view->hide(); // until the first test

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            start();
    });
    updateButton();
}

ConnectivityTestPanel::~ConnectivityTestPanel()
{
    // Before the view goes: the test stops with its sockets, and the view sees it end. No signal
    // of ours now: the page that holds this panel is being destroyed.
    if (m_test) {
        disconnect(m_test, nullptr, this, nullptr);
        delete m_test;
        m_test = nullptr;
    }
}

ConnectivityOptions ConnectivityTestPanel::options() const
{
    // Where DNS is asked and which CAs are trusted: the wizard's, as its program was started.
    if (const auto *wizard = qobject_cast<const SendConnectorWizard *>(window()))
        return wizard->connectivityOptions();
    return ConnectivityOptions();
}

void ConnectivityTestPanel::start()
{
    cancel();
    m_view->clear();
    const SendConnector connector = m_draft->connectorToCreate();
    m_view->show();
    const QString untestable = ConnectivityResultModel::untestableReason(connector);
    if (!untestable.isEmpty()) {
        m_view->showUntestable(untestable);
        return;
    }
    m_test = new ConnectivityTest(this);
    options().applyTo(*m_test);
    // The password typed on the Smart host security page, straight from the draft's memory to
    // the test's: it is never written anywhere (docs/wizard.md#testing-connectivity).
    if (ConnectivityTest::authenticates(connector) && !m_draft->password().isEmpty())
        m_test->setPassword(m_draft->password());
    connect(m_test, &ConnectivityTest::finished, this, &ConnectivityTestPanel::testFinished);
    m_view->follow(m_test);
    // Sent from the connector's first source server, else (an Edge's own connector) the server
    // the wizard acts on.
    const QString server = connector.sourceTransportServers.isEmpty() ? m_draft->server() : QString();
    m_test->start(connector, m_draft->organization(), server);
    updateButton();
    emit runningChanged(true);
}

void ConnectivityTestPanel::cancel()
{
    if (!m_test)
        return;
    m_test->cancel(); // emits finished() at once: testFinished()
    if (m_test) {
        // Not expected; never leave a test running behind the page.
        delete m_test;
        m_test = nullptr;
        updateButton();
        emit runningChanged(false);
    }
}

void ConnectivityTestPanel::testFinished()
{
    if (!m_test)
        return;
    m_test->deleteLater(); // inside its own signal
    m_test = nullptr;
    updateButton();
    emit runningChanged(false);
}

void ConnectivityTestPanel::updateButton()
{
    if (isRunning()) {
        m_button->setText(tr("&Cancel Test"));
        m_button->setAccessibleName(tr("Cancel the connectivity test"));
        m_button->setAccessibleDescription(tr("Stops the connectivity test now; what it found so far stays shown."));
    } else {
        m_button->setText(tr("Test &Connectivity"));
        m_button->setAccessibleName(tr("Test connectivity"));
        m_button->setAccessibleDescription(tr("Connects to the next hops of the connector as it is set up now, "
                                              "without sending mail, and shows the result below. A failure does "
                                              "not stop you from creating the connector."));
    }
}

void ConnectivityTestPanel::reset()
{
    cancel();
    m_view->clear();
    m_view->hide();
}

void ConnectivityTestPanel::hideEvent(QHideEvent *event)
{
    // Leaving the page (Back, Next, Finish, Cancel) ends the test; minimizing the window does not.
    if (!event->spontaneous())
        cancel();
    QWidget::hideEvent(event);
}
