#pragma once

#include "AddressSpace.h"
#include "AddressSpaceDialog.h"

#include <QWizardPage>

class AddressSpaceModel;
class ConnectorDraft;
class ListEditor;
class QAbstractButton;
class QAction;
class QCheckBox;
class QLabel;

// The wizard's Address space page: the connector's address spaces with Add (SP1 on Hub: a split
// button, SMTP or custom), Edit and Remove, and the Scoped send connector check box (SP1 on Hub).
// Every change goes to the draft at once; the list shows the draft's.
class AddressSpacePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AddressSpacePage(ConnectorDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void addAddressSpace(AddressSpaceDialog::Kind kind);
    void editAddressSpace(int row);
    void removeAddressSpaces(const QList<int> &rows);
    void openDialog(AddressSpaceDialog *dialog, int row);

    ConnectorDraft *m_draft;
    AddressSpaceModel *m_model;
    ListEditor *m_list;
    QAbstractButton *m_addButton; // SP1 on Hub: a split QToolButton
    QAction *m_smtpAction;
    QAction *m_customAction = nullptr;
    QCheckBox *m_scopedCheck;
    QLabel *m_nonSmtpNoteLabel;
    QLabel *m_problemsLabel;
};
