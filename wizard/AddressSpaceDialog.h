#pragma once

#include "AddressSpace.h"
#include "ExchangeTypes.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks for one address space, SMTP or custom, and checks it as the user types.
//
// SMTP (SP1 "SMTP Address Space", RTM "Add/Edit Address Space"): Address and Include all
// subdomains, plus Cost in SP1. Typing a wildcard checks Include all subdomains and locks it;
// checking it on "contoso.com" gives "*.contoso.com". Editing "*.contoso.com" shows
// "contoso.com" with the box checked (so it can be cleared); "*" shows as typed, box locked.
// Custom (SP1, Hub only): Type, Address and Cost; SMTP and X400 types get their syntax checked,
// any other type takes free text. OK stays disabled while the entry is invalid or names a
// destination already in the list (setOtherAddressSpaces()).
class AddressSpaceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Smtp, Custom };
    Q_ENUM(Kind)

    AddressSpaceDialog(Kind kind, Exchange::Version version, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

    // Prefills the dialog to edit `addressSpace` (its scope is kept as it is).
    void setAddressSpace(const AddressSpace &addressSpace);
    // The connector's other address spaces: an entry with the same destination is refused.
    void setOtherAddressSpaces(const QList<AddressSpace> &others);

    // The normalised address space, when the entry is valid.
    std::optional<AddressSpace> addressSpace() const { return m_result; }

    // The dialog kind that edits an existing address space.
    static Kind kindFor(const AddressSpace &addressSpace);

private:
    void updateTitle();
    void updateHint();
    void updateWildcardLock();
    void validate();
    QString typeText() const;
    QString addressText() const;

    Kind m_kind;
    Exchange::Version m_version;
    bool m_editing = false;
    bool m_localScope = false;
    bool m_addressEdited = false;
    bool m_userIncludesSubdomains = false; // the choice to restore when a wildcard is removed again
    QList<AddressSpace> m_others;
    std::optional<AddressSpace> m_result;

    QLineEdit *m_typeEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QCheckBox *m_includeSubdomainsCheck = nullptr;
    QSpinBox *m_costSpin = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
