#pragma once

#include <QWizardPage>

class ConnectorDraft;
class QButtonGroup;
class QLabel;
class QLineEdit;

// The wizard's Introduction page: the connector's name, validated as it is typed, and its
// intended use (Custom, Internal, Internet, Partner) with the description of the selected one.
class IntroductionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IntroductionPage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showState();

    ConnectorDraft *m_draft;
    QLineEdit *m_nameEdit;
    QButtonGroup *m_usageGroup;
    QLabel *m_descriptionLabel;
    QLabel *m_problemsLabel;
    bool m_nameEdited = false; // "the name is empty" waits until the user typed something
};
