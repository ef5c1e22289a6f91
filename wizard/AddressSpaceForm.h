#pragma once

#include "AddressSpace.h"
#include "AddressSpaceDialog.h"

#include <QWidget>

class AddressSpaceModel;
class ConnectorDraft;
class ListEditor;
class QAbstractButton;
class QAction;
class QCheckBox;
class QLabel;

// The address spaces of a connector (the wizard's Address space page, the Properties sheet's
// Address Space tab): the connector's address spaces with Add (SP1 on Hub: a split
// button, SMTP or custom), Edit and Remove, and the Scoped send connector check box (SP1 on Hub).
// Every change goes to the draft at once; the list shows the draft's.
class AddressSpaceForm : public QWidget
{
    Q_OBJECT
public:
    explicit AddressSpaceForm(ConnectorDraft *draft, QWidget *parent = nullptr);

    // Called when the form is shown: shows the draft and moves off a choice it does not offer.
    void initialize();
    // Shows the draft as it stands (it also follows the draft's changed() by itself).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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
