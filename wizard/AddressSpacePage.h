#pragma once

#include "AddressSpace.h"
#include "AddressSpaceDialog.h"

#include <QWizardPage>

class AddressSpaceModel;
class ConnectorDraft;
class QAbstractButton;
class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

// The wizard's Address space page: the connector's address spaces with Add (SP1 on Hub: SMTP
// or custom), Edit and Remove, and the Scoped send connector check box (SP1 on Hub). Every
// change goes to the draft at once.
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
    void updateButtons();
    int currentRow() const;
    void addAddressSpace(AddressSpaceDialog::Kind kind);
    void editAddressSpace();
    void removeAddressSpace();
    void openDialog(AddressSpaceDialog *dialog, int row);
    QList<AddressSpace> othersThan(int row) const;

    ConnectorDraft *m_draft;
    AddressSpaceModel *m_model;
    QTreeView *m_view;
    QAbstractButton *m_addButton; // SP1 on Hub: a split QToolButton
    QAction *m_smtpAction;
    QAction *m_customAction = nullptr;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QCheckBox *m_scopedCheck;
    QLabel *m_nonSmtpNoteLabel;
    QLabel *m_problemsLabel;
};
