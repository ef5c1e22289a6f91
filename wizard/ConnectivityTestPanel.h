#pragma once

#include <QWidget>

class ConnectivityTest;
class ConnectivityView;
class ConnectorDraft;
class QPushButton;
struct ConnectivityOptions;

// The Test button of the wizard's Network settings and Smart host security pages
// (docs/wizard.md#testing-connectivity): tests the draft connector as it stands, with the
// wizard's connectivity options and, for Basic authentication, the password typed on the Smart
// host security page (memory only), and shows the progress and result inline in a
// ConnectivityView, hidden until first used. While a test runs the button cancels it; hiding the
// page (Back, Next, Finish, Cancel) cancels it too. The result never blocks the wizard.
class ConnectivityTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectivityTestPanel(ConnectorDraft *draft, QWidget *parent = nullptr);
    ~ConnectivityTestPanel() override;

    // Tests the draft now, or says why there is nothing to test. A running test is cancelled first.
    void start();
    // Stops a running test at once; its partial result stays shown.
    void cancel();
    // Cancels, clears and hides the result (the page shown anew).
    void reset();
    bool isRunning() const { return m_test != nullptr; }

    QPushButton *button() const { return m_button; }
    ConnectivityView *view() const { return m_view; }

signals:
    // A test started or finished (also cancelled).
    void runningChanged(bool running);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    ConnectivityOptions options() const;
    void testFinished();
    void updateButton();

    ConnectorDraft *m_draft;
    QPushButton *m_button;
    ConnectivityView *m_view;
    ConnectivityTest *m_test = nullptr;
};
